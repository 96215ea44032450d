def main(argv: list[str]) -> int:
    s = "hello"
    s[0] = "j"
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
