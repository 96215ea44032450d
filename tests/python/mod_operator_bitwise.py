import operator as op
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(5), op.inv(-1))
print(op.lshift(1, 10), op.rshift(1024, 3), op.rshift(-16, 2))
print(op.and_(True, False), op.or_(True, False), op.xor(True, True))
print(op.or_({1, 2}, {2, 3}), op.and_({1, 2}, {2, 3}), op.xor({1, 2}, {2, 3}))
print(op.__and__(6, 3), op.__or__(6, 3), op.__xor__(6, 3), op.__invert__(0), op.__lshift__(3, 2))
try:
    op.lshift(1, -1)
except ValueError as e:
    print(type(e).__name__, e)
