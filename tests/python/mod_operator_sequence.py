import operator as op
print(op.concat([1], [2]), op.concat('ab', 'cd'), op.concat((1,), (2,)))
print(op.contains([1, 2], 2), op.contains('abc', 'd'), op.contains({'k': 1}, 'k'))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf('abcb', 'b'))
d = {'a': 1}
op.setitem(d, 'b', 2)
print(d, op.getitem(d, 'a'))
op.delitem(d, 'a')
print(d)
lst = [1, 2, 3, 4, 5]
print(op.getitem(lst, slice(1, 3)), op.getitem('hello', -1))
op.setitem(lst, slice(0, 2), ['x'])
print(lst)
op.delitem(lst, 0)
print(lst)
for f, a in [(op.concat, (1, 2)), (op.indexOf, ([1], 5)), (op.getitem, ([1], 5)), (op.delitem, ({}, 'z'))]:
    try:
        f(*a)
    except (TypeError, ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
