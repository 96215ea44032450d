import operator as op
for a, b in [(1, 2), (2, 2), (3, 2), ('a', 'b'), ((1, 2), (1, 3))]:
    print(op.lt(a, b), op.le(a, b), op.eq(a, b), op.ne(a, b), op.ge(a, b), op.gt(a, b))
print(op.__lt__(1, 2), op.__eq__('x', 'x'), op.__ge__(1, 5))
try:
    op.lt(1, 'a')
except TypeError as e:
    print(type(e).__name__, e)
print(op.eq([1], [1]), op.is_([], []), op.is_not(None, None), op.is_(None, None))
