"""Nested try/finally: each finally holds the next try, with returns,
breaks, continues and exceptions crossing every level."""


def deep(n: int, log: list[str]) -> int:
    try:
        if n == 0:
            return 10
        log.append("a")
    finally:
        log.append("f1")
        try:
            if n == 1:
                return 11
            if n == 2:
                raise ValueError("two")
        finally:
            log.append("f2")
            try:
                if n == 3:
                    return 13
            finally:
                log.append("f3")
                try:
                    if n == 4:
                        return 14
                    if n == 5:
                        raise KeyError(5)
                finally:
                    log.append("f4")
                    try:
                        if n == 6:
                            return 16
                    finally:
                        log.append("f5")
                        try:
                            if n == 7:
                                return 17
                        finally:
                            log.append("f6")
    return n * 100


def wide(n: int, log: list[str]) -> int:
    try:
        if n == 0:
            return 0
        if n == 10:
            raise ValueError("v0")
    finally:
        log.append("w0")
        try:
            if n == 1:
                return 1
            if n == 11:
                raise ValueError("v1")
        finally:
            log.append("w1")
            try:
                if n == 2:
                    return 2
                if n == 12:
                    raise ValueError("v2")
            finally:
                log.append("w2")
                try:
                    if n == 3:
                        return 3
                    if n == 13:
                        raise ValueError("v3")
                finally:
                    log.append("w3")
                    try:
                        if n == 4:
                            return 4
                        if n == 14:
                            raise ValueError("v4")
                    finally:
                        log.append("w4")
                        try:
                            if n == 5:
                                return 5
                            if n == 15:
                                raise ValueError("v5")
                        finally:
                            log.append("w5")
                            try:
                                if n == 6:
                                    return 6
                                if n == 16:
                                    raise ValueError("v6")
                            finally:
                                log.append("w6")
                                log.append("core")
    return -1


def loops(n: int, log: list[str]) -> int:
    total = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                continue
            try:
                if i == 7:
                    break
                total += i
            finally:
                log.append(f"in{i}")
                try:
                    if i == 5:
                        continue
                finally:
                    log.append(f"inner{i}")
        finally:
            log.append(f"out{i}")
            total += 1
    else:
        log.append("else")
    return total


def main(argv: list[str]) -> int:
    for n in range(9):
        log: list[str] = []
        try:
            r = deep(n, log)
            print(n, r, log)
        except ValueError as e:
            print(n, "ValueError", e, log)
        except KeyError as e:
            print(n, "KeyError", e, log)
    for n in list(range(8)) + [10, 13, 16, 20]:
        log3: list[str] = []
        try:
            print("wide", n, wide(n, log3), log3)
        except ValueError as e:
            print("wide", n, "ValueError", e, log3)
    for n in (0, 4, 6, 9):
        log2: list[str] = []
        print(n, loops(n, log2), log2)
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv))
