"""Registration of the standard modules implemented in interpreter/module/
(builtin modules built on first import, and app-level modules)."""

from interpreter.objspace.space import Space
from interpreter.module.randommod import install_random
from interpreter.module.random_app import RANDOM_SOURCE
from interpreter.module.struct_app import STRUCT_SOURCE
from interpreter.module.posixmod import install_posix
from interpreter.module.os_app import OS_SOURCE, POSIXPATH_SOURCE
from interpreter.module.errno_app import ERRNO_SOURCE
from interpreter.module.string_app import STRING_SOURCE, GC_SOURCE
from interpreter.module.array_app import ARRAY_SOURCE


def register(space: Space) -> None:
    space.lazy_modules["_random"] = install_random
    space.app_modules["random"] = RANDOM_SOURCE
    space.app_modules["struct"] = STRUCT_SOURCE
    space.lazy_modules["posix"] = install_posix
    space.app_modules["os"] = OS_SOURCE
    space.app_modules["posixpath"] = POSIXPATH_SOURCE
    space.lazy_modules["os.path"] = install_os_path
    space.app_modules["errno"] = ERRNO_SOURCE
    space.app_modules["string"] = STRING_SOURCE
    space.app_modules["gc"] = GC_SOURCE
    space.app_modules["array"] = ARRAY_SOURCE


def install_os_path(space: Space) -> None:
    """`import os.path`: the posixpath module that os already imported."""
    w_m = space.modules.get("posixpath", None)
    if w_m is not None:
        space.modules["os.path"] = w_m
