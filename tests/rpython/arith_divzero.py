def safe_div(a: int, b: int) -> int:
    try:
        return a // b
    except ZeroDivisionError as e:
        print("error:", str(e))
        return 0


def safe_mod(a: int, b: int) -> int:
    try:
        return a % b
    except ZeroDivisionError as e:
        print("error:", e)
        return -1


def main(argv: list[str]) -> int:
    print(safe_div(10, 3), safe_div(10, 0))
    print(safe_mod(10, 3), safe_mod(10, 0))
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
