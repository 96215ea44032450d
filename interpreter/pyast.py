"""AST node classes of the Python VM (Python 3.11 grammar minus async/match).

Written in the input language (see docs/rpython.md and the VM brief).

Conventions, chosen to mirror CPython's `ast` module so that a converter
from CPython's trees is a field-by-field copy:

- class and field names are CPython's (`FunctionDef.decorator_list`,
  `arguments.posonlyargs`, `Call.keywords`, `Compare.comparators`, ...);
  the abstract bases are `expr` and `stmt` as in CPython (`Expr` is the
  expression statement);
- operators are strings holding CPython's operator class name:
  BinOp/AugAssign op: "Add" "Sub" "Mult" "MatMult" "Div" "Mod" "Pow"
  "LShift" "RShift" "BitOr" "BitXor" "BitAnd" "FloorDiv";
  BoolOp op: "And" "Or"; UnaryOp op: "Invert" "Not" "UAdd" "USub";
  Compare ops: "Eq" "NotEq" "Lt" "LtE" "Gt" "GtE" "Is" "IsNot" "In" "NotIn";
- expression contexts (`ctx`) are the strings "Load", "Store", "Del";
- `FormattedValue.conversion` is -1 (none) or ord('s'), ord('r'), ord('a');
- `Constant` is typed by its `kind` field (see the class);
- `comprehension.is_async` and `AnnAssign.simple` are ints (0/1) as in CPython;
- every node has lineno, col_offset (UTF-8 byte offset, as CPython),
  end_lineno, end_col_offset; nodes CPython gives no position
  (arguments, comprehension, withitem, Module) carry zeros or the
  position of their first token.

Every constructor takes the fields in CPython's order followed by
lineno, col_offset, end_lineno, end_col_offset.
"""


class Node:
    def __init__(self, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        self.lineno: int = lineno
        self.col_offset: int = col_offset
        self.end_lineno: int = end_lineno
        self.end_col_offset: int = end_col_offset

    def kind_name(self) -> str:
        return "Node"


class expr(Node):
    """Base of all expression nodes."""

    def __init__(self, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        Node.__init__(self, lineno, col_offset, end_lineno, end_col_offset)

    def kind_name(self) -> str:
        return "expr"


class stmt(Node):
    """Base of all statement nodes."""

    def __init__(self, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        Node.__init__(self, lineno, col_offset, end_lineno, end_col_offset)

    def kind_name(self) -> str:
        return "stmt"


class arg(Node):
    def __init__(self, arg: str, annotation: expr | None, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        Node.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.arg: str = arg
        self.annotation: expr | None = annotation

    def kind_name(self) -> str:
        return "arg"


class arguments(Node):
    def __init__(self, posonlyargs: list[arg], args: list[arg], vararg: arg | None, kwonlyargs: list[arg], kw_defaults: list[expr | None], kwarg: arg | None, defaults: list[expr], lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        Node.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.posonlyargs: list[arg] = posonlyargs
        self.args: list[arg] = args
        self.vararg: arg | None = vararg
        self.kwonlyargs: list[arg] = kwonlyargs
        self.kw_defaults: list[expr | None] = kw_defaults
        self.kwarg: arg | None = kwarg
        self.defaults: list[expr] = defaults

    def kind_name(self) -> str:
        return "arguments"


class keyword(Node):
    def __init__(self, arg: str | None, value: expr, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        Node.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.arg: str | None = arg
        self.value: expr = value

    def kind_name(self) -> str:
        return "keyword"


class alias(Node):
    def __init__(self, name: str, asname: str | None, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        Node.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.name: str = name
        self.asname: str | None = asname

    def kind_name(self) -> str:
        return "alias"


class withitem(Node):
    def __init__(self, context_expr: expr, optional_vars: expr | None, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        Node.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.context_expr: expr = context_expr
        self.optional_vars: expr | None = optional_vars

    def kind_name(self) -> str:
        return "withitem"


class comprehension(Node):
    def __init__(self, target: expr, iter: expr, ifs: list[expr], is_async: int, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        Node.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.target: expr = target
        self.iter: expr = iter
        self.ifs: list[expr] = ifs
        self.is_async: int = is_async

    def kind_name(self) -> str:
        return "comprehension"


class ExceptHandler(Node):
    def __init__(self, type: expr | None, name: str | None, body: list[stmt], lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        Node.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.type: expr | None = type
        self.name: str | None = name
        self.body: list[stmt] = body

    def kind_name(self) -> str:
        return "ExceptHandler"


class Module(Node):
    def __init__(self, body: list[stmt], lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        Node.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.body: list[stmt] = body

    def kind_name(self) -> str:
        return "Module"


class FunctionDef(stmt):
    def __init__(self, name: str, args: arguments, body: list[stmt], decorator_list: list[expr], returns: expr | None, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        stmt.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.name: str = name
        self.args: arguments = args
        self.body: list[stmt] = body
        self.decorator_list: list[expr] = decorator_list
        self.returns: expr | None = returns

    def kind_name(self) -> str:
        return "FunctionDef"


class ClassDef(stmt):
    def __init__(self, name: str, bases: list[expr], keywords: list[keyword], body: list[stmt], decorator_list: list[expr], lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        stmt.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.name: str = name
        self.bases: list[expr] = bases
        self.keywords: list[keyword] = keywords
        self.body: list[stmt] = body
        self.decorator_list: list[expr] = decorator_list

    def kind_name(self) -> str:
        return "ClassDef"


class Return(stmt):
    def __init__(self, value: expr | None, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        stmt.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.value: expr | None = value

    def kind_name(self) -> str:
        return "Return"


class Delete(stmt):
    def __init__(self, targets: list[expr], lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        stmt.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.targets: list[expr] = targets

    def kind_name(self) -> str:
        return "Delete"


class Assign(stmt):
    def __init__(self, targets: list[expr], value: expr, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        stmt.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.targets: list[expr] = targets
        self.value: expr = value

    def kind_name(self) -> str:
        return "Assign"


class AugAssign(stmt):
    def __init__(self, target: expr, op: str, value: expr, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        stmt.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.target: expr = target
        self.op: str = op
        self.value: expr = value

    def kind_name(self) -> str:
        return "AugAssign"


class AnnAssign(stmt):
    def __init__(self, target: expr, annotation: expr, value: expr | None, simple: int, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        stmt.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.target: expr = target
        self.annotation: expr = annotation
        self.value: expr | None = value
        self.simple: int = simple

    def kind_name(self) -> str:
        return "AnnAssign"


class For(stmt):
    def __init__(self, target: expr, iter: expr, body: list[stmt], orelse: list[stmt], lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        stmt.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.target: expr = target
        self.iter: expr = iter
        self.body: list[stmt] = body
        self.orelse: list[stmt] = orelse

    def kind_name(self) -> str:
        return "For"


class While(stmt):
    def __init__(self, test: expr, body: list[stmt], orelse: list[stmt], lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        stmt.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.test: expr = test
        self.body: list[stmt] = body
        self.orelse: list[stmt] = orelse

    def kind_name(self) -> str:
        return "While"


class If(stmt):
    def __init__(self, test: expr, body: list[stmt], orelse: list[stmt], lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        stmt.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.test: expr = test
        self.body: list[stmt] = body
        self.orelse: list[stmt] = orelse

    def kind_name(self) -> str:
        return "If"


class With(stmt):
    def __init__(self, items: list[withitem], body: list[stmt], lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        stmt.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.items: list[withitem] = items
        self.body: list[stmt] = body

    def kind_name(self) -> str:
        return "With"


class Raise(stmt):
    def __init__(self, exc: expr | None, cause: expr | None, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        stmt.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.exc: expr | None = exc
        self.cause: expr | None = cause

    def kind_name(self) -> str:
        return "Raise"


class Try(stmt):
    def __init__(self, body: list[stmt], handlers: list[ExceptHandler], orelse: list[stmt], finalbody: list[stmt], lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        stmt.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.body: list[stmt] = body
        self.handlers: list[ExceptHandler] = handlers
        self.orelse: list[stmt] = orelse
        self.finalbody: list[stmt] = finalbody

    def kind_name(self) -> str:
        return "Try"


class TryStar(stmt):
    def __init__(self, body: list[stmt], handlers: list[ExceptHandler], orelse: list[stmt], finalbody: list[stmt], lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        stmt.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.body: list[stmt] = body
        self.handlers: list[ExceptHandler] = handlers
        self.orelse: list[stmt] = orelse
        self.finalbody: list[stmt] = finalbody

    def kind_name(self) -> str:
        return "TryStar"


class Assert(stmt):
    def __init__(self, test: expr, msg: expr | None, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        stmt.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.test: expr = test
        self.msg: expr | None = msg

    def kind_name(self) -> str:
        return "Assert"


class Import(stmt):
    def __init__(self, names: list[alias], lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        stmt.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.names: list[alias] = names

    def kind_name(self) -> str:
        return "Import"


class ImportFrom(stmt):
    def __init__(self, module: str | None, names: list[alias], level: int, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        stmt.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.module: str | None = module
        self.names: list[alias] = names
        self.level: int = level

    def kind_name(self) -> str:
        return "ImportFrom"


class Global(stmt):
    def __init__(self, names: list[str], lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        stmt.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.names: list[str] = names

    def kind_name(self) -> str:
        return "Global"


class Nonlocal(stmt):
    def __init__(self, names: list[str], lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        stmt.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.names: list[str] = names

    def kind_name(self) -> str:
        return "Nonlocal"


class Expr(stmt):
    def __init__(self, value: expr, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        stmt.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.value: expr = value

    def kind_name(self) -> str:
        return "Expr"


class Pass(stmt):
    def __init__(self, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        stmt.__init__(self, lineno, col_offset, end_lineno, end_col_offset)

    def kind_name(self) -> str:
        return "Pass"


class Break(stmt):
    def __init__(self, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        stmt.__init__(self, lineno, col_offset, end_lineno, end_col_offset)

    def kind_name(self) -> str:
        return "Break"


class Continue(stmt):
    def __init__(self, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        stmt.__init__(self, lineno, col_offset, end_lineno, end_col_offset)

    def kind_name(self) -> str:
        return "Continue"


class BoolOp(expr):
    def __init__(self, op: str, values: list[expr], lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.op: str = op
        self.values: list[expr] = values

    def kind_name(self) -> str:
        return "BoolOp"


class NamedExpr(expr):
    def __init__(self, target: expr, value: expr, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.target: expr = target
        self.value: expr = value

    def kind_name(self) -> str:
        return "NamedExpr"


class BinOp(expr):
    def __init__(self, left: expr, op: str, right: expr, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.left: expr = left
        self.op: str = op
        self.right: expr = right

    def kind_name(self) -> str:
        return "BinOp"


class UnaryOp(expr):
    def __init__(self, op: str, operand: expr, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.op: str = op
        self.operand: expr = operand

    def kind_name(self) -> str:
        return "UnaryOp"


class Lambda(expr):
    def __init__(self, args: arguments, body: expr, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.args: arguments = args
        self.body: expr = body

    def kind_name(self) -> str:
        return "Lambda"


class IfExp(expr):
    def __init__(self, test: expr, body: expr, orelse: expr, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.test: expr = test
        self.body: expr = body
        self.orelse: expr = orelse

    def kind_name(self) -> str:
        return "IfExp"


class Dict(expr):
    def __init__(self, keys: list[expr | None], values: list[expr], lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.keys: list[expr | None] = keys
        self.values: list[expr] = values

    def kind_name(self) -> str:
        return "Dict"


class Set(expr):
    def __init__(self, elts: list[expr], lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.elts: list[expr] = elts

    def kind_name(self) -> str:
        return "Set"


class ListComp(expr):
    def __init__(self, elt: expr, generators: list[comprehension], lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.elt: expr = elt
        self.generators: list[comprehension] = generators

    def kind_name(self) -> str:
        return "ListComp"


class SetComp(expr):
    def __init__(self, elt: expr, generators: list[comprehension], lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.elt: expr = elt
        self.generators: list[comprehension] = generators

    def kind_name(self) -> str:
        return "SetComp"


class DictComp(expr):
    def __init__(self, key: expr, value: expr, generators: list[comprehension], lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.key: expr = key
        self.value: expr = value
        self.generators: list[comprehension] = generators

    def kind_name(self) -> str:
        return "DictComp"


class GeneratorExp(expr):
    def __init__(self, elt: expr, generators: list[comprehension], lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.elt: expr = elt
        self.generators: list[comprehension] = generators

    def kind_name(self) -> str:
        return "GeneratorExp"


class Yield(expr):
    def __init__(self, value: expr | None, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.value: expr | None = value

    def kind_name(self) -> str:
        return "Yield"


class YieldFrom(expr):
    def __init__(self, value: expr, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.value: expr = value

    def kind_name(self) -> str:
        return "YieldFrom"


class Compare(expr):
    def __init__(self, left: expr, ops: list[str], comparators: list[expr], lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.left: expr = left
        self.ops: list[str] = ops
        self.comparators: list[expr] = comparators

    def kind_name(self) -> str:
        return "Compare"


class Call(expr):
    def __init__(self, func: expr, args: list[expr], keywords: list[keyword], lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.func: expr = func
        self.args: list[expr] = args
        self.keywords: list[keyword] = keywords

    def kind_name(self) -> str:
        return "Call"


class FormattedValue(expr):
    def __init__(self, value: expr, conversion: int, format_spec: expr | None, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.value: expr = value
        self.conversion: int = conversion
        self.format_spec: expr | None = format_spec

    def kind_name(self) -> str:
        return "FormattedValue"


class JoinedStr(expr):
    def __init__(self, values: list[expr], lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.values: list[expr] = values

    def kind_name(self) -> str:
        return "JoinedStr"


class Attribute(expr):
    def __init__(self, value: expr, attr: str, ctx: str, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.value: expr = value
        self.attr: str = attr
        self.ctx: str = ctx

    def kind_name(self) -> str:
        return "Attribute"


class Subscript(expr):
    def __init__(self, value: expr, slice: expr, ctx: str, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.value: expr = value
        self.slice: expr = slice
        self.ctx: str = ctx

    def kind_name(self) -> str:
        return "Subscript"


class Starred(expr):
    def __init__(self, value: expr, ctx: str, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.value: expr = value
        self.ctx: str = ctx

    def kind_name(self) -> str:
        return "Starred"


class Name(expr):
    def __init__(self, id: str, ctx: str, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.id: str = id
        self.ctx: str = ctx

    def kind_name(self) -> str:
        return "Name"


class List(expr):
    def __init__(self, elts: list[expr], ctx: str, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.elts: list[expr] = elts
        self.ctx: str = ctx

    def kind_name(self) -> str:
        return "List"


class Tuple(expr):
    def __init__(self, elts: list[expr], ctx: str, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.elts: list[expr] = elts
        self.ctx: str = ctx

    def kind_name(self) -> str:
        return "Tuple"


class Slice(expr):
    def __init__(self, lower: expr | None, upper: expr | None, step: expr | None, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.lower: expr | None = lower
        self.upper: expr | None = upper
        self.step: expr | None = step

    def kind_name(self) -> str:
        return "Slice"

# Constant kinds (the `kind` field):
#   "int"      small int, value in `ival` (fits in a signed 64-bit int)
#   "bigint"   int literal too big for 64 bits: decimal digits in `sval`
#   "float"    value in `fval`
#   "complex"  imaginary literal (e.g. 2j): imaginary part in `fval`
#   "str"      value in `sval` (`ival` is 1 for a u"" prefixed literal, as
#              CPython's Constant.kind == "u"; else 0)
#   "bytes"    value in `bval`
#   "bool"     `ival` is 1 for True, 0 for False
#   "None"     None
#   "Ellipsis" ...
CONST_INT = "int"
CONST_BIGINT = "bigint"
CONST_FLOAT = "float"
CONST_COMPLEX = "complex"
CONST_STR = "str"
CONST_BYTES = "bytes"
CONST_BOOL = "bool"
CONST_NONE = "None"
CONST_ELLIPSIS = "Ellipsis"


class Constant(expr):
    def __init__(self, kind: str, ival: int, fval: float, sval: str, bval: bytes, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        expr.__init__(self, lineno, col_offset, end_lineno, end_col_offset)
        self.kind: str = kind
        self.ival: int = ival
        self.fval: float = fval
        self.sval: str = sval
        self.bval: bytes = bval

    def kind_name(self) -> str:
        return "Constant"


def const_int(value: int, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> Constant:
    return Constant(CONST_INT, value, 0.0, "", b"", lineno, col_offset, end_lineno, end_col_offset)


def const_bigint(digits: str, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> Constant:
    return Constant(CONST_BIGINT, 0, 0.0, digits, b"", lineno, col_offset, end_lineno, end_col_offset)


def const_float(value: float, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> Constant:
    return Constant(CONST_FLOAT, 0, value, "", b"", lineno, col_offset, end_lineno, end_col_offset)


def const_complex(imag: float, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> Constant:
    return Constant(CONST_COMPLEX, 0, imag, "", b"", lineno, col_offset, end_lineno, end_col_offset)


def const_str(value: str, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> Constant:
    return Constant(CONST_STR, 0, 0.0, value, b"", lineno, col_offset, end_lineno, end_col_offset)


def const_bytes(value: bytes, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> Constant:
    return Constant(CONST_BYTES, 0, 0.0, "", value, lineno, col_offset, end_lineno, end_col_offset)


def const_bool(value: bool, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> Constant:
    return Constant(CONST_BOOL, 1 if value else 0, 0.0, "", b"", lineno, col_offset, end_lineno, end_col_offset)


def const_none(lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> Constant:
    return Constant(CONST_NONE, 0, 0.0, "", b"", lineno, col_offset, end_lineno, end_col_offset)


def const_ellipsis(lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> Constant:
    return Constant(CONST_ELLIPSIS, 0, 0.0, "", b"", lineno, col_offset, end_lineno, end_col_offset)
