/* Runtime of the C backend (see rpy_runtime.h).  MIT OR Apache-2.0. */
#include "rpy_runtime.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

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

static const uint32_t rpy_exc_ptrs[1] = {0};

#define RPY_BUILTIN_EXC(name, parent) \
    const rpy_class rpy_cls_##name = {#name, parent, 1, 1, rpy_exc_ptrs, NULL, 0, 1}

RPY_BUILTIN_EXC(Exception, NULL);
RPY_BUILTIN_EXC(ArithmeticError, &rpy_cls_Exception);
RPY_BUILTIN_EXC(ZeroDivisionError, &rpy_cls_ArithmeticError);
RPY_BUILTIN_EXC(OverflowError, &rpy_cls_ArithmeticError);
RPY_BUILTIN_EXC(LookupError, &rpy_cls_Exception);
RPY_BUILTIN_EXC(IndexError, &rpy_cls_LookupError);
RPY_BUILTIN_EXC(KeyError, &rpy_cls_LookupError);
RPY_BUILTIN_EXC(ValueError, &rpy_cls_Exception);
RPY_BUILTIN_EXC(TypeError, &rpy_cls_Exception);
RPY_BUILTIN_EXC(AssertionError, &rpy_cls_Exception);
RPY_BUILTIN_EXC(RuntimeError, &rpy_cls_Exception);
RPY_BUILTIN_EXC(RecursionError, &rpy_cls_RuntimeError);
RPY_BUILTIN_EXC(NotImplementedError, &rpy_cls_RuntimeError);
RPY_BUILTIN_EXC(MemoryError, &rpy_cls_Exception);

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

static rpy_hdr *rpy_all = NULL;      /* every collected object */
static size_t rpy_gc_since = 0;      /* bytes allocated since the last collection */
static size_t rpy_gc_live = 0;       /* bytes live after the last collection */
static size_t rpy_gc_threshold = RPY_GC_MIN_THRESHOLD;
static unsigned long rpy_gc_count = 0;
static int rpy_gc_running = 0;

static rpy_hdr **rpy_mstack = NULL;
static size_t rpy_msize = 0, rpy_mcap = 0;

static size_t rpy_obj_size(const rpy_hdr *h) {
    switch (h->kind) {
    case RPY_K_STR: {
        const rpy_str *s = (const rpy_str *)h;
        return sizeof(rpy_str) + (size_t)s->len * s->kind;
    }
    case RPY_K_LIST_VAL:
    case RPY_K_LIST_REF: return sizeof(rpy_list) + (size_t)((const rpy_list *)h)->cap * sizeof(rpy_slot);
    default: return sizeof(rpy_obj) + (size_t)((const rpy_obj *)h)->cls->nslots * sizeof(rpy_slot);
    }
}

static void rpy_mark(void *p) {
    rpy_hdr *h = (rpy_hdr *)p;
    if (h == NULL || h->is_static || h->mark) return;
    h->mark = 1;
    if (h->kind == RPY_K_STR || h->kind == RPY_K_LIST_VAL) return;
    if (h->kind == RPY_K_INST && ((rpy_obj *)h)->cls->nptrs == 0) return;
    if (rpy_msize == rpy_mcap) {
        size_t ncap = rpy_mcap ? rpy_mcap * 2 : 1024;
        rpy_hdr **ns = (rpy_hdr **)realloc(rpy_mstack, ncap * sizeof(rpy_hdr *));
        if (ns == NULL) rpy_fatal("out of memory in the garbage collector");
        rpy_mstack = ns;
        rpy_mcap = ncap;
    }
    rpy_mstack[rpy_msize++] = h;
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

void rpy_gc_collect(void) {
    if (rpy_gc_running) return;
    rpy_gc_running = 1;
    rpy_gc_count++;
    /* mark */
    for (rpy_frame *f = rpy_top; f != NULL; f = f->prev)
        for (uint32_t i = 0; i < f->n; i++) rpy_mark(f->slots[i]);
    rpy_mark(rpy_exc);
    rpy_mark(rpy_memory_error);
    while (rpy_msize > 0) rpy_mark_children(rpy_mstack[--rpy_msize]);
    /* sweep */
    size_t live = 0;
    rpy_hdr **pp = &rpy_all;
    while (*pp != NULL) {
        rpy_hdr *h = *pp;
        if (h->mark) {
            h->mark = 0;
            live += rpy_obj_size(h);
            pp = &h->next;
        } else {
            *pp = h->next;
            if (h->kind == RPY_K_LIST_VAL || h->kind == RPY_K_LIST_REF) free(((rpy_list *)h)->items);
#ifdef RPY_GC_STRESS
            /* Poison freed objects so that a missing root shows up. */
            memset((void *)h, 0xA5, (h->kind == RPY_K_STR || h->kind == RPY_K_INST) ? rpy_obj_size(h)
                                                                                  : sizeof(rpy_list));
#endif
            free(h);
        }
    }
    rpy_gc_live = live;
    rpy_gc_since = 0;
    rpy_gc_threshold = live > RPY_GC_MIN_THRESHOLD ? live : RPY_GC_MIN_THRESHOLD;
    rpy_gc_running = 0;
}

static void rpy_raise_memory_error(void) { rpy_exc = rpy_memory_error; }

void *rpy_gc_alloc(size_t size, uint8_t kind) {
#ifdef RPY_GC_STRESS
    rpy_gc_collect();
#else
    if (size > rpy_gc_threshold || rpy_gc_since > rpy_gc_threshold - size) rpy_gc_collect();
#endif
    rpy_hdr *h = (rpy_hdr *)calloc(1, size);
    if (h == NULL) {
        rpy_gc_collect();
        h = (rpy_hdr *)calloc(1, size);
        if (h == NULL) {
            rpy_raise_memory_error();
            return NULL;
        }
    }
    rpy_gc_since += size;
    h->next = rpy_all;
    h->kind = kind;
    rpy_all = h;
    return h;
}

/* Raw (uncollected) memory, counted towards the next collection.  Callers
 * keep every object they still need rooted: this may collect on failure. */
static void *rpy_raw_realloc(void *p, size_t size, size_t old_size) {
    void *q = realloc(p, size);
    if (q == NULL) {
        rpy_gc_collect();
        q = realloc(p, size);
        if (q == NULL) return NULL;
    }
    if (size > old_size) rpy_gc_since += size - old_size;
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

void rpy_raise_msg(const rpy_class *cls, const char *msg) {
    void *slots[1] = {NULL};
    rpy_frame fr = {rpy_top, 1, slots};
    rpy_top = &fr;
    rpy_str *s = rpy_str_from_utf8(msg, strlen(msg));
    if (s != NULL) {
        slots[0] = s;
        rpy_obj *o = rpy_new(cls);
        if (o != NULL) {
            o->f[0].p = s;
            rpy_exc = o;
        }
    }
    rpy_top = fr.prev;
}

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

/* Write a string as UTF-8 (U+DC80..U+DCFF back to the raw byte). */
static void rpy_write_str(FILE *out, const rpy_str *s) {
    unsigned char buf[512];
    size_t n = 0;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t cp = rpy_str_cp(s, i);
        if (n > sizeof buf - 4) {
            fwrite(buf, 1, n, out);
            n = 0;
        }
        if (cp < 0x80) {
            buf[n++] = (unsigned char)cp;
        } else if (cp < 0x800) {
            buf[n++] = (unsigned char)(0xC0 | (cp >> 6));
            buf[n++] = (unsigned char)(0x80 | (cp & 0x3F));
        } else if (cp >= 0xDC80 && cp <= 0xDCFF) {
            buf[n++] = (unsigned char)(cp & 0xFF);
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            buf[n++] = '?';
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

void rpy_print(rpy_str *s) {
    rpy_write_str(stdout, rpy_nn_str(s));
    putc('\n', stdout);
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
        rpy_slot *items = (rpy_slot *)rpy_raw_realloc(NULL, (size_t)n * sizeof(rpy_slot), 0);
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
    rpy_slot *items = (rpy_slot *)rpy_raw_realloc(l->items, (size_t)ncap * sizeof(rpy_slot),
                                                  (size_t)l->cap * sizeof(rpy_slot));
    if (items == NULL && ncap > need) {
        ncap = need;
        items = (rpy_slot *)rpy_raw_realloc(l->items, (size_t)ncap * sizeof(rpy_slot),
                                            (size_t)l->cap * sizeof(rpy_slot));
    }
    if (items == NULL) {
        rpy_raise_memory_error();
        return false;
    }
    l->items = items;
    l->cap = ncap;
    return true;
}

void rpy_list_append_slow(rpy_list *l, rpy_slot x) {
    /* x may be the only reference to an object: keep it rooted. */
    void *slots[1] = {l->h.kind == RPY_K_LIST_REF ? x.p : NULL};
    rpy_frame fr = {rpy_top, 1, slots};
    rpy_top = &fr;
    bool ok = rpy_list_reserve(l, l->len + 1);
    rpy_top = fr.prev;
    if (ok) l->items[l->len++] = x;
}

static void rpy_list_maybe_shrink(rpy_list *l) {
    if (l->cap > 16 && l->len < l->cap / 4) {
        int64_t ncap = l->cap / 2;
        rpy_slot *items = (rpy_slot *)realloc(l->items, (size_t)ncap * sizeof(rpy_slot));
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
    memmove(l->items + l->len, other->items, (size_t)n * sizeof(rpy_slot));
    l->len += n;
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
    fprintf(stderr, "rpy-gc: collections=%lu maxrss_kib=%ld\n", rpy_gc_count, rpy_peak_rss_kib());
#endif
}

int main(int argc, char **argv) {
    rpy_init_stack_limit(RPY_SP());
    setvbuf(stdout, rpy_stdout_buf, _IOFBF, sizeof rpy_stdout_buf);
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
        fputs("Traceback (most recent call last):\n  File \"<program>\", in main\n", stderr);
        fputs(e->cls->name, stderr);
        rpy_str *msg = (rpy_str *)e->f[0].p;
        if (msg != NULL && msg->len > 0) {
            fputs(": ", stderr);
            rpy_write_str(stderr, msg);
        }
        fputc('\n', stderr);
        rpy_finish();
        return 1;
    }
    rpy_finish();
    return (int)(ret & 0xFF);
}
