def main(argv: list[str]) -> int:
    with open("f") as f:
        pass
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
