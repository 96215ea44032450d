"""The prelude stays inside the restricted subset the front end
translates (issue3.md, "Prelude convention"), and _prims matches the
`prims!` table of ir/src/lib.rs."""

import ast
import inspect
import os
import re
import unittest

import _prims

PRELUDE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIB_RS = os.path.join(os.path.dirname(os.path.dirname(PRELUDE)), "ir", "src", "lib.rs")
TRANSLATED = [f for f in sorted(os.listdir(PRELUDE)) if f.endswith(".py") and f not in ("_prims.py", "_generic.py")]

FORBIDDEN = (ast.JoinedStr, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp, ast.Lambda, ast.Dict,
             ast.Set, ast.Yield, ast.YieldFrom, ast.With, ast.Global, ast.Nonlocal, ast.Starred, ast.IfExp,
             ast.NamedExpr, ast.Await, ast.AsyncFunctionDef, ast.Delete)


class SubsetTest(unittest.TestCase):
    def test_prims_table(self) -> None:
        with open(LIB_RS) as f:
            src = f.read()
        table = src[src.index("prims! {"):]
        entries = re.findall(r'=\s*"([a-z0-9_.]+)",\s*\[([A-Za-z, ]*)\]', table)
        self.assertGreater(len(entries), 40)
        for mnemonic, params in entries:
            name = mnemonic.replace(".", "_")
            self.assertTrue(hasattr(_prims, name), name)
            arity = len([p for p in params.split(",") if p.strip()])
            self.assertEqual(len(inspect.signature(getattr(_prims, name)).parameters), arity, name)

    def test_subset(self) -> None:
        prim_names = {n for n in dir(_prims) if not n.startswith("_")}
        for fname in TRANSLATED:
            with open(os.path.join(PRELUDE, fname)) as f:
                tree = ast.parse(f.read(), fname)
            for node in ast.walk(tree):
                where = "%s:%d" % (fname, getattr(node, "lineno", 0))
                self.assertNotIsInstance(node, FORBIDDEN, where)
                if isinstance(node, ast.FunctionDef):
                    args = node.args.args
                    for i, a in enumerate(args):
                        if i == 0 and a.arg == "self":
                            continue
                        self.assertIsNotNone(a.annotation, where + " " + node.name + " " + a.arg)
                    self.assertIsNotNone(node.returns, where + " " + node.name)
                    self.assertIsNone(node.args.vararg, where)
                    self.assertIsNone(node.args.kwarg, where)
                    self.assertEqual(node.decorator_list, [], where)
                if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
                    self.assertFalse(isinstance(node.left, ast.Constant) and isinstance(node.left.value, str), where)
                if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "_prims":
                    self.assertIn(node.attr, prim_names, where)
                if isinstance(node, ast.Call):
                    self.assertEqual(node.keywords, [], where + " keyword arguments")
                if isinstance(node, ast.Compare):
                    for op, right in zip(node.ops, node.comparators):
                        if isinstance(op, (ast.Is, ast.IsNot)) and not (isinstance(right, ast.Constant) and right.value is None):
                            # `other is self` on instances only
                            self.assertIsInstance(right, ast.Name, where)
                        self.assertNotIsInstance(op, (ast.In, ast.NotIn), where)
                if isinstance(node, ast.Assign):
                    for t in node.targets:
                        self.assertNotIsInstance(t, ast.Tuple, where + " tuple unpacking")
                if isinstance(node, (ast.Import, ast.ImportFrom)):
                    mod = node.module if isinstance(node, ast.ImportFrom) else node.names[0].name
                    self.assertIn(mod, ["typing", "_prims", "_generic", "_unicode_tables", "chars", "numeric",
                                        "str_methods", "containers", "formatting"], where)
