def early(log: list[str]) -> str:
    try:
        log.append("body")
        return "from try"
    finally:
        log.append("cleanup")


def loop_control() -> list[str]:
    out: list[str] = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append("body" + str(i))
        finally:
            out.append("fin" + str(i))
    return out


def nested(log: list[str]) -> None:
    try:
        try:
            log.append("inner")
            raise ValueError("x")
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("handled")
    finally:
        log.append("outer finally")


def main(argv: list[str]) -> int:
    log: list[str] = []
    print(early(log), log)
    print(loop_control())
    log2: list[str] = []
    nested(log2)
    print(log2)
    counter = 0
    while counter < 10:
        try:
            counter += 1
            if counter % 4 == 0:
                raise RuntimeError("tick " + str(counter))
        except RuntimeError as e:
            print(e)
        finally:
            if counter == 9:
                print("finally at 9")
    return counter


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
