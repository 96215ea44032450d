class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
    def __le__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v <= o.v
    def __eq__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v == o.v
    def __repr__(self):
        return "V(%d)" % self.v
print(V(1) < V(2), V(2) > V(1), V(1) <= V(1), V(3) >= V(2), V(1) == V(1), V(1) != V(2))
print(sorted([V(3), V(1), V(2)]), max(V(1), V(5)), min([V(4), V(0)]))
try:
    V(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 > V(1)
except TypeError as e:
    print(type(e).__name__, e)
print(V(1) == 1, 1 == V(1), V(1) != "x")
class Any:
    def __eq__(self, o):
        print("Any.__eq__")
        return True
    def __gt__(self, o):
        return "gt"
print(5 == Any(), Any() == 5, 3 < Any())
class Base:
    def __eq__(self, o):
        print("Base.eq")
        return NotImplemented
class Derived(Base):
    def __eq__(self, o):
        print("Derived.eq")
        return True
print(Base() == Derived())
class Chain:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
print(Chain(1) < Chain(2) < Chain(3), Chain(3) < Chain(2) < Chain(1))
print([V(1), V(2)] == [V(1), V(2)], (V(1),) < (V(2),), V(2) in [V(1), V(2)])
