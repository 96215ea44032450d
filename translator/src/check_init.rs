//! Attributes are set before they are read (part of stage 2, on the
//! AST of every `__init__` of the program's classes).
//!
//! CPython raises `AttributeError` when an attribute that was never
//! assigned is read; the translated object has every field from the start
//! (0/None). So every attribute a class declares (assigned in its
//! `__init__` or annotated in its body), and every attribute of its
//! (program) base classes, must be assigned on every path through
//! `__init__` (a call of the base `__init__` assigns the base's), and
//! before that `self` may not escape: no method call on `self`, no use of
//! `self` other than reading attributes already assigned and assigning
//! attributes (a method or a callee could read one not assigned yet). A
//! call of the base `__init__` that lets `self` escape counts as an escape
//! for the attributes the subclass has not assigned yet. Loops and
//! handlers are conservative: what they assign is not counted after them.

use crate::check::Ctx;
use crate::diag::Diagnostic;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr as E, Stmt as S};
use ruff_text_size::{Ranged, TextRange, TextSize};
use std::collections::{HashMap, HashSet};

type Set = HashSet<String>;

struct Init {
    self_name: String,
    class: String,
    /// Attributes that must be assigned (own and inherited), in order,
    /// with the class declaring them.
    required: Vec<(String, String)>,
    /// What each method used on `self` in `__init__` may read of it
    /// (through any override).
    methods: HashMap<String, Reads>,
    /// Whether the base `__init__` lets `self` escape.
    base_reads: Reads,
    /// `self` arguments that are only stored (see `safe_self_args`).
    safe: HashSet<TextSize>,
    base: Option<String>,
    /// What the code of `__init__` other than attribute reads and
    /// assignments may read of `self` (for the subclasses' check).
    reads: Reads,
    base_called: bool,
    errs: Vec<Diagnostic>,
    reported: HashSet<String>,
}

fn is_name(e: &E, n: &str) -> bool {
    matches!(e, E::Name(x) if x.id.as_str() == n)
}

/// `self.NAME` (any context).
fn self_attr<'e>(e: &'e E, self_name: &str) -> Option<&'e ast::ExprAttribute> {
    match e {
        E::Attribute(a) if is_name(&a.value, self_name) => Some(a),
        _ => None,
    }
}

/// `super().__init__(...)` or `Base.__init__(self, ...)`: the arguments
/// other than `self`.
fn base_init_call<'e>(e: &'e E, self_name: &str) -> Option<Vec<&'e E>> {
    let E::Call(c) = e else { return None };
    let E::Attribute(a) = &*c.func else {
        return None;
    };
    if a.attr.as_str() != "__init__" {
        return None;
    }
    let mut args: Vec<&E> = c.arguments.args.iter().collect();
    match &*a.value {
        E::Call(sc) if is_name(&sc.func, "super") && sc.arguments.is_empty() => {}
        E::Name(_) if args.first().is_some_and(|x| is_name(x, self_name)) => {
            args.remove(0);
        }
        _ => return None,
    }
    args.extend(c.arguments.keywords.iter().map(|k| &k.value));
    Some(args)
}

/// Whether the code mentions the name (a closure capturing `self`).
struct Mentions<'n>(&'n str, bool);

impl<'a> Visitor<'a> for Mentions<'_> {
    fn visit_expr(&mut self, e: &'a E) {
        if is_name(e, self.0) {
            self.1 = true;
        }
        visitor::walk_expr(self, e);
    }
}

fn body_mentions(body: &[S], n: &str) -> bool {
    let mut m = Mentions(n, false);
    m.visit_body(body);
    m.1
}

fn expr_mentions(e: &E, n: &str) -> bool {
    let mut m = Mentions(n, false);
    m.visit_expr(e);
    m.1
}

impl Init {
    fn missing(&self, s: &Set) -> Option<&(String, String)> {
        self.required.iter().find(|(f, _)| !s.contains(f))
    }

    fn report(&mut self, key: String, d: Diagnostic) {
        if self.reported.insert(key) {
            self.errs.push(d);
        }
    }

    /// `self` escapes at `r`.
    fn escape(&mut self, r: TextRange, s: &Set, what: &str) {
        self.reads.all = true;
        self.unassigned_use(r, s, what, None);
    }

    /// At `r`, code may read the attributes `reads` of `self` (every one
    /// when None).
    fn unassigned_use(&mut self, r: TextRange, s: &Set, what: &str, reads: Option<&Set>) {
        let found = self
            .required
            .iter()
            .find(|(f, _)| !s.contains(f) && reads.is_none_or(|rs| rs.contains(f)))
            .cloned();
        if let Some((f, _)) = found {
            let sn = self.self_name.clone();
            self.report(
                format!("escape {f}"),
                Diagnostic::new(
                    format!("`{sn}` is used before attribute `{f}` is assigned"),
                    r,
                    format!("{what} while `{sn}.{f}` is not assigned yet"),
                    format!(
                        "assign `{sn}.{f}` first (CPython raises AttributeError where an unassigned attribute is read)"
                    ),
                ),
            );
        }
    }

    fn expr(&mut self, e: &E, s: &Set) {
        let mut u = Uses { ck: self, s };
        u.visit_expr(e);
    }

    /// Assignment targets: `self.x` assigns, other targets are evaluated.
    fn target(&mut self, tg: &E, s: &mut Set, definite: bool) {
        match tg {
            E::Tuple(t) => t.elts.iter().for_each(|x| self.target(x, s, definite)),
            E::List(t) => t.elts.iter().for_each(|x| self.target(x, s, definite)),
            _ => {
                if let Some(a) = self_attr(tg, &self.self_name) {
                    if definite {
                        s.insert(a.attr.to_string());
                    }
                } else {
                    self.expr(tg, s);
                }
            }
        }
    }

    /// The end of `__init__` (a `return` or the end of the body).
    fn end(&mut self, s: &Set, r: TextRange) {
        let Some((f, owner)) = self.missing(s).cloned() else {
            return;
        };
        let sn = self.self_name.clone();
        let d = if owner != self.class && !self.base_called {
            let base = crate::types::show_class(self.base.as_deref().unwrap_or(&owner));
            Diagnostic::new(
                format!(
                    "`{}.__init__` does not call `super().__init__(...)`",
                    crate::types::show_class(&self.class)
                ),
                r,
                format!(
                    "attribute `{f}` of `{}` is never assigned",
                    crate::types::show_class(&owner)
                ),
                format!(
                    "call `super().__init__(...)` (the initializer of `{base}`) first; CPython raises AttributeError where `{sn}.{f}` is read"
                ),
            )
        } else {
            Diagnostic::new(
                format!("attribute `{f}` is not assigned on every path through `__init__`"),
                r,
                format!("`__init__` may end here without `{sn}.{f}`"),
                format!(
                    "assign `{sn}.{f}` on every path (before loops, or in every branch); CPython raises AttributeError where it is read"
                ),
            )
        };
        self.report(format!("end {f}"), d);
    }

    fn block(&mut self, ss: &[S], mut s: Set) -> Option<Set> {
        for st in ss {
            if !self.stmt(st, &mut s) {
                return None;
            }
        }
        Some(s)
    }

    /// Returns whether control may continue after the statement.
    fn stmt(&mut self, st: &S, s: &mut Set) -> bool {
        let sn = self.self_name.clone();
        match st {
            S::Expr(x) => {
                if let Some(args) = base_init_call(&x.value, &sn) {
                    for a in args {
                        self.expr(a, s);
                    }
                    let rd = self.base_reads.clone();
                    self.reads.all |= rd.all;
                    self.reads.fields.extend(rd.fields.iter().cloned());
                    // The base's own check covers the inherited
                    // attributes; this class's may not be assigned yet.
                    let own: Set = self
                        .required
                        .iter()
                        .filter(|(f, o)| *o == self.class && (rd.all || rd.fields.contains(f)))
                        .map(|(f, _)| f.clone())
                        .collect();
                    let what = "the base `__init__` may read it";
                    self.unassigned_use(x.range(), s, what, Some(&own));
                    self.base_called = true;
                    let own = self.class.clone();
                    for (f, owner) in &self.required {
                        if *owner != own {
                            s.insert(f.clone());
                        }
                    }
                } else {
                    self.expr(&x.value, s);
                }
                true
            }
            S::Assign(a) => {
                self.expr(&a.value, s);
                for tg in &a.targets {
                    self.target(tg, s, true);
                }
                true
            }
            S::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v, s);
                    self.target(&a.target, s, true);
                }
                true
            }
            S::AugAssign(a) => {
                self.expr(&a.value, s);
                // Reads the target first.
                self.expr(&a.target, s);
                true
            }
            S::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v, s);
                }
                self.end(s, r.range);
                false
            }
            S::Raise(r) => {
                if let Some(v) = &r.exc {
                    self.expr(v, s);
                }
                if let Some(v) = &r.cause {
                    self.expr(v, s);
                }
                false
            }
            S::If(i) => {
                self.expr(&i.test, s);
                let mut outs = vec![self.block(&i.body, s.clone())];
                let mut has_else = false;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t, s);
                    } else {
                        has_else = true;
                    }
                    outs.push(self.block(&c.body, s.clone()));
                }
                if !has_else {
                    outs.push(Some(s.clone()));
                }
                merge(outs, s)
            }
            S::While(w) => {
                self.expr(&w.test, s);
                self.block(&w.body, s.clone());
                self.block(&w.orelse, s.clone());
                true
            }
            S::For(f) => {
                self.expr(&f.iter, s);
                let mut inner = s.clone();
                self.target(&f.target, &mut inner, false);
                self.block(&f.body, inner);
                self.block(&f.orelse, s.clone());
                true
            }
            S::With(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr, s);
                    if let Some(v) = &it.optional_vars {
                        self.target(v, s, true);
                    }
                }
                match self.block(&w.body, s.clone()) {
                    Some(out) => {
                        *s = out;
                        true
                    }
                    // A context manager may suppress the exception.
                    None => true,
                }
            }
            S::Try(tr) => {
                let body = self.block(&tr.body, s.clone());
                let mut outs = vec![body.and_then(|b| self.block(&tr.orelse, b))];
                for h in &tr.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(t) = &h.type_ {
                        self.expr(t, s);
                    }
                    outs.push(self.block(&h.body, s.clone()));
                }
                let cont = merge(outs, s);
                if tr.finalbody.is_empty() {
                    return cont;
                }
                match self.block(&tr.finalbody, s.clone()) {
                    Some(out) if cont => {
                        *s = out;
                        true
                    }
                    _ => false,
                }
            }
            S::Assert(a) => {
                self.expr(&a.test, s);
                if let Some(m) = &a.msg {
                    self.expr(m, s);
                }
                true
            }
            S::FunctionDef(f) => {
                if body_mentions(&f.body, &sn) {
                    self.escape(f.name.range, s, "a nested function captures it");
                }
                true
            }
            S::ClassDef(c) => {
                if body_mentions(&c.body, &sn) {
                    self.escape(c.name.range, s, "a nested class uses it");
                }
                true
            }
            S::Delete(d) => {
                for t in &d.targets {
                    self.expr(t, s);
                }
                true
            }
            _ => {
                let mut u = Uses { ck: self, s };
                visitor::walk_stmt(&mut u, st);
                true
            }
        }
    }
}

/// The attributes assigned on every path that continues (sets `s`);
/// returns whether any path continues.
fn merge(outs: Vec<Option<Set>>, s: &mut Set) -> bool {
    let mut acc: Option<Set> = None;
    for o in outs.into_iter().flatten() {
        acc = Some(match acc {
            None => o,
            Some(a) => a.intersection(&o).cloned().collect(),
        });
    }
    match acc {
        Some(a) => {
            *s = a;
            true
        }
        None => false,
    }
}

/// The uses of `self` in an expression.
struct Uses<'x> {
    ck: &'x mut Init,
    s: &'x Set,
}

impl<'a> Visitor<'a> for Uses<'_> {
    fn visit_expr(&mut self, e: &'a E) {
        let sn = self.ck.self_name.clone();
        match e {
            E::Attribute(a) if is_name(&a.value, &sn) => {
                let f = a.attr.as_str();
                if self.ck.required.iter().any(|(x, _)| x == f) {
                    if !self.s.contains(f) {
                        self.ck.report(
                            format!("read {f}"),
                            Diagnostic::new(
                                format!("attribute `{f}` is read before it is assigned"),
                                a.range,
                                format!("`{sn}.{f}` is not assigned yet here"),
                                format!(
                                    "assign `{sn}.{f}` first (CPython raises AttributeError here)"
                                ),
                            ),
                        );
                    }
                } else if let Some(rd) = self.ck.methods.get(f).cloned() {
                    // A method that only reads attributes (and calls such
                    // methods) needs just those assigned.
                    let what = format!("`{f}` may read it");
                    if rd.all {
                        self.ck.escape(a.range, self.s, &what);
                    } else {
                        self.ck.reads.fields.extend(rd.fields.iter().cloned());
                        self.ck
                            .unassigned_use(a.range, self.s, &what, Some(&rd.fields));
                    }
                }
            }
            E::Name(n) if n.id.as_str() == sn && self.ck.safe.contains(&n.range.start()) => {}
            E::Name(n) if n.id.as_str() == sn => {
                self.ck.escape(n.range, self.s, "it is used");
            }
            E::Lambda(l) => {
                if expr_mentions(&l.body, &sn) {
                    self.ck.escape(l.range, self.s, "a lambda captures it");
                }
            }
            E::Call(c) => {
                if let E::Attribute(a) = &*c.func
                    && let E::Call(sc) = &*a.value
                    && is_name(&sc.func, "super")
                {
                    self.ck.escape(
                        c.range(),
                        self.s,
                        "a method of the base class is called on it",
                    );
                    visitor::walk_arguments(self, &c.arguments);
                    return;
                }
                visitor::walk_expr(self, e);
            }
            _ => visitor::walk_expr(self, e),
        }
    }
}

impl<'a> Ctx<'a> {
    /// Check the `__init__` of every class of the program (see the module
    /// documentation).
    pub(crate) fn check_inits(&mut self) {
        let mut escapes: HashMap<String, Reads> = HashMap::new();
        let names: Vec<String> = self.classes.iter().map(|k| k.name.clone()).collect();
        for n in names {
            self.check_class_init(&n, &mut escapes);
        }
    }

    /// Returns what the class's initializer may read of `self` other
    /// than by reading attributes directly.
    fn check_class_init(&mut self, cname: &str, escapes: &mut HashMap<String, Reads>) -> Reads {
        if let Some(e) = escapes.get(cname) {
            return e.clone();
        }
        let Some(&ci) = self.class_idx.get(cname) else {
            return Reads::default();
        };
        let k = &self.classes[ci];
        if k.builtin || k.synthetic || self.is_lib(k.module) {
            return Reads::default();
        }
        let Some(cdef) = k.ast else {
            return Reads::default();
        };
        // A class whose initializer constructs itself (directly or not)
        // while being checked: may read anything.
        escapes.insert(
            cname.to_string(),
            Reads {
                all: true,
                fields: Set::new(),
            },
        );
        let parent = k.parent.clone();
        let base_reads = match &parent {
            Some(p) => self.check_class_init(p, escapes),
            None => Reads::default(),
        };
        let mut required = Vec::new();
        for c in self.ancestry(cname).into_iter().rev() {
            let Some(&i) = self.class_idx.get(&c) else {
                continue;
            };
            let d = &self.classes[i];
            if d.builtin || self.is_lib(d.module) {
                continue;
            }
            for f in &d.fields {
                required.push((f.name.clone(), c.clone()));
            }
        }
        let init = cdef.body.iter().find_map(|s| match s {
            S::FunctionDef(f) if f.name.as_str() == "__init__" => Some(f),
            _ => None,
        });
        let saved = self.cur_mod;
        self.cur_mod = self.classes[ci].module;
        let Some(init) = init else {
            // The inherited initializer assigns the inherited attributes,
            // never the ones this class declares.
            let own: Vec<(String, TextRange)> = self.classes[ci]
                .fields
                .iter()
                .map(|f| (f.name.clone(), f.range))
                .collect();
            for (f, r) in own {
                self.err(Diagnostic::new(
                    format!("attribute `{f}` is never assigned"),
                    r,
                    "declared here",
                    format!(
                        "assign `self.{f}` in an `__init__` of `{}` (CPython raises AttributeError where it is read)",
                        crate::types::show_class(cname)
                    ),
                ));
            }
            self.cur_mod = saved;
            escapes.insert(cname.to_string(), base_reads.clone());
            return base_reads;
        };
        let Some(selfp) = init.parameters.args.first() else {
            self.cur_mod = saved;
            return Reads::default();
        };
        let self_name = selfp.parameter.name.to_string();
        let mut methods = HashMap::new();
        for m in self_methods(&init.body, &self_name) {
            if self
                .find_method(cname, &m)
                .is_some_and(|(_, sig)| !sig.is_static)
            {
                let mut rd = Reads::default();
                self.method_reads(cname, &m, &mut HashSet::new(), &mut rd);
                methods.insert(m, rd);
            }
        }
        let safe = self.safe_self_args(&init.body, &self_name, escapes);
        let mut ck = Init {
            safe,
            self_name,
            class: cname.to_string(),
            required,
            methods,
            base_reads,
            base: parent,
            reads: Reads::default(),
            base_called: false,
            errs: vec![],
            reported: HashSet::new(),
        };
        if let Some(out) = ck.block(&init.body, Set::new()) {
            ck.end(&out, init.name.range);
        }
        for d in std::mem::take(&mut ck.errs) {
            self.err(d);
        }
        self.cur_mod = saved;
        escapes.insert(cname.to_string(), ck.reads.clone());
        ck.reads
    }

    /// The `self` arguments of `self.f = K(..., self, ...)` in an
    /// initializer where `K` is a class of the program whose initializer
    /// only stores that parameter (`self.g = p`) and reads nothing of its
    /// own object but its attributes: the new object keeps `self` but
    /// reads nothing of it, and is reachable only through `self.f` (whose
    /// uses are checked).
    fn safe_self_args(
        &mut self,
        body: &[S],
        self_name: &str,
        escapes: &mut HashMap<String, Reads>,
    ) -> HashSet<TextSize> {
        struct V<'a>(Vec<&'a ast::ExprCall>, &'a str);
        impl<'a> Visitor<'a> for V<'a> {
            fn visit_stmt(&mut self, st: &'a S) {
                let (tgs, v): (Vec<&E>, Option<&E>) = match st {
                    S::Assign(a) => (a.targets.iter().collect(), Some(&a.value)),
                    S::AnnAssign(a) => (vec![&a.target], a.value.as_deref()),
                    _ => (vec![], None),
                };
                if let [tg] = tgs[..]
                    && self_attr(tg, self.1).is_some()
                    && let Some(E::Call(c)) = v
                    && matches!(&*c.func, E::Name(_))
                {
                    self.0.push(c);
                }
                visitor::walk_stmt(self, st);
            }
        }
        let mut v = V(vec![], self_name);
        v.visit_body(body);
        let mut out = HashSet::new();
        for c in v.0 {
            let E::Name(fname) = &*c.func else { continue };
            let Some(crate::check::Item::Class(k)) = self.resolve(self.cur_mod, fname.id.as_str())
            else {
                continue;
            };
            let Some(kinit) = self
                .class(&k)
                .filter(|d| !self.is_lib(d.module))
                .and_then(|d| d.ast)
                .and_then(|cd| {
                    cd.body.iter().find_map(|s| match s {
                        S::FunctionDef(f) if f.name.as_str() == "__init__" => Some(f),
                        _ => None,
                    })
                })
            else {
                continue;
            };
            let saved = self.cur_mod;
            let reads = self.check_class_init(&k, escapes);
            self.cur_mod = saved;
            if reads.all || !reads.fields.is_empty() {
                continue;
            }
            let Some(kself) = kinit.parameters.args.first() else {
                continue;
            };
            let kself = kself.parameter.name.as_str();
            for (i, a) in c.arguments.args.iter().enumerate() {
                let E::Name(n) = a else { continue };
                if n.id.as_str() != self_name {
                    continue;
                }
                if let Some(p) = kinit.parameters.args.get(i + 1)
                    && only_stored(&kinit.body, kself, p.parameter.name.as_str())
                {
                    out.insert(n.range.start());
                }
            }
        }
        out
    }

    /// What `self.m` may read of `self` when `self` is of class `class`
    /// or a subclass: the attributes any override reads, through the
    /// methods it calls on `self`; every attribute when one passes `self`
    /// on or is library code.
    fn method_reads(&self, class: &str, m: &str, seen: &mut HashSet<String>, out: &mut Reads) {
        if out.all || !seen.insert(m.to_string()) {
            return;
        }
        let mut owners: Vec<String> = self
            .find_method(class, m)
            .into_iter()
            .map(|(o, _)| o)
            .collect();
        owners.extend(
            self.subclasses(class)
                .into_iter()
                .filter(|k| self.class(k).is_some_and(|d| d.sigs.contains_key(m))),
        );
        for o in owners {
            let def = self
                .class(&o)
                .filter(|k| !self.is_lib(k.module))
                .and_then(|k| k.ast)
                .and_then(|c| {
                    c.body.iter().find_map(|s| match s {
                        S::FunctionDef(f) if f.name.as_str() == m => Some(f),
                        _ => None,
                    })
                });
            let Some(f) = def else {
                out.all = true;
                return;
            };
            let Some(p) = f.parameters.args.first() else {
                continue;
            };
            let mut v = MethodUses {
                self_name: p.parameter.name.as_str(),
                fields: &mut out.fields,
                calls: vec![],
                all: false,
            };
            v.visit_body(&f.body);
            let (calls, all) = (v.calls, v.all);
            if all {
                out.all = true;
                return;
            }
            for c in calls {
                if self
                    .find_method(class, &c)
                    .is_some_and(|(_, sig)| !sig.is_static)
                {
                    self.method_reads(class, &c, seen, out);
                }
            }
        }
    }
}

/// What a method may read of `self`.
#[derive(Clone, Default)]
struct Reads {
    all: bool,
    fields: Set,
}

/// The names `N` of `self.N` in the code.
fn self_methods(body: &[S], self_name: &str) -> Vec<String> {
    struct V<'n>(&'n str, Vec<String>);
    impl<'a> Visitor<'a> for V<'_> {
        fn visit_expr(&mut self, e: &'a E) {
            if let Some(a) = self_attr(e, self.0) {
                self.1.push(a.attr.to_string());
            }
            visitor::walk_expr(self, e);
        }
    }
    let mut v = V(self_name, vec![]);
    v.visit_body(body);
    v.1
}

/// The uses of `self` in a method: attributes read (or augmented),
/// names called or read as `self.N` (maybe methods), and whether `self`
/// is otherwise used (passed on, stored, `super()`).
struct MethodUses<'m> {
    self_name: &'m str,
    fields: &'m mut Set,
    calls: Vec<String>,
    all: bool,
}

impl<'a> Visitor<'a> for MethodUses<'_> {
    fn visit_stmt(&mut self, st: &'a S) {
        if let S::AugAssign(a) = st
            && let Some(at) = self_attr(&a.target, self.self_name)
        {
            self.fields.insert(at.attr.to_string());
        }
        visitor::walk_stmt(self, st);
    }

    fn visit_expr(&mut self, e: &'a E) {
        match e {
            E::Attribute(a) if is_name(&a.value, self.self_name) => {
                if a.ctx.is_load() {
                    self.fields.insert(a.attr.to_string());
                    self.calls.push(a.attr.to_string());
                }
            }
            E::Name(n) if n.id.as_str() == self.self_name => self.all = true,
            E::Call(c) if is_name(&c.func, "super") => self.all = true,
            _ => visitor::walk_expr(self, e),
        }
    }
}

/// Whether every use of the name `p` in the code is the value of an
/// assignment `kself.g = p`.
fn only_stored(body: &[S], kself: &str, p: &str) -> bool {
    struct V<'n> {
        kself: &'n str,
        p: &'n str,
        uses: usize,
        stores: usize,
    }
    impl<'a> Visitor<'a> for V<'_> {
        fn visit_stmt(&mut self, st: &'a S) {
            let (tgs, v): (Vec<&E>, Option<&E>) = match st {
                S::Assign(a) => (a.targets.iter().collect(), Some(&a.value)),
                S::AnnAssign(a) => (vec![&a.target], a.value.as_deref()),
                _ => (vec![], None),
            };
            if let [tg] = tgs[..]
                && self_attr(tg, self.kself).is_some()
                && v.is_some_and(|v| is_name(v, self.p))
            {
                self.stores += 1;
            }
            visitor::walk_stmt(self, st);
        }
        fn visit_expr(&mut self, e: &'a E) {
            if is_name(e, self.p) {
                self.uses += 1;
            }
            visitor::walk_expr(self, e);
        }
    }
    let mut v = V {
        kself,
        p,
        uses: 0,
        stores: 0,
    };
    v.visit_body(body);
    v.uses == v.stores
}
