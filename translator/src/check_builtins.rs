//! Builtin functions (part of stage 2): print, len, str, repr, int, float,
//! min/max/sum/sorted, containers from iterables, and the others, lowered
//! to IR operations or prelude calls (`builtin_NAME[_TYPE]`).

use crate::check::{Ctx, Fx, mismatch, unsupported};
use crate::check_call::Arg;
use crate::check_expr::{concat, ex, prim, sconst};
use crate::check_iter::LoopTarget;
use crate::diag::Diagnostic;
use crate::typed::{self as t, ExprKind as K};
use crate::types::Ty;
use ir::Prim as P;
use ruff_python_ast::{self as ast, Expr as E};
use ruff_text_size::{Ranged, TextRange};

/// The type suffix of overloaded prelude builtins.
fn suffix(t: &Ty) -> &'static str {
    match t {
        Ty::Int => "int",
        Ty::Float => "float",
        Ty::Str => "str",
        Ty::Bool => "bool",
        Ty::Bytes => "bytes",
        _ => "",
    }
}

impl<'a> Ctx<'a> {
    fn arity(&mut self, id: &str, c: &'a ast::ExprCall, lo: usize, hi: usize, help: &str) -> bool {
        let n = c.arguments.args.len();
        if n < lo || n > hi {
            let what = if lo == hi {
                format!("{lo}")
            } else {
                format!("{lo} to {hi}")
            };
            let s = if hi == 1 { "" } else { "s" };
            self.err(Diagnostic::new(
                format!(
                    "`{id}` takes {what} argument{s} but {n} {} given",
                    if n == 1 { "was" } else { "were" }
                ),
                c.arguments.range,
                format!("expected {what} argument{s}"),
                help.to_string(),
            ));
            return false;
        }
        true
    }

    fn no_kw(&mut self, id: &str, c: &'a ast::ExprCall) -> bool {
        if let Some(k) = c.arguments.keywords.first() {
            // See keywords_as_positional for the forms that are accepted.
            let (msg, help) = match id {
                "int" => (
                    "`int` takes only `base` by keyword".to_string(),
                    "write `int(s, base=16)` or `int(s, 16)`",
                ),
                "round" => (
                    "unsupported keyword arguments to `round`".to_string(),
                    "`round(number[, ndigits])`: write `round(x, 2)` or `round(x, ndigits=2)`; keywords out of order only with literal or variable values (they are evaluated in the order written)",
                ),
                _ => (
                    format!("`{id}` takes no keyword arguments"),
                    "pass arguments by position",
                ),
            };
            self.err(Diagnostic::new(
                msg,
                k.range,
                "unexpected keyword argument",
                help,
            ));
            return false;
        }
        true
    }

    /// An argument that may be a generator expression (`sum(x for ...)`),
    /// typed as a list: a generator's items are computed one by one into
    /// a new list (as CPython's `list(gen)`).
    pub(crate) fn iter_arg(&mut self, fx: &mut Fx, e: &'a E, exp: Option<&Ty>) -> t::Expr {
        if let E::Generator(g) = e {
            let elem_exp = match exp {
                Some(Ty::List(t)) => Some((**t).clone()),
                _ => None,
            };
            let Some((plan, item)) = self.gen_begin(fx, g, elem_exp.as_ref()) else {
                return self.bad(g.range);
            };
            return self.gen_collect(fx, plan, item, elem_exp.as_ref(), g.range);
        }
        self.expr(fx, e, exp)
    }

    pub(crate) fn builtin_call(
        &mut self,
        fx: &mut Fx,
        id: &str,
        nr: TextRange,
        c: &'a ast::ExprCall,
        expected: Option<&Ty>,
    ) -> t::Expr {
        // These walk their first argument (or take its length): a dict
        // view there behaves as the list it is here.
        let walks = match id {
            "len" | "sum" | "sorted" | "list" | "set" | "tuple" | "dict" => 1,
            "enumerate" | "reversed" | "zip" | "min" | "max" | "any" | "all" => {
                c.arguments.args.len()
            }
            _ => 0,
        };
        // `range`, `enumerate`, `zip` and `reversed` calls are lists here:
        // only where a consumer walks them (or a loop iterates them) does
        // CPython's range object or iterator behave as that list; stored,
        // compared or printed it does not (`range(0, 3)`, `<zip object>`,
        // an iterator used up once). `len` of an iterator is CPython's
        // TypeError.
        if matches!(id, "range" | "enumerate" | "zip" | "reversed") && !self.is_lib(self.cur_mod) {
            let r = c.range();
            let in_len = self.len_arg.contains(&r);
            if !self.view_ok.contains(&r) || (in_len && id != "range") {
                let what = if id == "range" {
                    "a `range` object".to_string()
                } else {
                    format!("an iterator (`{id}` object)")
                };
                let help = if in_len {
                    format!(
                        "CPython's `len` of an iterator (`{id}` object) is a TypeError: write `len(list({id}(...)))`"
                    )
                } else {
                    format!(
                        "walk it (`for`, a comprehension, `list(...)`, `sorted(...)`, `min`/`max`, `sum`...) or make a list: `list({id}(...))`"
                    )
                };
                self.err(Diagnostic::new(
                    format!("`{id}(...)` used as a value"),
                    r,
                    format!("{what} in CPython, not a list"),
                    help,
                ));
                return self.bad(r);
            }
        }
        let saved = self.view_ok.len();
        let saved_len = self.len_arg.len();
        if id == "len" {
            for a in c.arguments.args.iter().take(1) {
                self.len_arg.push(a.range());
            }
        }
        for a in c.arguments.args.iter().take(walks) {
            self.view_ok.push(a.range());
        }
        let x = self.builtin_call_inner(fx, id, nr, c, expected);
        self.view_ok.truncate(saved);
        self.len_arg.truncate(saved_len);
        x
    }

    /// `int(s, base=16)`, `round(x, ndigits=2)`, `round(number=x)`:
    /// CPython's keyword forms as the positional call (the keywords come
    /// after the positional arguments, so the evaluation order is the
    /// same; keywords out of order only with plain values). Other
    /// keywords get the function's usual diagnostic.
    fn keywords_as_positional(
        &mut self,
        id: &str,
        c: &'a ast::ExprCall,
    ) -> Option<&'a ast::ExprCall> {
        let params: &[&str] = match id {
            // `int`'s first parameter is positional-only.
            "int" => &["", "base"],
            "round" => &["number", "ndigits"],
            _ => return None,
        };
        if c.arguments.keywords.is_empty() {
            return None;
        }
        let mut slots: Vec<Option<E>> = vec![None; params.len()];
        for (slot, a) in slots.iter_mut().zip(c.arguments.args.iter()) {
            *slot = Some(a.clone());
        }
        if c.arguments.args.len() > params.len() {
            return None;
        }
        let mut in_order = true;
        let mut last = 0;
        for k in c.arguments.keywords.iter() {
            let name = k.arg.as_ref()?.as_str();
            let i = params.iter().position(|p| !p.is_empty() && *p == name)?;
            if slots[i].is_some() {
                return None;
            }
            in_order &= i >= last;
            last = i;
            slots[i] = Some(k.value.clone());
        }
        // Out of order, the values are evaluated in the order written:
        // only when that cannot be seen (literals and names).
        let plain = |e: &E| match e {
            E::NumberLiteral(_) | E::BooleanLiteral(_) | E::NoneLiteral(_) | E::Name(_) => true,
            E::StringLiteral(_) => true,
            E::UnaryOp(u) => matches!(&*u.operand, E::NumberLiteral(_)),
            _ => false,
        };
        if !in_order && !c.arguments.keywords.iter().all(|k| plain(&k.value)) {
            return None;
        }
        // No gap: `round(ndigits=2)` lacks the number.
        let n = slots.iter().take_while(|s| s.is_some()).count();
        if slots[n..].iter().any(Option::is_some) {
            return None;
        }
        let args: Vec<E> = slots.into_iter().flatten().collect();
        self.arena_call(c, args, &[])
    }

    fn builtin_call_inner(
        &mut self,
        fx: &mut Fx,
        id: &str,
        nr: TextRange,
        c: &'a ast::ExprCall,
        expected: Option<&Ty>,
    ) -> t::Expr {
        if let Some(c) = self.keywords_as_positional(id, c) {
            return self.builtin_call_inner(fx, id, nr, c, expected);
        }
        let r = c.range();
        let args = &c.arguments.args;
        if args.iter().any(|a| matches!(a, E::Starred(_))) {
            self.err(unsupported(
                "starred argument",
                r,
                "pass arguments one by one",
            ));
            return self.bad(r);
        }
        match id {
            "print" => self.print_call(fx, c),
            "len" => {
                if !self.no_kw(id, c) || !self.arity(id, c, 1, 1, "use `len(x)`") {
                    return self.bad(r);
                }
                // `len(range(...))` is computed, not counted.
                if let Some(ra) = self.range_call_args(fx, &args[0]) {
                    return ra
                        .and_then(|xs| self.lib_call(fx, "range_len", xs.into(), r))
                        .unwrap_or_else(|| self.bad(r));
                }
                let x = self.expr(fx, &args[0], None);
                match &x.ty {
                    Ty::Str => ex(K::StrLen(Box::new(x)), Ty::Int, r),
                    Ty::List(_) | Ty::TupleVar(_) => ex(K::ListLen(Box::new(x)), Ty::Int, r),
                    Ty::Bytes => prim(P::BytesLen, vec![x], Ty::Int, r),
                    Ty::Tuple(ts) => {
                        let n = ts.len() as i64;
                        ex(
                            K::Block(vec![t::Stmt::Expr(x)], Box::new(ex(K::Int(n), Ty::Int, r))),
                            Ty::Int,
                            r,
                        )
                    }
                    Ty::Dict(..) | Ty::Set(_) => self
                        .method_on(fx, x, "__len__", vec![], r)
                        .unwrap_or_else(|| self.bad(r)),
                    Ty::Class(cn) if self.find_method(cn, "__len__").is_some() => {
                        self.user_len(fx, x, r).unwrap_or_else(|| self.bad(r))
                    }
                    Ty::Unknown => self.bad(r),
                    other => {
                        self.err(Diagnostic::new(
                            format!("`{other}` has no length"),
                            x.range,
                            format!("this is `{other}`"),
                            "len() accepts strs, bytes, lists, tuples, dicts, sets and classes defining `__len__`",
                        ));
                        self.bad(r)
                    }
                }
            }
            "str" | "repr" | "ascii" => {
                if !self.no_kw(id, c) {
                    return self.bad(r);
                }
                if args.is_empty() && id == "str" {
                    return sconst("", r);
                }
                if !self.arity(id, c, 1, 1, &format!("use `{id}(x)`")) {
                    return self.bad(r);
                }
                let x = self.expr(fx, &args[0], None);
                let s = match id {
                    "str" => self.str_of(fx, x),
                    "repr" => self.repr_of(fx, x),
                    _ => {
                        let s = self.repr_of(fx, x);
                        s.and_then(|s| self.lib_call(fx, "builtin_ascii_of_repr", vec![s], r))
                    }
                };
                match s {
                    Some(s) => ex(s.kind, Ty::Str, r),
                    None => self.bad(r),
                }
            }
            "isinstance" => {
                if !self.arity(id, c, 2, 2, "use `isinstance(x, ClassName)`") {
                    return self.bad(r);
                }
                let x = self.test_read(fx, &args[0], None);
                let classes: Vec<&E> = match &args[1] {
                    E::Tuple(tu) => tu.elts.iter().collect(),
                    other => vec![other],
                };
                // Builtin types: decided statically.
                if let Some(E::Name(first)) = classes.first()
                    && matches!(
                        first.id.as_str(),
                        "int"
                            | "float"
                            | "str"
                            | "bool"
                            | "bytes"
                            | "list"
                            | "dict"
                            | "set"
                            | "tuple"
                    )
                {
                    let mut yes = false;
                    for k in &classes {
                        let E::Name(n) = k else { continue };
                        yes |= matches!(
                            (n.id.as_str(), &x.ty),
                            ("int", Ty::Int | Ty::Bool)
                                | ("float", Ty::Float)
                                | ("str", Ty::Str)
                                | ("bool", Ty::Bool)
                                | ("bytes", Ty::Bytes)
                                | ("list", Ty::List(_))
                                | ("dict", Ty::Dict(..))
                                | ("set", Ty::Set(_))
                                | ("tuple", Ty::Tuple(_) | Ty::TupleVar(_))
                        );
                    }
                    return ex(
                        K::Block(
                            vec![t::Stmt::Expr(x)],
                            Box::new(ex(K::Bool(yes), Ty::Bool, r)),
                        ),
                        Ty::Bool,
                        r,
                    );
                }
                let mut tests = Vec::new();
                for k in classes {
                    let cls = match k {
                        E::Name(n) => self.class_named(n.id.as_str()),
                        E::Attribute(_) => match self.dotted_item(self.cur_mod, k) {
                            Some(crate::check::Item::Class(c)) => Some(c),
                            _ => None,
                        },
                        _ => None,
                    };
                    let Some(cls) = cls else {
                        self.err(Diagnostic::new(
                            "expected a class name",
                            k.range(),
                            "not a class",
                            "the second argument of isinstance() is a class of the program or a builtin exception",
                        ));
                        return self.bad(r);
                    };
                    tests.push(cls);
                }
                match &x.ty {
                    Ty::Class(_) | Ty::Optional(_) if x.ty.strip_opt().is_ref() => {
                        let h = fx.hidden("isa", x.ty.clone());
                        let local = ex(K::Local(h.clone()), x.ty.clone(), r);
                        let mut acc: Option<t::Expr> = None;
                        for cls in tests {
                            let tst = ex(K::InstanceOf(cls, Box::new(local.clone())), Ty::Bool, r);
                            acc = Some(match acc {
                                None => tst,
                                Some(a) => ex(K::Or(Box::new(a), Box::new(tst)), Ty::Bool, r),
                            });
                        }
                        let Some(acc) = acc else { return self.bad(r) };
                        ex(
                            K::Block(
                                vec![t::Stmt::Assign(vec![t::Target::Local(h)], vec![x])],
                                Box::new(acc),
                            ),
                            Ty::Bool,
                            r,
                        )
                    }
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
                // range(...) as a value: a list.
                if !self.no_kw(id, c)
                    || !self.arity(
                        id,
                        c,
                        1,
                        3,
                        "use range(stop), range(start, stop) or range(start, stop, step)",
                    )
                {
                    return self.bad(r);
                }
                let mut xs = Vec::new();
                for a in args {
                    let x = self.expr(fx, a, Some(&Ty::Int));
                    if !self.assignable(&x.ty, &Ty::Int) {
                        self.err(mismatch(
                            &Ty::Int,
                            &x.ty,
                            x.range,
                            "`range` arguments are ints",
                        ));
                        return self.bad(r);
                    }
                    xs.push(x);
                }
                let (a, b, s) = match xs.len() {
                    1 => (
                        ex(K::Int(0), Ty::Int, r),
                        xs.remove(0),
                        ex(K::Int(1), Ty::Int, r),
                    ),
                    2 => {
                        let a = xs.remove(0);
                        (a, xs.remove(0), ex(K::Int(1), Ty::Int, r))
                    }
                    _ => {
                        let a = xs.remove(0);
                        let b = xs.remove(0);
                        (a, b, xs.remove(0))
                    }
                };
                let acc = fx.hidden("range", Ty::list(Ty::Int));
                let iv = fx.hidden("ri", Ty::Int);
                let accx = ex(K::Local(acc.clone()), Ty::list(Ty::Int), r);
                let stmts = vec![
                    t::Stmt::Assign(
                        vec![t::Target::Local(acc)],
                        vec![ex(K::ListNew(Ty::Int, vec![]), Ty::list(Ty::Int), r)],
                    ),
                    t::Stmt::ForRange {
                        var: iv.clone(),
                        start: a,
                        stop: b,
                        step: s,
                        body: vec![t::Stmt::Expr(ex(
                            K::ListAppend(
                                Box::new(accx.clone()),
                                Box::new(ex(K::Local(iv), Ty::Int, r)),
                            ),
                            Ty::None,
                            r,
                        ))],
                        orelse: vec![],
                        range: r,
                    },
                ];
                ex(K::Block(stmts, Box::new(accx)), Ty::list(Ty::Int), r)
            }
            "super" => {
                self.err(unsupported(
                    "super() outside a method call",
                    r,
                    "use `super().__init__(...)` or `super().method(...)`",
                ));
                self.bad(r)
            }
            "int" | "float" | "bool" => {
                if !self.no_kw(id, c) {
                    return self.bad(r);
                }
                if args.is_empty() {
                    return match id {
                        "int" => ex(K::Int(0), Ty::Int, r),
                        "float" => ex(K::Float(0f64.to_bits()), Ty::Float, r),
                        _ => ex(K::Bool(false), Ty::Bool, r),
                    };
                }
                if !self.arity(
                    id,
                    c,
                    1,
                    if id == "int" { 2 } else { 1 },
                    &format!("use `{id}(x)`"),
                ) {
                    return self.bad(r);
                }
                let x = self.expr(fx, &args[0], None);
                if x.ty.is_unknown() {
                    return self.bad(r);
                }
                if args.len() == 2 {
                    let b = self.expr(fx, &args[1], Some(&Ty::Int));
                    return self
                        .lib_call(fx, "builtin_int_str_base", vec![x, b], r)
                        .unwrap_or_else(|| self.bad(r));
                }
                match (id, &x.ty) {
                    ("int", Ty::Int) | ("float", Ty::Float) | ("bool", Ty::Bool) => x,
                    ("int", Ty::Bool) => self.bool_to_int(x),
                    ("float", Ty::Int | Ty::Bool) => self.to_float(x),
                    ("bool", _) => self.truth(fx, x),
                    (_, t) => {
                        let name = format!("builtin_{id}_{}", suffix(t));
                        if suffix(t).is_empty() || !self.lib.contains_key(&name) {
                            self.err(Diagnostic::new(
                                format!("cannot convert `{t}` to `{id}`"),
                                x.range,
                                format!("this is `{t}`"),
                                format!("{id}() accepts numbers and strs"),
                            ));
                            return self.bad(r);
                        }
                        self.lib_call(fx, &name, vec![x], r)
                            .unwrap_or_else(|| self.bad(r))
                    }
                }
            }
            "abs" => {
                if !self.no_kw(id, c) || !self.arity(id, c, 1, 1, "use `abs(x)`") {
                    return self.bad(r);
                }
                let x = self.expr(fx, &args[0], None);
                let x = if x.ty == Ty::Bool {
                    self.bool_to_int(x)
                } else {
                    x
                };
                self.typed_builtin(fx, "abs", vec![x], r)
            }
            "hex" | "oct" | "bin" | "chr" | "ord" | "hash" | "round" | "divmod" | "pow" => {
                self.simple_builtin(fx, id, c)
            }
            "min" | "max" => self.minmax(fx, id, c),
            "format" => {
                if !self.no_kw(id, c) || !self.arity(id, c, 1, 2, "use `format(value, spec)`") {
                    return self.bad(r);
                }
                let x = self.expr(fx, &args[0], None);
                let spec = match args.get(1) {
                    Some(s) => self.expr(fx, s, Some(&Ty::Str)),
                    None => sconst("", r),
                };
                if x.ty.is_unknown() || spec.ty != Ty::Str {
                    if spec.ty != Ty::Str && !spec.ty.is_unknown() {
                        self.err(mismatch(
                            &Ty::Str,
                            &spec.ty,
                            spec.range,
                            "the format spec is a str",
                        ));
                    }
                    return self.bad(r);
                }
                self.format_value(fx, x, spec, r)
                    .unwrap_or_else(|| self.bad(r))
            }
            "sum" => {
                if !self.no_kw(id, c)
                    || !self.arity(id, c, 1, 2, "use `sum(items)` or `sum(items, start)`")
                {
                    return self.bad(r);
                }
                // A generator's first iterable is evaluated before the
                // start, its items after it.
                let (x, start) = match (&args[0], args.get(1)) {
                    (E::Generator(g), Some(s)) => {
                        let Some((mut plan, item)) = self.gen_begin(fx, g, None) else {
                            return self.bad(r);
                        };
                        let elem = item.ty.clone();
                        let s = self.expr(fx, s, Some(&elem));
                        let s = self.coerce(s, &elem);
                        let h = fx.hidden("start", s.ty.clone());
                        let sx = ex(K::Local(h.clone()), s.ty.clone(), s.range);
                        plan.add_setup(
                            fx,
                            vec![t::Stmt::Assign(vec![t::Target::Local(h)], vec![s])],
                        );
                        (self.gen_collect(fx, plan, item, None, g.range), Some(sx))
                    }
                    _ => (self.iter_arg(fx, &args[0], None), None),
                };
                let x = match x.ty.clone() {
                    Ty::List(_) => x,
                    Ty::Unknown => return self.bad(r),
                    _ => match self.to_list(fx, x) {
                        Some(l) => l,
                        None => return self.bad(r),
                    },
                };
                let mut xs = vec![x];
                let elem = match &xs[0].ty {
                    Ty::List(e) => (**e).clone(),
                    _ => Ty::Unknown,
                };
                if let Some(s) = start {
                    xs.push(s);
                } else if let Some(s) = args.get(1) {
                    let s = self.expr(fx, s, Some(&elem));
                    let s = self.coerce(s, &elem);
                    xs.push(s);
                } else if elem == Ty::Float
                    && !self.is_lib(self.cur_mod)
                    && !matches!(&args[0], E::List(l) if !l.elts.is_empty())
                    && !matches!(&args[0], E::Tuple(t) if !t.elts.is_empty())
                {
                    // CPython starts from the int 0: the sum of no floats
                    // is `0`, which a float would print as `0.0`.
                    self.err(Diagnostic::new(
                        "`sum()` of floats needs a float start",
                        r,
                        "without a start, the sum of no items is the int `0`",
                        "write `sum(items, 0.0)` (CPython's sum of an empty list is `0`, which prints differently from `0.0`)",
                    ));
                    return self.bad(r);
                }
                let name = match elem {
                    Ty::Int => "builtin_sum_int",
                    Ty::Float => "builtin_sum_float",
                    Ty::Bool => {
                        self.err(unsupported(
                            "sum() of bools",
                            r,
                            "count with `sum(1 for x in xs if x)` or a loop",
                        ));
                        return self.bad(r);
                    }
                    other => {
                        self.err(Diagnostic::new(
                            format!("sum() of `{other}` items"),
                            xs[0].range,
                            "not numbers",
                            "sum() adds ints or floats",
                        ));
                        return self.bad(r);
                    }
                };
                self.lib_call(fx, name, xs, r)
                    .unwrap_or_else(|| self.bad(r))
            }
            "any" | "all" => {
                if !self.no_kw(id, c) || !self.arity(id, c, 1, 1, &format!("use `{id}(items)`")) {
                    return self.bad(r);
                }
                // Walked as a `for` loop walks it (a generator's items
                // computed one by one, up to the deciding one).
                let Some(src) = self.iter_source(fx, &args[0], true) else {
                    return self.bad(r);
                };
                let target = crate::check_iter::LoopTarget::Hidden;
                let Some(plan) = self.iter_plan(fx, target, src, r) else {
                    return self.bad(r);
                };
                let Some((iv, elem)) = plan.item_var.clone() else {
                    return self.bad(r);
                };
                let res = fx.hidden(id, Ty::Bool);
                let init = ex(K::Bool(id == "all"), Ty::Bool, r);
                let item = ex(K::Local(iv), elem, r);
                let tr = self.truth(fx, item);
                let test = if id == "any" {
                    tr
                } else {
                    ex(K::Not(Box::new(tr)), Ty::Bool, r)
                };
                let body = vec![t::Stmt::If(
                    test,
                    vec![
                        t::Stmt::Assign(
                            vec![t::Target::Local(res.clone())],
                            vec![ex(K::Bool(id == "any"), Ty::Bool, r)],
                        ),
                        t::Stmt::Break,
                    ],
                    vec![],
                )];
                let mut stmts = vec![t::Stmt::Assign(
                    vec![t::Target::Local(res.clone())],
                    vec![init],
                )];
                stmts.extend(self.plan_loop(plan, body, vec![]));
                ex(
                    K::Block(stmts, Box::new(ex(K::Local(res), Ty::Bool, r))),
                    Ty::Bool,
                    r,
                )
            }
            "sorted" => {
                if !self.arity(id, c, 1, 1, "use `sorted(items, key=..., reverse=...)`") {
                    return self.bad(r);
                }
                let mut kw: Vec<(String, TextRange, Arg<'a>)> = c
                    .arguments
                    .keywords
                    .iter()
                    .filter_map(|k| {
                        k.arg
                            .as_ref()
                            .map(|a| (a.to_string(), k.range, Arg::Ast(&k.value)))
                    })
                    .collect();
                let l = if let E::Generator(g) = &args[0] {
                    // The generator's first iterable, then the keywords,
                    // then its items (into a fresh list).
                    let Some((mut plan, item)) = self.gen_begin(fx, g, None) else {
                        return self.bad(r);
                    };
                    let elem = item.ty.clone();
                    let mut setup = Vec::new();
                    for (k, _, a) in kw.iter_mut() {
                        let Arg::Ast(e) = *a else { continue };
                        let exp = match k.as_str() {
                            "key" => Ty::Func(vec![elem.clone()], Box::new(Ty::Unknown)),
                            "reverse" => Ty::Bool,
                            _ => continue,
                        };
                        let x = self.expr(fx, e, Some(&exp));
                        if x.ty.is_unknown() {
                            return self.bad(r);
                        }
                        let h = fx.hidden("arg", x.ty.clone());
                        let hx = ex(K::Local(h.clone()), x.ty.clone(), x.range);
                        setup.push(t::Stmt::Assign(vec![t::Target::Local(h)], vec![x]));
                        *a = Arg::Typed(hx);
                    }
                    plan.add_setup(fx, setup);
                    Some(self.gen_collect(fx, plan, item, None, g.range))
                } else {
                    let x = self.iter_arg(fx, &args[0], None);
                    match x.ty.clone() {
                        Ty::List(_) => self.lib_call(fx, "list_copy", vec![x], r),
                        Ty::Unknown => None,
                        _ => self.to_list(fx, x),
                    }
                };
                let Some(l) = l else { return self.bad(r) };
                // Sort the fresh copy in place and return it.
                let h = fx.hidden("sorted", l.ty.clone());
                let lty = l.ty.clone();
                let local = ex(K::Local(h.clone()), lty.clone(), r);
                let sort = self.sort_call(fx, local.clone(), vec![], kw, r, true);
                if sort.ty.is_unknown() {
                    return self.bad(r);
                }
                ex(
                    K::Block(
                        vec![
                            t::Stmt::Assign(vec![t::Target::Local(h)], vec![l]),
                            t::Stmt::Expr(sort),
                        ],
                        Box::new(local),
                    ),
                    lty,
                    r,
                )
            }
            "reversed" => {
                if !self.no_kw(id, c) || !self.arity(id, c, 1, 1, "use `reversed(items)`") {
                    return self.bad(r);
                }
                // Sets and the iterators of enumerate/zip/reversed are not
                // reversible (TypeError on CPython).
                if let Some(what) = self.not_reversible_call(fx, &args[0]) {
                    self.err(crate::check_iter::not_reversible(what, args[0].range()));
                    return self.bad(r);
                }
                let x = self.expr(fx, &args[0], None);
                if matches!(x.ty, Ty::Set(_)) {
                    self.err(crate::check_iter::not_reversible("set", x.range));
                    return self.bad(r);
                }
                let l = match x.ty.clone() {
                    Ty::List(_) => Some(x),
                    Ty::Unknown => None,
                    _ => self.to_list(fx, x),
                };
                let Some(l) = l else { return self.bad(r) };
                self.lib_call(fx, "list_reversed", vec![l], r)
                    .unwrap_or_else(|| self.bad(r))
            }
            "enumerate" | "zip" => {
                // As values: lists of tuples.
                self.enumerate_value(fx, id, c)
            }
            "list" | "set" | "tuple" | "dict" => self.container_ctor(fx, id, c, expected),
            "frozenset" => {
                // No immutable set type: a `set` would print as `{...}` and
                // accept `add`.
                self.err(unsupported(
                    "frozenset",
                    r,
                    "use a `set` (frozenset has no RPython type: it would be mutable and print as `{...}`)",
                ));
                self.bad(r)
            }
            "bytes" => {
                if !self.no_kw(id, c) || !self.arity(id, c, 0, 1, "use `bytes(list_of_ints)`") {
                    return self.bad(r);
                }
                if args.is_empty() {
                    return ex(K::Bytes(vec![]), Ty::Bytes, r);
                }
                let x = self.expr(fx, &args[0], Some(&Ty::list(Ty::Int)));
                match x.ty {
                    Ty::List(ref e) if **e == Ty::Int => {
                        prim(P::BytesFromList, vec![x], Ty::Bytes, r)
                    }
                    Ty::Bytes => x,
                    Ty::Unknown => self.bad(r),
                    _ => {
                        self.err(mismatch(
                            &Ty::list(Ty::Int),
                            &x.ty,
                            x.range,
                            "bytes() takes a list of ints",
                        ));
                        self.bad(r)
                    }
                }
            }
            _ => {
                let known_unsupported = [
                    "input",
                    "open",
                    "map",
                    "filter",
                    "id",
                    "type",
                    "getattr",
                    "setattr",
                    "hasattr",
                    "iter",
                    "next",
                    "vars",
                    "dir",
                    "eval",
                    "exec",
                    "callable",
                    "globals",
                    "locals",
                    "object",
                    "issubclass",
                    "memoryview",
                    "bytearray",
                    "complex",
                    "slice",
                    "property",
                    "classmethod",
                    "staticmethod",
                ];
                if known_unsupported.contains(&id) {
                    self.err(unsupported(
                        &format!("builtin function `{id}`"),
                        nr,
                        "supported builtins: print len str repr int float bool abs min max sum any all sorted reversed enumerate zip range ord chr hash divmod round pow hex oct bin list dict set tuple bytes isinstance super",
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

    /// `builtin_NAME_TYPE(x)` by the first argument's type.
    fn typed_builtin(
        &mut self,
        fx: &mut Fx,
        name: &str,
        xs: Vec<t::Expr>,
        r: TextRange,
    ) -> t::Expr {
        if xs.iter().any(|x| x.ty.is_unknown()) {
            return self.bad(r);
        }
        let sfx = xs.first().map(|x| suffix(&x.ty)).unwrap_or("");
        let full = format!("builtin_{name}_{sfx}");
        if !sfx.is_empty() && self.lib.contains_key(&full) {
            return self
                .lib_call(fx, &full, xs, r)
                .unwrap_or_else(|| self.bad(r));
        }
        let plain = format!("builtin_{name}");
        if self.lib.contains_key(&plain) {
            return self
                .lib_call(fx, &plain, xs, r)
                .unwrap_or_else(|| self.bad(r));
        }
        let t = xs.first().map(|x| x.ty.clone()).unwrap_or(Ty::Unknown);
        self.err(Diagnostic::new(
            format!("`{name}()` does not accept `{t}`"),
            xs.first().map(|x| x.range).unwrap_or(r),
            format!("this is `{t}`"),
            format!("see the supported argument types of `{name}`"),
        ));
        self.bad(r)
    }

    fn simple_builtin(&mut self, fx: &mut Fx, id: &str, c: &'a ast::ExprCall) -> t::Expr {
        let r = c.range();
        let args = &c.arguments.args;
        if !self.no_kw(id, c) {
            return self.bad(r);
        }
        let (lo, hi) = match id {
            "round" => (1, 2),
            "divmod" | "pow" => (2, 2),
            _ => (1, 1),
        };
        if !self.arity(id, c, lo, hi, &format!("see the signature of `{id}`")) {
            return self.bad(r);
        }
        let mut xs: Vec<t::Expr> = args.iter().map(|a| self.expr(fx, a, None)).collect();
        if xs.iter().any(|x| x.ty.is_unknown()) {
            return self.bad(r);
        }
        for x in xs.iter_mut() {
            if x.ty == Ty::Bool && id != "hash" {
                let y = std::mem::replace(x, ex(K::Nothing, Ty::Unknown, r));
                *x = self.bool_to_int(y);
            }
        }
        match id {
            "chr" => {
                let x = xs.remove(0);
                if x.ty != Ty::Int {
                    self.err(mismatch(
                        &Ty::Int,
                        &x.ty,
                        x.range,
                        "chr() takes a code point",
                    ));
                    return self.bad(r);
                }
                prim(P::StrFromCp, vec![x], Ty::Str, r)
            }
            "ord" => {
                let x = xs.remove(0);
                if x.ty != Ty::Str {
                    self.err(mismatch(
                        &Ty::Str,
                        &x.ty,
                        x.range,
                        "ord() takes a str of length 1",
                    ));
                    return self.bad(r);
                }
                self.lib_call(fx, "fe_ord", vec![x], r)
                    .unwrap_or_else(|| self.bad(r))
            }
            "hash" => {
                let x = xs.remove(0);
                self.hash_of(fx, x).unwrap_or_else(|| self.bad(r))
            }
            "round" => {
                let x = xs.remove(0);
                match (&x.ty, xs.first()) {
                    (Ty::Float, None) => self
                        .lib_call(fx, "builtin_round_float1", vec![x], r)
                        .unwrap_or_else(|| self.bad(r)),
                    (Ty::Float, Some(_)) => {
                        let n = xs.remove(0);
                        self.lib_call(fx, "builtin_round_float", vec![x, n], r)
                            .unwrap_or_else(|| self.bad(r))
                    }
                    (Ty::Int, None) => x,
                    (Ty::Int, Some(_)) => {
                        let n = xs.remove(0);
                        self.lib_call(fx, "builtin_round_int", vec![x, n], r)
                            .unwrap_or_else(|| self.bad(r))
                    }
                    (t, _) => {
                        self.err(Diagnostic::new(
                            format!("round() of a `{t}`"),
                            x.range,
                            format!("this is `{t}`"),
                            "round() takes a number",
                        ));
                        self.bad(r)
                    }
                }
            }
            // `pow(a, b)` is `a ** b`: the same typing (an int exponent
            // must be known non-negative, a negative literal gives a float).
            "pow" => {
                let (a, b) = (xs.remove(0), xs.remove(0));
                self.binary(fx, ast::Operator::Pow, a, b, r)
                    .unwrap_or_else(|| self.bad(r))
            }
            "divmod" => {
                let (a, b) = (xs.remove(0), xs.remove(0));
                let (a, b) = if a.ty == Ty::Float || b.ty == Ty::Float {
                    (self.to_float(a), self.to_float(b))
                } else {
                    (a, b)
                };
                self.typed_builtin(fx, id, vec![a, b], r)
            }
            _ => self.typed_builtin(fx, id, xs, r),
        }
    }

    fn minmax(&mut self, fx: &mut Fx, id: &str, c: &'a ast::ExprCall) -> t::Expr {
        let r = c.range();
        let args = &c.arguments.args;
        let mut key: Option<&'a E> = None;
        let mut default: Option<&'a E> = None;
        // Keywords are evaluated in the order written.
        let mut default_first = false;
        for k in &c.arguments.keywords {
            match k.arg.as_ref().map(|a| a.as_str()) {
                Some("key") => key = Some(&k.value),
                Some("default") => {
                    default = Some(&k.value);
                    default_first = key.is_none();
                }
                _ => {
                    self.err(Diagnostic::new(
                        format!("`{id}` has no such keyword"),
                        k.range,
                        "unknown keyword",
                        "use `key=`",
                    ));
                    return self.bad(r);
                }
            }
        }
        if args.is_empty() {
            self.err(Diagnostic::new(
                format!("`{id}` expects at least 1 argument"),
                c.arguments.range,
                "no arguments",
                format!("use `{id}(items)` or `{id}(a, b, ...)`"),
            ));
            return self.bad(r);
        }
        // As CPython's min_max: walk the items (as a `for` loop walks
        // them), calling `key` on each and comparing it with the best so
        // far right away (`<` for min, `>` for max; the first of equal
        // items wins).
        let src = if args.len() == 1 {
            self.iter_source(fx, &args[0], true)
        } else {
            if default.is_some() {
                self.err(Diagnostic::new(
                    format!("`default` with several arguments of `{id}`"),
                    c.arguments.range,
                    "several positional arguments",
                    format!(
                        "CPython raises TypeError: pass one iterable, `{id}(items, default=...)`"
                    ),
                ));
                return self.bad(r);
            }
            let mut items: Vec<t::Expr> = args.iter().map(|a| self.expr(fx, a, None)).collect();
            if items.iter().any(|x| x.ty.is_unknown()) {
                return self.bad(r);
            }
            if items.iter().any(|x| x.ty == Ty::Float) {
                // CPython returns the int argument itself when it wins.
                items = items
                    .into_iter()
                    .map(|x| self.coerce(x, &Ty::Float))
                    .collect();
            }
            let t0 = items[0].ty.clone();
            for x in &items {
                if x.ty != t0 {
                    self.err(mismatch(
                        &t0,
                        &x.ty,
                        x.range,
                        &format!("arguments of `{id}` have one type"),
                    ));
                    return self.bad(r);
                }
            }
            let l = ex(K::ListNew(t0.clone(), items), Ty::list(t0), r);
            self.value_source(fx, &args[0], l)
        };
        let Some(src) = src else { return self.bad(r) };
        let Some(mut plan) = self.iter_plan(fx, LoopTarget::Hidden, src, r) else {
            return self.bad(r);
        };
        let Some((iv, elem)) = plan.item_var.clone() else {
            return self.bad(r);
        };
        let item = ex(K::Local(iv), elem.clone(), r);
        let mut key_setup = Vec::new();
        let mut default_setup = Vec::new();
        // The key function, evaluated once (after the iterable).
        let key_call = match key {
            None => None,
            Some(k) => {
                let fty = Ty::Func(vec![elem.clone()], Box::new(Ty::Unknown));
                let kx = self.expr(fx, k, Some(&fty));
                let Ty::Func(_, kret) = kx.ty.clone() else {
                    if !kx.ty.is_unknown() {
                        self.err(mismatch(
                            &Ty::Func(vec![], Box::new(Ty::Unknown)),
                            &kx.ty,
                            kx.range,
                            "`key` is a function of one item",
                        ));
                    }
                    return self.bad(r);
                };
                let hk = fx.hidden("key", kx.ty.clone());
                let cls = kx.ty.mangle();
                let kf = ex(K::Local(hk.clone()), kx.ty.clone(), r);
                key_setup.push(t::Stmt::Assign(vec![t::Target::Local(hk)], vec![kx]));
                Some(ex(
                    K::CallVirtual(cls, "call".into(), vec![kf, item.clone()]),
                    (*kret).clone(),
                    r,
                ))
            }
        };
        // The default (evaluated before or after the key, as written).
        let default = match default {
            None => None,
            Some(d) => {
                let x = self.expr(fx, d, Some(&elem));
                let x = self.coerce(x, &elem);
                if x.ty.is_unknown() {
                    return self.bad(r);
                }
                if x.ty != Ty::None && !self.assignable(&x.ty, &elem) {
                    self.err(mismatch(
                        &elem,
                        &x.ty,
                        x.range,
                        &format!("the default of `{id}` has the items' type (or is None)"),
                    ));
                    return self.bad(r);
                }
                if x.ty == Ty::None {
                    if !matches!(x.kind, K::Null | K::Nothing) {
                        default_setup.push(t::Stmt::Expr(x));
                    }
                    Some(ex(K::Null, Ty::opt(elem.clone()), r))
                } else {
                    let hd = fx.hidden("default", x.ty.clone());
                    let dty = x.ty.clone();
                    default_setup
                        .push(t::Stmt::Assign(vec![t::Target::Local(hd.clone())], vec![x]));
                    Some(ex(K::Local(hd), dty, r))
                }
            }
        };
        let setup = if default_first {
            default_setup.into_iter().chain(key_setup).collect()
        } else {
            key_setup.into_iter().chain(default_setup).collect()
        };
        plan.add_setup(fx, setup);
        let vty = key_call.as_ref().map_or(elem.clone(), |k| k.ty.clone());
        let hv = fx.hidden("val", vty.clone());
        let hbest = fx.hidden("best", elem.clone());
        let hbv = fx.hidden("bestval", vty.clone());
        let hfirst = fx.hidden("empty", Ty::Bool);
        let val = ex(K::Local(hv.clone()), vty.clone(), r);
        let best = ex(K::Local(hbest.clone()), elem.clone(), r);
        let bestv = ex(K::Local(hbv.clone()), vty.clone(), r);
        let first = ex(K::Local(hfirst.clone()), Ty::Bool, r);
        let op = if id == "min" {
            ast::CmpOp::Lt
        } else {
            ast::CmpOp::Gt
        };
        let Some((kind, rhs)) = self.cmp_kind(fx, op, &val, bestv.clone(), r) else {
            return self.bad(r);
        };
        let better = ex(
            K::Compare(Box::new(val.clone()), vec![(kind, rhs)]),
            Ty::Bool,
            r,
        );
        let take = vec![
            t::Stmt::Assign(vec![t::Target::Local(hbest.clone())], vec![item.clone()]),
            t::Stmt::Assign(vec![t::Target::Local(hbv.clone())], vec![val.clone()]),
        ];
        let mut on_first = take.clone();
        on_first.push(t::Stmt::Assign(
            vec![t::Target::Local(hfirst.clone())],
            vec![ex(K::Bool(false), Ty::Bool, r)],
        ));
        let body = vec![
            t::Stmt::Assign(
                vec![t::Target::Local(hv)],
                vec![key_call.unwrap_or_else(|| item.clone())],
            ),
            t::Stmt::If(
                first.clone(),
                on_first,
                vec![t::Stmt::If(better, take, vec![])],
            ),
        ];
        let mut stmts = vec![
            t::Stmt::BindDefault(vec![hbest.clone(), hbv]),
            t::Stmt::Assign(
                vec![t::Target::Local(hfirst)],
                vec![ex(K::Bool(true), Ty::Bool, r)],
            ),
        ];
        stmts.extend(self.plan_loop(plan, body, vec![]));
        let result = match default {
            Some(d) => {
                let rty = if matches!(d.kind, K::Null) {
                    Ty::opt(elem.clone())
                } else {
                    elem.clone()
                };
                let d = self.coerce(d, &rty);
                let b = self.coerce(best, &rty);
                ex(K::IfExp(Box::new(first), Box::new(d), Box::new(b)), rty, r)
            }
            None => {
                let Some(fail) = self.lib_call(fx, "fe_minmax_empty", vec![sconst(id, r)], r)
                else {
                    return self.bad(r);
                };
                stmts.push(t::Stmt::If(first, vec![t::Stmt::Expr(fail)], vec![]));
                best
            }
        };
        let ty = result.ty.clone();
        ex(K::Block(stmts, Box::new(result)), ty, r)
    }

    /// `enumerate(xs)` / `zip(a, b)` as values: lists of tuples.
    fn enumerate_value(&mut self, fx: &mut Fx, id: &str, c: &'a ast::ExprCall) -> t::Expr {
        let r = c.range();
        let mut seqs = Vec::new();
        let mut pos_start = None;
        for (i, a) in c.arguments.args.iter().enumerate() {
            if id == "enumerate" && i == 1 {
                pos_start = Some(self.expr(fx, a, Some(&Ty::Int)));
                continue;
            }
            let x = self.expr(fx, a, None);
            let Some(s) = self.seq_of(fx, x) else {
                return self.bad(r);
            };
            seqs.push(s);
        }
        let start = c
            .arguments
            .keywords
            .iter()
            .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "start"))
            .map(|k| self.expr(fx, &k.value, Some(&Ty::Int)));
        let start = match (id, start.or(pos_start), seqs.len()) {
            ("enumerate", Some(s), 1) => Some(s),
            ("enumerate", None, 1) => None,
            ("zip", None, n) if n >= 1 => None,
            _ => {
                self.err(Diagnostic::new(
                    format!("wrong arguments for `{id}`"),
                    c.arguments.range,
                    "unexpected arguments",
                    "use enumerate(xs[, start]) or zip(a, b, ...)",
                ));
                return self.bad(r);
            }
        };
        let mut locals = Vec::new();
        let mut stmts = Vec::new();
        for (s, k, e) in seqs {
            let h = fx.hidden("it", s.ty.clone());
            let sty = s.ty.clone();
            stmts.push(t::Stmt::Assign(vec![t::Target::Local(h.clone())], vec![s]));
            locals.push((ex(K::Local(h), sty, r), k, e));
        }
        // The start is evaluated once, after the iterable (each item adds
        // the local to its index).
        let start = start.map(|s| {
            let h = fx.hidden("start", Ty::Int);
            stmts.push(t::Stmt::Assign(vec![t::Target::Local(h.clone())], vec![s]));
            ex(K::Local(h), Ty::Int, r)
        });
        let mut n: Option<t::Expr> = None;
        for (l, k, _) in &locals {
            let len = self.seq_len(l.clone(), *k);
            n = Some(match n {
                None => len,
                Some(m) => {
                    let lt = ex(
                        K::Compare(
                            Box::new(len.clone()),
                            vec![(t::CmpKind::Int(ir::BinOp::Lt), m.clone())],
                        ),
                        Ty::Bool,
                        r,
                    );
                    ex(
                        K::IfExp(Box::new(lt), Box::new(len), Box::new(m)),
                        Ty::Int,
                        r,
                    )
                }
            });
        }
        let Some(n) = n else { return self.bad(r) };
        let iv = fx.hidden("i", Ty::Int);
        let idx = ex(K::Local(iv.clone()), Ty::Int, r);
        let mut items: Vec<t::Expr> = Vec::new();
        if id == "enumerate" {
            items.push(match start {
                Some(s) => ex(
                    K::Arith(ir::BinOp::Add, Box::new(idx.clone()), Box::new(s)),
                    Ty::Int,
                    r,
                ),
                None => idx.clone(),
            });
        }
        for (l, k, e) in &locals {
            items.push(self.seq_item(l.clone(), *k, e.clone(), idx.clone()));
        }
        let tup = self.make_tuple(items, r);
        let lty = Ty::list(tup.ty.clone());
        let acc = fx.hidden("pairs", lty.clone());
        let accx = ex(K::Local(acc.clone()), lty.clone(), r);
        stmts.push(t::Stmt::Assign(
            vec![t::Target::Local(acc)],
            vec![ex(K::ListNew(tup.ty.clone(), vec![]), lty.clone(), r)],
        ));
        stmts.push(t::Stmt::ForRange {
            var: iv,
            start: ex(K::Int(0), Ty::Int, r),
            stop: n,
            step: ex(K::Int(1), Ty::Int, r),
            body: vec![t::Stmt::Expr(ex(
                K::ListAppend(Box::new(accx.clone()), Box::new(tup)),
                Ty::None,
                r,
            ))],
            orelse: vec![],
            range: r,
        });
        ex(K::Block(stmts, Box::new(accx)), lty, r)
    }

    /// `list(x)`, `set(x)`, `tuple(x)`, `dict(x)`.
    fn container_ctor(
        &mut self,
        fx: &mut Fx,
        id: &str,
        c: &'a ast::ExprCall,
        expected: Option<&Ty>,
    ) -> t::Expr {
        let r = c.range();
        let args = &c.arguments.args;
        if !self.no_kw(id, c)
            || !self.arity(id, c, 0, 1, &format!("use `{id}()` or `{id}(iterable)`"))
        {
            return self.bad(r);
        }
        if args.is_empty() {
            let ty = match (id, expected) {
                ("list", Some(t @ Ty::List(_)))
                | ("set", Some(t @ Ty::Set(_)))
                | ("dict", Some(t @ Ty::Dict(..)))
                | ("tuple", Some(t @ Ty::TupleVar(_))) => t.clone(),
                _ => {
                    self.err(Diagnostic::new(
                        format!("cannot infer the type of an empty `{id}()`"),
                        r,
                        "item type unknown",
                        format!("annotate the variable, e.g. `x: {id}[int] = {id}()`"),
                    ));
                    return self.bad(r);
                }
            };
            return match &ty {
                Ty::List(e) | Ty::TupleVar(e) => {
                    ex(K::ListNew((**e).clone(), vec![]), ty.clone(), r)
                }
                _ => self
                    .new_container(fx, &ty, r)
                    .unwrap_or_else(|| self.bad(r)),
            };
        }
        let exp_elem = match expected {
            Some(Ty::List(e) | Ty::Set(e) | Ty::TupleVar(e)) => Some(Ty::list((**e).clone())),
            _ => None,
        };
        if let (E::Generator(g), "set" | "dict") = (&args[0], id) {
            return self.container_of_gen(fx, id, g, expected, r);
        }
        let x = self.iter_arg(fx, &args[0], exp_elem.as_ref());
        if x.ty.is_unknown() {
            return self.bad(r);
        }
        match id {
            "list" => self.to_list(fx, x).unwrap_or_else(|| self.bad(r)),
            "tuple" => match x.ty.clone() {
                Ty::Tuple(_) | Ty::TupleVar(_) => x,
                _ => match self.to_list(fx, x) {
                    Some(l) => {
                        let Ty::List(e) = l.ty.clone() else {
                            return self.bad(r);
                        };
                        ex(l.kind, Ty::TupleVar(e), r)
                    }
                    None => self.bad(r),
                },
            },
            "set" => {
                let Some(l) = self.to_list(fx, x) else {
                    return self.bad(r);
                };
                let Ty::List(e) = l.ty.clone() else {
                    return self.bad(r);
                };
                let ty = Ty::Set(e);
                let Some(news) = self.new_container(fx, &ty, r) else {
                    return self.bad(r);
                };
                let h = fx.hidden("set", ty.clone());
                let local = ex(K::Local(h.clone()), ty.clone(), r);
                let Some(upd) = self.method_on(fx, local.clone(), "update_list", vec![l], r) else {
                    return self.bad(r);
                };
                ex(
                    K::Block(
                        vec![
                            t::Stmt::Assign(vec![t::Target::Local(h)], vec![news]),
                            t::Stmt::Expr(upd),
                        ],
                        Box::new(local),
                    ),
                    ty,
                    r,
                )
            }
            _ => match x.ty.clone() {
                Ty::Dict(..) => self
                    .method_on(fx, x, "constructed", vec![], r)
                    .unwrap_or_else(|| self.bad(r)),
                Ty::List(e) => {
                    let Ty::Tuple(ts) = (*e).clone() else {
                        self.err(mismatch(
                            &Ty::list(Ty::Tuple(vec![Ty::Unknown, Ty::Unknown])),
                            &x.ty,
                            x.range,
                            "dict() takes a list of (key, value) pairs",
                        ));
                        return self.bad(r);
                    };
                    if ts.len() != 2 {
                        self.err(mismatch(
                            &Ty::list(Ty::Tuple(vec![Ty::Unknown, Ty::Unknown])),
                            &x.ty,
                            x.range,
                            "dict() takes a list of (key, value) pairs",
                        ));
                        return self.bad(r);
                    }
                    let ty = Ty::Dict(Box::new(ts[0].clone()), Box::new(ts[1].clone()));
                    let Some(newd) = self.new_container(fx, &ty, r) else {
                        return self.bad(r);
                    };
                    let h = fx.hidden("dict", ty.clone());
                    let local = ex(K::Local(h.clone()), ty.clone(), r);
                    let pv = fx.hidden("pair", (*e).clone());
                    let pair = ex(K::Local(pv.clone()), (*e).clone(), r);
                    let cls = e.mangle();
                    let k = ex(
                        K::GetField {
                            class: cls.clone(),
                            field: "f0".into(),
                            obj: Box::new(pair.clone()),
                        },
                        ts[0].clone(),
                        r,
                    );
                    let v = ex(
                        K::GetField {
                            class: cls,
                            field: "f1".into(),
                            obj: Box::new(pair),
                        },
                        ts[1].clone(),
                        r,
                    );
                    let Some(set) = self.method_on(fx, local.clone(), "__setitem__", vec![k, v], r)
                    else {
                        return self.bad(r);
                    };
                    let stmts = vec![
                        t::Stmt::Assign(vec![t::Target::Local(h)], vec![newd]),
                        t::Stmt::ForSeq {
                            var: pv,
                            counter: None,
                            seq: x,
                            kind: t::SeqKind::List,
                            body: vec![t::Stmt::Expr(set)],
                            orelse: vec![],
                            range: r,
                        },
                    ];
                    ex(K::Block(stmts, Box::new(local)), ty, r)
                }
                other => {
                    self.err(Diagnostic::new(
                        format!("dict() of a `{other}`"),
                        x.range,
                        format!("this is `{other}`"),
                        "dict() takes a dict or a list of pairs",
                    ));
                    self.bad(r)
                }
            },
        }
    }

    /// `set(gen)`, `dict(gen)`: each item added as the generator
    /// produces it (as CPython does).
    fn container_of_gen(
        &mut self,
        fx: &mut Fx,
        id: &str,
        g: &'a ast::ExprGenerator,
        expected: Option<&Ty>,
        r: TextRange,
    ) -> t::Expr {
        let elem_exp = match (id, expected) {
            ("dict", Some(Ty::Dict(k, v))) => Some(Ty::Tuple(vec![(**k).clone(), (**v).clone()])),
            ("dict", _) => None,
            (_, Some(Ty::Set(e))) => Some((**e).clone()),
            _ => None,
        };
        let Some((plan, item)) = self.gen_begin(fx, g, elem_exp.as_ref()) else {
            return self.bad(r);
        };
        let ety = elem_exp
            .filter(|t| self.assignable(&item.ty, t))
            .unwrap_or(item.ty.clone());
        let ty = if id == "dict" {
            match &ety {
                Ty::Tuple(ts) if ts.len() == 2 => {
                    Ty::Dict(Box::new(ts[0].clone()), Box::new(ts[1].clone()))
                }
                _ => {
                    self.err(mismatch(
                        &Ty::Tuple(vec![Ty::Unknown, Ty::Unknown]),
                        &item.ty,
                        g.elt.range(),
                        "dict() takes (key, value) pairs",
                    ));
                    return self.bad(r);
                }
            }
        } else {
            Ty::Set(Box::new(ety.clone()))
        };
        let Some(new) = self.new_container(fx, &ty, r) else {
            return self.bad(r);
        };
        let h = fx.hidden(id, ty.clone());
        let local = ex(K::Local(h.clone()), ty.clone(), r);
        let add = if let Ty::Tuple(ts) = item.ty.clone()
            && id == "dict"
        {
            let pv = fx.hidden("pair", item.ty.clone());
            let pair = ex(K::Local(pv.clone()), item.ty.clone(), r);
            let cls = item.ty.mangle();
            let kv: Vec<t::Expr> = (0..2)
                .map(|i| {
                    ex(
                        K::GetField {
                            class: cls.clone(),
                            field: format!("f{i}"),
                            obj: Box::new(pair.clone()),
                        },
                        ts[i].clone(),
                        r,
                    )
                })
                .collect();
            let set = self.method_on(fx, local.clone(), "__setitem__", kv, r);
            set.map(|s| {
                vec![
                    t::Stmt::Assign(vec![t::Target::Local(pv)], vec![item]),
                    t::Stmt::Expr(s),
                ]
            })
        } else {
            self.method_on(fx, local.clone(), "add", vec![item], r)
                .map(|s| vec![t::Stmt::Expr(s)])
        };
        let Some(add) = add else {
            return self.bad(r);
        };
        let mut stmts = vec![t::Stmt::Assign(vec![t::Target::Local(h)], vec![new])];
        stmts.extend(self.plan_loop(plan, add, vec![]));
        ex(K::Block(stmts, Box::new(local)), ty, r)
    }

    fn print_call(&mut self, fx: &mut Fx, c: &'a ast::ExprCall) -> t::Expr {
        let r = c.range();
        // The keywords in the order written: (0 sep, 1 end, 2 flush, value).
        let mut kws: Vec<(u8, t::Expr)> = Vec::new();
        let mut to_err = false;
        for k in &c.arguments.keywords {
            match k.arg.as_ref().map(|a| a.as_str()) {
                Some("sep") => kws.push((0, self.expr(fx, &k.value, Some(&Ty::Str)))),
                Some("end") => kws.push((1, self.expr(fx, &k.value, Some(&Ty::Str)))),
                // Output is always flushed at exit; the value is still
                // evaluated.
                Some("flush") => kws.push((2, self.expr(fx, &k.value, None))),
                Some("file") => {
                    if let E::Attribute(a) = &k.value
                        && let E::Name(n) = &*a.value
                        && n.id.as_str() == "sys"
                        && (a.attr.as_str() == "stderr" || a.attr.as_str() == "stdout")
                    {
                        to_err = a.attr.as_str() == "stderr";
                    } else {
                        self.err(unsupported(
                            "print to a file",
                            k.range,
                            "print to sys.stdout or sys.stderr",
                        ));
                        return self.bad(r);
                    }
                }
                _ => {
                    self.err(Diagnostic::new(
                        "unknown keyword argument of `print`",
                        k.range,
                        "unexpected",
                        "print accepts sep=, end=, file=sys.stderr and flush=",
                    ));
                    return self.bad(r);
                }
            }
        }
        if kws.iter().any(|(_, x)| x.ty.is_unknown()) {
            return self.bad(r);
        }
        for (_, x) in kws.iter().filter(|(k, _)| *k < 2) {
            if x.ty != Ty::Str && !x.ty.is_unknown() {
                self.err(mismatch(&Ty::Str, &x.ty, x.range, "sep and end are strs"));
                return self.bad(r);
            }
        }
        let mut xs = Vec::new();
        for a in &c.arguments.args {
            if let E::Starred(s) = a {
                self.err(unsupported(
                    "starred argument",
                    s.range,
                    "print items one by one",
                ));
                return self.bad(r);
            }
            let x = self.expr(fx, a, None);
            if x.ty.is_unknown() {
                return self.bad(r);
            }
            if x.ty == Ty::None && !matches!(x.kind, K::Null) {
                self.err(Diagnostic::new(
                    "cannot print the result of a procedure",
                    x.range,
                    "this has no value",
                    "the called function returns None; call it as a statement",
                ));
                return self.bad(r);
            }
            xs.push(x);
        }
        // CPython evaluates every argument (then `sep` and `end`, in the
        // order written) before it turns the first into text: a later one
        // may change an earlier one (`print(xs, xs.pop())`).
        // A keyword with an effect is evaluated after the values, but `sep`
        // is needed between them and `flush` is not used: then evaluate
        // everything first, whatever the types.
        // CPython writes each separator and item as soon as the item is
        // text, so when turning a later item into text may run program
        // code (its `__str__` prints or raises), what comes before it must
        // be written first. Then every argument is evaluated before the
        // first write, whatever the types.
        let stream = xs.iter().skip(1).any(|x| !self.quiet_str(&x.ty));
        // So it is when the line may be split into several writes to
        // stdout (below: a text that may hold a surrogate is a write of
        // its own): a later argument may raise after an earlier write.
        let maybe_surrogate = |x: &t::Expr| !matches!(x.kind, K::Str(_)) && !surrogate_free(&x.ty);
        let has_end = kws.iter().any(|(k, _)| *k == 1);
        let split = !to_err
            && (xs.len() > 1 || has_end)
            && (xs.iter().any(maybe_surrogate)
                || kws.iter().any(|(k, x)| *k <= 1 && maybe_surrogate(x)));
        let nargs = xs.len();
        let text = !stream && !split && kws.iter().all(|(_, x)| crate::check_call::inert(x));
        let kinds: Vec<u8> = kws.iter().map(|(k, _)| *k).collect();
        xs.extend(kws.into_iter().map(|(_, x)| x));
        let mut stmts = crate::check_call::eval_all_first(fx, &mut xs, text);
        let mut sep = None;
        let mut end = None;
        for (kind, x) in kinds.into_iter().zip(xs.drain(nargs..)) {
            match kind {
                0 => sep = Some(x),
                1 => end = Some(x),
                // Not hoisted (nothing after it has an effect): evaluate
                // it here, before the line is built.
                _ if !crate::check_call::inert(&x) => stmts.push(t::Stmt::Expr(x)),
                _ => {}
            }
        }
        // `sep` is read between the items: evaluate it once.
        let sep_e = match sep {
            Some(s) if !matches!(s.kind, K::Str(_) | K::Local(_)) => {
                let h = fx.hidden("sep", Ty::Str);
                stmts.push(t::Stmt::Assign(vec![t::Target::Local(h.clone())], vec![s]));
                ex(K::Local(h), Ty::Str, r)
            }
            Some(s) => s,
            None => sconst(" ", r),
        };
        // CPython writes str(item), sep, str(item), ..., end, one write()
        // each. Texts that cannot hold a surrogate (str constants, numbers,
        // reprs) are joined into one write; a text that may hold one is a
        // write of its own, as CPython's: the stream raises
        // UnicodeEncodeError for it alone, after what came before it was
        // written. stderr never raises, so there only program code (a
        // `__str__`) splits the line.
        let mut chunks: Vec<(t::Expr, bool)> = Vec::new();
        let push = |chunks: &mut Vec<(t::Expr, bool)>, e: t::Expr, safe: bool, alone: bool| match (
            chunks.last_mut(),
            &e.kind,
        ) {
            (_, K::Str(t)) if t.is_empty() => {}
            (Some((a, true)), K::Str(t)) if !alone => match &mut a.kind {
                K::Str(s) => s.push_str(t),
                _ => *a = concat(a.clone(), e),
            },
            (Some((a, true)), _) if safe && !alone => *a = concat(a.clone(), e),
            _ => chunks.push((e, safe)),
        };
        let sep_safe = to_err || matches!(sep_e.kind, K::Str(_));
        for (i, x) in xs.into_iter().enumerate() {
            if i > 0 {
                push(&mut chunks, sep_e.clone(), sep_safe, false);
            }
            // str() of it may run program code: what comes before is
            // written first.
            let alone = !self.quiet_str(&x.ty);
            let free = surrogate_free(&x.ty);
            let Some(s) = self.str_of(fx, x) else {
                return self.bad(r);
            };
            let safe = to_err || free || matches!(s.kind, K::Str(_));
            push(&mut chunks, s, safe, alone);
        }
        let newline = match &end {
            None => true,
            Some(e) => matches!(&e.kind, K::Str(s) if s == "\n"),
        };
        if to_err {
            let e = end.unwrap_or_else(|| sconst("\n", r));
            push(&mut chunks, e, true, false);
            for (c, _) in chunks {
                stmts.push(t::Stmt::Expr(prim(P::WriteErr, vec![c], Ty::None, r)));
            }
        } else if newline {
            // The runtime's `print` writes the last text and the newline.
            let (last, safe) = chunks.pop().unwrap_or_else(|| (sconst("", r), true));
            for (c, safe) in chunks {
                stmts.extend(self.stdout_write(fx, c, safe, false));
            }
            stmts.extend(self.stdout_write(fx, last, safe, true));
        } else {
            if let Some(e) = end {
                let safe = matches!(e.kind, K::Str(_));
                push(&mut chunks, e, safe, false);
            }
            for (c, safe) in chunks {
                stmts.extend(self.stdout_write(fx, c, safe, false));
            }
        }
        ex(
            K::Block(stmts, Box::new(ex(K::Nothing, Ty::None, r))),
            Ty::None,
            r,
        )
    }

    /// Write `s` to stdout (`print`'s line: then a newline). The runtime
    /// refuses a string holding a surrogate; unless `s` cannot hold one,
    /// the prelude then writes CPython's encoding of it (or raises its
    /// UnicodeEncodeError), so the common case stays one runtime call.
    pub(crate) fn stdout_write(
        &mut self,
        fx: &mut Fx,
        s: t::Expr,
        safe: bool,
        line: bool,
    ) -> Vec<t::Stmt> {
        let r = s.range;
        let write = |s: t::Expr| {
            if line {
                ex(K::Print(Box::new(s)), Ty::Bool, r)
            } else {
                prim(P::WriteOut, vec![s], Ty::Bool, r)
            }
        };
        if safe {
            return vec![t::Stmt::Expr(write(s))];
        }
        let mut pre = Vec::new();
        // Read once (a program's local would be checked, and reported,
        // at each read).
        let v = if matches!(&s.kind, K::Local(n) if n.starts_with('$')) {
            s
        } else {
            let h = fx.hidden("w", Ty::Str);
            pre.push(t::Stmt::Assign(vec![t::Target::Local(h.clone())], vec![s]));
            ex(K::Local(h), Ty::Str, r)
        };
        let slow = if line {
            "stdout_print_encoded"
        } else {
            "stdout_write_encoded"
        };
        let Some(call) = self.lib_call(fx, slow, vec![v.clone()], r) else {
            return vec![t::Stmt::Expr(self.bad(r))];
        };
        let refused = ex(K::Not(Box::new(write(v))), Ty::Bool, r);
        pre.push(t::Stmt::If(refused, vec![t::Stmt::Expr(call)], vec![]));
        pre
    }

    /// Whether `str()` of a value of the type runs no program code and
    /// cannot raise: builtin values, and exceptions whose text is their
    /// message (no `__str__` of the program on their class or below).
    fn quiet_str(&self, t: &Ty) -> bool {
        match t {
            Ty::Class(c) => {
                self.is_exception(c)
                    && self.find_method(c, "__str__").is_none()
                    && self.overriders(c, "__str__").is_empty()
            }
            Ty::Optional(x) => self.quiet_str(x),
            t => quiet_text(t),
        }
    }
}

/// Whether `str()` of a value of the type never holds a surrogate code
/// point (which stdout cannot write): numbers, and reprs of builtin values
/// (`repr` escapes surrogates). A str, an exception's message or a
/// program's `__str__`/`__repr__` may hold one.
fn surrogate_free(t: &Ty) -> bool {
    match t {
        Ty::Int | Ty::Bool | Ty::Float | Ty::Bytes | Ty::None => true,
        Ty::Optional(x) => surrogate_free(x),
        Ty::List(_) | Ty::TupleVar(_) | Ty::Set(_) | Ty::Dict(..) | Ty::Tuple(_) => quiet_text(t),
        _ => false,
    }
}

/// Whether `str()` (and `repr()`) of a value of the type runs no program
/// code and cannot raise, so that `print` may join it with its neighbours
/// before writing.
fn quiet_text(t: &Ty) -> bool {
    match t {
        Ty::Int | Ty::Bool | Ty::Float | Ty::Str | Ty::Bytes | Ty::None => true,
        Ty::Optional(x) | Ty::List(x) | Ty::TupleVar(x) | Ty::Set(x) => quiet_text(x),
        Ty::Dict(k, v) => quiet_text(k) && quiet_text(v),
        Ty::Tuple(ts) => ts.iter().all(quiet_text),
        _ => false,
    }
}
