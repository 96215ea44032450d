"""sys.modules: the dict of loaded modules that programs see, kept in
step with the VM's own table (space.modules, which the import machinery
and the builtin modules fill).

The import machinery (ExecutionContext.load_module) asks `lookup` first
and calls `record` / `forget` after loading, so that
- every module the VM has loaded appears in sys.modules (entries added to
  space.modules directly, like __main__, are mirrored at the next import);
- a module object a program stores in sys.modules[name] is what
  `import name` gives;
- a source module a program deletes from sys.modules is executed again
  by the next import (builtin modules are kept).
Values in sys.modules that are not modules are ignored by imports."""

from interpreter.objspace.root import W_Root
from interpreter.objspace.space import Space
from interpreter.objspace.dictobject import W_DictObject
from interpreter.objspace.moduleobject import W_Module


class Mirror:
    """Which names of space.modules have been copied to sys.modules."""

    def __init__(self) -> None:
        self.names: dict[str, bool] = {}
        self.seen_count: int = -1


MIRROR: Mirror = Mirror()


def modules_dict(space: Space) -> W_DictObject | None:
    w_sys = space.modules.get("sys", None)
    if w_sys is None:
        return None
    w_d = w_sys.w_dict.get("modules", None)
    if isinstance(w_d, W_DictObject):
        return w_d
    return None


def mirror_new_modules(space: Space, w_d: W_DictObject) -> None:
    if len(space.modules) == MIRROR.seen_count:
        return
    for name in space.modules:
        if name not in MIRROR.names:
            MIRROR.names[name] = True
            space.storage_set(w_d.storage, space.newstr(name), space.modules[name])
    MIRROR.seen_count = len(space.modules)


def lookup(space: Space, name: str) -> W_Module | None:
    """The loaded module `import name` should give, or None to load it."""
    w_m = space.modules.get(name, None)
    w_d = modules_dict(space)
    if w_d is None:
        return w_m
    mirror_new_modules(space, w_d)
    w_entry: W_Root | None = space.storage_get(w_d.storage, space.newstr(name))
    if isinstance(w_entry, W_Module):
        return w_entry
    if w_entry is None and w_m is not None and name in MIRROR.names and "__file__" in w_m.w_dict:
        # deleted from sys.modules by the program: load it afresh
        del space.modules[name]
        del MIRROR.names[name]
        MIRROR.seen_count = -1
        return None
    return w_m


def record(space: Space, name: str, w_m: W_Module) -> None:
    w_d = modules_dict(space)
    if w_d is None:
        return
    MIRROR.names[name] = True
    space.storage_set(w_d.storage, space.newstr(name), w_m)


def forget(space: Space, name: str) -> None:
    """After a failed import: no half-initialised module stays behind."""
    w_d = modules_dict(space)
    if w_d is None:
        return
    if name in MIRROR.names:
        del MIRROR.names[name]
    space.storage_delete(w_d.storage, space.newstr(name))
    MIRROR.seen_count = -1
