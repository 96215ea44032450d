import itertools
print(list(itertools.product('AB', 'xy')))
print(list(itertools.product(range(2), repeat=3)))
print(list(itertools.product('ab', [1, 2], repeat=2))[:6], len(list(itertools.product('ab', [1, 2], repeat=2))))
print(list(itertools.product()), list(itertools.product('ab', [])), list(itertools.product('ab', repeat=0)))
print(list(itertools.product([1, 2])))
print(sum(1 for _ in itertools.product(range(3), range(4), range(5))))
try:
    itertools.product('a', repeat=-1)
except ValueError as e:
    print(type(e).__name__, e)
