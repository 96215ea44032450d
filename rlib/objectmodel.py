"""Object-model helpers."""


def we_are_translated() -> bool:
    """False on CPython; the translator replaces the call by the constant
    True, so code under `if we_are_translated():` runs only in the
    translated program (and the other branch only on CPython)."""
    return False


def compute_identity_hash(x: object) -> int:
    """A hash of x's identity, stable for its lifetime (translated: the
    `idhash` primitive, never derived from a moving address)."""
    return id(x) >> 4
