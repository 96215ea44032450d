N = 10
M: int = -3
GREETING = "hi"
NAME: str = "world"
FLAG = True


def main(argv: list[str]) -> int:
    total = 0
    for i in range(N):
        total += i * M
    print(GREETING, NAME, total, FLAG)
    if FLAG:
        print(GREETING + ", " + NAME)
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
