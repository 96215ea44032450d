def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
    yield from [4, 5]
    yield from range(6, 8)
print(list(outer()))
def tree(n):
    if n == 0:
        yield "leaf"
        return
    yield "node%d" % n
    yield from tree(n - 1)
    yield from tree(n - 1)
print(list(tree(2)))
def relay():
    x = yield from acc()
    yield "total " + str(x)
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
r = relay()
print(next(r), r.send(5), r.send(10), r.send(None))
def flatten(x):
    for i in x:
        if isinstance(i, list):
            yield from flatten(i)
        else:
            yield i
print(list(flatten([1, [2, [3, 4], 5], [[6]]])))
