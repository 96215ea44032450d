"""Helper module for module_values_once: its values are evaluated once,
when it is first imported."""

from typing import Callable

import modhelper_init_log

LOADED = modhelper_init_log.note("modhelper_init: LOADED")
REGISTRY: dict[str, int] = {}
NAMES = ["alpha", "beta"]
TRIPLE: Callable[[int], int] = lambda x: x * 3


def register(name: str) -> int:
    REGISTRY[name] = len(REGISTRY)
    return REGISTRY[name]
