# independent Random instances
import random

a = random.Random(5)
b = random.Random(5)
c = random.Random(6)
print(a.random(), b.random(), c.random())
print(a.randint(1, 100), b.randint(1, 100))
xs = list(range(10))
a.shuffle(xs)
print(xs)
print(isinstance(a, random.Random), type(a).__name__)
random.seed(5)
print(random.random() == random.Random(5).random())
d = random.Random()
d.seed(5)
print(d.random() == random.Random(5).random())
e = random.Random("text seed")
print(e.random())
