def main(argv: list[str]) -> int:
    for s in ["plain", "it's", 'say "hi"', "both ' \"", "tab\t", "nl\n", "cr\r", "bs\\", "nul\x00", "del\x7f",
              "\x01\x1f", "~", ""]:
        print(repr(s), len(repr(s)))
    print(str(1), str(-1), str(1.0), str(True), str(["1", "a"]), str((1,)), str({"k": [1.5]}))
    print(repr(1), repr(-1), repr(1.0), repr(True), repr(["1", "a"]), repr(None))
    print(repr(repr("x")), str(str("y")))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
