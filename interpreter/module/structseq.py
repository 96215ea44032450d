"""Struct sequences (CPython's structseq): tuple subclasses whose items
are also named attributes, like sys.version_info and time.struct_time.

The classes come from the app-level factory in structseq_app.py (the
`_structseq` helper module, see apphelper.py)."""

from interpreter.objspace.root import W_Root, positional
from interpreter.objspace.space import Space
from interpreter.objspace.typeobject import W_TypeObject
from interpreter.module.apphelper import helper_module
from interpreter.module.structseq_app import STRUCTSEQ_SOURCE


def make_type(space: Space, module: str, name: str, fields: list[str], n_seq: int) -> W_TypeObject:
    """A new struct sequence type module.name with these fields, the first
    n_seq of which are its items."""
    w_factory = space.getattr(helper_module(space, "_structseq", STRUCTSEQ_SOURCE), "structseq_type")
    fields_w: list[W_Root] = []
    for f in fields:
        fields_w.append(space.newstr(f))
    w_t = space.call(w_factory, positional([space.newstr(module), space.newstr(name),
                                             space.newtuple(fields_w), space.newint(n_seq)]))
    assert isinstance(w_t, W_TypeObject)
    return w_t


def new(space: Space, w_type: W_TypeObject, items_w: list[W_Root]) -> W_Root:
    """An instance of a struct sequence type made by make_type."""
    return space.call(w_type, positional([space.newtuple(items_w)]))
