# Subclasses of list, dict, tuple, set, int with instance attributes:
# the builtin value and the attributes live side by side.
class L(list):
    def __init__(self, items, name):
        list.__init__(self, items)
        self.name = name
        self.hits = 0

    def get(self, i):
        self.hits += 1
        return self[i]


lst = L([3, 1, 2], "nums")
lst.append(0)
lst.sort()
print(lst, len(lst), lst.name, lst.get(1), lst.get(2), lst.hits)
for i in range(6):
    setattr(lst, "x%d" % i, i)
print(lst, lst.x0, lst.x5, sorted(vars(lst)))
del lst.x2
lst.extend([7, 8])
print(lst, hasattr(lst, "x2"), lst.x3, bool(lst), 7 in lst, sum(lst))
print(vars(lst))


class D(dict):
    pass


d = D(a=1)
d["b"] = 2
d.tag = "t"
d.n1 = 1
d.n2 = 2
d.n3 = 3
print(sorted(d.items()), d.tag, d.n3, len(d), "a" in d, "tag" in d)
print(vars(d))
d.__dict__["extra"] = 5
print(d.extra, sorted(d), sorted(vars(d)))
del d.tag
print(hasattr(d, "tag"), d.n1, d.n2, d.n3, d["a"])


class T(tuple):
    pass


t = T((1, 2, 3))
t.label = "three"
t.a = 1
t.b = 2
t.c = 3
print(t, t.label, len(t), t[1], t.c, hash(t) == hash((1, 2, 3)), vars(t))


class S(set):
    def __init__(self, items=()):
        set.__init__(self, items)
        self.count = len(self)


s = S([1, 2, 2, 3])
s.add(4)
s.a = 1
s.b = 2
s.c = 3
s.d = 4
print(sorted(s), s.count, s.a, s.d, len(s), sorted(vars(s)))


class I(int):
    pass


i = I(41)
i.note = "answer-1"
i.p = 1
i.q = 2
i.r = 3
print(i + 1, i.note, i.r, vars(i), i * 2, i == 41)


class Empty(list):
    pass


e = Empty()
print(e, len(e), vars(e), bool(e))
e.append(1)
print(e, bool(e))
