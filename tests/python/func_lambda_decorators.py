square = lambda x: x * x
print(square(7), (lambda *a: sum(a))(1, 2, 3), (lambda x, y=10: x + y)(1))
def deco(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper
@deco
def add(a, b):
    return a + b
print(add(2, 3))
def repeat(n):
    def d(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return d
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def trace(fn):
    fn.calls = 0
    return fn
@trace
def t():
    pass
print(t.calls, t.__name__, add.__name__)
pairs = sorted([(1, "b"), (2, "a"), (0, "c")], key=lambda p: p[1])
print(pairs)
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x % 2, range(7))))
