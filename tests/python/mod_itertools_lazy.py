import itertools
log = []
def src(n):
    for i in range(n):
        log.append(i)
        yield i
m = itertools.islice(src(100), 3)
print(log)
print(list(m), log)
log.clear()
t = itertools.takewhile(lambda x: x < 2, src(10))
print(list(t), log)
log.clear()
c = itertools.chain(src(2), src(2))
print(next(c), log)
log.clear()
g = itertools.accumulate(src(5))
print(next(g), next(g), log)
log.clear()
z = itertools.zip_longest(src(2), src(1))
print(next(z), log)
print(list(itertools.islice(itertools.count(5), 0)), list(itertools.islice(itertools.count(), 2)))
