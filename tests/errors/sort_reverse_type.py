
def main(argv: list[str]) -> int:
    nums = [3, 1, 2]
    nums.sort(reverse=1.5)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
