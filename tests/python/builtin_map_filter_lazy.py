calls = []
def f(x):
    calls.append(x)
    return x * 2
m = map(f, [1, 2, 3])
print(calls)
print(next(m), calls)
print(list(m), calls)
calls.clear()
fl = filter(lambda x: calls.append(x) or x > 1, [0, 1, 2, 3])
print(next(fl), calls)
z = zip(map(f, [1, 2]), "ab")
print(list(z))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
def gen():
    yield 1
    yield 2
    print("gen done")
print(list(map(str, gen())))
e = enumerate(map(f, [5]))
print(list(e))
print(any(map(lambda x: x > 1, [0, 2])), all(filter(None, [])), sorted(filter(None, [3, 0, 1])))
