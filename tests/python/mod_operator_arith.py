import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul(4, 5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.pow(2, -1), op.neg(5), op.pos(-5), op.abs(-7), op.abs(-2.5))
print(op.add('a', 'b'), op.mul('ab', 3), op.add([1], [2]), op.floordiv(-7, 2), op.mod(-7, 3))
print(op.__add__(1, 1), op.__mul__(3, 3), op.__neg__(1), op.__pow__(3, 2))
for f, args in [(op.truediv, (1, 0)), (op.floordiv, (1, 0)), (op.mod, (1, 0)), (op.add, (1, 'a')), (op.neg, ('x',))]:
    try:
        f(*args)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
