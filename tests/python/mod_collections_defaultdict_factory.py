from collections import defaultdict
d = defaultdict()
print(d.default_factory, d)
try:
    d['missing']
except KeyError as e:
    print(type(e).__name__, e)
d2 = defaultdict(lambda: 'dflt', a='x')
print(d2['a'], d2['b'], sorted(d2.items()))
d3 = defaultdict(int, {'k': 5}, j=2)
print(d3, d3['n'], d3)
d3.default_factory = list
print(d3['m'], d3.default_factory)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
counter = [0]
def factory():
    counter[0] += 1
    return counter[0]
d4 = defaultdict(factory)
print(d4['a'], d4['b'], d4['a'], counter, d4.setdefault('c', 99), d4.pop('a'), sorted(d4.items()))
