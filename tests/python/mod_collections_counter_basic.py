from collections import Counter
c = Counter('abracadabra')
print(c['a'], c['b'], c['z'], len(c), 'z' in c)
print(sorted(c.items()), c.total(), sum(c.values()))
c2 = Counter({'red': 4, 'blue': 2})
c3 = Counter(cats=4, dogs=8)
print(c2, c3, Counter(), Counter([]))
print(Counter(['x', 'y', 'x']), Counter((1, 1, 2)), Counter(range(3)))
c['a'] = 0
print(c['a'], 'a' in c)
del c['a']
del c['never']
print('a' in c, isinstance(c, dict), type(c).__name__)
