# Exceptions with instance attributes (0 to 7 of them), together with
# args, __cause__, __context__ and vars().
class MyError(Exception):
    def __init__(self, msg, code, extra=None):
        super().__init__(msg, code)
        self.msg = msg
        self.code = code
        if extra is not None:
            for i, v in enumerate(extra):
                setattr(self, "e%d" % i, v)


for n in [0, 1, 2, 3, 4, 7]:
    try:
        raise MyError("m%d" % n, n, list(range(n)))
    except MyError as err:
        got = [getattr(err, "e%d" % i) for i in range(n)]
        print(n, err.args, err.msg, err.code, got, str(err))
        print("  ", sorted(vars(err)))

try:
    try:
        raise MyError("inner", 1, [1, 2, 3, 4])
    except MyError as inner:
        inner.seen = True
        raise ValueError("outer") from inner
except ValueError as outer:
    c = outer.__cause__
    print(type(c).__name__, c.seen, c.e3, c.args, outer.__suppress_context__)
    outer.detail = "d"
    outer.more = [1]
    outer.a = 1
    outer.b = 2
    print(outer.detail, outer.more, outer.b, sorted(vars(outer)), outer.args)
    del outer.more
    print(hasattr(outer, "more"), outer.a, outer.b, outer.detail)


class Plain(Exception):
    pass


p = Plain("x", "y")
print(vars(p), p.args)
p.args = ("z",)
p.one = 1
p.two = 2
p.three = 3
p.four = 4
print(p.args, str(p), p.four, vars(p))
del p.two
print(vars(p))

e = KeyError("k")
e.where = "here"
print(repr(e), e.where, vars(e))
e2 = OSError(2, "No such file")
e2.hint = "h"
print(e2.errno, e2.strerror, e2.hint)
