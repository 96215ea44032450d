# dummies left by removals, and re-adds that reuse them
s = set(range(20))
for i in range(0, 20, 3):
    s.discard(i)
print(s)
s.add(100)
s.add(3)
print(s)
s = set(range(40))
s.discard(3)
s.discard(5)
s.add(131)
print(s)
s = set(range(40))
s.discard(3)
s.discard(25)
s.add(131)
print(s)
s = {0, 8, 16}
s.discard(0)
s.add(24)
print(s)
s = set(range(30))
for i in range(30):
    if i % 4:
        s.remove(i)
print(s, len(s))
for i in range(60, 90):
    s.add(i)
print(s)
