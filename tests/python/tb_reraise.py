def inner():
    raise TypeError("bad type")
def outer():
    try:
        inner()
    except TypeError:
        print("logging and re-raising")
        raise
outer()
