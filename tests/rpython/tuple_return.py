class Stats:
    def __init__(self) -> None:
        self.data: list[float] = []

    def add(self, x: float) -> None:
        self.data.append(x)

    def summary(self) -> tuple[int, float, float]:
        n = len(self.data)
        if n == 0:
            return 0, 0.0, 0.0
        s = 0.0
        for v in self.data:
            s += v
        mean = s / n
        var = 0.0
        for v in self.data:
            var += (v - mean) * (v - mean)
        return n, mean, var / n


def split_name(full: str) -> tuple[str, str]:
    i = full.find(" ")
    if i < 0:
        return full, ""
    return full[:i], full[i + 1:]


def main(argv: list[str]) -> int:
    st = Stats()
    print(st.summary())
    for v in [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]:
        st.add(v)
    n, mean, var = st.summary()
    print(n, mean, var)
    res = st.summary()
    print(res[0], res[1], res[2], res)
    for full in ["Ada Lovelace", "Plato", "Guido van Rossum"]:
        first, last = split_name(full)
        print(repr(first), repr(last))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
