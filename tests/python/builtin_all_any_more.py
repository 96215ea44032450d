print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, 3]))
print(all(x > 0 for x in range(1, 5)), any(c == "z" for c in "abc"), all("abc"), any(""))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in [1, 2, 3, 4, 5]), seen)
seen.clear()
print(all(check(x) for x in [3, 4, 1, 5]), seen)
print(all({}), any({0: 1}), any({1: 0}), all(iter([1, 1])), any(range(0)))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
class It:
    def __iter__(self):
        return iter([0, 0, 7])
print(any(It()), all(It()))
