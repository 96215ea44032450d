class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("reset")
        self._c = 0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "sub:" + str(self._c)
s = Sub()
s.celsius = 3
print(s.celsius, Sub.celsius.__doc__)
class Lazy:
    def __init__(self):
        self.calls = 0
    @property
    def val(self):
        self.calls += 1
        return self.calls
l = Lazy()
print(l.val, l.val, l.calls)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__, Temp.celsius.fset.__name__)
class Over:
    x = property(lambda self: "prop")
o = Over()
o.__dict__["x"] = "inst"
print(o.x)
