def main(argv: list[str]) -> int:
    return run(argv)


def run(argv: list[str]) -> int:
    print("args:", len(argv) - 1)
    for i in range(1, len(argv)):
        print(argv[i])
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
