class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
chain = Node(1, Node(2, Node(3)))
n = chain
vals = []
while n is not None:
    vals.append(getattr(n, "val"))
    n = getattr(n, "next", None)
print(vals)
print(getattr(chain, "missing", None), getattr(chain.next, "val", -1), getattr(None, "x", "none-default"))
for name in ["val", "next", "nope"]:
    print(name, hasattr(chain, name))
setattr(chain, "extra", [1])
getattr(chain, "extra").append(2)
print(chain.extra)
attrs = {"a": 1, "b": 2}
for k, v in attrs.items():
    setattr(chain, k, v)
print(sorted(k for k in vars(chain) if len(k) == 1), chain.a + chain.b)
print(getattr(1, "real"), getattr("s", "upper")(), getattr([], "__len__")())
