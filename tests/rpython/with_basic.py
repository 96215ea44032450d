class Tracer:
    def __init__(self, name: str, log: list[str]) -> None:
        self.name = name
        self.log = log

    def __enter__(self) -> "Tracer":
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> bool:
        if exc is None:
            self.log.append("exit " + self.name + " cleanly")
        else:
            self.log.append("exit " + self.name + " with " + str(exc))
        return False

    def note(self, s: str) -> None:
        self.log.append(self.name + ": " + s)


def main(argv: list[str]) -> int:
    log: list[str] = []
    with Tracer("a", log) as t:
        t.note("inside")
    print(log)
    log2: list[str] = []
    with Tracer("outer", log2) as o:
        with Tracer("inner", log2) as i:
            i.note("deep")
        o.note("between")
    print(log2)
    log3: list[str] = []
    with Tracer("noas", log3):
        log3.append("body")
    print(log3)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
