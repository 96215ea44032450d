# errors: bad typecodes, wrong item types, index errors
from array import array

for args in [("z",), (1,), ("ii",), ("i", "abc"), ("i", [1.5]), ("f", ["a"]), ("i", ["a"]), ("u", [1]),
             ("u", ["ab"]), ("i", b"\x01\x00")]:
    try:
        print(args[0], array(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = array("i", [1, 2, 3])
tests = [
    ("a[5]", lambda: a[5]),
    ("a[-4]", lambda: a[-4]),
    ("a.pop(9)", lambda: a.pop(9)),
    ("empty pop", lambda: array("i").pop()),
    ("a.index(7)", lambda: a.index(7)),
    ("a.remove(7)", lambda: a.remove(7)),
    ("a + list", lambda: a + [1]),
    ("a + array d", lambda: a + array("d", [1.0])),
    ("a.extend b", lambda: a.extend(array("b", [1]))),
    ("a.fromlist tuple", lambda: a.fromlist((1,))),
    ("a.tounicode", lambda: a.tounicode()),
    ("a.frombytes odd", lambda: a.frombytes(b"123")),
]
for name, f in tests:
    try:
        print(name, f())
    except (TypeError, ValueError, IndexError) as e:
        print(name, type(e).__name__, e)
for name, f in [("setitem", lambda: a.__setitem__(7, 2)), ("setitem float", lambda: a.__setitem__(0, 2.0)),
                ("slice list", lambda: a.__setitem__(slice(0, 2), [5]))]:
    try:
        f()
    except (TypeError, IndexError) as e:
        print(name, type(e).__name__, e)
print(a)
