import itertools
print(list(itertools.filterfalse(lambda x: x % 2, range(10))))
print(list(itertools.filterfalse(None, [0, 1, '', 'a', None, [], [0], False, 2.0])))
print(list(itertools.filterfalse(str.isdigit, 'a1b2c3')))
print(list(itertools.filterfalse(lambda x: x > 2, [])))
try:
    list(itertools.filterfalse(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
