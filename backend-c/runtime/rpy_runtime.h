/* Runtime of the C backend: object layout, garbage collector interface,
 * exceptions, strings and lists.  Portable C11 (GNU extensions used only
 * behind __GNUC__).  Licensed MIT OR Apache-2.0, like the rest of the
 * project, so that translated programs are not encumbered.
 *
 * Memory: every heap object starts with an rpy_hdr and is linked into the
 * list of all objects; a precise mark-sweep collector finds the roots in a
 * shadow stack of frames (one per active generated function, holding its
 * pointer-typed values), the current exception and the preallocated
 * MemoryError.  Collections happen only inside rpy_gc_alloc, so every live
 * pointer must be stored in a frame slot before the next allocating call.
 *
 * Build switches:
 *   -DRPY_GC_STRESS   collect at every allocation (debugging);
 *   -DRPY_GC_STATS    at exit, print "rpy-gc: collections=N maxrss_kib=M"
 *                     to stderr.
 */
#ifndef RPY_RUNTIME_H
#define RPY_RUNTIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__)
#define RPY_LIKELY(x) __builtin_expect(!!(x), 1)
#define RPY_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define RPY_NORETURN __attribute__((noreturn))
#define RPY_SP() ((uintptr_t)__builtin_frame_address(0))
#else
#define RPY_LIKELY(x) (x)
#define RPY_UNLIKELY(x) (x)
#define RPY_NORETURN _Noreturn
uintptr_t rpy_sp_probe(void);
#define RPY_SP() rpy_sp_probe()
#endif

/* ---- object header ---------------------------------------------------- */

enum {
    RPY_K_STR = 1,      /* rpy_str */
    RPY_K_LIST_VAL = 2, /* rpy_list of ints or bools */
    RPY_K_LIST_REF = 3, /* rpy_list of references */
    RPY_K_INST = 4      /* rpy_obj */
};

typedef struct rpy_hdr {
    struct rpy_hdr *next; /* all-objects list (NULL for static objects) */
    uint8_t kind;
    uint8_t mark;
    uint8_t is_static; /* string literals: never marked, never freed */
    uint8_t pad;
} rpy_hdr;

/* A 64-bit cell holding an int (bools as 0/1) or a reference. */
typedef union rpy_slot {
    int64_t i;
    void *p;
} rpy_slot;

static inline rpy_slot rpy_slot_i(int64_t i) {
    rpy_slot s;
    s.i = i;
    return s;
}
static inline rpy_slot rpy_slot_p(void *p) {
    rpy_slot s;
    s.i = 0;
    s.p = p;
    return s;
}

/* ---- classes and instances ---------------------------------------------- */

typedef void (*rpy_fn)(void); /* cast back to the real type before calling */

typedef struct rpy_class {
    const char *name; /* the source name, UTF-8 */
    const struct rpy_class *parent;
    uint32_t nslots;           /* fields, inherited ones first */
    uint32_t nptrs;            /* how many of them are references */
    const uint32_t *ptr_slots; /* their slot indices (for the GC) */
    const rpy_fn *vtable;      /* virtual methods, inherited slots first */
    uint32_t nvtable;
    uint32_t is_exception; /* derives from Exception (slot 0 = message) */
} rpy_class;

typedef struct rpy_obj {
    rpy_hdr h;
    const rpy_class *cls;
    rpy_slot f[];
} rpy_obj;

/* ---- strings ------------------------------------------------------------ */

/* Immutable code-point string; `kind` is the bytes per code point (1, 2 or
 * 4), always the smallest that fits every code point, so equal strings have
 * equal kinds and bytes. */
typedef struct rpy_str {
    rpy_hdr h;
    int64_t len; /* code points */
    uint32_t kind;
    uint32_t pad;
    const void *data;
} rpy_str;

#define RPY_STATIC_STR(len, kind, data) \
    { {NULL, RPY_K_STR, 0, 1, 0}, (len), (kind), 0, (const void *)(data) }

/* ---- lists --------------------------------------------------------------- */

typedef struct rpy_list {
    rpy_hdr h; /* kind RPY_K_LIST_VAL or RPY_K_LIST_REF */
    int64_t len;
    int64_t cap;
    rpy_slot *items; /* malloc'ed, owned by the list */
} rpy_list;

/* ---- shadow stack, exceptions --------------------------------------------- */

typedef struct rpy_frame {
    struct rpy_frame *prev;
    uint32_t n;
    void **slots;
} rpy_frame;

extern rpy_frame *rpy_top;
extern rpy_obj *rpy_exc; /* the exception being propagated, or NULL */
extern uintptr_t rpy_stack_limit;

extern const rpy_class rpy_cls_Exception;
extern const rpy_class rpy_cls_ArithmeticError;
extern const rpy_class rpy_cls_ZeroDivisionError;
extern const rpy_class rpy_cls_OverflowError;
extern const rpy_class rpy_cls_LookupError;
extern const rpy_class rpy_cls_IndexError;
extern const rpy_class rpy_cls_KeyError;
extern const rpy_class rpy_cls_ValueError;
extern const rpy_class rpy_cls_TypeError;
extern const rpy_class rpy_cls_AssertionError;
extern const rpy_class rpy_cls_RuntimeError;
extern const rpy_class rpy_cls_RecursionError;
extern const rpy_class rpy_cls_NotImplementedError;
extern const rpy_class rpy_cls_MemoryError;

extern rpy_str rpy_str_empty;
extern rpy_str rpy_str_true;
extern rpy_str rpy_str_false;

RPY_NORETURN void rpy_fatal(const char *msg);
RPY_NORETURN void rpy_null_fatal(void);
RPY_NORETURN void rpy_unreachable(void);

/* Raise an instance of a builtin class with an ASCII message. */
void rpy_raise_msg(const rpy_class *cls, const char *msg);
void rpy_raise_overflow(void);
void rpy_raise_recursion(void);

/* The program's entry, generated: main(list[str]) -> int. */
int64_t rpy_program_main(rpy_list *argv);

/* ---- allocation ----------------------------------------------------------- */

/* Allocate a collected object of `size` bytes (zeroed) with its header
 * filled in; may collect first.  NULL with rpy_exc = MemoryError when out of
 * memory. */
void *rpy_gc_alloc(size_t size, uint8_t kind);
void rpy_gc_collect(void);

rpy_obj *rpy_new(const rpy_class *cls);

static inline rpy_obj *rpy_nn_obj(rpy_obj *o) {
    if (RPY_UNLIKELY(o == NULL)) rpy_null_fatal();
    return o;
}

static inline bool rpy_instanceof(const rpy_obj *o, const rpy_class *cls) {
    if (o == NULL) return false;
    for (const rpy_class *c = o->cls; c != NULL; c = c->parent)
        if (c == cls) return true;
    return false;
}

static inline rpy_fn rpy_vslot(rpy_obj *o, uint32_t k) {
    rpy_nn_obj(o);
    if (RPY_UNLIKELY(k >= o->cls->nvtable)) rpy_fatal("bad virtual call");
    return o->cls->vtable[k];
}

/* ---- integers -------------------------------------------------------------- */

/* Python's floor division and modulo; 0 with rpy_exc set on error. */
static inline int64_t rpy_floordiv(int64_t a, int64_t b) {
    if (RPY_UNLIKELY(b == 0)) {
        rpy_raise_msg(&rpy_cls_ZeroDivisionError, "integer division or modulo by zero");
        return 0;
    }
    if (RPY_UNLIKELY(b == -1)) {
        if (a == INT64_MIN) {
            rpy_raise_overflow();
            return 0;
        }
        return -a;
    }
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q -= 1;
    return q;
}

static inline int64_t rpy_mod(int64_t a, int64_t b) {
    if (RPY_UNLIKELY(b == 0)) {
        rpy_raise_msg(&rpy_cls_ZeroDivisionError, "integer modulo by zero");
        return 0;
    }
    if (RPY_UNLIKELY(b == -1)) return 0;
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

/* ---- string operations ------------------------------------------------------ */

static inline rpy_str *rpy_nn_str(rpy_str *s) {
    if (RPY_UNLIKELY(s == NULL)) rpy_null_fatal();
    return s;
}

static inline int64_t rpy_str_len(rpy_str *s) { return rpy_nn_str(s)->len; }

/* Code point at a (non-negative, in range) index. */
static inline uint32_t rpy_str_cp(const rpy_str *s, int64_t i) {
    switch (s->kind) {
    case 1: return ((const uint8_t *)s->data)[i];
    case 2: return ((const uint16_t *)s->data)[i];
    default: return ((const uint32_t *)s->data)[i];
    }
}

rpy_str *rpy_str_concat(rpy_str *a, rpy_str *b);
bool rpy_str_eq(rpy_str *a, rpy_str *b);
rpy_str *rpy_int_to_str(int64_t v);
static inline rpy_str *rpy_bool_to_str(bool b) { return b ? &rpy_str_true : &rpy_str_false; }
/* A new string from UTF-8 bytes (invalid bytes map to U+DC80..U+DCFF). */
rpy_str *rpy_str_from_utf8(const char *bytes, size_t n);
void rpy_print(rpy_str *s);

/* ---- list operations ------------------------------------------------------- */

static inline rpy_list *rpy_nn_list(rpy_list *l) {
    if (RPY_UNLIKELY(l == NULL)) rpy_null_fatal();
    return l;
}

/* A list of `n` zeroed items (refs: whether items are references). */
rpy_list *rpy_list_new(bool refs, int64_t n);

static inline int64_t rpy_list_len(rpy_list *l) { return rpy_nn_list(l)->len; }

static inline rpy_slot rpy_list_get(rpy_list *l, int64_t i) {
    int64_t n = rpy_nn_list(l)->len;
    if (i < 0) i += n;
    if (RPY_UNLIKELY(i < 0 || i >= n)) {
        rpy_raise_msg(&rpy_cls_IndexError, "list index out of range");
        return rpy_slot_i(0);
    }
    return l->items[i];
}

static inline void rpy_list_set(rpy_list *l, int64_t i, rpy_slot x) {
    int64_t n = rpy_nn_list(l)->len;
    if (i < 0) i += n;
    if (RPY_UNLIKELY(i < 0 || i >= n)) {
        rpy_raise_msg(&rpy_cls_IndexError, "list assignment index out of range");
        return;
    }
    l->items[i] = x;
}

void rpy_list_append_slow(rpy_list *l, rpy_slot x);

/* Sets rpy_exc (MemoryError) if the list cannot grow. */
static inline void rpy_list_append(rpy_list *l, rpy_slot x) {
    if (RPY_LIKELY(rpy_nn_list(l)->len < l->cap)) {
        l->items[l->len++] = x;
        return;
    }
    rpy_list_append_slow(l, x);
}

rpy_slot rpy_list_pop(rpy_list *l);
rpy_slot rpy_list_pop_at(rpy_list *l, int64_t i);
void rpy_list_extend(rpy_list *l, rpy_list *other);

#endif /* RPY_RUNTIME_H */
