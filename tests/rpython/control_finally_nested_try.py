# A `return` (or break/continue) leaving a `try` whose `finally` body holds its own try/except/
# else/finally, loops, `with` or a return: the returned value survives the finally's control flow.
class Tag:
    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> "Tag":
        print("enter", self.name)
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> bool:
        print("exit", self.name)
        return exc is not None and isinstance(exc, KeyError)


def boom(n: int) -> int:
    if n > 0:
        raise ValueError("boom " + str(n))
    return n


def f_basic() -> int:
    try:
        return 1
    finally:
        try:
            raise ValueError("inside finally")
        except ValueError:
            print("caught")


def f_str(s: str) -> str:
    try:
        return s + "!"
    finally:
        try:
            boom(1)
        except ValueError as e:
            print("caught", e)


def f_else_finally(n: int) -> int:
    try:
        return n * 3
    finally:
        try:
            boom(n - 2)
        except ValueError as e:
            print("except", e)
        else:
            print("else")
        finally:
            print("inner finally")


def f_before(n: int) -> list[int]:
    r = [n, n + 1]
    try:
        r.append(n + 2)
        return r
    finally:
        try:
            r.append(boom(n))
        except ValueError:
            r.append(-1)
        r.append(99)


def f_loops(n: int) -> int:
    total = 0
    try:
        return n + 100
    finally:
        for i in range(4):
            for j in range(4):
                try:
                    if j == 2:
                        break
                    if (i + j) % 2 == 1:
                        continue
                    boom(i - j)
                except ValueError:
                    total += 10
                    continue
                total += 1
        k = 0
        while True:
            k += 1
            try:
                if k > 3:
                    break
                boom(k % 2)
            except ValueError:
                continue
        print("loops total", total, "k", k)


def f_loop_exit(xs: list[int]) -> int:
    out = 0
    for x in xs:
        try:
            if x < 0:
                continue
            if x > 100:
                break
            out += x
        finally:
            try:
                boom(x % 3)
            except ValueError:
                out += 1000
    try:
        return out
    finally:
        out = -5
        print("f_loop_exit finally out", out)


def f_return_in_except(n: int) -> int:
    try:
        return n
    finally:
        try:
            boom(n)
        except ValueError:
            print("except returns", n + 1)
            return n + 1


def f_return_in_inner_try(n: int) -> int:
    try:
        return n
    finally:
        try:
            if n > 5:
                return n * 2
        finally:
            try:
                boom(n)
            except ValueError:
                print("innermost caught", n)


def f_with(n: int) -> int:
    try:
        return n + 7
    finally:
        with Tag("a"):
            try:
                boom(n)
            except ValueError:
                print("caught in with")
        with Tag("b"):
            raise KeyError("swallowed by b")


def f_with_return(n: int) -> str:
    with Tag("outer"):
        try:
            return "w" + str(n)
        finally:
            with Tag("inner"):
                if n > 0:
                    raise KeyError("k")
    # `Tag.__exit__` may swallow an exception: the checker sees a path here.
    return "after with"


def f_propagate(n: int) -> int:
    try:
        return n
    finally:
        try:
            boom(n)
        except KeyError:
            print("not reached")


def f_propagate_finally(n: int) -> int:
    try:
        return n
    finally:
        try:
            boom(n)
        finally:
            print("inner finally runs", n)


def f_nested_finally(n: int) -> int:
    try:
        try:
            return n + 1
        finally:
            try:
                boom(n)
            except ValueError:
                print("level 1 caught")
    finally:
        try:
            boom(n + 1)
        except ValueError:
            print("level 2 caught")
        else:
            print("level 2 else")


def f_break_value(xs: list[int]) -> int:
    found = -1
    for x in xs:
        try:
            if x % 7 == 0:
                found = x
                break
        finally:
            try:
                boom(x % 2)
            except ValueError:
                print("odd", x)
    return found


def f_none(n: int) -> None:
    try:
        if n > 0:
            return
        print("n <= 0")
    finally:
        try:
            boom(n)
        except ValueError:
            print("f_none caught")


def f_finally_jumps(xs: list[int]) -> int:
    # A break or continue in the `finally` drops the pending return value.
    seen = 0
    for x in xs:
        try:
            if x > 0:
                return x * 10
        finally:
            try:
                boom(x % 2)
            except ValueError:
                seen += 1
            if x == 3:
                continue
            if x > 4:
                break
    return seen


def f_return_from_handler(n: int) -> str:
    try:
        boom(n)
        return "body"
    except ValueError as e:
        return "handler " + str(e)
    finally:
        i = 0
        while i < 3:
            i += 1
            try:
                boom(i - 1)
            except ValueError:
                print("finally loop caught", i)
                break


def f_exc_path(n: int) -> int:
    # The exception path of the outer `try` (not a return) through the same shape.
    try:
        boom(n)
        return 0
    finally:
        try:
            boom(n)
        except ValueError:
            print("exc path caught")


def main(argv: list[str]) -> int:
    print(f_basic())
    print(f_str("hi"))
    print(f_else_finally(3))
    print(f_else_finally(1))
    print(f_before(1))
    print(f_before(0))
    print(f_loops(5))
    print(f_loop_exit([1, 2, -3, 4, 200, 5]))
    print(f_return_in_except(0))
    print(f_return_in_except(4))
    print(f_return_in_inner_try(3))
    print(f_return_in_inner_try(8))
    print(f_return_in_inner_try(0))
    print(f_with(0))
    print(f_with(2))
    print(f_with_return(0))
    print(f_with_return(1))
    print(f_propagate(0))
    try:
        print(f_propagate(3))
    except ValueError as e:
        print("propagated", e)
    try:
        print(f_propagate_finally(4))
    except ValueError as e:
        print("propagated", e)
    print(f_nested_finally(0))
    print(f_nested_finally(-1))
    print(f_break_value([3, 5, 14, 21]))
    print(f_break_value([2, 4]))
    print(f_finally_jumps([3, 5, 7]))
    print(f_finally_jumps([3, 0, 2]))
    print(f_finally_jumps([-1, -2]))
    print(f_return_from_handler(0))
    print(f_return_from_handler(6))
    f_none(1)
    f_none(0)
    try:
        print(f_exc_path(2))
    except ValueError as e:
        print("outer", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
