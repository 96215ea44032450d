import itertools, operator
def take(n, iterable):
    return list(itertools.islice(iterable, n))
def flatten(lol):
    return itertools.chain.from_iterable(lol)
def powerset(iterable):
    s = list(iterable)
    return itertools.chain.from_iterable(itertools.combinations(s, r) for r in range(len(s) + 1))
def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), itertools.groupby(iterable, key)))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return itertools.zip_longest(*args, fillvalue=fillvalue)
def dotproduct(a, b):
    return sum(itertools.starmap(operator.mul, zip(a, b)))
print(take(4, itertools.count(2, 3)))
print(list(flatten([[1, 2], [3], [], [4, 5]])))
print(list(powerset([1, 2, 3])))
print(list(unique_justseen('AAAABBBCCDAABBB')), list(unique_justseen('ABBcCAD', str.lower)))
print(list(grouper('ABCDEFG', 3, 'x')))
print(dotproduct([1, 2, 3], [4, 5, 6]))
print(list(itertools.islice(itertools.accumulate(itertools.repeat(2), operator.mul), 8)))
