print(bool(), bool(0), bool(1), bool(""), bool("a"), bool([]), bool([0]), bool(None), bool(0.0), bool(2j) if False else True)
print(bool(bool), True + True, True * 3, int(True), str(False), repr(True), True & False, True | False, True ^ True)
print(isinstance(True, int), issubclass(bool, int), type(True).__name__, True == 1, False == 0, hash(True))
print(callable(len), callable(1), callable(int), callable(lambda: 0), callable("s"), callable(print))
class C:
    def __call__(self):
        return 1
    def m(self):
        pass
class D:
    pass
print(callable(C()), callable(D()), callable(C), callable(C().m), callable(C.m), callable([].append))
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__)
try:
    class X(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
