import sys


def main(argv: list[str]) -> int:
    print("start")
    try:
        sys.exit()
    except SystemExit:
        print("caught exit()")
    print("end")
    sys.exit(None)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
