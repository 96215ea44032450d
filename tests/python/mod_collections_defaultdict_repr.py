from collections import defaultdict
print(defaultdict(list), defaultdict(int, {'a': 1}), defaultdict(None, {1: 2}))
print(repr(defaultdict(dict)), repr(defaultdict(str, x='y')))
d = defaultdict(list)
d[1].append(d[2])
print(d)
print(str(defaultdict(tuple)), [defaultdict(set)])
