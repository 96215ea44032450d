import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs) + 1
    return wrapper
@deco
def compute(x):
    """Compute things."""
    return x * 2
print(compute(5), compute.__name__, compute.__doc__, compute.__wrapped__(5))
print(compute.__qualname__, compute.__module__)
def orig():
    pass
orig.custom = 42
@functools.wraps(orig)
def other():
    pass
print(other.__name__, other.custom, other.__wrapped__ is orig, other.__doc__)
def plain():
    "plain doc"
def w2():
    pass
r = functools.update_wrapper(w2, plain)
print(r is w2, w2.__name__, w2.__doc__, w2.__wrapped__ is plain)
def w3():
    pass
functools.update_wrapper(w3, plain, assigned=('__doc__',), updated=())
print(w3.__name__, w3.__doc__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
