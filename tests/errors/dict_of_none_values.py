# A dict (or set) whose values are only `None` has no value type: reported at the
# display, annotation or comprehension, never inside the prelude's Dict class.
def main(argv: list[str]) -> int:
    a = {"a": None}
    b = {k: None for k in argv}
    c: dict[str, None] = {}
    d: set[None] = set()
    print(a, b, c, d)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
