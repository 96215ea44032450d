"""The builtins module (functions and type constructors); `make_space()`
builds a ready Space, with the builtin modules of interpreter/module/
(sys, math, time, ...) registered."""

from typing import Callable

from rlib.objectmodel import compute_identity_hash

from interpreter.objspace.root import W_Root, OperationError, Args, positional, T_GENERATOR, T_CELL
from interpreter.objspace.space import Space, W_BuiltinFunction, INT_MIN
from interpreter.objspace.typeobject import W_TypeObject, KIND_BUILTIN, KIND_EXCEPTION
from interpreter.objspace.intobject import W_IntObject, W_BoolObject
from interpreter.objspace.floatobject import W_FloatObject
from interpreter.objspace.longobject import W_LongObject
from interpreter.objspace.complexobject import W_ComplexObject
from rlib.rbigint import rbigint
from interpreter.objspace.strobject import W_StrObject
from interpreter.objspace.bytesobject import W_BytesObject
from interpreter.objspace.listobject import W_ListObject
from interpreter.objspace.tupleobject import W_TupleObject
from interpreter.objspace.dictobject import W_DictObject
from interpreter.objspace.setobject import W_SetObject
from interpreter.objspace.funcobject import (W_Function, W_Method, W_Cell, W_StaticMethod,
                                             W_ClassMethod, W_Property, W_Super)
from interpreter.objspace.instance import W_Instance, W_BaseException
from interpreter.objspace.moduleobject import W_Module
from interpreter.objspace.iterobject import (W_RangeObject, W_SliceObject, W_Enumerate, W_Zip, W_Map,
                                             W_Filter, W_Reversed)
from interpreter.objspace import builtin_methods
from interpreter.objspace import bytesmethods, miscmethods, fileobject
from interpreter.objspace.extobject import W_CallableIterator, W_BytearrayObject
from interpreter.objspace.builtin_methods import nargs, sort_list, method, static
from interpreter.objspace import formatting
from interpreter.objspace import codecs_impl
from interpreter.objspace import nummethods
from interpreter import bytecode as bc
from interpreter.eval import ExecutionContext, Frame, W_Generator
from interpreter import execbuiltins
from interpreter.module import stdlib as module_stdlib
from interpreter.module import stdlib_install
from interpreter.module.mathmod import install_math
from interpreter.module.sysmod import install_sys, finish_sys, stdin_line
from interpreter.module.timemod import install_time


# builtins whose parameters are all positional-only (keywords rejected by fargs)
KW_FUNCS_POSITIONAL_ONLY = {"len": True, "repr": True, "ascii": True, "format": True, "isinstance": True,
                            "issubclass": True, "abs": True, "iter": True, "next": True, "any": True,
                            "all": True, "hasattr": True, "getattr": True, "setattr": True,
                            "delattr": True, "id": True, "hash": True, "chr": True, "ord": True,
                            "hex": True, "oct": True, "bin": True, "divmod": True, "callable": True}


def fargs(space: Space, args: Args, name: str, lo: int, hi: int) -> list[W_Root]:
    """Positional arguments of a builtin function, checked."""
    if len(args.kw_names) > 0 and name in KW_FUNCS_POSITIONAL_ONLY:
        raise space.type_error(name + "() takes no keyword arguments")
    n = len(args.args_w)
    if n < lo or n > hi:
        if lo == hi:
            if lo == 1:
                raise space.type_error(name + "() takes exactly one argument (" + str(n) + " given)")
            raise space.type_error(name + " expected " + str(lo) + " arguments, got " + str(n))
        if n < lo:
            raise space.type_error(name + " expected at least " + str(lo) + " argument" +
                                   ("" if lo == 1 else "s") + ", got " + str(n))
        raise space.type_error(name + " expected at most " + str(hi) + " argument" +
                               ("" if hi == 1 else "s") + ", got " + str(n))
    return args.args_w


def no_kw(space: Space, args: Args, name: str) -> None:
    if len(args.kw_names) > 0:
        raise space.type_error(name + "() takes no keyword arguments")


class Builtins:
    """Holds the execution context for the builtins that need it."""

    def __init__(self, space: Space, ec: ExecutionContext) -> None:
        self.space: Space = space
        self.ec: ExecutionContext = ec


# ---------------------------------------------------------------- functions

def b_print(space: Space, args: Args) -> W_Root:
    sep = " "
    end = "\n"
    w_file: W_Root | None = None
    i = 0
    while i < len(args.kw_names):
        k = args.kw_names[i]
        w_v = args.kw_values[i]
        if k == "sep":
            if w_v is not space.w_None:
                if not isinstance(w_v, W_StrObject):
                    raise space.type_error("sep must be None or a string, not " + space.type_name(w_v))
                sep = w_v.value
        elif k == "end":
            if w_v is not space.w_None:
                if not isinstance(w_v, W_StrObject):
                    raise space.type_error("end must be None or a string, not " + space.type_name(w_v))
                end = w_v.value
        elif k == "file":
            if w_v is not space.w_None:
                w_file = w_v
        elif k == "flush":
            pass
        else:
            raise space.type_error("'" + k + "' is an invalid keyword argument for print()")
        i += 1
    parts: list[str] = []
    for w_a in args.args_w:
        parts.append(space.str(w_a))
    if w_file is None:
        line = sep.join(parts) + end
        if not codecs_impl.has_surrogate(line):
            space.write_stdout(line)
        else:
            # CPython writes each text on its own: those before one that
            # stdout cannot encode are written.
            pi = 0
            while pi < len(parts):
                if pi > 0:
                    codecs_impl.write_stdout_checked(space, sep)
                codecs_impl.write_stdout_checked(space, parts[pi])
                pi += 1
            codecs_impl.write_stdout_checked(space, end)
    else:
        w_write = space.getattr(w_file, "write")
        pi = 0
        while pi < len(parts):
            if pi > 0:
                space.call(w_write, positional([space.newstr(sep)]))
            space.call(w_write, positional([space.newstr(parts[pi])]))
            pi += 1
        space.call(w_write, positional([space.newstr(end)]))
    return space.w_None


def b_len(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "len", 1, 1)
    return space.newint(space.len(a[0]))


def b_repr(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "repr", 1, 1)
    return space.newstr(space.repr(a[0]))


def b_ascii(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "ascii", 1, 1)
    return space.newstr(formatting.ascii_of(space.repr(a[0])))


def b_format(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "format", 1, 2)
    spec = space.str_w(a[1]) if len(a) > 1 else ""
    return space.newstr(formatting.format_value(space, a[0], spec))


def b_vm_format_mod(space: Space, args: Args) -> W_Root:
    return space.newstr(formatting.format_mod(space, space.str_w(args.args_w[0]), args.args_w[1]))


def check_class_or_tuple(space: Space, w_cls: W_Root, name: str) -> None:
    if isinstance(w_cls, W_TypeObject):
        return
    if isinstance(w_cls, W_TupleObject):
        for w_c in w_cls.items_w:
            check_class_or_tuple(space, w_c, name)
        return
    raise space.type_error(name + "() arg 2 must be a type, a tuple of types, or a union")


def isinstance_w(space: Space, w_obj: W_Root, w_cls: W_Root) -> bool:
    if isinstance(w_cls, W_TupleObject):
        for w_c in w_cls.items_w:
            if isinstance_w(space, w_obj, w_c):
                return True
        return False
    if isinstance(w_cls, W_TypeObject):
        w_ic = space.lookup_user_unbound(space.type(w_cls), "__instancecheck__")
        if w_ic is not None:
            return space.is_true(space.call(w_ic, positional([w_cls, w_obj])))
        return space.type(w_obj).issubtype(w_cls)
    raise space.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")


def b_isinstance(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "isinstance", 2, 2)
    return space.newbool(isinstance_w(space, a[0], a[1]))


def issubclass_w(space: Space, w_c: W_Root, w_cls: W_Root) -> bool:
    if isinstance(w_cls, W_TupleObject):
        for w_x in w_cls.items_w:
            if issubclass_w(space, w_c, w_x):
                return True
        return False
    if not isinstance(w_c, W_TypeObject):
        raise space.type_error("issubclass() arg 1 must be a class")
    if not isinstance(w_cls, W_TypeObject):
        raise space.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    w_sc = space.lookup_user_unbound(space.type(w_cls), "__subclasscheck__")
    if w_sc is not None:
        return space.is_true(space.call(w_sc, positional([w_cls, w_c])))
    return w_c.issubtype(w_cls)


def b_issubclass(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "issubclass", 2, 2)
    return space.newbool(issubclass_w(space, a[0], a[1]))


def b_abs(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "abs", 1, 1)
    return space.abs(a[0])


def minmax(space: Space, args: Args, name: str, op: int) -> W_Root:
    w_key = args.get_kw("key")
    w_default = args.get_kw("default")
    if len(args.args_w) == 0:
        raise space.type_error(name + " expected at least 1 argument, got 0")
    if len(args.args_w) > 1 and w_default is not None:
        raise space.type_error("Cannot specify a default for " + name + "() with multiple positional arguments")
    if len(args.args_w) == 1:
        items = space.unpack_iterable(args.args_w[0])
        if len(items) == 0:
            if w_default is not None:
                return w_default
            raise space.value_error(name + "() arg is an empty sequence")
    else:
        items = args.args_w
    w_best = items[0]
    w_bestkey = w_best
    if w_key is not None and w_key is not space.w_None:
        w_bestkey = space.call(w_key, positional([w_best]))
    i = 1
    while i < len(items):
        w_x = items[i]
        w_k = w_x
        if w_key is not None and w_key is not space.w_None:
            w_k = space.call(w_key, positional([w_x]))
        if space.is_true(space.compare(op, w_k, w_bestkey)):
            w_best = w_x
            w_bestkey = w_k
        i += 1
    return w_best


def b_min(space: Space, args: Args) -> W_Root:
    return minmax(space, args, "min", bc.CMP_LT)


def b_max(space: Space, args: Args) -> W_Root:
    return minmax(space, args, "max", bc.CMP_GT)


def b_sum(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "sum", 1, 2)
    w_acc: W_Root = space.newint(0)
    if len(a) > 1:
        w_acc = a[1]
    w_start = args.get_kw("start")
    if w_start is not None:
        w_acc = w_start
    if isinstance(w_acc, W_StrObject):
        raise space.type_error("sum() can't sum strings [use ''.join(seq) instead]")
    if isinstance(w_acc, W_BytesObject):
        raise space.type_error("sum() can't sum bytes [use b''.join(seq) instead]")
    if isinstance(w_acc, W_BytearrayObject):
        raise space.type_error("sum() can't sum bytearray [use b''.join(seq) instead]")
    w_it = space.iter(a[0])
    while True:
        w_x = space.next_or_null(w_it)
        if w_x is None:
            return w_acc
        w_acc = space.binop(bc.OP_ADD, w_acc, w_x)


def b_sorted(space: Space, args: Args) -> W_Root:
    if len(args.args_w) != 1:
        raise space.type_error("sorted expected 1 argument, got " + str(len(args.args_w)))
    a = args.args_w
    w_rev = args.get_kw("reverse")
    items = space.unpack_iterable(a[0])
    return space.newlist(sort_list(space, items, args.get_kw("key"), w_rev is not None and space.is_true(w_rev)))


def b_iter(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "iter", 1, 2)
    if len(a) == 2:
        if not space.is_true(b_callable(space, positional([a[0]]))):
            raise space.type_error("iter(v, w): v must be callable")
        return W_CallableIterator(a[0], a[1])
    return space.iter(a[0])


def b_next(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "next", 1, 2)
    w_it = a[0]
    if isinstance(w_it, W_Generator):
        w_r = space.engine.resume_generator(w_it, space.w_None, None)
        if w_r is None:
            if len(a) > 1:
                return a[1]
            w_rv = w_it.w_retval
            args_w: list[W_Root] = []
            if w_rv is not None and w_rv is not space.w_None:
                args_w.append(w_rv)
            raise OperationError(space.new_exception(space.w_StopIteration, args_w))
        return w_r
    if len(a) > 1:
        try:
            return space.next(w_it)
        except OperationError as e:
            if space.exc_matches(e.w_value, space.w_StopIteration):
                return a[1]
            raise
    return space.next(w_it)


def b_any(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "any", 1, 1)
    w_it = space.iter(a[0])
    while True:
        w_x = space.next_or_null(w_it)
        if w_x is None:
            return space.w_False
        if space.is_true(w_x):
            return space.w_True


def b_all(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "all", 1, 1)
    w_it = space.iter(a[0])
    while True:
        w_x = space.next_or_null(w_it)
        if w_x is None:
            return space.w_True
        if not space.is_true(w_x):
            return space.w_False


def b_hasattr(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "hasattr", 2, 2)
    try:
        w_r = space.getattr_or_null(a[0], space.str_w(a[1]))
    except OperationError as e:
        if space.exc_matches(e.w_value, space.w_AttributeError):
            return space.w_False
        raise
    return space.newbool(w_r is not None)


def b_getattr(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "getattr", 2, 3)
    if not isinstance(a[1], W_StrObject):
        raise space.type_error("attribute name must be string, not '" + space.type_name(a[1]) + "'")
    if len(a) == 3:
        try:
            w_r = space.getattr_or_null(a[0], space.str_w(a[1]))
        except OperationError as e:
            if space.exc_matches(e.w_value, space.w_AttributeError):
                return a[2]
            raise
        if w_r is None:
            return a[2]
        return w_r
    return space.getattr(a[0], space.str_w(a[1]))


def b_setattr(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "setattr", 3, 3)
    space.setattr(a[0], space.str_w(a[1]), a[2])
    return space.w_None


def b_delattr(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "delattr", 2, 2)
    space.delattr(a[0], space.str_w(a[1]))
    return space.w_None


def b_id(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "id", 1, 1)
    return space.newint(compute_identity_hash(a[0]) << 4)


def b_hash(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "hash", 1, 1)
    return space.newint(space.hash(a[0]))


def b_chr(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "chr", 1, 1)
    i = space.int_w(a[0])
    if i < 0 or i > 0x10FFFF:
        raise space.value_error("chr() arg not in range(0x110000)")
    return space.newstr(chr(i))


def b_ord(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "ord", 1, 1)
    w = a[0]
    if isinstance(w, W_StrObject):
        if len(w.value) != 1:
            raise space.type_error("ord() expected a character, but string of length " + str(len(w.value)) + " found")
        return space.newint(ord(w.value))
    if bytesmethods.is_bytes_like(w):
        b = bytesmethods.buf_w(space, w)
        if len(b) != 1:
            raise space.type_error("ord() expected a character, but string of length " + str(len(b)) + " found")
        return space.newint(b[0])
    raise space.type_error("ord() expected string of length 1, but " + space.type_name(w) + " found")


def b_hex(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "hex", 1, 1)
    return space.newstr(space.big_w(int_arg(space, a[0])).format(16))


def b_oct(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "oct", 1, 1)
    return space.newstr(space.big_w(int_arg(space, a[0])).format(8))


def b_bin(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "bin", 1, 1)
    return space.newstr(space.big_w(int_arg(space, a[0])).format(2))


def int_arg(space: Space, w: W_Root) -> W_Root:
    if space.is_int(w):
        return w
    w_nb = space.num_base(w)
    if w_nb is not None and space.is_int(w_nb) and space.lookup_user(w, "__index__") is None:
        return w_nb
    w_m = space.lookup_user(w, "__index__")
    if w_m is not None:
        return space.call(w_m, positional([]))
    raise space.type_error("'" + space.type_name(w) + "' object cannot be interpreted as an integer")


def b_round(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "round", 1, 2)
    w_x = a[0]
    w_nd = args.get_kw("ndigits")
    if len(a) > 1:
        w_nd = a[1]
    if isinstance(w_x, W_Instance):
        w_m = space.lookup_user(w_x, "__round__")
        if w_m is not None:
            return space.call(w_m, positional([] if w_nd is None else [w_nd]))
        w_nb = space.num_base(w_x)
        if w_nb is not None:
            w_x = w_nb
    if w_nd is None or w_nd is space.w_None:
        if isinstance(w_x, W_IntObject):
            return space.newint(w_x.intval)
        if isinstance(w_x, W_LongObject):
            return w_x
        if not isinstance(w_x, W_FloatObject):
            raise space.type_error("type " + space.type_name(w_x) + " doesn't define __round__ method")
        f = w_x.floatval
        if f != f:
            raise space.value_error("cannot convert float NaN to integer")
        if f - f != 0.0:
            raise space.error(space.w_OverflowError, "cannot convert float infinity to integer")
        return space.newlong(rbigint.fromfloat(round(f, 0)))
    if isinstance(w_x, W_IntObject) or isinstance(w_x, W_LongObject):
        w_nd = int_arg(space, w_nd)
        if isinstance(w_nd, W_LongObject):
            if w_nd.num.sign > 0:
                return space.newlong(space.big_w(w_x))
            return space.newint(0)
        nd = space.int_w(w_nd)
        if nd >= 0:
            return space.newlong(space.big_w(w_x))
        return space.newlong(round_int(space.big_w(w_x), -nd))
    if not isinstance(w_x, W_FloatObject):
        raise space.type_error("type " + space.type_name(w_x) + " doesn't define __round__ method")
    w_nd = int_arg(space, w_nd)
    if isinstance(w_nd, W_LongObject):
        if w_nd.num.sign > 0:
            return w_x
        return space.newfloat(0.0 * w_x.floatval)
    return space.newfloat(round(w_x.floatval, space.int_w(w_nd)))


def round_int(x: rbigint, k: int) -> rbigint:
    """x rounded to a multiple of 10**k, half to even."""
    m = rbigint.fromint(10).pow(rbigint.fromint(k), None)
    q, r = x.divmod(m)
    twice = r.add(r)
    c = twice.compare(m)
    if c > 0 or (c == 0 and not q.and_(rbigint.fromint(1)).is_zero()):
        q = q.add(rbigint.fromint(1))
    return q.mul(m)


def b_divmod(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "divmod", 2, 2)
    if isinstance(a[0], W_Instance):
        w_m = space.lookup_user(a[0], "__divmod__")
        if w_m is not None:
            w_dr = space.call(w_m, positional([a[1]]))
            if w_dr is not space.w_NotImplemented:
                return w_dr
    if isinstance(a[1], W_Instance):
        w_rm = space.lookup_user(a[1], "__rdivmod__")
        if w_rm is not None:
            w_rr = space.call(w_rm, positional([a[0]]))
            if w_rr is not space.w_NotImplemented:
                return w_rr
    if not isinstance(a[0], W_Instance) and not isinstance(a[1], W_Instance):
        if not (space.is_int(a[0]) or isinstance(a[0], W_FloatObject)) or \
                not (space.is_int(a[1]) or isinstance(a[1], W_FloatObject)):
            raise space.type_error("unsupported operand type(s) for divmod(): '" + space.type_name(a[0]) +
                                   "' and '" + space.type_name(a[1]) + "'")
    if isinstance(a[0], W_FloatObject) or isinstance(a[1], W_FloatObject):
        pa = space.complex_parts(a[0])
        pb = space.complex_parts(a[1])
        if pa is not None and pb is not None and pb[0] == 0.0:
            raise space.error(space.w_ZeroDivisionError, "float divmod()")
    return space.newtuple([space.binop(bc.OP_FLOORDIV, a[0], a[1]), space.binop(bc.OP_MOD, a[0], a[1])])


def b_pow(space: Space, args: Args) -> W_Root:
    a: list[W_Root] = list(args.args_w)
    names = ["base", "exp", "mod"]
    for k in args.kw_names:
        if k not in names:
            raise space.type_error("pow() got an unexpected keyword argument '" + k + "'")
    for idx in range(3):
        w_kw = args.get_kw(names[idx])
        if w_kw is not None:
            if idx < len(args.args_w):
                raise space.type_error("argument for pow() given by name ('" + names[idx] +
                                       "') and position (" + str(idx + 1) + ")")
            if idx == len(a):
                a.append(w_kw)
            elif idx < 2:
                raise space.type_error("pow() missing required argument '" + names[len(a)] +
                                       "' (pos " + str(len(a) + 1) + ")")
    if len(a) < 2:
        raise space.type_error("pow() missing required argument '" + names[len(a)] + "' (pos " +
                               str(len(a) + 1) + ")")
    if len(a) > 3:
        raise space.type_error("pow expected at most 3 arguments, got " + str(len(a)))
    w_mod = args.get_kw("mod")
    if len(a) == 3:
        w_mod = a[2]
    if w_mod is not None and w_mod is not space.w_None:
        if isinstance(a[0], W_ComplexObject) or isinstance(a[1], W_ComplexObject):
            raise space.value_error("complex modulo")
        if not (space.is_int(a[0]) and space.is_int(a[1]) and space.is_int(w_mod)):
            if isinstance(a[0], W_Instance):
                w_m = space.lookup_user(a[0], "__pow__")
                if w_m is not None:
                    return space.call(w_m, positional([a[1], w_mod]))
            raise space.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        try:
            return space.newlong(space.big_w(a[0]).pow(space.big_w(a[1]), space.big_w(w_mod)))
        except ValueError as e:
            raise space.value_error(str(e))
    return space.binop(bc.OP_POW, a[0], a[1])


def b_callable(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "callable", 1, 1)
    w = a[0]
    if isinstance(w, W_Function) or isinstance(w, W_BuiltinFunction) or isinstance(w, W_Method) or \
            isinstance(w, W_TypeObject) or isinstance(w, W_StaticMethod):
        return space.w_True
    if isinstance(w, W_Instance):
        return space.newbool(w.map.w_type.lookup("__call__") is not None)
    return space.w_False


def b_globals(space: Space, args: Args) -> W_Root:
    f = space.engine.current_frame_info()
    assert isinstance(f, Frame)
    return f.w_globals_obj


def b_locals(space: Space, args: Args) -> W_Root:
    f = space.engine.current_frame_info()
    assert isinstance(f, Frame)
    if f.locals_dict is f.w_globals:
        return f.w_globals_obj
    return space.dict_from_strdict(execbuiltins.frame_locals(space, f))


def b_vars(space: Space, args: Args) -> W_Root:
    if len(args.args_w) == 0:
        return b_locals(space, args)
    if len(args.args_w) > 1:
        raise space.type_error("vars expected at most 1 argument, got " + str(len(args.args_w)))
    w_vd = space.getattr_or_null(args.args_w[0], "__dict__")
    if w_vd is None:
        raise space.type_error("vars() argument must have __dict__ attribute")
    return w_vd


def b_dir(space: Space, args: Args) -> W_Root:
    if len(args.args_w) == 0:
        f = space.engine.current_frame_info()
        assert isinstance(f, Frame)
        names: list[str] = []
        ld = f.locals_dict
        if ld is not None:
            for k in ld:
                names.append(k)
        else:
            names = list(f.code.varnames)
        names.sort()
        return builtin_methods.wrap_strs(space, names)
    w_o = args.args_w[0]
    if isinstance(w_o, W_Instance):
        w_udir = space.lookup_user(w_o, "__dir__")
        if w_udir is not None:
            udir = space.unpack_iterable(space.call(w_udir, positional([])))
            return space.newlist(sort_list(space, udir, None, False))
    if isinstance(w_o, W_Module):
        names2: list[str] = []
        for k in w_o.w_dict:
            names2.append(k)
        names2.sort()
        return builtin_methods.wrap_strs(space, names2)
    if isinstance(w_o, W_TypeObject):
        names3: list[str] = []
        for w_b in w_o.mro_w:
            for k in w_b.dict_w:
                if k not in names3:
                    names3.append(k)
        names3.sort()
        return builtin_methods.wrap_strs(space, names3)
    return builtin_methods.object_dir(space, positional([w_o]))


def b_input(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "input", 0, 1)
    if len(a) > 0:
        codecs_impl.write_stdout_checked(space, space.str(a[0]))
    space.flush_stdout()
    line = stdin_line()
    if line == "":
        raise space.error(space.exc_types["EOFError"], "EOF when reading a line")
    if line.endswith("\n"):
        line = line[:-1]
    return space.newstr(line)


def b_build_class(space: Space, args: Args) -> W_Root:
    if len(args.args_w) < 2:
        raise space.type_error("__build_class__: not enough arguments")
    w_func = args.args_w[0]
    name = space.str_w(args.args_w[1])
    bases_w: list[W_TypeObject] = []
    for w_b in args.args_w[2:]:
        if not isinstance(w_b, W_TypeObject):
            raise space.type_error("bases must be types")
        bases_w.append(w_b)
    w_meta: W_Root | None = args.get_kw("metaclass")
    if w_meta is None:
        for w_base in bases_w:
            w_m = w_base.w_metatype
            if w_m is not None:
                w_meta = w_m
    assert isinstance(w_func, W_Function)
    ns: dict[str, W_Root] = {}
    ec = space.engine
    assert isinstance(ec, ExecutionContext)
    w_cell = ec.run_class_body(w_func, ns)
    w_kwd = space.newdict()
    ki = 0
    while ki < len(args.kw_names):
        if args.kw_names[ki] != "metaclass":
            space.dict_setitem_str(w_kwd, args.kw_names[ki], args.kw_values[ki])
        ki += 1
    if w_kwd.storage.used > 0:
        ns["__vm_init_subclass_kw__"] = w_kwd
    if w_meta is None or w_meta is space.w_type:
        w_cls: W_Root = space.new_class(space.w_type, name, bases_w, ns)
    else:
        bases_t: list[W_Root] = []
        for w_b in bases_w:
            bases_t.append(w_b)
        w_cls = space.call(w_meta, positional([space.newstr(name), space.newtuple(bases_t),
                                               space.dict_from_strdict(ns)]))
    if isinstance(w_cell, W_Cell):
        w_cell.w_value = w_cls
    return w_cls


def b_super(space: Space, args: Args) -> W_Root:
    a = fargs(space, args, "super", 0, 2)
    if len(a) == 2:
        w_t = a[0]
        if not isinstance(w_t, W_TypeObject):
            raise space.type_error("super() argument 1 must be a type, not " + space.type_name(w_t))
        w_obj = a[1]
        if isinstance(w_obj, W_TypeObject) and w_obj.issubtype(w_t):
            return W_Super(w_t, w_obj, w_obj)
        if not space.type(w_obj).issubtype(w_t):
            raise space.type_error("super(type, obj): obj must be an instance or subtype of type")
        return W_Super(w_t, w_obj, space.type(w_obj))
    f = space.engine.current_frame_info()
    assert isinstance(f, Frame)
    code = f.code
    if code.argcount == 0 or len(f.locals_w) == 0:
        raise space.error(space.w_RuntimeError, "super(): no arguments")
    w_first = f.locals_w[0]
    j = 0
    while j < len(code.cell_from_arg):
        if code.cell_from_arg[j] == 0:
            w_c0 = f.cells[j].w_value
            if w_c0 is not None:
                w_first = w_c0
        j += 1
    idx = -1
    i = 0
    while i < len(code.freevars):
        if code.freevars[i] == "__class__":
            idx = len(code.cellvars) + i
        i += 1
    if idx < 0:
        raise space.error(space.w_RuntimeError, "super(): __class__ cell not found")
    w_cls = f.cells[idx].w_value
    if not isinstance(w_cls, W_TypeObject):
        raise space.error(space.w_RuntimeError, "super(): empty __class__ cell")
    if isinstance(w_first, W_TypeObject) and w_first.issubtype(w_cls):
        return W_Super(w_cls, w_first, w_first)
    return W_Super(w_cls, w_first, space.type(w_first))


def b_exit(space: Space, args: Args) -> W_Root:
    raise OperationError(space.new_exception(space.w_SystemExit, list(args.args_w)))


# ---------------------------------------------------------------- constructors (args_w[0] is the type)

def new_int(space: Space, args: Args) -> W_Root:
    a = args.args_w[1:]
    for kn in args.kw_names:
        if kn != "base":
            raise space.type_error("'" + kn + "' is an invalid keyword argument for int()")
    w_base = args.get_kw("base")
    if len(a) > 1:
        w_base = a[1]
    if len(a) == 0:
        return space.newint(0)
    w = a[0]
    if w_base is not None:
        base = space.int_w(w_base)
        if isinstance(w, W_BytesObject):
            return parse_int(space, w.value.decode("latin-1"), base)
        if not isinstance(w, W_StrObject):
            raise space.type_error("int() can't convert non-string with explicit base")
        return parse_int(space, w.value, base)
    if isinstance(w, W_BoolObject):
        return space.newint(w.intval)
    if isinstance(w, W_IntObject) or isinstance(w, W_LongObject):
        return w
    if isinstance(w, W_FloatObject):
        f = w.floatval
        if f != f:
            raise space.value_error("cannot convert float NaN to integer")
        if f - f != 0.0:
            raise space.error(space.w_OverflowError, "cannot convert float infinity to integer")
        return space.newlong(rbigint.fromfloat(f))
    if isinstance(w, W_StrObject):
        return parse_int(space, w.value, 10)
    if isinstance(w, W_BytesObject):
        return parse_int(space, w.value.decode("latin-1"), 10)
    w_m = space.lookup_user(w, "__int__")
    if w_m is None:
        w_m = space.lookup_user(w, "__index__")
    if w_m is not None:
        return space.call(w_m, positional([]))
    w_t = space.lookup_user(w, "__trunc__")
    if w_t is not None:
        return space.call(w_t, positional([]))
    w_nb = space.num_base(w)
    if w_nb is not None and not isinstance(w_nb, W_ComplexObject):
        return space.call_type(space.w_int, positional([w_nb]))
    raise space.type_error("int() argument must be a string, a bytes-like object or a real number, not '" +
                           space.type_name(w) + "'")


def parse_int(space: Space, s: str, base: int) -> W_Root:
    if base != 0 and (base < 2 or base > 36):
        raise space.value_error("int() base must be >= 2 and <= 36, or 0")
    try:
        return space.newlong(rbigint.fromstr(s, base))
    except ValueError as e:
        raise space.value_error(str(e))


def new_float(space: Space, args: Args) -> W_Root:
    a = args.args_w[1:]
    if args.has_kw() and args.args_w[0] is space.w_float:
        raise space.type_error("float() takes no keyword arguments")
    if len(a) == 0:
        return space.newfloat(0.0)
    w = a[0]
    if isinstance(w, W_FloatObject):
        return w
    if isinstance(w, W_IntObject):
        return space.newfloat(float(w.intval))
    if isinstance(w, W_LongObject):
        return space.newfloat(space.long_tofloat(w.num))
    if isinstance(w, W_StrObject):
        try:
            return space.newfloat(float(w.value))
        except ValueError:
            raise space.value_error("could not convert string to float: " + space.repr(w))
    w_m = space.lookup_user(w, "__float__")
    if w_m is not None:
        return space.call(w_m, positional([]))
    w_ix = space.lookup_user(w, "__index__")
    if w_ix is not None:
        w_i = space.call(w_ix, positional([]))
        if isinstance(w_i, W_IntObject):
            return space.newfloat(float(w_i.intval))
        if isinstance(w_i, W_LongObject):
            return space.newfloat(space.long_tofloat(w_i.num))
        raise space.type_error("__index__ returned non-int (type " + space.type_name(w_i) + ")")
    w_nb = space.num_base(w)
    if w_nb is not None and not isinstance(w_nb, W_ComplexObject):
        return space.newfloat(space.float_w(w_nb))
    raise space.type_error("float() argument must be a string or a real number, not '" + space.type_name(w) + "'")


def new_str(space: Space, args: Args) -> W_Root:
    a = args.args_w[1:]
    w_obj = args.get_kw("object")
    if w_obj is not None and len(a) == 0:
        a = [w_obj]
    if len(a) == 0:
        return space.newstr("")
    if len(a) >= 2 or args.get_kw("encoding") is not None or args.get_kw("errors") is not None:
        w_b = a[0]
        if not bytesmethods.is_bytes_like(w_b):
            raise space.type_error("decoding to str: need a bytes-like object, " + space.type_name(w_b) + " found")
        w_enc = args.get_kw("encoding")
        w_err = args.get_kw("errors")
        dargs: list[W_Root] = [space.newbytes(bytesmethods.buf_w(space, w_b))]
        dargs.append(a[1] if len(a) > 1 else (w_enc if w_enc is not None else space.newstr("utf-8")))
        dargs.append(a[2] if len(a) > 2 else (w_err if w_err is not None else space.newstr("strict")))
        return bytesmethods.bm_decode(space, positional(dargs))
    return space.newstr(space.str(a[0]))


def new_bool(space: Space, args: Args) -> W_Root:
    a = args.args_w[1:]
    if len(a) > 1:
        raise space.type_error("bool expected at most 1 argument, got " + str(len(a)))
    if args.has_kw():
        raise space.type_error("bool() takes no keyword arguments")
    if len(a) == 0:
        return space.w_False
    return space.newbool(space.is_true(a[0]))


def new_list(space: Space, args: Args) -> W_Root:
    a = args.args_w[1:]
    if args.has_kw() and args.args_w[0] is space.w_list:
        raise space.type_error("list() takes no keyword arguments")
    if len(a) > 1:
        raise space.type_error("list expected at most 1 argument, got " + str(len(a)))
    if len(a) == 0:
        return space.newlist([])
    return space.newlist(space.unpack_iterable(a[0]))


def new_tuple(space: Space, args: Args) -> W_Root:
    a = args.args_w[1:]
    if args.has_kw() and args.args_w[0] is space.w_tuple:
        raise space.type_error("tuple() takes no keyword arguments")
    if len(a) == 0:
        return space.newtuple([])
    if isinstance(a[0], W_TupleObject):
        return a[0]
    return space.newtuple(space.unpack_iterable(a[0]))


def new_dict(space: Space, args: Args) -> W_Root:
    a = args.args_w[1:]
    if len(a) > 1:
        raise space.type_error("dict expected at most 1 argument, got " + str(len(a)))
    w_d = space.newdict()
    if len(a) > 0:
        space.dict_update(w_d, a[0])
    i = 0
    while i < len(args.kw_names):
        space.dict_setitem_str(w_d, args.kw_names[i], args.kw_values[i])
        i += 1
    return w_d


def new_set(space: Space, args: Args) -> W_Root:
    a = args.args_w[1:]
    if len(a) == 0:
        return W_SetObject(False)
    return space.newset_from_iterable(a[0], False)


def new_frozenset(space: Space, args: Args) -> W_Root:
    a = args.args_w[1:]
    if len(a) == 0:
        return W_SetObject(True)
    w_src = a[0]
    if isinstance(w_src, W_SetObject) and w_src.frozen:
        return w_src
    return space.newset_from_iterable(w_src, True)


def new_range(space: Space, args: Args) -> W_Root:
    a = args.args_w[1:]
    no_kw(space, args, "range")
    if len(a) == 1:
        return W_RangeObject(0, space.int_w(a[0]), 1)
    if len(a) == 2:
        return W_RangeObject(space.int_w(a[0]), space.int_w(a[1]), 1)
    if len(a) == 3:
        step = space.int_w(a[2])
        if step == 0:
            raise space.value_error("range() arg 3 must not be zero")
        return W_RangeObject(space.int_w(a[0]), space.int_w(a[1]), step)
    if len(a) == 0:
        raise space.type_error("range expected at least 1 argument, got 0")
    raise space.type_error("range expected at most 3 arguments, got " + str(len(a)))


def new_slice(space: Space, args: Args) -> W_Root:
    a = args.args_w[1:]
    if len(a) == 1:
        return W_SliceObject(space.w_None, a[0], space.w_None)
    if len(a) == 2:
        return W_SliceObject(a[0], a[1], space.w_None)
    return W_SliceObject(a[0], a[1], a[2])


def new_enumerate(space: Space, args: Args) -> W_Root:
    a = args.args_w[1:]
    start = 0
    if len(a) > 1:
        start = space.int_w(a[1])
    w_s = args.get_kw("start")
    if w_s is not None:
        start = space.int_w(w_s)
    w_it = args.get_kw("iterable")
    if w_it is not None and len(a) == 0:
        a = [w_it]
    if len(a) == 0:
        raise space.type_error("enumerate() missing required argument 'iterable'")
    return W_Enumerate(space.iter(a[0]), start)


def new_zip(space: Space, args: Args) -> W_Root:
    iters: list[W_Root] = []
    w_strict = args.get_kw("strict")
    for kn in args.kw_names:
        if kn != "strict":
            raise space.type_error("zip() got an unexpected keyword argument '" + kn + "'")
    i = 1
    for w_a in args.args_w[1:]:
        try:
            iters.append(space.iter(w_a))
        except OperationError as e:
            if space.exc_matches(e.w_value, space.w_TypeError):
                raise space.type_error("'" + space.type_name(w_a) + "' object is not iterable")
            raise
        i += 1
    w_z = W_Zip(iters)
    if w_strict is not None and space.is_true(w_strict):
        w_z.strict = True
    return w_z


def new_map(space: Space, args: Args) -> W_Root:
    a = args.args_w[1:]
    if len(a) < 2:
        raise space.type_error("map() must have at least two arguments.")
    iters: list[W_Root] = []
    for w_a in a[1:]:
        iters.append(space.iter(w_a))
    return W_Map(a[0], iters)


def new_filter(space: Space, args: Args) -> W_Root:
    a = args.args_w[1:]
    if len(a) != 2:
        raise space.type_error("filter expected 2 arguments, got " + str(len(a)))
    return W_Filter(a[0], space.iter(a[1]))


def new_reversed(space: Space, args: Args) -> W_Root:
    a = args.args_w[1:]
    if len(a) != 1:
        raise space.type_error("reversed expected 1 argument, got " + str(len(a)))
    w = a[0]
    if isinstance(w, W_Instance):
        w_m = space.lookup_user(w, "__reversed__")
        if w_m is not None:
            return space.call(w_m, positional([]))
    if isinstance(w, W_DictObject):
        keys = w.storage.live_keys()
        return W_Reversed(space.newlist(keys), len(keys) - 1)
    if isinstance(w, W_SetObject):
        raise space.type_error("'set' object is not reversible")
    if not (isinstance(w, W_ListObject) or isinstance(w, W_TupleObject) or isinstance(w, W_StrObject) or
            isinstance(w, W_RangeObject) or isinstance(w, W_BytesObject)):
        if space.lookup_user(w, "__len__") is None or space.lookup_user(w, "__getitem__") is None:
            raise space.type_error("'" + space.type_name(w) + "' object is not reversible")
    return W_Reversed(w, space.len(w) - 1)


def new_object(space: Space, args: Args) -> W_Root:
    if len(args.args_w) > 1:
        raise space.type_error("object() takes no arguments")
    return W_Instance(space.w_object)


def new_staticmethod(space: Space, args: Args) -> W_Root:
    a = args.args_w[1:]
    return W_StaticMethod(a[0])


def new_classmethod(space: Space, args: Args) -> W_Root:
    a = args.args_w[1:]
    return W_ClassMethod(a[0])


def new_super(space: Space, args: Args) -> W_Root:
    return b_super(space, Args(args.args_w[1:], args.kw_names, args.kw_values))


def new_type(space: Space, args: Args) -> W_Root:
    return space.call_type(space.w_type, Args(args.args_w[1:], args.kw_names, args.kw_values))


# ---------------------------------------------------------------- generator methods

def gen_self(space: Space, args: Args) -> W_Generator:
    w = args.args_w[0]
    if not isinstance(w, W_Generator):
        raise space.type_error("descriptor requires a 'generator' object")
    return w


def gen_result(space: Space, w_gen: W_Generator, w_r: W_Root | None) -> W_Root:
    if w_r is None:
        w_rv = w_gen.w_retval
        args_w: list[W_Root] = []
        if w_rv is not None and w_rv is not space.w_None:
            args_w.append(w_rv)
        raise OperationError(space.new_exception(space.w_StopIteration, args_w))
    return w_r


def gen_next(space: Space, args: Args) -> W_Root:
    w_gen = gen_self(space, args)
    return gen_result(space, w_gen, space.engine.resume_generator(w_gen, space.w_None, None))


def gen_send(space: Space, args: Args) -> W_Root:
    w_gen = gen_self(space, args)
    a = nargs(space, args, "send", 1, 1)
    return gen_result(space, w_gen, space.engine.resume_generator(w_gen, a[0], None))


def gen_throw(space: Space, args: Args) -> W_Root:
    w_gen = gen_self(space, args)
    a = nargs(space, args, "throw", 1, 3)
    w_e = a[0]
    if isinstance(w_e, W_TypeObject):
        w_val = a[1] if len(a) > 1 and a[1] is not space.w_None else None
        w_e = space.call(w_e, positional([] if w_val is None else [w_val]))
    if not isinstance(w_e, W_BaseException):
        raise space.type_error("exceptions must derive from BaseException")
    return gen_result(space, w_gen, space.engine.resume_generator(w_gen, space.w_None, w_e))


def gen_close(space: Space, args: Args) -> W_Root:
    w_gen = gen_self(space, args)
    if w_gen.finished or not w_gen.started:
        w_gen.finished = True
        return space.w_None
    w_exit = space.new_exception(space.w_GeneratorExit, [])
    try:
        w_r = space.engine.resume_generator(w_gen, space.w_None, w_exit)
    except OperationError as e:
        if space.exc_matches(e.w_value, space.w_GeneratorExit) or \
                space.exc_matches(e.w_value, space.w_StopIteration):
            return space.w_None
        raise
    if w_r is not None:
        raise space.error(space.w_RuntimeError, "generator ignored GeneratorExit")
    return space.w_None


def gen_iter(space: Space, args: Args) -> W_Root:
    return args.args_w[0]


def gen_running(space: Space, args: Args) -> W_Root:
    return space.newbool(gen_self(space, args).running)


def iter_next_m(space: Space, args: Args) -> W_Root:
    return space.next(args.args_w[0])


# ---------------------------------------------------------------- setup

def bfunc(space: Space, name: str, fn: Callable[[Space, Args], W_Root]) -> W_BuiltinFunction:
    w_f = W_BuiltinFunction(name, fn, "")
    space.builtins[name] = w_f
    return w_f


def ctor(space: Space, w_type: W_TypeObject, fn: Callable[[Space, Args], W_Root]) -> None:
    static(space, w_type, "__new__", fn)
    space.builtins[w_type.name] = w_type


# The exception classes the object space does not create itself, with
# their base in CPython's hierarchy (a base comes before its subclasses).
MORE_EXCEPTIONS: list[tuple[str, str]] = [
    ("BlockingIOError", "OSError"), ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"), ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"), ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"), ("InterruptedError", "OSError"),
    ("ProcessLookupError", "OSError"), ("BytesWarning", "Warning"), ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"), ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"), ("ResourceWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
]


def install_more_exceptions(space: Space) -> None:
    for entry in MORE_EXCEPTIONS:
        name = entry[0]
        if name in space.exc_types:
            continue
        w_base = space.exc_types[entry[1]]
        w_t = W_TypeObject(name, [w_base], KIND_EXCEPTION)
        mro: list[W_TypeObject] = [w_t]
        mro.extend(w_base.mro_w)
        w_t.mro_w = mro
        space.exc_types[name] = w_t


def install_modules(space: Space, argv: list[str]) -> None:
    install_sys(space, argv)
    space.lazy_modules["math"] = install_math
    space.lazy_modules["time"] = install_time
    module_stdlib.register(space)
    stdlib_install.install(space)
    finish_sys(space)


def make_space(argv: list[str], sys_path: list[str]) -> tuple[Space, ExecutionContext]:
    space = Space()
    ec = ExecutionContext(space)
    space.engine = ec
    space.sys_path = sys_path
    builtin_methods.install(space)
    bytesmethods.install(space)
    nummethods.install(space)
    bfunc(space, "print", b_print)
    bfunc(space, "len", b_len)
    bfunc(space, "repr", b_repr)
    bfunc(space, "ascii", b_ascii)
    bfunc(space, "format", b_format)
    bfunc(space, "__vm_format_mod__", b_vm_format_mod)
    bfunc(space, "isinstance", b_isinstance)
    bfunc(space, "issubclass", b_issubclass)
    bfunc(space, "abs", b_abs)
    bfunc(space, "min", b_min)
    bfunc(space, "max", b_max)
    bfunc(space, "sum", b_sum)
    bfunc(space, "sorted", b_sorted)
    bfunc(space, "iter", b_iter)
    bfunc(space, "next", b_next)
    bfunc(space, "any", b_any)
    bfunc(space, "all", b_all)
    bfunc(space, "hasattr", b_hasattr)
    bfunc(space, "getattr", b_getattr)
    bfunc(space, "setattr", b_setattr)
    bfunc(space, "delattr", b_delattr)
    bfunc(space, "id", b_id)
    bfunc(space, "hash", b_hash)
    bfunc(space, "chr", b_chr)
    bfunc(space, "ord", b_ord)
    bfunc(space, "hex", b_hex)
    bfunc(space, "oct", b_oct)
    bfunc(space, "bin", b_bin)
    bfunc(space, "round", b_round)
    bfunc(space, "divmod", b_divmod)
    bfunc(space, "pow", b_pow)
    bfunc(space, "callable", b_callable)
    bfunc(space, "globals", b_globals)
    bfunc(space, "locals", b_locals)
    bfunc(space, "vars", b_vars)
    bfunc(space, "dir", b_dir)
    bfunc(space, "input", b_input)
    bfunc(space, "__build_class__", b_build_class)
    bfunc(space, "exit", b_exit)
    bfunc(space, "quit", b_exit)
    ctor(space, space.w_int, new_int)
    ctor(space, space.w_bool, new_bool)
    ctor(space, space.w_float, new_float)
    ctor(space, space.w_str, new_str)
    ctor(space, space.w_bytes, bytesmethods.new_bytes)
    ctor(space, space.w_list, new_list)
    ctor(space, space.w_tuple, new_tuple)
    ctor(space, space.w_dict, new_dict)
    ctor(space, space.w_set, new_set)
    ctor(space, space.w_frozenset, new_frozenset)
    ctor(space, space.w_range, new_range)
    ctor(space, space.w_slice, new_slice)
    ctor(space, space.w_enumerate, new_enumerate)
    ctor(space, space.w_zip, new_zip)
    ctor(space, space.w_map, new_map)
    ctor(space, space.w_filter, new_filter)
    ctor(space, space.w_reversed, new_reversed)
    ctor(space, space.w_staticmethod, new_staticmethod)
    ctor(space, space.w_classmethod, new_classmethod)
    ctor(space, space.w_super, new_super)
    space.builtins["property"] = space.w_property
    space.builtins["object"] = space.w_object
    space.builtins["type"] = space.w_type
    static(space, space.w_object, "__new__", builtin_methods.object_new)
    space.builtins["NotImplemented"] = space.w_NotImplemented
    space.builtins["Ellipsis"] = space.w_Ellipsis
    space.builtins["None"] = space.w_None
    space.builtins["True"] = space.w_True
    space.builtins["False"] = space.w_False
    space.builtins["__debug__"] = space.w_True
    install_more_exceptions(space)
    for name in space.exc_types:
        space.builtins[name] = space.exc_types[name]
    fileobject.install(space)
    execbuiltins.install(space)
    w_gen_t = space.types_by_index[T_GENERATOR]
    method(space, w_gen_t, "send", gen_send)
    method(space, w_gen_t, "throw", gen_throw)
    method(space, w_gen_t, "close", gen_close)
    method(space, w_gen_t, "__next__", gen_next)
    method(space, w_gen_t, "__iter__", gen_iter)
    bytesmethods.add_prop(space, w_gen_t, "gi_running", gen_running)
    miscmethods.install(space)
    install_modules(space, argv)
    return (space, ec)
