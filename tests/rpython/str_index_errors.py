def at(s: str, i: int) -> str:
    try:
        return s[i]
    except IndexError as e:
        return "IndexError: " + str(e)


def char(n: int) -> str:
    try:
        return repr(chr(n))
    except ValueError as e:
        return "ValueError: " + str(e)


def main(argv: list[str]) -> int:
    s = "abc"
    print(at(s, 0), at(s, 2), at(s, -1), at(s, -3))
    print(at(s, 3))
    print(at(s, -4))
    print(at("", 0))
    print(at("\U0001F40D", 1))
    print(char(65), char(0), char(0x10FFFF))
    print(char(0x110000))
    print(char(-1))
    n = 0
    try:
        while True:
            s[n]
            n += 1
    except IndexError:
        print("length by probing:", n)
    print(s[10 - 9])
    return len(s[5:])


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
