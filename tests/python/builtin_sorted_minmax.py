people = [("alice", 30), ("bob", 25), ("carol", 35), ("dave", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[1], p[0]), reverse=True))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(sorted([3, 1, 2]), sorted("bca"), sorted({3: 'a', 1: 'b'}), sorted((2, 1)))
print(sorted([1, 2, 3, 4, 5, 6], key=lambda x: x % 3))
print(sorted(["b", "A", "c"], key=str.lower), sorted([-3, 2, -1], key=abs))
words = "one two three four five six seven eight nine ten".split()
print(sorted(words, key=len), sorted(words)[:3], max(words, key=len))
big = list(range(100, 0, -1))
print(sorted(big)[:5], sorted(big, reverse=True)[:3])
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "Item(%d)" % self.v
print(sorted([Item(3), Item(1), Item(2)]), min(Item(5), Item(4)))
