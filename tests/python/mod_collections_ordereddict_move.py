from collections import OrderedDict
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
print(''.join(od))
od.move_to_end('b', last=False)
print(''.join(od))
od.move_to_end('e', False)
print(''.join(od), list(od.items())[:2])
try:
    od.move_to_end('zz')
except KeyError as e:
    print(type(e).__name__, e)
print(OrderedDict.fromkeys([1, 2], 0))
class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def touch(self, k, v):
        if k in self:
            self.move_to_end(k)
        self[k] = v
        if len(self) > self.cap:
            self.popitem(last=False)
c = LRU(2)
c.touch('a', 1); c.touch('b', 2); c.touch('a', 3); c.touch('c', 4)
print(c, c.cap)
