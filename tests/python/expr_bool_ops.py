class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called", self.v)
        return self.v
class Sized:
    def __len__(self):
        return 0
print(bool(Truthy(True)), bool(Sized()), not Sized())
if Truthy(False) or Truthy(True):
    print("or works")
print((Truthy(False) and 1).v)
print(all([1, 2, 3]), all([1, 0]), any([0, 0]), any([0, 3]), all([]), any([]))
x = None
print(x is None, x is not None, x == None)
print(True & False, True | False, True ^ True, type(True & False))
