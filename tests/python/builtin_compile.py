c = compile("1 + 2", "<s>", "eval")
print(type(c).__name__, eval(c), c.co_filename, c.co_name)
c2 = compile("a = 5\nb = a * 2", "<ex>", "exec")
ns = {}
exec(c2, ns)
print(ns["a"], ns["b"])
exec(c2, ns)
c3 = compile("print('single', 1 + 1)", "<x>", "single")
exec(c3)
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno)
try:
    compile("1", "<s>", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile("a = 1", "<s>", "eval")
except SyntaxError as e:
    print(type(e).__name__)
code = compile("def f(x):\n    return x * 3\nr = f(4)\n", "<f>", "exec")
g = {}
exec(code, g)
print(g["r"], g["f"].__code__.co_name)
print(eval(compile("[1, 2][-1]", "<e>", "eval"), {}))
