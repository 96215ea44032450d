from collections import defaultdict
d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d, d['a'], len(d))
print(d['zz'], d, 'q' in d, d.get('q'), len(d))
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()), c.default_factory)
s = defaultdict(set)
s['x'].add(1)
s['x'].add(1)
print(s)
print(isinstance(d, dict), type(d).__name__, dict(c) == {'m': 1, 'i': 4, 's': 4, 'p': 2})
