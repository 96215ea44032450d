"""The Space: creates the builtin types and implements every generic
operation (attributes, calls, arithmetic, comparison, iteration,
hashing, repr/str) by dispatching on the W_ class of the operands.

Calls of Python functions go through `self.engine` (eval.ExecutionContext,
seen here through the root.CallEngine interface)."""

import sys
from typing import Callable

from rlib.rarithmetic import (ovfcheck, r_uint, r_uint_add, r_uint_mul, r_uint_lshift,
                              r_uint_rshift, intmask, intmask_mul)
from rlib.objectmodel import compute_identity_hash

from interpreter.objspace.root import (W_Root, OperationError, Args, CallEngine, W_Null,
                                       positional, T_OBJECT, T_INT, T_BOOL, T_FLOAT, T_STR,
                                       T_BYTES, T_LIST, T_TUPLE, T_DICT, T_SET, T_FROZENSET,
                                       T_NONE, T_NOTIMPLEMENTED, T_ELLIPSIS, T_FUNCTION,
                                       T_METHOD, T_BUILTIN_FUNCTION, T_CELL, T_STATICMETHOD,
                                       T_CLASSMETHOD, T_PROPERTY, T_SUPER, T_RANGE, T_SLICE,
                                       T_MODULE, T_GENERATOR, T_CODE, T_ITERATOR, T_DICT_KEYS,
                                       T_DICT_VALUES, T_DICT_ITEMS, T_LONG, T_TYPE, T_ENUMERATE,
                                       T_ZIP, T_MAP, T_FILTER, T_REVERSED, T_FRAME, T_NULL, T_LAST)
from interpreter.objspace.typeobject import (W_TypeObject, Map, compute_c3_mro, mro_conflict_names, KIND_OBJECT,
                                             KIND_EXCEPTION, KIND_BUILTIN)
from interpreter.objspace.intobject import W_IntObject, W_BoolObject, hash_int
from interpreter.objspace.floatobject import W_FloatObject, float_repr
from interpreter.objspace.longobject import W_LongObject
from interpreter.objspace.complexobject import (W_ComplexObject, ComplexError, complex_repr, c_mul,
                                                c_div, c_pow, c_abs)
from rlib.rbigint import rbigint
from interpreter.objspace.strobject import W_StrObject, str_repr
from interpreter.objspace.bytesobject import W_BytesObject, bytes_repr
from interpreter.objspace.listobject import W_ListObject
from interpreter.objspace.tupleobject import W_TupleObject
from interpreter.objspace.dictobject import (W_DictObject, W_DictView, DictStorage, VIEW_KEYS,
                                            VIEW_VALUES, VIEW_ITEMS)
from interpreter.objspace.setobject import W_SetObject, SetStorage, LINEAR_PROBES, PERTURB_SHIFT
from interpreter.objspace.noneobject import W_NoneObject, W_NotImplementedObject, W_EllipsisObject
from interpreter.objspace.funcobject import (W_Function, W_Method, W_Cell, W_StaticMethod,
                                             W_ClassMethod, W_Property, W_Super)
from interpreter.objspace.instance import (W_Instance, W_BaseException, TracebackEntry, instance_base,
                                           set_instance_base, instance_dict_or_none, set_instance_dict,
                                           slot_values, set_layout)
from interpreter.objspace.moduleobject import W_Module
from interpreter.objspace.iterobject import (W_RangeObject, W_SliceObject, W_SeqIterator,
                                             W_ListIterator, W_StrIterator, W_BytesIterator,
                                             W_RangeIterator, W_DictIterator, W_Enumerate, W_Zip,
                                             W_Map, W_Filter, W_Reversed, W_CallIterator,
                                             W_AbstractIterator)
from interpreter import bytecode as bc
from interpreter.objspace.extobject import W_ExtObject

INT_MIN = -(1 << 63)
INT_MAX = (1 << 63) - 1


class W_BuiltinFunction(W_Root):
    """A function implemented by the VM: fn(space, args) -> result. As a
    method of a builtin type (qualifier = the type's name), args.args_w[0]
    is the receiver."""

    def __init__(self, name: str, fn: Callable[["Space", Args], W_Root], qualifier: str) -> None:
        self.name: str = name
        self.fn: Callable[[Space, Args], W_Root] = fn
        self.qualifier: str = qualifier
        self.is_static: bool = False   # __new__-style: not bound on attribute access
        # a special method of a builtin type made by objspace/dunders.py: it
        # checks and unwraps its receiver itself (Space.call passes an
        # instance of a subclass as it is)
        self.is_slot: bool = False
        # shown as CPython's slot wrapper (wrapper_descriptor/method-wrapper)
        self.is_wrapper: bool = False

    def type_name(self) -> str:
        if self.is_wrapper:
            return "wrapper_descriptor"
        if self.qualifier != "":
            return "method_descriptor"
        return "builtin_function_or_method"

    def type_index(self) -> int:
        return T_BUILTIN_FUNCTION


# kinds of W_GetSet (how Space.getset_get / getset_set find the value)
GS_SPECIAL = 0     # Space.special_attr of the object (its builtin value for a subclass instance)
GS_CLASS = 1       # object.__class__
GS_TYPE = 2        # __name__, __bases__, ... of a type (Space.type_attr)
GS_EXCEPTION = 3   # args, __cause__, ... of an exception (Space.exception_attr)
GS_CUSTOM = 4      # the getter function `fget`


class W_GetSet(W_Root):
    """A data attribute of a builtin type, found in its type dict (CPython's
    getset_descriptor, or member_descriptor when `member`): int.real,
    range.start, BaseException.args, type.__name__, ... Reading it on an
    instance gives the value, on the type the descriptor itself."""

    def __init__(self, name: str, w_owner: W_TypeObject, kind: int, member: bool) -> None:
        self.name: str = name
        self.w_owner: W_TypeObject = w_owner
        self.kind: int = kind
        self.member: bool = member
        self.fget: Callable[["Space", W_Root], W_Root] | None = None

    def type_name(self) -> str:
        return "member_descriptor" if self.member else "getset_descriptor"

    def name_attr(self, qualified: bool) -> str | None:
        if qualified:
            return self.w_owner.name + "." + self.name
        return self.name

    def type_index(self) -> int:
        return T_BUILTIN_FUNCTION   # see Space.descriptor_type


class Space:
    def __init__(self) -> None:
        self.w_None: W_NoneObject = W_NoneObject()
        self.w_True: W_BoolObject = W_BoolObject(True)
        self.w_False: W_BoolObject = W_BoolObject(False)
        self.w_NotImplemented: W_NotImplementedObject = W_NotImplementedObject()
        self.w_Ellipsis: W_EllipsisObject = W_EllipsisObject()
        self.w_null: W_Null = W_Null()
        self.engine: CallEngine = CallEngine()
        self.small_ints: list[W_IntObject] = []
        i = -5
        while i < 257:
            self.small_ints.append(W_IntObject(i))
            i += 1
        self.builtins: dict[str, W_Root] = {}
        self.modules: dict[str, W_Module] = {}
        # Builtin modules created on first import: name -> installer (which
        # calls make_module), and modules written in Python ("app-level",
        # compiled by the VM itself on first import): name -> source.
        self.lazy_modules: dict[str, Callable[[Space], None]] = {}
        self.app_modules: dict[str, str] = {}
        self.sys_path: list[str] = []
        self.argv: list[str] = []
        self.recursion_limit: int = 1000
        self.out_parts: list[str] = []
        self.out_size: int = 0
        self.repr_stack: list[W_Root] = []
        self.source_lines: dict[str, list[str]] = {}
        self.stdout_isatty: bool = False
        self.unbuffered: bool = False
        self.constructors: dict[str, W_Root] = {}
        self.iter_types: dict[str, W_TypeObject] = {}

        self.w_object: W_TypeObject = W_TypeObject("object", [], KIND_OBJECT)
        self.w_object.mro_w = [self.w_object]
        self.w_type: W_TypeObject = self._builtin_type("type", T_TYPE)
        self.types_by_index: list[W_TypeObject] = []
        names: list[str] = ["object", "int", "bool", "float", "str", "bytes", "list", "tuple",
                            "dict", "set", "frozenset", "NoneType", "NotImplementedType",
                            "ellipsis", "function", "method", "builtin_function_or_method",
                            "cell", "staticmethod", "classmethod", "property", "super", "range",
                            "slice", "module", "generator", "code", "iterator", "dict_keys",
                            "dict_values", "dict_items", "int", "type", "enumerate", "zip",
                            "map", "filter", "reversed", "frame", "NULL"]
        i = 0
        while i < T_LAST:
            if i == T_OBJECT:
                self.types_by_index.append(self.w_object)
            elif i == T_TYPE:
                self.types_by_index.append(self.w_type)
            elif i == T_LONG:
                self.types_by_index.append(self.types_by_index[T_INT])
            elif i == T_BOOL:
                w_t = W_TypeObject("bool", [self.types_by_index[T_INT]], KIND_BUILTIN)
                w_t.mro_w = [w_t, self.types_by_index[T_INT], self.w_object]
                self.types_by_index.append(w_t)
            else:
                self.types_by_index.append(self._builtin_type(names[i], i))
            i += 1
        self.w_int: W_TypeObject = self.types_by_index[T_INT]
        self.w_bool: W_TypeObject = self.types_by_index[T_BOOL]
        self.w_float: W_TypeObject = self.types_by_index[T_FLOAT]
        self.w_str: W_TypeObject = self.types_by_index[T_STR]
        self.w_bytes: W_TypeObject = self.types_by_index[T_BYTES]
        self.w_list: W_TypeObject = self.types_by_index[T_LIST]
        self.w_tuple: W_TypeObject = self.types_by_index[T_TUPLE]
        self.w_dict: W_TypeObject = self.types_by_index[T_DICT]
        self.w_set: W_TypeObject = self.types_by_index[T_SET]
        self.w_frozenset: W_TypeObject = self.types_by_index[T_FROZENSET]
        self.w_NoneType: W_TypeObject = self.types_by_index[T_NONE]
        self.w_function: W_TypeObject = self.types_by_index[T_FUNCTION]
        self.w_range: W_TypeObject = self.types_by_index[T_RANGE]
        self.w_slice: W_TypeObject = self.types_by_index[T_SLICE]
        self.w_staticmethod: W_TypeObject = self.types_by_index[T_STATICMETHOD]
        self.w_classmethod: W_TypeObject = self.types_by_index[T_CLASSMETHOD]
        self.w_property: W_TypeObject = self.types_by_index[T_PROPERTY]
        self.w_super: W_TypeObject = self.types_by_index[T_SUPER]
        self.w_module: W_TypeObject = self.types_by_index[T_MODULE]
        self.w_enumerate: W_TypeObject = self.types_by_index[T_ENUMERATE]
        self.w_zip: W_TypeObject = self.types_by_index[T_ZIP]
        self.w_map: W_TypeObject = self.types_by_index[T_MAP]
        self.w_filter: W_TypeObject = self.types_by_index[T_FILTER]
        self.w_reversed: W_TypeObject = self.types_by_index[T_REVERSED]
        self.w_complex: W_TypeObject = self._builtin_type("complex", T_OBJECT)
        # the types of the descriptors of builtin types (see space.type)
        self.w_method_descriptor: W_TypeObject = self._builtin_type("method_descriptor", T_OBJECT)
        self.w_wrapper_descriptor: W_TypeObject = self._builtin_type("wrapper_descriptor", T_OBJECT)
        self.w_method_wrapper: W_TypeObject = self._builtin_type("method-wrapper", T_OBJECT)
        self.w_getset_descriptor: W_TypeObject = self._builtin_type("getset_descriptor", T_OBJECT)
        self.w_member_descriptor: W_TypeObject = self._builtin_type("member_descriptor", T_OBJECT)
        self.exc_types: dict[str, W_TypeObject] = {}
        self._make_exceptions()
        self.w_BaseException: W_TypeObject = self.exc_types["BaseException"]
        self.w_Exception: W_TypeObject = self.exc_types["Exception"]
        self.w_TypeError: W_TypeObject = self.exc_types["TypeError"]
        self.w_ValueError: W_TypeObject = self.exc_types["ValueError"]
        self.w_AttributeError: W_TypeObject = self.exc_types["AttributeError"]
        self.w_NameError: W_TypeObject = self.exc_types["NameError"]
        self.w_UnboundLocalError: W_TypeObject = self.exc_types["UnboundLocalError"]
        self.w_IndexError: W_TypeObject = self.exc_types["IndexError"]
        self.w_KeyError: W_TypeObject = self.exc_types["KeyError"]
        self.w_ZeroDivisionError: W_TypeObject = self.exc_types["ZeroDivisionError"]
        self.w_OverflowError: W_TypeObject = self.exc_types["OverflowError"]
        self.w_StopIteration: W_TypeObject = self.exc_types["StopIteration"]
        self.w_RuntimeError: W_TypeObject = self.exc_types["RuntimeError"]
        self.w_RecursionError: W_TypeObject = self.exc_types["RecursionError"]
        self.w_AssertionError: W_TypeObject = self.exc_types["AssertionError"]
        self.w_SystemExit: W_TypeObject = self.exc_types["SystemExit"]
        self.w_ImportError: W_TypeObject = self.exc_types["ImportError"]
        self.w_ModuleNotFoundError: W_TypeObject = self.exc_types["ModuleNotFoundError"]
        self.w_NotImplementedError: W_TypeObject = self.exc_types["NotImplementedError"]
        self.w_SyntaxError: W_TypeObject = self.exc_types["SyntaxError"]
        self.w_GeneratorExit: W_TypeObject = self.exc_types["GeneratorExit"]
        self.w_KeyboardInterrupt: W_TypeObject = self.exc_types["KeyboardInterrupt"]
        self.w_LookupError: W_TypeObject = self.exc_types["LookupError"]
        self.w_UnicodeDecodeError: W_TypeObject = self.exc_types["UnicodeDecodeError"]
        self.w_OSError: W_TypeObject = self.exc_types["OSError"]
        self.w_FileNotFoundError: W_TypeObject = self.exc_types["FileNotFoundError"]
        self.w_MemoryError: W_TypeObject = self.exc_types["MemoryError"]
        self.w_SystemError: W_TypeObject = self.exc_types["SystemError"]

    def _builtin_type(self, name: str, index: int) -> W_TypeObject:
        w_t = W_TypeObject(name, [self.w_object], KIND_BUILTIN)
        w_t.mro_w = [w_t, self.w_object]
        return w_t

    def _make_exceptions(self) -> None:
        table: list[str] = [
            "BaseException:object", "SystemExit:BaseException",
            "KeyboardInterrupt:BaseException", "GeneratorExit:BaseException",
            "Exception:BaseException", "StopIteration:Exception",
            "StopAsyncIteration:Exception", "ArithmeticError:Exception",
            "FloatingPointError:ArithmeticError", "OverflowError:ArithmeticError",
            "ZeroDivisionError:ArithmeticError", "AssertionError:Exception",
            "AttributeError:Exception", "BufferError:Exception", "EOFError:Exception",
            "ImportError:Exception", "ModuleNotFoundError:ImportError",
            "LookupError:Exception", "IndexError:LookupError", "KeyError:LookupError",
            "MemoryError:Exception", "NameError:Exception",
            "UnboundLocalError:NameError", "OSError:Exception",
            "FileNotFoundError:OSError", "FileExistsError:OSError",
            "PermissionError:OSError", "IsADirectoryError:OSError",
            "NotADirectoryError:OSError", "TimeoutError:OSError",
            "ReferenceError:Exception", "RuntimeError:Exception",
            "NotImplementedError:RuntimeError", "RecursionError:RuntimeError",
            "SyntaxError:Exception", "IndentationError:SyntaxError",
            "TabError:IndentationError", "SystemError:Exception", "TypeError:Exception",
            "ValueError:Exception", "UnicodeError:ValueError",
            "UnicodeDecodeError:UnicodeError", "UnicodeEncodeError:UnicodeError",
            "UnicodeTranslateError:UnicodeError", "Warning:Exception",
            "DeprecationWarning:Warning", "UserWarning:Warning",
            "RuntimeWarning:Warning", "SyntaxWarning:Warning",
        ]
        for entry in table:
            colon = entry.find(":")
            name = entry[:colon]
            base = entry[colon + 1:]
            if base == "object":
                w_base = self.w_object
            else:
                w_base = self.exc_types[base]
            w_t = W_TypeObject(name, [w_base], KIND_EXCEPTION)
            mro: list[W_TypeObject] = [w_t]
            mro.extend(w_base.mro_w)
            w_t.mro_w = mro
            self.exc_types[name] = w_t
        self.exc_types["EnvironmentError"] = self.exc_types["OSError"]
        self.exc_types["IOError"] = self.exc_types["OSError"]

    # ------------------------------------------------------------------
    # wrapping and unwrapping

    def newint(self, x: int) -> W_IntObject:
        if -5 <= x < 257:
            return self.small_ints[x + 5]
        return W_IntObject(x)

    def newfloat(self, x: float) -> W_FloatObject:
        return W_FloatObject(x)

    def newstr(self, s: str) -> W_StrObject:
        return W_StrObject(s)

    def newbytes(self, b: bytes) -> W_BytesObject:
        return W_BytesObject(b)

    def newbool(self, b: bool) -> W_BoolObject:
        if b:
            return self.w_True
        return self.w_False

    def newlist(self, items_w: list[W_Root]) -> W_ListObject:
        return W_ListObject(items_w)

    def newtuple(self, items_w: list[W_Root]) -> W_TupleObject:
        return W_TupleObject(items_w)

    def newdict(self) -> W_DictObject:
        return W_DictObject()

    def newset(self) -> W_SetObject:
        return W_SetObject(False)

    def int_w(self, w: W_Root) -> int:
        if isinstance(w, W_IntObject):
            return w.intval
        if isinstance(w, W_LongObject):
            raise self.int_overflow()
        w_index = self.lookup_user(w, "__index__")
        if w_index is not None:
            w_ir = self.call(w_index, positional([]))
            if not (isinstance(w_ir, W_IntObject) or isinstance(w_ir, W_LongObject)):
                raise self.type_error("__index__ returned non-int (type " + self.type_name(w_ir) + ")")
            return self.int_w(w_ir)
        w_nb = self.num_base(w)
        if w_nb is not None and self.is_int(w_nb):
            return self.int_w(w_nb)
        raise self.type_error("'" + self.type_name(w) + "' object cannot be interpreted as an integer")

    def float_w(self, w: W_Root) -> float:
        if isinstance(w, W_FloatObject):
            return w.floatval
        if isinstance(w, W_IntObject):
            return float(w.intval)
        if isinstance(w, W_LongObject):
            return self.long_tofloat(w.num)
        w_f = self.lookup_user(w, "__float__")
        if w_f is not None:
            return self.float_w(self.call(w_f, positional([])))
        w_nb = self.num_base(w)
        if w_nb is not None and not isinstance(w_nb, W_ComplexObject):
            return self.float_w(w_nb)
        raise self.type_error("must be real number, not " + self.type_name(w))

    def str_w(self, w: W_Root) -> str:
        if isinstance(w, W_StrObject):
            return w.value
        if isinstance(w, W_Instance):
            w_sb = instance_base(w)
            if isinstance(w_sb, W_StrObject):
                return w_sb.value
        raise self.type_error("expected str, got " + self.type_name(w))

    def is_none(self, w: W_Root | None) -> bool:
        return w is None or w is self.w_None

    # ------------------------------------------------------------------
    # types

    def type(self, w: W_Root) -> W_TypeObject:
        if isinstance(w, W_Instance):
            return w.map.w_type
        if isinstance(w, W_TypeObject):
            w_meta = w.w_metatype
            if w_meta is not None:
                return w_meta
            return self.w_type
        if isinstance(w, W_Method):
            w_mf = w.w_func
            if isinstance(w_mf, W_BuiltinFunction):
                if w_mf.is_wrapper:
                    return self.w_method_wrapper
                return self.types_by_index[T_BUILTIN_FUNCTION]
        if isinstance(w, W_ComplexObject):
            return self.w_complex
        if isinstance(w, W_AbstractIterator):
            return self.iterator_type(w.type_name())
        idx = w.type_index()
        if idx == T_BUILTIN_FUNCTION:
            return self.descriptor_type(w)
        return self.types_by_index[idx]

    def descriptor_type(self, w: W_Root) -> W_TypeObject:
        """The type of a builtin function, method or data descriptor (all
        of type index T_BUILTIN_FUNCTION)."""
        if isinstance(w, W_BuiltinFunction):
            if w.is_wrapper:
                return self.w_wrapper_descriptor
            if w.qualifier != "" and not w.is_static:
                return self.w_method_descriptor
        elif isinstance(w, W_GetSet):
            return self.w_member_descriptor if w.member else self.w_getset_descriptor
        return self.types_by_index[T_BUILTIN_FUNCTION]

    def iterator_type(self, name: str) -> W_TypeObject:
        """The type of a builtin iterator (list_iterator, dict_keyiterator,
        ...): one per name, sharing the methods of the generic iterator type."""
        w_base = self.types_by_index[T_ITERATOR]
        if name == w_base.name:
            return w_base
        w_t = self.iter_types.get(name, None)
        if w_t is None:
            w_t = W_TypeObject(name, [self.w_object], KIND_BUILTIN)
            w_t.mro_w = [w_t, self.w_object]
            w_t.dict_w = w_base.dict_w
            self.iter_types[name] = w_t
        return w_t

    def type_name(self, w: W_Root) -> str:
        return self.type(w).name

    def isinstance_w(self, w: W_Root, w_type: W_TypeObject) -> bool:
        return self.type(w).issubtype(w_type)

    def lookup_user(self, w: W_Root, name: str) -> W_Root | None:
        """A special method defined by the program for w's class, bound to
        w (None for builtin types and inherited builtin defaults)."""
        if not isinstance(w, W_Instance):
            if isinstance(w, W_ExtObject):
                return self.lookup_ext(w, name)
            return None
        w_descr = w.map.w_type.lookup(name)
        if w_descr is None or isinstance(w_descr, W_BuiltinFunction):
            return None
        return self.bind(w_descr, w, w.map.w_type)

    def lookup_ext(self, w: W_Root, name: str) -> W_Root | None:
        """A special method of a builtin type implemented through its type
        dict (see extobject.py), bound to w; None for object's defaults."""
        w_t = self.type(w)
        w_descr = w_t.lookup(name)
        if w_descr is None or w_descr is self.w_None:
            return None
        if isinstance(w_descr, W_BuiltinFunction) and w_descr.qualifier == "object":
            return None
        return self.bind(w_descr, w, w_t)

    def lookup_user_unbound(self, w_type: W_TypeObject, name: str) -> W_Root | None:
        w_descr = w_type.lookup(name)
        if w_descr is None or isinstance(w_descr, W_BuiltinFunction):
            return None
        return w_descr

    # ------------------------------------------------------------------
    # errors

    def new_exception(self, w_type: W_TypeObject, args_w: list[W_Root]) -> W_BaseException:
        return W_BaseException(w_type, args_w)

    def error(self, w_type: W_TypeObject, msg: str) -> OperationError:
        return OperationError(W_BaseException(w_type, [self.newstr(msg)]))

    def type_error(self, msg: str) -> OperationError:
        return self.error(self.w_TypeError, msg)

    def value_error(self, msg: str) -> OperationError:
        return self.error(self.w_ValueError, msg)

    def index_error(self, msg: str) -> OperationError:
        return self.error(self.w_IndexError, msg)

    def key_error(self, w_key: W_Root) -> OperationError:
        return OperationError(W_BaseException(self.w_KeyError, [w_key]))

    def attr_error(self, w_obj: W_Root, name: str) -> OperationError:
        if isinstance(w_obj, W_TypeObject):
            msg = "type object '" + w_obj.name + "' has no attribute '" + name + "'"
        elif isinstance(w_obj, W_Module):
            msg = "module '" + w_obj.name + "' has no attribute '" + name + "'"
        else:
            msg = "'" + self.type_name(w_obj) + "' object has no attribute '" + name + "'"
        return self.error(self.w_AttributeError, msg)

    def exc_matches(self, w_exc: W_Root, w_type: W_TypeObject) -> bool:
        return self.type(w_exc).issubtype(w_type)

    def exception_match(self, w_exc_type: W_TypeObject, w_check: W_Root) -> bool:
        if isinstance(w_check, W_TupleObject):
            for w_c in w_check.items_w:
                if self.exception_match(w_exc_type, w_c):
                    return True
            return False
        if isinstance(w_check, W_TypeObject):
            if not w_check.issubtype(self.w_BaseException):
                raise self.type_error("catching classes that do not inherit from BaseException is not allowed")
            return w_exc_type.issubtype(w_check)
        raise self.type_error("catching classes that do not inherit from BaseException is not allowed")

    def int_overflow(self) -> OperationError:
        """For the few places that need a machine int (indexes, sizes)."""
        return self.error(self.w_OverflowError, "Python int too large to convert to C ssize_t")

    # ---- big ints (rlib.rbigint): the slow path of int arithmetic

    def newlong(self, num: rbigint) -> W_Root:
        if num.fits_int():
            return self.newint(num.toint())
        return W_LongObject(num)

    def is_int(self, w: W_Root) -> bool:
        return isinstance(w, W_IntObject) or isinstance(w, W_LongObject)

    def big_w(self, w: W_Root) -> rbigint:
        if isinstance(w, W_LongObject):
            return w.num
        if isinstance(w, W_IntObject):
            return rbigint.fromint(w.intval)
        raise self.type_error("expected an int")

    def long_binop(self, op: int, a: rbigint, b: rbigint) -> W_Root:
        try:
            if op == bc.OP_ADD:
                return self.newlong(a.add(b))
            if op == bc.OP_SUB:
                return self.newlong(a.sub(b))
            if op == bc.OP_MUL:
                return self.newlong(a.mul(b))
            if op == bc.OP_FLOORDIV:
                return self.newlong(a.floordiv(b))
            if op == bc.OP_MOD:
                return self.newlong(a.mod(b))
            if op == bc.OP_TRUEDIV:
                return self.newfloat(a.truediv(b))
            if op == bc.OP_POW:
                if b.sign < 0:
                    return self.newfloat(a.tofloat() ** b.tofloat())
                return self.newlong(a.pow(b, None))
            if op == bc.OP_LSHIFT:
                if b.sign < 0:
                    raise self.value_error("negative shift count")
                if a.sign == 0:
                    return self.newint(0)
                if not b.fits_int():
                    raise self.error(self.w_OverflowError, "too many digits in integer")
                return self.newlong(a.lshift(b.toint()))
            if op == bc.OP_RSHIFT:
                if b.sign < 0:
                    raise self.value_error("negative shift count")
                if not b.fits_int():
                    return self.newint(-1 if a.sign < 0 else 0)
                return self.newlong(a.rshift(b.toint()))
            if op == bc.OP_AND:
                return self.newlong(a.and_(b))
            if op == bc.OP_OR:
                return self.newlong(a.or_(b))
            if op == bc.OP_XOR:
                return self.newlong(a.xor(b))
        except ZeroDivisionError as e:
            raise self.error(self.w_ZeroDivisionError, str(e))
        except OverflowError as e:
            raise self.error(self.w_OverflowError, str(e))
        except ValueError as e:
            raise self.value_error(str(e))
        raise self.type_error("unsupported operand type(s) for " + bc.BINOP_SYMBOLS[op] + ": 'int' and 'int'")

    def long_compare(self, op: int, a: rbigint, b: rbigint) -> bool:
        return self.cmp_int(op, a.compare(b), 0)

    # ------------------------------------------------------------------
    # truth, identity, equality, hashing

    def is_true(self, w: W_Root) -> bool:
        if isinstance(w, W_BoolObject):
            return w.boolval
        if isinstance(w, W_IntObject):
            return w.intval != 0
        if w is self.w_None:
            return False
        if isinstance(w, W_StrObject):
            return len(w.value) > 0
        if isinstance(w, W_ListObject):
            return len(w.items_w) > 0
        if isinstance(w, W_TupleObject):
            return len(w.items_w) > 0
        if isinstance(w, W_DictObject):
            return w.storage.used > 0
        if isinstance(w, W_SetObject):
            return w.storage.used > 0
        if isinstance(w, W_FloatObject):
            return w.floatval != 0.0
        if isinstance(w, W_LongObject):
            return not w.num.is_zero()
        if isinstance(w, W_ComplexObject):
            return w.realval != 0.0 or w.imagval != 0.0
        if isinstance(w, W_BytesObject):
            return len(w.value) > 0
        if isinstance(w, W_RangeObject):
            return w.length() > 0
        if isinstance(w, W_DictView):
            return w.w_dict.storage.used > 0
        if isinstance(w, W_ExtObject):
            w_ebool = self.lookup_user(w, "__bool__")
            if w_ebool is not None:
                return self.is_true(self.call(w_ebool, positional([])))
            w_elen = self.lookup_user(w, "__len__")
            if w_elen is not None:
                return self.int_w(self.call(w_elen, positional([]))) != 0
            return True
        if isinstance(w, W_Instance):
            w_bool = self.lookup_user(w, "__bool__")
            if w_bool is not None:
                w_res = self.call(w_bool, positional([]))
                if not isinstance(w_res, W_BoolObject):
                    raise self.type_error("__bool__ should return bool, returned " + self.type_name(w_res))
                return w_res.boolval
            w_len = self.lookup_user(w, "__len__")
            if w_len is not None:
                return self.len(w) != 0
            w_tb = instance_base(w)
            if w_tb is not None:
                return self.is_true(w_tb)
        return True

    def eq_w(self, w_a: W_Root, w_b: W_Root) -> bool:
        if w_a is w_b:
            return True
        return self.is_true(self.compare(bc.CMP_EQ, w_a, w_b))

    def hash(self, w: W_Root) -> int:
        if isinstance(w, W_StrObject):
            return hash(w.value)
        if isinstance(w, W_IntObject):
            return hash_int(w.intval)
        if isinstance(w, W_LongObject):
            return w.num.hash()
        if isinstance(w, W_FloatObject):
            return self.hash_float(w.floatval)
        if isinstance(w, W_ComplexObject):
            h = intmask(r_uint_add(self.hash_float(w.realval), r_uint_mul(1000003, self.hash_float(w.imagval))))
            if h == -1:
                h = -2
            return h
        if isinstance(w, W_TupleObject):
            return self.hash_tuple(w.items_w)
        if isinstance(w, W_BytesObject):
            return hash(w.value)
        if isinstance(w, W_SetObject):
            if not w.frozen:
                raise self.type_error("unhashable type: 'set'")
            return self.hash_frozenset(w.storage)
        if isinstance(w, W_ListObject) or isinstance(w, W_DictObject) or isinstance(w, W_SliceObject):
            raise self.type_error("unhashable type: '" + self.type_name(w) + "'")
        if isinstance(w, W_RangeObject):
            rn = w.length()
            return self.hash_tuple([self.newint(rn), self.newint(w.start) if rn > 0 else self.w_None,
                                    self.newint(w.step) if rn > 1 else self.w_None])
        if isinstance(w, W_ExtObject):
            w_et = self.type(w)
            if w_et.lookup("__hash__") is self.w_None:
                raise self.type_error("unhashable type: '" + w_et.name + "'")
            w_eh = self.lookup_ext(w, "__hash__")
            if w_eh is not None:
                return self.int_w(self.call(w_eh, positional([])))
        if isinstance(w, W_Instance):
            w_type = w.map.w_type
            w_h = w_type.lookup("__hash__")
            if w_h is self.w_None:
                raise self.type_error("unhashable type: '" + w_type.name + "'")
            if w_h is not None and not isinstance(w_h, W_BuiltinFunction):
                w_res = self.call(self.bind(w_h, w, w_type), positional([]))
                if isinstance(w_res, W_LongObject):
                    return self.hash(w_res)
                if not isinstance(w_res, W_IntObject):
                    raise self.type_error("__hash__ method should return an integer")
                return -2 if w_res.intval == -1 else w_res.intval
            if w_h is None or isinstance(w_h, W_BuiltinFunction):
                w_eq = w_type.lookup("__eq__")
                if w_eq is not None and not isinstance(w_eq, W_BuiltinFunction) and \
                        w_type.lookup_where("__eq__") is not None and \
                        w_type.lookup_where("__hash__") is self.w_object:
                    raise self.type_error("unhashable type: '" + w_type.name + "'")
                w_hb = instance_base(w)
                if w_hb is not None:
                    if isinstance(w_hb, W_ListObject) or isinstance(w_hb, W_DictObject) or \
                            (isinstance(w_hb, W_SetObject) and not w_hb.frozen):
                        raise self.type_error("unhashable type: '" + w_type.name + "'")
                    return self.hash(w_hb)
        return compute_identity_hash(w)

    def hash_frozenset(self, st: SetStorage) -> int:
        # CPython's frozenset hash: the xor of the scrambled hashes of
        # the entries, mixed with the size
        acc = 0
        i = 0
        while i <= st.mask:
            if st.keys_w[i] is not None:
                h = r_uint(st.hashes[i])
                acc ^= r_uint_mul((h ^ 89869747) ^ r_uint_lshift(h, 16), 3644798167)
            i += 1
        acc ^= r_uint_mul(r_uint(st.used + 1), 1927868237)
        acc ^= r_uint_rshift(acc, 11) ^ r_uint_rshift(acc, 25)
        acc = r_uint_add(r_uint_mul(acc, 69069), 907133923)
        if acc == r_uint(-1):
            return 590923713
        return intmask(acc)

    def hash_float(self, f: float) -> int:
        if f - f == 0.0:
            if -9.0e18 < f < 9.0e18:
                if f == float(int(f)):
                    return hash_int(int(f))
            elif f == f:
                return rbigint.fromfloat(f).hash()   # integral
        return hash(f)   # translated: prelude numeric.builtin_hash_float

    def hash_tuple(self, items_w: list[W_Root]) -> int:
        # CPython's xxHash-based tuple hash (64-bit)
        # the primes 11400714785074694791 and 14029467366897019727 as the
        # signed 64-bit ints with the same bit patterns
        p1 = -7046029288634856825
        p2 = -4417276706812531889
        p5 = 2870177450012600261
        acc = p5
        for w_item in items_w:
            lane = r_uint(self.hash(w_item))
            acc = r_uint_add(acc, r_uint_mul(lane, p2))
            acc = r_uint_lshift(acc, 31) | r_uint_rshift(acc, 33)
            acc = r_uint_mul(acc, p1)
        acc = r_uint_add(acc, r_uint(len(items_w)) ^ (p5 ^ 3527539))
        if acc == r_uint(-1):
            return 1546275796
        return intmask(acc)

    # ------------------------------------------------------------------
    # dict storage

    def storage_find(self, st: DictStorage, w_key: W_Root, h: int) -> int:
        if isinstance(st, SetStorage):
            r = self.set_probe(st, w_key, h)
            return r if r >= 0 else -1
        lst = st.index.get(h, None)
        if lst is None:
            return -1
        for pos in lst:
            w_k = st.keys_w[pos]
            if w_k is w_key:
                return pos
        for pos in lst:
            w_k = st.keys_w[pos]
            if w_k is not None and self.eq_w(w_k, w_key):
                return pos
        return -1

    def storage_get(self, st: DictStorage, w_key: W_Root) -> W_Root | None:
        pos = self.storage_find(st, w_key, self.hash(w_key))
        if pos < 0:
            return None
        return st.values_w[pos]

    def storage_set(self, st: DictStorage, w_key: W_Root, w_value: W_Root) -> None:
        h = self.hash(w_key)
        pos = self.storage_find(st, w_key, h)
        if pos >= 0:
            st.set_value(pos, w_value)
        else:
            st.append_entry(w_key, w_value, h)

    def storage_delete(self, st: DictStorage, w_key: W_Root) -> bool:
        pos = self.storage_find(st, w_key, self.hash(w_key))
        if pos < 0:
            return False
        st.remove_at(pos)
        return True

    def storage_contains(self, st: DictStorage, w_key: W_Root) -> bool:
        return self.storage_find(st, w_key, self.hash(w_key)) >= 0

    def dict_getitem(self, w_dict: W_DictObject, w_key: W_Root) -> W_Root:
        w_v = self.storage_get(w_dict.storage, w_key)
        if w_v is None:
            raise self.key_error(w_key)
        return w_v

    def dict_setitem(self, w_dict: W_DictObject, w_key: W_Root, w_value: W_Root) -> None:
        self.storage_set(w_dict.storage, w_key, w_value)

    def dict_setitem_str(self, w_dict: W_DictObject, key: str, w_value: W_Root) -> None:
        self.storage_set(w_dict.storage, self.newstr(key), w_value)

    def set_add(self, w_set: W_SetObject, w_key: W_Root) -> None:
        self.set_insert(w_set.storage, w_key, self.hash(w_key))

    def newset_from(self, items_w: list[W_Root], frozen: bool) -> W_SetObject:
        w_set = W_SetObject(frozen)
        for w_item in items_w:
            self.set_add(w_set, w_item)
        return w_set

    # ------------------------------------------------------------------
    # set tables: CPython's algorithms (layout in setobject.py)

    def set_probe(self, st: SetStorage, w_key: W_Root, h: int) -> int:
        """The slot of w_key in st (>= 0), or -2 - the slot where it
        would be added (the last dummy on its path, else the empty slot
        that ends the path)."""
        while True:
            r = self.set_probe_once(st, w_key, h)
            if r != -1:
                return r

    def set_probe_once(self, st: SetStorage, w_key: W_Root, h: int) -> int:
        # -1: the table changed during a comparison (restart)
        keys = st.keys_w
        hashes = st.hashes
        mask = st.mask
        perturb = r_uint(h)
        i = h & mask
        freeslot = -1
        while True:
            probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
            j = 0
            while j <= probes:
                k = i + j
                w_k = keys[k]
                if w_k is None:
                    if hashes[k] == -1:
                        freeslot = k    # CPython 3.11 reuses the last dummy seen
                    else:
                        return -2 - (k if freeslot < 0 else freeslot)
                elif hashes[k] == h:
                    if w_k is w_key:
                        return k
                    eq = self.eq_w(w_k, w_key)
                    if st.keys_w is not keys or keys[k] is not w_k:
                        return -1
                    if eq:
                        return k
                j += 1
            perturb = r_uint_rshift(perturb, PERTURB_SHIFT)
            i = (i * 5 + 1 + perturb) & mask

    def set_insert(self, st: SetStorage, w_key: W_Root, h: int) -> bool:
        r = self.set_probe(st, w_key, h)
        if r >= 0:
            return False
        st.put_at(-2 - r, w_key, h)
        return True

    def set_discard_entry(self, st: SetStorage, w_key: W_Root, h: int) -> bool:
        r = self.set_probe(st, w_key, h)
        if r < 0:
            return False
        st.remove_at(r)
        return True

    def set_merge(self, st: SetStorage, other: SetStorage) -> None:
        if other is st or other.used == 0:
            return
        if st.fill == 0:
            st.merge_into_empty(other)
            return
        if (st.fill + other.used) * 5 >= st.mask * 3:
            st.resize((st.used + other.used) * 2)
        keys = other.keys_w
        hashes = other.hashes
        i = 0
        while i < len(keys):
            w_k = keys[i]
            if w_k is not None:
                self.set_insert(st, w_k, hashes[i])
            i += 1

    def set_update_from(self, st: SetStorage, w_src: W_Root) -> None:
        """set.update with one iterable."""
        if isinstance(w_src, W_SetObject):
            self.set_merge(st, w_src.storage)
            return
        if isinstance(w_src, W_DictObject):
            dst = w_src.storage
            n = dst.used
            if (st.fill + n) * 5 >= st.mask * 3:
                st.resize((st.used + n) * 2)
            for w_k in dst.live_keys():
                self.set_insert(st, w_k, self.hash(w_k))
            return
        for w_x in self.unpack_iterable(w_src):
            self.set_insert(st, w_x, self.hash(w_x))

    def newset_from_iterable(self, w_src: W_Root, frozen: bool) -> W_SetObject:
        w_set = W_SetObject(frozen)
        self.set_update_from(w_set.storage, w_src)
        return w_set

    def set_copy(self, w_a: W_SetObject, frozen: bool) -> W_SetObject:
        w_res = W_SetObject(frozen)
        w_res.storage = w_a.storage.copy_set()
        return w_res

    def set_intersection(self, w_a: W_SetObject, w_other: W_Root) -> W_SetObject:
        if w_other is w_a:
            return self.set_copy(w_a, w_a.frozen)
        w_res = W_SetObject(w_a.frozen)
        if isinstance(w_other, W_SetObject):
            big = w_a.storage
            small = w_other.storage
            if small.used > big.used:
                big = w_other.storage
                small = w_a.storage
            keys = small.keys_w
            hashes = small.hashes
            i = 0
            while i < len(keys):
                w_k = keys[i]
                if w_k is not None:
                    h = hashes[i]
                    if self.set_probe(big, w_k, h) >= 0:
                        self.set_insert(w_res.storage, w_k, h)
                i += 1
            return w_res
        for w_x in self.unpack_iterable(w_other):
            h = self.hash(w_x)
            if self.set_probe(w_a.storage, w_x, h) >= 0:
                self.set_insert(w_res.storage, w_x, h)
        return w_res

    def set_difference_update(self, st: SetStorage, w_other: W_Root) -> None:
        if isinstance(w_other, W_SetObject):
            if w_other.storage is st:
                st.clear()
                return
            ost = w_other.storage
            if (ost.used >> 3) > st.used:
                w_tmp = W_SetObject(False)
                w_tmp.storage = st
                ost = self.set_intersection(w_tmp, w_other).storage
            keys = ost.keys_w
            hashes = ost.hashes
            i = 0
            while i < len(keys):
                w_k = keys[i]
                if w_k is not None:
                    self.set_discard_entry(st, w_k, hashes[i])
                i += 1
        else:
            for w_x in self.unpack_iterable(w_other):
                self.set_discard_entry(st, w_x, self.hash(w_x))
        if st.fill - st.used <= st.mask // 4:
            return
        st.resize(st.used * 2 if st.used > 50000 else st.used * 4)

    def set_difference(self, w_a: W_SetObject, w_other: W_Root) -> W_SetObject:
        if not isinstance(w_other, W_SetObject) or (w_a.storage.used >> 2) > w_other.storage.used:
            w_res = self.set_copy(w_a, w_a.frozen)
            self.set_difference_update(w_res.storage, w_other)
            return w_res
        w_res = W_SetObject(w_a.frozen)
        keys = w_a.storage.keys_w
        hashes = w_a.storage.hashes
        i = 0
        while i < len(keys):
            w_k = keys[i]
            if w_k is not None:
                h = hashes[i]
                if self.set_probe(w_other.storage, w_k, h) < 0:
                    self.set_insert(w_res.storage, w_k, h)
            i += 1
        return w_res

    def set_symmetric_difference_update(self, st: SetStorage, w_other: W_Root) -> None:
        if isinstance(w_other, W_SetObject) and w_other.storage is st:
            st.clear()
            return
        if isinstance(w_other, W_DictObject):
            for w_dk in w_other.storage.live_keys():
                hd = self.hash(w_dk)
                if not self.set_discard_entry(st, w_dk, hd):
                    self.set_insert(st, w_dk, hd)
            return
        if isinstance(w_other, W_SetObject):
            ost = w_other.storage
        else:
            ost = SetStorage()
            self.set_update_from(ost, w_other)
        keys = ost.keys_w
        hashes = ost.hashes
        i = 0
        while i < len(keys):
            w_k = keys[i]
            if w_k is not None:
                h = hashes[i]
                if not self.set_discard_entry(st, w_k, h):
                    self.set_insert(st, w_k, h)
            i += 1

    def set_symmetric_difference(self, w_a: W_SetObject, w_other: W_Root) -> W_SetObject:
        w_res = self.newset_from_iterable(w_other, w_a.frozen)
        self.set_symmetric_difference_update(w_res.storage, w_a)
        return w_res

    def set_inplace(self, op: int, w_a: W_SetObject, w_b: W_SetObject) -> bool:
        """`w_a op= w_b` for set operands; False for other operators."""
        if op == bc.OP_OR:
            self.set_merge(w_a.storage, w_b.storage)
            return True
        if op == bc.OP_AND:
            w_r = self.set_intersection(w_a, w_b)
            w_a.storage.swap_with(w_r.storage)
            return True
        if op == bc.OP_SUB:
            self.set_difference_update(w_a.storage, w_b)
            return True
        if op == bc.OP_XOR:
            self.set_symmetric_difference_update(w_a.storage, w_b)
            return True
        return False

    # ------------------------------------------------------------------
    # attributes

    def bind(self, w_descr: W_Root, w_obj: W_Root, w_type: W_TypeObject) -> W_Root:
        """Apply the descriptor protocol to a class attribute found for an
        instance access."""
        if isinstance(w_descr, W_Function):
            return W_Method(w_obj, w_descr)
        if isinstance(w_descr, W_BuiltinFunction):
            if w_descr.qualifier != "" and not w_descr.is_static:
                return W_Method(w_obj, w_descr)
            return w_descr
        if isinstance(w_descr, W_StaticMethod):
            return w_descr.w_func
        if isinstance(w_descr, W_ClassMethod):
            return W_Method(w_type, w_descr.w_func)
        if isinstance(w_descr, W_Property):
            w_get = w_descr.w_fget
            if w_get is None:
                raise self.error(self.w_AttributeError, "property '" + self.property_name(w_descr) + "' of '" +
                                 self.type_name(w_obj) + "' object has no getter")
            return self.call(w_get, positional([w_obj]))
        if isinstance(w_descr, W_Instance):
            w_get = w_descr.map.w_type.lookup("__get__")
            if w_get is not None:
                return self.call(w_get, positional([w_descr, w_obj, w_type]))
        if isinstance(w_descr, W_GetSet):
            return self.getset_get(w_descr, w_obj)
        return w_descr

    def is_data_descr(self, w_descr: W_Root) -> bool:
        if isinstance(w_descr, W_Property) or isinstance(w_descr, W_GetSet):
            return True
        if isinstance(w_descr, W_Instance):
            w_t = w_descr.map.w_type
            return w_t.lookup("__set__") is not None or w_t.lookup("__delete__") is not None
        return False

    def getattr(self, w_obj: W_Root, name: str) -> W_Root:
        w_res = self.getattr_or_null(w_obj, name)
        if w_res is None:
            raise self.attr_error(w_obj, name)
        return w_res

    def getattr_or_null(self, w_obj: W_Root, name: str) -> W_Root | None:
        if isinstance(w_obj, W_Instance):
            w_type = w_obj.map.w_type
            if w_type.has_user_getattr:
                w_ga = w_type.lookup("__getattribute__")
                if w_ga is not None and not isinstance(w_ga, W_BuiltinFunction):
                    try:
                        return self.call(self.bind(w_ga, w_obj, w_type), positional([self.newstr(name)]))
                    except OperationError as e:
                        if not self.exc_matches(e.w_value, self.w_AttributeError):
                            raise
                        return self.call_getattr_hook(w_obj, name, e)
            try:
                w_res = self.generic_getattr(w_obj, name)
            except OperationError as e:
                if w_type.has_user_getattr and self.exc_matches(e.w_value, self.w_AttributeError):
                    return self.call_getattr_hook(w_obj, name, e)
                raise
            if w_res is None and w_type.has_user_getattr:
                return self.call_getattr_hook(w_obj, name, None)
            return w_res
        if isinstance(w_obj, W_TypeObject):
            return self.type_getattr(w_obj, name)
        if isinstance(w_obj, W_Module):
            w_v = w_obj.w_dict.get(name, None)
            if w_v is not None:
                return w_v
            if name == "__dict__":
                return w_obj.get_dictobj()
            return None
        if isinstance(w_obj, W_Super):
            return self.super_getattr(w_obj, name)
        w_special = self.special_attr(w_obj, name)
        if w_special is not None:
            return w_special
        w_type = self.type(w_obj)
        w_descr = w_type.lookup(name)
        if w_descr is not None:
            return self.bind(w_descr, w_obj, w_type)
        return None

    def call_getattr_hook(self, w_obj: W_Instance, name: str, err: OperationError | None) -> W_Root | None:
        w_ga = w_obj.map.w_type.lookup("__getattr__")
        if w_ga is None:
            if err is not None:
                raise err
            return None
        return self.call(self.bind(w_ga, w_obj, w_obj.map.w_type), positional([self.newstr(name)]))

    def generic_getattr(self, w_obj: W_Instance, name: str) -> W_Root | None:
        w_type = w_obj.map.w_type
        w_descr = w_type.lookup(name)
        if w_descr is not None and self.is_data_descr(w_descr):
            return self.bind(w_descr, w_obj, w_type)
        w_v = w_obj.getattr_local(name)
        if w_v is not None:
            return w_v
        if isinstance(w_obj, W_BaseException):
            w_e = self.exception_attr(w_obj, name)
            if w_e is not None:
                return w_e
        if w_descr is not None:
            return self.bind(w_descr, w_obj, w_type)
        if name == "__class__":
            return w_type
        if name == "__dict__":
            if self.slot_names(w_type) is not None:
                return None
            return self.instance_dict(w_obj)
        return None

    def instance_dict(self, w_obj: W_Instance) -> W_DictObject:
        """The live __dict__ of an instance (its attributes move there)."""
        w_d = instance_dict_or_none(w_obj)
        if w_d is None:
            w_d = self.newdict()
            w_type = w_obj.map.w_type
            slots = self.all_slot_names(w_type)
            m = w_type.terminator
            names = w_obj.map.names
            values = slot_values(w_obj)
            kept: list[W_Root] = []
            i = 0
            while i < len(values):
                n = names[i]
                if n in slots:
                    m = m.with_attr(n)
                    kept.append(values[i])
                else:
                    self.dict_setitem_str(w_d, n, values[i])
                i += 1
            set_instance_dict(w_obj, w_d)
            set_layout(w_obj, m, kept)
        return w_d

    def all_slot_names(self, w_type: W_TypeObject) -> list[str]:
        names: list[str] = []
        for w_t in w_type.mro_w:
            w_slots = w_t.dict_w.get("__slots__", None)
            if w_slots is None:
                continue
            items: list[W_Root] = [w_slots]
            if not isinstance(w_slots, W_StrObject):
                items = self.unpack_iterable(w_slots)
            for w_s in items:
                if isinstance(w_s, W_StrObject):
                    names.append(w_s.value)
        return names

    def slot_names(self, w_type: W_TypeObject) -> list[str] | None:
        """The attribute names allowed by __slots__ along the MRO, or None
        when instances have a __dict__."""
        if "__slots__" not in w_type.dict_w:
            return None
        names: list[str] = []
        for w_t in w_type.mro_w:
            if w_t is self.w_object:
                continue
            w_slots = w_t.dict_w.get("__slots__", None)
            if w_slots is None:
                if w_t.kind == KIND_OBJECT:
                    return None
                continue
            items: list[W_Root] = [w_slots]
            if not isinstance(w_slots, W_StrObject):
                items = self.unpack_iterable(w_slots)
            for w_s in items:
                if isinstance(w_s, W_StrObject):
                    if w_s.value == "__dict__":
                        return None
                    names.append(w_s.value)
        return names

    def exception_attr(self, w_exc: W_BaseException, name: str) -> W_Root | None:
        if name == "args":
            return self.newtuple(list(w_exc.args_w))
        if name == "__traceback__":
            return self.w_None   # TODO: traceback objects
        if name == "__cause__":
            w_c = w_exc.w_cause
            return w_c if w_c is not None else self.w_None
        if name == "__context__":
            w_c = w_exc.w_context
            return w_c if w_c is not None else self.w_None
        if name == "__suppress_context__":
            return self.newbool(w_exc.suppress_context)
        w_type = w_exc.map.w_type
        if name == "code" and w_type.issubtype(self.w_SystemExit):
            if len(w_exc.args_w) == 0:
                return self.w_None
            if len(w_exc.args_w) == 1:
                return w_exc.args_w[0]
            return self.newtuple(list(w_exc.args_w))
        if name == "value" and w_type.issubtype(self.w_StopIteration):
            if len(w_exc.args_w) == 0:
                return self.w_None
            return w_exc.args_w[0]
        if (name == "errno" or name == "strerror") and w_type.issubtype(self.w_OSError):
            if len(w_exc.args_w) >= 2:
                return w_exc.args_w[0] if name == "errno" else w_exc.args_w[1]
            return self.w_None
        if (name == "filename" or name == "filename2") and w_type.issubtype(self.w_OSError):
            k = 2 if name == "filename" else 4
            if 3 <= len(w_exc.args_w) <= 5 and k < len(w_exc.args_w):
                return w_exc.args_w[k]
            return self.w_None
        if name == "msg" and w_type.issubtype(self.w_SyntaxError):
            if len(w_exc.args_w) >= 1:
                return w_exc.args_w[0]
            return self.w_None
        if name == "name" and (w_type.issubtype(self.w_NameError) or w_type.issubtype(self.w_ImportError)):
            return self.w_None
        return None

    def special_attr(self, w_obj: W_Root, name: str) -> W_Root | None:
        """Data attributes of builtin objects."""
        if name == "__class__":
            return self.type(w_obj)
        if name == "__name__" or name == "__qualname__":
            n = w_obj.name_attr(name == "__qualname__")
            if n is not None:
                return self.newstr(n)
        if isinstance(w_obj, W_Function):
            if name == "__name__":
                return self.newstr(w_obj.name)
            if name == "__qualname__":
                return self.newstr(w_obj.qualname)
            if name == "__module__":
                return self.newstr(w_obj.module)
            if name == "__doc__":
                w_doc = w_obj.attrs_w.get("__doc__", None)
                if w_doc is None:
                    w_doc = w_obj.code.docstring
                return w_doc if w_doc is not None else self.w_None
            if name == "__defaults__":
                if len(w_obj.defaults_w) == 0:
                    return self.w_None
                return self.newtuple(list(w_obj.defaults_w))
            if name == "__kwdefaults__":
                if len(w_obj.kwdefaults_w) == 0:
                    return self.w_None
                return self.dict_from_strdict(w_obj.kwdefaults_w)
            if name == "__code__":
                return w_obj.code
            if name == "__dict__":
                w_fd = self.dict_from_strdict(w_obj.attrs_w)
                self.storage_delete(w_fd.storage, self.newstr("__doc__"))
                return w_fd
            if name == "__wrapped__" or name in w_obj.attrs_w:
                return w_obj.attrs_w.get(name, None)
            if name == "__globals__":
                return w_obj.w_globals
            if name == "__closure__":
                if len(w_obj.closure) == 0:
                    return self.w_None
                cells: list[W_Root] = []
                for c in w_obj.closure:
                    cells.append(c)
                return self.newtuple(cells)
            if name == "__annotations__":
                w_ann = self.newdict()
                w_obj.attrs_w["__annotations__"] = w_ann
                return w_ann
            if name == "__builtins__":
                return self.dict_from_strdict(self.builtins)
            return None
        if isinstance(w_obj, W_Method):
            if name == "__self__":
                return w_obj.w_self
            if name == "__func__":
                w_mf = w_obj.w_func
                if isinstance(w_mf, W_BuiltinFunction):
                    return None
                return w_mf
            if name == "__text_signature__":
                return self.w_None
            if name == "__name__" or name == "__qualname__" or name == "__doc__" or name == "__module__":
                w_bf = w_obj.w_func
                if isinstance(w_bf, W_BuiltinFunction) and name == "__module__":
                    return self.w_None
                return self.getattr(w_bf, name)
            return None
        if isinstance(w_obj, W_BuiltinFunction):
            if name == "__name__":
                return self.newstr(w_obj.name)
            if name == "__qualname__":
                if w_obj.qualifier != "":
                    return self.newstr(w_obj.qualifier + "." + w_obj.name)
                return self.newstr(w_obj.name)
            if name == "__doc__" or name == "__text_signature__":
                return self.w_None
            if w_obj.qualifier == "" or w_obj.is_static:
                in_builtins = w_obj.qualifier == "" and self.builtins.get(w_obj.name, None) is w_obj
                if name == "__module__":
                    return self.newstr("builtins") if in_builtins else self.w_None
                if name == "__self__":
                    w_bm = self.modules.get("builtins", None)
                    if w_bm is not None and in_builtins:
                        return w_bm
                    return self.w_None
            elif name == "__objclass__":
                return self.lookup_objclass(w_obj)
            return None
        if isinstance(w_obj, W_Cell):
            if name == "cell_contents":
                w_cv = w_obj.w_value
                if w_cv is None:
                    raise self.value_error("Cell is empty")
                return w_cv
            return None
        if isinstance(w_obj, W_Super):
            if name == "__thisclass__":
                return w_obj.w_starttype
            if name == "__self__":
                return w_obj.w_obj
            if name == "__self_class__":
                return w_obj.w_objtype
            return None
        if isinstance(w_obj, W_GetSet):
            if name == "__objclass__":
                return w_obj.w_owner
            if name == "__doc__":
                return self.w_None
            return None
        if isinstance(w_obj, W_RangeObject):
            if name == "start":
                return self.newint(w_obj.start)
            if name == "stop":
                return self.newint(w_obj.stop)
            if name == "step":
                return self.newint(w_obj.step)
            return None
        if isinstance(w_obj, W_SliceObject):
            if name == "start":
                return w_obj.w_start
            if name == "stop":
                return w_obj.w_stop
            if name == "step":
                return w_obj.w_step
            return None
        if isinstance(w_obj, W_IntObject):
            if name == "real" or name == "numerator":
                return self.newint(w_obj.intval)
            if name == "imag":
                return self.newint(0)
            if name == "denominator":
                return self.newint(1)
            return None
        if isinstance(w_obj, W_FloatObject):
            if name == "real":
                return w_obj
            if name == "imag":
                return self.newfloat(0.0)
            return None
        if isinstance(w_obj, W_ComplexObject):
            if name == "real":
                return self.newfloat(w_obj.realval)
            if name == "imag":
                return self.newfloat(w_obj.imagval)
            return None
        if isinstance(w_obj, W_Property):
            if name == "fget":
                return w_obj.w_fget if w_obj.w_fget is not None else self.w_None
            if name == "fset":
                return w_obj.w_fset if w_obj.w_fset is not None else self.w_None
            if name == "fdel":
                return w_obj.w_fdel if w_obj.w_fdel is not None else self.w_None
            if name == "__doc__":
                return w_obj.w_doc if w_obj.w_doc is not None else self.w_None
            return None
        if isinstance(w_obj, W_StaticMethod) or isinstance(w_obj, W_ClassMethod):
            if name == "__func__" or name == "__wrapped__":
                if isinstance(w_obj, W_StaticMethod):
                    return w_obj.w_func
                if isinstance(w_obj, W_ClassMethod):
                    return w_obj.w_func
            return None
        if isinstance(w_obj, bc.CodeObject):
            if name == "co_name":
                return self.newstr(w_obj.co_name)
            if name == "co_filename":
                return self.newstr(w_obj.co_filename)
            if name == "co_argcount":
                return self.newint(w_obj.argcount)
            if name == "co_varnames":
                vs: list[W_Root] = []
                for v in w_obj.varnames:
                    vs.append(self.newstr(v))
                return self.newtuple(vs)
        return None

    def lookup_objclass(self, w_f: W_BuiltinFunction) -> W_Root | None:
        """The builtin type whose dict holds the method w_f (__objclass__)."""
        for w_t in self.types_by_index:
            if w_t.dict_w.get(w_f.name, None) is w_f:
                return w_t
        for w_t2 in [self.w_complex, self.w_method_descriptor, self.w_wrapper_descriptor, self.w_method_wrapper,
                     self.w_getset_descriptor, self.w_member_descriptor]:
            if w_t2.dict_w.get(w_f.name, None) is w_f:
                return w_t2
        for ename in self.exc_types:
            w_et = self.exc_types[ename]
            if w_et.dict_w.get(w_f.name, None) is w_f:
                return w_et
        return None

    def dict_from_strdict(self, d: dict[str, W_Root]) -> W_DictObject:
        w_d = self.newdict()
        for key in d:
            self.dict_setitem_str(w_d, key, d[key])
        return w_d

    def type_getattr(self, w_type: W_TypeObject, name: str) -> W_Root | None:
        w_meta = self.type(w_type)
        if w_meta is not self.w_type:
            w_mdescr = w_meta.lookup(name)
            if w_mdescr is not None and self.is_data_descr(w_mdescr):
                return self.bind(w_mdescr, w_type, w_meta)
        w_descr = w_type.lookup(name)
        if w_descr is not None:
            if isinstance(w_descr, W_StaticMethod):
                return w_descr.w_func
            if isinstance(w_descr, W_ClassMethod):
                return W_Method(w_type, w_descr.w_func)
            if isinstance(w_descr, W_Instance):
                w_get = w_descr.map.w_type.lookup("__get__")
                if w_get is not None:
                    return self.call(w_get, positional([w_descr, self.w_None, w_type]))
            if isinstance(w_descr, W_GetSet):
                # a data attribute of the metatype (type.__name__,
                # object.__class__) wins over the type's own dict
                if w_meta.issubtype(w_descr.w_owner):
                    return self.getset_get(w_descr, w_type)
                w_md = w_meta.lookup(name)
                if isinstance(w_md, W_GetSet):
                    return self.getset_get(w_md, w_type)
            return w_descr
        w_ta = self.type_attr(w_type, name)
        if w_ta is not None:
            return w_ta
        if name == "__class__":
            return w_meta
        if w_meta is not self.w_type:
            w_mdescr = w_meta.lookup(name)
            if w_mdescr is not None:
                return self.bind(w_mdescr, w_type, w_meta)
        w_tdescr = self.w_type.lookup(name)
        if w_tdescr is not None:
            return self.bind(w_tdescr, w_type, self.w_type)
        return None

    def type_attr(self, w_type: W_TypeObject, name: str) -> W_Root | None:
        """The data attributes every type has (type's getset descriptors)."""
        if name == "__name__":
            return self.newstr(w_type.name)
        if name == "__qualname__":
            return self.newstr(w_type.qualname)
        if name == "__module__":
            if w_type.is_heaptype:
                w_m = w_type.dict_w.get("__module__", None)
                if w_m is not None:
                    return w_m
            return self.newstr(w_type.module)
        if name == "__bases__":
            bases: list[W_Root] = []
            for w_b in w_type.bases_w:
                bases.append(w_b)
            return self.newtuple(bases)
        if name == "__base__":
            if len(w_type.bases_w) == 0:
                return self.w_None
            return w_type.bases_w[0]
        if name == "__mro__":
            mro: list[W_Root] = []
            for w_b in w_type.mro_w:
                mro.append(w_b)
            return self.newtuple(mro)
        if name == "__dict__":
            return self.dict_from_strdict(w_type.dict_w)
        if name == "__doc__":
            w_doc = w_type.dict_w.get("__doc__", None)
            return w_doc if w_doc is not None else self.w_None
        return None

    # ---- data descriptors of builtin types (W_GetSet)

    def getset_check(self, w_gs: W_GetSet, w_obj: W_Root) -> None:
        if not self.type(w_obj).issubtype(w_gs.w_owner):
            raise self.type_error("descriptor '" + w_gs.name + "' for '" + w_gs.w_owner.name +
                                  "' objects doesn't apply to a '" + self.type_name(w_obj) + "' object")

    def getset_get(self, w_gs: W_GetSet, w_obj: W_Root) -> W_Root:
        self.getset_check(w_gs, w_obj)
        name = w_gs.name
        kind = w_gs.kind
        w_res: W_Root | None = None
        if kind == GS_CLASS:
            return self.type(w_obj)
        if kind == GS_SPECIAL:
            w_res = self.special_attr(self.base_of(w_obj), name)
        elif kind == GS_TYPE:
            if isinstance(w_obj, W_TypeObject):
                w_res = self.type_attr(w_obj, name)
        elif kind == GS_EXCEPTION:
            if isinstance(w_obj, W_BaseException):
                if name == "__dict__":
                    return self.instance_dict(w_obj)
                w_res = self.exception_attr(w_obj, name)
        else:
            fget = w_gs.fget
            if fget is not None:
                w_res = fget(self, w_obj)
        if w_res is None:
            raise self.attr_error(w_obj, name)
        return w_res

    def getset_set(self, w_gs: W_GetSet, w_obj: W_Instance, w_value: W_Root) -> None:
        """Assignment through a W_GetSet found on an instance's class."""
        self.getset_check(w_gs, w_obj)
        if w_gs.kind == GS_EXCEPTION and isinstance(w_obj, W_BaseException):
            if self.exception_setattr(w_obj, w_gs.name, w_value):
                return
        if w_gs.kind == GS_CLASS:
            self.set_instance_class(w_obj, w_value)
            return
        raise self.readonly_error(w_gs)

    def readonly_error(self, w_gs: W_GetSet) -> OperationError:
        if w_gs.member:
            return self.error(self.w_AttributeError, "readonly attribute")
        return self.error(self.w_AttributeError, "attribute '" + w_gs.name + "' of '" + w_gs.w_owner.name +
                          "' objects is not writable")

    def set_instance_class(self, w_obj: W_Instance, w_value: W_Root) -> None:
        """obj.__class__ = C: the instance keeps its attributes under C's maps."""
        if not isinstance(w_value, W_TypeObject):
            raise self.type_error("__class__ must be set to a class, not '" + self.type_name(w_value) + "' object")
        w_old = w_obj.map.w_type
        if w_value is w_old:
            return
        if not w_value.is_heaptype or not w_old.is_heaptype:
            raise self.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses")
        if w_value.kind != w_old.kind or w_value.w_builtin_base is not w_old.w_builtin_base or \
                (self.slot_names(w_value) is None) != (self.slot_names(w_old) is None):
            raise self.type_error("__class__ assignment: '" + w_value.name + "' object layout differs from '" +
                                  w_old.name + "'")
        names = w_obj.map.names
        values = slot_values(w_obj)
        m = w_value.terminator
        for n in names:
            m = m.with_attr(n)
        set_layout(w_obj, m, values)

    def super_getattr(self, w_super: W_Super, name: str) -> W_Root | None:
        if name == "__class__":
            return self.w_super
        mro = w_super.w_objtype.mro_w
        i = 0
        while i < len(mro):
            if mro[i] is w_super.w_starttype:
                break
            i += 1
        i += 1
        while i < len(mro):
            w_descr = mro[i].dict_w.get(name, None)
            if w_descr is not None:
                w_obj = w_super.w_obj
                if w_obj is w_super.w_objtype:
                    # super() in a classmethod: bind to the class
                    if isinstance(w_descr, W_ClassMethod):
                        return W_Method(w_obj, w_descr.w_func)
                    if isinstance(w_descr, W_StaticMethod):
                        return w_descr.w_func
                    if isinstance(w_descr, W_BuiltinFunction) and w_descr.is_static:
                        return w_descr
                    return w_descr
                if isinstance(w_descr, W_BuiltinFunction) and w_descr.is_static:
                    return w_descr
                return self.bind(w_descr, w_obj, w_super.w_objtype)
            i += 1
        # the super object's own attributes
        if name == "__thisclass__":
            return w_super.w_starttype
        if name == "__self__":
            return w_super.w_obj
        if name == "__self_class__":
            return w_super.w_objtype
        w_sd = self.w_super.lookup(name)
        if w_sd is not None:
            return self.bind(w_sd, w_super, self.w_super)
        return None

    def setattr(self, w_obj: W_Root, name: str, w_value: W_Root) -> None:
        if isinstance(w_obj, W_Instance):
            w_type = w_obj.map.w_type
            if w_type.has_user_getattr:
                w_sa = w_type.lookup("__setattr__")
                if w_sa is not None and not isinstance(w_sa, W_BuiltinFunction):
                    self.call(self.bind(w_sa, w_obj, w_type), positional([self.newstr(name), w_value]))
                    return
            self.generic_setattr(w_obj, name, w_value)
            return
        if isinstance(w_obj, W_TypeObject):
            if not w_obj.is_heaptype:
                raise self.type_error("cannot set '" + name + "' attribute of immutable type '" + w_obj.name + "'")
            if name == "__name__" or name == "__qualname__":
                if not isinstance(w_value, W_StrObject):
                    raise self.type_error("can only assign string to " + w_obj.name + "." + name + ", not '" +
                                          self.type_name(w_value) + "'")
                if name == "__name__":
                    w_obj.name = w_value.value
                else:
                    w_obj.qualname = w_value.value
                return
            if name == "__module__" and isinstance(w_value, W_StrObject):
                w_obj.module = w_value.value
            w_obj.dict_w[name] = w_value
            w_obj.invalidate_lookups()
            if name == "__getattr__" or name == "__setattr__" or name == "__getattribute__" or name == "__delattr__":
                w_obj.has_user_getattr = True
            return
        if isinstance(w_obj, W_Function):
            if name == "__name__":
                w_obj.name = self.str_w(w_value)
            elif name == "__qualname__":
                w_obj.qualname = self.str_w(w_value)
            elif name == "__doc__":
                w_obj.attrs_w["__doc__"] = w_value   # per function (the code is shared)
            elif name == "__defaults__":
                if w_value is self.w_None:
                    w_obj.defaults_w = []
                elif isinstance(w_value, W_TupleObject):
                    w_obj.defaults_w = list(w_value.items_w)
                else:
                    raise self.type_error("__defaults__ must be set to a tuple object")
            elif name == "__module__":
                w_obj.module = self.str_w(w_value)
            else:
                w_obj.attrs_w[name] = w_value
            return
        if isinstance(w_obj, W_Module):
            w_obj.set_item(name, w_value)
            return
        w_type2 = self.type(w_obj)
        w_gs = w_type2.lookup(name)
        if isinstance(w_gs, W_GetSet):
            raise self.readonly_error(w_gs)
        if self.special_attr(w_obj, name) is not None:
            raise self.error(self.w_AttributeError, "attribute '" + name + "' of '" + w_type2.name +
                             "' objects is not writable")
        if w_gs is not None:
            raise self.error(self.w_AttributeError, "'" + w_type2.name + "' object attribute '" + name + "' is read-only")
        raise self.attr_error(w_obj, name)

    def generic_setattr(self, w_obj: W_Instance, name: str, w_value: W_Root) -> None:
        w_type = w_obj.map.w_type
        if w_type is self.w_object:
            raise self.attr_error(w_obj, name)
        w_descr = w_type.lookup(name)
        if w_descr is not None:
            if isinstance(w_descr, W_Property):
                w_set = w_descr.w_fset
                if w_set is None:
                    raise self.error(self.w_AttributeError, "property '" + self.property_name(w_descr) +
                                     "' of '" + w_type.name + "' object has no setter")
                self.call(w_set, positional([w_obj, w_value]))
                return
            if isinstance(w_descr, W_Instance):
                w_set2 = w_descr.map.w_type.lookup("__set__")
                if w_set2 is not None:
                    self.call(w_set2, positional([w_descr, w_obj, w_value]))
                    return
            if isinstance(w_descr, W_GetSet):
                self.getset_set(w_descr, w_obj, w_value)
                return
        if isinstance(w_obj, W_BaseException) and self.exception_setattr(w_obj, name, w_value):
            return
        slots = self.slot_names(w_type)
        if slots is not None and name not in slots:
            raise self.error(self.w_AttributeError, "'" + w_type.name + "' object has no attribute '" + name + "'")
        if name == "__dict__" and slots is None:
            if not isinstance(w_value, W_DictObject):
                raise self.type_error("__dict__ must be set to a dictionary, not a '" + self.type_name(w_value) + "'")
            set_instance_dict(w_obj, w_value)
            set_layout(w_obj, w_type.terminator, [])
            return
        w_obj.setattr_local(name, w_value)

    def exception_setattr(self, w_obj: W_BaseException, name: str, w_value: W_Root) -> bool:
        """Set one of BaseException's data attributes; False for other names."""
        if name == "__cause__":
            if w_value is not self.w_None and not self.type(w_value).issubtype(self.w_BaseException):
                raise self.type_error("exception cause must be None or derive from BaseException")
            w_obj.w_cause = None if w_value is self.w_None else w_value
            w_obj.suppress_context = True
            return True
        if name == "__context__":
            if w_value is not self.w_None and not self.type(w_value).issubtype(self.w_BaseException):
                raise self.type_error("exception context must be None or derive from BaseException")
            w_obj.w_context = None if w_value is self.w_None else w_value
            return True
        if name == "__suppress_context__":
            w_obj.suppress_context = self.is_true(w_value)
            return True
        if name == "args":
            w_obj.args_w = self.unpack_iterable(w_value)
            return True
        if name == "__traceback__":
            return True
        if name == "__dict__":
            if not isinstance(w_value, W_DictObject):
                raise self.type_error("__dict__ must be set to a dictionary, not a '" + self.type_name(w_value) + "'")
            set_instance_dict(w_obj, w_value)
            set_layout(w_obj, w_obj.map.w_type.terminator, [])
            return True
        return False

    def property_name(self, w_prop: W_Property) -> str:
        if w_prop.name != "":
            return w_prop.name
        w_get = w_prop.w_fget
        if isinstance(w_get, W_Function):
            return w_get.name
        return "?"

    def delattr(self, w_obj: W_Root, name: str) -> None:
        if isinstance(w_obj, W_Instance):
            w_type = w_obj.map.w_type
            if w_type.has_user_getattr:
                w_da = w_type.lookup("__delattr__")
                if w_da is not None and not isinstance(w_da, W_BuiltinFunction):
                    self.call(self.bind(w_da, w_obj, w_type), positional([self.newstr(name)]))
                    return
            w_descr = w_type.lookup(name)
            if isinstance(w_descr, W_Property):
                w_del = w_descr.w_fdel
                if w_del is None:
                    raise self.error(self.w_AttributeError, "property '" + self.property_name(w_descr) +
                                     "' of '" + w_type.name + "' object has no deleter")
                self.call(w_del, positional([w_obj]))
                return
            if isinstance(w_descr, W_Instance):
                w_d2 = w_descr.map.w_type.lookup("__delete__")
                if w_d2 is not None:
                    self.call(w_d2, positional([w_descr, w_obj]))
                    return
            if not w_obj.delattr_local(name):
                raise self.attr_error(w_obj, name)
            return
        if isinstance(w_obj, W_TypeObject) and w_obj.is_heaptype:
            if name not in w_obj.dict_w:
                raise self.attr_error(w_obj, name)
            del w_obj.dict_w[name]
            w_obj.invalidate_lookups()
            return
        if isinstance(w_obj, W_Module):
            if not w_obj.del_item(name):
                raise self.attr_error(w_obj, name)
            return
        if isinstance(w_obj, W_Function):
            if name in w_obj.attrs_w:
                del w_obj.attrs_w[name]
                return
        raise self.attr_error(w_obj, name)

    # ------------------------------------------------------------------
    # calls

    def call(self, w_callable: W_Root, args: Args) -> W_Root:
        if isinstance(w_callable, W_BuiltinFunction):
            if w_callable.qualifier != "" and len(args.args_w) > 0:
                w_recv = args.args_w[0]
                if isinstance(w_recv, W_Instance) and instance_base(w_recv) is not None and \
                        w_callable.qualifier != "object" and not w_callable.is_slot:
                    args = self.rebase_args(w_callable, args)
                elif w_callable.is_static and isinstance(w_recv, W_TypeObject) and \
                        w_callable.name == "__new__" and w_callable.qualifier != "object":
                    w_bb = w_recv.w_builtin_base
                    if w_bb is not None:
                        new_args_w: list[W_Root] = [w_bb]
                        new_args_w.extend(args.args_w[1:])
                        w_val = w_callable.fn(self, Args(new_args_w, args.kw_names, args.kw_values))
                        return self.wrap_base_value(w_recv, w_val)
            return w_callable.fn(self, args)
        if isinstance(w_callable, W_Function):
            return self.engine.call_function(w_callable, args)
        if isinstance(w_callable, W_Method):
            return self.call(w_callable.w_func, args.prepend(w_callable.w_self))
        if isinstance(w_callable, W_TypeObject):
            return self.call_type(w_callable, args)
        if isinstance(w_callable, W_Instance):
            w_call = self.lookup_user(w_callable, "__call__")
            if w_call is not None:
                return self.call(w_call, args)
        if isinstance(w_callable, W_StaticMethod):
            return self.call(w_callable.w_func, args)
        raise self.type_error("'" + self.type_name(w_callable) + "' object is not callable")

    def call_function(self, w_callable: W_Root, args_w: list[W_Root]) -> W_Root:
        return self.call(w_callable, positional(args_w))

    def call_method(self, w_obj: W_Root, name: str, args_w: list[W_Root]) -> W_Root:
        return self.call(self.getattr(w_obj, name), positional(args_w))

    def call_type(self, w_type: W_TypeObject, args: Args) -> W_Root:
        w_meta = w_type.w_metatype
        if w_meta is not None:
            w_mcall = self.lookup_user_unbound(w_meta, "__call__")
            if w_mcall is not None:
                return self.call(self.bind(w_mcall, w_type, w_meta), args)
        return self.call_type_default(w_type, args)

    def call_type_default(self, w_type: W_TypeObject, args: Args) -> W_Root:
        """type.__call__: create and initialize an instance."""
        if w_type is self.w_type:
            if len(args.args_w) == 1 and not args.has_kw():
                return self.type(args.args_w[0])
            if len(args.args_w) == 3:
                return self.build_class_from(self.w_type, args.args_w[0], args.args_w[1], args.args_w[2], args)
            raise self.type_error("type() takes 1 or 3 arguments")
        if w_type.kind == KIND_BUILTIN:
            w_ctor = w_type.dict_w.get("__new__", None)
            if w_ctor is None:
                raise self.type_error("cannot create '" + w_type.name + "' instances")
            return self.call(w_ctor, args.prepend(w_type))
        w_new = w_type.lookup("__new__")
        w_inst: W_Root
        user_new = w_new is not None and not isinstance(w_new, W_BuiltinFunction)
        if user_new and w_new is not None:
            if isinstance(w_new, W_StaticMethod):
                w_new = w_new.w_func
            w_inst = self.call(w_new, args.prepend(w_type))
            if not self.type(w_inst).issubtype(w_type):
                return w_inst
        elif w_type.issubtype(self.w_type) and len(args.args_w) == 3:
            w_inst = self.build_class_from(w_type, args.args_w[0], args.args_w[1], args.args_w[2], args)
        else:
            w_inst = self.allocate_instance(w_type, args.args_w)
        w_init = w_type.lookup("__init__")
        if w_init is not None and not isinstance(w_init, W_BuiltinFunction):
            w_res = self.call(self.bind(w_init, w_inst, w_type), args)
            if w_res is not self.w_None:
                raise self.type_error("__init__() should return None, not '" + self.type_name(w_res) + "'")
        elif isinstance(w_inst, W_Instance) and instance_base(w_inst) is not None:
            w_ib = instance_base(w_inst)
            if w_ib is not None:
                self.init_base_value(w_ib, w_type.name, args)
        elif not user_new and w_type.kind == KIND_OBJECT and isinstance(w_inst, W_Instance) and \
                (len(args.args_w) > 0 or args.has_kw()):
            raise self.type_error(w_type.name + "() takes no arguments")
        return w_inst

    def allocate_instance(self, w_type: W_TypeObject, args_w: list[W_Root]) -> W_Root:
        if w_type.kind == KIND_EXCEPTION:
            return W_BaseException(w_type, list(args_w))
        if w_type.kind == KIND_BUILTIN:
            raise self.type_error("object.__new__(" + w_type.name + ") is not safe, use " + w_type.name + ".__new__()")
        w_inst = W_Instance(w_type)
        w_bb = w_type.w_builtin_base
        if w_bb is not None:
            set_instance_base(w_inst, self.new_base_value(w_bb, args_w))
        return w_inst

    # ------------------------------------------------------------------
    # subclasses of builtin types: a W_Instance whose w_base holds the
    # builtin value; operations the class does not override act on it

    def is_subclassable_builtin(self, w_t: W_TypeObject) -> bool:
        return w_t is self.w_dict or w_t is self.w_list or w_t is self.w_tuple or \
            w_t is self.w_set or w_t is self.w_frozenset or w_t is self.w_int or \
            w_t is self.w_float or w_t is self.w_complex or w_t is self.w_str

    def new_base_value(self, w_bb: W_TypeObject, args_w: list[W_Root]) -> W_Root:
        if w_bb is self.w_int or w_bb is self.w_float or w_bb is self.w_complex or w_bb is self.w_str:
            # immutable values: the value comes from the type's constructor
            w_ctor = w_bb.dict_w.get("__new__", None)
            assert w_ctor is not None
            ctor_args_w: list[W_Root] = [w_bb]
            ctor_args_w.extend(args_w)
            return self.call(w_ctor, positional(ctor_args_w))
        if w_bb is self.w_dict:
            return W_DictObject()
        if w_bb is self.w_list:
            return W_ListObject([])
        if w_bb is self.w_set:
            return W_SetObject(False)
        if w_bb is self.w_frozenset:
            if len(args_w) > 0:
                return self.newset_from_iterable(args_w[0], True)
            return W_SetObject(True)
        items_w: list[W_Root] = []
        if len(args_w) > 0:
            items_w = self.unpack_iterable(args_w[0])
        return self.newtuple(items_w)

    def wrap_base_value(self, w_type: W_TypeObject, w_value: W_Root) -> W_Root:
        """tuple.__new__(cls, ...) for a subclass cls: an instance of cls
        holding the value."""
        w_inst = W_Instance(w_type)
        set_instance_base(w_inst, w_value)
        return w_inst

    def init_base_value(self, w_base: W_Root, name: str, args: Args) -> None:
        """dict/list/set.__init__ on a value (args without the receiver)."""
        if isinstance(w_base, W_TupleObject) or (isinstance(w_base, W_SetObject) and w_base.frozen):
            return
        if isinstance(w_base, W_IntObject) or isinstance(w_base, W_LongObject) or \
                isinstance(w_base, W_FloatObject) or isinstance(w_base, W_ComplexObject) or \
                isinstance(w_base, W_StrObject):
            return
        if isinstance(w_base, W_DictObject):
            if len(args.args_w) > 1:
                raise self.type_error(name + " expected at most 1 argument, got " + str(len(args.args_w)))
            if len(args.args_w) == 1:
                self.dict_update(w_base, args.args_w[0])
            i = 0
            while i < len(args.kw_names):
                self.dict_setitem_str(w_base, args.kw_names[i], args.kw_values[i])
                i += 1
            return
        if args.has_kw():
            raise self.type_error(name + "() takes no keyword arguments")
        if len(args.args_w) > 1:
            raise self.type_error(name + " expected at most 1 argument, got " + str(len(args.args_w)))
        if isinstance(w_base, W_ListObject):
            del w_base.items_w[:]
            if len(args.args_w) == 1:
                w_base.items_w.extend(self.unpack_iterable(args.args_w[0]))
        elif isinstance(w_base, W_SetObject) and not w_base.frozen:
            w_base.storage.clear()
            if len(args.args_w) == 1:
                self.set_update_from(w_base.storage, args.args_w[0])

    def rebase_args(self, w_func: W_BuiltinFunction, args: Args) -> Args:
        """A builtin method called on a subclass instance gets the value."""
        w_recv = args.args_w[0]
        if isinstance(w_recv, W_Instance):
            w_base = instance_base(w_recv)
            if w_base is not None:
                args_w: list[W_Root] = [w_base]
                args_w.extend(args.args_w[1:])
                return Args(args_w, args.kw_names, args.kw_values)
        return args

    def num_base(self, w: W_Root) -> W_Root | None:
        """The int/float/complex value of an instance of a subclass of
        int, float or complex, else None."""
        if isinstance(w, W_Instance):
            w_b = instance_base(w)
            if isinstance(w_b, W_IntObject) or isinstance(w_b, W_LongObject) or \
                    isinstance(w_b, W_FloatObject) or isinstance(w_b, W_ComplexObject):
                return w_b
        return None

    def base_of(self, w: W_Root) -> W_Root:
        if isinstance(w, W_Instance):
            w_b = instance_base(w)
            if w_b is not None:
                return w_b
        return w

    def build_class_from(self, w_meta: W_TypeObject, w_name: W_Root, w_bases: W_Root, w_dict: W_Root,
                         args: Args) -> W_TypeObject:
        name = self.str_w(w_name)
        bases_w: list[W_TypeObject] = []
        for w_b in self.unpack_iterable(w_bases):
            if not isinstance(w_b, W_TypeObject):
                raise self.type_error("bases must be types")
            bases_w.append(w_b)
        ns: dict[str, W_Root] = {}
        if isinstance(w_dict, W_DictObject):
            ns = self.str_keyed_items(w_dict)
        return self.new_class(w_meta, name, bases_w, ns)

    def str_keyed_items(self, w_dict: W_DictObject) -> dict[str, W_Root]:
        """The entries of a dict with str keys, in order, as a host dict
        (another key raises str_w's TypeError)."""
        items: dict[str, W_Root] = {}
        st = w_dict.storage
        i = 0
        while i < len(st.keys_w):
            w_k = st.keys_w[i]
            w_v = st.values_w[i]
            if w_k is not None and w_v is not None:
                items[self.str_w(w_k)] = w_v
            i += 1
        return items

    def new_class(self, w_meta: W_TypeObject, name: str, bases_w: list[W_TypeObject],
                  ns: dict[str, W_Root]) -> W_TypeObject:
        if len(bases_w) == 0:
            bases_w = [self.w_object]
        kind = KIND_OBJECT
        w_bbase: W_TypeObject | None = None
        for w_b in bases_w:
            w_bb: W_TypeObject | None = w_b.w_builtin_base
            if w_b.kind == KIND_EXCEPTION:
                kind = KIND_EXCEPTION
            elif w_b.kind == KIND_BUILTIN and w_b is not self.w_object and not w_b.issubtype(self.w_type):
                if w_b is self.w_bool or w_b is self.w_range or w_b is self.w_slice or \
                        w_b is self.w_NoneType or w_b is self.w_function or \
                        w_b is self.types_by_index[T_NOTIMPLEMENTED] or w_b is self.types_by_index[T_ELLIPSIS]:
                    raise self.type_error("type '" + w_b.name + "' is not an acceptable base type")
                if not self.is_subclassable_builtin(w_b):
                    raise self.type_error("subclassing the builtin type '" + w_b.name +
                                          "' is not supported yet")
                w_bb = w_b
            if w_bb is not None:
                if w_bbase is not None and w_bbase is not w_bb:
                    raise self.type_error("multiple bases have instance lay-out conflict")
                w_bbase = w_bb
        w_type = W_TypeObject(name, bases_w, kind)
        w_type.w_builtin_base = w_bbase
        w_type.is_heaptype = True
        if w_meta is not self.w_type:
            w_type.w_metatype = w_meta
        j = 0
        while j < len(bases_w):
            k = j + 1
            while k < len(bases_w):
                if bases_w[j] is bases_w[k]:
                    raise self.type_error("duplicate base class " + bases_w[j].name)
                k += 1
            j += 1
        mro = compute_c3_mro(w_type)
        if mro is None:
            raise self.type_error("Cannot create a consistent method resolution\norder (MRO) for bases " +
                                  mro_conflict_names(w_type))
        w_type.set_mro(mro)
        w_isc_kw = ns.get("__vm_init_subclass_kw__", None)
        for key in ns:
            w_v = ns[key]
            if key == "__vm_init_subclass_kw__":
                continue
            if key == "__new__" and isinstance(w_v, W_Function):
                w_v = W_StaticMethod(w_v)
            if (key == "__init_subclass__" or key == "__class_getitem__") and isinstance(w_v, W_Function):
                w_v = W_ClassMethod(w_v)
            w_type.dict_w[key] = w_v
        w_mod = ns.get("__module__", None)
        if isinstance(w_mod, W_StrObject):
            w_type.module = w_mod.value
        w_qn = ns.get("__qualname__", None)
        if isinstance(w_qn, W_StrObject):
            w_type.qualname = w_qn.value
            del w_type.dict_w["__qualname__"]
        if "__eq__" in w_type.dict_w and "__hash__" not in w_type.dict_w:
            w_type.dict_w["__hash__"] = self.w_None
        if "__doc__" not in w_type.dict_w:
            w_type.dict_w["__doc__"] = self.w_None
        w_type.invalidate_lookups()
        for hook in ["__getattr__", "__setattr__", "__getattribute__", "__delattr__"]:
            w_h = w_type.lookup(hook)
            if w_h is not None and not isinstance(w_h, W_BuiltinFunction):
                w_type.has_user_getattr = True
        # __set_name__ on descriptors
        for key in ns:
            w_attr = w_type.dict_w.get(key, None)
            if isinstance(w_attr, W_Property) and w_attr.name == "":
                w_attr.name = key
            if isinstance(w_attr, W_Instance):
                w_sn = w_attr.map.w_type.lookup("__set_name__")
                if w_sn is not None:
                    self.call(self.bind(w_sn, w_attr, w_attr.map.w_type), positional([w_type, self.newstr(key)]))
        # __init_subclass__ of the parent
        if len(mro) > 1:
            w_parent = mro[1]
            w_isc = w_parent.lookup("__init_subclass__")
            isc_names: list[str] = []
            isc_values: list[W_Root] = []
            if isinstance(w_isc_kw, W_DictObject):
                st = w_isc_kw.storage
                ki = 0
                while ki < len(st.keys_w):
                    w_kk = st.keys_w[ki]
                    w_kv = st.values_w[ki]
                    if w_kk is not None and w_kv is not None:
                        isc_names.append(self.str_w(w_kk))
                        isc_values.append(w_kv)
                    ki += 1
            if isinstance(w_isc, W_ClassMethod):
                self.call(w_isc.w_func, Args([w_type], isc_names, isc_values))
            elif len(isc_names) > 0:
                raise self.type_error(w_type.name + ".__init_subclass__() takes no keyword arguments")
        return w_type

    # ------------------------------------------------------------------
    # arithmetic

    def binop(self, op: int, w_a: W_Root, w_b: W_Root) -> W_Root:
        if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
            return self.int_binop(op, w_a, w_b)
        w_res = self.builtin_binop_or_reflected(op, w_a, w_b)
        if w_res is not None:
            return w_res
        return self.user_binop(op, w_a, w_b, False)

    def builtin_binop_or_reflected(self, op: int, w_a: W_Root, w_b: W_Root) -> W_Root | None:
        """builtin_binop; when it rejects a user object on the right, that
        object's reflected method (a builtin's method gives NotImplemented)."""
        try:
            return self.builtin_binop(op, w_a, w_b)
        except OperationError as e:
            if not (isinstance(w_b, W_Instance) and not isinstance(w_a, W_Instance) and
                    self.exc_matches(e.w_value, self.w_TypeError)):
                raise
            w_rm = self.lookup_user(w_b, "__r" + bc.BINOP_DUNDERS[op] + "__")
            if w_rm is not None:
                w_r = self.call(w_rm, positional([w_a]))
                if w_r is not self.w_NotImplemented:
                    return w_r
            # [0] + ListSubclass(...): the builtin value of the right operand
            w_bb = instance_base(w_b)
            if w_bb is None:
                raise e
            w_r2 = self.builtin_binop(op, w_a, w_bb)
            if w_r2 is None:
                raise e
            return w_r2

    def inplace_binop(self, op: int, w_a: W_Root, w_b: W_Root) -> W_Root:
        if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
            return self.int_binop(op, w_a, w_b)
        if isinstance(w_a, W_ListObject):
            if op == bc.OP_ADD:
                w_a.items_w.extend(self.unpack_iterable(w_b))
                return w_a
            if op == bc.OP_MUL and isinstance(w_b, W_IntObject):
                items = w_a.items_w
                orig = list(items)
                del items[:]
                n = w_b.intval
                while n > 0:
                    items.extend(orig)
                    n -= 1
                return w_a
        if isinstance(w_a, W_SetObject) and not w_a.frozen and isinstance(w_b, W_SetObject):
            if self.set_inplace(op, w_a, w_b):
                return w_a
        if isinstance(w_a, W_DictObject) and op == bc.OP_OR and isinstance(w_b, W_DictObject):
            self.dict_update(w_a, w_b)
            return w_a
        if isinstance(w_a, W_ExtObject):
            w_eim = self.lookup_user(w_a, "__i" + bc.BINOP_DUNDERS[op] + "__")
            if w_eim is not None:
                w_eres = self.call(w_eim, positional([w_b]))
                if w_eres is not self.w_NotImplemented:
                    return w_eres
        if isinstance(w_a, W_Instance):
            w_m = self.lookup_user(w_a, "__i" + bc.BINOP_DUNDERS[op] + "__")
            if w_m is not None:
                w_res = self.call(w_m, positional([w_b]))
                if w_res is not self.w_NotImplemented:
                    return w_res
            w_ab = instance_base(w_a)
            if w_ab is not None and self.lookup_user(w_a, "__" + bc.BINOP_DUNDERS[op] + "__") is None:
                w_res = self.inplace_binop(op, w_ab, self.base_of(w_b))
                if w_res is w_ab:
                    return w_a
                return w_res
        if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
            return self.int_binop(op, w_a, w_b)
        w_ires = self.builtin_binop_or_reflected(op, w_a, w_b)
        if w_ires is not None:
            return w_ires
        return self.user_binop(op, w_a, w_b, True)

    def user_binop(self, op: int, w_a: W_Root, w_b: W_Root, inplace: bool) -> W_Root:
        dunder = bc.BINOP_DUNDERS[op]
        w_ta = self.type(w_a)
        w_tb = self.type(w_b)
        tried_b = False
        if w_ta is not w_tb and w_tb.issubtype(w_ta) and isinstance(w_b, W_Instance):
            w_rm = self.lookup_user(w_b, "__r" + dunder + "__")
            if w_rm is not None:
                tried_b = True
                w_res = self.call(w_rm, positional([w_a]))
                if w_res is not self.w_NotImplemented:
                    return w_res
        w_m = self.lookup_user(w_a, "__" + dunder + "__")
        if w_m is not None:
            w_res = self.call(w_m, positional([w_b]))
            if w_res is not self.w_NotImplemented:
                return w_res
        if not tried_b and w_ta is not w_tb:
            w_rm = self.lookup_user(w_b, "__r" + dunder + "__")
            if w_rm is not None:
                w_res = self.call(w_rm, positional([w_a]))
                if w_res is not self.w_NotImplemented:
                    return w_res
            if not isinstance(w_a, W_Instance):
                w_res2 = self.builtin_binop(op, w_a, w_b)
                if w_res2 is not None:
                    return w_res2
        w_a2 = self.base_of(w_a)
        w_b2 = self.base_of(w_b)
        if w_a2 is not w_a or w_b2 is not w_b:
            if isinstance(w_a2, W_IntObject) and isinstance(w_b2, W_IntObject):
                return self.int_binop(op, w_a2, w_b2)
            w_res3 = self.builtin_binop(op, w_a2, w_b2)
            if w_res3 is not None:
                return w_res3
        if op == bc.OP_MUL:
            if isinstance(w_b, W_Instance) and self.lookup_user(w_b, "__index__") is not None:
                w_rep = self.builtin_binop(op, w_a, self.newint(self.int_w(w_b)))
                if w_rep is not None:
                    return w_rep
            if isinstance(w_a, W_Instance) and self.lookup_user(w_a, "__index__") is not None:
                w_rep2 = self.builtin_binop(op, w_b, self.newint(self.int_w(w_a)))
                if w_rep2 is not None:
                    return w_rep2
        sym = bc.BINOP_SYMBOLS[op]
        if inplace:
            sym += "="
        elif op == bc.OP_POW:
            sym = "** or pow()"
        raise self.type_error("unsupported operand type(s) for " + sym + ": '" +
                              w_ta.name + "' and '" + w_tb.name + "'")

    def int_binop(self, op: int, w_a: W_IntObject, w_b: W_IntObject) -> W_Root:
        a = w_a.intval
        b = w_b.intval
        try:
            if op == bc.OP_ADD:
                return self.newint(ovfcheck(a + b))
            if op == bc.OP_SUB:
                return self.newint(ovfcheck(a - b))
            if op == bc.OP_MUL:
                return self.newint(ovfcheck(a * b))
            if op == bc.OP_FLOORDIV:
                if b == 0:
                    raise self.error(self.w_ZeroDivisionError, "integer division or modulo by zero")
                return self.newint(ovfcheck(a // b))
            if op == bc.OP_MOD:
                if b == 0:
                    raise self.error(self.w_ZeroDivisionError, "integer modulo by zero")
                return self.newint(a % b)
            if op == bc.OP_TRUEDIV:
                if b == 0:
                    raise self.error(self.w_ZeroDivisionError, "division by zero")
                return self.newfloat(float(a) / float(b))
            if op == bc.OP_POW:
                if b < 0:
                    if a == 0:
                        raise self.error(self.w_ZeroDivisionError, "0.0 cannot be raised to a negative power")
                    return self.newfloat(float(a) ** float(b))
                return self.newint(self.int_pow(a, b))
            if op == bc.OP_LSHIFT:
                if b < 0:
                    raise self.value_error("negative shift count")
                if a == 0:
                    return self.newint(0)
                if b >= 64:
                    return self.newlong(rbigint.fromint(a).lshift(b))
                r = ovfcheck(a << b)
                if (r >> b) != a:
                    raise OverflowError("integer overflow")
                return self.newint(r)
            if op == bc.OP_RSHIFT:
                if b < 0:
                    raise self.value_error("negative shift count")
                if b >= 64:
                    return self.newint(-1 if a < 0 else 0)
                return self.newint(a >> b)
            if op == bc.OP_AND:
                if isinstance(w_a, W_BoolObject) and isinstance(w_b, W_BoolObject):
                    return self.newbool(w_a.boolval and w_b.boolval)
                return self.newint(a & b)
            if op == bc.OP_OR:
                if isinstance(w_a, W_BoolObject) and isinstance(w_b, W_BoolObject):
                    return self.newbool(w_a.boolval or w_b.boolval)
                return self.newint(a | b)
            if op == bc.OP_XOR:
                if isinstance(w_a, W_BoolObject) and isinstance(w_b, W_BoolObject):
                    return self.newbool(w_a.boolval != w_b.boolval)
                return self.newint(a ^ b)
        except OverflowError:
            return self.long_binop(op, rbigint.fromint(a), rbigint.fromint(b))
        raise self.type_error("unsupported operand type(s) for " + bc.BINOP_SYMBOLS[op] + ": 'int' and 'int'")

    def int_pow(self, a: int, b: int) -> int:
        result = 1
        while b > 0:
            if b & 1:
                result = ovfcheck(result * a)
            b = b >> 1
            if b > 0:
                a = ovfcheck(a * a)
        return result

    def float_binop(self, op: int, a: float, b: float) -> W_Root | None:
        if op == bc.OP_ADD:
            return self.newfloat(a + b)
        if op == bc.OP_SUB:
            return self.newfloat(a - b)
        if op == bc.OP_MUL:
            return self.newfloat(a * b)
        if op == bc.OP_TRUEDIV:
            if b == 0.0:
                raise self.error(self.w_ZeroDivisionError, "float division by zero")
            return self.newfloat(a / b)
        if op == bc.OP_FLOORDIV:
            if b == 0.0:
                raise self.error(self.w_ZeroDivisionError, "float floor division by zero")
            return self.newfloat(a // b)
        if op == bc.OP_MOD:
            if b == 0.0:
                raise self.error(self.w_ZeroDivisionError, "float modulo")
            return self.newfloat(a % b)
        if op == bc.OP_POW:
            if a == 0.0 and b < 0.0:
                raise self.error(self.w_ZeroDivisionError, "0.0 cannot be raised to a negative power")
            if a < 0.0 and b - b == 0.0 and b != float(int(b)):
                raise self.value_error("complex results are not supported yet")
            try:
                return self.newfloat(a ** b)
            except OverflowError:
                raise self.error(self.w_OverflowError, "(34, 'Numerical result out of range')")
        return None

    def builtin_binop(self, op: int, w_a: W_Root, w_b: W_Root) -> W_Root | None:
        """The operation on builtin types, or None (NotImplemented)."""
        if isinstance(w_a, W_ComplexObject) or isinstance(w_b, W_ComplexObject):
            return self.complex_binop(op, w_a, w_b)
        if isinstance(w_a, W_LongObject) or isinstance(w_b, W_LongObject):
            if self.is_int(w_a) and self.is_int(w_b):
                return self.long_binop(op, self.big_w(w_a), self.big_w(w_b))
            if isinstance(w_a, W_FloatObject) and isinstance(w_b, W_LongObject):
                return self.float_binop(op, w_a.floatval, self.long_tofloat(w_b.num))
            if isinstance(w_a, W_LongObject) and isinstance(w_b, W_FloatObject):
                return self.float_binop(op, self.long_tofloat(w_a.num), w_b.floatval)
            if isinstance(w_a, W_LongObject) and op == bc.OP_MUL:
                if isinstance(w_b, W_StrObject) or isinstance(w_b, W_ListObject) or \
                        isinstance(w_b, W_TupleObject) or isinstance(w_b, W_BytesObject):
                    raise self.error(self.w_OverflowError, "cannot fit 'int' into an index-sized integer")
            if not isinstance(w_a, W_LongObject):
                pass
            else:
                return None
        if isinstance(w_a, W_FloatObject):
            if isinstance(w_b, W_FloatObject):
                return self.float_binop(op, w_a.floatval, w_b.floatval)
            if isinstance(w_b, W_IntObject):
                return self.float_binop(op, w_a.floatval, float(w_b.intval))
            return None
        if isinstance(w_a, W_IntObject):
            if isinstance(w_b, W_FloatObject):
                return self.float_binop(op, float(w_a.intval), w_b.floatval)
            if op == bc.OP_MUL:
                if isinstance(w_b, W_StrObject) or isinstance(w_b, W_ListObject) or \
                        isinstance(w_b, W_TupleObject) or isinstance(w_b, W_BytesObject):
                    return self.builtin_binop(op, w_b, w_a)
            return None
        if isinstance(w_a, W_StrObject):
            if op == bc.OP_ADD:
                if isinstance(w_b, W_StrObject):
                    return self.newstr(w_a.value + w_b.value)
                raise self.type_error('can only concatenate str (not "' + self.type_name(w_b) + '") to str')
            if op == bc.OP_MUL and isinstance(w_b, W_IntObject):
                return self.newstr(w_a.value * max(w_b.intval, 0))
            if op == bc.OP_MOD:
                return self.newstr(self.engine_format_mod(w_a.value, w_b))
            return None
        if isinstance(w_a, W_ListObject):
            if op == bc.OP_ADD:
                if isinstance(w_b, W_ListObject):
                    items = list(w_a.items_w)
                    items.extend(w_b.items_w)
                    return self.newlist(items)
                raise self.type_error('can only concatenate list (not "' + self.type_name(w_b) + '") to list')
            if op == bc.OP_MUL and isinstance(w_b, W_IntObject):
                res: list[W_Root] = []
                n = w_b.intval
                while n > 0:
                    res.extend(w_a.items_w)
                    n -= 1
                return self.newlist(res)
            return None
        if isinstance(w_a, W_TupleObject):
            if op == bc.OP_ADD:
                if isinstance(w_b, W_TupleObject):
                    items2 = list(w_a.items_w)
                    items2.extend(w_b.items_w)
                    return self.newtuple(items2)
                raise self.type_error('can only concatenate tuple (not "' + self.type_name(w_b) + '") to tuple')
            if op == bc.OP_MUL and isinstance(w_b, W_IntObject):
                res2: list[W_Root] = []
                n2 = w_b.intval
                while n2 > 0:
                    res2.extend(w_a.items_w)
                    n2 -= 1
                return self.newtuple(res2)
            return None
        if isinstance(w_a, W_BytesObject):
            if op == bc.OP_ADD and isinstance(w_b, W_BytesObject):
                return self.newbytes(w_a.value + w_b.value)
            if op == bc.OP_MUL and isinstance(w_b, W_IntObject):
                return self.newbytes(w_a.value * max(w_b.intval, 0))
            if op == bc.OP_MOD:
                # PEP 461 formatting (bytesmethods.vm_bytes_format_mod)
                w_bf = self.builtins.get("__vm_bytes_format_mod__", None)
                if w_bf is not None:
                    return self.call(w_bf, positional([w_a, w_b]))
            return None
        if isinstance(w_a, W_SetObject) and isinstance(w_b, W_SetObject):
            return self.set_binop(op, w_a, w_b)
        if isinstance(w_a, W_DictView) and w_a.kind != VIEW_VALUES:
            w_sa = self.newset_from(self.unpack_iterable(w_a), False)
            w_sb = self.newset_from(self.unpack_iterable(w_b), False)
            return self.set_binop(op, w_sa, w_sb)
        if isinstance(w_a, W_DictObject) and isinstance(w_b, W_DictObject) and op == bc.OP_OR:
            w_d = W_DictObject()
            w_d.storage = w_a.storage.copy()
            self.dict_update(w_d, w_b)
            return w_d
        return None

    def complex_parts(self, w: W_Root) -> tuple[float, float] | None:
        """(real, imag) of a number for complex arithmetic, or None."""
        if isinstance(w, W_ComplexObject):
            return (w.realval, w.imagval)
        if isinstance(w, W_FloatObject):
            return (w.floatval, 0.0)
        if isinstance(w, W_IntObject):
            return (float(w.intval), 0.0)
        if isinstance(w, W_LongObject):
            return (self.long_tofloat(w.num), 0.0)
        return None

    def complex_binop(self, op: int, w_a: W_Root, w_b: W_Root) -> W_Root | None:
        pa = self.complex_parts(w_a)
        pb = self.complex_parts(w_b)
        if pa is None or pb is None:
            return None
        ar = pa[0]
        ai = pa[1]
        br = pb[0]
        bi = pb[1]
        try:
            if op == bc.OP_ADD:
                return W_ComplexObject(ar + br, ai + bi)
            if op == bc.OP_SUB:
                return W_ComplexObject(ar - br, ai - bi)
            if op == bc.OP_MUL:
                r = c_mul(ar, ai, br, bi)
                return W_ComplexObject(r[0], r[1])
            if op == bc.OP_TRUEDIV:
                r = c_div(ar, ai, br, bi)
                return W_ComplexObject(r[0], r[1])
            if op == bc.OP_POW:
                r = c_pow(ar, ai, br, bi)
                return W_ComplexObject(r[0], r[1])
        except ComplexError as e:
            if e.kind == 0:
                raise self.error(self.w_ZeroDivisionError, e.msg)
            if e.kind == 1:
                raise self.error(self.w_OverflowError, e.msg)
            raise self.value_error(e.msg)
        return None

    def set_binop(self, op: int, w_a: W_SetObject, w_b: W_SetObject) -> W_Root | None:
        if op == bc.OP_OR:
            w_res = self.set_copy(w_a, w_a.frozen)
            if w_b is not w_a:
                self.set_merge(w_res.storage, w_b.storage)
            return w_res
        if op == bc.OP_AND:
            return self.set_intersection(w_a, w_b)
        if op == bc.OP_SUB:
            return self.set_difference(w_a, w_b)
        if op == bc.OP_XOR:
            return self.set_symmetric_difference(w_a, w_b)
        return None

    def engine_format_mod(self, fmt: str, w_values: W_Root) -> str:
        w_f = self.builtins.get("__vm_format_mod__", None)
        assert w_f is not None
        return self.str_w(self.call(w_f, positional([self.newstr(fmt), w_values])))

    def dict_update(self, w_d: W_DictObject, w_other: W_Root) -> None:
        if isinstance(w_other, W_DictObject):
            st = w_other.storage
            i = 0
            while i < len(st.keys_w):
                w_k = st.keys_w[i]
                w_v = st.values_w[i]
                if w_k is not None and w_v is not None:
                    self.storage_set(w_d.storage, w_k, w_v)
                i += 1
            return
        w_keys = self.getattr_or_null(w_other, "keys")
        if w_keys is not None:
            for w_key in self.unpack_iterable(self.call(w_keys, positional([]))):
                self.storage_set(w_d.storage, w_key, self.getitem(w_other, w_key))
            return
        pair_i = 0
        for w_pair in self.unpack_iterable(w_other):
            try:
                items = self.unpack_iterable(w_pair)
            except OperationError as e:
                if not self.exc_matches(e.w_value, self.w_TypeError):
                    raise
                raise self.type_error("cannot convert dictionary update sequence element #" + str(pair_i) +
                                      " to a sequence")
            if len(items) != 2:
                raise self.value_error("dictionary update sequence element #" + str(pair_i) + " has length " +
                                       str(len(items)) + "; 2 is required")
            pair_i += 1
            self.storage_set(w_d.storage, items[0], items[1])

    def unary_neg(self, w: W_Root) -> W_Root:
        if isinstance(w, W_IntObject):
            if w.intval == INT_MIN:
                return self.newlong(rbigint.fromint(w.intval).neg())
            return self.newint(-w.intval)
        if isinstance(w, W_LongObject):
            return self.newlong(w.num.neg())
        if isinstance(w, W_FloatObject):
            return self.newfloat(-w.floatval)
        if isinstance(w, W_ComplexObject):
            return W_ComplexObject(-w.realval, -w.imagval)
        w_m = self.lookup_user(w, "__neg__")
        if w_m is not None:
            return self.call(w_m, positional([]))
        w_nb = self.num_base(w)
        if w_nb is not None:
            return self.unary_neg(w_nb)
        raise self.type_error("bad operand type for unary -: '" + self.type_name(w) + "'")

    def unary_pos(self, w: W_Root) -> W_Root:
        if isinstance(w, W_BoolObject):
            return self.newint(w.intval)
        if isinstance(w, W_IntObject) or isinstance(w, W_FloatObject) or isinstance(w, W_LongObject):
            return w
        if isinstance(w, W_ComplexObject):
            return W_ComplexObject(w.realval, w.imagval)
        w_m = self.lookup_user(w, "__pos__")
        if w_m is not None:
            return self.call(w_m, positional([]))
        w_nb = self.num_base(w)
        if w_nb is not None:
            return self.unary_pos(w_nb)
        raise self.type_error("bad operand type for unary +: '" + self.type_name(w) + "'")

    def unary_invert(self, w: W_Root) -> W_Root:
        if isinstance(w, W_IntObject):
            return self.newint(~w.intval)
        if isinstance(w, W_LongObject):
            return self.newlong(w.num.invert())
        w_m = self.lookup_user(w, "__invert__")
        if w_m is not None:
            return self.call(w_m, positional([]))
        w_nb = self.num_base(w)
        if w_nb is not None:
            return self.unary_invert(w_nb)
        raise self.type_error("bad operand type for unary ~: '" + self.type_name(w) + "'")

    def abs(self, w: W_Root) -> W_Root:
        if isinstance(w, W_LongObject):
            return self.newlong(w.num.abs())
        if isinstance(w, W_IntObject):
            if w.intval < 0:
                return self.unary_neg(w)
            return self.newint(w.intval)
        if isinstance(w, W_FloatObject):
            return self.newfloat(abs(w.floatval))
        if isinstance(w, W_ComplexObject):
            try:
                return self.newfloat(c_abs(w.realval, w.imagval))
            except ComplexError as e:
                raise self.error(self.w_OverflowError, e.msg)
        w_m = self.lookup_user(w, "__abs__")
        if w_m is not None:
            return self.call(w_m, positional([]))
        w_nb = self.num_base(w)
        if w_nb is not None:
            return self.abs(w_nb)
        raise self.type_error("bad operand type for abs(): '" + self.type_name(w) + "'")

    # ------------------------------------------------------------------
    # comparison

    def compare(self, op: int, w_a: W_Root, w_b: W_Root) -> W_Root:
        if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
            return self.newbool(self.cmp_int(op, w_a.intval, w_b.intval))
        w_res = self.builtin_compare(op, w_a, w_b)
        if w_res is not None:
            return w_res
        # user-defined rich comparison
        w_ta = self.type(w_a)
        w_tb = self.type(w_b)
        swapped = bc.CMP_SWAPPED[op]
        tried_b = False
        if w_ta is not w_tb and w_tb.issubtype(w_ta) and isinstance(w_b, W_Instance):
            w_rm = self.lookup_user(w_b, bc.CMP_DUNDERS[swapped])
            if w_rm is not None:
                tried_b = True
                w_r = self.call(w_rm, positional([w_a]))
                if w_r is not self.w_NotImplemented:
                    return w_r
        w_m = self.lookup_user(w_a, bc.CMP_DUNDERS[op])
        if w_m is not None:
            w_r = self.call(w_m, positional([w_b]))
            if w_r is not self.w_NotImplemented:
                return w_r
        if not tried_b:
            w_rm = self.lookup_user(w_b, bc.CMP_DUNDERS[swapped])
            if w_rm is not None:
                w_r = self.call(w_rm, positional([w_a]))
                if w_r is not self.w_NotImplemented:
                    return w_r
        if op == bc.CMP_NE:
            w_eq = self.lookup_user(w_a, "__eq__")
            if w_eq is not None:
                w_r = self.call(w_eq, positional([w_b]))
                if w_r is not self.w_NotImplemented:
                    return self.newbool(not self.is_true(w_r))
        w_a2 = self.base_of(w_a)
        w_b2 = self.base_of(w_b)
        if w_a2 is not w_a or w_b2 is not w_b:
            if isinstance(w_a2, W_IntObject) and isinstance(w_b2, W_IntObject):
                return self.newbool(self.cmp_int(op, w_a2.intval, w_b2.intval))
            w_res2 = self.builtin_compare(op, w_a2, w_b2)
            if w_res2 is not None:
                return w_res2
        if op == bc.CMP_EQ:
            return self.newbool(w_a is w_b)
        if op == bc.CMP_NE:
            return self.newbool(w_a is not w_b)
        raise self.type_error("'" + bc.CMP_SYMBOLS[op] + "' not supported between instances of '" +
                              w_ta.name + "' and '" + w_tb.name + "'")

    def cmp_int(self, op: int, a: int, b: int) -> bool:
        if op == bc.CMP_LT:
            return a < b
        if op == bc.CMP_LE:
            return a <= b
        if op == bc.CMP_EQ:
            return a == b
        if op == bc.CMP_NE:
            return a != b
        if op == bc.CMP_GT:
            return a > b
        return a >= b

    def cmp_float(self, op: int, a: float, b: float) -> bool:
        if op == bc.CMP_LT:
            return a < b
        if op == bc.CMP_LE:
            return a <= b
        if op == bc.CMP_EQ:
            return a == b
        if op == bc.CMP_NE:
            return a != b
        if op == bc.CMP_GT:
            return a > b
        return a >= b

    def cmp_str(self, op: int, a: str, b: str) -> bool:
        if op == bc.CMP_LT:
            return a < b
        if op == bc.CMP_LE:
            return a <= b
        if op == bc.CMP_EQ:
            return a == b
        if op == bc.CMP_NE:
            return a != b
        if op == bc.CMP_GT:
            return a > b
        return a >= b

    def cmp_bytes(self, op: int, a: bytes, b: bytes) -> bool:
        if op == bc.CMP_LT:
            return a < b
        if op == bc.CMP_LE:
            return a <= b
        if op == bc.CMP_EQ:
            return a == b
        if op == bc.CMP_NE:
            return a != b
        if op == bc.CMP_GT:
            return a > b
        return a >= b

    def long_tofloat(self, num: rbigint) -> float:
        try:
            return num.tofloat()
        except OverflowError:
            raise self.error(self.w_OverflowError, "int too large to convert to float")

    def int_float_cmp(self, w_i: W_Root, f: float) -> int:
        """Exact comparison of an int (W_IntObject/W_LongObject) with a
        float: -1, 0, 1, or 2 when f is NaN."""
        if f != f:
            return 2
        if f - f != 0.0:
            return -1 if f > 0.0 else 1
        if isinstance(w_i, W_IntObject) and -9007199254740992 <= w_i.intval <= 9007199254740992:
            x = float(w_i.intval)
            if x < f:
                return -1
            if x > f:
                return 1
            return 0
        c = self.big_w(w_i).compare(rbigint.fromfloat(f))
        if c != 0:
            return c
        if -4503599627370496.0 < f < 4503599627370496.0:
            t = float(int(f))
            if f > t:
                return -1
            if f < t:
                return 1
        return 0

    def cmp_result(self, op: int, c: int) -> bool:
        if c == 2:
            return op == bc.CMP_NE
        return self.cmp_int(op, c, 0)

    def complex_compare(self, op: int, w_a: W_Root, w_b: W_Root) -> W_Root | None:
        if op != bc.CMP_EQ and op != bc.CMP_NE:
            return None
        if not isinstance(w_a, W_ComplexObject):
            return self.complex_compare(op, w_b, w_a)
        eq = False
        if isinstance(w_b, W_ComplexObject):
            eq = w_a.realval == w_b.realval and w_a.imagval == w_b.imagval
        elif isinstance(w_b, W_FloatObject):
            eq = w_a.imagval == 0.0 and w_a.realval == w_b.floatval
        elif isinstance(w_b, W_IntObject) or isinstance(w_b, W_LongObject):
            eq = w_a.imagval == 0.0 and self.int_float_cmp(w_b, w_a.realval) == 0
        else:
            return None
        return self.newbool(eq if op == bc.CMP_EQ else not eq)

    def builtin_compare(self, op: int, w_a: W_Root, w_b: W_Root) -> W_Root | None:
        if isinstance(w_a, W_ComplexObject) or isinstance(w_b, W_ComplexObject):
            return self.complex_compare(op, w_a, w_b)
        if isinstance(w_a, W_LongObject) or isinstance(w_b, W_LongObject):
            if self.is_int(w_a) and self.is_int(w_b):
                return self.newbool(self.long_compare(op, self.big_w(w_a), self.big_w(w_b)))
            if isinstance(w_b, W_FloatObject):
                return self.newbool(self.cmp_result(op, self.int_float_cmp(w_a, w_b.floatval)))
            if isinstance(w_a, W_FloatObject):
                return self.newbool(self.cmp_result(bc.CMP_SWAPPED[op], self.int_float_cmp(w_b, w_a.floatval)))
            return None
        if isinstance(w_a, W_FloatObject):
            if isinstance(w_b, W_FloatObject):
                return self.newbool(self.cmp_float(op, w_a.floatval, w_b.floatval))
            if isinstance(w_b, W_IntObject):
                return self.newbool(self.cmp_result(bc.CMP_SWAPPED[op], self.int_float_cmp(w_b, w_a.floatval)))
        elif isinstance(w_a, W_IntObject):
            if isinstance(w_b, W_FloatObject):
                return self.newbool(self.cmp_result(op, self.int_float_cmp(w_a, w_b.floatval)))
        elif isinstance(w_a, W_StrObject):
            if isinstance(w_b, W_StrObject):
                return self.newbool(self.cmp_str(op, w_a.value, w_b.value))
        elif isinstance(w_a, W_ListObject):
            if isinstance(w_b, W_ListObject):
                return self.newbool(self.cmp_seq(op, w_a.items_w, w_b.items_w))
        elif isinstance(w_a, W_TupleObject):
            if isinstance(w_b, W_TupleObject):
                return self.newbool(self.cmp_seq(op, w_a.items_w, w_b.items_w))
        elif isinstance(w_a, W_BytesObject):
            if isinstance(w_b, W_BytesObject):
                return self.newbool(self.cmp_bytes(op, w_a.value, w_b.value))
        elif isinstance(w_a, W_DictObject):
            if isinstance(w_b, W_DictObject) and (op == bc.CMP_EQ or op == bc.CMP_NE):
                eq = self.dict_eq(w_a, w_b)
                return self.newbool(eq if op == bc.CMP_EQ else not eq)
        elif isinstance(w_a, W_SetObject):
            if isinstance(w_b, W_SetObject):
                return self.newbool(self.cmp_set(op, w_a, w_b))
        elif isinstance(w_a, W_SliceObject):
            if isinstance(w_b, W_SliceObject):
                return self.newbool(self.cmp_seq(op, [w_a.w_start, w_a.w_stop, w_a.w_step],
                                                 [w_b.w_start, w_b.w_stop, w_b.w_step]))
        elif isinstance(w_a, W_RangeObject):
            if isinstance(w_b, W_RangeObject) and (op == bc.CMP_EQ or op == bc.CMP_NE):
                eq2 = self.cmp_seq(bc.CMP_EQ, self.unpack_iterable(w_a), self.unpack_iterable(w_b))
                return self.newbool(eq2 if op == bc.CMP_EQ else not eq2)
        elif isinstance(w_a, W_DictView):
            if isinstance(w_b, W_DictView) or isinstance(w_b, W_SetObject):
                if w_a.kind != VIEW_VALUES:
                    w_sa = self.newset_from(self.unpack_iterable(w_a), False)
                    w_sb = self.newset_from(self.unpack_iterable(w_b), False)
                    return self.newbool(self.cmp_set(op, w_sa, w_sb))
        return None

    def cmp_seq(self, op: int, a_w: list[W_Root], b_w: list[W_Root]) -> bool:
        n = min(len(a_w), len(b_w))
        i = 0
        while i < n:
            w_x = a_w[i]
            w_y = b_w[i]
            if not (w_x is w_y or self.eq_w(w_x, w_y)):
                if op == bc.CMP_EQ:
                    return False
                if op == bc.CMP_NE:
                    return True
                return self.is_true(self.compare(op, w_x, w_y))
            i += 1
        return self.cmp_int(op, len(a_w), len(b_w))

    def dict_eq(self, w_a: W_DictObject, w_b: W_DictObject) -> bool:
        if w_a.storage.used != w_b.storage.used:
            return False
        st = w_a.storage
        i = 0
        while i < len(st.keys_w):
            w_k = st.keys_w[i]
            w_v = st.values_w[i]
            if w_k is not None and w_v is not None:
                w_v2 = self.storage_get(w_b.storage, w_k)
                if w_v2 is None or not self.eq_w(w_v, w_v2):
                    return False
            i += 1
        return True

    def set_issubset(self, w_a: W_SetObject, w_b: W_SetObject) -> bool:
        for w_k in w_a.storage.live_keys():
            if not self.storage_contains(w_b.storage, w_k):
                return False
        return True

    def cmp_set(self, op: int, w_a: W_SetObject, w_b: W_SetObject) -> bool:
        na = w_a.storage.used
        nb = w_b.storage.used
        if op == bc.CMP_EQ:
            return na == nb and self.set_issubset(w_a, w_b)
        if op == bc.CMP_NE:
            return not (na == nb and self.set_issubset(w_a, w_b))
        if op == bc.CMP_LE:
            return self.set_issubset(w_a, w_b)
        if op == bc.CMP_LT:
            return na < nb and self.set_issubset(w_a, w_b)
        if op == bc.CMP_GE:
            return self.set_issubset(w_b, w_a)
        return na > nb and self.set_issubset(w_b, w_a)

    def contains(self, w_container: W_Root, w_item: W_Root) -> bool:
        if isinstance(w_container, W_DictObject):
            return self.storage_contains(w_container.storage, w_item)
        if isinstance(w_container, W_SetObject):
            if isinstance(w_item, W_SetObject) and not w_item.frozen:
                w_item = self.newset_from(w_item.storage.live_keys(), True)
            return self.storage_contains(w_container.storage, w_item)
        if isinstance(w_container, W_StrObject):
            if not isinstance(w_item, W_StrObject):
                raise self.type_error("'in <string>' requires string as left operand, not " + self.type_name(w_item))
            return w_item.value in w_container.value
        if isinstance(w_container, W_ListObject) or isinstance(w_container, W_TupleObject):
            items = w_container.items_w if isinstance(w_container, W_ListObject) else \
                self.tuple_items(w_container)
            for w_x in items:
                if w_x is w_item or self.eq_w(w_x, w_item):
                    return True
            return False
        if isinstance(w_container, W_BytesObject):
            if isinstance(w_item, W_IntObject):
                return w_item.intval in w_container.value
            if isinstance(w_item, W_BytesObject):
                return w_item.value in w_container.value
        if isinstance(w_container, W_RangeObject) and isinstance(w_item, W_IntObject):
            r = w_container
            x = w_item.intval
            if r.step > 0:
                if x < r.start or x >= r.stop:
                    return False
            else:
                if x > r.start or x <= r.stop:
                    return False
            return (x - r.start) % r.step == 0
        if isinstance(w_container, W_DictView) and w_container.kind == VIEW_KEYS:
            return self.storage_contains(w_container.w_dict.storage, w_item)
        w_m = self.lookup_user(w_container, "__contains__")
        if w_m is not None:
            return self.is_true(self.call(w_m, positional([w_item])))
        if isinstance(w_container, W_Instance):
            w_cb = instance_base(w_container)
            if w_cb is not None and self.lookup_user(w_container, "__iter__") is None:
                return self.contains(w_cb, w_item)
        try:
            w_iter = self.iter(w_container)
        except OperationError as e:
            if self.exc_matches(e.w_value, self.w_TypeError) and isinstance(w_container, W_Instance):
                raise self.type_error("argument of type '" + self.type_name(w_container) + "' is not iterable")
            raise
        while True:
            w_next = self.next_or_null(w_iter)
            if w_next is None:
                return False
            if w_next is w_item or self.eq_w(w_next, w_item):
                return True

    def tuple_items(self, w: W_Root) -> list[W_Root]:
        if isinstance(w, W_TupleObject):
            return w.items_w
        return []

    # ------------------------------------------------------------------
    # subscription

    def getitem(self, w_obj: W_Root, w_index: W_Root) -> W_Root:
        if isinstance(w_index, W_Instance) and (isinstance(w_obj, W_ListObject) or
                                                isinstance(w_obj, W_TupleObject) or
                                                isinstance(w_obj, W_StrObject) or
                                                isinstance(w_obj, W_BytesObject) or
                                                isinstance(w_obj, W_RangeObject)):
            if self.lookup_user(w_index, "__index__") is not None:
                w_index = self.newint(self.int_w(w_index))
            else:
                w_inb = self.num_base(w_index)
                if w_inb is not None and self.is_int(w_inb):
                    w_index = w_inb
        if isinstance(w_obj, W_ListObject):
            if isinstance(w_index, W_IntObject):
                i = w_index.intval
                items = w_obj.items_w
                if i < 0:
                    i += len(items)
                if i < 0 or i >= len(items):
                    raise self.index_error("list index out of range")
                return items[i]
            if isinstance(w_index, W_SliceObject):
                return self.newlist(self.slice_items(w_obj.items_w, w_index))
            raise self.type_error("list indices must be integers or slices, not " + self.type_name(w_index))
        if isinstance(w_obj, W_DictObject):
            w_v = self.storage_get(w_obj.storage, w_index)
            if w_v is None:
                raise self.key_error(w_index)
            return w_v
        if isinstance(w_obj, W_TupleObject):
            if isinstance(w_index, W_IntObject):
                i = w_index.intval
                items = w_obj.items_w
                if i < 0:
                    i += len(items)
                if i < 0 or i >= len(items):
                    raise self.index_error("tuple index out of range")
                return items[i]
            if isinstance(w_index, W_SliceObject):
                return self.newtuple(self.slice_items(w_obj.items_w, w_index))
            raise self.type_error("tuple indices must be integers or slices, not " + self.type_name(w_index))
        if isinstance(w_obj, W_StrObject):
            if isinstance(w_index, W_IntObject):
                i = w_index.intval
                s = w_obj.value
                if i < 0:
                    i += len(s)
                if i < 0 or i >= len(s):
                    raise self.index_error("string index out of range")
                return self.newstr(s[i])
            if isinstance(w_index, W_SliceObject):
                start, stop, step, n = self.slice_indices(w_index, len(w_obj.value))
                if step == 1:
                    return self.newstr(w_obj.value[start:stop])
                return self.newstr(w_obj.value[start:stop:step] if n > 0 else "")
            raise self.type_error("string indices must be integers, not '" + self.type_name(w_index) + "'")
        if isinstance(w_obj, W_BytesObject):
            if isinstance(w_index, W_IntObject):
                i = w_index.intval
                b = w_obj.value
                if i < 0:
                    i += len(b)
                if i < 0 or i >= len(b):
                    raise self.index_error("index out of range")
                return self.newint(b[i])
            if isinstance(w_index, W_SliceObject):
                start, stop, step, n = self.slice_indices(w_index, len(w_obj.value))
                return self.newbytes(w_obj.value[start:stop:step] if n > 0 else b"")
        if isinstance(w_obj, W_RangeObject):
            if isinstance(w_index, W_IntObject):
                n = w_obj.length()
                i = w_index.intval
                if i < 0:
                    i += n
                if i < 0 or i >= n:
                    raise self.index_error("range object index out of range")
                return self.newint(w_obj.start + i * w_obj.step)
            if isinstance(w_index, W_SliceObject):
                start, stop, step, n = self.slice_indices(w_index, w_obj.length())
                if step < 0 and stop < -1:
                    stop = -1
                return W_RangeObject(w_obj.start + start * w_obj.step, w_obj.start + stop * w_obj.step,
                                     w_obj.step * step)
            raise self.type_error("range indices must be integers or slices, not " + self.type_name(w_index))
        if isinstance(w_obj, W_ExtObject):
            w_em = self.lookup_user(w_obj, "__getitem__")
            if w_em is not None:
                return self.call(w_em, positional([w_index]))
        if isinstance(w_obj, W_Instance):
            w_m = self.lookup_user(w_obj, "__getitem__")
            if w_m is not None:
                return self.call(w_m, positional([w_index]))
            w_gb = instance_base(w_obj)
            if w_gb is not None:
                if isinstance(w_gb, W_DictObject):
                    w_v = self.storage_get(w_gb.storage, w_index)
                    if w_v is not None:
                        return w_v
                    w_miss = self.lookup_user(w_obj, "__missing__")
                    if w_miss is not None:
                        return self.call(w_miss, positional([w_index]))
                    raise self.key_error(w_index)
                return self.getitem(w_gb, w_index)
        if isinstance(w_obj, W_TypeObject):
            w_cg = w_obj.lookup("__class_getitem__")
            if w_cg is not None:
                return self.call(self.type_getattr(w_obj, "__class_getitem__") or self.w_None, positional([w_index]))
            if w_obj is self.w_list or w_obj is self.w_dict or w_obj is self.w_tuple or \
                    w_obj is self.w_set or w_obj is self.w_type:
                return w_obj   # generic alias (annotations): list[int] is list
        raise self.type_error("'" + self.type_name(w_obj) + "' object is not subscriptable")

    def setitem(self, w_obj: W_Root, w_index: W_Root, w_value: W_Root) -> None:
        if isinstance(w_obj, W_ListObject):
            if isinstance(w_index, W_IntObject):
                i = w_index.intval
                items = w_obj.items_w
                if i < 0:
                    i += len(items)
                if i < 0 or i >= len(items):
                    raise self.index_error("list assignment index out of range")
                items[i] = w_value
                return
            if isinstance(w_index, W_SliceObject):
                self.list_setslice(w_obj, w_index, self.unpack_iterable(w_value))
                return
            raise self.type_error("list indices must be integers or slices, not " + self.type_name(w_index))
        if isinstance(w_obj, W_DictObject):
            self.storage_set(w_obj.storage, w_index, w_value)
            return
        w_m = self.lookup_user(w_obj, "__setitem__")
        if w_m is not None:
            self.call(w_m, positional([w_index, w_value]))
            return
        if isinstance(w_obj, W_Instance):
            w_sb = instance_base(w_obj)
            if w_sb is not None:
                self.setitem(w_sb, w_index, w_value)
                return
        raise self.type_error("'" + self.type_name(w_obj) + "' object does not support item assignment")

    def delitem(self, w_obj: W_Root, w_index: W_Root) -> None:
        if isinstance(w_obj, W_ListObject):
            if isinstance(w_index, W_IntObject):
                i = w_index.intval
                items = w_obj.items_w
                if i < 0:
                    i += len(items)
                if i < 0 or i >= len(items):
                    raise self.index_error("list assignment index out of range")
                del items[i]
                return
            if isinstance(w_index, W_SliceObject):
                start, stop, step, n = self.slice_indices(w_index, len(w_obj.items_w))
                if step == 1:
                    if n > 0:
                        del w_obj.items_w[start:stop]
                    return
                keep: list[W_Root] = []
                drop: dict[int, bool] = {}
                k = 0
                while k < n:
                    drop[start + k * step] = True
                    k += 1
                j = 0
                while j < len(w_obj.items_w):
                    if j not in drop:
                        keep.append(w_obj.items_w[j])
                    j += 1
                w_obj.items_w[:] = keep
                return
        if isinstance(w_obj, W_DictObject):
            if not self.storage_delete(w_obj.storage, w_index):
                raise self.key_error(w_index)
            return
        w_m = self.lookup_user(w_obj, "__delitem__")
        if w_m is not None:
            self.call(w_m, positional([w_index]))
            return
        if isinstance(w_obj, W_Instance):
            w_db = instance_base(w_obj)
            if w_db is not None:
                self.delitem(w_db, w_index)
                return
        raise self.type_error("'" + self.type_name(w_obj) + "' object doesn't support item deletion")

    def slice_indices(self, w_slice: W_SliceObject, length: int) -> tuple[int, int, int, int]:
        """CPython's PySlice_GetIndicesEx: (start, stop, step, slicelength)."""
        if w_slice.w_step is self.w_None:
            step = 1
        else:
            step = self.int_w(w_slice.w_step)
            if step == 0:
                raise self.value_error("slice step cannot be zero")
        if w_slice.w_start is self.w_None:
            start = length - 1 if step < 0 else 0
        else:
            start = self.int_w(w_slice.w_start)
            if start < 0:
                start += length
                if start < 0:
                    start = -1 if step < 0 else 0
            elif start >= length:
                start = length - 1 if step < 0 else length
        if w_slice.w_stop is self.w_None:
            stop = -1 if step < 0 else length
        else:
            stop = self.int_w(w_slice.w_stop)
            if stop < 0:
                stop += length
                if stop < 0:
                    stop = -1 if step < 0 else 0
            elif stop >= length:
                stop = length - 1 if step < 0 else length
        if step < 0:
            if stop < start:
                n = (start - stop - 1) // (-step) + 1
            else:
                n = 0
        else:
            if start < stop:
                n = (stop - start - 1) // step + 1
            else:
                n = 0
        if step < 0 and stop == -1:
            # host slicing needs None for "before the beginning"
            stop = -length - 1
        return (start, stop, step, n)

    def slice_items(self, items_w: list[W_Root], w_slice: W_SliceObject) -> list[W_Root]:
        start, stop, step, n = self.slice_indices(w_slice, len(items_w))
        res: list[W_Root] = []
        i = 0
        pos = start
        while i < n:
            res.append(items_w[pos])
            pos += step
            i += 1
        return res

    def list_setslice(self, w_list: W_ListObject, w_slice: W_SliceObject, values_w: list[W_Root]) -> None:
        start, stop, step, n = self.slice_indices(w_slice, len(w_list.items_w))
        if step == 1:
            if stop < start:
                stop = start
            w_list.items_w[start:stop] = values_w
            return
        if len(values_w) != n:
            raise self.value_error("attempt to assign sequence of size " + str(len(values_w)) +
                                   " to extended slice of size " + str(n))
        i = 0
        pos = start
        while i < n:
            w_list.items_w[pos] = values_w[i]
            pos += step
            i += 1

    # ------------------------------------------------------------------
    # length and iteration

    def len(self, w: W_Root) -> int:
        if isinstance(w, W_ListObject):
            return len(w.items_w)
        if isinstance(w, W_StrObject):
            return len(w.value)
        if isinstance(w, W_TupleObject):
            return len(w.items_w)
        if isinstance(w, W_DictObject):
            return w.storage.used
        if isinstance(w, W_SetObject):
            return w.storage.used
        if isinstance(w, W_BytesObject):
            return len(w.value)
        if isinstance(w, W_RangeObject):
            return w.length()
        if isinstance(w, W_DictView):
            return w.w_dict.storage.used
        w_m = self.lookup_user(w, "__len__")
        if w_m is not None:
            n = self.int_w(self.call(w_m, positional([])))
            if n < 0:
                raise self.value_error("__len__() should return >= 0")
            return n
        if isinstance(w, W_Instance):
            w_lb = instance_base(w)
            if w_lb is not None:
                return self.len(w_lb)
        raise self.type_error("object of type '" + self.type_name(w) + "' has no len()")

    def iter(self, w: W_Root) -> W_Root:
        if isinstance(w, W_ListObject):
            return W_ListIterator(w)
        if isinstance(w, W_TupleObject):
            return W_SeqIterator(w.items_w, "tuple_iterator")
        if isinstance(w, W_RangeObject):
            return W_RangeIterator(w.start, w.length(), w.step)
        if isinstance(w, W_StrObject):
            return W_StrIterator(w.value)
        if isinstance(w, W_DictObject):
            return W_DictIterator(w.storage, 0, "dict_keyiterator")
        if isinstance(w, W_SetObject):
            return W_DictIterator(w.storage, 0, "set_iterator")
        if isinstance(w, W_DictView):
            names = ["dict_keyiterator", "dict_valueiterator", "dict_itemiterator"]
            return W_DictIterator(w.w_dict.storage, w.kind, names[w.kind])
        if isinstance(w, W_BytesObject):
            return W_BytesIterator(w.value)
        if isinstance(w, W_AbstractIterator) or isinstance(w, W_Enumerate) or isinstance(w, W_Zip) or \
                isinstance(w, W_Map) or isinstance(w, W_Filter) or isinstance(w, W_Reversed):
            return w
        if w.type_index() == T_GENERATOR:
            return w
        if isinstance(w, W_ExtObject):
            w_ei = self.lookup_user(w, "__iter__")
            if w_ei is not None:
                return self.call(w_ei, positional([]))
        if isinstance(w, W_Instance):
            w_m = self.lookup_user(w, "__iter__")
            if w_m is not None:
                w_it = self.call(w_m, positional([]))
                if isinstance(w_it, W_Instance) and w_it.map.w_type.lookup("__next__") is None or \
                        isinstance(w_it, W_IntObject) or isinstance(w_it, W_StrObject) or \
                        isinstance(w_it, W_ListObject) or isinstance(w_it, W_TupleObject) or w_it is self.w_None:
                    raise self.type_error("iter() returned non-iterator of type '" + self.type_name(w_it) + "'")
                return w_it
            w_ib = instance_base(w)
            if w_ib is not None:
                return self.iter(w_ib)
            if self.lookup_user(w, "__getitem__") is not None:
                return W_CallIterator(w)
        raise self.type_error("'" + self.type_name(w) + "' object is not iterable")

    def next_or_null(self, w_iter: W_Root) -> W_Root | None:
        """The next item, or None when the iterator is exhausted."""
        if isinstance(w_iter, W_ListIterator):
            w_list = w_iter.w_list
            assert isinstance(w_list, W_ListObject)
            i = w_iter.index
            if i < len(w_list.items_w):
                w_iter.index = i + 1
                return w_list.items_w[i]
            w_iter.index = 1 << 62
            return None
        if isinstance(w_iter, W_RangeIterator):
            if w_iter.remaining <= 0:
                return None
            w_iter.remaining -= 1
            v = w_iter.current
            w_iter.current = v + w_iter.step
            return self.newint(v)
        if isinstance(w_iter, W_SeqIterator):
            i = w_iter.index
            if i < len(w_iter.items_w):
                w_iter.index = i + 1
                return w_iter.items_w[i]
            return None
        if isinstance(w_iter, W_StrIterator):
            i = w_iter.index
            if i < len(w_iter.value):
                w_iter.index = i + 1
                return self.newstr(w_iter.value[i])
            return None
        if isinstance(w_iter, W_DictIterator):
            st = w_iter.storage
            if st.used != w_iter.size0:
                w_iter.size0 = -1
                if w_iter.name == "set_iterator":
                    raise self.error(self.w_RuntimeError, "Set changed size during iteration")
                raise self.error(self.w_RuntimeError, "dictionary changed size during iteration")
            pos = st.next_pos(w_iter.pos)
            if pos < 0:
                w_iter.pos = len(st.keys_w)
                return None
            w_iter.pos = pos + 1
            w_k = st.keys_w[pos]
            assert w_k is not None
            if w_iter.kind == 0:
                return w_k
            w_v = st.values_w[pos]
            assert w_v is not None
            if w_iter.kind == 1:
                return w_v
            return self.newtuple([w_k, w_v])
        if isinstance(w_iter, W_BytesIterator):
            i = w_iter.index
            if i < len(w_iter.value):
                w_iter.index = i + 1
                return self.newint(w_iter.value[i])
            return None
        if isinstance(w_iter, W_Enumerate):
            w_x = self.next_or_null(w_iter.w_iter)
            if w_x is None:
                return None
            w_i = self.newint(w_iter.index)
            w_iter.index += 1
            return self.newtuple([w_i, w_x])
        if isinstance(w_iter, W_Zip):
            items: list[W_Root] = []
            if len(w_iter.iters_w) == 0:
                return None
            zi = 0
            for w_it in w_iter.iters_w:
                w_x = self.next_or_null(w_it)
                if w_x is None:
                    if w_iter.strict:
                        self.zip_strict_check(w_iter, zi)
                    return None
                items.append(w_x)
                zi += 1
            return self.newtuple(items)
        if isinstance(w_iter, W_Map):
            args_w: list[W_Root] = []
            for w_it in w_iter.iters_w:
                w_x = self.next_or_null(w_it)
                if w_x is None:
                    return None
                args_w.append(w_x)
            return self.call(w_iter.w_func, positional(args_w))
        if isinstance(w_iter, W_Filter):
            while True:
                w_x = self.next_or_null(w_iter.w_iter)
                if w_x is None:
                    return None
                if w_iter.w_func is self.w_None:
                    if self.is_true(w_x):
                        return w_x
                elif self.is_true(self.call(w_iter.w_func, positional([w_x]))):
                    return w_x
        if isinstance(w_iter, W_Reversed):
            if w_iter.index < 0:
                return None
            w_res = self.getitem(w_iter.w_seq, self.newint(w_iter.index))
            w_iter.index -= 1
            return w_res
        if isinstance(w_iter, W_CallIterator):
            try:
                w_res = self.getitem(w_iter.w_seq, self.newint(w_iter.index))
            except OperationError as e:
                if self.exc_matches(e.w_value, self.w_IndexError) or \
                        self.exc_matches(e.w_value, self.w_StopIteration):
                    return None
                raise
            w_iter.index += 1
            return w_res
        if w_iter.type_index() == T_GENERATOR:
            return self.engine.resume_generator(w_iter, self.w_None, None)
        w_m = self.lookup_user(w_iter, "__next__")
        if w_m is None:
            raise self.type_error("'" + self.type_name(w_iter) + "' object is not an iterator")
        try:
            return self.call(w_m, positional([]))
        except OperationError as e:
            if self.exc_matches(e.w_value, self.w_StopIteration):
                return None
            raise

    def next(self, w_iter: W_Root) -> W_Root:
        """next(it): raises StopIteration when exhausted."""
        if isinstance(w_iter, W_Instance) or isinstance(w_iter, W_ExtObject):
            w_m = self.lookup_user(w_iter, "__next__")
            if w_m is None:
                raise self.type_error("'" + self.type_name(w_iter) + "' object is not an iterator")
            return self.call(w_m, positional([]))
        if not (isinstance(w_iter, W_AbstractIterator) or isinstance(w_iter, W_Enumerate) or
                isinstance(w_iter, W_Zip) or isinstance(w_iter, W_Map) or
                isinstance(w_iter, W_Filter) or isinstance(w_iter, W_Reversed) or
                w_iter.type_index() == T_GENERATOR):
            raise self.type_error("'" + self.type_name(w_iter) + "' object is not an iterator")
        w_res = self.next_or_null(w_iter)
        if w_res is None:
            raise OperationError(W_BaseException(self.w_StopIteration, []))
        return w_res

    def zip_strict_check(self, w_zip: W_Zip, i: int) -> None:
        w_zip.strict = False
        if i > 0:
            plural = "argument 1" if i == 1 else "arguments 1-" + str(i)
            raise self.value_error("zip() argument " + str(i + 1) + " is shorter than " + plural)
        j = 1
        while j < len(w_zip.iters_w):
            if self.next_or_null(w_zip.iters_w[j]) is not None:
                plural2 = "argument 1" if j == 1 else "arguments 1-" + str(j)
                raise self.value_error("zip() argument " + str(j + 1) + " is longer than " + plural2)
            j += 1

    def unpack_iterable(self, w: W_Root) -> list[W_Root]:
        if isinstance(w, W_ListObject):
            return list(w.items_w)
        if isinstance(w, W_TupleObject):
            return list(w.items_w)
        res: list[W_Root] = []
        w_iter = self.iter(w)
        while True:
            w_x = self.next_or_null(w_iter)
            if w_x is None:
                return res
            res.append(w_x)

    # ------------------------------------------------------------------
    # repr and str

    def repr(self, w: W_Root) -> str:
        if isinstance(w, W_StrObject):
            return str_repr(w.value)
        if isinstance(w, W_BoolObject):
            return "True" if w.boolval else "False"
        if isinstance(w, W_IntObject):
            return str(w.intval)
        if isinstance(w, W_FloatObject):
            return float_repr(w.floatval)
        if isinstance(w, W_LongObject):
            return w.num.str()
        if isinstance(w, W_ComplexObject):
            return complex_repr(w.realval, w.imagval)
        if w is self.w_None:
            return "None"
        if isinstance(w, W_ListObject):
            return self.repr_seq(w, w.items_w, "[", "]")
        if isinstance(w, W_TupleObject):
            if len(w.items_w) == 1:
                return "(" + self.repr(w.items_w[0]) + ",)"
            return self.repr_seq(w, w.items_w, "(", ")")
        if isinstance(w, W_DictObject):
            return self.repr_dict(w)
        if isinstance(w, W_SetObject):
            if w.storage.used == 0:
                return "frozenset()" if w.frozen else "set()"
            if w.frozen:
                return "frozenset(" + self.repr_seq(w, w.storage.live_keys(), "{", "}") + ")"
            return self.repr_seq(w, w.storage.live_keys(), "{", "}")
        if isinstance(w, W_BytesObject):
            return bytes_repr(w.value)
        if isinstance(w, W_ExtObject):
            w_er = self.lookup_ext(w, "__repr__")
            if w_er is not None:
                return self.str_w(self.call(w_er, positional([])))
        if isinstance(w, W_Instance):
            w_m = w.map.w_type.lookup("__repr__")
            if w_m is not None and not isinstance(w_m, W_BuiltinFunction):
                w_r = self.call(self.bind(w_m, w, w.map.w_type), positional([]))
                if not isinstance(w_r, W_StrObject):
                    raise self.type_error("__repr__ returned non-string (type " + self.type_name(w_r) + ")")
                return w_r.value
            if isinstance(w, W_BaseException):
                return self.exception_repr(w)
            w_rb = instance_base(w)
            if w_rb is not None:
                if isinstance(w_rb, W_SetObject):
                    if w_rb.storage.used == 0:
                        return w.map.w_type.name + "()"
                    return w.map.w_type.name + "(" + self.repr_seq(w, w_rb.storage.live_keys(), "{", "}") + ")"
                return self.repr(w_rb)
            return self.object_repr(w)
        if isinstance(w, W_TypeObject):
            w_mt = w.w_metatype
            if w_mt is not None:
                w_mr = self.lookup_user_unbound(w_mt, "__repr__")
                if w_mr is not None:
                    return self.str_w(self.call(w_mr, positional([w])))
            return self.type_repr(w)
        if isinstance(w, W_Function):
            return "<function " + w.qualname + " at " + self.addr(w) + ">"
        if isinstance(w, W_Method):
            w_f = w.w_func
            if isinstance(w_f, W_BuiltinFunction):
                if w_f.is_wrapper:
                    return "<method-wrapper '" + w_f.name + "' of " + self.type_name(w.w_self) + " object at " + \
                        self.addr(w.w_self) + ">"
                return "<built-in method " + w_f.name + " of " + self.type_name(w.w_self) + " object at " + \
                    self.addr(w.w_self) + ">"
            qn = "?"
            if isinstance(w_f, W_Function):
                qn = w_f.qualname
            return "<bound method " + qn + " of " + self.repr(w.w_self) + ">"
        if isinstance(w, W_BuiltinFunction):
            if w.is_wrapper:
                return "<slot wrapper '" + w.name + "' of '" + w.qualifier + "' objects>"
            if w.qualifier != "":
                return "<method '" + w.name + "' of '" + w.qualifier + "' objects>"
            return "<built-in function " + w.name + ">"
        if isinstance(w, W_RangeObject):
            if w.step == 1:
                return "range(" + str(w.start) + ", " + str(w.stop) + ")"
            return "range(" + str(w.start) + ", " + str(w.stop) + ", " + str(w.step) + ")"
        if isinstance(w, W_SliceObject):
            return "slice(" + self.repr(w.w_start) + ", " + self.repr(w.w_stop) + ", " + self.repr(w.w_step) + ")"
        if isinstance(w, W_DictView):
            if w.kind == VIEW_KEYS:
                return "dict_keys(" + self.repr_seq(w, w.w_dict.storage.live_keys(), "[", "]") + ")"
            if w.kind == VIEW_VALUES:
                return "dict_values(" + self.repr_seq(w, w.w_dict.storage.live_values(), "[", "]") + ")"
            return "dict_items(" + self.repr_seq(w, self.unpack_iterable(w), "[", "]") + ")"
        if isinstance(w, W_Module):
            return "<module '" + w.name + "'>"
        if w is self.w_NotImplemented:
            return "NotImplemented"
        if w is self.w_Ellipsis:
            return "Ellipsis"
        if isinstance(w, W_Cell):
            return "<cell at " + self.addr(w) + ">"
        if isinstance(w, W_Property):
            return "<property object at " + self.addr(w) + ">"
        if isinstance(w, W_GetSet):
            return "<" + ("member '" if w.member else "attribute '") + w.name + "' of '" + w.w_owner.name + \
                "' objects>"
        if isinstance(w, W_Super):
            return "<super: <class '" + w.w_starttype.name + "'>, <" + w.w_objtype.name + " object>>"
        if w.type_index() == T_GENERATOR:
            return "<generator object " + self.generator_name(w) + " at " + self.addr(w) + ">"
        return self.object_repr(w)

    def type_repr(self, w: W_TypeObject) -> str:
        """type.__repr__ (without a metaclass's __repr__)."""
        mod = w.module
        if w.is_heaptype:
            w_m = w.dict_w.get("__module__", None)
            if isinstance(w_m, W_StrObject):
                mod = w_m.value
        if mod == "builtins":
            return "<class '" + w.qualname + "'>"
        return "<class '" + mod + "." + w.qualname + "'>"

    def generator_name(self, w: W_Root) -> str:
        w_n = self.getattr_or_null(w, "__qualname__")
        if isinstance(w_n, W_StrObject):
            return w_n.value
        return "?"

    def addr(self, w: W_Root) -> str:
        return "0x" + hex(compute_identity_hash(w) << 4)[2:].rjust(12, "0")

    def object_repr(self, w: W_Root) -> str:
        w_type = self.type(w)
        if w_type.module == "builtins":
            return "<" + w_type.qualname + " object at " + self.addr(w) + ">"
        return "<" + w_type.module + "." + w_type.qualname + " object at " + self.addr(w) + ">"

    def exception_repr(self, w: W_BaseException) -> str:
        name = w.map.w_type.name
        if len(w.args_w) == 1:
            return name + "(" + self.repr(w.args_w[0]) + ")"
        return name + self.repr_seq(w, w.args_w, "(", ")")

    def check_repr_depth(self) -> None:
        """Nested reprs count against the recursion limit, as in CPython."""
        if len(self.repr_stack) >= self.recursion_limit:
            raise self.error(self.w_RecursionError,
                             "maximum recursion depth exceeded while getting the repr of an object")

    def repr_seq(self, w_owner: W_Root, items_w: list[W_Root], left: str, right: str) -> str:
        for w_x in self.repr_stack:
            if w_x is w_owner:
                return left + "..." + right
        self.check_repr_depth()
        self.repr_stack.append(w_owner)
        try:
            parts: list[str] = []
            for w_item in items_w:
                parts.append(self.repr(w_item))
            return left + ", ".join(parts) + right
        finally:
            self.repr_stack.pop()

    def repr_dict(self, w: W_DictObject) -> str:
        for w_x in self.repr_stack:
            if w_x is w:
                return "{...}"
        self.check_repr_depth()
        self.repr_stack.append(w)
        try:
            parts: list[str] = []
            st = w.storage
            i = 0
            while i < len(st.keys_w):
                w_k = st.keys_w[i]
                w_v = st.values_w[i]
                if w_k is not None and w_v is not None:
                    parts.append(self.repr(w_k) + ": " + self.repr(w_v))
                i += 1
            return "{" + ", ".join(parts) + "}"
        finally:
            self.repr_stack.pop()

    def str(self, w: W_Root) -> str:
        if isinstance(w, W_StrObject):
            return w.value
        if isinstance(w, W_Instance):
            w_m = w.map.w_type.lookup("__str__")
            if w_m is not None and not isinstance(w_m, W_BuiltinFunction):
                w_r = self.call(self.bind(w_m, w, w.map.w_type), positional([]))
                if not isinstance(w_r, W_StrObject):
                    raise self.type_error("__str__ returned non-string (type " + self.type_name(w_r) + ")")
                return w_r.value
            if isinstance(w, W_BaseException):
                return self.exception_str(w)
            w_sb = instance_base(w)
            if isinstance(w_sb, W_StrObject):
                return w_sb.value
        return self.repr(w)

    def exception_str(self, w: W_BaseException) -> str:
        if w.map.w_type.issubtype(self.w_KeyError) and len(w.args_w) == 1:
            return self.repr(w.args_w[0])
        if w.map.w_type.issubtype(self.w_OSError) and len(w.args_w) == 2 and isinstance(w.args_w[0], W_IntObject):
            text = "[Errno " + self.str(w.args_w[0]) + "] " + self.str(w.args_w[1])
            w_fn = w.getattr_local("filename")
            if w_fn is not None and w_fn is not self.w_None:
                text += ": " + self.repr(w_fn)
                w_fn2 = w.getattr_local("filename2")
                if w_fn2 is not None and w_fn2 is not self.w_None:
                    text += " -> " + self.repr(w_fn2)
            return text
        if len(w.args_w) == 0:
            return ""
        if len(w.args_w) == 1:
            return self.str(w.args_w[0])
        if w.map.w_type.issubtype(self.w_OSError) and len(w.args_w) <= 5:
            # "[Errno 2] No such file or directory: 'name'" (filename set
            # by the OS functions, or given as the third argument)
            text = "[Errno " + self.str(w.args_w[0]) + "] " + self.str(w.args_w[1])
            w_fn = self.exception_attr(w, "filename")
            w_local = w.getattr_local("filename")
            if w_local is not None:
                w_fn = w_local
            if w_fn is not None and w_fn is not self.w_None:
                text += ": " + self.repr(w_fn)
                w_fn2 = self.exception_attr(w, "filename2")
                if w_fn2 is not None and w_fn2 is not self.w_None:
                    text += " -> " + self.repr(w_fn2)
            return text
        return self.repr_seq(w, w.args_w, "(", ")")

    def wrap_str(self, w: W_Root) -> W_StrObject:
        if isinstance(w, W_StrObject):
            return w
        return self.newstr(self.str(w))

    # ------------------------------------------------------------------
    # output (buffered; flushed at exit and before stderr writes)

    def write_stdout(self, s: str) -> None:
        self.out_parts.append(s)
        self.out_size += len(s)
        if self.out_size > 8192 or self.unbuffered:
            self.flush_stdout()

    def flush_stdout(self) -> None:
        if len(self.out_parts) > 0:
            sys.stdout.write("".join(self.out_parts))
            sys.stdout.flush()
            self.out_parts = []
            self.out_size = 0

    def write_stderr(self, s: str) -> None:
        self.flush_stdout()
        sys.stderr.write(s)
        sys.stderr.flush()
