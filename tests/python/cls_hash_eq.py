class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and self.x == o.x
    def __hash__(self):
        return hash(self.x)
s = {P(1), P(1), P(2)}
print(len(s), P(1) in s, P(3) in s, {P(1): "a"}[P(1)])
class OnlyEq:
    def __eq__(self, o):
        return True
try:
    {OnlyEq()}
except TypeError as e:
    print(type(e).__name__, e)
print(OnlyEq.__hash__)
class Unh:
    __hash__ = None
try:
    {Unh(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class Child(P):
    pass
print(hash(Child(5)) == hash(5), Child(5) == P(5))
class ChildEq(P):
    def __eq__(self, o):
        return False
try:
    hash(ChildEq(1))
except TypeError as e:
    print(type(e).__name__, e)
class Restore(ChildEq):
    __hash__ = P.__hash__
print(hash(Restore(7)) == hash(7))
class Id:
    pass
a = Id()
print(a == a, a != a, a == Id(), hash(a) == hash(a), [a].count(a), [Id()].count(a))
print(P(1) != P(1), P(1) != P(2))
class NeOnly:
    def __ne__(self, o):
        return "ne-called"
print(NeOnly() != 1, NeOnly() == 1)
