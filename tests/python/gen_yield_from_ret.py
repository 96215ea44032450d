def inner():
    a = yield 1
    b = yield a
    return a, b
def outer():
    r = yield from inner()
    print("inner returned", r)
    r2 = yield from [10, 20]
    print("list gives", r2)
    return "outer"
it = outer()
print(next(it)); print(it.send("x")); print(it.send("y")); print(next(it))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
def sub():
    try:
        yield 1
        yield 2
    except ZeroDivisionError:
        yield "handled"
def deleg():
    yield from sub()
d = deleg(); print(next(d)); print(d.throw(ZeroDivisionError)); 
print(list(d))
def closer():
    try:
        yield 1
    finally:
        print("sub closed")
def deleg2():
    yield from closer()
d2 = deleg2(); next(d2); d2.close()
def g3():
    yield from range(3)
    yield from "ab"
    yield from (x * x for x in range(3))
print(list(g3()))
