def main(argv: list[str]) -> int:
    print("exiting with 3")
    return 3

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
