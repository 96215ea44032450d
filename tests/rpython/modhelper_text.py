"""Helper module for module_* tests: text utilities (no main)."""

SEPARATOR = " | "


def shout(s: str) -> str:
    return s.upper() + "!"


def words(s: str) -> list[str]:
    return s.split()


def join_all(parts: list[str]) -> str:
    return SEPARATOR.join(parts)


class TextError(Exception):
    def __init__(self, message: str, pos: int) -> None:
        super().__init__(message)
        self.pos = pos


def find_or_raise(s: str, sub: str) -> int:
    i = s.find(sub)
    if i < 0:
        raise TextError("not found: " + sub, -1)
    return i
