def main(argv: list[str]) -> int:
    t = (1, "one")
    return t[2]


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
