import sys


def main(argv: list[str]) -> int:
    sys.stdout.write("written ")
    sys.stdout.write("without newline\n")
    print("then print")
    sys.stdout.write("a")
    print("b")
    for i in range(5):
        sys.stdout.write(str(i))
        sys.stdout.write(",")
    sys.stdout.write("\n")
    sys.stderr.write("this goes to stderr\n")
    sys.stdout.write("unicode \u00e9\U0001F40D\n")
    parts: list[str] = []
    for w in ["x", "y", "z"]:
        parts.append(w * 2)
    sys.stdout.write("-".join(parts) + "\n")
    sys.stdout.flush()
    print("end")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
