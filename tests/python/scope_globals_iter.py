# membership, len, iteration and views follow the module namespace
g = globals()
n0 = len(g)
alpha = 1
print(len(g) - n0)
beta = 2
print(len(g) - n0)
print("alpha" in g, "gamma" in g)
gamma = 3
print("gamma" in g)
names = [k for k in g.keys() if k in ("alpha", "beta", "gamma")]
print(names)
ks = g.keys()
delta = 4
print("delta" in ks)
print([(k, v) for k, v in g.items() if k in ("alpha", "delta")])
print(sum(v for k, v in g.items() if k in ("alpha", "beta", "gamma", "delta")))
print(g["alpha"], g.get("beta"), isinstance(g, dict), type(g).__name__)
try:
    for k in g:
        g["added_in_loop"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
