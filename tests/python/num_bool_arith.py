def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(True + True, True - False, True * 3, True / 2, True // 2, True % 2, -True, +True, ~True, ~False)
print(True & True, True | False, True ^ True, False & 5, True << 3, 2 ** True, True ** 2, abs(-True))
print(type(True + True).__name__, type(True & True).__name__, type(True & 1).__name__, type(-True).__name__)
print(sum([True, True, False]), True + 1.5, True == 1, False == 0)
print(int(True), float(False), str(True), repr(False), bool(0), bool(2), bool(-1), bool(0.0), bool(""), bool(0j))
print(divmod(True, True), round(True), True > False, max(True, 0), f"{True:d}", "%d" % False, hex(True))
print(isinstance(True, int), issubclass(bool, int), True.real, True.imag, True.bit_length(), (True).conjugate())
