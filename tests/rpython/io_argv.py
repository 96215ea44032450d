import sys


def parse(args: list[str]) -> tuple[bool, int, list[str]]:
    verbose = False
    level = 0
    rest: list[str] = []
    i = 1
    while i < len(args):
        a = args[i]
        if a == "-v":
            verbose = True
        elif a == "-n" and i + 1 < len(args):
            level = int(args[i + 1])
            i += 1
        else:
            rest.append(a)
        i += 1
    return verbose, level, rest


def main(argv: list[str]) -> int:
    print("args after program name:", len(argv) - 1, argv[1:])
    print("argv is a list:", len(argv) >= 1)
    print("argv[0] non-empty:", len(argv[0]) > 0)
    for fake in [["prog"], ["prog", "-v"], ["prog", "-n", "5", "file.txt", "-v", "x"], ["prog", "-n"]]:
        print(fake[1:], parse(fake))
    return len(argv) - 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
