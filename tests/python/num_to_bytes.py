def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (0).to_bytes(0, "big"), (1).to_bytes())
print((1024).to_bytes(4, byteorder="little"), (-1).to_bytes(2, "big", signed=True), (-128).to_bytes(1, "big", signed=True))
print((2**64 + 1).to_bytes(9, "big"), (-2**70).to_bytes(10, "little", signed=True))
print((127).to_bytes(1, "big", signed=True), (65535).to_bytes(length=2, byteorder="big"))
t(lambda: (256).to_bytes(1, "big"))
t(lambda: (-1).to_bytes(2, "big"))
t(lambda: (128).to_bytes(1, "big", signed=True))
t(lambda: (-129).to_bytes(1, "big", signed=True))
t(lambda: (1).to_bytes(2, "middle"))
t(lambda: (1).to_bytes(-1, "big"))
t(lambda: (0).to_bytes(0, "big", signed=True))
t(lambda: (2**100).to_bytes(12, "big"))
t(lambda: (2**100).to_bytes(13, "big"))
