# A function put into an instance's __dict__ (or set as an attribute)
# shadows the class's method of the same name when called as obj.m().


class C:
    def m(self):
        return "class"


c = C()
print(c.m())
c.__dict__["m"] = lambda: "instance dict"
print(c.m())
del c.__dict__["m"]
print(c.m())
c.m = lambda: "instance attribute"
print(c.m())
del c.m
print(c.m())
d = C()
vars(d)["m"] = lambda: "via vars"
print(d.m(), C().m())
