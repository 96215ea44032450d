/* Runtime of the C backend: object layout, garbage collector interface,
 * exceptions, strings and lists.  Portable C11 (GNU extensions used only
 * behind __GNUC__).  Licensed MIT OR Apache-2.0, like the rest of the
 * project, so that translated programs are not encumbered.
 *
 * Memory: every heap object starts with an rpy_hdr and is linked into the
 * list of its generation; a precise, non-moving generational mark-sweep
 * collector finds the roots in a shadow stack of frames (one per active
 * generated function, holding its pointer-typed values), the current
 * exception and the preallocated MemoryError.  Collections happen only
 * inside rpy_gc_alloc, so every live pointer must be stored in a frame slot
 * before the next allocating call, and every store of a reference into a
 * heap object goes through the write barrier rpy_wb (generated field
 * stores and the list functions below do).
 *
 * Build switches:
 *   -DRPY_GC_STRESS   collect at every allocation (minor; every 16th major);
 *   -DRPY_GC_STATS    at exit, print
 *                     "rpy-gc: collections=N major=K maxrss_kib=M" to stderr.
 */
#ifndef RPY_RUNTIME_H
#define RPY_RUNTIME_H

#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

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
    RPY_K_INST = 4,     /* rpy_obj */
    RPY_K_BYTES = 5     /* rpy_bytes */
};

typedef struct rpy_hdr {
    struct rpy_hdr *next; /* all-objects list (NULL for static objects) */
    uint8_t kind;
    uint8_t mark;
    uint8_t is_static; /* string literals: never marked, never freed */
    uint8_t pool;      /* small-object size class (0: allocated by calloc) */
    uint32_t hash; /* identity hash, assigned on first use (0: none yet) */
} rpy_hdr;

/* A 64-bit cell holding an int (bools as 0/1), a double or a reference. */
typedef union rpy_slot {
    int64_t i;
    double f;
    void *p;
} rpy_slot;

static inline rpy_slot rpy_slot_i(int64_t i) {
    rpy_slot s;
    s.i = i;
    return s;
}
static inline rpy_slot rpy_slot_f(double f) {
    rpy_slot s;
    s.f = f;
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
    uint32_t is_exception; /* derives from BaseException (slot 0 = message) */
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
    /* str.hash, computed on first use (0: not yet; a hash that is really 0
     * is just recomputed). Strings are never mutated once built, so the
     * cache stays valid; static strings are writable for this reason. */
    int64_t hash;
} rpy_str;

#define RPY_STATIC_STR(len, kind, data) \
    { {NULL, RPY_K_STR, 0, 1, 0, 0}, (len), (kind), 0, (const void *)(data), 0 }

/* ---- bytes ---------------------------------------------------------------- */

/* Immutable byte string (the data follows the object, or is static). */
typedef struct rpy_bytes {
    rpy_hdr h;
    int64_t len;
    const uint8_t *data;
} rpy_bytes;

#define RPY_STATIC_BYTES(len, data) \
    { {NULL, RPY_K_BYTES, 0, 1, 0, 0}, (len), (const uint8_t *)(data) }

/* ---- lists --------------------------------------------------------------- */

typedef struct rpy_list {
    rpy_hdr h; /* kind RPY_K_LIST_VAL or RPY_K_LIST_REF */
    int64_t len;
    int64_t cap;
    rpy_slot *items; /* malloc'ed, owned by the list */
    /* Set by rpy_list_detach (list.sort's storage given up), cleared when
     * the list gets storage again: growth always goes through
     * rpy_list_reserve, since a detached list has capacity 0. */
    bool detached;
} rpy_list;

/* The write barrier for list items: call it before storing (or moving)
 * references into items[i:], with no allocation in between. An old list
 * of references is remembered with the lowest index written since the
 * last collection (kept in its entry on the remembered list, whose index
 * the list's unused identity-hash field holds), so that a minor
 * collection scans only the items that may be young: appending to a big
 * old list does not make every minor collection walk all of it. */
typedef struct rpy_remembered_list {
    rpy_list *l;
    int64_t lo;
} rpy_remembered_list;
extern rpy_remembered_list *rpy_remembered_lists;
void rpy_gc_remember_list(rpy_list *l, int64_t i);

static inline void rpy_wb_items(rpy_list *l, int64_t i) {
    uint8_t m = l->h.mark;
    if (RPY_LIKELY(m == 0) || l->h.kind != RPY_K_LIST_REF) return;
    if (m == 3) {
        rpy_remembered_list *e = &rpy_remembered_lists[l->h.hash];
        if (i < e->lo) e->lo = i;
        return;
    }
    rpy_gc_remember_list(l, i);
}

/* ---- shadow stack, exceptions --------------------------------------------- */

typedef struct rpy_frame {
    struct rpy_frame *prev;
    uint32_t n;
    void **slots;
} rpy_frame;

extern rpy_frame *rpy_top;
extern rpy_obj *rpy_exc; /* the exception being propagated, or NULL */
extern uintptr_t rpy_stack_limit;

/* The builtin exception classes (ir::BUILTIN_EXCEPTIONS). */
extern const rpy_class rpy_cls_BaseException;
extern const rpy_class rpy_cls_SystemExit; /* slot 2: code */
extern const rpy_class rpy_cls_KeyboardInterrupt;
extern const rpy_class rpy_cls_Exception;
extern const rpy_class rpy_cls_ArithmeticError;
extern const rpy_class rpy_cls_ZeroDivisionError;
extern const rpy_class rpy_cls_OverflowError;
extern const rpy_class rpy_cls_LookupError;
extern const rpy_class rpy_cls_IndexError;
extern const rpy_class rpy_cls_KeyError;
extern const rpy_class rpy_cls_ValueError;
extern const rpy_class rpy_cls_UnicodeError;
extern const rpy_class rpy_cls_UnicodeDecodeError;
extern const rpy_class rpy_cls_UnicodeEncodeError;
extern const rpy_class rpy_cls_TypeError;
extern const rpy_class rpy_cls_AttributeError;
extern const rpy_class rpy_cls_AssertionError;
extern const rpy_class rpy_cls_StopIteration;
extern const rpy_class rpy_cls_RuntimeError;
extern const rpy_class rpy_cls_RecursionError;
extern const rpy_class rpy_cls_NotImplementedError;
extern const rpy_class rpy_cls_MemoryError;
extern const rpy_class rpy_cls_OSError; /* slot 2: errno */
extern const rpy_class rpy_cls_FileNotFoundError;
extern const rpy_class rpy_cls_PermissionError;
extern const rpy_class rpy_cls_IsADirectoryError;
extern const rpy_class rpy_cls_NotADirectoryError;
extern const rpy_class rpy_cls_FileExistsError;

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
void rpy_gc_remember(rpy_hdr *h);

/* The write barrier: call it on an object before storing a reference into
 * it, with no allocation in between. An old object (mark 1) is remembered
 * once until the next collection; young and already remembered ones cost
 * one compare. Not needed when the stored value is older than the object
 * (it existed before the object was allocated). */
static inline void rpy_wb(void *obj) {
    rpy_hdr *h = (rpy_hdr *)obj;
    if (RPY_UNLIKELY(h->mark == 1)) rpy_gc_remember(h);
}

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
bool rpy_print(rpy_str *s);

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
    rpy_wb_items(l, i);
    l->items[i] = x;
}

void rpy_list_append_slow(rpy_list *l, rpy_slot x);

/* Sets rpy_exc (MemoryError) if the list cannot grow. */
static inline void rpy_list_append(rpy_list *l, rpy_slot x) {
    if (RPY_LIKELY(rpy_nn_list(l)->len < l->cap)) {
        rpy_wb_items(l, l->len);
        l->items[l->len++] = x;
        return;
    }
    rpy_list_append_slow(l, x);
}

rpy_slot rpy_list_pop(rpy_list *l);
rpy_slot rpy_list_pop_at(rpy_list *l, int64_t i);
void rpy_list_extend(rpy_list *l, rpy_list *other);

/* ---- issue 3: shifts, floats, bytes, primitives ------------------------------ */

/* Raise an instance of a builtin class with a UTF-8 message of n bytes;
 * returns the instance (NULL when out of memory: rpy_exc is MemoryError). */
rpy_obj *rpy_raise_msg_n(const rpy_class *cls, const char *msg, size_t n);

static inline int64_t rpy_shl(int64_t a, int64_t b) {
    if (RPY_UNLIKELY(b < 0)) {
        rpy_raise_msg(&rpy_cls_ValueError, "negative shift count");
        return 0;
    }
    if (a == 0) return 0;
    if (RPY_UNLIKELY(b >= 64)) {
        rpy_raise_overflow();
        return 0;
    }
    int64_t r = (int64_t)((uint64_t)a << b);
    if (RPY_UNLIKELY((r >> b) != a)) {
        rpy_raise_overflow();
        return 0;
    }
    return r;
}

static inline int64_t rpy_shr(int64_t a, int64_t b) {
    if (RPY_UNLIKELY(b < 0)) {
        rpy_raise_msg(&rpy_cls_ValueError, "negative shift count");
        return 0;
    }
    if (b >= 64) return a < 0 ? -1 : 0;
    return a >> b; /* arithmetic: GCC and Clang define it so */
}

static inline double rpy_f64(uint64_t bits) {
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}
static inline int64_t rpy_float_bits(double d) {
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return (int64_t)u;
}
static inline bool rpy_flt(double a, double b) { return a < b; }
static inline bool rpy_fle(double a, double b) { return a <= b; }
static inline bool rpy_fgt(double a, double b) { return a > b; }
static inline bool rpy_fge(double a, double b) { return a >= b; }
static inline bool rpy_feq(double a, double b) { return a == b; }
static inline bool rpy_fne(double a, double b) { return a != b; }
static inline double rpy_fdiv(double a, double b) {
    if (RPY_UNLIKELY(b == 0.0)) {
        rpy_raise_msg(&rpy_cls_ZeroDivisionError, "float division by zero");
        return 0.0;
    }
    return a / b;
}
/* The math-library primitives (`fsqrt` ...): C's own functions, NaN and
   infinities as Annex F gives them; the prelude adds Python's errors.
   sqrt, floor, ceil and fmod are exact, so they are inline; the others are
   defined in rpy_runtime.c, out of the compiler's sight: GCC would fold
   a call with a constant argument using MPFR (correctly rounded), which is
   not always what the C library computes at run time (expm1(1.0)). */
static inline double rpy_fsqrt(double x) { return sqrt(x); }
static inline double rpy_ffloor(double x) { return floor(x); }
static inline double rpy_fceil(double x) { return ceil(x); }
static inline double rpy_fcfmod(double x, double y) { return fmod(x, y); }
double rpy_fexp(double x);
double rpy_fexpm1(double x);
double rpy_flog(double x);
double rpy_flog2(double x);
double rpy_flog10(double x);
double rpy_flog1p(double x);
double rpy_fsin(double x);
double rpy_fcos(double x);
double rpy_ftan(double x);
double rpy_fasin(double x);
double rpy_facos(double x);
double rpy_fatan(double x);
double rpy_fsinh(double x);
double rpy_fcosh(double x);
double rpy_ftanh(double x);
double rpy_fasinh(double x);
double rpy_facosh(double x);
double rpy_fatanh(double x);
double rpy_fatan2(double y, double x);
double rpy_ffloordiv(double a, double b);
double rpy_fmod_py(double a, double b);
double rpy_fpow(double a, double b);
int64_t rpy_float_to_int(double x);
rpy_str *rpy_float_fmt(double x, int64_t prec, char conv);
double rpy_str_to_float(rpy_str *s);

rpy_str *rpy_str_get(rpy_str *s, int64_t i);
int64_t rpy_str_codeat(rpy_str *s, int64_t i);
rpy_str *rpy_str_slice(rpy_str *s, int64_t start, int64_t stop);
int64_t rpy_str_cmp(rpy_str *a, rpy_str *b);
rpy_str *rpy_str_fromcp(int64_t cp);
rpy_str *rpy_str_join(rpy_str *sep, rpy_list *items);
int64_t rpy_str_find(rpy_str *s, rpy_str *sub, int64_t start);
int64_t rpy_str_hash_compute(rpy_str *s);
/* str.hash: cached in the string after the first call. */
static inline int64_t rpy_str_hash(rpy_str *s) {
    int64_t h = rpy_nn_str(s)->hash;
    return RPY_LIKELY(h != 0) ? h : rpy_str_hash_compute(s);
}
rpy_bytes *rpy_str_encode_utf8(rpy_str *s);

static inline rpy_bytes *rpy_nn_bytes(rpy_bytes *b) {
    if (RPY_UNLIKELY(b == NULL)) rpy_null_fatal();
    return b;
}
static inline int64_t rpy_bytes_len(rpy_bytes *b) { return rpy_nn_bytes(b)->len; }
rpy_bytes *rpy_bytes_fromlist(rpy_list *l);
int64_t rpy_bytes_get(rpy_bytes *b, int64_t i);
rpy_bytes *rpy_bytes_slice(rpy_bytes *b, int64_t start, int64_t stop);
rpy_bytes *rpy_bytes_concat(rpy_bytes *a, rpy_bytes *b);
bool rpy_bytes_eq(rpy_bytes *a, rpy_bytes *b);
rpy_str *rpy_bytes_decode_utf8(rpy_bytes *b);

rpy_list *rpy_list_slice(rpy_list *l, int64_t start, int64_t stop);
void rpy_list_insert(rpy_list *l, int64_t i, rpy_slot x);
void rpy_list_truncate(rpy_list *l, int64_t n);
void rpy_list_detach(rpy_list *l);
static inline bool rpy_list_detached(rpy_list *l) { return rpy_nn_list(l)->detached; }

int64_t rpy_idhash(void *p);
bool rpy_write_out(rpy_str *s);
void rpy_write_out_bytes(rpy_bytes *b);
void rpy_write_err(rpy_str *s);
void rpy_flush_out(void);
int64_t rpy_os_open(rpy_str *path, int64_t flags, int64_t mode);
rpy_bytes *rpy_os_read(int64_t fd, int64_t n);
int64_t rpy_os_write(int64_t fd, rpy_bytes *data);
void rpy_os_close(int64_t fd);
rpy_list *rpy_os_stat(rpy_str *path);
void rpy_os_unlink(rpy_str *path);
rpy_str *rpy_os_getcwd(void);
rpy_list *rpy_os_listdir(rpy_str *path);
bool rpy_os_isatty(int64_t fd);
void rpy_os_mkdir(rpy_str *path, int64_t mode);
void rpy_os_rmdir(rpy_str *path);
void rpy_os_rename(rpy_str *src, rpy_str *dst);
int64_t rpy_os_getpid(void);
void rpy_time_sleep(int64_t ns);
double rpy_time_now(void);
double rpy_perf_counter(void);
rpy_str *rpy_getenv(rpy_str *name);

#endif /* RPY_RUNTIME_H */
