"""The special methods of the builtin types as attributes (`int.__add__`,
`(5).__radd__(3)`, `[].__len__`, `type.__call__`, ...) and their data
attributes (`int.real`, `range.start`, `BaseException.args`, ...).

One Slot per (type, name) says what the method does: its kind (binary,
reflected, in-place, comparison, unary, length, ...), its operator and the
operand family of its type; `Slot.call` is the function of the
W_BuiltinFunction stored in the type dict. The operation itself is the
Space's (the builtin part of `space.binop`, `builtin_compare`, `hash`,
`len`, ...) applied to builtin values only: a slot never goes through the
Space's dispatch to user methods again, so `int.__add__(self, o)` or
`super().__add__(o)` inside a user `__add__` cannot recurse.

A slot checks its receiver (an instance of the type, or of a subclass: then
its builtin value is used), its argument count, and returns NotImplemented
where CPython's does (`int.__add__(1, 2.0)`, `(1).__lt__('a')`).

The Space's operator dispatch treats a W_BuiltinFunction found on a class as
"not overridden" (Space.lookup_user), so these entries change nothing for
subclasses that do not override them, nor for the fast paths."""

from rlib.rbigint import rbigint

from interpreter.objspace.root import W_Root, Args, positional, T_NOTIMPLEMENTED, T_ELLIPSIS, T_METHOD, \
    T_BUILTIN_FUNCTION, T_CELL, T_DICT_KEYS, T_DICT_VALUES, T_DICT_ITEMS
from interpreter.objspace.space import (Space, W_BuiltinFunction, W_GetSet, GS_SPECIAL, GS_CLASS, GS_TYPE,
                                        GS_EXCEPTION)
from interpreter.objspace.typeobject import W_TypeObject
from interpreter.objspace.intobject import W_IntObject, W_BoolObject
from interpreter.objspace.floatobject import W_FloatObject
from interpreter.objspace.longobject import W_LongObject
from interpreter.objspace.complexobject import W_ComplexObject
from interpreter.objspace.strobject import W_StrObject
from interpreter.objspace.bytesobject import W_BytesObject
from interpreter.objspace.listobject import W_ListObject
from interpreter.objspace.tupleobject import W_TupleObject
from interpreter.objspace.dictobject import W_DictObject, W_DictView, VIEW_VALUES
from interpreter.objspace.setobject import W_SetObject
from interpreter.objspace.funcobject import W_Method, W_StaticMethod, W_ClassMethod, W_Property
from interpreter.objspace.instance import W_Instance
from interpreter.objspace.iterobject import W_RangeObject, W_SliceObject, W_Reversed
from interpreter.objspace.extobject import W_BytearrayObject
from interpreter.objspace import formatting
from interpreter import bytecode as bc

TWO_52 = 4503599627370496.0   # floats at or beyond this are integral

# operand families: what the other operand of a binary method or
# comparison may be (after taking the builtin value of a subclass instance)
FAM_INT = 0
FAM_BOOL = 1
FAM_FLOAT = 2
FAM_COMPLEX = 3
FAM_STR = 4
FAM_BYTES = 5
FAM_LIST = 6
FAM_TUPLE = 7
FAM_DICT = 8
FAM_SET = 9
FAM_RANGE = 10
FAM_SLICE = 11
FAM_VIEW = 12
FAM_OTHER = 13

# kinds of slots
K_BINARY = 0        # self OP other
K_RBINARY = 1       # other OP self
K_INPLACE = 2       # self OP= other, returns self
K_COMPARE = 3
K_NEG = 4
K_POS = 5
K_INVERT = 6
K_ABS = 7
K_BOOL = 8
K_HASH = 9
K_REPR = 10
K_STR = 11
K_LEN = 12
K_ITER = 13
K_NEXT = 14
K_REVERSED = 15
K_GETITEM = 16
K_SETITEM = 17
K_DELITEM = 18
K_CONTAINS = 19
K_TRUNC = 20
K_FLOOR = 21
K_CEIL = 22
K_ROUND = 23
K_FORMAT = 24
K_DIVMOD = 25
K_RDIVMOD = 26
K_CALL = 27
K_COMPLEX = 28
K_SIZEOF = 29
K_INSTANCECHECK = 30
K_SUBCLASSCHECK = 31
K_SUBCLASSES = 32
K_GET = 33          # __get__ of a builtin descriptor
K_SET = 34          # __set__ of a W_GetSet
K_DELETE = 35       # __delete__ of a W_GetSet
K_GETNEWARGS = 36
K_SET_NAME = 37     # property.__set_name__
K_ISDISJOINT = 38   # dict_keys/dict_items.isdisjoint
K_BYTES = 39        # bytes.__bytes__
K_SUBCLASSHOOK = 40


def build_kinds() -> dict[str, int]:
    kinds: dict[str, int] = {}
    for d in bc.BINOP_DUNDERS:
        kinds["__" + d + "__"] = K_BINARY
        kinds["__r" + d + "__"] = K_RBINARY
        kinds["__i" + d + "__"] = K_INPLACE
    for c in bc.CMP_DUNDERS:
        kinds[c] = K_COMPARE
    names = ["__neg__", "__pos__", "__invert__", "__abs__", "__bool__", "__hash__", "__repr__", "__str__",
             "__len__", "__iter__", "__next__", "__reversed__", "__getitem__", "__setitem__", "__delitem__",
             "__contains__", "__trunc__", "__floor__", "__ceil__", "__round__", "__format__", "__divmod__",
             "__rdivmod__", "__call__", "__complex__", "__sizeof__", "__instancecheck__", "__subclasscheck__",
             "__subclasses__", "__get__", "__set__", "__delete__", "__getnewargs__", "__set_name__",
             "isdisjoint", "__bytes__", "__subclasshook__"]
    k = K_NEG
    for n in names:
        kinds[n] = k
        k += 1
    return kinds


def build_ops() -> dict[str, int]:
    ops: dict[str, int] = {}
    i = 0
    while i < len(bc.BINOP_DUNDERS):
        d = bc.BINOP_DUNDERS[i]
        ops["__" + d + "__"] = i
        ops["__r" + d + "__"] = i
        ops["__i" + d + "__"] = i
        i += 1
    j = 0
    while j < len(bc.CMP_DUNDERS):
        ops[bc.CMP_DUNDERS[j]] = j
        j += 1
    return ops


SLOT_KINDS: dict[str, int] = build_kinds()
SLOT_OPS: dict[str, int] = build_ops()

# slots that CPython implements as plain methods (method_descriptor), not
# slot wrappers: they differ in repr and in their argument-count messages
def build_plain() -> dict[str, bool]:
    plain: dict[str, bool] = {}
    for n in ["__reversed__", "__round__", "__trunc__", "__floor__", "__ceil__", "__format__", "__sizeof__",
              "__instancecheck__", "__subclasscheck__", "__subclasses__", "__getnewargs__", "__set_name__",
              "isdisjoint", "__bytes__", "__complex__", "__subclasshook__"]:
        plain[n] = True
    return plain


PLAIN_METHODS: dict[str, bool] = build_plain()


def build_info() -> dict[str, int]:
    """name -> kind | op << 8 | plain << 16 (one lookup per slot made at start-up)."""
    info: dict[str, int] = {}
    for name in SLOT_KINDS:
        v = SLOT_KINDS[name] | (SLOT_OPS.get(name, 0) << 8)
        if name in PLAIN_METHODS:
            v |= 1 << 16
        info[name] = v
    return info


SLOT_INFO: dict[str, int] = build_info()


class Slot:
    """One special method of one builtin type (see the module doc)."""

    def __init__(self, name: str, kind: int, op: int, w_owner: W_TypeObject, fam: int, wrapper: bool) -> None:
        self.name: str = name
        self.kind: int = kind
        self.op: int = op
        self.w_owner: W_TypeObject = w_owner
        self.fam: int = fam
        self.wrapper: bool = wrapper

    # ---- argument checks

    def arity_error(self, space: Space, lo: int, hi: int, n: int) -> None:
        if self.wrapper:
            if lo == hi:
                msg = "expected " + str(lo) + " argument" + ("" if lo == 1 else "s") + ", got " + str(n)
                if lo == 2:
                    msg = " " + msg
                raise space.type_error(msg)
            if n < lo:
                raise space.type_error(" expected at least " + str(lo) + " argument" + ("" if lo == 1 else "s") +
                                       ", got " + str(n))
            raise space.type_error(" expected at most " + str(hi) + " argument" + ("" if hi == 1 else "s") +
                                   ", got " + str(n))
        qual = self.w_owner.name + "." + self.name + "()"
        if lo == hi:
            if lo == 0:
                raise space.type_error(qual + " takes no arguments (" + str(n) + " given)")
            if lo == 1:
                raise space.type_error(qual + " takes exactly one argument (" + str(n) + " given)")
            raise space.type_error(qual + " takes exactly " + str(lo) + " arguments (" + str(n) + " given)")
        raise space.type_error(self.name + " expected at most " + str(hi) + " argument" +
                               ("" if hi == 1 else "s") + ", got " + str(n))

    def arity(self) -> tuple[int, int]:
        kind = self.kind
        if kind == K_BINARY or kind == K_RBINARY:
            if self.op == bc.OP_POW:
                return (1, 2)
            return (1, 1)
        if kind == K_INPLACE or kind == K_COMPARE or kind == K_GETITEM or kind == K_DELITEM or \
                kind == K_CONTAINS or kind == K_FORMAT or kind == K_DIVMOD or kind == K_RDIVMOD or \
                kind == K_INSTANCECHECK or kind == K_SUBCLASSCHECK or kind == K_DELETE or kind == K_ISDISJOINT:
            return (1, 1)
        if kind == K_SETITEM or kind == K_SET or kind == K_SET_NAME:
            return (2, 2)
        if kind == K_ROUND:
            return (0, 1)
        if kind == K_GET:
            return (1, 2)
        if kind == K_CALL or kind == K_SUBCLASSHOOK:
            return (0, 1000000)
        return (0, 0)

    def call(self, space: Space, args: Args) -> W_Root:
        args_w = args.args_w
        if len(args_w) == 0:
            raise space.type_error("descriptor '" + self.name + "' of '" + self.w_owner.name +
                                   "' object needs an argument")
        w_self = args_w[0]
        if not space.type(w_self).issubtype(self.w_owner):
            raise space.type_error("descriptor '" + self.name + "' requires a '" + self.w_owner.name +
                                   "' object but received a '" + space.type_name(w_self) + "'")
        kind = self.kind
        if kind == K_CALL:
            return self.do_call(space, w_self, Args(args_w[1:], args.kw_names, args.kw_values))
        if args.has_kw():
            if self.wrapper:
                raise space.type_error("wrapper " + self.name + "() takes no keyword arguments")
            raise space.type_error(self.w_owner.name + "." + self.name + "() takes no keyword arguments")
        a = args_w[1:]
        n = len(a)
        lo, hi = self.arity()
        if n < lo or n > hi:
            self.arity_error(space, lo, hi, n)
        w_v = space.base_of(w_self)
        if kind == K_BINARY or kind == K_RBINARY:
            if n == 2 and a[1] is not space.w_None:
                return self.pow3(space, w_v, a[0], a[1])
            return self.binary(space, w_v, a[0], kind == K_RBINARY)
        if kind == K_COMPARE:
            return self.compare(space, w_v, a[0])
        if kind == K_INPLACE:
            return self.inplace(space, w_self, w_v, a[0])
        return self.other(space, w_self, w_v, a)

    # ---- binary operators

    def accepts(self, space: Space, w_o: W_Root) -> bool:
        """Whether a binary operator or comparison of this family computes
        with w_o (a builtin value); NotImplemented otherwise."""
        fam = self.fam
        if fam == FAM_INT or fam == FAM_BOOL:
            return space.is_int(w_o)
        if fam == FAM_FLOAT:
            return space.is_int(w_o) or isinstance(w_o, W_FloatObject)
        if fam == FAM_COMPLEX:
            return space.is_int(w_o) or isinstance(w_o, W_FloatObject) or isinstance(w_o, W_ComplexObject)
        if fam == FAM_STR:
            return isinstance(w_o, W_StrObject)
        if fam == FAM_BYTES:
            return isinstance(w_o, W_BytesObject)
        if fam == FAM_LIST:
            return isinstance(w_o, W_ListObject)
        if fam == FAM_TUPLE:
            return isinstance(w_o, W_TupleObject)
        if fam == FAM_DICT:
            return isinstance(w_o, W_DictObject)
        if fam == FAM_SET:
            return isinstance(w_o, W_SetObject)
        if fam == FAM_RANGE:
            return isinstance(w_o, W_RangeObject)
        if fam == FAM_SLICE:
            return isinstance(w_o, W_SliceObject)
        if fam == FAM_VIEW:
            return (isinstance(w_o, W_DictView) and w_o.kind != VIEW_VALUES) or isinstance(w_o, W_SetObject)
        return False

    def is_sequence(self) -> bool:
        fam = self.fam
        return fam == FAM_STR or fam == FAM_BYTES or fam == FAM_LIST or fam == FAM_TUPLE

    def binary(self, space: Space, w_v: W_Root, w_other: W_Root, reflected: bool) -> W_Root:
        op = self.op
        w_o = space.base_of(w_other)
        if self.is_sequence():
            if op == bc.OP_MUL:
                return self.repeat(space, w_v, w_o)
            if op == bc.OP_MOD and not reflected:
                # formatting takes any value (the original object)
                return space.binop(op, w_v, w_other)
            if op == bc.OP_ADD and not reflected:
                w_o = self.concat_operand(space, w_o, w_other)
            elif not self.accepts(space, w_o):
                return space.w_NotImplemented
        elif self.fam == FAM_VIEW:
            sa = space.newset_from(space.unpack_iterable(w_v), False)
            sb = space.newset_from(space.unpack_iterable(w_o), False)
            w_sr = space.set_binop(op, sb, sa) if reflected else space.set_binop(op, sa, sb)
            if w_sr is None:
                return space.w_NotImplemented
            return w_sr
        elif not self.accepts(space, w_o):
            return space.w_NotImplemented
        w_a = w_v
        w_b = w_o
        if reflected:
            w_a = w_o
            w_b = w_v
        w_r: W_Root | None = None
        if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
            w_r = space.int_binop(op, w_a, w_b)
        else:
            w_r = space.builtin_binop(op, w_a, w_b)
        if w_r is None:
            return space.w_NotImplemented
        if self.fam == FAM_INT and isinstance(w_r, W_BoolObject):
            return space.newint(w_r.intval)   # int.__and__(True, True) is 1
        return w_r

    def concat_operand(self, space: Space, w_o: W_Root, w_other: W_Root) -> W_Root:
        """The right operand of str/bytes/list/tuple + (CPython raises
        TypeError rather than returning NotImplemented)."""
        fam = self.fam
        if fam == FAM_BYTES:
            if isinstance(w_o, W_BytearrayObject):
                vals: list[int] = w_o.data
                return space.newbytes(bytes(vals))
            if not isinstance(w_o, W_BytesObject):
                raise space.type_error("can't concat " + space.type_name(w_other) + " to bytes")
            return w_o
        if not self.accepts(space, w_o):
            tn = self.w_owner.name
            raise space.type_error("can only concatenate " + tn + ' (not "' + space.type_name(w_other) + '") to ' + tn)
        return w_o

    def repeat(self, space: Space, w_v: W_Root, w_o: W_Root) -> W_Root:
        """seq * n and n * seq for a sequence type."""
        if not space.is_int(w_o):
            if isinstance(w_o, W_Instance) and space.lookup_user(w_o, "__index__") is not None:
                w_o = space.newint(space.int_w(w_o))
            else:
                raise space.type_error("'" + space.type_name(w_o) + "' object cannot be interpreted as an integer")
        if isinstance(w_o, W_LongObject):
            raise space.error(space.w_OverflowError, "cannot fit 'int' into an index-sized integer")
        if isinstance(w_o, W_BoolObject):
            w_o = space.newint(w_o.intval)
        w_r = space.builtin_binop(bc.OP_MUL, w_v, w_o)
        if w_r is None:
            return space.w_NotImplemented
        return w_r

    def pow3(self, space: Space, w_v: W_Root, w_other: W_Root, w_mod: W_Root) -> W_Root:
        """__pow__(other, mod) / __rpow__(other, mod)."""
        w_o = space.base_of(w_other)
        w_m = space.base_of(w_mod)
        if not self.accepts(space, w_o):
            return space.w_NotImplemented
        if self.fam == FAM_COMPLEX:
            raise space.value_error("complex modulo")
        if self.fam == FAM_FLOAT:
            raise space.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        if not space.is_int(w_m):
            return space.w_NotImplemented
        w_pow = space.builtins["pow"]
        if self.kind == K_RBINARY:
            return space.call(w_pow, positional([w_o, w_v, w_m]))
        return space.call(w_pow, positional([w_v, w_o, w_m]))

    def inplace(self, space: Space, w_self: W_Root, w_v: W_Root, w_other: W_Root) -> W_Root:
        op = self.op
        w_o = space.base_of(w_other)
        if isinstance(w_v, W_ListObject):
            if op == bc.OP_ADD:
                w_v.items_w.extend(space.unpack_iterable(w_other))
                return w_self
            w_r = self.repeat(space, w_v, w_o)
            if isinstance(w_r, W_ListObject):
                w_v.items_w = w_r.items_w
            return w_self
        if isinstance(w_v, W_DictObject):
            space.dict_update(w_v, w_other)
            return w_self
        if isinstance(w_v, W_SetObject) and isinstance(w_o, W_SetObject):
            if space.set_inplace(op, w_v, w_o):
                return w_self
        return space.w_NotImplemented

    # ---- comparisons

    def compare(self, space: Space, w_v: W_Root, w_other: W_Root) -> W_Root:
        op = self.op
        w_o = space.base_of(w_other)
        fam = self.fam
        if fam == FAM_OTHER:
            if op == bc.CMP_EQ:
                return space.w_True if w_v is w_o else space.w_NotImplemented
            if op == bc.CMP_NE:
                return space.w_False if w_v is w_o else space.w_NotImplemented
            return space.w_NotImplemented
        if not self.accepts(space, w_o):
            return space.w_NotImplemented
        if fam == FAM_DICT or fam == FAM_RANGE or fam == FAM_COMPLEX:
            if op != bc.CMP_EQ and op != bc.CMP_NE:
                return space.w_NotImplemented
        if isinstance(w_v, W_IntObject) and isinstance(w_o, W_IntObject):
            return space.newbool(space.cmp_int(op, w_v.intval, w_o.intval))
        w_r = space.builtin_compare(op, w_v, w_o)
        if w_r is None:
            return space.w_NotImplemented
        return w_r

    # ---- the others

    def do_call(self, space: Space, w_self: W_Root, args: Args) -> W_Root:
        if isinstance(w_self, W_TypeObject):
            # type.__call__ itself: not a metaclass's __call__ again
            return space.call_type_default(w_self, args)
        if isinstance(w_self, W_StaticMethod):
            return space.call(w_self.w_func, args)
        return space.call(w_self, args)

    def other(self, space: Space, w_self: W_Root, w_v: W_Root, a: list[W_Root]) -> W_Root:
        kind = self.kind
        if kind == K_NEG:
            return space.unary_neg(w_v)
        if kind == K_POS:
            return space.unary_pos(w_v)
        if kind == K_INVERT:
            return space.unary_invert(w_v)
        if kind == K_ABS:
            return space.abs(w_v)
        if kind == K_BOOL:
            return space.newbool(space.is_true(w_v))
        if kind == K_HASH:
            return space.newint(space.hash(w_v))
        if kind == K_REPR:
            if isinstance(w_v, W_BoolObject) and self.fam == FAM_INT:
                return space.newstr(str(w_v.intval))   # int.__repr__(True)
            if isinstance(w_v, W_TypeObject):
                # not a metaclass's __repr__ again
                return space.newstr(space.type_repr(w_v))
            return space.newstr(space.repr(w_v))
        if kind == K_STR:
            return space.newstr(space.str(w_v))
        if kind == K_LEN:
            return space.newint(space.len(w_v))
        if kind == K_ITER:
            return space.iter(w_v)
        if kind == K_NEXT:
            return space.next(w_v)
        if kind == K_REVERSED:
            return reversed_of(space, w_v)
        if kind == K_GETITEM:
            return self.getitem(space, w_self, w_v, a[0])
        if kind == K_SETITEM:
            space.setitem(w_v, a[0], a[1])
            return space.w_None
        if kind == K_DELITEM:
            space.delitem(w_v, a[0])
            return space.w_None
        if kind == K_CONTAINS:
            return space.newbool(space.contains(w_v, a[0]))
        if kind == K_TRUNC or kind == K_FLOOR or kind == K_CEIL:
            return integral(space, kind, w_v)
        if kind == K_ROUND:
            w_round = space.builtins["round"]
            if len(a) == 0:
                return space.call(w_round, positional([w_v]))
            return space.call(w_round, positional([w_v, a[0]]))
        if kind == K_FORMAT:
            w_spec = a[0]
            if not isinstance(w_spec, W_StrObject):
                raise space.type_error("__format__() argument must be str, not " + space.type_name(w_spec))
            return space.newstr(formatting.format_value(space, w_v, w_spec.value))
        if kind == K_DIVMOD or kind == K_RDIVMOD:
            w_o = space.base_of(a[0])
            if not self.accepts(space, w_o):
                return space.w_NotImplemented
            w_divmod = space.builtins["divmod"]
            if kind == K_RDIVMOD:
                return space.call(w_divmod, positional([w_o, w_v]))
            return space.call(w_divmod, positional([w_v, w_o]))
        if kind == K_COMPLEX:
            if isinstance(w_v, W_ComplexObject):
                return W_ComplexObject(w_v.realval, w_v.imagval)
            return w_v
        if kind == K_SIZEOF:
            return space.newint(sizeof(space, w_v))
        if kind == K_INSTANCECHECK:
            assert isinstance(w_self, W_TypeObject)
            return space.newbool(space.type(a[0]).issubtype(w_self))
        if kind == K_SUBCLASSCHECK:
            assert isinstance(w_self, W_TypeObject)
            w_sub = a[0]
            if not isinstance(w_sub, W_TypeObject):
                raise space.type_error("issubclass() arg 1 must be a class")
            return space.newbool(w_sub.issubtype(w_self))
        if kind == K_SUBCLASSES:
            assert isinstance(w_self, W_TypeObject)
            return subclasses_of(space, w_self)
        if kind == K_GET:
            return descr_get(space, w_self, a)
        if kind == K_SET:
            return getset_set(space, w_self, a[0], a[1])
        if kind == K_DELETE:
            if isinstance(w_self, W_GetSet):
                raise space.readonly_error(w_self)
            raise space.error(space.w_AttributeError, "can't delete attribute")
        if kind == K_GETNEWARGS:
            return space.newtuple([w_v])
        if kind == K_SET_NAME:
            w_pname = a[1]
            if isinstance(w_self, W_Property) and w_self.name == "" and isinstance(w_pname, W_StrObject):
                w_self.name = w_pname.value
            return space.w_None
        if kind == K_ISDISJOINT:
            st = space.newset_from(space.unpack_iterable(w_v), False)
            for w_x in space.unpack_iterable(a[0]):
                if space.storage_contains(st.storage, w_x):
                    return space.w_False
            return space.w_True
        if kind == K_BYTES:
            if isinstance(w_v, W_BytesObject):
                return space.newbytes(w_v.value)
            return w_v
        if kind == K_SUBCLASSHOOK:
            return space.w_NotImplemented
        raise space.type_error("unsupported special method " + self.name)

    def getitem(self, space: Space, w_self: W_Root, w_v: W_Root, w_key: W_Root) -> W_Root:
        if isinstance(w_v, W_DictObject) and isinstance(w_self, W_Instance):
            # dict.__getitem__ of a subclass instance calls its __missing__
            w_r = space.storage_get(w_v.storage, w_key)
            if w_r is not None:
                return w_r
            w_miss = space.lookup_user(w_self, "__missing__")
            if w_miss is not None:
                return space.call(w_miss, positional([w_key]))
            raise space.key_error(w_key)
        return space.getitem(w_v, w_key)


def reversed_of(space: Space, w_v: W_Root) -> W_Root:
    if isinstance(w_v, W_DictObject):
        keys = w_v.storage.live_keys()
        return W_Reversed(space.newlist(keys), len(keys) - 1)
    if isinstance(w_v, W_DictView):
        items = space.unpack_iterable(w_v)
        return W_Reversed(space.newlist(items), len(items) - 1)
    return W_Reversed(w_v, space.len(w_v) - 1)


def integral(space: Space, kind: int, w_v: W_Root) -> W_Root:
    """__trunc__, __floor__, __ceil__ of an int or a float: an int."""
    if isinstance(w_v, W_FloatObject):
        f = w_v.floatval
        if f != f:
            raise space.value_error("cannot convert float NaN to integer")
        if f - f != 0.0:
            raise space.error(space.w_OverflowError, "cannot convert float infinity to integer")
        num = rbigint.fromfloat(f)   # truncated
        if -TWO_52 < f < TWO_52 and float(int(f)) != f:
            if kind == K_FLOOR and f < 0.0:
                num = num.sub(rbigint.fromint(1))
            elif kind == K_CEIL and f > 0.0:
                num = num.add(rbigint.fromint(1))
        return space.newlong(num)
    return space.newlong(space.big_w(w_v))


def sizeof(space: Space, w_v: W_Root) -> int:
    """A plausible __sizeof__ (CPython's sizes on 64-bit)."""
    if isinstance(w_v, W_IntObject):
        return 28
    if isinstance(w_v, W_LongObject):
        return 24 + 4 * len(w_v.num.digits)
    if isinstance(w_v, W_FloatObject):
        return 24
    if isinstance(w_v, W_StrObject):
        return 49 + len(w_v.value)
    if isinstance(w_v, W_BytesObject):
        return 33 + len(w_v.value)
    if isinstance(w_v, W_ListObject):
        return 40 + 8 * len(w_v.items_w)
    if isinstance(w_v, W_TupleObject):
        return 24 + 8 * len(w_v.items_w)
    if isinstance(w_v, W_DictObject) or isinstance(w_v, W_SetObject):
        return 200 + 24 * space.len(w_v)
    return 16


def subclasses_of(space: Space, w_t: W_TypeObject) -> W_Root:
    res: list[W_Root] = []
    for w_s in w_t.subclasses_w:
        direct = False
        for w_b in w_s.bases_w:
            if w_b is w_t:
                direct = True
        if direct:
            res.append(w_s)
    return space.newlist(res)


def descr_get(space: Space, w_descr: W_Root, a: list[W_Root]) -> W_Root:
    """__get__(obj, type=None) of the builtin descriptors."""
    w_obj = a[0]
    w_cls: W_Root = space.w_None
    if len(a) > 1:
        w_cls = a[1]
    if w_obj is space.w_None and w_cls is space.w_None:
        raise space.type_error("__get__(None, None) is invalid")
    if isinstance(w_descr, W_StaticMethod):
        return w_descr.w_func
    if isinstance(w_descr, W_ClassMethod):
        if w_cls is space.w_None:
            w_cls = space.type(w_obj)
        return W_Method(w_cls, w_descr.w_func)
    if w_obj is space.w_None:
        return w_descr
    if isinstance(w_descr, W_GetSet):
        return space.getset_get(w_descr, w_obj)
    if isinstance(w_descr, W_BuiltinFunction):
        if w_descr.qualifier != "" and not w_descr.is_static:
            w_owner = space.lookup_objclass(w_descr)
            if isinstance(w_owner, W_TypeObject) and not space.type(w_obj).issubtype(w_owner):
                raise space.type_error("descriptor '" + w_descr.name + "' for '" + w_owner.name +
                                       "' objects doesn't apply to a '" + space.type_name(w_obj) + "' object")
            return W_Method(w_obj, w_descr)
        return w_descr
    return w_descr


def getset_set(space: Space, w_descr: W_Root, w_obj: W_Root, w_value: W_Root) -> W_Root:
    if isinstance(w_descr, W_GetSet):
        space.getset_check(w_descr, w_obj)
        if isinstance(w_obj, W_Instance):
            space.getset_set(w_descr, w_obj, w_value)
            return space.w_None
        raise space.readonly_error(w_descr)
    return space.w_None


def type_prepare(space: Space, args: Args) -> W_Root:
    """type.__prepare__(name, bases, **kwds): the empty class namespace."""
    return space.newdict()


# ---------------------------------------------------------------- installation

def add_slots(space: Space, w_type: W_TypeObject, fam: int, names: str) -> None:
    """Give w_type the special methods named (space separated), unless its
    dict already has them (methods written by hand in the *methods.py
    files stay)."""
    for name in names.split(" "):
        if name == "" or name in w_type.dict_w:
            continue
        info = SLOT_INFO[name]
        kind = info & 255
        op = (info >> 8) & 255
        wrapper = (info >> 16) == 0
        if (name == "__getitem__" or name == "__contains__") and (fam == FAM_LIST or fam == FAM_DICT):
            wrapper = False
        slot = Slot(name, kind, op, w_type, fam, wrapper)
        w_f = W_BuiltinFunction(name, slot.call, w_type.name)
        w_f.is_slot = True
        w_f.is_wrapper = wrapper
        w_type.dict_w[name] = w_f


def add_getsets(space: Space, w_type: W_TypeObject, kind: int, member: bool, names: str) -> None:
    for name in names.split(" "):
        if name != "" and name not in w_type.dict_w:
            w_type.dict_w[name] = W_GetSet(name, w_type, kind, member)


def unhashable(w_type: W_TypeObject, space: Space) -> None:
    w_type.dict_w["__hash__"] = space.w_None


def set_doc(space: Space, w_type: W_TypeObject) -> None:
    if "__doc__" not in w_type.dict_w:
        w_type.dict_w["__doc__"] = space.w_None


NUM_OPS = "add sub mul truediv floordiv mod pow lshift rshift and or xor"
CMPS = "__lt__ __le__ __eq__ __ne__ __gt__ __ge__ "
SEQ = "__len__ __iter__ __getitem__ __contains__ "


def binops(ops: str, reflected: bool, inplace: bool) -> str:
    res = ""
    for o in ops.split(" "):
        res += "__" + o + "__ "
        if reflected:
            res += "__r" + o + "__ "
        if inplace:
            res += "__i" + o + "__ "
    return res


def install(space: Space) -> None:
    """Called last by miscmethods.install (after every builtin type has
    its hand-written methods)."""
    w_int = space.w_int
    add_slots(space, w_int, FAM_INT, binops(NUM_OPS, True, False) + CMPS +
              "__divmod__ __rdivmod__ __neg__ __pos__ __invert__ __abs__ __bool__ __hash__ __repr__ "
              "__format__ __trunc__ __floor__ __ceil__ __round__ __getnewargs__")
    add_getsets(space, w_int, GS_SPECIAL, False, "real imag numerator denominator")
    add_slots(space, space.w_bool, FAM_BOOL, binops("and or xor", True, False) + "__repr__")
    w_float = space.w_float
    add_slots(space, w_float, FAM_FLOAT, binops("add sub mul truediv floordiv mod pow", True, False) + CMPS +
              "__divmod__ __rdivmod__ __neg__ __pos__ __abs__ __bool__ __hash__ __repr__ __format__ "
              "__trunc__ __floor__ __ceil__ __round__ __getnewargs__")
    add_getsets(space, w_float, GS_SPECIAL, False, "real imag")
    w_complex = space.w_complex
    add_slots(space, w_complex, FAM_COMPLEX, binops("add sub mul truediv pow", True, False) + CMPS +
              "__neg__ __pos__ __abs__ __bool__ __hash__ __repr__ __format__ __complex__ __getnewargs__")
    add_getsets(space, w_complex, GS_SPECIAL, False, "real imag")
    add_slots(space, space.w_str, FAM_STR, "__add__ __mul__ __rmul__ __mod__ __rmod__ " + CMPS + SEQ +
              "__hash__ __repr__ __str__ __format__ __getnewargs__")
    add_slots(space, space.w_bytes, FAM_BYTES, "__add__ __mul__ __rmul__ __mod__ __rmod__ " + CMPS + SEQ +
              "__hash__ __repr__ __bytes__ __getnewargs__")
    w_list = space.w_list
    add_slots(space, w_list, FAM_LIST, "__add__ __mul__ __rmul__ __iadd__ __imul__ " + CMPS + SEQ +
              "__setitem__ __delitem__ __reversed__ __repr__")
    unhashable(w_list, space)
    add_slots(space, space.w_tuple, FAM_TUPLE, "__add__ __mul__ __rmul__ " + CMPS + SEQ +
              "__hash__ __repr__ __getnewargs__")
    w_dict = space.w_dict
    add_slots(space, w_dict, FAM_DICT, "__or__ __ror__ __ior__ " + CMPS + SEQ +
              "__setitem__ __delitem__ __reversed__ __repr__")
    unhashable(w_dict, space)
    add_slots(space, space.w_set, FAM_SET, binops("or and sub xor", True, True) + CMPS +
              "__len__ __iter__ __contains__ __repr__")
    unhashable(space.w_set, space)
    add_slots(space, space.w_frozenset, FAM_SET, binops("or and sub xor", True, False) + CMPS +
              "__len__ __iter__ __contains__ __hash__ __repr__")
    w_range = space.w_range
    add_slots(space, w_range, FAM_RANGE, CMPS + SEQ + "__reversed__ __bool__ __hash__ __repr__")
    add_getsets(space, w_range, GS_SPECIAL, True, "start stop step")
    w_slice = space.w_slice
    add_slots(space, w_slice, FAM_SLICE, CMPS + "__repr__")
    unhashable(w_slice, space)
    add_getsets(space, w_slice, GS_SPECIAL, True, "start stop step")
    add_slots(space, space.w_NoneType, FAM_OTHER, "__bool__ __repr__")
    add_slots(space, space.types_by_index[T_NOTIMPLEMENTED], FAM_OTHER, "__bool__ __repr__")
    add_slots(space, space.types_by_index[T_ELLIPSIS], FAM_OTHER, "__repr__")
    for ti in [T_DICT_KEYS, T_DICT_ITEMS]:
        add_slots(space, space.types_by_index[ti], FAM_VIEW, binops("and or sub xor", True, False) + CMPS +
                  "__len__ __iter__ __contains__ __reversed__ __repr__ isdisjoint")
    add_slots(space, space.types_by_index[T_DICT_VALUES], FAM_OTHER, "__len__ __iter__ __reversed__ __repr__")
    # object, type
    w_object = space.w_object
    add_slots(space, w_object, FAM_OTHER, CMPS + "__sizeof__")
    w_hook = W_BuiltinFunction("__subclasshook__", Slot("__subclasshook__", K_SUBCLASSHOOK, 0, space.w_type,
                                                        FAM_OTHER, False).call, "object")
    w_hook.is_static = True
    if "__subclasshook__" not in w_object.dict_w:
        w_object.dict_w["__subclasshook__"] = w_hook
    add_getsets(space, w_object, GS_CLASS, False, "__class__")
    w_type = space.w_type
    add_slots(space, w_type, FAM_OTHER, "__call__ __instancecheck__ __subclasscheck__ __subclasses__ __repr__")
    add_getsets(space, w_type, GS_TYPE, False, "__name__ __qualname__ __module__ __bases__ __dict__")
    add_getsets(space, w_type, GS_TYPE, True, "__base__ __mro__")
    if "__prepare__" not in w_type.dict_w:
        w_prep = W_BuiltinFunction("__prepare__", type_prepare, "type")
        w_prep.is_static = True
        w_type.dict_w["__prepare__"] = w_prep
    # functions, methods, descriptors
    for w_ft in [space.w_function, space.types_by_index[T_METHOD], space.types_by_index[T_BUILTIN_FUNCTION],
                 space.w_method_descriptor, space.w_wrapper_descriptor, space.w_method_wrapper]:
        add_slots(space, w_ft, FAM_OTHER, "__call__ __repr__")
    add_getsets(space, space.w_function, GS_SPECIAL, True, "__globals__ __closure__ __builtins__")
    add_getsets(space, space.w_function, GS_SPECIAL, False, "__code__ __defaults__ __kwdefaults__ __dict__ __module__ "
                "__name__ __qualname__ __annotations__")
    add_getsets(space, space.types_by_index[T_METHOD], GS_SPECIAL, True, "__func__ __self__")
    for w_bt in [space.types_by_index[T_BUILTIN_FUNCTION], space.w_method_descriptor, space.w_wrapper_descriptor,
                 space.w_method_wrapper]:
        add_getsets(space, w_bt, GS_SPECIAL, False, "__name__ __qualname__ __text_signature__")
    for w_dt in [space.w_method_descriptor, space.w_wrapper_descriptor]:
        add_slots(space, w_dt, FAM_OTHER, "__get__")
        add_getsets(space, w_dt, GS_SPECIAL, True, "__objclass__")
    add_getsets(space, space.types_by_index[T_BUILTIN_FUNCTION], GS_SPECIAL, True, "__self__ __module__")
    add_getsets(space, space.w_method_wrapper, GS_SPECIAL, True, "__self__")
    for w_gt in [space.w_getset_descriptor, space.w_member_descriptor]:
        add_slots(space, w_gt, FAM_OTHER, "__get__ __set__ __delete__ __repr__")
        add_getsets(space, w_gt, GS_SPECIAL, False, "__name__ __qualname__")
        add_getsets(space, w_gt, GS_SPECIAL, True, "__objclass__")
    w_sm = space.w_staticmethod
    add_slots(space, w_sm, FAM_OTHER, "__get__ __call__")
    add_getsets(space, w_sm, GS_SPECIAL, True, "__func__ __wrapped__")
    w_cm = space.w_classmethod
    add_slots(space, w_cm, FAM_OTHER, "__get__")
    add_getsets(space, w_cm, GS_SPECIAL, True, "__func__ __wrapped__")
    w_prop = space.w_property
    add_slots(space, w_prop, FAM_OTHER, "__set_name__")
    add_getsets(space, w_prop, GS_SPECIAL, True, "fget fset fdel")
    add_getsets(space, space.w_super, GS_SPECIAL, True, "__thisclass__ __self__ __self_class__")
    add_getsets(space, space.types_by_index[T_CELL], GS_SPECIAL, False, "cell_contents")
    add_getsets(space, space.w_BaseException, GS_EXCEPTION, False,
                "args __cause__ __context__ __suppress_context__ __traceback__ __dict__")
    # the builtin subclasses, for type.__subclasses__ (user classes are
    # recorded by W_TypeObject.set_mro)
    space.w_int.subclasses_w.append(space.w_bool)
    for ename in space.exc_types:
        w_et = space.exc_types[ename]
        for w_eb in w_et.bases_w:
            if w_eb is not w_object and w_et not in w_eb.subclasses_w:
                w_eb.subclasses_w.append(w_et)
    for w_t in space.types_by_index:
        set_doc(space, w_t)
    for w_t2 in [w_complex, space.w_method_descriptor, space.w_wrapper_descriptor, space.w_method_wrapper,
                 space.w_getset_descriptor, space.w_member_descriptor]:
        set_doc(space, w_t2)
