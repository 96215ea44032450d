def main(argv: list[str]) -> int:
    print(ascii("é"))
    print(ascii("plain"))
    print(ascii("it's \"q\" \\ \n tab\t"))
    print(ascii("日本 \U0001f600 \u00ff"))
    print(ascii(5))
    print(ascii([1, 2]))
    print(ascii(["é", "x"]))
    print(ascii({"k": "ü"}))
    x = "ü"
    print(f"{x!a}")
    print(f"[{x!a:>8}]")
    print("%a" % "ñ\n")
    print("{!a}".format("ß"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
