print(ascii("abc"), ascii("é"), ascii("日本"), ascii("\U0001f600"), ascii(["é", 1]), ascii({"k": "ü"}))
print(ascii(b"\xff"), ascii(1.5), ascii(None), ascii("\n\t"), ascii("'"), ascii('"'), ascii("a'\""))
print(repr("a"), repr('a"b'), repr("a'b"), repr("a'\"b"), repr("\x00\x7f\x80"), repr("é"), repr("\u200b"))
print(repr(1), repr(1.0), repr(True), repr(None), repr([1, "a"]), repr((1,)), repr({}), repr(set()))
class R:
    def __repr__(self):
        return "R()"
print(repr(R()), ascii(R()), str(R()), [R()], (R(), R()), {"k": R()})
class S:
    def __repr__(self):
        return "Sé"
print(ascii(S()), repr(S()))
class Bad:
    def __repr__(self):
        return 5
try:
    repr(Bad())
except TypeError as e:
    print(type(e).__name__, e)
l = [1]
l.append(l)
print(repr(l))
d = {}
d["me"] = d
print(d)
