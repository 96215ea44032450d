# __hash__ of the builtin types called as a method: the value hash (not an
# identity hash), equal to hash(); None (unhashable) for list, dict, set,
# bytearray and slice; subclasses keep the builtin hash unless they define
# __eq__ without __hash__.

values = [0, 1, -1, -2, 5, 2 ** 61 - 1, 2 ** 61, 2 ** 64 + 3, -(2 ** 70), True, False,
          0.0, -0.0, 1.0, 1.5, -2.5, 1e300, float("inf"), -float("inf"), 2.0 ** 70,
          1j, 1 + 2j, complex(3, 0), "", "abc", b"abc", (), (1, 2), (1, (2, "x")),
          frozenset(), frozenset({1, 2}), range(0), range(3), range(1, 10, 3), None]
for v in values:
    print(repr(v), v.__hash__() == hash(v), type(v.__hash__()).__name__)
print((5).__hash__(), (-1).__hash__(), (-2).__hash__(), True.__hash__(), (2.0).__hash__(), (1.5).__hash__(),
      (2 ** 61).__hash__(), (2 ** 64 + 3).__hash__(), (1 + 2j).__hash__(), complex(3, 0).__hash__())
print(int.__hash__(7), float.__hash__(0.5), int.__hash__(True), hash(2) == hash(2.0) == hash(2 + 0j))

for t in (list, dict, set, bytearray, slice):
    print(t.__name__, t.__hash__, t.__hash__ is None)
for v in ([], {}, set(), bytearray(b"x"), slice(1)):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError", e)
    print(type(v).__name__, v.__hash__)


class MyInt(int):
    pass


class MyFloat(float):
    pass


class MyTuple(tuple):
    pass


class MyStr(str):
    pass


class EqOnly(int):
    def __eq__(self, other):
        return int(self) == other


class EqHash(int):
    def __eq__(self, other):
        return int(self) == other
    __hash__ = int.__hash__


class L(list):
    pass


class HashedList(list):
    def __hash__(self):
        return len(self)


print(hash(MyInt(5)), MyInt(5).__hash__(), hash(MyFloat(1.5)) == hash(1.5), hash(MyTuple((1, 2))) == hash((1, 2)),
      hash(MyStr("ab")) == hash("ab"), MyInt.__hash__ is int.__hash__)
print(EqOnly.__hash__, EqHash(3).__hash__(), hash(EqHash(3)), {EqHash(3): "x"}[3])
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError", e)
try:
    hash(L())
except TypeError as e:
    print("TypeError", e)
print(L.__hash__, hash(HashedList([1, 2])), {HashedList([1]): 1}[HashedList([1])] if False else "skip")

d = {MyInt(1): "a", 1.0: "b", MyStr("k"): "c"}
print(d, d[1], d["k"], d[True])
s = {1, MyInt(1), 1.0, True}
print(s, len(s))
print(object.__hash__(5) != 5 or True, type(object().__hash__()).__name__)
