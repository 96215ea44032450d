import functools
log = []
@functools.lru_cache(maxsize=2)
def f(x):
    log.append(x)
    return x * 10
for x in [1, 2, 1, 3, 2, 1, 1]:
    f(x)
print(log, f.cache_info())
@functools.lru_cache(maxsize=0)
def g(x):
    log.append(('g', x))
    return x
g(1); g(1)
print(log[-2:], g.cache_info())
@functools.lru_cache(maxsize=-5)
def h(x):
    return x
h(1); h(1)
print(h.cache_info())
info = f.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, type(info).__name__, info._fields)
try:
    functools.lru_cache('x')
except TypeError as e:
    print(type(e).__name__, e)
