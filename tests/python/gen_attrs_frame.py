# Generator attributes: gi_frame (with f_lineno, f_code, f_locals,
# f_globals, f_back), gi_code, gi_running, gi_suspended, gi_yieldfrom.


def counter(n):
    total = 0
    for i in range(n):
        total += i
        yield total
    return total


def delegating():
    yield "start"
    r = yield from counter(3)
    yield ("done", r)


g = counter(3)
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom, g.gi_code.co_name, g.gi_code is counter.__code__)
f = g.gi_frame
print(type(f).__name__, f.f_code.co_name, f.f_locals, f.f_globals is globals(), f.f_back)
print(next(g), g.gi_suspended, g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
print(next(g), g.gi_frame.f_locals["total"], g.gi_frame is f)
print(list(g), g.gi_frame, g.gi_suspended, g.gi_running, g.gi_yieldfrom)

d = delegating()
print(next(d), d.gi_yieldfrom)
print(next(d), type(d.gi_yieldfrom).__name__, d.gi_yieldfrom.__name__, d.gi_yieldfrom.gi_suspended)
print(list(d), d.gi_yieldfrom, d.gi_frame)


def watcher():
    me = yield
    yield (me.gi_running, me.gi_suspended, me.gi_frame.f_lineno)


w = watcher()
next(w)
print(w.send(w))
print(w.__name__, w.__qualname__, counter(1).__qualname__, "gi_frame" in dir(w), "gi_yieldfrom" in dir(w))
for bad in ("gi_frame", "gi_code", "gi_suspended"):
    try:
        setattr(w, bad, 1)
    except AttributeError as e:
        print("AttributeError", bad)
