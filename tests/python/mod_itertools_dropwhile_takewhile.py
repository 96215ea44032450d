import itertools
data = [1, 4, 6, 4, 1]
print(list(itertools.dropwhile(lambda x: x < 5, data)))
print(list(itertools.takewhile(lambda x: x < 5, data)))
print(list(itertools.dropwhile(lambda x: True, data)), list(itertools.takewhile(lambda x: False, data)))
print(list(itertools.dropwhile(lambda x: x < 5, [])), list(itertools.takewhile(bool, [])))
it = iter([1, 2, 10, 3, 4])
tw = itertools.takewhile(lambda x: x < 5, it)
print(list(tw), list(it))
calls = []
def pred(x):
    calls.append(x)
    return x < 3
print(list(itertools.dropwhile(pred, [1, 2, 3, 1, 0])), calls)
print(list(itertools.takewhile(str.isupper, 'ABcD')))
