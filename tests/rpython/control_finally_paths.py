"""A `finally` reached from several ways (normal end, exception, return,
break, continue) sees the variables bound on all of them, and each way
goes on with its own."""
from typing import Callable


class Shape:
    def name(self) -> str:
        return "shape"


class Square(Shape):
    def name(self) -> str:
        return "square"


class Circle(Shape):
    def name(self) -> str:
        return "circle"


def pick(n: int, log: list[str]) -> Shape | None:
    try:
        if n == 0:
            return Square()
        if n == 1:
            return Circle()
        if n == 2:
            return None
        if n == 3:
            raise ValueError("three")
        found = "x" * n
    finally:
        log.append(f"pick {n}")
    log.append(found)
    return Shape()


def assigned_in_finally(n: int) -> str:
    s = "start"
    try:
        if n > 2:
            return s + " early"
        t = n * 2
        if n == 1:
            raise KeyError(n)
    finally:
        s = "finally " + str(n)
    return s + " " + str(t)


def swallow(n: int) -> int:
    for i in range(n):
        try:
            if i == 2:
                raise ValueError("gone")
        finally:
            if i == 2:
                break
    try:
        raise KeyError("k")
    finally:
        return n * 10


def cells(n: int) -> list[str]:
    out: list[str] = []
    try:
        label = "n=" + str(n)
        if n < 0:
            return out
    finally:
        out.append("fin")

    def show() -> str:
        return label

    out.append(show())
    return out


def except_name_in_finally(n: int) -> str:
    res = ""
    try:
        if n == 1:
            return "one"
    finally:
        try:
            if n == 2:
                raise ValueError("inner")
        except ValueError as e:
            res = "caught " + str(e)
    return res or "plain"


def loop_mix(words: list[str]) -> list[str]:
    seen: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        i += 1
        try:
            if w == "skip":
                continue
            if w == "stop":
                break
            if w == "boom":
                raise RuntimeError(w)
            last = w
        finally:
            seen.append("<" + w + ">")
        seen.append(last)
    else:
        seen.append("done")
    return seen


def nested_returns(n: int) -> int:
    try:
        try:
            if n == 0:
                return 1
        finally:
            if n == 1:
                return 2
    finally:
        if n == 2:
            return 3
    return 4


def make(n: int) -> Callable[[], int]:
    try:
        k = n + 1
        if n == 5:
            return lambda: -1
    finally:
        n += 100
    return lambda: k + n


def main(argv: list[str]) -> int:
    log: list[str] = []
    for n in range(5):
        try:
            s = pick(n, log)
            print(n, "None" if s is None else s.name())
        except ValueError as e:
            print(n, "error", e)
    print(log)
    for n in range(4):
        try:
            print(assigned_in_finally(n))
        except KeyError as e:
            print("KeyError", e)
    print(swallow(5), swallow(1))
    print(cells(3), cells(-1))
    for n in range(3):
        print(except_name_in_finally(n))
    print(loop_mix(["a", "skip", "b", "stop", "c"]))
    print(loop_mix(["a", "b"]))
    try:
        print(loop_mix(["a", "boom"]))
    except RuntimeError as e:
        print("RuntimeError", e)
    print([nested_returns(n) for n in range(4)])
    print(make(1)(), make(5)())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
