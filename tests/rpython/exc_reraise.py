class Retry(Exception):
    pass


def attempt(n: int, log: list[str]) -> int:
    try:
        if n < 3:
            raise Retry("attempt " + str(n))
        return n
    except Retry:
        log.append("failed " + str(n))
        raise


def main(argv: list[str]) -> int:
    log: list[str] = []
    n = 0
    while True:
        try:
            r = attempt(n, log)
            print("success", r)
            break
        except Retry as e:
            print("retrying after:", e)
            n += 1
    print(log)
    try:
        try:
            raise ValueError("original")
        except ValueError as e:
            print("handling", e)
            raise
    except ValueError as e2:
        print("re-raised", e2)
    try:
        try:
            raise KeyError("k")
        except KeyError:
            raise IndexError("replaced")
    except IndexError as e:
        print("replacement:", e)
    except KeyError:
        print("not reached")
    saved: list[Exception] = []
    for v in ["1", "x", "2"]:
        try:
            int(v)
        except ValueError as e:
            saved.append(e)
    print(len(saved), str(saved[0]))
    raise saved[0]


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
