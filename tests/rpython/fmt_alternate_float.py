# '#' (alternate form) on floats: with no presentation type an exponent form keeps its point
# ('1.e+16'), and the '#g', '#.0f', '#.0e', '#.0%' family with grouping, width and fill.
def values() -> list[float]:
    return [1e16, 1e-7, 1e300, 1.5, 100.0, -1e16, 1234567.0, 0.0, -0.0, 1e22, 0.5]


def main(argv: list[str]) -> int:
    x = 1e16
    y = 1e-7
    print(format(x, "#"), f"{y:#}", "{:#}".format(x), f"{1e300:#<10}", format(x, "#,"))
    specs = ["#", "#g", "#.3", "#.0e", "#.0f", "#.0%", "#,", "#_", "#20", "*^#20", "#020", "#020,", "#.0",
             "#>12.2", "#,.0f", "#e", "#.0g", "#012.0e", "+#", "#<10,"]
    for v in values():
        parts: list[str] = []
        for s in specs:
            parts.append(format(v, s))
        print("|".join(parts))
    print(f"{x:#}|{x:#,}|{x:#>12}|{-x:#012}|{y:#.0}|{2.0:#.0}|{2.0:#}")
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv))
