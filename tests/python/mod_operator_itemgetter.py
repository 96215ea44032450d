import operator as op
g = op.itemgetter(1)
print(g('abc'), g([10, 20]), g({1: 'one'}))
g2 = op.itemgetter(0, 2)
print(g2('abc'), g2([1, 2, 3]))
print(op.itemgetter('k', 'j')({'k': 1, 'j': 2}), op.itemgetter(slice(1, None))('hello'))
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=op.itemgetter(1)), sorted(rows, key=op.itemgetter(0)))
print(list(map(op.itemgetter(0), rows)), max(rows, key=op.itemgetter(1)))
try:
    g('a')
except IndexError as e:
    print(type(e).__name__, e)
try:
    op.itemgetter()
except TypeError as e:
    print(type(e).__name__)
print(repr(g), repr(g2), repr(op.itemgetter('x')), repr(op.itemgetter((1, 2))))
