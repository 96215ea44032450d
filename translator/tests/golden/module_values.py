TABLE = [1, 2]
LIMIT = len(TABLE) + 1


def main(argv: list[str]) -> int:
    TABLE.append(LIMIT)
    return len(TABLE)
