def f():
    try:
        raise ValueError("orig")
    except ValueError:
        raise
try:
    f()
except ValueError as e:
    print("reraised", e)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
try:
    try:
        {}["a"]
    except KeyError:
        raise ValueError("during")
except ValueError as e:
    print(e, repr(e.__context__), e.__cause__)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
def cleanup():
    try:
        raise IndexError("i")
    except IndexError as err:
        pass
    try:
        return err
    except NameError as ne:
        return "name cleared"
print(cleanup())
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
