from collections import defaultdict
def tree():
    return defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
t['a']['x'] = 2
def plain(d):
    return {k: plain(v) if isinstance(v, dict) else v for k, v in d.items()}
print(plain(t))
g = defaultdict(lambda: defaultdict(int))
g['u']['v'] += 3
g['u']['w'] += 1
g['z']['v'] -= 1
print({k: dict(v) for k, v in g.items()})
c = defaultdict(int).copy()
print(type(c).__name__, c.default_factory)
d = defaultdict(list, {'a': [1]})
e = d.copy()
e['b'].append(2)
print(d, e, d | {'z': 0}, type(d | {'z': 0}).__name__)
