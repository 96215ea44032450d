class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
for x in Countdown(2):
    print("tick", x)
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
d = {"a": 1, "b": 2}
print(list(iter(d)), list(d.values()), list(d.items()))
m = map(str, [1, 2, 3])
print(list(m), list(m))
e = enumerate(["x", "y"])
print(next(e), list(e))
print(list(zip(*[(1, 'a'), (2, 'b')])))
