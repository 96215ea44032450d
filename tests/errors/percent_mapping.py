"""`%` with a dict needs a literal format (its `%(key)` fields are read
when translating) and str keys."""


def main(argv: list[str]) -> int:
    fmt = "%(a)s"
    ages: dict[str, int] = {"a": 1}
    print(fmt % ages)
    by_id: dict[int, str] = {1: "x"}
    print("%(1)s" % by_id)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
