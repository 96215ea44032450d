from collections import Counter
print(Counter('zzyyyx'), repr(Counter()), str(Counter(b=1, a=1)))
print(Counter({1: 5, 2: 7, 3: 7}), Counter({'x': 0, 'y': -3}))
print([Counter('aa')], f'{Counter("ab")!r}')
c = Counter(a=1)
c['b'] = 'str'
print(repr(c))
