d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d.pop("zz", "none"), d)
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d.update({"x": 1}, y=2)
d.update([("p", 0)])
print(d)
print(d.popitem(), d)
e = d.copy(); e["new"] = 1
print(len(d), len(e))
del e["new"]
print(e == d, dict.fromkeys("ab", 0), dict(a=1, b=2), dict([(1, 2)]), dict(zip("xy", [1, 2])))
try:
    d["missing"]
except KeyError as err:
    print("KeyError", err)
d.clear(); print(d, bool(d))
ks = {1: "a", 2: "b"}.keys()
print(ks, 1 in ks, len(ks), {1: 'x'}.items())
