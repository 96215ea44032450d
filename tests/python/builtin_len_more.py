print(len(""), len("abc"), len([]), len((1, 2)), len({1: 1}), len({1, 2}), len(b"xy"), len(range(0, 10, 3)), len(frozenset([1])))
print(len(bytearray(3)), len({}.keys()), len({1: 2}.values()), len({1: 2}.items()), len("日本"))
class L:
    def __len__(self):
        return 5
print(len(L()), bool(L()))
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print(type(e).__name__, e)
class Bad:
    def __len__(self):
        return "x"
try:
    len(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class Fl:
    def __len__(self):
        return 1.5
try:
    len(Fl())
except TypeError as e:
    print(type(e).__name__, e)
for bad in [5, None, 1.5]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
