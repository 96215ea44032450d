//! Iteration (part of stage 2): the one lowering of every loop over an
//! iterable — `for` statements, comprehensions, generator expressions,
//! `any`/`all`, `min`/`max` — as CPython's iterators behave:
//!
//! - a list is walked by index and its length read again at each step (a
//!   loop sees items appended by its body); `reversed(list)` stops when
//!   its index leaves the list;
//! - a dict (its keys), a set, `d.keys()`, `d.values()`, `d.items()` and
//!   `reversed(d)` walk the container itself through the prelude's
//!   checked iteration (`Dict._iter_next`, `Set._iter_next`,
//!   `Dict._iter_prev`): a change of its size raises `RuntimeError` at the
//!   next step ("dictionary changed size during iteration", "Set changed
//!   size during iteration"), whoever iterates;
//! - `zip` advances its iterators in order and stops at the first that
//!   ends (the later ones are not advanced); `enumerate` counts;
//! - as in CPython, `zip` and `enumerate` create the iterators of their
//!   arguments after evaluating all of them, while `reversed(x)` creates
//!   its own where it is evaluated;
//! - a generator expression iterated by a loop (a `for` statement, a
//!   comprehension, or a consumer: `any`, `all`, `min`, `max`, `sum`,
//!   `sorted`, `list`, `set`, `tuple`, `dict`, `str.join`) is the loop
//!   nest of its clauses with the consumer's body inside ([`Source::Gen`]):
//!   its first iterable is evaluated where the generator is created, and
//!   each element is computed when the consumer asks for it (a `break` of
//!   the consumer leaves the whole nest), as CPython's generator runs.
//!
//! An iterable is first checked into a [`Source`], then turned into a
//! [`Plan`] that binds the loop's target (declaring its variables, so
//! that the body can be checked next) and finally into loop statements
//! around the body ([`Ctx::plan_loop`]). Lists, strs, bytes and `range`
//! at the top of a loop keep the dedicated `ForSeq`/`ForRange`
//! statements; everything else is a `while` loop whose condition
//! advances the iterators.

use crate::check::{Ctx, Fx, mismatch, unsupported};
use crate::diag::Diagnostic;
use crate::typed::{self as t, ExprKind as K, SeqKind};
use crate::types::Ty;
use ruff_python_ast::{self as ast, Expr as E};
use ruff_text_size::{Ranged, TextRange};

/// What a walk over a dict or set gives.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum View {
    /// The keys of a dict, the items of a set.
    Keys,
    Values,
    /// `(key, value)` pairs.
    Items,
}

/// `range(start, stop, step)`'s arguments.
pub(crate) struct RangeArgs {
    start: t::Expr,
    stop: t::Expr,
    step: t::Expr,
}

/// A checked iterable.
pub(crate) enum Source {
    /// `range(start, stop, step)` (only as the iterable of a loop).
    Range(Box<RangeArgs>),
    /// A list, str, bytes or tuple (as a list) walked by index, backwards
    /// for `reversed(...)`.
    Seq {
        seq: t::Expr,
        kind: SeqKind,
        elem: Ty,
        rev: bool,
    },
    /// A dict or set (or a dict's view) walked in place.
    Live {
        cont: t::Expr,
        view: View,
        elem: Ty,
        rev: bool,
    },
    /// `zip(a, b, ...)`: each argument, and whether it is an iterator
    /// built by its own call (created when evaluated).
    Zip(Vec<(Source, bool)>),
    /// `enumerate(x[, start])`.
    Enumerate(Box<(Source, bool)>, Option<t::Expr>),
    /// A generator expression (only as the iterable of a loop).
    Gen(Box<GenSrc>),
}

/// One `for ... in ... if ...` clause of a comprehension or generator
/// expression, checked: its loop (target bound) and its conditions.
pub(crate) struct Level {
    pub plan: Plan,
    pub conds: Vec<t::Expr>,
}

/// A checked generator expression: its clauses, outermost first, and the
/// element (computed inside the innermost one).
pub(crate) struct GenSrc {
    levels: Vec<Level>,
    elem: t::Expr,
}

impl Source {
    /// The type of the items.
    fn elem(&self) -> Ty {
        match self {
            Source::Range(_) => Ty::Int,
            Source::Seq { elem, .. } | Source::Live { elem, .. } => elem.clone(),
            Source::Zip(ps) => Ty::Tuple(ps.iter().map(|(p, _)| p.elem()).collect()),
            Source::Enumerate(p, _) => Ty::Tuple(vec![Ty::Int, p.0.elem()]),
            Source::Gen(g) => g.elem.ty.clone(),
        }
    }
}

/// An item a step produces: one value, or the components of a `zip` or
/// `enumerate` tuple (bound to a tuple target one by one, without
/// building the tuple).
enum Item {
    One(t::Expr),
    Many(Vec<Item>, TextRange),
}

/// One iterator, lowered: `eval` evaluates the iterable's expressions,
/// `init` creates the iterator state, `cond` advances it (true when an
/// item was produced), `carry` keeps the state that `cond` assigns
/// around the loop, `item` reads the produced item and `post` runs after
/// it was taken.
struct Step {
    eval: Vec<t::Stmt>,
    init: Vec<t::Stmt>,
    cond: t::Expr,
    carry: Vec<t::Stmt>,
    item: Item,
    post: Vec<t::Stmt>,
}

/// The loop statement of a [`Plan`].
enum Head {
    Range(String, Box<RangeArgs>),
    Seq {
        var: String,
        counter: Option<String>,
        seq: t::Expr,
        kind: SeqKind,
    },
    /// `while cond:` (the condition advances the iterators).
    While(t::Expr),
    /// The loop nest of a generator expression; `stop` (with several
    /// clauses) is the flag a `break` of the body sets to leave the nest.
    Gen {
        levels: Vec<Level>,
        stop: Option<String>,
    },
}

/// A loop over a [`Source`] whose target is bound, ready for its body.
pub(crate) struct Plan {
    /// Statements before the loop.
    setup: Vec<t::Stmt>,
    head: Head,
    /// Statements starting each iteration (they bind the target).
    bind: Vec<t::Stmt>,
    range: TextRange,
    /// For [`LoopTarget::Hidden`]: the local holding each item.
    pub item_var: Option<(String, Ty)>,
}

/// What a loop binds.
pub(crate) enum LoopTarget<'a> {
    /// The target of a `for` statement (a plain name is the loop variable).
    Stmt(&'a E),
    /// The target of a comprehension (its names are already renamed).
    Comp(&'a E),
    /// A hidden local, created here with the item type (returned in
    /// [`Plan::var`]).
    Hidden,
}

fn local(n: &str, ty: Ty, r: TextRange) -> t::Expr {
    t::Expr::new(K::Local(n.to_string()), ty, r)
}

fn int(v: i64, r: TextRange) -> t::Expr {
    t::Expr::new(K::Int(v), Ty::Int, r)
}

fn assign(n: &str, x: t::Expr) -> t::Stmt {
    t::Stmt::Assign(vec![t::Target::Local(n.to_string())], vec![x])
}

fn cmp(a: t::Expr, op: ir::BinOp, b: t::Expr, r: TextRange) -> t::Expr {
    t::Expr::new(
        K::Compare(Box::new(a), vec![(t::CmpKind::Int(op), b)]),
        Ty::Bool,
        r,
    )
}

fn add(a: t::Expr, v: i64, r: TextRange) -> t::Expr {
    t::Expr::new(
        K::Arith(ir::BinOp::Add, Box::new(a), Box::new(int(v, r))),
        Ty::Int,
        r,
    )
}

fn block(stmts: Vec<t::Stmt>, x: t::Expr) -> t::Expr {
    let (ty, r) = (x.ty.clone(), x.range);
    t::Expr::new(K::Block(stmts, Box::new(x)), ty, r)
}

fn and(a: t::Expr, b: t::Expr) -> t::Expr {
    let r = a.range;
    t::Expr::new(K::And(Box::new(a), Box::new(b)), Ty::Bool, r)
}

impl Plan {
    /// Statements to run before the loop but after the iterable is
    /// evaluated (the iterable of a `ForSeq`/`ForRange` is kept in a
    /// local first).
    pub(crate) fn add_setup(&mut self, fx: &mut Fx, stmts: Vec<t::Stmt>) {
        let r = self.range;
        let mut hoist = |x: &mut t::Expr, setup: &mut Vec<t::Stmt>| {
            if matches!(x.kind, K::Local(_) | K::Int(_)) {
                return;
            }
            let ty = x.ty.clone();
            let h = fx.hidden("iter", ty.clone());
            let v = std::mem::replace(x, local(&h, ty, r));
            setup.push(assign(&h, v));
        };
        match &mut self.head {
            Head::Seq { seq, .. } => hoist(seq, &mut self.setup),
            Head::Range(_, args) => {
                hoist(&mut args.start, &mut self.setup);
                hoist(&mut args.stop, &mut self.setup);
                hoist(&mut args.step, &mut self.setup);
            }
            Head::While(_) => {}
            Head::Gen { levels, .. } => {
                // After the generator's first iterable.
                if let Some(first) = levels.first_mut() {
                    first.plan.add_setup(fx, stmts);
                }
                return;
            }
        }
        self.setup.extend(stmts);
    }
}

impl<'a> Ctx<'a> {
    /// Whether `name` is the builtin function (not a local or a
    /// module-level name).
    fn is_builtin_fn(&self, fx: &Fx, name: &str) -> bool {
        fx.local(name).is_none()
            && !fx.captured.iter().any(|(x, _, _)| x == name)
            && !fx.assigned.contains(name)
            && self.resolve(self.cur_mod, name).is_none()
    }

    /// The builtin iterator call an expression is (`range`, `enumerate`,
    /// `zip`, `reversed`), if any.
    fn iterator_call<'e>(&self, fx: &Fx, e: &'e E) -> Option<(&'static str, &'e ast::ExprCall)> {
        let E::Call(c) = e else { return None };
        let E::Name(n) = &*c.func else { return None };
        let id = ["range", "enumerate", "zip", "reversed"]
            .into_iter()
            .find(|b| *b == n.id.as_str())?;
        self.is_builtin_fn(fx, id).then_some((id, c))
    }

    /// The checked arguments `[start, stop, step]` of `e` when it is a
    /// call of the builtin `range` (for `len` and `in`, which answer
    /// without building it): None when it is not one, Some(None) after
    /// an error.
    pub(crate) fn range_call_args(
        &mut self,
        fx: &mut Fx,
        e: &'a E,
    ) -> Option<Option<[t::Expr; 3]>> {
        let Some(("range", c)) = self.iterator_call(fx, e) else {
            return None;
        };
        Some(match self.range_source(fx, c) {
            Some(Source::Range(ra)) => {
                let RangeArgs { start, stop, step } = *ra;
                Some([start, stop, step])
            }
            _ => None,
        })
    }

    /// The type name of the iterator an `enumerate`/`zip`/`reversed`
    /// call gives (not reversible), if `e` is one.
    pub(crate) fn not_reversible_call(&self, fx: &Fx, e: &E) -> Option<&'static str> {
        match self.iterator_call(fx, e)? {
            ("enumerate", _) => Some("enumerate"),
            ("zip", _) => Some("zip"),
            ("reversed", _) => Some("reversed"),
            _ => None,
        }
    }

    /// Check an iterable. `top`: the iterable of a loop (where `range`
    /// is walked without building a list).
    pub(crate) fn iter_source(&mut self, fx: &mut Fx, e: &'a E, top: bool) -> Option<Source> {
        if let (E::Generator(g), true) = (e, top) {
            return self.gen_source(fx, g, None);
        }
        match self.iterator_call(fx, e) {
            Some(("range", c)) if top => self.range_source(fx, c),
            Some(("enumerate", c)) => self.enumerate_source(fx, c),
            Some(("zip", c)) => self.zip_source(fx, c),
            Some(("reversed", c)) => self.reversed_source(fx, c),
            _ => {
                // A dict view may be walked (`classify`).
                let saved = self.view_ok.len();
                self.view_ok.push(e.range());
                let x = self.expr(fx, e, None);
                self.view_ok.truncate(saved);
                if x.ty.is_unknown() {
                    return None;
                }
                self.classify(fx, e, x, false)
            }
        }
    }

    /// What a `for` loop or a comprehension clause iterates. CPython
    /// iterates a set display of constants there as the frozenset
    /// constant it compiles it to (another order than the set's).
    pub(crate) fn loop_source(&mut self, fx: &mut Fx, e: &'a E) -> Option<Source> {
        if let E::Set(s) = e {
            let x = self.set_display(fx, s, None, true);
            if x.ty.is_unknown() {
                return None;
            }
            return self.classify(fx, e, x, false);
        }
        self.iter_source(fx, e, true)
    }

    /// A checked value as an iterable (`src` is its expression).
    pub(crate) fn value_source(&mut self, fx: &mut Fx, src: &E, x: t::Expr) -> Option<Source> {
        self.classify(fx, src, x, false)
    }

    /// An argument of `zip`/`enumerate`, and whether it is an iterator
    /// call (whose iterator exists once it is evaluated).
    fn arg_source(&mut self, fx: &mut Fx, e: &'a E) -> Option<(Source, bool)> {
        let is_call = matches!(
            self.iterator_call(fx, e),
            Some(("enumerate" | "zip" | "reversed", _))
        );
        Some((self.iter_source(fx, e, false)?, is_call))
    }

    /// A checked iterable value: a dict, set or dict view walked in
    /// place, anything else by index.
    fn classify(&mut self, fx: &mut Fx, src: &E, x: t::Expr, rev: bool) -> Option<Source> {
        let r = x.range;
        match x.ty.clone() {
            Ty::Dict(k, _) => {
                return Some(Source::Live {
                    cont: x,
                    view: View::Keys,
                    elem: *k,
                    rev,
                });
            }
            Ty::Set(e) => {
                if rev {
                    self.err(not_reversible("set", r));
                    return None;
                }
                return Some(Source::Live {
                    cont: x,
                    view: View::Keys,
                    elem: *e,
                    rev,
                });
            }
            _ => {}
        }
        // `d.keys()`, `d.values()`, `d.items()` (as written: `list(d)`
        // and `sorted(d)` are lists).
        let view = match (src, &x.kind) {
            (E::Call(c), K::CallVirtual(_, m, args))
                if c.arguments.args.is_empty()
                    && c.arguments.keywords.is_empty()
                    && matches!(&*c.func, E::Attribute(a) if a.attr.as_str() == m)
                    && args.len() == 1 =>
            {
                match (&args[0].ty, m.as_str()) {
                    (Ty::Dict(k, _), "keys") => Some((View::Keys, (**k).clone())),
                    (Ty::Dict(_, v), "values") => Some((View::Values, (**v).clone())),
                    (Ty::Dict(k, v), "items") => {
                        Some((View::Items, Ty::Tuple(vec![(**k).clone(), (**v).clone()])))
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some((view, elem)) = view {
            if let K::CallVirtual(_, _, mut args) = x.kind
                && let Some(cont) = args.pop()
            {
                return Some(Source::Live {
                    cont,
                    view,
                    elem,
                    rev,
                });
            }
            return None;
        }
        let (seq, kind, elem) = self.seq_of(fx, x)?;
        Some(Source::Seq {
            seq,
            kind,
            elem,
            rev,
        })
    }

    /// An int argument of a loop source (a bool counts as its int); a
    /// mismatch is reported with `why`.
    fn int_arg(&mut self, fx: &mut Fx, a: &'a ast::Expr, why: &str) -> Option<t::Expr> {
        let x = self.expr(fx, a, Some(&Ty::Int));
        if x.ty.is_unknown() {
            return None;
        }
        let x = if x.ty == Ty::Bool {
            self.bool_to_int(x)
        } else {
            x
        };
        if !self.assignable(&x.ty, &Ty::Int) {
            self.err(mismatch(&Ty::Int, &x.ty, x.range, why));
            return None;
        }
        Some(x)
    }

    fn range_source(&mut self, fx: &mut Fx, c: &'a ast::ExprCall) -> Option<Source> {
        if !c.arguments.keywords.is_empty() {
            self.err(unsupported(
                "keyword argument",
                c.arguments.keywords[0].range,
                "pass arguments by position",
            ));
            return None;
        }
        let args = &c.arguments.args;
        if args.is_empty() || args.len() > 3 {
            self.err(Diagnostic::new(
                format!("`range` takes 1 to 3 arguments, {} given", args.len()),
                c.arguments.range,
                "wrong number of arguments",
                "use range(stop), range(start, stop) or range(start, stop, step)",
            ));
            return None;
        }
        let mut xs = Vec::new();
        for a in args {
            xs.push(self.int_arg(fx, a, "`range` arguments are ints")?);
        }
        let r = c.range();
        let (start, stop, step) = match xs.len() {
            1 => (int(0, r), xs.remove(0), int(1, r)),
            2 => {
                let s = xs.remove(0);
                (s, xs.remove(0), int(1, r))
            }
            _ => {
                let s = xs.remove(0);
                let e = xs.remove(0);
                (s, e, xs.remove(0))
            }
        };
        Some(Source::Range(Box::new(RangeArgs { start, stop, step })))
    }

    fn enumerate_source(&mut self, fx: &mut Fx, c: &'a ast::ExprCall) -> Option<Source> {
        let kw_ok = c
            .arguments
            .keywords
            .iter()
            .all(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "start"));
        let n = c.arguments.args.len() + c.arguments.keywords.len();
        if !kw_ok || c.arguments.args.is_empty() || n > 2 {
            self.err(Diagnostic::new(
                "wrong arguments for `enumerate`",
                c.arguments.range,
                "unexpected arguments",
                "use enumerate(xs[, start])",
            ));
            return None;
        }
        let inner = self.arg_source(fx, &c.arguments.args[0])?;
        let start = match (c.arguments.args.get(1), c.arguments.keywords.first()) {
            (Some(s), _) => Some(s),
            (None, Some(k)) => Some(&k.value),
            _ => None,
        };
        let start = match start {
            Some(s) => Some(self.int_arg(fx, s, "the start of enumerate is an int")?),
            None => None,
        };
        Some(Source::Enumerate(Box::new(inner), start))
    }

    fn zip_source(&mut self, fx: &mut Fx, c: &'a ast::ExprCall) -> Option<Source> {
        if !c.arguments.keywords.is_empty() || c.arguments.args.is_empty() {
            self.err(Diagnostic::new(
                "wrong arguments for `zip`",
                c.arguments.range,
                "unexpected arguments",
                "use zip(a, b, ...)",
            ));
            return None;
        }
        let mut parts = Vec::new();
        for a in &c.arguments.args {
            parts.push(self.arg_source(fx, a)?);
        }
        Some(Source::Zip(parts))
    }

    fn reversed_source(&mut self, fx: &mut Fx, c: &'a ast::ExprCall) -> Option<Source> {
        if !c.arguments.keywords.is_empty() || c.arguments.args.len() != 1 {
            self.err(Diagnostic::new(
                "`reversed` takes exactly one argument",
                c.arguments.range,
                "wrong arguments",
                "use `reversed(items)`",
            ));
            return None;
        }
        let a = &c.arguments.args[0];
        if let Some(what) = self.not_reversible_call(fx, a) {
            self.err(not_reversible(what, a.range()));
            return None;
        }
        let saved = self.view_ok.len();
        self.view_ok.push(a.range());
        let x = self.expr(fx, a, None);
        self.view_ok.truncate(saved);
        if x.ty.is_unknown() {
            return None;
        }
        self.classify(fx, a, x, true)
    }

    /// The loop variable of a `range` loop whose values are never negative
    /// (it counts up, by a positive literal step, from a non-negative
    /// start), for `int ** i`.
    pub(crate) fn non_negative_counter(&self, fx: &Fx, plan: &Plan) -> Option<String> {
        let Head::Range(var, args) = &plan.head else {
            return None;
        };
        let up = matches!(args.step.kind, K::Int(v) if v > 0);
        (up && plan.bind.is_empty() && self.non_negative(fx, &args.start)).then(|| var.clone())
    }

    /// Bind a loop's target to the items of a source.
    pub(crate) fn iter_plan(
        &mut self,
        fx: &mut Fx,
        target: LoopTarget<'a>,
        src: Source,
        range: TextRange,
    ) -> Option<Plan> {
        let r = range;
        let elem = src.elem();
        if elem.is_unknown() {
            return None;
        }
        // A plain name of a `for` statement is the loop variable itself.
        let direct = match &target {
            LoopTarget::Stmt(E::Name(n)) if !fx.cells.contains(n.id.as_str()) => {
                if !self.declare_local(fx, n.id.as_str(), &elem, n.range) {
                    return None;
                }
                let vn = fx.iname(n.id.as_str());
                self.kill_local(fx, &vn);
                Some(vn)
            }
            _ => None,
        };
        let ast_target = match target {
            LoopTarget::Stmt(e) | LoopTarget::Comp(e) => Some(e),
            LoopTarget::Hidden => None,
        };
        // The dedicated loops: range, and lists/strs/bytes walked forward
        // (enumerate's counter is the index).
        match src {
            Source::Range(args) => {
                let var = match &direct {
                    Some(v) => v.clone(),
                    None => fx.hidden("it", Ty::Int),
                };
                let mut bind = Vec::new();
                if let Some(tg) = ast_target.filter(|_| direct.is_none()) {
                    self.assign_to(fx, tg, local(&var, Ty::Int, r), &mut bind);
                }
                let item_var = ast_target.is_none().then(|| (var.clone(), Ty::Int));
                Some(Plan {
                    setup: vec![],
                    head: Head::Range(var, args),
                    bind,
                    range,
                    item_var,
                })
            }
            Source::Seq {
                seq,
                kind,
                elem,
                rev: false,
            } => {
                let var = match &direct {
                    Some(v) => v.clone(),
                    None => fx.hidden("it", elem.clone()),
                };
                let mut bind = Vec::new();
                let item_var = ast_target.is_none().then(|| (var.clone(), elem.clone()));
                if let Some(tg) = ast_target.filter(|_| direct.is_none()) {
                    self.assign_to(fx, tg, local(&var, elem, r), &mut bind);
                }
                Some(Plan {
                    setup: vec![],
                    head: Head::Seq {
                        var,
                        counter: None,
                        seq,
                        kind,
                    },
                    bind,
                    range,
                    item_var,
                })
            }
            Source::Enumerate(inner, start)
                if matches!(inner.0, Source::Seq { rev: false, .. }) && direct.is_none() =>
            {
                let Source::Seq {
                    seq, kind, elem, ..
                } = inner.0
                else {
                    return None;
                };
                let iv = fx.hidden("it", elem.clone());
                let cv = fx.hidden("i", Ty::Int);
                let mut setup = Vec::new();
                // The iterable, then the start, are evaluated first.
                let seq = self.keep(fx, seq, &mut setup);
                let mut idx = local(&cv, Ty::Int, r);
                if let Some(s) = start {
                    let s = self.keep(fx, s, &mut setup);
                    idx = t::Expr::new(
                        K::Arith(ir::BinOp::Add, Box::new(idx), Box::new(s)),
                        Ty::Int,
                        r,
                    );
                }
                let item = Item::Many(vec![Item::One(idx), Item::One(local(&iv, elem, r))], r);
                let mut bind = Vec::new();
                let mut item_var = None;
                if let Some(tg) = ast_target {
                    self.bind_item(fx, tg, item, &mut bind);
                } else {
                    let x = self.item_expr(item);
                    let h = fx.hidden("it", x.ty.clone());
                    item_var = Some((h.clone(), x.ty.clone()));
                    bind.push(assign(&h, x));
                }
                Some(Plan {
                    setup,
                    head: Head::Seq {
                        var: iv,
                        counter: Some(cv),
                        seq,
                        kind,
                    },
                    bind,
                    range,
                    item_var,
                })
            }
            Source::Gen(g) => {
                let GenSrc { levels, elem } = *g;
                let mut setup = Vec::new();
                let mut bind = Vec::new();
                let mut item_var = None;
                match (&direct, ast_target) {
                    (Some(v), _) => {
                        setup.push(t::Stmt::BindDefault(vec![v.clone()]));
                        bind.push(assign(v, elem));
                    }
                    (None, Some(tg)) => self.assign_to(fx, tg, elem, &mut bind),
                    (None, None) => {
                        let h = fx.hidden("it", elem.ty.clone());
                        item_var = Some((h.clone(), elem.ty.clone()));
                        bind.push(assign(&h, elem));
                    }
                }
                let stop = (levels.len() > 1).then(|| fx.hidden("stop", Ty::Bool));
                Some(Plan {
                    setup,
                    head: Head::Gen { levels, stop },
                    bind,
                    range,
                    item_var,
                })
            }
            src => {
                let step = self.step(fx, src, r)?;
                let mut setup = step.eval;
                setup.extend(step.init);
                let mut bind = step.carry;
                let mut item_var = None;
                match (&direct, ast_target) {
                    (Some(v), _) => {
                        setup.insert(0, t::Stmt::BindDefault(vec![v.clone()]));
                        let x = self.item_expr(step.item);
                        bind.push(assign(v, x));
                        bind.extend(step.post);
                    }
                    (None, Some(tg)) => {
                        // The item's values are read before `post` moves
                        // the iterators' counters on.
                        let mut binds = Vec::new();
                        let item = self.hold_item(fx, step.item, &mut bind);
                        bind.extend(step.post);
                        self.bind_item(fx, tg, item, &mut binds);
                        bind.extend(binds);
                    }
                    (None, None) => {
                        let x = self.item_expr(step.item);
                        let h = fx.hidden("it", x.ty.clone());
                        item_var = Some((h.clone(), x.ty.clone()));
                        bind.push(assign(&h, x));
                        bind.extend(step.post);
                    }
                }
                Some(Plan {
                    setup,
                    head: Head::While(step.cond),
                    bind,
                    range,
                    item_var,
                })
            }
        }
    }

    /// The loop statements of a plan around its (checked) body.
    pub(crate) fn plan_loop(
        &mut self,
        plan: Plan,
        body: Vec<t::Stmt>,
        orelse: Vec<t::Stmt>,
    ) -> Vec<t::Stmt> {
        let mut out = plan.setup;
        let mut b = plan.bind;
        b.extend(body);
        let range = plan.range;
        if let Head::Gen { levels, stop } = plan.head {
            out.extend(self.gen_loop(levels, stop, b, orelse, range));
            return out;
        }
        out.push(match plan.head {
            Head::Range(var, args) => {
                let RangeArgs { start, stop, step } = *args;
                t::Stmt::ForRange {
                    var,
                    start,
                    stop,
                    step,
                    body: b,
                    orelse,
                    range,
                }
            }
            Head::Seq {
                var,
                counter,
                seq,
                kind,
            } => t::Stmt::ForSeq {
                var,
                counter,
                seq,
                kind,
                body: b,
                orelse,
                range,
            },
            Head::While(cond) => t::Stmt::While(cond, b, orelse),
            Head::Gen { .. } => return out,
        });
        out
    }

    /// Record the calls of the code a plan runs besides its body.
    pub(crate) fn note_plan(&self, fx: &mut Fx, plan: &Plan) {
        self.note_stmts(fx, &plan.setup);
        self.note_stmts(fx, &plan.bind);
        match &plan.head {
            Head::Range(_, a) => {
                self.note_expr(fx, &a.start);
                self.note_expr(fx, &a.stop);
                self.note_expr(fx, &a.step);
            }
            Head::Seq { seq, .. } => self.note_expr(fx, seq),
            Head::While(c) => self.note_expr(fx, c),
            Head::Gen { levels, .. } => {
                for lv in levels {
                    self.note_plan(fx, &lv.plan);
                    for c in &lv.conds {
                        self.note_expr(fx, c);
                    }
                }
            }
        }
    }

    /// The loop nest of a generator expression around a consumer's body
    /// (`body` starts by binding the element). With several clauses, a
    /// `break` of the body sets `stop`, and each outer clause leaves when
    /// its inner loop ended with it set; `orelse` runs when it is not.
    fn gen_loop(
        &mut self,
        levels: Vec<Level>,
        stop: Option<String>,
        body: Vec<t::Stmt>,
        orelse: Vec<t::Stmt>,
        r: TextRange,
    ) -> Vec<t::Stmt> {
        let Some(stop) = stop else {
            // One clause: its loop is the consumer's loop.
            let mut orelse = Some(orelse);
            return self.nest_levels(levels, body, &mut || orelse.take().unwrap_or_default());
        };
        let flag = || local(&stop, Ty::Bool, r);
        // Each `break` of the body also sets the flag `stop`.
        let body = t::before_jumps(body, false, &|| {
            assign(&stop, t::Expr::new(K::Bool(true), Ty::Bool, r))
        });
        let mut b = body;
        for (i, lv) in levels.into_iter().enumerate().rev() {
            for c in lv.conds.into_iter().rev() {
                b = vec![t::Stmt::If(c, b, vec![])];
            }
            let mut stmts = self.plan_loop(lv.plan, b, vec![]);
            if i > 0 {
                stmts.push(t::Stmt::If(flag(), vec![t::Stmt::Break], vec![]));
            }
            b = stmts;
        }
        let mut out = vec![assign(&stop, t::Expr::new(K::Bool(false), Ty::Bool, r))];
        out.extend(b);
        if !orelse.is_empty() {
            let not = t::Expr::new(K::Not(Box::new(flag())), Ty::Bool, r);
            out.push(t::Stmt::If(not, orelse, vec![]));
        }
        out
    }

    /// The loops of comprehension clauses around `body` (the innermost
    /// loop's `else` is `orelse()`, the others have none).
    pub(crate) fn nest_levels(
        &mut self,
        levels: Vec<Level>,
        body: Vec<t::Stmt>,
        orelse: &mut dyn FnMut() -> Vec<t::Stmt>,
    ) -> Vec<t::Stmt> {
        let mut b = body;
        let n = levels.len();
        for (i, lv) in levels.into_iter().enumerate().rev() {
            for c in lv.conds.into_iter().rev() {
                b = vec![t::Stmt::If(c, b, vec![])];
            }
            let oe = if i + 1 == n { orelse() } else { vec![] };
            b = self.plan_loop(lv.plan, b, oe);
        }
        b
    }

    /// Check the clauses of a comprehension or generator expression in
    /// order, declaring their (renamed) variables in new scopes of `fx`
    /// (the caller drops them). `None` after an error. `elts` are the
    /// element expressions (a lambda there may read the variables).
    ///
    /// A variable that a lambda or nested function in the comprehension
    /// reads is a cell, as in CPython: one cell per run of the
    /// comprehension (made before its first item), shared by every closure
    /// made in that run, so they all see its last value (late binding).
    pub(crate) fn comp_levels(
        &mut self,
        fx: &mut Fx,
        gens: &'a [ast::Comprehension],
        elts: &[&'a E],
    ) -> Option<Vec<Level>> {
        let mut exprs: Vec<&E> = elts.to_vec();
        for g in gens {
            exprs.push(&g.iter);
            exprs.extend(g.ifs.iter());
        }
        let captured = crate::check_closure::captured_in(&[], &exprs);
        let mut cells = Vec::new();
        let mut levels = Vec::new();
        for g in gens {
            if g.is_async {
                self.err(unsupported(
                    "async comprehension",
                    g.range,
                    "use a plain comprehension",
                ));
                return None;
            }
            // The iterable (evaluated in the enclosing scope for the
            // first clause), walked as a `for` loop walks it.
            let src = self.loop_source(fx, &g.iter)?;
            let mut names = std::collections::HashSet::new();
            crate::check::collect_assigned(
                &[ast::Stmt::Assign(ast::StmtAssign {
                    node_index: Default::default(),
                    range: g.range,
                    targets: vec![g.target.clone()],
                    value: Box::new(g.iter.clone()),
                })],
                &mut names,
            );
            let mut names: Vec<String> = names.into_iter().collect();
            names.sort();
            for n in names {
                fx.scope_counter += 1;
                let internal = format!("{n}#c{}", fx.scope_counter);
                if captured.contains(&n) {
                    fx.cells.insert(internal.clone());
                    cells.push(internal.clone());
                }
                fx.scopes.push((n, internal));
            }
            if levels.is_empty() {
                // Everything after the first iterable runs once per item.
                self.expr_loop(fx);
            }
            let plan = self.iter_plan(fx, LoopTarget::Comp(&g.target), src, g.range)?;
            self.note_plan(fx, &plan);
            let mut conds = Vec::new();
            for c in &g.ifs {
                let (x, (tn, _)) = self.cond_narrows(fx, c);
                conds.push(x);
                fx.narrow.extend(tn);
            }
            levels.push(Level { plan, conds });
        }
        // The run's fresh cells (the function's prologue also makes one,
        // as for any cell; this one replaces it on each run).
        let fresh: Vec<t::Stmt> = cells
            .iter()
            .filter_map(|c| crate::check_closure::new_cell(self, fx, c, None))
            .collect();
        if !fresh.is_empty()
            && let Some(first) = levels.first_mut()
        {
            first.plan.add_setup(fx, fresh);
        }
        Some(levels)
    }

    /// Check a generator expression that a loop iterates (`elem_exp`: the
    /// type its elements are expected to have).
    pub(crate) fn gen_source(
        &mut self,
        fx: &mut Fx,
        g: &'a ast::ExprGenerator,
        elem_exp: Option<&Ty>,
    ) -> Option<Source> {
        let saved_scopes = fx.scopes.len();
        let saved_narrow = fx.narrow.clone();
        let since = fx.events.len();
        let saved_depth = fx.loop_depth;
        let levels = self.comp_levels(fx, &g.generators, &[&g.elt]);
        let x = levels.as_ref().map(|_| {
            let x = self.expr(fx, &g.elt, elem_exp);
            match elem_exp {
                Some(t) => self.coerce(x, t),
                None => x,
            }
        });
        fx.scopes.truncate(saved_scopes);
        fx.restore_narrow(saved_narrow, since);
        fx.loop_depth = saved_depth;
        let (levels, elem) = (levels?, x?);
        if elem.ty.is_unknown() {
            return None;
        }
        if elem.ty == Ty::None {
            self.err(Diagnostic::new(
                "generator expression of `None` values",
                elem.range,
                "no value",
                "the element must have a value",
            ));
            return None;
        }
        Some(Source::Gen(Box::new(GenSrc { levels, elem })))
    }

    /// Begin a consumer of a generator expression that collects its items:
    /// the loop plan (its first iterable evaluated first; statements the
    /// consumer evaluates next go to [`Plan::add_setup`]) and the local
    /// holding each item.
    pub(crate) fn gen_begin(
        &mut self,
        fx: &mut Fx,
        g: &'a ast::ExprGenerator,
        elem_exp: Option<&Ty>,
    ) -> Option<(Plan, t::Expr)> {
        let src = self.gen_source(fx, g, elem_exp)?;
        let plan = self.iter_plan(fx, LoopTarget::Hidden, src, g.range)?;
        let (iv, elem) = plan.item_var.clone()?;
        let item = local(&iv, elem, g.range);
        Some((plan, item))
    }

    /// The list of a generator's items, computed one by one (`list[ety]`,
    /// `ety` the expected element type when the items fit it).
    pub(crate) fn gen_collect(
        &mut self,
        fx: &mut Fx,
        plan: Plan,
        item: t::Expr,
        elem_exp: Option<&Ty>,
        r: TextRange,
    ) -> t::Expr {
        let ety = elem_exp
            .filter(|t| self.assignable(&item.ty, t))
            .cloned()
            .unwrap_or(item.ty.clone());
        let lty = Ty::list(ety.clone());
        let acc = fx.hidden("comp", lty.clone());
        let accx = local(&acc, lty.clone(), r);
        let add = t::Stmt::Expr(t::Expr::new(
            K::ListAppend(Box::new(accx.clone()), Box::new(item)),
            Ty::None,
            r,
        ));
        let mut stmts = vec![assign(
            &acc,
            t::Expr::new(K::ListNew(ety, vec![]), lty.clone(), r),
        )];
        stmts.extend(self.plan_loop(plan, vec![add], vec![]));
        block(stmts, accx)
    }

    /// A value kept in a hidden local (evaluated once, in order).
    fn keep(&mut self, fx: &mut Fx, x: t::Expr, out: &mut Vec<t::Stmt>) -> t::Expr {
        if matches!(x.kind, K::Local(_) | K::Int(_) | K::Str(_) | K::Bool(_)) {
            return x;
        }
        let (ty, r) = (x.ty.clone(), x.range);
        let h = fx.hidden("iter", ty.clone());
        out.push(assign(&h, x));
        local(&h, ty, r)
    }

    /// Lower a source into one iterator step.
    fn step(&mut self, fx: &mut Fx, src: Source, r: TextRange) -> Option<Step> {
        match src {
            // Only at the top of a loop (a list elsewhere; a generator
            // expression is rejected elsewhere).
            Source::Range(_) | Source::Gen(_) => None,
            Source::Seq {
                seq,
                kind,
                elem,
                rev,
            } => {
                let mut eval = Vec::new();
                let s = self.keep(fx, seq, &mut eval);
                let i = fx.hidden("pos", Ty::Int);
                let pos = || local(&i, Ty::Int, r);
                let len = self.seq_len(s.clone(), kind);
                let (init, cond) = if rev {
                    // CPython's reversed list iterator: from the last
                    // index down, ending when the index is outside the
                    // list (which may have shrunk).
                    let next = assign(
                        &i,
                        t::Expr::new(
                            K::Arith(ir::BinOp::Sub, Box::new(pos()), Box::new(int(1, r))),
                            Ty::Int,
                            r,
                        ),
                    );
                    let ge0 = cmp(pos(), ir::BinOp::Ge, int(0, r), r);
                    let test = if kind == SeqKind::List {
                        and(ge0, cmp(pos(), ir::BinOp::Lt, len.clone(), r))
                    } else {
                        ge0
                    };
                    (vec![assign(&i, len)], block(vec![next], test))
                } else {
                    let next = assign(&i, add(pos(), 1, r));
                    let test = cmp(pos(), ir::BinOp::Lt, len, r);
                    (vec![assign(&i, int(-1, r))], block(vec![next], test))
                };
                let item = self.seq_item(s, kind, elem, pos());
                Some(Step {
                    eval,
                    init,
                    cond,
                    carry: vec![assign(&i, pos())],
                    item: Item::One(item),
                    post: vec![],
                })
            }
            Source::Live {
                cont,
                view,
                elem: _,
                rev,
            } => {
                let is_dict = matches!(cont.ty, Ty::Dict(..));
                let cty = cont.ty.clone();
                let c = fx.hidden("iter", cty.clone());
                let n = fx.hidden("size", Ty::Int);
                let p = fx.hidden("pos", Ty::Int);
                let k = fx.hidden("count", Ty::Int);
                let cx = || local(&c, cty.clone(), r);
                let pos = || local(&p, Ty::Int, r);
                let eval = vec![assign(&c, cont)];
                let len = self.method_on(fx, cx(), "__len__", vec![], r)?;
                let start = if rev {
                    self.method_on(fx, cx(), "_iter_end", vec![], r)?
                } else {
                    int(-1, r)
                };
                let mut init = vec![assign(&n, len), assign(&p, start)];
                let next = if rev {
                    self.method_on(
                        fx,
                        cx(),
                        "_iter_prev",
                        vec![pos(), local(&n, Ty::Int, r)],
                        r,
                    )?
                } else {
                    let mut args = vec![pos(), local(&n, Ty::Int, r)];
                    if is_dict {
                        args.push(local(&k, Ty::Int, r));
                        init.push(assign(&k, int(0, r)));
                    }
                    self.method_on(fx, cx(), "_iter_next", args, r)?
                };
                let cond = block(
                    vec![assign(&p, next)],
                    cmp(pos(), ir::BinOp::Ge, int(0, r), r),
                );
                let item = match view {
                    View::Keys => Item::One(self.method_on(fx, cx(), "_key_at", vec![pos()], r)?),
                    View::Values => {
                        Item::One(self.method_on(fx, cx(), "_value_at", vec![pos()], r)?)
                    }
                    View::Items => {
                        let kx = self.method_on(fx, cx(), "_key_at", vec![pos()], r)?;
                        let vx = self.method_on(fx, cx(), "_value_at", vec![pos()], r)?;
                        Item::Many(vec![Item::One(kx), Item::One(vx)], r)
                    }
                };
                let post = if is_dict && !rev {
                    vec![assign(&k, add(local(&k, Ty::Int, r), 1, r))]
                } else {
                    vec![]
                };
                Some(Step {
                    eval,
                    init,
                    cond,
                    carry: vec![assign(&p, pos())],
                    item,
                    post,
                })
            }
            Source::Zip(parts) => {
                let mut steps = Vec::new();
                for (p, is_call) in parts {
                    let mut s = self.step(fx, p, r)?;
                    if is_call {
                        // An iterator call's iterator exists once it is
                        // evaluated.
                        let init = std::mem::take(&mut s.init);
                        s.eval.extend(init);
                    }
                    steps.push(s);
                }
                let mut eval = Vec::new();
                let mut init = Vec::new();
                let mut carry = Vec::new();
                let mut post = Vec::new();
                let mut items = Vec::new();
                let mut cond: Option<t::Expr> = None;
                for s in steps {
                    eval.extend(s.eval);
                    init.extend(s.init);
                    carry.extend(s.carry);
                    post.extend(s.post);
                    items.push(s.item);
                    cond = Some(match cond {
                        None => s.cond,
                        Some(c) => and(c, s.cond),
                    });
                }
                Some(Step {
                    eval,
                    init,
                    cond: cond?,
                    carry,
                    item: Item::Many(items, r),
                    post,
                })
            }
            Source::Enumerate(inner, start) => {
                let (inner, is_call) = *inner;
                let mut s = self.step(fx, inner, r)?;
                if is_call {
                    let init = std::mem::take(&mut s.init);
                    s.eval.extend(init);
                }
                let e = fx.hidden("count", Ty::Int);
                s.eval.push(assign(&e, start.unwrap_or_else(|| int(0, r))));
                let item = std::mem::replace(&mut s.item, Item::Many(vec![], r));
                s.item = Item::Many(vec![Item::One(local(&e, Ty::Int, r)), item], r);
                s.post.push(assign(&e, add(local(&e, Ty::Int, r), 1, r)));
                Some(s)
            }
        }
    }

    /// An item as one value (a tuple for several components).
    fn item_expr(&mut self, item: Item) -> t::Expr {
        match item {
            Item::One(x) => x,
            Item::Many(parts, r) => {
                let xs = parts.into_iter().map(|p| self.item_expr(p)).collect();
                self.make_tuple(xs, r)
            }
        }
    }

    /// Read an item's component values into hidden locals (before the
    /// iterators move on).
    fn hold_item(&mut self, fx: &mut Fx, item: Item, out: &mut Vec<t::Stmt>) -> Item {
        match item {
            Item::One(x) => {
                // A copy even of a local (`post` may change it).
                let (ty, r) = (x.ty.clone(), x.range);
                let h = fx.hidden("item", ty.clone());
                out.push(assign(&h, x));
                Item::One(local(&h, ty, r))
            }
            Item::Many(parts, r) => Item::Many(
                parts
                    .into_iter()
                    .map(|p| self.hold_item(fx, p, out))
                    .collect(),
                r,
            ),
        }
    }

    /// Bind a target to an item: a tuple target takes the components of a
    /// `zip`/`enumerate`/`items()` item one by one.
    fn bind_item(&mut self, fx: &mut Fx, tg: &'a E, item: Item, out: &mut Vec<t::Stmt>) {
        let elts: Option<&'a [E]> = match tg {
            E::Tuple(tt) => Some(&tt.elts),
            E::List(l) => Some(&l.elts),
            _ => None,
        };
        match (item, elts) {
            (Item::Many(parts, _), Some(elts))
                if parts.len() == elts.len()
                    && !elts.iter().any(|x| matches!(x, E::Starred(_))) =>
            {
                for (sub, part) in elts.iter().zip(parts) {
                    self.bind_item(fx, sub, part, out);
                }
            }
            (item, _) => {
                let x = self.item_expr(item);
                self.assign_to(fx, tg, x, out);
            }
        }
    }
}

pub(crate) fn not_reversible(what: &str, r: TextRange) -> Diagnostic {
    Diagnostic::new(
        format!("`{what}` objects are not reversible"),
        r,
        format!("'{what}' object is not reversible"),
        "CPython raises TypeError here; reverse a list instead: `reversed(list(...))` or `sorted(..., reverse=True)`",
    )
}
