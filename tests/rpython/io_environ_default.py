"""os.getenv(name, default) as os.environ.get(name, default), and both
arguments evaluated before the lookup (a default with effects runs also
when the variable is set, as on CPython). PATH is set wherever the tests
run; its value is never printed."""

import os


def dflt(tag: str) -> str:
    print("default evaluated", tag)
    return "d-" + tag


def name(tag: str) -> str:
    print("name evaluated", tag)
    return "RPY_SURELY_UNSET_" + tag


def main(argv: list[str]) -> int:
    print(os.getenv(name("a"), dflt("a")))
    print(os.environ.get(name("b"), dflt("b")))
    print(os.getenv("PATH", dflt("c")) != "d-c")
    print(os.environ.get("PATH", dflt("d")) != "d-d")
    print(os.getenv(name("e")), os.environ.get(name("f")))
    v = os.getenv("RPY_SURELY_UNSET", "")
    print(repr(v), len(v))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
