import itertools
cases = [(-1,), (1, -1), (-1, 3), (0, 5, 0), (0, 5, -1), ('a',), (1.5,), (0, 1, 2, 3)]
for args in cases:
    try:
        print(list(itertools.islice(range(10), *args)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    itertools.islice(range(3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    itertools.islice(7, 3)
except TypeError as e:
    print(type(e).__name__, e)
