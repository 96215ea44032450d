import itertools, operator
print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.accumulate([], initial=7)), list(itertools.accumulate([])))
print(list(itertools.accumulate('abc')))
print(list(itertools.accumulate([1.5, 2, 3], lambda a, b: a - b)))
print(list(itertools.accumulate(range(6), func=operator.add, initial=None)))
try:
    list(itertools.accumulate([1, 'a']))
except TypeError as e:
    print(type(e).__name__, e)
