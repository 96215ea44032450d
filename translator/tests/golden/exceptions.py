class MyError(Exception):
    pass


def main(argv: list[str]) -> int:
    n = 0
    try:
        n = 1
        raise MyError("boom")
    except (MyError, ValueError) as e:
        print("caught", e, n)
    except:
        n = 2
    finally:
        print("finally")
    return n

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
