class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
s = Seq(4)
print(list(s), 9 in s, 5 in s, [x for x in s], sorted(s, reverse=True), tuple(s), max(s))
a, b, c, d = s
print(a, b, c, d, list(enumerate(s)), list(zip(s, "abcd")))
class It:
    def __init__(self):
        self.items = ["x", "y"]
    def __iter__(self):
        return iter(self.items)
print(list(It()), "x" in It(), "z" in It(), "-".join(It()), dict.fromkeys(It()))
class Cont:
    def __contains__(self, x):
        print("contains", x)
        return x == 1
    def __iter__(self):
        return iter([1, 2, 3])
c = Cont()
print(1 in c, 2 in c, 2 not in c)
class Gen:
    def __iter__(self):
        yield 1
        yield 2
print(list(Gen()), sum(Gen()), [x * 10 for x in Gen()])
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NotIter:
    pass
try:
    for x in NotIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in NotIter()
except TypeError as e:
    print(type(e).__name__, e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
cd = Countdown(3)
print(list(cd), list(cd), next(Countdown(5)))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i]
print(list(reversed(Rev())), len(Rev()), list(Rev()))
