# errno.errorcode maps numbers to names
import errno

print(type(errno.errorcode).__name__, len(errno.errorcode))
print(errno.errorcode[1], errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
for code, name in sorted(errno.errorcode.items())[:40]:
    print(code, name, getattr(errno, name) == code)
print(all(getattr(errno, n) == c for c, n in errno.errorcode.items()))
print(list(errno.errorcode)[:10])
