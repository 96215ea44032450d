//! The IR verifier: the invariants every backend relies on.
//!
//! - classes: parents exist, no cycles, no field declared twice along a
//!   chain, every method `m` of `C` has a body `C.m` whose first parameter
//!   is `C`, and an override has the overridden method's signature;
//! - functions: the entry block's parameters are the function's, every
//!   operand is of the operation's type, every value is defined before it
//!   is used on every path (an exception edge carries only what was
//!   available when its block began), jump arguments match the target's
//!   parameters, a handler takes exactly one `BaseException` parameter.

use super::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyError {
    /// Function (or class) where the problem is.
    pub location: String,
    pub message: String,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "in {}: {}", self.location, self.message)
    }
}

impl std::error::Error for VerifyError {}

/// Whether a value of type `from` may flow where `to` is expected.
pub fn assignable(m: &Module, from: &Type, to: &Type) -> bool {
    match (from, to) {
        (Type::Class(a), Type::Class(b)) => m.is_subclass(a, b),
        _ => from == to,
    }
}

/// Check a whole module; returns every problem found.
pub fn verify_module(m: &Module) -> Result<(), Vec<VerifyError>> {
    let mut errs = Vec::new();
    let funcs = m.function_index();
    let mut seen = std::collections::HashSet::new();
    for c in &m.classes {
        let mut err = |msg: String| {
            errs.push(VerifyError {
                location: format!("class {}", c.name),
                message: msg,
            })
        };
        if !seen.insert(c.name.as_str()) {
            err("class declared twice".into());
        }
        if let Some(p) = &c.parent
            && m.class(p).is_none()
        {
            err(format!("unknown parent class `{p}`"));
        }
        if c.name == GLOBALS_CLASS && (c.builtin || c.parent.is_some() || !c.methods.is_empty()) {
            err("the globals class must be a root class without methods".into());
        }
        if c.parent.as_deref() == Some(GLOBALS_CLASS) {
            err("the globals class cannot be derived from".into());
        }
        let anc = m.ancestry(&c.name);
        if let Some(last) = anc.last()
            && m.class(last).and_then(|k| k.parent.as_ref()).is_some()
            && m.class(last)
                .and_then(|k| k.parent.as_ref())
                .and_then(|p| m.class(p))
                .is_some()
        {
            err("inheritance cycle".into());
        }
        let fields = m.all_fields(&c.name);
        for (i, (_, f)) in fields.iter().enumerate() {
            if fields[..i].iter().any(|(_, g)| g.name == f.name) {
                err(format!(
                    "field `{}` declared twice in the hierarchy",
                    f.name
                ));
            }
        }
        for meth in &c.methods {
            let body = format!("{}.{}", c.name, meth);
            let Some(&fi) = funcs.get(body.as_str()) else {
                err(format!("method `{meth}` has no body `{body}`"));
                continue;
            };
            let f = &m.functions[fi];
            if f.params.first() != Some(&Type::Class(c.name.clone())) {
                err(format!("method body `{body}` must take `{}` first", c.name));
            }
            if let Some(p) = &c.parent
                && let Some(owner) = m.resolve_method(p, meth)
                && let Some(&gi) = funcs.get(format!("{owner}.{meth}").as_str())
            {
                let g = &m.functions[gi];
                if f.params.get(1..) != g.params.get(1..) || f.ret != g.ret {
                    err(format!(
                        "method `{meth}` overrides `{owner}.{meth}` with a different signature"
                    ));
                }
            }
        }
    }
    for f in &m.functions {
        if let Err(e) = verify_function(m, f) {
            errs.extend(e);
        }
    }
    if errs.is_empty() { Ok(()) } else { Err(errs) }
}

struct Bits(Vec<u64>);

impl Bits {
    fn new(n: usize, full: bool) -> Bits {
        Bits(vec![if full { u64::MAX } else { 0 }; n.div_ceil(64).max(1)])
    }
    fn set(&mut self, i: u32) {
        self.0[(i / 64) as usize] |= 1 << (i % 64);
    }
    fn get(&self, i: u32) -> bool {
        self.0
            .get((i / 64) as usize)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
    fn and_with(&mut self, o: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            *a &= *b;
        }
    }
}

impl Clone for Bits {
    fn clone(&self) -> Bits {
        Bits(self.0.clone())
    }
}

/// Check one function.
pub fn verify_function(m: &Module, f: &Function) -> Result<(), Vec<VerifyError>> {
    let mut errs: Vec<String> = Vec::new();
    let nv = f.value_types.len();
    let nb = f.blocks.len();
    let ty = |v: Value| f.value_types.get(v.0 as usize);
    if nb == 0 {
        errs.push("function has no blocks".into());
    } else {
        let entry: Vec<Option<&Type>> = f.blocks[0].params.iter().map(|v| ty(*v)).collect();
        let want: Vec<Option<&Type>> = f.params.iter().map(Some).collect();
        if entry != want {
            errs.push("entry block parameters differ from the function's".into());
        }
    }
    // Every value defined exactly once.
    let mut defined = vec![0u32; nv];
    for b in &f.blocks {
        for v in b
            .params
            .iter()
            .chain(b.insts.iter().filter_map(|i| i.result.as_ref()))
        {
            match defined.get_mut(v.0 as usize) {
                Some(d) => *d += 1,
                None => errs.push(format!("{v} has no type")),
            }
        }
    }
    for (i, d) in defined.iter().enumerate() {
        if *d > 1 {
            errs.push(format!("v{i} is defined {d} times"));
        }
    }
    // Availability: forward dataflow, intersection over predecessors.
    let mut preds: Vec<Vec<(usize, bool)>> = vec![Vec::new(); nb];
    for (i, b) in f.blocks.iter().enumerate() {
        for t in b.term.targets() {
            if (t.block.0 as usize) < nb {
                preds[t.block.0 as usize].push((i, false));
            } else {
                errs.push(format!("b{i} jumps to missing block {}", t.block));
            }
        }
        if let Some(h) = b.catch {
            if (h.0 as usize) < nb {
                preds[h.0 as usize].push((i, true));
            } else {
                errs.push(format!("b{i} has missing handler {h}"));
            }
        }
    }
    if !errs.is_empty() {
        return Err(wrap(f, errs));
    }
    let mut avail_in: Vec<Bits> = (0..nb).map(|_| Bits::new(nv, true)).collect();
    avail_in[0] = Bits::new(nv, false);
    let gen_out = |i: usize, inp: &Bits| -> Bits {
        let mut o = inp.clone();
        let b = &f.blocks[i];
        for v in b
            .params
            .iter()
            .chain(b.insts.iter().filter_map(|x| x.result.as_ref()))
        {
            o.set(v.0);
        }
        o
    };
    let gen_entry = |i: usize, inp: &Bits| -> Bits {
        let mut o = inp.clone();
        for v in &f.blocks[i].params {
            o.set(v.0);
        }
        o
    };
    let mut reachable = vec![false; nb];
    reachable[0] = true;
    let mut changed = true;
    while changed {
        changed = false;
        for i in 1..nb {
            let mut acc: Option<Bits> = None;
            for &(p, exc) in &preds[i] {
                if !reachable[p] {
                    continue;
                }
                let out = if exc {
                    gen_entry(p, &avail_in[p])
                } else {
                    gen_out(p, &avail_in[p])
                };
                match &mut acc {
                    None => acc = Some(out),
                    Some(a) => a.and_with(&out),
                }
            }
            if let Some(a) = acc {
                if !reachable[i] {
                    reachable[i] = true;
                    changed = true;
                }
                if a.0 != avail_in[i].0 {
                    avail_in[i] = a;
                    changed = true;
                }
            }
        }
    }
    let exc_root = Type::Class(EXCEPTION_ROOT.into());
    for (bi, b) in f.blocks.iter().enumerate() {
        if !reachable[bi] {
            continue;
        }
        let mut avail = gen_entry(bi, &avail_in[bi]);
        if preds[bi].iter().any(|(_, e)| *e) {
            if preds[bi].iter().any(|(_, e)| !*e) {
                errs.push(format!("handler b{bi} is also a jump target"));
            }
            if b.params.len() != 1 || ty(b.params[0]) != Some(&exc_root) {
                errs.push(format!(
                    "handler b{bi} must take one `{EXCEPTION_ROOT}` parameter"
                ));
            }
        }
        for inst in &b.insts {
            for v in inst.op.operands() {
                if !avail.get(v.0) {
                    errs.push(format!("b{bi}: {v} is used before it is defined"));
                }
            }
            if let Err(e) = check_op(m, f, inst) {
                errs.push(format!("b{bi}: {e}"));
            }
            if let Some(r) = inst.result {
                avail.set(r.0);
            }
        }
        for v in b.term.operands() {
            if !avail.get(v.0) {
                errs.push(format!("b{bi}: {v} is used before it is defined"));
            }
        }
        if let Err(e) = check_term(m, f, &b.term) {
            errs.push(format!("b{bi}: {e}"));
        }
    }
    if errs.is_empty() {
        Ok(())
    } else {
        Err(wrap(f, errs))
    }
}

fn wrap(f: &Function, errs: Vec<String>) -> Vec<VerifyError> {
    errs.into_iter()
        .map(|message| VerifyError {
            location: format!("fn {}", f.name),
            message,
        })
        .collect()
}

fn check_term(m: &Module, f: &Function, t: &Terminator) -> Result<(), String> {
    let ty = |v: Value| {
        f.value_types
            .get(v.0 as usize)
            .cloned()
            .unwrap_or(Type::Int)
    };
    for tg in t.targets() {
        let target = f.block(tg.block);
        if tg.args.len() != target.params.len() {
            return Err(format!(
                "jump to {} passes {} arguments for {} parameters",
                tg.block,
                tg.args.len(),
                target.params.len()
            ));
        }
        for (a, p) in tg.args.iter().zip(&target.params) {
            if !assignable(m, &ty(*a), &ty(*p)) {
                return Err(format!(
                    "jump to {} passes {a}: {} for {p}: {}",
                    tg.block,
                    ty(*a),
                    ty(*p)
                ));
            }
        }
    }
    match t {
        Terminator::Branch { cond, .. } if ty(*cond) != Type::Bool => {
            Err(format!("branch condition {cond} is not a bool"))
        }
        Terminator::Return(v) => match (v, &f.ret) {
            (None, None) => Ok(()),
            (Some(v), Some(r)) if assignable(m, &ty(*v), r) => Ok(()),
            _ => Err("return value does not match the function's type".into()),
        },
        Terminator::Raise(v) => match ty(*v) {
            Type::Class(c) if m.is_exception_class(&c) => Ok(()),
            other => Err(format!("raise of a non-exception {v}: {other}")),
        },
        _ => Ok(()),
    }
}

fn check_op(m: &Module, f: &Function, inst: &Inst) -> Result<(), String> {
    let ty = |v: Value| {
        f.value_types
            .get(v.0 as usize)
            .cloned()
            .unwrap_or(Type::Int)
    };
    let want = |v: Value, t: &Type| -> Result<(), String> {
        if assignable(m, &ty(v), t) {
            Ok(())
        } else {
            Err(format!("{v} is {} where {t} is expected", ty(v)))
        }
    };
    let class = |c: &str| -> Result<(), String> {
        m.class(c)
            .map(|_| ())
            .ok_or_else(|| format!("unknown class `{c}`"))
    };
    let list_elem = |v: Value| -> Result<Type, String> {
        match ty(v) {
            Type::List(e) => Ok(*e),
            other => Err(format!("{v} is {other}, not a list")),
        }
    };
    let result_ty: Option<Type> = match &inst.op {
        Op::ConstInt(_) => Some(Type::Int),
        Op::ConstBool(_) => Some(Type::Bool),
        Op::ConstStr(_) => Some(Type::Str),
        Op::Bin(b, x, y) => {
            want(*x, &Type::Int)?;
            want(*y, &Type::Int)?;
            Some(if b.is_comparison() {
                Type::Bool
            } else {
                Type::Int
            })
        }
        Op::Neg(x) => {
            want(*x, &Type::Int)?;
            Some(Type::Int)
        }
        Op::Not(x) => {
            want(*x, &Type::Bool)?;
            Some(Type::Bool)
        }
        Op::BoolEq(x, y) => {
            want(*x, &Type::Bool)?;
            want(*y, &Type::Bool)?;
            Some(Type::Bool)
        }
        Op::StrConcat(x, y) => {
            want(*x, &Type::Str)?;
            want(*y, &Type::Str)?;
            Some(Type::Str)
        }
        Op::StrEq(x, y) => {
            want(*x, &Type::Str)?;
            want(*y, &Type::Str)?;
            Some(Type::Bool)
        }
        Op::StrLen(x) => {
            want(*x, &Type::Str)?;
            Some(Type::Int)
        }
        Op::IntToStr(x) => {
            want(*x, &Type::Int)?;
            Some(Type::Str)
        }
        Op::BoolToStr(x) => {
            want(*x, &Type::Bool)?;
            Some(Type::Str)
        }
        Op::Call { func, args } => {
            let g = m
                .function(func)
                .ok_or_else(|| format!("call of unknown function `{func}`"))?;
            if g.params.len() != args.len() {
                return Err(format!(
                    "call of `{func}` with {} arguments for {} parameters",
                    args.len(),
                    g.params.len()
                ));
            }
            for (a, p) in args.iter().zip(&g.params) {
                want(*a, p)?;
            }
            g.ret.clone()
        }
        Op::CallVirtual {
            class: c,
            method,
            args,
        } => {
            class(c)?;
            let owner = m
                .resolve_method(c, method)
                .ok_or_else(|| format!("class `{c}` has no method `{method}`"))?;
            let g = m
                .function(&format!("{owner}.{method}"))
                .ok_or_else(|| format!("method `{owner}.{method}` has no body"))?;
            if g.params.len() != args.len() {
                return Err(format!("virtual call of `{c}.{method}` with wrong arity"));
            }
            want(args[0], &Type::Class(c.clone()))?;
            for (a, p) in args.iter().zip(&g.params).skip(1) {
                want(*a, p)?;
            }
            g.ret.clone()
        }
        Op::New(c) => {
            class(c)?;
            Some(Type::Class(c.clone()))
        }
        Op::GetField {
            class: c,
            field,
            obj,
        } => {
            class(c)?;
            want(*obj, &Type::Class(c.clone()))?;
            let fl = m
                .class(c)
                .and_then(|k| k.fields.iter().find(|x| &x.name == field))
                .ok_or_else(|| format!("class `{c}` declares no field `{field}`"))?;
            Some(fl.ty.clone())
        }
        Op::SetField {
            class: c,
            field,
            obj,
            value,
        } => {
            class(c)?;
            want(*obj, &Type::Class(c.clone()))?;
            let fl = m
                .class(c)
                .and_then(|k| k.fields.iter().find(|x| &x.name == field))
                .ok_or_else(|| format!("class `{c}` declares no field `{field}`"))?;
            want(*value, &fl.ty)?;
            None
        }
        Op::ListNew { elem, items } => {
            for i in items {
                want(*i, elem)?;
            }
            Some(Type::List(Box::new(elem.clone())))
        }
        Op::ListGet(l, i) => {
            want(*i, &Type::Int)?;
            Some(list_elem(*l)?)
        }
        Op::ListSet(l, i, x) => {
            want(*i, &Type::Int)?;
            want(*x, &list_elem(*l)?)?;
            None
        }
        Op::ListLen(l) => {
            list_elem(*l)?;
            Some(Type::Int)
        }
        Op::ListAppend(l, x) => {
            want(*x, &list_elem(*l)?)?;
            None
        }
        Op::ListPop(l) => Some(list_elem(*l)?),
        Op::ListPopAt(l, i) => {
            want(*i, &Type::Int)?;
            Some(list_elem(*l)?)
        }
        Op::ListExtend(l, x) => {
            let e = list_elem(*l)?;
            if list_elem(*x)? != e {
                return Err(format!("list.extend of {} with {}", ty(*l), ty(*x)));
            }
            None
        }
        Op::InstanceOf { class: c, value } => {
            class(c)?;
            if !matches!(ty(*value), Type::Class(_)) {
                return Err(format!("instanceof on non-instance {value}"));
            }
            Some(Type::Bool)
        }
        Op::Cast { class: c, value } => {
            class(c)?;
            if !matches!(ty(*value), Type::Class(_)) {
                return Err(format!("cast of non-instance {value}"));
            }
            Some(Type::Class(c.clone()))
        }
        Op::Print(x) => {
            want(*x, &Type::Str)?;
            Some(Type::Bool)
        }
        Op::ConstFloat(_) => Some(Type::Float),
        Op::ConstBytes(_) => Some(Type::Bytes),
        Op::Globals => {
            class(GLOBALS_CLASS)?;
            Some(Type::Class(GLOBALS_CLASS.to_string()))
        }
        Op::ConstNull(t) => {
            if !t.is_ref() {
                return Err(format!("null of non-reference type {t}"));
            }
            if let Type::Class(c) = t {
                class(c)?;
            }
            Some(t.clone())
        }
        Op::Prim(p, args) => check_prim(m, f, *p, args)?,
    };
    match (inst.result, result_ty) {
        (None, None) => Ok(()),
        (None, Some(_)) => Ok(()), // result discarded
        (Some(r), Some(t)) => {
            if ty(r) == t {
                Ok(())
            } else {
                Err(format!(
                    "{r} is declared {} but the operation gives {t}",
                    ty(r)
                ))
            }
        }
        (Some(r), None) => Err(format!("{r} is the result of an operation with no value")),
    }
}

/// Check a primitive's operands against its signature; gives its result.
fn check_prim(m: &Module, f: &Function, p: Prim, args: &[Value]) -> Result<Option<Type>, String> {
    let ty = |v: Value| {
        f.value_types
            .get(v.0 as usize)
            .cloned()
            .unwrap_or(Type::Int)
    };
    let params = p.params();
    if params.len() != args.len() {
        return Err(format!(
            "{} takes {} operands, not {}",
            p.mnemonic(),
            params.len(),
            args.len()
        ));
    }
    let mut elem: Option<Type> = None;
    let mut list_ty: Option<Type> = None;
    for (a, sig) in args.iter().zip(params) {
        let t = ty(*a);
        let ok = match sig {
            Sig::Int => t == Type::Int,
            Sig::Bool => t == Type::Bool,
            Sig::Float => t == Type::Float,
            Sig::Str => t == Type::Str,
            Sig::Bytes => t == Type::Bytes,
            Sig::ListInt => t == Type::List(Box::new(Type::Int)),
            Sig::ListStr => t == Type::List(Box::new(Type::Str)),
            Sig::AnyList => match &t {
                Type::List(e) => {
                    elem = Some((**e).clone());
                    list_ty = Some(t.clone());
                    true
                }
                _ => false,
            },
            Sig::Elem => elem.as_ref().is_some_and(|e| assignable(m, &t, e)),
            Sig::AnyRef => t.is_ref(),
            Sig::Nothing => false,
        };
        if !ok {
            return Err(format!("{} does not take {a}: {t}", p.mnemonic()));
        }
    }
    Ok(match p.result() {
        Sig::Int => Some(Type::Int),
        Sig::Bool => Some(Type::Bool),
        Sig::Float => Some(Type::Float),
        Sig::Str => Some(Type::Str),
        Sig::Bytes => Some(Type::Bytes),
        Sig::ListInt => Some(Type::List(Box::new(Type::Int))),
        Sig::ListStr => Some(Type::List(Box::new(Type::Str))),
        Sig::AnyList => list_ty,
        Sig::Elem => elem,
        Sig::AnyRef | Sig::Nothing => None,
    })
}
