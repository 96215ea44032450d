def main(argv: list[str]) -> int:
    print("a", "b", "c")
    print("a", "b", "c", sep="-")
    print("a", "b", sep="")
    print("no newline", end="")
    print(" <- continued")
    print("x", "y", sep=", ", end=".\n")
    print()
    print("", "")
    print(1, 2.5, True, None, "s", [1], (2,), {"k": 3})
    print(end="")
    print("multi", end="|")
    print("end", end="|\n")
    for i in range(3):
        print(i, end=" ")
    print()
    print("tab\tsep", "new\nline")
    print("unicode \u00e9 \U0001F40D", sep="")
    parts = ["p", "q", "r"]
    print(" ".join(parts))
    print("sep", "only", sep="::", end="")
    print()
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
