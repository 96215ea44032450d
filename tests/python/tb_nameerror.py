def f():
    return missing_name + 1
def g():
    return f()
print("start")
g()
