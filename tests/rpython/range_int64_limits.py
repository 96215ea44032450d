# Ranges whose items reach the ends of the 64-bit int range (last item + step leaves it): loops,
# comprehensions, list/reversed/min/max/enumerate/zip of them end after the last item, no overflow.
def lo() -> int:
    return -9223372036854775807 - 1


def hi() -> int:
    return 9223372036854775807


def walk(start: int, stop: int, step: int) -> list[int]:
    out: list[int] = []
    for i in range(start, stop, step):
        out.append(i)
    return out


def walk_last(start: int, stop: int, step: int) -> int:
    last = 12345
    for i in range(start, stop, step):
        last = i
    else:
        last += 0
    return last


def show(start: int, stop: int, step: int) -> None:
    try:
        items = walk(start, stop, step)
        comp = [j for j in range(start, stop, step)]
        as_list = list(range(start, stop, step))
        back = [j for j in reversed(range(start, stop, step))]
        print(len(items), items == comp, items == as_list, back == items[::-1])
        print(" ", items)
        if len(items) > 0:
            print("  min", min(range(start, stop, step)), "max", max(range(start, stop, step)))
            print("  last", walk_last(start, stop, step))
    except ValueError as e:
        print("ValueError", e)


def constant_steps() -> None:
    # Constant start, stop and step (the step test is decided at translation time).
    for i in range(9223372036854775800, 9223372036854775807, 3):
        print("c+3", i)
    for i in range(-9223372036854775800, -9223372036854775807 - 1, -3):
        print("c-3", i)
    for i in range(9223372036854775805, 9223372036854775807, 1):
        print("c+1", i)
    for i in range(-9223372036854775806, -9223372036854775807 - 1, -1):
        print("c-1", i)
    for i in range(0, 9223372036854775807, 4611686018427387904):
        print("c+2**62", i)
    for i in range(9223372036854775807, -9223372036854775807 - 1, -9223372036854775807 - 1):
        print("c-2**63", i)
    for i in range(1, 10, 4):
        print("small", i)
    print([k for k in range(9223372036854775806, 9223372036854775807, 5)])
    print(list(range(-9223372036854775807, -9223372036854775807 - 1, -7)))


def dynamic_stop(n: int) -> None:
    # A constant step with a stop only known at run time.
    H = hi()
    L = lo()
    for i in range(H - n, H, 2):
        print("d+2", i)
    for i in range(L + n, L, -2):
        print("d-2", i)
    for i in range(H - n, H, 3):
        print("d+3", i)
    for i in range(L + n, L, -3):
        print("d-3", i)
    for i in range(L, H, 4611686018427387904):
        print("d+2**62", i)
    for i in range(H, L, -9223372036854775807 - 1):
        print("d-2**63", i)


def loops_in_try(step: int) -> int:
    H = hi()
    count = 0
    try:
        for i in range(H - 7, H, step):
            count += 1
            if i == H - 1:
                break
        else:
            count += 100
    except OverflowError:
        print("unexpected overflow")
    return count


def main(argv: list[str]) -> int:
    L = lo()
    H = hi()
    for step in [1, 2, 3, 4611686018427387904, 9223372036854775807]:
        for k in [0, 1, 2, 5]:
            print("up", step, k)
            show(H - k, H, step)
        print("up full", step)
        show(H - 6, H, step)
        print("up from low", step)
        show(L, L + 7, step)
    for step in [-1, -2, -3, -4611686018427387904, -9223372036854775807 - 1]:
        for k in [0, 1, 2, 5]:
            print("down", step, k)
            show(L + k, L, step)
        print("down full", step)
        show(L + 6, L, step)
        print("down from high", step)
        show(H, H - 7, step)
    print("whole range by 2**62")
    show(L, H, 4611686018427387904)
    print("whole range by -2**62")
    show(H, L, -4611686018427387904)
    print("whole range by MAX")
    show(L, H, H)
    print("whole range down by MIN")
    show(H, L, L)
    print("zero step")
    show(H - 5, H, 0)
    show(0, 0, 0)
    try:
        for i in range(0, 10, 0):
            print(i)
    except ValueError as e:
        print("ValueError", e)
    try:
        print(list(range(1, 2, 0)))
    except ValueError as e:
        print("ValueError", e)
    constant_steps()
    dynamic_stop(6)
    dynamic_stop(0)
    print(loops_in_try(2), loops_in_try(3), loops_in_try(1), loops_in_try(-1))
    for n, v in enumerate(range(H - 4, H, 2)):
        print("enumerate", n, v)
    for a, b in zip(range(H - 4, H, 2), range(L + 4, L, -2)):
        print("zip", a, b)
    print(sorted(range(L + 6, L, -3)))
    print(H - 1 in range(H - 5, H, 2), len(range(H - 5, H, 2)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
