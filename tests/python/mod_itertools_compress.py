import itertools
print(list(itertools.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(itertools.compress('ABC', [True, True])))
print(list(itertools.compress(range(10), itertools.cycle([0, 1]))))
print(list(itertools.compress([], [1, 1])), list(itertools.compress('ab', [])))
print(list(itertools.compress(data=[1, 2, 3], selectors=['', 'x', None])))
