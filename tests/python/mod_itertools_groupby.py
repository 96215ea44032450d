import itertools
print([k for k, g in itertools.groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in itertools.groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in itertools.groupby([1, 1, 2, 3, 3, 3, 1])])
print(list(itertools.groupby([])))
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for k, g in itertools.groupby(words, key=lambda w: w[0]):
    print(k, list(g))
for k, g in itertools.groupby(sorted(words, key=len), len):
    print(k, list(g))
print([(k, list(g)) for k, g in itertools.groupby([1, 1.0, True, 2, 2.0])])
