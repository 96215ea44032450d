def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class MyInt(int):
    def double(self):
        return self * 2
class Celsius(float):
    pass
a = MyInt(21)
print(a, a + 1, a * 2, a.double(), a == 21, isinstance(a, int), type(a).__name__, -a, a > 20, int(a), str(a), repr(a))
print(MyInt("ff", 16), MyInt(), hash(a) == hash(21), f"{a:>5}", "%d" % a, a.bit_length(), [0, 1, 2][MyInt(1)], abs(MyInt(-3)))
c = Celsius(36.6)
print(c, c + 0.4, c * 2, float(c), isinstance(c, float), round(c), f"{c:.2f}", c > 36, c.is_integer())
class Flags(int):
    def __repr__(self):
        return "Flags(" + str(int(self)) + ")"
f = Flags(5)
print(repr(f), f | 2, f & 4, str(f) if False else 0, [f])
