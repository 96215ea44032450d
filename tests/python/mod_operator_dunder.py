import operator as op
class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return N(self.v + o.v)
    def __lt__(self, o):
        return self.v < o.v
    def __neg__(self):
        return N(-self.v)
    def __getitem__(self, i):
        return self.v * i
    def __contains__(self, x):
        return x == self.v
    def __repr__(self):
        return 'N(%r)' % self.v
print(op.add(N(1), N(2)), op.lt(N(1), N(2)), op.gt(N(1), N(2)), op.neg(N(3)))
print(op.getitem(N(4), 3), op.contains(N(5), 5), op.contains(N(5), 6))
print(op.itemgetter(2)(N(7)), op.attrgetter('v')(N(8)), op.methodcaller('__neg__')(N(1)))
print(sorted([N(3), N(1), N(2)]), sorted([N(3), N(1)], key=op.attrgetter('v'), reverse=True))
