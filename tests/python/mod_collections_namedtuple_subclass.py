from collections import namedtuple
class Point(namedtuple('Point', 'x y')):
    __slots__ = ()
    @property
    def hypot(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return 'Point: x=%6.3f  y=%6.3f  hypot=%6.3f' % (self.x, self.y, self.hypot)
for p in Point(3, 4), Point(14, 5 / 7):
    print(p)
print(repr(Point(1, 2)), Point(1, 2)._replace(x=5), Point._make([7, 8]), type(Point._make([7, 8])).__name__)
Point3D = namedtuple('Point3D', Point._fields + ('z',))
print(Point3D(1, 2, 3), Point3D._fields)
print(Point.__mro__[1].__name__, issubclass(Point, tuple))
