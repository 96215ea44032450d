import modhelper_geometry
import modhelper_stack
from modhelper_text import SEPARATOR

LOCAL_LIMIT = modhelper_stack.DEFAULT_DEPTH * 2
BANNER = "=" * 10


def main(argv: list[str]) -> int:
    print(BANNER)
    print(LOCAL_LIMIT, modhelper_stack.DEFAULT_DEPTH)
    print(modhelper_geometry.PI_ISH * LOCAL_LIMIT)
    print("a" + SEPARATOR + "b")
    print(BANNER)
    return LOCAL_LIMIT


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
