def main(argv: list[str]) -> int:
    for w in ["a", "abc", "abcdef", ""]:
        print("[" + w.ljust(5) + "]", "[" + w.rjust(5) + "]", "[" + w.center(5) + "]")
    print("[" + "x".ljust(4, ".") + "]", "[" + "x".rjust(4, "*") + "]", "[" + "x".center(4, "-") + "]")
    print("[" + "ab".center(5, "=") + "]", "[" + "ab".center(6) + "]", "[" + "abc".center(6) + "]")
    print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3), "3.14".zfill(7))
    rows = [("apple", 3), ("banana", 12), ("kiwi", 100)]
    for name, qty in rows:
        print(name.ljust(8) + str(qty).rjust(5))
    print("\U0001F40D".center(5, "*"), len("\U0001F40D".ljust(3)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
