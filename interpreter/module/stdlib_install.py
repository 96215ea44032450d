"""Registers the app-level modules itertools, functools, operator and
collections (Python source compiled by the VM on first import), and the
builtin __init__ methods of dict/list/set that their subclasses call."""

from interpreter.objspace.root import W_Root, Args
from interpreter.objspace.space import Space
from interpreter.objspace.builtin_methods import method
from interpreter.module.itertools_app import ITERTOOLS_SOURCE
from interpreter.module.functools_app import FUNCTOOLS_SOURCE
from interpreter.module.operator_app import OPERATOR_SOURCE
from interpreter.module.collections_app import COLLECTIONS_SOURCE
from interpreter.module.collections_more_app import COLLECTIONS_MORE_SOURCE


def base_init(space: Space, args: Args, name: str) -> W_Root:
    if len(args.args_w) == 0:
        raise space.type_error("descriptor '__init__' of '" + name + "' object needs an argument")
    w_self = args.args_w[0]
    space.init_base_value(w_self, name, Args(args.args_w[1:], args.kw_names, args.kw_values))
    return space.w_None


def dict_init(space: Space, args: Args) -> W_Root:
    return base_init(space, args, "dict")


def list_init(space: Space, args: Args) -> W_Root:
    return base_init(space, args, "list")


def set_init(space: Space, args: Args) -> W_Root:
    return base_init(space, args, "set")


def install(space: Space) -> None:
    method(space, space.w_dict, "__init__", dict_init)
    method(space, space.w_list, "__init__", list_init)
    method(space, space.w_set, "__init__", set_init)
    space.app_modules["itertools"] = ITERTOOLS_SOURCE
    space.app_modules["functools"] = FUNCTOOLS_SOURCE
    space.app_modules["operator"] = OPERATOR_SOURCE
    space.app_modules["collections"] = COLLECTIONS_SOURCE + COLLECTIONS_MORE_SOURCE
