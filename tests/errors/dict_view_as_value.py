def main(argv: list[str]) -> int:
    d = {"a": 1}
    print(d.keys())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
