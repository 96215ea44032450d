from collections import deque
d = deque('abcde')
d[0] = 'A'
d[-1] = 'E'
print(d, d[2], d[-2])
del d[1]
print(d)
del d[-1]
print(d, len(d))
print([d[i] for i in range(len(d))])
d2 = deque([[1], [2]])
d2[0].append(9)
print(d2)
