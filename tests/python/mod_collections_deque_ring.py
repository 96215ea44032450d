# deque as a ring buffer: O(1) operations at both ends over many items
# (wrapping around and growing), maxlen, rotate, indexing, iterators.
from collections import deque

d = deque()
total = 0
for i in range(3000):
    d.append(i)
    if i % 3 == 0:
        d.appendleft(-i)
    if i % 5 == 0:
        total += d.popleft()
    if i % 7 == 0:
        total += d.pop()
print(len(d), total, d[0], d[-1], d[len(d) // 2], sum(d))

q = deque()
for i in range(10000):
    q.append(i)
    if len(q) > 50:
        q.popleft()
print(len(q), q[0], q[-1], list(q)[:3])
while q:
    q.pop()
print(q, len(q))

m = deque(range(5), maxlen=5)
for i in range(5, 12):
    m.append(i)
print(m, m.maxlen)
for i in range(3):
    m.appendleft(-i)
print(m)
m.extend(range(100, 103))
m.extendleft('ab')
print(m)
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
print(z, len(z))

r = deque(range(10))
r.rotate(3)
print(r)
r.rotate(-4)
print(r)
r.rotate(23)
print(r)
r.rotate(-17)
print(r, r[0], r[-1], r[4])
r[4] = 'x'
del r[0]
del r[-1]
del r[3]
print(r, r.index(5), r.count(2), 2 in r, 'y' in r)
r.insert(2, 'ins')
r.remove('x')
r.reverse()
print(r)

it = iter(r)
print(next(it), next(it))
r.append(99)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
it2 = reversed(r)
print(next(it2), list(it2))
it3 = iter(r)
r[0] = 'set'
print(list(it3)[:2])
try:
    for x in r:
        r.appendleft(x)
except RuntimeError as e:
    print('RuntimeError', e)
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)
try:
    deque([1, 2], maxlen=2).insert(0, 3)
except IndexError as e:
    print('IndexError', e)
for f in (deque().pop, deque().popleft):
    try:
        f()
    except IndexError as e:
        print('IndexError', e)
big = deque(range(100))
for i in range(95):
    big.popleft()
print(big, big.copy(), big == deque([95, 96, 97, 98, 99]), big < deque([96]), big + deque([1]), big * 2)
