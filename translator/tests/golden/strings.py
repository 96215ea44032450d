def main(argv: list[str]) -> int:
    s = "hello"
    n = 0
    for c in s:
        if c in "lo":
            n += 1
    if s[0] == chr(104) and s[-1] != "x":
        n += len(s)
    return n


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
