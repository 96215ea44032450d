print([1, 2].__len__(), "abc".__len__(), (1,).__getitem__(0), [5, 6].__getitem__(-1), {"k": 1}.__getitem__("k"))
print([1, 2].__contains__(2), "ab".__contains__("c"), {1}.__contains__(1), {1: 2}.__contains__(1))
it = [1, 2].__iter__()
print(it.__next__(), next(it), it.__iter__() is it)
l = [1, 2, 3]
l.__setitem__(0, 9)
l.__delitem__(1)
print(l, range(5).__len__(), range(5).__getitem__(2), b"ab".__len__())
d = {}
d.__setitem__("a", 1)
print(d, len(d), d.__len__())
class L(list):
    pass
print(L([1, 2]).__len__(), len(L([1])))
e = enumerate("ab")
print(e.__next__(), list(e.__iter__()))
m = map(str, [1])
print(m.__next__())
