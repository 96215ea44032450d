# 'u' arrays
from array import array

u = array("u", "héllo")
print(u, len(u), u[1], u.tounicode(), u.itemsize)
u.append("!")
u.fromunicode(" ☃")
u.extend("ab")
print(u, u.tounicode())
print(array("u"), array("u", "").tounicode() == "")
try:
    u.append("xy")
except TypeError as e:
    print("TypeError", e)
try:
    array("i").fromunicode("a")
except ValueError as e:
    print("ValueError", e)
