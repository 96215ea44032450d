"""compile(), exec() and eval()."""

from interpreter.objspace.root import W_Root, OperationError, Args
from interpreter.objspace.space import Space, W_BuiltinFunction
from interpreter.objspace.strobject import W_StrObject
from interpreter.objspace.bytesobject import W_BytesObject
from interpreter.objspace.dictobject import W_DictObject
from interpreter.objspace.instance import W_BaseException
from interpreter.objspace.moduleobject import W_Module
from interpreter.objspace.bytesmethods import is_bytes_like, buf_w
from interpreter.bytecode import CodeObject
from interpreter.tokenizer import ParseError
from interpreter.compiler import compile_module, compile_eval, CompileError
from interpreter import parser
from interpreter.eval import ExecutionContext, Frame


def syntax_error(space: Space, kind: str, msg: str, filename: str, lineno: int, offset: int,
                 text: str) -> OperationError:
    w_t = space.exc_types.get(kind, space.w_SyntaxError)
    w_e = space.new_exception(w_t, [space.newstr(msg)])
    assert isinstance(w_e, W_BaseException)
    w_e.setattr_local("filename", space.newstr(filename))
    w_e.setattr_local("lineno", space.newint(lineno))
    w_e.setattr_local("offset", space.newint(offset))
    w_e.setattr_local("text", space.newstr(text))
    return OperationError(w_e)


def compile_source(space: Space, source: str, filename: str, mode: str) -> CodeObject:
    if mode != "exec" and mode != "eval" and mode != "single":
        raise space.value_error("compile() mode must be 'exec', 'eval' or 'single'")
    if mode == "eval":
        source = source.strip(" \t\n")
    try:
        mod = parser.parse_module(source, filename)
    except ParseError as e:
        raise syntax_error(space, e.kind, e.msg, filename, e.lineno, e.offset, e.text)
    try:
        if mode == "eval":
            return compile_eval(space, mod, filename)
        return compile_module(space, mod, filename, mode == "single")
    except CompileError as e:
        lines = source.split("\n")
        text = lines[e.lineno - 1] if 0 < e.lineno <= len(lines) else ""
        raise syntax_error(space, "SyntaxError", e.msg, filename, e.lineno, e.offset, text)


def source_of(space: Space, w_src: W_Root, what: str) -> str:
    if isinstance(w_src, W_StrObject):
        return w_src.value
    if is_bytes_like(w_src):
        return buf_w(space, w_src).decode("utf-8")
    raise space.type_error(what + "() arg 1 must be a string, bytes or code object")


def b_compile(space: Space, args: Args) -> W_Root:
    a = list(args.args_w)
    names = ["source", "filename", "mode", "flags", "dont_inherit", "optimize"]
    k = 0
    while k < len(args.kw_names):
        j = 0
        while j < len(names):
            if names[j] == args.kw_names[k]:
                while len(a) <= j:
                    a.append(space.w_None)
                a[j] = args.kw_values[k]
            j += 1
        k += 1
    if len(a) < 3:
        raise space.type_error("compile() missing required argument 'mode' (pos 3)")
    w_src = a[0]
    if isinstance(w_src, CodeObject):
        return w_src
    src = source_of(space, w_src, "compile")
    return compile_source(space, src, space.str_w(a[1]), space.str_w(a[2]))


def caller_frame(space: Space) -> Frame:
    f = space.engine.current_frame_info()
    assert isinstance(f, Frame)
    return f


def frame_locals(space: Space, f: Frame) -> dict[str, W_Root]:
    ld = f.locals_dict
    if ld is not None:
        return ld
    d: dict[str, W_Root] = {}
    i = 0
    while i < len(f.code.varnames):
        w_v = f.locals_w[i]
        if w_v is not space.w_null:
            d[f.code.varnames[i]] = w_v
        i += 1
    j = 0
    names = f.code.cellvars + f.code.freevars
    while j < len(names) and j < len(f.cells):
        w_c = f.cells[j].w_value
        if w_c is not None:
            d[names[j]] = w_c
        j += 1
    return d


def strdict_of(space: Space, w_d: W_Root, what: str) -> dict[str, W_Root]:
    if not isinstance(w_d, W_DictObject):
        raise space.type_error(what + " must be a dict, not " + space.type_name(w_d))
    d: dict[str, W_Root] = {}
    st = w_d.storage
    i = 0
    while i < len(st.keys_w):
        w_k = st.keys_w[i]
        w_v = st.values_w[i]
        if isinstance(w_k, W_StrObject) and w_v is not None:
            d[w_k.value] = w_v
        i += 1
    return d


def copy_back(space: Space, d: dict[str, W_Root], w_d: W_Root) -> None:
    if isinstance(w_d, W_DictObject):
        for k in d:
            space.dict_setitem_str(w_d, k, d[k])


def run(space: Space, args: Args, mode: str) -> W_Root:
    a = list(args.args_w)
    k = 0
    while k < len(args.kw_names):
        kn = args.kw_names[k]
        if kn == "globals":
            while len(a) < 2:
                a.append(space.w_None)
            a[1] = args.kw_values[k]
        elif kn == "locals":
            while len(a) < 3:
                a.append(space.w_None)
            a[2] = args.kw_values[k]
        else:
            raise space.type_error(mode + "() got an unexpected keyword argument '" + kn + "'")
        k += 1
    if len(a) < 1 or len(a) > 3:
        raise space.type_error(mode + " expected at most 3 arguments, got " + str(len(a)))
    w_src = a[0]
    code: CodeObject
    if isinstance(w_src, CodeObject):
        code = w_src
    else:
        code = compile_source(space, source_of(space, w_src, mode), "<string>", mode)
    w_g: W_Root = a[1] if len(a) > 1 else space.w_None
    w_l: W_Root = a[2] if len(a) > 2 else space.w_None
    w_gobj: W_DictObject
    g: dict[str, W_Root]
    loc: dict[str, W_Root]
    user_g = False
    user_l = False
    if w_g is space.w_None:
        f = caller_frame(space)
        w_gobj = f.w_globals_obj
        g = f.w_globals
        if w_l is space.w_None:
            loc = frame_locals(space, f)
        else:
            loc = strdict_of(space, w_l, "locals")
            user_l = True
    else:
        if not isinstance(w_g, W_DictObject):
            raise space.type_error("globals must be a dict, not " + space.type_name(w_g))
        # the user's dict is the frame's globals: it gets a str mirror, and
        # writes go through the dict, so it sees every change live
        w_gobj = w_g
        g = w_g.storage.enable_strmap()
        user_g = True
        if w_l is space.w_None or w_l is w_g:
            loc = g
        else:
            loc = strdict_of(space, w_l, "locals")
            user_l = True
    if user_g and "__builtins__" not in g:
        w_bm = space.modules.get("builtins", None)
        if w_bm is not None:
            w_gobj.storage.set_str("__builtins__", w_bm)
    ec = space.engine
    assert isinstance(ec, ExecutionContext)
    frame = Frame(code, w_gobj, loc, space.w_null)
    ec.push_frame(frame)
    try:
        w_res = ec.execute(frame, None)
    finally:
        if user_l:
            copy_back(space, loc, w_l)
    if mode == "exec":
        return space.w_None
    return w_res


def b_exec(space: Space, args: Args) -> W_Root:
    return run(space, args, "exec")


def b_eval(space: Space, args: Args) -> W_Root:
    return run(space, args, "eval")


def b_import(space: Space, args: Args) -> W_Root:
    a = list(args.args_w)
    names = ["name", "globals", "locals", "fromlist", "level"]
    k = 0
    while k < len(args.kw_names):
        j = 0
        found = False
        while j < len(names):
            if names[j] == args.kw_names[k]:
                while len(a) <= j:
                    a.append(space.w_None)
                a[j] = args.kw_values[k]
                found = True
            j += 1
        if not found:
            raise space.type_error("__import__() got an unexpected keyword argument '" + args.kw_names[k] + "'")
        k += 1
    if len(a) < 1:
        raise space.type_error("__import__() missing required argument 'name' (pos 1)")
    name = space.str_w(a[0])
    w_fromlist: W_Root = a[3] if len(a) > 3 else space.w_None
    if w_fromlist is not space.w_None and not space.is_true(w_fromlist):
        w_fromlist = space.w_None
    level = space.int_w(a[4]) if len(a) > 4 and a[4] is not space.w_None else 0
    ec = space.engine
    assert isinstance(ec, ExecutionContext)
    return ec.import_name(caller_frame(space), name, w_fromlist, level)


def install(space: Space) -> None:
    space.builtins["__import__"] = W_BuiltinFunction("__import__", b_import, "")
    if "builtins" not in space.modules:
        space.builtins["__name__"] = space.newstr("builtins")
        space.modules["builtins"] = W_Module("builtins", space.builtins)
    space.builtins["compile"] = W_BuiltinFunction("compile", b_compile, "")
    space.builtins["exec"] = W_BuiltinFunction("exec", b_exec, "")
    space.builtins["eval"] = W_BuiltinFunction("eval", b_eval, "")
