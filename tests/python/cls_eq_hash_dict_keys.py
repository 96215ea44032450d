class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return "Key(%r)" % self.name
d = {Key("A"): 1}
d[Key("a")] = 2
print(d, len(d), Key("A") in d, d.get(Key("a")))
s = {Key("x"), Key("X"), Key("y")}
print(len(s), sorted(k.name for k in s))
print([Key("a")].index(Key("A")), [Key("a"), Key("b")].count(Key("B")), Key("Q") in [Key("q")])
class Counted:
    hashes = 0
    def __hash__(self):
        Counted.hashes += 1
        return 1
    def __eq__(self, o):
        return self is o
c = Counted()
dd = {c: 1}
dd[c] = 2
print(Counted.hashes >= 2, dd[c])
print(Key("z") == Key("Z"), Key("z") != Key("Z"), Key("z") == "z")
