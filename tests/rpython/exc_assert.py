def main(argv: list[str]) -> int:
    x = 5
    assert x == 5
    try:
        assert x > 10, "x too small"
    except AssertionError as e:
        print("assertion:", e)
    try:
        assert x < 0
    except AssertionError as e:
        print("empty message: [" + str(e) + "]")
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
