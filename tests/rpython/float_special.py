def classify(x: float) -> str:
    if x != x:
        return "nan"
    if x == float("inf"):
        return "+inf"
    if x == float("-inf"):
        return "-inf"
    if x == 0.0:
        return "zero"
    return "finite"


def main(argv: list[str]) -> int:
    inf = float("inf")
    ninf = float("-inf")
    nan = float("nan")
    print(inf, ninf, nan)
    print(repr(inf), repr(ninf), repr(nan))
    print(inf > 1e308, ninf < -1e308, inf == inf, nan == nan, nan != nan)
    print(nan < 1.0, nan > 1.0, nan <= nan, nan >= 0.0)
    print(inf + 1.0, inf - inf, inf * 0.0, -inf)
    print(inf * -1.0, 1.0 / inf, -1.0 / inf)
    print(classify(inf), classify(ninf), classify(nan), classify(0.0), classify(-2.0))
    print(classify(inf - inf), classify(1e308 * 10.0))
    print(float("Infinity"), float("-INF"), float("NaN"), float("+inf"))
    print(max(1.0, inf), min(1.0, ninf))
    print(abs(ninf), abs(-3.5))
    values = [3.0, inf, -1.0, ninf]
    print(sorted(values))
    print(str(inf), f"{inf}", f"{ninf:.2f}", f"{nan:.3f}")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
