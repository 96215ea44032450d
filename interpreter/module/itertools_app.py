"""App-level source of the itertools module (compiled by the VM on first
import). Every iterator is a class (so type names and laziness are
CPython's); most of them drive a private generator."""

ITERTOOLS_SOURCE = """
_marker = object()


def _index(v):
    if isinstance(v, int):
        return v
    m = getattr(type(v), '__index__', None)
    if m is None:
        raise TypeError("'" + type(v).__name__ + "' object cannot be interpreted as an integer")
    return m(v)


def _idx(value, what):
    if value is None:
        return None
    try:
        i = _index(value)
    except TypeError:
        i = -1
    if not isinstance(i, int) or i < 0:
        raise ValueError(what + ' for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    return i


class _gen:
    def __iter__(self):
        return self

    def __next__(self):
        return next(self._g)


class count:
    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float)) and not hasattr(type(v), '__float__') and \\
                    not hasattr(type(v), '__index__'):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(' + repr(self._n) + ')'
        return 'count(' + repr(self._n) + ', ' + repr(step) + ')'


class cycle(_gen):
    def __init__(self, iterable):
        self._g = self._run(iter(iterable))

    def _run(self, it):
        saved = []
        for x in it:
            yield x
            saved.append(x)
        while saved:
            for x in saved:
                yield x


class repeat:
    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            times = _index(times)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(' + repr(self._obj) + ')'
        return 'repeat(' + repr(self._obj) + ', ' + str(self._times) + ')'


class accumulate(_gen):
    def __init__(self, iterable, func=None, *, initial=None):
        self._g = self._run(iter(iterable), func, initial)

    def _run(self, it, func, initial):
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for x in it:
            if func is None:
                total = total + x
            else:
                total = func(total, x)
            yield total


class chain(_gen):
    def __init__(self, *iterables):
        self._g = self._run(iter(iterables))

    def _run(self, its):
        for it in its:
            for x in it:
                yield x

    @classmethod
    def from_iterable(cls, iterable):
        obj = cls.__new__(cls)
        obj._g = obj._run(iter(iterable))
        return obj


class compress(_gen):
    def __init__(self, data, selectors):
        self._g = self._run(iter(data), iter(selectors))

    def _run(self, data, selectors):
        for d, s in zip(data, selectors):
            if s:
                yield d


class dropwhile(_gen):
    def __init__(self, predicate, iterable):
        self._g = self._run(predicate, iter(iterable))

    def _run(self, predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x


class takewhile(_gen):
    def __init__(self, predicate, iterable):
        self._g = self._run(predicate, iter(iterable))

    def _run(self, predicate, it):
        for x in it:
            if predicate(x):
                yield x
            else:
                break


class filterfalse(_gen):
    def __init__(self, function, iterable):
        self._g = self._run(function, iter(iterable))

    def _run(self, function, it):
        for x in it:
            if function is None:
                if not x:
                    yield x
            elif not function(x):
                yield x


class groupby:
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _marker
        self._currkey = _marker
        self._currvalue = None
        self._token = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        if self._keyfunc is None:
            key = value
        else:
            key = self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._token = None
        while True:
            if self._currkey is _marker:
                self._step()
            if self._tgtkey is _marker or not (self._tgtkey == self._currkey):
                break
            self._currkey = _marker
        self._tgtkey = self._currkey
        token = object()
        self._token = token
        return (self._currkey, _grouper(self, token, self._tgtkey))


class _grouper:
    def __init__(self, parent, token, tgtkey):
        self._parent = parent
        self._token = token
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._token is not self._token:
            raise StopIteration
        if p._currkey is _marker:
            p._step()
        if not (self._tgtkey == p._currkey):
            raise StopIteration
        value = p._currvalue
        p._currkey = _marker
        return value


class islice:
    def __init__(self, iterable, *args):
        n = len(args)
        if n == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        if n > 3:
            raise TypeError('islice expected at most 4 arguments, got ' + str(n + 1))
        start = 0
        step = 1
        if n == 1:
            stop = _idx(args[0], 'Stop argument')
        else:
            start = _idx(args[0], 'Indices')
            stop = _idx(args[1], 'Stop argument')
            if start is None:
                start = 0
            if n == 3 and args[2] is not None:
                try:
                    step = _index(args[2])
                except TypeError:
                    step = -1
                if step <= 0:
                    raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = -1 if stop is None else stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        if stop != -1 and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop != -1 and self._cnt >= stop:
                self._it = None
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        self._next += self._step
        if stop != -1 and self._next > stop:
            self._next = stop
        return item


class starmap(_gen):
    def __init__(self, function, iterable):
        self._g = self._run(function, iter(iterable))

    def _run(self, function, it):
        for args in it:
            yield function(*args)


class _tee:
    def __init__(self, it, node):
        self._it = it
        self._node = node

    def __iter__(self):
        return self

    def __next__(self):
        node = self._node
        if node[1] is None:
            value = next(self._it)
            node[0] = value
            node[1] = [None, None]
        self._node = node[1]
        return node[0]

    def __copy__(self):
        return _tee(self._it, self._node)


def tee(iterable, n=2):
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    if isinstance(iterable, _tee):
        first = iterable
    else:
        first = _tee(iter(iterable), [None, None])
    res = [first]
    for i in range(n - 1):
        res.append(first.__copy__())
    return tuple(res)


class zip_longest(_gen):
    def __init__(self, *iterables, fillvalue=None):
        its = [iter(x) for x in iterables]
        self._g = self._run(its, fillvalue)

    def _run(self, its, fillvalue):
        if not its:
            return
        active = len(its)
        done = [False] * len(its)
        while True:
            row = []
            for i in range(len(its)):
                if done[i]:
                    row.append(fillvalue)
                    continue
                try:
                    row.append(next(its[i]))
                except StopIteration:
                    done[i] = True
                    active -= 1
                    if active == 0:
                        return
                    row.append(fillvalue)
            yield tuple(row)


class product(_gen):
    def __init__(self, *iterables, repeat=1):
        repeat = _index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._g = self._run(pools)

    def _run(self, pools):
        for p in pools:
            if not p:
                return
        n = len(pools)
        idx = [0] * n
        while True:
            yield tuple([pools[i][idx[i]] for i in range(n)])
            i = n - 1
            while i >= 0:
                idx[i] += 1
                if idx[i] < len(pools[i]):
                    break
                idx[i] = 0
                i -= 1
            if i < 0:
                return


def _check_r(r):
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations(_gen):
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        else:
            r = _check_r(r)
        self._g = self._run(pool, r)

    def _run(self, pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple([pool[i] for i in indices[:r]])
        while n:
            i = r - 1
            while i >= 0:
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple([pool[k] for k in indices[:r]])
                    break
                i -= 1
            if i < 0:
                return


class combinations(_gen):
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _check_r(r)
        self._g = self._run(pool, r)

    def _run(self, pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple([pool[i] for i in indices])
        while True:
            i = r - 1
            while i >= 0:
                if indices[i] != i + n - r:
                    break
                i -= 1
            if i < 0:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple([pool[k] for k in indices])


class combinations_with_replacement(_gen):
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _check_r(r)
        self._g = self._run(pool, r)

    def _run(self, pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple([pool[i] for i in indices])
        while True:
            i = r - 1
            while i >= 0:
                if indices[i] != n - 1:
                    break
                i -= 1
            if i < 0:
                return
            v = indices[i] + 1
            for j in range(i, r):
                indices[j] = v
            yield tuple([pool[k] for k in indices])


class pairwise(_gen):
    def __init__(self, iterable):
        self._g = self._run(iter(iterable))

    def _run(self, it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield (a, b)
            a = b
"""
