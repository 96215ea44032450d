"""Methods of the builtin types, installed into their type dicts by
`install(space)`. Each is fn(space, args) with the receiver in
args.args_w[0]."""

from typing import Callable

from rlib.objectmodel import compute_identity_hash

from interpreter.objspace.root import W_Root, Args, positional
from interpreter.objspace.space import Space, W_BuiltinFunction
from interpreter.objspace.typeobject import W_TypeObject
from interpreter.objspace.intobject import W_IntObject
from interpreter.objspace.floatobject import W_FloatObject
from interpreter.objspace.strobject import W_StrObject
from interpreter.objspace.listobject import W_ListObject
from interpreter.objspace.tupleobject import W_TupleObject
from interpreter.objspace.dictobject import W_DictObject, W_DictView, VIEW_KEYS, VIEW_VALUES, VIEW_ITEMS
from interpreter.objspace.setobject import W_SetObject
from interpreter.objspace.funcobject import W_Property, W_Function
from interpreter.objspace.instance import W_Instance, W_BaseException, instance_dict_or_none
from interpreter.objspace.iterobject import W_RangeObject
from interpreter.objspace import formatting
from interpreter import bytecode as bc


def nargs(space: Space, args: Args, name: str, lo: int, hi: int) -> list[W_Root]:
    """Positional arguments after the receiver, checked against [lo, hi]."""
    if len(args.kw_names) > 0:
        qual = name
        if name.find(".") < 0 and len(args.args_w) > 0:
            qual = args.args_w[0].type_name() + "." + name
        raise space.type_error(qual + "() takes no keyword arguments")
    n = len(args.args_w) - 1
    if n < lo or n > hi:
        if lo == hi:
            if lo == 0:
                raise space.type_error(name + "() takes no arguments (" + str(n) + " given)")
            if lo == 1:
                raise space.type_error(name + "() takes exactly one argument (" + str(n) + " given)")
            raise space.type_error(name + "() takes exactly " + str(lo) + " arguments (" + str(n) + " given)")
        if n < lo:
            raise space.type_error(name + " expected at least " + str(lo) + " argument" +
                                   ("" if lo == 1 else "s") + ", got " + str(n))
        raise space.type_error(name + " expected at most " + str(hi) + " argument" +
                               ("" if hi == 1 else "s") + ", got " + str(n))
    return args.args_w[1:]


def nargs_kw(space: Space, args: Args, name: str, lo: int, hi: int, names: list[str]) -> list[W_Root]:
    """Like nargs, but the keywords in `names` fill the positional slots
    of the same index (earlier unfilled slots become None = default)."""
    if len(args.kw_names) == 0:
        return nargs(space, args, name, lo, hi)
    a = list(args.args_w[1:])
    n = len(a)
    if n + len(args.kw_names) > hi:
        raise space.type_error(name + "() takes at most " + str(hi) + " argument" +
                               ("" if hi == 1 else "s") + " (" + str(n + len(args.kw_names)) + " given)")
    i = 0
    while i < len(args.kw_names):
        kn = args.kw_names[i]
        j = 0
        while j < len(names) and names[j] != kn:
            j += 1
        if j >= len(names):
            raise space.type_error("'" + kn + "' is an invalid keyword argument for " + name + "()")
        if j < n:
            raise space.type_error("argument for " + name + "() given by name ('" + kn +
                                   "') and position (" + str(j + 1) + ")")
        while len(a) <= j:
            a.append(space.w_None)
        a[j] = args.kw_values[i]
        i += 1
    return a


def self_str(space: Space, args: Args) -> str:
    w = args.args_w[0]
    if not isinstance(w, W_StrObject):
        raise space.type_error("descriptor requires a 'str' object but received a '" + space.type_name(w) + "'")
    return w.value


def self_list(space: Space, args: Args) -> W_ListObject:
    w = args.args_w[0]
    if not isinstance(w, W_ListObject):
        raise space.type_error("descriptor requires a 'list' object but received a '" + space.type_name(w) + "'")
    return w


def self_dict(space: Space, args: Args) -> W_DictObject:
    w = args.args_w[0]
    if not isinstance(w, W_DictObject):
        raise space.type_error("descriptor requires a 'dict' object but received a '" + space.type_name(w) + "'")
    return w


def self_set(space: Space, args: Args) -> W_SetObject:
    w = args.args_w[0]
    if not isinstance(w, W_SetObject):
        raise space.type_error("descriptor requires a 'set' object but received a '" + space.type_name(w) + "'")
    return w


def opt_int(space: Space, a: list[W_Root], i: int, default: int) -> int:
    if i < len(a) and a[i] is not space.w_None:
        return space.int_w(a[i])
    return default


def wrap_strs(space: Space, items: list[str]) -> W_ListObject:
    res: list[W_Root] = []
    for s in items:
        res.append(space.newstr(s))
    return space.newlist(res)


# ---------------------------------------------------------------- str

def str_format(space: Space, args: Args) -> W_Root:
    fmt = self_str(space, args)
    auto: list[int] = [0]
    return space.newstr(_str_format(space, fmt, args.args_w[1:], args, auto))


def _str_format(space: Space, fmt: str, pos_w: list[W_Root], args: Args, auto: list[int]) -> str:
    """fmt.format(*pos_w, **kwargs of args); auto[0] is the next automatic
    field number (shared with the nested fields of the specs)."""
    out: list[str] = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "{":
            if i + 1 < n and fmt[i + 1] == "{":
                out.append("{")
                i += 2
                continue
            depth = 1
            j = i + 1
            while j < n and depth > 0:
                if fmt[j] == "{":
                    depth += 1
                elif fmt[j] == "}":
                    depth -= 1
                j += 1
            if depth > 0:
                raise space.value_error("expected '}' before end of string")
            field = fmt[i + 1:j - 1]
            i = j
            conv = ""
            spec = ""
            colon = _field_split(field)
            if colon >= 0:
                spec = field[colon + 1:]
                field = field[:colon]
            bang = field.find("!")
            if bang >= 0:
                conv = field[bang + 1:]
                field = field[:bang]
            w_v = _format_field(space, field, pos_w, args, auto[0])
            if field == "" or (len(field) > 0 and (field[0] == "." or field[0] == "[")):
                auto[0] += 1
            if "{" in spec:
                spec = _str_format(space, spec, pos_w, args, auto)
            if conv == "r":
                w_v = space.newstr(space.repr(w_v))
            elif conv == "s":
                w_v = space.newstr(space.str(w_v))
            elif conv == "a":
                w_v = space.newstr(formatting.ascii_of(space.repr(w_v)))
            out.append(formatting.format_value(space, w_v, spec))
        elif c == "}":
            if i + 1 < n and fmt[i + 1] == "}":
                out.append("}")
                i += 2
                continue
            raise space.value_error("Single '}' encountered in format string")
        else:
            j = i
            while j < n and fmt[j] != "{" and fmt[j] != "}":
                j += 1
            out.append(fmt[i:j])
            i = j
    return "".join(out)


def _field_split(field: str) -> int:
    depth = 0
    i = 0
    while i < len(field):
        c = field[i]
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
        elif c == ":" and depth == 0:
            return i
        i += 1
    return -1


def _format_field(space: Space, field: str, pos_w: list[W_Root], args: Args, auto: int) -> W_Root:
    i = 0
    while i < len(field) and field[i] != "." and field[i] != "[":
        i += 1
    head = field[:i]
    rest = field[i:]
    if head == "":
        if auto >= len(pos_w):
            raise space.index_error("Replacement index " + str(auto) + " out of range for positional args tuple")
        w_v = pos_w[auto]
    elif head.isdigit():
        k = int(head)
        if k >= len(pos_w):
            raise space.index_error("Replacement index " + str(k) + " out of range for positional args tuple")
        w_v = pos_w[k]
    else:
        w_kv = args.get_kw(head)
        if w_kv is None:
            raise space.key_error(space.newstr(head))
        w_v = w_kv
    while rest != "":
        if rest[0] == ".":
            j = 1
            while j < len(rest) and rest[j] != "." and rest[j] != "[":
                j += 1
            w_v = space.getattr(w_v, rest[1:j])
            rest = rest[j:]
        else:
            j = rest.find("]")
            key = rest[1:j]
            if key.isdigit():
                w_v = space.getitem(w_v, space.newint(int(key)))
            else:
                w_v = space.getitem(w_v, space.newstr(key))
            rest = rest[j + 1:]
    return w_v


def str_format_map(space: Space, args: Args) -> W_Root:
    a = nargs(space, args, "format_map", 1, 1)
    w_d = a[0]
    names: list[str] = []
    values: list[W_Root] = []
    if isinstance(w_d, W_DictObject):
        for w_k in w_d.storage.live_keys():
            names.append(space.str_w(w_k))
            values.append(space.getitem(w_d, w_k))
    return str_format(space, Args([args.args_w[0]], names, values))


# ---------------------------------------------------------------- list

def list_append(space: Space, args: Args) -> W_Root:
    w_l = self_list(space, args)
    a = nargs(space, args, "list.append", 1, 1)
    w_l.items_w.append(a[0])
    return space.w_None


def list_extend(space: Space, args: Args) -> W_Root:
    w_l = self_list(space, args)
    a = nargs(space, args, "list.extend", 1, 1)
    w_l.items_w.extend(space.unpack_iterable(a[0]))
    return space.w_None


def list_pop(space: Space, args: Args) -> W_Root:
    w_l = self_list(space, args)
    a = nargs(space, args, "pop", 0, 1)
    items = w_l.items_w
    if len(items) == 0:
        raise space.index_error("pop from empty list")
    i = opt_int(space, a, 0, -1)
    if i < 0:
        i += len(items)
    if i < 0 or i >= len(items):
        raise space.index_error("pop index out of range")
    return items.pop(i)


def list_insert(space: Space, args: Args) -> W_Root:
    w_l = self_list(space, args)
    a = nargs(space, args, "insert", 2, 2)
    i = space.int_w(a[0])
    n = len(w_l.items_w)
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    w_l.items_w.insert(i, a[1])
    return space.w_None


def list_remove(space: Space, args: Args) -> W_Root:
    w_l = self_list(space, args)
    a = nargs(space, args, "list.remove", 1, 1)
    i = 0
    while i < len(w_l.items_w):
        if space.eq_w(w_l.items_w[i], a[0]):
            del w_l.items_w[i]
            return space.w_None
        i += 1
    raise space.value_error("list.remove(x): x not in list")


def list_index(space: Space, args: Args) -> W_Root:
    w_l = self_list(space, args)
    a = nargs(space, args, "index", 1, 3)
    start = opt_int(space, a, 1, 0)
    stop = opt_int(space, a, 2, len(w_l.items_w))
    n = len(w_l.items_w)
    if start < 0:
        start = max(start + n, 0)
    if stop < 0:
        stop += n
    i = start
    while i < min(stop, len(w_l.items_w)):
        if space.eq_w(w_l.items_w[i], a[0]):
            return space.newint(i)
        i += 1
    raise space.value_error(space.repr(a[0]) + " is not in list")


def list_count(space: Space, args: Args) -> W_Root:
    w_l = self_list(space, args)
    a = nargs(space, args, "list.count", 1, 1)
    c = 0
    for w_x in list(w_l.items_w):
        if space.eq_w(w_x, a[0]):
            c += 1
    return space.newint(c)


def list_reverse(space: Space, args: Args) -> W_Root:
    w_l = self_list(space, args)
    nargs(space, args, "reverse", 0, 0)
    w_l.items_w.reverse()
    return space.w_None


def list_copy(space: Space, args: Args) -> W_Root:
    return space.newlist(list(self_list(space, args).items_w))


def list_clear(space: Space, args: Args) -> W_Root:
    w_l = self_list(space, args)
    del w_l.items_w[:]
    return space.w_None


def sort_list(space: Space, items: list[W_Root], w_key: W_Root | None, reverse: bool) -> list[W_Root]:
    """Stable merge sort using `<` of the items (or of their keys)."""
    keys: list[W_Root] = items
    if w_key is not None and w_key is not space.w_None:
        keys = []
        for w_x in items:
            keys.append(space.call(w_key, positional([w_x])))
    n = len(items)
    idx: list[int] = []
    i = 0
    while i < n:
        idx.append(n - 1 - i if reverse else i)
        i += 1
    idx = _merge_sort(space, idx, keys, reverse)
    res: list[W_Root] = []
    for j in idx:
        res.append(items[j])
    if reverse:
        res.reverse()
    return res


def _lt(space: Space, w_a: W_Root, w_b: W_Root) -> bool:
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        return w_a.intval < w_b.intval
    if isinstance(w_a, W_StrObject) and isinstance(w_b, W_StrObject):
        return w_a.value < w_b.value
    return space.is_true(space.compare(bc.CMP_LT, w_a, w_b))


def _merge_sort(space: Space, idx: list[int], keys: list[W_Root], reverse: bool) -> list[int]:
    n = len(idx)
    if n <= 1:
        return idx
    # insertion sort for short runs
    if n <= 8:
        res = list(idx)
        i = 1
        while i < n:
            x = res[i]
            j = i - 1
            while j >= 0 and _lt(space, keys[x], keys[res[j]]):
                res[j + 1] = res[j]
                j -= 1
            res[j + 1] = x
            i += 1
        return res
    mid = n // 2
    left = _merge_sort(space, idx[:mid], keys, reverse)
    right = _merge_sort(space, idx[mid:], keys, reverse)
    out: list[int] = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if _lt(space, keys[right[j]], keys[left[i]]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    while i < len(left):
        out.append(left[i])
        i += 1
    while j < len(right):
        out.append(right[j])
        j += 1
    return out


def list_sort(space: Space, args: Args) -> W_Root:
    w_l = self_list(space, args)
    if len(args.args_w) > 1:
        raise space.type_error("sort() takes no positional arguments")
    w_key = args.get_kw("key")
    w_rev = args.get_kw("reverse")
    rev = w_rev is not None and space.is_true(w_rev)
    items = w_l.items_w
    w_l.items_w = []
    try:
        res = sort_list(space, items, w_key, rev)
    finally:
        if len(w_l.items_w) > 0:
            w_l.items_w = items
            raise space.value_error("list modified during sort")
    w_l.items_w = res
    return space.w_None


# ---------------------------------------------------------------- tuple

def tuple_index(space: Space, args: Args) -> W_Root:
    w_t = args.args_w[0]
    assert isinstance(w_t, W_TupleObject)
    a = nargs(space, args, "index", 1, 3)
    i = 0
    while i < len(w_t.items_w):
        if space.eq_w(w_t.items_w[i], a[0]):
            return space.newint(i)
        i += 1
    raise space.value_error("tuple.index(x): x not in tuple")


def tuple_count(space: Space, args: Args) -> W_Root:
    w_t = args.args_w[0]
    assert isinstance(w_t, W_TupleObject)
    a = nargs(space, args, "count", 1, 1)
    c = 0
    for w_x in w_t.items_w:
        if space.eq_w(w_x, a[0]):
            c += 1
    return space.newint(c)


# ---------------------------------------------------------------- dict

def dict_keys(space: Space, args: Args) -> W_Root:
    return W_DictView(self_dict(space, args), VIEW_KEYS)


def dict_values(space: Space, args: Args) -> W_Root:
    return W_DictView(self_dict(space, args), VIEW_VALUES)


def dict_items(space: Space, args: Args) -> W_Root:
    return W_DictView(self_dict(space, args), VIEW_ITEMS)


def dict_get(space: Space, args: Args) -> W_Root:
    w_d = self_dict(space, args)
    a = nargs(space, args, "get", 1, 2)
    w_v = space.storage_get(w_d.storage, a[0])
    if w_v is None:
        return a[1] if len(a) > 1 else space.w_None
    return w_v


def dict_setdefault(space: Space, args: Args) -> W_Root:
    w_d = self_dict(space, args)
    a = nargs(space, args, "setdefault", 1, 2)
    w_v = space.storage_get(w_d.storage, a[0])
    if w_v is not None:
        return w_v
    w_new = a[1] if len(a) > 1 else space.w_None
    space.dict_setitem(w_d, a[0], w_new)
    return w_new


def dict_pop(space: Space, args: Args) -> W_Root:
    w_d = self_dict(space, args)
    a = nargs(space, args, "pop", 1, 2)
    w_v = space.storage_get(w_d.storage, a[0])
    if w_v is None:
        if len(a) > 1:
            return a[1]
        raise space.key_error(a[0])
    space.storage_delete(w_d.storage, a[0])
    return w_v


def dict_popitem(space: Space, args: Args) -> W_Root:
    w_d = self_dict(space, args)
    st = w_d.storage
    i = len(st.keys_w) - 1
    while i >= 0:
        w_k = st.keys_w[i]
        w_v = st.values_w[i]
        if w_k is not None and w_v is not None:
            st.remove_at(i)
            return space.newtuple([w_k, w_v])
        i -= 1
    raise space.error(space.w_KeyError, "popitem(): dictionary is empty")


def dict_update(space: Space, args: Args) -> W_Root:
    w_d = self_dict(space, args)
    if len(args.args_w) > 2:
        raise space.type_error("update expected at most 1 argument, got " + str(len(args.args_w) - 1))
    if len(args.args_w) == 2:
        space.dict_update(w_d, args.args_w[1])
    i = 0
    while i < len(args.kw_names):
        space.dict_setitem_str(w_d, args.kw_names[i], args.kw_values[i])
        i += 1
    return space.w_None


def dict_copy(space: Space, args: Args) -> W_Root:
    w_d = self_dict(space, args)
    w_new = W_DictObject()
    w_new.storage = w_d.storage.copy()
    return w_new


def dict_clear(space: Space, args: Args) -> W_Root:
    self_dict(space, args).storage.clear()
    return space.w_None


def dict_fromkeys(space: Space, args: Args) -> W_Root:
    a = args.args_w
    if len(a) < 1:
        raise space.type_error("fromkeys expected at least 1 argument, got 0")
    w_v = a[1] if len(a) > 1 else space.w_None
    w_d = space.newdict()
    for w_k in space.unpack_iterable(a[0]):
        space.dict_setitem(w_d, w_k, w_v)
    return w_d


# ---------------------------------------------------------------- set

def set_add(space: Space, args: Args) -> W_Root:
    w_s = self_set(space, args)
    a = nargs(space, args, "set.add", 1, 1)
    space.set_add(w_s, a[0])
    return space.w_None


def set_discard(space: Space, args: Args) -> W_Root:
    w_s = self_set(space, args)
    a = nargs(space, args, "set.discard", 1, 1)
    space.storage_delete(w_s.storage, a[0])
    return space.w_None


def set_remove(space: Space, args: Args) -> W_Root:
    w_s = self_set(space, args)
    a = nargs(space, args, "set.remove", 1, 1)
    if not space.storage_delete(w_s.storage, a[0]):
        raise space.key_error(a[0])
    return space.w_None


def set_pop(space: Space, args: Args) -> W_Root:
    w_s = self_set(space, args)
    st = w_s.storage
    if st.used == 0:
        raise space.error(space.w_KeyError, "pop from an empty set")
    pos = st.pop_slot()
    w_k = st.keys_w[pos]
    assert w_k is not None
    st.remove_at(pos)
    return w_k


def set_clear(space: Space, args: Args) -> W_Root:
    self_set(space, args).storage.clear()
    return space.w_None


def set_copy(space: Space, args: Args) -> W_Root:
    w_s = self_set(space, args)
    if w_s.frozen and args.args_w[0] is w_s:
        return w_s
    return space.set_copy(w_s, w_s.frozen)


def set_union(space: Space, args: Args) -> W_Root:
    w_s = self_set(space, args)
    w_res = space.set_copy(w_s, w_s.frozen)
    for w_o in args.args_w[1:]:
        if w_o is not w_s:
            space.set_update_from(w_res.storage, w_o)
    return w_res


def _intersection_multi(space: Space, w_s: W_SetObject, others_w: list[W_Root]) -> W_SetObject:
    if len(others_w) == 0:
        return space.set_copy(w_s, w_s.frozen)
    w_res = w_s
    for w_o in others_w:
        w_res = space.set_intersection(w_res, w_o)
    return w_res


def set_intersection(space: Space, args: Args) -> W_Root:
    return _intersection_multi(space, self_set(space, args), args.args_w[1:])


def set_difference(space: Space, args: Args) -> W_Root:
    w_s = self_set(space, args)
    others_w = args.args_w[1:]
    if len(others_w) == 0:
        return space.set_copy(w_s, w_s.frozen)
    w_res = space.set_difference(w_s, others_w[0])
    for w_o in others_w[1:]:
        space.set_difference_update(w_res.storage, w_o)
    return w_res


def set_symmetric_difference(space: Space, args: Args) -> W_Root:
    w_s = self_set(space, args)
    a = nargs(space, args, "symmetric_difference", 1, 1)
    return space.set_symmetric_difference(w_s, a[0])


def set_update(space: Space, args: Args) -> W_Root:
    w_s = self_set(space, args)
    for w_o in args.args_w[1:]:
        space.set_update_from(w_s.storage, w_o)
    return space.w_None


def set_intersection_update(space: Space, args: Args) -> W_Root:
    w_s = self_set(space, args)
    w_r = _intersection_multi(space, w_s, args.args_w[1:])
    w_s.storage.swap_with(w_r.storage)
    return space.w_None


def set_difference_update(space: Space, args: Args) -> W_Root:
    w_s = self_set(space, args)
    for w_o in args.args_w[1:]:
        space.set_difference_update(w_s.storage, w_o)
    return space.w_None


def set_symmetric_difference_update(space: Space, args: Args) -> W_Root:
    w_s = self_set(space, args)
    a = nargs(space, args, "symmetric_difference_update", 1, 1)
    space.set_symmetric_difference_update(w_s.storage, a[0])
    return space.w_None


def _as_set(space: Space, w: W_Root) -> W_SetObject:
    if isinstance(w, W_SetObject):
        return w
    return space.newset_from(space.unpack_iterable(w), False)


def set_issubset(space: Space, args: Args) -> W_Root:
    a = nargs(space, args, "issubset", 1, 1)
    return space.newbool(space.set_issubset(self_set(space, args), _as_set(space, a[0])))


def set_issuperset(space: Space, args: Args) -> W_Root:
    a = nargs(space, args, "issuperset", 1, 1)
    return space.newbool(space.set_issubset(_as_set(space, a[0]), self_set(space, args)))


def set_isdisjoint(space: Space, args: Args) -> W_Root:
    a = nargs(space, args, "isdisjoint", 1, 1)
    w_s = self_set(space, args)
    for w_x in space.unpack_iterable(a[0]):
        if space.storage_contains(w_s.storage, w_x):
            return space.w_False
    return space.w_True


# ---------------------------------------------------------------- int, float, bytes, range

def float_is_integer(space: Space, args: Args) -> W_Root:
    w = args.args_w[0]
    assert isinstance(w, W_FloatObject)
    f = w.floatval
    return space.newbool(f - f == 0.0 and f == float(int(f)))


def range_index(space: Space, args: Args) -> W_Root:
    w = args.args_w[0]
    assert isinstance(w, W_RangeObject)
    a = nargs(space, args, "index", 1, 1)
    if space.contains(w, a[0]):
        return space.newint((space.int_w(a[0]) - w.start) // w.step)
    raise space.value_error(space.repr(a[0]) + " is not in range")


def range_count(space: Space, args: Args) -> W_Root:
    w = args.args_w[0]
    a = nargs(space, args, "count", 1, 1)
    return space.newint(1 if space.contains(w, a[0]) else 0)


# ---------------------------------------------------------------- object, BaseException, property

def object_init(space: Space, args: Args) -> W_Root:
    return space.w_None


def object_new(space: Space, args: Args) -> W_Root:
    if len(args.args_w) < 1:
        raise space.type_error("object.__new__(): not enough arguments")
    w_t = args.args_w[0]
    if not isinstance(w_t, W_TypeObject):
        raise space.type_error("object.__new__(X): X is not a type object (" + space.type_name(w_t) + ")")
    return space.allocate_instance(w_t, args.args_w[1:])


def object_repr(space: Space, args: Args) -> W_Root:
    return space.newstr(space.object_repr(args.args_w[0]))


def object_str(space: Space, args: Args) -> W_Root:
    return space.newstr(space.repr(args.args_w[0]))


def object_eq(space: Space, args: Args) -> W_Root:
    a = nargs(space, args, "__eq__", 1, 1)
    if args.args_w[0] is a[0]:
        return space.w_True
    return space.w_NotImplemented


def object_ne(space: Space, args: Args) -> W_Root:
    a = nargs(space, args, "__ne__", 1, 1)
    w_r = space.compare(bc.CMP_EQ, args.args_w[0], a[0])
    return space.newbool(not space.is_true(w_r))


def object_hash(space: Space, args: Args) -> W_Root:
    return space.newint(compute_identity_hash(args.args_w[0]))


def object_setattr(space: Space, args: Args) -> W_Root:
    a = nargs(space, args, "__setattr__", 2, 2)
    w_o = args.args_w[0]
    if isinstance(w_o, W_Instance):
        space.generic_setattr(w_o, space.str_w(a[0]), a[1])
    else:
        space.setattr(w_o, space.str_w(a[0]), a[1])
    return space.w_None


def object_getattribute(space: Space, args: Args) -> W_Root:
    a = nargs(space, args, "__getattribute__", 1, 1)
    w_o = args.args_w[0]
    name = space.str_w(a[0])
    if isinstance(w_o, W_Instance):
        w_r = space.generic_getattr(w_o, name)
        if w_r is None:
            raise space.attr_error(w_o, name)
        return w_r
    return space.getattr(w_o, name)


def object_delattr(space: Space, args: Args) -> W_Root:
    a = nargs(space, args, "__delattr__", 1, 1)
    w_o = args.args_w[0]
    name = space.str_w(a[0])
    if isinstance(w_o, W_Instance):
        if not w_o.delattr_local(name):
            raise space.attr_error(w_o, name)
        return space.w_None
    space.delattr(w_o, name)
    return space.w_None


def object_init_subclass(space: Space, args: Args) -> W_Root:
    return space.w_None


def object_format(space: Space, args: Args) -> W_Root:
    a = nargs(space, args, "__format__", 1, 1)
    spec = space.str_w(a[0])
    if spec != "":
        raise space.type_error("unsupported format string passed to " + space.type_name(args.args_w[0]) + ".__format__")
    return space.newstr(space.str(args.args_w[0]))


def object_dir(space: Space, args: Args) -> W_Root:
    w_o = args.args_w[0]
    names: list[str] = []
    if isinstance(w_o, W_Instance):
        for n in w_o.map.names:
            names.append(n)
        w_od = instance_dict_or_none(w_o)
        if w_od is not None:
            for w_k in w_od.storage.live_keys():
                if isinstance(w_k, W_StrObject):
                    names.append(w_k.value)
    names.append("__class__")
    names.append("__doc__")
    w_t = space.type(w_o)
    for w_b in w_t.mro_w:
        for k in w_b.dict_w:
            if k not in names:
                names.append(k)
    names.sort()
    return wrap_strs(space, names)


def exc_init(space: Space, args: Args) -> W_Root:
    w_e = args.args_w[0]
    if isinstance(w_e, W_BaseException):
        w_e.args_w = list(args.args_w[1:])
    return space.w_None


def exc_str(space: Space, args: Args) -> W_Root:
    w_e = args.args_w[0]
    assert isinstance(w_e, W_BaseException)
    return space.newstr(space.exception_str(w_e))


def exc_repr(space: Space, args: Args) -> W_Root:
    w_e = args.args_w[0]
    assert isinstance(w_e, W_BaseException)
    return space.newstr(space.exception_repr(w_e))


def exc_with_traceback(space: Space, args: Args) -> W_Root:
    return args.args_w[0]


def exc_add_note(space: Space, args: Args) -> W_Root:
    return space.w_None


def property_new(space: Space, args: Args) -> W_Root:
    a = args.args_w[1:]
    w_fget = a[0] if len(a) > 0 else args.get_kw("fget")
    w_fset = a[1] if len(a) > 1 else args.get_kw("fset")
    w_fdel = a[2] if len(a) > 2 else args.get_kw("fdel")
    w_doc = a[3] if len(a) > 3 else args.get_kw("doc")
    if w_fget is space.w_None:
        w_fget = None
    if w_fset is space.w_None:
        w_fset = None
    if w_fdel is space.w_None:
        w_fdel = None
    if w_doc is None and isinstance(w_fget, W_Function):
        w_doc = w_fget.code.docstring
    return W_Property(w_fget, w_fset, w_fdel, w_doc)


def property_getter(space: Space, args: Args) -> W_Root:
    w_p = args.args_w[0]
    assert isinstance(w_p, W_Property)
    a = nargs(space, args, "getter", 1, 1)
    w_doc = w_p.w_doc
    w_old = w_p.w_fget
    if isinstance(w_old, W_Function) and w_doc is not None and w_doc is w_old.code.docstring:
        # the doc came from the old getter: take the new one's
        w_new = a[0]
        w_doc = w_new.code.docstring if isinstance(w_new, W_Function) else None
    return W_Property(a[0], w_p.w_fset, w_p.w_fdel, w_doc)


def property_setter(space: Space, args: Args) -> W_Root:
    w_p = args.args_w[0]
    assert isinstance(w_p, W_Property)
    a = nargs(space, args, "setter", 1, 1)
    return W_Property(w_p.w_fget, a[0], w_p.w_fdel, w_p.w_doc)


def property_deleter(space: Space, args: Args) -> W_Root:
    w_p = args.args_w[0]
    assert isinstance(w_p, W_Property)
    a = nargs(space, args, "deleter", 1, 1)
    return W_Property(w_p.w_fget, w_p.w_fset, a[0], w_p.w_doc)


def property_get(space: Space, args: Args) -> W_Root:
    w_p = args.args_w[0]
    assert isinstance(w_p, W_Property)
    a = nargs(space, args, "__get__", 1, 2)
    if a[0] is space.w_None:
        return w_p
    w_g = w_p.w_fget
    if w_g is None:
        raise space.error(space.w_AttributeError, "unreadable attribute")
    return space.call(w_g, positional([a[0]]))


# ---------------------------------------------------------------- install

def method(space: Space, w_type: W_TypeObject, name: str, fn: Callable[[Space, Args], W_Root]) -> W_BuiltinFunction:
    w_f = W_BuiltinFunction(name, fn, w_type.name)
    w_type.dict_w[name] = w_f
    return w_f


def static(space: Space, w_type: W_TypeObject, name: str, fn: Callable[[Space, Args], W_Root]) -> W_BuiltinFunction:
    w_f = method(space, w_type, name, fn)
    w_f.is_static = True
    return w_f


def install(space: Space) -> None:
    w = space.w_str
    method(space, w, "format", str_format)
    method(space, w, "format_map", str_format_map)
    w = space.w_list
    method(space, w, "append", list_append)
    method(space, w, "extend", list_extend)
    method(space, w, "pop", list_pop)
    method(space, w, "insert", list_insert)
    method(space, w, "remove", list_remove)
    method(space, w, "index", list_index)
    method(space, w, "count", list_count)
    method(space, w, "reverse", list_reverse)
    method(space, w, "sort", list_sort)
    method(space, w, "copy", list_copy)
    method(space, w, "clear", list_clear)
    w = space.w_tuple
    method(space, w, "index", tuple_index)
    method(space, w, "count", tuple_count)
    w = space.w_dict
    method(space, w, "keys", dict_keys)
    method(space, w, "values", dict_values)
    method(space, w, "items", dict_items)
    method(space, w, "get", dict_get)
    method(space, w, "setdefault", dict_setdefault)
    method(space, w, "pop", dict_pop)
    method(space, w, "popitem", dict_popitem)
    method(space, w, "update", dict_update)
    method(space, w, "copy", dict_copy)
    method(space, w, "clear", dict_clear)
    static(space, w, "fromkeys", dict_fromkeys)
    for w in [space.w_set, space.w_frozenset]:
        method(space, w, "copy", set_copy)
        method(space, w, "union", set_union)
        method(space, w, "intersection", set_intersection)
        method(space, w, "difference", set_difference)
        method(space, w, "symmetric_difference", set_symmetric_difference)
        method(space, w, "issubset", set_issubset)
        method(space, w, "issuperset", set_issuperset)
        method(space, w, "isdisjoint", set_isdisjoint)
    w = space.w_set
    method(space, w, "add", set_add)
    method(space, w, "discard", set_discard)
    method(space, w, "remove", set_remove)
    method(space, w, "pop", set_pop)
    method(space, w, "clear", set_clear)
    method(space, w, "update", set_update)
    method(space, w, "intersection_update", set_intersection_update)
    method(space, w, "difference_update", set_difference_update)
    method(space, w, "symmetric_difference_update", set_symmetric_difference_update)
    # int.bit_length / int.conjugate: nummethods.install (big ints too)
    method(space, space.w_float, "is_integer", float_is_integer)
    method(space, space.w_range, "index", range_index)
    method(space, space.w_range, "count", range_count)
    w = space.w_object
    method(space, w, "__init__", object_init)
    static(space, w, "__new__", object_new)
    method(space, w, "__repr__", object_repr)
    method(space, w, "__str__", object_str)
    method(space, w, "__eq__", object_eq)
    method(space, w, "__ne__", object_ne)
    method(space, w, "__hash__", object_hash)
    method(space, w, "__setattr__", object_setattr)
    method(space, w, "__getattribute__", object_getattribute)
    method(space, w, "__delattr__", object_delattr)
    method(space, w, "__format__", object_format)
    method(space, w, "__dir__", object_dir)
    static(space, w, "__init_subclass__", object_init_subclass)
    w = space.w_BaseException
    method(space, w, "__init__", exc_init)
    method(space, w, "__str__", exc_str)
    method(space, w, "__repr__", exc_repr)
    method(space, w, "with_traceback", exc_with_traceback)
    method(space, w, "add_note", exc_add_note)
    w = space.w_property
    static(space, w, "__new__", property_new)
    method(space, w, "getter", property_getter)
    method(space, w, "setter", property_setter)
    method(space, w, "deleter", property_deleter)
    method(space, w, "__get__", property_get)
