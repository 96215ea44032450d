# range errors for every integer code and byte order
import struct

for order in "@<>=!":
    for code in "bBhHiIlLqQnN":
        if order != "@" and code in "nN":
            continue
        fmt = order + code
        n = struct.calcsize(fmt)
        signed = code.islower()
        lo = -(1 << (8 * n - 1)) if signed else 0
        hi = (1 << (8 * n - 1)) - 1 if signed else (1 << (8 * n)) - 1
        for v in [lo - 1, hi + 1, -1, 2**64, -2**70]:
            try:
                struct.pack(fmt, v)
                print(fmt, v, "ok")
            except struct.error as e:
                print(fmt, v, e)
