# The special methods of the builtin types called directly: int.__add__,
# (5).__radd__(3), [1].__add__([2]), ... with NotImplemented where CPython
# returns it and its TypeErrors.


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
        return
    print(label, "->", repr(r))


# numbers
show("int.__add__", lambda: int.__add__(1, 2))
show("radd", lambda: (5).__radd__(3))
show("rsub", lambda: (7).__rsub__(2))
show("float.__mul__", lambda: float.__mul__(2.0, 3.0))
show("truediv", lambda: (5).__truediv__(2))
show("rtruediv", lambda: (5).__rtruediv__(2))
show("floordiv", lambda: (-7).__floordiv__(2))
show("mod", lambda: (-7).__mod__(3))
show("pow", lambda: (5).__pow__(2))
show("pow neg", lambda: (2).__pow__(-1))
show("pow3", lambda: (2).__pow__(10, 7))
show("rpow3", lambda: (10).__rpow__(2, 7))
show("pow None", lambda: (2).__pow__(10, None))
show("pow float mod", lambda: (2.0).__pow__(2, 5))
show("pow int float mod", lambda: (2).__pow__(3, 5.0))
show("shifts", lambda: ((1).__lshift__(70), (256).__rshift__(4), (3).__rlshift__(1)))
show("bits", lambda: ((12).__and__(10), (12).__or__(3), (12).__xor__(5), (12).__rand__(6)))
show("neg", lambda: (3).__neg__())
show("pos invert abs", lambda: ((3).__pos__(), (5).__invert__(), (-4).__abs__(), (1).__abs__()))
show("bool", lambda: ((1).__bool__(), (0).__bool__(), (0.0).__bool__(), (1j).__bool__()))
show("round", lambda: ((2.5).__round__(), (2.675).__round__(2), (1234).__round__(-2), (5).__round__()))
show("round kw", lambda: (2.675).__round__(ndigits=1))
show("round 1 arg", lambda: (2.675).__round__(1))
show("trunc floor ceil", lambda: ((7.9).__trunc__(), (7.9).__floor__(), (-7.9).__ceil__(), (-7.5).__floor__(),
                                  (7).__trunc__(), True.__floor__()))
show("big floor", lambda: (1e300).__floor__() == int(1e300))
show("inf floor", lambda: float("inf").__floor__())
show("nan ceil", lambda: float("nan").__ceil__())
show("divmod", lambda: ((7).__divmod__(2), (7.5).__divmod__(2), (7).__rdivmod__(2), (7.0).__rdivmod__(2)))
show("divmod float int", lambda: (7).__divmod__(2.0))
show("divmod zero", lambda: (7.0).__divmod__(0))
show("int float", lambda: ((1).__float__(), (1.9).__int__(), (3).__index__(), (1 + 1j).__complex__()))
show("complex", lambda: ((1 + 2j).__add__(1), (1 + 2j).__radd__(1.5), (1 + 2j).__mul__(2j), (1j).__pow__(2)))
show("complex NI", lambda: ((1 + 2j).__add__("a"), (1.0).__add__(1j), (1j).__lt__(1j)))
show("complex eq", lambda: ((1j).__eq__(0), (1 + 0j).__eq__(1), (1 + 0j).__ne__(1.0)))
show("big", lambda: ((2 ** 70).__add__(1), (2 ** 70).__mul__(2 ** 70), (2 ** 70).__neg__(), (2 ** 70).__rsub__(1)))
show("zero div", lambda: (2).__truediv__(0))
show("float zero div", lambda: (2.0).__floordiv__(0.0))
show("int mod zero", lambda: (2).__mod__(0))

# NotImplemented
show("int+float", lambda: int.__add__(1, 2.0))
show("int<str", lambda: (1).__lt__("a"))
show("radd str", lambda: int.__radd__(1, "x"))
show("int==float", lambda: (1).__eq__(1.0))
show("float==int", lambda: (1.0).__eq__(1))
show("int!=float", lambda: (5).__ne__(5.0))
show("float<big", lambda: (1.5).__lt__(2 ** 100))
show("big<float", lambda: (2 ** 100).__lt__(1.5))
show("pow float", lambda: ((2).__pow__(2.0), (2).__rpow__(2.0)))
show("float+str", lambda: (1.5).__add__("a"))
show("list==tuple", lambda: [].__eq__(()))
show("tuple<list", lambda: ().__lt__([]))
show("str==int", lambda: "a".__eq__(1))
show("dict<dict", lambda: {}.__lt__({}))
show("dict|list", lambda: {1: 2}.__or__([]))
show("set|list", lambda: {1}.__or__([2]))
show("set|=list", lambda: {1}.__ior__([1]))
show("range<range", lambda: range(3).__lt__(range(3)))
show("bytes==bytearray", lambda: b"a".__eq__(bytearray(b"a")))
show("str rmod", lambda: str.__rmod__("%s", 3))
show("object<", lambda: (object.__lt__(1, 2), object().__eq__(1), object().__ge__(object())))

# bool
show("bool and", lambda: (True.__and__(True), True.__and__(1), int.__and__(True, True), True.__or__(False),
                          True.__xor__(True), True.__rxor__(False), True.__add__(True)))

# descriptor checks and argument counts
show("wrong self", lambda: int.__add__("a", 1))
show("wrong self neg", lambda: int.__neg__("a"))
show("wrong self lt", lambda: int.__lt__("a", 1))
show("bool self", lambda: bool.__and__(1, 1))
show("list len self", lambda: list.__len__(5))
show("no args", lambda: int.__add__())
show("add 0 args", lambda: (1).__add__())
show("neg 1 arg", lambda: (1).__neg__(2))
show("lt 0 args", lambda: (5).__lt__())
show("pow 0 args", lambda: (2).__pow__())
show("pow 3 args", lambda: (2).__pow__(1, 2, 3))
show("setitem 1 arg", lambda: [].__setitem__(1))
show("kw", lambda: (1).__add__(x=1))
show("getitem 0 args", lambda: [1].__getitem__())
show("format 0 args", lambda: (5).__format__())
show("format int arg", lambda: (5).__format__(3))
show("round 2 args", lambda: (5).__round__(1, 2))
show("trunc 1 arg", lambda: (5).__trunc__(1))
show("type call no args", lambda: type.__call__())
show("type call int", lambda: type.__call__(3))

# sequences
show("list add", lambda: [1].__add__([2]))
show("list add tuple", lambda: [].__add__(()))
show("tuple add", lambda: (1, 2).__add__((3,)))
show("tuple add list", lambda: ().__add__([]))
show("str add", lambda: "a".__add__("b"))
show("str add int", lambda: "a".__add__(1))
show("bytes add", lambda: (b"a".__add__(b"b"), b"a".__add__(bytearray(b"b"))))
show("bytes add str", lambda: b"a".__add__("a"))
show("str mul", lambda: (str.__mul__("a", 3), "ab".__mul__(-1), "a".__rmul__(3), [1].__mul__(True), [1].__rmul__(2)))
show("str mul str", lambda: "a".__mul__("b"))
show("tuple mul float", lambda: (1,).__mul__(2.0))
show("list mul big", lambda: [1].__mul__(2 ** 70))
show("str mod", lambda: ("%s".__mod__(3), "%d-%d".__mod__((1, 2)), "%(a)s".__mod__({"a": 5})))
show("str mod err", lambda: "x%s".__rmod__("a"))
show("bytes mod", lambda: (b"%d".__mod__(3), b"%s-%d".__mod__((b"a", 1)), b"x".__rmod__(3), b"%d" % 4))
show("str cmp", lambda: ("a".__lt__("b"), "b".__le__("a"), "a".__ge__("a"), "a".__ne__("b")))
show("list cmp", lambda: ([1, 2].__lt__([1, 3]), [1].__eq__([1]), [].__ne__([]), (1, 2).__gt__((1,))))
show("contains", lambda: ({1: 2}.__contains__(1), (1, 2).__contains__(2), "ab".__contains__("a"),
                          [1].__contains__(1), {3}.__contains__(3), range(5).__contains__(4)))
show("str contains int", lambda: "ab".__contains__(1))
show("getitem", lambda: ([1, 2].__getitem__(0), [1, 2].__getitem__(slice(0, 1)), "ab".__getitem__(-1),
                         (1, 2).__getitem__(1), {1: 2}.__getitem__(1), range(10).__getitem__(3), b"ab".__getitem__(0)))
show("getitem missing", lambda: {}.__getitem__("k"))
show("getitem range", lambda: [].__getitem__(3))
show("len", lambda: ([1].__len__(), "abc".__len__(), {1: 1}.__len__(), set().__len__(), range(4).__len__(),
                     b"xy".__len__(), (1,).__len__()))
show("iter", lambda: (list("ab".__iter__()), list([3, 4].__iter__()), list({5: 6}.__iter__())))
show("reversed", lambda: (list([1, 2].__reversed__()), list({1: 2, 3: 4}.__reversed__()),
                          list(range(3).__reversed__())))
lst = [1, 2, 3]
lst.__setitem__(0, 9)
lst.__delitem__(1)
print(lst, lst.__iadd__((4, 5)) is lst, lst, lst.__imul__(2) is lst, lst)
show("iadd int", lambda: [].__iadd__(5))
d = {1: 2}
d.__setitem__(3, 4)
d.__delitem__(1)
print(d, d.__ior__([(5, 6)]) is d, d, {1: 2}.__or__({3: 4}), {1: 2}.__ror__({3: 4}))
show("dict ior int", lambda: {}.__ior__(5))

# sets
show("set ops", lambda: ({1, 2}.__or__({3}), {1, 2}.__and__(frozenset({1})), {1, 2}.__sub__({1}),
                         {1, 2}.__xor__({2, 3}), {2}.__rsub__({1, 2})))
show("frozen result", lambda: (frozenset({1}).__or__({2}), {2}.__ror__(frozenset({1})), {1}.__rand__(frozenset({1}))))
s = {1}
print(s.__ior__({2}) is s, s, s.__iand__({2, 3}), s.__isub__({9}), s.__ixor__({7}), s)
show("set cmp", lambda: ({1}.__lt__({1, 2}), {1}.__eq__(frozenset({1})), {1, 2}.__ge__({1}), {1}.__le__([1])))

# views, None, ranges, slices
show("views", lambda: (sorted({1: 2}.keys().__and__([1])), sorted({1: 2}.keys().__rsub__([1, 3])),
                       sorted({1: 2}.items().__or__([(3, 4)])), {1: 2}.keys().__eq__({1}),
                       {}.keys().isdisjoint([1]), {1: 2}.keys().__len__(), {1: 2}.keys().__contains__(1)))
show("view or int", lambda: {}.keys().__or__(5))
show("none", lambda: (None.__bool__(), None.__repr__(), NotImplemented.__repr__(), Ellipsis.__repr__()))
show("range", lambda: (range(3).__eq__(range(0, 3)), range(3).__bool__(), range(0).__bool__(),
                       range(1, 5).__repr__()))
show("slice", lambda: (slice(1, 2).__lt__(slice(1, 3)), slice(1).__eq__(slice(None, 1)), slice(1, 2).__repr__()))

# repr, str, format, hash
show("repr", lambda: ((5).__repr__(), [1, "a"].__repr__(), "x".__str__(), "x".__repr__(), (1.5).__repr__(),
                      {1: 2}.__repr__(), (1,).__repr__(), True.__repr__(), int.__repr__(True)))
show("format", lambda: ((5).__format__("03d"), (1.5).__format__(".2f"), "ab".__format__(">5"),
                        (1 + 1j).__format__(""), True.__format__("")))
show("hash", lambda: ((5).__hash__(), (-1).__hash__(), (2.0).__hash__(), (2 ** 64).__hash__() == hash(2 ** 64),
                      "ab".__hash__() == hash("ab"), (1, 2).__hash__() == hash((1, 2)),
                      frozenset([1]).__hash__() == hash(frozenset([1])), range(3).__hash__() == hash(range(3))))
show("unhashable", lambda: (list.__hash__, dict.__hash__, set.__hash__, slice.__hash__, [].__hash__))
show("sizeof", lambda: ((5).__sizeof__() > 0, [].__sizeof__() > 0, object().__sizeof__() > 0))
show("getnewargs", lambda: ((1).__getnewargs__(), "a".__getnewargs__(), (1.5).__getnewargs__()))

# calls
show("type call", lambda: (type.__call__(int, "3"), type.__call__(list), type.__call__(type, 1)))
show("abs call", lambda: (abs.__call__(-3), len.__call__([1]), (lambda x: x).__call__(5)))
show("method call", lambda: ([1].append.__call__(2), "ab".upper.__call__(), int.__call__("7")))
show("instancecheck", lambda: (type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool),
                               type.__instancecheck__(str, 3)))
show("subclasscheck bad", lambda: type.__subclasscheck__(int, 3))
show("descr get", lambda: (int.__add__.__get__(5)(3), int.real.__get__(7), range.start.__get__(range(4, 9))))
show("descr get bad", lambda: int.real.__get__("a"))
show("descr set", lambda: int.real.__set__(5, 3))

# dir
print([n for n in ("__call__", "__instancecheck__", "__subclasscheck__", "__subclasses__", "__name__", "__bases__",
                   "__mro__", "__dict__", "__module__", "__qualname__", "mro", "__prepare__") if n in dir(type)])
for T in (int, float, str, list, dict, set, tuple, complex, bool, range, object, bytes, frozenset):
    print(T.__name__, [n for n in ("__add__", "__radd__", "__lt__", "__hash__", "__len__", "__call__", "__iter__",
                                   "__neg__", "real", "__or__", "__round__", "__class__", "__repr__",
                                   "__getitem__", "__iadd__", "__contains__", "__bool__", "__mod__")
                       if n in dir(T)])
print("__add__" in dir(5), "__add__" in dir([]), "start" in dir(range(3)), "__call__" in dir(len))
