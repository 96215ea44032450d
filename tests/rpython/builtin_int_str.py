def conv(s: str) -> str:
    try:
        return str(int(s))
    except ValueError as e:
        return "ValueError: " + str(e)


def main(argv: list[str]) -> int:
    for s in ["0", "123", "-456", "+789", " 42", "42 ", " -7 ", "1_2_3", "00012",
              "9223372036854775807", "-9223372036854775808", "", "abc", "4.0", "1e3", "1_", "0_0", "\n5\t"]:
        print(repr(s), conv(s))
    print(int("10") + int("20"), int("-0"), int(True), int(False), int(5))
    print(str(123), str(-45), str(0), str(9223372036854775807))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
