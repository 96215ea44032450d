"""Helper module imported by scope_globals_module*.py (not a test itself)."""
counter = 0


def bump():
    global counter
    counter += 1
    return counter


def read(name):
    return globals().get(name, "missing")


def my_globals():
    return globals()
