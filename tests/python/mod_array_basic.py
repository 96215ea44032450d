# array construction, indexing, len, tolist, typecode, itemsize, repr
from array import array
import array as arraymod

a = array("i", [1, 2, 3])
print(a, len(a), a[0], a[-1], a.tolist(), a.typecode, a.itemsize)
print(array("d"), array("d", [1, 2.5]), array("b", range(5)), array("u", "hello"))
print(repr(array("f", [0.1, 0.5])), str(array("Q", [2**64 - 1])))
for tc in arraymod.typecodes:
    print(tc, array(tc).itemsize, repr(array(tc)))
print(type(a).__name__, arraymod.ArrayType is array)
