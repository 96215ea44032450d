import itertools
print(list(itertools.zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(itertools.zip_longest('AB', 'xyz')))
print(list(itertools.zip_longest()), list(itertools.zip_longest('', '')))
print(list(itertools.zip_longest([1, 2], [3], [4, 5, 6], fillvalue=0)))
print(list(itertools.zip_longest(range(3))))
try:
    itertools.zip_longest([1], 5)
except TypeError as e:
    print(type(e).__name__, e)
print(dict(itertools.zip_longest('abc', [1])))
