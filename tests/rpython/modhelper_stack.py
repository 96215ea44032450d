"""Helper module for module_* tests: a stack class built on modhelper_text."""

import modhelper_text


class Stack:
    def __init__(self) -> None:
        self.items: list[str] = []

    def push(self, s: str) -> None:
        self.items.append(s)

    def pop(self) -> str:
        return self.items.pop()

    def render(self) -> str:
        return modhelper_text.join_all(self.items)

    def size(self) -> int:
        return len(self.items)


class LoudStack(Stack):
    def push(self, s: str) -> None:
        self.items.append(modhelper_text.shout(s))


DEFAULT_DEPTH = 4
