import operator as op
class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
p = P('root', P('kid', P('grandkid')))
print(op.attrgetter('name')(p), op.attrgetter('child.name')(p), op.attrgetter('child.child.name')(p))
print(op.attrgetter('name', 'child.name')(p))
people = [P('bob'), P('al'), P('cy')]
print([x.name for x in sorted(people, key=op.attrgetter('name'))])
try:
    op.attrgetter('missing')(p)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    op.attrgetter(5)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(op.attrgetter('a')), repr(op.attrgetter('a.b', 'c')))
print(op.attrgetter('real', 'imag')(3))
