import itertools
print(list(itertools.pairwise('ABCDE')))
print(list(itertools.pairwise([1])), list(itertools.pairwise([])))
print([b - a for a, b in itertools.pairwise([1, 4, 9, 16, 25])])
it = iter(range(5))
p = itertools.pairwise(it)
print(next(p), next(it), list(p))
print(type(p).__name__)
