# globals() is the live module namespace: writes through it are names
globals()["x"] = 1
print(x)
globals()["x"] += 41
print(x)


def show():
    return x


print(show())
globals()["show_count"] = 3
print(show_count, "show_count" in globals())
for i in range(5):
    globals()["v%d" % i] = i * i
print(v0, v1, v2, v3, v4)
print(globals().get("v4"), globals().get("nope", "dflt"))
print(globals().setdefault("x", 0), globals().setdefault("fresh", "new"), fresh)
