import functools
log = []
@functools.lru_cache(typed=True)
def f(x):
    log.append(x)
    return x
f(1); f(1.0); f(1); f(True)
print(log, f.cache_info(), f.cache_parameters())
log.clear()
@functools.lru_cache(typed=False)
def g(x):
    log.append(x)
    return x
print(g(1), g(1.0), log)
@functools.lru_cache
def unh(x):
    return x
try:
    unh([1])
except TypeError as e:
    print(type(e).__name__, e)
print(unh((1, 2)), unh(frozenset([3])))
