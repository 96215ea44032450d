import itertools
print(list(itertools.combinations('ABCD', 2)))
print(list(itertools.combinations(range(5), 3)))
print(list(itertools.combinations('AB', 3)), list(itertools.combinations('AB', 0)), list(itertools.combinations([], 0)))
print(len(list(itertools.combinations(range(10), 4))))
print([sum(c) for c in itertools.combinations([1, 2, 3, 4], 3)])
try:
    itertools.combinations('ab', -2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    itertools.combinations('ab')
except TypeError as e:
    print(type(e).__name__)
