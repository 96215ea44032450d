import itertools
print(list(itertools.combinations_with_replacement('ABC', 2)))
print(list(itertools.combinations_with_replacement(range(3), 3)))
print(list(itertools.combinations_with_replacement('', 2)), list(itertools.combinations_with_replacement('', 0)))
print(list(itertools.combinations_with_replacement('ab', 0)), len(list(itertools.combinations_with_replacement(range(5), 3))))
try:
    itertools.combinations_with_replacement('ab', -1)
except ValueError as e:
    print(type(e).__name__, e)
