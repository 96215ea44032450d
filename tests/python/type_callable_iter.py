import sys
lines = ["a", "b", "", "c"]
it = iter(lines)
reader = iter(lambda: next(it), "")
print(list(reader), list(it))
vals = iter([3, 2, 1, 0, 5])
print([x for x in iter(vals.__next__, 0)], next(vals))
cnt = [0]
def tick():
    cnt[0] += 1
    if cnt[0] > 5:
        raise StopIteration
    return cnt[0]
print(list(iter(tick, 100)))
ci = iter(int, 1)
print(next(ci), next(ci))
class Sent:
    def __eq__(self, o):
        return o == 3
n = [0]
def up():
    n[0] += 1
    return n[0]
print(list(iter(up, Sent())))
ii = iter(lambda: 1, 1)
print(list(ii), next(ii, "exhausted"))
