from typing import Callable


def op_push(stack: list[int], arg: int) -> None:
    stack.append(arg)


def op_add(stack: list[int], arg: int) -> None:
    b = stack.pop()
    a = stack.pop()
    stack.append(a + b)


def op_mul(stack: list[int], arg: int) -> None:
    b = stack.pop()
    a = stack.pop()
    stack.append(a * b)


def op_dup(stack: list[int], arg: int) -> None:
    stack.append(stack[-1])


def main(argv: list[str]) -> int:
    ops: dict[str, Callable[[list[int], int], None]] = {
        "push": op_push,
        "add": op_add,
        "mul": op_mul,
        "dup": op_dup,
    }
    program = [("push", 3), ("push", 4), ("add", 0), ("dup", 0), ("mul", 0), ("push", 2), ("add", 0)]
    stack: list[int] = []
    for name, arg in program:
        ops[name](stack, arg)
        print(name, arg, stack)
    table: list[Callable[[list[int], int], None]] = [op_push, op_dup, op_add]
    st: list[int] = []
    for i, f in enumerate(table):
        f(st, i + 5)
    print(st)
    return stack[0] - 51


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
