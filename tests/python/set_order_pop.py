# pop() walks the table from a moving finger
s = set(range(10))
out = []
while s:
    out.append(s.pop())
print(out)
s = {5, 13, 21, 2, 100}
print(s.pop(), s)
s.add(5)
print(s.pop(), s.pop(), s)
s = {1, 2, 3}
s.pop()
s.clear()
s.update({0, 1, 2})
print(s.pop(), s)
s = set(range(100, 0, -7))
print([s.pop() for _ in range(5)], s)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
