# A user exception's __str__ / __repr__ is found on the dynamic class when
# the exception is caught as a base class (print, str, f-strings, repr,
# containers); BaseException.__str__ (the message) is used by str() even
# when the class defines only __repr__.


class Quiet(Exception):
    def __str__(self) -> str:
        return "quiet!"


class Loud(Quiet):
    def __str__(self) -> str:
        return "LOUD"


class Shown(ValueError):
    def __repr__(self) -> str:
        return "<shown>"


class Plain(Exception):
    pass


def check(n: int) -> None:
    if n == 0:
        raise Quiet("ignored")
    if n == 1:
        raise Loud("ignored too")
    if n == 2:
        raise Shown("message")
    if n == 3:
        raise Plain("plain message")
    raise KeyError("k")


def main(argv: list[str]) -> int:
    try:
        raise Quiet("ignored")
    except Quiet as q:
        print(q)
    for i in range(5):
        try:
            check(i)
        except Exception as e:
            print(e, str(e), f"<{e}>", repr(e), [e])
            print("%s" % e, "{}".format(e), str(e) + "!")
    try:
        check(2)
    except ValueError as v:
        print(v, repr(v), [v])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
