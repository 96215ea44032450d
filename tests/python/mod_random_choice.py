# choice over lists, strings, tuples, ranges; empty sequences
import random

random.seed(11)
print([random.choice("abcdefghij") for _ in range(15)])
print([random.choice([10, 20, 30]) for _ in range(10)])
print([random.choice((None, True, 1.5)) for _ in range(6)])
print([random.choice(range(1000)) for _ in range(6)])
for empty in ["", [], ()]:
    try:
        random.choice(empty)
    except IndexError as e:
        print("IndexError", e)
