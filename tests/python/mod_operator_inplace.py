import operator as op
a = [1]
b = op.iadd(a, [2])
print(a, b, a is b)
x = 5
print(op.iadd(x, 3), x, op.isub(10, 4), op.imul(3, 4), op.itruediv(9, 2), op.ifloordiv(9, 2))
print(op.imod(9, 4), op.ipow(2, 5), op.ilshift(1, 4), op.irshift(64, 2))
print(op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3))
s = {1}
op.ior(s, {2})
print(s)
l = [0]
op.imul(l, 3)
print(l, op.iconcat([1], (2, 3)))
try:
    op.iconcat(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
