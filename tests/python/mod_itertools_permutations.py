import itertools
print(list(itertools.permutations('ABC')))
print(list(itertools.permutations(range(4), 2)))
print(list(itertools.permutations('AB', 3)), list(itertools.permutations('AB', 0)), list(itertools.permutations([])))
print(len(list(itertools.permutations(range(6)))), len(list(itertools.permutations(range(6), 3))))
print([''.join(p) for p in itertools.permutations('abcd', 4)][:10])
try:
    itertools.permutations('ab', -1)
except ValueError as e:
    print(type(e).__name__, e)
