"""Methods of slice and other small builtin types (installed by
`install(space)`)."""

from typing import Callable

from interpreter.objspace.root import W_Root, Args, positional, T_ITERATOR
from interpreter.objspace.space import Space, W_BuiltinFunction
from interpreter.objspace.typeobject import W_TypeObject
from interpreter.objspace.iterobject import W_SliceObject
from interpreter.objspace.funcobject import W_Method, W_Property


def slice_indices(space: Space, args: Args) -> W_Root:
    w = args.args_w[0]
    if not isinstance(w, W_SliceObject):
        raise space.type_error("descriptor 'indices' requires a 'slice' object")
    if len(args.args_w) != 2:
        raise space.type_error("slice.indices() takes exactly one argument (" + str(len(args.args_w) - 1) + " given)")
    length = space.int_w(args.args_w[1])
    if length < 0:
        raise space.value_error("length should not be negative")
    start, stop, step, n = space.slice_indices(w, length)
    if step < 0 and stop < -1:
        stop = -1
    return space.newtuple([space.newint(start), space.newint(stop), space.newint(step)])


def new_slice(space: Space, args: Args) -> W_Root:
    a = args.args_w[1:]
    if args.has_kw():
        raise space.type_error("slice() takes no keyword arguments")
    if len(a) == 0:
        raise space.type_error("slice expected at least 1 argument, got 0")
    if len(a) > 3:
        raise space.type_error("slice expected at most 3 arguments, got " + str(len(a)))
    if len(a) == 1:
        return W_SliceObject(space.w_None, a[0], space.w_None)
    if len(a) == 2:
        return W_SliceObject(a[0], a[1], space.w_None)
    return W_SliceObject(a[0], a[1], a[2])


def add(space: Space, w_type: W_TypeObject, name: str, fn: Callable[[Space, Args], W_Root]) -> None:
    w_type.dict_w[name] = W_BuiltinFunction(name, fn, w_type.name)


def add_static(space: Space, w_type: W_TypeObject, name: str, fn: Callable[[Space, Args], W_Root]) -> None:
    w_f = W_BuiltinFunction(name, fn, w_type.name)
    w_f.is_static = True
    w_type.dict_w[name] = w_f


def install(space: Space) -> None:
    add(space, space.w_slice, "indices", slice_indices)
    add_static(space, space.w_slice, "__new__", new_slice)
    install_type(space)
    install_dunders(space)
    install_property(space)


def type_mro(space: Space, args: Args) -> W_Root:
    w_t = args.args_w[0]
    if not isinstance(w_t, W_TypeObject):
        raise space.type_error("descriptor 'mro' requires a 'type' object")
    res: list[W_Root] = []
    for w_b in w_t.mro_w:
        res.append(w_b)
    return space.newlist(res)


def type_new(space: Space, args: Args) -> W_Root:
    """type.__new__(mcs, name, bases, ns) (from a metaclass's __new__)."""
    if len(args.args_w) < 1:
        raise space.type_error("type.__new__(): not enough arguments")
    w_mcs = args.args_w[0]
    if not isinstance(w_mcs, W_TypeObject) or not w_mcs.issubtype(space.w_type):
        raise space.type_error("type.__new__(X): X is not a type object (" + space.type_name(w_mcs) + ")")
    a = args.args_w[1:]
    if len(a) == 1:
        return space.type(a[0])
    if len(a) != 3:
        raise space.type_error("type() takes 1 or 3 arguments")
    return space.build_class_from(w_mcs, a[0], a[1], a[2], args)


def install_type(space: Space) -> None:
    add(space, space.w_type, "mro", type_mro)
    add_static(space, space.w_type, "__new__", type_new)


# ---------------------------------------------------------------- function.__get__ and
# the special methods of builtin containers called explicitly (xs.__len__())

def function_get(space: Space, args: Args) -> W_Root:
    if len(args.args_w) < 2 or len(args.args_w) > 3:
        raise space.type_error("__get__ expected 1 or 2 arguments")
    w_f = args.args_w[0]
    w_obj = args.args_w[1]
    if w_obj is space.w_None:
        return w_f
    return W_Method(w_obj, w_f)


def one_arg(space: Space, args: Args, name: str) -> W_Root:
    if len(args.args_w) != 2 or args.has_kw():
        raise space.type_error(name + "() takes exactly one argument (" + str(len(args.args_w) - 1) + " given)")
    return args.args_w[1]


def no_arg(space: Space, args: Args, name: str) -> None:
    if len(args.args_w) != 1 or args.has_kw():
        raise space.type_error(name + "() takes no arguments (" + str(len(args.args_w) - 1) + " given)")


def seq_len(space: Space, args: Args) -> W_Root:
    no_arg(space, args, "__len__")
    return space.newint(space.len(args.args_w[0]))


def seq_getitem(space: Space, args: Args) -> W_Root:
    return space.getitem(args.args_w[0], one_arg(space, args, "__getitem__"))


def seq_contains(space: Space, args: Args) -> W_Root:
    return space.newbool(space.contains(args.args_w[0], one_arg(space, args, "__contains__")))


def seq_iter(space: Space, args: Args) -> W_Root:
    no_arg(space, args, "__iter__")
    return space.iter(args.args_w[0])


def seq_setitem(space: Space, args: Args) -> W_Root:
    if len(args.args_w) != 3:
        raise space.type_error("expected 2 arguments, got " + str(len(args.args_w) - 1))
    space.setitem(args.args_w[0], args.args_w[1], args.args_w[2])
    return space.w_None


def seq_delitem(space: Space, args: Args) -> W_Root:
    space.delitem(args.args_w[0], one_arg(space, args, "__delitem__"))
    return space.w_None


def iter_next(space: Space, args: Args) -> W_Root:
    no_arg(space, args, "__next__")
    return space.next(args.args_w[0])


def iter_self(space: Space, args: Args) -> W_Root:
    no_arg(space, args, "__iter__")
    return args.args_w[0]


def add_missing(space: Space, w_type: W_TypeObject, name: str, fn: Callable[[Space, Args], W_Root]) -> None:
    if name not in w_type.dict_w:
        add(space, w_type, name, fn)


def install_dunders(space: Space) -> None:
    space.w_function.dict_w["__get__"] = W_BuiltinFunction("__get__", function_get, "function")
    for w_t in [space.w_list, space.w_tuple, space.w_str, space.w_bytes, space.w_dict, space.w_set,
                space.w_frozenset, space.w_range]:
        add_missing(space, w_t, "__len__", seq_len)
        add_missing(space, w_t, "__contains__", seq_contains)
        add_missing(space, w_t, "__iter__", seq_iter)
        if w_t is not space.w_set and w_t is not space.w_frozenset:
            add_missing(space, w_t, "__getitem__", seq_getitem)
    for w_t in [space.types_by_index[T_ITERATOR], space.w_enumerate, space.w_zip, space.w_map,
                space.w_filter, space.w_reversed]:
        add_missing(space, w_t, "__next__", iter_next)
        add_missing(space, w_t, "__iter__", iter_self)
    for w_t in [space.w_list, space.w_dict]:
        add_missing(space, w_t, "__setitem__", seq_setitem)
        add_missing(space, w_t, "__delitem__", seq_delitem)


def property_set(space: Space, args: Args) -> W_Root:
    if len(args.args_w) != 3:
        raise space.type_error("expected 2 arguments, got " + str(len(args.args_w) - 1))
    w_p = args.args_w[0]
    w_obj = args.args_w[1]
    if not isinstance(w_p, W_Property):
        raise space.type_error("descriptor '__set__' requires a 'property' object")
    w_set = w_p.w_fset
    if w_set is None:
        raise space.error(space.w_AttributeError, "property '" + space.property_name(w_p) + "' of '" +
                          space.type_name(w_obj) + "' object has no setter")
    space.call(w_set, positional([w_obj, args.args_w[2]]))
    return space.w_None


def property_delete(space: Space, args: Args) -> W_Root:
    if len(args.args_w) != 2:
        raise space.type_error("expected 1 argument, got " + str(len(args.args_w) - 1))
    w_p = args.args_w[0]
    w_obj = args.args_w[1]
    if not isinstance(w_p, W_Property):
        raise space.type_error("descriptor '__delete__' requires a 'property' object")
    w_del = w_p.w_fdel
    if w_del is None:
        raise space.error(space.w_AttributeError, "property '" + space.property_name(w_p) + "' of '" +
                          space.type_name(w_obj) + "' object has no deleter")
    space.call(w_del, positional([w_obj]))
    return space.w_None


def install_property(space: Space) -> None:
    add(space, space.w_property, "__set__", property_set)
    add(space, space.w_property, "__delete__", property_delete)
