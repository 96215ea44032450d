def show(e):
    c = e.__cause__; x = e.__context__
    print(type(e).__name__, e, "| cause:", type(c).__name__ if c else None,
          "| context:", type(x).__name__ if x else None, "| suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("v")
except ValueError as e:
    show(e)
try:
    try:
        {}["k"]
    except KeyError as k:
        raise TypeError("t") from k
except TypeError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("n") from None
except ValueError as e:
    show(e)
try:
    raise ValueError("plain")
except ValueError as e:
    show(e)
e = RuntimeError("r")
e.__cause__ = KeyError("c")
print(e.__suppress_context__, type(e.__cause__).__name__)
try:
    try:
        raise KeyError("a")
    finally:
        try:
            raise IndexError("b")
        except IndexError as ie:
            show(ie)
except KeyError as ke:
    show(ke)
try:
    raise TypeError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
def nested():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise KeyError(2)
        except KeyError as inner:
            return inner
r = nested(); show(r)
