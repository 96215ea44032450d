print([x * y for x in range(1, 4) for y in range(x) if y])
print({x % 3 for x in range(10)})
print({k: v for k, v in enumerate("hello") if k != 2})
print(sum(x for x in range(100) if x % 7 == 0))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
x = "outer"
print([x for x in range(3)], x)
g = (i * i for i in range(5))
print(next(g), next(g), list(g), list(g))
def scope():
    factor = 3
    return [factor * k for k in range(4)]
print(scope())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
print(sorted({w: len(w) for w in "the quick brown fox jumps".split()}.items(), key=lambda kv: (-kv[1], kv[0])))
