its = [iter([]), iter(()), iter(""), iter("é"), iter(range(3)), iter({}), iter({}.values()), iter({}.items()),
       iter(set()), (x for x in []), enumerate([]), zip(), map(str, []), filter(None, [])]
for it in its:
    print(type(it).__name__)
for it in its[:9]:
    try:
        len(it)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next([])
except TypeError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 7
print(float(I()), int(I()))
print((2**70).bit_length(), (-2**70).bit_length(), (0).bit_length(), (-2**63).bit_length(), True.bit_length())
print((2**100).conjugate(), (5).conjugate())
