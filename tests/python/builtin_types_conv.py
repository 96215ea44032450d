print(int(), float(), str(), list(), tuple(), dict(), bool())
print(int("  -12  "), int(3.99), int(True), float(" 2.5 "), float(-3), str(3.0), str(-0.0))
print(list("abc"), list({1: 2}), list((1, 2)), tuple(range(3)), set("aab") == {"a", "b"})
print(dict([("a", 1), ("b", 2)]), dict({"x": 1}, y=2), list(dict(a=1).items()))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool(()), bool({0}))
print(repr(1.0), repr(1e-7), repr(123456789012345678.0), repr(0.1 + 0.7), repr(-1.5e300))
print(str(1/7), 2.5e-5, 1.0e16, 9007199254740993.0, float("inf"), -float("inf"))
print(type(1 + 1.0).__name__, type(2 ** 2).__name__, type(2 ** -2).__name__, type(7 / 7).__name__)
print(bytes(3), bytes("hi", "utf-8"), bytes([1, 2]), list(bytes(b"ab")))
print(str(type(None)), type(print).__name__, type(len) is type(print))
class A:
    pass
print(type(A).__name__, type(A()).__name__, A.__name__, str(A).startswith("<class"))
