import functools
calls = []
@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls), fib.cache_info())
print(fib(30), fib.cache_info().hits, fib.cache_info().misses)
fib.cache_clear()
print(fib.cache_info())
@functools.lru_cache
def sq(x):
    return x * x
print(sq(3), sq(3), sq(4), sq.cache_info())
@functools.lru_cache()
def add(a, b=0):
    return a + b
print(add(1), add(1, 2), add(1, b=2), add(a=1, b=2), add.cache_info())
print(sq.__name__, fib.__wrapped__.__name__, sq.cache_parameters())
