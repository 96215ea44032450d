def main(argv: list[str]) -> int:
    raise 42

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
