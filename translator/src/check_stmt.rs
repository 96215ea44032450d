//! Statement checking (part of stage 2): assignments, control flow,
//! loops over every iterable, `try`, `with`, `del`, and the flow-sensitive
//! narrowing of `T | None` and `isinstance`.

use crate::check::{
    Ctx, Fx, collect_assigned, expr_kind, mismatch, operand_error, stmt_head, stmt_kind,
    unsupported,
};
use crate::diag::Diagnostic;
use crate::typed::{self as t, AugOp, ExprKind as K, SeqKind};
use crate::types::Ty;
use ruff_python_ast::{self as ast, Expr as E, Stmt as S};
use ruff_text_size::{Ranged, TextRange};
use std::collections::HashSet;

/// Narrowings implied by a condition: (when true, when false).
pub(crate) type Narrows = (Vec<(String, Ty)>, Vec<(String, Ty)>);

pub(crate) fn op_name(op: ast::Operator) -> &'static str {
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

pub(crate) fn int_binop(op: ast::Operator) -> Option<ir::BinOp> {
    use ast::Operator::*;
    Some(match op {
        Add => ir::BinOp::Add,
        Sub => ir::BinOp::Sub,
        Mult => ir::BinOp::Mul,
        FloorDiv => ir::BinOp::FloorDiv,
        Mod => ir::BinOp::Mod,
        LShift => ir::BinOp::Shl,
        RShift => ir::BinOp::Shr,
        BitAnd => ir::BinOp::And,
        BitOr => ir::BinOp::Or,
        BitXor => ir::BinOp::Xor,
        _ => return None,
    })
}

/// Whether a statement list never falls through (ends in return, raise,
/// break, continue or `sys.exit(...)`).
pub(crate) fn diverges(stmts: &[S]) -> bool {
    match stmts.last() {
        Some(S::Return(_) | S::Raise(_) | S::Break(_) | S::Continue(_)) => true,
        Some(S::If(i)) => {
            diverges(&i.body)
                && i.elif_else_clauses.iter().any(|c| c.test.is_none())
                && i.elif_else_clauses.iter().all(|c| diverges(&c.body))
        }
        Some(S::Expr(e)) => {
            if let E::Call(c) = &*e.value
                && let E::Attribute(a) = &*c.func
                && a.attr.as_str() == "exit"
                && matches!(&*a.value, E::Name(n) if n.id.as_str() == "sys")
            {
                return true;
            }
            false
        }
        _ => false,
    }
}

/// Attribute names assigned anywhere in a statement list.
fn assigned_attrs(stmts: &[S], out: &mut HashSet<String>) {
    fn tg(e: &E, out: &mut HashSet<String>) {
        match e {
            E::Attribute(a) => {
                out.insert(a.attr.to_string());
            }
            E::Tuple(t) => t.elts.iter().for_each(|x| tg(x, out)),
            _ => {}
        }
    }
    for s in stmts {
        match s {
            S::Assign(a) => a.targets.iter().for_each(|x| tg(x, out)),
            S::AnnAssign(a) => tg(&a.target, out),
            S::AugAssign(a) => tg(&a.target, out),
            S::For(f) => {
                assigned_attrs(&f.body, out);
                assigned_attrs(&f.orelse, out);
            }
            S::While(w) => {
                assigned_attrs(&w.body, out);
                assigned_attrs(&w.orelse, out);
            }
            S::If(i) => {
                assigned_attrs(&i.body, out);
                for c in &i.elif_else_clauses {
                    assigned_attrs(&c.body, out);
                }
            }
            S::With(w) => assigned_attrs(&w.body, out),
            S::Try(tr) => {
                assigned_attrs(&tr.body, out);
                for h in &tr.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    assigned_attrs(&h.body, out);
                }
                assigned_attrs(&tr.orelse, out);
                assigned_attrs(&tr.finalbody, out);
            }
            _ => {}
        }
    }
}

impl<'a> Ctx<'a> {
    pub(crate) fn block(&mut self, fx: &mut Fx, stmts: &'a [S]) -> Vec<t::Stmt> {
        let mut out = Vec::new();
        for s in stmts {
            self.stmt(fx, s, &mut out);
        }
        out
    }

    /// The narrowing path of an expression (`x`, `self.next`).
    pub(crate) fn path_of(&self, fx: &Fx, e: &E) -> Option<String> {
        match e {
            E::Name(n) => fx.local(n.id.as_str()).map(|_| fx.iname(n.id.as_str())),
            E::Attribute(a) => Some(format!("{}.{}", self.path_of(fx, &a.value)?, a.attr)),
            _ => None,
        }
    }

    /// Forget narrowings of a local (and paths through it).
    pub(crate) fn kill_local(&self, fx: &mut Fx, iname: &str) {
        let pre = format!("{iname}.");
        let nonneg = crate::check_expr::non_negative_key(iname);
        fx.narrow
            .retain(|n| n.path != iname && !n.path.starts_with(&pre) && n.path != nonneg);
    }

    /// Forget narrowings of any attribute path ending in `.attr`.
    pub(crate) fn kill_attr(&self, fx: &mut Fx, attr: &str) {
        let suf = format!(".{attr}");
        let mid = format!("{suf}.");
        fx.narrow
            .retain(|n| !n.path.ends_with(&suf) && !n.path.contains(&mid));
    }

    /// Forget narrowings of everything a statement list assigns.
    fn kill_assigned(&self, fx: &mut Fx, stmts: &[S]) {
        let mut names = HashSet::new();
        collect_assigned(stmts, &mut names);
        for n in names {
            let i = fx.iname(&n);
            self.kill_local(fx, &i);
        }
        let mut attrs = HashSet::new();
        assigned_attrs(stmts, &mut attrs);
        for a in attrs {
            self.kill_attr(fx, &a);
        }
    }

    /// Narrowings implied by a condition.
    pub(crate) fn narrows_of(&mut self, fx: &Fx, e: &E) -> Narrows {
        match e {
            E::BoolOp(b) => {
                let parts: Vec<Narrows> = b.values.iter().map(|v| self.narrows_of(fx, v)).collect();
                match b.op {
                    ast::BoolOp::And => (parts.iter().flat_map(|p| p.0.clone()).collect(), vec![]),
                    ast::BoolOp::Or => (vec![], parts.iter().flat_map(|p| p.1.clone()).collect()),
                }
            }
            E::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                let (a, b) = self.narrows_of(fx, &u.operand);
                (b, a)
            }
            E::Compare(c) if c.ops.len() == 1 && matches!(c.comparators[0], E::NoneLiteral(_)) => {
                let Some(p) = self.path_of(fx, &c.left) else {
                    return (vec![], vec![]);
                };
                let Some(Ty::Optional(inner)) = self.path_type(fx, &c.left) else {
                    return (vec![], vec![]);
                };
                if c.ops[0] == ast::CmpOp::NotEq || c.ops[0] == ast::CmpOp::Eq {
                    // `==` None narrows like `is` None.
                }
                let nn = vec![(p, (*inner).clone())];
                match c.ops[0] {
                    ast::CmpOp::IsNot | ast::CmpOp::NotEq => (nn, vec![]),
                    ast::CmpOp::Is | ast::CmpOp::Eq => (vec![], nn),
                    _ => (vec![], vec![]),
                }
            }
            E::Compare(c) if c.ops.len() == 1 => self.non_negative_narrows(fx, c),
            E::Call(c)
                if matches!(&*c.func, E::Name(f) if f.id.as_str() == "isinstance" && fx.local("isinstance").is_none())
                    && c.arguments.args.len() == 2 =>
            {
                let Some(p) = self.path_of(fx, &c.arguments.args[0]) else {
                    return (vec![], vec![]);
                };
                let cls = match &c.arguments.args[1] {
                    E::Name(k) => match self.resolve(self.cur_mod, k.id.as_str()) {
                        Some(crate::check::Item::Class(c)) => Some(c),
                        _ if self.class(k.id.as_str()).is_some_and(|x| x.builtin) => {
                            Some(k.id.to_string())
                        }
                        _ => None,
                    },
                    e @ E::Attribute(_) => match self.dotted_item(self.cur_mod, e) {
                        Some(crate::check::Item::Class(c)) => Some(c),
                        _ => None,
                    },
                    _ => None,
                };
                match cls {
                    Some(c) => (vec![(p, Ty::Class(c))], vec![]),
                    None => (vec![], vec![]),
                }
            }
            E::Name(_) | E::Attribute(_) => {
                // `if x:` on an optional instance.
                if let Some(p) = self.path_of(fx, e)
                    && let Some(Ty::Optional(inner)) = self.path_type(fx, e)
                    && matches!(&*inner, Ty::Class(_))
                {
                    return (vec![(p, (*inner).clone())], vec![]);
                }
                (vec![], vec![])
            }
            _ => (vec![], vec![]),
        }
    }

    /// `n >= 0`, `n > 2`, `0 <= n`, `n < 0` (else branch), ...: an int
    /// local (not a cell, which a closure may assign) known to be
    /// non-negative in a branch, for `int ** n`.
    fn non_negative_narrows(&self, fx: &Fx, c: &ast::ExprCompare) -> Narrows {
        use ast::CmpOp as C;
        let lit = |e: &E| -> Option<i64> {
            match e {
                E::NumberLiteral(ast::ExprNumberLiteral {
                    value: ast::Number::Int(i),
                    ..
                }) => i.as_i64(),
                E::UnaryOp(u) if u.op == ast::UnaryOp::USub => match &*u.operand {
                    E::NumberLiteral(ast::ExprNumberLiteral {
                        value: ast::Number::Int(i),
                        ..
                    }) => i.as_i64().map(|v| -v),
                    _ => None,
                },
                _ => None,
            }
        };
        let (name, op, k) = match (&*c.left, &c.comparators[0]) {
            (E::Name(n), r) if lit(r).is_some() => (n, c.ops[0], lit(r)),
            (l, E::Name(n)) if lit(l).is_some() => {
                let flipped = match c.ops[0] {
                    C::Lt => C::Gt,
                    C::LtE => C::GtE,
                    C::Gt => C::Lt,
                    C::GtE => C::LtE,
                    o => o,
                };
                (n, flipped, lit(l))
            }
            _ => return (vec![], vec![]),
        };
        let Some(k) = k else {
            return (vec![], vec![]);
        };
        let id = name.id.as_str();
        if fx.local(id) != Some(&Ty::Int) || fx.cells.contains(id) {
            return (vec![], vec![]);
        }
        // The lower bound `n` has in the true / the false branch.
        let (lo_true, lo_false) = match op {
            C::GtE | C::Eq => (Some(k), None),
            C::Gt => (k.checked_add(1), None),
            C::Lt | C::NotEq => (None, Some(k)),
            C::LtE => (None, k.checked_add(1)),
            _ => (None, None),
        };
        let key = vec![(crate::check_expr::non_negative_key(&fx.iname(id)), Ty::Int)];
        let pick = |lo: Option<i64>| {
            if lo.is_some_and(|v| v >= 0) {
                key.clone()
            } else {
                vec![]
            }
        };
        (pick(lo_true), pick(lo_false))
    }

    /// The declared type of a path (without narrowing), if cheap to know.
    pub(crate) fn path_type(&mut self, fx: &Fx, e: &E) -> Option<Ty> {
        match e {
            E::Name(n) => fx.local(n.id.as_str()).cloned(),
            E::Attribute(a) => {
                let base = self.path_type(fx, &a.value)?;
                let base = match self.narrowed(fx, &a.value) {
                    Some(t) => t,
                    None => base,
                };
                let base = match base {
                    Ty::Dict(..) | Ty::Set(_) => Ty::Class(base.mangle()),
                    b => b,
                };
                let Ty::Class(c) = base else { return None };
                let (_, ci, fi) = self.field(&c, a.attr.as_str())?;
                self.classes[ci].fields[fi].ty.clone()
            }
            _ => None,
        }
    }

    /// The narrowed type of a path expression, if narrowed.
    pub(crate) fn narrowed(&self, fx: &Fx, e: &E) -> Option<Ty> {
        let p = self.path_of(fx, e)?;
        fx.find_narrow(&p).map(|n| n.ty.clone())
    }

    pub(crate) fn declare_local(
        &mut self,
        fx: &mut Fx,
        name: &str,
        ty: &Ty,
        range: TextRange,
    ) -> bool {
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
                "cannot infer the type of a variable assigned `None`",
                range,
                "this has no type",
                format!("annotate the variable: `{name}: T | None = None` (a call of a procedure has no value either)"),
            ));
            return false;
        }
        fx.locals.push((fx.iname(name), ty.clone()));
        true
    }

    /// Record that a local now holds a value of type `vty`.
    fn after_assign_local(&mut self, fx: &mut Fx, iname: &str, v: &t::Expr) {
        let vty = &v.ty;
        // Before the kill: `n = n + 1` keeps a non-negative `n` so.
        let non_negative = *vty == Ty::Int && self.non_negative(fx, v);
        self.kill_local(fx, iname);
        if non_negative {
            fx.push_narrow(crate::check_expr::non_negative_key(iname), Ty::Int);
        }
        if let Some(Ty::Optional(inner)) = fx
            .locals
            .iter()
            .find(|(n, _)| n == iname)
            .map(|(_, t)| t.clone())
            && !matches!(vty, Ty::Optional(_) | Ty::None | Ty::Unknown)
        {
            fx.push_narrow(iname.to_string(), (*inner).clone());
        }
    }

    pub(crate) fn stmt(&mut self, fx: &mut Fx, s: &'a S, out: &mut Vec<t::Stmt>) {
        let (n0, loops0) = (out.len(), fx.expr_loops.len());
        self.stmt_inner(fx, s, out);
        // The calls `x[k] op= v` and `del x[k]` make besides those of their
        // expressions (`__getitem__`, `__iadd__`, `__delitem__`, ...).
        // Other statements record theirs as they are checked (not after
        // the statement, which may make new narrowings: `self.x = C()`).
        if matches!(s, S::AugAssign(_) | S::Delete(_)) {
            self.note_stmts(fx, &out[n0.min(out.len())..]);
        }
        // The loops of comprehensions end with the statement.
        for id in fx.expr_loops.split_off(loops0.min(fx.expr_loops.len())) {
            fx.loop_exit(id);
        }
    }

    fn stmt_inner(&mut self, fx: &mut Fx, s: &'a S, out: &mut Vec<t::Stmt>) {
        match s {
            S::Pass(_) => {}
            S::Expr(e) => {
                if matches!(&*e.value, E::StringLiteral(_) | E::EllipsisLiteral(_)) {
                    return;
                }
                let x = self.expr(fx, &e.value, None);
                match x.kind {
                    // A raising block (`sys.exit(...)`) as a statement:
                    // splice it so the raise ends the path.
                    K::Block(stmts, tail)
                        if matches!(tail.kind, K::Nothing)
                            && matches!(stmts.last(), Some(t::Stmt::Raise(_))) =>
                    {
                        out.extend(stmts);
                    }
                    kind => out.push(t::Stmt::Expr(t::Expr::new(kind, x.ty, x.range))),
                }
            }
            S::Assign(a) => {
                if a.targets.len() != 1 {
                    // a = b = value
                    let v = self.expr(fx, &a.value, None);
                    if v.ty.is_unknown() {
                        return;
                    }
                    let tmp = fx.hidden("chain", v.ty.clone());
                    out.push(t::Stmt::Assign(vec![t::Target::Local(tmp.clone())], vec![v.clone()]));
                    for tg in &a.targets {
                        let val = t::Expr::new(K::Local(tmp.clone()), v.ty.clone(), v.range);
                        self.assign_to(fx, tg, val, out);
                    }
                    return;
                }
                let tg = &a.targets[0];
                if let (E::Tuple(tt), E::Tuple(vals)) = (tg, &*a.value)
                    && tt.elts.len() == vals.elts.len()
                    && !tt.elts.iter().any(|x| matches!(x, E::Starred(_)))
                {
                    // Parallel assignment: evaluate every value first.
                    let mut values = Vec::new();
                    for (tg, v) in tt.elts.iter().zip(&vals.elts) {
                        let exp = self.target_type(fx, tg);
                        values.push(self.expr(fx, v, exp.as_ref()));
                    }
                    if values.iter().any(|v| v.ty.is_unknown()) {
                        return;
                    }
                    let mut tmps = Vec::new();
                    for v in values {
                        let tmp = fx.hidden("par", v.ty.clone());
                        tmps.push((tmp.clone(), v.ty.clone(), v.range));
                        out.push(t::Stmt::Assign(vec![t::Target::Local(tmp)], vec![v]));
                    }
                    for (tg, (tmp, ty, r)) in tt.elts.iter().zip(tmps) {
                        let val = t::Expr::new(K::Local(tmp), ty, r);
                        self.assign_to(fx, tg, val, out);
                    }
                    return;
                }
                let exp = self.target_type(fx, tg);
                let v = self.expr(fx, &a.value, exp.as_ref());
                self.assign_to(fx, tg, v, out);
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
                            let v = self.coerce(v, &ty);
                            self.assign_to(fx, &a.target, v, out);
                        }
                    }
                    E::Attribute(_) => {
                        if let Some(v) = &a.value {
                            let v = self.expr(fx, v, Some(&ty));
                            let v = self.coerce(v, &ty);
                            if !self.assignable(&v.ty, &ty) {
                                self.err(mismatch(&ty, &v.ty, v.range, "the annotation gives the attribute's type"));
                                return;
                            }
                            // The attribute gets the annotated type; the
                            // value keeps its own (a subclass stays one)
                            // through a local of the annotated type.
                            let v = if v.ty.to_ir() == ty.to_ir() {
                                t::Expr::new(v.kind, ty.clone(), v.range)
                            } else {
                                let r = v.range;
                                let h = fx.hidden("ann", ty.clone());
                                t::Expr::new(
                                    K::Block(
                                        vec![t::Stmt::Assign(vec![t::Target::Local(h.clone())], vec![v])],
                                        Box::new(t::Expr::new(K::Local(h), ty.clone(), r)),
                                    ),
                                    ty.clone(),
                                    r,
                                )
                            };
                            self.assign_to(fx, &a.target, v, out);
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
            S::If(i) => self.if_stmt(fx, i, out),
            S::While(w) => {
                self.kill_assigned(fx, &w.body);
                let before = fx.narrow.clone();
                let since = fx.events.len();
                let lp = fx.loop_enter();
                let (cond, (tn, _)) = self.cond_narrows(fx, &w.test);
                fx.narrow.extend(tn);
                fx.loop_depth += 1;
                let body = self.block(fx, &w.body);
                fx.loop_depth -= 1;
                fx.loop_exit(lp);
                fx.restore_narrow(before.clone(), since);
                let orelse = self.block(fx, &w.orelse);
                fx.restore_narrow(before, since);
                self.kill_assigned(fx, &w.orelse);
                out.push(t::Stmt::While(cond, body, orelse));
            }
            S::For(f) => {
                self.kill_assigned(fx, &f.body);
                let before = fx.narrow.clone();
                let since = fx.events.len();
                self.for_stmt(fx, f, out);
                fx.restore_narrow(before, since);
                self.kill_assigned(fx, &f.orelse);
            }
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
            S::Return(r) => self.return_stmt(fx, r, out),
            S::Raise(r) => self.raise_stmt(fx, r, out),
            S::Try(tr) => {
                self.kill_assigned(fx, &tr.body);
                let entry = fx.narrow.clone();
                let since = fx.events.len();
                self.try_stmt(fx, tr, out, &entry, since);
                fx.restore_narrow(entry, since);
                for h in &tr.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    self.kill_assigned(fx, &h.body);
                }
                self.kill_assigned(fx, &tr.orelse);
                self.kill_assigned(fx, &tr.finalbody);
            }
            S::Assert(a) => {
                let (cond, (tn, _)) = self.cond_narrows(fx, &a.test);
                // The message is only evaluated when the assertion fails
                // (and raises): its calls do not come before what follows.
                let saved = fx.narrow.clone();
                let msg = match &a.msg {
                    Some(m) => {
                        let x = self.expr(fx, m, Some(&Ty::Str));
                        let Some(s) = self.str_of(fx, x) else { return };
                        Some(s)
                    }
                    None => None,
                };
                fx.narrow = saved;
                let r = a.range;
                let not = t::Expr::new(K::Not(Box::new(cond)), Ty::Bool, r);
                let exc = self.new_builtin_exc("AssertionError", msg, r);
                out.push(t::Stmt::If(not, vec![t::Stmt::Raise(Some(exc))], vec![]));
                fx.narrow.extend(tn);
            }
            S::With(w) => self.with_stmt(fx, w, out),
            S::Delete(d) => {
                for tg in &d.targets {
                    self.del_target(fx, tg, out);
                }
            }
            S::FunctionDef(f) => self.nested_def(fx, f, out),
            S::Global(g) => self.err(unsupported(
                "global statement",
                g.range,
                "module-level names are constants; keep mutable state in objects",
            )),
            S::Nonlocal(g) => {
                for n in &g.names {
                    if !fx.nonlocals.iter().any(|x| x == n.as_str()) {
                        self.err(Diagnostic::new(
                            format!("no binding for nonlocal `{n}` found"),
                            n.range,
                            "not a variable of an enclosing function",
                            "CPython rejects this (SyntaxError): `nonlocal` names a variable the enclosing function assigns",
                        ));
                    }
                }
            }
            S::Import(i) => {
                if !i.names.iter().all(|a| a.name.as_str() == "sys") {
                    self.err(unsupported(
                        "import inside a function",
                        i.range,
                        "import modules at module level",
                    ));
                }
            }
            other => self.err(unsupported(
                stmt_kind(other),
                stmt_head(other),
                "supported statements: assignments, if, while, for, break, continue, return, raise, try, with, assert, del, pass, nested def and expression statements",
            )),
        }
    }

    /// Assign a typed value to an AST target (names, attributes, items,
    /// tuples of those).
    pub(crate) fn assign_to(&mut self, fx: &mut Fx, tg: &'a E, v: t::Expr, out: &mut Vec<t::Stmt>) {
        if v.ty.is_unknown() {
            self.target(fx, tg, &v.ty, v.range);
            return;
        }
        match tg {
            E::Tuple(_) | E::List(_) => {
                let elts: &'a [E] = match tg {
                    E::Tuple(t) => &t.elts,
                    E::List(l) => &l.elts,
                    _ => return,
                };
                self.unpack(fx, elts, v, tg.range(), out);
            }
            E::Subscript(s) => {
                // The value is evaluated first (as in Python).
                let v = if matches!(
                    v.kind,
                    K::Local(_) | K::Int(_) | K::Str(_) | K::Bool(_) | K::Float(_) | K::Null
                ) {
                    v
                } else {
                    let h = fx.hidden("val", v.ty.clone());
                    let (vty, vr) = (v.ty.clone(), v.range);
                    out.push(t::Stmt::Assign(vec![t::Target::Local(h.clone())], vec![v]));
                    t::Expr::new(K::Local(h), vty, vr)
                };
                let obj = self.expr(fx, &s.value, None);
                match obj.ty.clone() {
                    Ty::List(elem) => {
                        if let E::Slice(sl) = &*s.slice {
                            if sl.step.is_some() {
                                self.err(unsupported(
                                    "assignment to a slice with a step",
                                    sl.range,
                                    "assign items one by one",
                                ));
                                return;
                            }
                            let r = s.range;
                            let (a, ha) = self.opt_int(fx, sl.lower.as_deref(), r);
                            let (b, hb) = self.opt_int(fx, sl.upper.as_deref(), r);
                            let v = self.coerce(v, &obj.ty);
                            if let Some(call) =
                                self.lib_call(fx, "list_setslice", vec![obj, a, b, ha, hb, v], r)
                            {
                                self.note_expr(fx, &call);
                                out.push(t::Stmt::Expr(call));
                            }
                            return;
                        }
                        let Some(index) = self.index_expr(fx, &s.slice) else {
                            return;
                        };
                        let v = self.coerce(v, &elem);
                        if !self.assignable(&v.ty, &elem) {
                            self.err(mismatch(
                                &elem,
                                &v.ty,
                                v.range,
                                &format!("the list holds `{elem}` items"),
                            ));
                            return;
                        }
                        out.push(t::Stmt::Assign(
                            vec![t::Target::Item { list: obj, index }],
                            vec![v],
                        ));
                    }
                    Ty::Unknown => {}
                    _ => {
                        let key_exp = match &obj.ty {
                            Ty::Dict(k, _) => Some((**k).clone()),
                            _ => None,
                        };
                        let key = self.expr(fx, &s.slice, key_exp.as_ref());
                        let v = match &obj.ty {
                            Ty::Dict(_, vt) => self.coerce(v, vt),
                            _ => v,
                        };
                        let r = s.range;
                        if let Some(call) = self.dunder_call(
                            fx,
                            obj,
                            "__setitem__",
                            vec![key, v],
                            r,
                            "does not support item assignment",
                        ) {
                            // Before the next targets.
                            self.note_expr(fx, &call);
                            out.push(t::Stmt::Expr(call));
                        }
                    }
                }
            }
            _ => {
                let v = match self.target_type(fx, tg) {
                    Some(tt) => self.coerce(v, &tt),
                    None => v,
                };
                if let Some(t) = self.target(fx, tg, &v.ty, v.range) {
                    // A receiver whose type is only known once checked
                    // (`a[i].f = None`): coerce to the field's type now.
                    let v = match &t {
                        t::Target::Field { class, field, .. } => {
                            match self
                                .field(class, field)
                                .and_then(|(_, ci, fi)| self.classes[ci].fields[fi].ty.clone())
                            {
                                Some(ft) => self.coerce(v, &ft),
                                None => v,
                            }
                        }
                        _ => v,
                    };
                    if let t::Target::Local(n) = &t {
                        let n = n.clone();
                        self.after_assign_local(fx, &n, &v);
                    }
                    if let t::Target::Field { field, .. } = &t {
                        let f = field.clone();
                        self.kill_attr(fx, &f);
                        if let Some(p) = self.path_of(fx, tg)
                            && let Some(Ty::Optional(inner)) = self.target_type(fx, tg)
                            && !matches!(v.ty, Ty::Optional(_) | Ty::None)
                        {
                            fx.push_narrow(p, *inner);
                        }
                    }
                    let cell = match tg {
                        E::Name(n) if matches!(t, t::Target::Field { .. }) => {
                            Some(fx.iname(n.id.as_str())).filter(|i| fx.cells.contains(i))
                        }
                        _ => None,
                    };
                    out.push(t::Stmt::Assign(vec![t], vec![v]));
                    out.extend(cell.map(t::Stmt::CellSet));
                }
            }
        }
    }

    /// `a, b = value` for a tuple (or list/sequence) value.
    /// Declare the names of failed targets (no follow-on errors).
    fn poison_targets(&mut self, fx: &mut Fx, elts: &[E]) {
        for x in elts {
            let x = match x {
                E::Starred(s) => &*s.value,
                x => x,
            };
            match x {
                E::Name(n) if fx.local(n.id.as_str()).is_none() => {
                    fx.locals.push((fx.iname(n.id.as_str()), Ty::Unknown));
                }
                E::Tuple(t) => self.poison_targets(fx, &t.elts),
                _ => {}
            }
        }
    }

    pub(crate) fn unpack(
        &mut self,
        fx: &mut Fx,
        elts: &'a [E],
        v: t::Expr,
        r: TextRange,
        out: &mut Vec<t::Stmt>,
    ) {
        if elts.iter().any(|x| matches!(x, E::Starred(_))) {
            self.err(unsupported(
                "starred assignment target",
                r,
                "unpack a fixed number of items",
            ));
            for x in elts {
                let x = match x {
                    E::Starred(s) => &*s.value,
                    x => x,
                };
                if let E::Name(n) = x
                    && fx.local(n.id.as_str()).is_none()
                {
                    fx.locals.push((fx.iname(n.id.as_str()), Ty::Unknown));
                }
            }
            return;
        }
        let vr = v.range;
        let tmp = fx.hidden("unpack", v.ty.clone());
        let vty = v.ty.clone();
        out.push(t::Stmt::Assign(
            vec![t::Target::Local(tmp.clone())],
            vec![v],
        ));
        let local = t::Expr::new(K::Local(tmp), vty.clone(), vr);
        match &vty {
            Ty::Tuple(ts) => {
                if ts.len() != elts.len() {
                    self.err(Diagnostic::new(
                        format!(
                            "cannot unpack a tuple of {} items into {} targets",
                            ts.len(),
                            elts.len()
                        ),
                        r,
                        format!("this is `{vty}`"),
                        "use as many targets as the tuple has items",
                    ));
                    self.poison_targets(fx, elts);
                    return;
                }
                let cls = vty.mangle();
                for (i, (tg, ty)) in elts.iter().zip(ts).enumerate() {
                    let item = t::Expr::new(
                        K::GetField {
                            class: cls.clone(),
                            field: format!("f{i}"),
                            obj: Box::new(local.clone()),
                        },
                        ty.clone(),
                        vr,
                    );
                    self.assign_to(fx, tg, item, out);
                }
            }
            Ty::List(e) | Ty::TupleVar(e) => {
                // Length check then items (ValueError like CPython).
                let n = elts.len() as i64;
                let len = t::Expr::new(K::ListLen(Box::new(local.clone())), Ty::Int, vr);
                let bad = t::Expr::new(
                    K::Compare(
                        Box::new(len.clone()),
                        vec![(
                            t::CmpKind::Int(ir::BinOp::Ne),
                            t::Expr::new(K::Int(n), Ty::Int, vr),
                        )],
                    ),
                    Ty::Bool,
                    vr,
                );
                let msg = self.unpack_message(len, n, vr);
                let exc = self.new_builtin_exc("ValueError", Some(msg), vr);
                out.push(t::Stmt::If(bad, vec![t::Stmt::Raise(Some(exc))], vec![]));
                for (i, tg) in elts.iter().enumerate() {
                    let item = t::Expr::new(
                        K::ListGet(
                            Box::new(local.clone()),
                            Box::new(t::Expr::new(K::Int(i as i64), Ty::Int, vr)),
                        ),
                        (**e).clone(),
                        vr,
                    );
                    self.assign_to(fx, tg, item, out);
                }
            }
            other => {
                self.err(Diagnostic::new(
                    format!("cannot unpack a `{other}`"),
                    vr,
                    format!("this is `{other}`"),
                    "unpack tuples or lists",
                ));
                self.poison_targets(fx, elts);
            }
        }
    }

    /// CPython's message for unpacking a list of the wrong length.
    fn unpack_message(&mut self, len: t::Expr, n: i64, r: TextRange) -> t::Expr {
        // "too many values to unpack (expected N)" or
        // "not enough values to unpack (expected N, got M)"
        let too_many = t::Expr::new(
            K::Compare(
                Box::new(len.clone()),
                vec![(
                    t::CmpKind::Int(ir::BinOp::Gt),
                    t::Expr::new(K::Int(n), Ty::Int, r),
                )],
            ),
            Ty::Bool,
            r,
        );
        let a = t::Expr::new(
            K::Str(format!("too many values to unpack (expected {n})")),
            Ty::Str,
            r,
        );
        let pre = t::Expr::new(
            K::Str(format!("not enough values to unpack (expected {n}, got ")),
            Ty::Str,
            r,
        );
        let got = t::Expr::new(K::IntToStr(Box::new(len)), Ty::Str, r);
        let b1 = t::Expr::new(K::StrConcat(Box::new(pre), Box::new(got)), Ty::Str, r);
        let b = t::Expr::new(
            K::StrConcat(
                Box::new(b1),
                Box::new(t::Expr::new(K::Str(")".into()), Ty::Str, r)),
            ),
            Ty::Str,
            r,
        );
        t::Expr::new(
            K::IfExp(Box::new(too_many), Box::new(a), Box::new(b)),
            Ty::Str,
            r,
        )
    }

    /// `Some(true)` for a test `we_are_translated()` (rlib.objectmodel),
    /// `Some(false)` for `not we_are_translated()`.
    fn translated_test(&self, fx: &Fx, test: &E) -> Option<bool> {
        let (neg, call) = match test {
            E::UnaryOp(u) if u.op == ast::UnaryOp::Not => (true, &*u.operand),
            e => (false, e),
        };
        let E::Call(c) = call else { return None };
        if !c.arguments.args.is_empty() || !c.arguments.keywords.is_empty() {
            return None;
        }
        let head = crate::check::leftmost_name(&c.func)?;
        if fx.local(head).is_some() {
            return None;
        }
        match self.dotted_item(self.cur_mod, &c.func) {
            Some(crate::check::Item::Func(f)) if f == "rlib$objectmodel$we_are_translated" => {
                Some(!neg)
            }
            _ => None,
        }
    }

    fn if_stmt(&mut self, fx: &mut Fx, i: &'a ast::StmtIf, out: &mut Vec<t::Stmt>) {
        // `if we_are_translated():` / `if not we_are_translated():` with at
        // most an `else`: only the branch the translated program runs is
        // checked (the other one is CPython-only code).
        if let Some(live) = self.translated_test(fx, &i.test)
            && i.elif_else_clauses.iter().all(|c| c.test.is_none())
        {
            let body: &'a [S] = if live {
                &i.body
            } else {
                i.elif_else_clauses
                    .first()
                    .map(|c| &c.body[..])
                    .unwrap_or(&[])
            };
            let b = self.block(fx, body);
            out.extend(b);
            return;
        }
        let before = fx.narrow.clone();
        // Branches: (test, body)
        let mut branches: Vec<(Option<&'a E>, &'a [S])> = vec![(Some(&i.test), &i.body)];
        for c in &i.elif_else_clauses {
            branches.push((c.test.as_ref(), &c.body));
        }
        let has_else = branches.last().is_some_and(|b| b.0.is_none());
        let mut ends: Vec<Vec<crate::check::Narrow>> = Vec::new();
        let mut chain: Vec<(Option<t::Expr>, Vec<t::Stmt>)> = Vec::new();
        // `cur` holds the narrowings known when this branch's test runs.
        let mut cur = before.clone();
        for (test, body) in branches {
            fx.narrow = cur.clone();
            match test {
                Some(test) => {
                    let (cnd, (tn, fnr)) = self.cond_narrows(fx, test);
                    // What the test's calls left (the later tests start
                    // from there too).
                    cur = fx.narrow.clone();
                    fx.narrow.extend(tn);
                    let b = self.block(fx, body);
                    if !diverges(body) {
                        ends.push(fx.narrow.clone());
                    }
                    chain.push((Some(cnd), b));
                    cur.extend(fnr);
                }
                None => {
                    let b = self.block(fx, body);
                    if !diverges(body) {
                        ends.push(fx.narrow.clone());
                    }
                    chain.push((None, b));
                }
            }
        }
        if !has_else {
            ends.push(cur);
        }
        fx.narrow = if ends.is_empty() {
            before
        } else {
            crate::check_narrow::intersect(&ends)
        };
        let mut else_: Vec<t::Stmt> = Vec::new();
        let mut first: Option<(t::Expr, Vec<t::Stmt>)> = None;
        for (k, (cnd, b)) in chain.into_iter().enumerate().rev() {
            match cnd {
                None => else_ = b,
                Some(c) => {
                    if k == 0 {
                        first = Some((c, b));
                    } else {
                        else_ = vec![t::Stmt::If(c, b, else_)];
                    }
                }
            }
        }
        if let Some((c, b)) = first {
            out.push(t::Stmt::If(c, b, else_));
        }
    }

    fn return_stmt(&mut self, fx: &mut Fx, r: &'a ast::StmtReturn, out: &mut Vec<t::Stmt>) {
        let ret = fx.ret.clone();
        match (&r.value, &ret) {
            (None, Ty::None | Ty::Unknown) => out.push(t::Stmt::Return(None, r.range)),
            (Some(v), Ty::None) if matches!(&**v, E::NoneLiteral(_)) => {
                out.push(t::Stmt::Return(None, r.range))
            }
            (Some(v), Ty::None) => {
                let x = self.expr(fx, v, None);
                if x.ty == Ty::None {
                    out.push(t::Stmt::Expr(x));
                    out.push(t::Stmt::Return(None, r.range));
                } else if x.ty != Ty::Unknown {
                    self.err(Diagnostic::new(
                        format!("`{}` returns None but a value is returned", fx.fname),
                        v.range(),
                        format!("this is `{}`", x.ty),
                        "declare the return type (`-> T`) or remove the value",
                    ));
                }
            }
            (None, Ty::Optional(_)) => out.push(t::Stmt::Return(
                Some(t::Expr::new(K::Null, ret.clone(), r.range)),
                r.range,
            )),
            (None, _) => self.err(Diagnostic::new(
                format!("`return` without a value in `{}`", fx.fname),
                r.range,
                format!("expected a `{ret}` value"),
                format!("`{}` is declared to return `{ret}`", fx.fname),
            )),
            (Some(v), _) => {
                let x = self.expr(fx, v, Some(&ret));
                let x = self.coerce(x, &ret);
                if !self.assignable(&x.ty, &ret) {
                    self.err(mismatch(
                        &ret,
                        &x.ty,
                        x.range,
                        &format!("`{}` is declared to return `{ret}`", fx.fname),
                    ));
                } else {
                    let x = t::Expr::new(
                        x.kind,
                        if x.ty == Ty::None { ret.clone() } else { x.ty },
                        x.range,
                    );
                    out.push(t::Stmt::Return(Some(x), r.range));
                }
            }
        }
    }

    fn raise_stmt(&mut self, fx: &mut Fx, r: &'a ast::StmtRaise, out: &mut Vec<t::Stmt>) {
        // CPython evaluates the exception expression, then the cause, then
        // instantiates a class given by name: the cause's code runs
        // between the two.
        let mut cause = Vec::new();
        if let Some(c) = &r.cause
            && !matches!(&**c, E::NoneLiteral(_))
        {
            // The cause is evaluated (CPython chains it; tracebacks here
            // show only the last exception).
            let x = match &**c {
                E::Name(n) if fx.local(n.id.as_str()).is_none() => None,
                _ => Some(self.expr(fx, c, None)),
            };
            if let Some(x) = x {
                match &x.ty {
                    Ty::Class(k) if self.is_exception(k) => cause.push(t::Stmt::Expr(x)),
                    Ty::Unknown => {}
                    other => self.err(Diagnostic::new(
                        "the cause of an exception must be an exception",
                        x.range,
                        format!("this is `{other}`"),
                        "write `raise E(...) from err` with `err` an exception (or None)",
                    )),
                }
            }
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
                    out.extend(cause);
                    out.push(t::Stmt::Raise(None));
                }
            }
            Some(e) => {
                let cls = match &**e {
                    E::Name(n) if fx.local(n.id.as_str()).is_none() => {
                        self.class_named(n.id.as_str())
                    }
                    _ => None,
                };
                let x = match cls {
                    Some(c) => {
                        out.extend(std::mem::take(&mut cause));
                        self.construct(fx, &c, &[], &[], e.range())
                    }
                    None => self.expr(fx, e, None),
                };
                match &x.ty {
                    Ty::Class(c) if self.is_exception(c) && !cause.is_empty() => {
                        let (ty, rg) = (x.ty.clone(), x.range);
                        let h = fx.hidden("exc", ty.clone());
                        out.push(t::Stmt::Assign(vec![t::Target::Local(h.clone())], vec![x]));
                        out.extend(cause);
                        out.push(t::Stmt::Raise(Some(t::Expr::new(K::Local(h), ty, rg))));
                    }
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

    /// The declared type of an assignment target that already exists.
    pub(crate) fn target_type(&mut self, fx: &Fx, tg: &E) -> Option<Ty> {
        match tg {
            E::Name(n) => fx.local(n.id.as_str()).cloned(),
            E::Attribute(a) => {
                let recv_ty = match self.narrowed(fx, &a.value) {
                    Some(t) => Some(t),
                    None => match &*a.value {
                        E::Name(n) => fx.local(n.id.as_str()).cloned(),
                        _ => None,
                    },
                };
                let recv_ty = match recv_ty {
                    Some(t @ (Ty::Dict(..) | Ty::Set(_))) => Some(Ty::Class(t.mangle())),
                    t => t,
                };
                if let Some(Ty::Class(c)) = recv_ty
                    && let Some((_, ci, fi)) = self.field(&c, a.attr.as_str())
                {
                    return self.classes[ci].fields[fi].ty.clone();
                }
                None
            }
            E::Subscript(s) => match self.expr_type_hint(fx, &s.value) {
                // `xs[a:b] = [...]` stores a list of the same type.
                Some(t @ Ty::List(_)) if matches!(&*s.slice, E::Slice(_)) => Some(t),
                Some(Ty::List(e)) => Some(*e),
                Some(Ty::Dict(_, v)) => Some(*v),
                _ => None,
            },
            _ => None,
        }
    }

    /// The type of a simple expression (a name or attribute path) without
    /// checking it.
    pub(crate) fn expr_type_hint(&mut self, fx: &Fx, e: &E) -> Option<Ty> {
        if let Some(t) = self.narrowed(fx, e) {
            return Some(t);
        }
        match e {
            E::Name(n) => fx.local(n.id.as_str()).cloned(),
            E::Attribute(_) => self.path_type(fx, e),
            _ => None,
        }
    }

    /// Check an assignment target receiving a value of type `ty`.
    pub(crate) fn target(
        &mut self,
        fx: &mut Fx,
        tg: &'a E,
        ty: &Ty,
        vrange: TextRange,
    ) -> Option<t::Target> {
        if ty.is_unknown() {
            if let E::Name(n) = tg
                && fx.local(n.id.as_str()).is_none()
            {
                fx.locals.push((fx.iname(n.id.as_str()), Ty::Unknown));
            }
            return None;
        }
        match tg {
            E::Name(n) if fx.nonlocals.iter().any(|x| x == n.id.as_str()) => {
                let (_, vt, cell) = fx
                    .captured
                    .iter()
                    .find(|(x, _, _)| x == n.id.as_str())?
                    .clone();
                if !self.assignable(ty, &vt) {
                    self.err(mismatch(
                        &vt,
                        ty,
                        vrange,
                        &format!("the variable `{}` has type `{vt}`", n.id),
                    ));
                    return None;
                }
                Some(t::Target::Field {
                    class: cell.ty.mangle(),
                    field: "v".into(),
                    obj: cell,
                })
            }
            E::Name(n) => {
                let name = n.id.as_str();
                if self.declare_local(fx, name, ty, vrange) {
                    let iname = fx.iname(name);
                    if fx.cells.contains(&iname)
                        && let Some(dt) = fx.local(name).cloned()
                    {
                        let ct = crate::check_closure::cell_ty(self, &dt);
                        return Some(t::Target::Field {
                            class: ct.mangle(),
                            field: "v".into(),
                            obj: t::Expr::new(K::Local(format!("{iname}$cell")), ct, vrange),
                        });
                    }
                    Some(t::Target::Local(iname))
                } else {
                    None
                }
            }
            E::Attribute(a) => {
                let obj = self.receiver(fx, &a.value, a.attr.as_str(), true);
                let oty = match &obj.ty {
                    Ty::Dict(..) | Ty::Set(_) if self.is_lib(self.cur_mod) => {
                        Ty::Class(obj.ty.mangle())
                    }
                    t => t.clone(),
                };
                let Ty::Class(c) = &oty else {
                    if obj.ty != Ty::Unknown {
                        if let Ty::Optional(_) = &obj.ty {
                            self.err(self.maybe_none(&a.value, &obj.ty));
                        } else {
                            self.err(Diagnostic::new(
                                format!("`{}` has no attributes", obj.ty),
                                a.value.range(),
                                format!("this is `{}`", obj.ty),
                                "only instances of classes have attributes",
                            ));
                        }
                    }
                    return None;
                };
                let attr = a.attr.as_str();
                let Some((owner, ci, fi)) = self.field(c, attr) else {
                    let in_init = fx.init_of.as_deref() == Some(c.as_str());
                    let cs = crate::types::show_class(c);
                    self.err(Diagnostic::new(
                        format!("new attribute `{attr}` assigned outside `__init__`"),
                        a.attr.range,
                        format!("`{cs}` has no attribute `{attr}`"),
                        if in_init {
                            "attributes are declared by `self.x = ...` in `__init__`".to_string()
                        } else {
                            format!("declare it in `{cs}.__init__` (e.g. `self.{attr} = ...`); instances have a fixed set of attributes")
                        },
                    ));
                    return None;
                };
                // Support code may rewrite a runtime error's message (see
                // support.py's `_set_path_text`); programs may not.
                if self.classes[ci].builtin
                    && owner == ir::EXCEPTION_ROOT
                    && !self.is_lib(self.cur_mod)
                {
                    self.err(Diagnostic::new(
                        format!("cannot assign the builtin attribute `{attr}`"),
                        a.attr.range,
                        "builtin attribute",
                        "pass the message to the exception's constructor or `super().__init__(message)`",
                    ));
                    return None;
                }
                let os = crate::types::show_class(&owner);
                match self.classes[ci].fields[fi].ty.clone() {
                    Some(fty) => {
                        if !self.assignable(ty, &fty) {
                            self.err(mismatch(
                                &fty,
                                ty,
                                vrange,
                                &format!("attribute `{os}.{attr}` has type `{fty}`"),
                            ));
                            return None;
                        }
                    }
                    None => {
                        if fx.init_of.as_deref() == Some(owner.as_str()) {
                            if ty.is_unknown() {
                                return None;
                            }
                            if *ty == Ty::None {
                                self.err(Diagnostic::new(
                                    "cannot infer the type of an attribute assigned `None`",
                                    vrange,
                                    "this has no type",
                                    format!(
                                        "annotate the attribute: `self.{attr}: T | None = None`"
                                    ),
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
                                        "annotate it in `{os}.__init__`: `self.{attr}: T = ...`"
                                    ),
                                ));
                                return None;
                            };
                            if !self.assignable(ty, &fty) {
                                self.err(mismatch(
                                    &fty,
                                    ty,
                                    vrange,
                                    &format!("attribute `{os}.{attr}` has type `{fty}`"),
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
                    if !list.ty.is_unknown() {
                        self.err(Diagnostic::new(
                            format!("`{}` does not support item assignment", list.ty),
                            s.value.range(),
                            format!("this is `{}`", list.ty),
                            "lists and dicts support item assignment; strs, bytes and tuples are immutable",
                        ));
                    }
                    return None;
                };
                if let E::Slice(_) = &*s.slice {
                    self.err(unsupported(
                        "assignment to a slice",
                        s.range,
                        "assign items one by one",
                    ));
                    return None;
                }
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
                    "assign to a variable, an attribute, a list or dict item or a tuple of those",
                ));
                None
            }
        }
    }

    pub(crate) fn index_expr(&mut self, fx: &mut Fx, e: &'a E) -> Option<t::Expr> {
        let i = self.expr(fx, e, Some(&Ty::Int));
        let i = self.coerce(i, &Ty::Int);
        if i.ty == Ty::Bool {
            return Some(t::Expr::new(i.kind.clone(), Ty::Int, i.range))
                .map(|x| self.bool_to_int(x));
        }
        if !self.assignable(&i.ty, &Ty::Int) {
            self.err(mismatch(&Ty::Int, &i.ty, i.range, "indices are ints"));
            return None;
        }
        Some(i)
    }

    fn aug_assign(&mut self, fx: &mut Fx, a: &'a ast::StmtAugAssign, out: &mut Vec<t::Stmt>) {
        // Simple cases keep the old fast forms; others become `x = x op v`.
        let (target, tty) = match &*a.target {
            E::Name(n) if fx.nonlocals.iter().any(|x| x == n.id.as_str()) => {
                let Some((_, vt, cell)) = fx
                    .captured
                    .iter()
                    .find(|(x, _, _)| x == n.id.as_str())
                    .cloned()
                else {
                    return;
                };
                (
                    t::Target::Field {
                        class: cell.ty.mangle(),
                        field: "v".into(),
                        obj: cell,
                    },
                    vt,
                )
            }
            E::Name(n)
                if fx.cells.contains(&fx.iname(n.id.as_str()))
                    && fx.local(n.id.as_str()).is_some() =>
            {
                let Some(t) = fx.local(n.id.as_str()).cloned() else {
                    return;
                };
                let i = fx.iname(n.id.as_str());
                out.push(t::Stmt::CellCheck(
                    i.clone(),
                    Box::new(crate::build::maybe_unbound(n.id.as_str(), n.range)),
                ));
                let ct = crate::check_closure::cell_ty(self, &t);
                (
                    t::Target::Field {
                        class: ct.mangle(),
                        field: "v".into(),
                        obj: t::Expr::new(K::Local(format!("{i}$cell")), ct, n.range),
                    },
                    t,
                )
            }
            E::Name(n) => {
                let name = n.id.as_str();
                match fx.local(name) {
                    Some(t) => {
                        let t = t.clone();
                        let i = fx.iname(name);
                        self.kill_local(fx, &i);
                        (t::Target::Local(i), t)
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
                if let E::Subscript(s) = &*a.target
                    && !matches!(&*s.slice, E::Slice(_))
                {
                    // x[k] op= v: evaluate container and key once.
                    let obj = self.expr(fx, &s.value, None);
                    if obj.ty.is_unknown() {
                        return;
                    }
                    let key_exp = match &obj.ty {
                        Ty::Dict(k, _) => Some((**k).clone()),
                        _ => Some(Ty::Int),
                    };
                    let key = self.expr(fx, &s.slice, key_exp.as_ref());
                    let ot = fx.hidden("obj", obj.ty.clone());
                    let kt = fx.hidden("key", key.ty.clone());
                    let (oty, kty, kr, or) = (obj.ty.clone(), key.ty.clone(), key.range, obj.range);
                    out.push(t::Stmt::Assign(
                        vec![t::Target::Local(ot.clone()), t::Target::Local(kt.clone())],
                        vec![obj, key],
                    ));
                    let o = t::Expr::new(K::Local(ot), oty.clone(), or);
                    let k = t::Expr::new(K::Local(kt), kty.clone(), kr);
                    if let Ty::List(elem) = &oty {
                        if kty != Ty::Int {
                            self.err(mismatch(&Ty::Int, &kty, kr, "list indices are ints"));
                            return;
                        }
                        let cur = t::Expr::new(
                            K::ListGet(Box::new(o.clone()), Box::new(k.clone())),
                            (**elem).clone(),
                            a.target.range(),
                        );
                        let v = self.expr(fx, &a.value, Some(elem));
                        let Some(nv) = self.aug_binary(fx, a.op, cur, v, a.range) else {
                            return;
                        };
                        let nv = self.coerce(nv, elem);
                        if !self.assignable(&nv.ty, elem) {
                            self.err(operand_error(op_name(a.op), elem, &nv.ty, a.range));
                            return;
                        }
                        out.push(t::Stmt::Assign(
                            vec![t::Target::Item { list: o, index: k }],
                            vec![nv],
                        ));
                        return;
                    }
                    let Some(cur) = self.dunder_call(
                        fx,
                        o.clone(),
                        "__getitem__",
                        vec![k.clone()],
                        a.range,
                        "is not subscriptable",
                    ) else {
                        return;
                    };
                    // `__getitem__` runs before the value is evaluated.
                    self.note_expr(fx, &cur);
                    let v = self.expr(fx, &a.value, Some(&cur.ty));
                    let cty = cur.ty.clone();
                    let Some(nv) = self.aug_binary(fx, a.op, cur, v, a.range) else {
                        return;
                    };
                    let nv = self.coerce(nv, &cty);
                    if let Some(call) = self.dunder_call(
                        fx,
                        o,
                        "__setitem__",
                        vec![k, nv],
                        a.range,
                        "does not support item assignment",
                    ) {
                        out.push(t::Stmt::Expr(call));
                    }
                    return;
                }
                let cur = self.expr(fx, &a.target, None);
                if cur.ty.is_unknown() {
                    return;
                }
                let ty = cur.ty.clone();
                // `x.n += 1` on a narrowed `int | None` attribute reads the
                // value out of its box: the box may be shared (`a = x.n`
                // holds the same one), so store a new box, as CPython
                // rebinds the attribute to a new int.
                if let K::GetField { obj: boxed, .. } = &cur.kind
                    && boxed.ty.is_boxed_opt()
                    && let K::GetField {
                        class: oc,
                        field: of,
                        obj: oo,
                    } = &boxed.kind
                {
                    let (oc, of, oo, oty) =
                        (oc.clone(), of.clone(), (**oo).clone(), boxed.ty.clone());
                    let v = self.expr(fx, &a.value, Some(&ty));
                    if v.ty.is_unknown() {
                        return;
                    }
                    let Some(nv) = self.aug_binary(fx, a.op, cur, v, a.range) else {
                        return;
                    };
                    if nv.ty != ty {
                        self.err(operand_error(op_name(a.op), &ty, &nv.ty, a.range));
                        return;
                    }
                    let nv = self.coerce(nv, &oty);
                    self.kill_attr(fx, &of);
                    // The new value is not None: the path stays narrowed.
                    if let Some(p) = self.path_of(fx, &a.target) {
                        fx.push_narrow(p, ty.clone());
                    }
                    out.push(t::Stmt::Assign(
                        vec![t::Target::Field {
                            class: oc,
                            field: of,
                            obj: oo,
                        }],
                        vec![nv],
                    ));
                    return;
                }
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
                        self.kill_attr(fx, &field);
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
                            "update a variable, an attribute, a list item or a dict item",
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
        if let Some(op) = op {
            out.push(t::Stmt::AugAssign(target, op, v));
            return;
        }
        // General form: target = target op value (target parts evaluated
        // once: copy them to hidden locals).
        let (tg2, cur) = match target {
            t::Target::Local(n) => (
                t::Target::Local(n.clone()),
                t::Expr::new(K::Local(n), tty.clone(), a.target.range()),
            ),
            t::Target::Field { class, field, obj } => {
                let h = fx.hidden("obj", obj.ty.clone());
                let oty = obj.ty.clone();
                let or = obj.range;
                out.push(t::Stmt::Assign(
                    vec![t::Target::Local(h.clone())],
                    vec![obj],
                ));
                let o = t::Expr::new(K::Local(h), oty, or);
                (
                    t::Target::Field {
                        class: class.clone(),
                        field: field.clone(),
                        obj: o.clone(),
                    },
                    t::Expr::new(
                        K::GetField {
                            class,
                            field,
                            obj: Box::new(o),
                        },
                        tty.clone(),
                        a.target.range(),
                    ),
                )
            }
            t::Target::Item { list, index } => {
                let hl = fx.hidden("list", list.ty.clone());
                let hi = fx.hidden("idx", Ty::Int);
                let (lty, lr, ir_) = (list.ty.clone(), list.range, index.range);
                out.push(t::Stmt::Assign(
                    vec![t::Target::Local(hl.clone()), t::Target::Local(hi.clone())],
                    vec![list, index],
                ));
                let l = t::Expr::new(K::Local(hl), lty, lr);
                let i = t::Expr::new(K::Local(hi), Ty::Int, ir_);
                (
                    t::Target::Item {
                        list: l.clone(),
                        index: i.clone(),
                    },
                    t::Expr::new(
                        K::ListGet(Box::new(l), Box::new(i)),
                        tty.clone(),
                        a.target.range(),
                    ),
                )
            }
        };
        let Some(nv) = self.aug_binary(fx, a.op, cur, v, a.range) else {
            return;
        };
        let nv = self.coerce(nv, &tty);
        if !self.assignable(&nv.ty, &tty) {
            self.err(operand_error(op_name(a.op), &tty, &nv.ty, a.range));
            return;
        }
        out.push(t::Stmt::Assign(vec![tg2], vec![nv]));
    }

    /// `cur op= v` as CPython computes it before storing back: sets
    /// (`|= &= -= ^=`) and lists (`+= *=`) are updated in place and the
    /// same object is the result (aliases see the change, `is` holds and a
    /// set keeps CPython's in-place iteration order); otherwise `cur op v`.
    fn aug_binary(
        &mut self,
        fx: &mut Fx,
        op: ast::Operator,
        cur: t::Expr,
        v: t::Expr,
        r: TextRange,
    ) -> Option<t::Expr> {
        use ast::Operator as O;
        enum Upd {
            Method(&'static str),
            Lib(&'static str),
        }
        let upd = match (&cur.ty, op, &v.ty) {
            (Ty::Set(_), O::BitOr | O::BitAnd | O::Sub | O::BitXor, Ty::Set(_))
                if cur.ty == v.ty =>
            {
                Upd::Method(match op {
                    O::BitOr => "update",
                    O::BitAnd => "intersection_update",
                    O::Sub => "difference_update",
                    _ => "symmetric_difference_update",
                })
            }
            (Ty::Dict(..), O::BitOr, Ty::Dict(..)) if cur.ty == v.ty => Upd::Method("update"),
            (Ty::List(x), O::Add, Ty::List(y)) if x == y || y.is_unknown() => {
                Upd::Lib("list_extend")
            }
            (Ty::List(_), O::Mult, Ty::Int) => Upd::Lib("list_irepeat"),
            _ => return self.binary(fx, op, cur, v, r),
        };
        // The target's value is read first, then the operand (already
        // typed) is evaluated by the update call.
        let ty = cur.ty.clone();
        let h = fx.hidden("inplace", ty.clone());
        let local = t::Expr::new(K::Local(h.clone()), ty.clone(), cur.range);
        let call = match upd {
            Upd::Method(m) => self.method_on(fx, local.clone(), m, vec![v], r)?,
            Upd::Lib(f) => self.lib_call(fx, f, vec![local.clone(), v], r)?,
        };
        Some(t::Expr::new(
            K::Block(
                vec![
                    t::Stmt::Assign(vec![t::Target::Local(h)], vec![cur]),
                    t::Stmt::Expr(call),
                ],
                Box::new(local),
            ),
            ty,
            r,
        ))
    }

    fn exc_class_name(&mut self, e: &E) -> Option<String> {
        let c = match e {
            E::Name(n) => self.class_named(n.id.as_str()),
            E::Attribute(_) => match self.dotted_item(self.cur_mod, e) {
                Some(crate::check::Item::Class(c)) => Some(c),
                _ => None,
            },
            _ => None,
        };
        match c {
            Some(c) if self.is_exception(&c) => Some(c),
            _ => {
                self.err(Diagnostic::new(
                    "expected an exception class",
                    e.range(),
                    "not an exception class",
                    "name `Exception`, a builtin exception or a class derived from them",
                ));
                None
            }
        }
    }

    /// `entry`: the narrowings before the body (without those of what it
    /// assigns), when `events` had length `since`.
    fn try_stmt(
        &mut self,
        fx: &mut Fx,
        tr: &'a ast::StmtTry,
        out: &mut Vec<t::Stmt>,
        entry: &[crate::check::Narrow],
        since: usize,
    ) {
        if tr.is_star {
            self.err(unsupported("`except*`", tr.range, "use plain `except`"));
            return;
        }
        let body = self.block(fx, &tr.body);
        let after_body = fx.narrow.clone();
        // A handler may run from anywhere in the body: what held before it
        // and still holds at its end (stale if the body has calls).
        let mut at_entry = entry.to_vec();
        fx.mark_since(&mut at_entry, since);
        let at_handler = crate::check_narrow::intersect(&[at_entry, after_body.clone()]);
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
                self.check_handler_name(fx, n.as_str(), n.range);
                fx.scope_counter += 1;
                let internal = format!("{n}#{}", fx.scope_counter);
                fx.locals.push((internal.clone(), Ty::Class(bind.clone())));
                fx.scopes.push((n.to_string(), internal.clone()));
                name = Some(internal);
            }
            fx.handler_depth += 1;
            fx.narrow = at_handler.clone();
            let mut hb = self.block(fx, &h.body);
            fx.handler_depth -= 1;
            if let Some(n) = &h.name {
                fx.scopes.pop();
                // CPython deletes the name when the handler ends (the
                // variable of the function it names, which the handler's
                // own binding shares): unbind it at the end and before
                // each `break`/`continue` leaving the handler (an exception
                // leaving it is seen by the builder's `try` contexts).
                let outer = fx.iname(n.as_str());
                hb = t::before_jumps(hb, true, &|| t::Stmt::Unbind(outer.clone()));
                hb.push(t::Stmt::Unbind(outer));
            }
            handlers.push(t::Handler {
                classes,
                bind_class: bind,
                name,
                body: hb,
            });
        }
        fx.narrow = after_body;
        let orelse = self.block(fx, &tr.orelse);
        // `finally` also runs after a handler or an exception.
        let mut at_entry = entry.to_vec();
        fx.mark_since(&mut at_entry, since);
        fx.narrow = crate::check_narrow::intersect(&[at_entry, at_handler]);
        for h in &tr.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.kill_assigned(fx, &h.body);
        }
        self.kill_assigned(fx, &tr.orelse);
        let finalbody = self.block(fx, &tr.finalbody);
        out.push(t::Stmt::Try {
            body,
            handlers,
            orelse,
            finalbody,
        });
    }

    /// `except ... as name`: the handler's binding is a variable of its
    /// own (renamed), which is exact unless a closure or `nonlocal` shares
    /// the function's variable of that name (it would see the exception
    /// in the handler, and no value after it).
    fn check_handler_name(&mut self, fx: &Fx, n: &str, r: TextRange) {
        let outer = fx.iname(n);
        let shared = fx.nonlocals.iter().any(|x| x == n)
            || (fx.cells.contains(&outer) && fx.bound_outside_handlers.contains(n));
        if shared {
            self.err(Diagnostic::new(
                format!("`except ... as {n}` reuses a variable that a nested function shares"),
                r,
                "a closure or `nonlocal` also uses this variable",
                format!(
                    "name the exception differently (CPython binds `{n}` to the exception here and deletes it when the handler ends, which the closure would see)"
                ),
            ));
        }
    }

    /// `with E as x: body` on a class with `__enter__`/`__exit__`:
    /// `m = E; x = m.__enter__(); try: body except BaseException as e:
    /// if not m.__exit__(e, e, e): raise; else: m.__exit__(None,
    /// None, None)` (`exc_type` and `tb` can only be tested against None,
    /// see `exit_param_uses`).
    fn with_stmt(&mut self, fx: &mut Fx, w: &'a ast::StmtWith, out: &mut Vec<t::Stmt>) {
        if w.is_async {
            self.err(unsupported("async with", w.range, "use plain `with`"));
            return;
        }
        self.with_items(fx, &w.items, &w.body, out);
    }

    fn with_items(
        &mut self,
        fx: &mut Fx,
        items: &'a [ast::WithItem],
        body: &'a [S],
        out: &mut Vec<t::Stmt>,
    ) {
        let Some((item, rest)) = items.split_first() else {
            let b = self.block(fx, body);
            out.extend(b);
            return;
        };
        let mgr = self.expr(fx, &item.context_expr, None);
        let r = item.range;
        let Ty::Class(c) = mgr.ty.clone() else {
            if !mgr.ty.is_unknown() {
                self.err(Diagnostic::new(
                    format!("`{}` is not a context manager", mgr.ty),
                    item.context_expr.range(),
                    format!("this is `{}`", mgr.ty),
                    "`with` needs an instance of a class defining `__enter__` and `__exit__`",
                ));
            }
            return;
        };
        let (Some((_, enter)), Some((_, exit))) = (
            self.find_method(&c, "__enter__"),
            self.find_method(&c, "__exit__"),
        ) else {
            self.err(Diagnostic::new(
                format!("`{}` is not a context manager", crate::types::show_class(&c)),
                item.context_expr.range(),
                "no `__enter__`/`__exit__`",
                "define `__enter__(self) -> T` and `__exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> bool`",
            ));
            return;
        };
        if exit.params.len() != 4 {
            self.err(Diagnostic::new(
                "`__exit__` must take (self, exc_type, exc, tb)",
                exit.range,
                "wrong parameters",
                "define `__exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> bool`",
            ));
            return;
        }
        let mty = mgr.ty.clone();
        let mv = fx.hidden("with", mty.clone());
        out.push(t::Stmt::Assign(
            vec![t::Target::Local(mv.clone())],
            vec![mgr],
        ));
        let m = t::Expr::new(K::Local(mv), mty, r);
        let enter_call = t::Expr::new(
            K::CallVirtual(c.clone(), "__enter__".into(), vec![m.clone()]),
            enter.ret.clone(),
            r,
        );
        self.note_expr(fx, &enter_call);
        match &item.optional_vars {
            Some(v) => self.assign_to(fx, v, enter_call, out),
            None => out.push(t::Stmt::Expr(enter_call)),
        }
        let entry = fx.narrow.clone();
        let since = fx.events.len();
        let null = |ty: &Ty| t::Expr::new(K::Null, ty.clone(), r);
        let exc_ty = exit.params[2].1.clone();
        let mut inner = Vec::new();
        fx.loop_depth += 0;
        self.with_items(fx, rest, body, &mut inner);
        // Handler.
        fx.scope_counter += 1;
        let ename = format!("$withexc#{}", fx.scope_counter);
        fx.locals
            .push((ename.clone(), Ty::Class(ir::EXCEPTION_ROOT.into())));
        let e = t::Expr::new(
            K::Local(ename.clone()),
            Ty::Class(ir::EXCEPTION_ROOT.into()),
            r,
        );
        let e_arg = if matches!(&exc_ty, Ty::Optional(x) if **x == Ty::Class(ir::EXCEPTION_ROOT.into()))
        {
            t::Expr::new(e.kind.clone(), exc_ty.clone(), r)
        } else {
            e.clone()
        };
        // `exc_type` and `tb` (typed `object`, i.e. `BaseException | None`)
        // get the exception too: `exc_type is None` / `tb is None` (their
        // only allowed uses) are then CPython's answers.
        let exc_or_null = |ty: &Ty| {
            if matches!(ty, Ty::Optional(x) if **x == Ty::Class(ir::EXCEPTION_ROOT.into())) {
                t::Expr::new(e.kind.clone(), ty.clone(), r)
            } else {
                null(ty)
            }
        };
        let exit_exc = t::Expr::new(
            K::CallVirtual(
                c.clone(),
                "__exit__".into(),
                vec![
                    m.clone(),
                    exc_or_null(&exit.params[1].1),
                    e_arg,
                    exc_or_null(&exit.params[3].1),
                ],
            ),
            exit.ret.clone(),
            r,
        );
        let handler_body = if exit.ret == Ty::Bool {
            let not = t::Expr::new(K::Not(Box::new(exit_exc)), Ty::Bool, r);
            let mut names = Vec::new();
            t::assigned_names(&inner, &mut names);
            let mut cells = Vec::new();
            t::cells_set(&inner, &mut cells);
            let mut hb = vec![
                t::Stmt::If(not, vec![t::Stmt::Raise(None)], vec![]),
                t::Stmt::BindDefault(names),
            ];
            hb.extend(cells.into_iter().map(t::Stmt::CellSet));
            hb
        } else {
            vec![t::Stmt::Expr(exit_exc), t::Stmt::Raise(None)]
        };
        let exit_ok = t::Expr::new(
            K::CallVirtual(
                c.clone(),
                "__exit__".into(),
                vec![
                    m.clone(),
                    null(&exit.params[1].1),
                    null(&exc_ty),
                    null(&exit.params[3].1),
                ],
            ),
            exit.ret.clone(),
            r,
        );
        self.note_expr(fx, &exit_ok);
        if exit.ret == Ty::Bool {
            // `__exit__` may swallow an exception raised anywhere in the
            // body: what held before it and still holds at its end.
            let mut at_entry = entry;
            fx.mark_since(&mut at_entry, since);
            let end = std::mem::take(&mut fx.narrow);
            fx.narrow = crate::check_narrow::intersect(&[at_entry, end]);
        }
        // Normal exit (also on return/break/continue): a finally-like
        // clause guarded by a flag set when the handler ran.
        let flag = fx.hidden("withflag", Ty::Bool);
        let set_flag = t::Stmt::Assign(
            vec![t::Target::Local(flag.clone())],
            vec![t::Expr::new(K::Bool(true), Ty::Bool, r)],
        );
        out.push(t::Stmt::Assign(
            vec![t::Target::Local(flag.clone())],
            vec![t::Expr::new(K::Bool(false), Ty::Bool, r)],
        ));
        let mut hb = vec![set_flag];
        hb.extend(handler_body);
        let fin = vec![t::Stmt::If(
            t::Expr::new(
                K::Not(Box::new(t::Expr::new(K::Local(flag), Ty::Bool, r))),
                Ty::Bool,
                r,
            ),
            vec![t::Stmt::Expr(exit_ok)],
            vec![],
        )];
        out.push(t::Stmt::Try {
            body: vec![t::Stmt::Try {
                body: inner,
                handlers: vec![t::Handler {
                    classes: vec![],
                    bind_class: ir::EXCEPTION_ROOT.into(),
                    name: Some(ename),
                    body: hb,
                }],
                orelse: vec![],
                finalbody: vec![],
            }],
            handlers: vec![],
            orelse: vec![],
            finalbody: fin,
        });
    }

    fn del_target(&mut self, fx: &mut Fx, tg: &'a E, out: &mut Vec<t::Stmt>) {
        match tg {
            E::Subscript(s) => {
                let obj = self.expr(fx, &s.value, None);
                let r = s.range;
                match obj.ty.clone() {
                    Ty::List(_) => {
                        if let E::Slice(sl) = &*s.slice {
                            if sl.step.is_some() {
                                self.err(unsupported(
                                    "`del` of a slice with a step",
                                    sl.range,
                                    "delete items in a loop",
                                ));
                                return;
                            }
                            let (a, ha) = self.opt_int(fx, sl.lower.as_deref(), r);
                            let (b, hb) = self.opt_int(fx, sl.upper.as_deref(), r);
                            if let Some(call) =
                                self.lib_call(fx, "list_delslice", vec![obj, a, b, ha, hb], r)
                            {
                                out.push(t::Stmt::Expr(call));
                            }
                            return;
                        }
                        let Some(i) = self.index_expr(fx, &s.slice) else {
                            return;
                        };
                        if let Some(call) =
                            self.support_call(fx, "fe_list_delitem", vec![obj, i], r)
                        {
                            out.push(t::Stmt::Expr(call));
                        }
                    }
                    Ty::Unknown => {}
                    _ => {
                        let key_exp = match &obj.ty {
                            Ty::Dict(k, _) => Some((**k).clone()),
                            _ => None,
                        };
                        let key = self.expr(fx, &s.slice, key_exp.as_ref());
                        if let Some(call) = self.dunder_call(
                            fx,
                            obj,
                            "__delitem__",
                            vec![key],
                            r,
                            "does not support item deletion",
                        ) {
                            out.push(t::Stmt::Expr(call));
                        }
                    }
                }
            }
            E::Tuple(tu) => {
                for x in &tu.elts {
                    self.del_target(fx, x, out);
                }
            }
            other => self.err(unsupported(
                &format!("`del` of a {}", expr_kind(other)),
                other.range(),
                "`del` removes list items (`del xs[i]`) and dict keys (`del d[k]`)",
            )),
        }
    }

    /// An optional int slice bound: (value, has-value flag).
    pub(crate) fn opt_int(
        &mut self,
        fx: &mut Fx,
        e: Option<&'a E>,
        r: TextRange,
    ) -> (t::Expr, t::Expr) {
        match e {
            None => (
                t::Expr::new(K::Int(0), Ty::Int, r),
                t::Expr::new(K::Bool(false), Ty::Bool, r),
            ),
            Some(x) => {
                let v = self
                    .index_expr(fx, x)
                    .unwrap_or_else(|| t::Expr::new(K::Int(0), Ty::Int, r));
                (v, t::Expr::new(K::Bool(true), Ty::Bool, r))
            }
        }
    }

    // ----- for loops --------------------------------------------------

    fn for_stmt(&mut self, fx: &mut Fx, f: &'a ast::StmtFor, out: &mut Vec<t::Stmt>) {
        if f.is_async {
            self.err(unsupported("async for", f.range, "use a plain for loop"));
            return;
        }
        let Some(src) = self.loop_source(fx, &f.iter) else {
            return;
        };
        let target = crate::check_iter::LoopTarget::Stmt(&f.target);
        let lp = fx.loop_enter();
        let Some(plan) = self.iter_plan(fx, target, src, f.range) else {
            fx.loop_exit(lp);
            return;
        };
        // A counter the body never assigns stays non-negative (`2 ** i`).
        if let E::Name(n) = &*f.target
            && let Some(var) = self.non_negative_counter(fx, &plan)
        {
            let mut assigned = HashSet::new();
            collect_assigned(&f.body, &mut assigned);
            if !assigned.contains(n.id.as_str()) {
                fx.push_narrow(crate::check_expr::non_negative_key(&var), Ty::Int);
            }
        }
        self.note_plan(fx, &plan);
        fx.loop_depth += 1;
        let body = self.block(fx, &f.body);
        fx.loop_depth -= 1;
        fx.loop_exit(lp);
        let orelse = self.block(fx, &f.orelse);
        out.extend(self.plan_loop(plan, body, orelse));
    }

    /// A value iterated by index: lists, strs, bytes; dicts iterate their
    /// keys, sets their items (as a list snapshot).
    pub(crate) fn seq_of(&mut self, fx: &mut Fx, it: t::Expr) -> Option<(t::Expr, SeqKind, Ty)> {
        let r = it.range;
        match it.ty.clone() {
            Ty::List(e) | Ty::TupleVar(e) => Some((it, SeqKind::List, *e)),
            Ty::Str => Some((it, SeqKind::Str, Ty::Str)),
            Ty::Bytes => Some((it, SeqKind::Bytes, Ty::Int)),
            Ty::Dict(k, _) => {
                let l = self.method_on(fx, it, "keys", vec![], r)?;
                Some((l, SeqKind::List, *k))
            }
            Ty::Set(e) => {
                let l = self.method_on(fx, it, "to_list", vec![], r)?;
                Some((l, SeqKind::List, *e))
            }
            Ty::Tuple(ts) if !ts.is_empty() && ts.iter().all(|x| *x == ts[0]) => {
                let e = ts[0].clone();
                let l = self.tuple_to_list(fx, it)?;
                Some((l, SeqKind::List, e))
            }
            Ty::Unknown => None,
            other => {
                self.err(Diagnostic::new(
                    format!("cannot iterate over a `{other}`"),
                    r,
                    format!("this is `{other}`"),
                    "for loops iterate over range(), lists, tuples, strs, bytes, dicts, sets, enumerate(), zip() and reversed()",
                ));
                None
            }
        }
    }

    pub(crate) fn seq_len(&mut self, l: t::Expr, k: SeqKind) -> t::Expr {
        let r = l.range;
        match k {
            SeqKind::List => t::Expr::new(K::ListLen(Box::new(l)), Ty::Int, r),
            SeqKind::Str => t::Expr::new(K::StrLen(Box::new(l)), Ty::Int, r),
            SeqKind::Bytes => t::Expr::new(K::Prim(ir::Prim::BytesLen, vec![l]), Ty::Int, r),
        }
    }

    pub(crate) fn seq_item(&mut self, l: t::Expr, k: SeqKind, elem: Ty, i: t::Expr) -> t::Expr {
        let r = l.range;
        match k {
            SeqKind::List => t::Expr::new(K::ListGet(Box::new(l), Box::new(i)), elem, r),
            SeqKind::Str => t::Expr::new(K::Prim(ir::Prim::StrGet, vec![l, i]), Ty::Str, r),
            SeqKind::Bytes => t::Expr::new(K::Prim(ir::Prim::BytesGet, vec![l, i]), Ty::Int, r),
        }
    }

    /// A nested `def`: a closure value bound to a local.
    fn nested_def(&mut self, fx: &mut Fx, f: &'a ast::StmtFunctionDef, out: &mut Vec<t::Stmt>) {
        let Some(val) = self.closure_of_def(fx, f) else {
            return;
        };
        let name = f.name.as_str();
        let ty = val.ty.clone();
        if !self.declare_local(fx, name, &ty, f.name.range) {
            return;
        }
        let iname = fx.iname(name);
        if fx.cells.contains(&iname) {
            let ct = crate::check_closure::cell_ty(self, &ty);
            let tg = t::Target::Field {
                class: ct.mangle(),
                field: "v".into(),
                obj: t::Expr::new(K::Local(format!("{iname}$cell")), ct, f.name.range),
            };
            out.push(t::Stmt::Assign(vec![tg], vec![val]));
            out.push(t::Stmt::CellSet(iname));
            return;
        }
        out.push(t::Stmt::Assign(vec![t::Target::Local(iname)], vec![val]));
    }
}
