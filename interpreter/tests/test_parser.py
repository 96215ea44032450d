"""Tests of the VM's tokenizer and parser against CPython's `ast` module.

Run from /work/main:  python3 -m unittest interpreter.tests.test_parser

Both trees are dumped to a common text form (CPython's class and field
names, operators and contexts by class name, constants by type and repr,
positions) and compared.  This file is a test, not VM code: it uses the
whole of CPython freely.
"""

import ast
import glob
import os
import sys
import unittest
import warnings

from interpreter import parser, pyast
from interpreter.tokenizer import ParseError

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

POS_ATTRS = ("lineno", "col_offset", "end_lineno", "end_col_offset")
SKIP_FIELDS = ("type_comment", "type_ignores", "kind")


def cpy_const(v):
    if v is None or v is Ellipsis:
        return "Constant(%r)" % (v,)
    return "Constant(%s %r)" % (type(v).__name__, v)


def my_const(n):
    k = n.kind
    if k == pyast.CONST_INT:
        v = n.ival
        assert isinstance(v, int) and -2 ** 63 <= v < 2 ** 63
    elif k == pyast.CONST_BIGINT:
        v = int(n.sval)
        assert v >= 2 ** 63, n.sval
    elif k == pyast.CONST_FLOAT:
        v = float(n.fval)
    elif k == pyast.CONST_COMPLEX:
        v = complex(0, n.fval)
    elif k == pyast.CONST_STR:
        v = n.sval
    elif k == pyast.CONST_BYTES:
        v = n.bval
    elif k == pyast.CONST_BOOL:
        v = bool(n.ival)
    elif k == pyast.CONST_NONE:
        v = None
    elif k == pyast.CONST_ELLIPSIS:
        v = Ellipsis
    else:
        raise AssertionError("bad constant kind %r" % k)
    return cpy_const(v)


def dump(node, mine, positions=True, in_fstring=False):
    """One dump function for both trees: `mine` tells which kind of node."""
    if isinstance(node, list):
        return "[" + ", ".join(dump(x, mine, positions, in_fstring) for x in node) + "]"
    if node is None:
        return "None"
    if isinstance(node, (str, int)) and not isinstance(node, bool):
        return repr(node)
    if not mine and isinstance(node, (ast.expr_context, ast.operator, ast.boolop, ast.unaryop, ast.cmpop)):
        return repr(type(node).__name__)
    name = type(node).__name__
    cls = getattr(ast, name)
    if name == "Constant":
        body = my_const(node) if mine else cpy_const(node.value)
        if mine:
            u = node.kind == pyast.CONST_STR and node.ival == 1
        else:
            u = node.kind == "u"
        if u:
            body += "u"
    else:
        parts = []
        for f in cls._fields:
            if f in SKIP_FIELDS:
                continue
            v = getattr(node, f)
            if mine and isinstance(v, str) and f in ("op", "ctx"):
                parts.append("%s=%r" % (f, v))
            elif mine and f == "ops":
                parts.append("%s=%r" % (f, v))
            else:
                sub_f = in_fstring or name == "JoinedStr"
                parts.append("%s=%s" % (f, dump(v, mine, positions, sub_f and name != "FormattedValue" or (name == "FormattedValue" and f == "format_spec"))))
        body = name + "(" + ", ".join(parts) + ")"
    # positions: CPython 3.11 gives the parts of an f-string (and of its
    # format specs) odd positions; only the embedded expressions are compared
    if positions and cls._attributes and not in_fstring:
        pos = tuple(getattr(node, a, None) for a in POS_ATTRS)
        body += "@%s:%s-%s:%s" % pos
    return body


def cpy_dump(source, positions=True):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = ast.parse(source)
    return "\n".join(dump(s, False, positions) for s in tree.body)


def my_dump(source, positions=True):
    tree = parser.parse_module(source, "<test>")
    assert isinstance(tree, pyast.Module)
    return "\n".join(dump(s, True, positions) for s in tree.body)


def uses_unsupported(source):
    """async/await/match are not part of the first cut."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = ast.parse(source)
    for n in ast.walk(tree):
        if isinstance(n, (ast.AsyncFunctionDef, ast.AsyncFor, ast.AsyncWith, ast.Await, ast.Match)):
            return True
        if isinstance(n, ast.comprehension) and n.is_async:
            return True
    return False


SNIPPETS = [
    # literals
    "1\n0\n00\n0_0\n1_000_000\n0xff\n0XFF_FF\n0o777\n0b1010\n0b_1\n",
    "9223372036854775807\n9223372036854775808\n0xffffffffffffffffffff\n0o7777777777777777777777777\n123456789012345678901234567890\n",
    "1.5\n.5\n5.\n1e10\n1E-5\n1_0.0_1e1_0\n3j\n1.5j\n1e3J\n0j\n",
    "'a'\n\"b\"\n'''c\nd'''\n\"\"\"e\"\"\"\nr'\\n'\nb'x'\nrb'\\x'\nbr'y'\nu'z'\nR'q'\nBR'w'\n",
    "'\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r\\0\\101\\x41\\u00e9\\U0001F600\\N{BULLET}'\n",
    "b'\\n\\x00\\xff\\377'\n'a' 'b'\nb'a' b'b'\n'a' u'b'\nu'a' 'b'\n",
    "'unknown \\d \\q escape'\n'line\\\ncontinued'\n",
    "True\nFalse\nNone\n...\n",
    "'héllo wörld'\nx = 'ü' + 'ß'\n",
    # f-strings
    "f'a{x}b'\nf'{x!r}'\nf'{x!s:>10}'\nf'{x:{w}.{p}}'\nf'{x=}'\nf'{x = }'\nf'{x=:>5}'\nf'{x=!s}'\n",
    "f'{{}}'\nf'{{{x}}}'\nf''\nf'plain'\nf'{x}' 'y' f'{z}'\n'a' f'b{c}d' 'e'\nrf'\\n{x}'\nfr'{x}\\d'\n",
    "f'{a[\"k\"]}'\nf\"{a['k']}\"\nf'{x if y else z}'\nf'{ {1: 2}[1] }'\nf'{(lambda: 1)()}'\nf'{x!r:{w}}'\n",
    "f'{x:{{}}>10}'\nf'{3.14:.2f}'\nf'{x:%Y-%m-%d}'\nf'{a!=b}'\nf'{a<=b}'\nf'{a==b}'\n",
    "f'\\n{x}\\t'\nf'{x}\\N{BULLET}'\nf'''multi\n{x}\nline'''\n",
    "x = (\n  f'ab{ x + 1 }'\n)\n",
    "f'{x,}'\nf'{*a,}'\nf'{yield}'\n",
    # names and operators
    "a + b - c * d / e // f % g @ h ** i\n",
    "a | b ^ c & d << e >> f\n-a + +b - ~c\nnot a\na ** -b\n-a ** b\n",
    "a and b or c and not d\na or b or c\na and b and c\n",
    "a < b <= c > d >= e == f != g\na in b\na not in b\na is b\na is not b\n",
    "a if b else c\na if b else c if d else e\nlambda: 0\nlambda x, y=1, *a, z, w=2, **k: x\nlambda *, a: a\nlambda a, /, b: a\n",
    "(x := 1)\n[y := 2, y ** 2]\nf(x := 3)\nif (n := len(a)) > 10: pass\nwhile chunk := read(): pass\n",
    "x.y.z\nx[1]\nx[1:2]\nx[:]\nx[::2]\nx[1:2:3]\nx[a, b]\nx[1:2, ::3]\nx[()]\nx[a:b, c]\nx[*a]\nx[:, 1]\n",
    "f()\nf(a)\nf(a, b)\nf(a, *b, c=1, **d)\nf(*a, *b)\nf(**a, **b)\nf(a=1, *b)\nf(x for x in y)\nf(a,)\nf(a)(b)(c)\n",
    # displays
    "()\n(1,)\n(1, 2)\n1,\n1, 2\n[]\n[1]\n[1, 2,]\n{}\n{1: 2}\n{1: 2, 3: 4,}\n{1}\n{1, 2}\n",
    "[*a, *b]\n{*a}\n{**a, 'b': 1, **c}\n(*a, b)\n*a, b = c\n",
    "[x for x in y]\n[x for x in y if x if z]\n[x for x in y for z in x]\n{x for x in y}\n{k: v for k, v in d.items()}\n(x for x in y)\n[(a, b) for a, b in c]\n",
    "[x for x, in y]\n[x for *x, y in z]\n[x for x in (lambda: y)]\n[x for x in y if (lambda: z)]\n",
    # statements
    "x = 1\nx = y = z\nx, y = y, x\n[a, b] = c\n(a, b) = c\na.b = c\na[b] = c\na, *b = c\n(a), b = c\nx = yield\n",
    "x += 1\nx -= 1\nx *= 1\nx /= 1\nx //= 1\nx %= 1\nx **= 1\nx >>= 1\nx <<= 1\nx &= 1\nx |= 1\nx ^= 1\nx @= 1\na.b += 1\na[b] += 1\n",
    "x: int\nx: int = 1\na.b: int\na[0]: int = 3\n(x): int = 1\nx: list[int] = []\n",
    "del x\ndel x, y\ndel a.b, a[c]\ndel (a, b)\ndel [a, b]\ndel a,\n",
    "pass\nassert x\nassert x, 'msg'\nraise\nraise E\nraise E from e\nraise E(1) from None\n",
    "import a\nimport a.b.c\nimport a as b, c.d as e\nfrom a import b\nfrom a.b import c as d, e\nfrom . import x\nfrom .. import y\nfrom .a import (b, c,)\nfrom ...a import b\nfrom .... import z\nfrom a import *\n",
    "global a\nglobal a, b\ndef f():\n    nonlocal x, y\n",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    x = 1\nelse:\n    y = 2\n",
    "if a: pass\nif a: b; c\nif a: b;\nwhile x: pass\nwhile x:\n    break\nelse:\n    continue\n",
    "for x in y:\n    pass\nfor x, y in z: pass\nfor (x, y) in z: pass\nfor x in a, b: pass\nfor x in *a, b: pass\nfor [a, *b] in c:\n    pass\nelse:\n    pass\nfor a.b in c: pass\nfor a[0] in c: pass\n",
    "try:\n    a\nexcept:\n    b\ntry:\n    a\nexcept E:\n    b\nexcept (E, F) as e:\n    c\nelse:\n    d\nfinally:\n    e\ntry:\n    pass\nfinally:\n    pass\n",
    "try:\n    a\nexcept* E:\n    b\nexcept* (F, G) as g:\n    c\n",
    "with a: pass\nwith a as b: pass\nwith a as b, c as d: pass\nwith a, b: pass\nwith (a as b, c as d): pass\nwith (a, b): pass\nwith (a): pass\nwith (a) as b: pass\nwith (a, b) as c: pass\nwith (a as b,): pass\nwith a as (b, c): pass\nwith a as b.c: pass\nwith (yield): pass\n",
    "def f(): pass\ndef f(a, b=1, *args, c, d=2, **kw) -> int:\n    return a\ndef f(a, /, b, *, c): pass\ndef f(a=1, /, b=2): pass\ndef f(*, a): pass\ndef f(**k): pass\ndef f(a: int, *b: str, **c: float): pass\ndef f(a,): pass\n",
    "@dec\ndef f(): pass\n@a.b(c)\n@d\nclass C: pass\n@x[0].y\ndef g(): pass\n@(lambda f: f)\ndef h(): pass\n",
    "class C: pass\nclass C(): pass\nclass C(A, B): pass\nclass C(A, metaclass=M, **kw): pass\nclass C(*bases): x = 1\n",
    "def g():\n    yield\n    yield 1\n    yield 1, 2\n    x = yield y\n    yield from z\n    return\n    return 1, 2\n    return *a, b\n",
    "def f():\n    '''doc'''\n    x = 1\n\n\n    # comment\n    return x\n",
    "x = (1 +\n     2)\ny = [1,\n  2,\n]\nz = {\n  'a': 1,\n}\nw = 1 + \\\n    2\n",
    "if x:\n  if y:\n      pass\n  else:\n   pass\nz = 1\n",
    "if x:\n\tpass\n\tif y:\n\t\tpass\n",
    "x = 1 # comment\n# comment\n  # indented comment\ny = 2\n\n\n",
    "x = 1;y = 2;\nz = 3",
    "",
    "\n\n",
    "# only comment",
    "a = b = c = d\na = (yield)\na = lambda: (yield)\n",
    "print(*a, sep='', end='\\n', file=sys.stderr)\n",
    "x = a if b else lambda: c\nx = [lambda: i for i in range(3)]\n",
    "x = not a == b\nx = -1 ** 2\nx = a.b(c).d[e](f)\nx = a[b][c]\nx = 'a'.join(b)\nx = 1 .real\nx = 1.0.real\n",
    "x = ~-+1\nx = a if not b else c\nx = [i for i in range(10) if i % 2 if i % 3]\n",
    "def f(a, b):\n    def g():\n        nonlocal a\n        a = 1\n    return g\n",
    "class A:\n    def m(self):\n        return super().m()\n\n    @property\n    def p(self): return 1\n\n    @staticmethod\n    def s(): pass\n",
    "if 1: pass\nelse:\n    if 2: pass\n",
    "s = 'a' 'b' \\\n  'c'\n",
    "x = '''\\\nabc'''\n",
    "d = {'a': 1, **b}\ns = {*a, 1}\nt = *a, *b\n",
    "x = (  # comment\n  1,  # more\n)\n",
    "x[1:2] = y\ndel x[::2]\nx[a:b, c:d] += 1\n",
    "1if x else 2\n",
    "x = 0 if 1else 2\n",
    "a = 'é' ; b = f'{a}é{a!r}'\nc = 'ü'; d = c\n",
    "名前 = 1\nprint(名前)\n",
    "class C:\n    x: int = 0\n    def __init__(self) -> None:\n        self.a: list[int] = []\n",
    "try:\n    pass\nexcept E as e:\n    raise X from e\nelse:\n    pass\n",
    "with open('f') as f, open('g') as g:\n    pass\n",
    "def f(*args: int, **kwargs: str) -> None: ...\n",
    "for i in range(10):\n    if i: continue\n    else: break\n",
    "x = [\n    1,\n    2\n    ]\n",
    "assert isinstance(x, int), f'bad {x!r}'\n",
    "x = f'{a}' f'{b}'\ny = f'{a}{b}'\nz = f'a' 'b' f'c'\n",
    "x = b'\\\\'\ny = '\\\\'\nz = r'\\''\nw = r\"\\\"\"\n",
    "x = '''a'b\"c'''\ny = \"\"\"a\"\"b\"\"\"\n",
    "x = 1\r\ny = 2\r\n",
    "if True:\n    x = (1,\n2)\n    y = 3\n",
]


class TestAgainstCPython(unittest.TestCase):
    maxDiff = None

    def check(self, source, positions=True, label=None):
        expected = cpy_dump(source, positions)
        try:
            got = my_dump(source, positions)
        except ParseError as e:
            self.fail("%s: ParseError %s at %d:%d\n%s" % (label or repr(source), e.msg, e.lineno, e.offset, source[:2000]))
        if expected != got:
            el = expected.split("\n")
            gl = got.split("\n")
            for i in range(min(len(el), len(gl))):
                if el[i] != gl[i]:
                    a, b = el[i], gl[i]
                    k = 0
                    while k < min(len(a), len(b)) and a[k] == b[k]:
                        k += 1
                    lo = max(0, k - 300)
                    self.fail("%s: statement %d differs at char %d\nCPython: ...%s\nours:    ...%s" % (label or repr(source), i, k, a[lo:k + 200], b[lo:k + 200]))
            self.assertEqual(len(el), len(gl), label)

    def test_snippets(self):
        for s in SNIPPETS:
            with self.subTest(source=s):
                self.check(s)

    def check_files(self, pattern):
        files = sorted(glob.glob(os.path.join(ROOT, pattern)))
        for path in files:
            with open(path, encoding="utf-8") as f:
                src = f.read()
            try:
                if uses_unsupported(src):
                    continue
            except SyntaxError:
                continue    # a file CPython rejects (being edited): not ours to check
            with self.subTest(path=path):
                self.check(src, label=path)
        return len(files)

    def test_tests_python(self):
        self.check_files("tests/python/*.py")

    def test_benches(self):
        self.check_files("benches/*.py")

    def test_tests_rpython(self):
        self.check_files("tests/rpython/*.py")

    def test_interpreter_sources(self):
        # the VM's own sources (whatever is there now)
        self.check_files("interpreter/*.py")
        self.check_files("interpreter/*/*.py")

    def test_stdlib_sample(self):
        # a sample of CPython's standard library: a big, varied corpus
        libdir = os.path.dirname(os.__file__)
        names = ["os", "ast", "argparse", "collections/__init__", "functools", "textwrap", "string",
                 "random", "json/decoder", "json/encoder", "dataclasses", "enum", "inspect",
                 "pprint", "fractions", "decimal", "_pydecimal", "statistics", "tokenize", "typing",
                 "difflib", "heapq", "bisect", "shlex", "configparser", "calendar", "datetime",
                 "locale", "gettext", "copy", "csv", "email/message", "http/client",
                 "unittest/case", "logging/__init__", "pathlib", "zipfile", "tarfile", "subprocess",
                 "threading", "traceback", "codecs", "ipaddress", "operator", "re/_parser",
                 "re/_compiler", "sre_constants", "uuid", "glob", "fnmatch", "getopt", "optparse",
                 "doctest", "pickle", "pydoc", "turtle", "ftplib", "imaplib", "smtplib"]
        for name in names:
            path = os.path.join(libdir, name + ".py")
            if not os.path.exists(path):
                continue
            with open(path, encoding="utf-8") as f:
                src = f.read()
            if uses_unsupported(src):
                continue
            with self.subTest(path=path):
                self.check(src, label=path)


def cpy_error(source):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(source, "<test>", "exec", flags=ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        return e
    return None


# (source, also compare the offset)
ERRORS = [
    ("x = = 1\n", True),
    ("x = 1 +\n", True),
    ("if x\n    pass\n", True),
    ("while x\n    pass\n", True),
    ("for x in y\n    pass\n", True),
    ("def f()\n    pass\n", True),
    ("class C\n    pass\n", True),
    ("if x:\npass\n", True),
    ("if x:\n    pass\nelse:\npass\n", True),
    ("for x in y:\nz\n", True),
    ("while x:\nz\n", True),
    ("def f():\nreturn\n", True),
    ("class C:\nx = 1\n", True),
    ("try:\nx\n", True),
    ("with a:\nx\n", True),
    ("try:\n    x\nexcept:\ny\n", True),
    ("try:\n    x\nfinally:\ny\n", True),
    ("if x:\n    pass\nelif y:\nz\n", True),
    (" x = 1\n", False),
    ("def f():\n  x\n    y\n", False),
    ("if x:\n    a\n  b\n", False),
    ("x = 'abc\n", True),
    ("x = \"abc\n", True),
    ("x = '''abc\n\n", True),
    ("x = (1,\ny = 2\n", True),
    ("foo(a, \n", True),
    ("x = [1, 2\nfor x in y:\n  pass\n", True),
    ("x = {1: 2\n", True),
    ("x = (1, [2, {3\n", True),
    ("x = = 1\ny = (\n", True),
    ("x = = 1\ny = 'abc\n", True),
    ("x = (1 2\n", True),
    ("f(\n  a b\n", True),
    ("x = (\n 1 +\n", True),
    ("x = )\n", True),
    ("x = (]\n", True),
    ("x = (\n]\n", True),
    ("f(a b)\n", True),
    ("[a b]\n", True),
    ("print 'x'\n", True),
    ("if x = 1:\n pass\n", True),
    ("f() = 1\n", True),
    ("1 = x\n", True),
    ("None = 1\n", True),
    ("True = 1\n", True),
    ("x + 1 = 2\n", True),
    ("(a, f()) = 1\n", True),
    ("f() += 1\n", True),
    ("del f()\n", True),
    ("del 1\n", True),
    ("for f() in x: pass\n", True),
    ("a, b: int\n", True),
    ("def f(a=1, b): pass\n", True),
    ("def f(*): pass\n", True),
    ("def f(*, **k): pass\n", True),
    ("f(a=1, b)\n", True),
    ("f(**a, b)\n", True),
    ("f(**a, *b)\n", True),
    ("f(x for x in y, 1)\n", True),
    ("f(a.b=1)\n", True),
    ("try:\n    pass\nx = 1\n", True),
    ("try:\n    pass\nexcept A, B:\n    pass\n", True),
    ("else:\n    pass\n", True),
    ("x = 1 2\n", True),
    ("x = 0777\n", True),
    ("x = 1_\n", True),
    ("x = 0x\n", True),
    ("x = 0b12\n", True),
    ("x = 1abc\n", True),
    ("x = $\n", True),
    ("x = a € b\n", True),
    ("x = 1 \\ 2\n", True),
    ("f'{}'\n", False),
    ("f'{x'\n", False),
    ("f'}'\n", False),
    ("f'{x!z}'\n", False),
    ("f'{a b}'\n", False),
    ("b'é'\n", True),
    ("'a' b'b'\n", True),
    ("x = (yield) = 1\n", True),
    ("import\n", True),
    ("from x import\n", True),
    ("from x import a,\n", True),
    ("lambda x=1, y: x\n", True),
    ("x = [i for i in]\n", True),
    ("return return\n", True),
    ("a if b\n", True),
    ("def f(:\n    pass\n", True),
    ("class\n", True),
    ("x = (1 if 2)\n", True),
    ("x = {1: 2, 3}\n", True),
    ("@\ndef f(): pass\n", True),
    ("x = [*a for a in b]\n", True),
    ("(a, b) += 1\n", True),
    ("x = 1\n  y = 2\n", False),
    ("if x:\n        a\n    b\n", False),
    ("x = 'a\\\n", True),
    ("pass\n\\", False),
]


class TestErrors(unittest.TestCase):
    maxDiff = None

    def test_errors_match_cpython(self):
        for source, check_offset in ERRORS:
            with self.subTest(source=source):
                expected = cpy_error(source)
                self.assertIsNotNone(expected, "CPython accepts %r" % source)
                try:
                    parser.parse_module(source, "<test>")
                except ParseError as e:
                    got = e
                else:
                    self.fail("no error for %r (CPython: %s)" % (source, expected.msg))
                self.assertEqual(got.msg, expected.msg, repr(source))
                self.assertEqual(got.lineno, expected.lineno, repr(source))
                self.assertEqual(got.kind, type(expected).__name__, repr(source))
                if check_offset:
                    self.assertEqual(got.offset, expected.offset, "offset of %r (%s)" % (source, got.msg))
                text = expected.text
                if text is not None:
                    self.assertEqual(got.text.rstrip("\n"), text.rstrip("\n"), repr(source))


class TestMisc(unittest.TestCase):
    def test_parse_expression(self):
        e = parser.parse_expression("  1 + 2")
        self.assertIsInstance(e, pyast.BinOp)
        self.assertEqual(dump(e, True), dump(ast.parse("1 + 2", mode="eval").body, False))

    def test_bigint_decimal(self):
        for lit in ["0xffffffffffffffffffff", "0o17777777777777777777777", "0b" + "1" * 100,
                    "9223372036854775808", "18446744073709551616", "0x8000000000000000", "0x7fffffffffffffff"]:
            tree = parser.parse_module(lit + "\n", "<t>")
            c = tree.body[0].value
            v = eval(lit)
            if v < 2 ** 63:
                self.assertEqual(c.kind, "int")
                self.assertEqual(c.ival, v)
            else:
                self.assertEqual(c.kind, "bigint")
                self.assertEqual(c.sval, str(v))

    def test_incomplete_input(self):
        for src in ["if x:", "if x:\n    y = 1", "f(1,", "x = '''abc", "def f():\n    pass", "x = [\n1"]:
            self.assertTrue(parser.is_incomplete_input(src + "\n"), src)
        for src in ["x = 1", "f(1)", "x = )", "if x:\n    pass\n", "for x in y: pass"]:
            self.assertFalse(parser.is_incomplete_input(src + "\n"), src)

    def test_error_attributes(self):
        try:
            parser.parse_module("if x:\npass\n", "<t>")
        except ParseError as e:
            self.assertEqual(e.kind, "IndentationError")
            self.assertEqual(e.lineno, 2)
            self.assertEqual(e.text, "pass\n")
        else:
            self.fail("no error")


if __name__ == "__main__":
    unittest.main()
