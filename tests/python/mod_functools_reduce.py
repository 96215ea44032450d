from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [1, 2, 3, 4], 10))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3]), reduce(max, [3, 9, 2]))
print(reduce(operator.add, [], 'init'), reduce(operator.add, ['only']))
print(reduce(operator.concat, [[1], [2, 3], [4]]), reduce(lambda acc, c: c + acc, 'abc', ''))
print(reduce(operator.add, range(101)), reduce(operator.mul, range(1, 11)))
print(reduce(lambda d, k: {**d, k: len(d)}, 'xyz', {}))
for args in [(operator.add, []), (operator.add, 5)]:
    try:
        reduce(*args)
    except TypeError as e:
        print(type(e).__name__, e)
