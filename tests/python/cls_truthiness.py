class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Neither:
    pass
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), bool(Neither()))
if L(0):
    print("yes")
else:
    print("no")
print(not L(2), L(0) or "alt", L(1) and "and")
print([x for x in [L(0), L(1), L(2)] if x].__len__())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -5
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
while L(0):
    print("never")
print(all([L(1), B(True)]), any([L(0), Neither()]))
class Sub(L):
    def __bool__(self):
        return True
print(bool(Sub(0)))
