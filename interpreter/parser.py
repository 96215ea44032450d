"""Recursive-descent parser of the Python VM (Python 3.11 grammar without
async/await and match), producing the nodes of interpreter.pyast.

Written in the input language.  Entry points:

    parse_module(source: str, filename: str) -> pyast.Module
    parse_expression(source: str) -> pyast.expr     (for eval())

Errors raise tokenizer.ParseError with CPython's SyntaxError messages for
the common cases.  The parser recurses on the host stack.
"""

from interpreter import pyast
from interpreter.pyast import expr, stmt
from interpreter.tokenizer import (Token, Tokenizer, ParseError, ENDMARKER, NAME, NUMBER,
                                   STRING, OP, NEWLINE, INDENT, DEDENT, hex4)

KEYWORDS = ["False", "None", "True", "and", "as", "assert", "async", "await", "break",
            "class", "continue", "def", "del", "elif", "else", "except", "finally",
            "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
            "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"]

AUGOPS = ["+=", "-=", "*=", "@=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**=", "//="]
AUGOP_NAMES = ["Add", "Sub", "Mult", "MatMult", "Div", "Mod", "BitAnd", "BitOr", "BitXor",
               "LShift", "RShift", "Pow", "FloorDiv"]

COMPARE_OPS = ["==", "!=", "<", "<=", ">", ">="]
COMPARE_NAMES = ["Eq", "NotEq", "Lt", "LtE", "Gt", "GtE"]

MAX_INT_STR = "9223372036854775807"


def is_keyword(s: str) -> bool:
    return s in KEYWORDS


class FStringState:
    def __init__(self, raw: str, start: int, end: int, is_raw: bool, tok: Token) -> None:
        self.raw: str = raw
        self.pos: int = start
        self.end: int = end
        self.is_raw: bool = is_raw
        self.tok: Token = tok


class Parser:
    def __init__(self, tok: Tokenizer, tokens: list[Token], lines_tok: Tokenizer) -> None:
        self.tok: Tokenizer = tok            # where the tokens (and lexical error) come from
        self.lines_tok: Tokenizer = lines_tok  # the tokenizer of the whole file (lines, byte columns)
        self.tokens: list[Token] = tokens
        self.pos: int = 0
        self.last_lineno: int = 1
        self.last_col: int = 0
        self.generic_error: bool = False
        self.error_pos: int = 0
        self.max_pos: int = 0         # the furthest token looked at
        self.in_fstring: bool = False
        self.elt_start: Token = tokens[0] if len(tokens) > 0 else Token(ENDMARKER, "", 1, 0, 1, 0)

    # ---------------------------------------------------------------- tokens

    def peek(self) -> Token:
        if self.pos < len(self.tokens):
            if self.pos > self.max_pos:
                self.max_pos = self.pos
            return self.tokens[self.pos]
        err = self.tok.error
        if err is not None:
            raise err
        return self.tokens[len(self.tokens) - 1]

    def peek_at(self, k: int) -> Token:
        i = self.pos + k
        if i < len(self.tokens):
            if i > self.max_pos:
                self.max_pos = i
            return self.tokens[i]
        err = self.tok.error
        if err is not None:
            raise err
        return self.tokens[len(self.tokens) - 1]

    def advance(self) -> Token:
        t = self.peek()
        if t.kind != ENDMARKER:
            self.pos += 1
        if t.kind != NEWLINE and t.kind != INDENT and t.kind != DEDENT and t.kind != ENDMARKER:
            self.last_lineno = t.end_lineno
            self.last_col = t.end_col
        return t

    def at_op(self, op: str) -> bool:
        t = self.peek()
        return t.kind == OP and t.value == op

    def at_kw(self, kw: str) -> bool:
        t = self.peek()
        return t.kind == NAME and t.value == kw

    def at_name(self) -> bool:
        t = self.peek()
        return t.kind == NAME and not is_keyword(t.value)

    def accept_op(self, op: str) -> bool:
        if self.at_op(op):
            self.advance()
            return True
        return False

    def accept_kw(self, kw: str) -> bool:
        if self.at_kw(kw):
            self.advance()
            return True
        return False

    def expect_op(self, op: str) -> Token:
        if self.at_op(op):
            return self.advance()
        if op == ":":
            raise self.error_at_token("expected ':'", self.peek())
        raise self.syntax_error()

    def expect_name(self) -> str:
        t = self.peek()
        if t.kind == NAME and not is_keyword(t.value):
            self.advance()
            return t.value
        raise self.syntax_error()

    # -------------------------------------------------------------- positions

    def bcol(self, lineno: int, col: int) -> int:
        return self.lines_tok.byte_col(lineno, col)

    def sl(self, t: Token) -> int:
        return t.lineno

    def sc(self, t: Token) -> int:
        return self.bcol(t.lineno, t.col)

    def el(self) -> int:
        return self.last_lineno

    def ec(self) -> int:
        return self.bcol(self.last_lineno, self.last_col)

    # ----------------------------------------------------------------- errors

    def error_at_token(self, msg: str, t: Token) -> ParseError:
        text = self.lines_tok.line_text(t.lineno)
        end_lineno = t.end_lineno
        end_col = t.end_col
        if t.kind == NEWLINE or t.kind == ENDMARKER or t.kind == DEDENT:
            end_lineno = t.lineno
            end_col = t.col
        return ParseError(msg, t.lineno, t.col + 1, text, end_lineno, end_col + 1, "SyntaxError")

    def error_at_node(self, msg: str, node: pyast.Node) -> ParseError:
        text = self.lines_tok.line_text(node.lineno)
        col = char_col(text, node.col_offset)
        end_text = self.lines_tok.line_text(node.end_lineno)
        end_col = char_col(end_text, node.end_col_offset)
        return ParseError(msg, node.lineno, col + 1, text, node.end_lineno, end_col + 1, "SyntaxError")

    def error_between(self, msg: str, a: pyast.Node, b: pyast.Node) -> ParseError:
        text = self.lines_tok.line_text(a.lineno)
        col = char_col(text, a.col_offset)
        end_text = self.lines_tok.line_text(b.end_lineno)
        end_col = char_col(end_text, b.end_col_offset)
        return ParseError(msg, a.lineno, col + 1, text, b.end_lineno, end_col + 1, "SyntaxError")

    def syntax_error(self) -> ParseError:
        t = self.peek()
        if t.kind == INDENT:
            e = self.error_at_token("unexpected indent", t)
            e.kind = "IndentationError"
            return e
        if t.kind == DEDENT:
            e = self.error_at_token("unexpected unindent", t)
            e.kind = "IndentationError"
            return e
        e = self.error_at_token("invalid syntax", t)
        self.generic_error = True
        self.error_pos = self.pos
        if t.kind == OP and t.value == "=":
            # CPython's error rules look at `= expression` and one token
            # more (this matters for reporting unclosed brackets)
            save = self.pos
            save_l = self.last_lineno
            save_c = self.last_col
            try:
                self.advance()
                self.parse_bitwise_or()
                self.peek()
            except ParseError:
                pass
            self.pos = save
            self.last_lineno = save_l
            self.last_col = save_c
        return e

    # ------------------------------------------------------------- statements

    def parse_file(self) -> pyast.Module:
        body: list[stmt] = []
        while True:
            t = self.peek()
            if t.kind == ENDMARKER:
                break
            if t.kind == NEWLINE:
                self.advance()
                continue
            self.parse_statement(body)
        return pyast.Module(body, 0, 0, 0, 0)

    def parse_statement(self, body: list[stmt]) -> None:
        t = self.peek()
        if t.kind == INDENT:
            e = ParseError("unexpected indent", t.lineno, t.end_col, self.lines_tok.line_text(t.lineno), t.lineno, -1, "IndentationError")
            raise e
        if t.kind == NAME:
            v = t.value
            if v == "def":
                body.append(self.parse_funcdef(t, []))
                return
            if v == "class":
                body.append(self.parse_classdef(t, []))
                return
            if v == "if":
                body.append(self.parse_if(t))
                return
            if v == "while":
                body.append(self.parse_while(t))
                return
            if v == "for":
                body.append(self.parse_for(t))
                return
            if v == "try":
                body.append(self.parse_try(t))
                return
            if v == "with":
                body.append(self.parse_with(t))
                return
            if v == "async":
                raise self.error_at_token("async is not supported", t)
        if t.kind == OP and t.value == "@":
            body.append(self.parse_decorated())
            return
        self.parse_simple_stmts(body)

    def parse_simple_stmts(self, body: list[stmt]) -> None:
        while True:
            body.append(self.parse_simple_stmt())
            if self.accept_op(";"):
                if self.peek().kind == NEWLINE:
                    break
                continue
            break
        t = self.peek()
        if t.kind != NEWLINE:
            raise self.syntax_error()
        self.advance()

    def parse_block(self, what: str, t0: Token) -> list[stmt]:
        body: list[stmt] = []
        if not self.at_op(":"):
            # CPython: "expected ':'" is forced after def/try/finally/else,
            # elsewhere only when the line ends there
            forced = what == "function definition" or what == "'try' statement" or what == "'finally' statement" or what == "'else' statement"
            if forced or self.peek().kind == NEWLINE:
                raise self.error_at_token("expected ':'", self.peek())
            raise self.syntax_error()
        self.advance()
        t = self.peek()
        if t.kind == NEWLINE:
            self.advance()
            t = self.peek()
            if t.kind != INDENT:
                msg = "expected an indented block after " + what + " on line " + str(t0.lineno)
                e = self.error_at_token(msg, t)
                e.kind = "IndentationError"
                raise e
            self.advance()
            while True:
                t = self.peek()
                if t.kind == DEDENT:
                    self.advance()
                    break
                if t.kind == ENDMARKER:
                    break
                self.parse_statement(body)
            return body
        self.parse_simple_stmts(body)
        return body

    def parse_simple_stmt(self) -> stmt:
        t = self.peek()
        if t.kind == NAME:
            v = t.value
            if v == "pass":
                self.advance()
                return pyast.Pass(t.lineno, self.sc(t), self.el(), self.ec())
            if v == "break":
                self.advance()
                return pyast.Break(t.lineno, self.sc(t), self.el(), self.ec())
            if v == "continue":
                self.advance()
                return pyast.Continue(t.lineno, self.sc(t), self.el(), self.ec())
            if v == "return":
                self.advance()
                value: expr | None = None
                if not self.at_simple_stmt_end():
                    value = self.parse_star_expressions()
                return pyast.Return(value, t.lineno, self.sc(t), self.el(), self.ec())
            if v == "import":
                return self.parse_import(t)
            if v == "from":
                return self.parse_from_import(t)
            if v == "raise":
                self.advance()
                exc: expr | None = None
                cause: expr | None = None
                if not self.at_simple_stmt_end():
                    exc = self.parse_expression()
                    if self.accept_kw("from"):
                        cause = self.parse_expression()
                return pyast.Raise(exc, cause, t.lineno, self.sc(t), self.el(), self.ec())
            if v == "global" or v == "nonlocal":
                self.advance()
                names: list[str] = [self.expect_name()]
                while self.accept_op(","):
                    names.append(self.expect_name())
                if v == "global":
                    return pyast.Global(names, t.lineno, self.sc(t), self.el(), self.ec())
                return pyast.Nonlocal(names, t.lineno, self.sc(t), self.el(), self.ec())
            if v == "del":
                self.advance()
                targets: list[expr] = []
                while True:
                    target = self.parse_target_atom_expr()
                    self.set_context(target, "Del")
                    targets.append(target)
                    if not self.accept_op(","):
                        break
                    if self.at_simple_stmt_end():
                        break
                if not self.at_simple_stmt_end():
                    raise self.syntax_error()
                return pyast.Delete(targets, t.lineno, self.sc(t), self.el(), self.ec())
            if v == "assert":
                self.advance()
                test = self.parse_expression()
                msg: expr | None = None
                if self.accept_op(","):
                    msg = self.parse_expression()
                return pyast.Assert(test, msg, t.lineno, self.sc(t), self.el(), self.ec())
        return self.parse_expr_stmt()

    def at_simple_stmt_end(self) -> bool:
        t = self.peek()
        if t.kind == NEWLINE or t.kind == ENDMARKER:
            return True
        return t.kind == OP and t.value == ";"

    def parse_expr_stmt(self) -> stmt:
        t = self.peek()
        first = self.parse_yield_or_star_expressions()
        if self.at_op("="):
            targets: list[expr] = [first]
            value = first
            starts: list[Token] = [t]
            while self.accept_op("="):
                starts.append(self.peek())
                value = self.parse_yield_or_star_expressions()
                targets.append(value)
            targets.pop()
            for i in range(len(targets)):
                st = starts[i]
                if st.kind == NAME and st.value == "yield":
                    raise self.error_at_node("assignment to yield expression not possible", targets[i])
            for target in targets:
                self.check_assign_target(target, len(targets) == 1)
                self.set_context(target, "Store")
            return pyast.Assign(targets, value, t.lineno, self.sc(t), self.el(), self.ec())
        nt = self.peek()
        if nt.kind == OP and nt.value in AUGOPS:
            if not (isinstance(first, pyast.Name) or isinstance(first, pyast.Attribute) or isinstance(first, pyast.Subscript)):
                raise self.error_at_node("'" + expr_name(first) + "' is an illegal expression for augmented assignment", first)
            self.set_context(first, "Store")
            self.advance()
            opname = AUGOP_NAMES[AUGOPS.index(nt.value)]
            value = self.parse_yield_or_star_expressions()
            return pyast.AugAssign(first, opname, value, t.lineno, self.sc(t), self.el(), self.ec())
        if nt.kind == OP and nt.value == ":":
            if not (isinstance(first, pyast.Name) or isinstance(first, pyast.Attribute) or isinstance(first, pyast.Subscript)):
                self.advance()
                if not self.starts_expression():
                    raise self.syntax_error()
            if isinstance(first, pyast.Tuple):
                raise self.error_at_node("only single target (not tuple) can be annotated", first)
            if isinstance(first, pyast.List):
                raise self.error_at_node("only single target (not list) can be annotated", first)
            if not (isinstance(first, pyast.Name) or isinstance(first, pyast.Attribute) or isinstance(first, pyast.Subscript)):
                raise self.error_at_node("illegal target for annotation", first)
            self.set_context(first, "Store")
            self.advance()
            annotation = self.parse_expression()
            avalue: expr | None = None
            if self.accept_op("="):
                avalue = self.parse_yield_or_star_expressions()
            simple = 1 if isinstance(first, pyast.Name) and not (t.kind == OP and t.value == "(") else 0
            return pyast.AnnAssign(first, annotation, avalue, simple, t.lineno, self.sc(t), self.el(), self.ec())
        if not self.at_simple_stmt_end():
            # print "x" and friends
            if isinstance(first, pyast.Name) and (first.id == "print" or first.id == "exec") and nt.kind != OP:
                e = self.error_at_token("Missing parentheses in call to '" + first.id + "'. Did you mean " + first.id + "(...)?", t)
                self.parse_star_expressions_quiet()
                e.end_lineno = self.el()
                e.end_offset = self.last_col + 1
                raise e
            raise self.syntax_error()
        return pyast.Expr(first, t.lineno, self.sc(t), self.el(), self.ec())

    def parse_star_expressions_quiet(self) -> None:
        try:
            self.parse_star_expressions()
        except ParseError:
            pass

    def check_assign_target(self, target: expr, single: bool) -> None:
        bad = invalid_target(target, False)
        if bad is not None:
            if isinstance(bad, pyast.Constant) and (bad.kind == pyast.CONST_BOOL or bad.kind == pyast.CONST_NONE):
                raise self.error_at_node("cannot assign to " + expr_name(bad), bad)
            if bad is target and single:
                raise self.error_at_node("cannot assign to " + expr_name(bad) + " here. Maybe you meant '==' instead of '='?", bad)
            raise self.error_at_node("cannot assign to " + expr_name(bad), bad)

    def set_context(self, e: expr, ctx: str) -> None:
        if isinstance(e, pyast.Name):
            if ctx != "Del" and e.id == "__debug__":
                raise self.error_at_node("cannot assign to __debug__", e)
            e.ctx = ctx
        elif isinstance(e, pyast.Attribute):
            e.ctx = ctx
        elif isinstance(e, pyast.Subscript):
            e.ctx = ctx
        elif isinstance(e, pyast.Starred):
            if ctx == "Del":
                raise self.error_at_node("cannot delete starred", e)
            e.ctx = ctx
            self.set_context(e.value, ctx)
        elif isinstance(e, pyast.Tuple):
            e.ctx = ctx
            for x in e.elts:
                self.set_context(x, ctx)
        elif isinstance(e, pyast.List):
            e.ctx = ctx
            for x in e.elts:
                self.set_context(x, ctx)
        else:
            verb = "delete" if ctx == "Del" else "assign to"
            raise self.error_at_node("cannot " + verb + " " + expr_name(e), e)

    def parse_import(self, t: Token) -> stmt:
        self.advance()
        names: list[pyast.alias] = []
        while True:
            at = self.peek()
            name = self.parse_dotted_name()
            asname: str | None = None
            if self.accept_kw("as"):
                asname = self.expect_name()
            names.append(pyast.alias(name, asname, at.lineno, self.sc(at), self.el(), self.ec()))
            if not self.accept_op(","):
                break
        return pyast.Import(names, t.lineno, self.sc(t), self.el(), self.ec())

    def parse_dotted_name(self) -> str:
        name = self.expect_name()
        while self.at_op("."):
            self.advance()
            name = name + "." + self.expect_name()
        return name

    def parse_from_import(self, t: Token) -> stmt:
        self.advance()
        level = 0
        while True:
            if self.accept_op("."):
                level += 1
            elif self.accept_op("..."):
                level += 3
            else:
                break
        module: str | None = None
        if not self.at_kw("import"):
            module = self.parse_dotted_name()
        if not self.accept_kw("import"):
            raise self.syntax_error()
        names: list[pyast.alias] = []
        st = self.peek()
        if self.accept_op("*"):
            names.append(pyast.alias("*", None, st.lineno, self.sc(st), self.el(), self.ec()))
            return pyast.ImportFrom(module, names, level, t.lineno, self.sc(t), self.el(), self.ec())
        paren = self.accept_op("(")
        while True:
            at = self.peek()
            name = self.expect_name()
            asname: str | None = None
            if self.accept_kw("as"):
                asname = self.expect_name()
            names.append(pyast.alias(name, asname, at.lineno, self.sc(at), self.el(), self.ec()))
            if not self.accept_op(","):
                break
            if paren and self.at_op(")"):
                break
            if not paren and self.at_simple_stmt_end():
                raise self.error_at_token("trailing comma not allowed without surrounding parentheses", self.peek())
        if paren:
            self.expect_op(")")
        return pyast.ImportFrom(module, names, level, t.lineno, self.sc(t), self.el(), self.ec())

    def parse_decorated(self) -> stmt:
        decorators: list[expr] = []
        while self.at_op("@"):
            self.advance()
            decorators.append(self.parse_named_expression())
            if self.peek().kind != NEWLINE:
                raise self.syntax_error()
            self.advance()
        t = self.peek()
        if t.kind == NAME and t.value == "def":
            return self.parse_funcdef(t, decorators)
        if t.kind == NAME and t.value == "class":
            return self.parse_classdef(t, decorators)
        raise self.syntax_error()

    def parse_funcdef(self, t: Token, decorators: list[expr]) -> stmt:
        self.advance()
        name = self.expect_name()
        lp = self.peek()
        if not self.at_op("("):
            raise self.error_at_token("expected '('", lp)
        self.advance()
        args = self.parse_parameters(")", True, lp)
        self.expect_op(")")
        returns: expr | None = None
        if self.accept_op("->"):
            returns = self.parse_expression()
        body = self.parse_block("function definition", t)
        return pyast.FunctionDef(name, args, body, decorators, returns, t.lineno, self.sc(t), self.el(), self.ec())

    def parse_classdef(self, t: Token, decorators: list[expr]) -> stmt:
        self.advance()
        name = self.expect_name()
        bases: list[expr] = []
        keywords: list[pyast.keyword] = []
        if self.accept_op("("):
            self.parse_call_args(bases, keywords)
            self.expect_op(")")
        body = self.parse_block("class definition", t)
        return pyast.ClassDef(name, bases, keywords, body, decorators, t.lineno, self.sc(t), self.el(), self.ec())

    def parse_parameters(self, closer: str, annotations: bool, t0: Token) -> pyast.arguments:
        posonly: list[pyast.arg] = []
        args: list[pyast.arg] = []
        defaults: list[expr] = []
        kwonly: list[pyast.arg] = []
        kw_defaults: list[expr | None] = []
        vararg: pyast.arg | None = None
        kwarg: pyast.arg | None = None
        seen_star = False
        seen_default = False
        while not self.at_op(closer):
            t = self.peek()
            if t.kind == OP and t.value == "/":
                if seen_star or len(posonly) > 0 or len(args) == 0:
                    if len(args) == 0 and not seen_star and len(posonly) == 0:
                        raise self.error_at_token("at least one argument must precede /", t)
                    if seen_star:
                        raise self.error_at_token("/ must be ahead of *", t)
                    raise self.error_at_token("/ may appear only once", t)
                self.advance()
                posonly = args
                args = []
            elif t.kind == OP and t.value == "**":
                self.advance()
                kwarg = self.parse_param(annotations, False)
                if self.at_op("="):
                    raise self.error_at_token("var-keyword argument cannot have default value", self.peek())
                self.accept_op(",")
                if not self.at_op(closer):
                    raise self.error_at_token("arguments cannot follow var-keyword argument", self.peek())
                break
            elif t.kind == OP and t.value == "*":
                if seen_star:
                    raise self.error_at_token("* argument may appear only once", t)
                self.advance()
                seen_star = True
                if self.at_op(",") or self.at_op(closer):
                    nt = self.peek_at(1) if self.at_op(",") else self.peek()
                    if self.at_op(closer) or (nt.kind == OP and (nt.value == closer or nt.value == "**")):
                        raise self.error_at_token("named arguments must follow bare *", t)
                else:
                    vararg = self.parse_param(annotations, True)
                    if self.at_op("="):
                        raise self.error_at_token("var-positional argument cannot have default value", self.peek())
            else:
                a = self.parse_param(annotations, False)
                if seen_star:
                    kwonly.append(a)
                    if self.accept_op("="):
                        self.check_default()
                        kw_defaults.append(self.parse_expression())
                    else:
                        kw_defaults.append(None)
                else:
                    args.append(a)
                    if self.accept_op("="):
                        self.check_default()
                        defaults.append(self.parse_expression())
                        seen_default = True
                    elif seen_default:
                        raise self.error_at_node("non-default argument follows default argument", a)
            if not self.accept_op(","):
                break
        if seen_star and vararg is None and len(kwonly) == 0:
            raise self.error_at_token("named arguments must follow bare *", self.peek())
        return pyast.arguments(posonly, args, vararg, kwonly, kw_defaults, kwarg, defaults, 0, 0, 0, 0)

    def check_default(self) -> None:
        t = self.peek()
        if t.kind == OP and (t.value == "," or t.value == ")" or t.value == ":"):
            raise self.error_at_token("expected default value expression", t)

    def parse_param(self, annotations: bool, star: bool) -> pyast.arg:
        t = self.peek()
        if annotations and t.kind == OP and t.value == "(":
            raise self.error_at_token("Function parameters cannot be parenthesized", t)
        name = self.expect_name()
        ann: expr | None = None
        if annotations and self.accept_op(":"):
            if star and self.at_op("*"):
                st = self.advance()
                v = self.parse_expression()
                ann = pyast.Starred(v, "Load", st.lineno, self.sc(st), self.el(), self.ec())
            else:
                ann = self.parse_expression()
        return pyast.arg(name, ann, t.lineno, self.sc(t), self.el(), self.ec())

    def parse_if(self, t: Token) -> stmt:
        self.advance()
        test = self.parse_named_expression_cond()
        what = "'" + t.value + "' statement"
        body = self.parse_block(what, t)
        orelse: list[stmt] = []
        nt = self.peek()
        if nt.kind == NAME and nt.value == "elif":
            orelse.append(self.parse_if(nt))
        elif nt.kind == NAME and nt.value == "else":
            self.advance()
            orelse = self.parse_block("'else' statement", nt)
        return pyast.If(test, body, orelse, t.lineno, self.sc(t), self.el(), self.ec())

    def parse_named_expression_cond(self) -> expr:
        e = self.parse_named_expression()
        if self.at_op("="):
            if is_bitwise_or_level(e) and not is_list_tuple_or_singleton(e):
                self.advance()
                try:
                    rhs = self.parse_bitwise_or()
                except ParseError:
                    raise self.syntax_error()
                if self.at_op("=") or self.at_op(":="):
                    raise self.syntax_error()
                if isinstance(e, pyast.Name):
                    raise self.error_between("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, rhs)
                raise self.error_at_node("cannot assign to " + expr_name(e) + " here. Maybe you meant '==' instead of '='?", e)
        return e

    def parse_while(self, t: Token) -> stmt:
        self.advance()
        test = self.parse_named_expression_cond()
        body = self.parse_block("'while' statement", t)
        orelse: list[stmt] = []
        nt = self.peek()
        if nt.kind == NAME and nt.value == "else":
            self.advance()
            orelse = self.parse_block("'else' statement", nt)
        return pyast.While(test, body, orelse, t.lineno, self.sc(t), self.el(), self.ec())

    def parse_for(self, t: Token) -> stmt:
        self.advance()
        target = self.parse_target_list()
        if not self.accept_kw("in"):
            raise self.syntax_error()
        it = self.parse_star_expressions()
        body = self.parse_block("'for' statement", t)
        orelse: list[stmt] = []
        nt = self.peek()
        if nt.kind == NAME and nt.value == "else":
            self.advance()
            orelse = self.parse_block("'else' statement", nt)
        return pyast.For(target, it, body, orelse, t.lineno, self.sc(t), self.el(), self.ec())

    def parse_target_list(self) -> expr:
        """star_targets, as in `for` statements and comprehensions."""
        t = self.peek()
        first = self.parse_star_target()
        if not self.at_op(","):
            self.set_context(first, "Store")
            return first
        elts: list[expr] = [first]
        while self.accept_op(","):
            if self.at_kw("in") or self.at_op("="):
                break
            elts.append(self.parse_star_target())
        tup = pyast.Tuple(elts, "Store", t.lineno, self.sc(t), self.el(), self.ec())
        self.set_context(tup, "Store")
        return tup

    def parse_star_target(self) -> expr:
        t = self.peek()
        if self.accept_op("*"):
            v = self.parse_bitwise_or()
            return pyast.Starred(v, "Store", t.lineno, self.sc(t), self.el(), self.ec())
        return self.parse_bitwise_or()

    def parse_target_atom_expr(self) -> expr:
        return self.parse_bitwise_or()

    def parse_try(self, t: Token) -> stmt:
        self.advance()
        body = self.parse_block("'try' statement", t)
        handlers: list[pyast.ExceptHandler] = []
        star = False
        while self.at_kw("except"):
            ht = self.advance()
            if self.accept_op("*"):
                star = True
            typ: expr | None = None
            name: str | None = None
            if not self.at_op(":"):
                typ = self.parse_expression()
                if self.at_op(","):
                    self.advance()
                    self.parse_expression()
                    raise self.error_between("multiple exception types must be parenthesized", typ, typ)
                if self.accept_kw("as"):
                    name = self.expect_name()
            hbody = self.parse_block("'except' statement", ht)
            handlers.append(pyast.ExceptHandler(typ, name, hbody, ht.lineno, self.sc(ht), self.el(), self.ec()))
        orelse: list[stmt] = []
        finalbody: list[stmt] = []
        if len(handlers) > 0 and self.at_kw("else"):
            et = self.advance()
            orelse = self.parse_block("'else' statement", et)
        if self.at_kw("finally"):
            ft = self.advance()
            finalbody = self.parse_block("'finally' statement", ft)
        if len(handlers) == 0 and len(finalbody) == 0:
            raise self.error_at_token("expected 'except' or 'finally' block", self.peek())
        if star:
            return pyast.TryStar(body, handlers, orelse, finalbody, t.lineno, self.sc(t), self.el(), self.ec())
        return pyast.Try(body, handlers, orelse, finalbody, t.lineno, self.sc(t), self.el(), self.ec())

    def parse_with(self, t: Token) -> stmt:
        self.advance()
        items: list[pyast.withitem] = []
        if self.at_op("("):
            save = self.pos
            save_l = self.last_lineno
            save_c = self.last_col
            ok = False
            try:
                self.advance()
                while True:
                    items.append(self.parse_with_item())
                    if not self.accept_op(","):
                        break
                    if self.at_op(")"):
                        break
                self.expect_op(")")
                ok = self.at_op(":")
            except ParseError:
                ok = False
            if not ok:
                self.pos = save
                self.last_lineno = save_l
                self.last_col = save_c
                items = []
        if len(items) == 0:
            while True:
                items.append(self.parse_with_item())
                if not self.accept_op(","):
                    break
        body = self.parse_block("'with' statement", t)
        return pyast.With(items, body, t.lineno, self.sc(t), self.el(), self.ec())

    def parse_with_item(self) -> pyast.withitem:
        t = self.peek()
        e = self.parse_expression()
        target: expr | None = None
        if self.accept_kw("as"):
            target = self.parse_star_target()
            nt = self.peek()
            if not (nt.kind == OP and (nt.value == "," or nt.value == ")" or nt.value == ":")):
                raise self.syntax_error()
            self.set_context(target, "Store")
        return pyast.withitem(e, target, 0, 0, 0, 0)

    # ------------------------------------------------------------ expressions

    def parse_yield_or_star_expressions(self) -> expr:
        if self.at_kw("yield"):
            return self.parse_yield()
        return self.parse_star_expressions()

    def parse_yield(self) -> expr:
        t = self.advance()
        if self.accept_kw("from"):
            v = self.parse_expression()
            return pyast.YieldFrom(v, t.lineno, self.sc(t), self.el(), self.ec())
        value: expr | None = None
        if self.starts_expression():
            value = self.parse_star_expressions()
        return pyast.Yield(value, t.lineno, self.sc(t), self.el(), self.ec())

    def starts_expression(self) -> bool:
        t = self.peek()
        if t.kind == NAME:
            if not is_keyword(t.value):
                return True
            return t.value in ["None", "True", "False", "not", "lambda", "await", "yield"]
        if t.kind == NUMBER or t.kind == STRING:
            return True
        if t.kind == OP:
            return t.value in ["(", "[", "{", "-", "+", "~", "*", "..."]
        return False

    def parse_star_expressions(self) -> expr:
        """star_expressions: a tuple if there is a comma."""
        t = self.peek()
        first = self.parse_star_expression()
        if not self.at_op(","):
            return first
        elts: list[expr] = [first]
        while self.accept_op(","):
            if not self.starts_expression():
                break
            elts.append(self.parse_star_expression())
        return pyast.Tuple(elts, "Load", t.lineno, self.sc(t), self.el(), self.ec())

    def parse_star_expression(self) -> expr:
        t = self.peek()
        if self.accept_op("*"):
            v = self.parse_bitwise_or()
            return pyast.Starred(v, "Load", t.lineno, self.sc(t), self.el(), self.ec())
        return self.parse_expression()

    def parse_star_named_expression(self) -> expr:
        t = self.peek()
        self.elt_start = t
        if self.accept_op("*"):
            v = self.parse_bitwise_or()
            return pyast.Starred(v, "Load", t.lineno, self.sc(t), self.el(), self.ec())
        return self.parse_named_expression()

    def parse_named_expression(self) -> expr:
        t = self.peek()
        if t.kind == NAME and not is_keyword(t.value):
            nt = self.peek_at(1)
            if nt.kind == OP and nt.value == ":=":
                self.advance()
                target = pyast.Name(t.value, "Store", t.lineno, self.sc(t), self.el(), self.ec())
                self.advance()
                value = self.parse_expression()
                return pyast.NamedExpr(target, value, t.lineno, self.sc(t), self.el(), self.ec())
        e = self.parse_expression()
        if self.at_op(":="):
            raise self.error_at_node("cannot use assignment expressions with " + expr_name(e), e)
        return e

    def parse_expression(self) -> expr:
        t = self.peek()
        if t.kind == NAME and t.value == "lambda":
            return self.parse_lambda()
        body = self.parse_disjunction()
        if self.at_kw("if"):
            self.advance()
            test = self.parse_disjunction()
            if not self.accept_kw("else"):
                if not self.at_op(":"):
                    raise self.error_between("expected 'else' after 'if' expression", body, test)
                raise self.syntax_error()
            orelse = self.parse_expression()
            return pyast.IfExp(test, body, orelse, t.lineno, self.sc(t), self.el(), self.ec())
        return body

    def parse_lambda(self) -> expr:
        t = self.advance()
        args = self.parse_parameters(":", False, t)
        self.expect_op(":")
        body = self.parse_expression()
        return pyast.Lambda(args, body, t.lineno, self.sc(t), self.el(), self.ec())

    def parse_disjunction(self) -> expr:
        t = self.peek()
        first = self.parse_conjunction()
        if not self.at_kw("or"):
            return first
        values: list[expr] = [first]
        while self.accept_kw("or"):
            values.append(self.parse_conjunction())
        return pyast.BoolOp("Or", values, t.lineno, self.sc(t), self.el(), self.ec())

    def parse_conjunction(self) -> expr:
        t = self.peek()
        first = self.parse_inversion()
        if not self.at_kw("and"):
            return first
        values: list[expr] = [first]
        while self.accept_kw("and"):
            values.append(self.parse_inversion())
        return pyast.BoolOp("And", values, t.lineno, self.sc(t), self.el(), self.ec())

    def parse_inversion(self) -> expr:
        t = self.peek()
        if t.kind == NAME and t.value == "not":
            self.advance()
            operand = self.parse_inversion()
            return pyast.UnaryOp("Not", operand, t.lineno, self.sc(t), self.el(), self.ec())
        return self.parse_comparison()

    def parse_comparison(self) -> expr:
        t = self.peek()
        left = self.parse_bitwise_or()
        ops: list[str] = []
        comparators: list[expr] = []
        while True:
            nt = self.peek()
            op = ""
            if nt.kind == OP and nt.value in COMPARE_OPS:
                op = COMPARE_NAMES[COMPARE_OPS.index(nt.value)]
                self.advance()
            elif nt.kind == NAME and nt.value == "in":
                op = "In"
                self.advance()
            elif nt.kind == NAME and nt.value == "not" and self.peek_at(1).kind == NAME and self.peek_at(1).value == "in":
                op = "NotIn"
                self.advance()
                self.advance()
            elif nt.kind == NAME and nt.value == "is":
                self.advance()
                if self.accept_kw("not"):
                    op = "IsNot"
                else:
                    op = "Is"
            else:
                break
            ops.append(op)
            comparators.append(self.parse_bitwise_or())
        if len(ops) == 0:
            return left
        return pyast.Compare(left, ops, comparators, t.lineno, self.sc(t), self.el(), self.ec())

    def parse_binary_level(self, level: int) -> expr:
        # levels: 0 '|', 1 '^', 2 '&', 3 shifts, 4 sums, 5 terms
        if level == 6:
            return self.parse_factor()
        t0 = self.peek()
        left = self.parse_binary_level(level + 1)
        while True:
            t = self.peek()
            if t.kind != OP:
                break
            op = binop_name(level, t.value)
            if op == "":
                break
            self.advance()
            right = self.parse_binary_level(level + 1)
            left = pyast.BinOp(left, op, right, t0.lineno, self.sc(t0), self.el(), self.ec())
        return left

    def parse_bitwise_or(self) -> expr:
        return self.parse_binary_level(0)

    def parse_factor(self) -> expr:
        t = self.peek()
        if t.kind == OP:
            op = ""
            if t.value == "-":
                op = "USub"
            elif t.value == "+":
                op = "UAdd"
            elif t.value == "~":
                op = "Invert"
            if op != "":
                self.advance()
                operand = self.parse_factor()
                return pyast.UnaryOp(op, operand, t.lineno, self.sc(t), self.el(), self.ec())
        return self.parse_power()

    def parse_power(self) -> expr:
        t = self.peek()
        if t.kind == NAME and t.value == "await":
            raise self.error_at_token("'await' is not supported", t)
        left = self.parse_primary()
        if self.accept_op("**"):
            right = self.parse_factor()
            return pyast.BinOp(left, "Pow", right, t.lineno, self.sc(t), self.el(), self.ec())
        return left

    def parse_primary(self) -> expr:
        t = self.peek()
        e = self.parse_atom()
        while True:
            nt = self.peek()
            if nt.kind != OP:
                break
            if nt.value == ".":
                self.advance()
                name = self.expect_name()
                e = pyast.Attribute(e, name, "Load", t.lineno, self.sc(t), self.el(), self.ec())
            elif nt.value == "(":
                self.advance()
                args: list[expr] = []
                keywords: list[pyast.keyword] = []
                self.parse_call_args(args, keywords)
                self.expect_op(")")
                e = pyast.Call(e, args, keywords, t.lineno, self.sc(t), self.el(), self.ec())
            elif nt.value == "[":
                self.advance()
                st0 = self.peek()
                s = self.parse_slices()
                if not self.at_op("]") and self.starts_expression():
                    self.forgot_comma(st0)
                self.expect_op("]")
                e = pyast.Subscript(e, s, "Load", t.lineno, self.sc(t), self.el(), self.ec())
            else:
                break
        return e

    def parse_slices(self) -> expr:
        t = self.peek()
        first = self.parse_slice()
        if not self.at_op(","):
            if isinstance(first, pyast.Starred):
                return pyast.Tuple([first], "Load", t.lineno, self.sc(t), self.el(), self.ec())
            return first
        elts: list[expr] = [first]
        while self.accept_op(","):
            if self.at_op("]"):
                break
            elts.append(self.parse_slice())
        return pyast.Tuple(elts, "Load", t.lineno, self.sc(t), self.el(), self.ec())

    def parse_slice(self) -> expr:
        t = self.peek()
        if t.kind == OP and t.value == "*":
            return self.parse_star_expression()
        lower: expr | None = None
        if not self.at_op(":"):
            e = self.parse_named_expression()
            if not self.at_op(":"):
                return e
            lower = e
        self.expect_op(":")
        upper: expr | None = None
        step: expr | None = None
        if not (self.at_op(":") or self.at_op(",") or self.at_op("]")):
            upper = self.parse_expression()
        if self.accept_op(":"):
            if not (self.at_op(",") or self.at_op("]")):
                step = self.parse_expression()
        return pyast.Slice(lower, upper, step, t.lineno, self.sc(t), self.el(), self.ec())

    def parse_call_args(self, args: list[expr], keywords: list[pyast.keyword]) -> None:
        seen_kw = False
        seen_kwunpack = False
        pending = ""
        while not self.at_op(")"):
            t = self.peek()
            if t.kind == OP and t.value == "*":
                self.advance()
                v = self.parse_expression()
                st = pyast.Starred(v, "Load", t.lineno, self.sc(t), self.el(), self.ec())
                if seen_kwunpack:
                    raise self.error_at_node("iterable argument unpacking follows keyword argument unpacking", st)
                args.append(st)
            elif t.kind == OP and t.value == "**":
                self.advance()
                v = self.parse_expression()
                keywords.append(pyast.keyword(None, v, t.lineno, self.sc(t), self.el(), self.ec()))
                seen_kwunpack = True
            else:
                nt = self.peek_at(1)
                if t.kind == NAME and nt.kind == OP and nt.value == "=":
                    if is_keyword(t.value):
                        if t.value == "True" or t.value == "False" or t.value == "None":
                            raise self.error_at_token("cannot assign to " + t.value, t)
                        raise self.syntax_error()
                    self.advance()
                    self.advance()
                    v = self.parse_expression()
                    keywords.append(pyast.keyword(t.value, v, t.lineno, self.sc(t), self.el(), self.ec()))
                    seen_kw = True
                else:
                    e = self.parse_named_expression()
                    if self.at_kw("for"):
                        gens = self.parse_comp_for()
                        e = pyast.GeneratorExp(e, gens, e.lineno, e.col_offset, self.el(), self.ec())
                        if len(args) > 0 or len(keywords) > 0 or not self.at_op(")"):
                            if not self.at_op(")") or len(args) > 0 or len(keywords) > 0:
                                raise self.error_at_node("Generator expression must be parenthesized", e)
                        # a lone generator argument spans the parentheses
                        lp = self.find_open_paren(t)
                        if lp is not None:
                            e.lineno = lp.lineno
                            e.col_offset = self.sc(lp)
                            ct = self.peek()
                            e.end_lineno = ct.end_lineno
                            e.end_col_offset = self.bcol(ct.end_lineno, ct.end_col)
                    elif self.at_op("="):
                        raise self.error_at_node('expression cannot contain assignment, perhaps you meant "=="?', e)
                    if pending == "" and seen_kwunpack:
                        pending = "positional argument follows keyword argument unpacking"
                    elif pending == "" and seen_kw:
                        pending = "positional argument follows keyword argument"
                    args.append(e)
            if not self.accept_op(","):
                if self.starts_expression() and not self.at_op("*"):
                    self.forgot_comma(t)
                break
        if pending != "" and self.at_op(")"):
            raise self.error_at_token(pending, self.peek())

    def find_open_paren(self, t: Token) -> Token | None:
        i = self.pos
        while i > 0:
            i -= 1
            if self.tokens[i] is t:
                if i > 0:
                    p = self.tokens[i - 1]
                    if p.kind == OP and p.value == "(":
                        return p
                return None
        return None

    def forgot_comma(self, t: Token) -> None:
        """At an expression right after another one inside brackets."""
        nt = self.peek()
        prev = self.peek_at(-1)
        if prev.kind == NAME and nt.kind == STRING:
            return
        save = self.pos
        try:
            self.parse_expression()
            self.peek()
        except ParseError as pe:
            if pe is self.tok.error:
                raise pe
            self.pos = save
            return
        e = ParseError("invalid syntax. Perhaps you forgot a comma?", t.lineno, t.col + 1,
                       self.lines_tok.line_text(t.lineno), self.last_lineno, self.last_col + 1, "SyntaxError")
        self.pos = save
        raise e

    def parse_comp_for(self) -> list[pyast.comprehension]:
        gens: list[pyast.comprehension] = []
        while self.at_kw("for"):
            self.advance()
            target = self.parse_target_list()
            if not self.accept_kw("in"):
                raise self.syntax_error()
            it = self.parse_disjunction()
            ifs: list[expr] = []
            while self.at_kw("if"):
                self.advance()
                ifs.append(self.parse_disjunction())
            gens.append(pyast.comprehension(target, it, ifs, 0, 0, 0, 0, 0))
            if self.at_kw("async"):
                raise self.error_at_token("async comprehensions are not supported", self.peek())
        return gens

    def parse_atom(self) -> expr:
        t = self.peek()
        k = t.kind
        if k == NAME:
            v = t.value
            if not is_keyword(v):
                self.advance()
                return pyast.Name(v, "Load", t.lineno, self.sc(t), self.el(), self.ec())
            if v == "True":
                self.advance()
                return pyast.const_bool(True, t.lineno, self.sc(t), self.el(), self.ec())
            if v == "False":
                self.advance()
                return pyast.const_bool(False, t.lineno, self.sc(t), self.el(), self.ec())
            if v == "None":
                self.advance()
                return pyast.const_none(t.lineno, self.sc(t), self.el(), self.ec())
            raise self.syntax_error()
        if k == NUMBER:
            self.advance()
            return self.make_number(t)
        if k == STRING:
            return self.parse_strings()
        if k == OP:
            v = t.value
            if v == "(":
                return self.parse_paren()
            if v == "[":
                return self.parse_list()
            if v == "{":
                return self.parse_dict_or_set()
            if v == "...":
                self.advance()
                return pyast.const_ellipsis(t.lineno, self.sc(t), self.el(), self.ec())
        raise self.syntax_error()

    def parse_paren(self) -> expr:
        t = self.advance()
        if self.accept_op(")"):
            return pyast.Tuple([], "Load", t.lineno, self.sc(t), self.el(), self.ec())
        if self.at_kw("yield"):
            e = self.parse_yield()
            self.expect_op(")")
            return e
        first = self.parse_star_named_expression()
        if self.at_kw("for"):
            if isinstance(first, pyast.Starred):
                raise self.error_at_node("iterable unpacking cannot be used in comprehension", first)
            gens = self.parse_comp_for()
            self.expect_op(")")
            return pyast.GeneratorExp(first, gens, t.lineno, self.sc(t), self.el(), self.ec())
        if self.accept_op(")"):
            if isinstance(first, pyast.Starred):
                raise self.error_at_node("cannot use starred expression here", first)
            return first
        if not self.at_op(","):
            if self.starts_expression():
                self.forgot_comma(self.elt_start)
            raise self.syntax_error()
        elts: list[expr] = [first]
        while self.accept_op(","):
            if self.at_op(")"):
                break
            elts.append(self.parse_star_named_expression())
            if not self.at_op(",") and not self.at_op(")") and self.starts_expression():
                self.forgot_comma(self.elt_start)
        self.expect_op(")")
        return pyast.Tuple(elts, "Load", t.lineno, self.sc(t), self.el(), self.ec())

    def parse_list(self) -> expr:
        t = self.advance()
        elts: list[expr] = []
        if self.accept_op("]"):
            return pyast.List(elts, "Load", t.lineno, self.sc(t), self.el(), self.ec())
        first = self.parse_star_named_expression()
        if self.at_kw("for"):
            if isinstance(first, pyast.Starred):
                raise self.error_at_node("iterable unpacking cannot be used in comprehension", first)
            gens = self.parse_comp_for()
            self.expect_op("]")
            return pyast.ListComp(first, gens, t.lineno, self.sc(t), self.el(), self.ec())
        elts.append(first)
        while self.accept_op(","):
            if self.at_op("]"):
                break
            elts.append(self.parse_star_named_expression())
        if not self.at_op("]") and self.starts_expression():
            self.forgot_comma(self.elt_start)
        self.expect_op("]")
        return pyast.List(elts, "Load", t.lineno, self.sc(t), self.el(), self.ec())

    def parse_dict_or_set(self) -> expr:
        t = self.advance()
        keys: list[expr | None] = []
        values: list[expr] = []
        if self.accept_op("}"):
            return pyast.Dict(keys, values, t.lineno, self.sc(t), self.el(), self.ec())
        if self.at_op("**"):
            self.advance()
            keys.append(None)
            values.append(self.parse_bitwise_or())
        else:
            first = self.parse_star_named_expression()
            if self.accept_op(":"):
                v = self.parse_expression()
                if self.at_kw("for"):
                    gens = self.parse_comp_for()
                    self.expect_op("}")
                    return pyast.DictComp(first, v, gens, t.lineno, self.sc(t), self.el(), self.ec())
                keys.append(first)
                values.append(v)
            else:
                if self.at_kw("for"):
                    if isinstance(first, pyast.Starred):
                        raise self.error_at_node("iterable unpacking cannot be used in comprehension", first)
                    gens = self.parse_comp_for()
                    self.expect_op("}")
                    return pyast.SetComp(first, gens, t.lineno, self.sc(t), self.el(), self.ec())
                elts: list[expr] = [first]
                while self.accept_op(","):
                    if self.at_op("}"):
                        break
                    elts.append(self.parse_star_named_expression())
                if not self.at_op("}") and self.starts_expression():
                    self.forgot_comma(self.elt_start)
                self.expect_op("}")
                return pyast.Set(elts, t.lineno, self.sc(t), self.el(), self.ec())
        while self.accept_op(","):
            if self.at_op("}"):
                break
            if self.accept_op("**"):
                keys.append(None)
                values.append(self.parse_bitwise_or())
                continue
            k = self.parse_expression()
            if not self.at_op(":"):
                if self.at_op("}") or self.at_op(","):
                    raise self.error_at_node("':' expected after dictionary key", k)
            self.expect_op(":")
            keys.append(k)
            values.append(self.parse_expression())
        if not self.at_op("}") and self.starts_expression():
            self.forgot_comma(t)
        self.expect_op("}")
        return pyast.Dict(keys, values, t.lineno, self.sc(t), self.el(), self.ec())

    # ---------------------------------------------------------------- numbers

    def make_number(self, t: Token) -> expr:
        text = t.value.replace("_", "")
        l = t.lineno
        c = self.sc(t)
        el = t.end_lineno
        ec = self.bcol(t.end_lineno, t.end_col)
        last = text[len(text) - 1]
        if last == "j" or last == "J":
            return pyast.const_complex(float(text[0:len(text) - 1]), l, c, el, ec)
        base = 10
        digits = text
        if len(text) > 1 and text[0] == "0" and text[1] in "xXoObB":
            p = text[1].lower()
            base = 16 if p == "x" else (8 if p == "o" else 2)
            digits = text[2:]
        elif "." in text or "e" in text or "E" in text:
            return pyast.const_float(float(text), l, c, el, ec)
        dec = to_decimal(digits, base)
        if len(dec) < len(MAX_INT_STR) or (len(dec) == len(MAX_INT_STR) and dec <= MAX_INT_STR):
            return pyast.const_int(int(dec), l, c, el, ec)
        return pyast.const_bigint(dec, l, c, el, ec)

    # ---------------------------------------------------------------- strings

    def parse_strings(self) -> expr:
        first = self.peek()
        toks: list[Token] = []
        while self.peek().kind == STRING:
            toks.append(self.advance())
        l = first.lineno
        c = self.sc(first)
        el = self.el()
        ec = self.ec()
        is_bytes = False
        is_f = False
        is_u = False
        for i in range(len(toks)):
            prefix = string_prefix(toks[i].value).lower()
            b = "b" in prefix
            if i == 0:
                is_bytes = b
                is_u = "u" in prefix
            elif b != is_bytes:
                lt = toks[len(toks) - 1]
                raise ParseError("cannot mix bytes and nonbytes literals", lt.end_lineno, lt.end_col + 1,
                                 self.lines_tok.line_text(lt.end_lineno), lt.end_lineno, lt.end_col + 1, "SyntaxError")
            if "f" in prefix:
                is_f = True
        if is_bytes:
            parts: list[str] = []
            for st in toks:
                parts.append(self.decode_string(st, True))
            return pyast.const_bytes(latin1_to_bytes("".join(parts)), l, c, el, ec)
        if not is_f:
            parts2: list[str] = []
            for st in toks:
                parts2.append(self.decode_string(st, False))
            node = pyast.const_str("".join(parts2), l, c, el, ec)
            if is_u:
                node.ival = 1
            return node
        # f-string(s): collect parts
        values: list[expr] = []
        buf: list[str] = []
        for st in toks:
            prefix = string_prefix(st.value).lower()
            if "f" not in prefix:
                buf.append(self.decode_string(st, False))
                continue
            self.parse_fstring_token(st, values, buf, l, c, el, ec)
        if len(buf) > 0:
            s = "".join(buf)
            if len(s) > 0:
                values.append(pyast.const_str(s, l, c, el, ec))
        return pyast.JoinedStr(values, l, c, el, ec)

    def decode_string(self, t: Token, is_bytes: bool) -> str:
        raw = t.value
        prefix = string_prefix(raw)
        p = len(prefix)
        q = raw[p]
        qlen = 3 if len(raw) >= p + 6 and raw[p + 1] == q and raw[p + 2] == q else 1
        body = raw[p + qlen:len(raw) - qlen]
        if "r" in prefix.lower() or "R" in prefix:
            if is_bytes:
                self.check_bytes_ascii(body, t)
            return body
        return self.decode_escapes(body, is_bytes, t)

    def check_bytes_ascii(self, body: str, t: Token) -> None:
        for ch in body:
            if ord(ch) >= 128:
                raise self.error_at_token("bytes can only contain ASCII literal characters", t)

    def decode_escapes(self, body: str, is_bytes: bool, t: Token) -> str:
        if "\\" not in body:
            if is_bytes:
                self.check_bytes_ascii(body, t)
            return body
        out: list[str] = []
        i = 0
        n = len(body)
        while i < n:
            ch = body[i]
            if ch != "\\":
                if is_bytes and ord(ch) >= 128:
                    raise self.error_at_token("bytes can only contain ASCII literal characters", t)
                out.append(ch)
                i += 1
                continue
            i += 1
            if i >= n:
                out.append("\\")
                break
            ch = body[i]
            i += 1
            if ch == "\n":
                continue
            if ch == "\\":
                out.append("\\")
            elif ch == "'":
                out.append("'")
            elif ch == '"':
                out.append('"')
            elif ch == "a":
                out.append("\x07")
            elif ch == "b":
                out.append("\x08")
            elif ch == "f":
                out.append("\x0c")
            elif ch == "n":
                out.append("\n")
            elif ch == "r":
                out.append("\r")
            elif ch == "t":
                out.append("\t")
            elif ch == "v":
                out.append("\x0b")
            elif "0" <= ch <= "7":
                v = ord(ch) - 48
                k = 0
                while k < 2 and i < n and "0" <= body[i] <= "7":
                    v = v * 8 + ord(body[i]) - 48
                    i += 1
                    k += 1
                if is_bytes:
                    v = v & 0xFF
                out.append(chr(v))
            elif ch == "x" or ((ch == "u" or ch == "U") and not is_bytes):
                count = 2 if ch == "x" else (4 if ch == "u" else 8)
                v = 0
                k = 0
                while k < count:
                    if i + k >= n or hexval(body[i + k]) < 0:
                        if is_bytes:
                            msg = "(value error) invalid \\x escape at position " + str(i - 2)
                        elif ch == "x":
                            msg = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + str(i - 2) + "-" + str(i + k - 1) + ": truncated \\xXX escape"
                        elif ch == "u":
                            msg = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + str(i - 2) + "-" + str(i + k - 1) + ": truncated \\uXXXX escape"
                        else:
                            msg = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + str(i - 2) + "-" + str(i + k - 1) + ": truncated \\UXXXXXXXX escape"
                        raise self.error_at_token(msg, t)
                    v = v * 16 + hexval(body[i + k])
                    k += 1
                i += count
                if v > 0x10FFFF:
                    raise self.error_at_token("(unicode error) 'unicodeescape' codec can't decode bytes in position " + str(i - count - 2) + "-" + str(i - 1) + ": illegal Unicode character", t)
                out.append(chr(v))
            elif ch == "N" and not is_bytes:
                if i < n and body[i] == "{":
                    j = body.find("}", i)
                    if j < 0:
                        raise self.error_at_token("(unicode error) 'unicodeescape' codec can't decode bytes in position " + str(i - 2) + "-" + str(n - 1) + ": malformed \\N character escape", t)
                    name = body[i + 1:j]
                    cp = lookup_unicode_name(name)
                    if cp < 0:
                        raise self.error_at_token("(unicode error) 'unicodeescape' codec can't decode bytes in position " + str(i - 2) + "-" + str(j) + ": unknown Unicode character name", t)
                    out.append(chr(cp))
                    i = j + 1
                else:
                    raise self.error_at_token("(unicode error) 'unicodeescape' codec can't decode bytes in position " + str(i - 2) + "-" + str(i - 1) + ": malformed \\N character escape", t)
            else:
                # unknown escape: kept as is (CPython warns)
                out.append("\\")
                if is_bytes and ord(ch) >= 128:
                    raise self.error_at_token("bytes can only contain ASCII literal characters", t)
                out.append(ch)
        return "".join(out)

    # ---------------------------------------------------------------- f-strings

    def parse_fstring_token(self, st: Token, values: list[expr], buf: list[str],
                            l: int, c: int, el: int, ec: int) -> None:
        raw = st.value
        prefix = string_prefix(raw)
        p = len(prefix)
        q = raw[p]
        qlen = 3 if len(raw) >= p + 6 and raw[p + 1] == q and raw[p + 2] == q else 1
        is_raw = "r" in prefix.lower()
        start = p + qlen
        end = len(raw) - qlen
        fs = FStringState(raw, start, end, is_raw, st)
        self.parse_fstring_body(fs, values, buf, 0, l, c, el, ec)
        if fs.pos < end:
            # a stray '}' at top level (handled in parse_fstring_body)
            raise self.fstring_error("f-string: single '}' is not allowed", st)

    def fstring_error(self, msg: str, st: Token) -> ParseError:
        return ParseError(msg, st.lineno, st.col + 1, self.lines_tok.line_text(st.lineno),
                          st.end_lineno, st.end_col + 1, "SyntaxError")

    def flush_literal(self, buf: list[str], values: list[expr], l: int, c: int, el: int, ec: int) -> None:
        if len(buf) > 0:
            s = "".join(buf)
            while len(buf) > 0:
                buf.pop()
            if len(s) > 0:
                values.append(pyast.const_str(s, l, c, el, ec))

    def parse_fstring_body(self, fs: FStringState, values: list[expr], buf: list[str], depth: int,
                           l: int, c: int, el: int, ec: int) -> None:
        """Parses literal text and replacement fields up to fs.end (depth 0)
        or up to the '}' closing a format spec (depth > 0)."""
        raw = fs.raw
        st = fs.tok
        lit_start = fs.pos
        while fs.pos < fs.end:
            ch = raw[fs.pos]
            if ch == "\\" and not fs.is_raw:
                # keep escapes together (\N{...} contains braces)
                if fs.pos + 1 < fs.end and raw[fs.pos + 1] == "N" and fs.pos + 2 < fs.end and raw[fs.pos + 2] == "{":
                    j = raw.find("}", fs.pos)
                    fs.pos = (j + 1) if (j >= 0 and j < fs.end) else fs.end
                else:
                    fs.pos += 2
                continue
            if ch == "{":
                if depth == 0 and fs.pos + 1 < fs.end and raw[fs.pos + 1] == "{":
                    buf.append(self.fstring_literal(fs, raw[lit_start:fs.pos + 1]))
                    fs.pos += 2
                    lit_start = fs.pos
                    continue
                buf.append(self.fstring_literal(fs, raw[lit_start:fs.pos]))
                self.parse_fstring_field(fs, values, buf, depth, l, c, el, ec)
                lit_start = fs.pos
                continue
            if ch == "}":
                if depth > 0:
                    break
                if fs.pos + 1 < fs.end and raw[fs.pos + 1] == "}":
                    buf.append(self.fstring_literal(fs, raw[lit_start:fs.pos + 1]))
                    fs.pos += 2
                    lit_start = fs.pos
                    continue
                raise self.fstring_error("f-string: single '}' is not allowed", st)
            fs.pos += 1
        buf.append(self.fstring_literal(fs, raw[lit_start:fs.pos]))

    def fstring_literal(self, fs: FStringState, text: str) -> str:
        if fs.is_raw or "\\" not in text:
            return text
        return self.decode_escapes(text, False, fs.tok)

    def parse_fstring_field(self, fs: FStringState, values: list[expr], buf: list[str], depth: int,
                            l: int, c: int, el: int, ec: int) -> None:
        raw = fs.raw
        st = fs.tok
        if depth >= 2:
            raise self.fstring_error("f-string: expressions nested too deeply", st)
        fs.pos += 1          # '{'
        expr_start = fs.pos
        nesting: list[str] = []
        quote = ""
        self_doc = False
        while fs.pos < fs.end:
            ch = raw[fs.pos]
            if quote != "":
                if raw[fs.pos:fs.pos + len(quote)] == quote:
                    fs.pos += len(quote)
                    quote = ""
                    continue
                fs.pos += 1
                continue
            if ch == "\\":
                raise self.fstring_error("f-string expression part cannot include a backslash", st)
            if ch == "'" or ch == '"':
                if raw[fs.pos:fs.pos + 3] == ch + ch + ch:
                    quote = ch + ch + ch
                else:
                    quote = ch
                fs.pos += len(quote)
                continue
            if ch == "[" or ch == "(" or ch == "{":
                nesting.append(ch)
                fs.pos += 1
                continue
            if ch == "#":
                raise self.fstring_error("f-string expression part cannot include '#'", st)
            if len(nesting) == 0:
                nxt = raw[fs.pos + 1] if fs.pos + 1 < fs.end else ""
                if ch == "!" and nxt == "=":
                    fs.pos += 2
                    continue
                if ch == "=" and nxt == "=":
                    fs.pos += 2
                    continue
                if (ch == "<" or ch == ">") and nxt == "=":
                    fs.pos += 2
                    continue
                if ch == "=":
                    self_doc = True
                    break
                if ch == "!" or ch == ":" or ch == "}":
                    break
            if ch == "]" or ch == ")" or ch == "}":
                if len(nesting) == 0:
                    raise self.fstring_error("f-string: unmatched '" + ch + "'", st)
                opening = nesting.pop()
                if not ((opening == "[" and ch == "]") or (opening == "(" and ch == ")") or (opening == "{" and ch == "}")):
                    raise self.fstring_error("f-string: closing parenthesis '" + ch + "' does not match opening parenthesis '" + opening + "'", st)
            fs.pos += 1
        if quote != "":
            raise self.fstring_error("f-string: unterminated string", st)
        if fs.pos >= fs.end:
            if len(nesting) > 0:
                raise self.fstring_error("f-string: unmatched '" + nesting[len(nesting) - 1] + "'", st)
            raise self.fstring_error("f-string: expecting '}'", st)
        expr_end = fs.pos
        text = raw[expr_start:expr_end]
        if text.strip() == "":
            raise self.fstring_error("f-string: empty expression not allowed", st)
        value = self.parse_fstring_expr(fs, expr_start, text)
        conversion = -1
        if self_doc:
            fs.pos += 1
            # the text of the expression, the '=' and the spaces after it
            while fs.pos < fs.end and (raw[fs.pos] == " " or raw[fs.pos] == "\t"):
                fs.pos += 1
            buf.append(raw[expr_start:fs.pos])
        if fs.pos < fs.end and raw[fs.pos] == "!":
            fs.pos += 1
            if fs.pos >= fs.end:
                raise self.fstring_error("f-string: expecting '}'", st)
            cc = raw[fs.pos]
            if not (cc == "s" or cc == "r" or cc == "a"):
                raise self.fstring_error("f-string: invalid conversion character: expected 's', 'r', or 'a'", st)
            conversion = ord(cc)
            fs.pos += 1
        spec: expr | None = None
        if fs.pos < fs.end and raw[fs.pos] == ":":
            fs.pos += 1
            spec_values: list[expr] = []
            spec_buf: list[str] = []
            self.parse_fstring_body(fs, spec_values, spec_buf, depth + 1, l, c, el, ec)
            self.flush_literal(spec_buf, spec_values, l, c, el, ec)
            spec = pyast.JoinedStr(spec_values, l, c, el, ec)
        if fs.pos >= fs.end or raw[fs.pos] != "}":
            raise self.fstring_error("f-string: expecting '}'", st)
        fs.pos += 1
        if self_doc and conversion == -1 and spec is None:
            conversion = ord("r")
        self.flush_literal(buf, values, l, c, el, ec)
        values.append(pyast.FormattedValue(value, conversion, spec, l, c, el, ec))

    def parse_fstring_expr(self, fs: FStringState, expr_start: int, text: str) -> expr:
        # position of the expression text in the file
        st = fs.tok
        lineno = st.lineno
        col = st.col
        i = 0
        while i < expr_start:
            if fs.raw[i] == "\n":
                lineno += 1
                col = 0
            else:
                col += 1
            i += 1
        sub = Tokenizer("(" + text + ")")
        sub.tokenize()
        for tk in sub.tokens:
            if tk.lineno == 1:
                tk.col += col - 1
            if tk.end_lineno == 1:
                tk.end_col += col - 1
            tk.lineno += lineno - 1
            tk.end_lineno += lineno - 1
        err = sub.error
        if err is not None:
            raise self.fstring_error("f-string: " + err.msg, st)
        p = Parser(sub, sub.tokens, self.lines_tok)
        p.in_fstring = True
        try:
            lp = p.expect_op("(")
            et = p.peek()
            e = p.parse_yield_or_star_expressions()
            if not p.at_op(")") and p.starts_expression():
                p.forgot_comma(et)
            rp = p.expect_op(")")
            if isinstance(e, pyast.Tuple):
                # CPython parses "(" + text + ")": the tuple spans the braces
                e.lineno = lp.lineno
                e.col_offset = self.bcol(lp.lineno, lp.col)
                e.end_lineno = rp.end_lineno
                e.end_col_offset = self.bcol(rp.end_lineno, rp.end_col)
            if p.peek().kind != NEWLINE and p.peek().kind != ENDMARKER:
                raise p.syntax_error()
        except ParseError as pe:
            if pe.msg.startswith("f-string"):
                raise pe
            fe = self.fstring_error("f-string: " + pe.msg, st)
            fe.text = "(" + text + ")"
            raise fe
        return e


# ------------------------------------------------------------------- helpers

def binop_name(level: int, op: str) -> str:
    if level == 0:
        return "BitOr" if op == "|" else ""
    if level == 1:
        return "BitXor" if op == "^" else ""
    if level == 2:
        return "BitAnd" if op == "&" else ""
    if level == 3:
        if op == "<<":
            return "LShift"
        if op == ">>":
            return "RShift"
        return ""
    if level == 4:
        if op == "+":
            return "Add"
        if op == "-":
            return "Sub"
        return ""
    if op == "*":
        return "Mult"
    if op == "/":
        return "Div"
    if op == "//":
        return "FloorDiv"
    if op == "%":
        return "Mod"
    if op == "@":
        return "MatMult"
    return ""


def string_prefix(raw: str) -> str:
    i = 0
    while i < len(raw) and raw[i] != "'" and raw[i] != '"':
        i += 1
    return raw[0:i]


def hexval(c: str) -> int:
    if "0" <= c <= "9":
        return ord(c) - 48
    if "a" <= c <= "f":
        return ord(c) - 87
    if "A" <= c <= "F":
        return ord(c) - 55
    return -1


def latin1_to_bytes(s: str) -> bytes:
    return s.encode("latin-1")


def lookup_unicode_name(name: str) -> int:
    """Code point of a \\N{name} escape, -1 if unknown.  Only a few names
    are known (no Unicode database in the VM yet)."""
    n = name.upper()
    if n == "BULLET":
        return 0x2022
    if n == "EM DASH":
        return 0x2014
    if n == "EN DASH":
        return 0x2013
    if n == "NO-BREAK SPACE" or n == "NBSP":
        return 0xA0
    if n == "DEGREE SIGN":
        return 0xB0
    if n == "GREEK SMALL LETTER ALPHA":
        return 0x3B1
    if n == "GREEK SMALL LETTER PI":
        return 0x3C0
    if n == "SPACE":
        return 0x20
    if n == "LINE FEED" or n == "LF":
        return 0x0A
    if n == "SNOWMAN":
        return 0x2603
    if n == "REPLACEMENT CHARACTER":
        return 0xFFFD
    if n == "HORIZONTAL ELLIPSIS":
        return 0x2026
    if n == "COPYRIGHT SIGN":
        return 0xA9
    if n == "EURO SIGN":
        return 0x20AC
    if n == "LATIN SMALL LETTER E WITH ACUTE":
        return 0xE9
    return -1


def to_decimal(digits: str, base: int) -> str:
    """The decimal representation of a non-negative integer literal given by
    its digits in base 2/8/10/16, without arbitrary-precision ints."""
    i = 0
    while i < len(digits) - 1 and digits[i] == "0":
        i += 1
    digits = digits[i:]
    if base == 10:
        return digits
    # little-endian decimal digits
    dec: list[int] = [0]
    for ch in digits:
        carry = hexval(ch)
        j = 0
        while j < len(dec):
            v = dec[j] * base + carry
            dec[j] = v % 10
            carry = v // 10
            j += 1
        while carry > 0:
            dec.append(carry % 10)
            carry = carry // 10
    out: list[str] = []
    k = len(dec) - 1
    while k > 0 and dec[k] == 0:
        k -= 1
    while k >= 0:
        out.append(chr(48 + dec[k]))
        k -= 1
    return "".join(out)


def char_col(line: str, bytecol: int) -> int:
    """The character column of a UTF-8 byte column in `line`."""
    n = 0
    i = 0
    while i < len(line) and n < bytecol:
        o = ord(line[i])
        if o < 0x80:
            n += 1
        elif o < 0x800:
            n += 2
        elif o < 0x10000:
            n += 3
        else:
            n += 4
        i += 1
    return i + (bytecol - n if bytecol > n else 0)


def expr_name(e: expr) -> str:
    if isinstance(e, pyast.Attribute):
        return "attribute"
    if isinstance(e, pyast.Subscript):
        return "subscript"
    if isinstance(e, pyast.Starred):
        return "starred"
    if isinstance(e, pyast.Name):
        return "name"
    if isinstance(e, pyast.List):
        return "list"
    if isinstance(e, pyast.Tuple):
        return "tuple"
    if isinstance(e, pyast.Lambda):
        return "lambda"
    if isinstance(e, pyast.Call):
        return "function call"
    if isinstance(e, pyast.BoolOp) or isinstance(e, pyast.BinOp) or isinstance(e, pyast.UnaryOp):
        return "expression"
    if isinstance(e, pyast.GeneratorExp):
        return "generator expression"
    if isinstance(e, pyast.Yield) or isinstance(e, pyast.YieldFrom):
        return "yield expression"
    if isinstance(e, pyast.ListComp):
        return "list comprehension"
    if isinstance(e, pyast.SetComp):
        return "set comprehension"
    if isinstance(e, pyast.DictComp):
        return "dict comprehension"
    if isinstance(e, pyast.Dict):
        return "dict literal"
    if isinstance(e, pyast.Set):
        return "set display"
    if isinstance(e, pyast.JoinedStr) or isinstance(e, pyast.FormattedValue):
        return "f-string expression"
    if isinstance(e, pyast.Constant):
        if e.kind == pyast.CONST_BOOL:
            return "True" if e.ival != 0 else "False"
        if e.kind == pyast.CONST_NONE:
            return "None"
        if e.kind == pyast.CONST_ELLIPSIS:
            return "ellipsis"
        return "literal"
    if isinstance(e, pyast.Compare):
        return "comparison"
    if isinstance(e, pyast.IfExp):
        return "conditional expression"
    if isinstance(e, pyast.NamedExpr):
        return "named expression"
    return "expression"


def is_bitwise_or_level(e: expr) -> bool:
    """Whether `e` can come from the bitwise_or rule (no comparison,
    boolean operator, not, conditional, lambda...)."""
    if isinstance(e, pyast.Compare) or isinstance(e, pyast.BoolOp) or isinstance(e, pyast.IfExp):
        return False
    if isinstance(e, pyast.Lambda) or isinstance(e, pyast.NamedExpr) or isinstance(e, pyast.Starred):
        return False
    if isinstance(e, pyast.UnaryOp) and e.op == "Not":
        return False
    return True


def is_list_tuple_or_singleton(e: expr) -> bool:
    if isinstance(e, pyast.List) or isinstance(e, pyast.Tuple) or isinstance(e, pyast.GeneratorExp):
        return True
    if isinstance(e, pyast.Constant):
        return e.kind == pyast.CONST_BOOL or e.kind == pyast.CONST_NONE
    return False


def invalid_target(e: expr, nested: bool) -> expr | None:
    """The first sub-expression that cannot be assigned to, or None."""
    if isinstance(e, pyast.Name) or isinstance(e, pyast.Attribute) or isinstance(e, pyast.Subscript):
        return None
    if isinstance(e, pyast.Starred):
        return invalid_target(e.value, True)
    if isinstance(e, pyast.Tuple):
        for x in e.elts:
            r = invalid_target(x, True)
            if r is not None:
                return r
        return None
    if isinstance(e, pyast.List):
        for x in e.elts:
            r = invalid_target(x, True)
            if r is not None:
                return r
        return None
    return e


# --------------------------------------------------------------- entry points

def make_parser(source: str) -> Parser:
    tok = Tokenizer(source)
    tok.tokenize()
    return Parser(tok, tok.tokens, tok)


def finish_error(p: Parser, e: ParseError) -> ParseError:
    """As CPython: after a syntax error the rest of the file is tokenized and
    a lexical error found there is reported instead (an unclosed bracket
    only when the syntax error is on a later line than the bracket)."""
    err = p.tok.error
    if err is None or e is err:
        return e
    if e.msg == "unexpected indent" or e.msg == "unexpected unindent":
        return e
    if p.tok.unclosed_index >= 0:
        last = p.tokens[p.max_pos] if p.max_pos < len(p.tokens) else p.tokens[len(p.tokens) - 1]
        if e.lineno > err.lineno or last.lineno > err.lineno:
            return err
        return e
    return err


def parse_module(source: str, filename: str) -> pyast.Module:
    p = make_parser(source)
    try:
        return p.parse_file()
    except ParseError as e:
        raise finish_error(p, e)


def parse_expression(source: str) -> expr:
    """An expression (for eval()): leading spaces are ignored."""
    i = 0
    while i < len(source) and (source[i] == " " or source[i] == "\t"):
        i += 1
    p = make_parser(source[i:])
    try:
        while p.peek().kind == NEWLINE:
            p.advance()
        e = p.parse_star_expressions()
        while p.peek().kind == NEWLINE:
            p.advance()
        if p.peek().kind != ENDMARKER:
            raise p.syntax_error()
        return e
    except ParseError as err:
        raise finish_error(p, err)


def is_incomplete_input(source: str) -> bool:
    """For the REPL: whether `source` fails only because more lines are
    needed (an open bracket, an unterminated triple-quoted string, a
    compound statement whose block has not started or not ended with an
    empty line, a trailing backslash)."""
    try:
        parse_module(source, "<stdin>")
    except ParseError as e:
        m = e.msg
        if m.endswith("was never closed") or m.startswith("unterminated triple-quoted string literal"):
            return True
        if m == "unexpected EOF while parsing":
            return True
        if m.startswith("expected an indented block") and e.lineno > len(split_source_lines(source)):
            return True
        return False
    # a compound statement is complete only after an empty line
    lines = split_source_lines(source)
    if len(lines) > 1 or (len(lines) == 1 and lines[0].rstrip().endswith(":")):
        last = lines[len(lines) - 1]
        if last.strip() != "" and (lines[0].startswith(" ") or lines[0].startswith("\t") or lines[0].rstrip().endswith(":") or last.startswith(" ") or last.startswith("\t")):
            return True
    return False


def split_source_lines(source: str) -> list[str]:
    lines: list[str] = []
    start = 0
    for i in range(len(source)):
        if source[i] == "\n":
            lines.append(source[start:i])
            start = i + 1
    if start < len(source):
        lines.append(source[start:])
    return lines
