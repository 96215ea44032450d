import os
import sys


def setting(name: str, default: str) -> str:
    v = os.environ.get(name)
    if v is None:
        return default
    return v


def main(argv: list[str]) -> int:
    v = os.environ.get("RPY_TEST_SURELY_UNSET_VARIABLE_1234")
    print(v is None, v)
    print(setting("RPY_TEST_ANOTHER_UNSET_VAR", "fallback"))
    print(os.environ.get("RPY_TEST_UNSET_WITH_DEFAULT", "dflt"))
    home = os.environ.get("PATH")
    print("PATH is set:", home is not None)
    return 0 if v is None else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
