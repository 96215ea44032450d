from collections import OrderedDict
od = OrderedDict()
od['z'] = 1
od['a'] = 2
od['m'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od['z'] = 10
print(od)
del od['a']
od['a'] = 5
print(od, len(od), 'a' in od, od.get('q', 0))
print(OrderedDict([('x', 1), ('y', 2)]), OrderedDict(b=1, a=2), OrderedDict({'k': 1}))
print(isinstance(od, dict), type(od).__name__, dict(od))
print(list(reversed(od)), od.pop('z'), od, od.setdefault('new', 7), od)
