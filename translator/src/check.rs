//! Stage 2: type checking and inference.
//!
//! Loads the modules of the program (the entry module, the modules it
//! imports from its directory, the prelude and the front end's own
//! support module), collects their functions, classes (with fields
//! inferred from `self.x = ...` in `__init__`) and constants, checks every
//! function body of the program and, on demand, the prelude code it uses
//! (generic prelude functions and classes are instantiated per type), and
//! produces the typed program ([`crate::typed`]).
//!
//! The checker is split over several files: this one (modules,
//! declarations, the work list), `check_stmt.rs` (statements and
//! narrowing), `check_expr.rs` (expressions) and `check_call.rs` (calls,
//! builtins and methods of builtin types).

pub(crate) use crate::check_narrow::{Narrow, StaleUse};
use crate::diag::{Diagnostic, Diagnostics};
use crate::parse::ParsedModule;
use crate::typed::{self as t};
use crate::types::Ty;
use ruff_python_ast::{self as ast, Expr as E, Stmt as S};
use ruff_text_size::{Ranged, TextRange, TextSize};
use std::collections::{HashMap, HashSet};

include!(concat!(env!("OUT_DIR"), "/prelude_files.rs"));

/// The front end's own support module (helpers the lowering calls).
pub const SUPPORT_SOURCE: &str = include_str!("support.py");

/// Prelude modules that are not translated (`_prims` is the CPython
/// implementation of the primitives; `_generic` only declares type
/// variables, which the checker knows).
const UNTRANSLATED: &[&str] = &["_prims"];

/// Check a parsed module (and everything it imports).
pub fn check(p: &ParsedModule) -> Result<t::Program, Diagnostics> {
    let mut files: Vec<(ParsedModule, ModKind, String)> = Vec::new();
    let mut load_errs: Vec<(usize, Diagnostic)> = Vec::new();
    let entry_name = load_modules(p, &mut files, &mut load_errs);
    let mut all: Vec<(&ParsedModule, ModKind)> = vec![(p, ModKind::Entry)];
    let mut names: Vec<String> = vec![entry_name];
    for (m, k, n) in &files {
        all.push((m, *k));
        names.push(n.clone());
    }
    if !load_errs.is_empty() {
        return Err(render(&all, load_errs));
    }
    let arena = Arena::default();
    let mut cx = Ctx::new(&all, &names, &arena);
    cx.run();
    if cx.diags.is_empty() {
        let prog = cx.program();
        crate::check_narrow::check(&mut cx, &prog);
        crate::check_order::check(&mut cx, &prog);
        if cx.diags.is_empty() {
            return Ok(prog);
        }
        let d = std::mem::take(&mut cx.diags);
        Err(render(&all, d))
    } else {
        let d = std::mem::take(&mut cx.diags);
        Err(render(&all, d))
    }
}

/// Every diagnostic, grouped by file in load order (the first file with
/// any is the headline file).
fn render(all: &[(&ParsedModule, ModKind)], diags: Vec<(usize, Diagnostic)>) -> Diagnostics {
    let mut by_file: std::collections::BTreeMap<usize, Vec<Diagnostic>> = Default::default();
    for (f, d) in diags {
        by_file.entry(f.min(all.len() - 1)).or_default().push(d);
    }
    let mut files = by_file.into_iter();
    let Some((first, items)) = files.next() else {
        let (pm, _) = all[0];
        return Diagnostics::new(&pm.file_name, &pm.source, Vec::new());
    };
    let (pm, _) = all[first];
    let mut out = Diagnostics::new(&pm.file_name, &pm.source, items);
    for (f, items) in files {
        let (pm, _) = all[f];
        out.more
            .push((pm.file_name.clone(), pm.source.clone(), items));
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ModKind {
    Entry,
    User,
    Prelude,
}

/// A module a source file imports: its dotted name, where, and whether it
/// may be missing (`from pkg import name` names a submodule only when such
/// a file exists; otherwise it names something defined in `pkg`).
struct ImportReq {
    name: String,
    range: TextRange,
    optional: bool,
}

/// Modules a source file imports (`import a.b`, `from a.b import c`),
/// with the packages that contain them.
fn imported_names(m: &ast::ModModule) -> Vec<ImportReq> {
    let mut out = Vec::new();
    let mut push = |name: &str, range: TextRange, optional: bool| {
        // Importing `a.b.c` imports the packages `a` and `a.b` first.
        let parts: Vec<&str> = name.split('.').collect();
        for i in 1..parts.len() {
            out.push(ImportReq {
                name: parts[..i].join("."),
                range,
                optional: false,
            });
        }
        out.push(ImportReq {
            name: name.to_string(),
            range,
            optional,
        });
    };
    for s in &m.body {
        match s {
            S::Import(i) => {
                for a in &i.names {
                    push(a.name.as_str(), a.range, false);
                }
            }
            S::ImportFrom(i) if i.level == 0 => {
                if let Some(md) = &i.module {
                    push(md.as_str(), md.range, false);
                    for a in &i.names {
                        if a.name.as_str() != "*" {
                            push(&format!("{md}.{}", a.name), a.range, true);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// `rlib` modules whose translated meaning the translator supplies (they
/// replace the files of the program's `rlib` package, which give the
/// CPython meaning): library code, checked where the program uses it.
const RLIB_OVERRIDES: &[(&str, &str)] = &[
    ("rlib.objectmodel", include_str!("rlib/objectmodel.py")),
    ("rlib.rarithmetic", include_str!("rlib/rarithmetic.py")),
];

const BUILTIN_MODULES: &[&str] = &["sys", "os", "time", "typing", "__future__", "math"];

/// Where modules are found: the entry module's directory, then the source
/// root (the directory holding the top-level package that contains the
/// entry module, when the entry module is inside a package). Returns the
/// search directories and the entry module's dotted name.
fn search_path(entry_file: &str) -> (Vec<std::path::PathBuf>, String) {
    let path = std::path::Path::new(entry_file);
    let dir = path.parent().map(|d| d.to_path_buf()).unwrap_or_default();
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("")
        .to_string();
    let mut parts = vec![stem];
    let mut root = dir.clone();
    let is_pkg = |d: &std::path::Path| {
        let d = if d.as_os_str().is_empty() {
            std::path::Path::new(".")
        } else {
            d
        };
        d.join("__init__.py").is_file()
    };
    let mut guard = 0;
    while is_pkg(&root) && guard < 64 {
        guard += 1;
        let abs = if root.as_os_str().is_empty() {
            std::path::PathBuf::from(".")
        } else {
            root.clone()
        };
        let Ok(canon) = abs.canonicalize() else { break };
        let (Some(name), Some(parent)) = (
            canon
                .file_name()
                .and_then(|n| n.to_str())
                .map(str::to_string),
            canon.parent(),
        ) else {
            break;
        };
        parts.insert(0, name);
        root = parent.to_path_buf();
    }
    let mut dirs = vec![dir.clone()];
    if parts.len() > 1 {
        dirs.push(root);
    }
    (dirs, parts.join("."))
}

/// The file of module `name` (dotted) in one of `dirs`: `a/b.py` or the
/// package `a/b/__init__.py`.
fn find_module(dirs: &[std::path::PathBuf], name: &str) -> Option<std::path::PathBuf> {
    let rel: std::path::PathBuf = name.split('.').collect();
    for d in dirs {
        let base = d.join(&rel);
        let file = base.with_extension("py");
        if file.is_file() {
            return Some(file);
        }
        let init = base.join("__init__.py");
        if init.is_file() {
            return Some(init);
        }
    }
    None
}

/// Load every module of the program: user modules and packages imported
/// (transitively) from the entry module, found in the entry module's
/// directory and the source root, then the prelude and the support module.
/// Returns the entry module's dotted name.
fn load_modules(
    entry: &ParsedModule,
    files: &mut Vec<(ParsedModule, ModKind, String)>,
    errs: &mut Vec<(usize, Diagnostic)>,
) -> String {
    let (dirs, entry_name) = search_path(&entry.file_name);
    let prelude_names: HashSet<&str> = PRELUDE_FILES.iter().map(|(n, _)| *n).collect();
    let mut seen: HashSet<String> = HashSet::new();
    seen.insert(entry_name.clone());
    // Work list of (importing file index, request), in source order.
    let mut work: std::collections::VecDeque<(usize, ImportReq)> = imported_names(&entry.module)
        .into_iter()
        .map(|r| (0, r))
        .collect();
    while let Some((from, req)) = work.pop_front() {
        let name = req.name;
        let range = req.range;
        let top = name.split('.').next().unwrap_or("");
        if seen.contains(&name) || BUILTIN_MODULES.contains(&top) {
            continue;
        }
        if RLIB_OVERRIDES.iter().any(|(n, _)| *n == name) {
            seen.insert(name.clone());
            continue;
        }
        let reserved = prelude_names.contains(top) || top == "_fe";
        let path = find_module(&dirs, &name);
        if reserved {
            if path.is_some() && !req.optional {
                errs.push((
                    from,
                    Diagnostic::new(
                        format!("module name `{top}` is reserved"),
                        range,
                        "the translator's library has a module of this name",
                        "rename the module",
                    ),
                ));
            }
            continue;
        }
        let Some(path) = path else {
            if req.optional {
                continue;
            }
            seen.insert(name.clone());
            errs.push((
                from,
                Diagnostic::new(
                    format!("cannot find module `{name}`"),
                    range,
                    "no such module",
                    "modules are `.py` files and packages (directories with `__init__.py`) in the program's directory or its source root; the standard library is not available except sys, os, time and math",
                ),
            ));
            continue;
        };
        seen.insert(name.clone());
        let shown = path.display().to_string();
        let src = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) => {
                errs.push((
                    from,
                    Diagnostic::new(
                        format!("cannot read module `{name}`: {e}"),
                        range,
                        "imported here",
                        "check the file",
                    ),
                ));
                continue;
            }
        };
        let idx = files.len() + 1;
        match crate::parse::parse(&shown, &src) {
            Ok(pm) => {
                for r in imported_names(&pm.module) {
                    work.push_back((idx, r));
                }
                files.push((pm, ModKind::User, name));
            }
            Err(d) => {
                // Report the syntax errors of that file.
                files.push((empty_module(&d.file_name, &d.source), ModKind::User, name));
                for it in d.items {
                    errs.push((idx, it));
                }
            }
        }
    }
    for (name, src) in PRELUDE_FILES {
        if UNTRANSLATED.contains(name) {
            continue;
        }
        let shown = format!("<prelude>/{name}.py");
        match crate::parse::parse(&shown, src) {
            Ok(pm) => files.push((pm, ModKind::Prelude, name.to_string())),
            Err(d) => {
                let idx = files.len() + 1;
                for it in d.items {
                    errs.push((idx, it));
                }
                files.push((
                    empty_module(&d.file_name, &d.source),
                    ModKind::Prelude,
                    name.to_string(),
                ));
            }
        }
    }
    for (name, src) in RLIB_OVERRIDES {
        if !seen.contains(*name) {
            continue;
        }
        let shown = format!("<translator>/{}.py", name.replace('.', "/"));
        match crate::parse::parse(&shown, src) {
            Ok(pm) => files.push((pm, ModKind::Prelude, name.to_string())),
            Err(d) => {
                let idx = files.len() + 1;
                for it in d.items {
                    errs.push((idx, it));
                }
                files.push((
                    empty_module(&d.file_name, &d.source),
                    ModKind::Prelude,
                    name.to_string(),
                ));
            }
        }
    }
    match crate::parse::parse("<translator>/_fe.py", SUPPORT_SOURCE) {
        Ok(pm) => files.push((pm, ModKind::Prelude, "_fe".to_string())),
        Err(d) => {
            let idx = files.len() + 1;
            for it in d.items {
                errs.push((idx, it));
            }
        }
    }
    entry_name
}

/// A module without statements (stands for a file with syntax errors).
fn empty_module(file_name: &str, source: &str) -> ParsedModule {
    ParsedModule {
        file_name: file_name.to_string(),
        source: source.to_string(),
        module: ast::ModModule {
            node_index: Default::default(),
            range: TextRange::default(),
            body: Default::default(),
        },
    }
}

// ----- declarations ------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum DefVal {
    Const(Const),
    None,
}

/// A class-level value: a constant, or a value evaluated at start.
#[derive(Clone, Debug)]
pub(crate) enum ClassVal {
    Const(Const),
    Global(usize),
}

/// What a synthesized getter method returns.
pub(crate) enum Getter {
    Class(ClassVal),
    /// A parameter's default value, of the parameter's type.
    Default(DefVal, Ty),
}

#[derive(Clone, Debug)]
pub(crate) struct Sig {
    /// IR name.
    pub name: String,
    /// Python name (for messages).
    pub display: String,
    pub params: Vec<(String, Ty)>,
    pub defaults: Vec<Option<DefVal>>,
    pub ret: Ty,
    pub range: TextRange,
    pub is_static: bool,
}

pub(crate) struct FieldDecl {
    pub name: String,
    pub ty: Option<Ty>,
    pub range: TextRange,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum InitState {
    NotChecked,
    InProgress,
    Done,
}

pub(crate) struct ClassDecl<'a> {
    /// IR name.
    pub name: String,
    pub parent: Option<String>,
    pub builtin: bool,
    pub fields: Vec<FieldDecl>,
    pub methods: Vec<String>,
    pub sigs: HashMap<String, Sig>,
    /// Class-level constants.
    pub consts: HashMap<String, Const>,
    /// Class-level values that are not literals (evaluated where used).
    pub globals: HashMap<String, usize>,
    pub ast: Option<&'a ast::StmtClassDef>,
    pub init_state: InitState,
    pub module: usize,
    pub subst: Vec<(String, Ty)>,
    /// Whether the class is part of the output (prelude classes only
    /// when used).
    pub used: bool,
    /// Synthesized classes (tuples, callables) have no source.
    pub synthetic: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Const {
    Int(i64),
    Str(String),
    Bool(bool),
    Float(u64),
    Bytes(Vec<u8>),
}

impl Const {
    pub fn ty(&self) -> Ty {
        match self {
            Const::Int(_) => Ty::Int,
            Const::Str(_) => Ty::Str,
            Const::Bool(_) => Ty::Bool,
            Const::Float(_) => Ty::Float,
            Const::Bytes(_) => Ty::Bytes,
        }
    }
    pub fn expr(&self, r: TextRange) -> t::Expr {
        use t::ExprKind as K;
        let k = match self {
            Const::Int(v) => K::Int(*v),
            Const::Str(s) => K::Str(s.clone()),
            Const::Bool(b) => K::Bool(*b),
            Const::Float(f) => K::Float(*f),
            Const::Bytes(b) => K::Bytes(b.clone()),
        };
        t::Expr::new(k, self.ty(), r)
    }
}

/// What a module-level name denotes.
#[derive(Clone, Debug)]
pub(crate) enum Item {
    Func(String),
    GenFunc(usize),
    Class(String),
    GenClass(usize),
    Const(Const),
    Module(usize),
    TypeVar(String),
    /// `_prims`.
    Prims,
    /// A builtin module (`sys`, `os`, `time`, `typing`, `math`).
    Builtin(String),
    /// A name imported from `typing` (`Callable`, `Optional`, ...).
    #[allow(dead_code)]
    Typing(String),
    /// A module-level value that is not a literal (evaluated where used).
    Global(usize),
    /// A name imported from another module, resolved after declaration.
    Pending(usize, String),
}

pub(crate) struct ModInfo<'a> {
    pub name: String,
    pub prefix: String,
    pub kind: ModKind,
    pub ast: &'a ast::ModModule,
    pub source: &'a str,
    pub names: HashMap<String, Item>,
}

/// A module- or class-level value that is not a literal constant. It is
/// evaluated once, when the program starts, by its own initializer
/// function (which stores it in a field of `ir::GLOBALS_CLASS`); every use
/// reads that field.
pub(crate) struct GlobalDef<'a> {
    pub module: usize,
    pub value: &'a E,
    pub ann: Option<&'a E>,
    pub name: String,
    pub state: GlobalState,
    /// The value's type (from the annotation as soon as checking starts).
    pub ty: Option<Ty>,
    /// Position in the program's initialization order (user modules).
    pub order: Option<usize>,
    /// The initializer function, once checked (none after an error).
    pub init: Option<t::FuncInfo>,
    /// For a class-level value: its class and the class-level names
    /// assigned before it in the class body, which its value may read by
    /// bare name (the class body is a scope, as in CPython).
    pub class_scope: Option<Vec<(String, ClassVal)>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum GlobalState {
    Unchecked,
    InProgress,
    Done,
}

impl<'a> GlobalDef<'a> {
    fn new(module: usize, value: &'a E, ann: Option<&'a E>, name: &str) -> GlobalDef<'a> {
        GlobalDef {
            module,
            value,
            ann,
            name: name.to_string(),
            state: GlobalState::Unchecked,
            ty: None,
            order: None,
            init: None,
            class_scope: None,
        }
    }
}

/// IR name of the function that runs every initializer, in order.
const INIT_ALL: &str = "$init";

/// IR name of the initializer of global `gi` (`eval_global` reads `gi`
/// back from it).
pub(crate) fn init_name(gi: usize) -> String {
    format!("$init$g{gi}")
}

/// Field of `ir::GLOBALS_CLASS` holding global `gi`.
fn global_field(name: &str, gi: usize) -> String {
    format!("{name}${gi}")
}

pub(crate) struct GenFunc<'a> {
    pub module: usize,
    pub ast: &'a ast::StmtFunctionDef,
    /// For a generic method: not used (methods of generic classes are
    /// instantiated with their class).
    pub name: String,
}

pub(crate) struct GenClass<'a> {
    pub module: usize,
    pub ast: &'a ast::StmtClassDef,
    pub tvars: Vec<String>,
}

/// A function body to check.
#[derive(Clone)]
pub(crate) struct Work<'a> {
    pub name: String,
    pub ast: &'a ast::StmtFunctionDef,
    pub class: Option<String>,
    pub module: usize,
    pub subst: Vec<(String, Ty)>,
    /// For library code: the program location that made it needed.
    pub site: Option<(usize, TextRange)>,
}

pub(crate) struct Ctx<'a> {
    pub diags: Vec<(usize, Diagnostic)>,
    pub mods: Vec<ModInfo<'a>>,
    pub classes: Vec<ClassDecl<'a>>,
    pub class_idx: HashMap<String, usize>,
    pub funcs: HashMap<String, Sig>,
    /// Every function body of the program (and of used library code), in
    /// order: checked when needed.
    pub func_list: Vec<Work<'a>>,
    pub work_idx: HashMap<String, usize>,
    pub bodies: HashMap<String, t::FuncInfo>,
    /// Names whose body must be checked (library code on demand).
    pub needed: Vec<String>,
    pub needed_set: HashSet<String>,
    pub gfuncs: Vec<GenFunc<'a>>,
    pub gclasses: Vec<GenClass<'a>>,
    /// Library functions by Python name (prelude first, then support).
    pub lib: HashMap<String, Item>,
    /// Current module and type-variable substitution.
    pub cur_mod: usize,
    pub cur_subst: Vec<(String, Ty)>,
    /// While computing generic signatures: type variables become `?T`.
    pub tvar_mode: bool,
    /// Functions synthesized by the checker (tuple helpers, lambdas).
    pub synth: Vec<t::FuncInfo>,
    pub synth_names: HashSet<String>,
    /// Special methods whose default behaviour is being built by
    /// `dispatch_down` (its default must not dispatch again).
    pub down_off: Vec<String>,
    /// The range of the expression a consumer that walks its argument
    /// (loops, `list(...)`, `len(...)`, `in`...) is typing: a dict view
    /// (`d.keys()`) is accepted only there.
    pub view_ok: Vec<TextRange>,
    /// The range of the argument `len(...)` is typing (`len` of an
    /// iterator is CPython's TypeError).
    pub len_arg: Vec<TextRange>,
    /// Per module: the first (in source order) set display of constants
    /// that CPython turns into each frozenset constant (by its canonical
    /// constant key); see `check_expr::shared_const_sets`.
    pub const_sets: HashMap<usize, HashMap<String, &'a ast::ExprSet>>,
    #[allow(dead_code)]
    pub lambda_counter: usize,
    /// While a class body is collected: the class-level names assigned so
    /// far, with their current values (`const_eval` reads bare names there
    /// first, as CPython's class scope does).
    pub class_body: Option<Vec<(String, ClassVal)>>,
    pub arena: &'a Arena,
    pub globals: Vec<GlobalDef<'a>>,
    /// The last program location that used library code, and the one of
    /// the library body being checked (errors there are reported at it).
    pub last_site: Option<(usize, TextRange)>,
    pub work_site: Option<(usize, TextRange)>,
    /// Whether the program builds a `SystemExit` with a str (whose message
    /// is printed when it escapes `main`).
    pub exit_text: bool,
    /// Where the program first builds a `SystemExit` with a str code.
    pub exit_text_site: Option<(usize, TextRange)>,
    /// Reads of `SystemExit.code` (`e.code`), by module: an `int | None`
    /// that cannot hold the str CPython gives for a str code.
    pub exit_code_reads: Vec<(usize, TextRange)>,
    /// Uses of narrowed paths after calls that may have changed them, by
    /// module (decided by [`crate::check_narrow::check`]).
    pub stale_uses: Vec<(usize, StaleUse)>,
}

/// Per-function checking state.
pub(crate) struct Fx {
    pub class: Option<String>,
    /// Set while checking `C.__init__`.
    pub init_of: Option<String>,
    pub self_name: Option<String>,
    pub ret: Ty,
    pub fname: String,
    /// The IR name of the function (lambda classes are named after it).
    pub irname: String,
    pub locals: Vec<(String, Ty)>,
    /// Names assigned anywhere in the function (they are local throughout).
    pub assigned: HashSet<String>,
    /// The parameters and the names assigned other than by `except ...
    /// as name` (see `check_handler_name`).
    pub bound_outside_handlers: HashSet<String>,
    pub loop_depth: usize,
    pub handler_depth: usize,
    /// Narrowed types of locals and attribute paths (`x`, `self.next`),
    /// innermost last.
    pub narrow: Vec<Narrow>,
    /// Code that may run user code (calls), in checking order; recorded
    /// once `watching` (see [`crate::check_narrow`]).
    pub events: Vec<crate::check_narrow::Event>,
    /// Whether a narrowing that calls may invalidate was ever made.
    pub watching: bool,
    /// Cells that a nested function assigns (`nonlocal`): calls may
    /// change them.
    pub nl_cells: HashSet<String>,
    /// The loops of the function: the length of `events` when entered,
    /// and once they end.
    pub loops: Vec<(usize, Option<usize>)>,
    /// Loops inside expressions (comprehensions, generators) not ended
    /// yet: they end with the statement.
    pub expr_loops: Vec<usize>,
    /// Uses of narrowings that calls may have invalidated, decided once
    /// the whole program is checked.
    pub stale_uses: Vec<StaleUse>,
    /// `except ... as name` bindings in scope: (Python name, unique name).
    pub scopes: Vec<(String, String)>,
    pub scope_counter: usize,
    /// Variables of enclosing functions a nested function or lambda may
    /// read: (name, type, expression that reads it inside this function).
    pub captured: Vec<(String, Ty, t::Expr)>,
    pub hidden_counter: usize,
    /// Locals that closures capture (kept in `NAME$cell` objects).
    pub cells: std::collections::BTreeSet<String>,
    /// Names declared `nonlocal` (written through the captured cell).
    pub nonlocals: Vec<String>,
}

impl Fx {
    /// The unique name of a variable (handler-bound names are renamed).
    pub fn iname(&self, n: &str) -> String {
        self.scopes
            .iter()
            .rev()
            .find(|(p, _)| p == n)
            .map(|(_, i)| i.clone())
            .unwrap_or_else(|| n.to_string())
    }

    pub fn local(&self, n: &str) -> Option<&Ty> {
        let n = self.iname(n);
        self.locals.iter().find(|(x, _)| *x == n).map(|(_, t)| t)
    }

    /// A fresh hidden local.
    pub fn hidden(&mut self, what: &str, ty: Ty) -> String {
        self.hidden_counter += 1;
        let n = format!("${what}{}", self.hidden_counter);
        self.locals.push((n.clone(), ty));
        n
    }

    pub fn new(name: &str, ret: Ty, params: Vec<(String, Ty)>) -> Fx {
        Fx {
            class: None,
            init_of: None,
            self_name: None,
            ret,
            fname: name.to_string(),
            irname: name.to_string(),
            locals: params,
            assigned: HashSet::new(),
            bound_outside_handlers: HashSet::new(),
            loop_depth: 0,
            handler_depth: 0,
            narrow: Vec::new(),
            events: Vec::new(),
            watching: false,
            nl_cells: HashSet::new(),
            loops: Vec::new(),
            expr_loops: Vec::new(),
            stale_uses: Vec::new(),
            scopes: Vec::new(),
            scope_counter: 0,
            captured: Vec::new(),
            hidden_counter: 0,
            cells: Default::default(),
            nonlocals: Vec::new(),
        }
    }
}

pub(crate) fn unsupported(what: &str, range: TextRange, help: &str) -> Diagnostic {
    Diagnostic::new(
        format!("unsupported construct: {what}"),
        range,
        "not supported by the RPython translator",
        help,
    )
}

pub(crate) fn stmt_kind(s: &S) -> &'static str {
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

pub(crate) fn expr_kind(e: &E) -> &'static str {
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

/// Builtin functions (names a module may not redefine).
pub(crate) const BUILTIN_FUNCS: &[&str] = &[
    "print",
    "len",
    "str",
    "range",
    "isinstance",
    "super",
    "int",
    "float",
    "bool",
    "repr",
    "abs",
    "min",
    "max",
    "sum",
    "sorted",
    "reversed",
    "enumerate",
    "zip",
    "ord",
    "chr",
    "hash",
    "divmod",
    "round",
    "hex",
    "oct",
    "bin",
    "list",
    "dict",
    "set",
    "tuple",
    "bytes",
    "pow",
    "format",
    "any",
    "all",
];

/// A set member or dict key type inside `t` that CPython cannot hash
/// (a list, dict or set).
fn unhashable_key(t: &Ty) -> Option<&Ty> {
    match t {
        Ty::Set(k) | Ty::Dict(k, _) if matches!(**k, Ty::List(_) | Ty::Dict(..) | Ty::Set(_)) => {
            Some(k)
        }
        Ty::Set(k) => unhashable_key(k),
        Ty::Dict(k, v) => unhashable_key(k).or_else(|| unhashable_key(v)),
        Ty::List(x) | Ty::Optional(x) | Ty::TupleVar(x) => unhashable_key(x),
        Ty::Tuple(ts) => ts.iter().find_map(unhashable_key),
        Ty::Func(ps, r) => ps
            .iter()
            .find_map(unhashable_key)
            .or_else(|| unhashable_key(r)),
        _ => None,
    }
}

pub(crate) fn is_main_guard(test: &E) -> bool {
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
pub(crate) fn collect_assigned(stmts: &[S], out: &mut HashSet<String>) {
    collect_bindings(stmts, out, true);
}

/// The names a function's parameters and its assignments other than
/// `except ... as name` bind.
pub(crate) fn bound_outside_handlers(stmts: &[S], params: &[(String, Ty)]) -> HashSet<String> {
    let mut out: HashSet<String> = params.iter().map(|(n, _)| n.clone()).collect();
    collect_bindings(stmts, &mut out, false);
    out
}

/// Names assigned anywhere in a function body; with `handlers`, also the
/// names `except ... as` binds.
fn collect_bindings(stmts: &[S], out: &mut HashSet<String>, handlers: bool) {
    let collect_assigned =
        |ss: &[S], out: &mut HashSet<String>| collect_bindings(ss, out, handlers);
    fn target(e: &E, out: &mut HashSet<String>) {
        match e {
            E::Name(n) => {
                out.insert(n.id.to_string());
            }
            E::Tuple(t) => t.elts.iter().for_each(|x| target(x, out)),
            E::List(t) => t.elts.iter().for_each(|x| target(x, out)),
            E::Starred(s) => target(&s.value, out),
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
            S::With(w) => {
                for it in &w.items {
                    if let Some(v) = &it.optional_vars {
                        target(v, out);
                    }
                }
                collect_assigned(&w.body, out);
            }
            S::FunctionDef(f) => {
                out.insert(f.name.to_string());
            }
            S::Try(tr) => {
                collect_assigned(&tr.body, out);
                for h in &tr.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = h.name.as_ref().filter(|_| handlers) {
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
            S::With(w) => collect_self_attrs(&w.body, self_name, out),
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

/// A slice without its first element (empty if there is none).
pub(crate) fn tail<T>(v: &[T]) -> &[T] {
    v.get(1..).unwrap_or(&[])
}

pub(crate) fn neg_literal(i: &ast::Int) -> Option<i64> {
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

pub(crate) fn too_large(r: TextRange) -> Diagnostic {
    Diagnostic::new(
        "integer literal too large",
        r,
        "does not fit in 64 bits",
        "ints are 64-bit signed: from -9223372036854775808 to 9223372036854775807",
    )
}

pub(crate) fn mismatch(expected: &Ty, found: &Ty, r: TextRange, help: &str) -> Diagnostic {
    // A bool is not widened to an int where it would be kept: CPython
    // keeps `True`, which prints differently from `1`.
    let help = if (expected, found) == (&Ty::Int, &Ty::Bool) {
        format!(
            "{help}; a bool stays a bool on CPython (it prints as `True`): convert it with `int(...)`"
        )
    } else {
        help.to_string()
    };
    Diagnostic::new(
        format!("mismatched types: expected `{expected}`, found `{found}`"),
        r,
        format!("expected `{expected}`"),
        help,
    )
}

pub(crate) fn operand_error(op: &str, a: &Ty, b: &Ty, r: TextRange) -> Diagnostic {
    Diagnostic::new(
        format!("unsupported operand types for `{op}`: `{a}` and `{b}`"),
        r,
        format!("`{a}` {op} `{b}`"),
        "arithmetic needs two numbers; `+` also joins two strs, bytes, lists or tuples, `*` repeats a sequence",
    )
}

pub(crate) fn not_callable(what: &str, ty: &Ty, r: TextRange) -> Diagnostic {
    Diagnostic::new(
        format!("`{what}` is not a function"),
        r,
        format!("this is `{ty}`"),
        "only functions, methods, classes and `Callable` values can be called",
    )
}

pub(crate) fn unknown_attr(class: &str, attr: &str, r: TextRange) -> Diagnostic {
    let class = crate::types::show_class(class);
    Diagnostic::new(
        format!("unknown attribute `{attr}` of `{class}`"),
        r,
        "no such attribute",
        format!("attributes of `{class}` are those assigned in `__init__` (`self.{attr} = ...`)"),
    )
}

pub(crate) fn unknown_method(ty: &Ty, m: &str, r: TextRange, help: &str) -> Diagnostic {
    Diagnostic::new(
        format!("unknown method `{m}` of `{ty}`"),
        r,
        "no such method",
        help,
    )
}

/// The range of a string literal's contents (inside the quotes).
fn string_inner(src: &str, r: TextRange) -> Option<TextRange> {
    let s = src.get(usize::from(r.start())..usize::from(r.end()))?;
    let body = s.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let prefix = s.len() - body.len();
    if prefix > 0 {
        return None;
    }
    let q = if body.starts_with("\"\"\"") || body.starts_with("'''") {
        3
    } else {
        1
    };
    if body.len() < 2 * q {
        return None;
    }
    Some(TextRange::new(
        r.start() + TextSize::from(q as u32),
        r.end() - TextSize::from(q as u32),
    ))
}

/// Storage for AST nodes the checker synthesizes (they must live as long
/// as the parsed modules).
#[derive(Default)]
#[allow(clippy::vec_box)]
pub(crate) struct Arena {
    nodes: std::cell::RefCell<Vec<Box<E>>>,
}

impl Arena {
    pub fn alloc(&self, e: E) -> &E {
        let b = Box::new(e);
        let p: *const E = &*b;
        self.nodes.borrow_mut().push(b);
        // SAFETY: the node is boxed (its address never changes) and the
        // box is only dropped with the arena, which outlives every
        // reference handed out (they borrow `self`).
        unsafe { &*p }
    }
}

impl<'a> Ctx<'a> {
    pub fn arena_expr(&self, e: E) -> &'a E {
        self.arena.alloc(e)
    }

    /// The call `c` (same callee and ranges) with other arguments, in the
    /// arena: a call rewritten into a form the checker handles.
    pub fn arena_call(
        &self,
        c: &ast::ExprCall,
        args: Vec<E>,
        keywords: &[ast::Keyword],
    ) -> Option<&'a ast::ExprCall> {
        match self.arena_expr(E::Call(ast::ExprCall {
            node_index: Default::default(),
            range_start: c.range().start(),
            func: c.func.clone(),
            arguments: ast::Arguments {
                range: c.arguments.range,
                node_index: Default::default(),
                args: args.into_boxed_slice(),
                keywords: keywords.iter().cloned().collect(),
            },
        })) {
            E::Call(c) => Some(c),
            _ => None,
        }
    }

    fn new(all: &[(&'a ParsedModule, ModKind)], names: &[String], arena: &'a Arena) -> Ctx<'a> {
        let mods = all
            .iter()
            .enumerate()
            .map(|(i, (pm, kind))| {
                let name = names.get(i).cloned().unwrap_or_else(|| "m".to_string());
                ModInfo {
                    prefix: if i == 0 {
                        String::new()
                    } else {
                        format!("{}$", name.replace('.', "$"))
                    },
                    name,
                    kind: *kind,
                    ast: &pm.module,
                    source: &pm.source,
                    names: HashMap::new(),
                }
            })
            .collect();
        Ctx {
            diags: Vec::new(),
            mods,
            classes: Vec::new(),
            class_idx: HashMap::new(),
            funcs: HashMap::new(),
            func_list: Vec::new(),
            work_idx: HashMap::new(),
            bodies: HashMap::new(),
            needed: Vec::new(),
            needed_set: HashSet::new(),
            gfuncs: Vec::new(),
            gclasses: Vec::new(),
            lib: HashMap::new(),
            cur_mod: 0,
            cur_subst: Vec::new(),
            tvar_mode: false,
            synth: Vec::new(),
            synth_names: HashSet::new(),
            down_off: Vec::new(),
            view_ok: Vec::new(),
            len_arg: Vec::new(),
            const_sets: HashMap::new(),
            lambda_counter: 0,
            class_body: None,
            arena,
            globals: Vec::new(),
            last_site: None,
            work_site: None,
            exit_text: false,
            exit_text_site: None,
            exit_code_reads: Vec::new(),
            stale_uses: Vec::new(),
        }
    }

    /// The program location on whose behalf code is checked now.
    pub fn cur_site(&self) -> Option<(usize, TextRange)> {
        if self.is_lib(self.cur_mod) {
            self.work_site
        } else {
            self.last_site
        }
    }

    pub fn err(&mut self, d: Diagnostic) {
        if self.is_lib(self.cur_mod)
            && let Some((m, r)) = self.work_site
            && !self.is_lib(m)
        {
            // An error in library code instantiated for the program: show
            // it where the program uses it.
            let src = self.mods[self.cur_mod].source;
            let at = d
                .range
                .map(|x| usize::from(x.start()))
                .unwrap_or(0)
                .min(src.len());
            let line = src[..at].matches('\n').count() + 1;
            let file = format!("{}.py", self.mods[self.cur_mod].name);
            if self
                .diags
                .iter()
                .any(|(dm, x)| *dm == m && x.range == Some(r) && x.message == d.message)
            {
                return;
            }
            self.diags.push((
                m,
                Diagnostic::new(
                    d.message,
                    r,
                    "this use of a builtin operation does not type-check",
                    format!("in the library ({file}:{line}): {}", d.help),
                ),
            ));
            return;
        }
        self.diags.push((self.cur_mod, d));
    }

    pub fn is_lib(&self, m: usize) -> bool {
        self.mods[m].kind == ModKind::Prelude
    }

    pub fn class(&self, n: &str) -> Option<&ClassDecl<'a>> {
        self.class_idx.get(n).map(|&i| &self.classes[i])
    }

    pub fn ancestry(&self, n: &str) -> Vec<String> {
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

    pub fn is_subclass(&self, sub: &str, sup: &str) -> bool {
        self.ancestry(sub).iter().any(|c| c == sup)
    }

    pub fn is_exception(&self, c: &str) -> bool {
        self.is_subclass(c, ir::EXCEPTION_ROOT)
    }

    pub fn assignable(&self, from: &Ty, to: &Ty) -> bool {
        match (from, to) {
            (Ty::Unknown, _) | (_, Ty::Unknown) => true,
            (Ty::Class(a), Ty::Class(b)) => self.is_subclass(a, b),
            (Ty::Class(a), t @ (Ty::Dict(..) | Ty::Set(_)))
            | (t @ (Ty::Dict(..) | Ty::Set(_)), Ty::Class(a)) => *a == t.mangle(),
            (Ty::List(a), Ty::List(b)) => a.is_unknown() || b.is_unknown() || a == b,
            (Ty::Dict(a, b), Ty::Dict(c, d)) => {
                (a.is_unknown() || c.is_unknown() || a == c)
                    && (b.is_unknown() || d.is_unknown() || b == d)
            }
            (Ty::Set(a), Ty::Set(b)) | (Ty::TupleVar(a), Ty::TupleVar(b)) => {
                a.is_unknown() || b.is_unknown() || a == b
            }
            (Ty::None, Ty::Optional(_)) => true,
            (Ty::Optional(a), Ty::Optional(b)) => self.assignable(a, b),
            (a, Ty::Optional(b)) => self.assignable(a, b),
            (Ty::Tuple(a), Ty::Tuple(b)) => {
                a.len() == b.len()
                    && a.iter()
                        .zip(b)
                        .all(|(x, y)| x == y || x.is_unknown() || y.is_unknown())
            }
            _ => from == to,
        }
    }

    /// The most specific type both values fit in.
    pub fn join(&self, a: &Ty, b: &Ty) -> Option<Ty> {
        match (a, b) {
            (Ty::Unknown, x) | (x, Ty::Unknown) => Some(x.clone()),
            (Ty::Class(x), Ty::Class(y)) => {
                let ay = self.ancestry(y);
                self.ancestry(x)
                    .into_iter()
                    .find(|c| ay.contains(c))
                    .map(Ty::Class)
            }
            (Ty::None, x) | (x, Ty::None)
                if x.is_ref() || matches!(x, Ty::Int | Ty::Float | Ty::Bool) =>
            {
                Some(Ty::opt(x.clone()))
            }
            (Ty::None, Ty::Optional(x)) | (Ty::Optional(x), Ty::None) => {
                Some(Ty::Optional(x.clone()))
            }
            (Ty::Optional(x), y) | (y, Ty::Optional(x)) => {
                let j = self.join(x, y.strip_opt())?;
                Some(Ty::opt(j))
            }
            (Ty::List(x), Ty::List(y)) if x.is_unknown() => Some(Ty::List(y.clone())),
            (Ty::List(x), Ty::List(y)) if y.is_unknown() => Some(Ty::List(x.clone())),
            _ if a == b => Some(a.clone()),
            _ => None,
        }
    }

    // ----- names ----------------------------------------------------------

    /// Resolve a module-level name in module `m` (following imports).
    pub fn resolve(&self, m: usize, name: &str) -> Option<Item> {
        let mut cur = (m, name.to_string());
        for _ in 0..32 {
            match self.mods.get(cur.0)?.names.get(&cur.1)? {
                Item::Pending(m2, n2) => cur = (*m2, n2.clone()),
                it => return Some(it.clone()),
            }
        }
        None
    }

    /// Resolve a name or a dotted path through modules (`a.b.C` where `a`
    /// and `a.b` are modules) in module `m`. Locals are not considered:
    /// callers check that the leftmost name is not a local.
    pub fn dotted_item(&self, m: usize, e: &E) -> Option<Item> {
        match e {
            E::Name(n) => self.resolve(m, n.id.as_str()),
            E::Attribute(a) => match self.dotted_item(m, &a.value)? {
                Item::Module(mi) => self.resolve(mi, a.attr.as_str()),
                _ => None,
            },
            _ => None,
        }
    }

    /// The module a name or dotted path denotes.
    pub fn module_expr(&self, m: usize, e: &E) -> Option<usize> {
        match self.dotted_item(m, e)? {
            Item::Module(mi) => Some(mi),
            _ => None,
        }
    }

    fn define(&mut self, m: usize, n: &str, it: Item, r: TextRange) -> bool {
        if self.mods[m].names.contains_key(n) || (m == 0 && BUILTIN_FUNCS.contains(&n)) {
            self.err(Diagnostic::new(
                format!("`{n}` is defined more than once"),
                r,
                "redefined here",
                "every module-level name (function, class, constant) must be defined once and must not shadow a builtin",
            ));
            return false;
        }
        self.mods[m].names.insert(n.to_string(), it);
        true
    }

    fn add_class(&mut self, c: ClassDecl<'a>) {
        self.class_idx.insert(c.name.clone(), self.classes.len());
        self.classes.push(c);
    }

    pub(crate) fn module_index(&self, name: &str) -> Option<usize> {
        self.mods.iter().position(|m| m.name == name)
    }

    // ----- module level -------------------------------------------------

    fn run(&mut self) {
        for (name, parent) in ir::BUILTIN_EXCEPTIONS {
            self.add_class(ClassDecl {
                name: name.to_string(),
                parent: parent.map(str::to_string),
                builtin: true,
                fields: ir::builtin_fields(name)
                    .into_iter()
                    .map(|f| FieldDecl {
                        name: f.name,
                        ty: Some(match f.ty {
                            ir::Type::Int => Ty::Int,
                            _ => Ty::Str,
                        }),
                        range: TextRange::default(),
                    })
                    .collect(),
                methods: vec![],
                sigs: HashMap::new(),
                consts: HashMap::new(),
                globals: HashMap::new(),
                ast: None,
                init_state: InitState::Done,
                module: 0,
                subst: vec![],
                used: true,
                synthetic: false,
            });
        }
        let n = self.mods.len();
        let mut class_defs: Vec<(usize, &'a ast::StmtClassDef)> = Vec::new();
        let mut func_defs: Vec<(usize, &'a ast::StmtFunctionDef)> = Vec::new();
        for m in 0..n {
            self.cur_mod = m;
            self.declare_module(m, &mut class_defs, &mut func_defs);
        }
        // A package's submodules are its attributes (`import a.b` sets
        // `a.b`), unless the package defines the name itself.
        for m in 0..n {
            if self.mods[m].kind == ModKind::Prelude && !self.mods[m].name.starts_with("rlib.") {
                continue;
            }
            if let Some((parent, child)) = self.mods[m].name.rsplit_once('.')
                && let Some(pi) = self.module_index(parent)
                && self.mods[pi].kind != ModKind::Prelude
                && !self.mods[pi].names.contains_key(child)
            {
                let child = child.to_string();
                self.mods[pi].names.insert(child, Item::Module(m));
            }
        }
        // Library lookup table: prelude modules in order, then support.
        for m in 0..n {
            if self.mods[m].kind != ModKind::Prelude || self.mods[m].name.contains('.') {
                continue;
            }
            let names: Vec<(String, Item)> = self.mods[m]
                .names
                .iter()
                .filter(|(_, it)| {
                    matches!(
                        it,
                        Item::Func(_) | Item::GenFunc(_) | Item::Class(_) | Item::GenClass(_)
                    )
                })
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            for (k, v) in names {
                self.lib.entry(k).or_insert(v);
            }
        }
        // Class parents.
        for &(m, c) in &class_defs {
            self.cur_mod = m;
            let parent = self.class_parent(m, c);
            let irn = format!("{}{}", self.mods[m].prefix, c.name);
            if let Some(&i) = self.class_idx.get(&irn) {
                self.classes[i].parent = parent;
            }
        }
        for &(m, c) in &class_defs {
            self.cur_mod = m;
            let irn = format!("{}{}", self.mods[m].prefix, c.name);
            let anc = self.ancestry(&irn);
            if let Some(last) = anc.last()
                && self.class(last).and_then(|k| k.parent.as_ref()).is_some()
            {
                self.err(Diagnostic::new(
                    "inheritance cycle",
                    c.name.range,
                    "this class derives from itself",
                    "remove the cycle from the base classes",
                ));
                if let Some(&i) = self.class_idx.get(&irn) {
                    self.classes[i].parent = None;
                }
            }
        }
        // Signatures.
        for &(m, f) in &func_defs {
            self.cur_mod = m;
            let irn = format!("{}{}", self.mods[m].prefix, f.name);
            if self.is_generic_def(m, f) {
                let gi = self.gfuncs.len();
                self.gfuncs.push(GenFunc {
                    module: m,
                    ast: f,
                    name: f.name.to_string(),
                });
                self.mods[m]
                    .names
                    .insert(f.name.to_string(), Item::GenFunc(gi));
                if self.mods[m].kind == ModKind::Prelude {
                    self.lib.insert(f.name.to_string(), Item::GenFunc(gi));
                }
                continue;
            }
            if let Some(mut sig) = self.signature(f, None) {
                sig.name = irn.clone();
                self.funcs.insert(irn.clone(), sig);
            }
            self.push_work(Work {
                name: irn,
                ast: f,
                class: None,
                module: m,
                subst: vec![],
                site: None,
            });
        }
        for &(m, c) in &class_defs {
            self.cur_mod = m;
            let irn = format!("{}{}", self.mods[m].prefix, c.name);
            self.class_body(&irn, c);
        }
        self.global_order();
        for &(m, c) in &class_defs {
            self.cur_mod = m;
            let irn = format!("{}{}", self.mods[m].prefix, c.name);
            self.check_overrides(&irn);
        }
        let mut done: HashSet<String> = HashSet::new();
        for &(m, c) in &class_defs {
            self.cur_mod = m;
            let irn = format!("{}{}", self.mods[m].prefix, c.name);
            self.declare_fields(&irn, &mut done);
        }
        self.check_inits();
        self.cur_mod = 0;
        self.check_main();
        if !self.diags.is_empty() {
            return;
        }
        // Bodies of the program's own modules; library code on demand.
        let list: Vec<Work<'a>> = self.func_list.clone();
        for w in list {
            if self.is_lib(w.module) {
                continue;
            }
            self.check_work(&w);
        }
        // Every value of the program's modules is evaluated at start, used
        // or not.
        let mut user_globals: Vec<(usize, usize)> = (0..self.globals.len())
            .filter_map(|gi| self.globals[gi].order.map(|o| (o, gi)))
            .collect();
        user_globals.sort();
        for (_, gi) in user_globals {
            if self.globals[gi].state == GlobalState::Unchecked {
                self.check_global(gi);
            }
        }
        for c in 0..self.classes.len() {
            if !self.classes[c].builtin
                && !self.classes[c].synthetic
                && !self.is_lib(self.classes[c].module)
            {
                let name = self.classes[c].name.clone();
                self.use_class(&name);
            }
        }
        self.drain();
        self.check_exit_code_reads();
        self.entry_wrapper();
        self.drain();
        // Fields whose type was never inferred (never assigned a typed value).
        for i in 0..self.classes.len() {
            if !self.classes[i].used {
                continue;
            }
            for fi in 0..self.classes[i].fields.len() {
                if self.classes[i].fields[fi].ty.is_none() {
                    self.cur_mod = self.classes[i].module;
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

    /// `e.code` of a `SystemExit` is an `int | None`; in a program that
    /// also exits with a str (`sys.exit("message")`), CPython would give
    /// that str there, which the static type cannot hold: every such read
    /// is an error.
    fn check_exit_code_reads(&mut self) {
        let Some((sm, sr)) = self.exit_text_site else {
            return;
        };
        let src = self.mods[sm].source;
        let at = u32::from(sr.start()) as usize;
        let line = src
            .get(..at.min(src.len()))
            .map_or(1, |s| s.matches('\n').count() + 1);
        let file = if sm == 0 {
            String::new()
        } else {
            format!(" of `{}`", self.mods[sm].name)
        };
        for (m, r) in std::mem::take(&mut self.exit_code_reads) {
            self.diags.push((
                m,
                Diagnostic::new(
                    "`SystemExit.code` is not available in a program that exits with a str",
                    r,
                    "on CPython this may be a str, which is not an `int | None`",
                    format!(
                        "the exit with a str code on line {line}{file} makes `e.code` a str there; exit with an int code (write the message to stderr first), or do not read `e.code`"
                    ),
                ),
            ));
        }
    }

    /// The program's entry when it needs more than `main` (the builder
    /// renames it `main`, see `typed::ENTRY_WRAPPER`): evaluate the module
    /// values, run `main`, and write the message of a `SystemExit` with a
    /// str code escaping it to stderr (as CPython does).
    fn entry_wrapper(&mut self) {
        let has_init = self.globals.iter().any(|g| g.init.is_some());
        if !has_init && !self.exit_text {
            return;
        }
        let r = self.funcs.get("main").map(|s| s.range).unwrap_or_default();
        let argv_ty = Ty::list(Ty::Str);
        let mut fx = Fx::new("main", Ty::Int, vec![("argv".to_string(), argv_ty.clone())]);
        fx.irname = t::ENTRY_WRAPPER.to_string();
        let mut body = Vec::new();
        if has_init {
            body.push(t::Stmt::Expr(t::Expr::new(
                t::ExprKind::Call(INIT_ALL.to_string(), vec![]),
                Ty::None,
                r,
            )));
        }
        let argv = t::Expr::new(t::ExprKind::Local("argv".into()), argv_ty, r);
        let call = t::Expr::new(t::ExprKind::Call("main".into(), vec![argv]), Ty::Int, r);
        body.push(t::Stmt::Return(Some(call), r));
        if self.exit_text {
            let exit_ty = Ty::Class("SystemExit".into());
            let e = fx.hidden("exit", exit_ty.clone());
            let local = t::Expr::new(t::ExprKind::Local(e.clone()), exit_ty, r);
            let code = t::Expr::new(
                t::ExprKind::GetField {
                    class: "SystemExit".into(),
                    field: "code".into(),
                    obj: Box::new(local.clone()),
                },
                Ty::Int,
                r,
            );
            let msg = t::Expr::new(
                t::ExprKind::ExcMessage(Box::new(local)),
                Ty::opt(Ty::Str),
                r,
            );
            let saved = self.cur_mod;
            self.cur_mod = 0;
            let report = self.lib_call(&mut fx, "fe_exit_report", vec![code, msg], r);
            self.cur_mod = saved;
            if let Some(report) = report {
                body = vec![t::Stmt::Try {
                    body,
                    handlers: vec![t::Handler {
                        classes: vec!["SystemExit".into()],
                        bind_class: "SystemExit".into(),
                        name: Some(e),
                        body: vec![t::Stmt::Expr(report), t::Stmt::Raise(None)],
                    }],
                    orelse: vec![],
                    finalbody: vec![],
                }];
            }
        }
        self.synth.push(t::FuncInfo {
            name: t::ENTRY_WRAPPER.to_string(),
            params: vec![("argv".to_string(), Ty::list(Ty::Str))],
            ret: Ty::Int,
            body,
            locals: fx.locals,
            range: r,
        });
    }

    fn push_work(&mut self, w: Work<'a>) {
        self.work_idx.insert(w.name.clone(), self.func_list.len());
        self.func_list.push(w);
    }

    /// Check every needed library body (which may need more).
    pub fn drain(&mut self) {
        let mut guard = 0;
        while let Some(name) = self.needed.pop() {
            guard += 1;
            if guard > 100_000 {
                break;
            }
            if self.bodies.contains_key(&name) {
                continue;
            }
            let Some(&wi) = self.work_idx.get(&name) else {
                continue;
            };
            let w = self.func_list[wi].clone();
            self.check_work(&w);
        }
    }

    /// Mark a function's body as needed.
    pub fn need(&mut self, name: &str) {
        if self.needed_set.insert(name.to_string()) {
            self.needed.push(name.to_string());
        }
    }

    /// Mark a class (and the classes its fields and methods use) as part of
    /// the output.
    pub fn use_class(&mut self, name: &str) {
        let Some(&ci) = self.class_idx.get(name) else {
            return;
        };
        if self.classes[ci].builtin {
            return;
        }
        let first = !self.classes[ci].used;
        self.classes[ci].used = true;
        if !first && self.needed_set.contains(&format!("{name}.__class__")) {
            return;
        }
        self.needed_set.insert(format!("{name}.__class__"));
        if let Some(p) = self.classes[ci].parent.clone() {
            self.use_class(&p);
        }
        let mut ms: Vec<String> = self.classes[ci].sigs.keys().cloned().collect();
        ms.sort();
        for m in ms {
            let f = format!("{name}.{m}");
            if self.work_idx.contains_key(&f) {
                self.need(&f);
            }
        }
        let ftys: Vec<Ty> = self.classes[ci]
            .fields
            .iter()
            .filter_map(|f| f.ty.clone())
            .collect();
        for t in ftys {
            self.use_ty(&t);
        }
    }

    /// Mark the classes a type mentions as used.
    pub fn use_ty(&mut self, t: &Ty) {
        match t {
            Ty::Class(c) => self.use_class(c),
            Ty::Optional(e) if !e.is_ref() && !e.is_unknown() => {
                let t = t.clone();
                self.ensure_class(&t);
                self.use_class(&t.mangle());
            }
            Ty::List(e) | Ty::Optional(e) | Ty::Set(e) | Ty::TupleVar(e) => self.use_ty(e),
            Ty::Dict(k, v) => {
                self.use_ty(k);
                self.use_ty(v);
            }
            Ty::Tuple(ts) => ts.iter().for_each(|x| self.use_ty(x)),
            Ty::Func(ps, r) => {
                ps.iter().for_each(|x| self.use_ty(x));
                self.use_ty(r);
            }
            _ => {}
        }
        match t {
            Ty::Dict(..) | Ty::Set(_) | Ty::Tuple(_) | Ty::Func(..) => {
                let t = t.clone();
                self.ensure_class(&t);
                if let Some(ir::Type::Class(c)) = t.to_ir() {
                    self.use_class(&c);
                }
            }
            _ => {}
        }
    }

    fn check_main(&mut self) {
        match self.funcs.get("main") {
            None => {
                let r = TextRange::empty(self.mods[0].ast.range.start());
                let defined = self.mods[0].names.contains_key("main");
                if !defined {
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
    }

    fn declare_module(
        &mut self,
        m: usize,
        class_defs: &mut Vec<(usize, &'a ast::StmtClassDef)>,
        func_defs: &mut Vec<(usize, &'a ast::StmtFunctionDef)>,
    ) {
        let body: &'a [S] = &self.mods[m].ast.body;
        let prefix = self.mods[m].prefix.clone();
        let lib = self.mods[m].kind == ModKind::Prelude;
        for (i, s) in body.iter().enumerate() {
            match s {
                S::Expr(e) if i == 0 && matches!(&*e.value, E::StringLiteral(_)) => {}
                S::ImportFrom(imp) if imp.module.as_ref().is_some_and(|m| m.as_str() == "__future__") => {}
                S::Import(imp) => {
                    for a in &imp.names {
                        let name = a.name.as_str();
                        let bind = a.asname.as_ref().map(|x| x.as_str()).unwrap_or(name);
                        // `import a.b.c` binds `a` (the package; its
                        // submodules are its attributes); `import a.b.c as
                        // x` binds x to `a.b.c`.
                        let bound_mod = if a.asname.is_some() {
                            name
                        } else {
                            name.split('.').next().unwrap_or(name)
                        };
                        let bind = if a.asname.is_some() { bind } else { bound_mod };
                        let it = if name == "_prims" && lib {
                            Item::Prims
                        } else if BUILTIN_MODULES.contains(&name) {
                            Item::Builtin(name.to_string())
                        } else if let Some(mi) = self.module_index(bound_mod)
                            && (lib == (self.mods[mi].kind == ModKind::Prelude)
                                || bound_mod.starts_with("rlib."))
                        {
                            Item::Module(mi)
                        } else {
                            continue;
                        };
                        self.define(m, bind, it, a.range);
                    }
                }
                S::ImportFrom(imp) => {
                    let Some(md) = &imp.module else { continue };
                    let mname = md.as_str();
                    for a in &imp.names {
                        let name = a.name.as_str();
                        let bind = a.asname.as_ref().map(|x| x.as_str()).unwrap_or(name);
                        if name == "*" {
                            self.err(unsupported("`import *`", a.range, "import the names you use"));
                            continue;
                        }
                        let it = if mname == "typing" {
                            Item::Typing(name.to_string())
                        } else if mname == "_generic" && lib {
                            Item::TypeVar(name.to_string())
                        } else if BUILTIN_MODULES.contains(&mname) {
                            self.err(unsupported(
                                &format!("`from {mname} import ...`"),
                                a.range,
                                &format!("write `import {mname}` and use `{mname}.{name}`"),
                            ));
                            continue;
                        } else if !lib
                            && let Some(sub) = self.module_index(&format!("{mname}.{name}"))
                            && (self.mods[sub].kind != ModKind::Prelude || mname == "rlib")
                        {
                            Item::Module(sub)
                        } else if let Some(mi) = self.module_index(mname) {
                            Item::Pending(mi, name.to_string())
                        } else {
                            continue;
                        };
                        self.define(m, bind, it, a.range);
                    }
                }
                S::If(ifs) if is_main_guard(&ifs.test) => {}
                S::FunctionDef(f) => {
                    let irn = format!("{prefix}{}", f.name);
                    if self.define(m, f.name.as_str(), Item::Func(irn), f.name.range) {
                        func_defs.push((m, f));
                    }
                }
                S::ClassDef(c) => {
                    let generic = c.arguments.as_deref().and_then(|a| {
                        a.args.iter().find_map(|b| match b {
                            E::Subscript(s) if matches!(&*s.value, E::Name(n) if n.id.as_str() == "Generic") => {
                                let elts: Vec<String> = match &*s.slice {
                                    E::Tuple(t) => t.elts.iter().filter_map(|x| match x { E::Name(n) => Some(n.id.to_string()), _ => None }).collect(),
                                    E::Name(n) => vec![n.id.to_string()],
                                    _ => vec![],
                                };
                                Some(elts)
                            }
                            _ => None,
                        })
                    });
                    if let Some(tvars) = generic {
                        let gi = self.gclasses.len();
                        self.gclasses.push(GenClass { module: m, ast: c, tvars });
                        self.define(m, c.name.as_str(), Item::GenClass(gi), c.name.range);
                        continue;
                    }
                    let irn = format!("{prefix}{}", c.name);
                    if self.define(m, c.name.as_str(), Item::Class(irn.clone()), c.name.range) {
                        class_defs.push((m, c));
                        self.add_class(ClassDecl {
                            name: irn,
                            parent: None,
                            builtin: false,
                            fields: vec![],
                            methods: vec![],
                            sigs: HashMap::new(),
                            consts: HashMap::new(),
                globals: HashMap::new(),
                            ast: Some(c),
                            init_state: InitState::NotChecked,
                            module: m,
                            subst: vec![],
                            used: !lib,
                            synthetic: false,
                        });
                    }
                }
                S::Assign(a) if a.targets.len() == 1 && matches!(&a.targets[0], E::Name(_)) => {
                    let E::Name(n) = &a.targets[0] else { continue };
                    if let E::Call(c) = &*a.value
                        && matches!(&*c.func, E::Name(f) if f.id.as_str() == "TypeVar")
                    {
                        self.define(m, n.id.as_str(), Item::TypeVar(n.id.to_string()), n.range);
                        continue;
                    }
                    if self.const_eval(&a.value).is_none() {
                        let gi = self.globals.len();
                        self.globals.push(GlobalDef::new(m, &a.value, None, n.id.as_str()));
                        self.define(m, n.id.as_str(), Item::Global(gi), n.range);
                    } else if let Some(c) = self.const_value(&a.value, None) {
                        self.define(m, n.id.as_str(), Item::Const(c), n.range);
                    }
                }
                S::AnnAssign(a) if matches!(&*a.target, E::Name(_)) && a.value.is_some() => {
                    let E::Name(n) = &*a.target else { continue };
                    let Some(v) = &a.value else { continue };
                    let ann = self.simple_annotation(&a.annotation);
                    if ann.is_none() || self.const_eval(v).is_none() {
                        let gi = self.globals.len();
                        self.globals.push(GlobalDef::new(m, v, Some(&a.annotation), n.id.as_str()));
                        self.define(m, n.id.as_str(), Item::Global(gi), n.range);
                    } else if let Some(c) = self.const_value(v, ann.as_ref()) {
                        self.define(m, n.id.as_str(), Item::Const(c), n.range);
                    }
                }
                other => self.err(unsupported(
                    &format!("module-level {}", stmt_kind(other)),
                    other.range(),
                    "module-level code is limited to imports, functions, classes, int/float/str/bytes/bool constants and the `if __name__ == \"__main__\":` block",
                )),
            }
        }
    }

    /// Annotations of module constants (before classes are known).
    fn simple_annotation(&mut self, e: &E) -> Option<Ty> {
        match e {
            E::Name(n) => match n.id.as_str() {
                "int" => Some(Ty::Int),
                "bool" => Some(Ty::Bool),
                "str" => Some(Ty::Str),
                "float" => Some(Ty::Float),
                "bytes" => Some(Ty::Bytes),
                _ => None,
            },
            _ => None,
        }
    }

    /// An int constant given for a float constant or default (CPython
    /// keeps the int, which prints differently).
    fn int_const_for_float(&mut self, i: i64, r: TextRange) {
        let x = t::Expr::new(t::ExprKind::Int(i), Ty::Int, r);
        self.int_in_float_place(&x);
    }

    /// Fold a constant expression (literals, earlier constants of the
    /// module, int arithmetic, str concatenation).
    pub(crate) fn const_eval(&self, v: &E) -> Option<Const> {
        if let E::StringLiteral(s) = v
            && self.surrogate_literal(s)
        {
            // Made at run time (see `str_literal`): not a Rust string.
            return None;
        }
        if let Some(c) = literal_const(v) {
            return Some(c);
        }
        match v {
            E::Name(n) => {
                if let Some(names) = &self.class_body
                    && let Some((_, v)) = names.iter().find(|(x, _)| x == n.id.as_str())
                {
                    return match v {
                        ClassVal::Const(c) => Some(c.clone()),
                        ClassVal::Global(_) => None,
                    };
                }
                match self.resolve(self.cur_mod, n.id.as_str()) {
                    Some(Item::Const(c)) => Some(c.clone()),
                    _ => None,
                }
            }
            E::Attribute(a) => match self.dotted_item(self.cur_mod, &a.value) {
                Some(Item::Module(mi)) => match self.resolve(mi, a.attr.as_str()) {
                    Some(Item::Const(c)) => Some(c),
                    _ => None,
                },
                Some(Item::Class(c)) => match self.class_val(&c, a.attr.as_str()) {
                    Some((_, ClassVal::Const(k))) => Some(k),
                    _ => None,
                },
                _ => None,
            },
            E::UnaryOp(_) if self.const_wide(v).is_some() => self
                .const_wide(v)
                .and_then(|w| i64::try_from(w).ok())
                .map(Const::Int),
            E::UnaryOp(u) => match (u.op, self.const_eval(&u.operand)?) {
                (ast::UnaryOp::USub, Const::Int(i)) => i.checked_neg().map(Const::Int),
                (ast::UnaryOp::Invert, Const::Int(i)) => Some(Const::Int(!i)),
                (ast::UnaryOp::USub, Const::Float(f)) => {
                    Some(Const::Float((-f64::from_bits(f)).to_bits()))
                }
                _ => None,
            },
            E::BinOp(b) => {
                use ast::Operator as O;
                // An int expression whose intermediates leave 64 bits
                // (`(1 << 63) - 1`) is still a 64-bit constant when its
                // value fits, as on CPython.
                if let Some(w) = self.const_wide(v) {
                    return i64::try_from(w).ok().map(Const::Int);
                }
                match (self.const_eval(&b.left)?, b.op, self.const_eval(&b.right)?) {
                    (Const::Int(x), op, Const::Int(y)) => Some(Const::Int(match op {
                        O::Add => x.checked_add(y)?,
                        O::Sub => x.checked_sub(y)?,
                        O::Mult => x.checked_mul(y)?,
                        O::FloorDiv if y != 0 => x.checked_div_euclid(y).map(|_| {
                            let q = x / y;
                            if (x % y != 0) && ((x < 0) != (y < 0)) {
                                q - 1
                            } else {
                                q
                            }
                        })?,
                        O::Mod if y != 0 => {
                            let m = x % y;
                            if m != 0 && ((m < 0) != (y < 0)) {
                                m + y
                            } else {
                                m
                            }
                        }
                        O::LShift if (0..64).contains(&y) => {
                            let v = x.checked_shl(y as u32)?;
                            if (v >> y) != x {
                                return None;
                            }
                            v
                        }
                        O::RShift if y >= 0 => x >> y.min(63),
                        O::BitAnd => x & y,
                        O::BitOr => x | y,
                        O::BitXor => x ^ y,
                        _ => return None,
                    })),
                    (Const::Str(x), O::Add, Const::Str(y)) => Some(Const::Str(x + &y)),
                    (Const::Float(x), op, Const::Float(y)) => {
                        let (a, c) = (f64::from_bits(x), f64::from_bits(y));
                        Some(Const::Float(
                            match op {
                                O::Add => a + c,
                                O::Sub => a - c,
                                O::Mult => a * c,
                                O::Div if c != 0.0 => a / c,
                                _ => return None,
                            }
                            .to_bits(),
                        ))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Fold an int-only constant expression with 128-bit intermediates.
    pub(crate) fn const_wide(&self, v: &E) -> Option<i128> {
        use ast::Operator as O;
        match v {
            E::UnaryOp(u) => {
                let x = self.const_wide(&u.operand)?;
                match u.op {
                    ast::UnaryOp::USub => x.checked_neg(),
                    ast::UnaryOp::UAdd => Some(x),
                    ast::UnaryOp::Invert => Some(!x),
                    _ => None,
                }
            }
            E::BinOp(b) => {
                let x = self.const_wide(&b.left)?;
                let y = self.const_wide(&b.right)?;
                match b.op {
                    O::Add => x.checked_add(y),
                    O::Sub => x.checked_sub(y),
                    O::Mult => x.checked_mul(y),
                    O::FloorDiv if y != 0 => {
                        let q = x.checked_div(y)?;
                        Some(if x % y != 0 && ((x < 0) != (y < 0)) {
                            q - 1
                        } else {
                            q
                        })
                    }
                    O::Mod if y != 0 => {
                        let m = x.checked_rem(y)?;
                        Some(if m != 0 && ((m < 0) != (y < 0)) {
                            m + y
                        } else {
                            m
                        })
                    }
                    O::Pow if (0..128).contains(&y) => x.checked_pow(y as u32),
                    O::LShift if (0..127).contains(&y) => {
                        let r = x.checked_shl(y as u32)?;
                        if (r >> y) == x { Some(r) } else { None }
                    }
                    O::RShift if y >= 0 => Some(x >> y.min(127)),
                    O::BitAnd => Some(x & y),
                    O::BitOr => Some(x | y),
                    O::BitXor => Some(x ^ y),
                    _ => None,
                }
            }
            _ => match self.const_eval(v)? {
                Const::Int(i) => Some(i as i128),
                _ => None,
            },
        }
    }

    pub fn const_value(&mut self, v: &E, ann: Option<&Ty>) -> Option<Const> {
        let c = self.const_eval(v);
        let Some(mut c) = c else {
            self.err(unsupported(
                "module-level value that is not an int, float, str, bytes or bool literal",
                v.range(),
                "module-level constants must be literals; compute other values inside functions",
            ));
            return None;
        };
        if let (Const::Int(i), Some(Ty::Float)) = (&c, ann) {
            self.int_const_for_float(*i, v.range());
            c = Const::Float((*i as f64).to_bits());
        }
        let ty = c.ty();
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

    fn class_parent(&mut self, m: usize, c: &'a ast::StmtClassDef) -> Option<String> {
        if !c.decorator_list.is_empty() {
            self.err(unsupported(
                "class decorator",
                c.decorator_list[0].range,
                "remove the decorator",
            ));
        }
        let args = c.arguments.as_deref()?;
        if !args.keywords.is_empty() || args.args.len() > 1 {
            self.err(unsupported(
                "multiple inheritance or class keywords",
                args.range,
                "a class has at most one base class",
            ));
            return None;
        }
        let b = args.args.first()?;
        let resolved = match b {
            E::Name(n) if n.id.as_str() == "object" => return None,
            E::Name(n) => match self.resolve(m, n.id.as_str()) {
                Some(Item::Class(c)) => Some(c),
                None if self.class_idx.contains_key(n.id.as_str())
                    && self.class(n.id.as_str()).is_some_and(|k| k.builtin) =>
                {
                    Some(n.id.to_string())
                }
                _ => None,
            },
            E::Attribute(_) => match self.dotted_item(m, b) {
                Some(Item::Class(c)) => Some(c),
                _ => None,
            },
            _ => None,
        };
        if resolved.is_none() {
            self.err(Diagnostic::new(
                "unknown base class",
                b.range(),
                "not a class defined in the program or a builtin exception",
                "derive from a class of the program, `Exception` or a builtin exception class",
            ));
        }
        resolved
    }

    /// Whether a function's annotations mention a type variable.
    fn is_generic_def(&self, m: usize, f: &ast::StmtFunctionDef) -> bool {
        fn mentions(cx: &Ctx, m: usize, e: &E) -> bool {
            match e {
                E::Name(n) => matches!(cx.resolve(m, n.id.as_str()), Some(Item::TypeVar(_))),
                E::Subscript(s) => mentions(cx, m, &s.value) || mentions(cx, m, &s.slice),
                E::Tuple(t) => t.elts.iter().any(|x| mentions(cx, m, x)),
                E::List(t) => t.elts.iter().any(|x| mentions(cx, m, x)),
                E::BinOp(b) => mentions(cx, m, &b.left) || mentions(cx, m, &b.right),
                _ => false,
            }
        }
        let p = &f.parameters;
        p.args
            .iter()
            .filter_map(|a| a.parameter.annotation.as_deref())
            .any(|a| mentions(self, m, a))
            || f.returns.as_deref().is_some_and(|r| mentions(self, m, r))
    }

    // ----- annotations ----------------------------------------------------

    pub fn ann_err(&mut self, r: TextRange, name: &str) -> Ty {
        self.err(Diagnostic::new(
            format!("unknown type `{name}`"),
            r,
            "not a type",
            "supported types: int, float, bool, str, bytes, None, list[T], dict[K, V], set[T], tuple[...], T | None, Callable[[...], R] and classes of the program",
        ));
        Ty::Unknown
    }

    /// A type annotation (in the current module and substitution).
    pub fn annotation(&mut self, e: &E) -> Ty {
        let ty = self.annotation_inner(e);
        if let Some(k) = unhashable_key(&ty) {
            // Reported here: the prelude's Dict/Set would be rejected at
            // their `hash(key)` calls, inside the prelude.
            self.err(Diagnostic::new(
                format!("unhashable type: `{k}`"),
                e.range(),
                format!("`{k}` cannot be a set member or dict key"),
                "hash ints, floats, bools, strs, bytes, tuples of those and instances",
            ));
            return Ty::Unknown;
        }
        if !self.tvar_mode {
            self.ensure_class(&ty);
        }
        ty
    }

    fn subst_lookup(&self, n: &str) -> Option<Ty> {
        self.cur_subst
            .iter()
            .rev()
            .find(|(k, _)| k == n)
            .map(|(_, t)| t.clone())
    }

    fn annotation_inner(&mut self, e: &E) -> Ty {
        let m = self.cur_mod;
        match e {
            E::Name(n) => {
                let id = n.id.as_str();
                match id {
                    "int" => return Ty::Int,
                    "bool" => return Ty::Bool,
                    "str" => return Ty::Str,
                    "float" => return Ty::Float,
                    "bytes" => return Ty::Bytes,
                    "None" => return Ty::None,
                    _ => {}
                }
                if let Some(t) = self.subst_lookup(id) {
                    return t;
                }
                match self.resolve(m, id) {
                    Some(Item::Class(c)) => Ty::Class(c),
                    Some(Item::TypeVar(tv)) => {
                        if self.tvar_mode {
                            Ty::Class(format!("?{tv}"))
                        } else {
                            self.err(Diagnostic::new(
                                format!("type variable `{id}` outside generic code"),
                                n.range,
                                "not bound here",
                                "type variables are only used by generic library code",
                            ));
                            Ty::Unknown
                        }
                    }
                    Some(Item::GenClass(_)) => {
                        self.err(Diagnostic::new(
                            format!("generic class `{id}` needs type arguments"),
                            n.range,
                            "missing `[...]`",
                            format!("write `{id}[T, ...]`"),
                        ));
                        Ty::Unknown
                    }
                    None if self
                        .class_idx
                        .get(id)
                        .is_some_and(|&i| self.classes[i].builtin) =>
                    {
                        Ty::Class(id.to_string())
                    }
                    _ => match id {
                        "list" | "dict" | "set" | "tuple" => {
                            self.err(Diagnostic::new(
                                format!("`{id}` needs type arguments"),
                                n.range,
                                "missing `[...]`",
                                format!(
                                    "write the item types, e.g. `{id}[int{}]`",
                                    if id == "dict" { ", str" } else { "" }
                                ),
                            ));
                            Ty::Unknown
                        }
                        "object" | "Any" => {
                            self.err(unsupported(
                                &format!("type `{id}`"),
                                n.range,
                                "every value has a precise type; use a base class or `T | None`",
                            ));
                            Ty::Unknown
                        }
                        _ => self.ann_err(n.range, id),
                    },
                }
            }
            E::Attribute(a) => {
                if let Some(mi) = self.module_expr(m, &a.value)
                    && let Some(Item::Class(c)) = self.resolve(mi, a.attr.as_str())
                {
                    return Ty::Class(c);
                }
                self.ann_err(a.range, "attribute")
            }
            E::NoneLiteral(_) => Ty::None,
            E::StringLiteral(s) => {
                // A forward reference: "ClassName" or "Node | None".
                let src = self.mods[m].source;
                let Some(inner) = string_inner(src, s.range) else {
                    return self.ann_err(s.range, s.value.to_str());
                };
                match ruff_python_parser::parse_expression_range(src, inner) {
                    Ok(p) => {
                        let ex = p.into_expr();
                        self.annotation_inner(&ex)
                    }
                    Err(_) => self.ann_err(s.range, s.value.to_str()),
                }
            }
            E::BinOp(b) if b.op == ast::Operator::BitOr => {
                let l = self.annotation_inner(&b.left);
                let r = self.annotation_inner(&b.right);
                self.optional_of(l, r, b.range)
            }
            E::Subscript(s) => {
                let head = match &*s.value {
                    E::Name(n) => n.id.to_string(),
                    E::Attribute(a) => a.attr.to_string(),
                    other => return self.ann_err(other.range(), "subscript"),
                };
                let args: Vec<&E> = match &*s.slice {
                    E::Tuple(t) => t.elts.iter().collect(),
                    other => vec![other],
                };
                let typing = |cx: &Self, n: &str| -> bool {
                    matches!(cx.resolve(m, n), Some(Item::Typing(_)))
                };
                let ht = head.as_str();
                let arity = |cx: &mut Self, n: usize| -> bool {
                    if args.len() != n {
                        cx.err(Diagnostic::new(
                            format!(
                                "`{ht}[...]` takes {n} type argument{}",
                                if n == 1 { "" } else { "s" }
                            ),
                            s.slice.range(),
                            format!("{} given", args.len()),
                            "write the right number of type arguments",
                        ));
                        false
                    } else {
                        true
                    }
                };
                match ht {
                    "list" | "List" if ht == "list" || typing(self, ht) => {
                        if !arity(self, 1) {
                            return Ty::Unknown;
                        }
                        let el = self.annotation_inner(args[0]);
                        if el == Ty::None {
                            self.err(unsupported(
                                "`list[None]`",
                                args[0].range(),
                                "use a list of another type",
                            ));
                            return Ty::Unknown;
                        }
                        Ty::list(el)
                    }
                    "set" | "Set" if ht == "set" || typing(self, ht) => {
                        if !arity(self, 1) {
                            return Ty::Unknown;
                        }
                        let el = self.annotation_inner(args[0]);
                        if el == Ty::None {
                            // Rejected here, at the program's annotation:
                            // the prelude's Set[T] cannot take T = None.
                            self.err(unsupported(
                                "`set[None]`",
                                args[0].range(),
                                "use a set of another type",
                            ));
                            return Ty::Unknown;
                        }
                        Ty::Set(Box::new(el))
                    }
                    "dict" | "Dict" if ht == "dict" || typing(self, ht) => {
                        if !arity(self, 2) {
                            return Ty::Unknown;
                        }
                        let k = self.annotation_inner(args[0]);
                        let v = self.annotation_inner(args[1]);
                        if let Some(bad) = [&args[0], &args[1]]
                            .into_iter()
                            .zip([&k, &v])
                            .find_map(|(a, t)| (*t == Ty::None).then_some(a))
                        {
                            // Rejected here, at the program's annotation:
                            // the prelude's Dict[K, V] cannot take None for
                            // K or V (`V | None` is fine).
                            self.err(unsupported(
                                "`None` as a dict key or value type",
                                bad.range(),
                                "use `T | None` for an optional value, or a set of the keys",
                            ));
                            return Ty::Unknown;
                        }
                        Ty::Dict(Box::new(k), Box::new(v))
                    }
                    "tuple" | "Tuple" if ht == "tuple" || typing(self, ht) => {
                        if args.len() == 2 && matches!(args[1], E::EllipsisLiteral(_)) {
                            let el = self.annotation_inner(args[0]);
                            return Ty::TupleVar(Box::new(el));
                        }
                        let ts: Vec<Ty> = args.iter().map(|a| self.annotation_inner(a)).collect();
                        Ty::Tuple(ts)
                    }
                    "Optional" if typing(self, ht) => {
                        if !arity(self, 1) {
                            return Ty::Unknown;
                        }
                        let el = self.annotation_inner(args[0]);
                        self.optional_of(el, Ty::None, s.range)
                    }
                    "Callable" if typing(self, ht) => {
                        let E::Tuple(tu) = &*s.slice else {
                            return self.ann_err(s.range, "Callable");
                        };
                        if tu.elts.len() != 2 {
                            return self.ann_err(s.range, "Callable");
                        }
                        let E::List(ps) = &tu.elts[0] else {
                            self.err(unsupported(
                                "`Callable` without a parameter list",
                                tu.elts[0].range(),
                                "write `Callable[[A, B], R]`",
                            ));
                            return Ty::Unknown;
                        };
                        let ps: Vec<Ty> =
                            ps.elts.iter().map(|a| self.annotation_inner(a)).collect();
                        let r = self.annotation_inner(&tu.elts[1]);
                        Ty::Func(ps, Box::new(r))
                    }
                    _ => {
                        // A generic prelude class: `Dict[K, V]`.
                        let gc = match &*s.value {
                            E::Name(n) => self.resolve(m, n.id.as_str()),
                            _ => None,
                        };
                        if let Some(Item::GenClass(gi)) = gc {
                            let ts: Vec<Ty> =
                                args.iter().map(|a| self.annotation_inner(a)).collect();
                            if self.tvar_mode || ts.iter().any(|t| t.mangle().contains('?')) {
                                return Ty::Class(format!("?gen{gi}"));
                            }
                            return self.gen_class_ty(gi, ts);
                        }
                        self.ann_err(s.value.range(), ht)
                    }
                }
            }
            other => {
                self.err(unsupported(
                    &format!("type annotation `{}`", expr_kind(other)),
                    other.range(),
                    "supported types: int, float, bool, str, bytes, None, list[T], dict[K, V], set[T], tuple[...], T | None, Callable[[...], R] and classes of the program",
                ));
                Ty::Unknown
            }
        }
    }

    /// The type of a generic class applied to arguments (dict and set
    /// instances are shown as `dict[K, V]` / `set[T]`).
    pub fn gen_class_ty(&mut self, gi: usize, ts: Vec<Ty>) -> Ty {
        let name = self.gclasses[gi].ast.name.to_string();
        if name == "Dict" && ts.len() == 2 {
            return Ty::Dict(Box::new(ts[0].clone()), Box::new(ts[1].clone()));
        }
        if name == "Set" && ts.len() == 1 {
            return Ty::Set(Box::new(ts[0].clone()));
        }
        let mut irn = name;
        for t in &ts {
            irn.push('$');
            irn.push_str(&t.mangle());
        }
        self.instantiate_class(gi, &irn, ts);
        Ty::Class(irn)
    }

    fn optional_of(&mut self, l: Ty, r: Ty, range: TextRange) -> Ty {
        let (inner, none) = match (&l, &r) {
            (Ty::None, x) | (x, Ty::None) => (x.clone(), true),
            _ => (l.clone(), false),
        };
        if !none {
            if l.is_unknown() || r.is_unknown() {
                return Ty::Unknown;
            }
            self.err(unsupported(
                &format!("union type `{l} | {r}`"),
                range,
                "the only union is `T | None`; use a common base class",
            ));
            return Ty::Unknown;
        }
        if inner.is_unknown() {
            return Ty::Unknown;
        }
        // `T | None | None` is `T | None`, as in Python's typing (and the
        // prelude's `V | None` with an optional V, e.g. `Dict.get_opt`: a
        // missing key and a None value both give None, as in CPython).
        if matches!(inner, Ty::Optional(_)) {
            return inner;
        }
        if !inner.is_ref()
            && !matches!(&inner, Ty::Class(c) if c.starts_with('?'))
            && !matches!(inner, Ty::Int | Ty::Float | Ty::Bool)
        {
            self.err(unsupported(
                &format!("optional value type `{inner} | None`"),
                range,
                "`T | None` is supported for reference types (str, bytes, containers, classes); use a sentinel value or a wrapper class",
            ));
            return Ty::Unknown;
        }
        Ty::opt(inner)
    }

    // ----- signatures -----------------------------------------------------

    pub fn signature(&mut self, f: &'a ast::StmtFunctionDef, class: Option<&str>) -> Option<Sig> {
        let mut ok = true;
        let mut is_static = false;
        for d in &f.decorator_list {
            if class.is_some()
                && matches!(&d.expression, E::Name(n) if n.id.as_str() == "staticmethod")
            {
                is_static = true;
                continue;
            }
            self.err(unsupported(
                "decorator",
                d.range,
                "remove the decorator (only `@staticmethod` is supported)",
            ));
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
        let mut defaults = Vec::new();
        for (i, a) in p.args.iter().enumerate() {
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
                && !is_static
                && let Some(c) = class
            {
                if let Some(an) = &a.parameter.annotation {
                    let t = self.annotation(an);
                    if t != Ty::Class(c.to_string()) && !t.is_unknown() && t.mangle() != c {
                        self.err(Diagnostic::new(
                            "wrong annotation for `self`",
                            an.range(),
                            format!("`self` is always `{}`", crate::types::show_class(c)),
                            "leave `self` unannotated",
                        ));
                        ok = false;
                    }
                }
                let st = self.gen_ty_of_class(c).unwrap_or(Ty::Class(c.to_string()));
                params.push((name, st));
                defaults.push(None);
                continue;
            }
            let ty = match &a.parameter.annotation {
                None => {
                    self.err(Diagnostic::new(
                        format!("missing type annotation for parameter `{name}`"),
                        a.parameter.name.range,
                        "needs a type",
                        format!("annotate it, e.g. `{name}: int`"),
                    ));
                    ok = false;
                    Ty::Unknown
                }
                Some(an)
                    if f.name.as_str() == "__exit__"
                        && matches!(&**an, E::Name(n) if n.id.as_str() == "object") =>
                {
                    Ty::opt(Ty::Class(ir::EXCEPTION_ROOT.into()))
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
                    ty
                }
            };
            let dv = match &a.default {
                None => None,
                Some(d) => {
                    match &**d {
                        E::NoneLiteral(_) => {
                            if !matches!(ty, Ty::Optional(_) | Ty::Unknown)
                                && !ty.mangle().contains('?')
                            {
                                self.err(mismatch(&ty, &Ty::None, d.range(), "a `None` default needs an optional parameter type (`T | None`)"));
                                ok = false;
                            }
                            Some(DefVal::None)
                        }
                        other => match self.const_eval(other) {
                            Some(mut c) => {
                                if let (Const::Int(i), Ty::Float) = (&c, &ty) {
                                    self.int_const_for_float(*i, other.range());
                                    c = Const::Float((*i as f64).to_bits());
                                }
                                if !self.assignable(&c.ty(), &ty) && !ty.mangle().contains('?') {
                                    self.err(mismatch(
                                        &ty,
                                        &c.ty(),
                                        other.range(),
                                        "the default value must have the parameter's type",
                                    ));
                                    ok = false;
                                }
                                Some(DefVal::Const(c))
                            }
                            None => {
                                self.err(unsupported(
                                "default value that is not a literal",
                                other.range(),
                                "defaults are int, float, str, bytes, bool literals (or module constants) or `None`",
                            ));
                                ok = false;
                                Some(DefVal::None)
                            }
                        },
                    }
                }
            };
            if dv.is_none() && defaults.iter().any(|d: &Option<DefVal>| d.is_some()) {
                self.err(Diagnostic::new(
                    "parameter without a default follows a parameter with a default",
                    a.parameter.name.range,
                    "needs a default",
                    "put parameters with defaults last",
                ));
                ok = false;
            }
            params.push((name, ty));
            defaults.push(dv);
        }
        if class.is_some() && params.is_empty() && !is_static {
            self.err(Diagnostic::new(
                "method without `self`",
                f.name.range,
                "takes no parameters",
                "a method's first parameter is the instance: `def m(self, ...)` (use `@staticmethod` for a method without an instance)",
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
        let (name, display) = match class {
            Some(c) => (
                format!("{c}.{}", f.name),
                format!("{}.{}", crate::types::show_class(c), f.name),
            ),
            None => (f.name.to_string(), f.name.to_string()),
        };
        Some(Sig {
            name,
            display,
            params,
            defaults,
            ret,
            range: f.name.range,
            is_static,
        })
    }

    const SPECIAL_OK: &'static [&'static str] = &[
        "__init__",
        "__repr__",
        "__str__",
        "__eq__",
        "__ne__",
        "__hash__",
        "__lt__",
        "__le__",
        "__gt__",
        "__ge__",
        "__enter__",
        "__exit__",
        "__len__",
        "__contains__",
        "__getitem__",
        "__setitem__",
        "__delitem__",
        "__bool__",
        "__iter__",
        "__add__",
        "__sub__",
        "__mul__",
        "__or__",
        "__and__",
        "__xor__",
        "__neg__",
        "__truediv__",
        "__floordiv__",
        "__mod__",
    ];

    /// `__exit__(self, exc_type, exc, tb)`: `with` passes the exception
    /// as `exc`, and `exc_type`/`tb` are non-None exactly when it does, so
    /// they must be typed `object` (or `BaseException | None`) and only be
    /// tested with `is None` / `is not None`: the exception's class and
    /// the traceback themselves are not available. False (after
    /// reporting) otherwise.
    fn exit_params_ok(&mut self, sig: &Sig, f: &ast::StmtFunctionDef) -> bool {
        let p = &f.parameters;
        let names: Vec<&ast::Parameter> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .map(|a| &a.parameter)
            .collect();
        let (Some(et), Some(ev), Some(tb)) = (names.get(1), names.get(2), names.get(3)) else {
            // (fewer positional parameters: reported by `with`)
            return true;
        };
        let mut ok = true;
        let exc = Ty::opt(Ty::Class(ir::EXCEPTION_ROOT.into()));
        for (i, par) in [(1, et), (3, tb)] {
            if sig
                .params
                .get(i)
                .is_some_and(|(_, ty)| *ty != exc && !ty.is_unknown())
            {
                let at = par
                    .annotation
                    .as_ref()
                    .map_or(par.name.range, |a| a.range());
                self.err(Diagnostic::new(
                    format!("`__exit__` parameter `{}` must be annotated `object`", par.name),
                    at,
                    format!("declared `{}`", sig.params[i].1),
                    format!(
                        "define `__exit__(self, {}: object, {}: BaseException | None, {}: object) -> bool`",
                        et.name, ev.name, tb.name
                    ),
                ));
                ok = false;
            }
        }
        if !ok {
            return false;
        }
        let watched = [et.name.to_string(), tb.name.to_string()];
        let mut uses = Vec::new();
        exit_param_uses(&f.body, &watched, &mut uses);
        for (name, at) in uses {
            let (what, help) = if name == watched[0] {
                (
                    "the exception's class is not available here",
                    format!(
                        "use `{ev}` (the exception) instead, e.g. `isinstance({ev}, ValueError)`; `{name} is None` / `{name} is not None` tell whether an exception is passed",
                        ev = ev.name
                    ),
                )
            } else {
                (
                    "tracebacks are not available",
                    format!(
                        "use `{ev}` (the exception) instead; `{name} is None` / `{name} is not None` tell whether an exception is passed",
                        ev = ev.name
                    ),
                )
            };
            self.err(Diagnostic::new(
                format!("`__exit__` parameter `{name}` can only be tested with `is None` / `is not None`"),
                at,
                what,
                help,
            ));
            ok = false;
        }
        ok
    }

    /// Checks the signature of a special method the translator gives a
    /// meaning to: the operations built on it (`==`, `len()`, truth
    /// tests, `print`, dict and set keys, sorting) rely on these types,
    /// and CPython rejects other results (`__bool__` returning 2, `__len__`
    /// returning a str...) with a TypeError or converts them in ways the
    /// translator does not model. False (after reporting) when it does not
    /// fit.
    fn special_sig_ok(
        &mut self,
        cname: &str,
        m: &str,
        sig: &Sig,
        f: &ast::StmtFunctionDef,
    ) -> bool {
        if m == "__exit__" && !matches!(sig.ret, Ty::Bool | Ty::None | Ty::Unknown) {
            // Only a bool result is tested to suppress the exception.
            let at = f
                .returns
                .as_ref()
                .map(|r| r.range())
                .unwrap_or(f.name.range);
            self.err(Diagnostic::new(
                "`__exit__` must return `bool` or `None`",
                at,
                format!("declared to return `{}`", sig.ret),
                "declare `-> bool` (true suppresses the exception) or `-> None`",
            ));
            return false;
        }
        if m == "__exit__" && sig.params.len() == 4 && !self.exit_params_ok(sig, f) {
            return false;
        }
        let (ret, other) = match m {
            "__repr__" | "__str__" => (Ty::Str, false),
            "__hash__" | "__len__" => (Ty::Int, false),
            "__bool__" => (Ty::Bool, false),
            "__contains__" => (Ty::Bool, false),
            "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__" => (Ty::Bool, true),
            _ => return true,
        };
        let mut ok = true;
        if sig.ret != ret && !sig.ret.is_unknown() {
            let at = f
                .returns
                .as_ref()
                .map(|r| r.range())
                .unwrap_or(f.name.range);
            self.err(Diagnostic::new(
                format!("`{m}` must return `{ret}`"),
                at,
                format!("declared to return `{}`", sig.ret),
                format!("declare `-> {ret}` (CPython rejects or converts other results)"),
            ));
            ok = false;
        }
        let want = if other || m == "__contains__" { 2 } else { 1 };
        if sig.params.len() != want && !sig.is_static {
            self.err(Diagnostic::new(
                format!(
                    "`{m}` takes {}",
                    if want == 2 {
                        "one operand besides `self`"
                    } else {
                        "only `self`"
                    }
                ),
                f.parameters.range,
                format!(
                    "{} parameter{} here",
                    sig.params.len(),
                    if sig.params.len() == 1 { "" } else { "s" }
                ),
                "match the signature CPython calls it with",
            ));
            ok = false;
        }
        if other && let Some((_, pty)) = sig.params.get(1) {
            let fits = match pty {
                Ty::Class(p) => self.is_subclass(cname, p),
                Ty::Unknown => true,
                _ => false,
            };
            if !fits {
                let at = f
                    .parameters
                    .args
                    .get(1)
                    .map(|a| a.range())
                    .unwrap_or(f.name.range);
                let show = crate::types::show_class(cname);
                self.err(Diagnostic::new(
                    format!("the operand of `{m}` must accept `{show}`"),
                    at,
                    format!("this is `{pty}`"),
                    format!(
                        "annotate it with `\"{show}\"` (or a base class): the comparisons and containers call `{m}` with another `{show}`"
                    ),
                ));
                ok = false;
            }
        }
        ok
    }

    pub fn class_body(&mut self, cname: &str, c: &'a ast::StmtClassDef) {
        let mut fields = Vec::new();
        let mut consts = HashMap::new();
        let mut cglobals: HashMap<String, usize> = HashMap::new();
        let m = self.cur_mod;
        self.class_body = Some(Vec::new());
        for (i, s) in c.body.iter().enumerate() {
            match s {
                S::Pass(_) => {}
                S::Expr(e) if i == 0 && matches!(&*e.value, E::StringLiteral(_)) => {}
                S::Expr(e) if matches!(&*e.value, E::EllipsisLiteral(_)) => {}
                S::FunctionDef(f) => {
                    let mname = f.name.to_string();
                    let Some(&ci) = self.class_idx.get(cname) else { return };
                    if self.classes[ci].sigs.contains_key(&mname) {
                        self.err(Diagnostic::new(
                            format!("method `{mname}` is defined more than once"),
                            f.name.range,
                            "redefined here",
                            "rename or remove one of the definitions",
                        ));
                        continue;
                    }
                    if mname.starts_with("__") && mname.ends_with("__") && !Self::SPECIAL_OK.contains(&mname.as_str()) && !self.is_lib(m) {
                        self.err(unsupported(
                            &format!("special method `{mname}`"),
                            f.name.range,
                            "supported special methods: __init__, __repr__, __str__, __eq__, __ne__, __hash__, __lt__, __le__, __gt__, __ge__, __enter__, __exit__, __len__, __contains__, __getitem__, __setitem__, __delitem__, __bool__, __iter__, __add__, __sub__, __mul__, __truediv__, __floordiv__, __mod__, __or__, __and__, __xor__, __neg__",
                        ));
                        continue;
                    }
                    let mut sig = self.signature(f, Some(cname));
                    if let Some(sg) = &sig
                        && !self.is_lib(m)
                        && !self.special_sig_ok(cname, &mname, sg, f)
                    {
                        sig = None;
                    }
                    let is_static = sig.as_ref().is_some_and(|s| s.is_static);
                    let k = &mut self.classes[ci];
                    if let Some(sig) = sig {
                        k.sigs.insert(mname.clone(), sig);
                    }
                    if mname != "__init__" && !is_static {
                        k.methods.push(mname.clone());
                    }
                    let subst = k.subst.clone();
                    self.push_work(Work {
                        name: format!("{cname}.{mname}"),
                        ast: f,
                        class: Some(cname.to_string()),
                        module: m,
                        subst,
                        site: self.cur_site(),
                    });
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
                S::AnnAssign(a) if matches!(&*a.target, E::Name(_)) => {
                    let E::Name(n) = &*a.target else { continue };
                    let Some(v) = &a.value else { continue };
                    if self.const_eval(v).is_none() || !matches!(&*a.annotation, E::Name(_)) {
                        let mut g = GlobalDef::new(m, v, Some(&a.annotation), n.id.as_str());
                        g.class_scope = self.class_body.clone();
                        let gi = self.globals.len();
                        cglobals.insert(n.id.to_string(), gi);
                        self.globals.push(g);
                        self.class_body_value(n.id.as_str(), ClassVal::Global(gi));
                        continue;
                    }
                    let ann = self.annotation(&a.annotation);
                    if let Some(cv) = self.const_value(v, Some(&ann)) {
                        self.class_body_value(n.id.as_str(), ClassVal::Const(cv.clone()));
                        consts.insert(n.id.to_string(), cv);
                    }
                }
                S::Assign(a) if a.targets.len() == 1 && matches!(&a.targets[0], E::Name(_)) => {
                    let E::Name(n) = &a.targets[0] else { continue };
                    if self.const_eval(&a.value).is_none() {
                        let mut g = GlobalDef::new(m, &a.value, None, n.id.as_str());
                        g.class_scope = self.class_body.clone();
                        let gi = self.globals.len();
                        cglobals.insert(n.id.to_string(), gi);
                        self.globals.push(g);
                        self.class_body_value(n.id.as_str(), ClassVal::Global(gi));
                        continue;
                    }
                    if let Some(cv) = self.const_value(&a.value, None) {
                        self.class_body_value(n.id.as_str(), ClassVal::Const(cv.clone()));
                        consts.insert(n.id.to_string(), cv);
                    }
                }
                other => self.err(unsupported(
                    &format!("{} in a class body", stmt_kind(other)),
                    other.range(),
                    "a class body holds methods, constants (`X = 1`) and field annotations (`x: int`); set attributes in `__init__`",
                )),
            }
        }
        self.class_body = None;
        if let Some(&ci) = self.class_idx.get(cname) {
            self.classes[ci].fields = fields;
            self.classes[ci].consts = consts;
            self.classes[ci].globals = cglobals;
        }
    }

    pub fn find_method(&self, class: &str, m: &str) -> Option<(String, Sig)> {
        for c in self.ancestry(class) {
            if let Some(k) = self.class(&c)
                && let Some(s) = k.sigs.get(m)
            {
                return Some((c, s.clone()));
            }
        }
        None
    }

    /// A use of a module- or class-level value that is not a constant: a
    /// read of the field its initializer set when the program started (the
    /// initializer is checked at the first use).
    pub fn eval_global(&mut self, fx: &mut Fx, gi: usize, r: TextRange) -> t::Expr {
        if self.globals[gi].state == GlobalState::Unchecked {
            self.check_global(gi);
        }
        let n = self.globals[gi].name.clone();
        let ty = match (self.globals[gi].state, &self.globals[gi].ty) {
            (GlobalState::InProgress, None) => {
                self.err(Diagnostic::new(
                    format!("the value of `{n}` refers to itself"),
                    r,
                    "circular definition",
                    "define module-level values from literals and earlier values",
                ));
                return t::Expr::new(t::ExprKind::Bool(false), Ty::Unknown, r);
            }
            (_, Some(t)) => t.clone(),
            (_, None) => Ty::Unknown,
        };
        // The initializer of a module value reading one that is assigned
        // later (or itself): CPython raises NameError.
        if let Some(cur) = fx
            .irname
            .strip_prefix("$init$g")
            .and_then(|n| n.parse::<usize>().ok())
            && let Some(here) = self.globals.get(cur).and_then(|g| g.order)
            && let Some(there) = self.globals[gi].order
            && there >= here
        {
            self.err(Diagnostic::new(
                format!("`{n}` is used before it is assigned"),
                r,
                "module-level values are evaluated in order when the program starts",
                format!("define `{n}` before this value"),
            ));
            return t::Expr::new(t::ExprKind::Bool(false), Ty::Unknown, r);
        }
        if ty.is_unknown() {
            return t::Expr::new(t::ExprKind::Bool(false), Ty::Unknown, r);
        }
        let field = global_field(&n, gi);
        let obj = t::Expr::new(
            t::ExprKind::Globals,
            Ty::Class(ir::GLOBALS_CLASS.to_string()),
            r,
        );
        t::Expr::new(
            t::ExprKind::GetField {
                class: ir::GLOBALS_CLASS.to_string(),
                field,
                obj: Box::new(obj),
            },
            ty,
            r,
        )
    }

    /// Check the value of a module- or class-level name in its module and
    /// make its initializer function.
    fn check_global(&mut self, gi: usize) {
        self.globals[gi].state = GlobalState::InProgress;
        let (m, value, ann) = (
            self.globals[gi].module,
            self.globals[gi].value,
            self.globals[gi].ann,
        );
        let name = self.globals[gi].name.clone();
        let saved = (self.cur_mod, std::mem::take(&mut self.cur_subst));
        self.cur_mod = m;
        let fname = init_name(gi);
        let mut gfx = Fx::new(&name, Ty::None, vec![]);
        gfx.irname = fname.clone();
        let exp = ann.map(|a| self.annotation(a));
        self.globals[gi].ty = exp.clone();
        let x = self.expr(&mut gfx, value, exp.as_ref());
        self.finish_fx(&mut gfx);
        let x = match &exp {
            Some(t) => {
                let x = self.coerce(x, t);
                if !self.assignable(&x.ty, t) {
                    self.err(mismatch(
                        t,
                        &x.ty,
                        x.range,
                        "the annotation gives the value's type",
                    ));
                }
                t::Expr::new(x.kind, t.clone(), x.range)
            }
            None => x,
        };
        let ty = x.ty.clone();
        if ty == Ty::None {
            self.err(Diagnostic::new(
                format!("the value of `{name}` is `None`"),
                x.range,
                "no type",
                format!("give it an optional type (`{name}: T | None = None`), or call the procedure from a function"),
            ));
        }
        let ok = !ty.is_unknown() && ty != Ty::None;
        if ok {
            self.use_ty(&ty);
            for (_, t) in &gfx.locals {
                let t = t.clone();
                self.use_ty(&t);
            }
            let r = x.range;
            let target = t::Target::Field {
                class: ir::GLOBALS_CLASS.to_string(),
                field: global_field(&name, gi),
                obj: t::Expr::new(
                    t::ExprKind::Globals,
                    Ty::Class(ir::GLOBALS_CLASS.to_string()),
                    r,
                ),
            };
            self.globals[gi].init = Some(t::FuncInfo {
                name: fname,
                params: vec![],
                ret: Ty::None,
                body: vec![t::Stmt::Assign(vec![target], vec![x])],
                locals: gfx.locals,
                range: r,
            });
            self.globals[gi].ty = Some(ty);
        } else {
            self.globals[gi].ty = Some(Ty::Unknown);
        }
        self.cur_mod = saved.0;
        self.cur_subst = saved.1;
        self.globals[gi].state = GlobalState::Done;
    }

    /// The order in which CPython evaluates the values of the program's
    /// modules: each module's body runs top to bottom (class bodies at
    /// their `class` statement), and an `import` runs the imported
    /// module's body first, the first time only.
    fn global_order(&mut self) {
        let n = self.mods.len();
        let mut started = vec![false; n];
        let mut order: Vec<usize> = Vec::new();
        // The entry module, then any program module it does not import.
        let roots: Vec<usize> = std::iter::once(0)
            .chain((1..n).filter(|&m| !self.is_lib(m)))
            .collect();
        for root in roots {
            self.run_module(root, &mut started, &mut order);
        }
        for (i, gi) in order.into_iter().enumerate() {
            self.globals[gi].order = Some(i);
        }
    }

    fn run_module(&self, m: usize, started: &mut Vec<bool>, order: &mut Vec<usize>) {
        if started[m] || self.is_lib(m) {
            return;
        }
        started[m] = true;
        // Events of the module body by position: imports of program
        // modules, and values (class-level ones lie inside their class).
        let mut events: Vec<(TextSize, Result<usize, usize>)> = Vec::new();
        for s in &self.mods[m].ast.body {
            let add = |name: &str, events: &mut Vec<(TextSize, Result<usize, usize>)>| {
                let parts: Vec<&str> = name.split('.').collect();
                for i in 1..=parts.len() {
                    if let Some(mi) = self.module_index(&parts[..i].join(".")) {
                        events.push((s.range().start(), Err(mi)));
                    }
                }
            };
            match s {
                S::Import(imp) => {
                    for a in &imp.names {
                        add(a.name.as_str(), &mut events);
                    }
                }
                S::ImportFrom(imp) if imp.level == 0 => {
                    if let Some(md) = &imp.module {
                        add(md.as_str(), &mut events);
                        for a in &imp.names {
                            if let Some(mi) = self.module_index(&format!("{md}.{}", a.name)) {
                                events.push((s.range().start(), Err(mi)));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        for (gi, g) in self.globals.iter().enumerate() {
            if g.module == m {
                events.push((g.value.range().start(), Ok(gi)));
            }
        }
        events.sort_by_key(|(pos, _)| *pos);
        for (_, e) in events {
            match e {
                Ok(gi) => order.push(gi),
                Err(mi) => self.run_module(mi, started, order),
            }
        }
    }

    /// Record a class-level name of the class body being collected.
    fn class_body_value(&mut self, n: &str, v: ClassVal) {
        if let Some(names) = &mut self.class_body {
            names.retain(|(x, _)| x != n);
            names.push((n.to_string(), v));
        }
    }

    /// A bare name read by the value of a class-level name: one of the
    /// class's names assigned before it, with the value it had there (not
    /// inside a comprehension or lambda, whose scopes skip the class body,
    /// as in CPython).
    pub(crate) fn class_scope_read(
        &mut self,
        fx: &mut Fx,
        id: &str,
        r: TextRange,
    ) -> Option<t::Expr> {
        let gi = fx.irname.strip_prefix("$init$g")?.parse::<usize>().ok()?;
        if !fx.scopes.is_empty() {
            return None;
        }
        let names = self.globals.get(gi)?.class_scope.as_ref()?;
        let (_, v) = names.iter().find(|(x, _)| x == id)?.clone();
        Some(self.class_val_expr(fx, &v, r))
    }

    /// The class-level value `n` defined by `class` itself.
    fn own_class_val(&self, class: &str, n: &str) -> Option<ClassVal> {
        let k = self.class(class)?;
        if let Some(v) = k.consts.get(n) {
            return Some(ClassVal::Const(v.clone()));
        }
        k.globals.get(n).map(|&gi| ClassVal::Global(gi))
    }

    /// The class-level value `n` of `class` (constant or value evaluated
    /// at start), from the nearest class of its ancestry defining it.
    pub fn class_val(&self, class: &str, n: &str) -> Option<(String, ClassVal)> {
        self.ancestry(class)
            .into_iter()
            .find_map(|c| self.own_class_val(&c, n).map(|v| (c, v)))
    }

    pub fn class_val_expr(&mut self, fx: &mut Fx, v: &ClassVal, r: TextRange) -> t::Expr {
        match v {
            ClassVal::Const(c) => c.expr(r),
            ClassVal::Global(gi) => self.eval_global(fx, *gi, r),
        }
    }

    /// Classes deriving from `class` (not itself), user and library.
    pub fn subclasses(&self, class: &str) -> Vec<String> {
        self.classes
            .iter()
            .filter(|k| k.name != class && self.is_subclass(&k.name, class))
            .map(|k| k.name.clone())
            .collect()
    }

    /// `obj.n` for a class-level value `n` of `class` (None when `class`
    /// has none). CPython looks the name up in the class of the object:
    /// when a subclass redefines it, the read is a virtual call of a
    /// getter synthesized in every class defining it; otherwise the value
    /// is read statically (the common case, as cheap as a constant).
    pub fn instance_class_val(
        &mut self,
        fx: &mut Fx,
        obj: t::Expr,
        class: &str,
        n: &str,
        r: TextRange,
    ) -> Option<t::Expr> {
        let (owner, v) = self.class_val(class, n)?;
        let mut defs = vec![(owner.clone(), v.clone())];
        for sub in self.subclasses(class) {
            if let Some(sv) = self.own_class_val(&sub, n) {
                defs.push((sub, sv));
            } else if self
                .class(&sub)
                .is_some_and(|k| k.fields.iter().any(|f| f.name == n))
            {
                let shown = crate::types::show_class(&owner);
                self.err(Diagnostic::new(
                    format!(
                        "`{n}` is a class constant of `{shown}` and an attribute of its subclass `{}`",
                        crate::types::show_class(&sub)
                    ),
                    r,
                    "read through a type whose subclasses disagree on it",
                    "rename the attribute or the constant",
                ));
                return Some(t::Expr::new(t::ExprKind::Bool(false), Ty::Unknown, r));
            }
        }
        if defs.len() == 1 {
            let pre = vec![t::Stmt::Expr(obj)];
            let v = self.class_val_expr(fx, &v, r);
            let ty = v.ty.clone();
            return Some(t::Expr::new(t::ExprKind::Block(pre, Box::new(v)), ty, r));
        }
        let getter = format!("$class${n}");
        let mut ty: Option<(String, Ty)> = None;
        for (k, kv) in defs {
            let gty = self.synth_getter(&k, &getter, &Getter::Class(kv));
            match &ty {
                Some((first, t0)) if *t0 != gty && !gty.is_unknown() && !t0.is_unknown() => {
                    self.err(Diagnostic::new(
                        format!(
                            "class constant `{n}` has type `{t0}` in `{}` but `{gty}` in its subclass `{}`",
                            crate::types::show_class(first),
                            crate::types::show_class(&k)
                        ),
                        r,
                        "its value depends on the class of the object",
                        format!("give every definition of `{n}` the same type"),
                    ));
                    return Some(t::Expr::new(t::ExprKind::Bool(false), Ty::Unknown, r));
                }
                Some(_) => {}
                None => ty = Some((k, gty)),
            }
        }
        let ty = ty.map_or(Ty::Unknown, |(_, t)| t);
        Some(t::Expr::new(
            t::ExprKind::CallVirtual(class.to_string(), getter, vec![obj]),
            ty,
            r,
        ))
    }

    /// Synthesize the method `getter` of `class` returning a class-level
    /// value or a default value (once); returns its type.
    pub fn synth_getter(&mut self, class: &str, getter: &str, v: &Getter) -> Ty {
        let name = format!("{class}.{getter}");
        if let Some(f) = self.synth.iter().find(|f| f.name == name) {
            return f.ret.clone();
        }
        let params = vec![("self".to_string(), Ty::Class(class.to_string()))];
        let mut fx = Fx::new(getter, Ty::Unknown, params.clone());
        fx.irname = name.clone();
        let r = TextRange::default();
        let val = match v {
            Getter::Class(cv) => self.class_val_expr(&mut fx, cv, r),
            Getter::Default(dv, ty) => self.default_expr(dv, ty, r),
        };
        let ty = val.ty.clone();
        self.synth.push(t::FuncInfo {
            name,
            params,
            ret: ty.clone(),
            body: vec![t::Stmt::Return(Some(val), r)],
            locals: fx.locals.clone(),
            range: r,
        });
        if let Some(&ci) = self.class_idx.get(class)
            && !self.classes[ci].methods.iter().any(|m| m == getter)
        {
            self.classes[ci].methods.push(getter.to_string());
        }
        ty
    }

    /// For a virtual call of `class.m`: which parameters (without `self`)
    /// whose default differs between the method `class` resolves and the
    /// overrides in its subclasses (CPython uses the default of the
    /// method actually called).
    pub fn dynamic_defaults(&self, class: &str, m: &str) -> Vec<bool> {
        let Some((_, base)) = self.find_method(class, m) else {
            return vec![];
        };
        let base = tail(&base.defaults);
        let mut out = vec![false; base.len()];
        for sub in self.subclasses(class) {
            let Some(s) = self.class(&sub).and_then(|k| k.sigs.get(m)) else {
                continue;
            };
            for (i, d) in tail(&s.defaults).iter().enumerate() {
                if let Some(slot) = out.get_mut(i)
                    && base.get(i) != Some(d)
                {
                    *slot = true;
                }
            }
        }
        out
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
                // Names are part of the signature: a keyword argument
                // binds by the name of the method actually called, which
                // the static dispatch cannot know.
                let show = |s: &Sig| {
                    let ps: Vec<String> = crate::check::tail(&s.params)
                        .iter()
                        .map(|(n, t)| format!("{n}: {t}"))
                        .collect();
                    format!("({}) -> {}", ps.join(", "), s.ret)
                };
                let owner = crate::types::show_class(&owner);
                errs.push(Diagnostic::new(
                    format!("method `{m}` overrides `{owner}.{m}` with a different signature"),
                    sig.range,
                    format!("this is `{}`", show(sig)),
                    format!(
                        "make it `{}` like `{owner}.{m}` (the same parameter names and types: a keyword argument names them)",
                        show(&psig)
                    ),
                ));
            } else if let Some((owner, psig)) = self.find_method(&parent, m)
                && let Some(i) = (1..sig.defaults.len()).find(|&i| {
                    sig.defaults[i].is_none() && psig.defaults.get(i).is_some_and(|d| d.is_some())
                })
            {
                // A call through the base type may leave the argument out;
                // CPython then raises TypeError in the override.
                let owner = crate::types::show_class(&owner);
                let pn = sig.params.get(i).map_or("", |(n, _)| n.as_str());
                errs.push(Diagnostic::new(
                    format!("method `{m}` overrides `{owner}.{m}` without the default of `{pn}`"),
                    sig.range,
                    format!("`{owner}.{m}` has a default for `{pn}`"),
                    "give the parameter a default here too (it may differ)",
                ));
            }
        }
        for d in errs {
            self.err(d);
        }
    }

    pub fn field(&self, class: &str, name: &str) -> Option<(String, usize, usize)> {
        for c in self.ancestry(class) {
            if let Some(&ci) = self.class_idx.get(&c)
                && let Some(fi) = self.classes[ci].fields.iter().position(|f| f.name == name)
            {
                return Some((c, ci, fi));
            }
        }
        None
    }

    pub fn declare_fields(&mut self, cname: &str, done: &mut HashSet<String>) {
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
        let saved = (self.cur_mod, std::mem::take(&mut self.cur_subst));
        self.cur_mod = self.classes[ci].module;
        self.cur_subst = self.classes[ci].subst.clone();
        let init = cdef.body.iter().find_map(|s| match s {
            S::FunctionDef(f) if f.name.as_str() == "__init__" => Some(f),
            _ => None,
        });
        if let Some(init) = init
            && let Some(selfp) = init.parameters.args.first()
        {
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
        self.cur_mod = saved.0;
        self.cur_subst = saved.1;
    }

    /// Check `C.__init__` (on demand: other bodies may need its fields).
    pub fn check_init(&mut self, c: &str) {
        let Some(&ci) = self.class_idx.get(c) else {
            return;
        };
        if self.classes[ci].init_state != InitState::NotChecked {
            return;
        }
        self.classes[ci].init_state = InitState::InProgress;
        let name = format!("{c}.__init__");
        if let Some(&wi) = self.work_idx.get(&name) {
            let w = self.func_list[wi].clone();
            self.check_work(&w);
        }
        if let Some(&ci) = self.class_idx.get(c) {
            self.classes[ci].init_state = InitState::Done;
        }
    }

    /// Check one body (in its module and substitution).
    pub fn check_work(&mut self, w: &Work<'a>) {
        if self.bodies.contains_key(&w.name) {
            return;
        }
        if let Some(c) = &w.class
            && w.ast.name.as_str() == "__init__"
            && self
                .class(c)
                .is_some_and(|k| k.init_state == InitState::NotChecked)
        {
            self.check_init(c);
            return;
        }
        let saved = (
            self.cur_mod,
            std::mem::replace(&mut self.cur_subst, w.subst.clone()),
        );
        let saved_site = self.work_site;
        if w.site.is_some() {
            self.work_site = w.site;
        }
        self.cur_mod = w.module;
        self.check_body(&w.name, w.ast, w.class.as_deref());
        self.cur_mod = saved.0;
        self.cur_subst = saved.1;
        self.work_site = saved_site;
    }

    fn check_body(&mut self, name: &str, f: &'a ast::StmtFunctionDef, class: Option<&str>) {
        let sig = match class {
            Some(c) => self
                .class(c)
                .and_then(|k| k.sigs.get(f.name.as_str()).cloned()),
            None => self.funcs.get(name).cloned(),
        };
        let Some(sig) = sig else { return };
        // Mark as started (recursive instantiations).
        self.bodies.insert(
            name.to_string(),
            t::FuncInfo {
                name: name.to_string(),
                params: sig.params.clone(),
                ret: sig.ret.clone(),
                body: vec![],
                locals: vec![],
                range: sig.range,
            },
        );
        let mut assigned = HashSet::new();
        collect_assigned(&f.body, &mut assigned);
        let mut fx = Fx::new(&sig.display, sig.ret.clone(), sig.params.clone());
        fx.irname = name.to_string();
        fx.class = class.map(str::to_string);
        fx.init_of = if f.name.as_str() == "__init__" {
            class.map(str::to_string)
        } else {
            None
        };
        fx.self_name = if class.is_some() && !sig.is_static {
            sig.params.first().map(|(n, _)| n.clone())
        } else {
            None
        };
        fx.cells = crate::check_closure::captured_names(&f.body)
            .into_iter()
            .filter(|n| assigned.contains(n) || sig.params.iter().any(|(p, _)| p == n))
            .collect();
        fx.bound_outside_handlers = bound_outside_handlers(&f.body, &sig.params);
        fx.nl_cells = crate::check_narrow::nested_nonlocals(&f.body)
            .into_iter()
            .filter(|n| fx.cells.contains(n))
            .collect();
        fx.assigned = assigned;
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
        let body_stmts = self.block(&mut fx, body);
        self.finish_fx(&mut fx);
        let mut stmts = crate::check_closure::cell_prologue(self, &fx, &sig.params);
        stmts.extend(body_stmts);
        let mut locals = fx.locals.clone();
        for c in &fx.cells {
            if let Some(ty) = fx
                .locals
                .iter()
                .find(|(n, _)| n == c)
                .map(|(_, t)| t.clone())
                && !ty.is_unknown()
            {
                let ct = crate::check_closure::cell_ty(self, &ty);
                locals.push((format!("{c}$cell"), ct));
            }
        }
        let info = t::FuncInfo {
            name: name.to_string(),
            params: sig.params.clone(),
            ret: sig.ret.clone(),
            body: stmts,
            locals,
            range: sig.range,
        };
        let tys: Vec<Ty> = info.locals.iter().map(|(_, t)| t.clone()).collect();
        for t in &tys {
            self.use_ty(t);
        }
        self.use_ty(&sig.ret);
        self.bodies.insert(name.to_string(), info);
    }

    // ----- generics -------------------------------------------------------

    /// Instantiate a generic function for the argument types; returns the
    /// IR name (its signature is in `funcs`).
    pub fn instantiate_func(&mut self, gi: usize, subst: Vec<(String, Ty)>) -> Option<String> {
        let (m, f) = (self.gfuncs[gi].module, self.gfuncs[gi].ast);
        let mut irn = format!("{}{}", self.mods[m].prefix, self.gfuncs[gi].name);
        for (_, t) in &subst {
            irn.push('$');
            irn.push_str(&t.mangle());
        }
        if !self.funcs.contains_key(&irn) {
            let saved = (
                self.cur_mod,
                std::mem::replace(&mut self.cur_subst, subst.clone()),
            );
            self.cur_mod = m;
            let sig = self.signature(f, None);
            self.cur_mod = saved.0;
            self.cur_subst = saved.1;
            let mut sig = sig?;
            sig.name = irn.clone();
            self.funcs.insert(irn.clone(), sig);
            self.push_work(Work {
                name: irn.clone(),
                ast: f,
                class: None,
                module: m,
                subst,
                site: self.cur_site(),
            });
        }
        self.need(&irn);
        Some(irn)
    }

    /// The generic signature (type variables as `?T` classes).
    pub fn generic_sig(&mut self, gi: usize) -> Option<Sig> {
        let (m, f) = (self.gfuncs[gi].module, self.gfuncs[gi].ast);
        let saved = (
            self.cur_mod,
            std::mem::take(&mut self.cur_subst),
            self.tvar_mode,
        );
        self.cur_mod = m;
        self.tvar_mode = true;
        let sig = self.signature(f, None);
        self.cur_mod = saved.0;
        self.cur_subst = saved.1;
        self.tvar_mode = saved.2;
        sig
    }

    /// Create the class `irn` from generic class `gi` with type arguments.
    pub fn instantiate_class(&mut self, gi: usize, irn: &str, ts: Vec<Ty>) {
        if self.class_idx.contains_key(irn) {
            return;
        }
        let (m, c) = (self.gclasses[gi].module, self.gclasses[gi].ast);
        let tvars = self.gclasses[gi].tvars.clone();
        if tvars.len() != ts.len() {
            self.err(Diagnostic::new(
                format!("`{}` takes {} type arguments", c.name, tvars.len()),
                c.name.range,
                "used with another number",
                "pass one type per type variable",
            ));
            return;
        }
        let subst: Vec<(String, Ty)> = tvars.into_iter().zip(ts).collect();
        self.add_class(ClassDecl {
            name: irn.to_string(),
            parent: None,
            builtin: false,
            fields: vec![],
            methods: vec![],
            sigs: HashMap::new(),
            consts: HashMap::new(),
            globals: HashMap::new(),
            ast: Some(c),
            init_state: InitState::NotChecked,
            module: m,
            subst: subst.clone(),
            used: false,
            synthetic: false,
        });
        let saved = (self.cur_mod, std::mem::replace(&mut self.cur_subst, subst));
        self.cur_mod = m;
        self.class_body(irn, c);
        let mut done = HashSet::new();
        self.declare_fields(irn, &mut done);
        self.cur_mod = saved.0;
        self.cur_subst = saved.1;
    }

    /// Make sure the class a composite type lowers to exists.
    pub fn ensure_class(&mut self, t: &Ty) {
        if t.is_unknown() || t.mangle().contains('?') {
            return;
        }
        match t {
            // The prelude's Dict/Set cannot be instantiated with None (its
            // bodies would be rejected inside the prelude); the program's
            // use is reported where it is written (annotation, display).
            Ty::Dict(k, v) if **k == Ty::None || **v == Ty::None => {}
            Ty::Set(e) if **e == Ty::None => {}
            Ty::Optional(e) if !e.is_ref() => {
                let irn = t.mangle();
                if !self.class_idx.contains_key(&irn) {
                    let fields = vec![FieldDecl {
                        name: "v".into(),
                        ty: Some((**e).clone()),
                        range: TextRange::default(),
                    }];
                    self.add_synthetic(&irn, None, fields, vec![]);
                }
            }
            Ty::List(e) | Ty::Optional(e) | Ty::TupleVar(e) => self.ensure_class(e),
            Ty::Dict(k, v) => {
                self.ensure_class(k);
                self.ensure_class(v);
                let irn = t.mangle();
                if !self.class_idx.contains_key(&irn) {
                    match self.lib.get("Dict").cloned() {
                        Some(Item::GenClass(gi)) => {
                            self.instantiate_class(gi, &irn, vec![(**k).clone(), (**v).clone()])
                        }
                        _ => self.err(Diagnostic::new(
                            "dict support is missing from the prelude",
                            TextRange::default(),
                            "no `Dict` class",
                            "the prelude must define `class Dict(Generic[K, V])`",
                        )),
                    }
                }
            }
            Ty::Set(e) => {
                self.ensure_class(e);
                let irn = t.mangle();
                if !self.class_idx.contains_key(&irn) {
                    match self.lib.get("Set").cloned() {
                        Some(Item::GenClass(gi)) => {
                            self.instantiate_class(gi, &irn, vec![(**e).clone()])
                        }
                        _ => self.err(Diagnostic::new(
                            "set support is missing from the prelude",
                            TextRange::default(),
                            "no `Set` class",
                            "the prelude must define `class Set(Generic[T])`",
                        )),
                    }
                }
            }
            Ty::Tuple(ts) => {
                for x in ts {
                    self.ensure_class(x);
                }
                let irn = t.mangle();
                if !self.class_idx.contains_key(&irn) {
                    let fields = ts
                        .iter()
                        .enumerate()
                        .map(|(i, x)| FieldDecl {
                            name: format!("f{i}"),
                            ty: Some(x.clone()),
                            range: TextRange::default(),
                        })
                        .collect();
                    self.add_synthetic(&irn, None, fields, vec![]);
                }
            }
            Ty::Func(ps, r) => {
                for x in ps {
                    self.ensure_class(x);
                }
                self.ensure_class(r);
                let irn = t.mangle();
                if !self.class_idx.contains_key(&irn) {
                    let mut params = vec![("self".to_string(), Ty::Class(irn.clone()))];
                    for (i, p) in ps.iter().enumerate() {
                        params.push((format!("a{i}"), p.clone()));
                    }
                    self.add_synthetic(&irn, None, vec![], vec!["call".into()]);
                    let sig = Sig {
                        name: format!("{irn}.call"),
                        display: format!("{t}"),
                        defaults: vec![None; params.len()],
                        params,
                        ret: (**r).clone(),
                        range: TextRange::default(),
                        is_static: false,
                    };
                    if let Some(&ci) = self.class_idx.get(&irn) {
                        self.classes[ci].sigs.insert("call".into(), sig);
                    }
                    self.synth_abstract_call(&irn, t);
                }
            }
            _ => {}
        }
    }

    pub fn add_synthetic(
        &mut self,
        irn: &str,
        parent: Option<String>,
        fields: Vec<FieldDecl>,
        methods: Vec<String>,
    ) {
        self.add_class(ClassDecl {
            name: irn.to_string(),
            parent,
            builtin: false,
            fields,
            methods,
            sigs: HashMap::new(),
            consts: HashMap::new(),
            globals: HashMap::new(),
            ast: None,
            init_state: InitState::Done,
            module: 0,
            subst: vec![],
            used: false,
            synthetic: true,
        });
    }

    /// The abstract `call` of a callable class: raises (never reached,
    /// every instance is of a subclass).
    fn synth_abstract_call(&mut self, irn: &str, t: &Ty) {
        let Ty::Func(ps, r) = t else { return };
        let mut params = vec![("self".to_string(), Ty::Class(irn.to_string()))];
        for (i, p) in ps.iter().enumerate() {
            params.push((format!("a{i}"), p.clone()));
        }
        let rr = TextRange::default();
        let exc = t::Expr::new(
            t::ExprKind::New {
                class: "NotImplementedError".into(),
                init: None,
                args: vec![],
                sets: vec![],
            },
            Ty::Class("NotImplementedError".into()),
            rr,
        );
        self.synth.push(t::FuncInfo {
            name: format!("{irn}.call"),
            locals: params.clone(),
            params,
            ret: (**r).clone(),
            body: vec![t::Stmt::Raise(Some(exc))],
            range: rr,
        });
    }

    // ----- output -----------------------------------------------------

    fn program(&mut self) -> t::Program {
        let mut functions = Vec::new();
        let mut seen = HashSet::new();
        let names: Vec<String> = self.func_list.iter().map(|w| w.name.clone()).collect();
        for name in names {
            if let Some(f) = self.bodies.remove(&name)
                && seen.insert(name.clone())
            {
                functions.push(f);
            }
        }
        for f in std::mem::take(&mut self.synth) {
            if seen.insert(f.name.clone()) {
                functions.push(f);
            }
        }
        let mut classes: Vec<t::ClassInfo> = self
            .classes
            .iter()
            .filter(|c| c.used || c.builtin)
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
        self.globals_program(&mut classes, &mut functions);
        t::Program { classes, functions }
    }

    /// The module state: the class of the values of module- and
    /// class-level names, their initializers, and `$init` running them in
    /// order (library values first, then the program's in CPython's
    /// order), which the entry wrapper calls.
    fn globals_program(
        &mut self,
        classes: &mut Vec<t::ClassInfo>,
        functions: &mut Vec<t::FuncInfo>,
    ) {
        let mut inits: Vec<(usize, usize)> = Vec::new();
        for (gi, g) in self.globals.iter().enumerate() {
            if g.init.is_some() {
                inits.push((g.order.map_or(0, |o| o + 1), gi));
            }
        }
        if inits.is_empty() {
            return;
        }
        inits.sort();
        let r = TextRange::default();
        let mut fields = Vec::new();
        let mut body = Vec::new();
        for (_, gi) in inits {
            let g = &mut self.globals[gi];
            let Some(f) = g.init.take() else { continue };
            fields.push((
                global_field(&g.name, gi),
                g.ty.clone().unwrap_or(Ty::Unknown),
            ));
            body.push(t::Stmt::Expr(t::Expr::new(
                t::ExprKind::Call(f.name.clone(), vec![]),
                Ty::None,
                r,
            )));
            functions.push(f);
        }
        classes.push(t::ClassInfo {
            name: ir::GLOBALS_CLASS.to_string(),
            parent: None,
            fields,
            methods: vec![],
            builtin: false,
        });
        functions.push(t::FuncInfo {
            name: INIT_ALL.to_string(),
            params: vec![],
            ret: Ty::None,
            body,
            locals: vec![],
            range: r,
        });
    }
}

/// A literal constant (`-1`, `1.5`, `"s"`, `b"x"`, `True`).
pub(crate) fn literal_const(v: &E) -> Option<Const> {
    match v {
        E::NumberLiteral(ast::ExprNumberLiteral {
            value: ast::Number::Int(i),
            ..
        }) => i.as_i64().map(Const::Int),
        E::NumberLiteral(ast::ExprNumberLiteral {
            value: ast::Number::Float(f),
            ..
        }) => Some(Const::Float(f.to_bits())),
        E::UnaryOp(u) if u.op == ast::UnaryOp::USub => match &*u.operand {
            E::NumberLiteral(ast::ExprNumberLiteral {
                value: ast::Number::Int(i),
                ..
            }) => neg_literal(i).map(Const::Int),
            E::NumberLiteral(ast::ExprNumberLiteral {
                value: ast::Number::Float(f),
                ..
            }) => Some(Const::Float((-f).to_bits())),
            _ => None,
        },
        E::StringLiteral(s) => Some(Const::Str(s.value.to_str().to_string())),
        E::BytesLiteral(b) => Some(Const::Bytes(b.value.bytes().collect())),
        E::BooleanLiteral(b) => Some(Const::Bool(b.value)),
        _ => None,
    }
}

/// The name at the left end of a dotted path (`a` in `a.b.c`).
pub(crate) fn leftmost_name(e: &E) -> Option<&str> {
    match e {
        E::Name(n) => Some(n.id.as_str()),
        E::Attribute(a) => leftmost_name(&a.value),
        _ => None,
    }
}

/// A dotted path as written (`a.b.c`).
pub(crate) fn dotted_text(e: &E) -> String {
    match e {
        E::Name(n) => n.id.to_string(),
        E::Attribute(a) => format!("{}.{}", dotted_text(&a.value), a.attr),
        _ => "<expression>".to_string(),
    }
}

pub(crate) fn is_super_init_call(s: &S) -> bool {
    if let S::Expr(e) = s
        && let E::Call(c) = &*e.value
        && let E::Attribute(a) = &*c.func
        && a.attr.as_str() == "__init__"
    {
        // super().__init__(...), or Base.__init__(self, ...).
        if let E::Call(sc) = &*a.value
            && let E::Name(n) = &*sc.func
        {
            return n.id.as_str() == "super";
        }
        return matches!(&*a.value, E::Name(_))
            && matches!(c.arguments.args.first(), Some(E::Name(s)) if s.id.as_str() == "self");
    }
    false
}

/// The header of a compound statement (for diagnostics).
pub(crate) fn stmt_head(s: &S) -> TextRange {
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

/// The uses of the names `watched` in a function body other than
/// `name is None`, `name is not None` (either operand order), in source
/// order: `__exit__`'s `exc_type` and `tb` (see `exit_params_ok`).
fn exit_param_uses(body: &[S], watched: &[String], out: &mut Vec<(String, TextRange)>) {
    use ruff_python_ast::visitor::{Visitor, walk_expr};
    struct V<'w, 'o> {
        watched: &'w [String],
        out: &'o mut Vec<(String, TextRange)>,
    }
    impl<'x> Visitor<'x> for V<'_, '_> {
        fn visit_expr(&mut self, e: &'x E) {
            let is_watched =
                |x: &E| matches!(x, E::Name(n) if self.watched.iter().any(|w| w == n.id.as_str()));
            if let E::Compare(c) = e
                && c.ops.len() == 1
                && matches!(c.ops[0], ast::CmpOp::Is | ast::CmpOp::IsNot)
            {
                let (l, r) = (&*c.left, &c.comparators[0]);
                if (is_watched(l) && matches!(r, E::NoneLiteral(_)))
                    || (is_watched(r) && matches!(l, E::NoneLiteral(_)))
                {
                    return;
                }
            }
            if let E::Name(n) = e
                && is_watched(e)
            {
                self.out.push((n.id.to_string(), n.range));
            }
            walk_expr(self, e);
        }
    }
    let mut v = V { watched, out };
    v.visit_body(body);
}
