def main(argv: list[str]) -> int:
    nz = -0.0
    print(nz, repr(nz), str(nz), 0.0 == nz, nz < 0.0)
    print(nz + 0.0, 0.0 - 0.0, -(0.0), nz * -1.0, nz * 5.0)
    print(abs(nz), round(-0.4, 0), round(-0.4), -0.0 / 1.0)
    print(0.0 * -1, -1.0 * 0, float("-0"), float("-0.0"))
    print(f"{nz}", f"{nz:.2f}", "%.1f" % nz, "%s" % nz)
    print(-1e-320 * 1e-10, 1e-320 / -1e10)
    print(max(nz, 0.0), min(0.0, nz))
    print(int(nz), 5.0 % -5.0, -5.0 % 5.0, -1.0 // 1e30)
    print([nz, 0.0], (nz,))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
