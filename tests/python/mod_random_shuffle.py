# shuffle in place
import random

random.seed(123)
for n in [0, 1, 2, 3, 10, 52]:
    xs = list(range(n))
    print(random.shuffle(xs), xs)
words = "the quick brown fox jumps over the lazy dog".split()
random.shuffle(words)
print(words)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13], sorted(deck) == sorted(r + s for s in "SHDC" for r in "A23456789TJQK"))
