import functools
count = 0
@functools.cache
def fact(n):
    global count
    count += 1
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), count, fact(12), count, fact(5), count)
print(fact.cache_info(), fact.__name__)
fact.cache_clear()
print(fact.cache_info())
class A:
    @functools.lru_cache(maxsize=None)
    def val(self, x):
        return x * 2
a = A()
print(a.val(3), a.val(3), A.val.cache_info())
