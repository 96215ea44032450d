# Dict views (`d.keys()`, `d.values()`, `d.items()`) may be walked or
# measured, where CPython's live view behaves as a list; showing or storing
# one is rejected (tests/errors/dict_view_as_value.py).


class K:
    def __init__(self, n: int) -> None:
        self.n = n

    def __eq__(self, o: "K") -> bool:
        print("eq", self.n, o.n)
        return self.n == o.n

    def __hash__(self) -> int:
        return self.n % 2


def main(argv: list[str]) -> int:
    # membership in keys()/items() looks the key up, as CPython's views
    ks = [K(1), K(2), K(3), K(4)]
    kd = {ks[0]: 10, ks[1]: 20, ks[2]: 30, ks[3]: 40}
    print(ks[3] in kd.keys(), K(3) in kd.keys(), K(8) not in kd.keys())
    print((ks[2], 30) in kd.items(), (K(1), 11) in kd.items(), 40 in kd.values())
    d = {"a": 1, "b": 2, "c": 3}
    for k in d.keys():
        print(k, end=" ")
    print()
    print([v * 2 for v in d.values()], {k: v for k, v in d.items()})
    print(list(d.keys()), sorted(d.values(), reverse=True), len(d.items()))
    print(set(d.values()) == {1, 2, 3}, tuple(d.keys()), dict(d.items()))
    print(sum(d.values()), min(d.values()), max(d.items()), any(d.values()))
    print("b" in d.keys(), 5 in d.values(), ("a", 1) in d.items(), "z" not in d.keys())
    print(list(enumerate(d.keys())), list(zip(d.keys(), d.values())))
    print(list(reversed(d.items())), ", ".join(d.keys()))
    print(all(v > 0 for v in d.values()), sorted(d.items(), key=lambda kv: -kv[1]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
