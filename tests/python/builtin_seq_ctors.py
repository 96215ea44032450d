print(list(), list("ab"), list((1, 2)), list({1: 2}), list(range(3)), list(x * 2 for x in range(3)), list({"a": 1}.items()))
print(tuple(), tuple([1]), tuple("ab"), tuple(range(2)), tuple(tuple([5])), type(tuple()).__name__)
print(set(), sorted(set("hello")), set([1, 1, 2]), set(range(3)), set({1: 2}))
l = [1, 2]
l2 = list(l)
l2.append(3)
print(l, l2, l is not l2)
t = (1, 2)
print(tuple(t) is t, list(t))
for ctor in [list, tuple, set]:
    try:
        ctor(5)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class It:
    def __iter__(self):
        yield 3
        yield 4
print(list(It()), tuple(It()), set(It()))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 10 in Seq(), 15 in Seq())
