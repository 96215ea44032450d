from collections import OrderedDict
print(OrderedDict(), repr(OrderedDict()), repr(OrderedDict(a=1)))
print(OrderedDict([(1, 'one'), (2, (2, 2)), (3, [3])]))
print(str(OrderedDict(k=None)), [OrderedDict(x=1)])
od = OrderedDict(a=1)
od['self'] = od
print(od)
