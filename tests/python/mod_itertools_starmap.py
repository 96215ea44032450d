import itertools
print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(itertools.starmap(max, [[1, 5, 2], 'abc'])))
print(list(itertools.starmap(lambda *a: len(a), [(), (1,), (1, 2)])))
print(list(itertools.starmap(divmod, zip(range(10, 14), itertools.repeat(3)))))
try:
    list(itertools.starmap(pow, [5]))
except TypeError as e:
    print(type(e).__name__)
