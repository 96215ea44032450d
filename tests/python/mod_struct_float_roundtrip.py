# pseudo-random floats round-trip through d, and round like C through f and e
import struct

state = [12345]


def rnd():
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0]


for i in range(150):
    m = rnd() / 2147483648.0 + rnd() / 2147483648.0 / 2147483648.0
    e = rnd() % 120 - 60
    x = m * 2.0 ** e
    if rnd() % 2:
        x = -x
    d = struct.pack("<d", x)
    f = struct.pack("<f", x)
    h = None
    try:
        h = struct.pack("<e", x).hex()
    except OverflowError:
        h = "overflow"
    print(repr(x), struct.unpack("<d", d)[0] == x, f.hex(), repr(struct.unpack("<f", f)[0]), h)
