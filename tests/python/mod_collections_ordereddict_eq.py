from collections import OrderedDict
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
d = {'y': 2, 'x': 1}
print(a == b, a != b, a == d, d == a, b == d, a == dict(a))
print(a == OrderedDict([('x', 1), ('y', 2)]), a == OrderedDict([('x', 1)]), a == [('x', 1), ('y', 2)])
c = a.copy()
print(c, c == a, c is a, type(c).__name__)
c['z'] = 0
print(a, c, a | {'q': 1}, type(a | {'q': 1}).__name__)
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__)
