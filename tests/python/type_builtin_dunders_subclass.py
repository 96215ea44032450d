# Subclasses of int, str, list, dict, set, tuple and float that override
# special methods and call the builtin type's own (int.__add__(self, o),
# super().__len__(), ...); reflected operators with user classes.
class Money(int):
    def __add__(self, o):
        r = int.__add__(self, o)
        if r is NotImplemented:
            return r
        return Money(r)
    __radd__ = __add__
    def __sub__(self, o):
        return Money(super().__sub__(o))
    def __repr__(self):
        return "Money(" + int.__repr__(self) + ")"
    def __eq__(self, o):
        return int.__eq__(self, o)
    __hash__ = int.__hash__

m = Money(5)
print(m + 3, 3 + m, m + m, m - 2, repr(m), m == 5, hash(m), {m: 1}[5])
print(m + 2.5, 2.5 + m, type(m + 2.5).__name__)
print(sum([Money(1), Money(2)], Money(0)))
print(m * 2, type(m * 2).__name__, -m, abs(Money(-3)), m > 3, m < 3.5)

class MyInt(int):
    pass
a = MyInt(7)
print(a + 1, 1 + a, a.real, a.imag, a.numerator, a.denominator, a.__add__(1), int.__add__(a, a),
      a.__radd__(3), a.bit_length())
print(a.__class__.__name__, hash(a) == hash(7), a.__hash__() == 7, a.__bool__(), MyInt(0).__bool__())
try:
    a.real = 3
except AttributeError as e:
    print("AttributeError", e)

class L(list):
    def __getitem__(self, i):
        print("get", i)
        return list.__getitem__(self, i)
    def __len__(self):
        return super().__len__() * 10
    def __add__(self, o):
        return L(super().__add__(o))
    def __iadd__(self, o):
        print("iadd")
        return super().__iadd__(o)
    def __contains__(self, x):
        return list.__contains__(self, x) or x == 99
l = L([1, 2, 3])
print(l[0], len(l), l.__len__(), list.__len__(l), 99 in l, 2 in l, 5 in l)
l2 = l + [4]
print(type(l2).__name__, list(l2))
l += [5]
print(type(l).__name__, list(l))
print(l.__repr__(), repr(l), str(l), list.__repr__(l))
print(sorted(L([3, 1, 2])), L([1]) == [1], [1] == L([1]), L([1]).__eq__([1]), list.__eq__([1], L([1])))
try:
    hash(L())
except TypeError as e:
    print("TypeError", e)
print(L.__hash__, list.__hash__)

class D(dict):
    def __missing__(self, k):
        return k * 2
    def __getitem__(self, k):
        return dict.__getitem__(self, k) + 1
d = D(a=1)
print(d["a"], d[5], d.__getitem__(3), dict.__getitem__(d, "a"), d.get("zz"), len(d), d.__len__())
print(d | {"b": 2}, {"b": 2} | d, type(d | {}).__name__)
d |= {"c": 3}
print(type(d).__name__, sorted(d.keys()))

class S(set):
    def __or__(self, o):
        return S(set.__or__(self, o))
s = S({1})
print(type(s | {2}).__name__, sorted(s | {2}), sorted({2} | s), type({2} | s).__name__)

class T(tuple):
    def __add__(self, o):
        return T(tuple.__add__(self, o))
t = T((1, 2))
print(type(t + (3,)).__name__, t + (3,), (0,) + t, t.__getitem__(0), t.__hash__() == hash((1, 2)))

class F(float):
    def __truediv__(self, o):
        return F(float.__truediv__(self, o) * 2)
f = F(3.0)
print(f / 2, 6 / f, f.__rtruediv__(6), f.real, f.imag, f.__floor__(), f.__round__(), f.__trunc__())

# reflected ops with user classes
class V:
    def __init__(self, x): self.x = x
    def __radd__(self, o):
        return "radd " + repr(o)
    def __rsub__(self, o):
        return NotImplemented
    def __eq__(self, o):
        return "eq"
    def __lt__(self, o):
        return "lt"
    def __gt__(self, o):
        return "gt " + repr(o)
print(1 + V(1), [1] + V(1), "s" + V(1), (1,) + V(2), 1.5 + V(0))
try:
    1 - V(1)
except TypeError as e:
    print("TypeError", e)
print(1 == V(1), 1 < V(1), V(1) > 1, (1).__lt__(V(1)), (1).__eq__(V(1)))
print(int.__add__(1, V(1)), int.__radd__(1, V(1)), [].__add__ is not None)
try:
    [].__add__(V(1))
except TypeError as e:
    print("TypeError", e)
class S(str):
    def __add__(self, o):
        return S(str.__add__(self, o) + "!")
    def __len__(self):
        return str.__len__(self) * 2
    def shout(self):
        return self.upper() + "!"
s = S("ab")
print(s, repr(s), str(s), len(s), s + "c", "c" + s, type(s + "c").__name__, type("c" + s).__name__)
print(s.shout(), s.upper(), type(s.upper()).__name__, s[0], s[::-1], list(s), "a" in s, s * 2, 2 * s)
print(s == "ab", "ab" == s, hash(s) == hash("ab"), {s: 1}["ab"], {"ab": 2}[s], s < "b", sorted([S("b"), "a"]))
print(f"{s}", "%s|%r" % (s, s), "-".join([str(s), "x"]), isinstance(s, str), issubclass(S, str), S.__mro__)
print(s.__len__(), str.__len__(s), s.__getitem__(1), s.__contains__("b"), s.__hash__() == hash("ab"),
      s.__eq__("ab"))
print(bool(S("")), bool(s), s.startswith("a"), s.split("b"), s.replace("a", "z"))
class Tag(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def __init__(self, v):
        self.orig = v
t = Tag("hi")
print(t, t.orig, type(t).__name__, t + "x", t.lower())
class P(str):
    def __str__(self):
        return "P<" + str.__str__(self) + ">"
    def __repr__(self):
        return "P(" + str.__repr__(self) + ")"
p = P("z")
print(p, str(p), repr(p), [p], "%s" % p, p.__str__())
print(S("a,b").split(","), S.__name__, S("x").__class__.__name__)


# the builtin dunders found on a subclass do not count as overrides
class N(int):
    pass
class LL(list):
    pass
class DD(dict):
    pass
n = N(4)
print(n + 1, n * n, n < 5, n == 4, -n, ~n, abs(N(-2)), n ** 2, divmod(n, 3), round(N(7), -1), hash(n), bool(N(0)))
print(N.__add__ is int.__add__, LL.__len__ is list.__len__, "__add__" in N.__dict__, N.__hash__ is int.__hash__)
ll = LL([3, 1])
ll += [2]
ll *= 2
print(type(ll).__name__, ll, len(ll), ll[0], ll[-1], 3 in ll, sorted(ll), ll == [3, 1, 2, 3, 1, 2], ll.__len__())
print([0] + LL([1]), (0,) + T((1,)), "x" + S("y"), 2 * LL([1]), LL([1]) * 2)
dd = DD(a=1)
dd["b"] = 2
print(dd, len(dd), "a" in dd, dd["a"], dd.__getitem__("b"), dd | {"c": 3}, list(dd.__reversed__()))
try:
    dd["zz"]
except KeyError as e:
    print("KeyError", e)
try:
    {LL(): 1}
except TypeError as e:
    print("TypeError", e)
print({N(1): "one"}[1], {1: "x"}[N(1)], {S("k"): 1}["k"], {(1, 2): 3}[T((1, 2))])

# super() calls into the builtin dunders, several levels down
class A(list):
    def __getitem__(self, i):
        return ("A", super().__getitem__(i))
class B(A):
    def __getitem__(self, i):
        return ("B", super().__getitem__(i))
print(B([5, 6])[1], A([7])[0], list.__getitem__(B([8]), 0))

class Cmp(int):
    def __lt__(self, o):
        print("Cmp.__lt__")
        return super().__lt__(o)
    def __eq__(self, o):
        return int.__eq__(self, o) is True
    __hash__ = int.__hash__
print(Cmp(1) < 2, Cmp(3) < 2, Cmp(1) < 2.5, sorted([Cmp(3), Cmp(1)]), Cmp(1) == 1, Cmp(1) == 1.0)
