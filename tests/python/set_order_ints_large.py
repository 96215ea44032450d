# larger sets: resizes and probing
s = set()
for i in range(200):
    s.add(i * 7919 % 1000)
print(s)
print(set(range(50)))
print({i * 32 for i in range(40)})
print(set(i * 1024 for i in range(30)))
t = set(range(-100, 100, 7))
print(t)
print(set([10**12 + i * 37 for i in range(25)]))
