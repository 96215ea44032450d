from modhelper_text import TextError, find_or_raise
import modhelper_text


def main(argv: list[str]) -> int:
    print(find_or_raise("hello world", "wor"))
    try:
        find_or_raise("hello", "xyz")
    except TextError as e:
        print("TextError:", e, e.pos)
    try:
        raise modhelper_text.TextError("raised here", 5)
    except modhelper_text.TextError as e:
        print("qualified:", e, e.pos)
    find_or_raise("abc", "q")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
