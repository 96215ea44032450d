"""AST (pyast) -> code objects.

Two passes: `SymtableBuilder` walks the tree and records, per scope
(module, class, function/lambda, comprehension), which names are bound,
used, declared global/nonlocal; `Scope.resolve` decides for each name
whether it is local (fast slot), global, free (closure cell from an
enclosing function) or cell (local captured by an inner function).
`CodeGen` then emits bytecode (see bytecode.py) per scope.
"""

from interpreter import pyast
from interpreter import bytecode as bc
from interpreter.objspace.root import W_Root
from interpreter.objspace.space import Space
from interpreter.objspace.complexobject import W_ComplexObject
from rlib.rbigint import rbigint


class CompileError(Exception):
    def __init__(self, msg: str, lineno: int, offset: int) -> None:
        Exception.__init__(self)
        self.msg: str = msg
        self.lineno: int = lineno
        self.offset: int = offset


# symbol flags
DEF_LOCAL = 1
DEF_PARAM = 2
DEF_GLOBAL = 4
DEF_NONLOCAL = 8
USE = 16
DEF_COMP_GLOBAL = 32   # walrus in a comprehension at module level

# resolved scopes
SC_LOCAL = 1
SC_GLOBAL_EXPLICIT = 2
SC_GLOBAL_IMPLICIT = 3
SC_FREE = 4
SC_CELL = 5

KIND_MODULE = 0
KIND_FUNCTION = 1
KIND_CLASS = 2
KIND_COMPREHENSION = 3


class Scope:
    def __init__(self, name: str, kind: int, lineno: int, parent: "Scope | None") -> None:
        self.name: str = name
        self.kind: int = kind
        self.lineno: int = lineno
        self.parent: Scope | None = parent
        self.flags: dict[str, int] = {}
        self.order: list[str] = []
        self.params: list[str] = []
        self.children: list[Scope] = []
        self.resolved: dict[str, int] = {}
        self.is_generator: bool = False
        self.needs_class_cell: bool = False
        self.cellvars: list[str] = []
        self.freevars: list[str] = []
        self.qualname: str = name

    def add(self, name: str, flag: int) -> None:
        old = self.flags.get(name, -1)
        if old < 0:
            self.order.append(name)
            old = 0
        self.flags[name] = old | flag

    def is_function_like(self) -> bool:
        return self.kind == KIND_FUNCTION or self.kind == KIND_COMPREHENSION

    def lookup(self, name: str) -> int:
        r = self.resolved.get(name, 0)
        if r == 0:
            if self.kind == KIND_MODULE:
                return SC_GLOBAL_IMPLICIT
            return SC_GLOBAL_IMPLICIT
        return r


def mangle(classname: str, name: str) -> str:
    if classname == "" or not name.startswith("__") or name.endswith("__") or "." in name:
        return name
    stripped = classname
    while stripped.startswith("_"):
        stripped = stripped[1:]
    if stripped == "":
        return name
    return "_" + stripped + name


class SymtableBuilder:
    def __init__(self) -> None:
        self.scopes: dict[pyast.Node, Scope] = {}
        self.current: Scope = Scope("top", KIND_MODULE, 0, None)
        self.top: Scope = self.current
        self.class_names: list[str] = []
        self.interactive: bool = False

    def build(self, mod: pyast.Module) -> Scope:
        self.scopes[mod] = self.top
        for st in mod.body:
            self.visit_stmt(st)
        self.resolve(self.top, [], [])
        return self.top

    # ---- pass 1

    def new_scope(self, node: pyast.Node, name: str, kind: int) -> Scope:
        sc = Scope(name, kind, node.lineno, self.current)
        if self.current.kind == KIND_MODULE:
            sc.qualname = name
        elif self.current.kind == KIND_CLASS:
            sc.qualname = self.current.qualname + "." + name
        else:
            sc.qualname = self.current.qualname + ".<locals>." + name
        self.current.children.append(sc)
        self.scopes[node] = sc
        return sc

    def mangled(self, name: str) -> str:
        if len(self.class_names) > 0:
            return mangle(self.class_names[-1], name)
        return name

    def bind(self, name: str) -> None:
        self.current.add(self.mangled(name), DEF_LOCAL)

    def use(self, name: str) -> None:
        self.current.add(self.mangled(name), USE)

    def visit_arguments(self, a: pyast.arguments) -> None:
        for d in a.defaults:
            self.visit_expr(d)
        for kd in a.kw_defaults:
            if kd is not None:
                self.visit_expr(kd)

    def visit_annotations(self, s: pyast.FunctionDef) -> None:
        """Parameter and return annotations, evaluated at def time in the
        enclosing scope."""
        for p in function_params(s.args):
            ann = p.annotation
            if ann is not None:
                self.visit_expr(ann)
        r = s.returns
        if r is not None:
            self.visit_expr(r)

    def add_params(self, sc: Scope, a: pyast.arguments) -> None:
        for p in a.posonlyargs:
            sc.add(p.arg, DEF_PARAM)
            sc.params.append(p.arg)
        for p in a.args:
            sc.add(p.arg, DEF_PARAM)
            sc.params.append(p.arg)
        for p in a.kwonlyargs:
            sc.add(p.arg, DEF_PARAM)
            sc.params.append(p.arg)
        va = a.vararg
        if va is not None:
            sc.add(va.arg, DEF_PARAM)
            sc.params.append(va.arg)
        ka = a.kwarg
        if ka is not None:
            sc.add(ka.arg, DEF_PARAM)
            sc.params.append(ka.arg)

    def visit_stmts(self, body: list[pyast.stmt]) -> None:
        for st in body:
            self.visit_stmt(st)

    def visit_stmt(self, s: pyast.stmt) -> None:
        if isinstance(s, pyast.FunctionDef):
            for d in s.decorator_list:
                self.visit_expr(d)
            self.visit_arguments(s.args)
            self.visit_annotations(s)
            self.bind(s.name)
            saved = self.current
            sc = self.new_scope(s, s.name, KIND_FUNCTION)
            self.add_params(sc, s.args)
            self.current = sc
            saved_classes = self.class_names
            self.visit_stmts(s.body)
            self.current = saved
        elif isinstance(s, pyast.ClassDef):
            for d in s.decorator_list:
                self.visit_expr(d)
            for b in s.bases:
                self.visit_expr(b)
            for k in s.keywords:
                self.visit_expr(k.value)
            self.bind(s.name)
            saved = self.current
            sc = self.new_scope(s, s.name, KIND_CLASS)
            self.current = sc
            self.class_names.append(s.name)
            self.visit_stmts(s.body)
            self.class_names.pop()
            self.current = saved
        elif isinstance(s, pyast.Return):
            v = s.value
            if v is not None:
                self.visit_expr(v)
        elif isinstance(s, pyast.Delete):
            for t in s.targets:
                self.visit_expr(t)
        elif isinstance(s, pyast.Assign):
            self.visit_expr(s.value)
            for t in s.targets:
                self.visit_expr(t)
        elif isinstance(s, pyast.AugAssign):
            self.visit_expr(s.value)
            self.visit_expr(s.target)
            t = s.target
            if isinstance(t, pyast.Name):
                self.use(t.id)
        elif isinstance(s, pyast.AnnAssign):
            v2 = s.value
            if v2 is not None:
                self.visit_expr(v2)
                self.visit_expr(s.target)
            else:
                t2 = s.target
                if isinstance(t2, pyast.Name) and self.current.kind != KIND_MODULE and \
                        self.current.kind != KIND_CLASS:
                    self.bind(t2.id)
            if self.current.kind == KIND_MODULE or self.current.kind == KIND_CLASS:
                # evaluated (and stored in __annotations__) only there
                self.visit_expr(s.annotation)
        elif isinstance(s, pyast.For):
            self.visit_expr(s.iter)
            self.visit_expr(s.target)
            self.visit_stmts(s.body)
            self.visit_stmts(s.orelse)
        elif isinstance(s, pyast.While):
            self.visit_expr(s.test)
            self.visit_stmts(s.body)
            self.visit_stmts(s.orelse)
        elif isinstance(s, pyast.If):
            self.visit_expr(s.test)
            self.visit_stmts(s.body)
            self.visit_stmts(s.orelse)
        elif isinstance(s, pyast.With):
            for item in s.items:
                self.visit_expr(item.context_expr)
                ov = item.optional_vars
                if ov is not None:
                    self.visit_expr(ov)
            self.visit_stmts(s.body)
        elif isinstance(s, pyast.Raise):
            e = s.exc
            if e is not None:
                self.visit_expr(e)
            c = s.cause
            if c is not None:
                self.visit_expr(c)
        elif isinstance(s, pyast.Try):
            self.visit_stmts(s.body)
            for h in s.handlers:
                ht = h.type
                if ht is not None:
                    self.visit_expr(ht)
                hn = h.name
                if hn is not None:
                    self.bind(hn)
                self.visit_stmts(h.body)
            self.visit_stmts(s.orelse)
            self.visit_stmts(s.finalbody)
        elif isinstance(s, pyast.Assert):
            self.visit_expr(s.test)
            m = s.msg
            if m is not None:
                self.visit_expr(m)
        elif isinstance(s, pyast.Import):
            for al in s.names:
                asn = al.asname
                if asn is not None:
                    self.bind(asn)
                else:
                    dot = al.name.find(".")
                    self.bind(al.name if dot < 0 else al.name[:dot])
        elif isinstance(s, pyast.ImportFrom):
            for al in s.names:
                if al.name == "*":
                    continue
                asn = al.asname
                self.bind(asn if asn is not None else al.name)
        elif isinstance(s, pyast.Global):
            for n in s.names:
                if self.current.kind == KIND_MODULE:
                    continue
                old = self.current.flags.get(n, 0)
                if old & (DEF_LOCAL | USE | DEF_PARAM):
                    if old & DEF_PARAM:
                        raise CompileError("name '" + n + "' is parameter and global", s.lineno, s.col_offset + 1)
                    if old & DEF_LOCAL:
                        raise CompileError("name '" + n + "' is assigned to before global declaration", s.lineno, s.col_offset + 1)
                    raise CompileError("name '" + n + "' is used prior to global declaration", s.lineno, s.col_offset + 1)
                self.current.add(n, DEF_GLOBAL)
        elif isinstance(s, pyast.Nonlocal):
            for n in s.names:
                if self.current.kind == KIND_MODULE:
                    raise CompileError("nonlocal declaration not allowed at module level", s.lineno, s.col_offset + 1)
                old = self.current.flags.get(n, 0)
                if old & DEF_PARAM:
                    raise CompileError("name '" + n + "' is parameter and nonlocal", s.lineno, s.col_offset + 1)
                if old & (DEF_LOCAL | USE):
                    if old & DEF_LOCAL:
                        raise CompileError("name '" + n + "' is assigned to before nonlocal declaration", s.lineno, s.col_offset + 1)
                    raise CompileError("name '" + n + "' is used prior to nonlocal declaration", s.lineno, s.col_offset + 1)
                self.current.add(n, DEF_NONLOCAL)
        elif isinstance(s, pyast.Expr):
            self.visit_expr(s.value)
        elif isinstance(s, pyast.Pass) or isinstance(s, pyast.Break) or isinstance(s, pyast.Continue):
            pass
        else:
            raise CompileError("unsupported statement: " + s.kind_name(), s.lineno, s.col_offset + 1)

    def visit_expr(self, e: pyast.expr) -> None:
        if isinstance(e, pyast.Name):
            if e.ctx == "Load":
                self.use(e.id)
                if e.id == "super":
                    self.mark_class_cell()
            else:
                self.bind(e.id)
        elif isinstance(e, pyast.Constant):
            pass
        elif isinstance(e, pyast.BinOp):
            self.visit_expr(e.left)
            self.visit_expr(e.right)
        elif isinstance(e, pyast.UnaryOp):
            self.visit_expr(e.operand)
        elif isinstance(e, pyast.BoolOp):
            for v in e.values:
                self.visit_expr(v)
        elif isinstance(e, pyast.Compare):
            self.visit_expr(e.left)
            for c in e.comparators:
                self.visit_expr(c)
        elif isinstance(e, pyast.Call):
            self.visit_expr(e.func)
            for a in e.args:
                self.visit_expr(a)
            for k in e.keywords:
                self.visit_expr(k.value)
        elif isinstance(e, pyast.Attribute):
            self.visit_expr(e.value)
        elif isinstance(e, pyast.Subscript):
            self.visit_expr(e.value)
            self.visit_expr(e.slice)
        elif isinstance(e, pyast.Slice):
            lo = e.lower
            if lo is not None:
                self.visit_expr(lo)
            up = e.upper
            if up is not None:
                self.visit_expr(up)
            st = e.step
            if st is not None:
                self.visit_expr(st)
        elif isinstance(e, pyast.List):
            for x in e.elts:
                self.visit_expr(x)
        elif isinstance(e, pyast.Tuple):
            for x in e.elts:
                self.visit_expr(x)
        elif isinstance(e, pyast.Set):
            for x in e.elts:
                self.visit_expr(x)
        elif isinstance(e, pyast.Dict):
            for k2 in e.keys:
                if k2 is not None:
                    self.visit_expr(k2)
            for v2 in e.values:
                self.visit_expr(v2)
        elif isinstance(e, pyast.Starred):
            self.visit_expr(e.value)
        elif isinstance(e, pyast.IfExp):
            self.visit_expr(e.test)
            self.visit_expr(e.body)
            self.visit_expr(e.orelse)
        elif isinstance(e, pyast.NamedExpr):
            self.visit_expr(e.value)
            t = e.target
            if isinstance(t, pyast.Name):
                self.bind_walrus(t.id)
        elif isinstance(e, pyast.Lambda):
            self.visit_arguments(e.args)
            saved = self.current
            sc = self.new_scope(e, "<lambda>", KIND_FUNCTION)
            self.add_params(sc, e.args)
            self.current = sc
            self.visit_expr(e.body)
            self.current = saved
        elif isinstance(e, pyast.ListComp):
            self.visit_comprehension(e, e.generators, "<listcomp>", e.elt, None)
        elif isinstance(e, pyast.SetComp):
            self.visit_comprehension(e, e.generators, "<setcomp>", e.elt, None)
        elif isinstance(e, pyast.GeneratorExp):
            self.visit_comprehension(e, e.generators, "<genexpr>", e.elt, None)
        elif isinstance(e, pyast.DictComp):
            self.visit_comprehension(e, e.generators, "<dictcomp>", e.key, e.value)
        elif isinstance(e, pyast.Yield):
            v3 = e.value
            if v3 is not None:
                self.visit_expr(v3)
            self.mark_generator(e)
        elif isinstance(e, pyast.YieldFrom):
            self.visit_expr(e.value)
            self.mark_generator(e)
        elif isinstance(e, pyast.JoinedStr):
            for v4 in e.values:
                self.visit_expr(v4)
        elif isinstance(e, pyast.FormattedValue):
            self.visit_expr(e.value)
            fs = e.format_spec
            if fs is not None:
                self.visit_expr(fs)
        else:
            raise CompileError("unsupported expression: " + e.kind_name(), e.lineno, e.col_offset + 1)

    def mark_generator(self, e: pyast.expr) -> None:
        if self.current.kind == KIND_MODULE or self.current.kind == KIND_CLASS:
            raise CompileError("'yield' outside function", e.lineno, e.col_offset + 1)
        self.current.is_generator = True

    def mark_class_cell(self) -> None:
        sc: Scope | None = self.current
        if self.current.kind != KIND_FUNCTION:
            return
        self.current.add("__class__", USE)

    def bind_walrus(self, name: str) -> None:
        if self.current.kind != KIND_COMPREHENSION:
            self.bind(name)
            return
        sc: Scope | None = self.current
        while sc is not None and sc.kind == KIND_COMPREHENSION:
            sc = sc.parent
        assert sc is not None
        if sc.kind == KIND_MODULE:
            self.current.add(name, DEF_GLOBAL)
        else:
            sc.add(name, DEF_LOCAL)
            self.current.add(name, DEF_NONLOCAL)

    def visit_comprehension(self, node: pyast.expr, gens: list[pyast.comprehension], name: str,
                            elt: pyast.expr, value: pyast.expr | None) -> None:
        # the first iterable is evaluated in the enclosing scope
        self.visit_expr(gens[0].iter)
        saved = self.current
        sc = self.new_scope(node, name, KIND_COMPREHENSION)
        sc.add(".0", DEF_PARAM)
        sc.params.append(".0")
        self.current = sc
        i = 0
        for g in gens:
            if i > 0:
                self.visit_expr(g.iter)
            self.visit_expr(g.target)
            for cond in g.ifs:
                self.visit_expr(cond)
            i += 1
        self.visit_expr(elt)
        if value is not None:
            self.visit_expr(value)
        if name == "<genexpr>":
            sc.is_generator = True
        self.current = saved

    # ---- pass 2

    def resolve(self, sc: Scope, bound: list[str], class_cell_bound: list[str]) -> list[str]:
        """Resolve names of `sc` given the names bound by enclosing function
        scopes; returns the free names `sc` needs from its parent."""
        for name in sc.order:
            f = sc.flags[name]
            if f & DEF_GLOBAL:
                sc.resolved[name] = SC_GLOBAL_EXPLICIT
            elif f & DEF_NONLOCAL:
                if name not in bound:
                    raise CompileError("no binding for nonlocal '" + name + "' found", sc.lineno, 1)
                sc.resolved[name] = SC_FREE
            elif f & (DEF_LOCAL | DEF_PARAM):
                sc.resolved[name] = SC_LOCAL
            elif name == "__class__" and sc.kind != KIND_CLASS and "__class__" in class_cell_bound:
                sc.resolved[name] = SC_FREE
            elif name in bound and sc.kind != KIND_MODULE:
                sc.resolved[name] = SC_FREE
            else:
                sc.resolved[name] = SC_GLOBAL_IMPLICIT if sc.kind != KIND_MODULE else SC_GLOBAL_IMPLICIT
        new_bound: list[str] = list(bound)
        new_class_bound: list[str] = list(class_cell_bound)
        if sc.is_function_like():
            for name in sc.order:
                if sc.resolved[name] == SC_LOCAL and name not in new_bound:
                    new_bound.append(name)
        if sc.kind == KIND_CLASS:
            new_class_bound = ["__class__"]
        elif sc.kind == KIND_MODULE:
            new_class_bound = []
        child_free: list[str] = []
        for child in sc.children:
            for n in self.resolve(child, new_bound, new_class_bound):
                if n not in child_free:
                    child_free.append(n)
        needed: list[str] = []
        for n in child_free:
            r = sc.resolved.get(n, 0)
            if sc.kind == KIND_CLASS:
                if n == "__class__":
                    sc.needs_class_cell = True
                    if "__class__" not in sc.cellvars:
                        sc.cellvars.append("__class__")
                    continue
                if r == SC_FREE or r == 0 or r == SC_GLOBAL_IMPLICIT or r == SC_LOCAL:
                    # passes through the class scope
                    if r == 0 or r == SC_GLOBAL_IMPLICIT:
                        sc.resolved[n] = SC_FREE
                    if n not in sc.freevars:
                        sc.freevars.append(n)
                    needed.append(n)
                continue
            if r == SC_LOCAL:
                sc.resolved[n] = SC_CELL
                if n not in sc.cellvars:
                    sc.cellvars.append(n)
            elif r == SC_CELL:
                pass
            elif r == SC_GLOBAL_EXPLICIT:
                pass
            else:
                sc.resolved[n] = SC_FREE
                needed.append(n)
        for name in sc.order:
            if sc.resolved.get(name, 0) == SC_FREE and name not in needed:
                needed.append(name)
        for n in needed:
            if n not in sc.freevars:
                sc.freevars.append(n)
        return needed


class FBlock:
    """A compile-time block for break/continue/return unwinding."""

    def __init__(self, kind: int, start: int, body: list[pyast.stmt], name: str) -> None:
        self.kind: int = kind
        self.start: int = start              # loop start (continue target)
        self.break_jumps: list[int] = []     # JUMPs to patch to the loop exit
        self.body: list[pyast.stmt] = body   # finally body (FB_FINALLY_TRY)
        self.name: str = name                # bound exception name (FB_HANDLER)


FB_WHILE = 1
FB_FOR = 2
FB_TRY_EXCEPT = 3     # inside `try:` of try/except: POP_BLOCK
FB_FINALLY_TRY = 4    # inside `try:` of try/finally: POP_BLOCK + inline finally body
FB_FINALLY_END = 5    # inside the finally body run on the exception path: exc on stack
FB_HANDLER = 6        # inside `except:` body: POP_EXCEPT (and clear the name)
FB_WITH = 7           # inside a with body: POP_BLOCK + call exit(None, None, None)
FB_HANDLER_NAMED = 8  # block protecting the named handler body (SETUP_FINALLY pushed)


class CodeGen:
    def __init__(self, space: Space, builder: SymtableBuilder, scope: Scope, name: str,
                 filename: str, firstlineno: int) -> None:
        self.space: Space = space
        self.builder: SymtableBuilder = builder
        self.scope: Scope = scope
        self.code: bc.CodeObject = bc.CodeObject(name, scope.qualname, filename, firstlineno)
        self.filename: str = filename
        self.lineno: int = firstlineno
        self.const_keys: dict[str, int] = {}
        self.name_index: dict[str, int] = {}
        self.var_index: dict[str, int] = {}
        self.cell_index: dict[str, int] = {}
        self.fblocks: list[FBlock] = []
        self.class_name: str = ""
        code = self.code
        for p in scope.params:
            self.varname(p)
        for n in scope.cellvars:
            self.cell_index[n] = len(code.cellvars)
            code.cellvars.append(n)
        for n in scope.freevars:
            code.freevars.append(n)
        for n in scope.freevars:
            self.cell_index[n] = len(code.cellvars) + code.freevars.index(n)
        for n in scope.cellvars:
            if n in scope.params:
                code.cell_from_arg.append(scope.params.index(n))
            else:
                code.cell_from_arg.append(-1)

    # ---- emission helpers

    def emit(self, op: int, arg: int) -> int:
        self.code.ops.append(op)
        self.code.args.append(arg)
        self.code.lines.append(self.lineno)
        return len(self.code.ops) - 1

    def here(self) -> int:
        return len(self.code.ops)

    def patch(self, instr: int, target: int) -> None:
        self.code.args[instr] = target

    def patch_here(self, instr: int) -> None:
        self.code.args[instr] = len(self.code.ops)

    def const(self, key: str, w_value: W_Root) -> int:
        i = self.const_keys.get(key, -1)
        if i >= 0:
            return i
        i = len(self.code.consts_w)
        self.code.consts_w.append(w_value)
        self.const_keys[key] = i
        return i

    def load_const(self, key: str, w_value: W_Root) -> None:
        self.emit(bc.LOAD_CONST, self.const(key, w_value))

    def load_none(self) -> None:
        self.load_const("None", self.space.w_None)

    def load_str(self, s: str) -> None:
        self.load_const("s:" + s, self.space.newstr(s))

    def name(self, n: str) -> int:
        i = self.name_index.get(n, -1)
        if i >= 0:
            return i
        i = len(self.code.names)
        self.code.names.append(n)
        self.name_index[n] = i
        return i

    def varname(self, n: str) -> int:
        i = self.var_index.get(n, -1)
        if i >= 0:
            return i
        i = len(self.code.varnames)
        self.code.varnames.append(n)
        self.var_index[n] = i
        return i

    def set_line(self, node: pyast.Node) -> None:
        if node.lineno > 0:
            self.lineno = node.lineno

    def error(self, msg: str, node: pyast.Node) -> CompileError:
        return CompileError(msg, node.lineno, node.col_offset + 1)

    # ---- names

    def mangle(self, n: str) -> str:
        return mangle(self.class_name, n)

    def name_op(self, n: str, ctx: int) -> None:
        """ctx: 0 load, 1 store, 2 delete."""
        n = self.mangle(n)
        sc = self.scope.lookup(n)
        kind = self.scope.kind
        if sc == SC_FREE or sc == SC_CELL:
            idx = self.cell_index[n]
            if ctx == 0:
                if kind == KIND_CLASS and sc == SC_FREE:
                    self.emit(bc.LOAD_CLASSDEREF, idx)
                else:
                    self.emit(bc.LOAD_DEREF, idx)
            elif ctx == 1:
                self.emit(bc.STORE_DEREF, idx)
            else:
                self.emit(bc.DELETE_DEREF, idx)
            return
        if sc == SC_LOCAL and (kind == KIND_FUNCTION or kind == KIND_COMPREHENSION):
            idx = self.varname(n)
            if ctx == 0:
                self.emit(bc.LOAD_FAST, idx)
            elif ctx == 1:
                self.emit(bc.STORE_FAST, idx)
            else:
                self.emit(bc.DELETE_FAST, idx)
            return
        if sc == SC_GLOBAL_EXPLICIT or (sc == SC_GLOBAL_IMPLICIT and
                                        (kind == KIND_FUNCTION or kind == KIND_COMPREHENSION)):
            idx = self.name(n)
            if ctx == 0:
                self.emit(bc.LOAD_GLOBAL, idx)
            elif ctx == 1:
                self.emit(bc.STORE_GLOBAL, idx)
            else:
                self.emit(bc.DELETE_GLOBAL, idx)
            return
        idx = self.name(n)
        if ctx == 0:
            self.emit(bc.LOAD_NAME, idx)
        elif ctx == 1:
            self.emit(bc.STORE_NAME, idx)
        else:
            self.emit(bc.DELETE_NAME, idx)

    # ---- module / function bodies

    def compile_body(self, body: list[pyast.stmt]) -> None:
        for st in body:
            self.visit_stmt(st)

    def docstring_of(self, body: list[pyast.stmt]) -> str | None:
        if len(body) > 0:
            first = body[0]
            if isinstance(first, pyast.Expr):
                v = first.value
                if isinstance(v, pyast.Constant) and v.kind == pyast.CONST_STR:
                    return v.sval
        return None

    def finish(self) -> bc.CodeObject:
        code = self.code
        if self.scope.is_generator:
            code.flags |= bc.CO_GENERATOR
        return code

    # ---- statements

    def visit_stmt(self, s: pyast.stmt) -> None:
        self.set_line(s)
        if isinstance(s, pyast.Expr):
            v = s.value
            echo = self.builder.interactive and self.scope.kind == KIND_MODULE
            if isinstance(v, pyast.Constant) and not echo:
                return
            self.visit_expr(v)
            if echo:
                self.emit(bc.PRINT_EXPR, 0)
            else:
                self.emit(bc.POP_TOP, 0)
        elif isinstance(s, pyast.Assign):
            self.visit_expr(s.value)
            n = len(s.targets)
            i = 0
            for t in s.targets:
                if i < n - 1:
                    self.emit(bc.DUP_TOP, 0)
                self.store_target(t)
                i += 1
        elif isinstance(s, pyast.AugAssign):
            self.visit_augassign(s)
        elif isinstance(s, pyast.AnnAssign):
            v2 = s.value
            if v2 is not None:
                self.visit_expr(v2)
                self.store_target(s.target)
            self.visit_annassign_annotation(s)
        elif isinstance(s, pyast.If):
            self.visit_expr(s.test)
            j = self.emit(bc.POP_JUMP_IF_FALSE, 0)
            self.compile_body(s.body)
            if len(s.orelse) > 0:
                j2 = self.emit(bc.JUMP, 0)
                self.patch_here(j)
                self.compile_body(s.orelse)
                self.patch_here(j2)
            else:
                self.patch_here(j)
        elif isinstance(s, pyast.While):
            self.visit_while(s)
        elif isinstance(s, pyast.For):
            self.visit_for(s)
        elif isinstance(s, pyast.Break):
            self.visit_break(s)
        elif isinstance(s, pyast.Continue):
            self.visit_continue(s)
        elif isinstance(s, pyast.Return):
            self.visit_return(s)
        elif isinstance(s, pyast.Pass):
            pass
        elif isinstance(s, pyast.FunctionDef):
            self.visit_functiondef(s)
        elif isinstance(s, pyast.ClassDef):
            self.visit_classdef(s)
        elif isinstance(s, pyast.Try):
            if len(s.finalbody) > 0:
                self.visit_try_finally(s)
            else:
                self.visit_try_except(s)
        elif isinstance(s, pyast.Raise):
            e = s.exc
            c = s.cause
            if e is None:
                self.emit(bc.RAISE_VARARGS, 0)
            elif c is None:
                self.visit_expr(e)
                self.emit(bc.RAISE_VARARGS, 1)
            else:
                self.visit_expr(e)
                self.visit_expr(c)
                self.emit(bc.RAISE_VARARGS, 2)
        elif isinstance(s, pyast.Delete):
            for t in s.targets:
                self.delete_target(t)
        elif isinstance(s, pyast.Global) or isinstance(s, pyast.Nonlocal):
            pass
        elif isinstance(s, pyast.Assert):
            self.visit_expr(s.test)
            j = self.emit(bc.POP_JUMP_IF_TRUE, 0)
            self.emit(bc.LOAD_ASSERTION_ERROR, 0)
            m = s.msg
            if m is not None:
                self.visit_expr(m)
                self.emit(bc.CALL_FUNCTION, 1)
            self.emit(bc.RAISE_VARARGS, 1)
            self.patch_here(j)
        elif isinstance(s, pyast.With):
            self.visit_with(s, 0)
        elif isinstance(s, pyast.Import):
            for al in s.names:
                self.load_const("i:0", self.space.newint(0))
                self.load_none()
                self.emit(bc.IMPORT_NAME, self.name(al.name))
                asn = al.asname
                if asn is not None:
                    parts = al.name.split(".")
                    k = 1
                    while k < len(parts):
                        self.emit(bc.IMPORT_FROM, self.name(parts[k]))
                        self.emit(bc.ROT_TWO, 0)
                        self.emit(bc.POP_TOP, 0)
                        k += 1
                    self.name_op(asn, 1)
                else:
                    dot = al.name.find(".")
                    self.name_op(al.name if dot < 0 else al.name[:dot], 1)
        elif isinstance(s, pyast.ImportFrom):
            self.load_const("i:" + str(s.level), self.space.newint(s.level))
            names_w: list[W_Root] = []
            for al in s.names:
                names_w.append(self.space.newstr(al.name))
            self.emit(bc.LOAD_CONST, self.const("#fromlist" + str(len(self.code.consts_w)),
                                                self.space.newtuple(names_w)))
            modname = s.module if s.module is not None else ""
            self.emit(bc.IMPORT_NAME, self.name(modname))
            if len(s.names) == 1 and s.names[0].name == "*":
                self.emit(bc.IMPORT_STAR, 0)
                return
            for al in s.names:
                self.emit(bc.IMPORT_FROM, self.name(al.name))
                asn = al.asname
                self.name_op(asn if asn is not None else al.name, 1)
            self.emit(bc.POP_TOP, 0)
        else:
            raise self.error("unsupported statement " + s.kind_name(), s)

    def visit_augassign(self, s: pyast.AugAssign) -> None:
        t = s.target
        op = binop_code(s.op)
        if isinstance(t, pyast.Name):
            self.name_op(t.id, 0)
            self.visit_expr(s.value)
            self.emit(bc.INPLACE_OP, op)
            self.name_op(t.id, 1)
        elif isinstance(t, pyast.Attribute):
            self.visit_expr(t.value)
            self.emit(bc.DUP_TOP, 0)
            self.emit(bc.LOAD_ATTR, self.name(self.mangle(t.attr)))
            self.visit_expr(s.value)
            self.emit(bc.INPLACE_OP, op)
            self.emit(bc.ROT_TWO, 0)
            self.emit(bc.STORE_ATTR, self.name(self.mangle(t.attr)))
        elif isinstance(t, pyast.Subscript):
            self.visit_expr(t.value)
            self.visit_expr(t.slice)
            self.emit(bc.DUP_TOP_TWO, 0)
            self.emit(bc.BINARY_SUBSCR, 0)
            self.visit_expr(s.value)
            self.emit(bc.INPLACE_OP, op)
            self.emit(bc.ROT_THREE, 0)
            self.emit(bc.STORE_SUBSCR, 0)
        else:
            raise self.error("illegal expression for augmented assignment", s)

    def store_target(self, t: pyast.expr) -> None:
        if isinstance(t, pyast.Name):
            self.name_op(t.id, 1)
        elif isinstance(t, pyast.Attribute):
            self.visit_expr(t.value)
            self.emit(bc.STORE_ATTR, self.name(self.mangle(t.attr)))
        elif isinstance(t, pyast.Subscript):
            self.visit_expr(t.value)
            self.visit_expr(t.slice)
            self.emit(bc.STORE_SUBSCR, 0)
        elif isinstance(t, pyast.Tuple) or isinstance(t, pyast.List):
            elts = t.elts if isinstance(t, pyast.Tuple) else self.list_elts(t)
            star = -1
            i = 0
            for e in elts:
                if isinstance(e, pyast.Starred):
                    if star >= 0:
                        raise self.error("multiple starred expressions in assignment", t)
                    star = i
                i += 1
            if star < 0:
                self.emit(bc.UNPACK_SEQUENCE, len(elts))
            else:
                self.emit(bc.UNPACK_EX, star | ((len(elts) - star - 1) << 8))
            for e in elts:
                if isinstance(e, pyast.Starred):
                    self.store_target(e.value)
                else:
                    self.store_target(e)
        elif isinstance(t, pyast.Starred):
            raise self.error("starred assignment target must be in a list or tuple", t)
        else:
            raise self.error("cannot assign to " + t.kind_name(), t)

    def list_elts(self, t: pyast.expr) -> list[pyast.expr]:
        if isinstance(t, pyast.List):
            return t.elts
        return []

    def delete_target(self, t: pyast.expr) -> None:
        if isinstance(t, pyast.Name):
            self.name_op(t.id, 2)
        elif isinstance(t, pyast.Attribute):
            self.visit_expr(t.value)
            self.emit(bc.DELETE_ATTR, self.name(self.mangle(t.attr)))
        elif isinstance(t, pyast.Subscript):
            self.visit_expr(t.value)
            self.visit_expr(t.slice)
            self.emit(bc.DELETE_SUBSCR, 0)
        elif isinstance(t, pyast.Tuple):
            for e in t.elts:
                self.delete_target(e)
        elif isinstance(t, pyast.List):
            for e in t.elts:
                self.delete_target(e)
        else:
            raise self.error("cannot delete " + t.kind_name(), t)

    # ---- loops and unwinding

    def visit_while(self, s: pyast.While) -> None:
        top = self.here()
        self.visit_expr(s.test)
        jexit = self.emit(bc.POP_JUMP_IF_FALSE, 0)
        fb = FBlock(FB_WHILE, top, [], "")
        self.fblocks.append(fb)
        self.compile_body(s.body)
        self.fblocks.pop()
        self.emit(bc.JUMP, top)
        self.patch_here(jexit)
        self.compile_body(s.orelse)
        for j in fb.break_jumps:
            self.patch_here(j)

    def visit_for(self, s: pyast.For) -> None:
        it = s.iter
        if isinstance(it, pyast.Set) and len(it.elts) > 2 and self.all_foldable(it.elts):
            # CPython iterates the frozenset constant itself
            self.emit_const_set(it.elts)
        else:
            self.visit_expr(it)
        self.emit(bc.GET_ITER, 0)
        top = self.here()
        self.set_line(s)
        jexit = self.emit(bc.FOR_ITER, 0)
        self.store_target(s.target)
        fb = FBlock(FB_FOR, top, [], "")
        self.fblocks.append(fb)
        self.compile_body(s.body)
        self.fblocks.pop()
        self.emit(bc.JUMP, top)
        self.patch_here(jexit)
        self.compile_body(s.orelse)
        for j in fb.break_jumps:
            self.patch_here(j)

    def unwind_fblock(self, fb: FBlock, preserve_tos: bool) -> None:
        k = fb.kind
        if k == FB_WHILE:
            return
        if k == FB_FOR:
            if preserve_tos:
                self.emit(bc.ROT_TWO, 0)
            self.emit(bc.POP_TOP, 0)
            return
        if k == FB_TRY_EXCEPT:
            self.emit(bc.POP_BLOCK, 0)
            return
        if k == FB_FINALLY_TRY:
            self.emit(bc.POP_BLOCK, 0)
            # run the finally body with the fblock stack as it is outside
            saved = self.fblocks
            idx = 0
            while idx < len(saved):
                if saved[idx] is fb:
                    break
                idx += 1
            self.fblocks = saved[:idx]
            self.compile_body(fb.body)
            self.fblocks = saved
            return
        if k == FB_FINALLY_END:
            if preserve_tos:
                self.emit(bc.ROT_TWO, 0)
            self.emit(bc.POP_TOP, 0)   # the exception
            self.emit(bc.POP_EXCEPT, 0)
            return
        if k == FB_HANDLER_NAMED:
            self.emit(bc.POP_BLOCK, 0)
            return
        if k == FB_HANDLER:
            self.emit(bc.POP_EXCEPT, 0)
            if fb.name != "":
                self.load_none()
                self.name_op(fb.name, 1)
                self.name_op(fb.name, 2)
            return
        if k == FB_WITH:
            self.emit(bc.POP_BLOCK, 0)
            if preserve_tos:
                self.emit(bc.ROT_TWO, 0)
            self.load_none()
            self.load_none()
            self.load_none()
            self.emit(bc.CALL_FUNCTION, 3)
            self.emit(bc.POP_TOP, 0)
            return

    def find_loop(self) -> int:
        i = len(self.fblocks) - 1
        while i >= 0:
            k = self.fblocks[i].kind
            if k == FB_WHILE or k == FB_FOR:
                return i
            i -= 1
        return -1

    def visit_break(self, s: pyast.stmt) -> None:
        li = self.find_loop()
        if li < 0:
            raise self.error("'break' outside loop", s)
        i = len(self.fblocks) - 1
        while i > li:
            self.unwind_fblock(self.fblocks[i], False)
            i -= 1
        loop = self.fblocks[li]
        if loop.kind == FB_FOR:
            self.emit(bc.POP_TOP, 0)
        loop.break_jumps.append(self.emit(bc.JUMP, 0))

    def visit_continue(self, s: pyast.stmt) -> None:
        li = self.find_loop()
        if li < 0:
            raise self.error("'continue' not properly in loop", s)
        i = len(self.fblocks) - 1
        while i > li:
            self.unwind_fblock(self.fblocks[i], False)
            i -= 1
        self.emit(bc.JUMP, self.fblocks[li].start)

    def visit_return(self, s: pyast.Return) -> None:
        if not self.scope.is_function_like():
            raise self.error("'return' outside function", s)
        v = s.value
        if v is not None:
            self.visit_expr(v)
        else:
            self.load_none()
        i = len(self.fblocks) - 1
        while i >= 0:
            self.unwind_fblock(self.fblocks[i], True)
            i -= 1
        self.emit(bc.RETURN_VALUE, 0)

    # ---- exceptions

    def visit_try_except(self, s: pyast.Try) -> None:
        setup = self.emit(bc.SETUP_FINALLY, 0)
        fb = FBlock(FB_TRY_EXCEPT, 0, [], "")
        self.fblocks.append(fb)
        self.compile_body(s.body)
        self.fblocks.pop()
        self.emit(bc.POP_BLOCK, 0)
        jelse = self.emit(bc.JUMP, 0)
        self.patch_here(setup)
        end_jumps: list[int] = []
        for h in s.handlers:
            self.set_line(h)
            jnext = -1
            ht = h.type
            if ht is not None:
                self.emit(bc.DUP_TOP, 0)
                self.visit_expr(ht)
                jnext = self.emit(bc.JUMP_IF_NOT_EXC_MATCH, 0)
            hn = h.name
            if hn is not None:
                self.name_op(hn, 1)
                cleanup = self.emit(bc.SETUP_FINALLY, 0)
                fbn = FBlock(FB_HANDLER_NAMED, 0, [], "")
                fbh = FBlock(FB_HANDLER, 0, [], hn)
                self.fblocks.append(fbh)
                self.fblocks.append(fbn)
                self.compile_body(h.body)
                self.fblocks.pop()
                self.fblocks.pop()
                self.emit(bc.POP_BLOCK, 0)
                self.emit(bc.POP_EXCEPT, 0)
                self.load_none()
                self.name_op(hn, 1)
                self.name_op(hn, 2)
                end_jumps.append(self.emit(bc.JUMP, 0))
                # exception inside the handler body: clear the name, re-raise
                self.patch_here(cleanup)
                self.load_none()
                self.name_op(hn, 1)
                self.name_op(hn, 2)
                self.emit(bc.RERAISE, 0)
            else:
                self.emit(bc.POP_TOP, 0)
                fbh2 = FBlock(FB_HANDLER, 0, [], "")
                self.fblocks.append(fbh2)
                self.compile_body(h.body)
                self.fblocks.pop()
                self.emit(bc.POP_EXCEPT, 0)
                end_jumps.append(self.emit(bc.JUMP, 0))
            if jnext >= 0:
                self.patch_here(jnext)
        self.emit(bc.RERAISE, 0)
        self.patch_here(jelse)
        self.compile_body(s.orelse)
        for j in end_jumps:
            self.patch_here(j)

    def visit_try_finally(self, s: pyast.Try) -> None:
        setup = self.emit(bc.SETUP_FINALLY, 0)
        fb = FBlock(FB_FINALLY_TRY, 0, s.finalbody, "")
        self.fblocks.append(fb)
        if len(s.handlers) > 0:
            inner = pyast.Try(s.body, s.handlers, s.orelse, [], s.lineno, s.col_offset,
                              s.end_lineno, s.end_col_offset)
            self.visit_try_except(inner)
        else:
            self.compile_body(s.body)
        self.fblocks.pop()
        self.emit(bc.POP_BLOCK, 0)
        self.compile_body(s.finalbody)
        jend = self.emit(bc.JUMP, 0)
        self.patch_here(setup)
        fb2 = FBlock(FB_FINALLY_END, 0, [], "")
        self.fblocks.append(fb2)
        self.compile_body(s.finalbody)
        self.fblocks.pop()
        self.emit(bc.RERAISE, 0)
        self.patch_here(jend)

    def visit_with(self, s: pyast.With, index: int) -> None:
        item = s.items[index]
        self.set_line(s)
        self.visit_expr(item.context_expr)
        setup = self.emit(bc.SETUP_WITH, 0)
        ov = item.optional_vars
        if ov is not None:
            self.store_target(ov)
        else:
            self.emit(bc.POP_TOP, 0)
        fb = FBlock(FB_WITH, 0, [], "")
        self.fblocks.append(fb)
        if index + 1 < len(s.items):
            self.visit_with(s, index + 1)
        else:
            self.compile_body(s.body)
        self.fblocks.pop()
        self.set_line(s)
        self.emit(bc.POP_BLOCK, 0)
        self.load_none()
        self.load_none()
        self.load_none()
        self.emit(bc.CALL_FUNCTION, 3)
        self.emit(bc.POP_TOP, 0)
        jend = self.emit(bc.JUMP, 0)
        self.patch_here(setup)
        self.emit(bc.WITH_EXCEPT_START, 0)
        jsup = self.emit(bc.POP_JUMP_IF_TRUE, 0)
        self.emit(bc.RERAISE, 0)
        self.patch_here(jsup)
        self.emit(bc.POP_TOP, 0)
        self.emit(bc.POP_EXCEPT, 0)
        self.emit(bc.POP_TOP, 0)
        self.patch_here(jend)

    # ---- functions and classes

    def make_closure(self, child: "CodeGen", code: bc.CodeObject, flags: int) -> None:
        if len(code.freevars) > 0:
            for n in code.freevars:
                idx = self.cell_index.get(n, -1)
                if idx < 0:
                    raise CompileError("internal: free variable '" + n + "' not found in " +
                                       self.code.co_name, self.lineno, 1)
                self.emit(bc.LOAD_CLOSURE, idx)
            self.emit(bc.BUILD_TUPLE, len(code.freevars))
            flags |= bc.MF_CLOSURE
        self.emit(bc.LOAD_CONST, self.const("#code" + str(len(self.code.consts_w)), code))
        self.emit(bc.MAKE_FUNCTION, flags)

    def push_defaults(self, a: pyast.arguments) -> int:
        flags = 0
        if len(a.defaults) > 0:
            for d in a.defaults:
                self.visit_expr(d)
            self.emit(bc.BUILD_TUPLE, len(a.defaults))
            flags |= bc.MF_DEFAULTS
        nkw = 0
        i = 0
        while i < len(a.kwonlyargs):
            kd = a.kw_defaults[i]
            if kd is not None:
                self.load_str(a.kwonlyargs[i].arg)
                self.visit_expr(kd)
                nkw += 1
            i += 1
        if nkw > 0:
            self.emit(bc.BUILD_MAP, nkw)
            flags |= bc.MF_KWDEFAULTS
        return flags

    def new_child(self, node: pyast.Node, name: str) -> "CodeGen":
        sc = self.builder.scopes[node]
        child = CodeGen(self.space, self.builder, sc, name, self.filename, node.lineno)
        child.class_name = self.class_name
        return child

    def set_arg_counts(self, code: bc.CodeObject, a: pyast.arguments) -> None:
        code.posonlyargcount = len(a.posonlyargs)
        code.argcount = len(a.posonlyargs) + len(a.args)
        code.kwonlyargcount = len(a.kwonlyargs)
        if a.vararg is not None:
            code.flags |= bc.CO_VARARGS
        if a.kwarg is not None:
            code.flags |= bc.CO_VARKEYWORDS

    def visit_annassign_annotation(self, s: pyast.AnnAssign) -> None:
        """In a module or class body the annotation is evaluated; a plain
        name's goes into __annotations__ (SETUP_ANNOTATIONS made it)."""
        kind = self.scope.kind
        if kind != KIND_MODULE and kind != KIND_CLASS:
            return
        self.visit_expr(s.annotation)
        t = s.target
        if s.simple == 1 and isinstance(t, pyast.Name):
            self.emit(bc.LOAD_NAME, self.name("__annotations__"))
            self.load_str(self.mangle(t.id))
            self.emit(bc.STORE_SUBSCR, 0)
        else:
            self.emit(bc.POP_TOP, 0)

    def set_function_annotations(self, s: pyast.FunctionDef) -> None:
        """With the new function on the stack: its __annotations__ dict,
        parameters in order, then 'return'."""
        n = 0
        for p in function_params(s.args):
            ann = p.annotation
            if ann is not None:
                if n == 0:
                    self.emit(bc.DUP_TOP, 0)
                self.load_str(self.mangle(p.arg))
                self.visit_expr(ann)
                n += 1
        r = s.returns
        if r is not None:
            if n == 0:
                self.emit(bc.DUP_TOP, 0)
            self.load_str("return")
            self.visit_expr(r)
            n += 1
        if n > 0:
            self.emit(bc.BUILD_MAP, n)
            self.emit(bc.ROT_TWO, 0)
            self.emit(bc.STORE_ATTR, self.name("__annotations__"))

    def visit_functiondef(self, s: pyast.FunctionDef) -> None:
        for d in s.decorator_list:
            self.visit_expr(d)
        flags = self.push_defaults(s.args)
        child = self.new_child(s, s.name)
        self.set_arg_counts(child.code, s.args)
        doc = child.docstring_of(s.body)
        if doc is not None:
            child.code.docstring = self.space.newstr(doc)
        child.compile_body(s.body)
        child.load_none()
        child.emit(bc.RETURN_VALUE, 0)
        code = child.finish()
        self.set_line(s)
        self.make_closure(child, code, flags)
        self.set_function_annotations(s)
        for d in s.decorator_list:
            self.emit(bc.CALL_FUNCTION, 1)
        self.name_op(s.name, 1)

    def visit_lambda(self, e: pyast.Lambda) -> None:
        flags = self.push_defaults(e.args)
        child = self.new_child(e, "<lambda>")
        self.set_arg_counts(child.code, e.args)
        child.visit_expr(e.body)
        if child.scope.is_generator:
            child.emit(bc.POP_TOP, 0)
            child.load_none()
        child.emit(bc.RETURN_VALUE, 0)
        self.make_closure(child, child.finish(), flags)

    def visit_classdef(self, s: pyast.ClassDef) -> None:
        for d in s.decorator_list:
            self.visit_expr(d)
        self.emit(bc.LOAD_BUILD_CLASS, 0)
        child = self.new_child(s, s.name)
        child.class_name = s.name
        child.code.flags |= bc.CO_CLASSBODY
        child.emit(bc.LOAD_NAME, child.name("__name__"))
        child.emit(bc.STORE_NAME, child.name("__module__"))
        child.load_str(child.scope.qualname)
        child.emit(bc.STORE_NAME, child.name("__qualname__"))
        doc = child.docstring_of(s.body)
        if doc is not None:
            child.load_str(doc)
            child.emit(bc.STORE_NAME, child.name("__doc__"))
        if has_annotations(s.body):
            child.emit(bc.SETUP_ANNOTATIONS, 0)
        child.compile_body(s.body)
        if child.scope.needs_class_cell:
            child.emit(bc.LOAD_CLOSURE, child.cell_index["__class__"])
        else:
            child.load_none()
        child.emit(bc.RETURN_VALUE, 0)
        code = child.finish()
        self.set_line(s)
        self.make_closure(child, code, 0)
        self.load_str(s.name)
        self.compile_call_args(s.bases, s.keywords, 2, s)
        for d in s.decorator_list:
            self.emit(bc.CALL_FUNCTION, 1)
        self.name_op(s.name, 1)

    # ---- expressions

    def visit_expr(self, e: pyast.expr) -> None:
        if e.lineno > 0:
            self.lineno = e.lineno
        if isinstance(e, pyast.Name):
            if e.ctx != "Load":
                raise self.error("internal: store context in load", e)
            self.name_op(e.id, 0)
        elif isinstance(e, pyast.Constant):
            self.visit_constant(e)
        elif isinstance(e, pyast.BinOp):
            self.visit_expr(e.left)
            self.visit_expr(e.right)
            self.emit(bc.BINARY_OP, binop_code(e.op))
        elif isinstance(e, pyast.UnaryOp):
            self.visit_expr(e.operand)
            if e.op == "USub":
                self.emit(bc.UNARY_NEG, 0)
            elif e.op == "UAdd":
                self.emit(bc.UNARY_POS, 0)
            elif e.op == "Not":
                self.emit(bc.UNARY_NOT, 0)
            else:
                self.emit(bc.UNARY_INVERT, 0)
        elif isinstance(e, pyast.BoolOp):
            jumps: list[int] = []
            op = bc.JUMP_IF_FALSE_OR_POP if e.op == "And" else bc.JUMP_IF_TRUE_OR_POP
            n = len(e.values)
            i = 0
            for v in e.values:
                self.visit_expr(v)
                if i < n - 1:
                    jumps.append(self.emit(op, 0))
                i += 1
            for j in jumps:
                self.patch_here(j)
        elif isinstance(e, pyast.Compare):
            self.visit_compare(e)
        elif isinstance(e, pyast.Call):
            self.visit_call(e)
        elif isinstance(e, pyast.Attribute):
            self.visit_expr(e.value)
            self.emit(bc.LOAD_ATTR, self.name(self.mangle(e.attr)))
        elif isinstance(e, pyast.Subscript):
            self.visit_expr(e.value)
            self.visit_expr(e.slice)
            self.emit(bc.BINARY_SUBSCR, 0)
        elif isinstance(e, pyast.Slice):
            lo = e.lower
            if lo is not None:
                self.visit_expr(lo)
            else:
                self.load_none()
            up = e.upper
            if up is not None:
                self.visit_expr(up)
            else:
                self.load_none()
            st = e.step
            if st is not None:
                self.visit_expr(st)
                self.emit(bc.BUILD_SLICE, 3)
            else:
                self.emit(bc.BUILD_SLICE, 2)
        elif isinstance(e, pyast.Tuple):
            if self.has_starred(e.elts):
                self.build_starred(e.elts)
                self.emit(bc.LIST_TO_TUPLE, 0)
            else:
                for x in e.elts:
                    self.visit_expr(x)
                self.emit(bc.BUILD_TUPLE, len(e.elts))
        elif isinstance(e, pyast.List):
            if self.has_starred(e.elts):
                self.build_starred(e.elts)
            else:
                for x in e.elts:
                    self.visit_expr(x)
                self.emit(bc.BUILD_LIST, len(e.elts))
        elif isinstance(e, pyast.Set):
            if self.has_starred(e.elts):
                self.emit(bc.BUILD_SET, 0)
                for x in e.elts:
                    if isinstance(x, pyast.Starred):
                        self.visit_expr(x.value)
                        self.emit(bc.SET_UPDATE, 1)
                    else:
                        self.visit_expr(x)
                        self.emit(bc.BUILD_SET, 1)
                        self.emit(bc.SET_UPDATE, 1)
            elif len(e.elts) > 2 and self.all_foldable(e.elts):
                # CPython folds a display of 3+ constants into a frozenset
                # constant O, which its constant merging rebuilds as F (the
                # items of O added in O's order), and the display copies F
                # (SET_UPDATE); each step can change the table layout, so
                # do the same: T = set(); F = set(); L = list(O); F |= L;
                # T |= F
                self.emit(bc.BUILD_SET, 0)
                self.emit_const_set(e.elts)
                self.emit(bc.SET_UPDATE, 1)
            else:
                for x in e.elts:
                    self.visit_expr(x)
                self.emit(bc.BUILD_SET, len(e.elts))
        elif isinstance(e, pyast.Dict):
            self.visit_dict(e)
        elif isinstance(e, pyast.IfExp):
            self.visit_expr(e.test)
            j = self.emit(bc.POP_JUMP_IF_FALSE, 0)
            self.visit_expr(e.body)
            j2 = self.emit(bc.JUMP, 0)
            self.patch_here(j)
            self.visit_expr(e.orelse)
            self.patch_here(j2)
        elif isinstance(e, pyast.NamedExpr):
            self.visit_expr(e.value)
            self.emit(bc.DUP_TOP, 0)
            t = e.target
            if isinstance(t, pyast.Name):
                self.name_op(t.id, 1)
        elif isinstance(e, pyast.Lambda):
            self.visit_lambda(e)
        elif isinstance(e, pyast.ListComp):
            self.visit_comprehension(e, e.generators, "<listcomp>", e.elt, None, 0)
        elif isinstance(e, pyast.SetComp):
            self.visit_comprehension(e, e.generators, "<setcomp>", e.elt, None, 1)
        elif isinstance(e, pyast.DictComp):
            self.visit_comprehension(e, e.generators, "<dictcomp>", e.key, e.value, 2)
        elif isinstance(e, pyast.GeneratorExp):
            self.visit_comprehension(e, e.generators, "<genexpr>", e.elt, None, 3)
        elif isinstance(e, pyast.Yield):
            v2 = e.value
            if v2 is not None:
                self.visit_expr(v2)
            else:
                self.load_none()
            self.emit(bc.YIELD_VALUE, 0)
        elif isinstance(e, pyast.YieldFrom):
            self.visit_expr(e.value)
            self.emit(bc.GET_YIELD_FROM_ITER, 0)
            self.load_none()
            self.emit(bc.YIELD_FROM, 0)
        elif isinstance(e, pyast.JoinedStr):
            for v3 in e.values:
                if isinstance(v3, pyast.Constant):
                    self.visit_constant(v3)
                else:
                    self.visit_expr(v3)
            if len(e.values) != 1:
                self.emit(bc.BUILD_STRING, len(e.values))
            elif isinstance(e.values[0], pyast.Constant):
                pass
        elif isinstance(e, pyast.FormattedValue):
            self.visit_expr(e.value)
            conv = 0
            if e.conversion == 115:
                conv = 1
            elif e.conversion == 114:
                conv = 2
            elif e.conversion == 97:
                conv = 3
            fs = e.format_spec
            if fs is not None:
                self.visit_expr(fs)
                conv |= 4
            self.emit(bc.FORMAT_VALUE, conv)
        elif isinstance(e, pyast.Starred):
            raise self.error("can't use starred expression here", e)
        else:
            raise self.error("unsupported expression " + e.kind_name(), e)

    def is_foldable(self, e: pyast.expr) -> bool:
        """An expression CPython's AST optimizer turns into a constant."""
        if isinstance(e, pyast.Constant):
            return True
        if isinstance(e, pyast.UnaryOp):
            return self.is_foldable(e.operand)
        if isinstance(e, pyast.BinOp):
            return self.is_foldable(e.left) and self.is_foldable(e.right)
        if isinstance(e, pyast.Tuple):
            return self.all_foldable(e.elts)
        return False

    def emit_const_set(self, elts: list[pyast.expr]) -> None:
        """Push the set CPython makes of a constant set display (the
        frozenset constant rebuilt by its constant merging)."""
        self.emit(bc.BUILD_SET, 0)
        self.emit(bc.BUILD_LIST, 0)
        for x in elts:
            self.visit_expr(x)
        self.emit(bc.BUILD_SET, len(elts))
        self.emit(bc.LIST_EXTEND, 1)
        self.emit(bc.SET_UPDATE, 1)

    def all_foldable(self, elts: list[pyast.expr]) -> bool:
        for x in elts:
            if not self.is_foldable(x):
                return False
        return True

    def visit_constant(self, c: pyast.Constant) -> None:
        sp = self.space
        k = c.kind
        if k == pyast.CONST_INT:
            self.load_const("i:" + str(c.ival), sp.newint(c.ival))
        elif k == pyast.CONST_STR:
            self.load_const("s:" + c.sval, sp.newstr(c.sval))
        elif k == pyast.CONST_FLOAT:
            self.load_const("f:" + repr(c.fval), sp.newfloat(c.fval))
        elif k == pyast.CONST_BOOL:
            self.load_const("b:" + str(c.ival), sp.newbool(c.ival != 0))
        elif k == pyast.CONST_NONE:
            self.load_none()
        elif k == pyast.CONST_BYTES:
            self.load_const("y:" + repr(c.bval), sp.newbytes(c.bval))
        elif k == pyast.CONST_ELLIPSIS:
            self.load_const("...", sp.w_Ellipsis)
        elif k == pyast.CONST_BIGINT:
            self.load_const("L:" + c.sval, sp.newlong(rbigint.fromstr(c.sval, 10)))
        elif k == pyast.CONST_COMPLEX:
            self.load_const("j:" + repr(c.fval), W_ComplexObject(0.0, c.fval))
        else:
            raise self.error("unsupported constant kind " + k, c)

    def has_starred(self, elts: list[pyast.expr]) -> bool:
        for x in elts:
            if isinstance(x, pyast.Starred):
                return True
        return False

    def build_starred(self, elts: list[pyast.expr]) -> None:
        """Leaves a list on the stack."""
        self.emit(bc.BUILD_LIST, 0)
        pending = 0
        for x in elts:
            if isinstance(x, pyast.Starred):
                if pending > 0:
                    self.emit(bc.BUILD_LIST, pending)
                    self.emit(bc.LIST_EXTEND, 1)
                    pending = 0
                self.visit_expr(x.value)
                self.emit(bc.LIST_EXTEND, 1)
            else:
                self.visit_expr(x)
                pending += 1
        if pending > 0:
            self.emit(bc.BUILD_LIST, pending)
            self.emit(bc.LIST_EXTEND, 1)

    def visit_dict(self, e: pyast.Dict) -> None:
        has_unpack = False
        for k in e.keys:
            if k is None:
                has_unpack = True
        if not has_unpack:
            i = 0
            while i < len(e.keys):
                k2 = e.keys[i]
                assert k2 is not None
                self.visit_expr(k2)
                self.visit_expr(e.values[i])
                i += 1
            self.emit(bc.BUILD_MAP, len(e.keys))
            return
        self.emit(bc.BUILD_MAP, 0)
        i = 0
        while i < len(e.keys):
            k3 = e.keys[i]
            if k3 is None:
                self.visit_expr(e.values[i])
                self.emit(bc.DICT_UPDATE, 1)
            else:
                self.visit_expr(k3)
                self.visit_expr(e.values[i])
                self.emit(bc.BUILD_MAP, 1)
                self.emit(bc.DICT_UPDATE, 1)
            i += 1

    def visit_compare(self, e: pyast.Compare) -> None:
        self.visit_expr(e.left)
        n = len(e.ops)
        if n == 1:
            self.visit_expr(e.comparators[0])
            self.emit_compare(e.ops[0])
            return
        cleanup: list[int] = []
        i = 0
        while i < n:
            self.visit_expr(e.comparators[i])
            if i < n - 1:
                self.emit(bc.DUP_TOP, 0)
                self.emit(bc.ROT_THREE, 0)
                self.emit_compare(e.ops[i])
                cleanup.append(self.emit(bc.JUMP_IF_FALSE_OR_POP, 0))
            else:
                self.emit_compare(e.ops[i])
            i += 1
        jend = self.emit(bc.JUMP, 0)
        for j in cleanup:
            self.patch_here(j)
        self.emit(bc.ROT_TWO, 0)
        self.emit(bc.POP_TOP, 0)
        self.patch_here(jend)

    def emit_compare(self, op: str) -> None:
        if op == "Eq":
            self.emit(bc.COMPARE_OP, bc.CMP_EQ)
        elif op == "NotEq":
            self.emit(bc.COMPARE_OP, bc.CMP_NE)
        elif op == "Lt":
            self.emit(bc.COMPARE_OP, bc.CMP_LT)
        elif op == "LtE":
            self.emit(bc.COMPARE_OP, bc.CMP_LE)
        elif op == "Gt":
            self.emit(bc.COMPARE_OP, bc.CMP_GT)
        elif op == "GtE":
            self.emit(bc.COMPARE_OP, bc.CMP_GE)
        elif op == "Is":
            self.emit(bc.IS_OP, 0)
        elif op == "IsNot":
            self.emit(bc.IS_OP, 1)
        elif op == "In":
            self.emit(bc.CONTAINS_OP, 0)
        else:
            self.emit(bc.CONTAINS_OP, 1)

    def visit_call(self, e: pyast.Call) -> None:
        f = e.func
        if isinstance(f, pyast.Attribute) and len(e.keywords) == 0 and not self.has_starred(e.args):
            self.visit_expr(f.value)
            self.set_line(f)
            self.emit(bc.LOAD_METHOD, self.name(self.mangle(f.attr)))
            for a in e.args:
                self.visit_expr(a)
            self.set_line(e)
            self.emit(bc.CALL_METHOD, len(e.args))
            return
        self.visit_expr(f)
        self.compile_call_args(e.args, e.keywords, 0, e)

    def compile_call_args(self, args: list[pyast.expr], keywords: list[pyast.keyword], npre: int,
                          node: pyast.Node) -> None:
        """The callable (and npre extra positional args) are on the stack."""
        has_star_kw = False
        for k in keywords:
            if k.arg is None:
                has_star_kw = True
        if not self.has_starred(args) and not has_star_kw:
            for a in args:
                self.visit_expr(a)
            self.set_line(node)
            if len(keywords) == 0:
                self.emit(bc.CALL_FUNCTION, len(args) + npre)
                return
            names_w: list[W_Root] = []
            for k in keywords:
                self.visit_expr(k.value)
                kn = k.arg
                assert kn is not None
                names_w.append(self.space.newstr(kn))
            self.set_line(node)
            self.emit(bc.LOAD_CONST, self.const("#kwnames" + str(len(self.code.consts_w)),
                                                self.space.newtuple(names_w)))
            self.emit(bc.CALL_FUNCTION_KW, len(args) + len(keywords) + npre)
            return
        # general case: build a tuple of positionals and a dict of keywords
        self.emit(bc.BUILD_LIST, npre)
        pending = 0
        for a in args:
            if isinstance(a, pyast.Starred):
                if pending > 0:
                    self.emit(bc.BUILD_LIST, pending)
                    self.emit(bc.LIST_EXTEND, 1)
                    pending = 0
                self.visit_expr(a.value)
                self.emit(bc.LIST_EXTEND, 1)
            else:
                self.visit_expr(a)
                pending += 1
        if pending > 0:
            self.emit(bc.BUILD_LIST, pending)
            self.emit(bc.LIST_EXTEND, 1)
        self.emit(bc.LIST_TO_TUPLE, 0)
        if len(keywords) > 0:
            self.emit(bc.BUILD_MAP, 0)
            for k in keywords:
                kn2 = k.arg
                if kn2 is None:
                    self.visit_expr(k.value)
                    self.emit(bc.DICT_MERGE, 1)
                else:
                    self.load_str(kn2)
                    self.visit_expr(k.value)
                    self.emit(bc.BUILD_MAP, 1)
                    self.emit(bc.DICT_MERGE, 1)
            self.set_line(node)
            self.emit(bc.CALL_FUNCTION_EX, 1)
        else:
            self.set_line(node)
            self.emit(bc.CALL_FUNCTION_EX, 0)

    def visit_comprehension(self, e: pyast.expr, gens: list[pyast.comprehension], name: str,
                            elt: pyast.expr, value: pyast.expr | None, kind: int) -> None:
        child = self.new_child(e, name)
        child.code.argcount = 1
        if kind == 0:
            child.emit(bc.BUILD_LIST, 0)
        elif kind == 1:
            child.emit(bc.BUILD_SET, 0)
        elif kind == 2:
            child.emit(bc.BUILD_MAP, 0)
        child.comprehension_loop(gens, 0, elt, value, kind)
        if kind == 3:
            child.load_none()
        child.emit(bc.RETURN_VALUE, 0)
        code = child.finish()
        self.make_closure(child, code, 0)
        self.visit_expr(gens[0].iter)
        self.emit(bc.GET_ITER, 0)
        self.emit(bc.CALL_FUNCTION, 1)

    def comprehension_loop(self, gens: list[pyast.comprehension], i: int, elt: pyast.expr,
                           value: pyast.expr | None, kind: int) -> None:
        g = gens[i]
        if i == 0:
            self.emit(bc.LOAD_FAST, self.varname(".0"))
        else:
            self.visit_expr(g.iter)
            self.emit(bc.GET_ITER, 0)
        top = self.here()
        jexit = self.emit(bc.FOR_ITER, 0)
        self.store_target(g.target)
        for cond in g.ifs:
            self.visit_expr(cond)
            self.emit(bc.POP_JUMP_IF_FALSE, top)
        if i + 1 < len(gens):
            self.comprehension_loop(gens, i + 1, elt, value, kind)
        else:
            depth = len(gens) + 1
            if kind == 0:
                self.visit_expr(elt)
                self.emit(bc.LIST_APPEND, depth)
            elif kind == 1:
                self.visit_expr(elt)
                self.emit(bc.SET_ADD, depth)
            elif kind == 2:
                self.visit_expr(elt)
                assert value is not None
                self.visit_expr(value)
                self.emit(bc.MAP_ADD, depth)
            else:
                self.visit_expr(elt)
                self.emit(bc.YIELD_VALUE, 0)
                self.emit(bc.POP_TOP, 0)
        self.emit(bc.JUMP, top)
        self.patch_here(jexit)


def binop_code(op: str) -> int:
    if op == "Add":
        return bc.OP_ADD
    if op == "Sub":
        return bc.OP_SUB
    if op == "Mult":
        return bc.OP_MUL
    if op == "Div":
        return bc.OP_TRUEDIV
    if op == "FloorDiv":
        return bc.OP_FLOORDIV
    if op == "Mod":
        return bc.OP_MOD
    if op == "Pow":
        return bc.OP_POW
    if op == "LShift":
        return bc.OP_LSHIFT
    if op == "RShift":
        return bc.OP_RSHIFT
    if op == "BitAnd":
        return bc.OP_AND
    if op == "BitOr":
        return bc.OP_OR
    if op == "BitXor":
        return bc.OP_XOR
    return bc.OP_MATMUL


def function_params(a: pyast.arguments) -> list[pyast.arg]:
    """The parameters in CPython's order: positional, *args, keyword-only,
    **kwargs."""
    res: list[pyast.arg] = []
    for p in a.posonlyargs:
        res.append(p)
    for p in a.args:
        res.append(p)
    va = a.vararg
    if va is not None:
        res.append(va)
    for p in a.kwonlyargs:
        res.append(p)
    ka = a.kwarg
    if ka is not None:
        res.append(ka)
    return res


def has_annotations(body: list[pyast.stmt]) -> bool:
    """Whether a module or class body has an annotated assignment, also
    inside compound statements (not in nested functions or classes)."""
    for st in body:
        if isinstance(st, pyast.AnnAssign):
            return True
        if isinstance(st, pyast.If):
            if has_annotations(st.body) or has_annotations(st.orelse):
                return True
        elif isinstance(st, pyast.While):
            if has_annotations(st.body) or has_annotations(st.orelse):
                return True
        elif isinstance(st, pyast.For):
            if has_annotations(st.body) or has_annotations(st.orelse):
                return True
        elif isinstance(st, pyast.With):
            if has_annotations(st.body):
                return True
        elif isinstance(st, pyast.Try):
            if has_annotations(st.body) or has_annotations(st.orelse) or has_annotations(st.finalbody):
                return True
            for h in st.handlers:
                if has_annotations(h.body):
                    return True
    return False


def compile_module(space: Space, mod: pyast.Module, filename: str, interactive: bool) -> bc.CodeObject:
    builder = SymtableBuilder()
    builder.interactive = interactive
    top = builder.build(mod)
    top.qualname = "<module>"
    gen = CodeGen(space, builder, top, "<module>", filename, 1)
    gen.code.flags |= bc.CO_MODULE
    # An interactive statement's string is echoed, not a docstring.
    doc = None if interactive else gen.docstring_of(mod.body)
    if doc is not None:
        gen.load_str(doc)
        gen.emit(bc.STORE_NAME, gen.name("__doc__"))
    if has_annotations(mod.body):
        gen.emit(bc.SETUP_ANNOTATIONS, 0)
    gen.compile_body(mod.body)
    gen.load_none()
    gen.emit(bc.RETURN_VALUE, 0)
    return gen.finish()


def compile_eval(space: Space, mod: pyast.Module, filename: str) -> bc.CodeObject:
    """eval() mode: the module must be a single expression, whose value the
    code returns."""
    if len(mod.body) != 1 or not isinstance(mod.body[0], pyast.Expr):
        lineno = mod.body[0].lineno if len(mod.body) > 0 else 1
        raise CompileError("invalid syntax", lineno, 1)
    st = mod.body[0]
    assert isinstance(st, pyast.Expr)
    builder = SymtableBuilder()
    top = builder.build(mod)
    top.qualname = "<module>"
    gen = CodeGen(space, builder, top, "<module>", filename, 1)
    gen.code.flags |= bc.CO_MODULE
    gen.visit_expr(st.value)
    gen.emit(bc.RETURN_VALUE, 0)
    return gen.finish()
