# collecting cycles does not break live objects
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


def make_cycle(i):
    a = Node("a%d" % i)
    b = Node("b%d" % i)
    a.other = b
    b.other = a
    return a


keep = [make_cycle(i) for i in range(5)]
for i in range(200):
    make_cycle(i)
gc.collect()
print([n.name + "-" + n.other.name for n in keep])
print(keep[0].other.other is keep[0])
print(gc.isenabled(), isinstance(gc.garbage, list))
