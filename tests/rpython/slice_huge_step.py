# Steps near +-2**63 take at most one item; nothing in between may overflow.


def main(argv: list[str]) -> int:
    big = 9223372036854775807
    xs = [1, 2, 3, 4, 5, 6]
    t = (1, 2, 3, 4, 5, 6)
    for step in [big, -big, -big - 1, big - 1, -big + 1]:
        for start in [0, 3, 5, -1, -6, big, -big - 1]:
            print(step, start, "abcdef"[start::step], b"abcdef"[start::step], xs[start::step], t[start::step])
            print("abcdef"[start:3:step], xs[start:-2:step], xs[start:big:step], xs[start : -big - 1 : step])
        print("abcdef"[::step], b"abcdef"[::step], xs[::step], t[::step], ""[::step], [0][::step])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
