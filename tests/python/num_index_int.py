def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class I:
    def __int__(self):
        return 42
class F:
    def __float__(self):
        return 2.5
xs = [10, 20, 30, 40]
print(xs[Idx(1)], xs[Idx(-1)], xs[Idx(1):Idx(3)], "abc"[Idx(2)], list(range(Idx(3))))
print(hex(Idx(255)), bin(Idx(5)), oct(Idx(8)), int(Idx(7)), int(I()), float(F()), "%x" % Idx(31))
print((3).__index__(), (2**70).__index__(), (5).__int__(), (5).__float__(), (1.9).__int__(), (2.0).__float__())
print([1, 2] * Idx(2), "ab" * Idx(3), round(2.567, Idx(2)), pow(Idx(2), Idx(5)) if hasattr(Idx, "__pow__") else 32)
t(lambda: xs[I()])
t(lambda: hex(2.5))
t(lambda: "%x" % I())
print("%d" % I(), "%d" % Idx(9))
