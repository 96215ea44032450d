class AppError(Exception):
    def __init__(self, msg: str, code: int) -> None:
        super().__init__(msg)
        self.code = code


def risky(n: int) -> int:
    try:
        if n == 1:
            raise IndexError("inner")
        return n
    except IndexError as e:
        raise AppError("wrapped " + str(e), n)


def main(argv: list[str]) -> int:
    try:
        try:
            risky(1)
        except KeyError:
            print("not here")
        finally:
            print("inner finally")
    except AppError as e:
        print("outer caught", e, e.code)
    try:
        try:
            raise ValueError("a")
        except ValueError:
            print("handling a")
            raise
    except ValueError as e:
        print("re-raised", e)
    try:
        try:
            raise ValueError("b")
        finally:
            print("finally before propagation")
    except Exception as e:
        print("caught", e)
    try:
        raise KeyError("k")
    except (IndexError, KeyError) as e:
        print("tuple caught", isinstance(e, KeyError))
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
