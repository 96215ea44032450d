# Narrowing of attribute paths (and of cells a nested function assigns)
# across calls that may change them: a use as a receiver after such a call
# is checked at run time and raises CPython's AttributeError; tests made
# again, declared-type uses, and calls that cannot run user code keep the
# narrowing.


class Node:
    def __init__(self, v: int) -> None:
        self.v = v
        self.next: Node | None = None

    def get(self) -> int:
        return self.v


class A:
    def __init__(self) -> None:
        self.a = 1

    def who(self) -> str:
        return "A"


class M(A):
    def __init__(self) -> None:
        super().__init__()
        self.m = "em"

    def who(self) -> str:
        return "M"


class B(M):
    def __init__(self) -> None:
        super().__init__()
        self.s = "bee"

    def who(self) -> str:
        return "B"

    def hello(self) -> str:
        return "hello " + self.s


class C(A):
    def who(self) -> str:
        return "C"


def show_opt(n: Node | None) -> str:
    if n is None:
        return "none"
    return "node " + str(n.v)


def show_a(x: A) -> str:
    return "a:" + x.who()


def node_value(n: Node) -> int:
    return n.v


class Holder:
    def __init__(self) -> None:
        self.x: Node | None = Node(1)
        self.y: A = B()
        self.chain: Node | None = Node(10)

    def reset(self) -> None:
        self.x = None

    def reset_n(self) -> int:
        self.x = None
        return 0

    def set_y(self, y: A) -> None:
        self.y = y

    def cut(self) -> None:
        if self.chain is not None:
            self.chain.next = None

    def method_receiver(self) -> None:
        if self.x is not None:
            self.reset()
            try:
                print(self.x.get())
            except AttributeError as e:
                print("AttributeError:", e)

    def attr_receiver(self) -> None:
        self.x = Node(2)
        if self.x is not None:
            print(self.x.v)
            self.reset()
            try:
                print(self.x.v)
            except AttributeError as e:
                print("AttributeError:", e)

    def store_receiver(self) -> None:
        self.x = Node(3)
        if self.x is not None:
            self.reset()
            try:
                self.x.v = 5
            except AttributeError as e:
                print("AttributeError:", e)
            try:
                self.x.v += 5
            except AttributeError as e:
                print("AttributeError:", e)

    def chained(self) -> None:
        self.chain = Node(10)
        self.chain.next = Node(20)
        self.chain.next.next = Node(30)
        if (
            self.chain is not None
            and self.chain.next is not None
            and self.chain.next.next is not None
        ):
            print(self.chain.next.next.v)
            self.cut()
            try:
                print(self.chain.next.next.v)
            except AttributeError as e:
                print("AttributeError:", e)

    def isinstance_cases(self, other: A) -> None:
        self.y = B()
        if isinstance(self.y, B):
            print(self.y.who(), self.y.a, self.y.m, self.y.hello())
            self.set_y(other)
            # On the declared class A: looked up on whatever it is now.
            print(self.y.who(), self.y.a)
            try:
                print(self.y.m)
            except AttributeError as e:
                print("AttributeError:", e)
            try:
                print(self.y.hello())
            except AttributeError as e:
                print("AttributeError:", e)
            try:
                print(self.y.s)
            except AttributeError as e:
                print("AttributeError:", e)
            # Where an `A` is expected, the value as it is now.
            print(show_a(self.y))

    def retest(self) -> None:
        self.x = Node(4)
        if self.x is not None:
            self.reset()
            if self.x is None:
                print("None after reset")
            self.x = Node(7)
            self.reset()
            if self.x is not None:
                print("still there", self.x.v)
            else:
                print("gone")
            self.x = Node(8)
            if self.x:
                print("truthy")
            self.reset()
            if not self.x:
                print("falsy now")
            print(show_opt(self.x))

    def safe_calls(self) -> None:
        self.x = Node(6)
        if self.x is not None:
            n = len("abc") + abs(-3)
            s = str(n) + "x"
            xs = [1, 2, 3]
            xs.append(4)
            d = {"a": 1}
            d["b"] = 2
            print(n, s, sorted(xs), max(xs), d, f"{n:>4}", "%d" % n, self.x.v)
            k = self.x
            print(k.v)

    def loop(self) -> None:
        self.x = Node(8)
        if self.x is not None:
            for i in range(3):
                try:
                    print(i, self.x.v)
                except AttributeError as e:
                    print("AttributeError:", e)
                if i == 1:
                    self.reset()

    def while_loop(self) -> None:
        self.x = Node(9)
        i = 0
        if self.x is not None:
            while i < 3:
                try:
                    print("while", i, self.x.get())
                except AttributeError as e:
                    print("AttributeError:", e)
                i += 1
                if i == 2:
                    self.reset()

    def loop_nocall(self) -> None:
        self.x = Node(9)
        total = 0
        if self.x is not None:
            for i in range(3):
                total += self.x.v + i
            k = self.x
            print(total, k.v)

    def log(self, msg: str) -> None:
        print("log", msg, self.chain is None)

    def harmless_call(self) -> int:
        # `log` (and what it calls) never stores into `x`.
        self.x = Node(14)
        if self.x is not None:
            self.log("checking")
            return node_value(self.x) + len(str(self.x.v))
        return 0

    def reestablished(self) -> int:
        self.x = Node(12)
        self.reset()
        if self.x is None:
            self.x = Node(13)
        return self.x.v


def cells() -> None:
    cur: Node | None = Node(5)

    def clear() -> None:
        nonlocal cur
        cur = None

    if cur is not None:
        print(cur.v)
        clear()
        try:
            print(cur.v)
        except AttributeError as e:
            print("AttributeError:", e)
        if cur is None:
            print("cell is None now")


def args_order(h: Holder) -> None:
    h.x = Node(11)
    if h.x is not None:
        try:
            print(pick(h.reset_n(), h.x.v))
        except AttributeError as e:
            print("AttributeError:", e)


def pick(a: int, b: int) -> int:
    return b


class Lazy:
    # `x` is only ever set to a node after construction: its narrowing
    # survives calls.
    def __init__(self) -> None:
        self.x: Node | None = None

    def fill(self, v: int) -> None:
        self.x = Node(v)

    def run(self) -> int:
        self.fill(1)
        if self.x is not None:
            self.fill(2)
            n = self.x
            return n.v
        return 0


def main(argv: list[str]) -> int:
    h = Holder()
    h.method_receiver()
    h.attr_receiver()
    h.store_receiver()
    h.chained()
    h.isinstance_cases(A())
    h.isinstance_cases(M())
    h.isinstance_cases(C())
    h.retest()
    h.safe_calls()
    h.loop()
    h.while_loop()
    h.loop_nocall()
    print(h.reestablished())
    print(h.harmless_call())
    cells()
    args_order(h)
    print(Lazy().run())
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv))
