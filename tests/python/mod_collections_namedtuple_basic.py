from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x, p.y, p[0], p[1], p[-1], len(p))
x, y = p
print(x, y, p == (11, 22), p == Point(11, 22), tuple(p), list(p))
print(Point._fields, Point.__name__, Point.__doc__, p._asdict())
print(isinstance(p, tuple), type(p).__name__, hash(p) == hash((11, 22)), p < Point(11, 23))
P3 = namedtuple('P3', 'a b c')
P4 = namedtuple('P4', 'a, b,c')
print(P3(1, 2, 3), P4(1, 2, 3), P3._fields == P4._fields)
print(p + (33,), p * 2, p[:1], p.count(11), p.index(22), 22 in p)
print(sorted([Point(2, 1), Point(1, 2)]), max(Point(1, 5), Point(1, 3)))
print({p: 'v'}[(11, 22)], '%s %s' % tuple(p))
