def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0, 5, -5, -2**63, 2**63, -2**100, 0.0, -0.0, -1.5, float("-inf"), True, False, 3 + 4j, -5j, complex(-3, -4)]:
    print(repr(v), repr(abs(v)))
class A:
    def __abs__(self):
        return "abs!"
print(abs(A()))
t(lambda: abs("x"))
t(lambda: abs(None))
