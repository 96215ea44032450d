import operator as op
from functools import reduce
print(reduce(op.add, range(10)), reduce(op.mul, range(1, 6)), reduce(op.or_, [1, 2, 4, 8]))
print(list(map(op.neg, [1, -2, 3])), list(map(op.mul, [1, 2, 3], [4, 5, 6])))
print(sorted({'b': 1, 'a': 2}.items(), key=op.itemgetter(1), reverse=True))
print(list(filter(op.truth, [0, 1, '', 'x'])), list(map(op.not_, [0, 1])))
print(op.call(max, 1, 5, 3), op.call(sorted, [3, 1], reverse=True))
ops = {'+': op.add, '-': op.sub, '*': op.mul, '/': op.truediv}
print([ops[s](12, 4) for s in '+-*/'])
