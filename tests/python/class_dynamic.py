Point = type("Point", (), {"x": 1, "show": lambda self: "P(%d)" % self.x})
p = Point()
print(p.show(), Point.__name__, type(p).__name__)
class Meta:
    pass
def method(self):
    return "added later"
Meta.extra = method
print(Meta().extra())
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
    def __iter__(self):
        node = self
        while node is not None:
            yield node.val
            node = node.next
lst = Node(1, Node(2, Node(3)))
print(list(lst), sum(lst), 2 in lst)
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
    def __repr__(self):
        return "Stack(%r)" % self._items
s = Stack().push(1).push(2)
print(s, len(s), bool(s), s.pop(), s.pop(), bool(s))
class Private:
    def __init__(self):
        self.__secret = 7
    def reveal(self):
        return self.__secret
pv = Private()
print(pv.reveal(), pv._Private__secret, hasattr(pv, "__secret"))
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
try:
    hash(Eq(1))
except TypeError as e:
    print(e)
print(Eq(1) == Eq(1), Eq(1) != Eq(2))
