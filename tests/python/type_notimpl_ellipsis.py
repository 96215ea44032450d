print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(Ellipsis, ..., ... is Ellipsis, type(...).__name__, repr(...))
print(bool(...), str(Ellipsis))
class A:
    def __eq__(self, other):
        return NotImplemented
    def __lt__(self, other):
        return NotImplemented
a = A()
print(a == a, a != a, a == 1, a != 1)
try:
    a < 1
except TypeError as e:
    print(type(e).__name__, e)
def f():
    ...
print(f())
x = [1, ...]
print(x, x[1] is ...)
class B:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return "radd"
print(1 + B())
try:
    B() + B()
except TypeError as e:
    print(type(e).__name__, e)
