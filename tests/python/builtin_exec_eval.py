print(eval("1 + 2"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"))
g = {"a": 5}
exec("b = a + 1\nc = [b] * 2", g)
print(g["b"], g["c"], "a" in g, sorted(k for k in g if k != "__builtins__"))
l = {}
exec("y = 10", {}, l)
print(l)
def f():
    z = 3
    return eval("z + 1")
print(f())
x = 100
print(eval("x"), eval("x", {"x": 1}), eval("x + y", {"x": 1}, {"y": 2}))
exec("def sq(n):\n    return n * n\n", g)
print(g["sq"](7))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print(type(e).__name__, e)
print(exec("1"), eval("  42  "), eval("'s' * 2"))
exec("global_from_exec = 7")
print(global_from_exec)
ns = {}
exec("class K:\n    v = 4\n", ns)
print(ns["K"].v, ns["K"].__name__)
print(eval("(lambda q: q + 1)(1)"))
