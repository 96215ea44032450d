# collections.ChainMap: lookups through the maps, writes to the first.
from collections import ChainMap

a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
cm = ChainMap(a, b)
print(cm, cm['x'], cm['y'], cm['z'], len(cm), list(cm), list(cm.keys()), list(cm.values()), list(cm.items()))
print('z' in cm, 'q' in cm, cm.get('q', 5), cm.get('z'), bool(cm), bool(ChainMap()), bool(ChainMap({}, {1: 2})))
cm['w'] = 0
print(a, b)
try:
    del cm['z']
except KeyError as e:
    print('KeyError', e)
del cm['w']
print(a)
child = cm.new_child({'x': 100})
print(child, child['x'], child.parents['x'], child.maps[0], len(child.maps), child.parents == cm)
print(cm.new_child(), cm.new_child(m={'k': 1}, extra=2))
print(dict(cm), cm == {'x': 1, 'y': 2, 'z': 30}, cm != {'x': 1}, ChainMap({'a': 1}) == ChainMap({}, {'a': 1}))
print(cm.copy(), cm.copy().maps[0] is a, ChainMap.fromkeys('ab', 0), ChainMap.fromkeys('c'))
print(cm | {'k': 1}, {'k': 1} | cm, type({'k': 1} | cm).__name__)
cm2 = ChainMap({'p': 1}, {'q': 2})
cm2 |= {'r': 3}
print(cm2)
print(cm2.pop('p'), cm2.pop('zz', 'dflt'))
try:
    cm2.pop('q')
except KeyError as e:
    print('KeyError', e)
print(cm2.popitem(), cm2)
try:
    cm2.popitem()
except KeyError as e:
    print('KeyError', e)
cm2.clear()
print(cm2, cm2.maps)
try:
    ChainMap()['nope']
except KeyError as e:
    print('KeyError', e)


class Defaulting(ChainMap):
    def __missing__(self, key):
        return 'missing ' + str(key)


print(Defaulting({'a': 1})['b'], Defaulting({'a': 1})['a'])
cm3 = ChainMap({'a': 1})
cm3.update({'b': 2}, c=3)
print(cm3.setdefault('a', 9), cm3.setdefault('d', 4), cm3)
rec = ChainMap({})
rec.maps[0]['self'] = rec
print(rec)
# iteration order: first appearance from the last map to the first
print(list(ChainMap({'c': 1, 'a': 2}, {'b': 3, 'a': 4}, {'d': 5, 'b': 6})))
