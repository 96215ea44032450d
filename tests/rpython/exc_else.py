def attempt(n: int) -> str:
    result = "start"
    try:
        if n < 0:
            raise ValueError("neg")
        result = "ok"
    except ValueError:
        result = "bad"
    else:
        result += "+else"
    finally:
        result += "+finally"
    return result


def main(argv: list[str]) -> int:
    print(attempt(1))
    print(attempt(-1))
    count = 0
    try:
        count += 1
    except:
        count = -1
    print(count)
    e2 = ValueError("stored")
    try:
        raise e2
    except ValueError as caught:
        print("caught stored", caught)
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
