def g():
    x = yield 1
    print("got", x)
    try:
        y = yield 2
        print("got", y)
    except ValueError as e:
        print("caught", type(e).__name__, e)
        yield 99
    finally:
        print("finally")
    return "done"
it = g()
print(next(it))
print(it.send("a"))
print(it.throw(ValueError("boom")))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value, e.args)
it = g()
try:
    it.send(5)
except TypeError as e:
    print(type(e).__name__, e)
next(it)
it.close()
print("closed")
try:
    next(it)
except StopIteration as e:
    print("stop again", e.args)
def h():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
h1 = h(); next(h1); h1.close()
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad(); next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def ret():
    return 5
    yield
try:
    next(ret())
except StopIteration as e:
    print(e.value)
def unstarted():
    yield 1
u = unstarted()
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(list(u))
