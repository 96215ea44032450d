class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def dist2(self):
        return self.x ** 2 + self.y ** 2
p = Point(1, 2)
q = Point(3, 4)
print(p, q, p + q, (p + q).dist2(), Point.count)
print(p == Point(1, 2), p != q, p in [q, Point(1, 2)], len({p, Point(1, 2), q}))
print(str(p), repr([p]), f"{p!r}")
p.z = 10
print(p.z, hasattr(p, "z"), hasattr(p, "w"), getattr(p, "w", "dflt"))
setattr(p, "w", 5)
del p.z
print(p.w, hasattr(p, "z"), sorted(vars(p).items()))
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(p, object))
try:
    p.missing
except AttributeError as e:
    print(e)
