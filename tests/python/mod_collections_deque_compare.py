from collections import deque
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([2, 1]), deque([1]) == [1])
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]), deque() >= deque())
print(deque([1], maxlen=5) == deque([1]))
try:
    deque([1]) < [1]
except TypeError as e:
    print(type(e).__name__, e)
print(deque([1, 2]) + deque([3]), deque('ab') * 2, 2 * deque([0]), deque([1]) * 0)
d = deque([1])
d += [2, 3]
print(d)
d *= 2
print(d)
