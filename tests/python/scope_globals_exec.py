# exec/eval with globals() read and write module variables
exec("e1 = 10", globals())
print(e1)
exec("e2 = e1 * 2")
print(e2)
exec("def ef():\n    return e1 + e2\n", globals())
print(ef())
e1 = 100
print(ef())
print(eval("e1 + 1", globals()))
ns = {}
exec("a = 1\ndef f():\n    return a\n", ns)
ns["a"] = 5
print(ns["f"](), sorted(k for k in ns if k != "__builtins__"))
exec("def setg():\n    global e3\n    e3 = 'g'\nsetg()", globals(), {})
print(e3)
exec("del e2", globals())
print("e2" in globals())
