from collections import Counter
c = Counter(a=4, b=2, c=0, d=-2)
print(sorted(c.elements()), list(c.elements()))
print(list(Counter().elements()), ''.join(Counter('hello').elements()))
prime = Counter({2: 2, 3: 3, 17: 1})
prod = 1
for f in prime.elements():
    prod *= f
print(prod)
