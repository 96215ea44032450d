log = []
def v(n):
    log.append(n)
    return n
print(v(1) < v(2) < v(3), log); log.clear()
print(v(3) < v(2) < v(1), log); log.clear()
print(v(1) < v(2) > v(0) == v(0), log); log.clear()
print(1 < 2 == 2 <= 3 != 4, 1 == 1.0 == True, "a" < "b" < "c")
print(1 in [1] in [[1]], 2 not in [1] is not None)
x = 5
print(0 <= x < 10, 0 <= x < 3, not 1 < x < 4)
try:
    print(1 < "a" < 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([] < ())
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) < (1, 3) < (2,), [1, 2] < [1, 2, 0])
print(None is None is not False)
