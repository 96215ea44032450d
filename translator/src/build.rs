//! Stage 3: typed program -> IR.
//!
//! Locals become SSA values: the builder keeps the current value of every
//! variable and passes values to blocks as parameters at merge points (a
//! variable assigned on only some paths is unbound after the merge, and a
//! read of it is reported). Loops get header parameters for the variables
//! their body assigns. Cell variables (locals that closures capture) live
//! in objects made at function entry; the checker marks where they are
//! assigned and where they must be (`Stmt::CellSet`, `Stmt::CellCheck`),
//! and the same tracking checks them.
//!
//! Exceptions: inside `try`, every block with a raising operation gets its
//! own landing pad (a handler block taking the exception) that jumps to the
//! `try`'s dispatch block with the exception and the current values of the
//! variables live at the `try`. A block is split before a raising
//! operation whenever the variables changed inside it, so a landing pad
//! always sees the state at the raise point. A `finally` body is built
//! once per `try`: every way out of the `try` (normal end, exception,
//! return, break, continue) jumps to it with a selector, and after the
//! body the selector picks the way on (see [`Fb::finish_finally`]).
//! Copying the body onto each way out instead would grow nested
//! `finally`s exponentially.

use crate::diag::Diagnostic;
use crate::typed::{self as t, AugOp, CmpKind, ExprKind as K, Stmt};
use crate::types::Ty;
use ir::{BinOp, Block, BlockId, Function, Inst, Op, Target, Terminator, Type, Value};
use ruff_text_size::TextRange;
use std::collections::{BTreeMap, HashMap, HashSet};

/// A two-way branch to blocks without parameters.
fn branch(cond: Value, then: BlockId, else_: BlockId) -> Terminator {
    Terminator::Branch {
        cond,
        then: Target {
            block: then,
            args: vec![],
        },
        else_: Target {
            block: else_,
            args: vec![],
        },
    }
}

/// Build the IR module of a checked program.
pub fn build(p: &t::Program) -> Result<ir::Module, Vec<Diagnostic>> {
    let mut classes = ir::builtin_classes();
    for c in p.classes.iter().filter(|c| !c.builtin) {
        classes.push(ir::Class {
            name: c.name.clone(),
            parent: c.parent.clone(),
            fields: c
                .fields
                .iter()
                .map(|(n, ty)| ir::Field {
                    name: n.clone(),
                    ty: ty.to_ir().unwrap_or(Type::Int),
                })
                .collect(),
            methods: c.methods.clone(),
            builtin: false,
        });
    }
    let mut diags = Vec::new();
    let mut functions = Vec::new();
    for f in &p.functions {
        match build_function(f) {
            Ok(func) => functions.push(cleanup(func)),
            Err(mut d) => diags.append(&mut d),
        }
    }
    if functions.iter().any(|f| f.name == t::ENTRY_WRAPPER) {
        // The wrapper is the entry: every call of the program's `main`
        // (the wrapper's included) goes to its new name.
        for f in &mut functions {
            for b in &mut f.blocks {
                for inst in &mut b.insts {
                    if let Op::Call { func, .. } = &mut inst.op
                        && func == "main"
                    {
                        *func = t::USER_MAIN.to_string();
                    }
                }
            }
        }
        for f in &mut functions {
            if f.name == "main" {
                f.name = t::USER_MAIN.to_string();
            } else if f.name == t::ENTRY_WRAPPER {
                f.name = "main".to_string();
            }
        }
    }
    if diags.is_empty() {
        Ok(ir::Module { classes, functions })
    } else {
        Err(diags)
    }
}

type Env = BTreeMap<String, Value>;

/// The keys of hidden temporaries (`$name`) in an [`Env`]: `$` sorts
/// before every identifier character, so they form one range.
const HIDDEN_RANGE: (std::ops::Bound<&str>, std::ops::Bound<&str>) = (
    std::ops::Bound::Included("$"),
    std::ops::Bound::Excluded("%"),
);

/// The [`Env`] key recording that a cell variable is assigned
/// (`Stmt::CellSet`): bound to [`CELL_SET`] on the paths where it is, so
/// merges, loops and `try` treat it like a local's binding.
fn cell_set_key(var: &str) -> String {
    format!("{var}$set")
}

fn is_cell_set_key(n: &str) -> bool {
    n.ends_with("$set")
}

/// The value of every [`cell_set_key`]: one value that no instruction
/// defines or uses, so merge points never need a parameter for it.
const CELL_SET: Value = Value(u32::MAX);

/// Writes a value back to an augmented-assignment target.
type Store<'p> = Box<dyn Fn(&mut Fb<'p>, Value) + 'p>;

/// The block being filled.
#[derive(Clone)]
struct Cur {
    block: BlockId,
    /// Values defined by instructions of this block so far.
    defs: HashSet<Value>,
    /// Landing pad of this block: exception context and the values of its
    /// variables it passes.
    lp: Option<(usize, Vec<Value>)>,
    /// Whether the block already holds a raising operation.
    raises: bool,
}

/// A block whose jump to a merge point is not yet known.
struct Pending {
    cur: Cur,
    env: Env,
}

struct ExcCtx {
    dispatch: BlockId,
    vars: Vec<String>,
    used: bool,
}

/// A `try` with a `finally` being built: the jumps out of it seen so
/// far, each waiting for the `finally` body.
struct Fin {
    exits: Vec<(Exit, Pending)>,
}

/// A jump that leaves `try` statements.
#[derive(Clone)]
enum Exit {
    Break,
    Continue,
    /// `return`; the value (if any) is in the hidden local named here.
    Return(Option<String>),
}

/// How control reaches a `finally` body.
enum FinEntry {
    /// The `try` (or a handler, or the `else`) ended normally.
    Normal,
    /// An exception, held in the hidden local named here.
    Raise(String),
    /// A jump out of the `try`.
    Leave(Exit),
}

struct LoopCx {
    cont: BlockId,
    cont_vars: Vec<String>,
    breaks: Vec<Pending>,
    fin_depth: usize,
}

struct Fb<'p> {
    f: Function,
    cur: Option<Cur>,
    env: Env,
    var_ty: HashMap<String, Type>,
    ctxs: Vec<ExcCtx>,
    ctx_stack: Vec<usize>,
    fins: Vec<Fin>,
    loops: Vec<LoopCx>,
    handled: Vec<Value>,
    diags: Vec<Diagnostic>,
    /// Locals that an `except ... as` handler unbinds (`Stmt::Unbind`):
    /// their "may be unbound" diagnostics say so.
    handler_names: Vec<String>,
    /// The typed statements the builder walks are borrowed for `'p`.
    program: std::marker::PhantomData<&'p [Stmt]>,
}

fn ir_ty(t: &Ty) -> Type {
    t.to_ir().unwrap_or(Type::Int)
}

fn build_function(fi: &t::FuncInfo) -> Result<Function, Vec<Diagnostic>> {
    let mut b = Fb {
        f: Function {
            name: fi.name.clone(),
            params: fi.params.iter().map(|(_, t)| ir_ty(t)).collect(),
            ret: fi.ret.to_ir(),
            blocks: Vec::new(),
            value_types: Vec::new(),
        },
        cur: None,
        env: Env::new(),
        var_ty: fi
            .locals
            .iter()
            .map(|(n, t)| (n.clone(), ir_ty(t)))
            .collect(),
        ctxs: Vec::new(),
        ctx_stack: Vec::new(),
        fins: Vec::new(),
        loops: Vec::new(),
        handled: Vec::new(),
        diags: Vec::new(),
        handler_names: {
            let mut v = Vec::new();
            t::unbound_names(&fi.body, &mut v);
            v
        },
        program: std::marker::PhantomData,
    };
    let params: Vec<Value> = fi
        .params
        .iter()
        .map(|(_, t)| b.new_value(ir_ty(t)))
        .collect();
    let entry = b.new_block(params.clone());
    for ((n, _), v) in fi.params.iter().zip(&params) {
        b.env.insert(n.clone(), *v);
    }
    b.enter(entry);
    b.stmts(&fi.body);
    if b.cur.is_some() {
        if fi.ret == Ty::None {
            b.terminate(Terminator::Return(None));
        } else {
            b.diags.push(Diagnostic::new(
                format!("missing return in `{}`", fi.name),
                fi.range,
                format!(
                    "a path reaches the end of the function without returning `{}`",
                    fi.ret
                ),
                "end every path with `return <value>` (or `raise`)",
            ));
        }
    }
    if b.diags.is_empty() {
        Ok(b.f)
    } else {
        Err(b.diags)
    }
}

impl<'p> Fb<'p> {
    fn new_value(&mut self, ty: Type) -> Value {
        let v = Value(self.f.value_types.len() as u32);
        self.f.value_types.push(ty);
        v
    }

    fn new_block(&mut self, params: Vec<Value>) -> BlockId {
        let id = BlockId(self.f.blocks.len() as u32);
        self.f.blocks.push(Block {
            params,
            insts: Vec::new(),
            term: Terminator::Unreachable,
            catch: None,
        });
        id
    }

    fn enter(&mut self, b: BlockId) {
        self.cur = Some(Cur {
            block: b,
            defs: HashSet::new(),
            lp: None,
            raises: false,
        });
    }

    fn block_mut(&mut self, b: BlockId) -> &mut Block {
        &mut self.f.blocks[b.0 as usize]
    }

    /// End the current block.
    fn terminate(&mut self, term: Terminator) {
        if let Some(c) = self.cur.take() {
            self.block_mut(c.block).term = term;
        }
    }

    fn jump(&mut self, to: BlockId, args: Vec<Value>) {
        self.terminate(Terminator::Jump(Target { block: to, args }));
    }

    fn ctx_values(&mut self, ctx: usize) -> Option<Vec<Value>> {
        let vars = self.ctxs[ctx].vars.clone();
        vars.iter().map(|n| self.env.get(n).copied()).collect()
    }

    /// Make the current block's exception edge right for a raising
    /// operation at this point (splitting the block when needed).
    fn before_raise(&mut self) {
        let Some(cur) = &self.cur else { return };
        let desired = self.ctx_stack.last().copied();
        let cur_lp = cur.lp.clone();
        let defs = cur.defs.clone();
        let raises = cur.raises;
        let vals = desired.and_then(|d| self.ctx_values(d));
        if desired.is_some() && vals.is_none() {
            self.internal("a variable live at a `try` is unbound at a raise point");
            return;
        }
        match (&cur_lp, desired) {
            (None, None) => return,
            (Some((c, snap)), Some(d)) if *c == d && Some(snap) == vals.as_ref() => return,
            (None, Some(_))
                if !raises
                    && vals
                        .as_ref()
                        .is_some_and(|vs| vs.iter().all(|v| !defs.contains(v))) => {}
            _ => {
                let n = self.new_block(vec![]);
                self.jump(n, vec![]);
                self.enter(n);
            }
        }
        if let (Some(d), Some(vals)) = (desired, vals) {
            let e = self.new_value(Type::Class(ir::EXCEPTION_ROOT.into()));
            let lp = self.new_block(vec![e]);
            let mut args = vec![e];
            args.extend(vals.iter().copied());
            let dispatch = self.ctxs[d].dispatch;
            self.ctxs[d].used = true;
            self.block_mut(lp).term = Terminator::Jump(Target {
                block: dispatch,
                args,
            });
            if let Some(c) = &mut self.cur {
                c.lp = Some((d, vals));
                let b = c.block;
                self.block_mut(b).catch = Some(lp);
            }
        }
    }

    fn internal(&mut self, msg: &str) {
        self.diags.push(Diagnostic {
            message: format!("internal error: {msg}"),
            range: None,
            label: String::new(),
            help: "report this as a bug in the translator".into(),
        });
    }

    /// Append an instruction; returns its result.
    fn emit(&mut self, op: Op, ty: Option<Type>) -> Value {
        if op.can_raise() {
            self.before_raise();
        }
        let result = ty.map(|t| self.new_value(t));
        let Some(cur) = &mut self.cur else {
            return result.unwrap_or(Value(0));
        };
        if let Some(r) = result {
            cur.defs.insert(r);
        }
        if op.can_raise() {
            cur.raises = true;
        }
        let b = cur.block;
        self.block_mut(b).insts.push(Inst { result, op });
        result.unwrap_or(Value(0))
    }

    fn emit0(&mut self, op: Op) {
        self.emit(op, None);
    }

    fn cint(&mut self, v: i64) -> Value {
        self.emit(Op::ConstInt(v), Some(Type::Int))
    }

    fn cstr(&mut self, s: &str) -> Value {
        self.emit(Op::ConstStr(s.to_string()), Some(Type::Str))
    }

    fn take_pending(&mut self) -> Option<Pending> {
        self.cur.take().map(|cur| Pending {
            cur,
            env: self.env.clone(),
        })
    }

    /// Continue after the given incoming edges.
    fn merge(&mut self, mut preds: Vec<Pending>) {
        if preds.is_empty() {
            self.cur = None;
            return;
        }
        if preds.len() == 1 {
            let p = preds.remove(0);
            self.env = p.env;
            self.cur = Some(p.cur);
            return;
        }
        let names: Vec<String> = preds[0]
            .env
            .keys()
            .filter(|n| preds.iter().all(|p| p.env.contains_key(*n)))
            .cloned()
            .collect();
        let mut env = Env::new();
        let mut params = Vec::new();
        let mut passed: Vec<String> = Vec::new();
        for n in names {
            let v0 = preds[0].env[&n];
            if preds.iter().all(|p| p.env[&n] == v0) {
                env.insert(n, v0);
            } else {
                let ty = self.var_ty.get(&n).cloned().unwrap_or(Type::Int);
                let v = self.new_value(ty);
                params.push(v);
                env.insert(n.clone(), v);
                passed.push(n);
            }
        }
        let join = self.new_block(params);
        for p in preds {
            let args = passed.iter().map(|n| p.env[n]).collect();
            self.block_mut(p.cur.block).term = Terminator::Jump(Target { block: join, args });
        }
        self.env = env;
        self.enter(join);
    }

    fn stmts(&mut self, ss: &'p [Stmt]) {
        for s in ss {
            if self.cur.is_none() {
                return;
            }
            self.stmt(s);
        }
    }

    fn assign_local(&mut self, name: &str, v: Value) {
        self.env.insert(name.to_string(), v);
    }

    fn store(&mut self, tg: &'p t::Target, v: Value) {
        match tg {
            t::Target::Local(n) => self.assign_local(n, v),
            t::Target::Field { class, field, obj } => {
                let o = self.expr(obj);
                self.emit0(Op::SetField {
                    class: class.clone(),
                    field: field.clone(),
                    obj: o,
                    value: v,
                });
            }
            t::Target::Item { list, index } => {
                let l = self.expr(list);
                let i = self.expr(index);
                self.emit0(Op::ListSet(l, i, v));
            }
        }
    }

    fn stmt(&mut self, s: &'p Stmt) {
        match s {
            Stmt::Expr(e) => {
                self.expr_opt(e);
            }
            Stmt::Assign(targets, values) => {
                let vs: Vec<Value> = values.iter().map(|v| self.expr(v)).collect();
                for (tg, v) in targets.iter().zip(vs) {
                    self.store(tg, v);
                }
            }
            Stmt::AugAssign(tg, op, value) => self.aug_assign(tg, *op, value),
            Stmt::If(c, a, b) => {
                let (tb, fb) = self.branch_on(c);
                let env = self.env.clone();
                let mut pend = Vec::new();
                if let Some(tb) = tb {
                    self.env = env.clone();
                    self.enter(tb);
                    self.stmts(a);
                    pend.extend(self.take_pending());
                }
                if let Some(fb) = fb {
                    self.env = env;
                    self.enter(fb);
                    self.stmts(b);
                    pend.extend(self.take_pending());
                }
                self.merge(pend);
            }
            Stmt::While(c, body, orelse) => {
                let (h, vars) = self.loop_header(body, None, &[]);
                let header_env = self.env.clone();
                let (tb, fb) = self.branch_on(c);
                self.loops.push(LoopCx {
                    cont: h,
                    cont_vars: vars,
                    breaks: Vec::new(),
                    fin_depth: self.fins.len(),
                });
                if let Some(tb) = tb {
                    self.enter(tb);
                    self.stmts(body);
                    self.continue_edge();
                }
                let lp = self.loops.pop();
                let mut pend = lp.map(|l| l.breaks).unwrap_or_default();
                if let Some(fb) = fb {
                    self.env = header_env;
                    self.enter(fb);
                    self.stmts(orelse);
                    pend.extend(self.take_pending());
                }
                self.merge(pend);
            }
            Stmt::ForRange {
                var,
                start,
                stop,
                step,
                body,
                orelse,
                ..
            } => self.for_range(var, start, stop, step, body, orelse),
            Stmt::ForSeq {
                var,
                counter,
                seq,
                kind,
                body,
                orelse,
                ..
            } => self.for_seq(var, counter.as_deref(), seq, *kind, body, orelse),
            Stmt::BindDefault(names) => {
                for n in names {
                    if !self.env.contains_key(n)
                        && let Some(ty) = self.var_ty.get(n).cloned()
                    {
                        let v = self.default_value(&ty);
                        self.assign_local(n, v);
                    }
                }
            }
            Stmt::CellSet(var) => {
                self.env.insert(cell_set_key(var), CELL_SET);
            }
            Stmt::Unbind(var) => self.unbind(var),
            Stmt::CellCheck(var, d) => {
                if !self.env.contains_key(&cell_set_key(var)) {
                    self.diags.push((**d).clone());
                }
            }
            Stmt::Break => self.leave(Exit::Break),
            Stmt::Continue => self.leave(Exit::Continue),
            Stmt::Return(v, _) => {
                let val = v.as_ref().map(|e| self.expr(e));
                if self.fins.is_empty() {
                    self.terminate(Terminator::Return(val));
                    return;
                }
                // The value crosses the `finally` bodies as a hidden local
                // (one per IR type): a Rust-held value would miss the
                // block parameters of their joins and the landing pads of
                // their `try`s.
                let key = val.map(|x| {
                    let ty = self.f.value_types.get(x.0 as usize).cloned();
                    let ty = ty.or_else(|| self.f.ret.clone()).unwrap_or(Type::Int);
                    let key = format!("$return:{ty}");
                    self.var_ty.insert(key.clone(), ty);
                    self.env.insert(key.clone(), x);
                    key
                });
                self.leave(Exit::Return(key));
            }
            Stmt::Raise(e) => {
                let v = match e {
                    Some(e) => self.expr(e),
                    None => match self.handled.last() {
                        Some(v) => *v,
                        None => return self.internal("bare raise outside a handler"),
                    },
                };
                self.before_raise();
                self.terminate(Terminator::Raise(v));
            }
            Stmt::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_stmt(body, handlers, orelse, finalbody),
        }
    }

    /// Take a jump out: to the innermost `finally` it crosses, if any
    /// (which takes it on when its body has run), else to its target.
    fn leave(&mut self, exit: Exit) {
        let fin_depth = match exit {
            Exit::Return(_) => 0,
            Exit::Break | Exit::Continue => match self.loops.last() {
                Some(l) => l.fin_depth,
                None => return self.internal("break or continue outside a loop"),
            },
        };
        if self.fins.len() > fin_depth {
            if let Some(p) = self.take_pending()
                && let Some(fin) = self.fins.last_mut()
            {
                fin.exits.push((exit, p));
            }
            return;
        }
        match exit {
            Exit::Break => {
                if let Some(p) = self.take_pending()
                    && let Some(l) = self.loops.last_mut()
                {
                    l.breaks.push(p);
                }
            }
            Exit::Continue => self.continue_edge(),
            Exit::Return(key) => {
                let val = match key {
                    Some(k) => match self.env.get(&k) {
                        Some(v) => Some(*v),
                        None => return self.internal("a return value is lost in a `finally`"),
                    },
                    None => None,
                };
                self.terminate(Terminator::Return(val));
            }
        }
    }

    /// Jump to the innermost loop's continue point.
    fn continue_edge(&mut self) {
        if self.cur.is_none() {
            return;
        }
        let Some(l) = self.loops.last() else {
            return self.internal("continue outside a loop");
        };
        let (cont, vars) = (l.cont, l.cont_vars.clone());
        let args: Option<Vec<Value>> = vars.iter().map(|n| self.env.get(n).copied()).collect();
        match args {
            Some(a) => self.jump(cont, a),
            None => self.internal("a loop variable is unbound at the end of the loop body"),
        }
    }

    /// Start a loop header: a block with parameters for the variables the
    /// body assigns that are bound now (plus `extra` hidden values).
    fn loop_header(
        &mut self,
        body: &[Stmt],
        also: Option<&str>,
        extra: &[(Value, Type)],
    ) -> (BlockId, Vec<String>) {
        // A local the body unbinds (`except ... as name`) may be unbound
        // at the start of any iteration after the first: it is not carried
        // around the loop, and counts as unbound in it until assigned.
        let mut gone = Vec::new();
        t::unbound_names(body, &mut gone);
        for n in &gone {
            self.unbind(n);
        }
        let mut names = Vec::new();
        t::assigned_names(body, &mut names);
        if let Some(a) = also
            && !names.iter().any(|n| n == a)
        {
            names.push(a.to_string());
        }
        let vars: Vec<String> = self
            .env
            .keys()
            .filter(|n| names.contains(n))
            .cloned()
            .collect();
        let mut params = Vec::new();
        let mut args = Vec::new();
        for (v, ty) in extra {
            params.push(self.new_value(ty.clone()));
            args.push(*v);
        }
        for n in &vars {
            let ty = self.var_ty.get(n).cloned().unwrap_or(Type::Int);
            params.push(self.new_value(ty));
            args.push(self.env[n]);
        }
        let h = self.new_block(params.clone());
        self.jump(h, args);
        for (n, p) in vars.iter().zip(&params[extra.len()..]) {
            self.env.insert(n.clone(), *p);
        }
        self.enter(h);
        (h, vars)
    }

    /// An operand of a comparison; one without a value (`f() is None`
    /// for a procedure `f`, compared as bools by the checker) is
    /// evaluated, then stands for `true`.
    fn cmp_operand(&mut self, e: &'p t::Expr) -> Value {
        let v = self.expr(e);
        if e.ty == Ty::None {
            return self.emit(Op::ConstBool(true), Some(Type::Bool));
        }
        v
    }

    fn raise_new(&mut self, class: &str, msg: &str) {
        let e = self.emit(Op::New(class.into()), Some(Type::Class(class.into())));
        let m = self.cstr(msg);
        self.emit0(Op::SetField {
            class: ir::EXCEPTION_ROOT.into(),
            field: "message".into(),
            obj: e,
            value: m,
        });
        self.before_raise();
        self.terminate(Terminator::Raise(e));
    }

    fn for_range(
        &mut self,
        var: &'p str,
        start: &'p t::Expr,
        stop: &'p t::Expr,
        step: &'p t::Expr,
        body: &'p [Stmt],
        orelse: &'p [Stmt],
    ) {
        let s0 = self.expr(start);
        let s1 = self.expr(stop);
        let const_step = match step.kind {
            K::Int(v) => Some(v),
            _ => None,
        };
        let st = self.expr(step);
        match const_step {
            Some(0) => {
                self.raise_new("ValueError", "range() arg 3 must not be zero");
                return;
            }
            Some(_) => {}
            None => {
                let zero = self.cint(0);
                let z = self.emit(Op::Bin(BinOp::Eq, st, zero), Some(Type::Bool));
                let bz = self.new_block(vec![]);
                let ok = self.new_block(vec![]);
                self.terminate(branch(z, bz, ok));
                let env = self.env.clone();
                self.enter(bz);
                self.raise_new("ValueError", "range() arg 3 must not be zero");
                self.env = env;
                self.enter(ok);
            }
        }
        // A loop variable first bound by the loop is unbound after it when
        // the loop may run zero times (CPython's UnboundLocalError): it is
        // given a placeholder for the loop header only.
        let unbound_after = !self.env.contains_key(var) && !range_runs(start, stop, const_step);
        if !self.env.contains_key(var) {
            let z = self.cint(0);
            self.assign_local(var, z);
        }
        // The latch adds the step only when the sum fits (the range ends
        // otherwise, as every item lies in the int range): `c + step`
        // overflows exactly when `c > MAX - step` (step > 0) or
        // `c < MIN - step` (step < 0), and `step ^ MAX` is `MAX - step`
        // for a positive step and `MIN - step - 1` for a negative one.
        // Steps of +-1 need no test: `c < stop` (`c > stop`) bounds the
        // sum.
        let limit = match const_step {
            Some(k) if !range_step_fits(k, stop) => Some(self.cint(k ^ i64::MAX)),
            Some(_) => None,
            None => {
                let max = self.cint(i64::MAX);
                Some(self.emit(Op::Bin(BinOp::Xor, st, max), Some(Type::Int)))
            }
        };
        // The sign of a step that is not constant, tested once.
        let pos = match const_step {
            Some(_) => None,
            None => {
                let zero = self.cint(0);
                Some(self.emit(Op::Bin(BinOp::Gt, st, zero), Some(Type::Bool)))
            }
        };
        let (h, vars) = self.loop_header(body, Some(var), &[(s0, Type::Int)]);
        let c = self.f.blocks[h.0 as usize].params[0];
        let header_env = self.env.clone();
        let bb = self.new_block(vec![]);
        let xb = self.new_block(vec![]);
        let br = |cond| branch(cond, bb, xb);
        match const_step {
            Some(k) => {
                let op = if k > 0 { BinOp::Lt } else { BinOp::Gt };
                let cnd = self.emit(Op::Bin(op, c, s1), Some(Type::Bool));
                self.terminate(br(cnd));
            }
            None => {
                let Some(pos) = pos else {
                    return self.internal("a range step's sign is not known");
                };
                let pb = self.new_block(vec![]);
                let nb = self.new_block(vec![]);
                self.terminate(branch(pos, pb, nb));
                self.enter(pb);
                let lt = self.emit(Op::Bin(BinOp::Lt, c, s1), Some(Type::Bool));
                self.terminate(br(lt));
                self.enter(nb);
                let gt = self.emit(Op::Bin(BinOp::Gt, c, s1), Some(Type::Bool));
                self.terminate(br(gt));
            }
        }
        // Latch: increment and loop.
        let lparams: Vec<Value> = vars
            .iter()
            .map(|n| self.var_ty.get(n).cloned().unwrap_or(Type::Int))
            .collect::<Vec<_>>()
            .into_iter()
            .map(|t| self.new_value(t))
            .collect();
        let latch = self.new_block(lparams.clone());
        self.loops.push(LoopCx {
            cont: latch,
            cont_vars: vars.clone(),
            breaks: Vec::new(),
            fin_depth: self.fins.len(),
        });
        self.enter(bb);
        self.assign_local(var, c);
        self.stmts(body);
        self.continue_edge();
        let lp = self.loops.pop();
        // Latch body.
        self.env = header_env.clone();
        for (n, p) in vars.iter().zip(&lparams) {
            self.env.insert(n.clone(), *p);
        }
        self.enter(latch);
        if let Some(lim) = limit {
            // Past the last item: back to the header with `stop`, which
            // its test rejects.
            let over = match (const_step, pos) {
                (Some(k), _) => {
                    let op = if k > 0 { BinOp::Gt } else { BinOp::Le };
                    self.emit(Op::Bin(op, c, lim), Some(Type::Bool))
                }
                (None, Some(pos)) => {
                    // `c > lim` for a positive step, `c <= lim` otherwise.
                    let gt = self.emit(Op::Bin(BinOp::Gt, c, lim), Some(Type::Bool));
                    self.emit(Op::BoolEq(gt, pos), Some(Type::Bool))
                }
                (None, None) => return self.internal("a range step's sign is not known"),
            };
            let mut end_args = vec![s1];
            end_args.extend(lparams.iter().copied());
            let nb = self.new_block(vec![]);
            self.terminate(Terminator::Branch {
                cond: over,
                then: Target {
                    block: h,
                    args: end_args,
                },
                else_: Target {
                    block: nb,
                    args: vec![],
                },
            });
            self.enter(nb);
        }
        let next = self.emit(Op::Bin(BinOp::Add, c, st), Some(Type::Int));
        let mut args = vec![next];
        args.extend(lparams.iter().copied());
        self.jump(h, args);
        let mut pend = lp.map(|l| l.breaks).unwrap_or_default();
        self.env = header_env;
        if unbound_after {
            self.env.remove(var);
        }
        if range_runs(start, stop, const_step) {
            for c in leading_cell_sets(body) {
                self.env.insert(cell_set_key(c), CELL_SET);
            }
        }
        self.enter(xb);
        self.stmts(orelse);
        pend.extend(self.take_pending());
        self.merge(pend);
    }

    /// A default value of a type (loop variables are bound before the
    /// first iteration so that they are bound after the loop).
    fn default_value(&mut self, ty: &Type) -> Value {
        match ty {
            Type::Int => self.cint(0),
            Type::Bool => self.emit(Op::ConstBool(false), Some(Type::Bool)),
            Type::Float => self.emit(Op::ConstFloat(0), Some(Type::Float)),
            t => self.emit(Op::ConstNull(t.clone()), Some(t.clone())),
        }
    }

    fn for_seq(
        &mut self,
        var: &'p str,
        counter: Option<&'p str>,
        list: &'p t::Expr,
        kind: t::SeqKind,
        body: &'p [Stmt],
        orelse: &'p [Stmt],
    ) {
        let l = self.expr(list);
        let zero = self.cint(0);
        let elem = match (kind, &list.ty) {
            (t::SeqKind::List, Ty::List(e) | Ty::TupleVar(e)) => ir_ty(e),
            (t::SeqKind::Str, _) => Type::Str,
            _ => Type::Int,
        };
        // As in `for_range`: unbound after a loop that may run zero times
        // unless bound before it.
        let runs = seq_runs(list);
        let mut unbound_after = Vec::new();
        if !self.env.contains_key(var) {
            let v = self.default_value(&elem);
            self.assign_local(var, v);
            unbound_after.push(var);
        }
        if let Some(cn) = counter
            && !self.env.contains_key(cn)
        {
            self.assign_local(cn, zero);
            unbound_after.push(cn);
        }
        if runs {
            unbound_after.clear();
        }
        let (h, vars) = self.loop_header(body, Some(var), &[(zero, Type::Int)]);
        let i = self.f.blocks[h.0 as usize].params[0];
        let header_env = self.env.clone();
        let n = match kind {
            t::SeqKind::List => self.emit(Op::ListLen(l), Some(Type::Int)),
            t::SeqKind::Str => self.emit(Op::StrLen(l), Some(Type::Int)),
            t::SeqKind::Bytes => self.emit(Op::Prim(ir::Prim::BytesLen, vec![l]), Some(Type::Int)),
        };
        let cnd = self.emit(Op::Bin(BinOp::Lt, i, n), Some(Type::Bool));
        let bb = self.new_block(vec![]);
        let xb = self.new_block(vec![]);
        self.terminate(branch(cnd, bb, xb));
        let lparams: Vec<Value> = vars
            .iter()
            .map(|n| self.var_ty.get(n).cloned().unwrap_or(Type::Int))
            .collect::<Vec<_>>()
            .into_iter()
            .map(|t| self.new_value(t))
            .collect();
        let latch = self.new_block(lparams.clone());
        self.loops.push(LoopCx {
            cont: latch,
            cont_vars: vars.clone(),
            breaks: Vec::new(),
            fin_depth: self.fins.len(),
        });
        self.enter(bb);
        let x = match kind {
            t::SeqKind::List => self.emit(Op::ListGet(l, i), Some(elem)),
            t::SeqKind::Str => self.emit(Op::Prim(ir::Prim::StrGet, vec![l, i]), Some(Type::Str)),
            t::SeqKind::Bytes => {
                self.emit(Op::Prim(ir::Prim::BytesGet, vec![l, i]), Some(Type::Int))
            }
        };
        self.assign_local(var, x);
        if let Some(cn) = counter {
            self.assign_local(cn, i);
        }
        self.stmts(body);
        self.continue_edge();
        let lp = self.loops.pop();
        self.env = header_env.clone();
        for (n, p) in vars.iter().zip(&lparams) {
            self.env.insert(n.clone(), *p);
        }
        self.enter(latch);
        let one = self.cint(1);
        let next = self.emit(Op::Bin(BinOp::Add, i, one), Some(Type::Int));
        let mut args = vec![next];
        args.extend(lparams.iter().copied());
        self.jump(h, args);
        let mut pend = lp.map(|l| l.breaks).unwrap_or_default();
        self.env = header_env;
        for v in unbound_after {
            self.env.remove(v);
        }
        if runs {
            for c in leading_cell_sets(body) {
                self.env.insert(cell_set_key(c), CELL_SET);
            }
        }
        self.enter(xb);
        self.stmts(orelse);
        pend.extend(self.take_pending());
        self.merge(pend);
    }

    /// Build a `finally` body once for all the ways control reaches it
    /// (`entries`, in the context outside its `try`), then go on each
    /// way: a normal end continues after the `try`, an exception is
    /// raised again, a jump goes on to its target. With more than one
    /// entry, the entries jump to a shared block with a selector and the
    /// union of their variables (a variable some entry lacks gets a
    /// placeholder): the body sees the variables bound on every entry,
    /// and each way on gets back its own.
    fn finish_finally(&mut self, mut entries: Vec<(FinEntry, Pending)>, body: &'p [Stmt]) {
        if entries.len() <= 1 {
            let Some((entry, p)) = entries.pop() else {
                self.cur = None;
                return;
            };
            self.env = p.env;
            self.cur = Some(p.cur);
            self.stmts(body);
            return self.go_on(entry);
        }
        let mut union: Vec<String> = Vec::new();
        for (_, p) in &entries {
            for n in p.env.keys().filter(|n| !is_cell_set_key(n)) {
                if !union.contains(n) {
                    union.push(n.clone());
                }
            }
        }
        union.sort();
        let sel = self.new_value(Type::Int);
        let mut params = vec![sel];
        for n in &union {
            let ty = self.var_ty.get(n).cloned().unwrap_or(Type::Int);
            params.push(self.new_value(ty));
        }
        let join = self.new_block(params.clone());
        let vals: HashMap<&String, Value> = union.iter().zip(params[1..].iter().copied()).collect();
        let mut common: Option<Env> = None;
        for (i, (_, p)) in entries.iter().enumerate() {
            self.cur = Some(p.cur.clone());
            self.env = p.env.clone();
            let mut args = vec![self.cint(i as i64)];
            for n in &union {
                let v = match p.env.get(n) {
                    Some(v) => *v,
                    None => {
                        let ty = self.var_ty.get(n).cloned().unwrap_or(Type::Int);
                        self.default_value(&ty)
                    }
                };
                args.push(v);
            }
            self.jump(join, args);
            let bound: Env = p
                .env
                .keys()
                .map(|n| (n.clone(), vals.get(n).copied().unwrap_or(CELL_SET)))
                .collect();
            common = Some(match common {
                None => bound,
                Some(c) => c
                    .into_iter()
                    .filter(|(n, _)| bound.contains_key(n))
                    .collect(),
            });
        }
        self.env = common.unwrap_or_default();
        self.enter(join);
        self.stmts(body);
        if self.cur.is_none() {
            return;
        }
        let after = self.env.clone();
        let mut gone = Vec::new();
        t::unbound_names(body, &mut gone);
        let last = entries.len() - 1;
        let mut normal = None;
        for (i, (entry, p)) in entries.into_iter().enumerate() {
            let next = if i < last {
                let k = self.cint(i as i64);
                let test = self.emit(Op::Bin(BinOp::Eq, sel, k), Some(Type::Bool));
                let this = self.new_block(vec![]);
                let next = self.new_block(vec![]);
                self.terminate(branch(test, this, next));
                self.enter(this);
                Some(next)
            } else {
                None
            };
            self.env = after.clone();
            for n in p.env.keys() {
                let var = n.strip_suffix("$set").unwrap_or(n);
                if !after.contains_key(n) && !gone.iter().any(|g| g == var) {
                    let v = vals.get(n).copied().unwrap_or(CELL_SET);
                    self.env.insert(n.clone(), v);
                }
            }
            self.go_on(entry);
            if self.cur.is_some() {
                normal = self.take_pending();
            }
            if let Some(b) = next {
                self.enter(b);
            }
        }
        self.merge(normal.into_iter().collect());
    }

    /// After a `finally` body: go on the way control came in.
    fn go_on(&mut self, entry: FinEntry) {
        match entry {
            FinEntry::Normal => {}
            FinEntry::Raise(key) => match self.env.get(&key).copied() {
                Some(exc) => {
                    self.before_raise();
                    self.terminate(Terminator::Raise(exc));
                }
                None => self.internal("an exception is lost in a `finally`"),
            },
            FinEntry::Leave(exit) => self.leave(exit),
        }
    }

    fn new_ctx(&mut self, vars: &[String]) -> usize {
        let e = self.new_value(Type::Class(ir::EXCEPTION_ROOT.into()));
        let mut params = vec![e];
        for n in vars {
            let ty = self.var_ty.get(n).cloned().unwrap_or(Type::Int);
            params.push(self.new_value(ty));
        }
        let d = self.new_block(params);
        self.ctxs.push(ExcCtx {
            dispatch: d,
            vars: vars.to_vec(),
            used: false,
        });
        self.ctxs.len() - 1
    }

    /// Enter a context's dispatch block; returns the exception value.
    fn enter_dispatch(&mut self, ctx: usize) -> Value {
        let d = self.ctxs[ctx].dispatch;
        let params = self.f.blocks[d.0 as usize].params.clone();
        let vars = self.ctxs[ctx].vars.clone();
        for (n, p) in vars.iter().zip(&params[1..]) {
            self.env.insert(n.clone(), *p);
        }
        self.enter(d);
        params[0]
    }

    fn try_stmt(
        &mut self,
        body: &'p [Stmt],
        handlers: &'p [t::Handler],
        orelse: &'p [Stmt],
        finalbody: &'p [Stmt],
    ) {
        // Cell markers are not values: the handlers and `finally` see
        // those set at the start of the `try` (`start_env`).
        // A local that the statement unbinds somewhere (`except ... as
        // name`) may be unbound when an exception reaches a handler or the
        // `finally`: they see it unbound.
        let mut gone = Vec::new();
        t::unbound_names(body, &mut gone);
        for h in handlers {
            t::unbound_names(&h.body, &mut gone);
        }
        t::unbound_names(orelse, &mut gone);
        let mut start_env = self.env.clone();
        for n in &gone {
            start_env.remove(n);
            start_env.remove(&cell_set_key(n));
        }
        let vars: Vec<String> = start_env
            .keys()
            .filter(|n| !is_cell_set_key(n))
            .cloned()
            .collect();
        let fin_ctx = if finalbody.is_empty() {
            None
        } else {
            let c = self.new_ctx(&vars);
            self.fins.push(Fin { exits: Vec::new() });
            self.ctx_stack.push(c);
            Some(c)
        };
        let exc_ctx = if handlers.is_empty() {
            None
        } else {
            let c = self.new_ctx(&vars);
            self.ctx_stack.push(c);
            Some(c)
        };
        self.stmts(body);
        if exc_ctx.is_some() {
            self.ctx_stack.pop();
        }
        self.stmts(orelse);
        let mut pend: Vec<Pending> = self.take_pending().into_iter().collect();
        if let Some(d) = exc_ctx
            && self.ctxs[d].used
        {
            self.env = start_env.clone();
            let exc = self.enter_dispatch(d);
            let dispatch_env = self.env.clone();
            for h in handlers {
                if self.cur.is_none() {
                    break;
                }
                self.env = dispatch_env.clone();
                let mut next = None;
                if !h.classes.is_empty() {
                    let m = self.new_block(vec![]);
                    for c in &h.classes {
                        let test = self.emit(
                            Op::InstanceOf {
                                class: c.clone(),
                                value: exc,
                            },
                            Some(Type::Bool),
                        );
                        let nb = self.new_block(vec![]);
                        self.terminate(branch(test, m, nb));
                        self.enter(nb);
                    }
                    next = self.cur.take();
                    self.enter(m);
                }
                if let Some(n) = &h.name {
                    let v = if h.bind_class == ir::EXCEPTION_ROOT {
                        exc
                    } else {
                        self.emit(
                            Op::Cast {
                                class: h.bind_class.clone(),
                                value: exc,
                            },
                            Some(Type::Class(h.bind_class.clone())),
                        )
                    };
                    self.assign_local(n, v);
                }
                self.handled.push(exc);
                self.stmts(&h.body);
                self.handled.pop();
                pend.extend(self.take_pending());
                self.cur = next;
            }
            if self.cur.is_some() {
                self.env = dispatch_env;
                self.before_raise();
                self.terminate(Terminator::Raise(exc));
            }
        }
        let Some(fc) = fin_ctx else {
            return self.merge(pend);
        };
        self.ctx_stack.pop();
        let exits = self.fins.pop().map(|f| f.exits).unwrap_or_default();
        self.merge(pend);
        let mut entries: Vec<(FinEntry, Pending)> = Vec::new();
        entries.extend(self.take_pending().map(|p| (FinEntry::Normal, p)));
        if self.ctxs[fc].used {
            self.env = start_env;
            let exc = self.enter_dispatch(fc);
            let key = format!("$raise#{fc}");
            self.var_ty
                .insert(key.clone(), Type::Class(ir::EXCEPTION_ROOT.into()));
            self.env.insert(key.clone(), exc);
            entries.extend(self.take_pending().map(|p| (FinEntry::Raise(key), p)));
        }
        entries.extend(exits.into_iter().map(|(e, p)| (FinEntry::Leave(e), p)));
        self.finish_finally(entries, finalbody);
    }

    fn aug_assign(&mut self, tg: &'p t::Target, op: AugOp, value: &'p t::Expr) {
        // Read the target (evaluating its parts once), compute, store.
        let (cur, store): (Value, Store<'p>) = match tg {
            t::Target::Local(n) => {
                let Some(v) = self.env.get(n).copied() else {
                    self.unbound(n, value.range);
                    return;
                };
                let n = n.clone();
                (v, Box::new(move |b: &mut Self, v| b.assign_local(&n, v)))
            }
            t::Target::Field { class, field, obj } => {
                let o = self.expr(obj);
                let ty = ir_ty(&value.ty);
                let fty = match op {
                    AugOp::Int(_) => Type::Int,
                    AugOp::StrConcat => Type::Str,
                    AugOp::ListExtend => ty,
                };
                let v = self.emit(
                    Op::GetField {
                        class: class.clone(),
                        field: field.clone(),
                        obj: o,
                    },
                    Some(fty),
                );
                let (c, f) = (class.clone(), field.clone());
                (
                    v,
                    Box::new(move |b: &mut Self, v| {
                        b.emit0(Op::SetField {
                            class: c.clone(),
                            field: f.clone(),
                            obj: o,
                            value: v,
                        })
                    }),
                )
            }
            t::Target::Item { list, index } => {
                let l = self.expr(list);
                let i = self.expr(index);
                let ety = match &list.ty {
                    Ty::List(e) => ir_ty(e),
                    _ => Type::Int,
                };
                let v = self.emit(Op::ListGet(l, i), Some(ety));
                (
                    v,
                    Box::new(move |b: &mut Self, v| b.emit0(Op::ListSet(l, i, v))),
                )
            }
        };
        let x = self.expr(value);
        let result = match op {
            AugOp::Int(b) => self.emit(Op::Bin(b, cur, x), Some(Type::Int)),
            AugOp::StrConcat => self.emit(Op::StrConcat(cur, x), Some(Type::Str)),
            AugOp::ListExtend => {
                self.emit0(Op::ListExtend(cur, x));
                cur
            }
        };
        store(self, result);
    }

    /// Forget the binding of a local (and the marker of a cell variable):
    /// reads are then reported as maybe unbound.
    fn unbind(&mut self, n: &str) {
        self.env.remove(n);
        self.env.remove(&cell_set_key(n));
    }

    fn unbound(&mut self, n: &str, r: TextRange) {
        let d = if self.handler_names.iter().any(|h| h == n) {
            Diagnostic::new(
                format!("local variable `{n}` may be unbound here"),
                r,
                "not assigned on every path to here",
                format!(
                    "`except ... as {n}` deletes `{n}` when its handler ends (as CPython does): assign `{n}` again on every path before this use, or name the exception differently"
                ),
            )
        } else {
            maybe_unbound(n, r)
        };
        self.diags.push(d);
    }

    /// Branch on a condition: the blocks reached when it is true / false
    /// (`None`: never). Ends the current block.
    fn branch_on(&mut self, e: &'p t::Expr) -> (Option<BlockId>, Option<BlockId>) {
        match &e.kind {
            K::Bool(b) => {
                let n = self.new_block(vec![]);
                self.jump(n, vec![]);
                if *b { (Some(n), None) } else { (None, Some(n)) }
            }
            K::Not(x) => {
                let (a, b) = self.branch_on(x);
                (b, a)
            }
            K::And(x, y) => {
                let (ta, fa) = self.branch_on(x);
                let Some(ta) = ta else { return (None, fa) };
                self.enter(ta);
                let before = self.hidden_names();
                let (tb, fb) = self.branch_on(y);
                self.forget_hidden_since(&before);
                (tb, self.join_edges(fa, fb))
            }
            K::Or(x, y) => {
                let (ta, fa) = self.branch_on(x);
                let Some(fa) = fa else { return (ta, None) };
                self.enter(fa);
                let before = self.hidden_names();
                let (tb, fb) = self.branch_on(y);
                self.forget_hidden_since(&before);
                (self.join_edges(ta, tb), fb)
            }
            _ => {
                let v = self.expr(e);
                let tb = self.new_block(vec![]);
                let fb = self.new_block(vec![]);
                self.terminate(branch(v, tb, fb));
                (Some(tb), Some(fb))
            }
        }
    }

    /// The hidden temporaries (`$name`) defined so far.
    fn hidden_names(&self) -> std::collections::HashSet<String> {
        self.env
            .range::<str, _>(HIDDEN_RANGE)
            .map(|(n, _)| n.clone())
            .collect()
    }

    /// Forget the hidden temporaries defined since `before`: after an
    /// expression-level join (`a or b`, `x if c else y`) they were
    /// defined on one path only, and would otherwise reach joins and
    /// handlers they do not dominate.
    fn forget_hidden_since(&mut self, before: &std::collections::HashSet<String>) {
        let stale: Vec<String> = self
            .env
            .range::<str, _>(HIDDEN_RANGE)
            .filter(|(n, _)| !before.contains(*n))
            .map(|(n, _)| n.clone())
            .collect();
        for n in stale {
            self.env.remove(&n);
        }
    }

    fn join_edges(&mut self, a: Option<BlockId>, b: Option<BlockId>) -> Option<BlockId> {
        match (a, b) {
            (Some(a), Some(b)) => {
                let j = self.new_block(vec![]);
                for x in [a, b] {
                    self.block_mut(x).term = Terminator::Jump(Target {
                        block: j,
                        args: vec![],
                    });
                }
                Some(j)
            }
            (x, None) | (None, x) => x,
        }
    }

    fn expr_opt(&mut self, e: &'p t::Expr) -> Option<Value> {
        let v = self.expr(e);
        if e.ty == Ty::None { None } else { Some(v) }
    }

    /// Evaluate an expression (`None`-typed ones give a dummy value).
    fn expr(&mut self, e: &'p t::Expr) -> Value {
        let ty = e.ty.to_ir();
        match &e.kind {
            K::Int(v) => self.cint(*v),
            K::Float(bits) => self.emit(Op::ConstFloat(*bits), Some(Type::Float)),
            K::Bytes(b) => self.emit(Op::ConstBytes(b.clone()), Some(Type::Bytes)),
            K::Null => {
                let t = ty.clone().unwrap_or(Type::Str);
                self.emit(Op::ConstNull(t.clone()), Some(t))
            }
            K::Prim(p, args) => {
                let vs: Vec<Value> = args.iter().map(|a| self.expr(a)).collect();
                let rty = if p.result() == ir::Sig::Nothing {
                    None
                } else {
                    ty.clone()
                };
                self.emit(Op::Prim(*p, vs), rty)
            }
            K::Block(stmts, x) => {
                self.stmts(stmts);
                if self.cur.is_none() {
                    // Unreachable continuation (e.g. after a raise).
                    let n = self.new_block(vec![]);
                    self.enter(n);
                }
                self.expr(x)
            }
            K::Bool(b) => self.emit(Op::ConstBool(*b), Some(Type::Bool)),
            K::Str(s) => self.cstr(s),
            K::Local(n) => match self.env.get(n) {
                Some(v) => *v,
                None => {
                    self.unbound(n, e.range);
                    self.cint(0)
                }
            },
            K::Arith(op, a, b) => {
                let x = self.expr(a);
                let y = self.expr(b);
                self.emit(Op::Bin(*op, x, y), Some(Type::Int))
            }
            K::Compare(first, rest) => {
                let mut lhs = self.cmp_operand(first);
                if rest.len() == 1 {
                    let (k, x) = &rest[0];
                    let rhs = if matches!(k, CmpKind::IsNull(_)) {
                        lhs
                    } else {
                        self.cmp_operand(x)
                    };
                    return self.cmp(k, lhs, rhs);
                }
                let j = self.new_value(Type::Bool);
                let join = self.new_block(vec![j]);
                for (i, (k, x)) in rest.iter().enumerate() {
                    let rhs = if matches!(k, CmpKind::IsNull(_)) {
                        lhs
                    } else {
                        self.cmp_operand(x)
                    };
                    let c = self.cmp(k, lhs, rhs);
                    if i + 1 == rest.len() {
                        self.jump(join, vec![c]);
                    } else {
                        let f = self.emit(Op::ConstBool(false), Some(Type::Bool));
                        let nb = self.new_block(vec![]);
                        self.terminate(Terminator::Branch {
                            cond: c,
                            then: Target {
                                block: nb,
                                args: vec![],
                            },
                            else_: Target {
                                block: join,
                                args: vec![f],
                            },
                        });
                        self.enter(nb);
                    }
                    lhs = rhs;
                }
                self.enter(join);
                j
            }
            K::Neg(x) => {
                let v = self.expr(x);
                self.emit(Op::Neg(v), Some(Type::Int))
            }
            K::Not(x) => {
                let v = self.expr(x);
                self.emit(Op::Not(v), Some(Type::Bool))
            }
            K::Truth(x) => {
                let v = self.expr(x);
                let n = match &x.ty {
                    Ty::Int => v,
                    Ty::Str => self.emit(Op::StrLen(v), Some(Type::Int)),
                    _ => self.emit(Op::ListLen(v), Some(Type::Int)),
                };
                let z = self.cint(0);
                self.emit(Op::Bin(BinOp::Ne, n, z), Some(Type::Bool))
            }
            K::And(a, b) | K::Or(a, b) => {
                let is_and = matches!(e.kind, K::And(..));
                let va = self.expr(a);
                let j = self.new_value(Type::Bool);
                let join = self.new_block(vec![j]);
                let rb = self.new_block(vec![]);
                let (then, else_) = if is_and {
                    (
                        Target {
                            block: rb,
                            args: vec![],
                        },
                        Target {
                            block: join,
                            args: vec![va],
                        },
                    )
                } else {
                    (
                        Target {
                            block: join,
                            args: vec![va],
                        },
                        Target {
                            block: rb,
                            args: vec![],
                        },
                    )
                };
                self.terminate(Terminator::Branch {
                    cond: va,
                    then,
                    else_,
                });
                self.enter(rb);
                let before = self.hidden_names();
                let vb = self.expr(b);
                self.forget_hidden_since(&before);
                self.jump(join, vec![vb]);
                self.enter(join);
                j
            }
            K::IfExp(c, a, b) => {
                let rty = ty.clone().unwrap_or(Type::Int);
                let j = self.new_value(rty);
                let join = self.new_block(vec![j]);
                let (tb, fb) = self.branch_on(c);
                let before = self.hidden_names();
                let mut any = false;
                for (blk, x) in [(tb, a), (fb, b)] {
                    if let Some(blk) = blk {
                        self.enter(blk);
                        let v = self.expr(x);
                        self.forget_hidden_since(&before);
                        self.jump(join, vec![v]);
                        any = true;
                    }
                }
                if any {
                    self.enter(join);
                }
                j
            }
            K::StrConcat(a, b) => {
                let x = self.expr(a);
                let y = self.expr(b);
                self.emit(Op::StrConcat(x, y), Some(Type::Str))
            }
            K::StrLen(a) => {
                let x = self.expr(a);
                self.emit(Op::StrLen(x), Some(Type::Int))
            }
            K::IntToStr(a) => {
                let x = self.expr(a);
                self.emit(Op::IntToStr(x), Some(Type::Str))
            }
            K::BoolToStr(a) => {
                let x = self.expr(a);
                self.emit(Op::BoolToStr(x), Some(Type::Str))
            }
            K::ExcMessage(a) => {
                let x = self.expr(a);
                self.emit(
                    Op::GetField {
                        class: ir::EXCEPTION_ROOT.into(),
                        field: "message".into(),
                        obj: x,
                    },
                    Some(Type::Str),
                )
            }
            K::Call(f, args) => {
                let vs: Vec<Value> = args.iter().map(|a| self.expr(a)).collect();
                self.emit(
                    Op::Call {
                        func: f.clone(),
                        args: vs,
                    },
                    ty,
                )
            }
            K::CallVirtual(c, m, args) => {
                let vs: Vec<Value> = args.iter().map(|a| self.expr(a)).collect();
                self.emit(
                    Op::CallVirtual {
                        class: c.clone(),
                        method: m.clone(),
                        args: vs,
                    },
                    ty,
                )
            }
            K::New {
                class,
                init,
                args,
                sets,
            } => {
                let mut vs: Vec<Value> = args.iter().map(|a| self.expr(a)).collect();
                let setv: Vec<Value> = sets.iter().map(|(_, _, x)| self.expr(x)).collect();
                let obj = self.emit(Op::New(class.clone()), Some(Type::Class(class.clone())));
                for ((c, f, _), v) in sets.iter().zip(setv) {
                    self.emit0(Op::SetField {
                        class: c.clone(),
                        field: f.clone(),
                        obj,
                        value: v,
                    });
                }
                if let Some(init) = init {
                    vs.insert(0, obj);
                    self.emit0(Op::Call {
                        func: init.clone(),
                        args: vs,
                    });
                }
                obj
            }
            K::SetMessage(o, m) => {
                let obj = self.expr(o);
                let msg = self.expr(m);
                self.emit0(Op::SetField {
                    class: ir::EXCEPTION_ROOT.into(),
                    field: "message".into(),
                    obj,
                    value: msg,
                });
                Value(0)
            }
            K::GetField { class, field, obj } => {
                let o = self.expr(obj);
                self.emit(
                    Op::GetField {
                        class: class.clone(),
                        field: field.clone(),
                        obj: o,
                    },
                    ty,
                )
            }
            K::ListNew(elem, items) => {
                let vs: Vec<Value> = items.iter().map(|a| self.expr(a)).collect();
                self.emit(
                    Op::ListNew {
                        elem: ir_ty(elem),
                        items: vs,
                    },
                    ty,
                )
            }
            K::ListGet(l, i) => {
                let a = self.expr(l);
                let b = self.expr(i);
                self.emit(Op::ListGet(a, b), ty)
            }
            K::ListLen(l) => {
                let a = self.expr(l);
                self.emit(Op::ListLen(a), Some(Type::Int))
            }
            K::ListAppend(l, x) => {
                let a = self.expr(l);
                let b = self.expr(x);
                self.emit0(Op::ListAppend(a, b));
                Value(0)
            }
            K::ListPop(l) => {
                let a = self.expr(l);
                self.emit(Op::ListPop(a), ty)
            }
            K::ListPopAt(l, i) => {
                let a = self.expr(l);
                let b = self.expr(i);
                self.emit(Op::ListPopAt(a, b), ty)
            }
            K::ListExtend(l, x) => {
                let a = self.expr(l);
                let b = self.expr(x);
                self.emit0(Op::ListExtend(a, b));
                Value(0)
            }
            K::ListConcat(l, x) => {
                let a = self.expr(l);
                let b = self.expr(x);
                let elem = match &e.ty {
                    Ty::List(t) | Ty::TupleVar(t) => ir_ty(t),
                    _ => Type::Int,
                };
                let n = self.emit(
                    Op::ListNew {
                        elem,
                        items: vec![],
                    },
                    ty,
                );
                self.emit0(Op::ListExtend(n, a));
                self.emit0(Op::ListExtend(n, b));
                n
            }
            K::InstanceOf(c, x) => {
                let v = self.expr(x);
                self.emit(
                    Op::InstanceOf {
                        class: c.clone(),
                        value: v,
                    },
                    Some(Type::Bool),
                )
            }
            K::Cast(c, x) => {
                let v = self.expr(x);
                self.emit(
                    Op::Cast {
                        class: c.clone(),
                        value: v,
                    },
                    Some(Type::Class(c.clone())),
                )
            }
            K::Print(x) => {
                let v = self.expr(x);
                self.emit(Op::Print(v), Some(Type::Bool))
            }
            K::Nothing => Value(0),
            K::Globals => {
                let t = Type::Class(ir::GLOBALS_CLASS.to_string());
                self.emit(Op::Globals, Some(t))
            }
        }
    }

    fn cmp(&mut self, k: &CmpKind, a: Value, b: Value) -> Value {
        let neg = |s: &mut Self, v: Value, n: bool| {
            if n {
                s.emit(Op::Not(v), Some(Type::Bool))
            } else {
                v
            }
        };
        match k {
            CmpKind::Int(op) => self.emit(Op::Bin(*op, a, b), Some(Type::Bool)),
            CmpKind::Bool(n) => {
                let v = self.emit(Op::BoolEq(a, b), Some(Type::Bool));
                neg(self, v, *n)
            }
            CmpKind::Str(n) => {
                let v = self.emit(Op::StrEq(a, b), Some(Type::Bool));
                neg(self, v, *n)
            }
            CmpKind::Prim(p, n) => {
                let v = self.emit(Op::Prim(*p, vec![a, b]), Some(Type::Bool));
                neg(self, v, *n)
            }
            CmpKind::StrOrd(op) => {
                let c = self.emit(Op::Prim(ir::Prim::StrCmp, vec![a, b]), Some(Type::Int));
                let z = self.cint(0);
                self.emit(Op::Bin(*op, c, z), Some(Type::Bool))
            }
            CmpKind::IsNull(n) => {
                let v = self.emit(Op::Prim(ir::Prim::IsNull, vec![a]), Some(Type::Bool));
                neg(self, v, *n)
            }
            CmpKind::StrIn(n) => {
                let z = self.cint(0);
                let i = self.emit(Op::Prim(ir::Prim::StrFind, vec![b, a, z]), Some(Type::Int));
                let z2 = self.cint(0);
                let op = if *n { BinOp::Lt } else { BinOp::Ge };
                self.emit(Op::Bin(op, i, z2), Some(Type::Bool))
            }
            CmpKind::Call { func, swap, negate } => {
                let args = if *swap { vec![b, a] } else { vec![a, b] };
                let v = self.emit(
                    Op::Call {
                        func: func.clone(),
                        args,
                    },
                    Some(Type::Bool),
                );
                neg(self, v, *negate)
            }
            CmpKind::Virtual {
                class,
                method,
                swap,
                negate,
            } => {
                let args = if *swap { vec![b, a] } else { vec![a, b] };
                let v = self.emit(
                    Op::CallVirtual {
                        class: class.clone(),
                        method: method.clone(),
                        args,
                    },
                    Some(Type::Bool),
                );
                neg(self, v, *negate)
            }
        }
    }
}

/// Whether `range(start, stop, step)` surely has an item (literal bounds).
fn range_runs(start: &t::Expr, stop: &t::Expr, step: Option<i64>) -> bool {
    match (&start.kind, &stop.kind, step) {
        (K::Int(a), K::Int(b), Some(k)) => (k > 0 && a < b) || (k < 0 && a > b),
        _ => false,
    }
}

/// Whether `c + step` surely fits for every item `c` of a range with a
/// constant step: for steps of +-1, and for a constant `stop` far enough
/// from the end of the int range.
fn range_step_fits(step: i64, stop: &t::Expr) -> bool {
    if step == 1 || step == -1 {
        return true;
    }
    let K::Int(b) = stop.kind else { return false };
    let (b, k) = (i128::from(b), i128::from(step));
    // The last item is at most `stop - 1` (at least `stop + 1`).
    let last = if k > 0 { b - 1 } else { b + 1 };
    (i128::from(i64::MIN)..=i128::from(i64::MAX)).contains(&(last + k))
}

/// Whether a sequence iterated by index surely has an item (a non-empty
/// list, str or bytes literal).
fn seq_runs(seq: &t::Expr) -> bool {
    match &seq.kind {
        K::ListNew(_, items) => !items.is_empty(),
        K::Str(s) => !s.is_empty(),
        K::Bytes(b) => !b.is_empty(),
        _ => false,
    }
}

/// The cell variables the body of a loop surely sets on every iteration
/// that reaches its end or a `continue`: those set (`CellSet`) by the
/// straight-line statements that start it (where a captured loop variable
/// is assigned), before anything that can jump. After a loop that surely
/// runs they are set on its exit path, as a plain loop variable is bound.
fn leading_cell_sets(body: &[Stmt]) -> Vec<&str> {
    body.iter()
        .take_while(|s| {
            matches!(
                s,
                Stmt::Expr(_)
                    | Stmt::Assign(..)
                    | Stmt::AugAssign(..)
                    | Stmt::CellSet(_)
                    | Stmt::CellCheck(..)
                    | Stmt::BindDefault(_)
            )
        })
        .filter_map(|s| match s {
            Stmt::CellSet(v) => Some(v.as_str()),
            _ => None,
        })
        .collect()
}

/// A read of the local `n` that is not assigned on every path to it.
pub(crate) fn maybe_unbound(n: &str, r: TextRange) -> Diagnostic {
    Diagnostic::new(
        format!("local variable `{n}` may be unbound here"),
        r,
        "not assigned on every path to here",
        format!(
            "assign `{n}` on every path before this use (e.g. before the `if`, loop or `try`; a `for` loop that runs zero times leaves its variable unassigned)"
        ),
    )
}

/// Drop unreachable blocks and renumber the rest.
fn cleanup(mut f: Function) -> Function {
    let n = f.blocks.len();
    if n == 0 {
        return f;
    }
    let mut reach = vec![false; n];
    let mut stack = vec![0usize];
    reach[0] = true;
    while let Some(b) = stack.pop() {
        let blk = &f.blocks[b];
        let mut succ: Vec<usize> = blk
            .term
            .targets()
            .iter()
            .map(|t| t.block.0 as usize)
            .collect();
        if let Some(h) = blk.catch {
            succ.push(h.0 as usize);
        }
        for s in succ {
            if s < n && !reach[s] {
                reach[s] = true;
                stack.push(s);
            }
        }
    }
    let mut map = vec![None; n];
    let mut next = 0u32;
    for (i, r) in reach.iter().enumerate() {
        if *r {
            map[i] = Some(BlockId(next));
            next += 1;
        }
    }
    let old = std::mem::take(&mut f.blocks);
    for (i, mut b) in old.into_iter().enumerate() {
        if !reach[i] {
            continue;
        }
        let remap = |x: BlockId| map[x.0 as usize].unwrap_or(x);
        match &mut b.term {
            Terminator::Jump(t) => t.block = remap(t.block),
            Terminator::Branch { then, else_, .. } => {
                then.block = remap(then.block);
                else_.block = remap(else_.block);
            }
            _ => {}
        }
        b.catch = b.catch.map(remap);
        f.blocks.push(b);
    }
    renumber_values(f)
}

/// Number values in order of definition (params and results, block by
/// block) so the printed IR reads top to bottom.
fn renumber_values(mut f: Function) -> Function {
    let mut map: HashMap<Value, Value> = HashMap::new();
    let mut types = Vec::new();
    for b in &f.blocks {
        for v in b
            .params
            .iter()
            .chain(b.insts.iter().filter_map(|i| i.result.as_ref()))
        {
            if !map.contains_key(v) {
                map.insert(*v, Value(types.len() as u32));
                types.push(
                    f.value_types
                        .get(v.0 as usize)
                        .cloned()
                        .unwrap_or(Type::Int),
                );
            }
        }
    }
    let m = |v: &mut Value| {
        if let Some(n) = map.get(v) {
            *v = *n;
        }
    };
    for b in &mut f.blocks {
        b.params.iter_mut().for_each(m);
        for i in &mut b.insts {
            if let Some(r) = &mut i.result {
                m(r);
            }
            i.op.operands_mut().into_iter().for_each(m);
        }
        b.term.operands_mut().into_iter().for_each(m);
    }
    f.value_types = types;
    f
}
