print(str(), str(1), str(1.5), str(None), str([1, "a"]), str(b"ab"), str(b"ab", "ascii"), str(bytearray(b"x"), "utf-8"))
print(str(b"caf\xc3\xa9", encoding="utf-8"), str(b"\xff", "utf-8", "replace"), str(b"\xff", "latin-1"), str(object)[:7])
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    str(1, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
class A:
    def __str__(self):
        return "A-str"
    def __repr__(self):
        return "A-repr"
class B:
    def __repr__(self):
        return "B-repr"
print(str(A()), repr(A()), str(B()), str([A()]), f"{A()}", "%s %r" % (A(), A()))
class Bad:
    def __str__(self):
        return 1
try:
    str(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(type(str(5)).__name__, str("x") == "x", str(True), str(-0.0), str(1e100), str(10**25))
