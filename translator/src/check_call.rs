//! Calls (part of stage 2): functions with keyword arguments and
//! defaults, constructors, methods of classes and of builtin types (by the
//! prelude naming convention), builtin functions, primitives and the
//! builtin modules sys, os and time.

use crate::check::{
    Ctx, DefVal, Fx, Getter, Item, Sig, mismatch, not_callable, unknown_method, unsupported,
};
use crate::check_expr::{concat, ex, prim, sconst};
use crate::diag::Diagnostic;
use crate::typed::{self as t, EXIT_NONE, EXIT_TEXT, ExprKind as K};
use crate::types::Ty;
use ir::Prim as P;
use ruff_python_ast::{self as ast, Expr as E};
use ruff_text_size::{Ranged, TextRange};

/// An argument: positional or keyword, typed lazily.
pub(crate) enum Arg<'a> {
    Ast(&'a E),
    Typed(t::Expr),
}

/// A keyword argument: (name, range, value).
pub(crate) type KwArg<'a> = (String, TextRange, Arg<'a>);

/// Bind type variables (`?T` classes in `pat`) against a concrete type.
pub(crate) fn unify(pat: &Ty, conc: &Ty, subst: &mut Vec<(String, Ty)>) -> bool {
    match (pat, conc) {
        (Ty::Class(c), _) if c.starts_with('?') => {
            let v = &c[1..];
            let conc = match conc {
                Ty::Optional(_) if false => conc.clone(),
                _ => conc.clone(),
            };
            if let Some((_, t)) = subst.iter().find(|(k, _)| k == v) {
                return *t == conc || conc.is_unknown();
            }
            if conc == Ty::None || conc.is_unknown() {
                return false;
            }
            subst.push((v.to_string(), conc));
            true
        }
        (Ty::List(a), Ty::List(b)) | (Ty::List(a), Ty::TupleVar(b)) => unify(a, b, subst),
        (Ty::Set(a), Ty::Set(b)) | (Ty::TupleVar(a), Ty::TupleVar(b)) => unify(a, b, subst),
        (Ty::Optional(a), Ty::Optional(b)) => unify(a, b, subst),
        (Ty::Optional(a), b) if *b != Ty::None => unify(a, b, subst),
        (Ty::Optional(_), Ty::None) => true,
        (Ty::Dict(a, b), Ty::Dict(c, d)) => unify(a, c, subst) && unify(b, d, subst),
        (Ty::Tuple(a), Ty::Tuple(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| unify(x, y, subst))
        }
        (Ty::Func(a, r), Ty::Func(b, s)) => {
            a.len() == b.len()
                && a.iter().zip(b).all(|(x, y)| unify(x, y, subst))
                && unify(r, s, subst)
        }
        _ => true,
    }
}

/// Whether evaluating `x` neither has an effect nor sees one: a constant
/// or a plain local (there is no `:=`, and captured variables are read
/// from their cell object's field, which is not a plain local).
pub(crate) fn inert(x: &t::Expr) -> bool {
    matches!(
        x.kind,
        K::Int(_)
            | K::Bool(_)
            | K::Str(_)
            | K::Float(_)
            | K::Bytes(_)
            | K::Null
            | K::Local(_)
            | K::Globals
            | K::Nothing
    )
}

/// Evaluate `items` in order into hidden locals, when any of them but the
/// first may have an effect (so later work on an earlier one sees the
/// values CPython sees), and give the statements that do it; inert items
/// stay as they are. With `text` (the items are turned into text one by
/// one), only when an item whose text may change or whose conversion may
/// have an effect comes before one that may have an effect: the text of
/// an int, float, bool, str or bytes is the same whenever it is made.
pub(crate) fn eval_all_first(fx: &mut Fx, items: &mut [t::Expr], text: bool) -> Vec<t::Stmt> {
    let needed = items
        .iter()
        .enumerate()
        .any(|(i, x)| (!text || !plain_text(&x.ty)) && items.iter().skip(i + 1).any(|y| !inert(y)));
    if !needed {
        return Vec::new();
    }
    let mut pre = Vec::new();
    // An item of unknown type has been reported already.
    for x in items.iter_mut().filter(|x| !inert(x) && !x.ty.is_unknown()) {
        hoist(fx, x, &mut pre);
    }
    pre
}

/// The first replacement field of a format string whose name takes an
/// item or attribute of its argument (`0[1]`, `p.x`), nested fields of
/// format specs included.
fn indexed_format_field(f: &str) -> Option<&str> {
    let b = f.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'{' {
            if b.get(i + 1) == Some(&b'{') {
                i += 2;
                continue;
            }
            let rest = &f[i + 1..];
            let end = rest.find(['!', ':', '}', '{']).unwrap_or(rest.len());
            let name = &rest[..end];
            if name.contains(['[', '.']) {
                return Some(name);
            }
        }
        i += 1;
    }
    None
}

/// Whether a value of the type has a text no later code can change, made
/// without running program code (no `__str__`/`__repr__`).
fn plain_text(t: &Ty) -> bool {
    match t {
        Ty::Int | Ty::Bool | Ty::Float | Ty::Str | Ty::Bytes | Ty::None => true,
        Ty::Optional(x) => plain_text(x),
        Ty::Tuple(ts) => ts.iter().all(plain_text),
        _ => false,
    }
}

/// Evaluate `x` into a hidden local (by a statement added to `pre`) and
/// make it read the local.
fn hoist(fx: &mut Fx, x: &mut t::Expr, pre: &mut Vec<t::Stmt>) {
    let r = x.range;
    let ty = x.ty.clone();
    if ty == Ty::None {
        // A `None` value: evaluate it for its effects, keep the literal.
        let v = std::mem::replace(x, ex(K::Null, Ty::None, r));
        pre.push(t::Stmt::Expr(v));
        return;
    }
    let h = fx.hidden("arg", ty.clone());
    let v = std::mem::replace(x, ex(K::Local(h.clone()), ty, r));
    pre.push(t::Stmt::Assign(vec![t::Target::Local(h)], vec![v]));
}

/// Bound arguments `out` (in parameter order) whose call wrote them in
/// the order `written` (parameter indices): when two that may have effects
/// are written in another order than the parameters', evaluate those in the
/// written order into hidden locals first, as CPython does, and pass the
/// locals. The statements go before the first argument (after the
/// receiver the caller puts in front).
fn eval_in_written_order(fx: &mut Fx, out: &mut [t::Expr], written: &[usize]) {
    let effects: Vec<usize> = written
        .iter()
        .copied()
        .filter(|&i| out.get(i).is_some_and(|x| !inert(x)))
        .collect();
    if effects.windows(2).all(|w| w[0] < w[1]) {
        return;
    }
    let mut pre = Vec::new();
    for i in effects {
        hoist(fx, &mut out[i], &mut pre);
    }
    if let Some(first) = out.first_mut() {
        let r = first.range;
        let ty = first.ty.clone();
        let x = std::mem::replace(first, ex(K::Nothing, Ty::Unknown, r));
        *first = ex(K::Block(pre, Box::new(x)), ty, r);
    }
}

fn has_tvar(t: &Ty) -> bool {
    t.mangle().contains('?')
}

impl<'a> Ctx<'a> {
    pub(crate) fn default_expr(&self, dv: &DefVal, ty: &Ty, r: TextRange) -> t::Expr {
        match dv {
            DefVal::None => ex(K::Null, ty.clone(), r),
            DefVal::Const(c) => c.expr(r),
        }
    }

    /// A virtual call of `class.m` where the arguments at `dynamic` are
    /// left to defaults that overrides disagree on: each is read from the
    /// receiver's class by a virtual getter (defaults are constants, so
    /// reading them after the other arguments is unobservable).
    #[allow(clippy::too_many_arguments)]
    fn dynamic_default_call(
        &mut self,
        fx: &mut Fx,
        class: &str,
        m: &str,
        recv: t::Expr,
        mut xs: Vec<t::Expr>,
        dynamic: &[usize],
        ret: Ty,
        r: TextRange,
    ) -> t::Expr {
        let rty = recv.ty.clone();
        let tmp = fx.hidden("recv", rty.clone());
        let local = ex(K::Local(tmp.clone()), rty, r);
        let mut definers: Vec<String> = self
            .find_method(class, m)
            .into_iter()
            .map(|(o, _)| o)
            .collect();
        definers.extend(
            self.subclasses(class)
                .into_iter()
                .filter(|k| self.class(k).is_some_and(|d| d.sigs.contains_key(m))),
        );
        for &i in dynamic {
            let getter = format!("$default${m}${i}");
            for k in &definers {
                let Some(s) = self.class(k).and_then(|d| d.sigs.get(m)).cloned() else {
                    continue;
                };
                // An override without this default is rejected with the
                // signature check.
                if let (Some(Some(dv)), Some((_, pt))) =
                    (s.defaults.get(i + 1), s.params.get(i + 1))
                {
                    self.synth_getter(k, &getter, &Getter::Default(dv.clone(), pt.clone()));
                }
            }
            if let Some(x) = xs.get_mut(i) {
                let ty = x.ty.clone();
                *x = ex(
                    K::CallVirtual(class.to_string(), getter, vec![local.clone()]),
                    ty,
                    r,
                );
            }
        }
        xs.insert(0, local);
        let pre = vec![t::Stmt::Assign(vec![t::Target::Local(tmp)], vec![recv])];
        let call = ex(
            K::CallVirtual(class.to_string(), m.to_string(), xs),
            ret.clone(),
            r,
        );
        ex(K::Block(pre, Box::new(call)), ret, r)
    }

    /// Match positional and keyword arguments to parameters (without
    /// `self`), check their types, fill in defaults.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn bind_args(
        &mut self,
        fx: &mut Fx,
        what: &str,
        params: &[(String, Ty)],
        defaults: &[Option<DefVal>],
        pos: Vec<Arg<'a>>,
        kw: Vec<(String, TextRange, Arg<'a>)>,
        r: TextRange,
    ) -> Option<Vec<t::Expr>> {
        let n = params.len();
        let required = defaults.iter().filter(|d| d.is_none()).count();
        let mut slots: Vec<Option<Arg<'a>>> = (0..n).map(|_| None).collect();
        let npos = pos.len();
        if npos > n {
            let s = if n == 1 { "" } else { "s" };
            let ps: Vec<String> = params.iter().map(|(n, t)| format!("{n}: {t}")).collect();
            self.err(Diagnostic::new(
                format!(
                    "`{what}` takes {n} argument{s} but {npos} {} given",
                    if npos == 1 { "was" } else { "were" }
                ),
                r,
                format!("expected {n} argument{s}"),
                format!("the signature is `{what}({})`", ps.join(", ")),
            ));
            return None;
        }
        // Parameter indices in the order the call writes the arguments.
        let mut written: Vec<usize> = (0..npos).collect();
        for (i, a) in pos.into_iter().enumerate() {
            slots[i] = Some(a);
        }
        for (k, kr, a) in kw {
            let Some(i) = params.iter().position(|(p, _)| *p == k) else {
                self.err(Diagnostic::new(
                    format!("`{what}` has no parameter `{k}`"),
                    kr,
                    "unknown keyword argument",
                    {
                        let ps: Vec<String> = params.iter().map(|(n, _)| n.clone()).collect();
                        format!("the parameters are: {}", ps.join(", "))
                    },
                ));
                return None;
            };
            if slots[i].is_some() {
                self.err(Diagnostic::new(
                    format!("`{what}` got multiple values for parameter `{k}`"),
                    kr,
                    "given twice",
                    "pass each argument once",
                ));
                return None;
            }
            slots[i] = Some(a);
            written.push(i);
        }
        // Type the arguments in the written order (diagnostics and hidden
        // locals follow the source).
        let mut typed: Vec<Option<t::Expr>> = (0..n).map(|_| None).collect();
        for &i in &written {
            typed[i] = match slots[i].take() {
                Some(Arg::Ast(a)) => Some(self.expr(fx, a, Some(&params[i].1))),
                Some(Arg::Typed(x)) => Some(x),
                None => None,
            };
        }
        let mut out = Vec::new();
        let mut ok = true;
        for (i, ((pn, pt), slot)) in params.iter().zip(typed).enumerate() {
            let x = match slot {
                Some(x) => x,
                None => match defaults.get(i).and_then(|d| d.as_ref()) {
                    Some(dv) => {
                        let d = self.default_expr(dv, pt, r);
                        out.push(d);
                        continue;
                    }
                    None => {
                        let s = if required == 1 { "" } else { "s" };
                        let ps: Vec<String> =
                            params.iter().map(|(n, t)| format!("{n}: {t}")).collect();
                        self.err(Diagnostic::new(
                            format!("`{what}` is missing argument `{pn}`"),
                            r,
                            format!("expected at least {required} argument{s}"),
                            format!("the signature is `{what}({})`", ps.join(", ")),
                        ));
                        return None;
                    }
                },
            };
            // `math.isclose(1, 2)` converts ints as CPython's does.
            let x = if what.starts_with("math.") && *pt == Ty::Float && x.ty == Ty::Int {
                self.to_float(x)
            } else {
                self.coerce(x, pt)
            };
            if !self.assignable(&x.ty, pt) {
                if let (Ty::Optional(inner), false) = (&x.ty, matches!(pt, Ty::Optional(_)))
                    && self.assignable(inner, pt)
                {
                    self.err(Diagnostic::new(
                        format!("argument `{pn}` of `{what}` may be None"),
                        x.range,
                        format!("this is `{}`", x.ty),
                        "test it first: `if x is not None:`",
                    ));
                } else {
                    self.err(mismatch(
                        pt,
                        &x.ty,
                        x.range,
                        &format!("parameter `{pn}` of `{what}` has type `{pt}`"),
                    ));
                }
                ok = false;
            }
            if x.ty.is_unknown() && !matches!(x.ty, Ty::List(_) | Ty::Dict(..) | Ty::Set(_)) {
                ok = false;
            }
            out.push(x);
        }
        if ok {
            eval_in_written_order(fx, &mut out, &written);
        }
        ok.then_some(out)
    }

    fn split_args(&mut self, c: &'a ast::ExprCall) -> Option<(Vec<Arg<'a>>, Vec<KwArg<'a>>)> {
        let mut pos = Vec::new();
        for a in c.arguments.args.iter() {
            if let E::Starred(s) = a {
                self.err(unsupported(
                    "starred argument",
                    s.range,
                    "pass arguments one by one",
                ));
                return None;
            }
            pos.push(Arg::Ast(a));
        }
        let mut kw = Vec::new();
        for k in c.arguments.keywords.iter() {
            let Some(name) = &k.arg else {
                self.err(unsupported(
                    "`**` argument",
                    k.range,
                    "pass arguments by name",
                ));
                return None;
            };
            kw.push((name.to_string(), k.range, Arg::Ast(&k.value)));
        }
        Some((pos, kw))
    }

    pub(crate) fn call(
        &mut self,
        fx: &mut Fx,
        c: &'a ast::ExprCall,
        expected: Option<&Ty>,
    ) -> t::Expr {
        let r = c.range();
        if !self.is_lib(self.cur_mod) {
            self.last_site = Some((self.cur_mod, r));
        }
        let x = self.call_inner(fx, c, expected);
        self.use_ty(&x.ty);
        let _ = r;
        x
    }

    fn call_inner(&mut self, fx: &mut Fx, c: &'a ast::ExprCall, expected: Option<&Ty>) -> t::Expr {
        let r = c.range();
        match &*c.func {
            E::Name(n) => {
                let id = n.id.as_str();
                if fx.local(id).is_some() || fx.captured.iter().any(|(x, _, _)| x == id) {
                    let f = self.expr(fx, &c.func, None);
                    return self.call_value(fx, f, c);
                }
                if fx.assigned.contains(id) {
                    self.err(Diagnostic::new(
                        format!("local variable `{id}` is used before it is assigned"),
                        n.range,
                        "not assigned yet",
                        format!("assign `{id}` earlier in the function"),
                    ));
                    return self.bad(r);
                }
                match self.resolve(self.cur_mod, id) {
                    Some(Item::Func(f)) => return self.call_func(fx, &f, c),
                    Some(Item::GenFunc(gi)) => return self.call_generic(fx, gi, c),
                    Some(Item::Class(k)) => {
                        let Some((pos, kw)) = self.split_args(c) else {
                            return self.bad(r);
                        };
                        return self.construct_args(fx, &k, pos, kw, r);
                    }
                    Some(Item::GenClass(gi)) => {
                        // Generic class constructed with the expected type.
                        if let Some(Ty::Class(k)) = expected
                            && k.starts_with(&format!("{}$", self.gclasses[gi].ast.name))
                        {
                            let k = k.clone();
                            let Some((pos, kw)) = self.split_args(c) else {
                                return self.bad(r);
                            };
                            return self.construct_args(fx, &k, pos, kw, r);
                        }
                        if let Some(t @ (Ty::Dict(..) | Ty::Set(_))) = expected {
                            let t = t.clone();
                            return self.new_container(fx, &t, r).unwrap_or_else(|| self.bad(r));
                        }
                        self.err(Diagnostic::new(
                            format!("cannot infer the type arguments of `{id}`"),
                            r,
                            "type arguments unknown",
                            "annotate the variable receiving the instance",
                        ));
                        return self.bad(r);
                    }
                    Some(Item::Const(cst)) => {
                        self.err(not_callable(id, &cst.ty(), n.range));
                        return self.bad(r);
                    }
                    Some(Item::Global(_)) => {
                        // A module value of a `Callable` type.
                        let f = self.expr(fx, &c.func, None);
                        return self.call_value(fx, f, c);
                    }
                    Some(
                        Item::TypeVar(_)
                        | Item::Typing(_)
                        | Item::Module(_)
                        | Item::Builtin(_)
                        | Item::Prims,
                    ) => {
                        self.err(not_callable(id, &Ty::Unknown, n.range));
                        return self.bad(r);
                    }
                    _ => {}
                }
                if self.class(id).is_some_and(|k| k.builtin) {
                    let Some((pos, kw)) = self.split_args(c) else {
                        return self.bad(r);
                    };
                    return self.construct_args(fx, id, pos, kw, r);
                }
                self.builtin_call(fx, id, n.range, c, expected)
            }
            E::Attribute(a) => self.method_call(fx, a, c, expected),
            _ => {
                let f = self.expr(fx, &c.func, None);
                self.call_value(fx, f, c)
            }
        }
    }

    /// The `code` and message fields of `SystemExit(x)` (also
    /// `sys.exit(x)`): an int is the status (message `str(x)`), None is
    /// [`EXIT_NONE`] (message "None", none for `sys.exit(None)`, which
    /// raises `SystemExit()`), a str is [`EXIT_TEXT`] with the str as
    /// message. `pre` gets what must run first.
    pub(crate) fn exit_code_arg(
        &mut self,
        fx: &mut Fx,
        x: t::Expr,
        sys_exit: bool,
        pre: &mut Vec<t::Stmt>,
    ) -> Option<(t::Expr, Option<t::Expr>)> {
        let r = x.range;
        match x.ty.clone() {
            Ty::Int => {
                let h = fx.hidden("code", Ty::Int);
                pre.push(t::Stmt::Assign(vec![t::Target::Local(h.clone())], vec![x]));
                let local = ex(K::Local(h), Ty::Int, r);
                let msg = ex(K::IntToStr(Box::new(local.clone())), Ty::Str, r);
                Some((local, Some(msg)))
            }
            Ty::None => {
                if !matches!(x.kind, K::Null | K::Nothing) {
                    pre.push(t::Stmt::Expr(x));
                }
                let msg = (!sys_exit).then(|| sconst("None", r));
                Some((ex(K::Int(EXIT_NONE), Ty::Int, r), msg))
            }
            Ty::Optional(inner) if *inner == Ty::Int => {
                let h = fx.hidden("code", x.ty.clone());
                pre.push(t::Stmt::Assign(
                    vec![t::Target::Local(h.clone())],
                    vec![x.clone()],
                ));
                let local = ex(K::Local(h), x.ty.clone(), r);
                let code = self.lib_call(fx, "fe_exit_status", vec![local.clone()], r)?;
                let none_text = sconst(if sys_exit { "" } else { "None" }, r);
                let msg = self.lib_call(fx, "fe_exit_message", vec![local, none_text], r)?;
                Some((code, Some(msg)))
            }
            Ty::Str => {
                self.exit_text = true;
                if self.exit_text_site.is_none() {
                    self.exit_text_site = Some((self.cur_mod, r));
                }
                let msg = self.exc_arg(fx, x)?;
                Some((ex(K::Int(EXIT_TEXT), Ty::Int, r), Some(msg)))
            }
            Ty::Unknown => None,
            other => {
                self.err(Diagnostic::new(
                    "the exit code must be an int, a str or None",
                    r,
                    format!("this is `{other}`"),
                    if other == Ty::Bool {
                        "convert it: `sys.exit(int(flag))`"
                    } else {
                        "pass an exit status (`sys.exit(2)`) or a message (`sys.exit(\"error\")`)"
                    },
                ));
                None
            }
        }
    }

    /// Call a value of a `Callable` type.
    fn call_value(&mut self, fx: &mut Fx, f: t::Expr, c: &'a ast::ExprCall) -> t::Expr {
        let r = c.range();
        let Ty::Func(ps, ret) = f.ty.clone() else {
            if !f.ty.is_unknown() {
                let what = match &*c.func {
                    E::Name(n) => n.id.to_string(),
                    _ => "this expression".into(),
                };
                self.err(not_callable(&what, &f.ty, c.func.range()));
            }
            return self.bad(r);
        };
        let Some((pos, kw)) = self.split_args(c) else {
            return self.bad(r);
        };
        if !kw.is_empty() {
            self.err(unsupported(
                "keyword argument to a `Callable` value",
                kw[0].1,
                "pass arguments by position",
            ));
            return self.bad(r);
        }
        let params: Vec<(String, Ty)> = ps
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("arg{}", i + 1), t.clone()))
            .collect();
        let defaults = vec![None; params.len()];
        let what = f.ty.to_string();
        let Some(mut xs) = self.bind_args(
            fx,
            &what,
            &params,
            &defaults,
            pos,
            vec![],
            c.arguments.range,
        ) else {
            return self.bad(r);
        };
        let cls = f.ty.mangle();
        xs.insert(0, f);
        ex(K::CallVirtual(cls, "call".into(), xs), *ret, r)
    }

    fn call_func(&mut self, fx: &mut Fx, irn: &str, c: &'a ast::ExprCall) -> t::Expr {
        let r = c.range();
        let Some(sig) = self.funcs.get(irn).cloned() else {
            return self.bad(r);
        };
        let Some((pos, kw)) = self.split_args(c) else {
            return self.bad(r);
        };
        self.call_sig(fx, &sig, pos, kw, c.arguments.range, r)
    }

    pub(crate) fn call_sig(
        &mut self,
        fx: &mut Fx,
        sig: &Sig,
        pos: Vec<Arg<'a>>,
        kw: Vec<(String, TextRange, Arg<'a>)>,
        ar: TextRange,
        r: TextRange,
    ) -> t::Expr {
        let Some(xs) = self.bind_args(fx, &sig.display, &sig.params, &sig.defaults, pos, kw, ar)
        else {
            return self.bad(r);
        };
        self.need(&sig.name);
        ex(K::Call(sig.name.clone(), xs), sig.ret.clone(), r)
    }

    /// A call of the prelude function `sig` behind the method `shown` of
    /// a builtin type (`xs.index(x)` is `list_index(xs, x)`): the
    /// arguments bind to the parameters after the receiver, and
    /// diagnostics count and name them as the program writes the call.
    #[allow(clippy::too_many_arguments)]
    fn call_method_sig(
        &mut self,
        fx: &mut Fx,
        sig: &Sig,
        shown: &str,
        recv: t::Expr,
        pos: Vec<Arg<'a>>,
        kw: Vec<KwArg<'a>>,
        ar: TextRange,
        r: TextRange,
    ) -> t::Expr {
        let params = crate::check::tail(&sig.params);
        let defaults = crate::check::tail(&sig.defaults);
        let Some(mut xs) = self.bind_args(fx, shown, params, defaults, pos, kw, ar) else {
            return self.bad(r);
        };
        xs.insert(0, recv);
        self.need(&sig.name);
        ex(K::Call(sig.name.clone(), xs), sig.ret.clone(), r)
    }

    /// A generic function: type the arguments, bind type variables,
    /// instantiate.
    fn call_generic(&mut self, fx: &mut Fx, gi: usize, c: &'a ast::ExprCall) -> t::Expr {
        let r = c.range();
        let Some((pos, kw)) = self.split_args(c) else {
            return self.bad(r);
        };
        let pos: Vec<t::Expr> = pos.into_iter().map(|a| self.arg(fx, a, None)).collect();
        let kw: Vec<(String, TextRange, t::Expr)> = kw
            .into_iter()
            .map(|(k, kr, a)| {
                let x = self.arg(fx, a, None);
                (k, kr, x)
            })
            .collect();
        if pos
            .iter()
            .chain(kw.iter().map(|(_, _, x)| x))
            .any(|x| x.ty.is_unknown())
        {
            return self.bad(r);
        }
        self.call_generic_typed(fx, gi, pos, kw, c.arguments.range, r)
            .unwrap_or_else(|| self.bad(r))
    }

    pub(crate) fn call_generic_typed(
        &mut self,
        fx: &mut Fx,
        gi: usize,
        pos: Vec<t::Expr>,
        kw: Vec<(String, TextRange, t::Expr)>,
        ar: TextRange,
        r: TextRange,
    ) -> Option<t::Expr> {
        let sig = self.generic_instance(gi, &pos, &kw, r)?;
        let pos = pos.into_iter().map(Arg::Typed).collect();
        let kw = kw
            .into_iter()
            .map(|(k, kr, x)| (k, kr, Arg::Typed(x)))
            .collect();
        let x = self.call_sig(fx, &sig, pos, kw, ar, r);
        (!x.ty.is_unknown() || sig.ret.is_unknown()).then_some(x)
    }

    /// The instance of the generic function `gi` whose type variables the
    /// types of the arguments determine.
    fn generic_instance(
        &mut self,
        gi: usize,
        pos: &[t::Expr],
        kw: &[(String, TextRange, t::Expr)],
        r: TextRange,
    ) -> Option<Sig> {
        let gsig = self.generic_sig(gi)?;
        let mut subst = Vec::new();
        for (i, x) in pos.iter().enumerate() {
            if let Some((_, pt)) = gsig.params.get(i) {
                unify(pt, &x.ty, &mut subst);
            }
        }
        for (k, _, x) in kw {
            if let Some((_, pt)) = gsig.params.iter().find(|(p, _)| p == k) {
                unify(pt, &x.ty, &mut subst);
            }
        }
        // Order the substitution by first appearance in the signature.
        let mut order: Vec<String> = Vec::new();
        for (_, pt) in gsig
            .params
            .iter()
            .chain(std::iter::once(&("".to_string(), gsig.ret.clone())))
        {
            let m = pt.mangle();
            for part in m.split('$') {
                if let Some(v) = part.strip_prefix('?')
                    && !order.iter().any(|o| o == v)
                {
                    order.push(v.to_string());
                }
            }
        }
        let mut ordered = Vec::new();
        for v in &order {
            match subst.iter().find(|(k, _)| k == v) {
                Some(p) => ordered.push(p.clone()),
                None => {
                    self.err(Diagnostic::new(
                        format!("cannot infer type `{v}` for `{}`", gsig.display),
                        r,
                        "from these arguments",
                        "pass arguments whose types determine every type variable",
                    ));
                    return None;
                }
            }
        }
        let irn = self.instantiate_func(gi, ordered)?;
        self.funcs.get(&irn).cloned()
    }

    /// Resolve a library function for argument types: (IR name, sig).
    pub(crate) fn lib_func(
        &mut self,
        name: &str,
        tys: &[Ty],
        r: TextRange,
    ) -> Option<(String, Sig)> {
        match self.lib.get(name).cloned() {
            Some(Item::Func(f)) => {
                let sig = self.funcs.get(&f).cloned()?;
                self.need(&f);
                Some((f, sig))
            }
            Some(Item::GenFunc(gi)) => {
                let gsig = self.generic_sig(gi)?;
                let mut subst = Vec::new();
                for (i, t) in tys.iter().enumerate() {
                    if let Some((_, pt)) = gsig.params.get(i) {
                        unify(pt, t, &mut subst);
                    }
                }
                let mut order: Vec<String> = Vec::new();
                for (_, pt) in &gsig.params {
                    for part in pt.mangle().split('$') {
                        if let Some(v) = part.strip_prefix('?')
                            && !order.iter().any(|o| o == v)
                        {
                            order.push(v.to_string());
                        }
                    }
                }
                let mut ordered = Vec::new();
                for v in &order {
                    let p = subst.iter().find(|(k, _)| k == v)?;
                    ordered.push(p.clone());
                }
                let irn = self.instantiate_func(gi, ordered)?;
                let sig = self.funcs.get(&irn).cloned()?;
                Some((irn, sig))
            }
            _ => {
                self.err(Diagnostic::new(
                    format!("the prelude has no function `{name}`"),
                    r,
                    "needed here",
                    "this operation is implemented by the prelude library (translator/prelude)",
                ));
                None
            }
        }
    }

    /// Call a library function with typed arguments (defaults filled).
    pub(crate) fn lib_call(
        &mut self,
        fx: &mut Fx,
        name: &str,
        args: Vec<t::Expr>,
        r: TextRange,
    ) -> Option<t::Expr> {
        if args.iter().any(|a| a.ty.is_unknown()) {
            return None;
        }
        let tys: Vec<Ty> = args.iter().map(|a| a.ty.clone()).collect();
        let (_, sig) = self.lib_func(name, &tys, r)?;
        let pos = args.into_iter().map(Arg::Typed).collect();
        let x = self.call_sig(fx, &sig, pos, vec![], r, r);
        (!x.ty.is_unknown() || sig.ret.is_unknown()).then_some(x)
    }

    pub(crate) fn support_call(
        &mut self,
        fx: &mut Fx,
        name: &str,
        args: Vec<t::Expr>,
        r: TextRange,
    ) -> Option<t::Expr> {
        self.lib_call(fx, name, args, r)
    }

    /// A method call on a typed receiver (classes, dicts, sets).
    pub(crate) fn method_on(
        &mut self,
        fx: &mut Fx,
        recv: t::Expr,
        m: &str,
        args: Vec<t::Expr>,
        r: TextRange,
    ) -> Option<t::Expr> {
        let cls = match &recv.ty {
            Ty::Class(c) => c.clone(),
            Ty::Dict(..) | Ty::Set(_) => {
                let t = recv.ty.clone();
                self.ensure_class(&t);
                self.use_ty(&t);
                t.mangle()
            }
            _ => return None,
        };
        let Some((_, sig)) = self.find_method(&cls, m) else {
            self.err(unknown_method(&recv.ty, m, r, "no such method"));
            return None;
        };
        let pos = args.into_iter().map(Arg::Typed).collect();
        let what = format!("{}.{m}", recv.ty);
        let mut xs = self.bind_args(
            fx,
            &what,
            crate::check::tail(&sig.params),
            crate::check::tail(&sig.defaults),
            pos,
            vec![],
            r,
        )?;
        xs.insert(0, recv);
        Some(ex(
            K::CallVirtual(cls, m.to_string(), xs),
            sig.ret.clone(),
            r,
        ))
    }

    /// `obj[key]`-style protocol calls (`__getitem__`, `__setitem__`, ...).
    pub(crate) fn dunder_call(
        &mut self,
        fx: &mut Fx,
        obj: t::Expr,
        m: &str,
        args: Vec<t::Expr>,
        r: TextRange,
        what: &str,
    ) -> Option<t::Expr> {
        let cls = match &obj.ty {
            Ty::Class(c) => Some(c.clone()),
            Ty::Dict(..) | Ty::Set(_) => Some(obj.ty.mangle()),
            _ => None,
        };
        if obj.ty.is_unknown() || args.iter().any(|a| a.ty.is_unknown()) {
            return None;
        }
        match cls {
            Some(c)
                if {
                    self.ensure_class(&obj.ty);
                    self.find_method(&c, m).is_some()
                } =>
            {
                self.method_on(fx, obj, m, args, r)
            }
            _ => {
                self.err(Diagnostic::new(
                    format!("`{}` {what}", obj.ty),
                    obj.range,
                    format!("this is `{}`", obj.ty),
                    "lists, dicts and classes defining the special method support this",
                ));
                None
            }
        }
    }

    /// `C(args)` with AST arguments.
    pub(crate) fn construct(
        &mut self,
        fx: &mut Fx,
        cname: &str,
        args: &'a [E],
        kws: &'a [ast::Keyword],
        r: TextRange,
    ) -> t::Expr {
        let pos = args.iter().map(Arg::Ast).collect();
        let kw = kws
            .iter()
            .filter_map(|k| {
                k.arg
                    .as_ref()
                    .map(|a| (a.to_string(), k.range, Arg::Ast(&k.value)))
            })
            .collect();
        self.construct_args(fx, cname, pos, kw, r)
    }

    /// A call argument, typed (with the type expected there, if any).
    pub(crate) fn arg(&mut self, fx: &mut Fx, a: Arg<'a>, expected: Option<&Ty>) -> t::Expr {
        match a {
            Arg::Ast(e) => self.expr(fx, e, expected),
            Arg::Typed(x) => x,
        }
    }

    /// `E(a, b, ...)` for a builtin exception class: CPython's args tuple
    /// is kept as its repr (`repr(e)` is `E(a, b)`); `str(e)` is the
    /// result of the prelude function `message` on the arguments when
    /// given, else the tuple's repr `(a, b)`.
    fn exception_with_args(
        &mut self,
        fx: &mut Fx,
        cname: &str,
        ty: Ty,
        pos: Vec<Arg<'a>>,
        message: Option<&str>,
        r: TextRange,
    ) -> t::Expr {
        let xs: Vec<t::Expr> = pos.into_iter().map(|a| self.arg(fx, a, None)).collect();
        let mut pre = Vec::new();
        let locals = self.exc_arg_locals(fx, xs, &mut pre);
        let msg = match message {
            Some(f) => match self.lib_call(fx, f, locals.clone(), r) {
                Some(m) => Some(m),
                None => return self.bad(r),
            },
            None => None,
        };
        let Some(argrepr) = self.exc_args_repr(fx, locals, r) else {
            return self.bad(r);
        };
        let (msg, argrepr) = match msg {
            Some(m) => (m, argrepr),
            None => {
                let h = fx.hidden("excargs", Ty::Str);
                pre.push(t::Stmt::Assign(
                    vec![t::Target::Local(h.clone())],
                    vec![argrepr],
                ));
                let joined = ex(K::Local(h), Ty::Str, r);
                let msg = concat(concat(sconst("(", r), joined.clone()), sconst(")", r));
                (msg, joined)
            }
        };
        let e = ex(
            K::New {
                class: cname.to_string(),
                init: None,
                args: vec![],
                sets: vec![
                    (ir::EXCEPTION_ROOT.to_string(), "message".to_string(), msg),
                    (
                        ir::EXCEPTION_ROOT.to_string(),
                        "argrepr".to_string(),
                        argrepr,
                    ),
                ],
            },
            ty.clone(),
            r,
        );
        ex(K::Block(pre, Box::new(e)), ty, r)
    }

    pub(crate) fn construct_args(
        &mut self,
        fx: &mut Fx,
        cname: &str,
        pos: Vec<Arg<'a>>,
        kw: Vec<(String, TextRange, Arg<'a>)>,
        r: TextRange,
    ) -> t::Expr {
        self.use_class(cname);
        let ty = Ty::Class(cname.to_string());
        let ty = match self.gen_ty_of_class(cname) {
            Some(t) => t,
            None => ty,
        };
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
        let shown = crate::types::show_class(cname);
        match init {
            Some((owner, sig)) => {
                let Some(xs) = self.bind_args(
                    fx,
                    &shown,
                    crate::check::tail(&sig.params),
                    crate::check::tail(&sig.defaults),
                    pos,
                    kw,
                    r,
                ) else {
                    return self.bad(r);
                };
                self.need(&format!("{owner}.__init__"));
                ex(
                    K::New {
                        class: cname.to_string(),
                        init: Some(format!("{owner}.__init__")),
                        args: xs,
                        sets: vec![],
                    },
                    ty,
                    r,
                )
            }
            None if (cname == "UnicodeDecodeError" || cname == "UnicodeEncodeError")
                && pos.len() == 5 =>
            {
                // UnicodeDecodeError(encoding, object, start, end, reason):
                // CPython's message, and the five arguments in repr(e).
                let helper = if cname == "UnicodeDecodeError" {
                    "unicode_decode_error_message"
                } else {
                    "unicode_encode_error_message"
                };
                self.exception_with_args(fx, cname, ty, pos, Some(helper), r)
            }
            None if self.is_exception(cname)
                && kw.is_empty()
                && pos.len() > 1
                && ![
                    "KeyError",
                    "SystemExit",
                    "OSError",
                    "UnicodeDecodeError",
                    "UnicodeEncodeError",
                ]
                .iter()
                .any(|b| self.is_subclass(cname, b)) =>
            {
                // E(a, b, ...): CPython's args tuple; str(e) is its repr
                // `(a, b)` and repr(e) is `E(a, b)` (the prelude raises
                // OverflowError(34, "Numerical result out of range")).
                self.exception_with_args(fx, cname, ty, pos, None, r)
            }
            None if self.is_exception(cname) => {
                if !kw.is_empty() {
                    self.err(unsupported(
                        "keyword argument to an exception",
                        kw[0].1,
                        "pass the message by position",
                    ));
                    return self.bad(r);
                }
                if ["UnicodeDecodeError", "UnicodeEncodeError"]
                    .iter()
                    .any(|b| self.is_subclass(cname, b))
                {
                    // CPython: TypeError "function takes exactly 5
                    // arguments" (the 5-argument form of the class itself
                    // is handled above).
                    let (msg, label) = if pos.len() == 5 {
                        (
                            format!("`{shown}(...)` with 5 arguments is not supported"),
                            "a subclass of a Unicode error class".to_string(),
                        )
                    } else {
                        (
                            format!("`{shown}` takes exactly 5 arguments"),
                            format!("{} given", pos.len()),
                        )
                    };
                    self.err(Diagnostic::new(
                        msg,
                        r,
                        label,
                        "CPython's constructor takes exactly `(encoding, obj, start, end, reason)` (TypeError otherwise); only `UnicodeDecodeError`/`UnicodeEncodeError` themselves are supported with them: raise one of those, or a `ValueError`",
                    ));
                    return self.bad(r);
                }
                if pos.len() > 1 {
                    self.err(Diagnostic::new(
                        format!(
                            "`{shown}` takes at most 1 argument but {} were given",
                            pos.len()
                        ),
                        r,
                        "too many arguments",
                        "KeyError, SystemExit, OSError and their subclasses take an optional message: `E(\"message\")`",
                    ));
                    return self.bad(r);
                }
                let is_exit = self.is_subclass(cname, "SystemExit");
                let mut sets = Vec::new();
                let mut pre = Vec::new();
                match pos.into_iter().next() {
                    Some(a) if is_exit => {
                        let x = self.arg(fx, a, Some(&Ty::Int));
                        let Some((code, msg)) = self.exit_code_arg(fx, x, false, &mut pre) else {
                            return self.bad(r);
                        };
                        sets.push(("SystemExit".to_string(), "code".to_string(), code));
                        if let Some(msg) = msg {
                            sets.push((ir::EXCEPTION_ROOT.to_string(), "message".to_string(), msg));
                        }
                    }
                    Some(a) => {
                        let x = self.arg(fx, a, Some(&Ty::Str));
                        let Some((msg, argrepr)) = self.exc_arg_fields(fx, cname, x, &mut pre)
                        else {
                            return self.bad(r);
                        };
                        sets.push((ir::EXCEPTION_ROOT.to_string(), "message".to_string(), msg));
                        if let Some(a) = argrepr {
                            sets.push((ir::EXCEPTION_ROOT.to_string(), "argrepr".to_string(), a));
                        }
                    }
                    // `SystemExit()`: the code is None.
                    None if is_exit => sets.push((
                        "SystemExit".to_string(),
                        "code".to_string(),
                        ex(K::Int(EXIT_NONE), Ty::Int, r),
                    )),
                    None => {}
                }
                let e = ex(
                    K::New {
                        class: cname.to_string(),
                        init: None,
                        args: vec![],
                        sets,
                    },
                    ty.clone(),
                    r,
                );
                if pre.is_empty() {
                    e
                } else {
                    ex(K::Block(pre, Box::new(e)), ty, r)
                }
            }
            None => {
                if !pos.is_empty() || !kw.is_empty() {
                    let n = pos.len() + kw.len();
                    self.err(Diagnostic::new(
                        format!(
                            "`{shown}` takes 0 arguments but {n} {} given",
                            if n == 1 { "was" } else { "were" }
                        ),
                        r,
                        "expected 0 arguments",
                        format!("`{shown}` has no `__init__`; define one to take arguments"),
                    ));
                    return self.bad(r);
                }
                ex(
                    K::New {
                        class: cname.to_string(),
                        init: None,
                        args: vec![],
                        sets: vec![],
                    },
                    ty,
                    r,
                )
            }
        }
    }

    /// Dict/Set instances are typed `dict[K, V]` / `set[T]`.
    pub(crate) fn gen_ty_of_class(&self, cname: &str) -> Option<Ty> {
        let k = self.class(cname)?;
        let cdef = k.ast?;
        let n = cdef.name.as_str();
        if self.is_lib(k.module) && (n == "Dict" || n == "Set") && cname.contains('$') {
            let ts: Vec<Ty> = k.subst.iter().map(|(_, t)| t.clone()).collect();
            return Some(if n == "Dict" && ts.len() == 2 {
                Ty::Dict(Box::new(ts[0].clone()), Box::new(ts[1].clone()))
            } else if ts.len() == 1 {
                Ty::Set(Box::new(ts[0].clone()))
            } else {
                return None;
            });
        }
        None
    }

    // ----- methods ------------------------------------------------------

    fn method_call(
        &mut self,
        fx: &mut Fx,
        a: &'a ast::ExprAttribute,
        c: &'a ast::ExprCall,
        expected: Option<&Ty>,
    ) -> t::Expr {
        let r = c.range();
        let m = a.attr.as_str();
        // super().m(...)
        if let E::Call(sc) = &*a.value
            && let E::Name(sn) = &*sc.func
            && sn.id.as_str() == "super"
            && fx.local("super").is_none()
        {
            return self.super_call(fx, sc, a, c);
        }
        // `BuiltinException.__init__(self, ...)` in an exception's method:
        // the same as `super().__init__(...)` when that builtin class is
        // the one whose initializer `super()` reaches.
        if m == "__init__"
            && let E::Name(bn) = &*a.value
            && fx.local(bn.id.as_str()).is_none()
            && self.resolve(self.cur_mod, bn.id.as_str()).is_none()
            && self.class(bn.id.as_str()).is_some_and(|k| k.builtin)
            && let (Some(cls), Some(selfn)) = (fx.class.clone(), fx.self_name.clone())
            && let Some(E::Name(first)) = c.arguments.args.first()
            && first.id.as_str() == selfn
            && self.init_reached_by_super(&cls).as_deref() == Some(bn.id.as_str())
        {
            let sup = self.arena_expr(E::Call(ast::ExprCall {
                node_index: Default::default(),
                range_start: bn.range.start(),
                func: Box::new(E::Name(ast::ExprName {
                    node_index: Default::default(),
                    range: bn.range,
                    id: ast::name::Name::new_static("super"),
                    ctx: ast::ExprContext::Load,
                })),
                arguments: ast::Arguments {
                    range: TextRange::empty(bn.range.end()),
                    node_index: Default::default(),
                    args: Box::new([]),
                    keywords: Default::default(),
                },
            }));
            let call = self.arena_call(c, c.arguments.args[1..].to_vec(), &c.arguments.keywords);
            if let (E::Call(sc), Some(c2)) = (sup, call) {
                return self.super_call(fx, sc, a, c2);
            }
        }
        // Module-level names: module.f(), module.Class(), _prims.x(), sys/os/time.
        if let Some(head) = crate::check::leftmost_name(&a.value)
            && fx.local(head).is_none()
        {
            let shown = crate::check::dotted_text(&a.value);
            match self.dotted_item(self.cur_mod, &a.value) {
                Some(Item::Module(mi)) => {
                    return match self.resolve(mi, m) {
                        Some(Item::Func(f)) => self.call_func(fx, &f, c),
                        Some(Item::GenFunc(gi)) => self.call_generic(fx, gi, c),
                        Some(Item::Class(k)) => {
                            let Some((pos, kw)) = self.split_args(c) else {
                                return self.bad(r);
                            };
                            self.construct_args(fx, &k, pos, kw, r)
                        }
                        Some(Item::Global(gi)) => {
                            // A module value of a `Callable` type.
                            let f = self.eval_global(fx, gi, a.range);
                            self.call_value(fx, f, c)
                        }
                        _ => {
                            self.err(Diagnostic::new(
                                format!("module `{shown}` has no function or class `{m}`"),
                                a.attr.range,
                                "not defined there",
                                "define it at module level in that module",
                            ));
                            self.bad(r)
                        }
                    };
                }
                Some(Item::Prims) => return self.prim_call(fx, m, c),
                Some(Item::Builtin(md)) => return self.builtin_module_call(fx, &md, a, c),
                Some(Item::Class(k)) => {
                    // Static method: C.m(...)
                    if let Some((_, sig)) = self.find_method(&k, m) {
                        // A static method, or `Base.m(self, ...)`: a direct call.
                        let Some((pos, kw)) = self.split_args(c) else {
                            return self.bad(r);
                        };
                        return self.call_sig(fx, &sig, pos, kw, c.arguments.range, r);
                    }
                    self.err(Diagnostic::new(
                        format!(
                            "`{}.{m}` is not a static method",
                            crate::types::show_class(&k)
                        ),
                        a.attr.range,
                        "needs an instance",
                        "call methods on instances, or mark the method `@staticmethod`",
                    ));
                    return self.bad(r);
                }
                _ => {}
            }
        }
        // `os.environ.get(name)` and `sys.stdout.write(s)`.
        if let E::Attribute(inner) = &*a.value
            && let E::Name(n) = &*inner.value
            && fx.local(n.id.as_str()).is_none()
            && let Some(Item::Builtin(md)) = self.resolve(self.cur_mod, n.id.as_str())
        {
            return self.builtin_module_call2(fx, &md, inner.attr.as_str(), a, c);
        }
        let recv = self.receiver(fx, &a.value, m, false);
        if recv.ty.is_unknown() {
            return self.bad(r);
        }
        self.method_of_value(fx, recv, a, c, expected)
    }

    fn method_of_value(
        &mut self,
        fx: &mut Fx,
        recv: t::Expr,
        a: &'a ast::ExprAttribute,
        c: &'a ast::ExprCall,
        expected: Option<&Ty>,
    ) -> t::Expr {
        let r = c.range();
        let m = a.attr.as_str();
        let _ = expected;
        let Some((pos, kw)) = self.split_args(c) else {
            return self.bad(r);
        };
        if !self.builtin_method_keywords(&recv.ty, m, &kw) {
            return self.bad(r);
        }
        match recv.ty.clone() {
            Ty::Class(cn) => {
                if m == "__init__" {
                    self.err(unsupported(
                        "explicit call of `__init__`",
                        a.attr.range,
                        "construct with `C(...)` or call `super().__init__(...)` in an initializer",
                    ));
                    return self.bad(r);
                }
                let Some((_, sig)) = self.find_method(&cn, m) else {
                    if let Some((_, ci, fi)) = self.field(&cn, m) {
                        let fty = self.classes[ci].fields[fi]
                            .ty
                            .clone()
                            .unwrap_or(Ty::Unknown);
                        if let Ty::Func(..) = fty {
                            let f = self.expr(fx, &c.func, None);
                            return self.call_value(fx, f, c);
                        }
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
                            &format!(
                                "define `{m}` in class `{}` or one of its base classes",
                                crate::types::show_class(&cn)
                            ),
                        ));
                    }
                    return self.bad(r);
                };
                if sig.is_static {
                    let pre = t::Stmt::Expr(recv);
                    let call = self.call_sig(fx, &sig, pos, kw, c.arguments.range, r);
                    let ty = call.ty.clone();
                    return ex(K::Block(vec![pre], Box::new(call)), ty, r);
                }
                let what = format!("{}.{m}", crate::types::show_class(&cn));
                // Parameters left to a default that overrides disagree on.
                let params = crate::check::tail(&sig.params);
                let dynamic: Vec<usize> = self
                    .dynamic_defaults(&cn, m)
                    .into_iter()
                    .enumerate()
                    .filter(|&(i, d)| {
                        d && i >= pos.len()
                            && params
                                .get(i)
                                .is_some_and(|(p, _)| !kw.iter().any(|(k, _, _)| k == p))
                    })
                    .map(|(i, _)| i)
                    .collect();
                let Some(mut xs) = self.bind_args(
                    fx,
                    &what,
                    params,
                    crate::check::tail(&sig.defaults),
                    pos,
                    kw,
                    c.arguments.range,
                ) else {
                    return self.bad(r);
                };
                if dynamic.is_empty() {
                    xs.insert(0, recv);
                    return ex(K::CallVirtual(cn, m.to_string(), xs), sig.ret.clone(), r);
                }
                self.dynamic_default_call(fx, &cn, m, recv, xs, &dynamic, sig.ret.clone(), r)
            }
            Ty::Dict(..) | Ty::Set(_) => {
                let t = recv.ty.clone();
                if matches!(t, Ty::Dict(..))
                    && matches!(m, "keys" | "values" | "items")
                    && !self.view_ok.contains(&r)
                    && !self.is_lib(self.cur_mod)
                {
                    // The views are lists here: only where CPython's live
                    // view behaves as that list may they appear (a view
                    // prints as `dict_keys([...])`, compares as a set and
                    // follows later changes of the dict).
                    self.err(Diagnostic::new(
                        format!("dict view `{m}()` used as a value"),
                        r,
                        format!("a `dict_{m}` view in CPython: not a list"),
                        format!("walk it (`for x in d.{m}()`, a comprehension, `list(...)`, `sorted(...)`, `len(...)`, `in`...) or make a list: `list(d.{m}())`"),
                    ));
                    return self.bad(r);
                }
                self.ensure_class(&t);
                self.use_ty(&t);
                let cn = t.mangle();
                // dict.get(k) with one argument, dict.pop(k, default).
                // `d.get(k, None)` is `d.get(k)`: a `V | None`.
                let mut pos = pos;
                if matches!(t, Ty::Dict(..))
                    && m == "get"
                    && kw.is_empty()
                    && pos.len() == 2
                    && matches!(pos[1], Arg::Ast(E::NoneLiteral(_)))
                {
                    pos.truncate(1);
                }
                let (m2, pos) = match (&t, m, pos.len() + kw.len()) {
                    (Ty::Dict(..), "get", 1) => ("get_opt", pos),
                    (Ty::Dict(..), "pop", 2) => ("pop_default", pos),
                    _ => (m, pos),
                };
                if m2.starts_with('_') && !m2.starts_with("__") && !self.is_lib(self.cur_mod) {
                    self.err(unknown_method(&t, m, a.attr.range, "no such method"));
                    return self.bad(r);
                }
                let Some((_, sig)) = self.find_method(&cn, m2) else {
                    self.err(unknown_method(&t, m, a.attr.range, if matches!(t, Ty::Dict(..)) {
                        "dict methods: get setdefault pop popitem items keys values update copy clear"
                    } else {
                        "set methods: add discard remove pop clear copy update union intersection difference symmetric_difference intersection_update difference_update symmetric_difference_update isdisjoint issubset issuperset"
                    }));
                    return self.bad(r);
                };
                let what = format!("{t}.{m}");
                let Some(mut xs) = self.bind_args(
                    fx,
                    &what,
                    crate::check::tail(&sig.params),
                    crate::check::tail(&sig.defaults),
                    pos,
                    kw,
                    c.arguments.range,
                ) else {
                    return self.bad(r);
                };
                xs.insert(0, recv);
                ex(K::CallVirtual(cn, m2.to_string(), xs), sig.ret.clone(), r)
            }
            Ty::List(elem) => {
                let elem = *elem;
                match (m, pos.len(), kw.len()) {
                    ("append", 1, 0) => {
                        let Some(mut xs) = self.bind_args(
                            fx,
                            "list.append",
                            &[("item".into(), elem)],
                            &[None],
                            pos,
                            kw,
                            c.arguments.range,
                        ) else {
                            return self.bad(r);
                        };
                        let x = xs.remove(0);
                        return ex(K::ListAppend(Box::new(recv), Box::new(x)), Ty::None, r);
                    }
                    ("pop", 0, 0) => return ex(K::ListPop(Box::new(recv)), elem, r),
                    ("pop", 1, 0) => {
                        let Some(mut xs) = self.bind_args(
                            fx,
                            "list.pop",
                            &[("index".into(), Ty::Int)],
                            &[None],
                            pos,
                            kw,
                            c.arguments.range,
                        ) else {
                            return self.bad(r);
                        };
                        let i = xs.remove(0);
                        return ex(K::ListPopAt(Box::new(recv), Box::new(i)), elem, r);
                    }
                    ("sort", _, _) => return self.sort_call(fx, recv, pos, kw, r, true),
                    _ => {}
                }
                self.builtin_type_method(fx, recv, "list", m, pos, kw, a, c)
            }
            Ty::TupleVar(e) => {
                let l = ex(recv.kind, Ty::List(e), recv.range);
                if !matches!(m, "index" | "count") {
                    self.err(unknown_method(
                        &recv.ty,
                        m,
                        a.attr.range,
                        "tuples have `index` and `count`",
                    ));
                    return self.bad(r);
                }
                self.builtin_type_method(fx, l, "tuple", m, pos, kw, a, c)
            }
            Ty::Str => self.builtin_type_method(fx, recv, "str", m, pos, kw, a, c),
            Ty::Bytes => self.builtin_type_method(fx, recv, "bytes", m, pos, kw, a, c),
            Ty::Float => self.builtin_type_method(fx, recv, "float", m, pos, kw, a, c),
            Ty::Int => self.builtin_type_method(fx, recv, "int", m, pos, kw, a, c),
            Ty::Optional(_) => {
                self.err(self.maybe_none(&a.value, &recv.ty));
                self.bad(r)
            }
            other => {
                self.err(unknown_method(
                    &other,
                    m,
                    a.attr.range,
                    &format!("`{other}` values have no methods"),
                ));
                self.bad(r)
            }
        }
    }

    /// Reject the keyword arguments CPython's method `m` of the builtin
    /// type `ty` does not accept (most take their arguments by position
    /// only: CPython raises TypeError), before they can bind to the
    /// parameters of the prelude function behind the method. False when
    /// an error was reported.
    fn builtin_method_keywords(&mut self, ty: &Ty, m: &str, kw: &[KwArg<'a>]) -> bool {
        let Some((_, kr, _)) = kw.first() else {
            return true;
        };
        let Some(tname) = builtin_type_name(ty) else {
            return true;
        };
        let Some(accepted) = cpython_method_keywords(tname, m) else {
            // Not a method of CPython's type: reported as unknown later.
            return true;
        };
        if tname == "dict" && m == "update" {
            self.err(unsupported(
                "keyword arguments of `dict.update`",
                *kr,
                "CPython stores them as str keys: write `d[\"key\"] = value`",
            ));
            return false;
        }
        if accepted.is_empty() {
            self.err(Diagnostic::new(
                format!("`{tname}.{m}()` takes no keyword arguments"),
                *kr,
                "keyword argument",
                "CPython raises TypeError here: pass the arguments by position",
            ));
            return false;
        }
        for (k, kr, _) in kw {
            if !accepted.contains(&k.as_str()) {
                self.err(Diagnostic::new(
                    format!("`{k}` is an invalid keyword argument for `{tname}.{m}()`"),
                    *kr,
                    "unknown keyword argument",
                    format!(
                        "CPython raises TypeError here; the keyword arguments are: {}",
                        accepted.join(", ")
                    ),
                ));
                return false;
            }
        }
        true
    }

    /// `recv.m(args)` on a builtin type: the prelude function `TYPE_m`
    /// with the receiver first.
    #[allow(clippy::too_many_arguments)]
    fn builtin_type_method(
        &mut self,
        fx: &mut Fx,
        recv: t::Expr,
        tname: &str,
        m: &str,
        pos: Vec<Arg<'a>>,
        kw: Vec<(String, TextRange, Arg<'a>)>,
        a: &'a ast::ExprAttribute,
        c: &'a ast::ExprCall,
    ) -> t::Expr {
        let r = c.range();
        let rty = recv.ty.clone();
        // Diagnostics name the method as the program does (`tuple.index`),
        // never the prelude function behind it (`list_index`).
        let shown = format!("{tname}.{m}");
        // Only CPython's methods: the prelude also holds helpers named
        // like methods (`str_chars` is `list(s)`), which are not.
        if cpython_method_keywords(tname, m).is_none() && !(tname == "str" && m == "format") {
            self.err(unknown_method(
                &rty,
                m,
                a.attr.range,
                &format!("the supported methods of `{tname}` are listed in docs/rpython.md"),
            ));
            return self.bad(r);
        }
        // A homogeneous tuple is an immutable list: the list's functions.
        let tname = if tname == "tuple" { "list" } else { tname };
        // Special forms.
        let mut name = format!("{tname}_{m}");
        let mut pos = pos;
        if tname == "str"
            && (m == "startswith" || m == "endswith")
            && let Some(Arg::Ast(E::Tuple(tu))) = pos.first()
        {
            {
                let items: Vec<t::Expr> = tu
                    .elts
                    .iter()
                    .map(|x| self.expr(fx, x, Some(&Ty::Str)))
                    .collect();
                let l = ex(K::ListNew(Ty::Str, items), Ty::list(Ty::Str), tu.range);
                pos[0] = Arg::Typed(l);
                name = format!("str_{m}_any");
            }
        }
        if tname == "str" && m == "format" {
            return self.str_format(fx, recv, pos, kw, r);
        }
        if tname == "str" && m == "join" {
            // sep.join(list or other iterable)
            let Some(first) = pos.into_iter().next() else {
                self.err(Diagnostic::new(
                    "`str.join` takes 1 argument",
                    c.arguments.range,
                    "missing",
                    "write `sep.join(items)`",
                ));
                return self.bad(r);
            };
            let x = match first {
                Arg::Ast(e) => {
                    // `sep.join(d.keys())` walks the view.
                    let saved = self.view_ok.len();
                    self.view_ok.push(e.range());
                    let x = self.iter_arg(fx, e, Some(&Ty::list(Ty::Str)));
                    self.view_ok.truncate(saved);
                    x
                }
                Arg::Typed(x) => x,
            };
            let x = match x.ty.clone() {
                Ty::List(_) | Ty::Unknown => x,
                _ => match self.to_list(fx, x) {
                    Some(l) => l,
                    None => return self.bad(r),
                },
            };
            if x.ty != Ty::list(Ty::Str) && !x.ty.is_unknown() {
                self.err(mismatch(
                    &Ty::list(Ty::Str),
                    &x.ty,
                    x.range,
                    "`str.join` joins strs",
                ));
                return self.bad(r);
            }
            return prim(P::StrJoin, vec![recv, x], Ty::Str, r);
        }
        let item = self.lib.get(&name).cloned();
        match item {
            Some(Item::Func(f)) => {
                let Some(sig) = self.funcs.get(&f).cloned() else {
                    return self.bad(r);
                };
                self.call_method_sig(fx, &sig, &shown, recv, pos, kw, c.arguments.range, r)
            }
            Some(Item::GenFunc(gi)) => {
                // Type the arguments with the element type as context.
                let gsig = self.generic_sig(gi);
                let elem = match &rty {
                    Ty::List(e) => Some((**e).clone()),
                    _ => None,
                };
                let mut typed = vec![recv];
                for (i, p) in (1..).zip(pos) {
                    let x = match p {
                        Arg::Typed(x) => x,
                        Arg::Ast(e) => {
                            let pt = gsig
                                .as_ref()
                                .and_then(|s| s.params.get(i))
                                .map(|(_, t)| t.clone());
                            let exp = match (&pt, &elem) {
                                (Some(Ty::Class(v)), Some(e)) if v.starts_with('?') => {
                                    Some(e.clone())
                                }
                                (Some(Ty::List(v)), Some(e)) if has_tvar(v) => {
                                    Some(Ty::list(e.clone()))
                                }
                                (Some(t), _) if !has_tvar(t) => Some(t.clone()),
                                _ => None,
                            };
                            let x = self.expr(fx, e, exp.as_ref());
                            match &exp {
                                Some(t) => self.coerce(x, t),
                                None => x,
                            }
                        }
                    };
                    typed.push(x);
                }
                let kwt: Vec<(String, TextRange, t::Expr)> = kw
                    .into_iter()
                    .map(|(k, kr, a)| {
                        let x = self.arg(fx, a, None);
                        (k, kr, x)
                    })
                    .collect();
                if typed
                    .iter()
                    .chain(kwt.iter().map(|(_, _, x)| x))
                    .any(|x| x.ty.is_unknown())
                {
                    return self.bad(r);
                }
                let Some(sig) = self.generic_instance(gi, &typed, &kwt, r) else {
                    return self.bad(r);
                };
                let recv = typed.remove(0);
                let pos = typed.into_iter().map(Arg::Typed).collect();
                let kw = kwt
                    .into_iter()
                    .map(|(k, kr, x)| (k, kr, Arg::Typed(x)))
                    .collect();
                let x = self.call_method_sig(fx, &sig, &shown, recv, pos, kw, c.arguments.range, r);
                if x.ty.is_unknown() && !sig.ret.is_unknown() {
                    return self.bad(r);
                }
                x
            }
            _ => {
                self.err(unknown_method(
                    &rty,
                    m,
                    a.attr.range,
                    &format!(
                        "the supported methods of `{}` are listed in docs/rpython.md",
                        shown.split('.').next().unwrap_or(tname)
                    ),
                ));
                self.bad(r)
            }
        }
    }

    /// `xs.sort(key=..., reverse=...)` (`in_place`) or `sorted(...)`.
    pub(crate) fn sort_call(
        &mut self,
        fx: &mut Fx,
        xs: t::Expr,
        pos: Vec<Arg<'a>>,
        kw: Vec<(String, TextRange, Arg<'a>)>,
        r: TextRange,
        in_place: bool,
    ) -> t::Expr {
        if !pos.is_empty() {
            self.err(unsupported(
                "positional argument to sort",
                r,
                "use `key=` and `reverse=`",
            ));
            return self.bad(r);
        }
        let Ty::List(elem) = xs.ty.clone() else {
            return self.bad(r);
        };
        let mut key: Option<t::Expr> = None;
        let mut rev: Option<t::Expr> = None;
        let mut rev_first = false;
        for (k, kr, a) in kw {
            match k.as_str() {
                "key" => {
                    let fty = Ty::Func(vec![(*elem).clone()], Box::new(Ty::Unknown));
                    let x = self.arg(fx, a, Some(&fty));
                    key = Some(x);
                }
                "reverse" => {
                    let x = self.arg(fx, a, Some(&Ty::Bool));
                    rev_first = key.is_none();
                    rev = Some(x);
                }
                other => {
                    self.err(Diagnostic::new(
                        format!("sort has no parameter `{other}`"),
                        kr,
                        "unknown keyword",
                        "use `key=` and `reverse=`",
                    ));
                    return self.bad(r);
                }
            }
        }
        let rev = rev.unwrap_or_else(|| ex(K::Bool(false), Ty::Bool, r));
        // With a key, `sort_with` evaluates the list, then the keywords in
        // the order written, before sorting (as CPython).
        self.sort_with(fx, xs, key, rev, rev_first, r, in_place)
    }

    #[allow(clippy::too_many_arguments)]
    fn sort_with(
        &mut self,
        fx: &mut Fx,
        xs: t::Expr,
        key: Option<t::Expr>,
        rev: t::Expr,
        rev_first: bool,
        r: TextRange,
        in_place: bool,
    ) -> t::Expr {
        match key {
            None => {
                let name = if in_place {
                    "list_sort"
                } else {
                    "builtin_sorted"
                };
                self.lib_call(fx, name, vec![xs, rev], r)
                    .unwrap_or_else(|| self.bad(r))
            }
            Some(k) => {
                // CPython evaluates the arguments, then (sort) empties the
                // list or (sorted) copies it, then calls the key on the
                // saved items: user code never sees the items move, and a
                // key that grows the list cannot make the loop endless.
                let (kty, xty) = (k.ty.clone(), xs.ty.clone());
                let hxs = fx.hidden("sortxs", xty.clone());
                let hkf = fx.hidden("sortkey", kty.clone());
                let rty = rev.ty.clone();
                let hrev = fx.hidden("sortrev", rty.clone());
                let hitems = fx.hidden("items", xty.clone());
                let loc = |n: &String, ty: &Ty| ex(K::Local(n.clone()), ty.clone(), r);
                let (xs_l, k_l, rev_l, items_l) = (
                    loc(&hxs, &xty),
                    loc(&hkf, &kty),
                    loc(&hrev, &rty),
                    loc(&hitems, &xty),
                );
                // Keyword arguments in source order.
                let (targets, vals) = if rev_first {
                    (vec![hxs, hrev, hkf], vec![xs, rev, k])
                } else {
                    (vec![hxs, hkf, hrev], vec![xs, k, rev])
                };
                let targets = targets.into_iter().map(t::Target::Local).collect();
                let take = if in_place {
                    "list_sort_take"
                } else {
                    "list_copy"
                };
                let Some(items) = self.lib_call(fx, take, vec![xs_l.clone()], r) else {
                    return self.bad(r);
                };
                let mut stmts = vec![
                    t::Stmt::Assign(targets, vals),
                    t::Stmt::Assign(vec![t::Target::Local(hitems)], vec![items]),
                ];
                let Some(((key_stmts, items2), keys)) = self.keys_of(fx, items_l.clone(), k_l, r)
                else {
                    return self.bad(r);
                };
                if !in_place {
                    let Some(call) =
                        self.lib_call(fx, "list_sort_key", vec![items2, keys, rev_l], r)
                    else {
                        return self.bad(r);
                    };
                    stmts.extend(key_stmts);
                    stmts.push(t::Stmt::Expr(call));
                    return ex(K::Block(stmts, Box::new(items_l)), xty, r);
                }
                let Some(call) = self.lib_call(
                    fx,
                    "list_sort_keyed",
                    vec![xs_l.clone(), items2, keys, rev_l],
                    r,
                ) else {
                    return self.bad(r);
                };
                let Some(restore) = self.lib_call(
                    fx,
                    "list_sort_restore",
                    vec![xs_l, items_l, ex(K::Bool(false), Ty::Bool, r)],
                    r,
                ) else {
                    return self.bad(r);
                };
                // A key function that raises: the list gets its items back
                // (unsorted, without the modification check) and the
                // exception propagates.
                stmts.push(t::Stmt::Try {
                    body: key_stmts,
                    handlers: vec![t::Handler {
                        classes: vec![],
                        bind_class: ir::EXCEPTION_ROOT.to_string(),
                        name: None,
                        body: vec![t::Stmt::Expr(restore), t::Stmt::Raise(None)],
                    }],
                    orelse: vec![],
                    finalbody: vec![],
                });
                ex(K::Block(stmts, Box::new(call)), Ty::None, r)
            }
        }
    }

    /// Evaluate `xs` once and the list of `key(x)` for its items:
    /// ((statements, xs local), keys expression).
    pub(crate) fn keys_of(
        &mut self,
        fx: &mut Fx,
        xs: t::Expr,
        key: t::Expr,
        r: TextRange,
    ) -> Option<((Vec<t::Stmt>, t::Expr), t::Expr)> {
        let Ty::Func(_, kret) = key.ty.clone() else {
            if !key.ty.is_unknown() {
                self.err(mismatch(
                    &Ty::Func(vec![], Box::new(Ty::Unknown)),
                    &key.ty,
                    key.range,
                    "`key` is a function of one item",
                ));
            }
            return None;
        };
        let Ty::List(elem) = xs.ty.clone() else {
            return None;
        };
        let hl = fx.hidden("xs", xs.ty.clone());
        let hk = fx.hidden("key", key.ty.clone());
        let hr = fx.hidden("keys", Ty::list((*kret).clone()));
        let hi = fx.hidden("x", (*elem).clone());
        let l = ex(K::Local(hl.clone()), xs.ty.clone(), r);
        let kf = ex(K::Local(hk.clone()), key.ty.clone(), r);
        let keys = ex(K::Local(hr.clone()), Ty::list((*kret).clone()), r);
        let cls = key.ty.mangle();
        let call = ex(
            K::CallVirtual(
                cls,
                "call".into(),
                vec![kf, ex(K::Local(hi.clone()), (*elem).clone(), r)],
            ),
            (*kret).clone(),
            r,
        );
        let stmts = vec![
            t::Stmt::Assign(
                vec![t::Target::Local(hl), t::Target::Local(hk)],
                vec![xs, key],
            ),
            t::Stmt::Assign(
                vec![t::Target::Local(hr)],
                vec![ex(
                    K::ListNew((*kret).clone(), vec![]),
                    Ty::list((*kret).clone()),
                    r,
                )],
            ),
            t::Stmt::ForSeq {
                var: hi,
                counter: None,
                seq: l.clone(),
                kind: t::SeqKind::List,
                body: vec![t::Stmt::Expr(ex(
                    K::ListAppend(Box::new(keys.clone()), Box::new(call)),
                    Ty::None,
                    r,
                ))],
                orelse: vec![],
                range: r,
            },
        ];
        Some(((stmts, l), keys))
    }

    /// The class whose `__init__` `super().__init__` reaches from `cls`
    /// (a class defining `__init__`, or the builtin exception class).
    fn init_reached_by_super(&self, cls: &str) -> Option<String> {
        let parent = self.class(cls)?.parent.clone()?;
        for k in self.ancestry(&parent) {
            let kd = self.class(&k)?;
            if kd.sigs.contains_key("__init__") || kd.builtin {
                return Some(k);
            }
        }
        None
    }

    fn super_call(
        &mut self,
        fx: &mut Fx,
        sc: &'a ast::ExprCall,
        a: &'a ast::ExprAttribute,
        c: &'a ast::ExprCall,
    ) -> t::Expr {
        let r = c.range();
        let m = a.attr.as_str();
        let ar = c.arguments.range;
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
        let self_expr = ex(K::Local(selfn), Ty::Class(cls.clone()), sc.range());
        let parent = self.class(&cls).and_then(|k| k.parent.clone());
        let Some((pos, kw)) = self.split_args(c) else {
            return self.bad(r);
        };
        if m == "__init__" {
            let mut init: Option<(String, Sig)> = None;
            let mut builtin_exc: Option<String> = None;
            if let Some(p) = &parent {
                for k in self.ancestry(p) {
                    if let Some(kd) = self.class(&k) {
                        if let Some(s) = kd.sigs.get("__init__") {
                            init = Some((k.clone(), s.clone()));
                            break;
                        }
                        if kd.builtin {
                            builtin_exc = Some(k.clone());
                            break;
                        }
                    }
                }
            }
            return match init {
                Some((owner, sig)) => {
                    let what = format!("{}.__init__", crate::types::show_class(&owner));
                    let Some(mut xs) = self.bind_args(
                        fx,
                        &what,
                        crate::check::tail(&sig.params),
                        crate::check::tail(&sig.defaults),
                        pos,
                        kw,
                        ar,
                    ) else {
                        return self.bad(r);
                    };
                    xs.insert(0, self_expr);
                    self.need(&format!("{owner}.__init__"));
                    ex(K::Call(format!("{owner}.__init__"), xs), Ty::None, r)
                }
                None if builtin_exc.is_some() => {
                    let bx = builtin_exc.unwrap_or_default();
                    if pos.len() + kw.len() > 1 {
                        self.err(Diagnostic::new(
                            format!(
                                "`{bx}.__init__` takes at most 1 argument but {} were given",
                                pos.len() + kw.len()
                            ),
                            ar,
                            "too many arguments",
                            "pass the message only: `super().__init__(message)`",
                        ));
                        return self.bad(r);
                    }
                    if self.is_subclass(&bx, "SystemExit") {
                        // The code (and its text), as for `SystemExit(x)`.
                        let mut stmts = Vec::new();
                        let (code, msg) = match pos.into_iter().next() {
                            Some(a) => {
                                let x = self.arg(fx, a, Some(&Ty::Int));
                                match self.exit_code_arg(fx, x, false, &mut stmts) {
                                    Some(cm) => cm,
                                    None => return self.bad(r),
                                }
                            }
                            None => (ex(K::Int(EXIT_NONE), Ty::Int, r), None),
                        };
                        let target = t::Target::Field {
                            class: "SystemExit".into(),
                            field: "code".into(),
                            obj: self_expr.clone(),
                        };
                        stmts.push(t::Stmt::Assign(vec![target], vec![code]));
                        if let Some(msg) = msg {
                            stmts.push(t::Stmt::Expr(ex(
                                K::SetMessage(Box::new(self_expr), Box::new(msg)),
                                Ty::None,
                                r,
                            )));
                        }
                        return ex(
                            K::Block(stmts, Box::new(ex(K::Nothing, Ty::None, r))),
                            Ty::None,
                            r,
                        );
                    }
                    let mut stmts = Vec::new();
                    let (msg, argrepr) = match pos.into_iter().next() {
                        Some(a) => {
                            let x = self.arg(fx, a, Some(&Ty::Str));
                            match self.exc_arg_fields(fx, &bx, x, &mut stmts) {
                                Some(m) => m,
                                None => return self.bad(r),
                            }
                        }
                        None => (sconst("", r), None),
                    };
                    stmts.push(t::Stmt::Expr(ex(
                        K::SetMessage(Box::new(self_expr.clone()), Box::new(msg)),
                        Ty::None,
                        r,
                    )));
                    // The argument's repr, or none (a second call of
                    // `__init__` replaces the first one's).
                    let target = t::Target::Field {
                        class: ir::EXCEPTION_ROOT.into(),
                        field: "argrepr".into(),
                        obj: self_expr,
                    };
                    let argrepr = argrepr.unwrap_or_else(|| ex(K::Null, Ty::opt(Ty::Str), r));
                    stmts.push(t::Stmt::Assign(vec![target], vec![argrepr]));
                    ex(
                        K::Block(stmts, Box::new(ex(K::Nothing, Ty::None, r))),
                        Ty::None,
                        r,
                    )
                }
                None => {
                    if !pos.is_empty() || !kw.is_empty() {
                        let n = pos.len() + kw.len();
                        self.err(Diagnostic::new(
                            format!(
                                "`object.__init__` takes 0 arguments but {n} {} given",
                                if n == 1 { "was" } else { "were" }
                            ),
                            ar,
                            "expected 0 arguments",
                            "the base class has no `__init__`",
                        ));
                        return self.bad(r);
                    }
                    ex(K::Nothing, Ty::None, r)
                }
            };
        }
        let found = parent.as_deref().and_then(|p| self.find_method(p, m));
        let Some((owner, sig)) = found else {
            self.err(Diagnostic::new(
                format!(
                    "unknown method `{m}` in the base classes of `{}`",
                    crate::types::show_class(&cls)
                ),
                a.attr.range,
                "no such method",
                "super().m(...) calls a method defined in a base class",
            ));
            return self.bad(r);
        };
        let what = format!("{}.{m}", crate::types::show_class(&owner));
        let (ps, ds) = if sig.is_static {
            (&sig.params[..], &sig.defaults[..])
        } else {
            (
                crate::check::tail(&sig.params),
                crate::check::tail(&sig.defaults),
            )
        };
        let Some(mut xs) = self.bind_args(fx, &what, ps, ds, pos, kw, ar) else {
            return self.bad(r);
        };
        if !sig.is_static {
            xs.insert(0, self_expr);
        }
        self.need(&sig.name);
        ex(K::Call(sig.name.clone(), xs), sig.ret.clone(), r)
    }

    /// `_prims.NAME(args)` in library code: a primitive operation.
    fn prim_call(&mut self, fx: &mut Fx, name: &str, c: &'a ast::ExprCall) -> t::Expr {
        let r = c.range();
        let Some(p) = ir::Prim::ALL
            .iter()
            .copied()
            .find(|p| p.mnemonic().replace('.', "_") == name)
        else {
            self.err(Diagnostic::new(
                format!("unknown primitive `_prims.{name}`"),
                c.func.range(),
                "not in ir::Prim",
                "primitives are named by their mnemonic with `.` replaced by `_`",
            ));
            return self.bad(r);
        };
        let ps = p.params();
        if c.arguments.args.len() != ps.len() || !c.arguments.keywords.is_empty() {
            self.err(Diagnostic::new(
                format!("`_prims.{name}` takes {} arguments", ps.len()),
                c.arguments.range,
                "wrong number of arguments",
                "see the prims! table in ir/src/lib.rs",
            ));
            return self.bad(r);
        }
        let mut args: Vec<t::Expr> = Vec::new();
        let mut elem: Option<Ty> = None;
        for (a, s) in c.arguments.args.iter().zip(ps) {
            use ir::Sig as G;
            let exp = match s {
                G::Int => Some(Ty::Int),
                G::Bool => Some(Ty::Bool),
                G::Float => Some(Ty::Float),
                G::Str => Some(Ty::Str),
                G::Bytes => Some(Ty::Bytes),
                G::ListInt => Some(Ty::list(Ty::Int)),
                G::ListStr => Some(Ty::list(Ty::Str)),
                G::Elem => elem.clone(),
                _ => None,
            };
            let x = self.expr(fx, a, exp.as_ref());
            let x = match &exp {
                Some(t) => self.coerce(x, t),
                None => x,
            };
            if x.ty.is_unknown() {
                return self.bad(r);
            }
            let ok = match (s, &x.ty) {
                (G::AnyList, Ty::List(e)) => {
                    elem = Some((**e).clone());
                    true
                }
                (G::AnyRef, t) => t.is_ref() || matches!(t, Ty::Optional(_)),
                (_, t) => exp.as_ref().is_some_and(|e| self.assignable(t, e)),
            };
            if !ok {
                self.err(mismatch(
                    &exp.unwrap_or(Ty::Unknown),
                    &x.ty,
                    x.range,
                    &format!("operand of primitive `{}`", p.mnemonic()),
                ));
                return self.bad(r);
            }
            args.push(x);
        }
        use ir::Sig as G;
        let ty = match p.result() {
            G::Int => Ty::Int,
            G::Bool => Ty::Bool,
            G::Float => Ty::Float,
            G::Str => Ty::Str,
            G::Bytes => Ty::Bytes,
            G::ListInt => Ty::list(Ty::Int),
            G::ListStr => Ty::list(Ty::Str),
            G::AnyList => args.first().map(|a| a.ty.clone()).unwrap_or(Ty::Unknown),
            G::Elem => elem.unwrap_or(Ty::Unknown),
            G::AnyRef => Ty::Unknown,
            G::Nothing => Ty::None,
        };
        let ty = if p == P::GetEnv { Ty::opt(Ty::Str) } else { ty };
        prim(p, args, ty, r)
    }

    // ----- builtin modules ------------------------------------------------

    pub(crate) fn builtin_module_attr(
        &mut self,
        fx: &mut Fx,
        m: &str,
        a: &'a ast::ExprAttribute,
    ) -> t::Expr {
        let r = a.range;
        let _ = fx;
        match (m, a.attr.as_str()) {
            ("sys", "maxsize") => ex(K::Int(i64::MAX), Ty::Int, r),
            ("math", "pi") => ex(K::Float(std::f64::consts::PI.to_bits()), Ty::Float, r),
            ("math", "e") => ex(K::Float(std::f64::consts::E.to_bits()), Ty::Float, r),
            ("math", "inf") => ex(K::Float(f64::INFINITY.to_bits()), Ty::Float, r),
            ("math", "tau") => ex(K::Float(std::f64::consts::TAU.to_bits()), Ty::Float, r),
            ("math", "nan") => ex(K::Float(f64::NAN.to_bits()), Ty::Float, r),
            ("math", x) => {
                self.err(if math_arity(x).is_some() {
                    unsupported(
                        &format!("`math.{x}` as a value"),
                        r,
                        &format!("call it (`math.{x}(...)`), or wrap the call in a lambda"),
                    )
                } else {
                    unknown_math(x, a.attr.range)
                });
                self.bad(r)
            }
            ("os", "O_RDONLY") => ex(K::Int(0), Ty::Int, r),
            ("os", "O_WRONLY") => ex(K::Int(1), Ty::Int, r),
            ("os", "O_RDWR") => ex(K::Int(2), Ty::Int, r),
            ("os", "O_CREAT") => ex(K::Int(0o100), Ty::Int, r),
            ("os", "O_TRUNC") => ex(K::Int(0o1000), Ty::Int, r),
            ("os", "O_APPEND") => ex(K::Int(0o2000), Ty::Int, r),
            ("sys", "argv") => {
                self.err(unsupported(
                    "`sys.argv` outside the `__main__` block",
                    r,
                    "`main(argv)` receives the arguments; pass them on",
                ));
                self.bad(r)
            }
            (m, x) => {
                self.err(unsupported(&format!("`{m}.{x}`"), r, "supported: sys.exit, sys.stdout.write, sys.stderr.write, sys.maxsize, os.open/read/write/close/stat/remove/unlink/rename/replace/getpid/getcwd/listdir/isatty/mkdir/rmdir, os.environ.get, os.O_* flags, time.time, time.perf_counter, time.sleep"));
                self.bad(r)
            }
        }
    }

    /// `os.environ.get(name[, default])` / `os.getenv(name[, default])`:
    /// `str | None` without a default, else a `str`. Both arguments are
    /// evaluated before the lookup, as CPython does, so a default with
    /// effects runs whether or not the variable is set.
    fn env_get(&mut self, fx: &mut Fx, c: &'a ast::ExprCall, r: TextRange) -> t::Expr {
        if c.arguments.args.len() != 2 {
            let Some(xs) = self.args_typed(fx, c, &[Ty::Str]) else {
                return self.bad(r);
            };
            return prim(P::GetEnv, xs, Ty::opt(Ty::Str), r);
        }
        let Some(mut xs) = self.args_typed(fx, c, &[Ty::Str, Ty::Str]) else {
            return self.bad(r);
        };
        let Some(d) = xs.pop() else {
            return self.bad(r);
        };
        let hn = fx.hidden("envname", Ty::Str);
        let hd = fx.hidden("envdefault", Ty::Str);
        let h = fx.hidden("env", Ty::opt(Ty::Str));
        let local = ex(K::Local(h.clone()), Ty::opt(Ty::Str), r);
        let isnull = prim(P::IsNull, vec![local], Ty::Bool, r);
        let pick = ex(
            K::IfExp(
                Box::new(isnull),
                Box::new(ex(K::Local(hd.clone()), Ty::Str, r)),
                Box::new(ex(K::Local(h.clone()), Ty::Str, r)),
            ),
            Ty::Str,
            r,
        );
        let Some(n) = xs.pop() else {
            return self.bad(r);
        };
        let name = ex(K::Local(hn.clone()), Ty::Str, r);
        let stmts = vec![
            t::Stmt::Assign(vec![t::Target::Local(hn)], vec![n]),
            t::Stmt::Assign(vec![t::Target::Local(hd)], vec![d]),
            t::Stmt::Assign(
                vec![t::Target::Local(h)],
                vec![prim(P::GetEnv, vec![name], Ty::opt(Ty::Str), r)],
            ),
        ];
        ex(K::Block(stmts, Box::new(pick)), Ty::Str, r)
    }

    fn args_typed(
        &mut self,
        fx: &mut Fx,
        c: &'a ast::ExprCall,
        exp: &[Ty],
    ) -> Option<Vec<t::Expr>> {
        if !c.arguments.keywords.is_empty() {
            self.err(unsupported(
                "keyword argument",
                c.arguments.keywords[0].range,
                "pass arguments by position",
            ));
            return None;
        }
        if c.arguments.args.len() != exp.len() {
            self.err(Diagnostic::new(
                format!(
                    "expected {} argument{}, {} given",
                    exp.len(),
                    if exp.len() == 1 { "" } else { "s" },
                    c.arguments.args.len()
                ),
                c.arguments.range,
                "wrong number of arguments",
                "check the function's signature",
            ));
            return None;
        }
        let mut out = Vec::new();
        for (a, t) in c.arguments.args.iter().zip(exp) {
            let x = self.expr(fx, a, Some(t));
            // Module functions (`math.sqrt(2)`) convert ints as CPython's do.
            let x = if *t == Ty::Float && matches!(x.ty, Ty::Int | Ty::Bool) {
                self.to_float(x)
            } else {
                self.coerce(x, t)
            };
            if !self.assignable(&x.ty, t) {
                self.err(mismatch(t, &x.ty, x.range, "argument type"));
                return None;
            }
            out.push(x);
        }
        Some(out)
    }

    fn builtin_module_call(
        &mut self,
        fx: &mut Fx,
        md: &str,
        a: &'a ast::ExprAttribute,
        c: &'a ast::ExprCall,
    ) -> t::Expr {
        let r = c.range();
        let f = a.attr.as_str();
        let call = |cx: &mut Self, fx: &mut Fx, p: P, tys: &[Ty], ret: Ty| -> t::Expr {
            match cx.args_typed(fx, c, tys) {
                Some(xs) => prim(p, xs, ret, r),
                None => cx.bad(r),
            }
        };
        match (md, f) {
            ("sys", "exit") => {
                // sys.exit(x) raises SystemExit(x).
                if !c.arguments.keywords.is_empty() || c.arguments.args.len() > 1 {
                    self.err(Diagnostic::new(
                        "`sys.exit` takes at most 1 argument",
                        c.arguments.range,
                        "too many arguments",
                        "call `sys.exit()`, `sys.exit(status)` or `sys.exit(\"message\")`",
                    ));
                    return self.bad(r);
                }
                // Unlike SystemExit(None), sys.exit(None) has no arguments
                // (str(e) is "").
                let mut stmts = Vec::new();
                let mut sets = Vec::new();
                match c.arguments.args.first() {
                    Some(a) => {
                        let x = self.expr(fx, a, Some(&Ty::Int));
                        let Some((code, msg)) = self.exit_code_arg(fx, x, true, &mut stmts) else {
                            return self.bad(r);
                        };
                        sets.push(("SystemExit".to_string(), "code".to_string(), code));
                        if let Some(msg) = msg {
                            sets.push((ir::EXCEPTION_ROOT.to_string(), "message".to_string(), msg));
                        }
                    }
                    None => sets.push((
                        "SystemExit".to_string(),
                        "code".to_string(),
                        ex(K::Int(EXIT_NONE), Ty::Int, r),
                    )),
                }
                let e = ex(
                    K::New {
                        class: "SystemExit".into(),
                        init: None,
                        args: vec![],
                        sets,
                    },
                    Ty::Class("SystemExit".into()),
                    r,
                );
                // A raising expression: evaluate to None after raising.
                let h = fx.hidden("exit", Ty::Class("SystemExit".into()));
                stmts.extend([
                    t::Stmt::Assign(vec![t::Target::Local(h.clone())], vec![e]),
                    t::Stmt::Raise(Some(ex(K::Local(h), Ty::Class("SystemExit".into()), r))),
                ]);
                ex(
                    K::Block(stmts, Box::new(ex(K::Nothing, Ty::None, r))),
                    Ty::None,
                    r,
                )
            }
            ("os", "open") => {
                let n = c.arguments.args.len();
                let tys: &[Ty] = if n == 2 {
                    &[Ty::Str, Ty::Int]
                } else {
                    &[Ty::Str, Ty::Int, Ty::Int]
                };
                let Some(mut xs) = self.args_typed(fx, c, tys) else {
                    return self.bad(r);
                };
                if xs.len() == 2 {
                    xs.push(ex(K::Int(0o777), Ty::Int, r));
                }
                self.lib_call_or_prim(fx, "fe_os_open", P::OsOpen, xs, Ty::Int, r)
            }
            ("os", "read") => match self.args_typed(fx, c, &[Ty::Int, Ty::Int]) {
                Some(xs) => self.fd_call(fx, P::OsRead, xs, Ty::Bytes, r),
                None => self.bad(r),
            },
            ("os", "write") => match self.args_typed(fx, c, &[Ty::Int, Ty::Bytes]) {
                Some(xs) => self.fd_call(fx, P::OsWrite, xs, Ty::Int, r),
                None => self.bad(r),
            },
            ("os", "close") => match self.args_typed(fx, c, &[Ty::Int]) {
                Some(xs) => self.fd_call(fx, P::OsClose, xs, Ty::None, r),
                None => self.bad(r),
            },
            ("os", "stat") => {
                let Some(xs) = self.args_typed(fx, c, &[Ty::Str]) else {
                    return self.bad(r);
                };
                self.lib_call_or_prim(fx, "fe_os_stat", P::OsStat, xs, Ty::list(Ty::Int), r)
            }
            ("os", "getenv") => self.env_get(fx, c, r),
            ("os", "remove" | "unlink") => match self.args_typed(fx, c, &[Ty::Str]) {
                Some(xs) => self.lib_call_or_prim(fx, "fe_os_unlink", P::OsUnlink, xs, Ty::None, r),
                None => self.bad(r),
            },
            ("os", "getcwd") => call(self, fx, P::OsGetcwd, &[], Ty::Str),
            ("os", "listdir") => {
                let Some(mut xs) = self.args_typed(fx, c, &[Ty::Str]) else {
                    return self.bad(r);
                };
                if xs.is_empty() {
                    xs.push(ex(K::Str(".".into()), Ty::Str, r));
                }
                self.lib_call_or_prim(fx, "fe_os_listdir", P::OsListdir, xs, Ty::list(Ty::Str), r)
            }
            ("os", "isatty") => match self.args_typed(fx, c, &[Ty::Int]) {
                Some(xs) => self.fd_call(fx, P::OsIsatty, xs, Ty::Bool, r),
                None => self.bad(r),
            },
            ("os", "mkdir") => {
                let n = c.arguments.args.len();
                let tys: &[Ty] = if n == 1 {
                    &[Ty::Str]
                } else {
                    &[Ty::Str, Ty::Int]
                };
                let Some(mut xs) = self.args_typed(fx, c, tys) else {
                    return self.bad(r);
                };
                if xs.len() == 1 {
                    xs.push(ex(K::Int(0o777), Ty::Int, r));
                }
                self.lib_call_or_prim(fx, "fe_os_mkdir", P::OsMkdir, xs, Ty::None, r)
            }
            ("os", "rmdir") => match self.args_typed(fx, c, &[Ty::Str]) {
                Some(xs) => self.lib_call_or_prim(fx, "fe_os_rmdir", P::OsRmdir, xs, Ty::None, r),
                None => self.bad(r),
            },
            ("os", "rename" | "replace") => match self.args_typed(fx, c, &[Ty::Str, Ty::Str]) {
                Some(xs) => self.lib_call_or_prim(fx, "fe_os_rename", P::OsRename, xs, Ty::None, r),
                None => self.bad(r),
            },
            ("os", "getpid") => call(self, fx, P::OsGetpid, &[], Ty::Int),
            ("time", "sleep") => {
                // Whole seconds (an int, or a bool as CPython's int) or a
                // float, checked and rounded as CPython does.
                if !c.arguments.keywords.is_empty() || c.arguments.args.len() != 1 {
                    self.err(Diagnostic::new(
                        "`time.sleep` takes exactly 1 argument",
                        c.arguments.range,
                        "wrong arguments",
                        "call `time.sleep(seconds)`",
                    ));
                    return self.bad(r);
                }
                let x = self.expr(fx, &c.arguments.args[0], Some(&Ty::Float));
                let (name, x) = match x.ty {
                    Ty::Float => ("fe_sleep_float", x),
                    Ty::Int => ("fe_sleep_int", x),
                    Ty::Bool => ("fe_sleep_int", self.bool_to_int(x)),
                    Ty::Unknown => return self.bad(r),
                    _ => {
                        self.err(mismatch(
                            &Ty::Float,
                            &x.ty,
                            x.range,
                            "`time.sleep` takes a number of seconds",
                        ));
                        return self.bad(r);
                    }
                };
                self.lib_call(fx, name, vec![x], r)
                    .unwrap_or_else(|| self.bad(r))
            }
            ("time", "time") => call(self, fx, P::TimeNow, &[], Ty::Float),
            ("time", "perf_counter") => call(self, fx, P::PerfCounter, &[], Ty::Float),
            ("math", _) => self.math_call(fx, a, c),
            _ => {
                self.err(unsupported(&format!("`{md}.{f}`"), c.func.range(), "supported: sys.exit, sys.stdout.write, sys.stderr.write, os.open/read/write/close/stat/remove/unlink/rename/replace/getpid/getcwd/listdir/isatty/mkdir/rmdir, os.environ.get, time.time, time.perf_counter, time.sleep"));
                self.bad(r)
            }
        }
    }

    /// `math.NAME(...)`: the prelude's `math_NAME` (prelude/mathlib.py),
    /// int arguments converted to float as CPython does; `floor`, `ceil`
    /// and `trunc` give an int argument back unchanged; `log(x, base)` is
    /// `math_log_base`; `isclose` takes `rel_tol=` and `abs_tol=`.
    fn math_call(
        &mut self,
        fx: &mut Fx,
        a: &'a ast::ExprAttribute,
        c: &'a ast::ExprCall,
    ) -> t::Expr {
        let r = c.range();
        let f = a.attr.as_str();
        let Some(arity) = math_arity(f) else {
            self.err(unknown_math(f, a.attr.range));
            return self.bad(r);
        };
        if f != "isclose"
            && let Some(k) = c.arguments.keywords.first()
        {
            self.err(unsupported(
                "keyword argument",
                k.range,
                &format!("`math.{f}` takes its arguments by position"),
            ));
            return self.bad(r);
        }
        let given = c.arguments.args.len();
        let ok = given == arity || (f == "log" && given == 2);
        if f != "isclose" && !ok {
            let params = match (f, arity) {
                ("log", _) => "x[, base]",
                ("atan2", _) => "y, x",
                (_, 1) => "x",
                _ => "x, y",
            };
            let count = match (f, arity) {
                ("log", _) => "1 or 2 arguments",
                (_, 1) => "1 argument",
                _ => "2 arguments",
            };
            self.err(Diagnostic::new(
                format!(
                    "`math.{f}` takes {count} but {given} {} given",
                    if given == 1 { "was" } else { "were" }
                ),
                c.arguments.range,
                format!("expected {count}"),
                format!("the signature is `math.{f}({params})`"),
            ));
            return self.bad(r);
        }
        match f {
            "isclose" => return self.math_isclose(fx, c),
            "floor" | "ceil" | "trunc" => {
                let Some(xs) = self.args_typed(fx, c, &[Ty::Unknown]) else {
                    return self.bad(r);
                };
                let Some(x) = xs.into_iter().next() else {
                    return self.bad(r);
                };
                return match x.ty {
                    Ty::Int => x,
                    Ty::Bool => self.bool_to_int(x),
                    Ty::Float => self
                        .lib_call(fx, &format!("math_{f}"), vec![x], r)
                        .unwrap_or_else(|| self.bad(r)),
                    Ty::Unknown => self.bad(r),
                    _ => {
                        self.err(mismatch(
                            &Ty::Float,
                            &x.ty,
                            x.range,
                            &format!("`math.{f}` takes an int or a float"),
                        ));
                        self.bad(r)
                    }
                };
            }
            _ => {}
        }
        let (name, arity) = if f == "log" && c.arguments.args.len() == 2 {
            ("math_log_base".to_string(), 2)
        } else {
            (format!("math_{f}"), arity)
        };
        let Some(xs) = self.args_typed(fx, c, &vec![Ty::Float; arity]) else {
            return self.bad(r);
        };
        self.lib_call(fx, &name, xs, r)
            .unwrap_or_else(|| self.bad(r))
    }

    /// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
    fn math_isclose(&mut self, fx: &mut Fx, c: &'a ast::ExprCall) -> t::Expr {
        let r = c.range();
        let Some((pos, kw)) = self.split_args(c) else {
            return self.bad(r);
        };
        if pos.len() > 2 {
            self.err(Diagnostic::new(
                format!(
                    "`math.isclose` takes 2 positional arguments but {} were given",
                    pos.len()
                ),
                c.arguments.range,
                "too many positional arguments",
                "pass the tolerances by keyword: `rel_tol=...`, `abs_tol=...`",
            ));
            return self.bad(r);
        }
        let Some((_, mut sig)) = self.lib_func("math_isclose", &[], r) else {
            return self.bad(r);
        };
        sig.display = "math.isclose".into();
        self.call_sig(fx, &sig, pos, kw, c.arguments.range, r)
    }

    /// An `os` call on a descriptor: CPython converts it to a C `int`
    /// first (OverflowError out of range, see support.py `fe_c_int`;
    /// `os.open`'s and `os.mkdir`'s flags and modes are checked by their
    /// support functions).
    fn fd_call(
        &mut self,
        fx: &mut Fx,
        p: P,
        mut xs: Vec<t::Expr>,
        ret: Ty,
        r: TextRange,
    ) -> t::Expr {
        if xs.is_empty() || !self.lib.contains_key("fe_c_int") {
            return prim(p, xs, ret, r);
        }
        let fd = xs.remove(0);
        let Some(fd) = self.lib_call(fx, "fe_c_int", vec![fd], r) else {
            return self.bad(r);
        };
        xs.insert(0, fd);
        prim(p, xs, ret, r)
    }

    /// An `os` call taking a path: the support function `name` (which
    /// calls `p` and quotes the path of an OSError's message with
    /// CPython's repr, see support.py), or the bare primitive when the
    /// library is not loaded.
    fn lib_call_or_prim(
        &mut self,
        fx: &mut Fx,
        name: &str,
        p: P,
        xs: Vec<t::Expr>,
        ret: Ty,
        r: TextRange,
    ) -> t::Expr {
        if self.lib.contains_key(name) {
            return self
                .lib_call(fx, name, xs, r)
                .unwrap_or_else(|| self.bad(r));
        }
        prim(p, xs, ret, r)
    }

    fn builtin_module_call2(
        &mut self,
        fx: &mut Fx,
        md: &str,
        obj: &str,
        a: &'a ast::ExprAttribute,
        c: &'a ast::ExprCall,
    ) -> t::Expr {
        let r = c.range();
        match (md, obj, a.attr.as_str()) {
            ("sys", "stdout", "write") | ("sys", "stderr", "write") => {
                let Some(xs) = self.args_typed(fx, c, &[Ty::Str]) else {
                    return self.bad(r);
                };
                // write() returns the number of characters written.
                let h = fx.hidden("w", Ty::Str);
                let s = ex(K::Local(h.clone()), Ty::Str, r);
                let mut stmts = vec![t::Stmt::Assign(vec![t::Target::Local(h)], xs)];
                if obj == "stdout" {
                    stmts.extend(self.stdout_write(fx, s.clone(), false, false));
                } else {
                    stmts.push(t::Stmt::Expr(prim(
                        P::WriteErr,
                        vec![s.clone()],
                        Ty::None,
                        r,
                    )));
                }
                ex(
                    K::Block(stmts, Box::new(ex(K::StrLen(Box::new(s)), Ty::Int, r))),
                    Ty::Int,
                    r,
                )
            }
            ("sys", "stdout", "flush") => {
                if !c.arguments.args.is_empty() {
                    self.err(Diagnostic::new(
                        "`flush` takes no arguments",
                        c.arguments.range,
                        "unexpected",
                        "write `sys.stdout.flush()`",
                    ));
                    return self.bad(r);
                }
                prim(P::FlushOut, vec![], Ty::None, r)
            }
            ("sys", "stderr", "flush") => ex(K::Nothing, Ty::None, r),
            ("os", "environ", "get") => self.env_get(fx, c, r),
            ("sys", "stdin", "readline") => {
                let Some(xs) = self.args_typed(fx, c, &[]) else {
                    return self.bad(r);
                };
                self.lib_call(fx, "sys_stdin_readline", xs, r)
                    .unwrap_or_else(|| self.bad(r))
            }
            (m, o, x) => {
                self.err(unsupported(&format!("`{m}.{o}.{x}`"), c.func.range(), "supported: sys.stdout.write, sys.stderr.write, sys.stdout.flush, sys.stdin.readline, os.environ.get"));
                self.bad(r)
            }
        }
    }

    /// `fmt.format(args)` (the prelude's `str_format` / `str_format_kw`).
    fn str_format(
        &mut self,
        fx: &mut Fx,
        recv: t::Expr,
        pos: Vec<Arg<'a>>,
        kw: Vec<(String, TextRange, Arg<'a>)>,
        r: TextRange,
    ) -> t::Expr {
        if let K::Str(f) = &recv.kind
            && let Some(field) = indexed_format_field(f)
        {
            self.err(Diagnostic::new(
                format!("`str.format` field `{{{field}}}` takes an item or attribute of its argument"),
                recv.range,
                "not supported: the arguments are formatted as values",
                "pass the item or attribute itself: `\"{}\".format(xs[1])`, or use an f-string: `f\"{xs[1]}\"`",
            ));
            return self.bad(r);
        }
        let mut args: Vec<t::Expr> = Vec::new();
        for a in pos {
            args.push(self.arg(fx, a, None));
        }
        let mut names = Vec::new();
        let mut kws: Vec<t::Expr> = Vec::new();
        for (k, _, a) in kw {
            names.push(sconst(&k, r));
            kws.push(self.arg(fx, a, None));
        }
        if args.iter().chain(kws.iter()).any(|x| x.ty.is_unknown()) {
            return self.bad(r);
        }
        // Every argument is evaluated before the first is formatted
        // (`"{} {}".format(xs, xs.pop())`); the receiver before them.
        let nargs = args.len();
        let mut all: Vec<t::Expr> = std::iter::once(recv).chain(args).chain(kws).collect();
        let mut pre = eval_all_first(fx, &mut all[1..], true);
        if !pre.is_empty() && !inert(&all[0]) {
            // The receiver comes first: keep its value in a local too.
            let mut first = Vec::new();
            hoist(fx, &mut all[0], &mut first);
            first.append(&mut pre);
            pre = first;
        }
        let mut all = all.into_iter();
        let Some(recv) = all.next() else {
            return self.bad(r);
        };
        let args: Vec<t::Expr> = all.by_ref().take(nargs).collect();
        let kws: Vec<t::Expr> = all.collect();
        let recv = if pre.is_empty() {
            recv
        } else {
            let (ty, rr) = (recv.ty.clone(), recv.range);
            ex(K::Block(pre, Box::new(recv)), ty, rr)
        };
        let Some(al) = self.fmt_args(fx, args, r) else {
            return self.bad(r);
        };
        if names.is_empty() {
            return self
                .lib_call(fx, "str_format", vec![recv, al], r)
                .unwrap_or_else(|| self.bad(r));
        }
        let Some(kl) = self.fmt_args(fx, kws, r) else {
            return self.bad(r);
        };
        let nl = ex(K::ListNew(Ty::Str, names), Ty::list(Ty::Str), r);
        self.lib_call(fx, "str_format_kw", vec![recv, al, nl, kl], r)
            .unwrap_or_else(|| self.bad(r))
    }

    /// Any iterable as a new list.
    #[allow(clippy::wrong_self_convention)]
    pub(crate) fn to_list(&mut self, fx: &mut Fx, x: t::Expr) -> Option<t::Expr> {
        let r = x.range;
        match x.ty.clone() {
            Ty::List(e) | Ty::TupleVar(e) => {
                self.lib_call(fx, "list_copy", vec![ex(x.kind, Ty::List(e), r)], r)
            }
            Ty::Str => self.lib_call(fx, "str_chars", vec![x], r),
            Ty::Bytes => self.lib_call(fx, "bytes_list", vec![x], r),
            Ty::Dict(..) => self.method_on(fx, x, "keys", vec![], r),
            Ty::Set(_) => self.method_on(fx, x, "to_list", vec![], r),
            Ty::Tuple(_) => self.tuple_to_list(fx, x),
            Ty::Unknown => None,
            other => {
                self.err(Diagnostic::new(
                    format!("cannot iterate over a `{other}`"),
                    r,
                    format!("this is `{other}`"),
                    "use a list, tuple, str, bytes, dict or set",
                ));
                None
            }
        }
    }

    // ----- callables (priority: closures) -------------------------------

    pub(crate) fn func_value(&mut self, fx: &mut Fx, irn: &str, r: TextRange) -> Option<t::Expr> {
        crate::check_closure::func_value(self, fx, irn, r)
    }

    pub(crate) fn bound_method(
        &mut self,
        fx: &mut Fx,
        obj: t::Expr,
        class: &str,
        m: &str,
        r: TextRange,
    ) -> Option<t::Expr> {
        crate::check_closure::bound_method(self, fx, obj, class, m, r)
    }

    pub(crate) fn lambda(
        &mut self,
        fx: &mut Fx,
        l: &'a ast::ExprLambda,
        expected: Option<&Ty>,
    ) -> t::Expr {
        crate::check_closure::lambda(self, fx, l, expected)
    }

    pub(crate) fn closure_of_def(
        &mut self,
        fx: &mut Fx,
        f: &'a ast::StmtFunctionDef,
    ) -> Option<t::Expr> {
        crate::check_closure::closure_of_def(self, fx, f)
    }

    #[allow(dead_code)]
    fn _unused(&self) -> Option<()> {
        let _ = prim;
        let _ = concat;
        None
    }
}

/// The functions of the `math` module and their number of float
/// arguments (`log` also takes a base; `isclose` also takes keywords).
const MATH_FUNCTIONS: &[(&str, usize)] = &[
    ("sqrt", 1),
    ("exp", 1),
    ("expm1", 1),
    ("log", 1),
    ("log2", 1),
    ("log10", 1),
    ("log1p", 1),
    ("sin", 1),
    ("cos", 1),
    ("tan", 1),
    ("asin", 1),
    ("acos", 1),
    ("atan", 1),
    ("atan2", 2),
    ("sinh", 1),
    ("cosh", 1),
    ("tanh", 1),
    ("asinh", 1),
    ("acosh", 1),
    ("atanh", 1),
    ("hypot", 2),
    ("pow", 2),
    ("fmod", 2),
    ("copysign", 2),
    ("fabs", 1),
    ("degrees", 1),
    ("radians", 1),
    ("floor", 1),
    ("ceil", 1),
    ("trunc", 1),
    ("isfinite", 1),
    ("isnan", 1),
    ("isinf", 1),
    ("isclose", 2),
];

fn math_arity(f: &str) -> Option<usize> {
    MATH_FUNCTIONS
        .iter()
        .find(|(n, _)| *n == f)
        .map(|(_, k)| *k)
}

/// `math.NAME` that the translator's `math` module does not have.
fn unknown_math(f: &str, r: TextRange) -> Diagnostic {
    let names: Vec<&str> = MATH_FUNCTIONS.iter().map(|(n, _)| *n).collect();
    Diagnostic::new(
        format!("unknown function `math.{f}`"),
        r,
        "not in the translator's `math` module",
        format!(
            "supported: {} and the constants pi, e, tau, inf, nan",
            names.join(", ")
        ),
    )
}

/// The name of the CPython type behind a builtin value type, whose
/// methods `cpython_method_keywords` knows.
fn builtin_type_name(ty: &Ty) -> Option<&'static str> {
    Some(match ty {
        Ty::Str => "str",
        Ty::Bytes => "bytes",
        Ty::List(_) => "list",
        Ty::TupleVar(_) => "tuple",
        Ty::Dict(..) => "dict",
        Ty::Set(_) => "set",
        Ty::Int => "int",
        Ty::Float => "float",
        _ => return None,
    })
}

/// The keyword arguments CPython 3.11's method `m` of the builtin type
/// `tname` accepts (empty: positional only), or None when the type has no
/// such method. `str.format` and `dict.update` take any keyword.
fn cpython_method_keywords(tname: &str, m: &str) -> Option<&'static [&'static str]> {
    const SPLIT: &[&str] = &["sep", "maxsplit"];
    const CODEC: &[&str] = &["encoding", "errors"];
    const NONE: &[&str] = &[];
    let methods: &[&str] = match (tname, m) {
        ("str" | "bytes", "split" | "rsplit") => return Some(SPLIT),
        ("str" | "bytes", "splitlines") => return Some(&["keepends"]),
        ("str" | "bytes", "expandtabs") => return Some(&["tabsize"]),
        ("str", "encode") | ("bytes", "decode") => return Some(CODEC),
        ("str", "format") => return None,
        ("bytes", "hex") => return Some(&["sep", "bytes_per_sep"]),
        ("bytes", "translate") => return Some(&["delete"]),
        ("list", "sort") => return Some(&["key", "reverse"]),
        ("int", "to_bytes") => return Some(&["length", "byteorder", "signed"]),
        ("int", "from_bytes") => return Some(&["bytes", "byteorder", "signed"]),
        ("str", _) => &[
            "capitalize",
            "casefold",
            "center",
            "count",
            "endswith",
            "find",
            "format_map",
            "index",
            "isalnum",
            "isalpha",
            "isascii",
            "isdecimal",
            "isdigit",
            "isidentifier",
            "islower",
            "isnumeric",
            "isprintable",
            "isspace",
            "istitle",
            "isupper",
            "join",
            "ljust",
            "lower",
            "lstrip",
            "maketrans",
            "partition",
            "removeprefix",
            "removesuffix",
            "replace",
            "rfind",
            "rindex",
            "rjust",
            "rpartition",
            "rstrip",
            "startswith",
            "strip",
            "swapcase",
            "title",
            "translate",
            "upper",
            "zfill",
        ],
        ("bytes", _) => &[
            "capitalize",
            "center",
            "count",
            "endswith",
            "find",
            "fromhex",
            "index",
            "isalnum",
            "isalpha",
            "isascii",
            "isdigit",
            "islower",
            "isspace",
            "istitle",
            "isupper",
            "join",
            "ljust",
            "lower",
            "lstrip",
            "maketrans",
            "partition",
            "removeprefix",
            "removesuffix",
            "replace",
            "rfind",
            "rindex",
            "rjust",
            "rpartition",
            "rstrip",
            "startswith",
            "strip",
            "swapcase",
            "title",
            "upper",
            "zfill",
        ],
        ("list", _) => &[
            "append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove",
            "reverse",
        ],
        ("tuple", _) => &["count", "index"],
        ("dict", _) => &[
            "clear",
            "copy",
            "fromkeys",
            "get",
            "items",
            "keys",
            "pop",
            "popitem",
            "setdefault",
            "update",
            "values",
        ],
        ("set", _) => &[
            "add",
            "clear",
            "copy",
            "difference",
            "difference_update",
            "discard",
            "intersection",
            "intersection_update",
            "isdisjoint",
            "issubset",
            "issuperset",
            "pop",
            "remove",
            "symmetric_difference",
            "symmetric_difference_update",
            "union",
            "update",
        ],
        ("int", _) => &["as_integer_ratio", "bit_count", "bit_length", "conjugate"],
        ("float", _) => &[
            "as_integer_ratio",
            "conjugate",
            "fromhex",
            "hex",
            "is_integer",
        ],
        _ => return None,
    };
    methods.contains(&m).then_some(NONE)
}
