def greet(name: str) -> None:
    print("hello " + name)


def main(argv: list[str]) -> int:
    greet(42)
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
