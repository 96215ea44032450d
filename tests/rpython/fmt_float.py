def main(argv: list[str]) -> int:
    for x in [0.0, 1.0, -1.5, 3.14159265, 2.675, 0.125, 0.375, 1e20, 1e-7, 123456.789, -0.0005]:
        print(f"[{x}] [{x:.3f}] [{x:.0f}] [{x:10.2f}] [{x:<10.1f}] [{x:.2f}]")
    print("%f %.2f %.0f %8.3f %-8.1f|" % (3.14159, 2.675, 0.5, -1.0, 2.25))
    print("%s %r %s" % (0.1, 0.1 + 0.2, 1e22))
    print(f"{1.5:,.2f} {1234567.891:,.2f} {-1234.5:,.1f}")
    print(f"{2.5:.0f} {3.5:.0f} {-2.5:.0f} {0.05:.1f} {0.15:.1f} {0.25:.1f}")
    print(f"{1/3:.15f} {2/3:.20f}")
    print(f"{1e300:.2f}"[:12], len(f"{1e300:.2f}"))
    print(f"{float('inf'):8.2f}|{float('-inf'):<8.1f}|{float('nan'):.3f}")
    total = 0.0
    for price in [19.99, 5.01, 0.5]:
        total += price
        print(f"running total: {total:8.2f}")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
