def main(argv: list[str]) -> int:
    s = "hello"
    return len(s.frobnicate())


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
