def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally"
print(f2())
def f3():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("fin", i)
    return i
print(f3())
def f4():
    try:
        raise ValueError("x")
    finally:
        return "swallowed"
print(f4())
def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f5())
def f6():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            continue
        finally:
            print("f6", i)
print(f6())
def f7():
    try:
        try:
            raise ValueError("in")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    else:
        print("no")
    finally:
        print("outer finally")
f7()
def f8():
    while True:
        try:
            return "ret"
        finally:
            break
    return "after break"
print(f8())
def f9():
    try:
        pass
    except Exception:
        print("no")
    else:
        return "else"
    finally:
        print("f9 fin")
print(f9())
