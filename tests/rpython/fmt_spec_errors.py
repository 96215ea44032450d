"""Format-spec validation as CPython's: the errors (type and message) of
bad specs for int, bool, float and str, in CPython's order of checks, and
the '0' flag with explicit alignments."""

SPECS: list[str] = [
    "#c", "z", "zd", "z,", "010", "<010", "^010", "*<010", "=010", "0", "00",
    "05s", "__", ",,", ",_", "_,", ",c", ",n", "_n", "_x", ",x", ",q", "q",
    "é", ",é", " ", " s", "+", "x<", "\x01", ",\x01", "z#c", "+c", "+#c",
    ".2c", "z.1", "Z", "1.1.1", "10.2fx", "-z", "z-", "#", "#s", ",s", "_s",
    "=", "=5", ".2q", "z.1f", "0=10,", "010,d", "0<10,", "+010.3f", "z ",
    "99999999999999999999", "1.", ",.2f", "_b", "_o", ",%", "_e", "#x",
    "#010x", "c", "5c", "^5c", "x^7,d", "-^09.3e", "0>3", "z,.1%", "<05s",
]


def show_int(v: int, spec: str) -> None:
    try:
        print(repr(format(v, spec)))
    except ValueError as e:
        print(repr(e))
    except OverflowError as e:
        print(repr(e))


def show_bool(v: bool, spec: str) -> None:
    try:
        print(repr(format(v, spec)))
    except ValueError as e:
        print(repr(e))


def show_float(v: float, spec: str) -> None:
    try:
        print(repr(format(v, spec)))
    except ValueError as e:
        print(repr(e))


def show_str(v: str, spec: str) -> None:
    try:
        print(repr(format(v, spec)))
    except ValueError as e:
        print(repr(e))


def t1() -> str:
    n = 5
    return f"{n:#c}"


def t2() -> str:
    n = 42
    return f"{n:z}"


def t3() -> str:
    return "%5%|" % ()


def main(argv: list[str]) -> int:
    for f in [t1, t2, t3]:
        try:
            print(repr(f()))
        except Exception as e:
            print(repr(e))
    for spec in SPECS:
        print("spec", repr(spec))
        for i in [5, -3, 0, 1234567]:
            show_int(i, spec)
        show_bool(True, spec)
        show_bool(False, spec)
        for x in [2.5, -0.0, -1234.5678]:
            show_float(x, spec)
        show_str("x", spec)
        show_str("", spec)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
