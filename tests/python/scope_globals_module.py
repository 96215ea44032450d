# module.__dict__ and vars(module) are the module's live globals
import _scope_globals_mod as m
m.__dict__["z"] = 3
print(m.z, m.read("z"))
print(m.__dict__ is vars(m), m.__dict__ is m.my_globals())
m.bump()
m.bump()
print(m.__dict__["counter"], m.counter)
m.new_attr = "set by setattr"
print(m.__dict__["new_attr"], m.read("new_attr"))
del m.__dict__["z"]
print(hasattr(m, "z"), m.read("z"))
del m.new_attr
print("new_attr" in vars(m))
vars(m).update(counter=100)
print(m.bump())
print(sorted(k for k in vars(m) if not k.startswith("_")))
