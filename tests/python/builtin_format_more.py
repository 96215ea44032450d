print(format(3.14159, ".2f"), format(42), format("s", ">5"), format(1234567, ","), format(0.5, "%"), format(True), format(None))
class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
print(format(F(), "xyz"), f"{F():abc}", "{:q}".format(F()), format(F()))
class G:
    pass
g = G()
print(format(g, "") == str(g))
try:
    format(G(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class H:
    def __format__(self, spec):
        return 1
try:
    format(H())
except TypeError as e:
    print(type(e).__name__, e)
class S:
    def __str__(self):
        return "strS"
print(format(S()), f"{S()}", f"{S()!r}"[:3])
print(format([1, 2]), format((1,)), format({"a": 1}))
try:
    format(1, "z")
except ValueError as e:
    print(type(e).__name__, e)
