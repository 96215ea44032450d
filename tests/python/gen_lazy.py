log = []
def produce():
    for i in range(3):
        log.append("produce %d" % i)
        yield i
def transform(src):
    for x in src:
        log.append("transform %d" % x)
        yield x * 10
for v in transform(produce()):
    log.append("consume %d" % v)
print("\n".join(log))
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(take(5, naturals()), take(3, (x * x for x in naturals())))
gen = (c for c in "abc")
print(next(gen), "".join(gen))
print(list(zip(naturals(), "xyz")), any(x > 100 for x in naturals()))
print(max(x % 7 for x in range(50)), sorted(x for x in "gen"), tuple(i for i in range(3)))
