# a subclass overriding only random() draws integers through random()
import random


class Lcg(random.Random):
    def __init__(self, seed):
        self.state = seed
        super().__init__(seed)

    def random(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state / 2147483648.0


class Bits(random.Random):
    def getrandbits(self, k):
        return 1 if k > 0 else 0


g = Lcg(3)
print([g.randrange(10) for _ in range(10)])
print([g.choice("abcdef") for _ in range(8)])
xs = list(range(8))
g.shuffle(xs)
print(xs, g.randint(1, 6), g.uniform(0, 1))
b = Bits(1)
print(b.randrange(1, 100), b.choice("abcdefgh"), b.randrange(3))
