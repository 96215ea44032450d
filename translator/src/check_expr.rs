//! Expression checking (part of stage 2): literals, names, operators,
//! comparisons, attributes, subscripts, displays and comprehensions, and
//! the per-type operations (`str()`, `repr()`, `hash()`, `==`, `<`) that
//! generic prelude code resolves statically.

use crate::check::{
    Const, Ctx, Fx, Item, expr_kind, mismatch, neg_literal, operand_error, too_large, unknown_attr,
    unsupported,
};
use crate::check_call::eval_all_first;
use crate::check_narrow::CondNarrows;
use crate::check_stmt::{int_binop, op_name};
use crate::diag::Diagnostic;
use crate::typed::{self as t, CmpKind, ExprKind as K};
use crate::types::Ty;
use ir::Prim as P;
use ruff_python_ast::{self as ast, Expr as E};
use ruff_text_size::{Ranged, TextRange, TextSize};
use std::collections::HashMap;

/// The pseudo narrowing path recording that the local `iname` holds a
/// non-negative int (killed with the local's other narrowings).
pub(crate) fn non_negative_key(iname: &str) -> String {
    format!("{iname}#nonneg")
}

pub(crate) fn ex(kind: K, ty: Ty, r: TextRange) -> t::Expr {
    t::Expr::new(kind, ty, r)
}

pub(crate) fn sconst(s: &str, r: TextRange) -> t::Expr {
    ex(K::Str(s.to_string()), Ty::Str, r)
}

pub(crate) fn concat(a: t::Expr, b: t::Expr) -> t::Expr {
    let r = a.range;
    ex(K::StrConcat(Box::new(a), Box::new(b)), Ty::Str, r)
}

pub(crate) fn prim(p: P, args: Vec<t::Expr>, ty: Ty, r: TextRange) -> t::Expr {
    ex(K::Prim(p, args), ty, r)
}

impl<'a> Ctx<'a> {
    pub(crate) fn bad(&self, r: TextRange) -> t::Expr {
        ex(K::Bool(false), Ty::Unknown, r)
    }

    /// Adapt a value to an expected type: `None` to a null of an optional
    /// type, an int to a float.
    pub(crate) fn coerce(&mut self, x: t::Expr, to: &Ty) -> t::Expr {
        match (&x.ty, to) {
            (Ty::None, Ty::Optional(_)) if matches!(x.kind, K::Null) => {
                ex(K::Null, to.clone(), x.range)
            }
            (Ty::Int, Ty::Float) => {
                self.int_in_float_place(&x);
                self.int_to_float(x)
            }
            (Ty::Int | Ty::Float | Ty::Bool, Ty::Optional(inner)) if !inner.is_ref() => {
                let x = match (&x.ty, &**inner) {
                    (Ty::Int, Ty::Float) => self.coerce(x, &Ty::Float),
                    (_, Ty::Float) => self.to_float(x),
                    _ => x,
                };
                if x.ty != **inner {
                    return x;
                }
                let r = x.range;
                let cls = to.mangle();
                self.ensure_class(to);
                self.use_ty(to);
                ex(
                    K::New {
                        class: cls.clone(),
                        init: None,
                        args: vec![],
                        sets: vec![(cls, "v".into(), x)],
                    },
                    to.clone(),
                    r,
                )
            }
            _ => x,
        }
    }

    /// The value of a non-null optional (unboxed for value types).
    pub(crate) fn unwrap_opt(&mut self, x: t::Expr, inner: Ty) -> t::Expr {
        let r = x.range;
        if x.ty.is_boxed_opt() {
            let cls = x.ty.mangle();
            return ex(
                K::GetField {
                    class: cls,
                    field: "v".into(),
                    obj: Box::new(x),
                },
                inner,
                r,
            );
        }
        ex(x.kind, inner, r)
    }

    pub(crate) fn bool_to_int(&mut self, x: t::Expr) -> t::Expr {
        let r = x.range;
        let one = ex(K::Int(1), Ty::Int, r);
        let zero = ex(K::Int(0), Ty::Int, r);
        let b = ex(x.kind, Ty::Bool, r);
        ex(
            K::IfExp(Box::new(b), Box::new(one), Box::new(zero)),
            Ty::Int,
            r,
        )
    }

    /// Whether an int expression is known not to be negative (the exponent
    /// of `int ** int`): literals, lengths, `abs`, `x % k` and `x & k` with
    /// a non-negative literal `k`, sums, products and quotients of such
    /// values (overflow raises, it never wraps), conditional expressions
    /// (and bools) whose arms are, and locals known to be non-negative
    /// from a test or a counting-up `range` loop.
    pub(crate) fn non_negative(&self, fx: &Fx, x: &t::Expr) -> bool {
        use ir::BinOp as B;
        let lit = |e: &t::Expr| matches!(e.kind, K::Int(v) if v >= 0);
        match &x.kind {
            K::Int(v) => *v >= 0,
            K::StrLen(_) | K::ListLen(_) | K::Prim(P::BytesLen, _) => true,
            K::Call(f, _) => {
                let lib_fn = |n: &str| matches!(self.lib.get(n), Some(Item::Func(g)) if g == f);
                lib_fn("builtin_abs_int")
            }
            // The prelude's dict and set classes (`$` cannot occur in a
            // user class name).
            K::CallVirtual(c, m, _) => {
                m == "__len__" && (c.starts_with("Dict$") || c.starts_with("Set$"))
            }
            K::Arith(B::Mod, _, k) => matches!(k.kind, K::Int(v) if v > 0),
            K::Arith(B::And, a, b) => {
                lit(a) || lit(b) || (self.non_negative(fx, a) && self.non_negative(fx, b))
            }
            K::Arith(B::Add | B::Mul | B::FloorDiv | B::Or, a, b) => {
                self.non_negative(fx, a) && self.non_negative(fx, b)
            }
            K::Arith(B::Shr, a, _) => self.non_negative(fx, a),
            K::Local(n) => {
                let key = non_negative_key(n);
                fx.narrow.iter().any(|n| n.path == key)
            }
            K::Block(_, e) => self.non_negative(fx, e),
            // Both arms (a bool used as an int is `1 if b else 0`).
            K::IfExp(_, a, b) => self.non_negative(fx, a) && self.non_negative(fx, b),
            _ => false,
        }
    }

    /// An int or bool operand of arithmetic with a float (CPython converts
    /// it too).
    #[allow(clippy::wrong_self_convention)]
    pub(crate) fn to_float(&mut self, x: t::Expr) -> t::Expr {
        match x.ty {
            Ty::Float => x,
            Ty::Bool => {
                let i = self.bool_to_int(x);
                self.int_to_float(i)
            }
            Ty::Int => self.int_to_float(x),
            _ => self.coerce(x, &Ty::Float),
        }
    }

    fn int_to_float(&mut self, x: t::Expr) -> t::Expr {
        let r = x.range;
        if let K::Int(v) = x.kind {
            return ex(K::Float((v as f64).to_bits()), Ty::Float, r);
        }
        prim(P::IntToFloat, vec![x], Ty::Float, r)
    }

    /// An int value stored where a float is expected (a float variable,
    /// parameter, field, return value or container item): CPython keeps
    /// the int (`x: float = 1; print(x)` prints `1`), a float would print
    /// `1.0`, so the program's own code must write a float. Library code
    /// converts on purpose.
    pub(crate) fn int_in_float_place(&mut self, x: &t::Expr) {
        if self.is_lib(self.cur_mod) {
            return;
        }
        let help = match &x.kind {
            K::Int(v) => format!("write the float `{v}.0` (CPython would keep the int `{v}`, which prints differently)"),
            _ => "convert it with `float(...)` (CPython would keep the int, which prints differently)".to_string(),
        };
        self.err(Diagnostic::new(
            "an `int` where a `float` is expected",
            x.range,
            "this is an `int`",
            help,
        ));
    }

    pub(crate) fn maybe_none(&self, e: &E, ty: &Ty) -> Diagnostic {
        let what = match e {
            E::Name(n) => format!("`{}`", n.id),
            E::Attribute(a) => format!("`.{}`", a.attr),
            _ => "this value".to_string(),
        };
        Diagnostic::new(
            format!("{what} may be None here"),
            e.range(),
            format!("this is `{ty}`"),
            "test it first: `if x is not None:` (or return early with `if x is None: return ...`)",
        )
    }

    /// The class a name denotes in the current module (or a builtin
    /// exception).
    pub(crate) fn class_named(&self, n: &str) -> Option<String> {
        match self.resolve(self.cur_mod, n) {
            Some(Item::Class(c)) => Some(c),
            Some(_) => None,
            None => self.class(n).filter(|k| k.builtin).map(|k| k.name.clone()),
        }
    }

    /// A new builtin exception with an optional message.
    pub(crate) fn new_builtin_exc(
        &mut self,
        class: &str,
        msg: Option<t::Expr>,
        r: TextRange,
    ) -> t::Expr {
        let sets = msg
            .map(|m| vec![(ir::EXCEPTION_ROOT.to_string(), "message".to_string(), m)])
            .unwrap_or_default();
        ex(
            K::New {
                class: class.into(),
                init: None,
                args: vec![],
                sets,
            },
            Ty::Class(class.into()),
            r,
        )
    }

    /// An expression used as a condition.
    pub(crate) fn cond(&mut self, fx: &mut Fx, e: &'a E) -> t::Expr {
        self.cond_narrows(fx, e).0
    }

    /// A condition and the narrowings it implies (when true, when false),
    /// stale if code that may change them runs after their test.
    pub(crate) fn cond_narrows(&mut self, fx: &mut Fx, e: &'a E) -> (t::Expr, CondNarrows) {
        let r = e.range();
        match e {
            E::BoolOp(b) => {
                let and = b.op == ast::BoolOp::And;
                // The narrowings of the operands hold for the next ones
                // (and the calls of those make them stale).
                let base = fx.narrow.len();
                let mut acc: Option<t::Expr> = None;
                for v in &b.values {
                    let (x, (tn, fnr)) = self.cond_narrows(fx, v);
                    fx.narrow.extend(if and { tn } else { fnr });
                    acc = Some(match acc {
                        None => x,
                        Some(a) => {
                            let kind = if and {
                                K::And(Box::new(a), Box::new(x))
                            } else {
                                K::Or(Box::new(a), Box::new(x))
                            };
                            ex(kind, Ty::Bool, r)
                        }
                    });
                }
                let own = fx.narrow.split_off(base.min(fx.narrow.len()));
                let Some(acc) = acc else {
                    return (ex(K::Bool(true), Ty::Unknown, r), (vec![], vec![]));
                };
                (acc, if and { (own, vec![]) } else { (vec![], own) })
            }
            E::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                let (x, (tn, fnr)) = self.cond_narrows(fx, &u.operand);
                (ex(K::Not(Box::new(x)), Ty::Bool, r), (fnr, tn))
            }
            _ => {
                let (tn, fnr) = self.narrows_of(fx, e);
                let (mut tn, mut fnr) = (fx.mk_narrows(tn), fx.mk_narrows(fnr));
                let since = fx.events.len();
                let x = self.test_read(fx, e, Some(&Ty::Bool));
                let x = self.truth(fx, x);
                self.note_expr(fx, &x);
                // A test that runs user code (`__bool__`) after reading
                // the path.
                fx.mark_since(&mut tn, since);
                fx.mark_since(&mut fnr, since);
                (x, (tn, fnr))
            }
        }
    }

    pub(crate) fn truth(&mut self, fx: &mut Fx, x: t::Expr) -> t::Expr {
        let r = x.range;
        match &x.ty {
            Ty::Bool | Ty::Unknown => x,
            Ty::Int | Ty::Str | Ty::List(_) => ex(K::Truth(Box::new(x)), Ty::Bool, r),
            Ty::Float => {
                let z = ex(K::Float(0f64.to_bits()), Ty::Float, r);
                prim(P::FNe, vec![x, z], Ty::Bool, r)
            }
            Ty::Bytes => {
                let n = prim(P::BytesLen, vec![x], Ty::Int, r);
                ex(K::Truth(Box::new(n)), Ty::Bool, r)
            }
            Ty::TupleVar(_) => {
                let n = ex(K::ListLen(Box::new(x)), Ty::Int, r);
                ex(K::Truth(Box::new(n)), Ty::Bool, r)
            }
            Ty::Tuple(ts) => ex(K::Bool(!ts.is_empty()), Ty::Bool, r),
            Ty::Dict(..) | Ty::Set(_) => {
                let Some(n) = self.method_on(fx, x, "__len__", vec![], r) else {
                    return self.bad(r);
                };
                ex(K::Truth(Box::new(n)), Ty::Bool, r)
            }
            Ty::Optional(inner) => {
                let inner = (**inner).clone();
                let nn = prim(P::IsNull, vec![x.clone()], Ty::Bool, r);
                let not_null = ex(K::Not(Box::new(nn)), Ty::Bool, r);
                if matches!(inner, Ty::Class(_) | Ty::Func(..)) {
                    return not_null;
                }
                let h = fx.hidden("t", x.ty.clone());
                let local = ex(K::Local(h.clone()), x.ty.clone(), r);
                let nn = prim(P::IsNull, vec![local.clone()], Ty::Bool, r);
                let not_null = ex(K::Not(Box::new(nn)), Ty::Bool, r);
                let inner_x = self.unwrap_opt(local, inner);
                let t2 = self.truth(fx, inner_x);
                let both = ex(K::And(Box::new(not_null), Box::new(t2)), Ty::Bool, r);
                ex(
                    K::Block(
                        vec![t::Stmt::Assign(vec![t::Target::Local(h)], vec![x])],
                        Box::new(both),
                    ),
                    Ty::Bool,
                    r,
                )
            }
            Ty::Class(c) => {
                let c = c.clone();
                if self.find_method(&c, "__bool__").is_some() {
                    return ex(K::CallVirtual(c, "__bool__".into(), vec![x]), Ty::Bool, r);
                }
                // CPython: `__bool__`, else `__len__`, else true, looked up
                // on the dynamic class.
                let id = |_: &mut Self, _: &mut Fx, e: t::Expr| Some(e);
                let len_truth = |cx: &mut Self, fx: &mut Fx, n: t::Expr| {
                    let n = cx.lib_call(fx, "fe_len_result", vec![n], r)?;
                    Some(ex(K::Truth(Box::new(n)), Ty::Bool, r))
                };
                let by_len = |cx: &mut Self, fx: &mut Fx, lx: t::Expr, _: Vec<t::Expr>| {
                    if cx.find_method(&c, "__len__").is_some() {
                        let n = cx.user_len(fx, lx, r)?;
                        return Some(ex(K::Truth(Box::new(n)), Ty::Bool, r));
                    }
                    let yes = |_: &mut Self, _: &mut Fx, _: t::Expr, _: Vec<t::Expr>| {
                        Some(ex(K::Bool(true), Ty::Bool, r))
                    };
                    cx.dispatch_down(fx, lx, &c, "__len__", vec![], Ty::Bool, &len_truth, &yes)
                };
                self.dispatch_down(fx, x, &c, "__bool__", vec![], Ty::Bool, &id, &by_len)
                    .unwrap_or_else(|| self.bad(r))
            }
            other => {
                self.err(Diagnostic::new(
                    format!("`{other}` cannot be used as a condition"),
                    r,
                    format!("this is `{other}`"),
                    "conditions are bools, numbers, strs, bytes, containers or optional values",
                ));
                ex(K::Bool(true), Ty::Unknown, r)
            }
        }
    }

    pub(crate) fn expr(&mut self, fx: &mut Fx, e: &'a E, expected: Option<&Ty>) -> t::Expr {
        let x = self.expr_inner(fx, e, expected);
        // The calls it makes (see `check_narrow.rs`).
        self.note_expr(fx, &x);
        x
    }

    fn expr_inner(&mut self, fx: &mut Fx, e: &'a E, expected: Option<&Ty>) -> t::Expr {
        let r = e.range();
        match e {
            E::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => match i.as_i64() {
                    Some(v) => ex(K::Int(v), Ty::Int, r),
                    None => {
                        self.err(too_large(r));
                        self.bad(r)
                    }
                },
                ast::Number::Float(f) => ex(K::Float(f.to_bits()), Ty::Float, r),
                ast::Number::Complex { .. } => {
                    self.err(unsupported(
                        "complex literal",
                        r,
                        "complex numbers are not supported",
                    ));
                    self.bad(r)
                }
            },
            E::StringLiteral(s) => self.str_literal(s, r),
            E::BytesLiteral(b) => ex(K::Bytes(b.value.bytes().collect()), Ty::Bytes, r),
            E::BooleanLiteral(b) => ex(K::Bool(b.value), Ty::Bool, r),
            E::NoneLiteral(_) => match expected {
                Some(t @ Ty::Optional(_)) => ex(K::Null, t.clone(), r),
                _ => ex(K::Null, Ty::None, r),
            },
            E::FString(f) => self.fstring(fx, f),
            E::Name(n) => self.name(fx, n, expected),
            E::List(l) => {
                // An optional list expected (`xs: list[int] | None`): the
                // display is the list.
                let elem_exp = match expected.map(Ty::strip_opt) {
                    Some(Ty::List(e)) if !e.is_unknown() => Some((**e).clone()),
                    _ => None,
                };
                let Some((elem, items)) = self.items_of(fx, &l.elts, elem_exp, r, "list") else {
                    return self.bad(r);
                };
                ex(K::ListNew(elem.clone(), items), Ty::list(elem), r)
            }
            E::Tuple(tu) => {
                let exp: Option<Vec<Ty>> = match expected {
                    Some(Ty::Tuple(ts)) if ts.len() == tu.elts.len() => Some(ts.clone()),
                    _ => None,
                };
                if let Some(Ty::TupleVar(el)) = expected {
                    let Some((elem, items)) =
                        self.items_of(fx, &tu.elts, Some((**el).clone()), r, "tuple")
                    else {
                        return self.bad(r);
                    };
                    return ex(
                        K::ListNew(elem.clone(), items),
                        Ty::TupleVar(Box::new(elem)),
                        r,
                    );
                }
                let mut items = Vec::new();
                for (i, x) in tu.elts.iter().enumerate() {
                    if let E::Starred(s) = x {
                        self.err(unsupported(
                            "starred expression",
                            s.range,
                            "build the tuple item by item",
                        ));
                        return self.bad(r);
                    }
                    let et = exp.as_ref().map(|v| v[i].clone());
                    let v = self.expr(fx, x, et.as_ref());
                    let v = match &et {
                        Some(t) => self.coerce(v, t),
                        None => v,
                    };
                    if v.ty.is_unknown() {
                        return self.bad(r);
                    }
                    if v.ty == Ty::None {
                        self.err(Diagnostic::new(
                            "cannot infer the type of `None` in a tuple",
                            v.range,
                            "no type",
                            "annotate the variable receiving the tuple, e.g. `t: tuple[int, str | None] = ...`",
                        ));
                        return self.bad(r);
                    }
                    let v = match &et {
                        Some(t) if self.assignable(&v.ty, t) => ex(v.kind, t.clone(), v.range),
                        _ => v,
                    };
                    items.push(v);
                }
                self.make_tuple(items, r)
            }
            E::Dict(d) => self.dict_display(fx, d, expected.map(Ty::strip_opt)),
            E::Set(s) => self.set_display(fx, s, expected.map(Ty::strip_opt), false),
            E::ListComp(c) => {
                self.comprehension(fx, Comp::List, &c.elt, None, &c.generators, expected, r)
            }
            E::SetComp(c) => {
                self.comprehension(fx, Comp::Set, &c.elt, None, &c.generators, expected, r)
            }
            E::DictComp(c) => match &c.key {
                Some(k) => self.comprehension(
                    fx,
                    Comp::Dict,
                    k,
                    Some(&c.value),
                    &c.generators,
                    expected,
                    r,
                ),
                None => {
                    self.err(unsupported(
                        "`**` in a dict comprehension",
                        r,
                        "write `{k: v for ...}`",
                    ));
                    self.bad(r)
                }
            },
            E::Generator(g) => {
                self.err(unsupported(
                    "generator expression",
                    r,
                    "a generator expression is accepted as the iterable of a `for` loop or comprehension and as the argument of any/all/sum/min/max/sorted/list/set/tuple/dict and str.join; elsewhere use a list comprehension `[...]`",
                ));
                let _ = g;
                self.bad(r)
            }
            E::BinOp(_) | E::UnaryOp(_) if let Some(v) = self.fold_int(fx, e) => {
                ex(K::Int(v), Ty::Int, r)
            }
            E::BinOp(b) => {
                use ast::Operator as O;
                let lexp = match (expected, b.op) {
                    (Some(t @ (Ty::List(_) | Ty::Float)), O::Add) => Some(t.clone()),
                    (Some(t @ Ty::Set(_)), O::BitOr | O::BitAnd | O::Sub | O::BitXor) => {
                        Some(t.clone())
                    }
                    _ => None,
                };
                let l = self.expr(fx, &b.left, lexp.as_ref());
                if b.op == O::Mod
                    && let K::Str(fmt) = &l.kind
                {
                    let fmt = fmt.clone();
                    return self.percent_literal(fx, l, &fmt, &b.right, r);
                }
                let rexp = match &l.ty {
                    Ty::List(_) | Ty::Set(_) if b.op != O::Mult => Some(l.ty.clone()),
                    _ => None,
                };
                let rr = self.expr(fx, &b.right, rexp.as_ref());
                match self.binary(fx, b.op, l, rr, r) {
                    Some(x) => x,
                    None => self.bad(r),
                }
            }
            E::UnaryOp(u) => self.unary(fx, u, expected),
            E::BoolOp(b) => self.boolop_value(fx, b, expected),
            E::Compare(c) => self.compare(fx, c),
            E::If(i) => {
                let (cond, (tn, fnr)) = self.cond_narrows(fx, &i.test);
                let saved = fx.narrow.clone();
                let since = fx.events.len();
                fx.narrow.extend(tn);
                let a = self.expr(fx, &i.body, expected);
                fx.narrow = saved.clone();
                fx.narrow.extend(fnr);
                let b = self.expr(fx, &i.orelse, expected.or(Some(&a.ty)));
                fx.restore_narrow(saved, since);
                let (a, b) = match (&a.ty, &b.ty) {
                    (Ty::Int, Ty::Float) => (self.coerce(a, &Ty::Float), b),
                    (Ty::Float, Ty::Int) => {
                        let b = self.coerce(b, &Ty::Float);
                        (a, b)
                    }
                    _ => (a, b),
                };
                let Some(mut ty) = self.join(&a.ty, &b.ty) else {
                    self.err(Diagnostic::new(
                        "branches of the conditional expression have different types",
                        r,
                        format!("`{}` and `{}`", a.ty, b.ty),
                        "both branches must have the same type",
                    ));
                    return self.bad(r);
                };
                if let Some(exp) = expected
                    && self.assignable(&ty, exp)
                    && matches!(exp, Ty::Optional(_))
                {
                    ty = exp.clone();
                }
                if ty == Ty::None {
                    self.err(unsupported(
                        "conditional expression without a value",
                        r,
                        "use an if statement",
                    ));
                    return self.bad(r);
                }
                let a = self.coerce(a, &ty);
                let b = self.coerce(b, &ty);
                ex(K::IfExp(Box::new(cond), Box::new(a), Box::new(b)), ty, r)
            }
            E::Call(c) => self.call(fx, c, expected),
            E::Attribute(a) => self.attribute(fx, a, expected),
            E::Subscript(s) => self.subscript(fx, s),
            E::Lambda(l) => self.lambda(fx, l, expected),
            E::Starred(s) => {
                self.err(unsupported(
                    "starred expression",
                    s.range,
                    "pass items one by one",
                ));
                self.bad(r)
            }
            other => {
                self.err(unsupported(
                    expr_kind(other),
                    r,
                    "supported expressions: literals, names, operators, comparisons, and/or/not, conditional expressions, calls, attributes, subscripts and slices, list/tuple/dict/set displays and comprehensions, lambdas, f-strings",
                ));
                self.bad(r)
            }
        }
    }

    /// Items of a list/tuple display with one element type.
    fn items_of(
        &mut self,
        fx: &mut Fx,
        elts: &'a [E],
        elem_exp: Option<Ty>,
        r: TextRange,
        what: &str,
    ) -> Option<(Ty, Vec<t::Expr>)> {
        let is_empty_display = |x: &E| match x {
            E::List(l) => l.elts.is_empty(),
            E::Dict(d) => d.items.is_empty(),
            _ => false,
        };
        let mut elem_exp = elem_exp;
        if elem_exp.is_none()
            && elts.iter().any(is_empty_display)
            && let Some(first) = elts.iter().find(|x| !is_empty_display(x))
        {
            // Type a non-empty item first: it gives the empty ones a type.
            let saved = self.diags.len();
            let probe = self.expr(fx, first, None);
            self.diags.truncate(saved);
            if !probe.ty.is_unknown() {
                elem_exp = Some(probe.ty);
            }
        }
        let mut items = Vec::new();
        for x in elts {
            if let E::Starred(s) = x {
                self.err(unsupported(
                    "starred expression",
                    s.range,
                    "build the list with `+` or `extend`",
                ));
                return None;
            }
            items.push(self.expr(fx, x, elem_exp.as_ref()));
        }
        let elem = match elem_exp {
            Some(t) => {
                for it in &mut items {
                    let x = std::mem::replace(it, ex(K::Nothing, Ty::Unknown, r));
                    *it = self.coerce(x, &t);
                    if !self.assignable(&it.ty, &t) {
                        self.err(mismatch(
                            &t,
                            &it.ty,
                            it.range,
                            &format!("the {what} holds `{t}` items"),
                        ));
                        return None;
                    }
                }
                t
            }
            None => {
                if items.is_empty() {
                    self.err(Diagnostic::new(
                        format!("cannot infer the type of an empty {what}"),
                        r,
                        "type of the items unknown",
                        format!(
                            "annotate the variable, e.g. `xs: {what}[int] = {}`",
                            if what == "list" { "[]" } else { "()" }
                        ),
                    ));
                    return None;
                }
                let mut acc = items[0].ty.clone();
                for it in &items[1..] {
                    match self.join(&acc, &it.ty) {
                        Some(j) => acc = j,
                        None if matches!(
                            (&acc, &it.ty),
                            (Ty::Int, Ty::Float) | (Ty::Float, Ty::Int)
                        ) =>
                        {
                            acc = Ty::Float
                        }
                        None => {
                            self.err(Diagnostic::new(
                                format!("{what} items have different types"),
                                it.range,
                                format!("this is `{}`, the first item is `{}`", it.ty, items[0].ty),
                                format!("all items of a {what} have one type"),
                            ));
                            return None;
                        }
                    }
                }
                if acc == Ty::None || acc.is_unknown() {
                    if acc == Ty::None {
                        self.err(Diagnostic::new(
                            format!("{what} of `None`"),
                            r,
                            "items have no type",
                            "annotate the variable, e.g. `xs: list[Node | None] = [None]`",
                        ));
                    }
                    return None;
                }
                for it in &mut items {
                    let x = std::mem::replace(it, ex(K::Nothing, Ty::Unknown, r));
                    *it = self.coerce(x, &acc);
                }
                acc
            }
        };
        Some((elem, items))
    }

    /// A tuple value (a record of the tuple's class).
    pub(crate) fn make_tuple(&mut self, items: Vec<t::Expr>, r: TextRange) -> t::Expr {
        let ty = Ty::Tuple(items.iter().map(|x| x.ty.clone()).collect());
        self.ensure_class(&ty);
        self.use_ty(&ty);
        let cls = ty.mangle();
        let sets = items
            .into_iter()
            .enumerate()
            .map(|(i, x)| (cls.clone(), format!("f{i}"), x))
            .collect();
        ex(
            K::New {
                class: cls,
                init: None,
                args: vec![],
                sets,
            },
            ty,
            r,
        )
    }

    /// A homogeneous tuple's items as a new list.
    pub(crate) fn tuple_to_list(&mut self, _fx: &mut Fx, it: t::Expr) -> Option<t::Expr> {
        let r = it.range;
        let Ty::Tuple(ts) = it.ty.clone() else {
            return Some(it);
        };
        let elem = ts.first().cloned()?;
        let cls = it.ty.mangle();
        // The tuple is evaluated once: a Block with a hidden local.
        let h = format!("$tl{}", r.start().to_u32());
        let local = ex(K::Local(h.clone()), it.ty.clone(), r);
        let items = (0..ts.len())
            .map(|i| {
                ex(
                    K::GetField {
                        class: cls.clone(),
                        field: format!("f{i}"),
                        obj: Box::new(local.clone()),
                    },
                    elem.clone(),
                    r,
                )
            })
            .collect();
        let ty = it.ty.clone();
        _fx.locals.push((h.clone(), ty));
        Some(ex(
            K::Block(
                vec![t::Stmt::Assign(vec![t::Target::Local(h)], vec![it])],
                Box::new(ex(
                    K::ListNew(elem.clone(), items),
                    Ty::list(elem.clone()),
                    r,
                )),
            ),
            Ty::list(elem),
            r,
        ))
    }

    fn name(&mut self, fx: &mut Fx, n: &'a ast::ExprName, expected: Option<&Ty>) -> t::Expr {
        let r = n.range;
        let id = n.id.as_str();
        if let Some(local) = self.local_read(fx, id, r) {
            let iname = fx.iname(id);
            if let Some(nw) = fx.find_narrow(&iname).cloned() {
                let e = E::Name(n.clone());
                return self.narrowed_value(fx, &e, nw, local, expected);
            }
            return local;
        }
        if let Some((_, ty, cell)) = fx.captured.iter().find(|(x, _, _)| x == id).cloned() {
            if matches!(cell.ty, Ty::Class(ref c) if c.starts_with("cell$")) {
                return crate::check_closure::cell_read(self, cell, &ty, r);
            }
            // A nested def's reference to itself.
            return ex(cell.kind, ty, r);
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
        if let Some(v) = self.class_scope_read(fx, id, r) {
            return v;
        }
        match self.resolve(self.cur_mod, id) {
            Some(Item::Const(c)) => return c.expr(r),
            Some(Item::Global(gi)) => return self.eval_global(fx, gi, r),
            Some(Item::Func(f)) => {
                if let Some(v) = self.func_value(fx, &f, r) {
                    return v;
                }
                return self.bad(r);
            }
            Some(Item::Class(_) | Item::GenClass(_)) => {
                self.err(unsupported(
                    &format!("class `{id}` used as a value"),
                    r,
                    "classes can be called, used in isinstance() and as types",
                ));
                return self.bad(r);
            }
            Some(Item::GenFunc(_)) => {
                self.err(unsupported(
                    &format!("generic function `{id}` used as a value"),
                    r,
                    "call it",
                ));
                return self.bad(r);
            }
            Some(Item::Module(_) | Item::Builtin(_) | Item::Prims) => {
                self.err(unsupported(
                    &format!("module `{id}` used as a value"),
                    r,
                    "use its attributes: `module.name`",
                ));
                return self.bad(r);
            }
            _ => {}
        }
        let _ = expected;
        if crate::check::BUILTIN_FUNCS.contains(&id) || self.class(id).is_some_and(|k| k.builtin) {
            self.err(unsupported(
                &format!("builtin `{id}` used as a value"),
                r,
                "call builtin functions directly, or wrap them in a lambda",
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

    /// A read of a local (or cell) variable, without narrowing.
    pub(crate) fn local_read(&mut self, fx: &mut Fx, id: &str, r: TextRange) -> Option<t::Expr> {
        let ty = fx.local(id)?.clone();
        let iname = fx.iname(id);
        Some(if fx.cells.contains(&iname) {
            let ct = crate::check_closure::cell_ty(self, &ty);
            let cell = ex(K::Local(format!("{iname}$cell")), ct, r);
            let read = crate::check_closure::cell_read(self, cell, &ty, r);
            // The cell exists from function entry: the builder checks
            // that the variable itself is assigned.
            let check = t::Stmt::CellCheck(iname, Box::new(crate::build::maybe_unbound(id, r)));
            ex(K::Block(vec![check], Box::new(read)), ty, r)
        } else {
            ex(K::Local(iname), ty, r)
        })
    }

    /// Apply a narrowing to an expression of a path.
    pub(crate) fn apply_narrow(&mut self, x: t::Expr, nt: Ty) -> t::Expr {
        let r = x.range;
        if x.ty == nt {
            return x;
        }
        match (&x.ty, &nt) {
            (Ty::Optional(inner), _) if **inner == nt => self.unwrap_opt(x, nt),
            (Ty::Optional(_) | Ty::Class(_), Ty::Class(c)) => {
                let c = c.clone();
                ex(K::Cast(c, Box::new(x)), nt, r)
            }
            _ => x,
        }
    }

    /// An int expression of literals and constants (`-(1 << 63)`,
    /// `2**63 - 1`) folded with 128-bit intermediates, as at module
    /// level, when its value fits in 64 bits: CPython's big intermediates
    /// then give the same value.
    fn fold_int(&self, fx: &Fx, e: &E) -> Option<i64> {
        if matches!(e, E::UnaryOp(u) if u.op == ast::UnaryOp::Not) || !self.only_globals(fx, e) {
            return None;
        }
        i64::try_from(self.const_wide(e)?).ok()
    }

    /// Whether every name in an operator/attribute expression refers to
    /// the module (not to a variable of the function or of an enclosing
    /// one, which would shadow a constant of the same name).
    fn only_globals(&self, fx: &Fx, e: &E) -> bool {
        match e {
            E::NumberLiteral(_) | E::BooleanLiteral(_) => true,
            E::Name(n) => {
                let id = n.id.as_str();
                fx.local(id).is_none()
                    && !fx.assigned.contains(id)
                    && !fx.captured.iter().any(|(x, _, _)| x == id)
            }
            E::Attribute(a) => self.only_globals(fx, &a.value),
            E::UnaryOp(u) => self.only_globals(fx, &u.operand),
            E::BinOp(b) => self.only_globals(fx, &b.left) && self.only_globals(fx, &b.right),
            _ => false,
        }
    }

    fn unary(&mut self, fx: &mut Fx, u: &'a ast::ExprUnaryOp, expected: Option<&Ty>) -> t::Expr {
        let r = u.range;
        match u.op {
            ast::UnaryOp::Not => {
                let x = self.cond(fx, &u.operand);
                ex(K::Not(Box::new(x)), Ty::Bool, r)
            }
            ast::UnaryOp::USub => {
                match &*u.operand {
                    E::NumberLiteral(ast::ExprNumberLiteral {
                        value: ast::Number::Int(i),
                        ..
                    }) => {
                        return match neg_literal(i) {
                            Some(v) => ex(K::Int(v), Ty::Int, r),
                            None => {
                                self.err(too_large(r));
                                self.bad(r)
                            }
                        };
                    }
                    E::NumberLiteral(ast::ExprNumberLiteral {
                        value: ast::Number::Float(f),
                        ..
                    }) => {
                        return ex(K::Float((-f).to_bits()), Ty::Float, r);
                    }
                    _ => {}
                }
                let x = self.expr(fx, &u.operand, expected);
                match x.ty {
                    Ty::Int => ex(K::Neg(Box::new(x)), Ty::Int, r),
                    Ty::Bool => {
                        let i = self.bool_to_int(x);
                        ex(K::Neg(Box::new(i)), Ty::Int, r)
                    }
                    Ty::Float => prim(P::FNeg, vec![x], Ty::Float, r),
                    Ty::Unknown => self.bad(r),
                    Ty::Class(ref c) if self.find_method(c, "__neg__").is_some() => {
                        match self.method_on(fx, x, "__neg__", vec![], r) {
                            Some(y) => y,
                            None => self.bad(r),
                        }
                    }
                    _ => {
                        self.err(Diagnostic::new(
                            format!("bad operand type for unary `-`: `{}`", x.ty),
                            x.range,
                            format!("this is `{}`", x.ty),
                            "unary minus applies to ints and floats",
                        ));
                        self.bad(r)
                    }
                }
            }
            ast::UnaryOp::UAdd => {
                let x = self.expr(fx, &u.operand, expected);
                if x.ty == Ty::Bool {
                    // `+True` is the int 1.
                    let i = self.bool_to_int(x);
                    return ex(i.kind, Ty::Int, r);
                }
                if !matches!(x.ty, Ty::Int | Ty::Float | Ty::Unknown) {
                    self.err(Diagnostic::new(
                        format!("bad operand type for unary `+`: `{}`", x.ty),
                        x.range,
                        format!("this is `{}`", x.ty),
                        "unary plus applies to ints and floats",
                    ));
                    return self.bad(r);
                }
                ex(x.kind, x.ty, r)
            }
            ast::UnaryOp::Invert => {
                let x = self.expr(fx, &u.operand, Some(&Ty::Int));
                let x = if x.ty == Ty::Bool {
                    self.bool_to_int(x)
                } else {
                    x
                };
                match x.ty {
                    Ty::Int => prim(P::Invert, vec![x], Ty::Int, r),
                    Ty::Unknown => self.bad(r),
                    _ => {
                        self.err(Diagnostic::new(
                            format!("bad operand type for unary `~`: `{}`", x.ty),
                            x.range,
                            format!("this is `{}`", x.ty),
                            "`~` applies to ints",
                        ));
                        self.bad(r)
                    }
                }
            }
        }
    }

    /// `a and b` / `a or b` as a value: bools, or two operands of one type
    /// (the result is the deciding operand, as in Python).
    fn boolop_value(
        &mut self,
        fx: &mut Fx,
        b: &'a ast::ExprBoolOp,
        expected: Option<&Ty>,
    ) -> t::Expr {
        let r = b.range;
        // All-bool operands: the condition form.
        let saved_diags = self.diags.len();
        let base = fx.narrow.len();
        let mut vals = Vec::new();
        for v in &b.values {
            let (tn, fnr) = self.narrows_of(fx, v);
            let (mut tn, mut fnr) = (fx.mk_narrows(tn), fx.mk_narrows(fnr));
            let since = fx.events.len();
            vals.push(self.expr(fx, v, expected));
            fx.mark_since(&mut tn, since);
            fx.mark_since(&mut fnr, since);
            match b.op {
                ast::BoolOp::And => fx.narrow.extend(tn),
                ast::BoolOp::Or => fx.narrow.extend(fnr),
            }
        }
        fx.narrow.truncate(base);
        if self.diags.len() > saved_diags {
            return self.bad(r);
        }
        if vals.iter().all(|v| v.ty == Ty::Bool) {
            let mut it = vals.into_iter();
            let Some(mut acc) = it.next() else {
                return self.bad(r);
            };
            for v in it {
                let kind = match b.op {
                    ast::BoolOp::And => K::And(Box::new(acc), Box::new(v)),
                    ast::BoolOp::Or => K::Or(Box::new(acc), Box::new(v)),
                };
                acc = ex(kind, Ty::Bool, r);
            }
            return acc;
        }
        // Same type: `x or default`.
        let mut ty = vals[0].ty.clone();
        for v in &vals[1..] {
            match self.join(&ty, &v.ty) {
                Some(j) => ty = j,
                None => {
                    self.err(Diagnostic::new(
                        "operands of `and`/`or` have different types",
                        v.range,
                        format!("this is `{}`, the first operand is `{}`", v.ty, vals[0].ty),
                        "use operands of one type, or compare explicitly so both are bools",
                    ));
                    return self.bad(r);
                }
            }
        }
        if let Ty::Optional(inner) = &ty
            && b.op == ast::BoolOp::Or
            && !matches!(
                vals.last().map(|v| &v.ty),
                Some(Ty::Optional(_)) | Some(Ty::None)
            )
        {
            ty = (**inner).clone();
        }
        // Right fold: a or b or c == a if truth(a) else (b or c).
        let mut it = vals.into_iter().rev();
        let Some(mut acc) = it.next() else {
            return self.bad(r);
        };
        for v in it {
            let h = fx.hidden("bo", v.ty.clone());
            let vty = v.ty.clone();
            let local = ex(K::Local(h.clone()), vty.clone(), r);
            let t_ = self.truth(fx, local.clone());
            let (yes, no) = match b.op {
                ast::BoolOp::Or => (local.clone(), acc),
                ast::BoolOp::And => (acc, local.clone()),
            };
            let yes = self.coerce_ref(yes, &ty);
            let no = self.coerce_ref(no, &ty);
            let pick = ex(
                K::IfExp(Box::new(t_), Box::new(yes), Box::new(no)),
                ty.clone(),
                r,
            );
            acc = ex(
                K::Block(
                    vec![t::Stmt::Assign(vec![t::Target::Local(h)], vec![v])],
                    Box::new(pick),
                ),
                ty.clone(),
                r,
            );
        }
        acc
    }

    fn coerce_ref(&mut self, x: t::Expr, ty: &Ty) -> t::Expr {
        if let Ty::Optional(inner) = &x.ty
            && **inner == *ty
        {
            // Only reached for operands known to be non-null (a true
            // operand of `or`): unbox value types.
            return self.unwrap_opt(x, ty.clone());
        }
        self.coerce(x, ty)
    }

    /// A binary operator on typed operands.
    pub(crate) fn binary(
        &mut self,
        fx: &mut Fx,
        op: ast::Operator,
        l: t::Expr,
        rr: t::Expr,
        r: TextRange,
    ) -> Option<t::Expr> {
        use ast::Operator as O;
        if l.ty.is_unknown() || rr.ty.is_unknown() {
            return None;
        }
        // A bool is an int in arithmetic, also as a repeat count (`&`,
        // `|` and `^` of two bools stay bools).
        let both_bool = l.ty == Ty::Bool
            && rr.ty == Ty::Bool
            && !matches!(op, O::BitAnd | O::BitOr | O::BitXor);
        let int_like = |other: &Ty| {
            matches!(other, Ty::Int | Ty::Float)
                || (both_bool && *other == Ty::Bool)
                || (op == O::Mult
                    && matches!(other, Ty::Str | Ty::Bytes | Ty::List(_) | Ty::TupleVar(_)))
        };
        let l = if l.ty == Ty::Bool && int_like(&rr.ty) {
            self.bool_to_int(l)
        } else {
            l
        };
        let rr = if rr.ty == Ty::Bool && int_like(&l.ty) {
            self.bool_to_int(rr)
        } else {
            rr
        };
        match (&l.ty, op, &rr.ty) {
            (Ty::Bool, O::BitAnd | O::BitOr | O::BitXor, Ty::Bool) => {
                let a = self.bool_to_int(l);
                let b = self.bool_to_int(rr);
                let bo = int_binop(op)?;
                let v = ex(K::Arith(bo, Box::new(a), Box::new(b)), Ty::Int, r);
                let one = ex(K::Int(1), Ty::Int, r);
                return Some(ex(
                    K::Compare(Box::new(v), vec![(CmpKind::Int(ir::BinOp::Eq), one)]),
                    Ty::Bool,
                    r,
                ));
            }
            (Ty::Int, O::Div, Ty::Int) => {
                return self.lib_call(fx, "fe_int_truediv", vec![l, rr], r);
            }
            (Ty::Float, O::Div, _) | (_, O::Div, Ty::Float)
                if matches!(l.ty, Ty::Int | Ty::Float) && matches!(rr.ty, Ty::Int | Ty::Float) =>
            {
                let a = self.to_float(l);
                let b = self.to_float(rr);
                return Some(prim(P::FDiv, vec![a, b], Ty::Float, r));
            }
            (Ty::Int, O::Pow, Ty::Int) => {
                if matches!(rr.kind, K::Int(v) if v < 0) {
                    let a = self.to_float(l);
                    let b = self.to_float(rr);
                    return self.lib_call(fx, "builtin_pow_float", vec![a, b], r);
                }
                // CPython's `int ** int` is a float when the exponent is
                // negative: only exponents known not to be are accepted.
                if !self.is_lib(self.cur_mod) && !self.non_negative(fx, &rr) {
                    self.err(Diagnostic::new(
                        "`int ** int` with an exponent that may be negative",
                        rr.range,
                        "this may be negative",
                        "CPython's result is a float for a negative exponent and an int otherwise: write `float(x) ** n` for a float, or make the exponent visibly non-negative: a literal, `len(...)`, `abs(...)`, `x % k` with a literal `k > 0`, a `range(...)` counter from a non-negative start, or a local tested first (`if n >= 0:`, or `if n < 0: raise ...`)",
                    ));
                    return None;
                }
                return self.lib_call(fx, "builtin_pow_int", vec![l, rr], r);
            }
            (Ty::Int, op, Ty::Int) => {
                let Some(bo) = int_binop(op) else {
                    self.err(operand_error(op_name(op), &l.ty, &rr.ty, r));
                    return None;
                };
                return Some(ex(K::Arith(bo, Box::new(l), Box::new(rr)), Ty::Int, r));
            }
            (Ty::Float | Ty::Int, _, Ty::Float | Ty::Int) => {
                let a = self.to_float(l);
                let b = self.to_float(rr);
                let p = match op {
                    O::Add => P::FAdd,
                    O::Sub => P::FSub,
                    O::Mult => P::FMul,
                    O::FloorDiv => P::FFloorDiv,
                    O::Mod => P::FMod,
                    O::Pow => return self.lib_call(fx, "builtin_pow_float", vec![a, b], r),
                    _ => {
                        self.err(operand_error(op_name(op), &Ty::Float, &Ty::Float, r));
                        return None;
                    }
                };
                return Some(prim(p, vec![a, b], Ty::Float, r));
            }
            (Ty::Str, O::Add, Ty::Str) => {
                return Some(ex(K::StrConcat(Box::new(l), Box::new(rr)), Ty::Str, r));
            }
            (Ty::Bytes, O::Add, Ty::Bytes) => {
                return Some(prim(P::BytesConcat, vec![l, rr], Ty::Bytes, r));
            }
            (Ty::List(x), O::Add, Ty::List(y)) if x == y || y.is_unknown() => {
                let ty = l.ty.clone();
                return Some(ex(K::ListConcat(Box::new(l), Box::new(rr)), ty, r));
            }
            (Ty::TupleVar(x), O::Add, Ty::TupleVar(y)) if x == y => {
                let ty = l.ty.clone();
                return Some(ex(K::ListConcat(Box::new(l), Box::new(rr)), ty, r));
            }
            (Ty::TupleVar(_), O::Add, Ty::Tuple(_)) | (Ty::Tuple(_), O::Add, Ty::TupleVar(_)) => {
                let l = if let Ty::Tuple(_) = l.ty {
                    self.tuple_to_list(fx, l)?
                } else {
                    l
                };
                let rr = if let Ty::Tuple(_) = rr.ty {
                    self.tuple_to_list(fx, rr)?
                } else {
                    rr
                };
                let e = match (&l.ty, &rr.ty) {
                    (Ty::List(a) | Ty::TupleVar(a), Ty::List(b) | Ty::TupleVar(b)) if a == b => {
                        (**a).clone()
                    }
                    _ => {
                        self.err(operand_error(op_name(op), &l.ty, &rr.ty, r));
                        return None;
                    }
                };
                let ty = Ty::TupleVar(Box::new(e));
                return Some(ex(K::ListConcat(Box::new(l), Box::new(rr)), ty, r));
            }
            (Ty::Tuple(a), O::Add, Ty::Tuple(b)) => {
                let (a, b) = (a.clone(), b.clone());
                let mut items = Vec::new();
                for (x, ts) in [(l, a), (rr, b)] {
                    let h = fx.hidden("tup", x.ty.clone());
                    let xty = x.ty.clone();
                    let cls = xty.mangle();
                    let local = ex(K::Local(h.clone()), xty, r);
                    for (i, ty) in ts.iter().enumerate() {
                        let get = ex(
                            K::GetField {
                                class: cls.clone(),
                                field: format!("f{i}"),
                                obj: Box::new(local.clone()),
                            },
                            ty.clone(),
                            r,
                        );
                        items.push(if i == 0 {
                            ex(
                                K::Block(
                                    vec![t::Stmt::Assign(
                                        vec![t::Target::Local(h.clone())],
                                        vec![x.clone()],
                                    )],
                                    Box::new(get),
                                ),
                                ty.clone(),
                                r,
                            )
                        } else {
                            get
                        });
                    }
                }
                return Some(self.make_tuple(items, r));
            }
            (Ty::Str, O::Mult, Ty::Int) => return self.lib_call(fx, "str_repeat", vec![l, rr], r),
            (Ty::Int, O::Mult, Ty::Str) => return self.repeat_swapped(fx, "str_repeat", l, rr, r),
            (Ty::Bytes, O::Mult, Ty::Int) => {
                return self.lib_call(fx, "bytes_repeat", vec![l, rr], r);
            }
            (Ty::Int, O::Mult, Ty::Bytes) => {
                return self.repeat_swapped(fx, "bytes_repeat", l, rr, r);
            }
            (Ty::List(_), O::Mult, Ty::Int) => {
                return self.lib_call(fx, "list_repeat", vec![l, rr], r);
            }
            (Ty::TupleVar(e), O::Mult, Ty::Int) => {
                let e = e.clone();
                let l = ex(l.kind, Ty::List(e.clone()), l.range);
                let x = self.lib_call(fx, "list_repeat", vec![l, rr], r)?;
                return Some(ex(x.kind, Ty::TupleVar(e), r));
            }
            (Ty::Int, O::Mult, Ty::TupleVar(e)) => {
                let e = e.clone();
                let t = ex(rr.kind, Ty::List(e.clone()), rr.range);
                let x = self.repeat_swapped(fx, "list_repeat", l, t, r)?;
                return Some(ex(x.kind, Ty::TupleVar(e), r));
            }
            (Ty::Int, O::Mult, Ty::List(_)) => {
                return self.repeat_swapped(fx, "list_repeat", l, rr, r);
            }
            (Ty::Str, O::Mod, _) => return self.percent_format(fx, l, rr, r),
            (Ty::Dict(..), O::BitOr, Ty::Dict(..)) if l.ty == rr.ty => {
                return self.method_on(fx, l, "__or__", vec![rr], r);
            }
            (Ty::Set(_), O::BitOr | O::BitAnd | O::Sub | O::BitXor, Ty::Set(_))
                if l.ty == rr.ty =>
            {
                let m = match op {
                    O::BitOr => "__or__",
                    O::BitAnd => "__and__",
                    O::Sub => "__sub__",
                    _ => "__xor__",
                };
                return self.method_on(fx, l, m, vec![rr], r);
            }
            (Ty::Class(c), _, _) => {
                let m = match op {
                    O::Add => "__add__",
                    O::Sub => "__sub__",
                    O::Mult => "__mul__",
                    O::Div => "__truediv__",
                    O::FloorDiv => "__floordiv__",
                    O::Mod => "__mod__",
                    O::BitOr => "__or__",
                    O::BitAnd => "__and__",
                    O::BitXor => "__xor__",
                    _ => "",
                };
                if !m.is_empty() && self.find_method(c, m).is_some() {
                    return self.method_on(fx, l, m, vec![rr], r);
                }
            }
            _ => {}
        }
        self.err(operand_error(op_name(op), &l.ty, &rr.ty, r));
        None
    }

    // ----- comparisons ----------------------------------------------------

    fn compare(&mut self, fx: &mut Fx, c: &'a ast::ExprCompare) -> t::Expr {
        let r = c.range;
        // `x is None` tests a path as declared, even after calls.
        let first = if c.ops.len() == 1 && matches!(c.comparators[0], E::NoneLiteral(_)) {
            self.test_read(fx, &c.left, None)
        } else {
            self.expr(fx, &c.left, None)
        };
        if first.ty.is_unknown() {
            return self.bad(r);
        }
        let mut operands = vec![first];
        // The operands that are a `range(...)`'s arguments.
        let mut ranges: Vec<usize> = Vec::new();
        for (i, (op, rhs)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            if let [.., a, b] = &operands[..]
                && self.tys_call(&[&a.ty, &b.ty])
            {
                // In a chain, the comparison of the previous operands
                // (which may call `__lt__`, `__eq__`, ...) runs first.
                fx.event(crate::check_narrow::Event {
                    at: TextRange::new(a.range.start(), b.range.end()),
                    calls: vec![crate::check_narrow::Callee::Any],
                });
            }
            let prev = operands.last().map(|x| x.ty.clone()).unwrap_or(Ty::Unknown);
            let exp = match op {
                ast::CmpOp::In | ast::CmpOp::NotIn => None,
                _ => Some(prev.strip_opt().clone()),
            };
            // `x in d.keys()` tests membership (unless the view is also
            // the left operand of a further comparison of the chain).
            // `n in range(...)` is computed, not searched: the range's
            // arguments are the operand, as a list.
            if matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn)
                && prev == Ty::Int
                && let Some(ra) = self.range_call_args(fx, rhs)
            {
                let Some(xs) = ra else {
                    return self.bad(r);
                };
                ranges.push(operands.len());
                operands.push(ex(
                    K::ListNew(Ty::Int, xs.into()),
                    Ty::list(Ty::Int),
                    rhs.range(),
                ));
                continue;
            }
            let saved = self.view_ok.len();
            if matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) && i + 1 == c.comparators.len() {
                self.view_ok.push(rhs.range());
            }
            let x = self.expr(fx, rhs, exp.as_ref());
            self.view_ok.truncate(saved);
            if x.ty.is_unknown() {
                return self.bad(r);
            }
            operands.push(x);
        }
        // Numeric promotion across the chain.
        let numeric = operands
            .iter()
            .all(|x| matches!(x.ty, Ty::Int | Ty::Float | Ty::Bool));
        if numeric && operands.iter().any(|x| x.ty == Ty::Float) {
            // CPython compares an int with a float exactly (no rounding of
            // the int): int operands stay ints (`cmp_kind` calls the
            // prelude's exact comparison) unless they convert exactly.
            operands = operands
                .into_iter()
                .map(|x| {
                    let x = if x.ty == Ty::Bool {
                        self.bool_to_int(x)
                    } else {
                        x
                    };
                    match x.kind {
                        K::Int(v) if v.unsigned_abs() <= 1 << 53 => self.to_float(x),
                        _ => x,
                    }
                })
                .collect();
        } else if numeric
            && (operands.iter().any(|x| x.ty == Ty::Int)
                || c.ops.iter().any(|o| {
                    matches!(
                        o,
                        ast::CmpOp::Lt | ast::CmpOp::LtE | ast::CmpOp::Gt | ast::CmpOp::GtE
                    )
                }))
        {
            operands = operands
                .into_iter()
                .map(|x| {
                    if x.ty == Ty::Bool {
                        self.bool_to_int(x)
                    } else {
                        x
                    }
                })
                .collect();
        }
        let mut it = operands.into_iter();
        let Some(first) = it.next() else {
            return self.bad(r);
        };
        let mut prev = first.clone();
        let mut prev_range = c.left.range();
        let mut rest = Vec::new();
        for (i, ((op, rhs_ast), x)) in c.ops.iter().zip(c.comparators.iter()).zip(it).enumerate() {
            let range = TextRange::new(prev_range.start(), rhs_ast.range().end());
            if ranges.contains(&(i + 1)) {
                let Some((func, _)) =
                    self.lib_func("range_contains", &[Ty::Int, Ty::list(Ty::Int)], range)
                else {
                    return self.bad(r);
                };
                let kind = CmpKind::Call {
                    func,
                    swap: false,
                    negate: *op == ast::CmpOp::NotIn,
                };
                prev = x.clone();
                prev_range = rhs_ast.range();
                rest.push((kind, x));
                continue;
            }
            // `k in d.keys()` looks the key up, `(k, v) in d.items()` the
            // key then compares the value, as CPython's views do (no walk
            // calling `__eq__` on other keys).
            let view = match &x.kind {
                K::CallVirtual(cls, m, args)
                    if matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn)
                        && matches!(rhs_ast, E::Call(_))
                        && args.len() == 1
                        && matches!(args[0].ty, Ty::Dict(..)) =>
                {
                    match (m.as_str(), &x.ty) {
                        ("keys", _) => Some((None, args[0].clone())),
                        ("items", Ty::List(e)) if **e == prev.ty => {
                            Some((Some(cls.clone()), args[0].clone()))
                        }
                        _ => None,
                    }
                }
                _ => None,
            };
            let x = match view {
                Some((None, d)) => d,
                Some((Some(cls), d)) => {
                    let kind = CmpKind::Virtual {
                        class: cls,
                        method: "contains_item".into(),
                        swap: true,
                        negate: *op == ast::CmpOp::NotIn,
                    };
                    prev = d.clone();
                    prev_range = rhs_ast.range();
                    rest.push((kind, d));
                    continue;
                }
                None => x,
            };
            let Some((kind, x)) = self.cmp_kind(fx, *op, &prev, x, range) else {
                return self.bad(r);
            };
            prev = x.clone();
            prev_range = rhs_ast.range();
            rest.push((kind, x));
        }
        ex(K::Compare(Box::new(first), rest), Ty::Bool, r)
    }

    /// How to compare two typed operands (the right one may be adapted).
    pub(crate) fn cmp_kind(
        &mut self,
        fx: &mut Fx,
        op: ast::CmpOp,
        a: &t::Expr,
        b: t::Expr,
        range: TextRange,
    ) -> Option<(CmpKind, t::Expr)> {
        use ast::CmpOp as C;
        let bo = |op: C| match op {
            C::Eq => ir::BinOp::Eq,
            C::NotEq => ir::BinOp::Ne,
            C::Lt => ir::BinOp::Lt,
            C::LtE => ir::BinOp::Le,
            C::Gt => ir::BinOp::Gt,
            _ => ir::BinOp::Ge,
        };
        let eq = matches!(op, C::Eq | C::NotEq);
        let ne = matches!(op, C::NotEq | C::IsNot | C::NotIn);
        let ord = matches!(op, C::Lt | C::LtE | C::Gt | C::GtE);
        let (at, bt) = (a.ty.clone(), b.ty.clone());
        // None comparisons.
        if matches!(op, C::Is | C::IsNot | C::Eq | C::NotEq) && (bt == Ty::None || at == Ty::None) {
            if bt == Ty::None && (matches!(at, Ty::Optional(_)) || at.is_ref()) {
                return Some((CmpKind::IsNull(ne), b));
            }
            if at == Ty::None && bt == Ty::None {
                return Some((CmpKind::Bool(ne), ex(K::Bool(true), Ty::Bool, range)));
            }
            self.err(Diagnostic::new(
                format!("`{at}` is never None"),
                range,
                format!("this compares `{at}` with None"),
                "only `T | None` values can be None",
            ));
            return None;
        }
        if !matches!(op, C::Is | C::IsNot | C::In | C::NotIn)
            && matches!((&at, &bt), (Ty::Int, Ty::Float) | (Ty::Float, Ty::Int))
        {
            // Exact int/float comparison; `f op i` is `i op' f`.
            let swap = at == Ty::Float;
            let name = match (op, swap) {
                (C::Eq | C::NotEq, _) => "int_float_eq",
                (C::Lt, false) | (C::Gt, true) => "int_float_lt",
                (C::LtE, false) | (C::GtE, true) => "int_float_le",
                (C::Gt, false) | (C::Lt, true) => "int_float_gt",
                _ => "int_float_ge",
            };
            let (f, _) = self.lib_func(name, &[Ty::Int, Ty::Float], range)?;
            return Some((
                CmpKind::Call {
                    func: f,
                    swap,
                    negate: op == C::NotEq,
                },
                b,
            ));
        }
        match op {
            C::Is | C::IsNot => {
                if at == Ty::Float && bt == Ty::Float && self.is_lib(self.cur_mod) {
                    // The containers' identity shortcut (`same_or_eq`) on
                    // unboxed floats: the same bits.
                    let (f, _) = self.lib_func("float_same", &[Ty::Float, Ty::Float], range)?;
                    return Some((
                        CmpKind::Call {
                            func: f,
                            swap: false,
                            negate: ne,
                        },
                        b,
                    ));
                }
                if at.is_ref() || matches!(at, Ty::Optional(_)) {
                    return Some((CmpKind::Prim(P::RefEq, ne), b));
                }
                if at == bt && matches!(at, Ty::Int | Ty::Bool) {
                    return Some((
                        if at == Ty::Int {
                            CmpKind::Int(if ne { ir::BinOp::Ne } else { ir::BinOp::Eq })
                        } else {
                            CmpKind::Bool(ne)
                        },
                        b,
                    ));
                }
                self.err(Diagnostic::new(
                    format!("`is` on `{at}` values"),
                    range,
                    "identity of non-reference values",
                    "use `==` to compare values; `is` compares references (and `is None`)",
                ));
                return None;
            }
            C::In | C::NotIn => return self.contains_kind(fx, a, b, ne, range),
            _ => {}
        }
        let mk_bad = |cx: &mut Self| {
            let opn = op.as_str();
            let what = if at == bt {
                format!("`{opn}` is not supported on `{at}`")
            } else {
                format!("cannot compare `{at}` with `{bt}`")
            };
            cx.err(Diagnostic::new(
                format!("mismatched operand types for `{opn}`: `{at}` and `{bt}`"),
                range,
                what,
                "compare values of one type: numbers, strs, bytes, tuples, lists, or instances of classes defining the comparison methods",
            ));
        };
        // Optional operands of == compare like their inner type when one
        // side is not optional: identity or value equality only for
        // references, handled by the helper.
        let (at_s, bt_s) = (at.strip_opt().clone(), bt.strip_opt().clone());
        if (matches!(at, Ty::Optional(_)) || matches!(bt, Ty::Optional(_))) && eq && at_s == bt_s {
            if !matches!(at, Ty::Optional(_)) && !at_s.is_ref() {
                // The left operand would need boxing: not supported.
                mk_bad(self);
                return None;
            }
            let b = self.coerce(b, &Ty::opt(at_s.clone()));
            // (The helper compares the inner values with this same
            // function: any type with `==`, str and numbers included.)
            let f = self.opt_eq_func(&at_s, range)?;
            return Some((
                CmpKind::Call {
                    func: f,
                    swap: false,
                    negate: ne,
                },
                b,
            ));
        }
        if at != bt && !(at.is_unknown() || bt.is_unknown()) {
            let ok = match (&at, &bt) {
                // Also sibling classes with a common base: the methods are
                // looked up on the left operand's class, as CPython does
                // (its reflected-method rule needs a subclass on the right).
                (Ty::Class(x), Ty::Class(y)) => self.common_base(x, y).is_some(),
                (Ty::List(x), Ty::List(y)) => x.is_unknown() || y.is_unknown(),
                _ => false,
            };
            if !ok {
                mk_bad(self);
                return None;
            }
        }
        let kind = match &at {
            Ty::Int => CmpKind::Int(bo(op)),
            Ty::Bool if eq => CmpKind::Bool(ne),
            Ty::Bool => {
                mk_bad(self);
                return None;
            }
            Ty::Float => CmpKind::Prim(
                match op {
                    C::Eq => P::FEq,
                    C::NotEq => P::FNe,
                    C::Lt => P::FLt,
                    C::LtE => P::FLe,
                    C::Gt => P::FGt,
                    _ => P::FGe,
                },
                false,
            ),
            Ty::Str if eq => CmpKind::Str(ne),
            Ty::Str => CmpKind::StrOrd(bo(op)),
            Ty::Bytes if eq => CmpKind::Prim(P::BytesEq, ne),
            Ty::Class(c) if op == C::NotEq && self.find_method(c, "__ne__").is_some() => {
                CmpKind::Virtual {
                    class: c.clone(),
                    method: "__ne__".into(),
                    swap: false,
                    negate: false,
                }
            }
            Ty::Class(c) if op == C::NotEq && !self.overriders(c, "__ne__").is_empty() => {
                // CPython would call the subclass's `__ne__` (and its
                // reflected-operand rules): not modelled.
                let sub = self.overriders(c, "__ne__").join("`, `");
                let show = crate::types::show_class(c);
                self.err(Diagnostic::new(
                    format!("`!=` on `{show}` may need a subclass's `__ne__`"),
                    range,
                    format!("`{}` defines `__ne__`, `{show}` does not", crate::types::show_class(&sub)),
                    format!("define `__ne__` in `{show}` too (or leave `__ne__` out: `!=` is then `not ==`)"),
                ));
                return None;
            }
            _ if eq => {
                // `B == A` (B a subclass of A) compares as two `A`s.
                // (and sibling classes as two instances of their common base).
                let et = match (&at, &bt) {
                    (Ty::Class(x), Ty::Class(y)) if x != y && self.is_subclass(x, y) => bt.clone(),
                    (Ty::Class(x), Ty::Class(y)) if !self.is_subclass(y, x) => {
                        self.common_base(x, y).map_or_else(|| at.clone(), Ty::Class)
                    }
                    _ => at.clone(),
                };
                let (f, virt) = self.eq_func(&et, range)?;
                match virt {
                    Some((class, method)) => CmpKind::Virtual {
                        class,
                        method,
                        swap: false,
                        negate: ne,
                    },
                    None if f == "$refeq" => CmpKind::Prim(P::RefEq, ne),
                    None => CmpKind::Call {
                        func: f,
                        swap: false,
                        negate: ne,
                    },
                }
            }
            Ty::Class(c) if ord && self.reflected_first(c, op) => CmpKind::Call {
                func: self.ord_dyn_func(c, &bt, op, range)?,
                swap: false,
                negate: false,
            },
            _ if ord => {
                // Without the method on the left operand's class, the right
                // operand's reflected method is called: looked up from the
                // closest class both operands are instances of.
                let ot = match (&at, &bt) {
                    (Ty::Class(x), Ty::Class(y))
                        if self.find_method(x, Self::ord_methods(op).0).is_none() =>
                    {
                        self.common_base(x, y).map_or_else(|| at.clone(), Ty::Class)
                    }
                    _ => at.clone(),
                };
                let Some(k) = self.ord_kind(&ot, op, range) else {
                    mk_bad(self);
                    return None;
                };
                k
            }
            _ => {
                mk_bad(self);
                return None;
            }
        };
        Some((kind, b))
    }

    /// `x in c` / `x not in c`.
    fn contains_kind(
        &mut self,
        fx: &mut Fx,
        a: &t::Expr,
        b: t::Expr,
        negate: bool,
        range: TextRange,
    ) -> Option<(CmpKind, t::Expr)> {
        let at = a.ty.clone();
        let bad = |cx: &mut Self, what: &str| {
            cx.err(Diagnostic::new(
                format!("mismatched operand types for `in`: `{at}` and `{}`", b.ty),
                range,
                what.to_string(),
                "`in` tests an item of a list/tuple/set, a key of a dict, a substring of a str or a byte of bytes",
            ));
        };
        // A list of optional items: a value or None looked up without
        // making the left operand optional.
        if let Ty::List(e) | Ty::TupleVar(e) = &b.ty
            && let Ty::Optional(inner) = &**e
            && (at == Ty::None || self.assignable(&at, inner))
        {
            let name = if at == Ty::None {
                "list_contains_none"
            } else {
                "list_contains_opt"
            };
            // CPython compares each None item with the value too: a user
            // `__eq__` would be called with None, which its type excludes.
            if let Ty::Class(c) = &**inner
                && (self.find_method(c, "__eq__").is_some()
                    || !self.overriders(c, "__eq__").is_empty())
            {
                let show = crate::types::show_class(c);
                self.err(Diagnostic::new(
                    format!("`in` on a list of `{show} | None` with a user `__eq__`"),
                    range,
                    format!("CPython calls `{show}.__eq__` with the None items"),
                    "keep the None items out of the list, or test `any(y is not None and y == x for y in xs)`",
                ));
                return None;
            }
            let inner = (**inner).clone();
            let l = ex(b.kind, Ty::List(e.clone()), b.range);
            let (f, _) = self.lib_func(name, &[l.ty.clone(), inner], range)?;
            return Some((
                CmpKind::Call {
                    func: f,
                    swap: true,
                    negate,
                },
                l,
            ));
        }
        match b.ty.clone() {
            Ty::Str if at == Ty::Str => Some((CmpKind::StrIn(negate), b)),
            Ty::Bytes if at == Ty::Bytes => {
                let (f, _) = self.lib_func("bytes_contains", &[Ty::Bytes, Ty::Bytes], range)?;
                Some((
                    CmpKind::Call {
                        func: f,
                        swap: true,
                        negate,
                    },
                    b,
                ))
            }
            Ty::Bytes if at == Ty::Int => {
                let (f, _) = self.lib_func("bytes_contains_int", &[Ty::Bytes, Ty::Int], range)?;
                Some((
                    CmpKind::Call {
                        func: f,
                        swap: true,
                        negate,
                    },
                    b,
                ))
            }
            Ty::List(e) | Ty::TupleVar(e) if self.assignable(&at, &e) => {
                let (f, _) =
                    self.lib_func("list_contains", &[Ty::List(e.clone()), (*e).clone()], range)?;
                Some((
                    CmpKind::Call {
                        func: f,
                        swap: true,
                        negate,
                    },
                    b,
                ))
            }
            Ty::Tuple(ts)
                if !ts.is_empty()
                    && ts.iter().all(|x| *x == ts[0])
                    && self.assignable(&at, &ts[0]) =>
            {
                let l = self.tuple_to_list(fx, b)?;
                let e = ts[0].clone();
                let (f, _) = self.lib_func("list_contains", &[Ty::list(e.clone()), e], range)?;
                Some((
                    CmpKind::Call {
                        func: f,
                        swap: true,
                        negate,
                    },
                    l,
                ))
            }
            Ty::Dict(k, _) if self.assignable(&at, &k) => {
                let cls = b.ty.mangle();
                Some((
                    CmpKind::Virtual {
                        class: cls,
                        method: "__contains__".into(),
                        swap: true,
                        negate,
                    },
                    b,
                ))
            }
            Ty::Set(e) if self.assignable(&at, &e) => {
                let cls = b.ty.mangle();
                Some((
                    CmpKind::Virtual {
                        class: cls,
                        method: "__contains__".into(),
                        swap: true,
                        negate,
                    },
                    b,
                ))
            }
            Ty::Class(c) if self.find_method(&c, "__contains__").is_some() => Some((
                CmpKind::Virtual {
                    class: c,
                    method: "__contains__".into(),
                    swap: true,
                    negate,
                },
                b,
            )),
            _ => {
                bad(self, "no such membership test");
                None
            }
        }
    }

    /// The equality function of a type: (IR function, or virtual method).
    /// `$refeq` means identity.
    pub(crate) fn eq_func(
        &mut self,
        ty: &Ty,
        r: TextRange,
    ) -> Option<(String, Option<(String, String)>)> {
        match ty {
            Ty::Class(c) => {
                let own = self.find_method(c, "__eq__").is_some();
                let below = !self.overriders(c, "__eq__").is_empty();
                let has_subs = self
                    .classes
                    .iter()
                    .any(|k| k.name != *c && self.is_subclass(&k.name, c));
                if has_subs && (own || below) {
                    return Some((self.eq_dyn_func(c, r)?, None));
                }
                if own {
                    return Some((String::new(), Some((c.clone(), "__eq__".into()))));
                }
                Some(("$refeq".into(), None))
            }
            Ty::Dict(..) | Ty::Set(_) => {
                self.ensure_class(ty);
                Some((String::new(), Some((ty.mangle(), "__eq__".into()))))
            }
            Ty::List(e) | Ty::TupleVar(e) => {
                let (f, _) =
                    self.lib_func("list_eq", &[Ty::List(e.clone()), Ty::List(e.clone())], r)?;
                Some((f, None))
            }
            Ty::Tuple(_) => Some((self.tuple_helper(ty, "eq"), None)),
            Ty::Func(..) => Some(("$refeq".into(), None)),
            _ => Some((self.support_helper_name("eq", ty, r)?, None)),
        }
    }

    /// A function `(a: C, b: C) -> bool` for `==` on a class with
    /// subclasses, some defining `__eq__`: CPython's rules on the dynamic
    /// classes. When `b`'s class is a proper subclass of `a`'s, `b.__eq__(a)`
    /// comes first; otherwise `a.__eq__(b)`; the default `object.__eq__`
    /// gives way to the other operand's (a user `__eq__` returns a bool, so
    /// the other one is never tried after it).
    fn eq_dyn_func(&mut self, c: &str, r: TextRange) -> Option<String> {
        let name = format!("$eq_dyn${c}");
        if self.synth_names.contains(&name) {
            return Some(name);
        }
        let cty = Ty::Class(c.to_string());
        let a = ex(K::Local("a".into()), cty.clone(), r);
        let b = ex(K::Local("b".into()), cty.clone(), r);
        let params = vec![("a".to_string(), cty.clone()), ("b".to_string(), cty)];
        let fallback = prim(P::RefEq, vec![a.clone(), b.clone()], Ty::Bool, r);
        self.synth_by_exact_class(name, params, c, fallback, r, &mut |cx, fx, k| {
            cx.eq_exact(fx, c, k, &a, &b, r)
        })
    }

    /// Synthesize the function `name(params) -> bool` that returns, for
    /// the exact class `k` of its first parameter (statically `c`),
    /// `branch(k)`; `fallback` when none matches.
    fn synth_by_exact_class(
        &mut self,
        name: String,
        params: Vec<(String, Ty)>,
        c: &str,
        fallback: t::Expr,
        r: TextRange,
        branch: &mut dyn FnMut(&mut Self, &mut Fx, &str) -> Option<t::Expr>,
    ) -> Option<String> {
        self.synth_names.insert(name.clone());
        let (an, aty) = params.first()?.clone();
        let a = ex(K::Local(an), aty, r);
        let mut fx = Fx::new(&name, Ty::Bool, params.clone());
        let mut ks: Vec<String> = self
            .classes
            .iter()
            .map(|k| k.name.clone())
            .filter(|n| self.is_subclass(n, c))
            .collect();
        // Shallowest first, so the deepest test ends up outermost: the
        // first class `a` is an instance of is then its exact class.
        ks.sort_by_key(|n| (self.ancestry(n).len(), n.clone()));
        let mut acc = fallback;
        for k in ks {
            let v = branch(self, &mut fx, &k)?;
            self.use_class(&k);
            let tst = ex(K::InstanceOf(k.clone(), Box::new(a.clone())), Ty::Bool, r);
            acc = ex(
                K::IfExp(Box::new(tst), Box::new(v), Box::new(acc)),
                Ty::Bool,
                r,
            );
        }
        self.synth.push(t::FuncInfo {
            name: name.clone(),
            params,
            ret: Ty::Bool,
            body: vec![t::Stmt::Return(Some(acc), r)],
            locals: fx.locals,
            range: r,
        });
        Some(name)
    }

    /// Whether `x`'s class is a proper subclass of `k` (an instance of one
    /// of `k`'s direct subclasses); None when `k` has none.
    fn in_proper_subclass(&mut self, k: &str, x: &t::Expr, r: TextRange) -> Option<t::Expr> {
        let subs: Vec<String> = self
            .classes
            .iter()
            .filter(|s| s.parent.as_deref() == Some(k))
            .map(|s| s.name.clone())
            .collect();
        let mut proper: Option<t::Expr> = None;
        for s in subs {
            self.use_class(&s);
            let tst = ex(K::InstanceOf(s, Box::new(x.clone())), Ty::Bool, r);
            proper = Some(match proper {
                None => tst,
                Some(p) => ex(K::Or(Box::new(p), Box::new(tst)), Ty::Bool, r),
            });
        }
        proper
    }

    /// `a == b` (both statically `c`) when `a`'s class is exactly `k`.
    fn eq_exact(
        &mut self,
        fx: &mut Fx,
        c: &str,
        k: &str,
        a: &t::Expr,
        b: &t::Expr,
        r: TextRange,
    ) -> Option<t::Expr> {
        let kty = Ty::Class(k.to_string());
        let ka = ex(K::Cast(k.to_string(), Box::new(a.clone())), kty.clone(), r);
        let id = |_: &mut Self, _: &mut Fx, e: t::Expr| Some(e);
        let refeq = |_: &mut Self, _: &mut Fx, x: t::Expr, ys: Vec<t::Expr>| {
            let mut xs = vec![x];
            xs.extend(ys);
            Some(prim(P::RefEq, xs, Ty::Bool, r))
        };
        let own = self.find_method(k, "__eq__");
        let normal = match &own {
            Some((_, sig)) => {
                if let Some((pn, pt)) = sig.params.get(1)
                    && !self.assignable(&b.ty, pt)
                {
                    self.err(Diagnostic::new(
                        format!("`{}` cannot be called with this operand", sig.display),
                        r,
                        format!(
                            "this `{}` may be a `{}`, whose `__eq__` takes `{pn}: {pt}`, given a `{}`",
                            Ty::Class(c.to_string()),
                            crate::types::show_class(k),
                            b.ty
                        ),
                        format!(
                            "declare `{pn}: \"{}\"` in `{}`",
                            crate::types::show_class(c),
                            sig.display
                        ),
                    ));
                    return None;
                }
                ex(
                    K::CallVirtual(k.to_string(), "__eq__".into(), vec![ka.clone(), b.clone()]),
                    Ty::Bool,
                    r,
                )
            }
            // object.__eq__ gives way to b's own `__eq__`.
            None => self.dispatch_down(
                fx,
                b.clone(),
                c,
                "__eq__",
                vec![ka.clone()],
                Ty::Bool,
                &id,
                &refeq,
            )?,
        };
        // b's class a proper subclass of k: b.__eq__(a) first.
        let Some(proper) = self.in_proper_subclass(k, b, r) else {
            return Some(normal);
        };
        let kb = ex(K::Cast(k.to_string(), Box::new(b.clone())), kty, r);
        let refl = match &own {
            Some(_) => ex(
                K::CallVirtual(k.to_string(), "__eq__".into(), vec![kb, ka]),
                Ty::Bool,
                r,
            ),
            None => self.dispatch_down(fx, kb, k, "__eq__", vec![ka], Ty::Bool, &id, &refeq)?,
        };
        Some(ex(
            K::IfExp(Box::new(proper), Box::new(refl), Box::new(normal)),
            Ty::Bool,
            r,
        ))
    }

    /// The closest class both `x` and `y` derive from (one of them when
    /// one derives from the other), if any.
    fn common_base(&self, x: &str, y: &str) -> Option<String> {
        let ys = self.ancestry(y);
        self.ancestry(x).into_iter().find(|c| ys.contains(c))
    }

    /// The method `a OP b` calls on `a`, and the reflected one CPython
    /// tries first on `b` when `b`'s class is a proper subclass of `a`'s.
    fn ord_methods(op: ast::CmpOp) -> (&'static str, &'static str) {
        use ast::CmpOp as C;
        match op {
            C::Lt => ("__lt__", "__gt__"),
            C::LtE => ("__le__", "__ge__"),
            C::Gt => ("__gt__", "__lt__"),
            _ => ("__ge__", "__le__"),
        }
    }

    /// Whether `a OP b` on instances of `c` (which defines the method)
    /// may have to call `b`'s reflected method first: `c` has subclasses
    /// and the reflected method is defined for some class `b` may be.
    fn reflected_first(&self, c: &str, op: ast::CmpOp) -> bool {
        let (direct, mirror) = Self::ord_methods(op);
        self.find_method(c, direct).is_some()
            && self
                .classes
                .iter()
                .any(|k| k.name != c && self.is_subclass(&k.name, c))
            && (self.find_method(c, mirror).is_some() || !self.overriders(c, mirror).is_empty())
    }

    /// A function `(a: C, b: B) -> bool` for `a OP b` on classes: CPython's
    /// rules on the dynamic classes. When `b`'s class is a proper subclass
    /// of `a`'s and has the reflected method (`__gt__` for `<`), that is
    /// called (`b.__gt__(a)`); otherwise `a`'s method. A user method
    /// returns a bool, never `NotImplemented`, so nothing is tried after.
    fn ord_dyn_func(&mut self, c: &str, bt: &Ty, op: ast::CmpOp, r: TextRange) -> Option<String> {
        let (direct, mirror) = Self::ord_methods(op);
        let name = format!("$ord_dyn${c}${direct}${}", bt.mangle());
        if self.synth_names.contains(&name) {
            return Some(name);
        }
        let cty = Ty::Class(c.to_string());
        let params = vec![
            ("a".to_string(), cty.clone()),
            ("b".to_string(), bt.clone()),
        ];
        let a = ex(K::Local("a".into()), cty.clone(), r);
        let b = ex(K::Local("b".into()), bt.clone(), r);
        let normal = ex(
            K::CallVirtual(c.to_string(), direct.into(), vec![a.clone(), b.clone()]),
            Ty::Bool,
            r,
        );
        let fallback = normal.clone();
        self.synth_by_exact_class(name, params, c, fallback, r, &mut |cx, fx, k| {
            // `a`'s class is exactly k: the reflected method of `b` first
            // when `b`'s class is a proper subclass of k and has it.
            let Some(proper) = cx.in_proper_subclass(k, &b, r) else {
                return Some(normal.clone());
            };
            let kb = ex(K::Cast(k.to_string(), Box::new(b.clone())), Ty::Class(k.to_string()), r);
            let refl = match cx.find_method(k, mirror) {
                Some((_, sig)) => {
                    if let Some((pn, pt)) = sig.params.get(1)
                        && !cx.assignable(&cty, pt)
                    {
                        cx.err(Diagnostic::new(
                            format!("`{}` cannot be called with this operand", sig.display),
                            r,
                            format!(
                                "CPython calls it first when the right operand's class is a proper subclass of the left one's; it takes `{pn}: {pt}`, given a `{cty}`"
                            ),
                            format!("declare `{pn}: \"{}\"` in `{}`", crate::types::show_class(c), sig.display),
                        ));
                        return None;
                    }
                    ex(
                        K::CallVirtual(k.to_string(), mirror.into(), vec![kb, a.clone()]),
                        Ty::Bool,
                        r,
                    )
                }
                None if !cx.overriders(k, mirror).is_empty() => {
                    let id = |_: &mut Self, _: &mut Fx, e: t::Expr| Some(e);
                    let n2 = normal.clone();
                    let def = move |_: &mut Self, _: &mut Fx, _: t::Expr, _: Vec<t::Expr>| Some(n2.clone());
                    cx.dispatch_down(fx, kb, k, mirror, vec![a.clone()], Ty::Bool, &id, &def)?
                }
                None => return Some(normal.clone()),
            };
            Some(ex(
                K::IfExp(Box::new(proper), Box::new(refl), Box::new(normal.clone())),
                Ty::Bool,
                r,
            ))
        })
    }

    /// A function `(a: T | None, b: T | None) -> bool` for optional `==`.
    fn opt_eq_func(&mut self, inner: &Ty, r: TextRange) -> Option<String> {
        let name = format!("$opt_eq${}", inner.mangle());
        if !self.synth_names.contains(&name) {
            self.synth_names.insert(name.clone());
            let oty = Ty::opt(inner.clone());
            let a = ex(K::Local("a".into()), oty.clone(), r);
            let b = ex(K::Local("b".into()), oty.clone(), r);
            let an = prim(P::IsNull, vec![a.clone()], Ty::Bool, r);
            let bn = prim(P::IsNull, vec![b.clone()], Ty::Bool, r);
            let ai = self.unwrap_opt(a.clone(), inner.clone());
            let bi = self.unwrap_opt(b.clone(), inner.clone());
            let mut fx = Fx::new(
                &name,
                Ty::Bool,
                vec![("a".into(), oty.clone()), ("b".into(), oty.clone())],
            );
            let (kind, bi) = self.cmp_kind(&mut fx, ast::CmpOp::Eq, &ai, bi, r)?;
            let eqv = ex(K::Compare(Box::new(ai), vec![(kind, bi)]), Ty::Bool, r);
            let body = vec![
                t::Stmt::If(an, vec![t::Stmt::Return(Some(bn.clone()), r)], vec![]),
                t::Stmt::If(
                    bn,
                    vec![t::Stmt::Return(Some(ex(K::Bool(false), Ty::Bool, r)), r)],
                    vec![],
                ),
                t::Stmt::Return(Some(eqv), r),
            ];
            self.synth.push(t::FuncInfo {
                name: name.clone(),
                params: vec![("a".into(), oty.clone()), ("b".into(), oty.clone())],
                ret: Ty::Bool,
                body,
                locals: fx.locals,
                range: r,
            });
        }
        Some(name)
    }

    fn support_helper_name(&mut self, what: &str, ty: &Ty, r: TextRange) -> Option<String> {
        self.err(Diagnostic::new(
            format!("`{what}` is not supported on `{ty}`"),
            r,
            "no such operation",
            "compare numbers, strs, bytes, tuples, lists, dicts, sets or instances",
        ));
        None
    }

    /// Ordering of non-primitive types.
    fn ord_kind(&mut self, ty: &Ty, op: ast::CmpOp, r: TextRange) -> Option<CmpKind> {
        use ast::CmpOp as C;
        match ty {
            Ty::Bytes => {
                let (name, swap) = match op {
                    C::Lt => ("bytes_lt", false),
                    C::LtE => ("bytes_le", false),
                    C::Gt => ("bytes_lt", true),
                    _ => ("bytes_le", true),
                };
                let (f, _) = self.lib_func(name, &[Ty::Bytes, Ty::Bytes], r)?;
                Some(CmpKind::Call {
                    func: f,
                    swap,
                    negate: false,
                })
            }
            Ty::List(e) | Ty::TupleVar(e) => {
                let name = match op {
                    C::Lt => "list_lt",
                    C::LtE => "list_le",
                    C::Gt => "list_gt",
                    _ => "list_ge",
                };
                let (f, _) = self.lib_func(name, &[Ty::List(e.clone()), Ty::List(e.clone())], r)?;
                Some(CmpKind::Call {
                    func: f,
                    swap: false,
                    negate: false,
                })
            }
            Ty::Tuple(_) => {
                // One helper per operator: CPython compares the first pair
                // of items that differ by `==` with the same operator (no
                // `a <= b == not (b < a)`, wrong for NaN or a user `__le__`).
                let what = match op {
                    C::Lt => "lt",
                    C::LtE => "le",
                    C::Gt => "gt",
                    _ => "ge",
                };
                let f = self.tuple_helper(ty, what);
                Some(CmpKind::Call {
                    func: f,
                    swap: false,
                    negate: false,
                })
            }
            Ty::Set(_) => {
                let m = match op {
                    C::Lt => "__lt__",
                    C::LtE => "__le__",
                    C::Gt => "__gt__",
                    _ => "__ge__",
                };
                Some(CmpKind::Virtual {
                    class: ty.mangle(),
                    method: m.into(),
                    swap: false,
                    negate: false,
                })
            }
            Ty::Class(c) => {
                let (direct, mirror) = Self::ord_methods(op);
                if self.find_method(c, direct).is_some() {
                    return Some(CmpKind::Virtual {
                        class: c.clone(),
                        method: direct.into(),
                        swap: false,
                        negate: false,
                    });
                }
                if self.find_method(c, mirror).is_some() {
                    return Some(CmpKind::Virtual {
                        class: c.clone(),
                        method: mirror.into(),
                        swap: true,
                        negate: false,
                    });
                }
                None
            }
            _ => None,
        }
    }

    // ----- str(), repr(), hash() per type -----------------------------------

    /// `str(x)`.
    pub(crate) fn str_of(&mut self, fx: &mut Fx, x: t::Expr) -> Option<t::Expr> {
        let r = x.range;
        Some(match x.ty.clone() {
            Ty::Int => ex(K::IntToStr(Box::new(x)), Ty::Str, r),
            Ty::Bool => ex(K::BoolToStr(Box::new(x)), Ty::Str, r),
            Ty::Str => x,
            Ty::Float => self.lib_call(fx, "builtin_str_float", vec![x], r)?,
            Ty::None => {
                let mut pre = vec![];
                if !matches!(x.kind, K::Null) {
                    pre.push(t::Stmt::Expr(x));
                }
                ex(K::Block(pre, Box::new(sconst("None", r))), Ty::Str, r)
            }
            Ty::Class(c) if self.find_method(&c, "__str__").is_some() => {
                ex(K::CallVirtual(c, "__str__".into(), vec![x]), Ty::Str, r)
            }
            Ty::Class(c) if !self.overriders(&c, "__str__").is_empty() => {
                let id = |_: &mut Self, _: &mut Fx, e: t::Expr| Some(e);
                let def =
                    |cx: &mut Self, fx: &mut Fx, lx: t::Expr, _: Vec<t::Expr>| cx.str_of(fx, lx);
                self.dispatch_down(fx, x, &c, "__str__", vec![], Ty::Str, &id, &def)?
            }
            // BaseException.__str__ is the message, whatever `__repr__` is.
            Ty::Class(c) if self.is_exception(&c) => self.exc_text(fx, x)?,
            Ty::Optional(inner) => {
                let inner = (*inner).clone();
                self.opt_map(fx, x, inner, r, |cx, fx, v| cx.str_of(fx, v))?
            }
            Ty::Unknown => return None,
            _ => return self.repr_of(fx, x),
        })
    }

    /// `f(x)` for `x: T | None`, "None" when null (x evaluated once).
    fn opt_map(
        &mut self,
        fx: &mut Fx,
        x: t::Expr,
        inner: Ty,
        r: TextRange,
        f: impl FnOnce(&mut Self, &mut Fx, t::Expr) -> Option<t::Expr>,
    ) -> Option<t::Expr> {
        let h = fx.hidden("opt", x.ty.clone());
        let local = ex(K::Local(h.clone()), x.ty.clone(), r);
        let isnull = prim(P::IsNull, vec![local.clone()], Ty::Bool, r);
        let lv = ex(K::Local(h.clone()), x.ty.clone(), r);
        let lv = self.unwrap_opt(lv, inner);
        let v = f(self, fx, lv)?;
        let pick = ex(
            K::IfExp(Box::new(isnull), Box::new(sconst("None", r)), Box::new(v)),
            Ty::Str,
            r,
        );
        Some(ex(
            K::Block(
                vec![t::Stmt::Assign(vec![t::Target::Local(h)], vec![x])],
                Box::new(pick),
            ),
            Ty::Str,
            r,
        ))
    }

    /// The subclasses of `c` that define the special method `m` in their
    /// own body with no class between them and `c` defining it: the roots
    /// of the subtrees where an object statically typed `c` (which lacks
    /// `m`) behaves differently. CPython dispatches on the dynamic class.
    pub(crate) fn overriders(&self, c: &str, m: &str) -> Vec<String> {
        if self.down_off.iter().any(|d| d == m) {
            return vec![];
        }
        let defines = |n: &str| self.class(n).is_some_and(|k| k.sigs.contains_key(m));
        self.classes
            .iter()
            .filter(|k| !k.synthetic && k.name != c && k.sigs.contains_key(m))
            .map(|k| k.name.clone())
            .filter(|n| {
                let anc = self.ancestry(n);
                let Some(at) = anc.iter().position(|a| a == c) else {
                    return false;
                };
                !anc[1..at].iter().any(|a| defines(a))
            })
            .collect()
    }

    /// `x.m(args)` where the static class `c` of `x` has no `m` but some
    /// subclasses define it: an isinstance test per overriding subtree
    /// (disjoint, so their order does not matter) calling its method
    /// virtually, `default` (built on the evaluated operands) otherwise.
    /// `wrap` maps a call's result to the value of the operation.
    #[allow(clippy::too_many_arguments, clippy::type_complexity)]
    pub(crate) fn dispatch_down(
        &mut self,
        fx: &mut Fx,
        x: t::Expr,
        c: &str,
        m: &str,
        args: Vec<t::Expr>,
        ty: Ty,
        wrap: &dyn Fn(&mut Self, &mut Fx, t::Expr) -> Option<t::Expr>,
        default: &dyn Fn(&mut Self, &mut Fx, t::Expr, Vec<t::Expr>) -> Option<t::Expr>,
    ) -> Option<t::Expr> {
        let subs = self.overriders(c, m);
        if subs.is_empty() {
            return default(self, fx, x, args);
        }
        let r = x.range;
        let mut stmts = vec![];
        let mut hold = |fx: &mut Fx, e: t::Expr| {
            let h = fx.hidden("dn", e.ty.clone());
            let ty = e.ty.clone();
            let rr = e.range;
            stmts.push(t::Stmt::Assign(vec![t::Target::Local(h.clone())], vec![e]));
            ex(K::Local(h), ty, rr)
        };
        let lx = hold(fx, x);
        let largs: Vec<t::Expr> = args.into_iter().map(|a| hold(fx, a)).collect();
        self.down_off.push(m.to_string());
        let acc = default(self, fx, lx.clone(), largs.clone());
        self.down_off.pop();
        let mut acc = acc?;
        for k in subs {
            let Some((_, sig)) = self.find_method(&k, m) else {
                continue;
            };
            for (a, (pn, pt)) in largs.iter().zip(sig.params.iter().skip(1)) {
                if !self.assignable(&a.ty, pt) {
                    self.err(Diagnostic::new(
                        format!("`{}` cannot be called with this operand", sig.display),
                        r,
                        format!(
                            "this `{}` may be a `{}`, whose `{m}` takes `{pn}: {pt}`, given a `{}`",
                            Ty::Class(c.to_string()),
                            crate::types::show_class(&k),
                            a.ty
                        ),
                        format!(
                            "declare `{pn}: \"{}\"` in `{}`",
                            crate::types::show_class(c),
                            sig.display
                        ),
                    ));
                    return None;
                }
            }
            self.use_class(&k);
            let kty = Ty::Class(k.clone());
            let cast = ex(K::Cast(k.clone(), Box::new(lx.clone())), kty, r);
            let mut cargs = vec![cast];
            cargs.extend(largs.iter().cloned());
            let call = ex(
                K::CallVirtual(k.clone(), m.to_string(), cargs),
                sig.ret.clone(),
                r,
            );
            let v = wrap(self, fx, call)?;
            let tst = ex(K::InstanceOf(k.clone(), Box::new(lx.clone())), Ty::Bool, r);
            acc = ex(
                K::IfExp(Box::new(tst), Box::new(v), Box::new(acc)),
                ty.clone(),
                r,
            );
        }
        Some(ex(K::Block(stmts, Box::new(acc)), ty, r))
    }

    /// How instances of exactly class `k` hash: Some(true) by their
    /// `__hash__`, Some(false) not at all (the nearest class defining
    /// `__eq__` or `__hash__` defines only `__eq__`: CPython sets
    /// `__hash__ = None` there), None by identity.
    fn hash_kind(&self, k: &str) -> Option<bool> {
        for a in self.ancestry(k) {
            let Some(d) = self.class(&a) else { continue };
            if d.sigs.contains_key("__hash__") {
                return Some(true);
            }
            if d.sigs.contains_key("__eq__") {
                return Some(false);
            }
        }
        None
    }

    /// Whether `c` or one of its subclasses is unhashable.
    fn unhashable_below(&self, c: &str) -> bool {
        self.classes
            .iter()
            .any(|k| self.is_subclass(&k.name, c) && self.hash_kind(&k.name) == Some(false))
    }

    /// `hash(x)` for `x: c` when some classes below `c` are unhashable: a
    /// test per class (deepest first), raising CPython's TypeError naming
    /// the dynamic class for the unhashable ones.
    fn hash_chain(&mut self, fx: &mut Fx, x: t::Expr, c: &str) -> Option<t::Expr> {
        let r = x.range;
        let h = fx.hidden("hx", x.ty.clone());
        let local = ex(K::Local(h.clone()), x.ty.clone(), r);
        let mut ks: Vec<String> = self
            .classes
            .iter()
            .map(|k| k.name.clone())
            .filter(|n| n != c && self.is_subclass(n, c))
            .collect();
        ks.sort_by_key(|n| (self.ancestry(n).len(), n.clone()));
        let one = |cx: &mut Self, fx: &mut Fx, k: &str| -> Option<t::Expr> {
            let kx = ex(
                K::Cast(k.to_string(), Box::new(local.clone())),
                Ty::Class(k.to_string()),
                r,
            );
            Some(match cx.hash_kind(k) {
                Some(true) => ex(
                    K::CallVirtual(k.to_string(), "__hash__".into(), vec![kx]),
                    Ty::Int,
                    r,
                ),
                Some(false) => {
                    let name = crate::types::show_class(k);
                    let name = name.rsplit('.').next().unwrap_or(&name).to_string();
                    cx.lib_call(fx, "fe_unhashable", vec![sconst(&name, r)], r)?
                }
                None => prim(P::IdHash, vec![kx], Ty::Int, r),
            })
        };
        let mut acc = one(self, fx, c)?;
        for k in ks {
            self.use_class(&k);
            let v = one(self, fx, &k)?;
            let tst = ex(
                K::InstanceOf(k.clone(), Box::new(local.clone())),
                Ty::Bool,
                r,
            );
            acc = ex(
                K::IfExp(Box::new(tst), Box::new(v), Box::new(acc)),
                Ty::Int,
                r,
            );
        }
        let stmts = vec![t::Stmt::Assign(vec![t::Target::Local(h)], vec![x])];
        Some(ex(K::Block(stmts, Box::new(acc)), Ty::Int, r))
    }

    /// `x.__len__()` of a user class as `len()` sees it: a negative
    /// result raises ValueError (CPython's check in every length slot).
    pub(crate) fn user_len(&mut self, fx: &mut Fx, x: t::Expr, r: TextRange) -> Option<t::Expr> {
        let n = self.method_on(fx, x, "__len__", vec![], r)?;
        self.lib_call(fx, "fe_len_result", vec![n], r)
    }

    /// `str(e)` of an exception: its message field (None, stored for an
    /// explicit empty argument, reads as "").
    pub(crate) fn exc_text(&mut self, fx: &mut Fx, e: t::Expr) -> Option<t::Expr> {
        let r = e.range;
        let field = ex(K::ExcMessage(Box::new(e)), Ty::opt(Ty::Str), r);
        self.lib_call(fx, "fe_exc_text", vec![field], r)
    }

    /// The message field of an exception given the text of its explicit
    /// argument (an empty text is stored as None: see `exc_text`).
    pub(crate) fn exc_arg(&mut self, fx: &mut Fx, msg: t::Expr) -> Option<t::Expr> {
        if let K::Str(s) = &msg.kind
            && !s.is_empty()
        {
            return Some(msg);
        }
        let r = msg.range;
        self.lib_call(fx, "fe_exc_arg", vec![msg], r)
    }

    /// Each of `xs` (exception constructor arguments) evaluated once, in
    /// order, into a hidden local (assignments pushed to `pre`).
    pub(crate) fn exc_arg_locals(
        &mut self,
        fx: &mut Fx,
        xs: Vec<t::Expr>,
        pre: &mut Vec<t::Stmt>,
    ) -> Vec<t::Expr> {
        xs.into_iter()
            .map(|x| {
                let (ty, r) = (x.ty.clone(), x.range);
                match ty {
                    Ty::Unknown => return x,
                    // None has one value: run the expression for its effects.
                    Ty::None => {
                        if !matches!(x.kind, K::Null | K::Nothing) {
                            pre.push(t::Stmt::Expr(x));
                        }
                        return ex(K::Null, Ty::None, r);
                    }
                    _ => {}
                }
                let h = fx.hidden("excarg", ty.clone());
                pre.push(t::Stmt::Assign(vec![t::Target::Local(h.clone())], vec![x]));
                ex(K::Local(h), ty, r)
            })
            .collect()
    }

    /// `repr(a) + ", " + repr(b) + ...`: the text of CPython's `repr(e)`
    /// between the parentheses for an exception built with several
    /// arguments.
    pub(crate) fn exc_args_repr(
        &mut self,
        fx: &mut Fx,
        xs: Vec<t::Expr>,
        r: TextRange,
    ) -> Option<t::Expr> {
        let mut out: Option<t::Expr> = None;
        for x in xs {
            let rep = self.repr_of(fx, x)?;
            out = Some(match out {
                None => rep,
                Some(acc) => concat(concat(acc, sconst(", ", r)), rep),
            });
        }
        Some(out.unwrap_or_else(|| sconst("", r)))
    }

    /// The `message` and `argrepr` fields of an exception of class `class`
    /// built with the argument `x` (`E(x)`, `super().__init__(x)`): a str
    /// is the message (repr(e) quotes it); any other value gives its str
    /// as the message and its repr for repr(e), as CPython's `args`
    /// would; a KeyError's message is repr(x) (its str()). `pre` gets
    /// what must run first.
    pub(crate) fn exc_arg_fields(
        &mut self,
        fx: &mut Fx,
        class: &str,
        x: t::Expr,
        pre: &mut Vec<t::Stmt>,
    ) -> Option<(t::Expr, Option<t::Expr>)> {
        let r = x.range;
        if self.is_subclass(class, "KeyError") {
            return Some((self.repr_of(fx, x)?, None));
        }
        match x.ty.clone() {
            Ty::Str => Some((self.exc_arg(fx, x)?, None)),
            Ty::Unknown => None,
            Ty::None => {
                if !matches!(x.kind, K::Null | K::Nothing) {
                    pre.push(t::Stmt::Expr(x));
                }
                Some((sconst("None", r), Some(sconst("None", r))))
            }
            ty => {
                let h = fx.hidden("excarg", ty.clone());
                pre.push(t::Stmt::Assign(vec![t::Target::Local(h.clone())], vec![x]));
                let local = ex(K::Local(h), ty, r);
                let text = self.str_of(fx, local.clone())?;
                let msg = self.exc_arg(fx, text)?;
                let rep = self.repr_of(fx, local)?;
                Some((msg, Some(rep)))
            }
        }
    }

    /// `n * seq`: the library's `NAME(seq, n)`, with `n` evaluated first
    /// (kept in a local unless it is a local or a constant), as CPython
    /// evaluates the operands left to right.
    fn repeat_swapped(
        &mut self,
        fx: &mut Fx,
        name: &str,
        n: t::Expr,
        seq: t::Expr,
        r: TextRange,
    ) -> Option<t::Expr> {
        if matches!(n.kind, K::Local(_) | K::Int(_)) {
            return self.lib_call(fx, name, vec![seq, n], r);
        }
        let h = fx.hidden("count", Ty::Int);
        let first = t::Stmt::Assign(vec![t::Target::Local(h.clone())], vec![n]);
        let call = self.lib_call(fx, name, vec![seq, ex(K::Local(h), Ty::Int, r)], r)?;
        let ty = call.ty.clone();
        Some(ex(K::Block(vec![first], Box::new(call)), ty, r))
    }

    /// `repr(x)`.
    pub(crate) fn repr_of(&mut self, fx: &mut Fx, x: t::Expr) -> Option<t::Expr> {
        let r = x.range;
        Some(match x.ty.clone() {
            Ty::Int => ex(K::IntToStr(Box::new(x)), Ty::Str, r),
            Ty::Bool => ex(K::BoolToStr(Box::new(x)), Ty::Str, r),
            Ty::Str => self.lib_call(fx, "builtin_repr_str", vec![x], r)?,
            Ty::Float => self.lib_call(fx, "builtin_repr_float", vec![x], r)?,
            Ty::Bytes => self.lib_call(fx, "builtin_repr_bytes", vec![x], r)?,
            Ty::None => return self.str_of(fx, x),
            Ty::List(_) => self.lib_call(fx, "list_repr", vec![x], r)?,
            Ty::TupleVar(e) => {
                let l = ex(x.kind, Ty::List(e), r);
                self.lib_call(fx, "fe_tuplev_repr", vec![l], r)?
            }
            Ty::Tuple(_) => {
                let f = self.tuple_helper(&x.ty, "repr");
                ex(K::Call(f, vec![x]), Ty::Str, r)
            }
            Ty::Dict(..) | Ty::Set(_) => self.method_on(fx, x, "__repr__", vec![], r)?,
            Ty::Class(c) if self.find_method(&c, "__repr__").is_some() => {
                ex(K::CallVirtual(c, "__repr__".into(), vec![x]), Ty::Str, r)
            }
            Ty::Class(c) if !self.overriders(&c, "__repr__").is_empty() => {
                let id = |_: &mut Self, _: &mut Fx, e: t::Expr| Some(e);
                let def =
                    |cx: &mut Self, fx: &mut Fx, lx: t::Expr, _: Vec<t::Expr>| cx.repr_of(fx, lx);
                self.dispatch_down(fx, x, &c, "__repr__", vec![], Ty::Str, &id, &def)?
            }
            Ty::Class(c) if self.is_exception(&c) => {
                // ClassName('message') with the dynamic class's name (an
                // isinstance chain over the program's subclasses of the
                // static type, deepest first); ClassName() for an empty
                // message. A KeyError's message already holds repr(key).
                let h = fx.hidden("exc", x.ty.clone());
                let local = ex(K::Local(h.clone()), x.ty.clone(), r);
                let hm = fx.hidden("excmsg", Ty::opt(Ty::Str));
                let field = ex(K::Local(hm.clone()), Ty::opt(Ty::Str), r);
                let argrepr = ex(
                    K::GetField {
                        class: ir::EXCEPTION_ROOT.into(),
                        field: "argrepr".into(),
                        obj: Box::new(local.clone()),
                    },
                    Ty::opt(Ty::Str),
                    r,
                );
                let quoted =
                    self.lib_call(fx, "builtin_repr_exc_arg", vec![field.clone(), argrepr], r)?;
                let msg = self.lib_call(fx, "fe_exc_text", vec![field], r)?;
                let hq = fx.hidden("excq", Ty::Str);
                let q = ex(K::Local(hq.clone()), Ty::Str, r);
                let text = |cx: &Self, k: &str| {
                    let name = crate::types::show_class(k);
                    let name = name.rsplit('.').next().unwrap_or(&name).to_string();
                    let arg = if cx.is_subclass(k, "KeyError") {
                        msg.clone()
                    } else if cx.is_subclass(k, "SystemExit") {
                        // The code: an int or None as is, a str quoted.
                        let exit = ex(
                            K::Cast("SystemExit".into(), Box::new(local.clone())),
                            Ty::Class("SystemExit".into()),
                            r,
                        );
                        let code = ex(
                            K::GetField {
                                class: "SystemExit".into(),
                                field: "code".into(),
                                obj: Box::new(exit),
                            },
                            Ty::Int,
                            r,
                        );
                        let is_text = ex(
                            K::Compare(
                                Box::new(code),
                                vec![(
                                    t::CmpKind::Int(ir::BinOp::Eq),
                                    ex(K::Int(t::EXIT_TEXT), Ty::Int, r),
                                )],
                            ),
                            Ty::Bool,
                            r,
                        );
                        ex(
                            K::IfExp(
                                Box::new(is_text),
                                Box::new(q.clone()),
                                Box::new(msg.clone()),
                            ),
                            Ty::Str,
                            r,
                        )
                    } else {
                        q.clone()
                    };
                    concat(concat(sconst(&format!("{name}("), r), arg), sconst(")", r))
                };
                let mut subs: Vec<String> = self
                    .classes
                    .iter()
                    .filter(|k| !k.synthetic && k.name != c)
                    .map(|k| k.name.clone())
                    .filter(|n| self.is_subclass(n, &c))
                    .collect();
                // Shallowest first, so the deepest test ends up outermost.
                subs.sort_by_key(|n| (self.ancestry(n).len(), n.clone()));
                let mut acc = text(self, &c);
                for k in subs {
                    self.use_class(&k);
                    let tst = ex(
                        K::InstanceOf(k.clone(), Box::new(local.clone())),
                        Ty::Bool,
                        r,
                    );
                    acc = ex(
                        K::IfExp(Box::new(tst), Box::new(text(self, &k)), Box::new(acc)),
                        Ty::Str,
                        r,
                    );
                }
                let stmts = vec![
                    t::Stmt::Assign(vec![t::Target::Local(h)], vec![x]),
                    t::Stmt::Assign(
                        vec![t::Target::Local(hm)],
                        vec![ex(
                            K::ExcMessage(Box::new(local.clone())),
                            Ty::opt(Ty::Str),
                            r,
                        )],
                    ),
                    t::Stmt::Assign(vec![t::Target::Local(hq)], vec![quoted]),
                ];
                ex(K::Block(stmts, Box::new(acc)), Ty::Str, r)
            }
            Ty::Class(c) => {
                let name = crate::types::show_class(&c);
                let m = if name.contains('.') {
                    String::new()
                } else {
                    "__main__.".into()
                };
                let mut pre = vec![];
                pre.push(t::Stmt::Expr(x));
                ex(
                    K::Block(pre, Box::new(sconst(&format!("<{m}{name} object>"), r))),
                    Ty::Str,
                    r,
                )
            }
            Ty::Func(..) => {
                let pre = vec![t::Stmt::Expr(x)];
                ex(K::Block(pre, Box::new(sconst("<function>", r))), Ty::Str, r)
            }
            Ty::Optional(inner) => {
                let inner = (*inner).clone();
                self.opt_map(fx, x, inner, r, |cx, fx, v| cx.repr_of(fx, v))?
            }
            Ty::Unknown => return None,
        })
    }

    /// `hash(x)`.
    pub(crate) fn hash_of(&mut self, fx: &mut Fx, x: t::Expr) -> Option<t::Expr> {
        let r = x.range;
        Some(match x.ty.clone() {
            Ty::Int => self.lib_call(fx, "builtin_hash_int", vec![x], r)?,
            Ty::Bool => self.lib_call(fx, "builtin_hash_bool", vec![x], r)?,
            Ty::Float => self.lib_call(fx, "builtin_hash_float", vec![x], r)?,
            Ty::Str => self.lib_call(fx, "builtin_hash_str", vec![x], r)?,
            Ty::Bytes => self.lib_call(fx, "builtin_hash_bytes", vec![x], r)?,
            Ty::Tuple(_) => {
                let f = self.tuple_helper(&x.ty, "hash");
                ex(K::Call(f, vec![x]), Ty::Int, r)
            }
            Ty::TupleVar(e) => {
                let l = ex(x.kind, Ty::List(e), r);
                self.lib_call(fx, "builtin_hash_tuplev", vec![l], r)?
            }
            // A `__hash__` may run: its -1 becomes -2, as in CPython.
            Ty::Class(c) if self.unhashable_below(&c) => {
                let h = self.hash_chain(fx, x, &c)?;
                self.lib_call(fx, "fe_hash_user", vec![h], r)?
            }
            Ty::Class(c) if self.find_method(&c, "__hash__").is_some() => {
                let h = ex(K::CallVirtual(c, "__hash__".into(), vec![x]), Ty::Int, r);
                self.lib_call(fx, "fe_hash_user", vec![h], r)?
            }
            Ty::Class(c) if !self.overriders(&c, "__hash__").is_empty() => {
                let id = |_: &mut Self, _: &mut Fx, e: t::Expr| Some(e);
                let def = |_: &mut Self, _: &mut Fx, lx: t::Expr, _: Vec<t::Expr>| {
                    Some(prim(P::IdHash, vec![lx], Ty::Int, r))
                };
                let h = self.dispatch_down(fx, x, &c, "__hash__", vec![], Ty::Int, &id, &def)?;
                self.lib_call(fx, "fe_hash_user", vec![h], r)?
            }
            Ty::Class(_) | Ty::Func(..) => prim(P::IdHash, vec![x], Ty::Int, r),
            Ty::Optional(inner) => {
                let inner = (*inner).clone();
                let h = fx.hidden("opt", x.ty.clone());
                let local = ex(K::Local(h.clone()), x.ty.clone(), r);
                let isnull = prim(P::IsNull, vec![local], Ty::Bool, r);
                let lv = ex(K::Local(h.clone()), x.ty.clone(), r);
                let lv = self.unwrap_opt(lv, inner);
                let v = self.hash_of(fx, lv)?;
                let pick = ex(
                    K::IfExp(
                        Box::new(isnull),
                        Box::new(ex(K::Int(0x5f3759df), Ty::Int, r)),
                        Box::new(v),
                    ),
                    Ty::Int,
                    r,
                );
                ex(
                    K::Block(
                        vec![t::Stmt::Assign(vec![t::Target::Local(h)], vec![x])],
                        Box::new(pick),
                    ),
                    Ty::Int,
                    r,
                )
            }
            Ty::Unknown => return None,
            other => {
                self.err(Diagnostic::new(
                    format!("unhashable type: `{other}`"),
                    r,
                    format!("this is `{other}`"),
                    "hash ints, floats, bools, strs, bytes, tuples and instances",
                ));
                return None;
            }
        })
    }

    /// A synthesized helper of a tuple type: `eq`, `lt`, `le`, `gt`, `ge`,
    /// `repr`, `hash`.
    pub(crate) fn tuple_helper(&mut self, ty: &Ty, what: &str) -> String {
        let cls = ty.mangle();
        let name = format!("{cls}.__{what}__");
        if self.synth_names.contains(&name) {
            return name;
        }
        self.synth_names.insert(name.clone());
        self.ensure_class(ty);
        self.use_ty(ty);
        let Ty::Tuple(ts) = ty else { return name };
        let r = TextRange::default();
        let a = ex(K::Local("a".into()), ty.clone(), r);
        let b = ex(K::Local("b".into()), ty.clone(), r);
        let field = |o: &t::Expr, i: usize, t: &Ty| {
            ex(
                K::GetField {
                    class: cls.clone(),
                    field: format!("f{i}"),
                    obj: Box::new(o.clone()),
                },
                t.clone(),
                r,
            )
        };
        let mut fx = Fx::new(
            &name,
            Ty::Bool,
            vec![("a".into(), ty.clone()), ("b".into(), ty.clone())],
        );
        let (params, ret, body) = match what {
            "eq" => {
                let mut body = Vec::new();
                for (i, t) in ts.iter().enumerate() {
                    // Items compare as CPython's tuple_richcompare does:
                    // identity first, then `==` (never `__ne__`).
                    let (x, y) = (field(&a, i, t), field(&b, i, t));
                    if let Some(same) = self.lib_call(&mut fx, "same_or_eq", vec![x, y], r) {
                        let c = ex(K::Not(Box::new(same)), Ty::Bool, r);
                        body.push(t::Stmt::If(
                            c,
                            vec![t::Stmt::Return(Some(ex(K::Bool(false), Ty::Bool, r)), r)],
                            vec![],
                        ));
                    }
                }
                body.push(t::Stmt::Return(Some(ex(K::Bool(true), Ty::Bool, r)), r));
                (
                    vec![("a".to_string(), ty.clone()), ("b".to_string(), ty.clone())],
                    Ty::Bool,
                    body,
                )
            }
            "lt" | "le" | "gt" | "ge" => {
                // CPython's tuplerichcompare: the first pair of items that
                // differ by `==` (identity first) decides with the same
                // operator; all equal: the lengths (equal here) decide.
                let (op, all_equal) = match what {
                    "lt" => (ast::CmpOp::Lt, false),
                    "le" => (ast::CmpOp::LtE, true),
                    "gt" => (ast::CmpOp::Gt, false),
                    _ => (ast::CmpOp::GtE, true),
                };
                let mut body = Vec::new();
                for (i, t) in ts.iter().enumerate() {
                    let (x, y) = (field(&a, i, t), field(&b, i, t));
                    let same = self.lib_call(&mut fx, "same_or_eq", vec![x.clone(), y.clone()], r);
                    let ord = self.cmp_kind(&mut fx, op, &x, y, r);
                    if let (Some(same), Some((k2, y2))) = (same, ord) {
                        let c = ex(K::Not(Box::new(same)), Ty::Bool, r);
                        let l = ex(K::Compare(Box::new(x), vec![(k2, y2)]), Ty::Bool, r);
                        body.push(t::Stmt::If(c, vec![t::Stmt::Return(Some(l), r)], vec![]));
                    }
                }
                body.push(t::Stmt::Return(
                    Some(ex(K::Bool(all_equal), Ty::Bool, r)),
                    r,
                ));
                (
                    vec![("a".to_string(), ty.clone()), ("b".to_string(), ty.clone())],
                    Ty::Bool,
                    body,
                )
            }
            "repr" => {
                fx.locals.truncate(1);
                let mut acc = sconst("(", r);
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        acc = concat(acc, sconst(", ", r));
                    }
                    if let Some(s) = self.repr_of(&mut fx, field(&a, i, t)) {
                        acc = concat(acc, s);
                    }
                }
                if ts.len() == 1 {
                    acc = concat(acc, sconst(",", r));
                }
                acc = concat(acc, sconst(")", r));
                (
                    vec![("a".to_string(), ty.clone())],
                    Ty::Str,
                    vec![t::Stmt::Return(Some(acc), r)],
                )
            }
            _ => {
                fx.locals.truncate(1);
                let mut hs = Vec::new();
                for (i, t) in ts.iter().enumerate() {
                    if let Some(h) = self.hash_of(&mut fx, field(&a, i, t)) {
                        hs.push(h);
                    }
                }
                let l = ex(K::ListNew(Ty::Int, hs), Ty::list(Ty::Int), r);
                let h = self
                    .lib_call(&mut fx, "builtin_hash_tuple", vec![l], r)
                    .unwrap_or_else(|| ex(K::Int(0), Ty::Int, r));
                (
                    vec![("a".to_string(), ty.clone())],
                    Ty::Int,
                    vec![t::Stmt::Return(Some(h), r)],
                )
            }
        };
        self.synth.push(t::FuncInfo {
            name: name.clone(),
            params,
            ret,
            body,
            locals: fx.locals,
            range: r,
        });
        name
    }

    // ----- attributes and subscripts -----------------------------------

    fn attribute(
        &mut self,
        fx: &mut Fx,
        a: &'a ast::ExprAttribute,
        expected: Option<&Ty>,
    ) -> t::Expr {
        // Narrowed attribute path.
        if let Some(p) = self.path_of(fx, &a.value)
            && let Some(n) = fx.find_narrow(&format!("{p}.{}", a.attr)).cloned()
        {
            let base = self.attribute_plain(fx, a);
            let e = E::Attribute(a.clone());
            return self.narrowed_value(fx, &e, n, base, expected);
        }
        self.attribute_plain(fx, a)
    }

    /// `a.attr` without the narrowing of the path (the receiver keeps
    /// its own).
    pub(crate) fn attribute_plain(&mut self, fx: &mut Fx, a: &'a ast::ExprAttribute) -> t::Expr {
        let r = a.range;
        let attr = a.attr.as_str();
        if let Some(head) = crate::check::leftmost_name(&a.value)
            && fx.local(head).is_none()
        {
            let shown = crate::check::dotted_text(&a.value);
            match self.dotted_item(self.cur_mod, &a.value) {
                Some(Item::Module(mi)) => {
                    return match self.resolve(mi, attr) {
                        Some(Item::Const(c)) => c.expr(r),
                        Some(Item::Global(gi)) => self.eval_global(fx, gi, r),
                        Some(Item::Func(f)) => {
                            self.func_value(fx, &f, r).unwrap_or_else(|| self.bad(r))
                        }
                        Some(_) => {
                            self.err(unsupported(
                                &format!("`{shown}.{attr}` used as a value"),
                                r,
                                "call it or use it as a type",
                            ));
                            self.bad(r)
                        }
                        None => {
                            self.err(Diagnostic::new(
                                format!("module `{shown}` has no attribute `{attr}`"),
                                a.attr.range,
                                "not defined there",
                                "define it at module level in that module",
                            ));
                            self.bad(r)
                        }
                    };
                }
                Some(Item::Builtin(m)) => return self.builtin_module_attr(fx, &m, a),
                Some(Item::Class(c)) => {
                    // Through the class name the value is that class's
                    // (static).
                    if let Some((_, v)) = self.class_val(&c, attr) {
                        return self.class_val_expr(fx, &v, r);
                    }
                    if let Some((_, sig)) = self.find_method(&c, attr)
                        && sig.is_static
                    {
                        return self
                            .func_value(fx, &sig.name, r)
                            .unwrap_or_else(|| self.bad(r));
                    }
                    self.err(Diagnostic::new(
                        format!(
                            "class `{}` has no constant `{attr}`",
                            crate::types::show_class(&c)
                        ),
                        a.attr.range,
                        "no such class attribute",
                        "class attributes are constants assigned in the class body (`X = 1`)",
                    ));
                    return self.bad(r);
                }
                _ => {}
            }
        }
        let obj = self.receiver(fx, &a.value, attr, false);
        let oty = match &obj.ty {
            Ty::Dict(..) | Ty::Set(_) if self.is_lib(self.cur_mod) => Ty::Class(obj.ty.mangle()),
            t => t.clone(),
        };
        match oty {
            Ty::Class(c) => {
                let Some((owner, ci, fi)) = self.field(&c, attr) else {
                    if self.class_val(&c, attr).is_some() {
                        return self
                            .instance_class_val(fx, obj, &c, attr, r)
                            .unwrap_or_else(|| self.bad(r));
                    }
                    if self.find_method(&c, attr).is_some() {
                        return self
                            .bound_method(fx, obj, &c, attr, r)
                            .unwrap_or_else(|| self.bad(r));
                    }
                    self.err(unknown_attr(&c, attr, a.attr.range));
                    return self.bad(r);
                };
                // The root's fields (`message`, `argrepr`) are the
                // runtime's; only support code reads them (see
                // support.py's `_set_path_text`).
                if self.classes[ci].builtin
                    && owner == ir::EXCEPTION_ROOT
                    && !self.is_lib(self.cur_mod)
                {
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
                            "annotate it in `{}.__init__`: `self.{attr}: T = ...`",
                            crate::types::show_class(&owner)
                        ),
                    ));
                    return self.bad(r);
                };
                let is_exit_code = owner == "SystemExit" && attr == "code";
                let is_errno = owner == "OSError" && attr == "errno";
                let x = ex(
                    K::GetField {
                        class: owner,
                        field: attr.to_string(),
                        obj: Box::new(obj),
                    },
                    fty,
                    r,
                );
                if is_exit_code {
                    // `e.code`: `int | None` (see typed::EXIT_NONE); a
                    // program with a str code may not read it.
                    self.exit_code_reads.push((self.cur_mod, a.attr.range));
                    return self
                        .lib_call(fx, "fe_exit_code", vec![x], r)
                        .unwrap_or_else(|| self.bad(r));
                }
                if is_errno {
                    // `e.errno`: `int | None` (see fe_os_errno).
                    return self
                        .lib_call(fx, "fe_os_errno", vec![x], r)
                        .unwrap_or_else(|| self.bad(r));
                }
                x
            }
            Ty::Optional(inner) if matches!(&*inner, Ty::Class(_)) => {
                self.err(self.maybe_none(&a.value, &obj.ty));
                self.bad(r)
            }
            Ty::Unknown => self.bad(r),
            other => {
                self.err(Diagnostic::new(
                    format!("unknown attribute `{attr}` of `{other}`"),
                    a.attr.range,
                    "no such attribute",
                    format!("`{other}` values have methods but no attributes"),
                ));
                self.bad(r)
            }
        }
    }

    fn subscript(&mut self, fx: &mut Fx, s: &'a ast::ExprSubscript) -> t::Expr {
        let r = s.range;
        let obj = self.expr(fx, &s.value, None);
        if obj.ty.is_unknown() {
            return self.bad(r);
        }
        if let E::Slice(sl) = &*s.slice {
            return self.slice(fx, obj, sl, r);
        }
        match obj.ty.clone() {
            Ty::List(elem) => {
                let Some(i) = self.index_expr(fx, &s.slice) else {
                    return self.bad(r);
                };
                ex(K::ListGet(Box::new(obj), Box::new(i)), *elem, r)
            }
            Ty::TupleVar(elem) => {
                let Some(i) = self.index_expr(fx, &s.slice) else {
                    return self.bad(r);
                };
                let l = ex(obj.kind, Ty::List(elem), obj.range);
                self.lib_call(fx, "fe_tuple_get", vec![l, i], r)
                    .unwrap_or_else(|| self.bad(r))
            }
            Ty::Str => {
                let Some(i) = self.index_expr(fx, &s.slice) else {
                    return self.bad(r);
                };
                prim(P::StrGet, vec![obj, i], Ty::Str, r)
            }
            Ty::Bytes => {
                let Some(i) = self.index_expr(fx, &s.slice) else {
                    return self.bad(r);
                };
                prim(P::BytesGet, vec![obj, i], Ty::Int, r)
            }
            Ty::Tuple(ts) => {
                let idx = match &*s.slice {
                    E::NumberLiteral(ast::ExprNumberLiteral {
                        value: ast::Number::Int(i),
                        ..
                    }) => i.as_i64(),
                    E::UnaryOp(u) if u.op == ast::UnaryOp::USub => match &*u.operand {
                        E::NumberLiteral(ast::ExprNumberLiteral {
                            value: ast::Number::Int(i),
                            ..
                        }) => neg_literal(i),
                        _ => None,
                    },
                    _ => None,
                };
                let n = ts.len() as i64;
                match idx {
                    Some(i) if (-n..n).contains(&i) => {
                        let i = if i < 0 { i + n } else { i } as usize;
                        let cls = obj.ty.mangle();
                        ex(
                            K::GetField {
                                class: cls,
                                field: format!("f{i}"),
                                obj: Box::new(obj),
                            },
                            ts[i].clone(),
                            r,
                        )
                    }
                    Some(_) => {
                        self.err(Diagnostic::new(
                            "tuple index out of range",
                            s.slice.range(),
                            format!("the tuple has {n} items"),
                            "index a fixed tuple with a constant in range",
                        ));
                        self.bad(r)
                    }
                    None if !ts.is_empty() && ts.iter().all(|x| *x == ts[0]) => {
                        let Some(i) = self.index_expr(fx, &s.slice) else {
                            return self.bad(r);
                        };
                        let Some(l) = self.tuple_to_list(fx, obj) else {
                            return self.bad(r);
                        };
                        self.lib_call(fx, "fe_tuple_get", vec![l, i], r)
                            .unwrap_or_else(|| self.bad(r))
                    }
                    None => {
                        self.err(Diagnostic::new(
                            "a tuple of different types is indexed by a constant",
                            s.slice.range(),
                            "not a constant index",
                            "write `t[0]`, `t[1]`, ... or use a homogeneous `tuple[T, ...]`",
                        ));
                        self.bad(r)
                    }
                }
            }
            Ty::Optional(_) => {
                self.err(self.maybe_none(&s.value, &obj.ty));
                self.bad(r)
            }
            _ => {
                let key_exp = match &obj.ty {
                    Ty::Dict(k, _) => Some((**k).clone()),
                    _ => None,
                };
                let key = self.expr(fx, &s.slice, key_exp.as_ref());
                self.dunder_call(fx, obj, "__getitem__", vec![key], r, "is not subscriptable")
                    .unwrap_or_else(|| self.bad(r))
            }
        }
    }

    fn slice(
        &mut self,
        fx: &mut Fx,
        obj: t::Expr,
        sl: &'a ast::ExprSlice,
        r: TextRange,
    ) -> t::Expr {
        let (a, ha) = self.opt_int(fx, sl.lower.as_deref(), r);
        let (b, hb) = self.opt_int(fx, sl.upper.as_deref(), r);
        let step = match &sl.step {
            Some(s) => self
                .index_expr(fx, s)
                .unwrap_or_else(|| ex(K::Int(1), Ty::Int, r)),
            None => ex(K::Int(1), Ty::Int, r),
        };
        let name = match &obj.ty {
            Ty::List(_) => "list_getslice",
            Ty::TupleVar(e) => {
                let e = e.clone();
                let l = ex(obj.kind, Ty::List(e.clone()), obj.range);
                let Some(x) = self.lib_call(fx, "list_getslice", vec![l, a, b, step, ha, hb], r)
                else {
                    return self.bad(r);
                };
                return ex(x.kind, Ty::TupleVar(e), r);
            }
            Ty::Str => "str_getslice",
            Ty::Bytes => "bytes_getslice",
            Ty::Tuple(ts) if !ts.is_empty() && ts.iter().all(|x| *x == ts[0]) => {
                let e = ts[0].clone();
                let Some(l) = self.tuple_to_list(fx, obj) else {
                    return self.bad(r);
                };
                let Some(x) = self.lib_call(fx, "list_getslice", vec![l, a, b, step, ha, hb], r)
                else {
                    return self.bad(r);
                };
                return ex(x.kind, Ty::TupleVar(Box::new(e)), r);
            }
            other => {
                self.err(Diagnostic::new(
                    format!("`{other}` cannot be sliced"),
                    obj.range,
                    format!("this is `{other}`"),
                    "slice strs, bytes, lists and tuples",
                ));
                return self.bad(r);
            }
        };
        self.lib_call(fx, name, vec![obj, a, b, step, ha, hb], r)
            .unwrap_or_else(|| self.bad(r))
    }

    // ----- displays and comprehensions ---------------------------------

    fn dict_display(
        &mut self,
        fx: &mut Fx,
        d: &'a ast::ExprDict,
        expected: Option<&Ty>,
    ) -> t::Expr {
        let r = d.range;
        let (mut kt, mut vt) = match expected {
            Some(Ty::Dict(k, v)) if !k.is_unknown() && !v.is_unknown() => {
                (Some((**k).clone()), Some((**v).clone()))
            }
            _ => (None, None),
        };
        let mut pairs = Vec::new();
        for item in &d.items {
            let Some(k) = &item.key else {
                self.err(unsupported(
                    "`**` in a dict display",
                    item.value.range(),
                    "use `update()`",
                ));
                return self.bad(r);
            };
            let kx = self.expr(fx, k, kt.as_ref());
            let vx = self.expr(fx, &item.value, vt.as_ref());
            if kx.ty.is_unknown() || vx.ty.is_unknown() {
                return self.bad(r);
            }
            if kt.is_none() {
                kt = Some(kx.ty.clone());
            }
            if vt.is_none() {
                vt = Some(vx.ty.clone());
            }
            pairs.push((kx, vx));
        }
        let (Some(kt), Some(vt)) = (kt, vt) else {
            self.err(Diagnostic::new(
                "cannot infer the type of an empty dict",
                r,
                "key and value types unknown",
                "annotate the variable, e.g. `d: dict[str, int] = {}`",
            ));
            return self.bad(r);
        };
        // Join value types (e.g. subclasses).
        let mut vt = vt;
        for (_, v) in &pairs {
            match self.join(&vt, &v.ty) {
                Some(j) => vt = j,
                None if matches!((&vt, &v.ty), (Ty::Float, Ty::Int) | (Ty::Int, Ty::Float)) => {
                    vt = Ty::Float
                }
                None => {
                    self.err(mismatch(
                        &vt,
                        &v.ty,
                        v.range,
                        "all values of a dict have one type",
                    ));
                    return self.bad(r);
                }
            }
        }
        let ty = Ty::Dict(Box::new(kt.clone()), Box::new(vt.clone()));
        let Some(newd) = self.new_container(fx, &ty, r) else {
            return self.bad(r);
        };
        let h = fx.hidden("dict", ty.clone());
        let local = ex(K::Local(h.clone()), ty.clone(), r);
        // Every key and value is evaluated before the first is inserted.
        let mut flat: Vec<t::Expr> = pairs.into_iter().flat_map(|(k, v)| [k, v]).collect();
        let mut stmts = eval_all_first(fx, &mut flat, false);
        let mut flat = flat.into_iter();
        let mut pairs = Vec::new();
        while let (Some(k), Some(v)) = (flat.next(), flat.next()) {
            pairs.push((k, v));
        }
        stmts.push(t::Stmt::Assign(vec![t::Target::Local(h)], vec![newd]));
        for (k, v) in pairs {
            let k = self.coerce(k, &kt);
            let v = self.coerce(v, &vt);
            if !self.assignable(&k.ty, &kt) {
                self.err(mismatch(
                    &kt,
                    &k.ty,
                    k.range,
                    "all keys of a dict have one type",
                ));
                return self.bad(r);
            }
            let Some(c) = self.method_on(fx, local.clone(), "__setitem__", vec![k, v], r) else {
                return self.bad(r);
            };
            stmts.push(t::Stmt::Expr(c));
        }
        ex(K::Block(stmts, Box::new(local)), ty, r)
    }

    /// A set display; `iter_source`: it is what a `for` loop or a
    /// comprehension clause iterates.
    pub(crate) fn set_display(
        &mut self,
        fx: &mut Fx,
        s: &'a ast::ExprSet,
        expected: Option<&Ty>,
        iter_source: bool,
    ) -> t::Expr {
        let r = s.range;
        let et = match expected {
            Some(Ty::Set(e)) if !e.is_unknown() => Some((**e).clone()),
            _ => None,
        };
        let all_const = s.elts.iter().all(cpython_const);
        let frozen = all_const && (iter_source || s.elts.len() > 2);
        // CPython's compiler merges equal constants of a module: a display
        // of the same constants as an earlier one gets that one's
        // frozenset (built in the earlier display's order).
        let mut elts: &'a [E] = &s.elts;
        if frozen
            && !self.is_lib(self.cur_mod)
            && let Some(key) = const_set_key(&s.elts, &|e| self.const_eval(e))
        {
            let m = self.cur_mod;
            if !self.const_sets.contains_key(&m) {
                let found = shared_const_sets(&self.mods[m].ast.body, &|e| self.const_eval(e));
                self.const_sets.insert(m, found);
            }
            if let Some(first) = self.const_sets.get(&m).and_then(|x| x.get(&key)) {
                elts = &first.elts;
            }
        }
        let Some((elem, items)) = self.items_of(fx, elts, et, r, "set") else {
            return self.bad(r);
        };
        let ty = Ty::Set(Box::new(elem));
        let Some(news) = self.new_container(fx, &ty, r) else {
            return self.bad(r);
        };
        let h = fx.hidden("set", ty.clone());
        let local = ex(K::Local(h.clone()), ty.clone(), r);
        // Every item is evaluated before the first is added.
        let mut items = items;
        let mut stmts = eval_all_first(fx, &mut items, false);
        stmts.push(t::Stmt::Assign(vec![t::Target::Local(h)], vec![news]));
        for x in items {
            let Some(c) = self.method_on(fx, local.clone(), "add", vec![x], r) else {
                return self.bad(r);
            };
            stmts.push(t::Stmt::Expr(c));
        }
        // CPython compiles a display of three or more constants (after its
        // AST constant folding) to a frozenset constant, and iterates any
        // display of constants in a `for` as such a frozenset: other orders.
        let m = if iter_source && all_const {
            Some("const_frozenset")
        } else if s.elts.len() > 2 && all_const {
            Some("const_display")
        } else {
            None
        };
        if let Some(m) = m {
            let Some(c) = self.method_on(fx, local, m, vec![], r) else {
                return self.bad(r);
            };
            return ex(K::Block(stmts, Box::new(c)), ty, r);
        }
        ex(K::Block(stmts, Box::new(local)), ty, r)
    }

    /// A new empty dict or set.
    pub(crate) fn new_container(&mut self, fx: &mut Fx, ty: &Ty, r: TextRange) -> Option<t::Expr> {
        let none_arg = match ty {
            Ty::Dict(k, v) if **k == Ty::None => Some("keys"),
            Ty::Dict(_, v) if **v == Ty::None => Some("values"),
            Ty::Set(e) if **e == Ty::None => Some("items"),
            _ => None,
        };
        if let Some(what) = none_arg {
            // Reported here, at the program's display or comprehension:
            // the prelude's Dict/Set is not instantiated with None.
            let kind = if matches!(ty, Ty::Set(_)) {
                "set"
            } else {
                "dict"
            };
            self.err(Diagnostic::new(
                format!("{kind} of `None` {what}"),
                r,
                "no type for them",
                "annotate the variable with an optional type, e.g. `d: dict[str, Node | None] = {\"a\": None}`",
            ));
            return None;
        }
        self.ensure_class(ty);
        self.use_ty(ty);
        let cls = ty.mangle();
        self.class(&cls)?;
        Some(self.construct(fx, &cls, &[], &[], r)).filter(|x| !x.ty.is_unknown())
    }

    #[allow(clippy::too_many_arguments)]
    fn comprehension(
        &mut self,
        fx: &mut Fx,
        kind: Comp,
        elt: &'a E,
        val: Option<&'a E>,
        gens: &'a [ast::Comprehension],
        expected: Option<&Ty>,
        r: TextRange,
    ) -> t::Expr {
        // Comprehension variables live in their own scope: rename them.
        let saved_scopes = fx.scopes.len();
        let saved_narrow = fx.narrow.clone();
        let since = fx.events.len();
        let saved_depth = fx.loop_depth;
        // Check the clauses in order (declaring variables), then the
        // element; the loops are built around it from the inside out.
        let elts: Vec<&E> = std::iter::once(elt).chain(val).collect();
        let Some(levels) = self.comp_levels(fx, gens, &elts) else {
            fx.scopes.truncate(saved_scopes);
            fx.restore_narrow(saved_narrow, since);
            fx.loop_depth = saved_depth;
            return self.bad(r);
        };
        // Element.
        type AddFn<'s, 'b> =
            Box<dyn Fn(&mut Ctx<'b>, &mut Fx, t::Expr, Vec<t::Expr>) -> Option<t::Stmt> + 's>;
        let (res_ty, add): (Ty, AddFn<'_, 'a>);
        let elem_exp = match (kind, expected) {
            (Comp::List, Some(Ty::List(e))) | (Comp::Set, Some(Ty::Set(e))) => Some((**e).clone()),
            (Comp::Dict, Some(Ty::Dict(k, _))) => Some((**k).clone()),
            _ => None,
        };
        let x = self.expr(fx, elt, elem_exp.as_ref());
        let x = match &elem_exp {
            Some(t) => self.coerce(x, t),
            None => x,
        };
        let v = match val {
            Some(v) => {
                let vexp = match expected {
                    Some(Ty::Dict(_, v)) => Some((**v).clone()),
                    _ => None,
                };
                let vx = self.expr(fx, v, vexp.as_ref());
                Some(match &vexp {
                    Some(t) => self.coerce(vx, t),
                    None => vx,
                })
            }
            None => None,
        };
        fx.scopes.truncate(saved_scopes);
        fx.restore_narrow(saved_narrow, since);
        fx.loop_depth = saved_depth;
        if x.ty.is_unknown() || v.as_ref().is_some_and(|v| v.ty.is_unknown()) {
            return self.bad(r);
        }
        if x.ty == Ty::None {
            self.err(Diagnostic::new(
                "comprehension of `None` values",
                x.range,
                "no value",
                "the element must have a value",
            ));
            return self.bad(r);
        }
        let ety = elem_exp
            .clone()
            .filter(|t| self.assignable(&x.ty, t))
            .unwrap_or(x.ty.clone());
        match kind {
            Comp::List => {
                res_ty = Ty::list(ety.clone());
                add = Box::new(|_cx, _fx, acc, mut args| {
                    let x = args.remove(0);
                    Some(t::Stmt::Expr(ex(
                        K::ListAppend(Box::new(acc), Box::new(x)),
                        Ty::None,
                        TextRange::default(),
                    )))
                });
            }
            Comp::Set => {
                res_ty = Ty::Set(Box::new(ety.clone()));
                add = Box::new(|cx, fx, acc, args| {
                    cx.method_on(fx, acc, "add", args, TextRange::default())
                        .map(t::Stmt::Expr)
                });
            }
            Comp::Dict => {
                let vty = v.as_ref().map(|v| v.ty.clone()).unwrap_or(Ty::Unknown);
                let vty = match expected {
                    Some(Ty::Dict(_, ev)) if self.assignable(&vty, ev) => (**ev).clone(),
                    _ => vty,
                };
                res_ty = Ty::Dict(Box::new(ety.clone()), Box::new(vty));
                add = Box::new(|cx, fx, acc, args| {
                    cx.method_on(fx, acc, "__setitem__", args, TextRange::default())
                        .map(t::Stmt::Expr)
                });
            }
        }
        let init = match kind {
            Comp::List => ex(K::ListNew(ety.clone(), vec![]), res_ty.clone(), r),
            _ => match self.new_container(fx, &res_ty, r) {
                Some(x) => x,
                None => return self.bad(r),
            },
        };
        let acc = fx.hidden("comp", res_ty.clone());
        let acc_e = ex(K::Local(acc.clone()), res_ty.clone(), r);
        let mut args = vec![x];
        if let Some(v) = v {
            args.push(v);
        }
        let Some(add_stmt) = add(self, fx, acc_e.clone(), args) else {
            return self.bad(r);
        };
        let body = self.nest_levels(levels, vec![add_stmt], &mut Vec::new);
        let mut stmts = vec![t::Stmt::Assign(vec![t::Target::Local(acc)], vec![init])];
        stmts.extend(body);
        ex(K::Block(stmts, Box::new(acc_e)), res_ty, r)
    }

    /// A str literal. A lone surrogate written as an escape (`"\\ud800"`),
    /// which the parser cannot keep in its Rust string (it gives U+FFFD),
    /// is made at run time as `chr(0xd800)` is: CPython keeps it.
    fn str_literal(&self, s: &ast::ExprStringLiteral, r: TextRange) -> t::Expr {
        self.literal_text(s.value.to_str(), &literal_parts(s), r)
    }

    /// The text `value` the parser decoded from the source `parts` (each
    /// with whether it is raw): a constant, unless a lone surrogate is
    /// written as an escape there.
    fn literal_text(&self, value: &str, parts: &[(TextRange, bool)], r: TextRange) -> t::Expr {
        let Some(origins) = self.surrogate_origins(value, parts) else {
            return sconst(value, r);
        };
        let pieces: Vec<&str> = value.split('\u{FFFD}').collect();
        let mut acc = sconst(pieces[0], r);
        for (origin, piece) in origins.into_iter().zip(&pieces[1..]) {
            let cp = match origin {
                Some(c) => prim(
                    P::StrFromCp,
                    vec![ex(K::Int(i64::from(c)), Ty::Int, r)],
                    Ty::Str,
                    r,
                ),
                None => sconst("\u{FFFD}", r),
            };
            acc = concat(acc, cp);
            if !piece.is_empty() {
                acc = concat(acc, sconst(piece, r));
            }
        }
        acc
    }

    /// Whether a str literal holds a lone surrogate written as an escape.
    pub(crate) fn surrogate_literal(&self, s: &ast::ExprStringLiteral) -> bool {
        self.surrogate_origins(s.value.to_str(), &literal_parts(s))
            .is_some()
    }

    /// For literal text with lone surrogates written as escapes: where
    /// each U+FFFD of the parser's value comes from (see
    /// `replacement_origins`), one per U+FFFD.
    fn surrogate_origins(
        &self,
        value: &str,
        parts: &[(TextRange, bool)],
    ) -> Option<Vec<Option<u32>>> {
        if !value.contains('\u{FFFD}') {
            return None;
        }
        let src = self.mods[self.cur_mod].source;
        let mut origins = Vec::new();
        for (range, raw) in parts {
            let text = src.get(usize::from(range.start())..usize::from(range.end()))?;
            replacement_origins(text, *raw, &mut origins);
        }
        let holes = value.matches('\u{FFFD}').count();
        (origins.iter().any(Option::is_some) && origins.len() == holes).then_some(origins)
    }

    // ----- f-strings --------------------------------------------------

    /// The text an f-string field with `=` writes before its value: the
    /// expression's source with the spaces around it (`"x = "`).
    fn debug_label(&self, i: &ast::InterpolatedElement) -> Option<String> {
        let d = i.debug_text.as_ref()?;
        let e = i.expression.range();
        let code = self.mods[self.cur_mod]
            .source
            .get(usize::from(e.start())..usize::from(e.end()))
            .unwrap_or("");
        Some(format!("{}{}{}", d.leading(), code, d.trailing()))
    }

    /// A field inside an f-string field's spec (`{w}` and `{w!r:>4}` in
    /// `f"{x:{w}}"`, `f"{x:{w!r:>4}}"`): its text, with its own `=`,
    /// conversion and (literal) spec, as CPython builds it.
    fn fstring_spec_field(
        &mut self,
        fx: &mut Fx,
        ii: &'a ast::InterpolatedElement,
    ) -> Option<t::Expr> {
        let r = ii.range;
        let y = self.expr(fx, &ii.expression, None);
        if y.ty.is_unknown() {
            return None;
        }
        let spec = ii.format_spec.as_ref().map(|fs| {
            let text: String = fs
                .elements
                .iter()
                .filter_map(|e| match e {
                    ast::InterpolatedStringElement::Literal(l) => Some(&*l.value),
                    ast::InterpolatedStringElement::Interpolation(_) => None,
                })
                .collect();
            sconst(&text, fs.range)
        });
        let y = match ii.conversion {
            ast::ConversionFlag::Repr => self.repr_of(fx, y)?,
            ast::ConversionFlag::Str => self.str_of(fx, y)?,
            ast::ConversionFlag::Ascii => {
                let s = self.repr_of(fx, y)?;
                self.lib_call(fx, "builtin_ascii_of_repr", vec![s], r)?
            }
            ast::ConversionFlag::None if spec.is_none() && ii.debug_text.is_some() => {
                self.repr_of(fx, y)?
            }
            ast::ConversionFlag::None => y,
        };
        let text = match spec {
            Some(sp) => self.format_value(fx, y, sp, r)?,
            None => self.str_of(fx, y)?,
        };
        Some(match self.debug_label(ii) {
            Some(label) => concat(sconst(&label, r), text),
            None => text,
        })
    }

    fn fstring(&mut self, fx: &mut Fx, f: &'a ast::ExprFString) -> t::Expr {
        let r = f.range;
        let mut parts: Vec<t::Expr> = Vec::new();
        for p in f.value.iter() {
            match p {
                ast::FStringPart::Literal(l) => {
                    let raw = l.flags.prefix().is_raw();
                    parts.push(self.literal_text(&l.value, &[(l.range, raw)], l.range))
                }
                ast::FStringPart::FString(fs) => {
                    let raw = fs.flags.prefix().is_raw();
                    for el in &fs.elements {
                        match el {
                            ast::InterpolatedStringElement::Literal(l) => {
                                parts.push(self.literal_text(&l.value, &[(l.range, raw)], l.range))
                            }
                            ast::InterpolatedStringElement::Interpolation(i) => {
                                if let Some(label) = self.debug_label(i) {
                                    parts.push(sconst(&label, i.range));
                                }
                                let x = self.expr(fx, &i.expression, None);
                                if x.ty.is_unknown() {
                                    return self.bad(r);
                                }
                                // The spec: literal text and nested fields,
                                // evaluated before the conversion runs
                                // (CPython builds the spec first).
                                let mut spec = None;
                                if let Some(fs) = &i.format_spec {
                                    let mut sp: Option<t::Expr> = None;
                                    for e in &fs.elements {
                                        let part = match e {
                                            ast::InterpolatedStringElement::Literal(l) => {
                                                sconst(&l.value, l.range)
                                            }
                                            ast::InterpolatedStringElement::Interpolation(ii) => {
                                                if let Some(deep) = ii
                                                    .format_spec
                                                    .iter()
                                                    .flat_map(|s| s.elements.iter())
                                                    .find(|e| e.is_interpolation())
                                                {
                                                    self.err(Diagnostic::new(
                                                        "syntax error: f-string: expressions nested too deeply",
                                                        deep.range(),
                                                        "a replacement field in the spec of a nested field",
                                                        "Python 3.11 allows one level of fields inside a format spec: compute the inner spec first",
                                                    ));
                                                    return self.bad(r);
                                                }
                                                match self.fstring_spec_field(fx, ii) {
                                                    Some(s) => s,
                                                    None => return self.bad(r),
                                                }
                                            }
                                        };
                                        sp = Some(match sp {
                                            None => part,
                                            Some(a) => concat(a, part),
                                        });
                                    }
                                    spec = Some(sp.unwrap_or_else(|| sconst("", r)));
                                }
                                let mut pre = Vec::new();
                                let mut x = x;
                                if let Some(sp) = spec.as_mut()
                                    && i.conversion != ast::ConversionFlag::None
                                {
                                    let mut v = [x, std::mem::replace(sp, sconst("", r))];
                                    pre = eval_all_first(fx, &mut v, false);
                                    let [a, b] = v;
                                    x = a;
                                    *sp = b;
                                }
                                let x = match i.conversion {
                                    ast::ConversionFlag::Repr => self.repr_of(fx, x),
                                    ast::ConversionFlag::Str => self.str_of(fx, x),
                                    ast::ConversionFlag::Ascii => {
                                        let s = self.repr_of(fx, x);
                                        s.and_then(|s| {
                                            self.lib_call(fx, "builtin_ascii_of_repr", vec![s], r)
                                        })
                                    }
                                    ast::ConversionFlag::None => {
                                        if spec.is_none() && i.debug_text.is_some() {
                                            self.repr_of(fx, x)
                                        } else {
                                            Some(x)
                                        }
                                    }
                                };
                                let Some(x) = x else { return self.bad(r) };
                                // Each field is converted before the next
                                // is evaluated: record the calls now.
                                self.note_expr(fx, &x);
                                let formatted = match spec {
                                    None => self.str_of(fx, x),
                                    Some(sp) => self.format_value(fx, x, sp, r),
                                };
                                let formatted = formatted.map(|s| {
                                    if pre.is_empty() {
                                        s
                                    } else {
                                        ex(K::Block(pre, Box::new(s)), Ty::Str, r)
                                    }
                                });
                                let Some(s) = formatted else {
                                    return self.bad(r);
                                };
                                self.note_expr(fx, &s);
                                parts.push(s);
                            }
                        }
                    }
                }
            }
        }
        let mut it = parts.into_iter();
        let Some(mut acc) = it.next() else {
            return sconst("", r);
        };
        for p in it {
            acc = concat(acc, p);
        }
        ex(acc.kind, Ty::Str, r)
    }

    /// `format(x, spec)` by type (prelude `format_TYPE(x, spec)`).
    pub(crate) fn format_value(
        &mut self,
        fx: &mut Fx,
        x: t::Expr,
        spec: t::Expr,
        r: TextRange,
    ) -> Option<t::Expr> {
        let suffix = match &x.ty {
            Ty::Int => "int",
            Ty::Bool => "bool",
            Ty::Float => "float",
            Ty::Str => "str",
            t => {
                let tn = sconst(&self.type_name(t), r);
                let s = self.str_of(fx, x)?;
                return self.lib_call(fx, "format_obj", vec![s, spec, tn], r);
            }
        };
        self.lib_call(fx, &format!("format_{suffix}"), vec![x, spec], r)
    }

    /// `"..." % args` (the prelude's `str_mod`).
    /// `fmt % right` with a literal format. With a mapping,
    /// `"...%(key)s..." % d` looks the format's keys up (in order) and
    /// formats the format without them as with a tuple; a spec without a
    /// key takes the whole mapping if it is the first spec (later ones
    /// find no argument), as in CPython. With a dict display whose keys are
    /// str literals, the values may have different types (each is
    /// evaluated, in order, as building the dict would; a key the display
    /// lacks raises `KeyError`).
    fn percent_literal(
        &mut self,
        fx: &mut Fx,
        l: t::Expr,
        fmt: &str,
        right: &'a E,
        r: TextRange,
    ) -> t::Expr {
        match self.percent_mapping(fx, l, fmt, right, r) {
            Ok(x) => x.unwrap_or_else(|| self.bad(r)),
            Err(operands) => {
                let (l, rr) = *operands;
                self.binary(fx, ast::Operator::Mod, l, rr, r)
                    .unwrap_or_else(|| self.bad(r))
            }
        }
    }

    /// See [`Self::percent_literal`]; gives back both operands (the right
    /// one checked) when the right operand is not a mapping and the
    /// format has no key.
    fn percent_mapping(
        &mut self,
        fx: &mut Fx,
        l: t::Expr,
        fmt: &str,
        right: &'a E,
        r: TextRange,
    ) -> Result<Option<t::Expr>, Box<(t::Expr, t::Expr)>> {
        let (stripped, specs) = match parse_percent_keys(fmt) {
            Ok(p) => p,
            Err(PercentErr::Reject(what)) => {
                self.err(Diagnostic::new(
                    format!("{what} always raises"),
                    l.range,
                    "this format",
                    "CPython raises TypeError or ValueError when it reaches this spec: use a conversion among `s r a d i u x X o e E f F g G c` with a literal width and precision",
                ));
                return Ok(None);
            }
            Err(PercentErr::Runtime(msg)) => {
                // CPython raises ValueError when it reaches the bad key.
                let rr = self.expr(fx, right, None);
                let exc = self.new_builtin_exc("ValueError", Some(sconst(msg, r)), r);
                let stmts = vec![t::Stmt::Expr(rr), t::Stmt::Raise(Some(exc))];
                return Ok(Some(ex(
                    K::Block(stmts, Box::new(sconst("", r))),
                    Ty::Str,
                    r,
                )));
            }
        };
        let has_keys = specs.iter().any(Option::is_some);
        let display = match right {
            E::Dict(d)
                if has_keys
                    && specs.iter().all(Option::is_some)
                    && d.items
                        .iter()
                        .all(|it| matches!(&it.key, Some(E::StringLiteral(_)))) =>
            {
                Some(d)
            }
            _ => None,
        };
        let fmt_expr = sconst(&stripped, r);
        if let Some(d) = display {
            // Evaluate every value, in order, into hidden locals.
            let mut pre = Vec::new();
            let mut by_key: Vec<(String, t::Expr)> = Vec::new();
            for it in &d.items {
                let Some(E::StringLiteral(k)) = &it.key else {
                    continue;
                };
                let x = self.expr(fx, &it.value, None);
                if x.ty.is_unknown() {
                    return Ok(None);
                }
                by_key.retain(|(n, _)| n != k.value.to_str());
                if x.ty == Ty::None {
                    if !matches!(x.kind, K::Null) {
                        pre.push(t::Stmt::Expr(x));
                    }
                    by_key.push((k.value.to_str().to_string(), ex(K::Null, Ty::None, r)));
                    continue;
                }
                let h = fx.hidden("pm", x.ty.clone());
                let ty = x.ty.clone();
                pre.push(t::Stmt::Assign(vec![t::Target::Local(h.clone())], vec![x]));
                by_key.push((k.value.to_str().to_string(), ex(K::Local(h), ty, r)));
            }
            let mut items = Vec::new();
            for key in specs.iter().flatten() {
                match by_key.iter().find(|(n, _)| n == key) {
                    Some((_, x)) => items.push(x.clone()),
                    None => {
                        let Some(msg) = self.repr_of(fx, sconst(key, r)) else {
                            return Ok(None);
                        };
                        let exc = self.new_builtin_exc("KeyError", Some(msg), r);
                        pre.push(t::Stmt::Raise(Some(exc)));
                        return Ok(Some(ex(K::Block(pre, Box::new(sconst("", r))), Ty::Str, r)));
                    }
                }
            }
            let call = self
                .fmt_args(fx, items, r)
                .and_then(|l| self.lib_call(fx, "str_mod", vec![fmt_expr, l], r));
            return Ok(call.map(|call| ex(K::Block(pre, Box::new(call)), Ty::Str, r)));
        }
        let rr = self.expr(fx, right, None);
        if rr.ty.is_unknown() {
            return Ok(None);
        }
        let Ty::Dict(kt, _) = rr.ty.clone() else {
            if !has_keys {
                return Err(Box::new((l, rr)));
            }
            // CPython: TypeError when it reaches the first key.
            let exc =
                self.new_builtin_exc("TypeError", Some(sconst("format requires a mapping", r)), r);
            let stmts = vec![t::Stmt::Expr(rr), t::Stmt::Raise(Some(exc))];
            return Ok(Some(ex(
                K::Block(stmts, Box::new(sconst("", r))),
                Ty::Str,
                r,
            )));
        };
        if has_keys && *kt != Ty::Str {
            self.err(Diagnostic::new(
                "`%(key)` formatting needs a dict with str keys",
                rr.range,
                format!("this is `{}`", rr.ty),
                "format keys are strs: use a `dict[str, ...]`",
            ));
            return Ok(None);
        }
        let h = fx.hidden("pmap", rr.ty.clone());
        let dty = rr.ty.clone();
        let local = ex(K::Local(h.clone()), dty, r);
        let mut items = Vec::new();
        for (i, spec) in specs.iter().enumerate() {
            let x = match spec {
                Some(key) => {
                    self.method_on(fx, local.clone(), "__getitem__", vec![sconst(key, r)], r)
                }
                // The mapping is the argument of a first spec without a
                // key; after it there is none (str_mod raises TypeError
                // there).
                None if i == 0 => Some(local.clone()),
                None => break,
            };
            let Some(x) = x else { return Ok(None) };
            items.push(x);
        }
        let call = self
            .fmt_args(fx, items, r)
            .and_then(|l| self.lib_call(fx, "str_mod", vec![fmt_expr, l], r));
        let pre = vec![t::Stmt::Assign(vec![t::Target::Local(h)], vec![rr])];
        Ok(call.map(|call| ex(K::Block(pre, Box::new(call)), Ty::Str, r)))
    }

    fn percent_format(
        &mut self,
        fx: &mut Fx,
        fmt: t::Expr,
        args: t::Expr,
        r: TextRange,
    ) -> Option<t::Expr> {
        if matches!(args.ty, Ty::Dict(..)) {
            self.err(Diagnostic::new(
                "`%` with a dict needs a literal format string",
                args.range,
                "the format's `%(key)` fields must be known when translating",
                "write the format as a string literal, or use an f-string",
            ));
            return None;
        }
        // A tuple display's items are all evaluated before the first is
        // formatted (`"%s %s" % (xs, xs.pop())`).
        let mut pre = Vec::new();
        let items: Vec<t::Expr> = match &args.ty {
            Ty::Tuple(ts) => {
                let ts = ts.clone();
                match args.kind {
                    K::New { sets, .. } => {
                        let mut v: Vec<t::Expr> = sets.into_iter().map(|(_, _, x)| x).collect();
                        pre = eval_all_first(fx, &mut v, true);
                        v
                    }
                    _ => {
                        let h = fx.hidden("pct", args.ty.clone());
                        let cls = args.ty.mangle();
                        let local = ex(K::Local(h.clone()), args.ty.clone(), r);
                        let mut v: Vec<t::Expr> = ts
                            .iter()
                            .enumerate()
                            .map(|(i, t)| {
                                ex(
                                    K::GetField {
                                        class: cls.clone(),
                                        field: format!("f{i}"),
                                        obj: Box::new(local.clone()),
                                    },
                                    t.clone(),
                                    r,
                                )
                            })
                            .collect();
                        if let Some(first) = v.first_mut() {
                            let fty = first.ty.clone();
                            let x = std::mem::replace(first, ex(K::Nothing, Ty::Unknown, r));
                            *first = ex(
                                K::Block(
                                    vec![t::Stmt::Assign(vec![t::Target::Local(h)], vec![args])],
                                    Box::new(x),
                                ),
                                fty,
                                r,
                            );
                        }
                        v
                    }
                }
            }
            _ => vec![args],
        };
        let mut l = self.fmt_args(fx, items, r)?;
        if !pre.is_empty() {
            let ty = l.ty.clone();
            l = ex(K::Block(pre, Box::new(l)), ty, r);
        }
        self.lib_call(fx, "str_mod", vec![fmt, l], r)
    }

    /// The prelude's `FmtArg` values of typed arguments, as a list.
    pub(crate) fn fmt_args(
        &mut self,
        fx: &mut Fx,
        items: Vec<t::Expr>,
        r: TextRange,
    ) -> Option<t::Expr> {
        // Every argument is evaluated before the first is converted.
        let mut items = items;
        let pre = eval_all_first(fx, &mut items, false);
        let mut out = Vec::new();
        for x in items {
            out.push(self.fmt_arg(fx, x, r)?);
        }
        let ety = match out.first() {
            Some(x) => x.ty.clone(),
            None => {
                let (_, sig) = self.lib_func("fmtarg_int", &[Ty::Int], r)?;
                sig.ret
            }
        };
        let lty = Ty::list(ety.clone());
        let list = ex(K::ListNew(ety, out), lty.clone(), r);
        if pre.is_empty() {
            return Some(list);
        }
        Some(ex(K::Block(pre, Box::new(list)), lty, r))
    }

    fn fmt_arg(&mut self, fx: &mut Fx, x: t::Expr, r: TextRange) -> Option<t::Expr> {
        match x.ty.clone() {
            Ty::Int => self.lib_call(fx, "fmtarg_int", vec![x], r),
            Ty::Bool => self.lib_call(fx, "fmtarg_bool", vec![x], r),
            Ty::Float => self.lib_call(fx, "fmtarg_float", vec![x], r),
            Ty::Str => self.lib_call(fx, "fmtarg_str", vec![x], r),
            Ty::Unknown => None,
            Ty::None => {
                let n = sconst("None", r);
                let tn = sconst("NoneType", r);
                let call = self.lib_call(fx, "fmtarg_obj", vec![n.clone(), n, tn], r)?;
                let ty = call.ty.clone();
                let pre = match x.kind {
                    K::Null | K::Nothing => vec![],
                    _ => vec![t::Stmt::Expr(x)],
                };
                Some(ex(K::Block(pre, Box::new(call)), ty, r))
            }
            t => {
                let h = fx.hidden("fa", t.clone());
                let local = ex(K::Local(h.clone()), t.clone(), r);
                let s = self.str_of(fx, local.clone())?;
                let rp = self.repr_of(fx, local)?;
                let tn = sconst(&self.type_name(&t), r);
                let call = self.lib_call(fx, "fmtarg_obj", vec![s, rp, tn], r)?;
                let ty = call.ty.clone();
                Some(ex(
                    K::Block(
                        vec![t::Stmt::Assign(vec![t::Target::Local(h)], vec![x])],
                        Box::new(call),
                    ),
                    ty,
                    r,
                ))
            }
        }
    }

    /// Python's `type(x).__name__` for a static type.
    pub(crate) fn type_name(&self, t: &Ty) -> String {
        match t {
            Ty::Int => "int".into(),
            Ty::Bool => "bool".into(),
            Ty::Float => "float".into(),
            Ty::Str => "str".into(),
            Ty::Bytes => "bytes".into(),
            Ty::None => "NoneType".into(),
            Ty::List(_) => "list".into(),
            Ty::Tuple(_) | Ty::TupleVar(_) => "tuple".into(),
            Ty::Dict(..) => "dict".into(),
            Ty::Set(_) => "set".into(),
            Ty::Func(..) => "function".into(),
            Ty::Optional(i) => self.type_name(i),
            Ty::Class(c) => {
                let s = crate::types::show_class(c);
                s.rsplit('.').next().unwrap_or(&s).to_string()
            }
            Ty::Unknown => "object".into(),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Comp {
    List,
    Set,
    Dict,
}

#[allow(dead_code)]
fn _const_unused(c: Const) -> Const {
    c
}

/// Why a literal `%` format cannot go to `str_mod` as written.
enum PercentErr {
    /// CPython's ValueError message (raised when the format is used).
    Runtime(&'static str),
    /// A `%(key)` spec that always raises in CPython and whose error the
    /// format without keys would not reproduce (a `*` width/precision, an
    /// unsupported conversion character, reported at its index): rejected.
    Reject(String),
}

/// The `%(key)` fields of a literal `%` format: the format without the
/// `(key)` parts, and for each spec that takes an argument its key (`None`
/// for a spec without one). Specs are parsed as CPython's: `%%` right after
/// the `%` is a literal, anything else is a spec (flags, `*` or digits,
/// `.` and `*` or digits, an ignored `h`/`l`/`L`, then the conversion).
fn parse_percent_keys(fmt: &str) -> Result<(String, Vec<Option<String>>), PercentErr> {
    let cs: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut specs = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        out.push(c);
        i += 1;
        if c != '%' {
            continue;
        }
        if i < cs.len() && cs[i] == '%' {
            out.push('%');
            i += 1;
            continue;
        }
        let mut key = None;
        if i < cs.len() && cs[i] == '(' {
            let mut depth = 1;
            let mut j = i + 1;
            while j < cs.len() && depth > 0 {
                match cs[j] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(PercentErr::Runtime("incomplete format key"));
            }
            key = Some(cs[i + 1..j - 1].iter().collect::<String>());
            i = j;
        }
        let mut star = false;
        let take = |out: &mut String, i: &mut usize, pred: &dyn Fn(char) -> bool| {
            while *i < cs.len() && pred(cs[*i]) {
                out.push(cs[*i]);
                *i += 1;
            }
        };
        take(&mut out, &mut i, &|c| {
            matches!(c, '-' | '+' | ' ' | '#' | '0')
        });
        if i < cs.len() && cs[i] == '*' {
            star = true;
            out.push('*');
            i += 1;
        } else {
            take(&mut out, &mut i, &|c| c.is_ascii_digit());
        }
        if i < cs.len() && cs[i] == '.' {
            out.push('.');
            i += 1;
            if i < cs.len() && cs[i] == '*' {
                star = true;
                out.push('*');
                i += 1;
            } else {
                take(&mut out, &mut i, &|c| c.is_ascii_digit());
            }
        }
        if i < cs.len() && matches!(cs[i], 'h' | 'l' | 'L') {
            out.push(cs[i]);
            i += 1;
        }
        if i < cs.len() {
            let conv = cs[i];
            out.push(conv);
            if key.is_some() {
                if star {
                    return Err(PercentErr::Reject(
                        "a `*` width or precision in a `%(key)` spec".into(),
                    ));
                }
                if !"srasdiuxXoeEfFgGc".contains(conv) {
                    return Err(PercentErr::Reject(format!(
                        "unsupported format character {conv:?} in a `%(key)` spec"
                    )));
                }
            }
            specs.push(key);
            i += 1;
        }
    }
    Ok((out, specs))
}

/// Whether CPython 3.11's compiler sees `e` as a constant after its AST
/// optimizer's folding (literals, unary and binary operators on
/// constants, tuples of constants), within the folding size limits.
fn cpython_const(e: &E) -> bool {
    use ast::Operator as O;
    let seq_len = |e: &E| -> Option<usize> {
        match e {
            E::StringLiteral(s) => Some(s.value.to_str().chars().count()),
            E::BytesLiteral(b) => Some(b.value.bytes().count()),
            _ => None,
        }
    };
    let int_of = |e: &E| -> Option<i64> {
        match e {
            E::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => i.as_i64(),
                _ => None,
            },
            _ => None,
        }
    };
    let number = |e: &E| matches!(e, E::NumberLiteral(_) | E::BooleanLiteral(_));
    match e {
        E::NumberLiteral(_)
        | E::StringLiteral(_)
        | E::BytesLiteral(_)
        | E::BooleanLiteral(_)
        | E::NoneLiteral(_)
        | E::EllipsisLiteral(_) => true,
        E::Tuple(t) => t.elts.iter().all(cpython_const),
        E::UnaryOp(u) => cpython_const(&u.operand),
        E::BinOp(b) => {
            if !(cpython_const(&b.left) && cpython_const(&b.right)) {
                return false;
            }
            let (l, r) = (&*b.left, &*b.right);
            match b.op {
                // str/bytes `*`: folded up to 4096 items, never `%`.
                O::Mult if seq_len(l).is_some() || seq_len(r).is_some() => {
                    let (s, n) = match (seq_len(l), seq_len(r)) {
                        (Some(s), _) => (s, int_of(r)),
                        (_, Some(s)) => (s, int_of(l)),
                        _ => (0, None),
                    };
                    matches!(n, Some(n) if n >= 0 && (s == 0 || n as usize <= 4096 / s))
                }
                O::Mod => number(l) || !matches!(l, E::StringLiteral(_) | E::BytesLiteral(_)),
                _ => true,
            }
        }
        _ => false,
    }
}

/// The key under which CPython's compiler merges the frozenset constant
/// of a display of these constants (`_PyCode_ConstantKey`: the set of
/// (type, value) of the items), for literals, signed numbers, tuples of
/// them, and operators CPython's AST optimizer folds (their value by
/// `fold`); `None` when a value is not known.
fn const_set_key(elts: &[E], fold: &dyn Fn(&E) -> Option<Const>) -> Option<String> {
    let mut xs: Vec<String> = elts
        .iter()
        .map(|e| const_item_key(e, fold))
        .collect::<Option<_>>()?;
    xs.sort();
    xs.dedup();
    Some(xs.join(";"))
}

/// One item of [`const_set_key`]: its type and value.
fn const_item_key(e: &E, fold: &dyn Fn(&E) -> Option<Const>) -> Option<String> {
    Some(match e {
        E::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => format!("i{}", i.as_i64()?),
            ast::Number::Float(f) => format!("f{}", f.to_bits()),
            ast::Number::Complex { .. } => return None,
        },
        E::BooleanLiteral(b) => format!("b{}", b.value),
        E::NoneLiteral(_) => "n".into(),
        E::StringLiteral(s) => format!("s{:?}", s.value.to_str()),
        E::BytesLiteral(b) => format!("y{:?}", b.value.bytes().collect::<Vec<u8>>()),
        E::Tuple(t) => {
            let xs: Option<Vec<String>> = t.elts.iter().map(|x| const_item_key(x, fold)).collect();
            format!("t({})", xs?.join(","))
        }
        // Signed numbers and folded operators: by value.
        _ => match fold(e)? {
            Const::Int(i) => format!("i{i}"),
            Const::Float(f) => format!("f{f}"),
            Const::Bool(b) => format!("b{b}"),
            Const::Str(s) => format!("s{s:?}"),
            Const::Bytes(b) => format!("y{b:?}"),
        },
    })
}

/// The set displays of a module that CPython compiles to frozenset
/// constants (three or more constants, or any constants iterated by a
/// `for` or a comprehension): for each constant key, the first display in
/// source order.
fn shared_const_sets<'x>(
    body: &'x [ast::Stmt],
    fold: &dyn Fn(&E) -> Option<Const>,
) -> HashMap<String, &'x ast::ExprSet> {
    use ruff_python_ast::visitor::{Visitor, walk_comprehension, walk_expr, walk_stmt};
    struct V<'x, 'f> {
        found: Vec<(TextSize, String, &'x ast::ExprSet)>,
        fold: &'f dyn Fn(&E) -> Option<Const>,
    }
    impl<'x> V<'x, '_> {
        fn add(&mut self, e: &'x E, iterated: bool) {
            if let E::Set(s) = e
                && (iterated || s.elts.len() > 2)
                && s.elts.iter().all(cpython_const)
                && let Some(k) = const_set_key(&s.elts, self.fold)
            {
                self.found.push((s.range.start(), k, s));
            }
        }
    }
    impl<'x> Visitor<'x> for V<'x, '_> {
        fn visit_stmt(&mut self, st: &'x ast::Stmt) {
            if let ast::Stmt::For(f) = st {
                self.add(&f.iter, true);
            }
            walk_stmt(self, st);
        }
        fn visit_comprehension(&mut self, c: &'x ast::Comprehension) {
            self.add(&c.iter, true);
            walk_comprehension(self, c);
        }
        fn visit_expr(&mut self, e: &'x E) {
            self.add(e, false);
            walk_expr(self, e);
        }
    }
    let mut v = V {
        found: Vec::new(),
        fold,
    };
    for st in body {
        v.visit_stmt(st);
    }
    v.found.sort_by_key(|x| x.0);
    let mut out = HashMap::new();
    for (_, k, s) in v.found {
        out.entry(k).or_insert(s);
    }
    out
}

/// Where each U+FFFD of a str literal's value comes from, in order, given
/// the source text of one part (prefix and quotes included): the code
/// point of a surrogate escape (`\\ud800`, `\\U0000dc00`), which the parser
/// replaced, or None for a U+FFFD the program wrote.
fn replacement_origins(text: &str, raw: bool, out: &mut Vec<Option<u32>>) {
    let cs: Vec<char> = text.chars().collect();
    let hex = |from: usize, n: usize| -> Option<u32> {
        let digits: String = cs.get(from..from + n)?.iter().collect();
        u32::from_str_radix(&digits, 16).ok()
    };
    let mut i = 0;
    while i < cs.len() {
        match cs[i] {
            '\u{FFFD}' => {
                out.push(None);
                i += 1;
            }
            '\\' if !raw && i + 1 < cs.len() => {
                let n = match cs[i + 1] {
                    'u' => 4,
                    'U' => 8,
                    'N' => {
                        let end = (i + 2..cs.len())
                            .find(|&j| cs[j] == '}')
                            .unwrap_or(cs.len());
                        let name: String = cs.get(i + 3..end).unwrap_or(&[]).iter().collect();
                        if name.eq_ignore_ascii_case("REPLACEMENT CHARACTER") {
                            out.push(None);
                        }
                        i = end + 1;
                        continue;
                    }
                    _ => {
                        i += 2;
                        continue;
                    }
                };
                match hex(i + 2, n) {
                    Some(v) if (0xD800..=0xDFFF).contains(&v) => out.push(Some(v)),
                    Some(0xFFFD) => out.push(None),
                    _ => {}
                }
                i += 2 + n;
            }
            _ => i += 1,
        }
    }
}

/// The source pieces of a (possibly implicitly concatenated) str literal,
/// each with whether it is raw.
fn literal_parts(s: &ast::ExprStringLiteral) -> Vec<(TextRange, bool)> {
    s.value
        .iter()
        .map(|p| (p.range, p.flags.prefix().is_raw()))
        .collect()
}
