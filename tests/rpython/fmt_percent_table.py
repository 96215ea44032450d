def main(argv: list[str]) -> int:
    rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.0), ("delta-long", -4, -3.125)]
    print("%-12s %6s %10s" % ("name", "count", "value"))
    for name, count, value in rows:
        print("%-12s %6d %10.3f" % (name, count, value))
    total = 0
    for name, count, value in rows:
        total += count
    print("%-12s %6d" % ("total", total))
    for i in range(5):
        print("%2d: %s" % (i, "#" * i))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
