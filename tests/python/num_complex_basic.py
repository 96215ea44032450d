def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


z = 3 + 4j
print(z, z.real, z.imag, z.conjugate(), abs(z), -z, +z, z == 3 + 4j, z != 4j, bool(z), bool(0j))
print(type(z).__name__, isinstance(z, complex), 2j, 1j * 1j, 0j, 1e300j * 10, complex(), complex(1), complex(1, 2))
print(repr(-0j), repr(0j), repr(-(0j)), complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), -(1j))
print(1.5j, -1.5j, 1e20j, 1e-20j, 12345678901234567890j, complex(float("inf"), float("nan")), complex(1, -float("inf")))
print(hash(z) == hash(3 + 4j), {z: 1}[3 + 4j], [1j, 2j].index(2j), 2j in (1, 2j))
