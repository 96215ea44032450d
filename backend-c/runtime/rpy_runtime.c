/* Runtime of the C backend (see rpy_runtime.h).  MIT OR Apache-2.0. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* memmem */
#endif
#include "rpy_runtime.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ---- globals ----------------------------------------------------------- */

rpy_frame *rpy_top = NULL;
rpy_obj *rpy_exc = NULL;
uintptr_t rpy_stack_limit = 0;

static rpy_obj *rpy_memory_error = NULL; /* preallocated, always a root */

#if !defined(__GNUC__)
uintptr_t rpy_sp_probe(void) {
    volatile char c = 0;
    return (uintptr_t)&c;
}
#endif

/* ---- builtin classes ----------------------------------------------------- */

static const uint32_t rpy_exc_ptrs[2] = {0, 1};

/* Slot 0 is `message`, slot 1 `argrepr` (the repr of a constructor
 * argument that is not a str, else null); SystemExit and OSError (and
 * OSError's subclasses) have an int in slot 2 (`code`, `errno`). */
#define RPY_BUILTIN_EXC(name, parent, nslots) \
    const rpy_class rpy_cls_##name = {#name, parent, nslots, 2, rpy_exc_ptrs, NULL, 0, 1}

RPY_BUILTIN_EXC(BaseException, NULL, 2);
RPY_BUILTIN_EXC(SystemExit, &rpy_cls_BaseException, 3);
RPY_BUILTIN_EXC(KeyboardInterrupt, &rpy_cls_BaseException, 2);
RPY_BUILTIN_EXC(Exception, &rpy_cls_BaseException, 2);
RPY_BUILTIN_EXC(ArithmeticError, &rpy_cls_Exception, 2);
RPY_BUILTIN_EXC(ZeroDivisionError, &rpy_cls_ArithmeticError, 2);
RPY_BUILTIN_EXC(OverflowError, &rpy_cls_ArithmeticError, 2);
RPY_BUILTIN_EXC(LookupError, &rpy_cls_Exception, 2);
RPY_BUILTIN_EXC(IndexError, &rpy_cls_LookupError, 2);
RPY_BUILTIN_EXC(KeyError, &rpy_cls_LookupError, 2);
RPY_BUILTIN_EXC(ValueError, &rpy_cls_Exception, 2);
RPY_BUILTIN_EXC(UnicodeError, &rpy_cls_ValueError, 2);
RPY_BUILTIN_EXC(UnicodeDecodeError, &rpy_cls_UnicodeError, 2);
RPY_BUILTIN_EXC(UnicodeEncodeError, &rpy_cls_UnicodeError, 2);
RPY_BUILTIN_EXC(TypeError, &rpy_cls_Exception, 2);
RPY_BUILTIN_EXC(AttributeError, &rpy_cls_Exception, 2);
RPY_BUILTIN_EXC(AssertionError, &rpy_cls_Exception, 2);
RPY_BUILTIN_EXC(StopIteration, &rpy_cls_Exception, 2);
RPY_BUILTIN_EXC(RuntimeError, &rpy_cls_Exception, 2);
RPY_BUILTIN_EXC(RecursionError, &rpy_cls_RuntimeError, 2);
RPY_BUILTIN_EXC(NotImplementedError, &rpy_cls_RuntimeError, 2);
RPY_BUILTIN_EXC(MemoryError, &rpy_cls_Exception, 2);
RPY_BUILTIN_EXC(OSError, &rpy_cls_Exception, 3);
RPY_BUILTIN_EXC(FileNotFoundError, &rpy_cls_OSError, 3);
RPY_BUILTIN_EXC(PermissionError, &rpy_cls_OSError, 3);
RPY_BUILTIN_EXC(IsADirectoryError, &rpy_cls_OSError, 3);
RPY_BUILTIN_EXC(NotADirectoryError, &rpy_cls_OSError, 3);
RPY_BUILTIN_EXC(FileExistsError, &rpy_cls_OSError, 3);

rpy_str rpy_str_empty = RPY_STATIC_STR(0, 1, "");
rpy_str rpy_str_true = RPY_STATIC_STR(4, 1, "True");
rpy_str rpy_str_false = RPY_STATIC_STR(5, 1, "False");

/* ---- fatal errors ------------------------------------------------------------ */

void rpy_fatal(const char *msg) {
    fflush(stdout);
    fprintf(stderr, "fatal error: %s\n", msg);
    exit(1);
}

void rpy_null_fatal(void) { rpy_fatal("null reference"); }

void rpy_unreachable(void) { rpy_fatal("reached unreachable code"); }

/* ---- garbage collector -------------------------------------------------------- */

#ifndef RPY_GC_MIN_THRESHOLD
#define RPY_GC_MIN_THRESHOLD ((size_t)4 << 20)
#endif
/* Allocation between minor collections: small enough that the young
 * objects the sweep frees are still in cache when they are reused. */
#ifndef RPY_GC_NURSERY
#define RPY_GC_NURSERY ((size_t)1 << 20)
#endif

/* Two generations, without moving anything ("sticky mark bits"): a new
 * object is young and linked on rpy_young; a young object that survives a
 * collection stays marked, which from then on means old, and moves to
 * rpy_old. A minor collection marks from the roots and from the old objects
 * the write barrier remembered (those that had a reference stored into
 * them since the last collection), never entering other old objects, and
 * frees the unmarked young ones: its cost is the survivors plus the young
 * list, not the whole heap. A major collection clears every mark first and
 * is a full mark-sweep. Minor ones run every RPY_GC_NURSERY bytes of
 * allocation; a major one when the old generation has doubled since the
 * last major one. */
enum {
    RPY_M_YOUNG = 0,      /* young and not (yet) marked */
    RPY_M_OLD = 1,        /* old, or young and marked by this collection */
    RPY_M_REMEMBERED = 3  /* old and on the remembered list */
};
static rpy_hdr *rpy_young = NULL;   /* objects allocated since the last collection */
static rpy_hdr *rpy_old = NULL;     /* objects that survived a collection */
static size_t rpy_gc_since = 0;     /* bytes allocated since the last collection */
static size_t rpy_gc_old = 0;       /* bytes of old objects (exact after a major one) */
static size_t rpy_gc_major_at = 2 * RPY_GC_MIN_THRESHOLD; /* rpy_gc_old that triggers a major one */
static unsigned long rpy_gc_count = 0, rpy_gc_major_count = 0;
static int rpy_gc_running = 0;
static rpy_hdr **rpy_remembered = NULL; /* old instances written to */
static size_t rpy_nremembered = 0, rpy_remembered_cap = 0;
rpy_remembered_list *rpy_remembered_lists = NULL; /* old lists written to */
static size_t rpy_nremembered_lists = 0, rpy_remembered_lists_cap = 0;

/* Small blocks (up to RPY_POOL_CLASSES * 16 bytes) come from per-size
 * free lists refilled from 64 KiB chunks, instead of one calloc and one free
 * each. Two users: small GC objects (the sweep puts a dead one on its
 * class's list; its header records the class) and the item arrays of small
 * lists (freed with their list or when the list grows; the list's capacity
 * gives the class). Chunk memory is kept for reuse, never returned to the
 * system. GC-stress and sanitizer builds keep malloc/free per block so that
 * use after free is still caught. */
#if !defined(RPY_GC_STRESS) && !defined(__SANITIZE_ADDRESS__)
#define RPY_POOL 1
#define RPY_POOL_GRAIN 16
#define RPY_POOL_CLASSES 16
#define RPY_POOL_CHUNK ((size_t)64 << 10)
/* A free block's first word links to the next free block of its class. */
typedef struct rpy_free_block {
    struct rpy_free_block *next;
} rpy_free_block;
static rpy_free_block *rpy_pool_free[RPY_POOL_CLASSES + 1];
static char *rpy_pool_bump = NULL, *rpy_pool_end = NULL;

static inline uint8_t rpy_pool_class(size_t size) {
    return (uint8_t)((size + RPY_POOL_GRAIN - 1) / RPY_POOL_GRAIN);
}

/* An uninitialized block of class `cls` (cls * 16 bytes), or NULL. */
static void *rpy_pool_take(uint8_t cls) {
    size_t sz = (size_t)cls * RPY_POOL_GRAIN;
    rpy_free_block *b = rpy_pool_free[cls];
    if (b != NULL) {
        rpy_pool_free[cls] = b->next;
        return b;
    }
    if ((size_t)(rpy_pool_end - rpy_pool_bump) < sz) {
        /* The old chunk's tail (under 256 bytes) is abandoned. */
        char *c = (char *)malloc(RPY_POOL_CHUNK);
        if (c == NULL) return NULL;
        rpy_pool_bump = c;
        rpy_pool_end = c + RPY_POOL_CHUNK;
    }
    void *p = rpy_pool_bump;
    rpy_pool_bump += sz;
    return p;
}

static inline void rpy_pool_give(void *p, uint8_t cls) {
    rpy_free_block *b = (rpy_free_block *)p;
    b->next = rpy_pool_free[cls];
    rpy_pool_free[cls] = b;
}

static rpy_hdr *rpy_pool_alloc(uint8_t cls) {
    rpy_hdr *h = (rpy_hdr *)rpy_pool_take(cls);
    if (h == NULL) return NULL;
    memset((void *)h, 0, (size_t)cls * RPY_POOL_GRAIN);
    h->pool = cls;
    return h;
}
#endif

/* Item arrays of lists: `cap` slots, uninitialized. Small ones come from
 * the block pool, so a list's capacity decides how its array is freed. */
static bool rpy_items_pooled(int64_t cap) {
#ifdef RPY_POOL
    return cap > 0 && (size_t)cap * sizeof(rpy_slot) <= (size_t)RPY_POOL_CLASSES * RPY_POOL_GRAIN;
#else
    (void)cap;
    return false;
#endif
}

static void rpy_items_free(rpy_slot *items, int64_t cap) {
    if (items == NULL) return;
#ifdef RPY_POOL
    if (rpy_items_pooled(cap)) {
        rpy_pool_give(items, rpy_pool_class((size_t)cap * sizeof(rpy_slot)));
        return;
    }
#endif
    free(items);
}

/* Resize an item array from `old_cap` to `new_cap` slots (a NULL array has
 * capacity 0), keeping the first min(old, new) slots; NULL on failure (the
 * old array is then untouched). Does not count towards the collector. */
static rpy_slot *rpy_items_resize(rpy_slot *items, int64_t old_cap, int64_t new_cap) {
    if (!rpy_items_pooled(old_cap) && !rpy_items_pooled(new_cap))
        return (rpy_slot *)realloc(items, (size_t)new_cap * sizeof(rpy_slot));
#ifdef RPY_POOL
    if (rpy_items_pooled(old_cap) && rpy_items_pooled(new_cap) &&
        rpy_pool_class((size_t)old_cap * sizeof(rpy_slot)) == rpy_pool_class((size_t)new_cap * sizeof(rpy_slot)))
        return items;
#endif
    rpy_slot *fresh;
#ifdef RPY_POOL
    if (rpy_items_pooled(new_cap))
        fresh = (rpy_slot *)rpy_pool_take(rpy_pool_class((size_t)new_cap * sizeof(rpy_slot)));
    else
#endif
        fresh = (rpy_slot *)malloc((size_t)new_cap * sizeof(rpy_slot));
    if (fresh == NULL) return NULL;
    int64_t keep = old_cap < new_cap ? old_cap : new_cap;
    if (keep > 0) memcpy(fresh, items, (size_t)keep * sizeof(rpy_slot));
    rpy_items_free(items, old_cap);
    return fresh;
}

static rpy_hdr **rpy_mstack = NULL;
static size_t rpy_msize = 0, rpy_mcap = 0;

static size_t rpy_obj_size(const rpy_hdr *h) {
    switch (h->kind) {
    case RPY_K_STR: {
        const rpy_str *s = (const rpy_str *)h;
        return sizeof(rpy_str) + (size_t)s->len * s->kind;
    }
    case RPY_K_BYTES: return sizeof(rpy_bytes) + (size_t)((const rpy_bytes *)h)->len;
    case RPY_K_LIST_VAL:
    case RPY_K_LIST_REF: return sizeof(rpy_list) + (size_t)((const rpy_list *)h)->cap * sizeof(rpy_slot);
    default: return sizeof(rpy_obj) + (size_t)((const rpy_obj *)h)->cls->nslots * sizeof(rpy_slot);
    }
}

/* Push onto a growable stack of headers; the collector cannot run without
 * it, so failing to grow it is fatal. */
static void rpy_hstack_push(rpy_hdr ***stack, size_t *n, size_t *cap, rpy_hdr *h) {
    if (*n == *cap) {
        size_t ncap = *cap ? *cap * 2 : 1024;
        rpy_hdr **ns = (rpy_hdr **)realloc(*stack, ncap * sizeof(rpy_hdr *));
        if (ns == NULL) rpy_fatal("out of memory in the garbage collector");
        *stack = ns;
        *cap = ncap;
    }
    (*stack)[(*n)++] = h;
}

static void rpy_mark(void *p) {
    rpy_hdr *h = (rpy_hdr *)p;
    if (h == NULL || h->is_static || h->mark != RPY_M_YOUNG) return;
    h->mark = RPY_M_OLD;
    if (h->kind == RPY_K_STR || h->kind == RPY_K_LIST_VAL || h->kind == RPY_K_BYTES) return;
    if (h->kind == RPY_K_INST && ((rpy_obj *)h)->cls->nptrs == 0) return;
    rpy_hstack_push(&rpy_mstack, &rpy_msize, &rpy_mcap, h);
}

static void rpy_mark_children(rpy_hdr *h) {
    if (h->kind == RPY_K_LIST_REF) {
        rpy_list *l = (rpy_list *)h;
        for (int64_t i = 0; i < l->len; i++) rpy_mark(l->items[i].p);
    } else if (h->kind == RPY_K_INST) {
        rpy_obj *o = (rpy_obj *)h;
        const rpy_class *c = o->cls;
        for (uint32_t i = 0; i < c->nptrs; i++) rpy_mark(o->f[c->ptr_slots[i]].p);
    }
}

/* The write barrier's slow path: an old object got a reference stored into
 * it, so the next minor collection must scan it. */
void rpy_gc_remember(rpy_hdr *h) {
    h->mark = RPY_M_REMEMBERED;
    rpy_hstack_push(&rpy_remembered, &rpy_nremembered, &rpy_remembered_cap, h);
}

void rpy_gc_remember_list(rpy_list *l, int64_t i) {
    if (rpy_nremembered_lists == rpy_remembered_lists_cap) {
        size_t ncap = rpy_remembered_lists_cap ? rpy_remembered_lists_cap * 2 : 256;
        if (ncap > UINT32_MAX) rpy_fatal("out of memory in the garbage collector");
        rpy_remembered_list *ns =
            (rpy_remembered_list *)realloc(rpy_remembered_lists, ncap * sizeof(rpy_remembered_list));
        if (ns == NULL) rpy_fatal("out of memory in the garbage collector");
        rpy_remembered_lists = ns;
        rpy_remembered_lists_cap = ncap;
    }
    l->h.mark = RPY_M_REMEMBERED;
    l->h.hash = (uint32_t)rpy_nremembered_lists;
    rpy_remembered_lists[rpy_nremembered_lists].l = l;
    rpy_remembered_lists[rpy_nremembered_lists].lo = i;
    rpy_nremembered_lists++;
}

static void rpy_mark_roots(void) {
    for (rpy_frame *f = rpy_top; f != NULL; f = f->prev)
        for (uint32_t i = 0; i < f->n; i++) rpy_mark(f->slots[i]);
    rpy_mark(rpy_exc);
    rpy_mark(rpy_memory_error);
}

static void rpy_free_obj(rpy_hdr *h) {
    if (h->kind == RPY_K_LIST_VAL || h->kind == RPY_K_LIST_REF)
        rpy_items_free(((rpy_list *)h)->items, ((rpy_list *)h)->cap);
#ifdef RPY_GC_STRESS
    /* Poison freed objects so that a missing root or barrier shows up. */
    memset((void *)h, 0xA5,
           (h->kind == RPY_K_LIST_VAL || h->kind == RPY_K_LIST_REF) ? sizeof(rpy_list) : rpy_obj_size(h));
#endif
#ifdef RPY_POOL
    if (h->pool != 0) {
        rpy_pool_give(h, h->pool);
        return;
    }
#endif
    free(h);
}

/* Free the unmarked objects of `*list`; move the marked ones (now old) to
 * the old list. Returns the bytes moved. */
static size_t rpy_sweep_into_old(rpy_hdr **list) {
    size_t moved = 0;
    rpy_hdr *h = *list;
    while (h != NULL) {
        rpy_hdr *next = h->next;
        if (h->mark != RPY_M_YOUNG) {
            moved += rpy_obj_size(h);
            h->next = rpy_old;
            rpy_old = h;
        } else {
            rpy_free_obj(h);
        }
        h = next;
    }
    *list = NULL;
    return moved;
}

static void rpy_gc_minor(void) {
    rpy_gc_count++;
    rpy_mark_roots();
    for (size_t i = 0; i < rpy_nremembered; i++) {
        rpy_hdr *h = rpy_remembered[i];
        h->mark = RPY_M_OLD;
        rpy_mark_children(h);
    }
    rpy_nremembered = 0;
    for (size_t i = 0; i < rpy_nremembered_lists; i++) {
        rpy_list *l = rpy_remembered_lists[i].l;
        l->h.mark = RPY_M_OLD;
        l->h.hash = 0;
        for (int64_t k = rpy_remembered_lists[i].lo; k < l->len; k++) rpy_mark(l->items[k].p);
    }
    rpy_nremembered_lists = 0;
    while (rpy_msize > 0) rpy_mark_children(rpy_mstack[--rpy_msize]);
    rpy_gc_old += rpy_sweep_into_old(&rpy_young);
    rpy_gc_since = 0;
}

static void rpy_gc_major(void) {
    rpy_gc_count++;
    rpy_gc_major_count++;
    for (rpy_hdr *h = rpy_old; h != NULL; h = h->next) h->mark = RPY_M_YOUNG;
    rpy_nremembered = 0;
    for (size_t i = 0; i < rpy_nremembered_lists; i++) rpy_remembered_lists[i].l->h.hash = 0;
    rpy_nremembered_lists = 0;
    rpy_mark_roots();
    while (rpy_msize > 0) rpy_mark_children(rpy_mstack[--rpy_msize]);
    rpy_hdr *old = rpy_old;
    rpy_old = NULL;
    size_t live = rpy_sweep_into_old(&old) + rpy_sweep_into_old(&rpy_young);
    rpy_gc_old = live;
    rpy_gc_since = 0;
    rpy_gc_major_at = 2 * (live > RPY_GC_MIN_THRESHOLD ? live : RPY_GC_MIN_THRESHOLD);
}

/* A full collection (also used when memory runs out). */
void rpy_gc_collect(void) {
    if (rpy_gc_running) return;
    rpy_gc_running = 1;
    rpy_gc_major();
    rpy_gc_running = 0;
}

/* The collection that allocation triggers: minor, or major when the old
 * generation has grown enough. GC-stress builds run a minor one at every
 * allocation (a missing barrier frees a young object that is still
 * referenced) and a major one every 16th. */
static void rpy_gc_step(void) {
    if (rpy_gc_running) return;
    rpy_gc_running = 1;
#ifdef RPY_GC_STRESS
    if (rpy_gc_count % 16 == 15)
        rpy_gc_major();
    else
        rpy_gc_minor();
#else
    rpy_gc_minor();
    if (rpy_gc_old > rpy_gc_major_at) rpy_gc_major();
#endif
    rpy_gc_running = 0;
}

static void rpy_raise_memory_error(void) { rpy_exc = rpy_memory_error; }

/* Zeroed memory for a collected object: a pool block when small. */
static rpy_hdr *rpy_block_alloc(size_t size) {
#ifdef RPY_POOL
    if (size <= (size_t)RPY_POOL_CLASSES * RPY_POOL_GRAIN) return rpy_pool_alloc(rpy_pool_class(size));
#endif
    return (rpy_hdr *)calloc(1, size);
}

void *rpy_gc_alloc(size_t size, uint8_t kind) {
#ifdef RPY_GC_STRESS
    rpy_gc_step();
#else
    if (size > RPY_GC_NURSERY || rpy_gc_since > RPY_GC_NURSERY - size) rpy_gc_step();
#endif
    rpy_hdr *h = rpy_block_alloc(size);
    if (h == NULL) {
        rpy_gc_collect();
        h = rpy_block_alloc(size);
        if (h == NULL) {
            rpy_raise_memory_error();
            return NULL;
        }
    }
    rpy_gc_since += size;
    h->next = rpy_young;
    h->kind = kind;
    rpy_young = h;
    return h;
}

/* Grow or shrink a list's item array, counted towards the next collection.
 * Callers keep every object they still need rooted: this may collect on
 * failure. */
static rpy_slot *rpy_items_realloc(rpy_slot *items, int64_t old_cap, int64_t new_cap) {
    rpy_slot *q = rpy_items_resize(items, old_cap, new_cap);
    if (q == NULL) {
        rpy_gc_collect();
        q = rpy_items_resize(items, old_cap, new_cap);
        if (q == NULL) return NULL;
    }
    if (new_cap > old_cap) rpy_gc_since += (size_t)(new_cap - old_cap) * sizeof(rpy_slot);
    return q;
}

rpy_obj *rpy_new(const rpy_class *cls) {
    size_t n = cls->nslots;
    rpy_obj *o = (rpy_obj *)rpy_gc_alloc(sizeof(rpy_obj) + n * sizeof(rpy_slot), RPY_K_INST);
    if (o == NULL) return NULL;
    o->cls = cls;
    for (size_t i = 0; i < n; i++) o->f[i] = rpy_slot_i(0);
    if (cls->is_exception) o->f[0].p = &rpy_str_empty;
    return o;
}

/* ---- exceptions ------------------------------------------------------------------ */

rpy_obj *rpy_raise_msg_n(const rpy_class *cls, const char *msg, size_t n) {
    void *slots[1] = {NULL};
    rpy_frame fr = {rpy_top, 1, slots};
    rpy_top = &fr;
    rpy_obj *o = NULL;
    rpy_str *s = rpy_str_from_utf8(msg, n);
    if (s != NULL) {
        slots[0] = s;
        o = rpy_new(cls);
        if (o != NULL) {
            o->f[0].p = s;
            rpy_exc = o;
        }
    }
    rpy_top = fr.prev;
    return o;
}

void rpy_raise_msg(const rpy_class *cls, const char *msg) { (void)rpy_raise_msg_n(cls, msg, strlen(msg)); }

void rpy_raise_overflow(void) { rpy_raise_msg(&rpy_cls_OverflowError, "integer overflow"); }

void rpy_raise_recursion(void) {
    rpy_raise_msg(&rpy_cls_RecursionError, "maximum recursion depth exceeded");
}

/* ---- strings ------------------------------------------------------------------------ */

static rpy_str *rpy_str_alloc(int64_t len, uint32_t kind) {
    if (len < 0 || (uint64_t)len > (uint64_t)((SIZE_MAX - sizeof(rpy_str)) / kind) ||
        (uint64_t)len > (uint64_t)INT64_MAX / 4) {
        rpy_raise_memory_error();
        return NULL;
    }
    rpy_str *s = (rpy_str *)rpy_gc_alloc(sizeof(rpy_str) + (size_t)len * kind, RPY_K_STR);
    if (s == NULL) return NULL;
    s->len = len;
    s->kind = kind;
    s->data = (const void *)(s + 1);
    return s;
}

static void rpy_str_put(rpy_str *s, int64_t i, uint32_t cp) {
    void *d = (void *)(s + 1);
    switch (s->kind) {
    case 1: ((uint8_t *)d)[i] = (uint8_t)cp; break;
    case 2: ((uint16_t *)d)[i] = (uint16_t)cp; break;
    default: ((uint32_t *)d)[i] = cp; break;
    }
}

rpy_str *rpy_str_concat(rpy_str *a, rpy_str *b) {
    rpy_nn_str(a);
    rpy_nn_str(b);
    if (a->len == 0) return b;
    if (b->len == 0) return a;
    uint32_t kind = a->kind > b->kind ? a->kind : b->kind;
    rpy_str *s = rpy_str_alloc(a->len + b->len, kind);
    if (s == NULL) return NULL;
    if (a->kind == kind && b->kind == kind) {
        memcpy((void *)(s + 1), a->data, (size_t)a->len * kind);
        memcpy((char *)(s + 1) + (size_t)a->len * kind, b->data, (size_t)b->len * kind);
    } else {
        for (int64_t i = 0; i < a->len; i++) rpy_str_put(s, i, rpy_str_cp(a, i));
        for (int64_t i = 0; i < b->len; i++) rpy_str_put(s, a->len + i, rpy_str_cp(b, i));
    }
    return s;
}

bool rpy_str_eq(rpy_str *a, rpy_str *b) {
    rpy_nn_str(a);
    rpy_nn_str(b);
    if (a == b) return true;
    if (a->len != b->len || a->kind != b->kind) return false;
    return memcmp(a->data, b->data, (size_t)a->len * a->kind) == 0;
}

rpy_str *rpy_int_to_str(int64_t v) {
    char buf[24];
    size_t pos = sizeof buf;
    uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        buf[--pos] = (char)('0' + (int)(mag % 10));
        mag /= 10;
    } while (mag != 0);
    if (v < 0) buf[--pos] = '-';
    rpy_str *s = rpy_str_alloc((int64_t)(sizeof buf - pos), 1);
    if (s == NULL) return NULL;
    memcpy((void *)(s + 1), buf + pos, sizeof buf - pos);
    return s;
}

/* Decode one code point at p (n > 0 bytes left); sets *used. */
static uint32_t rpy_utf8_decode(const unsigned char *p, size_t n, size_t *used) {
    unsigned char c = p[0];
    *used = 1;
    if (c < 0x80) return c;
    size_t need;
    uint32_t cp, min;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        cp = c & 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        cp = c & 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        cp = c & 0x07;
        min = 0x10000;
    } else {
        return 0xDC00u | c;
    }
    if (n < need + 1) return 0xDC00u | c;
    for (size_t i = 1; i <= need; i++) {
        if ((p[i] & 0xC0) != 0x80) return 0xDC00u | c;
        cp = (cp << 6) | (p[i] & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0xDC00u | c;
    *used = need + 1;
    return cp;
}

rpy_str *rpy_str_from_utf8(const char *bytes, size_t n) {
    const unsigned char *p = (const unsigned char *)bytes;
    int64_t len = 0;
    uint32_t maxcp = 0;
    for (size_t i = 0; i < n;) {
        size_t used;
        uint32_t cp = rpy_utf8_decode(p + i, n - i, &used);
        if (cp > maxcp) maxcp = cp;
        i += used;
        len++;
    }
    uint32_t kind = maxcp < 0x100 ? 1 : maxcp < 0x10000 ? 2 : 4;
    rpy_str *s = rpy_str_alloc(len, kind);
    if (s == NULL) return NULL;
    int64_t k = 0;
    for (size_t i = 0; i < n;) {
        size_t used;
        uint32_t cp = rpy_utf8_decode(p + i, n - i, &used);
        rpy_str_put(s, k++, cp);
        i += used;
    }
    return s;
}

/* Whether a string holds a surrogate code point, which stdout's encoder
 * (UTF-8, surrogateescape) cannot write as is: the front end's prelude
 * then encodes the string (and raises CPython's UnicodeEncodeError). */
static bool rpy_str_has_surrogate(const rpy_str *s) {
    if (s->kind == 1) return false;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t cp = rpy_str_cp(s, i);
        if (cp >= 0xD800 && cp <= 0xDFFF) return true;
    }
    return false;
}

/* Write a string as UTF-8, a surrogate code point as `\udxxx` (stderr's
 * backslashreplace; stdout's writers never pass one). */
static void rpy_write_str(FILE *out, const rpy_str *s) {
    static const char hex[] = "0123456789abcdef";
    unsigned char buf[512];
    size_t n = 0;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t cp = rpy_str_cp(s, i);
        if (n > sizeof buf - 6) {
            fwrite(buf, 1, n, out);
            n = 0;
        }
        if (cp < 0x80) {
            buf[n++] = (unsigned char)cp;
        } else if (cp < 0x800) {
            buf[n++] = (unsigned char)(0xC0 | (cp >> 6));
            buf[n++] = (unsigned char)(0x80 | (cp & 0x3F));
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            buf[n++] = '\\';
            buf[n++] = 'u';
            for (int sh = 12; sh >= 0; sh -= 4) buf[n++] = (unsigned char)hex[(cp >> sh) & 0xF];
        } else if (cp < 0x10000) {
            buf[n++] = (unsigned char)(0xE0 | (cp >> 12));
            buf[n++] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
            buf[n++] = (unsigned char)(0x80 | (cp & 0x3F));
        } else {
            buf[n++] = (unsigned char)(0xF0 | (cp >> 18));
            buf[n++] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
            buf[n++] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
            buf[n++] = (unsigned char)(0x80 | (cp & 0x3F));
        }
    }
    if (n > 0) fwrite(buf, 1, n, out);
}

bool rpy_print(rpy_str *s) {
    if (rpy_str_has_surrogate(rpy_nn_str(s))) return false;
    rpy_write_str(stdout, s);
    putc('\n', stdout);
    return true;
}

/* ---- lists ------------------------------------------------------------------------------ */

rpy_list *rpy_list_new(bool refs, int64_t n) {
    if (n < 0 || (uint64_t)n > (uint64_t)(SIZE_MAX / sizeof(rpy_slot))) {
        rpy_raise_memory_error();
        return NULL;
    }
    rpy_list *l = (rpy_list *)rpy_gc_alloc(sizeof(rpy_list), refs ? RPY_K_LIST_REF : RPY_K_LIST_VAL);
    if (l == NULL) return NULL;
    if (n > 0) {
        void *slots[1] = {l};
        rpy_frame fr = {rpy_top, 1, slots};
        rpy_top = &fr;
        rpy_slot *items = rpy_items_realloc(NULL, 0, n);
        rpy_top = fr.prev;
        if (items == NULL) {
            rpy_raise_memory_error();
            return NULL;
        }
        for (int64_t i = 0; i < n; i++) items[i] = rpy_slot_i(0);
        l->items = items;
        l->cap = n;
        l->len = n;
    }
    return l;
}

/* Make room for `need` items; false (MemoryError raised) on failure. */
static bool rpy_list_reserve(rpy_list *l, int64_t need) {
    if (need <= l->cap) return true;
    const int64_t max = (int64_t)(SIZE_MAX / sizeof(rpy_slot) < (uint64_t)INT64_MAX / 2
                                      ? SIZE_MAX / sizeof(rpy_slot)
                                      : (uint64_t)INT64_MAX / 2);
    if (need > max) {
        rpy_raise_memory_error();
        return false;
    }
    int64_t ncap = l->cap + l->cap / 2 + 4;
    if (ncap > max) ncap = max;
    if (ncap < need) ncap = need;
    rpy_slot *items = rpy_items_realloc(l->items, l->cap, ncap);
    if (items == NULL && ncap > need) {
        ncap = need;
        items = rpy_items_realloc(l->items, l->cap, ncap);
    }
    if (items == NULL) {
        rpy_raise_memory_error();
        return false;
    }
    l->items = items;
    l->cap = ncap;
    l->detached = false;
    return true;
}

void rpy_list_append_slow(rpy_list *l, rpy_slot x) {
    /* x may be the only reference to an object: keep it rooted. */
    void *slots[1] = {l->h.kind == RPY_K_LIST_REF ? x.p : NULL};
    rpy_frame fr = {rpy_top, 1, slots};
    rpy_top = &fr;
    bool ok = rpy_list_reserve(l, l->len + 1);
    rpy_top = fr.prev;
    if (!ok) return;
    rpy_wb_items(l, l->len);
    l->items[l->len++] = x;
}

static void rpy_list_maybe_shrink(rpy_list *l) {
    if (l->cap > 16 && l->len < l->cap / 4) {
        int64_t ncap = l->cap / 2;
        rpy_slot *items = rpy_items_resize(l->items, l->cap, ncap);
        if (items != NULL) {
            l->items = items;
            l->cap = ncap;
        }
    }
}

rpy_slot rpy_list_pop(rpy_list *l) {
    rpy_nn_list(l);
    if (l->len == 0) {
        rpy_raise_msg(&rpy_cls_IndexError, "pop from empty list");
        return rpy_slot_i(0);
    }
    rpy_slot x = l->items[--l->len];
    rpy_list_maybe_shrink(l);
    return x;
}

rpy_slot rpy_list_pop_at(rpy_list *l, int64_t i) {
    rpy_nn_list(l);
    int64_t n = l->len;
    if (n == 0) {
        rpy_raise_msg(&rpy_cls_IndexError, "pop from empty list");
        return rpy_slot_i(0);
    }
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        rpy_raise_msg(&rpy_cls_IndexError, "pop index out of range");
        return rpy_slot_i(0);
    }
    rpy_slot x = l->items[i];
    rpy_wb_items(l, i); /* items move down to i */
    memmove(l->items + i, l->items + i + 1, (size_t)(n - i - 1) * sizeof(rpy_slot));
    l->len = n - 1;
    rpy_list_maybe_shrink(l);
    return x;
}

void rpy_list_extend(rpy_list *l, rpy_list *other) {
    rpy_nn_list(l);
    rpy_nn_list(other);
    int64_t n = other->len;
    if (n == 0) return;
    if (!rpy_list_reserve(l, l->len + n)) return;
    rpy_wb_items(l, l->len);
    memmove(l->items + l->len, other->items, (size_t)n * sizeof(rpy_slot));
    l->len += n;
}

/* ---- issue 3: floats ----------------------------------------------------------------- */

static int rpy_is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

/* Python's float floor division and modulo (CPython's float_divmod). */
static void rpy_float_divmod(double a, double b, double *div_out, double *mod_out) {
    double mod = fmod(a, b);
    double div = (a - mod) / b;
    if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, b);
    }
    double fdiv;
    if (div != 0.0) {
        fdiv = floor(div);
        if (div - fdiv > 0.5) fdiv += 1.0;
    } else {
        fdiv = copysign(0.0, a / b);
    }
    *div_out = fdiv;
    *mod_out = mod;
}

double rpy_ffloordiv(double a, double b) {
    if (b == 0.0) {
        rpy_raise_msg(&rpy_cls_ZeroDivisionError, "float floor division by zero");
        return 0.0;
    }
    double d, m;
    rpy_float_divmod(a, b, &d, &m);
    return d;
}

double rpy_fmod_py(double a, double b) {
    if (b == 0.0) {
        rpy_raise_msg(&rpy_cls_ZeroDivisionError, "float modulo");
        return 0.0;
    }
    double m = fmod(a, b);
    if (m != 0.0) {
        if ((b < 0) != (m < 0)) m += b;
    } else {
        m = copysign(0.0, b);
    }
    return m;
}

/* The math-library primitives (see rpy_runtime.h: out of line so that
   the compiler cannot fold them at compile time). */
#ifdef RPY_GLIBC_LIBM
/* maemo-arm links glibc's static libm into a musl program (see
   targets/maemo-arm.toml). That libm stores domain/range errors in glibc's
   thread-local `errno` and reads `_dl_hwcap` to know whether VFP is there
   for its rounding-mode helpers; musl has neither. The runtime never reads
   errno after a math call (Python's math errors are decided from the
   arguments and results), so glibc's errno can be its own variable. */
#pragma push_macro("errno")
#undef errno
__thread int errno;
#pragma pop_macro("errno")
unsigned long _dl_hwcap = 64; /* HWCAP_ARM_VFP: the ARM1136JF-S has VFPv2 */
#endif

double rpy_fexp(double x) { return exp(x); }
double rpy_fexpm1(double x) { return expm1(x); }
double rpy_flog(double x) { return log(x); }
double rpy_flog2(double x) { return log2(x); }
double rpy_flog10(double x) { return log10(x); }
double rpy_flog1p(double x) { return log1p(x); }
double rpy_fsin(double x) { return sin(x); }
double rpy_fcos(double x) { return cos(x); }
double rpy_ftan(double x) { return tan(x); }
double rpy_fasin(double x) { return asin(x); }
double rpy_facos(double x) { return acos(x); }
double rpy_fatan(double x) { return atan(x); }
double rpy_fsinh(double x) { return sinh(x); }
double rpy_fcosh(double x) { return cosh(x); }
double rpy_ftanh(double x) { return tanh(x); }
double rpy_fasinh(double x) { return asinh(x); }
double rpy_facosh(double x) { return acosh(x); }
double rpy_fatanh(double x) { return atanh(x); }
double rpy_fatan2(double y, double x) { return atan2(y, x); }

/* C99 pow with Python's errors (the special cases as Annex F gives them). */
double rpy_fpow(double v, double w) {
    if (w == 0.0) return 1.0;
    if (isnan(v)) return v;
    if (isnan(w)) return v == 1.0 ? 1.0 : w;
    if (isinf(w)) {
        double av = fabs(v);
        if (av == 1.0) return 1.0;
        if ((w > 0.0) == (av > 1.0)) return fabs(w);
        return 0.0;
    }
    if (isinf(v)) {
        int odd = rpy_is_odd_integer(w);
        if (w > 0.0) return odd ? v : fabs(v);
        return odd ? copysign(0.0, v) : 0.0;
    }
    if (v == 0.0) {
        if (w < 0.0) {
            rpy_raise_msg(&rpy_cls_ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return 0.0;
        }
        return rpy_is_odd_integer(w) ? v : 0.0;
    }
    int negate = 0;
    if (v < 0.0) {
        if (w != floor(w)) {
            rpy_raise_msg(&rpy_cls_ValueError, "math domain error");
            return 0.0;
        }
        v = -v;
        negate = rpy_is_odd_integer(w);
    }
    if (v == 1.0) return negate ? -1.0 : 1.0;
    double r = pow(v, w);
    if (isinf(r)) {
        rpy_raise_msg(&rpy_cls_OverflowError, "(34, 'Numerical result out of range')");
        return 0.0;
    }
    return negate ? -r : r;
}

int64_t rpy_float_to_int(double x) {
    if (isnan(x)) {
        rpy_raise_msg(&rpy_cls_ValueError, "cannot convert float NaN to integer");
        return 0;
    }
    if (isinf(x)) {
        rpy_raise_msg(&rpy_cls_OverflowError, "cannot convert float infinity to integer");
        return 0;
    }
    /* -2^63 is exact; 2^63 is the first double above the range. */
    if (!(x >= -9223372036854775808.0 && x < 9223372036854775808.0)) {
        rpy_raise_overflow();
        return 0;
    }
    return (int64_t)x;
}

static int rpy_float_snprintf(char *buf, size_t cap, double x, int p, char conv) {
    return conv == 'e' ? snprintf(buf, cap, "%.*e", p, x) : snprintf(buf, cap, "%.*f", p, x);
}

/* glibc's printf gives the exact decimal expansion at any precision; the
   stack buffer serves the usual precisions, a larger one is measured first. */
rpy_str *rpy_float_fmt(double x, int64_t prec, char conv) {
    char small[512];
    if (isnan(x)) return rpy_str_from_utf8("nan", 3);
    if (isinf(x)) return x > 0 ? rpy_str_from_utf8("inf", 3) : rpy_str_from_utf8("-inf", 4);
    int p = prec < 0 ? 0 : prec > INT_MAX ? INT_MAX : (int)prec;
    int n = rpy_float_snprintf(small, sizeof small, x, p, conv);
    if (n >= 0 && (size_t)n < sizeof small) return rpy_str_from_utf8(small, (size_t)n);
    /* n < 0: the text would not fit in an int (EOVERFLOW). */
    char *buf = n < 0 ? NULL : (char *)malloc((size_t)n + 1);
    if (buf == NULL) {
        rpy_raise_memory_error();
        return NULL;
    }
    rpy_float_snprintf(buf, (size_t)n + 1, x, p, conv);
    rpy_str *s = rpy_str_from_utf8(buf, (size_t)n);
    free(buf);
    return s;
}

static bool rpy_is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

/* Whether s matches [+-]?(d+[.d*]|.d+)([eE][+-]?d+)? */
static bool rpy_float_syntax(const rpy_str *s) {
    int64_t i = 0, n = s->len;
    if (i < n && (rpy_str_cp(s, i) == '+' || rpy_str_cp(s, i) == '-')) i++;
    int64_t digits = 0;
    while (i < n && rpy_is_digit(rpy_str_cp(s, i))) i++, digits++;
    if (i < n && rpy_str_cp(s, i) == '.') {
        i++;
        while (i < n && rpy_is_digit(rpy_str_cp(s, i))) i++, digits++;
    }
    if (digits == 0) return false;
    if (i < n && (rpy_str_cp(s, i) == 'e' || rpy_str_cp(s, i) == 'E')) {
        i++;
        if (i < n && (rpy_str_cp(s, i) == '+' || rpy_str_cp(s, i) == '-')) i++;
        int64_t ed = 0;
        while (i < n && rpy_is_digit(rpy_str_cp(s, i))) i++, ed++;
        if (ed == 0) return false;
    }
    return i == n;
}

double rpy_str_to_float(rpy_str *s) {
    rpy_nn_str(s);
    if (!rpy_float_syntax(s)) {
        rpy_raise_msg(&rpy_cls_ValueError, "could not convert string to float");
        return 0.0;
    }
    char small[128];
    char *buf = small;
    if ((uint64_t)s->len >= sizeof small) {
        buf = (char *)malloc((size_t)s->len + 1);
        if (buf == NULL) {
            rpy_raise_memory_error();
            return 0.0;
        }
    }
    for (int64_t i = 0; i < s->len; i++) buf[i] = (char)rpy_str_cp(s, i);
    buf[s->len] = 0;
    double d = strtod(buf, NULL); /* the "C" locale: correctly rounded */
    if (buf != small) free(buf);
    return d;
}

/* ---- issue 3: strings ------------------------------------------------------------------ */

static uint8_t rpy_latin1_data[256];
static rpy_str rpy_latin1[256]; /* the one-character strings U+0000..U+00FF */

static void rpy_init_latin1(void) {
    for (int i = 0; i < 256; i++) {
        rpy_latin1_data[i] = (uint8_t)i;
        rpy_str s = RPY_STATIC_STR(1, 1, rpy_latin1_data + i);
        rpy_latin1[i] = s;
    }
}

static uint32_t rpy_kind_for(uint32_t maxcp) { return maxcp < 0x100 ? 1 : maxcp < 0x10000 ? 2 : 4; }

static rpy_str *rpy_str_from_cps(const rpy_str *src, int64_t start, int64_t n) {
    if (n == 0) return &rpy_str_empty;
    uint32_t maxcp = 0;
    if (src->kind > 1)
        for (int64_t i = 0; i < n; i++) {
            uint32_t c = rpy_str_cp(src, start + i);
            if (c > maxcp) maxcp = c;
        }
    uint32_t kind = rpy_kind_for(maxcp);
    if (n == 1 && kind == 1) return &rpy_latin1[rpy_str_cp(src, start)];
    rpy_str *s = rpy_str_alloc(n, kind);
    if (s == NULL) return NULL;
    if (kind == src->kind)
        memcpy((void *)(s + 1), (const char *)src->data + (size_t)start * kind, (size_t)n * kind);
    else
        for (int64_t i = 0; i < n; i++) rpy_str_put(s, i, rpy_str_cp(src, start + i));
    return s;
}

rpy_str *rpy_str_get(rpy_str *s, int64_t i) {
    int64_t n = rpy_nn_str(s)->len;
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        rpy_raise_msg(&rpy_cls_IndexError, "string index out of range");
        return NULL;
    }
    return rpy_str_from_cps(s, i, 1);
}

int64_t rpy_str_codeat(rpy_str *s, int64_t i) {
    if (i < 0 || i >= rpy_nn_str(s)->len) {
        rpy_raise_msg(&rpy_cls_IndexError, "string index out of range");
        return 0;
    }
    return rpy_str_cp(s, i);
}

rpy_str *rpy_str_slice(rpy_str *s, int64_t start, int64_t stop) {
    int64_t n = rpy_nn_str(s)->len;
    if (start < 0) start = 0;
    if (stop > n) stop = n;
    if (stop <= start) return &rpy_str_empty;
    if (start == 0 && stop == n) return s;
    return rpy_str_from_cps(s, start, stop - start);
}

int64_t rpy_str_cmp(rpy_str *a, rpy_str *b) {
    rpy_nn_str(a);
    rpy_nn_str(b);
    int64_t n = a->len < b->len ? a->len : b->len;
    if (a->kind == 1 && b->kind == 1) {
        int c = n > 0 ? memcmp(a->data, b->data, (size_t)n) : 0;
        if (c != 0) return c < 0 ? -1 : 1;
    } else {
        for (int64_t i = 0; i < n; i++) {
            uint32_t x = rpy_str_cp(a, i), y = rpy_str_cp(b, i);
            if (x != y) return x < y ? -1 : 1;
        }
    }
    return a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
}

rpy_str *rpy_str_fromcp(int64_t cp) {
    if (cp < 0 || cp > 0x10FFFF) {
        rpy_raise_msg(&rpy_cls_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    if (cp < 0x100) return &rpy_latin1[cp];
    rpy_str *s = rpy_str_alloc(1, rpy_kind_for((uint32_t)cp));
    if (s == NULL) return NULL;
    rpy_str_put(s, 0, (uint32_t)cp);
    return s;
}

rpy_str *rpy_str_join(rpy_str *sep, rpy_list *items) {
    rpy_nn_str(sep);
    int64_t n = rpy_nn_list(items)->len;
    if (n == 0) return &rpy_str_empty;
    if (n == 1) return rpy_nn_str((rpy_str *)items->items[0].p);
    uint64_t total = (uint64_t)sep->len * (uint64_t)(n - 1);
    if (sep->len > 0 && total / (uint64_t)sep->len != (uint64_t)(n - 1)) total = UINT64_MAX;
    uint32_t kind = n > 1 ? sep->kind : 1;
    for (int64_t i = 0; i < n; i++) {
        rpy_str *it = rpy_nn_str((rpy_str *)items->items[i].p);
        total = total + (uint64_t)it->len < total ? UINT64_MAX : total + (uint64_t)it->len;
        if (it->kind > kind) kind = it->kind;
    }
    if (total > (uint64_t)INT64_MAX) {
        rpy_raise_memory_error();
        return NULL;
    }
    rpy_str *s = rpy_str_alloc((int64_t)total, kind);
    if (s == NULL) return NULL;
    /* The list and separator are rooted by the caller (operands). */
    int64_t pos = 0;
    for (int64_t i = 0; i < n; i++) {
        if (i > 0) {
            for (int64_t j = 0; j < sep->len; j++) rpy_str_put(s, pos++, rpy_str_cp(sep, j));
        }
        rpy_str *it = (rpy_str *)items->items[i].p;
        if (it->kind == kind) {
            memcpy((char *)(s + 1) + (size_t)pos * kind, it->data, (size_t)it->len * kind);
            pos += it->len;
        } else {
            for (int64_t j = 0; j < it->len; j++) rpy_str_put(s, pos++, rpy_str_cp(it, j));
        }
    }
    return s;
}

int64_t rpy_str_find(rpy_str *s, rpy_str *sub, int64_t start) {
    rpy_nn_str(s);
    rpy_nn_str(sub);
    int64_t n = s->len, m = sub->len;
    if (start < 0) start = 0;
    if (start > n) start = n;
    if (m == 0) return start;
    if (m > n - start) return -1;
    if (s->kind == 1 && sub->kind == 1) {
        const uint8_t *base = (const uint8_t *)s->data;
        const void *hit = memmem(base + start, (size_t)(n - start), sub->data, (size_t)m);
        return hit == NULL ? -1 : (int64_t)((const uint8_t *)hit - base);
    }
    uint32_t first = rpy_str_cp(sub, 0);
    for (int64_t i = start; i + m <= n; i++) {
        if (rpy_str_cp(s, i) != first) continue;
        int64_t j = 1;
        while (j < m && rpy_str_cp(s, i + j) == rpy_str_cp(sub, j)) j++;
        if (j == m) return i;
    }
    return -1;
}

/* One step of the hash: h stays below 2**54 (< 2**61 - 1), so the modulo of
 * the definition never changes it inside the loop. */
#define RPY_HASH_STEP(h, c) ((((h) & UINT64_C(0xFFFFFFFFFFFF)) * 33) + (uint64_t)(c))

int64_t rpy_str_hash_compute(rpy_str *s) {
    uint64_t h = 5381;
    int64_t n = s->len;
    switch (s->kind) {
    case 1: {
        const uint8_t *d = (const uint8_t *)s->data;
        for (int64_t i = 0; i < n; i++) h = RPY_HASH_STEP(h, d[i]);
        break;
    }
    case 2: {
        const uint16_t *d = (const uint16_t *)s->data;
        for (int64_t i = 0; i < n; i++) h = RPY_HASH_STEP(h, d[i]);
        break;
    }
    default: {
        const uint32_t *d = (const uint32_t *)s->data;
        for (int64_t i = 0; i < n; i++) h = RPY_HASH_STEP(h, d[i]);
        break;
    }
    }
    /* h < 2**54 and 0 <= n < 2**62: no overflow. */
    h = (h + (uint64_t)n) % UINT64_C(0x1FFFFFFFFFFFFFFF);
    s->hash = (int64_t)h;
    return s->hash;
}

static rpy_bytes rpy_bytes_empty = RPY_STATIC_BYTES(0, "");

static rpy_bytes *rpy_bytes_alloc(int64_t len) {
    if (len < 0 || (uint64_t)len > (uint64_t)(SIZE_MAX - sizeof(rpy_bytes)) ||
        (uint64_t)len > (uint64_t)INT64_MAX / 4) {
        rpy_raise_memory_error();
        return NULL;
    }
    rpy_bytes *b = (rpy_bytes *)rpy_gc_alloc(sizeof(rpy_bytes) + (size_t)len, RPY_K_BYTES);
    if (b == NULL) return NULL;
    b->len = len;
    b->data = (const uint8_t *)(b + 1);
    return b;
}

/* UTF-8 length of a code point (surrogates as 3 bytes). */
static int rpy_utf8_size(uint32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

static size_t rpy_utf8_put(uint8_t *d, uint32_t cp) {
    if (cp < 0x80) {
        d[0] = (uint8_t)cp;
        return 1;
    }
    if (cp < 0x800) {
        d[0] = (uint8_t)(0xC0 | (cp >> 6));
        d[1] = (uint8_t)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        d[0] = (uint8_t)(0xE0 | (cp >> 12));
        d[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        d[2] = (uint8_t)(0x80 | (cp & 0x3F));
        return 3;
    }
    d[0] = (uint8_t)(0xF0 | (cp >> 18));
    d[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
    d[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
    d[3] = (uint8_t)(0x80 | (cp & 0x3F));
    return 4;
}

rpy_bytes *rpy_str_encode_utf8(rpy_str *s) {
    rpy_nn_str(s);
    uint64_t size = 0;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t cp = rpy_str_cp(s, i);
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            char msg[128];
            int k = snprintf(msg, sizeof msg,
                             "'utf-8' codec can't encode character '\\u%04x' in position %lld: "
                             "surrogates not allowed",
                             (unsigned)cp, (long long)i);
            (void)rpy_raise_msg_n(&rpy_cls_UnicodeEncodeError, msg, (size_t)k);
            return NULL;
        }
        size += (uint64_t)rpy_utf8_size(cp);
    }
    if (size == 0) return &rpy_bytes_empty;
    rpy_bytes *b = rpy_bytes_alloc((int64_t)size);
    if (b == NULL) return NULL;
    uint8_t *d = (uint8_t *)(b + 1);
    if (s->kind == 1 && size == (uint64_t)s->len) {
        memcpy(d, s->data, (size_t)size);
    } else {
        size_t pos = 0;
        for (int64_t i = 0; i < s->len; i++) pos += rpy_utf8_put(d + pos, rpy_str_cp(s, i));
    }
    return b;
}

/* ---- issue 3: bytes --------------------------------------------------------------------- */

rpy_bytes *rpy_bytes_fromlist(rpy_list *l) {
    int64_t n = rpy_nn_list(l)->len;
    for (int64_t i = 0; i < n; i++) {
        if (l->items[i].i < 0 || l->items[i].i > 255) {
            rpy_raise_msg(&rpy_cls_ValueError, "bytes must be in range(0, 256)");
            return NULL;
        }
    }
    if (n == 0) return &rpy_bytes_empty;
    rpy_bytes *b = rpy_bytes_alloc(n);
    if (b == NULL) return NULL;
    uint8_t *d = (uint8_t *)(b + 1);
    for (int64_t i = 0; i < n; i++) d[i] = (uint8_t)l->items[i].i;
    return b;
}

int64_t rpy_bytes_get(rpy_bytes *b, int64_t i) {
    int64_t n = rpy_nn_bytes(b)->len;
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        rpy_raise_msg(&rpy_cls_IndexError, "index out of range");
        return 0;
    }
    return b->data[i];
}

rpy_bytes *rpy_bytes_slice(rpy_bytes *b, int64_t start, int64_t stop) {
    int64_t n = rpy_nn_bytes(b)->len;
    if (start < 0) start = 0;
    if (stop > n) stop = n;
    if (stop <= start) return &rpy_bytes_empty;
    if (start == 0 && stop == n) return b;
    rpy_bytes *r = rpy_bytes_alloc(stop - start);
    if (r == NULL) return NULL;
    memcpy((void *)(r + 1), b->data + start, (size_t)(stop - start));
    return r;
}

rpy_bytes *rpy_bytes_concat(rpy_bytes *a, rpy_bytes *b) {
    rpy_nn_bytes(a);
    rpy_nn_bytes(b);
    if (a->len == 0) return b;
    if (b->len == 0) return a;
    rpy_bytes *r = rpy_bytes_alloc(a->len + b->len);
    if (r == NULL) return NULL;
    memcpy((void *)(r + 1), a->data, (size_t)a->len);
    memcpy((uint8_t *)(r + 1) + a->len, b->data, (size_t)b->len);
    return r;
}

bool rpy_bytes_eq(rpy_bytes *a, rpy_bytes *b) {
    rpy_nn_bytes(a);
    rpy_nn_bytes(b);
    if (a == b) return true;
    return a->len == b->len && (a->len == 0 || memcmp(a->data, b->data, (size_t)a->len) == 0);
}

/* Decode one code point for bytes.decode_utf8: an invalid sequence gives
 * U+FFFD for its maximal valid prefix (as CPython's "replace"). */
static uint32_t rpy_utf8_decode_replace(const unsigned char *p, size_t n, size_t *used) {
    unsigned char c = p[0];
    *used = 1;
    if (c < 0x80) return c;
    size_t need;
    uint32_t cp;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        cp = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        cp = c & 0x0Fu;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        cp = c & 0x07u;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return 0xFFFD;
    }
    for (size_t i = 1; i <= need; i++) {
        if (i >= n || p[i] < lo || p[i] > hi) {
            *used = i;
            return 0xFFFD;
        }
        lo = 0x80;
        hi = 0xBF;
        cp = (cp << 6) | (p[i] & 0x3Fu);
    }
    *used = need + 1;
    return cp;
}

rpy_str *rpy_bytes_decode_utf8(rpy_bytes *b) {
    rpy_nn_bytes(b);
    const unsigned char *p = b->data;
    size_t n = (size_t)b->len;
    int64_t len = 0;
    uint32_t maxcp = 0;
    for (size_t i = 0; i < n;) {
        size_t used;
        uint32_t cp = rpy_utf8_decode_replace(p + i, n - i, &used);
        if (cp > maxcp) maxcp = cp;
        i += used;
        len++;
    }
    if (len == 0) return &rpy_str_empty;
    rpy_str *s = rpy_str_alloc(len, rpy_kind_for(maxcp));
    if (s == NULL) return NULL;
    int64_t k = 0;
    for (size_t i = 0; i < n;) {
        size_t used;
        uint32_t cp = rpy_utf8_decode_replace(p + i, n - i, &used);
        rpy_str_put(s, k++, cp);
        i += used;
    }
    return s;
}

/* ---- issue 3: lists ----------------------------------------------------------------------- */

rpy_list *rpy_list_slice(rpy_list *l, int64_t start, int64_t stop) {
    int64_t n = rpy_nn_list(l)->len;
    if (start < 0) start = 0;
    if (stop > n) stop = n;
    if (stop < start) stop = start;
    rpy_list *r = rpy_list_new(l->h.kind == RPY_K_LIST_REF, stop - start);
    if (r == NULL) return NULL;
    if (stop > start) memcpy(r->items, l->items + start, (size_t)(stop - start) * sizeof(rpy_slot));
    return r;
}

void rpy_list_insert(rpy_list *l, int64_t i, rpy_slot x) {
    int64_t n = rpy_nn_list(l)->len;
    if (i < 0) i = 0;
    if (i > n) i = n;
    void *slots[1] = {l->h.kind == RPY_K_LIST_REF ? x.p : NULL};
    rpy_frame fr = {rpy_top, 1, slots};
    rpy_top = &fr;
    bool ok = rpy_list_reserve(l, n + 1);
    rpy_top = fr.prev;
    if (!ok) return;
    rpy_wb_items(l, i);
    memmove(l->items + i + 1, l->items + i, (size_t)(n - i) * sizeof(rpy_slot));
    l->items[i] = x;
    l->len = n + 1;
}

void rpy_list_truncate(rpy_list *l, int64_t n) {
    rpy_nn_list(l);
    if (n < 0) n = 0;
    if (n >= l->len) return;
    l->len = n;
    rpy_list_maybe_shrink(l);
}

void rpy_list_detach(rpy_list *l) {
    rpy_nn_list(l);
    rpy_items_free(l->items, l->cap);
    l->items = NULL;
    l->cap = 0;
    l->len = 0;
    l->detached = true;
}

/* ---- issue 3: identity, output, OS ---------------------------------------------------------- */

static uint32_t rpy_next_hash = 0;

int64_t rpy_idhash(void *p) {
    if (p == NULL) return 0;
    rpy_hdr *h = (rpy_hdr *)p;
    if (h->hash == 0) {
        if (++rpy_next_hash == 0) rpy_next_hash = 1;
        h->hash = rpy_next_hash;
    }
    return (int64_t)h->hash;
}

bool rpy_write_out(rpy_str *s) {
    if (rpy_str_has_surrogate(rpy_nn_str(s))) return false;
    rpy_write_str(stdout, s);
    return true;
}

void rpy_write_out_bytes(rpy_bytes *b) {
    if (b->len > 0) fwrite(b->data, 1, (size_t)b->len, stdout);
}

void rpy_write_err(rpy_str *s) {
    rpy_nn_str(s);
    fflush(stdout);
    rpy_write_str(stderr, s);
    fflush(stderr);
}

void rpy_flush_out(void) { fflush(stdout); }

/* A growable C byte buffer for messages and paths. */
typedef struct {
    char *p;
    size_t n, cap;
    bool failed;
} rpy_cbuf;

static void rpy_cbuf_add(rpy_cbuf *b, const char *s, size_t n) {
    if (b->failed) return;
    if (b->n + n + 1 > b->cap) {
        size_t ncap = (b->n + n + 1) * 2;
        char *q = (char *)realloc(b->p, ncap);
        if (q == NULL) {
            b->failed = true;
            return;
        }
        b->p = q;
        b->cap = ncap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

static void rpy_cbuf_cp(rpy_cbuf *b, uint32_t cp) {
    uint8_t d[4];
    size_t k = rpy_utf8_put(d, cp);
    rpy_cbuf_add(b, (const char *)d, k);
}

/* Python's repr() of a string (printable non-ASCII kept as is). */
static void rpy_cbuf_repr(rpy_cbuf *b, const rpy_str *s) {
    bool sq = false, dq = false;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = rpy_str_cp(s, i);
        if (c == '\'') sq = true;
        if (c == '"') dq = true;
    }
    char q = sq && !dq ? '"' : '\'';
    rpy_cbuf_add(b, &q, 1);
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = rpy_str_cp(s, i);
        char esc[16];
        if (c == (uint32_t)q || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            rpy_cbuf_add(b, esc, 2);
        } else if (c == '\n') {
            rpy_cbuf_add(b, "\\n", 2);
        } else if (c == '\r') {
            rpy_cbuf_add(b, "\\r", 2);
        } else if (c == '\t') {
            rpy_cbuf_add(b, "\\t", 2);
        } else if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD) {
            int k = snprintf(esc, sizeof esc, "\\x%02x", (unsigned)c);
            rpy_cbuf_add(b, esc, (size_t)k);
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            int k = snprintf(esc, sizeof esc, "\\u%04x", (unsigned)c);
            rpy_cbuf_add(b, esc, (size_t)k);
        } else {
            rpy_cbuf_cp(b, c);
        }
    }
    rpy_cbuf_add(b, &q, 1);
}

/* glibc's strerror texts (musl's differ for some), Linux numbering. */
static const char *rpy_strerror(int e) {
    switch (e) {
    case EPERM: return "Operation not permitted";
    case ENOENT: return "No such file or directory";
    case EINTR: return "Interrupted system call";
    case EIO: return "Input/output error";
    case ENXIO: return "No such device or address";
    case EBADF: return "Bad file descriptor";
    case EAGAIN: return "Resource temporarily unavailable";
    case ENOMEM: return "Cannot allocate memory";
    case EACCES: return "Permission denied";
    case EFAULT: return "Bad address";
    case EBUSY: return "Device or resource busy";
    case EEXIST: return "File exists";
    case EXDEV: return "Invalid cross-device link";
    case ENODEV: return "No such device";
    case ENOTDIR: return "Not a directory";
    case EISDIR: return "Is a directory";
    case EINVAL: return "Invalid argument";
    case ENFILE: return "Too many open files in system";
    case EMFILE: return "Too many open files";
    case ENOTTY: return "Inappropriate ioctl for device";
    case ETXTBSY: return "Text file busy";
    case EFBIG: return "File too large";
    case ENOSPC: return "No space left on device";
    case ESPIPE: return "Illegal seek";
    case EROFS: return "Read-only file system";
    case EMLINK: return "Too many links";
    case EPIPE: return "Broken pipe";
    case ENAMETOOLONG: return "File name too long";
    case ENOTEMPTY: return "Directory not empty";
    case ELOOP: return "Too many levels of symbolic links";
    default: return strerror(e);
    }
}

/* Raise the OSError subclass for errno `e`: "[Errno N] TEXT: 'PATH'", or
 * with a second path "[Errno N] TEXT: 'PATH' -> 'PATH2'" (rename). */
static void rpy_raise_os2(int e, const rpy_str *path, const rpy_str *path2) {
    const rpy_class *cls = e == ENOENT                  ? &rpy_cls_FileNotFoundError
                           : e == EACCES || e == EPERM ? &rpy_cls_PermissionError
                           : e == EISDIR               ? &rpy_cls_IsADirectoryError
                           : e == ENOTDIR              ? &rpy_cls_NotADirectoryError
                           : e == EEXIST               ? &rpy_cls_FileExistsError
                                                       : &rpy_cls_OSError;
    rpy_cbuf b = {NULL, 0, 0, false};
    char head[32];
    int k = snprintf(head, sizeof head, "[Errno %d] ", e);
    rpy_cbuf_add(&b, head, (size_t)k);
    const char *text = rpy_strerror(e);
    rpy_cbuf_add(&b, text, strlen(text));
    if (path != NULL) {
        rpy_cbuf_add(&b, ": ", 2);
        rpy_cbuf_repr(&b, path);
        if (path2 != NULL) {
            rpy_cbuf_add(&b, " -> ", 4);
            rpy_cbuf_repr(&b, path2);
        }
    }
    if (b.failed) {
        free(b.p);
        rpy_raise_memory_error();
        return;
    }
    /* repr(e) shows CPython's args, (errno, strerror), whatever the
     * paths: the argrepr slot holds "N, 'TEXT'" (glibc's texts hold no
     * quote or backslash, so quoting them is plain). */
    rpy_cbuf a = {NULL, 0, 0, false};
    k = snprintf(head, sizeof head, "%d, '", e);
    rpy_cbuf_add(&a, head, (size_t)k);
    rpy_cbuf_add(&a, text, strlen(text));
    rpy_cbuf_add(&a, "'", 1);
    if (a.failed) {
        free(a.p);
        free(b.p);
        rpy_raise_memory_error();
        return;
    }
    void *slots[1] = {NULL};
    rpy_frame fr = {rpy_top, 1, slots};
    rpy_top = &fr;
    rpy_str *args = rpy_str_from_utf8(a.p, a.n);
    free(a.p);
    slots[0] = args;
    rpy_obj *o = args == NULL ? NULL : rpy_raise_msg_n(cls, b.p, b.n);
    free(b.p);
    rpy_top = fr.prev;
    if (o != NULL) {
        /* args is older than o: no write barrier needed. */
        o->f[1].p = args;
        o->f[2].i = e;
    }
}

static void rpy_raise_os(int e, const rpy_str *path) { rpy_raise_os2(e, path, NULL); }

/* The file-system encoding of a path (UTF-8, U+DC80..U+DCFF back to raw
 * bytes); NULL with an exception raised on failure.  Free the result. */
static char *rpy_cpath(const rpy_str *s) {
    rpy_cbuf b = {NULL, 0, 0, false};
    rpy_cbuf_add(&b, "", 0);
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = rpy_str_cp(s, i);
        if (c == 0) {
            free(b.p);
            rpy_raise_msg(&rpy_cls_ValueError, "embedded null byte");
            return NULL;
        }
        if (c >= 0xDC80 && c <= 0xDCFF) {
            char raw = (char)(c & 0xFF);
            rpy_cbuf_add(&b, &raw, 1);
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            char msg[128];
            int k = snprintf(msg, sizeof msg,
                             "'utf-8' codec can't encode character '\\u%04x' in position %lld: "
                             "surrogates not allowed",
                             (unsigned)c, (long long)i);
            free(b.p);
            (void)rpy_raise_msg_n(&rpy_cls_UnicodeEncodeError, msg, (size_t)k);
            return NULL;
        } else {
            rpy_cbuf_cp(&b, c);
        }
    }
    if (b.failed) {
        free(b.p);
        rpy_raise_memory_error();
        return NULL;
    }
    return b.p;
}

int64_t rpy_os_open(rpy_str *path, int64_t flags, int64_t mode) {
    char *p = rpy_cpath(rpy_nn_str(path));
    if (p == NULL) return -1;
    int fl = (flags & 3) == 0 ? O_RDONLY : (flags & 3) == 1 ? O_WRONLY : O_RDWR;
    if (flags & 0100) fl |= O_CREAT;
    if (flags & 0200) fl |= O_EXCL;
    if (flags & 01000) fl |= O_TRUNC;
    if (flags & 02000) fl |= O_APPEND;
    fl |= O_CLOEXEC;
    int fd;
    do fd = open(p, fl, (mode_t)(mode & 07777));
    while (fd < 0 && errno == EINTR);
    int e = errno;
    free(p);
    if (fd < 0) {
        rpy_raise_os(e, path);
        return -1;
    }
    return fd;
}

static bool rpy_fd_ok(int64_t fd) {
    if (fd < 0 || fd > INT32_MAX) {
        rpy_raise_os(EBADF, NULL);
        return false;
    }
    return true;
}

rpy_bytes *rpy_os_read(int64_t fd, int64_t n) {
    /* CPython checks the count before the descriptor. */
    if (n < 0) {
        rpy_raise_os(EINVAL, NULL);
        return NULL;
    }
    if (!rpy_fd_ok(fd)) return NULL;
    if (n > ((int64_t)1 << 28)) n = (int64_t)1 << 28; /* "at most n bytes" */
    uint8_t *buf = (uint8_t *)malloc(n > 0 ? (size_t)n : 1);
    if (buf == NULL) {
        rpy_raise_memory_error();
        return NULL;
    }
    ssize_t got;
    do got = read((int)fd, buf, (size_t)n);
    while (got < 0 && errno == EINTR);
    if (got < 0) {
        int e = errno;
        free(buf);
        rpy_raise_os(e, NULL);
        return NULL;
    }
    rpy_bytes *b = got == 0 ? &rpy_bytes_empty : rpy_bytes_alloc((int64_t)got);
    if (b != NULL && got > 0) memcpy((void *)(b + 1), buf, (size_t)got);
    free(buf);
    return b;
}

int64_t rpy_os_write(int64_t fd, rpy_bytes *data) {
    rpy_nn_bytes(data);
    if (!rpy_fd_ok(fd)) return 0;
    if (fd == 1 || fd == 2) fflush(stdout);
    ssize_t put;
    do put = write((int)fd, data->data, (size_t)data->len);
    while (put < 0 && errno == EINTR);
    if (put < 0) {
        rpy_raise_os(errno, NULL);
        return 0;
    }
    return (int64_t)put;
}

void rpy_os_close(int64_t fd) {
    if (!rpy_fd_ok(fd)) return;
    if (fd == 1) fflush(stdout);
    if (close((int)fd) != 0 && errno != EINTR) rpy_raise_os(errno, NULL);
}

rpy_list *rpy_os_stat(rpy_str *path) {
    char *p = rpy_cpath(rpy_nn_str(path));
    if (p == NULL) return NULL;
    struct stat st;
    int r = stat(p, &st);
    int e = errno;
    free(p);
    if (r != 0) {
        rpy_raise_os(e, path);
        return NULL;
    }
    rpy_list *l = rpy_list_new(false, 3);
    if (l == NULL) return NULL;
    l->items[0].i = (int64_t)st.st_mode;
    l->items[1].i = (int64_t)st.st_size;
    l->items[2].i = (int64_t)st.st_mtim.tv_sec * 1000000000 + (int64_t)st.st_mtim.tv_nsec;
    return l;
}

/* A path-taking call that returns 0 or -1 with errno (unlink, rmdir). */
static void rpy_os_path_op(rpy_str *path, int (*op)(const char *)) {
    char *p = rpy_cpath(rpy_nn_str(path));
    if (p == NULL) return;
    int r = op(p);
    int e = errno;
    free(p);
    if (r != 0) rpy_raise_os(e, path);
}

void rpy_os_unlink(rpy_str *path) { rpy_os_path_op(path, unlink); }

void rpy_os_rmdir(rpy_str *path) { rpy_os_path_op(path, rmdir); }

void rpy_os_rename(rpy_str *src, rpy_str *dst) {
    char *p = rpy_cpath(rpy_nn_str(src));
    if (p == NULL) return;
    char *q = rpy_cpath(rpy_nn_str(dst));
    if (q == NULL) {
        free(p);
        return;
    }
    int r = rename(p, q);
    int e = errno;
    free(p);
    free(q);
    if (r != 0) rpy_raise_os2(e, src, dst);
}

int64_t rpy_os_getpid(void) { return (int64_t)getpid(); }

void rpy_os_mkdir(rpy_str *path, int64_t mode) {
    char *p = rpy_cpath(rpy_nn_str(path));
    if (p == NULL) return;
    int r = mkdir(p, (mode_t)(mode & 07777));
    int e = errno;
    free(p);
    if (r != 0) rpy_raise_os(e, path);
}

rpy_str *rpy_os_getcwd(void) {
    size_t cap = 256;
    for (;;) {
        char *buf = (char *)malloc(cap);
        if (buf == NULL) {
            rpy_raise_memory_error();
            return NULL;
        }
        if (getcwd(buf, cap) != NULL) {
            rpy_str *s = rpy_str_from_utf8(buf, strlen(buf));
            free(buf);
            return s;
        }
        int e = errno;
        free(buf);
        if (e != ERANGE || cap > ((size_t)1 << 24)) {
            rpy_raise_os(e, NULL);
            return NULL;
        }
        cap *= 2;
    }
}

rpy_list *rpy_os_listdir(rpy_str *path) {
    char *p = rpy_cpath(rpy_nn_str(path));
    if (p == NULL) return NULL;
    DIR *d = opendir(p);
    int e = errno;
    free(p);
    if (d == NULL) {
        rpy_raise_os(e, path);
        return NULL;
    }
    void *slots[1] = {NULL};
    rpy_frame fr = {rpy_top, 1, slots};
    rpy_top = &fr;
    rpy_list *l = rpy_list_new(true, 0);
    while (l != NULL) {
        slots[0] = l;
        errno = 0;
        struct dirent *ent = readdir(d);
        if (ent == NULL) {
            if (errno != 0) {
                rpy_raise_os(errno, path);
                l = NULL;
            }
            break;
        }
        const char *name = ent->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0))) continue;
        rpy_str *s = rpy_str_from_utf8(name, strlen(name));
        if (s == NULL) {
            l = NULL;
            break;
        }
        rpy_list_append(l, rpy_slot_p(s));
        if (rpy_exc != NULL) l = NULL;
    }
    rpy_top = fr.prev;
    closedir(d);
    return l;
}

bool rpy_os_isatty(int64_t fd) {
    if (fd < 0 || fd > INT32_MAX) return false;
    return isatty((int)fd) == 1;
}

double rpy_time_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* CPython sleeps until a deadline on the monotonic clock, which Linux
 * rejects (EINVAL) from 9223372036 s on. */
#define RPY_SLEEP_DEADLINE_MAX ((int64_t)9223372036 * 1000000000)

void rpy_time_sleep(int64_t ns) {
    if (ns < 0) ns = 0;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    int64_t now_ns = (int64_t)now.tv_sec * 1000000000 + (int64_t)now.tv_nsec;
    if (ns >= RPY_SLEEP_DEADLINE_MAX - now_ns) {
        rpy_raise_os(EINVAL, NULL);
        return;
    }
    struct timespec req = {(time_t)(ns / 1000000000), (long)(ns % 1000000000)};
    if ((int64_t)req.tv_sec != ns / 1000000000) {
        rpy_raise_os(EINVAL, NULL); /* a 32-bit time_t (maemo-arm) */
        return;
    }
    struct timespec rem;
    while (nanosleep(&req, &rem) != 0) {
        if (errno != EINTR) {
            rpy_raise_os(errno, NULL);
            return;
        }
        req = rem;
    }
}

double rpy_perf_counter(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

rpy_str *rpy_getenv(rpy_str *name) {
    rpy_nn_str(name);
    for (int64_t i = 0; i < name->len; i++)
        if (rpy_str_cp(name, i) == 0) return NULL;
    char *p = rpy_cpath(name);
    if (p == NULL) {
        rpy_exc = NULL; /* unencodable name: not set */
        return NULL;
    }
    const char *v = getenv(p);
    free(p);
    if (v == NULL) return NULL;
    return rpy_str_from_utf8(v, strlen(v));
}

/* ---- entry point ------------------------------------------------------------------------- */

static char rpy_stdout_buf[1 << 16];

static void rpy_init_stack_limit(uintptr_t base) {
    size_t lim = (size_t)8 << 20;
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) {
        lim = rl.rlim_cur > (rlim_t)((size_t)1 << 30) ? ((size_t)1 << 30) : (size_t)rl.rlim_cur;
    } else if (getrlimit(RLIMIT_STACK, &rl) == 0) {
        lim = (size_t)64 << 20;
    }
    size_t usable = lim > ((size_t)1 << 20) ? lim - lim / 8 - ((size_t)64 << 10) : lim / 2;
    rpy_stack_limit = base > usable ? base - usable : 0;
}

#ifdef RPY_GC_STATS
/* Peak RSS in KiB: VmHWM from /proc (getrusage's ru_maxrss also counts the
 * parent's memory when the process was started with vfork + exec). */
static long rpy_peak_rss_kib(void) {
    long kib = -1;
    FILE *f = fopen("/proc/self/status", "r");
    if (f != NULL) {
        char line[256];
        while (fgets(line, sizeof line, f) != NULL)
            if (strncmp(line, "VmHWM:", 6) == 0) kib = strtol(line + 6, NULL, 10);
        fclose(f);
    }
    if (kib < 0) {
        struct rusage ru;
        if (getrusage(RUSAGE_SELF, &ru) == 0) kib = (long)ru.ru_maxrss;
    }
    return kib;
}
#endif

static void rpy_finish(void) {
    fflush(stdout);
#ifdef RPY_GC_STATS
    fprintf(stderr, "rpy-gc: collections=%lu major=%lu maxrss_kib=%ld\n", rpy_gc_count, rpy_gc_major_count,
            rpy_peak_rss_kib());
#endif
}

/* Build argv, run the program's main, report an escaping exception. */
static int rpy_run(int argc, char **argv) {
    setvbuf(stdout, rpy_stdout_buf, _IOFBF, sizeof rpy_stdout_buf);
    rpy_init_latin1();
    rpy_memory_error = rpy_new(&rpy_cls_MemoryError);
    if (rpy_memory_error == NULL) rpy_fatal("out of memory at startup");
    void *slots[2] = {NULL, NULL};
    rpy_frame fr = {NULL, 2, slots};
    rpy_top = &fr;
    rpy_list *args = rpy_list_new(true, 0);
    slots[0] = args;
    for (int i = 0; i < argc && args != NULL; i++) {
        rpy_str *s = rpy_str_from_utf8(argv[i], strlen(argv[i]));
        slots[1] = s;
        if (s == NULL) break;
        rpy_list_append(args, rpy_slot_p(s));
        if (rpy_exc != NULL) break;
    }
    int64_t ret = 0;
    if (rpy_exc == NULL) ret = rpy_program_main(args);
    if (rpy_exc != NULL) {
        rpy_obj *e = rpy_exc;
        fflush(stdout);
        if (rpy_instanceof(e, &rpy_cls_SystemExit)) {
            rpy_finish();
            return (int)(e->f[2].i & 0xFF);
        }
        fputs("Traceback (most recent call last):\n  File \"<program>\", in main\n", stderr);
        fputs(e->cls->name, stderr);
        rpy_str *msg = (rpy_str *)e->f[0].p;
        if (msg != NULL && msg->len > 0) {
            fputs(": ", stderr);
            rpy_write_str(stderr, msg);
        }
        fputc('\n', stderr);
        rpy_finish();
        if (e->cls == &rpy_cls_KeyboardInterrupt) {
            /* As CPython for exactly KeyboardInterrupt (not a subclass):
             * die by SIGINT so that the parent sees the interrupt (status
             * 130 in a shell); 130 if we survive it. */
            fflush(stderr);
            if (signal(SIGINT, SIG_DFL) != SIG_ERR) (void)kill(getpid(), SIGINT);
            return 130;
        }
        return 1;
    }
    rpy_finish();
    return (int)(ret & 0xFF);
}

/* main runs on a thread with a large stack (reserved, committed lazily) so
 * that deep recursion reaches RecursionError long before the stack ends. */
#define RPY_THREAD_STACK (sizeof(void *) >= 8 ? ((size_t)256 << 20) : ((size_t)64 << 20))
#define RPY_STACK_MARGIN ((size_t)512 << 10)

static int rpy_argc, rpy_rc;
static char **rpy_argv;

static void *rpy_main_thread(void *arg) {
    (void)arg;
    uintptr_t base = RPY_SP();
    rpy_stack_limit = base > RPY_THREAD_STACK ? base - (RPY_THREAD_STACK - RPY_STACK_MARGIN) : 0;
    rpy_rc = rpy_run(rpy_argc, rpy_argv);
    return NULL;
}

int main(int argc, char **argv) {
    rpy_argc = argc;
    rpy_argv = argv;
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) == 0) {
        pthread_t t;
        int ok = pthread_attr_setstacksize(&attr, RPY_THREAD_STACK) == 0 &&
                 pthread_create(&t, &attr, rpy_main_thread, NULL) == 0;
        pthread_attr_destroy(&attr);
        if (ok) {
            if (pthread_join(t, NULL) != 0) rpy_fatal("cannot join the main thread");
            return rpy_rc;
        }
    }
    /* No thread: run on the process stack, bounded by its rlimit. */
    rpy_init_stack_limit(RPY_SP());
    return rpy_run(argc, argv);
}
