import operator as op
print(op.index(5), op.index(True), op.index(-3))
class I:
    def __index__(self):
        return 42
print(op.index(I()), op.__index__(7))
for v in [1.5, 'a', None]:
    try:
        op.index(v)
    except TypeError as e:
        print(type(e).__name__, e)
print(op.length_hint([1, 2, 3]), op.length_hint(object(), 5), op.length_hint(5, 9))
