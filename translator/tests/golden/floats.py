def scale(x: float, k: int) -> float:
    return x * k + 0.5


def main(argv: list[str]) -> int:
    y = scale(1.5, 2)
    z = -y / 4.0
    if z < 0.0 and y >= 3:
        return 1
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
