def f():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return "done"
print(f())
def g():
    try:
        try:
            raise KeyError("x")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", e)
        return "from except"
    finally:
        print("outer finally")
print(g())
def h():
    while True:
        try:
            return "ret"
        finally:
            print("h finally")
print(h())
def nested():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError as e2:
            print("inner", e2)
        print("still handling")
    return 1
print(nested())
x = 0
try:
    x = 1
except Exception:
    x = 2
else:
    x += 10
finally:
    x += 100
print(x)
