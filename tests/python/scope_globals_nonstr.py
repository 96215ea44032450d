# non-identifier str keys are stored; names still resolve
g = globals()
g["not an identifier"] = 1
print(g["not an identifier"])
g["x"] = 2
print(x)
print(eval("x + 1"))
copy = dict(g)
print(copy["x"], copy is g)
g2 = {"y": 5}
print(eval("y * 2", g2), "__builtins__" in g2)
