from collections import OrderedDict
od = OrderedDict((k, ord(k)) for k in 'abcd')
print(od.popitem(), od.popitem(last=False), od)
print(od.popitem(True), od.popitem(False), od)
try:
    od.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    od.popitem(last=False)
except KeyError as e:
    print(type(e).__name__, e)
print(od, repr(od), bool(od))
