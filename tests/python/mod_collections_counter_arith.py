from collections import Counter
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(+a, -a)
print(Counter() + Counter(), Counter('a') - Counter('a'))
try:
    a + {'a': 1}
except TypeError as e:
    print(type(e).__name__, e)
