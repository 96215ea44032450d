def f(k: int) -> int:
    for i in range(k):
        try:
            if i == 2:
                return i
            if i == 1:
                continue
        finally:
            print("fin", i)
    return -1


def main(argv: list[str]) -> int:
    return f(5)

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
