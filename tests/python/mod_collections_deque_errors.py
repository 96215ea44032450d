from collections import deque
d = deque()
for m in ('pop', 'popleft'):
    try:
        getattr(d, m)()
    except IndexError as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3])
for i in [3, -4, 100]:
    try:
        d[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    d['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[0:1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d + [1]
except TypeError as e:
    print(type(e).__name__, e)
