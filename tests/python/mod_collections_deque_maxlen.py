from collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
print(d, d.maxlen, len(d))
d.appendleft(-1)
print(d)
d.extend([10, 11])
print(d)
d.extendleft([20, 21])
print(d)
print(deque([1, 2, 3, 4, 5], 2), deque(maxlen=0), deque('ab', maxlen=None).maxlen)
z = deque(maxlen=0)
z.append(1)
print(z)
try:
    d.insert(0, 99)
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print(type(e).__name__, e)
