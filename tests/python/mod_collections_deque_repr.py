from collections import deque
print(repr(deque()), repr(deque([1, 'a', None])), repr(deque(maxlen=2)), repr(deque([1], maxlen=3)))
print(str(deque([(1, 2), [3]])), deque(['x']))
d = deque([1])
d.append(d)
print(d)
print([deque([1]), deque()], {'k': deque([2])})
print(f'{deque([5])!r} {deque([6])}')
class MyDeque(deque):
    pass
print(MyDeque([1, 2]), MyDeque([1], 4), isinstance(MyDeque(), deque))
