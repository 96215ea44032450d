import operator as op
for v in [0, 1, '', 'a', [], [0], None, 0.0, 2.5]:
    print(repr(v), op.not_(v), op.truth(v))
print(op.__not__(True), op.truth(op.not_))
x = object()
print(op.is_(x, x), op.is_not(x, x), op.is_not(x, None))
