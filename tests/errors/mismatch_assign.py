def main(argv: list[str]) -> int:
    count = 0
    count = "many"
    return count

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
