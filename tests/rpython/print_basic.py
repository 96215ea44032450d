def main(argv: list[str]) -> int:
    print()
    print(1)
    print(True, False)
    print("a", 1, True, "b")
    print("")
    print("", "")
    print(-0, 0, -12345678901234)
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
