def answer() -> int:
    return "forty-two"


def main(argv: list[str]) -> int:
    return answer()

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
