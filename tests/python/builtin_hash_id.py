print(hash(1), hash(-1), hash(0), hash(True), hash(1.0), hash(1.5), hash(-2.5), hash((1, 2)), hash(()))
print(hash(10**20) == hash(10**20), hash("abc") == hash("abc"), hash(b"x") == hash(b"x"), hash(2**61 - 1), hash(2**61))
print(hash(float("inf")), hash(frozenset([1])) == hash(frozenset([1])))
for bad in [[1], {1: 2}, {1}, bytearray(b"")]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class A:
    pass
a = A()
print(hash(a) == hash(a), id(a) == id(a), id(a) != id(A()), isinstance(id(a), int))
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
class E:
    def __eq__(self, o):
        return True
try:
    hash(E())
except TypeError as e:
    print(type(e).__name__, e)
class EH(E):
    __hash__ = object.__hash__
print(hash(EH()) == hash(EH()) or True)
class N:
    __hash__ = None
try:
    hash(N())
except TypeError as e:
    print(type(e).__name__, e)
class BigH:
    def __hash__(self):
        return 2**70
print(hash(BigH()) == hash(2**70))
class BadH:
    def __hash__(self):
        return "x"
try:
    hash(BadH())
except TypeError as e:
    print(type(e).__name__, e)
x = [1]
y = x
print(id(x) == id(y), id(x) == id([1]))
