def step(log: list[str], mode: int) -> int:
    try:
        log.append("try")
        if mode == 1:
            raise ValueError("v")
        if mode == 2:
            raise KeyError("k")
        if mode == 3:
            return 30
    except ValueError as e:
        log.append("except ValueError " + str(e))
        return 10
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return 0


def main(argv: list[str]) -> int:
    for mode in range(4):
        log: list[str] = []
        try:
            r = step(log, mode)
            log.append("returned " + str(r))
        except KeyError as e:
            log.append("outer KeyError " + str(e))
        print(mode, log)
    try:
        try:
            raise IndexError("inner")
        finally:
            print("inner finally")
    except IndexError as e:
        print("outer caught", e)
    try:
        print("no error")
    except Exception:
        print("not printed")
    else:
        print("else branch")
    finally:
        print("finally branch")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
