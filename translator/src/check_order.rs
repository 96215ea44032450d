//! Start-up order (the last step of stage 2): module-level code must not
//! use a module-level name before the statement that binds it has run.
//!
//! CPython runs each module's body top to bottom (an `import` runs the
//! imported module's body first, the first time), binding names as it
//! goes: a `def` or `class` binds its name when the statement ends, an
//! assignment when its value is computed, an import when it runs. Code
//! that runs during start-up — module and class values, default values,
//! annotations and base classes (evaluated when their `def`/`class`
//! runs), `from m import x` (which reads `m.x`), the
//! `if __name__ == "__main__":` block — and every function it may call
//! (transitively) raise `NameError` (or `ImportError`/`AttributeError`
//! for a partially initialized module) when they read a name not bound
//! yet. The translated program evaluates everything first and would read
//! 0/None instead, so such programs are rejected here.
//!
//! The check is conservative: a function counts as called at start-up if
//! any code that runs then may call it (a virtual call may reach the
//! method of any class already defined; a call of a function value any
//! lambda or function used as a value), and it uses every module-level
//! name it (or a lambda or nested function inside it) mentions.

use crate::check::{Ctx, collect_assigned, is_main_guard};
use crate::diag::Diagnostic;
use crate::typed::{self as t, ExprKind as K};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr as E, Stmt as S};
use ruff_text_size::{Ranged, TextRange};
use std::collections::{HashMap, HashSet};

/// How a module-level name is bound (for the messages).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Value,
    Def,
    /// A class: bound when its class statement ends.
    Class,
    Import,
}

impl Kind {
    fn verb(self) -> &'static str {
        match self {
            Kind::Value => "assigned",
            Kind::Def | Kind::Class => "defined",
            Kind::Import => "imported",
        }
    }

    /// "`X` is VERB on LINE" (a class at the end of its statement).
    fn when(self, name: &str, line: &str) -> String {
        match self {
            Kind::Class => format!("`{name}` is defined when its class statement ({line}) ends"),
            _ => format!("`{name}` is {} on {line}", self.verb()),
        }
    }
}

/// A use of a module-level name: `name` of module `module`, written at
/// `range` in module `at`.
#[derive(Clone)]
struct Use {
    module: usize,
    name: String,
    at: usize,
    range: TextRange,
}

/// Something that runs at start-up, at position `pos` of the program's
/// execution order.
struct Event {
    pos: usize,
    module: usize,
    range: TextRange,
    /// What runs (for the messages).
    what: String,
    /// Names its own code uses.
    uses: Vec<Use>,
    /// Functions it calls (IR names).
    roots: Vec<String>,
    /// `from m import x`: the name it reads.
    import: Option<Use>,
}

/// A call found in a typed body.
enum Edge {
    Direct(String),
    Virtual(String, String),
}

struct Order<'c, 'a> {
    cx: &'c Ctx<'a>,
    pos: usize,
    /// Where each module-level name is bound.
    binds: HashMap<(usize, String), (usize, Kind, TextRange)>,
    /// Where each user class is bound (by IR name).
    class_pos: HashMap<String, usize>,
    events: Vec<Event>,
    started: Vec<bool>,
    /// Problems found while scanning (annotations CPython cannot
    /// evaluate).
    bad: Vec<(usize, Diagnostic)>,
}

/// Check the program's start-up order (see the module docs).
pub(crate) fn check(cx: &mut Ctx<'_>, prog: &t::Program) {
    let diags = {
        let mut o = Order {
            cx,
            pos: 0,
            binds: HashMap::new(),
            class_pos: HashMap::new(),
            events: Vec::new(),
            started: vec![false; cx.mods.len()],
            bad: Vec::new(),
        };
        let roots: Vec<usize> = std::iter::once(0)
            .chain((1..cx.mods.len()).filter(|&m| !cx.is_lib(m)))
            .collect();
        for m in roots {
            o.run_module(m);
        }
        o.verify(prog)
    };
    cx.diags.extend(diags);
}

impl<'c, 'a> Order<'c, 'a> {
    fn next(&mut self) -> usize {
        self.pos += 1;
        self.pos
    }

    fn bind(&mut self, m: usize, name: &str, kind: Kind, range: TextRange) {
        let p = self.next();
        self.binds
            .entry((m, name.to_string()))
            .or_insert((p, kind, range));
    }

    fn future_annotations(&self, m: usize) -> bool {
        self.cx.mods[m].ast.body.iter().any(|s| {
            matches!(s, S::ImportFrom(i) if i.module.as_ref().is_some_and(|x| x.as_str() == "__future__")
                && i.names.iter().any(|a| a.name.as_str() == "annotations"))
        })
    }

    fn scan(&self, m: usize, class: Option<&HashSet<String>>) -> Scan<'c, 'a> {
        Scan {
            cx: self.cx,
            module: m,
            scopes: Vec::new(),
            class: class.cloned(),
            uses: Vec::new(),
            bad: Vec::new(),
        }
    }

    fn event(&mut self, m: usize, range: TextRange, what: String, uses: Vec<Use>) -> usize {
        let pos = self.next();
        self.events.push(Event {
            pos,
            module: m,
            range,
            what,
            uses,
            roots: Vec::new(),
            import: None,
        });
        self.events.len() - 1
    }

    fn import_module(&mut self, m: usize, dotted: &str) {
        let parts: Vec<&str> = dotted.split('.').collect();
        for i in 1..=parts.len() {
            if let Some(mi) = self.cx.module_index(&parts[..i].join("."))
                && !self.cx.is_lib(mi)
                && mi != m
            {
                self.run_module(mi);
            }
        }
    }

    fn run_module(&mut self, m: usize) {
        if self.started[m] || self.cx.is_lib(m) {
            return;
        }
        self.started[m] = true;
        let future = self.future_annotations(m);
        let body: &'a [S] = &self.cx.mods[m].ast.body;
        for s in body {
            match s {
                S::Import(imp) => {
                    for a in &imp.names {
                        let name = a.name.as_str();
                        self.import_module(m, name);
                        let bound = match &a.asname {
                            Some(x) => x.as_str(),
                            None => name.split('.').next().unwrap_or(name),
                        };
                        self.bind(m, bound, Kind::Import, a.range);
                    }
                }
                S::ImportFrom(imp) => {
                    let Some(md) = &imp.module else { continue };
                    let md = md.as_str();
                    if md == "__future__" {
                        continue;
                    }
                    self.import_module(m, md);
                    let src = self.cx.module_index(md).filter(|&mi| !self.cx.is_lib(mi));
                    for a in &imp.names {
                        let name = a.name.as_str();
                        let sub = format!("{md}.{name}");
                        if self.cx.module_index(&sub).is_some() {
                            self.import_module(m, &sub);
                        } else if let Some(mi) = src {
                            let i = self.event(
                                m,
                                a.range,
                                format!("`from {md} import {name}`"),
                                vec![],
                            );
                            self.events[i].import = Some(Use {
                                module: mi,
                                name: name.to_string(),
                                at: m,
                                range: a.range,
                            });
                        }
                        let bound = a.asname.as_ref().map_or(name, |x| x.as_str());
                        self.bind(m, bound, Kind::Import, a.range);
                    }
                }
                S::FunctionDef(f) => {
                    let uses = self.def_time_uses(m, f, None, future);
                    self.event(m, f.name.range, format!("`def {}`", f.name), uses);
                    self.bind(m, f.name.as_str(), Kind::Def, f.name.range);
                }
                S::ClassDef(c) => self.class_def(m, c, future),
                S::Assign(a) => {
                    for tg in &a.targets {
                        if let E::Name(n) = tg {
                            self.value(m, n, &a.value, None, None, future);
                        }
                    }
                }
                S::AnnAssign(a) => {
                    if let (E::Name(n), Some(v)) = (&*a.target, &a.value) {
                        self.value(m, n, v, Some(&a.annotation), None, future);
                    }
                }
                S::If(i) if m == 0 && is_main_guard(&i.test) => {
                    for s in &i.body {
                        if let S::Import(imp) = s {
                            for a in &imp.names {
                                let name = a.name.as_str();
                                let bound = match &a.asname {
                                    Some(x) => x.as_str(),
                                    None => name.split('.').next().unwrap_or(name),
                                };
                                self.bind(m, bound, Kind::Import, a.range);
                            }
                            continue;
                        }
                        let mut sc = self.scan(m, None);
                        sc.visit_stmt(s);
                        let calls_main = sc.uses.iter().any(|u| u.module == 0 && u.name == "main");
                        let uses = sc.uses;
                        let i = self.event(
                            m,
                            s.range(),
                            "the `if __name__ == \"__main__\":` block".to_string(),
                            uses,
                        );
                        if calls_main {
                            self.events[i].roots.push("main".to_string());
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// Default values and (without `from __future__ import annotations`)
    /// annotations of a `def`, evaluated when it runs.
    fn def_time_uses(
        &mut self,
        m: usize,
        f: &'a ast::StmtFunctionDef,
        class: Option<&HashSet<String>>,
        future: bool,
    ) -> Vec<Use> {
        let mut sc = self.scan(m, class);
        for d in &f.decorator_list {
            sc.visit_expr(&d.expression);
        }
        for p in f.parameters.iter_non_variadic_params() {
            if let Some(d) = &p.default {
                sc.visit_expr(d);
            }
        }
        if !future {
            for p in f.parameters.iter() {
                if let Some(a) = p.annotation() {
                    sc.annotation(a);
                }
            }
            if let Some(r) = &f.returns {
                sc.annotation(r);
            }
        }
        let Scan { uses, bad, .. } = sc;
        self.report_bad(bad);
        uses
    }

    fn class_def(&mut self, m: usize, c: &'a ast::StmtClassDef, future: bool) {
        let mut sc = self.scan(m, None);
        if let Some(args) = &c.arguments {
            for a in &args.args {
                sc.visit_expr(a);
            }
        }
        for d in &c.decorator_list {
            sc.visit_expr(&d.expression);
        }
        let uses = sc.uses;
        self.event(m, c.name.range, format!("`class {}`", c.name), uses);
        let mut names: HashSet<String> = HashSet::new();
        for s in &c.body {
            match s {
                S::FunctionDef(f) => {
                    let uses = self.def_time_uses(m, f, Some(&names), future);
                    self.event(
                        m,
                        f.name.range,
                        format!("`def {}` in `class {}`", f.name, c.name),
                        uses,
                    );
                    names.insert(f.name.to_string());
                }
                S::Assign(a) => {
                    for tg in &a.targets {
                        if let E::Name(n) = tg {
                            self.value(m, n, &a.value, None, Some((&names, c)), future);
                            names.insert(n.id.to_string());
                        }
                    }
                }
                S::AnnAssign(a) => {
                    if let E::Name(n) = &*a.target {
                        match &a.value {
                            Some(v) => {
                                self.value(m, n, v, Some(&a.annotation), Some((&names, c)), future)
                            }
                            None if !future => {
                                let mut sc = self.scan(m, Some(&names));
                                sc.annotation(&a.annotation);
                                let Scan { uses, bad, .. } = sc;
                                self.report_bad(bad);
                                self.event(
                                    m,
                                    a.annotation.range(),
                                    format!("the annotation of `{}.{}`", c.name, n.id),
                                    uses,
                                );
                            }
                            None => {}
                        }
                        if a.value.is_some() {
                            names.insert(n.id.to_string());
                        }
                    }
                }
                _ => {}
            }
        }
        let irn = format!("{}{}", self.cx.mods[m].prefix, c.name);
        self.bind(m, c.name.as_str(), Kind::Class, c.name.range);
        let p = self.pos;
        self.class_pos.insert(irn, p);
    }

    /// A module- or class-level `name = value` (and its annotation).
    fn value(
        &mut self,
        m: usize,
        n: &'a ast::ExprName,
        v: &'a E,
        ann: Option<&'a E>,
        class: Option<(&HashSet<String>, &ast::StmtClassDef)>,
        future: bool,
    ) {
        let mut sc = self.scan(m, class.map(|(names, _)| names));
        if let Some(a) = ann
            && !future
        {
            sc.annotation(a);
        }
        sc.visit_expr(v);
        let Scan { uses, bad, .. } = sc;
        self.report_bad(bad);
        let what = match class {
            Some((_, c)) => format!("the value of `{}.{}`", c.name, n.id),
            None => format!("the value of `{}`", n.id),
        };
        let i = self.event(m, v.range(), what, uses);
        if let Some(gi) = self
            .cx
            .globals
            .iter()
            .position(|g| g.module == m && std::ptr::eq(g.value, v))
        {
            self.events[i].roots.push(crate::check::init_name(gi));
        }
        if class.is_none() {
            self.bind(m, n.id.as_str(), Kind::Value, n.range);
        }
    }

    fn report_bad(&mut self, bad: Vec<(usize, Diagnostic)>) {
        self.bad.extend(bad);
    }
}

/// The module-level names some code uses (see [`Use`]), with Python's
/// scopes: a function's parameters and assigned names are its own, a
/// comprehension's targets and a lambda's parameters too; class-level
/// names are visible in the class body itself.
struct Scan<'c, 'a> {
    cx: &'c Ctx<'a>,
    module: usize,
    scopes: Vec<HashSet<String>>,
    /// The names the class body bound so far (class-level code).
    class: Option<HashSet<String>>,
    uses: Vec<Use>,
    bad: Vec<(usize, Diagnostic)>,
}

/// A function's own names: parameters and every name it assigns.
fn locals_of(f: &ast::StmtFunctionDef) -> HashSet<String> {
    let mut names = HashSet::new();
    for p in f.parameters.iter() {
        names.insert(p.name().to_string());
    }
    collect_assigned(&f.body, &mut names);
    for s in &f.body {
        if let S::Nonlocal(n) = s {
            for x in &n.names {
                names.insert(x.to_string());
            }
        }
    }
    names
}

/// The names a comprehension or `for` target binds.
fn target_names(e: &E, out: &mut HashSet<String>) {
    match e {
        E::Name(n) => {
            out.insert(n.id.to_string());
        }
        E::Tuple(t) => t.elts.iter().for_each(|x| target_names(x, out)),
        E::List(l) => l.elts.iter().for_each(|x| target_names(x, out)),
        E::Starred(s) => target_names(&s.value, out),
        _ => {}
    }
}

impl<'c, 'a> Scan<'c, 'a> {
    fn name(&mut self, id: &str, r: TextRange) {
        if self.scopes.iter().any(|s| s.contains(id)) {
            return;
        }
        // The class body's own names (seen from the class body only).
        if self.scopes.is_empty() && self.class.as_ref().is_some_and(|c| c.contains(id)) {
            return;
        }
        let module_level = self.cx.mods[self.module].names.contains_key(id);
        if module_level {
            self.uses.push(Use {
                module: self.module,
                name: id.to_string(),
                at: self.module,
                range: r,
            });
        }
    }

    /// An annotation CPython evaluates: a string is not evaluated, but
    /// `"C" | None` fails (str | None is a TypeError).
    fn annotation(&mut self, e: &'a E) {
        fn str_union(e: &E) -> Option<TextRange> {
            match e {
                E::BinOp(b) if b.op == ast::Operator::BitOr => {
                    if matches!(&*b.left, E::StringLiteral(_))
                        || matches!(&*b.right, E::StringLiteral(_))
                    {
                        return Some(b.range);
                    }
                    str_union(&b.left).or_else(|| str_union(&b.right))
                }
                E::Subscript(s) => str_union(&s.value).or_else(|| str_union(&s.slice)),
                E::Tuple(t) => t.elts.iter().find_map(str_union),
                E::List(l) => l.elts.iter().find_map(str_union),
                _ => None,
            }
        }
        if let Some(r) = str_union(e) {
            self.bad.push((
                self.module,
                Diagnostic::new(
                    "this annotation fails on CPython",
                    r,
                    "`|` of a str and a type is a TypeError when the annotation is evaluated",
                    "quote the whole annotation (`\"Node | None\"`), or use `Optional[\"Node\"]`",
                ),
            ));
            return;
        }
        self.visit_expr(e);
    }

    /// `a.b.c` where `a` is a module-level name: the uses of `a` and of
    /// the names the path reaches through modules. False when `e` is not
    /// such a path.
    fn dotted(&mut self, e: &'a E) -> bool {
        let mut parts: Vec<(&str, TextRange)> = Vec::new();
        let mut cur = e;
        loop {
            match cur {
                E::Attribute(a) => {
                    parts.push((a.attr.as_str(), a.range));
                    cur = &a.value;
                }
                E::Name(n) if n.ctx == ast::ExprContext::Load => {
                    parts.push((n.id.as_str(), n.range));
                    break;
                }
                _ => return false,
            }
        }
        parts.reverse();
        let (first, r) = parts[0];
        let before = self.uses.len();
        self.name(first, r);
        if self.uses.len() == before {
            // A local (or not module-level): nothing more to record.
            return true;
        }
        let mut item = self.cx.resolve(self.module, first);
        for &(attr, r) in &parts[1..] {
            let Some(crate::check::Item::Module(mi)) = item else {
                break;
            };
            if !self.cx.mods[mi].names.contains_key(attr) {
                break;
            }
            self.uses.push(Use {
                module: mi,
                name: attr.to_string(),
                at: self.module,
                range: r,
            });
            item = self.cx.resolve(mi, attr);
        }
        true
    }

    fn comprehension(&mut self, gens: &'a [ast::Comprehension], elts: &[&'a E]) {
        if let Some(g) = gens.first() {
            self.visit_expr(&g.iter);
        }
        let mut names = HashSet::new();
        for g in gens {
            target_names(&g.target, &mut names);
        }
        self.scopes.push(names);
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            for c in &g.ifs {
                self.visit_expr(c);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        self.scopes.pop();
    }
}

impl<'c, 'a> Visitor<'a> for Scan<'c, 'a> {
    fn visit_expr(&mut self, e: &'a E) {
        match e {
            E::Name(n) => {
                if n.ctx == ast::ExprContext::Load {
                    self.name(n.id.as_str(), n.range);
                }
            }
            E::Attribute(_) if self.dotted(e) => {}
            E::StringLiteral(_) => {}
            E::Lambda(l) => {
                let mut names = HashSet::new();
                if let Some(ps) = &l.parameters {
                    for p in ps.iter_non_variadic_params() {
                        if let Some(d) = &p.default {
                            self.visit_expr(d);
                        }
                    }
                    for p in ps.iter() {
                        names.insert(p.name().to_string());
                    }
                }
                self.scopes.push(names);
                self.visit_expr(&l.body);
                self.scopes.pop();
            }
            E::ListComp(c) => self.comprehension(&c.generators, &[&c.elt]),
            E::SetComp(c) => self.comprehension(&c.generators, &[&c.elt]),
            E::Generator(c) => self.comprehension(&c.generators, &[&c.elt]),
            E::DictComp(c) => match &c.key {
                Some(k) => self.comprehension(&c.generators, &[k, &c.value]),
                None => self.comprehension(&c.generators, &[&c.value]),
            },
            _ => visitor::walk_expr(self, e),
        }
    }

    fn visit_stmt(&mut self, s: &'a S) {
        match s {
            S::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                for p in f.parameters.iter_non_variadic_params() {
                    if let Some(d) = &p.default {
                        self.visit_expr(d);
                    }
                }
                for p in f.parameters.iter() {
                    if let Some(a) = p.annotation() {
                        self.visit_expr(a);
                    }
                }
                if let Some(r) = &f.returns {
                    self.visit_expr(r);
                }
                self.scopes.push(locals_of(f));
                for s in &f.body {
                    self.visit_stmt(s);
                }
                self.scopes.pop();
            }
            // A local's annotation is not evaluated.
            S::AnnAssign(a) if !self.scopes.is_empty() => {
                self.visit_expr(&a.target);
                if let Some(v) = &a.value {
                    self.visit_expr(v);
                }
            }
            _ => visitor::walk_stmt(self, s),
        }
    }
}

/// The module-level names a function's body uses (with the lambdas and
/// nested functions inside it).
fn function_uses<'a>(cx: &Ctx<'a>, m: usize, f: &'a ast::StmtFunctionDef) -> Vec<Use> {
    let mut sc = Scan {
        cx,
        module: m,
        scopes: vec![locals_of(f)],
        class: None,
        uses: Vec::new(),
        bad: Vec::new(),
    };
    for s in &f.body {
        sc.visit_stmt(s);
    }
    sc.uses
}

/// The calls a function body makes: its edges in the call graph.
struct Edges(Vec<Edge>);

impl t::Visit for Edges {
    fn expr(&mut self, e: &t::Expr) {
        t::walk_expr(self, e);
        match &e.kind {
            K::Compare(_, rest) => {
                for (k, _) in rest {
                    match k {
                        t::CmpKind::Call { func, .. } => self.0.push(Edge::Direct(func.clone())),
                        t::CmpKind::Virtual { class, method, .. } => {
                            self.0.push(Edge::Virtual(class.clone(), method.clone()))
                        }
                        _ => {}
                    }
                }
            }
            K::Call(f, _) => self.0.push(Edge::Direct(f.clone())),
            K::CallVirtual(c, m, _) => self.0.push(Edge::Virtual(c.clone(), m.clone())),
            K::New { init: Some(i), .. } => self.0.push(Edge::Direct(i.clone())),
            _ => {}
        }
    }
}

impl<'c, 'a> Order<'c, 'a> {
    /// The line of a position in a module, as "line N" (with the module
    /// when it is not `here`).
    fn line(&self, m: usize, r: TextRange, here: usize) -> String {
        let src = self.cx.mods[m].source;
        let at = (u32::from(r.start()) as usize).min(src.len());
        let n = src.get(..at).map_or(1, |s| s.matches('\n').count() + 1);
        if m == here {
            format!("line {n}")
        } else {
            format!("line {n} of `{}`", self.cx.mods[m].name)
        }
    }

    /// Check every event; the diagnostics, by module.
    fn verify(mut self, prog: &t::Program) -> Vec<(usize, Diagnostic)> {
        let cx = self.cx;
        // What each function uses and calls.
        let mut uses: HashMap<&str, (Vec<Use>, String)> = HashMap::new();
        for w in &cx.func_list {
            if cx.is_lib(w.module) {
                continue;
            }
            let shown = match &w.class {
                Some(c) => format!("{}.{}", crate::types::show_class(c), w.ast.name),
                None => w.ast.name.to_string(),
            };
            uses.insert(w.name.as_str(), (function_uses(cx, w.module, w.ast), shown));
        }
        let mut edges: HashMap<&str, Vec<Edge>> = HashMap::new();
        let funcs: HashSet<&str> = prog.functions.iter().map(|f| f.name.as_str()).collect();
        for f in &prog.functions {
            let mut out = Edges(Vec::new());
            t::Visit::stmts(&mut out, &f.body);
            edges.insert(f.name.as_str(), out.0);
        }
        let parents: HashMap<&str, &str> = prog
            .classes
            .iter()
            .filter_map(|c| c.parent.as_deref().map(|p| (c.name.as_str(), p)))
            .collect();
        let ancestry = |c: &str| -> Vec<String> {
            let mut out = vec![c.to_string()];
            let mut cur = c;
            while let Some(p) = parents.get(cur) {
                if out.iter().any(|x| x == p) {
                    break;
                }
                out.push(p.to_string());
                cur = p;
            }
            out
        };
        // Virtual calls: (class defining the receiver's dynamic type, the
        // body it runs), for every class deriving from the static one.
        let mut dispatch: HashMap<(String, String), Vec<(String, String)>> = HashMap::new();
        let mut diags: Vec<(usize, Diagnostic)> = std::mem::take(&mut self.bad);
        let mut reported: HashSet<(usize, TextRange)> = HashSet::new();
        for ev in &self.events {
            let late = |u: &Use| -> Option<(usize, Kind, TextRange)> {
                if cx.is_lib(u.module) {
                    return None;
                }
                let b = self.binds.get(&(u.module, u.name.clone()))?;
                (b.0 >= ev.pos).then_some(*b)
            };
            let here = self.line(ev.module, ev.range, ev.module);
            for u in &ev.uses {
                if let Some((_, kind, br)) = late(u)
                    && reported.insert((u.at, u.range))
                {
                    let there = self.line(u.module, br, u.at);
                    diags.push((
                        u.at,
                        Diagnostic::new(
                            format!("`{}` is used before it is {}", u.name, kind.verb()),
                            u.range,
                            "module-level code runs in order when the program starts",
                            format!(
                                "CPython raises NameError here: {}, after this",
                                kind.when(&u.name, &there)
                            ),
                        ),
                    ));
                }
            }
            if let Some(u) = &ev.import
                && let Some((_, kind, br)) = late(u)
                && reported.insert((u.at, u.range))
            {
                let there = self.line(u.module, br, u.at);
                diags.push((
                    u.at,
                    Diagnostic::new(
                        format!(
                            "`{}` is imported from `{}` before it is {} there",
                            u.name, cx.mods[u.module].name,
                            kind.verb()
                        ),
                        u.range,
                        "the modules import each other: this import runs first",
                        format!(
                            "CPython raises ImportError here: {}; import the module (`import {}`) and use `{}.{}` in functions",
                            kind.when(&u.name, &there),
                            cx.mods[u.module].name,
                            cx.mods[u.module].name,
                            u.name
                        ),
                    ),
                ));
            }
            if ev.roots.is_empty() {
                continue;
            }
            // Every function the event may call.
            let mut seen: HashSet<String> = HashSet::new();
            let mut todo: Vec<String> = ev.roots.clone();
            while let Some(f) = todo.pop() {
                if !seen.insert(f.clone()) {
                    continue;
                }
                if let Some((us, shown)) = uses.get(f.as_str()) {
                    for u in us {
                        if let Some((_, kind, br)) = late(u)
                            && reported.insert((u.at, u.range))
                        {
                            let there = self.line(u.module, br, u.at);
                            let from = self.line(ev.module, ev.range, u.at);
                            diags.push((
                                u.at,
                                Diagnostic::new(
                                    format!("`{}` may be used before it is {}", u.name, kind.verb()),
                                    u.range,
                                    format!("`{shown}` may run at start-up, from {} ({from})", ev.what),
                                    format!(
                                        "CPython raises NameError when this runs first: {}; define it above {here}, or do not call `{shown}` there",
                                        kind.when(&u.name, &there)
                                    ),
                                ),
                            ));
                        }
                    }
                }
                let Some(es) = edges.get(f.as_str()) else {
                    continue;
                };
                for e in es {
                    match e {
                        Edge::Direct(g) => {
                            if !seen.contains(g) {
                                todo.push(g.clone());
                            }
                        }
                        Edge::Virtual(c, m) => {
                            let key = (c.clone(), m.clone());
                            if !dispatch.contains_key(&key) {
                                let mut targets = Vec::new();
                                for k in &prog.classes {
                                    let anc = ancestry(&k.name);
                                    if !anc.iter().any(|x| x == c) {
                                        continue;
                                    }
                                    if let Some(owner) = anc
                                        .iter()
                                        .find(|a| funcs.contains(format!("{a}.{m}").as_str()))
                                    {
                                        targets.push((k.name.clone(), format!("{owner}.{m}")));
                                    }
                                }
                                dispatch.insert(key.clone(), targets);
                            }
                            for (k, body) in dispatch.get(&key).into_iter().flatten() {
                                // No instance of a class defined later
                                // exists yet.
                                let defined = self.class_pos.get(k).is_none_or(|&p| p < ev.pos);
                                if defined && !seen.contains(body) {
                                    todo.push(body.clone());
                                }
                            }
                        }
                    }
                }
            }
        }
        diags
    }
}
