# Float formatting above 120 digits of precision gives CPython's exact
# decimal expansion; a precision above 2**31 - 1 is "precision too big".


def show(s: str) -> None:
    print(len(s), s)


def main(argv: list[str]) -> int:
    xs = [5e-324, -5e-324, 0.1, 1e300, -1.7976931348623157e308, 2.2250738585072014e-308, 0.0, -0.0, 1.0 / 3.0, 2.5]
    for x in xs:
        show(f"{x:.400f}")
        show("%.330e" % x)
        show(format(x, ".200g"))
        show(format(x, ".999g"))
        show(f"{x:#.150G}")
        show(f"{x:.130%}")
        show("%.121f|%.125E|%.800g" % (x, x, x))
        show("{:>500.300}".format(x))
        show(f"{x:.767e}")
        show(f"{x:.1100f}")
    n = 7
    show(f"{n:.200f}")
    show(f"{n:.150e}")
    for spec in [".2147483648f", ".2147483648", ".2147483648e", ".2147483648g", ".2147483648%", ".9223372036854775807f",
                 ".9223372036854775808f", ".99999999999999999999e", "10.2147483648F", ".2147483648d"]:
        try:
            show(format(0.1, spec))
        except ValueError as e:
            print(spec, "ValueError", e)
        try:
            show(format(3, spec))
        except ValueError as e:
            print(spec, "int ValueError", e)
    for fmt in ["%.2147483648f", "%.9223372036854775808e", "%.2147483648g"]:
        try:
            show(fmt % 0.5)
        except ValueError as e:
            print(fmt, "ValueError", e)
    try:
        show("{:.2147483648f}".format(0.25))
    except ValueError as e:
        print("str.format ValueError", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
