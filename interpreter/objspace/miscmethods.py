"""Methods of slice and other small builtin types (installed by
`install(space)`)."""

from typing import Callable

from interpreter.objspace.root import W_Root, Args, positional, T_ITERATOR, T_GENERATOR, T_FRAME
from interpreter.objspace.space import Space, W_BuiltinFunction, W_GetSet, GS_CUSTOM, GS_SPECIAL
from interpreter.eval import W_Generator, Frame
from interpreter import bytecode as bc
from interpreter.objspace.typeobject import W_TypeObject
from interpreter.objspace.iterobject import W_SliceObject
from interpreter.objspace.funcobject import W_Method, W_Property
from interpreter.objspace import dunders


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
    install_generator(space)
    # last: the special methods of every builtin type (the ones written
    # by hand above and in the other *methods.py files stay)
    dunders.install(space)


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


def no_arg(space: Space, args: Args, name: str) -> None:
    if len(args.args_w) != 1 or args.has_kw():
        raise space.type_error(name + "() takes no arguments (" + str(len(args.args_w) - 1) + " given)")


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
    """The special methods that are not dunders.py slots (the containers'
    ones are: __len__, __getitem__, ... with receiver checks)."""
    space.w_function.dict_w["__get__"] = W_BuiltinFunction("__get__", function_get, "function")
    for w_t in [space.types_by_index[T_ITERATOR], space.w_enumerate, space.w_zip, space.w_map,
                space.w_filter, space.w_reversed]:
        add_missing(space, w_t, "__next__", iter_next)
        add_missing(space, w_t, "__iter__", iter_self)


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


# ---------------------------------------------------------------- generator attributes

def gen_of(space: Space, w: W_Root) -> W_Generator:
    if not isinstance(w, W_Generator):
        raise space.type_error("descriptor requires a 'generator' object but received a '" +
                               space.type_name(w) + "'")
    return w


def gen_suspended(g: W_Generator) -> bool:
    return g.started and not g.running and not g.finished


def gen_frame(space: Space, w: W_Root) -> W_Root:
    g = gen_of(space, w)
    if g.finished:
        return space.w_None
    return g.frame


def gen_code(space: Space, w: W_Root) -> W_Root:
    return gen_of(space, w).frame.code


def gen_suspended_attr(space: Space, w: W_Root) -> W_Root:
    return space.newbool(gen_suspended(gen_of(space, w)))


def gen_yieldfrom(space: Space, w: W_Root) -> W_Root:
    """The iterator a suspended `yield from` delegates to, else None."""
    g = gen_of(space, w)
    f = g.frame
    if gen_suspended(g) and f.pc < len(f.code.ops) and f.code.ops[f.pc] == bc.YIELD_FROM and len(f.stack) > 0:
        return f.stack[-1]
    return space.w_None


def add_getter(space: Space, w_t: W_TypeObject, name: str, fget: Callable[[Space, W_Root], W_Root]) -> None:
    if name not in w_t.dict_w:
        w_gs = W_GetSet(name, w_t, GS_CUSTOM, False)
        w_gs.fget = fget
        w_t.dict_w[name] = w_gs


def frame_of(space: Space, w: W_Root) -> Frame:
    if not isinstance(w, Frame):
        raise space.type_error("descriptor requires a 'frame' object but received a '" + space.type_name(w) + "'")
    return w


def frame_lineno(space: Space, w: W_Root) -> W_Root:
    return space.newint(frame_of(space, w).lineno())


def frame_code(space: Space, w: W_Root) -> W_Root:
    return frame_of(space, w).code


def frame_globals(space: Space, w: W_Root) -> W_Root:
    return frame_of(space, w).w_globals_obj


def frame_back(space: Space, w: W_Root) -> W_Root:
    f = frame_of(space, w)
    g = f.generator
    if g is not None and not g.running:
        return space.w_None   # a suspended generator's frame has no caller
    back = f.back
    if back is None:
        return space.w_None
    return back


def frame_locals(space: Space, w: W_Root) -> W_Root:
    """A snapshot of the frame's local variables."""
    f = frame_of(space, w)
    ld = f.locals_dict
    if ld is not None:
        return space.dict_from_strdict(ld)
    w_d = space.newdict()
    names = f.code.varnames
    i = 0
    while i < len(names) and i < len(f.locals_w):
        w_v = f.locals_w[i]
        if w_v is not space.w_null:
            space.dict_setitem_str(w_d, names[i], w_v)
        i += 1
    return w_d


def install_generator(space: Space) -> None:
    w_t = space.types_by_index[T_GENERATOR]
    add_getter(space, w_t, "gi_frame", gen_frame)
    add_getter(space, w_t, "gi_code", gen_code)
    add_getter(space, w_t, "gi_suspended", gen_suspended_attr)
    add_getter(space, w_t, "gi_yieldfrom", gen_yieldfrom)
    for name in ["__name__", "__qualname__"]:
        if name not in w_t.dict_w:
            w_t.dict_w[name] = W_GetSet(name, w_t, GS_SPECIAL, False)
    w_ft = space.types_by_index[T_FRAME]
    add_getter(space, w_ft, "f_lineno", frame_lineno)
    add_getter(space, w_ft, "f_code", frame_code)
    add_getter(space, w_ft, "f_globals", frame_globals)
    add_getter(space, w_ft, "f_back", frame_back)
    add_getter(space, w_ft, "f_locals", frame_locals)
