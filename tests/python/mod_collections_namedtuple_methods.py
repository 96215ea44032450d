from collections import namedtuple
Car = namedtuple('Car', 'make model year')
c = Car._make(['ford', 'T', 1908])
print(c, c._replace(year=1910), c._replace(), c)
print(c._asdict(), type(c._asdict()).__name__)
try:
    c._replace(color='red')
except ValueError as e:
    print(type(e).__name__, e)
try:
    Car._make([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print(Car._make(iter('abc')), Car._field_defaults)
d = {'make': 'vw', 'model': 'beetle', 'year': 1938}
print(Car(**d), Car(*d.values()))
try:
    c.make = 'x'
except AttributeError as e:
    print(type(e).__name__, e)
try:
    c.color = 'x'
except AttributeError as e:
    print(type(e).__name__, e)
