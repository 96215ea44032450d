def main(argv: list[str]) -> int:
    for s in ["\x80", "\x9f", "\xa0", "\xa1", "\xad", "\xff", "\u00e9", "\u0100", "\u0378", "\u200b", "\u2028",
              "\u3000", "\ufeff", "\uffff", "\u4e2d\u6587", "\U0001F40D", "\U000E0001", "\U0010FFFF", "caf\u00e9 \U0001F600"]:
        print(repr(s), len(repr(s)))
    print(["\u00e9", "\x85", "\U0001F40D"])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
