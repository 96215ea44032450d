//! Stage 2: type checking and inference.
//!
//! Collects the module's functions, classes (with their fields, inferred
//! from `self.x = ...` assignments in `__init__`) and constants, checks
//! every function body and produces the typed program ([`crate::typed`]).

use crate::diag::{Diagnostic, Diagnostics};
use crate::parse::ParsedModule;
use crate::typed::{self as t, AugOp, CmpKind, ExprKind as K};
use crate::types::Ty;
use ruff_python_ast::{self as ast, Expr as E, Stmt as S};
use ruff_text_size::{Ranged, TextRange};
use std::collections::{HashMap, HashSet};

/// Check a parsed module.
pub fn check(p: &ParsedModule) -> Result<t::Program, Diagnostics> {
    let mut cx = Ctx {
        diags: Vec::new(),
        classes: Vec::new(),
        class_idx: HashMap::new(),
        funcs: HashMap::new(),
        func_list: Vec::new(),
        consts: HashMap::new(),
        bodies: HashMap::new(),
        module_range: TextRange::default(),
    };
    cx.run(&p.module);
    if cx.diags.is_empty() {
        let mut functions = Vec::new();
        for (name, _, _) in &cx.func_list {
            if let Some(f) = cx.bodies.remove(name) {
                functions.push(f);
            }
        }
        let classes = cx
            .classes
            .iter()
            .map(|c| t::ClassInfo {
                name: c.name.clone(),
                parent: c.parent.clone(),
                fields: c
                    .fields
                    .iter()
                    .map(|f| (f.name.clone(), f.ty.clone().unwrap_or(Ty::Unknown)))
                    .collect(),
                methods: c.methods.clone(),
                builtin: c.builtin,
            })
            .collect();
        Ok(t::Program { classes, functions })
    } else {
        Err(Diagnostics::new(&p.file_name, &p.source, cx.diags))
    }
}

#[derive(Clone, Debug)]
struct Sig {
    /// IR name.
    name: String,
    /// Python name (for messages).
    display: String,
    params: Vec<(String, Ty)>,
    ret: Ty,
    range: TextRange,
}

struct FieldDecl {
    name: String,
    ty: Option<Ty>,
    range: TextRange,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum InitState {
    NotChecked,
    InProgress,
    Done,
}

struct ClassDecl<'a> {
    name: String,
    parent: Option<String>,
    builtin: bool,
    fields: Vec<FieldDecl>,
    methods: Vec<String>,
    sigs: HashMap<String, Sig>,
    ast: Option<&'a ast::StmtClassDef>,
    init_state: InitState,
}

#[derive(Clone)]
enum Const {
    Int(i64),
    Str(String),
    Bool(bool),
}

struct Ctx<'a> {
    diags: Vec<Diagnostic>,
    classes: Vec<ClassDecl<'a>>,
    class_idx: HashMap<String, usize>,
    funcs: HashMap<String, Sig>,
    /// Every function body to check, in source order: (IR name, AST, class).
    func_list: Vec<(String, &'a ast::StmtFunctionDef, Option<String>)>,
    consts: HashMap<String, Const>,
    bodies: HashMap<String, t::FuncInfo>,
    module_range: TextRange,
}

/// Per-function checking state.
struct Fx {
    class: Option<String>,
    /// Set while checking `C.__init__`.
    init_of: Option<String>,
    self_name: Option<String>,
    ret: Ty,
    fname: String,
    locals: Vec<(String, Ty)>,
    /// Names assigned anywhere in the function (they are local throughout).
    assigned: HashSet<String>,
    loop_depth: usize,
    handler_depth: usize,
    /// Locals narrowed by an `isinstance` test.
    narrow: Vec<(String, String)>,
    /// `except ... as name` bindings in scope: (Python name, unique name).
    scopes: Vec<(String, String)>,
    scope_counter: usize,
}

impl Fx {
    /// The unique name of a variable (handler-bound names are renamed).
    fn iname(&self, n: &str) -> String {
        self.scopes
            .iter()
            .rev()
            .find(|(p, _)| p == n)
            .map(|(_, i)| i.clone())
            .unwrap_or_else(|| n.to_string())
    }

    fn local(&self, n: &str) -> Option<&Ty> {
        let n = self.iname(n);
        self.locals.iter().find(|(x, _)| *x == n).map(|(_, t)| t)
    }
}

fn unsupported(what: &str, range: TextRange, help: &str) -> Diagnostic {
    Diagnostic::new(
        format!("unsupported construct: {what}"),
        range,
        "not supported by the RPython translator",
        help,
    )
}

fn op_name(op: ast::Operator) -> &'static str {
    use ast::Operator::*;
    match op {
        Add => "+",
        Sub => "-",
        Mult => "*",
        MatMult => "@",
        Div => "/",
        Mod => "%",
        Pow => "**",
        LShift => "<<",
        RShift => ">>",
        BitOr => "|",
        BitXor => "^",
        BitAnd => "&",
        FloorDiv => "//",
    }
}

fn int_binop(op: ast::Operator) -> Option<ir::BinOp> {
    use ast::Operator::*;
    Some(match op {
        Add => ir::BinOp::Add,
        Sub => ir::BinOp::Sub,
        Mult => ir::BinOp::Mul,
        FloorDiv => ir::BinOp::FloorDiv,
        Mod => ir::BinOp::Mod,
        _ => return None,
    })
}

fn stmt_kind(s: &S) -> &'static str {
    match s {
        S::FunctionDef(_) => "nested function definition",
        S::ClassDef(_) => "nested class definition",
        S::Return(_) => "return statement",
        S::Delete(_) => "del statement",
        S::TypeAlias(_) => "type alias",
        S::Assign(_) | S::AnnAssign(_) | S::AugAssign(_) => "assignment",
        S::For(_) => "for statement",
        S::While(_) => "while statement",
        S::If(_) => "if statement",
        S::With(_) => "with statement",
        S::Match(_) => "match statement",
        S::Raise(_) => "raise statement",
        S::Try(_) => "try statement",
        S::Assert(_) => "assert statement",
        S::Import(_) | S::ImportFrom(_) => "import statement",
        S::Global(_) => "global statement",
        S::Nonlocal(_) => "nonlocal statement",
        S::Expr(_) => "expression statement",
        S::Pass(_) => "pass statement",
        S::Break(_) => "break statement",
        S::Continue(_) => "continue statement",
        S::IpyEscapeCommand(_) => "IPython escape command",
    }
}

fn expr_kind(e: &E) -> &'static str {
    match e {
        E::BoolOp(_) => "boolean operation",
        E::Named(_) => "assignment expression (`:=`)",
        E::BinOp(_) => "binary operation",
        E::UnaryOp(_) => "unary operation",
        E::Lambda(_) => "lambda expression",
        E::If(_) => "conditional expression",
        E::Dict(_) => "dict display",
        E::Set(_) => "set display",
        E::ListComp(_) => "list comprehension",
        E::SetComp(_) => "set comprehension",
        E::DictComp(_) => "dict comprehension",
        E::Generator(_) => "generator expression",
        E::Await(_) => "await expression",
        E::Yield(_) | E::YieldFrom(_) => "yield expression",
        E::Compare(_) => "comparison",
        E::Call(_) => "call",
        E::FString(_) => "f-string",
        E::TString(_) => "t-string",
        E::StringLiteral(_) => "string literal",
        E::BytesLiteral(_) => "bytes literal",
        E::NumberLiteral(n) => match n.value {
            ast::Number::Int(_) => "integer literal",
            ast::Number::Float(_) => "float literal",
            ast::Number::Complex { .. } => "complex literal",
        },
        E::BooleanLiteral(_) => "boolean literal",
        E::NoneLiteral(_) => "`None` value",
        E::EllipsisLiteral(_) => "`...` (Ellipsis)",
        E::Attribute(_) => "attribute",
        E::Subscript(_) => "subscript",
        E::Starred(_) => "starred expression",
        E::Name(_) => "name",
        E::List(_) => "list display",
        E::Tuple(_) => "tuple",
        E::Slice(_) => "slice",
        E::IpyEscapeCommand(_) => "IPython escape command",
    }
}

const BUILTIN_FUNCS: &[&str] = &["print", "len", "str", "range", "isinstance", "super"];

fn is_main_guard(test: &E) -> bool {
    if let E::Compare(c) = test
        && c.ops.len() == 1
        && c.ops[0] == ast::CmpOp::Eq
        && let E::Name(n) = &*c.left
        && n.id.as_str() == "__name__"
        && let Some(E::StringLiteral(s)) = c.comparators.first()
    {
        return s.value.to_str() == "__main__";
    }
    false
}

/// Names assigned anywhere in a function body (Python's local scope rule).
fn collect_assigned(stmts: &[S], out: &mut HashSet<String>) {
    fn target(e: &E, out: &mut HashSet<String>) {
        match e {
            E::Name(n) => {
                out.insert(n.id.to_string());
            }
            E::Tuple(t) => t.elts.iter().for_each(|x| target(x, out)),
            E::List(t) => t.elts.iter().for_each(|x| target(x, out)),
            _ => {}
        }
    }
    for s in stmts {
        match s {
            S::Assign(a) => a.targets.iter().for_each(|x| target(x, out)),
            S::AnnAssign(a) => target(&a.target, out),
            S::AugAssign(a) => target(&a.target, out),
            S::For(f) => {
                target(&f.target, out);
                collect_assigned(&f.body, out);
                collect_assigned(&f.orelse, out);
            }
            S::While(w) => {
                collect_assigned(&w.body, out);
                collect_assigned(&w.orelse, out);
            }
            S::If(i) => {
                collect_assigned(&i.body, out);
                for c in &i.elif_else_clauses {
                    collect_assigned(&c.body, out);
                }
            }
            S::Try(tr) => {
                collect_assigned(&tr.body, out);
                for h in &tr.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        out.insert(n.id.to_string());
                    }
                    collect_assigned(&h.body, out);
                }
                collect_assigned(&tr.orelse, out);
                collect_assigned(&tr.finalbody, out);
            }
            _ => {}
        }
    }
}

/// `self.NAME = ...` / `self.NAME: T = ...` assignments anywhere in a body.
fn collect_self_attrs<'b>(
    stmts: &'b [S],
    self_name: &str,
    out: &mut Vec<(&'b str, Option<&'b E>, TextRange)>,
) {
    let attr = |e: &'b E| -> Option<(&'b str, TextRange)> {
        if let E::Attribute(a) = e
            && let E::Name(n) = &*a.value
            && n.id.as_str() == self_name
        {
            return Some((a.attr.as_str(), a.range()));
        }
        None
    };
    for s in stmts {
        match s {
            S::Assign(a) => {
                for tg in &a.targets {
                    let elts: Vec<&E> = match tg {
                        E::Tuple(tu) => tu.elts.iter().collect(),
                        other => vec![other],
                    };
                    for x in elts {
                        if let Some((n, r)) = attr(x) {
                            out.push((n, None, r));
                        }
                    }
                }
            }
            S::AnnAssign(a) => {
                if let Some((n, r)) = attr(&a.target) {
                    out.push((n, Some(&a.annotation), r));
                }
            }
            S::If(i) => {
                collect_self_attrs(&i.body, self_name, out);
                for c in &i.elif_else_clauses {
                    collect_self_attrs(&c.body, self_name, out);
                }
            }
            S::While(w) => collect_self_attrs(&w.body, self_name, out),
            S::For(f) => collect_self_attrs(&f.body, self_name, out),
            S::Try(tr) => {
                collect_self_attrs(&tr.body, self_name, out);
                for h in &tr.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    collect_self_attrs(&h.body, self_name, out);
                }
                collect_self_attrs(&tr.orelse, self_name, out);
                collect_self_attrs(&tr.finalbody, self_name, out);
            }
            _ => {}
        }
    }
}

impl<'a> Ctx<'a> {
    fn err(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    fn class(&self, n: &str) -> Option<&ClassDecl<'a>> {
        self.class_idx.get(n).map(|&i| &self.classes[i])
    }

    fn ancestry(&self, n: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur = Some(n.to_string());
        while let Some(c) = cur {
            if out.contains(&c) {
                break;
            }
            cur = self.class(&c).and_then(|k| k.parent.clone());
            out.push(c);
        }
        out
    }

    fn is_subclass(&self, sub: &str, sup: &str) -> bool {
        self.ancestry(sub).iter().any(|c| c == sup)
    }

    fn is_exception(&self, c: &str) -> bool {
        self.is_subclass(c, ir::EXCEPTION_ROOT)
    }

    fn assignable(&self, from: &Ty, to: &Ty) -> bool {
        match (from, to) {
            (Ty::Unknown, _) | (_, Ty::Unknown) => true,
            (Ty::Class(a), Ty::Class(b)) => self.is_subclass(a, b),
            (Ty::List(a), Ty::List(b)) => a.is_unknown() || b.is_unknown() || a == b,
            _ => from == to,
        }
    }

    /// The most specific type both values fit in.
    fn join(&self, a: &Ty, b: &Ty) -> Option<Ty> {
        match (a, b) {
            (Ty::Unknown, x) | (x, Ty::Unknown) => Some(x.clone()),
            (Ty::Class(x), Ty::Class(y)) => {
                let ay = self.ancestry(y);
                self.ancestry(x)
                    .into_iter()
                    .find(|c| ay.contains(c))
                    .map(Ty::Class)
            }
            _ if a == b => Some(a.clone()),
            _ => None,
        }
    }

    // ----- module level -------------------------------------------------

    fn run(&mut self, m: &'a ast::ModModule) {
        self.module_range = m.range;
        for (name, parent) in ir::BUILTIN_EXCEPTIONS {
            self.add_class(ClassDecl {
                name: name.to_string(),
                parent: parent.map(str::to_string),
                builtin: true,
                fields: ir::builtin_fields(name)
                    .into_iter()
                    .map(|f| FieldDecl {
                        name: f.name,
                        ty: Some(if f.ty == ir::Type::Int {
                            Ty::Int
                        } else {
                            Ty::Str
                        }),
                        range: TextRange::default(),
                    })
                    .collect(),
                methods: vec![],
                sigs: HashMap::new(),
                ast: None,
                init_state: InitState::Done,
            });
        }
        let mut class_defs = Vec::new();
        let mut func_defs = Vec::new();
        let mut names: HashMap<String, TextRange> = HashMap::new();
        for (i, s) in m.body.iter().enumerate() {
            let mut define = |cx: &mut Self, n: &str, r: TextRange| {
                if names.contains_key(n)
                    || BUILTIN_FUNCS.contains(&n)
                    || cx.class_idx.contains_key(n)
                {
                    cx.err(Diagnostic::new(
                        format!("`{n}` is defined more than once"),
                        r,
                        "redefined here",
                        "every module-level name (function, class, constant) must be defined once and must not shadow a builtin",
                    ));
                    false
                } else {
                    names.insert(n.to_string(), r);
                    true
                }
            };
            match s {
                S::Expr(e) if i == 0 && matches!(&*e.value, E::StringLiteral(_)) => {}
                S::ImportFrom(imp)
                    if imp.module.as_ref().is_some_and(|m| m.as_str() == "__future__")
                        && imp.names.iter().all(|a| a.name.as_str() == "annotations") => {}
                S::Import(imp) if imp.names.iter().all(|a| a.name.as_str() == "sys" && a.asname.is_none()) => {}
                S::If(ifs) if is_main_guard(&ifs.test) => {}
                S::FunctionDef(f) => {
                    if define(self, f.name.as_str(), f.name.range) {
                        func_defs.push(f);
                    }
                }
                S::ClassDef(c) => {
                    if define(self, c.name.as_str(), c.name.range) {
                        class_defs.push(c);
                        self.add_class(ClassDecl {
                            name: c.name.to_string(),
                            parent: None,
                            builtin: false,
                            fields: vec![],
                            methods: vec![],
                            sigs: HashMap::new(),
                            ast: Some(c),
                            init_state: InitState::NotChecked,
                        });
                    }
                }
                S::Assign(a) if a.targets.len() == 1 && matches!(&a.targets[0], E::Name(_)) => {
                    let E::Name(n) = &a.targets[0] else { continue };
                    if let Some(c) = self.const_value(&a.value, None)
                        && define(self, n.id.as_str(), n.range)
                    {
                        self.consts.insert(n.id.to_string(), c);
                    }
                }
                S::AnnAssign(a) if matches!(&*a.target, E::Name(_)) && a.value.is_some() => {
                    let E::Name(n) = &*a.target else { continue };
                    let Some(v) = &a.value else { continue };
                    let ann = self.annotation(&a.annotation);
                    if let Some(c) = self.const_value(v, Some(&ann))
                        && define(self, n.id.as_str(), n.range)
                    {
                        self.consts.insert(n.id.to_string(), c);
                    }
                }
                S::Import(_) | S::ImportFrom(_) => self.err(unsupported(
                    "import of another module",
                    s.range(),
                    "a program is one module; only `import sys` (for the `__main__` block) and `from __future__ import annotations` are accepted",
                )),
                other => self.err(unsupported(
                    &format!("module-level {}", stmt_kind(other)),
                    other.range(),
                    "module-level code is limited to imports, functions, classes, int/str/bool constants and the `if __name__ == \"__main__\":` block",
                )),
            }
        }
        // Class parents.
        for c in &class_defs {
            let parent = match c.arguments.as_deref() {
                None => None,
                Some(args) => {
                    if !args.keywords.is_empty() || args.args.len() > 1 {
                        self.err(unsupported(
                            "multiple inheritance or class keywords",
                            args.range,
                            "a class has at most one base class",
                        ));
                        None
                    } else if let Some(b) = args.args.first() {
                        match b {
                            E::Name(n) if n.id.as_str() == "object" => None,
                            E::Name(n) if self.class_idx.contains_key(n.id.as_str()) => {
                                Some(n.id.to_string())
                            }
                            other => {
                                self.err(Diagnostic::new(
                                    "unknown base class",
                                    other.range(),
                                    "not a class defined in this module or a builtin exception",
                                    "derive from a class defined in this module, `Exception` or a builtin exception class",
                                ));
                                None
                            }
                        }
                    } else {
                        None
                    }
                }
            };
            if !c.decorator_list.is_empty() {
                self.err(unsupported(
                    "class decorator",
                    c.decorator_list[0].range,
                    "remove the decorator",
                ));
            }
            if let Some(&i) = self.class_idx.get(c.name.as_str()) {
                self.classes[i].parent = parent;
            }
        }
        for c in &class_defs {
            let anc = self.ancestry(c.name.as_str());
            if let Some(last) = anc.last()
                && self.class(last).and_then(|k| k.parent.as_ref()).is_some()
            {
                self.err(Diagnostic::new(
                    "inheritance cycle",
                    c.name.range,
                    "this class derives from itself",
                    "remove the cycle from the base classes",
                ));
                if let Some(&i) = self.class_idx.get(c.name.as_str()) {
                    self.classes[i].parent = None;
                }
            }
        }
        // Signatures.
        for f in &func_defs {
            if let Some(sig) = self.signature(f, None) {
                self.funcs.insert(f.name.to_string(), sig);
            }
            self.func_list.push((f.name.to_string(), f, None));
        }
        for c in &class_defs {
            self.class_body(c);
        }
        // Overrides (parents are complete since signatures are all known).
        for c in &class_defs {
            self.check_overrides(c.name.as_str());
        }
        // Fields declared in __init__ (parents first).
        let mut done: HashSet<String> = HashSet::new();
        for c in &class_defs {
            self.declare_fields(c.name.as_str(), &mut done);
        }
        // main.
        match self.funcs.get("main") {
            None => {
                if !func_defs.iter().any(|f| f.name.as_str() == "main") {
                    let r = TextRange::empty(self.module_range.start());
                    self.err(Diagnostic::new(
                        "no `main` function",
                        r,
                        "the program starts here",
                        "define `def main(argv: list[str]) -> int:`; its return value is the exit code",
                    ));
                }
            }
            Some(sig) => {
                let ok = sig.params.len() == 1
                    && sig.params[0].1 == Ty::list(Ty::Str)
                    && sig.ret == Ty::Int;
                if !ok {
                    let r = sig.range;
                    self.err(Diagnostic::new(
                        "`main` has the wrong signature",
                        r,
                        "`main` must take `list[str]` and return `int`",
                        "define `def main(argv: list[str]) -> int:`; its return value is the exit code",
                    ));
                }
            }
        }
        if !self.diags.is_empty() {
            return;
        }
        // Bodies.
        let list = self.func_list.clone();
        for (name, f, class) in list {
            if self.bodies.contains_key(&name) {
                continue;
            }
            if let Some(c) = &class
                && f.name.as_str() == "__init__"
            {
                self.check_init(c);
                continue;
            }
            self.check_body(&name, f, class.as_deref());
        }
        // Fields whose type was never inferred (never assigned a typed value).
        for i in 0..self.classes.len() {
            for fi in 0..self.classes[i].fields.len() {
                if self.classes[i].fields[fi].ty.is_none() {
                    let f = &self.classes[i].fields[fi];
                    let d = Diagnostic::new(
                        format!("cannot infer the type of attribute `{}`", f.name),
                        f.range,
                        "type unknown",
                        format!("annotate it: `self.{}: T = ...`", f.name),
                    );
                    self.err(d);
                }
            }
        }
    }

    fn add_class(&mut self, c: ClassDecl<'a>) {
        self.class_idx.insert(c.name.clone(), self.classes.len());
        self.classes.push(c);
    }

    fn const_value(&mut self, v: &E, ann: Option<&Ty>) -> Option<Const> {
        let c = match v {
            E::NumberLiteral(ast::ExprNumberLiteral {
                value: ast::Number::Int(i),
                ..
            }) => i.as_i64().map(Const::Int),
            E::UnaryOp(u) if u.op == ast::UnaryOp::USub => match &*u.operand {
                E::NumberLiteral(ast::ExprNumberLiteral {
                    value: ast::Number::Int(i),
                    ..
                }) => neg_literal(i).map(Const::Int),
                _ => None,
            },
            E::StringLiteral(s) => Some(Const::Str(s.value.to_str().to_string())),
            E::BooleanLiteral(b) => Some(Const::Bool(b.value)),
            _ => None,
        };
        let Some(c) = c else {
            self.err(unsupported(
                "module-level value that is not an int, str or bool literal",
                v.range(),
                "module-level constants must be literals; compute other values inside functions",
            ));
            return None;
        };
        let ty = match &c {
            Const::Int(_) => Ty::Int,
            Const::Str(_) => Ty::Str,
            Const::Bool(_) => Ty::Bool,
        };
        if let Some(a) = ann
            && !self.assignable(&ty, a)
        {
            self.err(mismatch(
                a,
                &ty,
                v.range(),
                "the constant's annotation gives its type",
            ));
            return None;
        }
        Some(c)
    }

    /// A type annotation.
    fn annotation(&mut self, e: &E) -> Ty {
        match e {
            E::Name(n) => match n.id.as_str() {
                "int" => Ty::Int,
                "bool" => Ty::Bool,
                "str" => Ty::Str,
                "None" => Ty::None,
                c if self.class_idx.contains_key(c) => Ty::Class(c.to_string()),
                "float" | "bytes" | "dict" | "tuple" | "set" | "object" | "list" => {
                    self.err(unsupported(
                        &format!("type `{}`", n.id),
                        n.range,
                        "supported types: int, bool, str, None, list[T] and classes defined in the module",
                    ));
                    Ty::Unknown
                }
                other => {
                    self.err(Diagnostic::new(
                        format!("unknown type `{other}`"),
                        n.range,
                        "not a type",
                        "supported types: int, bool, str, None, list[T] and classes defined in the module",
                    ));
                    Ty::Unknown
                }
            },
            E::NoneLiteral(_) => Ty::None,
            E::StringLiteral(s) => {
                // A forward reference: "ClassName".
                let name = s.value.to_str();
                if self.class_idx.contains_key(name) {
                    Ty::Class(name.to_string())
                } else {
                    self.err(Diagnostic::new(
                        format!("unknown type `{name}`"),
                        s.range,
                        "not a type",
                        "string annotations must name a class defined in the module",
                    ));
                    Ty::Unknown
                }
            }
            E::Subscript(s) if matches!(&*s.value, E::Name(n) if n.id.as_str() == "list") => {
                let elem = self.annotation(&s.slice);
                if elem == Ty::None {
                    self.err(unsupported(
                        "`list[None]`",
                        s.slice.range(),
                        "use a list of another type",
                    ));
                    return Ty::Unknown;
                }
                Ty::list(elem)
            }
            other => {
                self.err(unsupported(
                    &format!("type annotation `{}`", expr_kind(other)),
                    other.range(),
                    "supported types: int, bool, str, None, list[T] and classes defined in the module",
                ));
                Ty::Unknown
            }
        }
    }

    fn signature(&mut self, f: &'a ast::StmtFunctionDef, class: Option<&str>) -> Option<Sig> {
        let mut ok = true;
        if let Some(d) = f.decorator_list.first() {
            self.err(unsupported("decorator", d.range, "remove the decorator"));
            ok = false;
        }
        if f.is_async {
            self.err(unsupported(
                "async function",
                f.name.range,
                "remove `async`",
            ));
            ok = false;
        }
        if let Some(tp) = &f.type_params {
            self.err(unsupported(
                "type parameters",
                tp.range,
                "remove the type parameters",
            ));
            ok = false;
        }
        let p = &f.parameters;
        if let Some(v) = &p.vararg {
            self.err(unsupported(
                "`*args` parameter",
                v.range,
                "pass a list instead",
            ));
            ok = false;
        }
        if let Some(v) = &p.kwarg {
            self.err(unsupported(
                "`**kwargs` parameter",
                v.range,
                "use ordinary parameters",
            ));
            ok = false;
        }
        if let Some(v) = p.kwonlyargs.first().or(p.posonlyargs.first()) {
            self.err(unsupported(
                "keyword-only or positional-only parameter",
                v.range,
                "use ordinary parameters",
            ));
            ok = false;
        }
        let mut params = Vec::new();
        for (i, a) in p.args.iter().enumerate() {
            if let Some(d) = &a.default {
                self.err(unsupported(
                    "default parameter value",
                    d.range(),
                    "pass every argument explicitly",
                ));
                ok = false;
            }
            let name = a.parameter.name.to_string();
            if params.iter().any(|(n, _)| *n == name) {
                self.err(Diagnostic::new(
                    format!("duplicate parameter `{name}`"),
                    a.parameter.name.range,
                    "defined twice",
                    "rename one of the parameters",
                ));
                ok = false;
            }
            if i == 0
                && let Some(c) = class
            {
                if let Some(an) = &a.parameter.annotation
                    && !matches!(&**an, E::Name(n) if n.id.as_str() == c)
                    && !matches!(&**an, E::StringLiteral(s) if s.value.to_str() == c)
                {
                    self.err(Diagnostic::new(
                        "wrong annotation for `self`",
                        an.range(),
                        format!("`self` is always `{c}`"),
                        "leave `self` unannotated",
                    ));
                    ok = false;
                }
                params.push((name, Ty::Class(c.to_string())));
                continue;
            }
            match &a.parameter.annotation {
                None => {
                    self.err(Diagnostic::new(
                        format!("missing type annotation for parameter `{name}`"),
                        a.parameter.name.range,
                        "needs a type",
                        format!("annotate it, e.g. `{name}: int`"),
                    ));
                    ok = false;
                    params.push((name, Ty::Unknown));
                }
                Some(an) => {
                    let ty = self.annotation(an);
                    if ty == Ty::None {
                        self.err(unsupported(
                            "parameter of type `None`",
                            an.range(),
                            "remove the parameter",
                        ));
                        ok = false;
                    }
                    params.push((name, ty));
                }
            }
        }
        if class.is_some() && params.is_empty() {
            self.err(Diagnostic::new(
                "method without `self`",
                f.name.range,
                "takes no parameters",
                "a method's first parameter is the instance: `def m(self, ...)` (static and class methods are not supported)",
            ));
            ok = false;
        }
        let ret = match &f.returns {
            Some(r) => self.annotation(r),
            None if f.name.as_str() == "__init__" && class.is_some() => Ty::None,
            None => {
                self.err(Diagnostic::new(
                    format!("missing return type annotation for `{}`", f.name),
                    f.name.range,
                    "needs `-> T`",
                    "annotate the return type, e.g. `-> int`, or `-> None` for a procedure",
                ));
                ok = false;
                Ty::Unknown
            }
        };
        if class.is_some() && f.name.as_str() == "__init__" && ret != Ty::None && ret != Ty::Unknown
        {
            self.err(Diagnostic::new(
                "`__init__` must return `None`",
                f.returns
                    .as_ref()
                    .map(|r| r.range())
                    .unwrap_or(f.name.range),
                "declared here",
                "write `-> None` or leave the return type out",
            ));
        }
        if !ok {
            return None;
        }
        Some(Sig {
            name: match class {
                Some(c) => format!("{c}.{}", f.name),
                None => f.name.to_string(),
            },
            display: match class {
                Some(c) => format!("{c}.{}", f.name),
                None => f.name.to_string(),
            },
            params,
            ret,
            range: f.name.range,
        })
    }

    fn class_body(&mut self, c: &'a ast::StmtClassDef) {
        let cname = c.name.to_string();
        let mut fields = Vec::new();
        for (i, s) in c.body.iter().enumerate() {
            match s {
                S::Pass(_) => {}
                S::Expr(e) if i == 0 && matches!(&*e.value, E::StringLiteral(_)) => {}
                S::FunctionDef(f) => {
                    let m = f.name.to_string();
                    let Some(&ci) = self.class_idx.get(&cname) else { return };
                    if self.classes[ci].sigs.contains_key(&m) {
                        self.err(Diagnostic::new(
                            format!("method `{m}` is defined more than once"),
                            f.name.range,
                            "redefined here",
                            "rename or remove one of the definitions",
                        ));
                        continue;
                    }
                    if m.starts_with("__") && m.ends_with("__") && m != "__init__" {
                        self.err(unsupported(
                            &format!("special method `{m}`"),
                            f.name.range,
                            "only `__init__` is supported; use an ordinary method name",
                        ));
                        continue;
                    }
                    let sig = self.signature(f, Some(&cname));
                    let k = &mut self.classes[ci];
                    if let Some(sig) = sig {
                        k.sigs.insert(m.clone(), sig);
                    }
                    if m != "__init__" {
                        k.methods.push(m.clone());
                    }
                    self.func_list.push((format!("{cname}.{m}"), f, Some(cname.clone())));
                }
                S::AnnAssign(a) if a.value.is_none() && matches!(&*a.target, E::Name(_)) => {
                    let E::Name(n) = &*a.target else { continue };
                    let ty = self.annotation(&a.annotation);
                    fields.push(FieldDecl {
                        name: n.id.to_string(),
                        ty: Some(ty),
                        range: n.range,
                    });
                }
                other => self.err(unsupported(
                    &format!("{} in a class body", stmt_kind(other)),
                    other.range(),
                    "a class body holds methods and field annotations (`x: int`); set attributes in `__init__`",
                )),
            }
        }
        if let Some(&ci) = self.class_idx.get(&cname) {
            self.classes[ci].fields = fields;
        }
    }

    fn find_method(&self, class: &str, m: &str) -> Option<(String, Sig)> {
        for c in self.ancestry(class) {
            if let Some(k) = self.class(&c)
                && let Some(s) = k.sigs.get(m)
            {
                return Some((c, s.clone()));
            }
        }
        None
    }

    fn check_overrides(&mut self, cname: &str) {
        let Some(k) = self.class(cname) else { return };
        let Some(parent) = k.parent.clone() else {
            return;
        };
        let mut errs = Vec::new();
        for m in &k.methods {
            let Some(sig) = k.sigs.get(m) else { continue };
            if let Some((owner, psig)) = self.find_method(&parent, m)
                && (sig.params.get(1..) != psig.params.get(1..) || sig.ret != psig.ret)
            {
                let show = |s: &Sig| {
                    let ps: Vec<String> =
                        s.params[1..].iter().map(|(_, t)| t.to_string()).collect();
                    format!("({}) -> {}", ps.join(", "), s.ret)
                };
                errs.push(Diagnostic::new(
                    format!("method `{m}` overrides `{owner}.{m}` with a different signature"),
                    sig.range,
                    format!("this is `{}`", show(sig)),
                    format!(
                        "make it `{}` like `{owner}.{m}` (parameter names may differ)",
                        show(&psig)
                    ),
                ));
            }
        }
        self.diags.extend(errs);
    }

    fn field(&self, class: &str, name: &str) -> Option<(String, usize, usize)> {
        for c in self.ancestry(class) {
            if let Some(&ci) = self.class_idx.get(&c)
                && let Some(fi) = self.classes[ci].fields.iter().position(|f| f.name == name)
            {
                return Some((c, ci, fi));
            }
        }
        None
    }

    fn declare_fields(&mut self, cname: &str, done: &mut HashSet<String>) {
        if !done.insert(cname.to_string()) {
            return;
        }
        let Some(k) = self.class(cname) else { return };
        if let Some(p) = k.parent.clone() {
            self.declare_fields(&p, done);
        }
        let Some(&ci) = self.class_idx.get(cname) else {
            return;
        };
        let Some(cdef) = self.classes[ci].ast else {
            return;
        };
        let Some(init) = cdef.body.iter().find_map(|s| match s {
            S::FunctionDef(f) if f.name.as_str() == "__init__" => Some(f),
            _ => None,
        }) else {
            return;
        };
        let Some(selfp) = init.parameters.args.first() else {
            return;
        };
        let self_name = selfp.parameter.name.to_string();
        let mut attrs = Vec::new();
        collect_self_attrs(&init.body, &self_name, &mut attrs);
        for (name, ann, range) in attrs {
            let ty = ann.map(|a| self.annotation(a));
            if let Some((_, oci, ofi)) = self.field(cname, name) {
                if let Some(t) = ty.clone()
                    && let Some(old) = self.classes[oci].fields[ofi].ty.clone()
                    && old != t
                {
                    self.err(Diagnostic::new(
                        format!("attribute `{name}` is redeclared with another type"),
                        range,
                        format!("declared `{old}` before"),
                        "an attribute keeps one type; remove the second annotation",
                    ));
                } else if let Some(t) = ty
                    && self.classes[oci].fields[ofi].ty.is_none()
                {
                    self.classes[oci].fields[ofi].ty = Some(t);
                }
                continue;
            }
            self.classes[ci].fields.push(FieldDecl {
                name: name.to_string(),
                ty,
                range,
            });
        }
    }

    /// Check `C.__init__` (on demand: other bodies may need its fields).
    fn check_init(&mut self, c: &str) {
        let Some(&ci) = self.class_idx.get(c) else {
            return;
        };
        if self.classes[ci].init_state != InitState::NotChecked {
            return;
        }
        self.classes[ci].init_state = InitState::InProgress;
        let name = format!("{c}.__init__");
        let f = self
            .func_list
            .iter()
            .find(|(n, _, _)| *n == name)
            .map(|(_, f, _)| *f);
        if let Some(f) = f {
            self.check_body(&name, f, Some(c));
        }
        self.classes[ci].init_state = InitState::Done;
    }

    fn check_body(&mut self, name: &str, f: &'a ast::StmtFunctionDef, class: Option<&str>) {
        let sig = match class {
            Some(c) => self
                .class(c)
                .and_then(|k| k.sigs.get(f.name.as_str()).cloned()),
            None => self.funcs.get(name).cloned(),
        };
        let Some(sig) = sig else { return };
        let mut assigned = HashSet::new();
        collect_assigned(&f.body, &mut assigned);
        let mut fx = Fx {
            class: class.map(str::to_string),
            init_of: if f.name.as_str() == "__init__" {
                class.map(str::to_string)
            } else {
                None
            },
            self_name: if class.is_some() {
                sig.params.first().map(|(n, _)| n.clone())
            } else {
                None
            },
            ret: sig.ret.clone(),
            fname: sig.display.clone(),
            locals: sig.params.clone(),
            assigned,
            loop_depth: 0,
            handler_depth: 0,
            narrow: Vec::new(),
            scopes: Vec::new(),
            scope_counter: 0,
        };
        let mut body = &f.body[..];
        if let Some(S::Expr(e)) = body.first()
            && matches!(&*e.value, E::StringLiteral(_))
        {
            body = &body[1..];
        }
        if let Some(c) = class
            && f.name.as_str() == "__init__"
            && self.is_exception(c)
            && !body.iter().any(is_super_init_call)
        {
            self.err(Diagnostic::new(
                "exception `__init__` does not call `super().__init__(...)`",
                f.name.range,
                "the message is never set",
                "call `super().__init__(message)` in the body (`str(e)` and tracebacks show the message)",
            ));
        }
        let stmts = self.block(&mut fx, body);
        self.bodies.insert(
            name.to_string(),
            t::FuncInfo {
                name: name.to_string(),
                params: sig.params.clone(),
                ret: sig.ret.clone(),
                body: stmts,
                locals: fx.locals,
                range: sig.range,
            },
        );
    }

    // ----- statements ---------------------------------------------------

    fn block(&mut self, fx: &mut Fx, stmts: &'a [S]) -> Vec<t::Stmt> {
        let mut out = Vec::new();
        for s in stmts {
            self.stmt(fx, s, &mut out);
        }
        out
    }

    fn declare_local(&mut self, fx: &mut Fx, name: &str, ty: &Ty, range: TextRange) -> bool {
        if let Some(old) = fx.local(name) {
            if !self.assignable(ty, old) {
                let old = old.clone();
                self.err(mismatch(
                    &old,
                    ty,
                    range,
                    &format!("the variable `{name}` has type `{old}` (from its first assignment)"),
                ));
                return false;
            }
            return true;
        }
        if *ty == Ty::None {
            self.err(Diagnostic::new(
                "cannot assign `None` to a variable",
                range,
                "this has no value",
                "the called function returns None; call it as a statement",
            ));
            return false;
        }
        fx.locals.push((fx.iname(name), ty.clone()));
        true
    }

    fn stmt(&mut self, fx: &mut Fx, s: &'a S, out: &mut Vec<t::Stmt>) {
        match s {
            S::Pass(_) => {}
            S::Expr(e) => {
                if matches!(&*e.value, E::StringLiteral(_)) {
                    return;
                }
                let x = self.expr(fx, &e.value, None);
                out.push(t::Stmt::Expr(x));
            }
            S::Assign(a) => {
                if a.targets.len() != 1 {
                    self.err(unsupported(
                        "chained assignment",
                        a.range,
                        "assign each target in its own statement",
                    ));
                    return;
                }
                match &a.targets[0] {
                    E::Tuple(tt) => {
                        let E::Tuple(vals) = &*a.value else {
                            self.err(unsupported(
                                "unpacking a value that is not a tuple display",
                                a.value.range(),
                                "tuple assignment needs a tuple on the right: `a, b = x, y`",
                            ));
                            return;
                        };
                        if vals.elts.len() != tt.elts.len() {
                            self.err(Diagnostic::new(
                                format!(
                                    "cannot unpack {} values into {} targets",
                                    vals.elts.len(),
                                    tt.elts.len()
                                ),
                                a.value.range(),
                                format!("{} values", vals.elts.len()),
                                "use as many values as targets",
                            ));
                            return;
                        }
                        // Types of existing targets give context to the values.
                        let mut values = Vec::new();
                        for (tg, v) in tt.elts.iter().zip(&vals.elts) {
                            let exp = self.target_type(fx, tg);
                            values.push(self.expr(fx, v, exp.as_ref()));
                        }
                        let mut targets = Vec::new();
                        for (tg, v) in tt.elts.iter().zip(&values) {
                            if let Some(tg) = self.target(fx, tg, &v.ty, v.range) {
                                targets.push(tg);
                            }
                        }
                        if targets.len() == values.len() {
                            out.push(t::Stmt::Assign(targets, values));
                        }
                    }
                    tg => {
                        let exp = self.target_type(fx, tg);
                        let v = self.expr(fx, &a.value, exp.as_ref());
                        if let Some(tg) = self.target(fx, tg, &v.ty, v.range) {
                            out.push(t::Stmt::Assign(vec![tg], vec![v]));
                        }
                    }
                }
            }
            S::AnnAssign(a) => {
                let ty = self.annotation(&a.annotation);
                match &*a.target {
                    E::Name(n) => {
                        let name = n.id.as_str();
                        if let Some(old) = fx.local(name)
                            && *old != ty
                        {
                            let old = old.clone();
                            self.err(Diagnostic::new(
                                format!("variable `{name}` is redeclared with another type"),
                                a.annotation.range(),
                                format!("declared `{old}` before"),
                                "a variable keeps one type; use another name",
                            ));
                            return;
                        }
                        if fx.local(name).is_none() && !self.declare_local(fx, name, &ty, n.range) {
                            return;
                        }
                        if let Some(v) = &a.value {
                            let v = self.expr(fx, v, Some(&ty));
                            if let Some(tg) = self.target(fx, &a.target, &v.ty, v.range) {
                                out.push(t::Stmt::Assign(vec![tg], vec![v]));
                            }
                        }
                    }
                    E::Attribute(_) => {
                        if let Some(v) = &a.value {
                            let v = self.expr(fx, v, Some(&ty));
                            if !self.assignable(&v.ty, &ty) {
                                self.err(mismatch(&ty, &v.ty, v.range, "the annotation gives the attribute's type"));
                                return;
                            }
                            if let Some(tg) = self.target(fx, &a.target, &ty, v.range) {
                                out.push(t::Stmt::Assign(vec![tg], vec![v]));
                            }
                        }
                    }
                    other => self.err(unsupported(
                        "annotated assignment to this target",
                        other.range(),
                        "annotate a variable or `self.attribute`",
                    )),
                }
            }
            S::AugAssign(a) => self.aug_assign(fx, a, out),
            S::If(i) => {
                let narrowing = self.isinstance_narrowing(fx, &i.test, &i.body);
                let cond = self.cond(fx, &i.test);
                let saved = fx.narrow.clone();
                if let Some(nw) = narrowing {
                    fx.narrow.push(nw);
                }
                let then = self.block(fx, &i.body);
                fx.narrow = saved.clone();
                let mut else_ = Vec::new();
                // elif chain, innermost last.
                let mut chain: Vec<(Option<t::Expr>, Vec<t::Stmt>)> = Vec::new();
                for c in &i.elif_else_clauses {
                    match &c.test {
                        Some(test) => {
                            let narrowing = self.isinstance_narrowing(fx, test, &c.body);
                            let cnd = self.cond(fx, test);
                            if let Some(nw) = narrowing {
                                fx.narrow.push(nw);
                            }
                            let b = self.block(fx, &c.body);
                            fx.narrow = saved.clone();
                            chain.push((Some(cnd), b));
                        }
                        None => {
                            let b = self.block(fx, &c.body);
                            chain.push((None, b));
                        }
                    }
                }
                for (cnd, b) in chain.into_iter().rev() {
                    else_ = match cnd {
                        None => b,
                        Some(c) => vec![t::Stmt::If(c, b, else_)],
                    };
                }
                out.push(t::Stmt::If(cond, then, else_));
            }
            S::While(w) => {
                if let Some(e) = w.orelse.first() {
                    self.err(unsupported("`else` clause on a loop", e.range(), "use a flag variable instead"));
                }
                let cond = self.cond(fx, &w.test);
                fx.loop_depth += 1;
                let body = self.block(fx, &w.body);
                fx.loop_depth -= 1;
                out.push(t::Stmt::While(cond, body));
            }
            S::For(f) => self.for_stmt(fx, f, out),
            S::Break(b) => {
                if fx.loop_depth == 0 {
                    self.err(Diagnostic::new(
                        "`break` outside a loop",
                        b.range,
                        "not inside `for` or `while`",
                        "`break` can only be used inside a loop",
                    ));
                } else {
                    out.push(t::Stmt::Break);
                }
            }
            S::Continue(b) => {
                if fx.loop_depth == 0 {
                    self.err(Diagnostic::new(
                        "`continue` outside a loop",
                        b.range,
                        "not inside `for` or `while`",
                        "`continue` can only be used inside a loop",
                    ));
                } else {
                    out.push(t::Stmt::Continue);
                }
            }
            S::Return(r) => {
                let ret = fx.ret.clone();
                match (&r.value, &ret) {
                    (None, Ty::None | Ty::Unknown) => out.push(t::Stmt::Return(None, r.range)),
                    (Some(v), Ty::None) if matches!(&**v, E::NoneLiteral(_)) => {
                        out.push(t::Stmt::Return(None, r.range))
                    }
                    (Some(v), Ty::None) => {
                        let x = self.expr(fx, v, None);
                        if x.ty != Ty::Unknown {
                            self.err(Diagnostic::new(
                                format!("`{}` returns None but a value is returned", fx.fname),
                                v.range(),
                                format!("this is `{}`", x.ty),
                                "declare the return type (`-> T`) or remove the value",
                            ));
                        }
                    }
                    (None, _) => self.err(Diagnostic::new(
                        format!("`return` without a value in `{}`", fx.fname),
                        r.range,
                        format!("expected a `{ret}` value"),
                        format!("`{}` is declared to return `{ret}`", fx.fname),
                    )),
                    (Some(v), _) => {
                        let x = self.expr(fx, v, Some(&ret));
                        if !self.assignable(&x.ty, &ret) {
                            self.err(mismatch(
                                &ret,
                                &x.ty,
                                x.range,
                                &format!("`{}` is declared to return `{ret}`", fx.fname),
                            ));
                        } else {
                            out.push(t::Stmt::Return(Some(x), r.range));
                        }
                    }
                }
            }
            S::Raise(r) => {
                if let Some(c) = &r.cause {
                    self.err(unsupported("`raise ... from ...`", c.range(), "raise the exception without `from`"));
                    return;
                }
                match &r.exc {
                    None => {
                        if fx.handler_depth == 0 {
                            self.err(Diagnostic::new(
                                "bare `raise` outside an `except` block",
                                r.range,
                                "no exception is being handled here",
                                "use `raise` alone only inside `except`; otherwise raise an exception instance",
                            ));
                        } else {
                            out.push(t::Stmt::Raise(None));
                        }
                    }
                    Some(e) => {
                        let x = match &**e {
                            E::Name(n) if self.class_idx.contains_key(n.id.as_str()) && fx.local(n.id.as_str()).is_none() => {
                                self.construct(fx, n.id.as_str(), &[], e.range())
                            }
                            _ => self.expr(fx, e, None),
                        };
                        match &x.ty {
                            Ty::Class(c) if self.is_exception(c) => out.push(t::Stmt::Raise(Some(x))),
                            Ty::Unknown => {}
                            other => self.err(Diagnostic::new(
                                "only exceptions can be raised",
                                x.range,
                                format!("this is `{other}`"),
                                "raise an instance of a class derived from Exception",
                            )),
                        }
                    }
                }
            }
            S::Try(tr) => self.try_stmt(fx, tr, out),
            S::Assert(a) => {
                let cond = self.cond(fx, &a.test);
                let msg = match &a.msg {
                    Some(m) => {
                        let x = self.expr(fx, m, Some(&Ty::Str));
                        if !self.assignable(&x.ty, &Ty::Str) {
                            self.err(mismatch(&Ty::Str, &x.ty, x.range, "the assertion message must be a str"));
                            return;
                        }
                        Some(Box::new(x))
                    }
                    None => None,
                };
                let r = a.range;
                let not = t::Expr::new(K::Not(Box::new(cond)), Ty::Bool, r);
                let exc = t::Expr::new(
                    K::New {
                        class: "AssertionError".into(),
                        init: None,
                        args: vec![],
                        message: msg,
                    },
                    Ty::Class("AssertionError".into()),
                    r,
                );
                out.push(t::Stmt::If(not, vec![t::Stmt::Raise(Some(exc))], vec![]));
            }
            other => self.err(unsupported(
                stmt_kind(other),
                stmt_head(other),
                "supported statements: assignments, if, while, for, break, continue, return, raise, try, assert, pass and expression statements",
            )),
        }
    }

    /// The declared type of an assignment target that already exists.
    fn target_type(&mut self, fx: &Fx, tg: &E) -> Option<Ty> {
        match tg {
            E::Name(n) => fx.local(n.id.as_str()).cloned(),
            E::Attribute(a) => {
                let recv_ty = match &*a.value {
                    E::Name(n) => fx.local(n.id.as_str()).cloned(),
                    _ => None,
                };
                if let Some(Ty::Class(c)) = recv_ty
                    && let Some((_, ci, fi)) = self.field(&c, a.attr.as_str())
                {
                    return self.classes[ci].fields[fi].ty.clone();
                }
                None
            }
            E::Subscript(s) => match &*s.value {
                E::Name(n) => match fx.local(n.id.as_str()) {
                    Some(Ty::List(e)) => Some((**e).clone()),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// Check an assignment target receiving a value of type `ty`.
    fn target(&mut self, fx: &mut Fx, tg: &'a E, ty: &Ty, vrange: TextRange) -> Option<t::Target> {
        if ty.is_unknown() {
            // Declare the variable anyway so later uses do not cascade.
            if let E::Name(n) = tg
                && fx.local(n.id.as_str()).is_none()
            {
                fx.locals.push((fx.iname(n.id.as_str()), Ty::Unknown));
            }
            return None;
        }
        match tg {
            E::Name(n) => {
                let name = n.id.as_str();
                fx.narrow.retain(|(x, _)| x != name);
                if self.declare_local(fx, name, ty, vrange) {
                    Some(t::Target::Local(fx.iname(name)))
                } else {
                    None
                }
            }
            E::Attribute(a) => {
                let obj = self.expr(fx, &a.value, None);
                let Ty::Class(c) = &obj.ty else {
                    if obj.ty != Ty::Unknown {
                        self.err(Diagnostic::new(
                            format!("`{}` has no attributes", obj.ty),
                            a.value.range(),
                            format!("this is `{}`", obj.ty),
                            "only instances of classes have attributes",
                        ));
                    }
                    return None;
                };
                let attr = a.attr.as_str();
                let Some((owner, ci, fi)) = self.field(c, attr) else {
                    let in_init = fx.init_of.as_deref() == Some(c.as_str());
                    self.err(Diagnostic::new(
                        format!("new attribute `{attr}` assigned outside `__init__`"),
                        a.attr.range,
                        format!("`{c}` has no attribute `{attr}`"),
                        if in_init {
                            "attributes are declared by `self.x = ...` in `__init__`".to_string()
                        } else {
                            format!("declare it in `{c}.__init__` (e.g. `self.{attr} = ...`); instances have a fixed set of attributes")
                        },
                    ));
                    return None;
                };
                if owner == ir::EXCEPTION_ROOT {
                    self.err(Diagnostic::new(
                        format!("cannot assign the builtin attribute `{attr}`"),
                        a.attr.range,
                        "builtin attribute",
                        "pass the message to the exception's constructor or `super().__init__(message)`",
                    ));
                    return None;
                }
                match self.classes[ci].fields[fi].ty.clone() {
                    Some(fty) => {
                        if !self.assignable(ty, &fty) {
                            self.err(mismatch(
                                &fty,
                                ty,
                                vrange,
                                &format!("attribute `{owner}.{attr}` has type `{fty}`"),
                            ));
                            return None;
                        }
                    }
                    None => {
                        if fx.init_of.as_deref() == Some(owner.as_str()) {
                            if let Ty::List(e) = ty
                                && e.is_unknown()
                            {
                                return None;
                            }
                            if *ty == Ty::None {
                                self.err(Diagnostic::new(
                                    "cannot assign `None` to an attribute",
                                    vrange,
                                    "this has no value",
                                    "the called function returns None",
                                ));
                                return None;
                            }
                            self.classes[ci].fields[fi].ty = Some(ty.clone());
                        } else {
                            self.check_init(&owner);
                            let Some(fty) = self.classes[ci].fields[fi].ty.clone() else {
                                self.err(Diagnostic::new(
                                    format!("the type of attribute `{attr}` is not known here"),
                                    a.attr.range,
                                    "type not inferred yet",
                                    format!(
                                        "annotate it in `{owner}.__init__`: `self.{attr}: T = ...`"
                                    ),
                                ));
                                return None;
                            };
                            if !self.assignable(ty, &fty) {
                                self.err(mismatch(
                                    &fty,
                                    ty,
                                    vrange,
                                    &format!("attribute `{owner}.{attr}` has type `{fty}`"),
                                ));
                                return None;
                            }
                        }
                    }
                }
                Some(t::Target::Field {
                    class: owner,
                    field: attr.to_string(),
                    obj,
                })
            }
            E::Subscript(s) => {
                let list = self.expr(fx, &s.value, None);
                let Ty::List(elem) = list.ty.clone() else {
                    if list.ty != Ty::Unknown {
                        self.err(Diagnostic::new(
                            format!("`{}` does not support item assignment", list.ty),
                            s.value.range(),
                            format!("this is `{}`", list.ty),
                            "only list items can be assigned",
                        ));
                    }
                    return None;
                };
                let index = self.index_expr(fx, &s.slice)?;
                if !self.assignable(ty, &elem) {
                    self.err(mismatch(
                        &elem,
                        ty,
                        vrange,
                        &format!("the list holds `{elem}` items"),
                    ));
                    return None;
                }
                Some(t::Target::Item { list, index })
            }
            other => {
                self.err(unsupported(
                    &format!("assignment to a {}", expr_kind(other)),
                    other.range(),
                    "assign to a variable, an attribute, a list item or a tuple of those",
                ));
                None
            }
        }
    }

    fn index_expr(&mut self, fx: &mut Fx, e: &'a E) -> Option<t::Expr> {
        if let E::Slice(s) = e {
            self.err(unsupported(
                "slicing",
                s.range,
                "index single items in a loop",
            ));
            return None;
        }
        let i = self.expr(fx, e, Some(&Ty::Int));
        if !self.assignable(&i.ty, &Ty::Int) {
            self.err(mismatch(&Ty::Int, &i.ty, i.range, "list indices are ints"));
            return None;
        }
        Some(i)
    }

    fn aug_assign(&mut self, fx: &mut Fx, a: &'a ast::StmtAugAssign, out: &mut Vec<t::Stmt>) {
        let (target, tty) = match &*a.target {
            E::Name(n) => {
                let name = n.id.as_str();
                match fx.local(name) {
                    Some(t) => {
                        let t = t.clone();
                        fx.narrow.retain(|(x, _)| x != name);
                        (t::Target::Local(fx.iname(name)), t)
                    }
                    None => {
                        self.err(Diagnostic::new(
                            format!("unknown name `{name}`"),
                            n.range,
                            "not assigned before",
                            format!("assign `{name}` before updating it"),
                        ));
                        return;
                    }
                }
            }
            E::Attribute(_) | E::Subscript(_) => {
                let cur = self.expr(fx, &a.target, None);
                if cur.ty.is_unknown() {
                    return;
                }
                let ty = cur.ty.clone();
                let tg = match cur.kind {
                    K::GetField { class, field, obj } => {
                        if class == ir::EXCEPTION_ROOT {
                            self.err(Diagnostic::new(
                                "cannot assign the builtin attribute `message`",
                                a.target.range(),
                                "builtin attribute",
                                "pass the message to the exception's constructor",
                            ));
                            return;
                        }
                        t::Target::Field {
                            class,
                            field,
                            obj: *obj,
                        }
                    }
                    K::ListGet(list, index) => t::Target::Item {
                        list: *list,
                        index: *index,
                    },
                    _ => {
                        self.err(unsupported(
                            "augmented assignment to this target",
                            a.target.range(),
                            "update a variable, an attribute or a list item",
                        ));
                        return;
                    }
                };
                (tg, ty)
            }
            other => {
                self.err(unsupported(
                    &format!("augmented assignment to a {}", expr_kind(other)),
                    other.range(),
                    "update a variable, an attribute or a list item",
                ));
                return;
            }
        };
        let v = self.expr(fx, &a.value, Some(&tty));
        if v.ty.is_unknown() {
            return;
        }
        let op = match (&tty, a.op, &v.ty) {
            (Ty::Int, op, Ty::Int) if int_binop(op).is_some() => int_binop(op).map(AugOp::Int),
            (Ty::Str, ast::Operator::Add, Ty::Str) => Some(AugOp::StrConcat),
            (Ty::List(x), ast::Operator::Add, Ty::List(y)) if x == y || y.is_unknown() => {
                Some(AugOp::ListExtend)
            }
            _ => None,
        };
        let Some(op) = op else {
            if matches!(a.op, ast::Operator::Div) {
                self.err(unsupported(
                    "true division `/=` (floats)",
                    a.range,
                    "use `//=` for integer division",
                ));
            } else {
                self.err(operand_error(op_name(a.op), &tty, &v.ty, a.range));
            }
            return;
        };
        out.push(t::Stmt::AugAssign(target, op, v));
    }

    fn for_stmt(&mut self, fx: &mut Fx, f: &'a ast::StmtFor, out: &mut Vec<t::Stmt>) {
        if f.is_async {
            self.err(unsupported("async for", f.range, "use a plain for loop"));
            return;
        }
        if let Some(e) = f.orelse.first() {
            self.err(unsupported(
                "`else` clause on a loop",
                e.range(),
                "use a flag variable instead",
            ));
        }
        let E::Name(var) = &*f.target else {
            self.err(unsupported(
                "for loop target that is not a simple name",
                f.target.range(),
                "loop over indices or items with a single variable",
            ));
            return;
        };
        let var_name = var.id.to_string();
        // range(...)
        if let E::Call(c) = &*f.iter
            && let E::Name(n) = &*c.func
            && n.id.as_str() == "range"
            && fx.local("range").is_none()
        {
            if !c.arguments.keywords.is_empty() {
                self.err(unsupported(
                    "keyword argument",
                    c.arguments.keywords[0].range,
                    "pass arguments by position",
                ));
                return;
            }
            let args = &c.arguments.args;
            if args.is_empty() || args.len() > 3 {
                self.err(Diagnostic::new(
                    format!("`range` takes 1 to 3 arguments, {} given", args.len()),
                    c.arguments.range,
                    "wrong number of arguments",
                    "use range(stop), range(start, stop) or range(start, stop, step)",
                ));
                return;
            }
            let mut xs = Vec::new();
            for a in args.iter() {
                let x = self.expr(fx, a, Some(&Ty::Int));
                if !self.assignable(&x.ty, &Ty::Int) {
                    self.err(mismatch(
                        &Ty::Int,
                        &x.ty,
                        x.range,
                        "`range` arguments are ints",
                    ));
                    return;
                }
                xs.push(x);
            }
            let r = c.range();
            let (start, stop, step) = match xs.len() {
                1 => (
                    t::Expr::new(K::Int(0), Ty::Int, r),
                    xs.remove(0),
                    t::Expr::new(K::Int(1), Ty::Int, r),
                ),
                2 => {
                    let s = xs.remove(0);
                    (s, xs.remove(0), t::Expr::new(K::Int(1), Ty::Int, r))
                }
                _ => {
                    let s = xs.remove(0);
                    let e = xs.remove(0);
                    (s, e, xs.remove(0))
                }
            };
            if let K::Int(0) = step.kind {
                // CPython raises at run time; so do we (the builder emits the check).
            }
            if !self.declare_local(fx, &var_name, &Ty::Int, var.range) {
                return;
            }
            let var_name = fx.iname(&var_name);
            fx.narrow.retain(|(x, _)| *x != var_name);
            fx.loop_depth += 1;
            let body = self.block(fx, &f.body);
            fx.loop_depth -= 1;
            out.push(t::Stmt::ForRange {
                var: var_name,
                start,
                stop,
                step,
                body,
                range: f.range,
            });
            return;
        }
        let list = self.expr(fx, &f.iter, None);
        let elem = match &list.ty {
            Ty::List(e) => (**e).clone(),
            Ty::Unknown => return,
            other => {
                self.err(unsupported(
                    &format!("iteration over `{other}`"),
                    f.iter.range(),
                    "for loops iterate over `range(...)` or a list",
                ));
                return;
            }
        };
        if elem.is_unknown() {
            return;
        }
        if !self.declare_local(fx, &var_name, &elem, var.range) {
            return;
        }
        let var_name = fx.iname(&var_name);
        fx.narrow.retain(|(x, _)| *x != var_name);
        fx.loop_depth += 1;
        let body = self.block(fx, &f.body);
        fx.loop_depth -= 1;
        out.push(t::Stmt::ForList {
            var: var_name,
            list,
            body,
            range: f.range,
        });
    }

    fn exc_class_name(&mut self, e: &E) -> Option<String> {
        match e {
            E::Name(n)
                if self.class_idx.contains_key(n.id.as_str())
                    && self.is_exception(n.id.as_str()) =>
            {
                Some(n.id.to_string())
            }
            other => {
                self.err(Diagnostic::new(
                    "expected an exception class",
                    other.range(),
                    "not an exception class",
                    "name `Exception`, a builtin exception or a class derived from them",
                ));
                None
            }
        }
    }

    fn try_stmt(&mut self, fx: &mut Fx, tr: &'a ast::StmtTry, out: &mut Vec<t::Stmt>) {
        if tr.is_star {
            self.err(unsupported("`except*`", tr.range, "use plain `except`"));
            return;
        }
        let body = self.block(fx, &tr.body);
        let mut handlers = Vec::new();
        for h in &tr.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let classes: Vec<String> = match h.type_.as_deref() {
                None => vec![],
                Some(E::Tuple(tu)) => tu
                    .elts
                    .iter()
                    .filter_map(|x| self.exc_class_name(x))
                    .collect(),
                Some(x) => self.exc_class_name(x).into_iter().collect(),
            };
            let mut bind = ir::EXCEPTION_ROOT.to_string();
            if let Some(first) = classes.first() {
                bind = first.clone();
                for c in &classes[1..] {
                    if let Some(Ty::Class(j)) =
                        self.join(&Ty::Class(bind.clone()), &Ty::Class(c.clone()))
                    {
                        bind = j;
                    }
                }
            }
            let classes = if classes.iter().any(|c| c == ir::EXCEPTION_ROOT) {
                vec![]
            } else {
                classes
            };
            let mut name = None;
            if let Some(n) = &h.name {
                // The name is deleted after the handler: a fresh variable.
                fx.scope_counter += 1;
                let internal = format!("{n}#{}", fx.scope_counter);
                fx.locals.push((internal.clone(), Ty::Class(bind.clone())));
                fx.scopes.push((n.to_string(), internal.clone()));
                fx.narrow.retain(|(x, _)| x != n.as_str());
                name = Some(internal);
            }
            fx.handler_depth += 1;
            let hb = self.block(fx, &h.body);
            fx.handler_depth -= 1;
            if h.name.is_some() {
                fx.scopes.pop();
            }
            handlers.push(t::Handler {
                classes,
                bind_class: bind,
                name,
                body: hb,
            });
        }
        let orelse = self.block(fx, &tr.orelse);
        let finalbody = self.block(fx, &tr.finalbody);
        out.push(t::Stmt::Try {
            body,
            handlers,
            orelse,
            finalbody,
        });
    }

    /// `isinstance(local, C)` in an `if` test narrows `local` to `C`.
    fn isinstance_narrowing(&self, fx: &Fx, test: &E, body: &[S]) -> Option<(String, String)> {
        let mut assigned = HashSet::new();
        collect_assigned(body, &mut assigned);
        if let E::Call(c) = test
            && let E::Name(f) = &*c.func
            && f.id.as_str() == "isinstance"
            && c.arguments.args.len() == 2
            && let E::Name(v) = &c.arguments.args[0]
            && let E::Name(k) = &c.arguments.args[1]
            && fx.local(v.id.as_str()).is_some()
            && self.class_idx.contains_key(k.id.as_str())
            && !assigned.contains(v.id.as_str())
        {
            return Some((v.id.to_string(), k.id.to_string()));
        }
        None
    }

    // ----- expressions --------------------------------------------------

    /// An expression used as a condition: bools, and the truth value of
    /// ints, strs and lists.
    fn cond(&mut self, fx: &mut Fx, e: &'a E) -> t::Expr {
        let r = e.range();
        match e {
            E::BoolOp(b) => {
                let mut it = b.values.iter();
                let Some(first) = it.next() else {
                    return t::Expr::new(K::Bool(true), Ty::Unknown, r);
                };
                let mut acc = self.cond(fx, first);
                for v in it {
                    let rhs = self.cond(fx, v);
                    let kind = match b.op {
                        ast::BoolOp::And => K::And(Box::new(acc), Box::new(rhs)),
                        ast::BoolOp::Or => K::Or(Box::new(acc), Box::new(rhs)),
                    };
                    acc = t::Expr::new(kind, Ty::Bool, r);
                }
                acc
            }
            E::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                let x = self.cond(fx, &u.operand);
                t::Expr::new(K::Not(Box::new(x)), Ty::Bool, r)
            }
            _ => {
                let x = self.expr(fx, e, Some(&Ty::Bool));
                self.truth(x)
            }
        }
    }

    fn truth(&mut self, x: t::Expr) -> t::Expr {
        let r = x.range;
        match &x.ty {
            Ty::Bool | Ty::Unknown => x,
            Ty::Int | Ty::Str | Ty::List(_) => t::Expr::new(K::Truth(Box::new(x)), Ty::Bool, r),
            other => {
                self.err(Diagnostic::new(
                    format!("`{other}` cannot be used as a condition"),
                    r,
                    format!("this is `{other}`"),
                    "conditions are bools, ints, strs or lists; compare explicitly",
                ));
                t::Expr::new(K::Bool(true), Ty::Unknown, r)
            }
        }
    }

    fn bad(&self, r: TextRange) -> t::Expr {
        t::Expr::new(K::Bool(false), Ty::Unknown, r)
    }

    fn expr(&mut self, fx: &mut Fx, e: &'a E, expected: Option<&Ty>) -> t::Expr {
        let r = e.range();
        match e {
            E::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => match i.as_i64() {
                    Some(v) => t::Expr::new(K::Int(v), Ty::Int, r),
                    None => {
                        self.err(too_large(r));
                        self.bad(r)
                    }
                },
                _ => {
                    self.err(unsupported(
                        expr_kind(e),
                        r,
                        "only int arithmetic is supported (no floats)",
                    ));
                    self.bad(r)
                }
            },
            E::StringLiteral(s) => t::Expr::new(K::Str(s.value.to_str().to_string()), Ty::Str, r),
            E::BooleanLiteral(b) => t::Expr::new(K::Bool(b.value), Ty::Bool, r),
            E::FString(f) => self.fstring(fx, f),
            E::Name(n) => self.name(fx, n),
            E::List(l) => {
                let elem_exp = match expected {
                    Some(Ty::List(e)) if !e.is_unknown() => Some((**e).clone()),
                    _ => None,
                };
                let mut items = Vec::new();
                for x in &l.elts {
                    if let E::Starred(s) = x {
                        self.err(unsupported(
                            "starred expression",
                            s.range,
                            "build the list with `+` or `extend`",
                        ));
                        return self.bad(r);
                    }
                    items.push(self.expr(fx, x, elem_exp.as_ref()));
                }
                let elem = match elem_exp {
                    Some(t) => {
                        for it in &items {
                            if !self.assignable(&it.ty, &t) {
                                self.err(mismatch(
                                    &t,
                                    &it.ty,
                                    it.range,
                                    &format!("the list holds `{t}` items"),
                                ));
                                return self.bad(r);
                            }
                        }
                        t
                    }
                    None => {
                        if items.is_empty() {
                            self.err(Diagnostic::new(
                                "cannot infer the type of an empty list",
                                r,
                                "type of the items unknown",
                                "annotate the variable, e.g. `xs: list[int] = []`",
                            ));
                            return t::Expr::new(
                                K::ListNew(Ty::Unknown, vec![]),
                                Ty::list(Ty::Unknown),
                                r,
                            );
                        }
                        let mut acc = items[0].ty.clone();
                        for it in &items[1..] {
                            match self.join(&acc, &it.ty) {
                                Some(j) => acc = j,
                                None => {
                                    self.err(Diagnostic::new(
                                        "list items have different types",
                                        it.range,
                                        format!(
                                            "this is `{}`, the first item is `{}`",
                                            it.ty, items[0].ty
                                        ),
                                        "all items of a list have one type",
                                    ));
                                    return self.bad(r);
                                }
                            }
                        }
                        if acc == Ty::None {
                            self.err(Diagnostic::new(
                                "list of `None`",
                                r,
                                "items have no value",
                                "the items are calls that return None",
                            ));
                            return self.bad(r);
                        }
                        acc
                    }
                };
                t::Expr::new(K::ListNew(elem.clone(), items), Ty::list(elem), r)
            }
            E::BinOp(b) => self.binop(fx, b, expected),
            E::UnaryOp(u) => match u.op {
                ast::UnaryOp::Not => {
                    let x = self.cond(fx, &u.operand);
                    t::Expr::new(K::Not(Box::new(x)), Ty::Bool, r)
                }
                ast::UnaryOp::USub => {
                    if let E::NumberLiteral(ast::ExprNumberLiteral {
                        value: ast::Number::Int(i),
                        ..
                    }) = &*u.operand
                    {
                        return match neg_literal(i) {
                            Some(v) => t::Expr::new(K::Int(v), Ty::Int, r),
                            None => {
                                self.err(too_large(r));
                                self.bad(r)
                            }
                        };
                    }
                    let x = self.expr(fx, &u.operand, Some(&Ty::Int));
                    match x.ty {
                        Ty::Int => t::Expr::new(K::Neg(Box::new(x)), Ty::Int, r),
                        Ty::Unknown => self.bad(r),
                        _ => {
                            self.err(Diagnostic::new(
                                format!("bad operand type for unary `-`: `{}`", x.ty),
                                x.range,
                                format!("this is `{}`", x.ty),
                                "unary minus applies to ints",
                            ));
                            self.bad(r)
                        }
                    }
                }
                ast::UnaryOp::UAdd => {
                    let x = self.expr(fx, &u.operand, Some(&Ty::Int));
                    if x.ty != Ty::Int && x.ty != Ty::Unknown {
                        self.err(Diagnostic::new(
                            format!("bad operand type for unary `+`: `{}`", x.ty),
                            x.range,
                            format!("this is `{}`", x.ty),
                            "unary plus applies to ints",
                        ));
                        return self.bad(r);
                    }
                    x
                }
                ast::UnaryOp::Invert => {
                    self.err(unsupported(
                        "bitwise operator `~`",
                        r,
                        "use arithmetic (`-x - 1`)",
                    ));
                    self.bad(r)
                }
            },
            E::BoolOp(b) => {
                let c = self.cond(fx, e);
                // In a value context both operands must be bools (the result
                // of `and`/`or` is an operand, not a truth value).
                for v in &b.values {
                    if let Some(bad) = self.non_bool_operand(fx, v) {
                        self.err(unsupported(
                            "`and`/`or` on non-bool operands outside a condition",
                            bad,
                            "compare explicitly (`x != 0`) so both operands are bools",
                        ));
                        return self.bad(r);
                    }
                }
                c
            }
            E::Compare(c) => self.compare(fx, c),
            E::If(i) => {
                let cond = self.cond(fx, &i.test);
                let a = self.expr(fx, &i.body, expected);
                let b = self.expr(fx, &i.orelse, expected.or(Some(&a.ty)));
                let Some(ty) = self.join(&a.ty, &b.ty) else {
                    self.err(Diagnostic::new(
                        "branches of the conditional expression have different types",
                        r,
                        format!("`{}` and `{}`", a.ty, b.ty),
                        "both branches must have the same type",
                    ));
                    return self.bad(r);
                };
                if ty == Ty::None {
                    self.err(unsupported(
                        "conditional expression without a value",
                        r,
                        "use an if statement",
                    ));
                    return self.bad(r);
                }
                t::Expr::new(K::IfExp(Box::new(cond), Box::new(a), Box::new(b)), ty, r)
            }
            E::Call(c) => self.call(fx, c, expected),
            E::Attribute(a) => {
                if let E::Name(n) = &*a.value
                    && n.id.as_str() == "sys"
                    && fx.local("sys").is_none()
                {
                    self.err(unsupported(
                        "use of module `sys`",
                        r,
                        "`sys` is only used in the `if __name__ == \"__main__\":` block; main receives argv",
                    ));
                    return self.bad(r);
                }
                let obj = self.expr(fx, &a.value, None);
                let attr = a.attr.as_str();
                match &obj.ty {
                    Ty::Class(c) => {
                        let c = c.clone();
                        let Some((owner, ci, fi)) = self.field(&c, attr) else {
                            if self.find_method(&c, attr).is_some() {
                                self.err(unsupported(
                                    "method used as a value",
                                    r,
                                    "call the method: `obj.m(...)`",
                                ));
                            } else {
                                self.err(unknown_attr(&c, attr, a.attr.range));
                            }
                            return self.bad(r);
                        };
                        if owner == ir::EXCEPTION_ROOT {
                            self.err(unknown_attr(&c, attr, a.attr.range));
                            return self.bad(r);
                        }
                        let mut fty = self.classes[ci].fields[fi].ty.clone();
                        if fty.is_none() && fx.init_of.as_deref() != Some(owner.as_str()) {
                            self.check_init(&owner);
                            fty = self.classes[ci].fields[fi].ty.clone();
                        }
                        let Some(fty) = fty else {
                            self.err(Diagnostic::new(
                                format!("the type of attribute `{attr}` is not known here"),
                                a.attr.range,
                                "read before its type is known",
                                format!(
                                    "annotate it in `{owner}.__init__`: `self.{attr}: T = ...`"
                                ),
                            ));
                            return self.bad(r);
                        };
                        t::Expr::new(
                            K::GetField {
                                class: owner,
                                field: attr.to_string(),
                                obj: Box::new(obj),
                            },
                            fty,
                            r,
                        )
                    }
                    Ty::Unknown => self.bad(r),
                    other => {
                        self.err(Diagnostic::new(
                            format!("unknown attribute `{attr}` of `{other}`"),
                            a.attr.range,
                            "no such attribute",
                            format!("`{other}` values have no attributes"),
                        ));
                        self.bad(r)
                    }
                }
            }
            E::Subscript(s) => {
                let list = self.expr(fx, &s.value, None);
                match list.ty.clone() {
                    Ty::List(elem) => {
                        let Some(i) = self.index_expr(fx, &s.slice) else {
                            return self.bad(r);
                        };
                        t::Expr::new(K::ListGet(Box::new(list), Box::new(i)), *elem, r)
                    }
                    Ty::Str => {
                        self.err(unsupported(
                            "string indexing",
                            r,
                            "strings support `+`, `==`, `!=`, `len` and `str()`",
                        ));
                        self.bad(r)
                    }
                    Ty::Unknown => self.bad(r),
                    other => {
                        self.err(Diagnostic::new(
                            format!("`{other}` is not subscriptable"),
                            s.value.range(),
                            format!("this is `{other}`"),
                            "only lists can be indexed",
                        ));
                        self.bad(r)
                    }
                }
            }
            E::NoneLiteral(_) => {
                self.err(unsupported(
                    "`None` value",
                    r,
                    "`None` is only allowed as a return type and in `return None`",
                ));
                self.bad(r)
            }
            other => {
                self.err(unsupported(expr_kind(other), r, "supported expressions: int/str/bool literals, names, arithmetic, comparisons, and/or/not, conditional expressions, calls, attributes, list displays and indexing, f-strings"));
                self.bad(r)
            }
        }
    }

    /// The range of an `and`/`or` operand that is not a bool.
    fn non_bool_operand(&mut self, fx: &mut Fx, v: &'a E) -> Option<TextRange> {
        match v {
            E::BoolOp(b) => b.values.iter().find_map(|x| self.non_bool_operand(fx, x)),
            E::UnaryOp(u) if u.op == ast::UnaryOp::Not => None,
            _ => {
                let n = self.diags.len();
                let x = self.expr(fx, v, Some(&Ty::Bool));
                self.diags.truncate(n);
                if x.ty == Ty::Bool || x.ty == Ty::Unknown {
                    None
                } else {
                    Some(v.range())
                }
            }
        }
    }

    fn fstring(&mut self, fx: &mut Fx, f: &'a ast::ExprFString) -> t::Expr {
        let r = f.range;
        let mut parts: Vec<t::Expr> = Vec::new();
        for p in f.value.iter() {
            match p {
                ast::FStringPart::Literal(l) => {
                    parts.push(t::Expr::new(K::Str(l.value.to_string()), Ty::Str, l.range))
                }
                ast::FStringPart::FString(fs) => {
                    for el in &fs.elements {
                        match el {
                            ast::InterpolatedStringElement::Literal(l) => parts.push(t::Expr::new(
                                K::Str(l.value.to_string()),
                                Ty::Str,
                                l.range,
                            )),
                            ast::InterpolatedStringElement::Interpolation(i) => {
                                if i.format_spec.is_some()
                                    || i.debug_text.is_some()
                                    || !matches!(
                                        i.conversion,
                                        ast::ConversionFlag::None | ast::ConversionFlag::Str
                                    )
                                {
                                    self.err(unsupported(
                                        "f-string format specification or conversion",
                                        i.range,
                                        "use plain `{expr}` replacement fields",
                                    ));
                                    return self.bad(r);
                                }
                                let x = self.expr(fx, &i.expression, None);
                                match self.str_of(x) {
                                    Some(s) => parts.push(s),
                                    None => return self.bad(r),
                                }
                            }
                        }
                    }
                }
            }
        }
        let mut it = parts.into_iter();
        let Some(mut acc) = it.next() else {
            return t::Expr::new(K::Str(String::new()), Ty::Str, r);
        };
        for p in it {
            acc = t::Expr::new(K::StrConcat(Box::new(acc), Box::new(p)), Ty::Str, r);
        }
        acc
    }

    /// `str(x)`.
    fn str_of(&mut self, x: t::Expr) -> Option<t::Expr> {
        let r = x.range;
        Some(match &x.ty {
            Ty::Int => t::Expr::new(K::IntToStr(Box::new(x)), Ty::Str, r),
            Ty::Bool => t::Expr::new(K::BoolToStr(Box::new(x)), Ty::Str, r),
            Ty::Str => x,
            Ty::Class(c) if self.is_exception(c) => {
                t::Expr::new(K::ExcMessage(Box::new(x)), Ty::Str, r)
            }
            Ty::Unknown => return None,
            other => {
                self.err(Diagnostic::new(
                    format!("cannot convert `{other}` to str"),
                    r,
                    format!("this is `{other}`"),
                    "str() accepts int, bool, str and exceptions",
                ));
                return None;
            }
        })
    }

    fn name(&mut self, fx: &mut Fx, n: &'a ast::ExprName) -> t::Expr {
        let r = n.range;
        let id = n.id.as_str();
        if let Some(ty) = fx.local(id) {
            let ty = ty.clone();
            let local = t::Expr::new(K::Local(fx.iname(id)), ty, r);
            if let Some((_, c)) = fx.narrow.iter().rev().find(|(x, _)| x == id) {
                return t::Expr::new(K::Cast(c.clone(), Box::new(local)), Ty::Class(c.clone()), r);
            }
            return local;
        }
        if fx.assigned.contains(id) {
            self.err(Diagnostic::new(
                format!("local variable `{id}` is used before it is assigned"),
                r,
                "not assigned yet",
                format!("assign `{id}` earlier in the function (it is local because the function assigns it)"),
            ));
            return self.bad(r);
        }
        if let Some(c) = self.consts.get(id) {
            return match c.clone() {
                Const::Int(v) => t::Expr::new(K::Int(v), Ty::Int, r),
                Const::Str(s) => t::Expr::new(K::Str(s), Ty::Str, r),
                Const::Bool(b) => t::Expr::new(K::Bool(b), Ty::Bool, r),
            };
        }
        if self.funcs.contains_key(id)
            || self.class_idx.contains_key(id)
            || BUILTIN_FUNCS.contains(&id)
        {
            self.err(unsupported(
                &format!("`{id}` used as a value"),
                r,
                "functions and classes can only be called",
            ));
            return self.bad(r);
        }
        self.err(Diagnostic::new(
            format!("unknown name `{id}`"),
            r,
            "not defined",
            "define it before use: a local variable, a parameter, or a module-level function, class or constant",
        ));
        self.bad(r)
    }

    fn binop(&mut self, fx: &mut Fx, b: &'a ast::ExprBinOp, expected: Option<&Ty>) -> t::Expr {
        let r = b.range;
        use ast::Operator as O;
        match b.op {
            O::Div => {
                self.err(unsupported(
                    "true division `/` (floats)",
                    r,
                    "use `//` for integer (floor) division",
                ));
                return self.bad(r);
            }
            O::Pow | O::MatMult | O::LShift | O::RShift | O::BitOr | O::BitXor | O::BitAnd => {
                self.err(unsupported(
                    &format!("operator `{}`", op_name(b.op)),
                    r,
                    "supported int operators: + - * // % and comparisons",
                ));
                return self.bad(r);
            }
            _ => {}
        }
        let lexp = match expected {
            Some(Ty::List(_)) if b.op == O::Add => expected,
            _ => None,
        };
        let l = self.expr(fx, &b.left, lexp);
        let rexp = match &l.ty {
            Ty::List(_) => Some(l.ty.clone()),
            _ => None,
        };
        let rr = self.expr(fx, &b.right, rexp.as_ref());
        if l.ty.is_unknown() || rr.ty.is_unknown() {
            return self.bad(r);
        }
        match (&l.ty, b.op, &rr.ty) {
            (Ty::Int, op, Ty::Int) => match int_binop(op) {
                Some(bo) => t::Expr::new(K::Arith(bo, Box::new(l), Box::new(rr)), Ty::Int, r),
                None => {
                    self.err(operand_error(op_name(op), &l.ty, &rr.ty, r));
                    self.bad(r)
                }
            },
            (Ty::Str, O::Add, Ty::Str) => {
                t::Expr::new(K::StrConcat(Box::new(l), Box::new(rr)), Ty::Str, r)
            }
            (Ty::List(x), O::Add, Ty::List(y)) if x == y => {
                let ty = l.ty.clone();
                t::Expr::new(K::ListConcat(Box::new(l), Box::new(rr)), ty, r)
            }
            (Ty::Str, O::Mod, _) => {
                self.err(unsupported(
                    "`%` string formatting",
                    r,
                    "build strings with `+` and `str()`, or an f-string",
                ));
                self.bad(r)
            }
            (Ty::Str | Ty::List(_), O::Mult, Ty::Int)
            | (Ty::Int, O::Mult, Ty::Str | Ty::List(_)) => {
                self.err(unsupported(
                    "sequence repetition with `*`",
                    r,
                    "build the sequence in a loop",
                ));
                self.bad(r)
            }
            (a, op, c) => {
                self.err(operand_error(op_name(op), a, c, r));
                self.bad(r)
            }
        }
    }

    fn compare(&mut self, fx: &mut Fx, c: &'a ast::ExprCompare) -> t::Expr {
        let r = c.range;
        let first = self.expr(fx, &c.left, None);
        let mut prev_ty = first.ty.clone();
        let mut rest = Vec::new();
        let mut prev_range = c.left.range();
        for (op, rhs) in c.ops.iter().zip(c.comparators.iter()) {
            use ast::CmpOp as C;
            let bo = match op {
                C::Eq => ir::BinOp::Eq,
                C::NotEq => ir::BinOp::Ne,
                C::Lt => ir::BinOp::Lt,
                C::LtE => ir::BinOp::Le,
                C::Gt => ir::BinOp::Gt,
                C::GtE => ir::BinOp::Ge,
                other => {
                    self.err(unsupported(
                        &format!("operator `{}`", other.as_str()),
                        r,
                        "supported comparisons: == != < <= > >= (use isinstance() for classes)",
                    ));
                    return self.bad(r);
                }
            };
            let x = self.expr(fx, rhs, Some(&prev_ty));
            let eq = matches!(bo, ir::BinOp::Eq | ir::BinOp::Ne);
            let kind = match (&prev_ty, &x.ty) {
                (Ty::Unknown, _) | (_, Ty::Unknown) => return self.bad(r),
                (Ty::Int, Ty::Int) => CmpKind::Int(bo),
                (Ty::Bool, Ty::Bool) if eq => CmpKind::Bool(bo == ir::BinOp::Ne),
                (Ty::Str, Ty::Str) if eq => CmpKind::Str(bo == ir::BinOp::Ne),
                (a, b) => {
                    let opn = op.as_str();
                    let what = if a == b {
                        format!("`{opn}` is not supported on `{a}`")
                    } else {
                        format!("cannot compare `{a}` with `{b}`")
                    };
                    self.err(Diagnostic::new(
                        format!("mismatched operand types for `{opn}`: `{a}` and `{b}`"),
                        TextRange::new(prev_range.start(), rhs.range().end()),
                        what,
                        "ints compare with all six operators; bools and strs with `==` and `!=` against the same type",
                    ));
                    return self.bad(r);
                }
            };
            prev_ty = x.ty.clone();
            prev_range = rhs.range();
            rest.push((kind, x));
        }
        t::Expr::new(K::Compare(Box::new(first), rest), Ty::Bool, r)
    }

    fn args(&mut self, fx: &mut Fx, c: &'a ast::ExprCall) -> Option<&'a [E]> {
        if let Some(k) = c.arguments.keywords.first() {
            self.err(unsupported(
                "keyword argument",
                k.range,
                "pass arguments by position",
            ));
            return None;
        }
        if let Some(s) = c.arguments.args.iter().find(|a| matches!(a, E::Starred(_))) {
            self.err(unsupported(
                "starred argument",
                s.range(),
                "pass arguments one by one",
            ));
            return None;
        }
        let _ = fx;
        Some(&c.arguments.args)
    }

    /// Check call arguments against parameter types (without `self`).
    fn check_args(
        &mut self,
        fx: &mut Fx,
        what: &str,
        params: &[(String, Ty)],
        args: &'a [E],
        call_range: TextRange,
        args_range: TextRange,
    ) -> Option<Vec<t::Expr>> {
        if params.len() != args.len() {
            let s = if params.len() == 1 { "" } else { "s" };
            self.err(Diagnostic::new(
                format!(
                    "`{what}` takes {} argument{s} but {} {} given",
                    params.len(),
                    args.len(),
                    if args.len() == 1 { "was" } else { "were" }
                ),
                args_range,
                format!("expected {} argument{s}", params.len()),
                {
                    let ps: Vec<String> = params.iter().map(|(n, t)| format!("{n}: {t}")).collect();
                    format!("the signature is `{what}({})`", ps.join(", "))
                },
            ));
            let _ = call_range;
            return None;
        }
        let mut out = Vec::new();
        let mut ok = true;
        for ((pn, pt), a) in params.iter().zip(args) {
            let x = self.expr(fx, a, Some(pt));
            if !self.assignable(&x.ty, pt) {
                self.err(mismatch(
                    pt,
                    &x.ty,
                    x.range,
                    &format!("parameter `{pn}` of `{what}` has type `{pt}`"),
                ));
                ok = false;
            }
            if x.ty.is_unknown() && !matches!(x.ty, Ty::List(_)) {
                ok = false;
            }
            out.push(x);
        }
        ok.then_some(out)
    }

    fn call(&mut self, fx: &mut Fx, c: &'a ast::ExprCall, expected: Option<&Ty>) -> t::Expr {
        let r = c.range();
        let Some(args) = self.args(fx, c) else {
            return self.bad(r);
        };
        let ar = c.arguments.range;
        match &*c.func {
            E::Name(n) => {
                let id = n.id.as_str();
                if let Some(ty) = fx.local(id) {
                    let ty = ty.clone();
                    self.err(not_callable(id, &ty, n.range));
                    return self.bad(r);
                }
                if let Some(sig) = self.funcs.get(id).cloned() {
                    let Some(xs) = self.check_args(fx, &sig.display, &sig.params, args, r, ar)
                    else {
                        return self.bad(r);
                    };
                    return t::Expr::new(K::Call(sig.name.clone(), xs), sig.ret.clone(), r);
                }
                if self.class_idx.contains_key(id) {
                    return self.construct(fx, id, args, r);
                }
                if let Some(cst) = self.consts.get(id) {
                    let ty = match cst {
                        Const::Int(_) => Ty::Int,
                        Const::Str(_) => Ty::Str,
                        Const::Bool(_) => Ty::Bool,
                    };
                    self.err(not_callable(id, &ty, n.range));
                    return self.bad(r);
                }
                self.builtin_call(fx, id, n.range, args, r, ar, expected)
            }
            E::Attribute(a) => self.method_call(fx, a, args, r, ar),
            other => {
                let x = self.expr(fx, other, None);
                if !x.ty.is_unknown() {
                    self.err(not_callable("this expression", &x.ty, other.range()));
                }
                self.bad(r)
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn builtin_call(
        &mut self,
        fx: &mut Fx,
        id: &str,
        nr: TextRange,
        args: &'a [E],
        r: TextRange,
        ar: TextRange,
        expected: Option<&Ty>,
    ) -> t::Expr {
        let _ = expected;
        let arity = |cx: &mut Self, n: usize, what: &str| -> bool {
            if args.len() != n {
                let s = if n == 1 { "" } else { "s" };
                cx.err(Diagnostic::new(
                    format!(
                        "`{id}` takes {n} argument{s} but {} {} given",
                        args.len(),
                        if args.len() == 1 { "was" } else { "were" }
                    ),
                    ar,
                    format!("expected {n} argument{s}"),
                    what.to_string(),
                ));
                false
            } else {
                true
            }
        };
        match id {
            "print" => {
                let mut xs = Vec::new();
                for a in args {
                    let x = self.expr(fx, a, None);
                    match &x.ty {
                        Ty::Int | Ty::Bool | Ty::Str => xs.push(x),
                        Ty::Class(c) if self.is_exception(c) => {
                            xs.push(t::Expr::new(K::ExcMessage(Box::new(x)), Ty::Str, a.range()))
                        }
                        Ty::Unknown => return self.bad(r),
                        other => {
                            self.err(Diagnostic::new(
                                format!("cannot print a `{other}`"),
                                x.range,
                                format!("this is `{other}`"),
                                "print() accepts ints, bools, strs and exceptions; format other values yourself",
                            ));
                            return self.bad(r);
                        }
                    }
                }
                t::Expr::new(K::Print(xs), Ty::None, r)
            }
            "len" => {
                if !arity(self, 1, "use `len(x)` with a str or a list") {
                    return self.bad(r);
                }
                let x = self.expr(fx, &args[0], None);
                match &x.ty {
                    Ty::Str => t::Expr::new(K::StrLen(Box::new(x)), Ty::Int, r),
                    Ty::List(_) => t::Expr::new(K::ListLen(Box::new(x)), Ty::Int, r),
                    Ty::Unknown => self.bad(r),
                    other => {
                        self.err(Diagnostic::new(
                            format!("`{other}` has no length"),
                            x.range,
                            format!("this is `{other}`"),
                            "len() accepts a str or a list",
                        ));
                        self.bad(r)
                    }
                }
            }
            "str" => {
                if args.is_empty() {
                    return t::Expr::new(K::Str(String::new()), Ty::Str, r);
                }
                if !arity(self, 1, "use `str(x)` with an int, bool, str or exception") {
                    return self.bad(r);
                }
                let x = self.expr(fx, &args[0], None);
                match self.str_of(x) {
                    Some(s) => t::Expr::new(s.kind, Ty::Str, r),
                    None => self.bad(r),
                }
            }
            "isinstance" => {
                if !arity(self, 2, "use `isinstance(x, ClassName)`") {
                    return self.bad(r);
                }
                let x = self.expr(fx, &args[0], None);
                let cls = match &args[1] {
                    E::Name(k) if self.class_idx.contains_key(k.id.as_str()) => k.id.to_string(),
                    other => {
                        self.err(Diagnostic::new(
                            "expected a class name",
                            other.range(),
                            "not a class",
                            "the second argument of isinstance() is a class defined in the module or a builtin exception",
                        ));
                        return self.bad(r);
                    }
                };
                match &x.ty {
                    Ty::Class(_) => t::Expr::new(K::InstanceOf(cls, Box::new(x)), Ty::Bool, r),
                    Ty::Unknown => self.bad(r),
                    other => {
                        self.err(Diagnostic::new(
                            format!("isinstance() of a `{other}`"),
                            x.range,
                            format!("this is `{other}`"),
                            "isinstance() tests instances of classes; other types are known statically",
                        ));
                        self.bad(r)
                    }
                }
            }
            "range" => {
                self.err(unsupported(
                    "range() outside a for loop",
                    r,
                    "use range() directly in `for i in range(...)`",
                ));
                self.bad(r)
            }
            "super" => {
                self.err(unsupported(
                    "super() outside a method call",
                    r,
                    "use `super().__init__(...)` or `super().method(...)`",
                ));
                self.bad(r)
            }
            _ => {
                if fx.assigned.contains(id) {
                    self.err(Diagnostic::new(
                        format!("local variable `{id}` is used before it is assigned"),
                        nr,
                        "not assigned yet",
                        format!("assign `{id}` earlier in the function"),
                    ));
                    return self.bad(r);
                }
                let known_unsupported = [
                    "int",
                    "bool",
                    "float",
                    "list",
                    "dict",
                    "set",
                    "tuple",
                    "input",
                    "open",
                    "min",
                    "max",
                    "abs",
                    "sorted",
                    "reversed",
                    "enumerate",
                    "zip",
                    "map",
                    "filter",
                    "sum",
                    "repr",
                    "ord",
                    "chr",
                    "hash",
                    "id",
                    "type",
                    "getattr",
                    "setattr",
                    "hasattr",
                    "iter",
                    "next",
                ];
                if known_unsupported.contains(&id) {
                    self.err(unsupported(
                        &format!("builtin function `{id}`"),
                        nr,
                        "supported builtins: print, len, str, range (in for loops), isinstance, super",
                    ));
                } else {
                    self.err(Diagnostic::new(
                        format!("unknown function `{id}`"),
                        nr,
                        "not defined",
                        "define the function at module level (functions can be used before their definition)",
                    ));
                }
                self.bad(r)
            }
        }
    }

    /// `C(args)`.
    fn construct(&mut self, fx: &mut Fx, cname: &str, args: &'a [E], r: TextRange) -> t::Expr {
        let ty = Ty::Class(cname.to_string());
        // The nearest class defining __init__.
        let mut init: Option<(String, Sig)> = None;
        for c in self.ancestry(cname) {
            if let Some(k) = self.class(&c) {
                if let Some(s) = k.sigs.get("__init__") {
                    init = Some((c.clone(), s.clone()));
                    break;
                }
                if k.builtin {
                    break;
                }
            }
        }
        let ar = r;
        match init {
            Some((owner, sig)) => {
                let Some(xs) = self.check_args(fx, cname, &sig.params[1..], args, r, ar) else {
                    return self.bad(r);
                };
                t::Expr::new(
                    K::New {
                        class: cname.to_string(),
                        init: Some(format!("{owner}.__init__")),
                        args: xs,
                        message: None,
                    },
                    ty,
                    r,
                )
            }
            None if self.is_exception(cname) => {
                if args.len() > 1 {
                    self.err(Diagnostic::new(
                        format!(
                            "`{cname}` takes at most 1 argument but {} were given",
                            args.len()
                        ),
                        r,
                        "too many arguments",
                        "builtin exception constructors take an optional message: `E(\"message\")`",
                    ));
                    return self.bad(r);
                }
                let msg = match args.first() {
                    Some(a) => {
                        let x = self.expr(fx, a, Some(&Ty::Str));
                        if !self.assignable(&x.ty, &Ty::Str) {
                            self.err(mismatch(
                                &Ty::Str,
                                &x.ty,
                                x.range,
                                "the exception message is a str",
                            ));
                            return self.bad(r);
                        }
                        Some(Box::new(x))
                    }
                    None => None,
                };
                t::Expr::new(
                    K::New {
                        class: cname.to_string(),
                        init: None,
                        args: vec![],
                        message: msg,
                    },
                    ty,
                    r,
                )
            }
            None => {
                if !args.is_empty() {
                    self.err(Diagnostic::new(
                        format!(
                            "`{cname}` takes 0 arguments but {} {} given",
                            args.len(),
                            if args.len() == 1 { "was" } else { "were" }
                        ),
                        r,
                        "expected 0 arguments",
                        format!("`{cname}` has no `__init__`; define one to take arguments"),
                    ));
                    return self.bad(r);
                }
                t::Expr::new(
                    K::New {
                        class: cname.to_string(),
                        init: None,
                        args: vec![],
                        message: None,
                    },
                    ty,
                    r,
                )
            }
        }
    }

    fn method_call(
        &mut self,
        fx: &mut Fx,
        a: &'a ast::ExprAttribute,
        args: &'a [E],
        r: TextRange,
        ar: TextRange,
    ) -> t::Expr {
        let m = a.attr.as_str();
        // super().m(...)
        if let E::Call(sc) = &*a.value
            && let E::Name(sn) = &*sc.func
            && sn.id.as_str() == "super"
            && fx.local("super").is_none()
        {
            if !sc.arguments.args.is_empty() || !sc.arguments.keywords.is_empty() {
                self.err(unsupported(
                    "super() with arguments",
                    sc.range(),
                    "write `super()` without arguments",
                ));
                return self.bad(r);
            }
            let (Some(cls), Some(selfn)) = (fx.class.clone(), fx.self_name.clone()) else {
                self.err(Diagnostic::new(
                    "super() outside a method",
                    sc.range(),
                    "not in a class",
                    "use super() inside methods",
                ));
                return self.bad(r);
            };
            let self_expr = t::Expr::new(K::Local(selfn), Ty::Class(cls.clone()), sc.range());
            let parent = self.class(&cls).and_then(|k| k.parent.clone());
            if m == "__init__" {
                let mut init: Option<(String, Sig)> = None;
                let mut builtin_exc = false;
                if let Some(p) = &parent {
                    for c in self.ancestry(p) {
                        if let Some(k) = self.class(&c) {
                            if let Some(s) = k.sigs.get("__init__") {
                                init = Some((c.clone(), s.clone()));
                                break;
                            }
                            if k.builtin {
                                builtin_exc = true;
                                break;
                            }
                        }
                    }
                }
                return match init {
                    Some((owner, sig)) => {
                        let Some(mut xs) = self.check_args(
                            fx,
                            &format!("{owner}.__init__"),
                            &sig.params[1..],
                            args,
                            r,
                            ar,
                        ) else {
                            return self.bad(r);
                        };
                        xs.insert(0, self_expr);
                        t::Expr::new(K::Call(format!("{owner}.__init__"), xs), Ty::None, r)
                    }
                    None if builtin_exc => {
                        if args.len() > 1 {
                            self.err(Diagnostic::new(
                                format!("`Exception.__init__` takes at most 1 argument but {} were given", args.len()),
                                ar,
                                "too many arguments",
                                "pass the message only: `super().__init__(message)`",
                            ));
                            return self.bad(r);
                        }
                        let msg = match args.first() {
                            Some(a) => {
                                let x = self.expr(fx, a, Some(&Ty::Str));
                                if !self.assignable(&x.ty, &Ty::Str) {
                                    self.err(mismatch(
                                        &Ty::Str,
                                        &x.ty,
                                        x.range,
                                        "the exception message is a str",
                                    ));
                                    return self.bad(r);
                                }
                                x
                            }
                            None => t::Expr::new(K::Str(String::new()), Ty::Str, r),
                        };
                        t::Expr::new(
                            K::SetMessage(Box::new(self_expr), Box::new(msg)),
                            Ty::None,
                            r,
                        )
                    }
                    None => {
                        if !args.is_empty() {
                            self.err(Diagnostic::new(
                                format!(
                                    "`object.__init__` takes 0 arguments but {} {} given",
                                    args.len(),
                                    if args.len() == 1 { "was" } else { "were" }
                                ),
                                ar,
                                "expected 0 arguments",
                                "the base class has no `__init__`",
                            ));
                            return self.bad(r);
                        }
                        t::Expr::new(K::Nothing, Ty::None, r)
                    }
                };
            }
            let found = parent.as_deref().and_then(|p| self.find_method(p, m));
            let Some((owner, sig)) = found else {
                self.err(Diagnostic::new(
                    format!("unknown method `{m}` in the base classes of `{cls}`"),
                    a.attr.range,
                    "no such method",
                    "super().m(...) calls a method defined in a base class",
                ));
                return self.bad(r);
            };
            let Some(mut xs) =
                self.check_args(fx, &format!("{owner}.{m}"), &sig.params[1..], args, r, ar)
            else {
                return self.bad(r);
            };
            xs.insert(0, self_expr);
            return t::Expr::new(K::Call(sig.name.clone(), xs), sig.ret.clone(), r);
        }
        if let E::Name(n) = &*a.value
            && n.id.as_str() == "sys"
            && fx.local("sys").is_none()
        {
            self.err(unsupported(
                "use of module `sys`",
                r,
                "`sys` is only used in the `if __name__ == \"__main__\":` block; main receives argv",
            ));
            return self.bad(r);
        }
        let recv = self.expr(fx, &a.value, None);
        match recv.ty.clone() {
            Ty::Unknown => self.bad(r),
            Ty::List(elem) => {
                let elem = *elem;
                match m {
                    "append" => {
                        let Some(mut xs) = self.check_args(
                            fx,
                            "list.append",
                            &[("item".into(), elem)],
                            args,
                            r,
                            ar,
                        ) else {
                            return self.bad(r);
                        };
                        let x = xs.remove(0);
                        t::Expr::new(K::ListAppend(Box::new(recv), Box::new(x)), Ty::None, r)
                    }
                    "extend" => {
                        let lt = recv.ty.clone();
                        let Some(mut xs) = self.check_args(
                            fx,
                            "list.extend",
                            &[("items".into(), lt)],
                            args,
                            r,
                            ar,
                        ) else {
                            return self.bad(r);
                        };
                        let x = xs.remove(0);
                        t::Expr::new(K::ListExtend(Box::new(recv), Box::new(x)), Ty::None, r)
                    }
                    "pop" => match args.len() {
                        0 => t::Expr::new(K::ListPop(Box::new(recv)), elem, r),
                        _ => {
                            let Some(mut xs) = self.check_args(
                                fx,
                                "list.pop",
                                &[("index".into(), Ty::Int)],
                                args,
                                r,
                                ar,
                            ) else {
                                return self.bad(r);
                            };
                            let i = xs.remove(0);
                            t::Expr::new(K::ListPopAt(Box::new(recv), Box::new(i)), elem, r)
                        }
                    },
                    _ => {
                        self.err(unknown_method(
                            &recv.ty,
                            m,
                            a.attr.range,
                            "lists support append, extend, pop, len(), indexing and `+`",
                        ));
                        self.bad(r)
                    }
                }
            }
            Ty::Class(c) => {
                if m == "__init__" {
                    self.err(unsupported(
                        "explicit call of `__init__`",
                        a.attr.range,
                        "construct with `C(...)` or call `super().__init__(...)` in an initializer",
                    ));
                    return self.bad(r);
                }
                let Some((_, sig)) = self.find_method(&c, m) else {
                    if let Some((_, ci, fi)) = self.field(&c, m) {
                        let fty = self.classes[ci].fields[fi]
                            .ty
                            .clone()
                            .unwrap_or(Ty::Unknown);
                        self.err(not_callable(
                            &format!("attribute `{m}`"),
                            &fty,
                            a.attr.range,
                        ));
                    } else {
                        self.err(unknown_method(
                            &recv.ty,
                            m,
                            a.attr.range,
                            &format!("define `{m}` in class `{c}` or one of its base classes"),
                        ));
                    }
                    return self.bad(r);
                };
                let Some(mut xs) =
                    self.check_args(fx, &format!("{c}.{m}"), &sig.params[1..], args, r, ar)
                else {
                    return self.bad(r);
                };
                xs.insert(0, recv);
                t::Expr::new(
                    K::CallVirtual(c.clone(), m.to_string(), xs),
                    sig.ret.clone(),
                    r,
                )
            }
            other => {
                self.err(unknown_method(&other, m, a.attr.range, "str values support `+`, `==`, `!=`, len() and str(); ints and bools have no methods"));
                self.bad(r)
            }
        }
    }
}

fn is_super_init_call(s: &S) -> bool {
    if let S::Expr(e) = s
        && let E::Call(c) = &*e.value
        && let E::Attribute(a) = &*c.func
        && a.attr.as_str() == "__init__"
        && let E::Call(sc) = &*a.value
        && let E::Name(n) = &*sc.func
    {
        return n.id.as_str() == "super";
    }
    false
}

/// The header of a compound statement (for diagnostics).
fn stmt_head(s: &S) -> TextRange {
    let r = s.range();
    match s {
        S::With(w) => w
            .items
            .first()
            .map(|i| TextRange::new(r.start(), i.range.end()))
            .unwrap_or(r),
        S::FunctionDef(f) => TextRange::new(r.start(), f.name.range.end()),
        S::ClassDef(c) => TextRange::new(r.start(), c.name.range.end()),
        S::Match(m) => TextRange::new(r.start(), m.subject.range().end()),
        _ => r,
    }
}

fn neg_literal(i: &ast::Int) -> Option<i64> {
    match i.as_i64() {
        Some(v) => Some(-v),
        None => {
            if i.as_u64() == Some(1u64 << 63) {
                Some(i64::MIN)
            } else {
                None
            }
        }
    }
}

fn too_large(r: TextRange) -> Diagnostic {
    Diagnostic::new(
        "integer literal too large",
        r,
        "does not fit in 64 bits",
        "ints are 64-bit signed: from -9223372036854775808 to 9223372036854775807",
    )
}

fn mismatch(expected: &Ty, found: &Ty, r: TextRange, help: &str) -> Diagnostic {
    Diagnostic::new(
        format!("mismatched types: expected `{expected}`, found `{found}`"),
        r,
        format!("expected `{expected}`"),
        help,
    )
}

fn operand_error(op: &str, a: &Ty, b: &Ty, r: TextRange) -> Diagnostic {
    Diagnostic::new(
        format!("unsupported operand types for `{op}`: `{a}` and `{b}`"),
        r,
        format!("`{a}` {op} `{b}`"),
        "arithmetic needs two ints; `+` also joins two strs or two lists of the same type",
    )
}

fn not_callable(what: &str, ty: &Ty, r: TextRange) -> Diagnostic {
    Diagnostic::new(
        format!("`{what}` is not a function"),
        r,
        format!("this is `{ty}`"),
        "only functions, methods and classes can be called",
    )
}

fn unknown_attr(class: &str, attr: &str, r: TextRange) -> Diagnostic {
    Diagnostic::new(
        format!("unknown attribute `{attr}` of `{class}`"),
        r,
        "no such attribute",
        format!("attributes of `{class}` are those assigned in `__init__` (`self.{attr} = ...`)"),
    )
}

fn unknown_method(ty: &Ty, m: &str, r: TextRange, help: &str) -> Diagnostic {
    Diagnostic::new(
        format!("unknown method `{m}` of `{ty}`"),
        r,
        "no such method",
        help,
    )
}
