"""Dict, Set and list helpers against CPython."""

import math
import random
import unittest

import containers as C


def outcome(fn, *args):  # type: ignore[no-untyped-def]
    try:
        return fn(*args)
    except Exception as e:  # noqa: BLE001
        return (type(e).__name__, str(e))


def dict_list(d: "C.Dict[object, object]") -> list[tuple[object, object]]:
    out = []
    size0 = len(d)
    i = d._iter_next(-1, size0, 0)
    while i >= 0:
        out.append((d._key_at(i), d._value_at(i)))
        i = d._iter_next(i, size0, len(out))
    return out


def set_list(s: "C.Set[object]") -> list[object]:
    out = []
    size0 = len(s)
    i = s._iter_next(-1, size0)
    while i >= 0:
        out.append(s._key_at(i))
        i = s._iter_next(i, size0)
    return out


class DictTest(unittest.TestCase):
    def test_random_ops(self) -> None:
        rng = random.Random(1)
        for _ in range(300):
            d: C.Dict[object, int] = C.Dict()
            ref: dict[object, int] = {}
            keyspace = rng.choice([5, 50, 1000])
            for step in range(rng.randint(0, 400)):
                k: object = rng.randint(0, keyspace)
                if rng.random() < 0.3:
                    k = str(k)
                if rng.random() < 0.1:
                    k = (k, 1)
                op = rng.random()
                if op < 0.5:
                    d[k] = step
                    ref[k] = step
                elif op < 0.65:
                    self.assertEqual(outcome(d.__delitem__, k), outcome(ref.__delitem__, k))
                elif op < 0.7:
                    self.assertEqual(outcome(d.pop, k), outcome(ref.pop, k))
                elif op < 0.75:
                    self.assertEqual(d.pop_default(k, -1), ref.pop(k, -1))
                elif op < 0.8:
                    self.assertEqual(d.setdefault(k, 7), ref.setdefault(k, 7))
                elif op < 0.85:
                    self.assertEqual(outcome(d.__getitem__, k), outcome(ref.__getitem__, k))
                elif op < 0.9:
                    self.assertEqual(d.get(k, -5), ref.get(k, -5))
                elif op < 0.92 and ref:
                    self.assertEqual(d.popitem(), ref.popitem())
                else:
                    self.assertEqual(k in d, k in ref)
                self.assertEqual(len(d), len(ref))
            self.assertEqual(dict_list(d), list(ref.items()))
            self.assertEqual(d.keys(), list(ref.keys()))
            self.assertEqual(d.values(), list(ref.values()))
            self.assertEqual(d.items(), list(ref.items()))
            self.assertEqual(repr(d), repr(ref))
            c = d.copy()
            self.assertTrue(c == d)
            c.update(d)
            self.assertEqual(dict_list(c), list(ref.items()))
            d.clear()
            self.assertEqual(len(d), 0)
        e: C.Dict[str, int] = C.Dict()
        self.assertEqual(outcome(e.popitem), ("KeyError", "'popitem(): dictionary is empty'"))
        self.assertEqual(outcome(e.__getitem__, "a'b"), outcome({}.__getitem__, "a'b"))

    def test_mutation_during_iteration(self) -> None:
        d: C.Dict[int, int] = C.Dict()
        d[1] = 1
        d[2] = 2
        size0 = len(d)
        i = d._iter_next(-1, size0, 0)
        d[3] = 3
        self.assertEqual(outcome(d._iter_next, i, size0, 1), ("RuntimeError", "dictionary changed size during iteration"))
        # Same size, but an entry added after the ones the loop started with.
        d = C.Dict()
        d[1] = 1
        size0 = len(d)
        i = d._iter_next(-1, size0, 0)
        del d[1]
        d[5] = 5
        self.assertEqual(outcome(d._iter_next, i, size0, 1), ("RuntimeError", "dictionary keys changed during iteration"))
        s: C.Set[int] = C.Set()
        s.add(1)
        size0 = len(s)
        s.add(2)
        self.assertEqual(outcome(s._iter_next, -1, size0), ("RuntimeError", "Set changed size during iteration"))


    def test_reversed(self) -> None:
        rng = random.Random(3)
        for _ in range(200):
            d: C.Dict[int, int] = C.Dict()
            ref: dict[int, int] = {}
            for _ in range(rng.randrange(0, 30)):
                k = rng.randrange(0, 20)
                if rng.random() < 0.3 and k in ref:
                    del ref[k]
                    del d[k]
                else:
                    ref[k] = k * 2
                    d[k] = k * 2
            out = []
            size0 = len(d)
            i = d._iter_prev(d._iter_end(), size0)
            while i >= 0:
                out.append((d._key_at(i), d._value_at(i)))
                i = d._iter_prev(i, size0)
            self.assertEqual(out, list(reversed(ref.items())))
        d = C.Dict()
        d[1] = 1
        d[2] = 2
        size0 = len(d)
        i = d._iter_prev(d._iter_end(), size0)
        d[3] = 3
        self.assertEqual(outcome(d._iter_prev, i, size0), ("RuntimeError", "dictionary changed size during iteration"))


    def test_table_sizes_like_cpython(self) -> None:
        # A loop that deletes and adds entries sees the same entries, and
        # fails at the same point, as CPython's: the tables are resized at
        # the same moments (built by any mix of operations).
        rng = random.Random(11)
        for trial in range(400):
            ref: dict[int, int] = {}
            d: C.Dict[int, int] = C.Dict()
            other_ref: dict[int, int] = {}
            other: C.Dict[int, int] = C.Dict()
            kmax = rng.choice([6, 20, 200])
            for _ in range(rng.randrange(0, 60)):
                r = rng.random()
                k = rng.randrange(kmax)
                if r < 0.5:
                    ref[k] = k
                    d[k] = k
                elif r < 0.7:
                    if k in ref:
                        del ref[k]
                        del d[k]
                elif r < 0.75:
                    if ref:
                        self.assertEqual(ref.popitem(), d.popitem())
                elif r < 0.8:
                    ref = ref.copy()
                    d = d.copy()
                elif r < 0.85:
                    ref = dict(ref)
                    d = d.constructed()
                elif r < 0.9:
                    other_ref[k] = k
                    other[k] = k
                elif r < 0.97:
                    ref.update(other_ref)
                    d.update(other)
                else:
                    ref.clear()
                    d.clear()
            self.assertEqual(list(ref.items()), dict_list(d))
            # The loop: replace some keys by new ones as it goes.
            fresh = 1000 + trial * 100
            plan = [rng.random() < 0.4 for _ in range(50)]
            seen_ref: list[int] = []
            try:
                for n, k in enumerate(ref):
                    seen_ref.append(k)
                    if n < len(plan) and plan[n]:
                        del ref[k]
                        ref[fresh + n] = 0
                err_ref = ""
            except RuntimeError as e:
                err_ref = str(e)
            seen: list[int] = []
            err = ""
            size0 = len(d)
            i = outcome(d._iter_next, -1, size0, 0)
            while isinstance(i, int) and i >= 0:
                k = d._key_at(i)
                n = len(seen)
                seen.append(k)
                if n < len(plan) and plan[n]:
                    del d[k]
                    d[fresh + n] = 0
                i = outcome(d._iter_next, i, size0, len(seen))
            if not isinstance(i, int):
                err = i[1]
            self.assertEqual((seen, err), (seen_ref, err_ref), trial)


class SetTest(unittest.TestCase):
    def test_order_random(self) -> None:
        rng = random.Random(7)
        for _ in range(1500):
            s: C.Set[object] = C.Set()
            c: set[object] = set()
            rng_max = rng.choice([10, 100, 1000, 2**40, 2**62])
            tuples = rng.random() < 0.2
            for _ in range(rng.randint(0, 300)):
                x: object = rng.randint(-rng_max, rng_max)
                if tuples:
                    x = (x, rng.randint(-3, 3))
                r = rng.random()
                if r < 0.7:
                    s.add(x)
                    c.add(x)
                elif r < 0.9:
                    s.discard(x)
                    c.discard(x)
                elif r < 0.95:
                    self.assertEqual(outcome(s.remove, x), outcome(c.remove, x))
                elif c:
                    self.assertEqual(s.pop(), c.pop())
            self.assertEqual(set_list(s), list(c))
            self.assertEqual(repr(s), repr(c))
            t: C.Set[object] = C.Set()
            d: set[object] = set()
            for _ in range(rng.randint(0, rng.choice([5, 60, 400]))):
                x = rng.randint(-rng_max, rng_max)
                if tuples:
                    x = (x, rng.randint(-3, 3))
                t.add(x)
                d.add(x)
                if rng.random() < 0.2:
                    t.discard(x)
                    d.discard(x)
            for name in ["__or__", "__and__", "__sub__", "__xor__", "__le__", "__lt__", "__eq__", "__ge__"]:
                got = getattr(s, name)(t)
                exp = getattr(c, name)(d)
                if isinstance(exp, bool):
                    self.assertEqual(got, exp, name)
                else:
                    self.assertEqual(got.to_list(), list(exp), name)
                got = getattr(t, name)(s)
                exp = getattr(d, name)(c)
                if not isinstance(exp, bool):
                    self.assertEqual(got.to_list(), list(exp), name)
            self.assertEqual(s.copy().to_list(), list(c.copy()))
            self.assertEqual(s.isdisjoint(t), c.isdisjoint(d))
            s2 = s.copy()
            c2 = c.copy()
            s2.update(t)
            c2.update(d)
            self.assertEqual(s2.to_list(), list(c2))
            s2.intersection_update(t)
            c2 &= d
            self.assertEqual(s2.to_list(), list(c2))
            s2.symmetric_difference_update(s)
            c2 ^= c
            self.assertEqual(s2.to_list(), list(c2))
            s2.difference_update(t)
            c2 -= d
            self.assertEqual(s2.to_list(), list(c2))
            xs = [rng.randint(-50, 50) for _ in range(rng.randint(0, 40))]
            s3: C.Set[object] = C.Set()
            s3.update_list(xs)
            self.assertEqual(s3.to_list(), list(set(xs)))
            dk = dict.fromkeys(xs)
            s4: C.Set[object] = C.Set()
            s4.update_from_dict_keys(list(dk))
            self.assertEqual(s4.to_list(), list(set(dk)))
        e: C.Set[int] = C.Set()
        self.assertEqual(outcome(e.pop), outcome(set().pop))
        self.assertEqual(repr(e), "set()")


class ListTest(unittest.TestCase):
    def test_helpers(self) -> None:
        rng = random.Random(3)
        for _ in range(2000):
            xs = [rng.randint(0, 20) for _ in range(rng.randint(0, 40))]
            x = rng.randint(0, 25)
            st = rng.randint(-50, 50)
            sp = rng.randint(-50, 50)
            self.assertEqual(outcome(C.list_index, xs, x), outcome(xs.index, x))
            self.assertEqual(outcome(C.list_index, xs, x, st, sp), outcome(xs.index, x, st, sp))
            self.assertEqual(C.list_count(xs, x), xs.count(x))
            self.assertEqual(C.list_contains(xs, x), x in xs)
            a = list(xs)
            b = list(xs)
            self.assertEqual(outcome(C.list_remove, a, x), outcome(b.remove, x))
            self.assertEqual(a, b)
            C.list_insert(a, st, 99)
            b.insert(st, 99)
            self.assertEqual(a, b)
            C.list_reverse(a)
            b.reverse()
            self.assertEqual(a, b)
            self.assertEqual(C.list_reversed(a), list(reversed(a)))
            self.assertEqual(C.list_repeat(xs, sp % 4 - 1), xs * (sp % 4 - 1))
            ys = [rng.randint(0, 20) for _ in range(rng.randint(0, 5))]
            self.assertEqual((C.list_lt(xs, ys), C.list_le(xs, ys), C.list_gt(xs, ys), C.list_ge(xs, ys)),
                             (xs < ys, xs <= ys, xs > ys, xs >= ys))
            self.assertEqual(C.list_eq(xs, list(xs)), True)
            rev = rng.random() < 0.5
            pairs = list(zip(xs, range(len(xs))))
            keys = [p[0] % 5 for p in pairs]
            p2 = list(pairs)
            C.list_sort_key(p2, keys, rev)
            self.assertEqual(p2, sorted(pairs, key=lambda p: p[0] % 5, reverse=rev))
            self.assertEqual(C.builtin_sorted(xs, rev), sorted(xs, reverse=rev))
            p3 = list(pairs)
            items = C.list_sort_take(p3)
            self.assertEqual(p3, [])
            C.list_sort_keyed(p3, items, keys, rev)
            self.assertEqual(p3, sorted(pairs, key=lambda p: p[0] % 5, reverse=rev))
            p4 = list(xs)
            C.list_sort(p4, rev)
            self.assertEqual(p4, sorted(xs, reverse=rev))
            fl = [rng.choice([0.5, -1.5, 2.25, 1e16, 0.1]) for _ in xs]
            self.assertEqual(C.builtin_sum_float(fl), sum(fl))
            self.assertEqual(C.builtin_sum_int(xs, 3), sum(xs, 3))
            step = rng.choice([1, 2, 3, -1, -2, -5, 0])
            hs = rng.random() < 0.7
            hp = rng.random() < 0.7
            self.assertEqual(outcome(C.list_getslice, xs, st, sp, step, hs, hp),
                             outcome(lambda: xs[(st if hs else None):(sp if hp else None):step]))
            a = list(xs)
            b = list(xs)
            C.list_delslice(a, st, sp, hs, hp)
            del b[(st if hs else None):(sp if hp else None)]
            self.assertEqual(a, b)
            C.list_setslice(a, st, sp, hs, hp, ys)
            b[(st if hs else None):(sp if hp else None)] = ys
            self.assertEqual(a, b)
            self.assertEqual(C.list_repr([1.5, "a", (1,)]), repr([1.5, "a", (1,)]))
            a = list(xs)
            C.list_extend(a, a)
            self.assertEqual(a, xs + xs)
            self.assertEqual(C.list_concat(xs, ys), xs + ys)
            c = C.list_copy(xs)
            C.list_clear(c)
            self.assertEqual((c, len(xs) >= 0), ([], True))
        self.assertEqual(outcome(C.list_remove, [1], 2), outcome([1].remove, 2))
        self.assertEqual(outcome(C.list_index, ["a"], "b"), outcome(["a"].index, "b"))


class _OrdItem:
    """Logs every rich comparison (the order of calls is checked)."""

    def __init__(self, v: float, log: list) -> None:  # type: ignore[type-arg]
        self.v = v
        self.log = log

    def __eq__(self, o: object) -> bool:
        assert isinstance(o, _OrdItem)
        self.log.append(("eq", self.v, o.v))
        return self.v == o.v

    def __lt__(self, o: "_OrdItem") -> bool:
        self.log.append(("lt", self.v, o.v))
        return self.v < o.v

    def __le__(self, o: "_OrdItem") -> bool:
        self.log.append(("le", self.v, o.v))
        return self.v <= o.v

    def __gt__(self, o: "_OrdItem") -> bool:
        self.log.append(("gt", self.v, o.v))
        return self.v > o.v

    def __ge__(self, o: "_OrdItem") -> bool:
        self.log.append(("ge", self.v, o.v))
        return self.v >= o.v


class ListOrderTest(unittest.TestCase):
    def test_same_operator_on_items(self) -> None:
        import operator
        ops = [(C.list_lt, operator.lt), (C.list_le, operator.le), (C.list_gt, operator.gt),
               (C.list_ge, operator.ge)]
        rng = random.Random(11)
        vals = [0.0, 1.0, 2.0, math.nan]
        for _ in range(3000):
            xv = [rng.choice(vals) for _ in range(rng.randint(0, 4))]
            yv = [rng.choice(vals) for _ in range(rng.randint(0, 4))]
            for ours, ref in ops:
                log1: list = []  # type: ignore[type-arg]
                log2: list = []  # type: ignore[type-arg]
                got = ours([_OrdItem(v, log1) for v in xv], [_OrdItem(v, log1) for v in yv])
                exp = ref([_OrdItem(v, log2) for v in xv], [_OrdItem(v, log2) for v in yv])
                self.assertEqual((got, log1), (exp, log2), (xv, yv, ref))
                # plain floats (distinct objects: NaN differs from itself), nested lists
                fx = [float(v) for v in xv]
                fy = [float(v) for v in yv]
                self.assertEqual(ours(fx, fy), ref(fx, fy), (fx, fy, ref))
                self.assertEqual(ours([fx, fy], [fy, fx]), ref([fx, fy], [fy, fx]), (fx, fy, ref))


class _LoggedKey:
    """A key whose `<` records (self.tag, other.tag) in a shared log."""

    def __init__(self, v: object, tag: int, log: list[tuple[int, int]]) -> None:
        self.v = v
        self.tag = tag
        self.log = log

    def __lt__(self, other: "_LoggedKey") -> bool:
        self.log.append((self.tag, other.tag))
        return self.v < other.v  # type: ignore[operator,no-any-return]


class _CoinKey:
    """An inconsistent order: `<` answers from a seeded RNG (and logs)."""

    def __init__(self, tag: int, rng: random.Random, p: float, log: list[tuple[int, int]]) -> None:
        self.tag = tag
        self.rng = rng
        self.p = p
        self.log = log

    def __lt__(self, other: "_CoinKey") -> bool:
        self.log.append((self.tag, other.tag))
        return self.rng.random() < self.p


def _sort_data(rng: random.Random, n: int) -> list[object]:
    kind = rng.randrange(7)
    if kind == 0:
        return [rng.random() for _ in range(n)]
    if kind == 1:
        return [rng.randrange(5) for _ in range(n)]
    if kind == 2:  # nearly sorted
        xs = sorted(rng.random() for _ in range(n))
        for _ in range(rng.randrange(1, 10)):
            if n:
                xs[rng.randrange(n)] = rng.random()
        return list(xs)
    if kind == 3:  # long ascending / descending runs (with duplicates)
        out: list[object] = []
        while len(out) < n:
            seg = sorted(rng.randrange(1000) for _ in range(rng.randrange(1, 200)))
            if rng.random() < 0.5:
                seg.reverse()
            out.extend(seg)
        return out[:n]
    if kind == 4:  # NaNs: an inconsistent order
        return [rng.choice([1.0, 2.0, math.nan, -1.0, 0.5, 3.0]) for _ in range(n)]
    if kind == 5:
        ys = list(range(n))
        rng.shuffle(ys)
        b = rng.randrange(1, 100)
        return list(sorted(ys[:b]) + sorted(ys[b:2 * b], reverse=True) + ys[2 * b:])
    zs = sorted(rng.randrange(n + 1) for _ in range(n))
    k = rng.randrange(1, 50)
    return [z // k * (1 if rng.random() < 0.95 else -1) for z in zs]


class _Boom(Exception):
    pass


class _FailKey:
    """`<` raises _Boom on the calls[1]-th call (calls[0] counts; calls[1]
    = 0: never); `grow` (if set) is appended to first, as user code
    modifying the list being sorted."""

    def __init__(self, v: object, tag: int, calls: list[int], grow: "list[object] | None") -> None:
        self.v = v
        self.tag = tag
        self.calls = calls
        self.grow = grow

    def __lt__(self, other: "_FailKey") -> bool:
        self.calls[0] += 1
        if self.calls[0] == self.calls[1]:
            if self.grow is not None:
                self.grow.append(self)
            raise _Boom()
        return self.v < other.v  # type: ignore[operator,no-any-return]


def _sort_fail_cases(rng: random.Random, count: int) -> "list[tuple[list[object], bool, int]]":
    """(data, reverse, k): sort data (sizes 0..300, a few ~2000) with a `<`
    failing at call k (k in 1..#calls of a full sort)."""
    out: list[tuple[list[object], bool, int]] = []
    for it in range(count):
        n = rng.choice([rng.randrange(0, 20), rng.randrange(0, 70), rng.randrange(0, 301)])
        if it % 60 == 0:
            n = rng.randrange(1000, 2100)
        xs = _sort_data(rng, n)
        rev = rng.random() < 0.5
        calls = [0, 0]
        sorted([_FailKey(x, i, calls, None) for i, x in enumerate(xs)], reverse=rev)
        if calls[0] == 0:
            out.append((xs, rev, 1))
            continue
        k = rng.randrange(1, calls[0] + 1)
        if rng.random() < 0.2:  # late failures: the final merges
            k = max(1, calls[0] - rng.randrange(min(calls[0], 40)))
        out.append((xs, rev, k))
    return out


class SortTest(unittest.TestCase):
    """_timsort_perm against CPython's list.sort: results and `<` calls."""

    def test_known_nan_case(self) -> None:
        nan = math.nan
        xs = [3.0, nan, 1.0, 2.0, nan, 0.5, 7.0, -1.0, nan, 4.0]
        for rev in (False, True):
            got = C.builtin_sorted(xs, rev)
            self.assertEqual(repr(got), repr(sorted(xs, reverse=rev)))
        self.assertEqual(repr(C.builtin_sorted(xs)), "[3.0, nan, -1.0, 1.0, 2.0, nan, 0.5, 4.0, 7.0, nan]")

    def test_floats_with_nans(self) -> None:
        rng = random.Random(11)
        sizes = list(range(0, 301)) + [2000, 2000, 2001]
        for n in sizes:
            xs = [rng.choice([math.nan, rng.random(), float(rng.randrange(9))]) if rng.random() < 0.3
                  else rng.random() for _ in range(n)]
            for rev in (False, True):
                perm = C._timsort_perm(n, xs, rev)
                self.assertEqual(repr([xs[i] for i in perm]), repr(sorted(xs, reverse=rev)), (n, rev))

    def test_comparison_log(self) -> None:
        rng = random.Random(12)
        for it in range(700):
            n = rng.choice([rng.randrange(0, 70), rng.randrange(0, 400), rng.randrange(0, 2100)])
            xs = _sort_data(rng, n)
            for rev in (False, True):
                log: list[tuple[int, int]] = []
                objs = [_LoggedKey(x, i, log) for i, x in enumerate(xs)]
                want = [o.tag for o in sorted(objs, reverse=rev)]
                want_log = list(log)
                del log[:]
                perm = C._timsort_perm(n, objs, rev)
                self.assertEqual([objs[i].tag for i in perm], want, (it, n, rev))
                self.assertEqual(log, want_log, (it, n, rev))

    def test_inconsistent_order(self) -> None:
        rng = random.Random(13)
        for it in range(400):
            n = rng.choice([rng.randrange(70), rng.randrange(600)])
            p = rng.choice([0.5, 0.1, 0.9, 0.02, 0.98])
            rev = rng.random() < 0.5
            seed = rng.random()
            coin = random.Random(seed)
            log: list[tuple[int, int]] = []
            objs = [_CoinKey(i, coin, p, log) for i in range(n)]
            want = [o.tag for o in sorted(objs, reverse=rev)]
            want_log = list(log)
            del log[:]
            coin.seed(seed)
            perm = C._timsort_perm(n, objs, rev)
            self.assertEqual([objs[i].tag for i in perm], want, (it, n, rev))
            self.assertEqual(log, want_log, (it, n, rev))

    def test_stability_and_small(self) -> None:
        rng = random.Random(14)
        for n in list(range(0, 80)) + [500, 1500]:
            pairs = [(rng.randrange(4), i) for i in range(n)]
            keys = [p[0] for p in pairs]
            for rev in (False, True):
                perm = C._timsort_perm(n, keys, rev)
                self.assertEqual([pairs[i] for i in perm], sorted(pairs, key=lambda p: p[0], reverse=rev))
        for n in (0, 1):
            log: list[tuple[int, int]] = []
            objs = [_LoggedKey(0, i, log) for i in range(n)]
            self.assertEqual(C._timsort_perm(n, objs, True), list(range(n)))
            self.assertEqual(log, [])

    def test_exception_propagates(self) -> None:
        class Boom(Exception):
            pass

        class K:
            calls = 0

            def __init__(self, v: int) -> None:
                self.v = v

            def __lt__(self, other: "K") -> bool:
                K.calls += 1
                if K.calls == 50:
                    raise Boom()
                return self.v < other.v

        xs = [K(i * 7919 % 101) for i in range(101)]
        with self.assertRaises(Boom):
            C._timsort_perm(len(xs), xs, False)
        self.assertEqual(K.calls, 50)

    def test_failure_state_list_sort(self) -> None:
        """xs.sort() whose `<` raises: the list is left in CPython's
        partial order (binary insertion, count_run, merge_lo/merge_hi,
        galloping or not, reverse=True)."""
        rng = random.Random(15)
        for it, (xs, rev, k) in enumerate(_sort_fail_cases(rng, 900)):
            grow = rng.random() < 0.1 and len(xs) > 0
            calls = [0, k]
            want = [_FailKey(x, i, calls, None) for i, x in enumerate(xs)]
            if grow:
                want[0].grow = want
            want_exc = None
            try:
                want.sort(reverse=rev)
            except _Boom as e:
                want_exc = e
            calls2 = [0, k]
            got = [_FailKey(x, i, calls2, None) for i, x in enumerate(xs)]
            if grow:
                got[0].grow = got
            got_exc = None
            try:
                C.list_sort(got, rev)
            except _Boom as e:
                got_exc = e
            self.assertEqual(got_exc is None, want_exc is None, (it, len(xs), rev, k))
            self.assertEqual(calls2, calls, (it, len(xs), rev, k))
            self.assertEqual([o.tag for o in got], [o.tag for o in want], (it, len(xs), rev, k))

    def test_failure_state_list_sort_key(self) -> None:
        """xs.sort(key=f) whose `<` on the keys raises, driven as the front
        end does (list_sort_take, keys, list_sort_keyed)."""
        rng = random.Random(16)
        for it, (xs, rev, k) in enumerate(_sort_fail_cases(rng, 900)):
            calls = [0, k]
            want = list(range(len(xs)))
            wkeys = [_FailKey(x, i, calls, None) for i, x in enumerate(xs)]
            want_exc = None
            try:
                want.sort(key=lambda i: wkeys[i], reverse=rev)
            except _Boom as e:
                want_exc = e
            calls2 = [0, k]
            got = list(range(len(xs)))
            gkeys = [_FailKey(x, i, calls2, None) for i, x in enumerate(xs)]
            got_exc = None
            try:
                items = C.list_sort_take(got)
                keys = [gkeys[i] for i in items]
                C.list_sort_keyed(got, items, keys, rev)
            except _Boom as e:
                got_exc = e
            self.assertEqual(got_exc is None, want_exc is None, (it, len(xs), rev, k))
            self.assertEqual(calls2, calls, (it, len(xs), rev, k))
            self.assertEqual(got, want, (it, len(xs), rev, k))

    def test_failure_key_function_raises(self) -> None:
        """CPython: a key function that raises leaves the list as it was
        (unreversed, even with reverse=True), whatever it stored meanwhile."""
        for rev in (False, True):
            for n in (1, 2, 5, 100):
                xs = list(range(n))
                seen: list[int] = []

                def key(x: int) -> int:
                    seen.append(len(xs))
                    xs.append(-1)
                    if x == n - 1:
                        raise _Boom()
                    return -x

                with self.assertRaises(_Boom):
                    xs.sort(key=key, reverse=rev)
                self.assertEqual(xs, list(range(n)))
                self.assertEqual(seen, list(range(n)))  # the list is empty while keys are computed
                # The front end's path: take, keys, restore unchecked on failure.
                ys = list(range(n))
                items = C.list_sort_take(ys)
                ys.append(-1)
                C.list_sort_restore(ys, items, False)
                self.assertEqual(ys, list(range(n)))

    def test_modified_while_empty_during_sort(self) -> None:
        """CPython reports a list that got storage again during its sort,
        even if it is empty again when the sort ends; emptying the empty
        list is no modification. The front end's path: take, user code,
        then list_sort_keyed (which restores with the check)."""
        def pop_back(xs: list[int]) -> None:
            xs.append(1)
            xs.pop()

        def grow_then_sort(xs: list[int]) -> None:
            pop_back(xs)
            xs.sort()

        def extend_clear(xs: list[int]) -> None:
            xs.extend([1])
            xs.clear()

        def insert_remove(xs: list[int]) -> None:
            xs.insert(0, 1)
            xs.remove(1)

        def empty_ops(xs: list[int]) -> None:
            xs.clear()
            xs.extend([])
            xs += []
            del xs[:]
            xs[:] = []
            xs *= 3

        def nested_sort(xs: list[int]) -> None:
            xs.sort()
            C.list_sort(xs)

        for mutate in (pop_back, grow_then_sort, extend_clear, insert_remove, empty_ops, nested_sort):
            for rev in (False, True):
                want = [3, 1, 2]
                done: list[int] = []

                def key(x: int) -> int:
                    if not done:
                        done.append(1)
                        mutate(want)
                    return x

                want_exc = None
                try:
                    want.sort(key=key, reverse=rev)
                except ValueError as e:
                    want_exc = str(e)
                got = [3, 1, 2]
                items = C.list_sort_take(got)
                keys = list(items)
                mutate(got)
                got_exc = None
                try:
                    C.list_sort_keyed(got, items, keys, rev)
                except ValueError as e:
                    got_exc = str(e)
                self.assertEqual(got_exc, want_exc, (mutate.__name__, rev))
                self.assertEqual(got, want, (mutate.__name__, rev))

    def test_failure_sorted_unchanged(self) -> None:
        """sorted() whose `<` raises: the exception propagates, the input
        list is untouched."""
        rng = random.Random(17)
        for it, (xs, rev, k) in enumerate(_sort_fail_cases(rng, 200)):
            calls = [0, k]
            objs = [_FailKey(x, i, calls, None) for i, x in enumerate(xs)]
            before = list(objs)
            raised = False
            try:
                C.builtin_sorted(objs, rev)
            except _Boom:
                raised = True
            self.assertEqual(raised, len(xs) > 1, (it, len(xs), rev, k))
            self.assertEqual(objs, before)



class RangeTest(unittest.TestCase):
    """range_len / range_contains against CPython's range, at the 64-bit
    limits too (a length CPython cannot give raises its OverflowError)."""

    def test_against_cpython(self) -> None:
        m = 2**63
        edges = [-m, -m + 1, -m + 2, -5, -3, -1, 0, 1, 2, 5, 7, m - 3, m - 1, 2**62, -(2**62)]
        steps = [-m, -m + 1, -3, -2, -1, 1, 2, 3, 7, m - 1, 2**62]
        rng = random.Random(3)
        cases = [(a, b, s) for a in edges for b in edges for s in steps]
        cases += [(rng.randint(-60, 60), rng.randint(-60, 60), rng.choice([-7, -2, -1, 1, 3, 9])) for _ in range(20000)]
        for a, b, s in cases:
            r = range(a, b, s)
            self.assertEqual(outcome(C.range_len, a, b, s), outcome(len, r), (a, b, s))
            for x in edges[:9] + [a, b]:
                self.assertEqual(C.range_contains(x, [a, b, s]), x in r, (x, a, b, s))
        self.assertEqual(outcome(C.range_len, 0, 5, 0), ("ValueError", "range() arg 3 must not be zero"))
        self.assertEqual(outcome(C.range_contains, 1, [0, 5, 0]), ("ValueError", "range() arg 3 must not be zero"))
