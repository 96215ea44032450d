def main(argv: list[str]) -> int:
    best = None
    for a in argv:
        best = a
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
