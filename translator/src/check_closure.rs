//! Callable values (part of stage 2): module functions, bound methods,
//! lambdas and nested functions become instances of classes deriving from
//! the abstract class of their `Callable` type, whose virtual `call` runs
//! the code.
//!
//! Variables of a function that nested functions or lambdas read are
//! *cells*: a `cell$T` object (one field `v`) created at function entry,
//! through which the function and its closures read and write them, so a
//! closure sees the variable's current value (Python's late binding).

use crate::check::{Ctx, FieldDecl, Fx, Item, Sig, collect_assigned, unsupported};
use crate::check_expr::ex;
use crate::diag::Diagnostic;
use crate::typed::{self as t, ExprKind as K};
use crate::types::Ty;
use ruff_python_ast::{self as ast, Expr as E, Stmt as S};
use ruff_text_size::{Ranged, TextRange};
use std::collections::HashSet;

/// Names loaded anywhere in an expression.
fn loads_expr(e: &E, out: &mut HashSet<String>) {
    use ruff_python_ast::visitor::{Visitor, walk_expr};
    struct V<'o>(&'o mut HashSet<String>);
    impl<'x> Visitor<'x> for V<'_> {
        fn visit_expr(&mut self, e: &'x E) {
            if let E::Name(n) = e {
                self.0.insert(n.id.to_string());
            }
            walk_expr(self, e);
        }
    }
    V(out).visit_expr(e);
}

fn loads_stmts(stmts: &[S], out: &mut HashSet<String>) {
    use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
    struct V<'o>(&'o mut HashSet<String>);
    impl<'x> Visitor<'x> for V<'_> {
        fn visit_expr(&mut self, e: &'x E) {
            if let E::Name(n) = e {
                self.0.insert(n.id.to_string());
            }
            walk_expr(self, e);
        }
        fn visit_stmt(&mut self, s: &'x S) {
            walk_stmt(self, s);
        }
    }
    let mut v = V(out);
    for s in stmts {
        v.visit_stmt(s);
    }
}

/// Names declared `nonlocal` anywhere in a function body (not in nested
/// functions).
pub(crate) fn nonlocal_names(stmts: &[S]) -> HashSet<String> {
    let mut decls = Vec::new();
    nonlocal_decls(stmts, &mut decls);
    decls.into_iter().map(|x| x.to_string()).collect()
}

/// The names of the `nonlocal` statements anywhere in a function body
/// (not in nested functions), in source order.
fn nonlocal_decls<'b>(stmts: &'b [S], out: &mut Vec<&'b ast::Identifier>) {
    for s in stmts {
        match s {
            S::Nonlocal(n) => out.extend(n.names.iter()),
            S::If(i) => {
                nonlocal_decls(&i.body, out);
                for c in &i.elif_else_clauses {
                    nonlocal_decls(&c.body, out);
                }
            }
            S::While(w) => nonlocal_decls(&w.body, out),
            S::For(f) => nonlocal_decls(&f.body, out),
            S::With(w) => nonlocal_decls(&w.body, out),
            S::Try(t) => {
                nonlocal_decls(&t.body, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    nonlocal_decls(&h.body, out);
                }
                nonlocal_decls(&t.orelse, out);
                nonlocal_decls(&t.finalbody, out);
            }
            _ => {}
        }
    }
}

/// Free names of nested functions and lambdas in a function body: the
/// names they read that they do not bind themselves.
pub(crate) fn captured_names(body: &[S]) -> HashSet<String> {
    captured_in(body, &[])
}

/// Free names of the nested functions and lambdas in statements and
/// expressions (see [`captured_names`]).
pub(crate) fn captured_in(body: &[S], exprs: &[&E]) -> HashSet<String> {
    use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
    struct V {
        out: HashSet<String>,
    }
    impl<'x> Visitor<'x> for V {
        fn visit_stmt(&mut self, s: &'x S) {
            if let S::FunctionDef(f) = s {
                let mut loads = HashSet::new();
                loads_stmts(&f.body, &mut loads);
                for d in f
                    .parameters
                    .args
                    .iter()
                    .filter_map(|a| a.default.as_deref())
                {
                    loads_expr(d, &mut loads);
                }
                let mut bound = HashSet::new();
                collect_assigned(&f.body, &mut bound);
                for a in &f.parameters.args {
                    bound.insert(a.parameter.name.to_string());
                }
                let nl = nonlocal_names(&f.body);
                for n in &nl {
                    bound.remove(n);
                    loads.insert(n.clone());
                }
                for n in loads {
                    if !bound.contains(&n) {
                        self.out.insert(n);
                    }
                }
                return;
            }
            walk_stmt(self, s);
        }
        fn visit_expr(&mut self, e: &'x E) {
            if let E::Lambda(l) = e {
                let mut loads = HashSet::new();
                loads_expr(&l.body, &mut loads);
                let mut bound = HashSet::new();
                if let Some(p) = &l.parameters {
                    for a in &p.args {
                        bound.insert(a.parameter.name.to_string());
                    }
                }
                for n in loads {
                    if !bound.contains(&n) {
                        self.out.insert(n);
                    }
                }
                return;
            }
            walk_expr(self, e);
        }
    }
    let mut v = V {
        out: HashSet::new(),
    };
    for s in body {
        v.visit_stmt(s);
    }
    for e in exprs {
        v.visit_expr(e);
    }
    v.out
}

/// The cell class of a type.
pub(crate) fn cell_ty(cx: &mut Ctx, inner: &Ty) -> Ty {
    let name = format!("cell${}", inner.mangle());
    if !cx.class_idx.contains_key(&name) {
        cx.add_synthetic(
            &name,
            None,
            vec![FieldDecl {
                name: "v".into(),
                ty: Some(inner.clone()),
                range: TextRange::default(),
            }],
            vec![],
        );
    }
    cx.use_class(&name);
    Ty::Class(name)
}

/// Reading a cell variable.
pub(crate) fn cell_read(cx: &mut Ctx, cell: t::Expr, inner: &Ty, r: TextRange) -> t::Expr {
    let ct = cell_ty(cx, inner);
    ex(
        K::GetField {
            class: ct.mangle(),
            field: "v".into(),
            obj: Box::new(cell),
        },
        inner.clone(),
        r,
    )
}

/// The statements creating the cells of a function (at its entry).
pub(crate) fn cell_prologue(cx: &mut Ctx, fx: &Fx, params: &[(String, Ty)]) -> Vec<t::Stmt> {
    let mut out = Vec::new();
    for c in &fx.cells {
        let param = params.iter().find(|(n, _)| n == c);
        let init = param.map(|(n, pt)| ex(K::Local(n.clone()), pt.clone(), TextRange::default()));
        if let Some(s) = new_cell(cx, fx, c, init) {
            out.push(s);
            if param.is_some() {
                out.push(t::Stmt::CellSet(c.clone()));
            }
        }
    }
    out
}

/// The statement making a fresh cell `c$cell` for the local `c` (holding
/// `init` when given); None when the local's type is not known.
pub(crate) fn new_cell(cx: &mut Ctx, fx: &Fx, c: &str, init: Option<t::Expr>) -> Option<t::Stmt> {
    let ty = fx
        .locals
        .iter()
        .find(|(n, _)| n == c)
        .map(|(_, t)| t.clone())?;
    if ty.is_unknown() {
        return None;
    }
    let ct = cell_ty(cx, &ty);
    let cls = ct.mangle();
    let sets = init.map_or(vec![], |x| vec![(cls.clone(), "v".to_string(), x)]);
    Some(t::Stmt::Assign(
        vec![t::Target::Local(format!("{c}$cell"))],
        vec![ex(
            K::New {
                class: cls,
                init: None,
                args: vec![],
                sets,
            },
            ct,
            TextRange::default(),
        )],
    ))
}

/// The closure value `closure`, made at `r`, checked to capture only
/// assigned variables: it may read them whenever it is called, so each of
/// the enclosing function's own cells it captures must be assigned on
/// every path to here. (Cells taken from a function further out were
/// checked where that function's closure was made.) `def` is the nested
/// def's name and its `nonlocal` names; `None` for a lambda.
fn check_captures(
    fx: &Fx,
    caps: &[(String, Ty, t::Expr)],
    closure: t::Expr,
    def: Option<(&str, &HashSet<String>)>,
    r: TextRange,
) -> t::Expr {
    let mut checks = Vec::new();
    for (n, _, _) in caps {
        let iname = fx.iname(n);
        // A def's own name is bound by the def itself.
        if !fx.cells.contains(&iname) || fx.local(n).is_none() || def.is_some_and(|(d, _)| d == n) {
            continue;
        }
        let (by, what) = match def {
            Some((d, _)) => (d, "this function is defined"),
            None => ("lambda", "this lambda is created"),
        };
        let mut help = format!(
            "assign `{n}` on every path before {what} (e.g. before the `if`, loop or `try`)"
        );
        if def.is_some_and(|(_, nl)| nl.contains(n)) {
            help.push_str(&format!(
                "; the assignments `{by}` makes through `nonlocal` do not count"
            ));
        }
        checks.push(t::Stmt::CellCheck(
            iname,
            Box::new(Diagnostic::new(
                format!("variable `{n}` captured by `{by}` may be unbound here"),
                r,
                "not assigned on every path to here",
                help,
            )),
        ));
    }
    if checks.is_empty() {
        return closure;
    }
    let (ty, range) = (closure.ty.clone(), closure.range);
    ex(K::Block(checks, Box::new(closure)), ty, range)
}

fn func_class(cx: &mut Ctx, ty: &Ty) -> String {
    cx.ensure_class(ty);
    cx.use_ty(ty);
    ty.mangle()
}

/// Declare a concrete callable class (fields, `call` signature).
fn declare_callable(cx: &mut Ctx, name: &str, fty: &Ty, fields: Vec<FieldDecl>) {
    let parent = func_class(cx, fty);
    let Ty::Func(ps, ret) = fty else { return };
    cx.add_synthetic(name, Some(parent), fields, vec!["call".into()]);
    let mut params = vec![("self".to_string(), Ty::Class(name.to_string()))];
    for (i, p) in ps.iter().enumerate() {
        params.push((format!("a{i}"), p.clone()));
    }
    let sig = Sig {
        name: format!("{name}.call"),
        display: fty.to_string(),
        defaults: vec![None; params.len()],
        params,
        ret: (**ret).clone(),
        range: TextRange::default(),
        is_static: false,
    };
    if let Some(&ci) = cx.class_idx.get(name) {
        cx.classes[ci].sigs.insert("call".into(), sig);
    }
    cx.use_class(name);
}

/// `f` (a module function) as a value.
pub(crate) fn func_value(cx: &mut Ctx, _fx: &mut Fx, irn: &str, r: TextRange) -> Option<t::Expr> {
    let sig = match cx.funcs.get(irn).cloned() {
        Some(s) => s,
        None => {
            let (c, m) = irn.rsplit_once('.')?;
            cx.class(c)?.sigs.get(m).cloned()?
        }
    };
    let fty = Ty::Func(
        sig.params.iter().map(|(_, t)| t.clone()).collect(),
        Box::new(sig.ret.clone()),
    );
    let name = format!("{irn}$fn").replace('.', "$");
    if !cx.class_idx.contains_key(&name) {
        declare_callable(cx, &name, &fty, vec![]);
        let mut params = vec![("self".to_string(), Ty::Class(name.clone()))];
        let mut args = Vec::new();
        for (i, (_, p)) in sig.params.iter().enumerate() {
            params.push((format!("a{i}"), p.clone()));
            args.push(ex(K::Local(format!("a{i}")), p.clone(), r));
        }
        let call = ex(K::Call(irn.to_string(), args), sig.ret.clone(), r);
        cx.need(irn);
        let body = if sig.ret == Ty::None {
            vec![t::Stmt::Expr(call), t::Stmt::Return(None, r)]
        } else {
            vec![t::Stmt::Return(Some(call), r)]
        };
        cx.synth.push(t::FuncInfo {
            name: format!("{name}.call"),
            locals: params.clone(),
            params,
            ret: sig.ret.clone(),
            body,
            range: r,
        });
    }
    Some(ex(
        K::New {
            class: name,
            init: None,
            args: vec![],
            sets: vec![],
        },
        fty,
        r,
    ))
}

/// `obj.m` as a value.
pub(crate) fn bound_method(
    cx: &mut Ctx,
    _fx: &mut Fx,
    obj: t::Expr,
    class: &str,
    m: &str,
    r: TextRange,
) -> Option<t::Expr> {
    let (_, sig) = cx.find_method(class, m)?;
    let ps: Vec<Ty> = if sig.is_static {
        sig.params.iter().map(|(_, t)| t.clone()).collect()
    } else {
        crate::check::tail(&sig.params)
            .iter()
            .map(|(_, t)| t.clone())
            .collect()
    };
    let fty = Ty::Func(ps.clone(), Box::new(sig.ret.clone()));
    let name = format!("{class}${m}$bound");
    let recv_ty = Ty::Class(class.to_string());
    if !cx.class_idx.contains_key(&name) {
        declare_callable(
            cx,
            &name,
            &fty,
            vec![FieldDecl {
                name: "obj".into(),
                ty: Some(recv_ty.clone()),
                range: TextRange::default(),
            }],
        );
        let me = ex(K::Local("self".into()), Ty::Class(name.clone()), r);
        let mut params = vec![("self".to_string(), Ty::Class(name.clone()))];
        let mut args = Vec::new();
        if !sig.is_static {
            args.push(ex(
                K::GetField {
                    class: name.clone(),
                    field: "obj".into(),
                    obj: Box::new(me),
                },
                recv_ty.clone(),
                r,
            ));
        }
        for (i, p) in ps.iter().enumerate() {
            params.push((format!("a{i}"), p.clone()));
            args.push(ex(K::Local(format!("a{i}")), p.clone(), r));
        }
        let call = if sig.is_static {
            cx.need(&sig.name);
            ex(K::Call(sig.name.clone(), args), sig.ret.clone(), r)
        } else {
            ex(
                K::CallVirtual(class.to_string(), m.to_string(), args),
                sig.ret.clone(),
                r,
            )
        };
        let body = if sig.ret == Ty::None {
            vec![t::Stmt::Expr(call), t::Stmt::Return(None, r)]
        } else {
            vec![t::Stmt::Return(Some(call), r)]
        };
        cx.synth.push(t::FuncInfo {
            name: format!("{name}.call"),
            locals: params.clone(),
            params,
            ret: sig.ret.clone(),
            body,
            range: r,
        });
    }
    Some(ex(
        K::New {
            class: name.clone(),
            init: None,
            args: vec![],
            sets: vec![(name, "obj".into(), obj)],
        },
        fty,
        r,
    ))
}

/// The captured variables a nested body reads: (name, type, cell
/// expression in the enclosing function).
fn captures(cx: &mut Ctx, fx: &Fx, names: &HashSet<String>) -> Vec<(String, Ty, t::Expr)> {
    let r = TextRange::default();
    let mut out = Vec::new();
    let mut sorted: Vec<&String> = names.iter().collect();
    sorted.sort();
    for n in sorted {
        let iname = fx.iname(n);
        if fx.cells.contains(&iname)
            && let Some(ty) = fx.local(n).cloned()
        {
            let ct = cell_ty(cx, &ty);
            out.push((n.clone(), ty, ex(K::Local(format!("{iname}$cell")), ct, r)));
            continue;
        }
        if fx.local(n).is_some() {
            // A local that is not a cell: no closure reads it (a
            // comprehension variable a closure reads is a cell, made by
            // `comp_levels`).
            continue;
        }
        if let Some((_, ty, cell)) = fx.captured.iter().find(|(x, _, _)| x == n) {
            out.push((n.clone(), ty.clone(), cell.clone()));
        }
    }
    out
}

/// Create the closure class for a lambda/nested def and its instance.
#[allow(clippy::too_many_arguments)]
fn make_closure<'a>(
    cx: &mut Ctx<'a>,
    fx: &mut Fx,
    base: &str,
    fty: &Ty,
    params: Vec<(String, Ty)>,
    caps: Vec<(String, Ty, t::Expr)>,
    body: impl FnOnce(&mut Ctx<'a>, &mut Fx) -> Vec<t::Stmt>,
    self_name: Option<(String, Ty)>,
    r: TextRange,
) -> Option<t::Expr> {
    cx.lambda_counter += 1;
    let name = format!(
        "{}${base}${}",
        fx.irname.replace('.', "$"),
        cx.lambda_counter
    );
    let mut fields = Vec::new();
    for (n, ty, cell) in &caps {
        fields.push(FieldDecl {
            name: format!("c_{n}"),
            ty: Some(cell.ty.clone()),
            range: TextRange::default(),
        });
        let _ = ty;
    }
    declare_callable(cx, &name, fty, fields);
    let Ty::Func(_, ret) = fty else { return None };
    let me = ex(K::Local("self".into()), Ty::Class(name.clone()), r);
    let mut inner = Fx::new(&format!("{} (closure)", fx.fname), (**ret).clone(), vec![]);
    inner.irname = name.clone();
    inner.locals.push(("self".into(), Ty::Class(name.clone())));
    for (n, ty) in &params {
        inner.locals.push((n.clone(), ty.clone()));
    }
    for (n, ty, cell) in &caps {
        let cell_in = ex(
            K::GetField {
                class: name.clone(),
                field: format!("c_{n}"),
                obj: Box::new(me.clone()),
            },
            cell.ty.clone(),
            r,
        );
        inner.captured.push((n.clone(), ty.clone(), cell_in));
    }
    if let Some((sn, st)) = self_name {
        // A nested def refers to itself through its own cell if captured;
        // otherwise directly as `self`.
        if !caps.iter().any(|(n, _, _)| *n == sn) {
            inner.captured.push((sn, st, me.clone()));
        }
    }
    let stmts = body(cx, &mut inner);
    cx.finish_fx(&mut inner);
    let mut all_params = vec![("self".to_string(), Ty::Class(name.clone()))];
    all_params.extend(params.iter().cloned());
    let mut full = cell_prologue(cx, &inner, &all_params);
    full.extend(stmts);
    let mut locals = inner.locals.clone();
    for c in &inner.cells {
        if let Some(ty) = inner
            .locals
            .iter()
            .find(|(n, _)| n == c)
            .map(|(_, t)| t.clone())
        {
            let ct = cell_ty(cx, &ty);
            locals.push((format!("{c}$cell"), ct));
        }
    }
    cx.synth.push(t::FuncInfo {
        name: format!("{name}.call"),
        params: all_params,
        ret: (**ret).clone(),
        body: full,
        locals,
        range: r,
    });
    let sets = caps
        .into_iter()
        .map(|(n, _, cell)| (name.clone(), format!("c_{n}"), cell))
        .collect();
    Some(ex(
        K::New {
            class: name,
            init: None,
            args: vec![],
            sets,
        },
        fty.clone(),
        r,
    ))
}

pub(crate) fn lambda<'a>(
    cx: &mut Ctx<'a>,
    fx: &mut Fx,
    l: &'a ast::ExprLambda,
    expected: Option<&Ty>,
) -> t::Expr {
    let r = l.range;
    let pnames: Vec<String> = l
        .parameters
        .as_ref()
        .map(|p| {
            p.args
                .iter()
                .map(|a| a.parameter.name.to_string())
                .collect()
        })
        .unwrap_or_default();
    if let Some(p) = &l.parameters
        && (p.vararg.is_some()
            || p.kwarg.is_some()
            || !p.kwonlyargs.is_empty()
            || p.args.iter().any(|a| a.default.is_some()))
    {
        cx.err(unsupported(
            "lambda with defaults, `*args` or keyword-only parameters",
            r,
            "use plain parameters",
        ));
        return cx.bad(r);
    }
    let Some(Ty::Func(ps, ret)) = expected.cloned() else {
        cx.err(Diagnostic::new(
            "cannot infer the parameter types of this lambda",
            r,
            "no expected `Callable` type here",
            "use the lambda where a `Callable[[A, B], R]` is expected (an annotated variable, parameter or `key=`), or define a function",
        ));
        return cx.bad(r);
    };
    if ps.len() != pnames.len() {
        cx.err(Diagnostic::new(
            format!(
                "the lambda takes {} parameters but {} are expected",
                pnames.len(),
                ps.len()
            ),
            r,
            format!(
                "{} parameter{} expected",
                ps.len(),
                if ps.len() == 1 { "" } else { "s" }
            ),
            "write a lambda with one parameter per argument",
        ));
        return cx.bad(r);
    }
    let mut loads = HashSet::new();
    loads_expr(&l.body, &mut loads);
    for p in &pnames {
        loads.remove(p);
    }
    let caps = captures(cx, fx, &loads);
    let params: Vec<(String, Ty)> = pnames.iter().cloned().zip(ps.iter().cloned()).collect();
    // The parameters that a lambda in the body reads are cells (as a
    // def's; a lambda assigns no other variable).
    let cells: std::collections::BTreeSet<String> = captured_in(&[], &[&l.body])
        .into_iter()
        .filter(|n| pnames.contains(n))
        .collect();
    // The result type: from context, or inferred from the body (checked
    // once in a scratch function to learn it).
    let ret_ty = if ret.is_unknown() {
        let mut probe = Fx::new("lambda", Ty::Unknown, params.clone());
        probe.irname = fx.irname.clone();
        probe.captured = caps.clone();
        probe.cells = cells.clone();
        probe.captured.extend(fx.captured.iter().cloned());
        let saved = cx.diags.len();
        let saved_synth = cx.synth.len();
        let saved_counter = cx.lambda_counter;
        let x = cx.expr(&mut probe, &l.body, None);
        cx.synth.truncate(saved_synth);
        cx.lambda_counter = saved_counter;
        if cx.diags.len() > saved {
            return cx.bad(r);
        }
        x.ty
    } else {
        (*ret).clone()
    };
    if ret_ty.is_unknown() {
        return cx.bad(r);
    }
    let fty = Ty::Func(ps.clone(), Box::new(ret_ty.clone()));
    let body = l.body.as_ref();
    let rt = ret_ty.clone();
    let checked = caps.clone();
    let made = make_closure(
        cx,
        fx,
        "lambda",
        &fty,
        params,
        caps,
        move |cx, inner| {
            inner.cells = cells;
            let x = cx.expr(inner, body, Some(&rt));
            let x = cx.coerce(x, &rt);
            if rt == Ty::None || x.ty == Ty::None {
                vec![t::Stmt::Expr(x), t::Stmt::Return(None, r)]
            } else {
                if !cx.assignable(&x.ty, &rt) {
                    cx.err(crate::check::mismatch(
                        &rt,
                        &x.ty,
                        x.range,
                        "the lambda's result type comes from its context",
                    ));
                }
                vec![t::Stmt::Return(Some(x), r)]
            }
        },
        None,
        r,
    );
    match made {
        Some(m) => check_captures(fx, &checked, m, None, r),
        None => cx.bad(r),
    }
}

/// Whether every `nonlocal` name of the nested function `f` is a variable
/// of the enclosing function `fx` (one it binds, or one it shares with a
/// function further out), as CPython's compiler requires; reported
/// otherwise. `caps` are the variables `f` captures.
fn nonlocals_bound(
    cx: &mut Ctx,
    fx: &Fx,
    f: &ast::StmtFunctionDef,
    caps: &[(String, Ty, t::Expr)],
) -> bool {
    let mut decls = Vec::new();
    nonlocal_decls(&f.body, &mut decls);
    let mut ok = true;
    for n in decls {
        let n_s = n.as_str();
        if caps.iter().any(|(c, _, _)| c == n_s) {
            continue;
        }
        ok = false;
        if fx.assigned.contains(n_s) || fx.local(n_s).is_some() {
            // Bound by the enclosing function, but only after this `def`:
            // the cell is made where the variable first gets its value.
            cx.err(Diagnostic::new(
                format!("`{n_s}` is declared `nonlocal` before the enclosing function assigns it"),
                n.range,
                "not assigned yet where the nested function is defined",
                format!(
                    "assign `{n_s}` in the enclosing function before `def {}`",
                    f.name
                ),
            ));
        } else {
            cx.err(Diagnostic::new(
                format!("no binding for nonlocal `{n_s}` found"),
                n.range,
                "not a variable of an enclosing function",
                "CPython rejects this (SyntaxError): `nonlocal` names a variable the enclosing function assigns",
            ));
        }
    }
    ok
}

pub(crate) fn closure_of_def<'a>(
    cx: &mut Ctx<'a>,
    fx: &mut Fx,
    f: &'a ast::StmtFunctionDef,
) -> Option<t::Expr> {
    let sig = cx.signature(f, None)?;
    if sig.defaults.iter().any(|d| d.is_some()) {
        cx.err(unsupported(
            "default values in a nested function",
            f.name.range,
            "pass every argument",
        ));
        return None;
    }
    let fty = Ty::Func(
        sig.params.iter().map(|(_, t)| t.clone()).collect(),
        Box::new(sig.ret.clone()),
    );
    cx.ensure_class(&fty);
    // The def's own name is a local of the enclosing function (declared
    // before the body so the body may call itself).
    let name = f.name.to_string();
    if fx.local(&name).is_none() {
        fx.locals.push((fx.iname(&name), fty.clone()));
    }
    let mut loads = HashSet::new();
    loads_stmts(&f.body, &mut loads);
    let mut bound = HashSet::new();
    collect_assigned(&f.body, &mut bound);
    for (p, _) in &sig.params {
        bound.insert(p.clone());
    }
    let nonlocals = nonlocal_names(&f.body);
    for n in &nonlocals {
        bound.remove(n);
        loads.insert(n.clone());
    }
    loads.retain(|n| !bound.contains(n));
    let caps = captures(cx, fx, &loads);
    if !nonlocals_bound(cx, fx, f, &caps) {
        return None;
    }
    let body_stmts: &'a [S] = &f.body;
    let ret = sig.ret.clone();
    let fname = f.name.to_string();
    let base = fname.clone();
    let params = sig.params.clone();
    let pcopy = params.clone();
    let checked = caps.clone();
    let nl = nonlocals.clone();
    let made = make_closure(
        cx,
        fx,
        &base,
        &fty,
        params,
        caps,
        move |cx, inner| {
            inner.ret = ret.clone();
            inner.fname = fname.clone();
            let mut assigned = HashSet::new();
            collect_assigned(body_stmts, &mut assigned);
            for n in &nonlocals {
                assigned.remove(n);
            }
            inner.assigned = assigned;
            inner.nonlocals = nonlocals.iter().cloned().collect();
            inner.bound_outside_handlers = crate::check::bound_outside_handlers(body_stmts, &pcopy);
            inner.cells = captured_names(body_stmts)
                .into_iter()
                .filter(|n| inner.assigned.contains(n) || pcopy.iter().any(|(p, _)| p == n))
                .collect();
            inner.nl_cells = crate::check_narrow::nested_nonlocals(body_stmts)
                .into_iter()
                .filter(|n| inner.cells.contains(n))
                .collect();
            let mut body = body_stmts;
            if let Some(S::Expr(e)) = body.first()
                && matches!(&*e.value, E::StringLiteral(_))
            {
                body = &body[1..];
            }
            let mut out = cx.block(inner, body);
            if ret == Ty::None {
                out.push(t::Stmt::Return(None, f.name.range));
            }
            out
        },
        Some((f.name.to_string(), fty.clone())),
        f.range(),
    )?;
    Some(check_captures(
        fx,
        &checked,
        made,
        Some((&name, &nl)),
        f.name.range,
    ))
}

#[allow(dead_code)]
fn _item(_: Item) {}
