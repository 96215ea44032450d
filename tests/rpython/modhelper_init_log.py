"""Helper module for module_values_once: records the order in which
module-level values are evaluated."""

LOG: list[str] = []


def note(what: str) -> int:
    LOG.append(what)
    print("evaluating", what)
    return len(LOG)
