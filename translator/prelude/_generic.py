"""Type variables for generic prelude code.

The front end instantiates every generic prelude function or class per
concrete type (monomorphization); inside an instantiation `==`, `<`,
`hash(x)`, `repr(x)` and `str(x)` on a `T` resolve statically to the
concrete type's operation.
"""

from typing import TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
