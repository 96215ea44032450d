print(abs(-3), abs(3), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-10**30))
class N:
    def __abs__(self):
        return "abs!"
print(abs(N()))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(10**20, 7), divmod(True, 2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
class D:
    def __divmod__(self, o):
        return ("dm", o)
    def __rdivmod__(self, o):
        return ("rdm", o)
print(divmod(D(), 3), divmod(3, D()))
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
