import itertools
objs = [itertools.count(), itertools.cycle('a'), itertools.repeat(1), itertools.accumulate([1]),
        itertools.chain(), itertools.compress('a', [1]), itertools.dropwhile(bool, []),
        itertools.takewhile(bool, []), itertools.filterfalse(bool, []), itertools.groupby([]),
        itertools.islice([], 1), itertools.starmap(pow, []), itertools.zip_longest(),
        itertools.product(), itertools.permutations([]), itertools.combinations([], 1),
        itertools.combinations_with_replacement([], 1), itertools.pairwise([])]
for o in objs:
    print(type(o).__name__, iter(o) is o, type(o).__module__)
print(itertools.__name__)
