from collections import namedtuple
Acc = namedtuple('Acc', ['typ', 'balance', 'extra'], defaults=[0, None])
print(Acc('premium'), Acc('x', 5), Acc('y', 1, 2), Acc._field_defaults)
print(Acc.__new__.__defaults__)
All = namedtuple('All', 'a b', defaults=(1, 2))
print(All(), All(9), All(b=7))
try:
    namedtuple('Bad', 'a', defaults=(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
One = namedtuple('One', 'v')
print(One(1), One(v=2), One._fields)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, len(Empty()))
