import functools
def counted(fn):
    @functools.wraps(fn)
    def inner(*a):
        inner.calls += 1
        return fn(*a)
    inner.calls = 0
    return inner
@counted
@functools.lru_cache(maxsize=None)
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)
print(ways(20), ways.calls, ways.__name__)
memo_add = functools.lru_cache(maxsize=4)(lambda a, b: a + b)
print(memo_add(1, 2), memo_add(1, 2), memo_add.cache_info())
print(functools.reduce(lambda f, g: lambda x: g(f(x)), [abs, str, len])(-1234))
