//! Narrowings that calls may invalidate (part of stage 2).
//!
//! A test narrows a path until the function assigns it (`if self.x is not
//! None:`, `isinstance(self.x, B)`, see `check_stmt.rs`). For an attribute
//! path, or a cell that a nested function assigns through `nonlocal`,
//! code run by a call between the test and a use may assign it too, and
//! CPython then sees the new value. So:
//!
//! - every piece of checked code that may run user code (a call of a
//!   program function or method, a constructor with an `__init__`, a
//!   `Callable` value, a builtin that may call a special method or a key
//!   function) is an *event*, which makes such narrowings *stale*; a loop
//!   makes them stale from its start if its code has an event (a later
//!   iteration reaches the use after it), which is known when it ends;
//! - a stale path used as the receiver of `.attr` is checked at run time,
//!   raising CPython's `AttributeError` (see [`Ctx::receiver`]);
//! - a stale path tested again, or read where its declared type is
//!   expected, is read as declared (exact);
//! - any other stale use keeps the narrowing only if it provably still
//!   holds: once the whole program is checked ([`check`]), it is an error
//!   if the code the events may run (their callees, transitively) stores
//!   into that attribute a value that does not have the narrowed type;
//!   where that code is not known (a `Callable` value, library code
//!   calling special methods), if the program stores such a value into
//!   it anywhere outside an object's construction (or, for a cell,
//!   through `nonlocal`).

use crate::check::{Ctx, Fx};
use crate::check_expr::{ex, sconst};
use crate::diag::Diagnostic;
use crate::typed::{self as t, CmpKind, ExprKind as K, Visit};
use crate::types::Ty;
use ruff_python_ast::{Expr as E, Stmt as S};
use ruff_text_size::{Ranged, TextRange};
use std::collections::{HashMap, HashSet};

/// What a call may run.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Callee {
    /// A function or method body of the program, called directly.
    Func(String),
    /// An `__init__` run on an existing object (`super().__init__()`,
    /// `Base.__init__(obj)`).
    Init(String),
    /// `super().__init__()` (or `Base.__init__(self)`) in an `__init__`:
    /// on the object that one initializes.
    Chain(String),
    /// The `__init__` of a new object.
    New(String),
    /// A method of the program, by virtual dispatch from a class.
    Virtual(String, String),
    /// Not known: a `Callable` value, or library code that may call
    /// special methods or key functions.
    Any,
}

/// Code that may run user code (see the module comment).
#[derive(Clone, Debug)]
pub(crate) struct Event {
    pub at: TextRange,
    pub calls: Vec<Callee>,
}

/// The narrowings a condition implies: (when true, when false).
pub(crate) type CondNarrows = (Vec<Narrow>, Vec<Narrow>);

/// A narrowing in force.
#[derive(Clone, Debug)]
pub(crate) struct Narrow {
    pub path: String,
    pub ty: Ty,
    /// Whether code run by calls may change the path (attribute paths,
    /// and cells that nested functions assign).
    pub watch: bool,
    /// The events since the test (indexes in `Fx::events`; watched paths
    /// only), in order.
    pub stale: Vec<usize>,
    /// Loops entered since the test (indexes in `Fx::loops`): a later
    /// iteration reaches the use after their events.
    pub loops: Vec<usize>,
}

/// What a stale use relies on.
#[derive(Clone, Debug)]
pub(crate) enum Slot {
    /// An attribute: (class declaring it, name).
    Field(String, String),
    /// A cell variable (by name).
    Cell(String),
    /// Anything else: never provably unchanged.
    Other,
}

/// A use of a narrowing that an event may have invalidated.
#[derive(Clone, Debug)]
pub(crate) struct StaleUse {
    pub range: TextRange,
    /// The path as written (`self.x`).
    pub shown: String,
    pub slot: Slot,
    /// The attributes the path goes through before its last one (`b` of
    /// `a.b.c`): if they may be changed, the path may reach another
    /// object, whose last attribute any store (its construction's too)
    /// may have set. `None` when not known (a changeable head).
    pub through: Option<Vec<(String, String)>>,
    /// The narrowed type the use relies on.
    pub ty: Ty,
    /// The label of the diagnostic (`may be None here`).
    pub label: String,
    /// The events since the test (indexes in `Fx::events` until the
    /// function is checked).
    pub stale: Vec<usize>,
    /// Loops not ended yet that make the use stale if they have events.
    pub loops: Vec<usize>,
    /// The events since the test (once the function is checked).
    pub events: Vec<Event>,
}

/// Add events (indexes, in order) to a list of them.
fn merge(into: &mut Vec<usize>, ids: impl IntoIterator<Item = usize>) {
    into.extend(ids);
    into.sort_unstable();
    into.dedup();
}

/// Keep only narrowings present (with the same type) in every list; one
/// stale in any list is stale.
pub(crate) fn intersect(states: &[Vec<Narrow>]) -> Vec<Narrow> {
    let Some(first) = states.first() else {
        return vec![];
    };
    let eff =
        |s: &[Narrow], p: &str| -> Option<Narrow> { s.iter().rev().find(|n| n.path == p).cloned() };
    let mut out: Vec<Narrow> = Vec::new();
    for n in first {
        if out.iter().any(|q| q.path == n.path) {
            continue;
        }
        let Some(mut acc) = eff(first, &n.path) else {
            continue;
        };
        let mut all = true;
        for s in &states[1..] {
            match eff(s, &n.path) {
                Some(o) if o.ty == acc.ty => {
                    merge(&mut acc.stale, o.stale);
                    for l in o.loops {
                        if !acc.loops.contains(&l) {
                            acc.loops.push(l);
                        }
                    }
                }
                _ => {
                    all = false;
                    break;
                }
            }
        }
        if all {
            out.push(acc);
        }
    }
    out
}

/// Names declared `nonlocal` in the nested functions of a body (at any
/// depth): the cells they may assign.
pub(crate) fn nested_nonlocals(body: &[S]) -> HashSet<String> {
    use ruff_python_ast::visitor::{Visitor, walk_stmt};
    struct V {
        depth: usize,
        out: HashSet<String>,
    }
    impl<'x> Visitor<'x> for V {
        fn visit_stmt(&mut self, s: &'x S) {
            match s {
                S::FunctionDef(_) => {
                    self.depth += 1;
                    walk_stmt(self, s);
                    self.depth -= 1;
                }
                S::Nonlocal(n) if self.depth > 0 => {
                    self.out.extend(n.names.iter().map(|x| x.to_string()));
                }
                _ => walk_stmt(self, s),
            }
        }
    }
    let mut v = V {
        depth: 0,
        out: HashSet::new(),
    };
    for s in body {
        v.visit_stmt(s);
    }
    v.out
}

impl Fx {
    /// A new narrowing of a path.
    pub(crate) fn mk_narrow(&mut self, path: String, ty: Ty) -> Narrow {
        let watch = path.contains('.') || self.nl_cells.contains(&path);
        self.watching |= watch;
        Narrow {
            path,
            ty,
            watch,
            stale: vec![],
            loops: vec![],
        }
    }

    pub(crate) fn mk_narrows(&mut self, raw: Vec<(String, Ty)>) -> Vec<Narrow> {
        raw.into_iter().map(|(p, t)| self.mk_narrow(p, t)).collect()
    }

    pub(crate) fn push_narrow(&mut self, path: String, ty: Ty) {
        let n = self.mk_narrow(path, ty);
        self.narrow.push(n);
    }

    pub(crate) fn find_narrow(&self, path: &str) -> Option<&Narrow> {
        self.narrow.iter().rev().find(|n| n.path == path)
    }

    /// Record code that may run user code: every watched narrowing in
    /// force becomes stale.
    pub(crate) fn event(&mut self, ev: Event) {
        if !self.watching {
            return;
        }
        let id = self.events.len();
        self.events.push(ev);
        for n in &mut self.narrow {
            if n.watch {
                n.stale.push(id);
            }
        }
    }

    /// Mark narrowings stale by the events recorded since `events` had
    /// length `since`.
    pub(crate) fn mark_since(&self, ns: &mut [Narrow], since: usize) {
        let end = self.events.len();
        if end > since {
            for n in ns {
                if n.watch {
                    merge(&mut n.stale, since..end);
                }
            }
        }
    }

    /// Go back to the narrowings `saved` (taken when `events` had length
    /// `since`), at a point the code checked since may have run before.
    pub(crate) fn restore_narrow(&mut self, mut saved: Vec<Narrow>, since: usize) {
        self.mark_since(&mut saved, since);
        self.narrow = saved;
    }

    /// Enter a loop: its id.
    pub(crate) fn loop_enter(&mut self) -> usize {
        let id = self.loops.len();
        self.loops.push((self.events.len(), None));
        for n in &mut self.narrow {
            if n.watch {
                n.loops.push(id);
            }
        }
        id
    }

    /// The loop ended: its events are known.
    pub(crate) fn loop_exit(&mut self, id: usize) {
        let n = self.events.len();
        if let Some(l) = self.loops.get_mut(id)
            && l.1.is_none()
        {
            l.1 = Some(n);
        }
    }

    /// The events a use of a narrowing may come after, and the loops not
    /// ended yet whose events it may come after too.
    pub(crate) fn use_state(&self, n: &Narrow) -> (Vec<usize>, Vec<usize>) {
        if !n.watch {
            return (vec![], vec![]);
        }
        let mut stale = n.stale.clone();
        let mut open = Vec::new();
        for &l in &n.loops {
            match self.loops.get(l) {
                Some(&(start, Some(end))) => merge(&mut stale, start..end),
                Some((_, None)) => open.push(l),
                None => {}
            }
        }
        (stale, open)
    }

    fn is_fresh(&self, n: &Narrow) -> bool {
        let (s, open) = self.use_state(n);
        s.is_empty() && open.is_empty()
    }
}

/// What typed code may call: its first call of user code and the
/// callees; for [`check`], also what it stores.
struct Walk<'c, 'a> {
    cx: &'c Ctx<'a>,
    /// The `self` of an `__init__` (never reassigned): the object it
    /// initializes.
    init_self: Option<String>,
    first: Option<TextRange>,
    calls: Vec<Callee>,
    /// Stores into attributes and captured cells (for [`check`]).
    stores: Option<Facts>,
}

/// What one function stores and calls.
#[derive(Default)]
struct Facts {
    /// (slot, stored type), except stores to `self.x` in an `__init__`.
    fields: Vec<((String, String), Ty)>,
    /// Stores to `self.x` in an `__init__`.
    init_fields: Vec<((String, String), Ty)>,
    /// Stores to a captured cell (`nonlocal x`), by name.
    cells: Vec<(String, Ty)>,
    calls: Vec<Callee>,
}

impl<'c, 'a> Walk<'c, 'a> {
    fn new(cx: &'c Ctx<'a>) -> Self {
        Walk {
            cx,
            init_self: None,
            first: None,
            calls: vec![],
            stores: None,
        }
    }

    fn call(&mut self, r: TextRange, c: Callee) {
        self.first.get_or_insert(r);
        if !self.calls.contains(&c) {
            self.calls.push(c);
        }
    }

    fn is_self(&self, x: &t::Expr) -> bool {
        matches!((&x.kind, &self.init_self), (K::Local(n), Some(s)) if n == s)
    }

    fn store(&mut self, tg: &t::Target, v: &t::Expr) {
        let t::Target::Field { class, field, obj } = tg else {
            return;
        };
        let is_self = self.is_self(obj);
        let Some(f) = self.stores.as_mut() else {
            return;
        };
        if class.starts_with("cell$") && field == "v" {
            // A closure's captured cell (`c_NAME`); a function's own cells
            // (locals) are assigned where it narrows them.
            if let K::GetField { field: cf, .. } = &obj.kind
                && let Some(name) = cf.strip_prefix("c_")
            {
                f.cells.push((name.to_string(), v.ty.clone()));
            }
            return;
        }
        let key = (class.clone(), field.clone());
        if is_self {
            f.init_fields.push((key, v.ty.clone()));
        } else {
            f.fields.push((key, v.ty.clone()));
        }
    }

    /// The event of what was walked, if it calls user code.
    fn event(self) -> Option<Event> {
        let at = self.first?;
        Some(Event {
            at,
            calls: self.calls,
        })
    }
}

impl t::Visit for Walk<'_, '_> {
    fn expr(&mut self, x: &t::Expr) {
        let cx = self.cx;
        let args_call = |xs: &[t::Expr]| cx.tys_call(&xs.iter().map(|y| &y.ty).collect::<Vec<_>>());
        match &x.kind {
            // Each comparison may call a special method, after its operands.
            K::Compare(a, rest) => {
                self.expr(a);
                let mut prev = &**a;
                for (k, y) in rest {
                    self.expr(y);
                    let tys = [&prev.ty, &y.ty];
                    let c = match k {
                        CmpKind::Call { func, .. } if cx.user_func(func) => {
                            Some(Callee::Func(func.clone()))
                        }
                        CmpKind::Call { .. } => cx.tys_call(&tys).then_some(Callee::Any),
                        CmpKind::Virtual { class, method, .. } => {
                            cx.virtual_callee(class, method, &tys)
                        }
                        _ => None,
                    };
                    if let Some(c) = c {
                        self.call(x.range, c);
                    }
                    prev = y;
                }
            }
            K::Call(f, xs) => {
                t::walk_expr(self, x);
                if cx.user_func(f) {
                    let c = if !f.ends_with(".__init__") {
                        Callee::Func(f.clone())
                    } else if xs.first().is_some_and(|s| self.is_self(s)) {
                        Callee::Chain(f.clone())
                    } else {
                        Callee::Init(f.clone())
                    };
                    self.call(x.range, c);
                } else if args_call(xs) {
                    self.call(x.range, Callee::Any);
                }
            }
            K::CallVirtual(c, m, xs) => {
                t::walk_expr(self, x);
                let tys: Vec<&Ty> = xs.iter().map(|y| &y.ty).collect();
                if let Some(c) = cx.virtual_callee(c, m, &tys) {
                    self.call(x.range, c);
                }
            }
            K::New {
                init: Some(i),
                args,
                ..
            } => {
                t::walk_expr(self, x);
                if cx.user_func(i) {
                    self.call(x.range, Callee::New(i.clone()));
                } else if args_call(args) {
                    self.call(x.range, Callee::Any);
                }
            }
            _ => t::walk_expr(self, x),
        }
    }

    /// Stores are recorded with the value stored, target by target.
    fn stmt(&mut self, s: &t::Stmt) {
        if let t::Stmt::Assign(ts, vs) = s {
            vs.iter().for_each(|x| self.expr(x));
            for (tg, v) in ts.iter().zip(vs) {
                self.target(tg);
                self.store(tg, v);
            }
        } else {
            t::walk_stmt(self, s);
        }
    }
}

/// The special methods a builtin operation may call (not `__init__`,
/// which only constructors run).
fn is_special(m: &str) -> bool {
    m.len() > 4 && m.starts_with("__") && m.ends_with("__") && m != "__init__"
}

impl<'a> Ctx<'a> {
    /// Whether a function is program code (not the library's).
    pub(crate) fn user_func(&self, f: &str) -> bool {
        self.work_idx
            .get(f)
            .is_some_and(|&i| !self.is_lib(self.func_list[i].module))
    }

    /// Whether library code handling values of these types may call user
    /// code: `Callable` values, and instances of program classes with
    /// special methods (`__eq__`, `__hash__`, `__lt__`, `__repr__`, ...).
    pub(crate) fn tys_call(&self, tys: &[&Ty]) -> bool {
        tys.iter().any(|t| self.ty_calls(t, 0))
    }

    fn ty_calls(&self, t: &Ty, depth: usize) -> bool {
        if depth > 16 {
            return true;
        }
        match t {
            Ty::Func(..) => true,
            Ty::Optional(x) | Ty::List(x) | Ty::Set(x) | Ty::TupleVar(x) => {
                self.ty_calls(x, depth + 1)
            }
            Ty::Dict(k, v) => self.ty_calls(k, depth + 1) || self.ty_calls(v, depth + 1),
            Ty::Tuple(ts) => ts.iter().any(|x| self.ty_calls(x, depth + 1)),
            Ty::Class(c) => self.class_calls(c, depth),
            _ => false,
        }
    }

    /// Whether a library call handling instances of a class may call
    /// user code.
    fn class_calls(&self, c: &str, depth: usize) -> bool {
        let Some(k) = self.class(c) else {
            return true;
        };
        if k.builtin {
            return false;
        }
        if self.is_lib(k.module) && !k.synthetic {
            // A library class (dict, set): the types it holds.
            return k.subst.iter().any(|(_, t)| self.ty_calls(t, depth + 1));
        }
        if k.synthetic {
            // Tuples, cells, callables: their fields.
            return k.fields.iter().any(|f| match &f.ty {
                Some(t) => self.ty_calls(t, depth + 1),
                None => true,
            }) || k.sigs.contains_key("call");
        }
        self.ancestry(c).iter().any(|a| {
            self.class(a)
                .is_some_and(|k| !k.builtin && k.sigs.keys().any(|m| is_special(m)))
        })
    }

    /// What a virtual call may run, if user code.
    fn virtual_callee(&self, c: &str, m: &str, tys: &[&Ty]) -> Option<Callee> {
        if m == "call" {
            // A `Callable` value.
            return Some(Callee::Any);
        }
        let Some(k) = self.class(c) else {
            return Some(Callee::Any);
        };
        if !(k.builtin || (self.is_lib(k.module) && !k.synthetic)) {
            return Some(if k.synthetic {
                Callee::Any
            } else {
                Callee::Virtual(c.to_string(), m.to_string())
            });
        }
        // A method of a dict or set: most only hash and compare keys (its
        // other arguments are keys, values or containers of the same
        // types).
        let keys = match tys.first() {
            Some(Ty::Dict(k, _)) | Some(Ty::Set(k)) => Some(k),
            _ => None,
        };
        let calls = match keys {
            Some(k) if !matches!(m, "__repr__" | "__str__" | "__eq__" | "__ne__") => {
                self.ty_calls(k, 1) || tys.iter().any(|t| matches!(t, Ty::Func(..)))
            }
            _ => tys.iter().any(|t| self.ty_calls(t, 0)),
        };
        calls.then_some(Callee::Any)
    }

    /// Record the calls of checked code (see the module comment).
    pub(crate) fn note_expr(&self, fx: &mut Fx, x: &t::Expr) {
        if !fx.watching {
            return;
        }
        let mut w = Walk::new(self);
        w.expr(x);
        if let Some(ev) = w.event() {
            fx.event(ev);
        }
    }

    pub(crate) fn note_stmts(&self, fx: &mut Fx, ss: &[t::Stmt]) {
        if !fx.watching {
            return;
        }
        let mut w = Walk::new(self);
        w.stmts(ss);
        if let Some(ev) = w.event() {
            fx.event(ev);
        }
    }

    /// Enter the loop of a comprehension or generator expression (it ends
    /// with the statement).
    pub(crate) fn expr_loop(&self, fx: &mut Fx) {
        let id = fx.loop_enter();
        fx.expr_loops.push(id);
    }

    /// The end of a function body: decide the stale uses that depend on
    /// its loops, keep the others for [`check`].
    pub(crate) fn finish_fx(&mut self, fx: &mut Fx) {
        for id in 0..fx.loops.len() {
            fx.loop_exit(id);
        }
        fx.expr_loops.clear();
        for mut u in std::mem::take(&mut fx.stale_uses) {
            for l in std::mem::take(&mut u.loops) {
                if let Some(&(start, Some(end))) = fx.loops.get(l) {
                    merge(&mut u.stale, start..end);
                }
            }
            u.events = u
                .stale
                .iter()
                .filter_map(|&i| fx.events.get(i).cloned())
                .collect();
            if !u.events.is_empty() {
                self.stale_uses.push((self.cur_mod, u));
            }
        }
    }

    /// The narrowing of a path expression, if any.
    pub(crate) fn narrowing_of(&self, fx: &Fx, e: &E) -> Option<Narrow> {
        let p = self.path_of(fx, e)?;
        fx.find_narrow(&p).cloned()
    }

    /// Whether a path has a narrowing that an event may have invalidated.
    fn stale_path(&self, fx: &Fx, e: &E) -> bool {
        self.narrowing_of(fx, e).is_some_and(|n| !fx.is_fresh(&n))
    }

    /// A path read without its narrowing.
    fn plain_read(&mut self, fx: &mut Fx, e: &'a E) -> t::Expr {
        match e {
            E::Attribute(a) => self.attribute_plain(fx, a),
            E::Name(n) => match self.local_read(fx, n.id.as_str(), n.range) {
                Some(x) => x,
                None => self.expr(fx, e, None),
            },
            _ => self.expr(fx, e, None),
        }
    }

    /// The operand of a test (`x is None`, `isinstance(x, C)`, `if x:`):
    /// a stale path is tested as declared.
    pub(crate) fn test_read(&mut self, fx: &mut Fx, e: &'a E, expected: Option<&Ty>) -> t::Expr {
        if self.stale_path(fx, e) {
            return self.plain_read(fx, e);
        }
        self.expr(fx, e, expected)
    }

    /// What a stale use of a path relies on.
    fn slot_of(&self, fx: &Fx, e: &E, plain: &t::Expr) -> Slot {
        match (e, &plain.kind) {
            (E::Attribute(_), K::GetField { class, field, .. }) => {
                Slot::Field(class.clone(), field.clone())
            }
            (E::Name(n), _) if fx.nl_cells.contains(&fx.iname(n.id.as_str())) => {
                Slot::Cell(n.id.to_string())
            }
            _ => Slot::Other,
        }
    }

    /// The attributes a path reads (`b` and `c` of `a.b.c`, as (declaring
    /// class, name)); `None` if its head is a cell a nested function
    /// assigns, or an attribute is not known.
    fn through(&mut self, fx: &Fx, e: &E) -> Option<Vec<(String, String)>> {
        match e {
            E::Name(n) => (!fx.nl_cells.contains(&fx.iname(n.id.as_str()))).then(Vec::new),
            E::Attribute(a) => {
                let mut v = self.through(fx, &a.value)?;
                let base = match self.narrowed(fx, &a.value) {
                    Some(t) => t,
                    None => self.path_type(fx, &a.value)?,
                };
                let Ty::Class(c) = base.strip_opt() else {
                    return None;
                };
                let (owner, _, _) = self.field(c, a.attr.as_str())?;
                v.push((owner, a.attr.to_string()));
                Some(v)
            }
            _ => None,
        }
    }

    /// Record a use that relies on a narrowing an event may have
    /// invalidated.
    fn stale_use(&mut self, fx: &mut Fx, e: &E, n: &Narrow, plain: &t::Expr) {
        let (stale, loops) = fx.use_state(n);
        let label = match &plain.ty {
            Ty::Optional(inner) if **inner == n.ty => "may be None here".to_string(),
            _ => format!("may no longer be a `{}` here", n.ty),
        };
        let u = StaleUse {
            range: e.range(),
            shown: crate::check::dotted_text(e),
            slot: self.slot_of(fx, e, plain),
            through: match e {
                E::Attribute(a) => self.through(fx, &a.value),
                _ => Some(vec![]),
            },
            ty: n.ty.clone(),
            label,
            stale,
            loops,
            events: vec![],
        };
        fx.stale_uses.push(u);
    }

    /// A read of a narrowed path `e` (`plain`: read without the narrowing)
    /// in a position other than a receiver.
    pub(crate) fn narrowed_value(
        &mut self,
        fx: &mut Fx,
        e: &E,
        n: Narrow,
        plain: t::Expr,
        expected: Option<&Ty>,
    ) -> t::Expr {
        if plain.ty.is_unknown() || fx.is_fresh(&n) {
            return self.apply_narrow(plain, n.ty);
        }
        // Where the declared type is expected, reading it is exact.
        if expected.is_some_and(|t| !t.is_unknown() && self.assignable(&plain.ty, t)) {
            return plain;
        }
        self.stale_use(fx, e, &n, &plain);
        self.apply_narrow(plain, n.ty)
    }

    /// The receiver of `.attr` (read, called, or assigned when `store`).
    /// A path whose narrowing an event may have invalidated is checked at
    /// run time: None raises `AttributeError("'NoneType' object has no
    /// attribute 'attr'")`; for an `isinstance` narrowing, an attribute
    /// of the declared class is reached through it (as CPython looks it
    /// up on whatever the object is), and one the narrowed class gets
    /// from a class `K` (no class outside `K`'s subtree defining it)
    /// raises `AttributeError("'C' object has no attribute 'attr'")`
    /// for an object that is not a `K`.
    pub(crate) fn receiver(&mut self, fx: &mut Fx, e: &'a E, attr: &str, store: bool) -> t::Expr {
        let Some(n) = self.narrowing_of(fx, e) else {
            return self.expr(fx, e, None);
        };
        if fx.is_fresh(&n) {
            return self.expr(fx, e, None);
        }
        let plain = self.plain_read(fx, e);
        if plain.ty.is_unknown() {
            return plain;
        }
        let r = e.range();
        let h = fx.hidden("recv", plain.ty.clone());
        let local = ex(K::Local(h.clone()), plain.ty.clone(), r);
        let mut pre = vec![t::Stmt::Assign(
            vec![t::Target::Local(h)],
            vec![plain.clone()],
        )];
        let (base, val) = match plain.ty.clone() {
            Ty::Optional(inner) => {
                let is_null = ex(
                    K::Compare(
                        Box::new(local.clone()),
                        vec![(CmpKind::IsNull(false), ex(K::Null, Ty::None, r))],
                    ),
                    Ty::Bool,
                    r,
                );
                let msg = sconst(&format!("'NoneType' object has no attribute '{attr}'"), r);
                let exc = self.new_builtin_exc("AttributeError", Some(msg), r);
                pre.push(t::Stmt::If(
                    is_null,
                    vec![t::Stmt::Raise(Some(exc))],
                    vec![],
                ));
                let v = self.unwrap_opt(local, (*inner).clone());
                ((*inner).clone(), v)
            }
            other => (other, local),
        };
        let result = match (&base, &n.ty) {
            (b, nt) if b == nt => val,
            (Ty::Class(b), Ty::Class(nc)) => {
                if self.class_has_attr(b, attr) {
                    // Looked up on the declared class: as CPython finds it.
                    val
                } else if let Some(k) = self.attr_root(b, nc, attr) {
                    if store || self.defined_outside(b, &k, attr) {
                        self.stale_use(fx, e, &n, &plain);
                    }
                    let test = ex(K::InstanceOf(k.clone(), Box::new(val.clone())), Ty::Bool, r);
                    let not = ex(K::Not(Box::new(test)), Ty::Bool, r);
                    let name = self.class_name_of(b, &k, &val);
                    let msg = crate::check_expr::concat(
                        crate::check_expr::concat(sconst("'", r), name),
                        sconst(&format!("' object has no attribute '{attr}'"), r),
                    );
                    let exc = self.new_builtin_exc("AttributeError", Some(msg), r);
                    pre.push(t::Stmt::If(not, vec![t::Stmt::Raise(Some(exc))], vec![]));
                    self.use_class(&k);
                    ex(K::Cast(k.clone(), Box::new(val)), Ty::Class(k), r)
                } else {
                    // Not an attribute of the narrowed class either: the
                    // lookup reports it.
                    self.apply_narrow(val, n.ty.clone())
                }
            }
            _ => {
                self.stale_use(fx, e, &n, &plain);
                self.apply_narrow(val, n.ty.clone())
            }
        };
        let ty = result.ty.clone();
        ex(K::Block(pre, Box::new(result)), ty, r)
    }

    /// Whether class `c` defines `attr` itself (an attribute, a method, a
    /// class constant or value).
    fn defines_attr(&self, c: &str, attr: &str) -> bool {
        self.class(c).is_some_and(|k| {
            k.fields.iter().any(|f| f.name == attr)
                || k.sigs.contains_key(attr)
                || k.consts.contains_key(attr)
                || k.globals.contains_key(attr)
        })
    }

    fn class_has_attr(&self, c: &str, attr: &str) -> bool {
        self.ancestry(c).iter().any(|a| self.defines_attr(a, attr))
    }

    /// The topmost class between `base` (excluded) and `nc` that defines
    /// `attr`.
    fn attr_root(&self, base: &str, nc: &str, attr: &str) -> Option<String> {
        let anc = self.ancestry(nc);
        let below = anc.iter().position(|a| a == base)?;
        anc[..below]
            .iter()
            .rev()
            .find(|a| self.defines_attr(a, attr))
            .cloned()
    }

    /// The program's classes deriving from `base` (itself included).
    fn program_subclasses(&self, base: &str) -> Vec<String> {
        self.classes
            .iter()
            .filter(|k| !k.synthetic && self.is_subclass(&k.name, base))
            .map(|k| k.name.clone())
            .collect()
    }

    /// Whether a class deriving from `base` but not from `k` defines
    /// `attr` (then an object that is not a `k` may have it).
    fn defined_outside(&self, base: &str, k: &str, attr: &str) -> bool {
        self.program_subclasses(base)
            .iter()
            .any(|c| !self.is_subclass(c, k) && self.defines_attr(c, attr))
    }

    /// The name of the class of `obj` (a `base` that is not a `k`), as
    /// CPython's messages show it: an isinstance chain over the classes
    /// it may be, deepest first.
    fn class_name_of(&mut self, base: &str, k: &str, obj: &t::Expr) -> t::Expr {
        let r = obj.range;
        let short = |c: &str| {
            let s = crate::types::show_class(c);
            s.rsplit('.').next().unwrap_or(&s).to_string()
        };
        let mut subs: Vec<String> = self
            .program_subclasses(base)
            .into_iter()
            .filter(|c| c != base && !self.is_subclass(c, k))
            .collect();
        // Shallowest first, so the deepest test ends up outermost.
        subs.sort_by_key(|n| (self.ancestry(n).len(), n.clone()));
        let mut acc = sconst(&short(base), r);
        for c in subs {
            self.use_class(&c);
            let tst = ex(K::InstanceOf(c.clone(), Box::new(obj.clone())), Ty::Bool, r);
            acc = ex(
                K::IfExp(
                    Box::new(tst),
                    Box::new(sconst(&short(&c), r)),
                    Box::new(acc),
                ),
                Ty::Str,
                r,
            );
        }
        acc
    }
}

/// The line of a position.
fn line_of(src: &str, r: TextRange) -> usize {
    let at = usize::from(r.start()).min(src.len());
    src.get(..at).map_or(1, |s| s.matches('\n').count() + 1)
}

/// What the whole program stores and calls.
struct Program<'p, 'c, 'a> {
    cx: &'c Ctx<'a>,
    facts: HashMap<&'p str, Facts>,
    /// Every store, by slot: outside `__init__` (`fields`), to `self.x`
    /// in an `__init__` (`init_fields`), to captured cells (`cells`).
    fields: HashMap<(String, String), Vec<Ty>>,
    init_fields: HashMap<(String, String), Vec<Ty>>,
    cells: HashMap<String, Vec<Ty>>,
    /// Whether an `__init__` runs again on an existing object somewhere.
    init_reentered: bool,
    /// The bodies a virtual call may run, by (class, method).
    dispatch: std::cell::RefCell<HashMap<(String, String), Vec<String>>>,
}

/// The verdict on a stale use.
enum Verdict {
    Valid,
    /// Invalid: the event to show.
    Invalid(TextRange),
}

impl<'p> Program<'p, '_, '_> {
    /// The function bodies a callee may run, and whether they run on an
    /// existing object when they are `__init__`s (`None`: not known).
    fn targets(&self, c: &Callee, on_existing: bool) -> Option<Vec<(String, bool)>> {
        Some(match c {
            Callee::Func(f) | Callee::New(f) => vec![(f.clone(), false)],
            Callee::Init(f) => vec![(f.clone(), true)],
            Callee::Chain(f) => vec![(f.clone(), on_existing)],
            Callee::Virtual(class, m) => {
                let key = (class.clone(), m.clone());
                if let Some(v) = self.dispatch.borrow().get(&key) {
                    return Some(v.iter().map(|f| (f.clone(), false)).collect());
                }
                let mut out: Vec<String> = Vec::new();
                for k in &self.cx.classes {
                    if !k.synthetic
                        && self.cx.is_subclass(&k.name, class)
                        && let Some((_, sig)) = self.cx.find_method(&k.name, m)
                        && !out.contains(&sig.name)
                    {
                        out.push(sig.name);
                    }
                }
                let v = out.iter().map(|f| (f.clone(), false)).collect();
                self.dispatch.borrow_mut().insert(key, out);
                v
            }
            Callee::Any => return None,
        })
    }

    /// Whether the calls of an event may store into `slot` a value that
    /// is not a `ty`: `None` when not known (unknown callees, or a store
    /// to an attribute on the way, after which the path may reach
    /// another object).
    fn may_break(&self, ev: &Event, u: &StaleUse) -> Option<bool> {
        let Slot::Field(c, f) = &u.slot else {
            return None;
        };
        let through = u.through.as_ref()?;
        let slot = (c.clone(), f.clone());
        let mut seen: HashSet<(String, bool)> = HashSet::new();
        let mut work: Vec<(String, bool)> = Vec::new();
        for c in &ev.calls {
            work.extend(self.targets(c, true)?);
        }
        while let Some((f, on_existing)) = work.pop() {
            if !seen.insert((f.clone(), on_existing)) {
                continue;
            }
            let facts = self.facts.get(f.as_str())?;
            let init = if on_existing {
                &facts.init_fields[..]
            } else {
                &[]
            };
            for (k, t) in facts.fields.iter().chain(init) {
                if through.contains(k) {
                    return None;
                }
                if *k == slot && (t.is_unknown() || !self.cx.assignable(t, &u.ty)) {
                    return Some(true);
                }
            }
            for c in &facts.calls {
                work.extend(self.targets(c, on_existing)?);
            }
        }
        Some(false)
    }

    /// Whether the program may store anywhere into the path a value that
    /// is not a `ty` (construction included when the path may reach
    /// another object or an `__init__` ran again).
    fn may_break_anywhere(&self, u: &StaleUse) -> bool {
        let init = u.events.iter().any(|e| {
            e.calls
                .iter()
                .any(|c| matches!(c, Callee::Init(_) | Callee::Chain(_)))
        });
        let stored: Vec<Ty> = match &u.slot {
            Slot::Field(c, f) => {
                let key = (c.clone(), f.clone());
                let mut v = self.fields.get(&key).cloned().unwrap_or_default();
                // The same object, unless an attribute on the way may have
                // changed.
                let other = match &u.through {
                    Some(th) => th.iter().any(|k| self.fields.contains_key(k)),
                    None => true,
                };
                if init || self.init_reentered || other {
                    v.extend(self.init_fields.get(&key).cloned().unwrap_or_default());
                }
                v
            }
            Slot::Cell(n) => self.cells.get(n).cloned().unwrap_or_default(),
            Slot::Other => vec![Ty::Unknown],
        };
        stored
            .iter()
            .any(|t| t.is_unknown() || !self.cx.assignable(t, &u.ty))
    }

    fn verdict(&self, u: &StaleUse) -> Verdict {
        let Some(first) = u.events.first() else {
            return Verdict::Valid;
        };
        let mut known = true;
        for ev in &u.events {
            match self.may_break(ev, u) {
                Some(true) => return Verdict::Invalid(ev.at),
                Some(false) => {}
                None => known = false,
            }
        }
        if known || !self.may_break_anywhere(u) {
            Verdict::Valid
        } else {
            Verdict::Invalid(first.at)
        }
    }
}

/// Decide the stale uses (the last steps of stage 2, on the whole typed
/// program): an error where a call between the test and the use may
/// store into the path a value without the narrowed type.
pub(crate) fn check(cx: &mut Ctx, prog: &t::Program) {
    if cx.stale_uses.is_empty() {
        return;
    }
    let uses = std::mem::take(&mut cx.stale_uses);
    let mut diags = Vec::new();
    {
        let cxr: &Ctx = cx;
        let mut p = Program {
            cx: cxr,
            facts: HashMap::new(),
            fields: HashMap::new(),
            init_fields: HashMap::new(),
            cells: HashMap::new(),
            init_reentered: false,
            dispatch: Default::default(),
        };
        for f in &prog.functions {
            let mut w = Walk::new(cxr);
            w.stores = Some(Facts::default());
            if f.name.ends_with(".__init__")
                && let Some((s, _)) = f.params.first()
            {
                let mut assigned = Vec::new();
                t::assigned_names(&f.body, &mut assigned);
                if !assigned.contains(s) {
                    w.init_self = Some(s.clone());
                }
            }
            w.stmts(&f.body);
            let mut facts = w.stores.take().unwrap_or_default();
            facts.calls = std::mem::take(&mut w.calls);
            p.init_reentered |= facts.calls.iter().any(|c| matches!(c, Callee::Init(_)));
            for (k, t) in &facts.fields {
                p.fields.entry(k.clone()).or_default().push(t.clone());
            }
            for (k, t) in &facts.init_fields {
                p.init_fields.entry(k.clone()).or_default().push(t.clone());
            }
            for (k, t) in &facts.cells {
                p.cells.entry(k.clone()).or_default().push(t.clone());
            }
            p.facts.insert(f.name.as_str(), facts);
        }
        let mut seen: HashSet<(usize, TextRange)> = HashSet::new();
        for (m, u) in &uses {
            if !seen.insert((*m, u.range)) {
                continue;
            }
            let Verdict::Invalid(call) = p.verdict(u) else {
                continue;
            };
            let line = line_of(cxr.mods[*m].source, call);
            let help = match &u.slot {
                Slot::Cell(n) => format!(
                    "a nested function assigns `{n}` (`nonlocal {n}`): test it again after the call, or copy it to another variable before the call"
                ),
                _ => {
                    let var = u.shown.rsplit('.').next().unwrap_or("x");
                    format!(
                        "test it again after the call, or copy it to a local before the call (`{var} = {}`)",
                        u.shown
                    )
                }
            };
            diags.push((
                *m,
                Diagnostic::new(
                    format!(
                        "`{}` may have been changed by the call at line {line} since it was tested",
                        u.shown
                    ),
                    u.range,
                    u.label.clone(),
                    help,
                ),
            ));
        }
    }
    cx.diags.extend(diags);
}
