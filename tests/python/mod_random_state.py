# getstate / setstate
import random

random.seed(42)
st = random.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[1][-1], st[2])
a = [random.random() for _ in range(5)]
random.setstate(st)
b = [random.random() for _ in range(5)]
print(a == b, a)
r = random.Random(1)
r.gauss()
s = r.getstate()
print(s[2] is not None)
x = r.gauss()
r.setstate(s)
print(x == r.gauss())
r2 = random.Random(99)
r2.setstate(random.Random(1).getstate())
print(r2.random() == random.Random(1).random())
try:
    r.setstate((7, (), None))
except ValueError as e:
    print("ValueError", e)
st = random.Random(3).getstate()
print(st[1][:5], st[1][-1])
