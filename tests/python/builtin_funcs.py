print(len("abc"), len([1, 2]), len({1: 2}), len(range(5)), len(set()))
print(abs(-5), min([3, 1, 2]), max(1, 5, 3), min("abc", key=ord), max([], default="empty"))
print(sum([1, 2, 3]), sum([1, 2], 10), sorted([3, 1, 2], reverse=True), list(reversed("ab")))
print(list(enumerate("ab", start=5)), list(zip([1, 2], [3, 4], [5, 6])))
print(list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a", None])))
print(isinstance(1, int), isinstance("s", (int, str)), issubclass(KeyError, LookupError))
print(chr(65), ord("a"), hex(16), oct(16), bin(16), int("10", 2), round(3.14159, 3))
print(repr("x"), str(5), ascii("é"), format(42, "08b"), divmod(7, -2))
print(type(3).__name__, type("x") is str, type(type), callable(len), hash("a") == hash("a"))
print(list(range(3)), tuple([1]), set([1, 1]), dict(a=1), frozenset(), bool([]), float("1e3"))
print(any([]), all([]), any(x > 2 for x in [1, 3]), pow(2, -1), pow(7, 2, 5))
try:
    len(5)
except TypeError as e:
    print(e)
try:
    int("12x")
except ValueError as e:
    print(e)
try:
    min([])
except ValueError as e:
    print(e)
print(getattr(str, "upper")("q"), hasattr([], "append"), id(1) == id(1))
