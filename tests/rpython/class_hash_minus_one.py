"""A __hash__ returning -1 gives hash() -2, as CPython (which keeps -1
for errors), also inside tuples and for dict keys and set members, which
then collide with -2 and compare with __eq__ as on CPython."""


class H:
    def __init__(self, h: int) -> None:
        self.h = h

    def __hash__(self) -> int:
        return self.h

    def __eq__(self, other: "H") -> bool:
        print("eq", self.h, other.h)
        if self.h == 99:
            raise ValueError("boom eq")
        return self.h == other.h


def main(argv: list[str]) -> int:
    print(hash(H(-1)), hash(H(-2)), hash(H(5)), hash(H(9223372036854775807)), hash(H(-9223372036854775807 - 1)))
    print(hash((H(-1), 1)) == hash((H(-2), 1)))
    s = {H(-1), H(-2)}
    print(len(s))
    d = {H(3): "a"}
    try:
        print(H(99) in [H(1), H(2)])
    except ValueError as e:
        print(repr(e))
    try:
        d[H(99)] = "b"
        print(len(d))
    except ValueError as e:
        print(repr(e))
    try:
        d2 = {H(99): 1}
        print(d2[H(99)])
    except ValueError as e:
        print(repr(e))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
