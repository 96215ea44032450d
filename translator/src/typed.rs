//! The typed program: the checker's output and the builder's input.
//!
//! Every expression carries its type; names are resolved (locals, inlined
//! constants, functions, classes, fields with the class that declares
//! them); calls are classified (direct, virtual, constructor, primitive).
//! Generic prelude code is already instantiated; tuples, closures and
//! other composite values are lowered to classes.

use crate::diag::Diagnostic;
use crate::types::Ty;
use ruff_text_size::TextRange;

/// `SystemExit.code` (the exit status when it escapes `main`, taken
/// `& 0xFF`) for a SystemExit whose code is None: status 0.
pub const EXIT_NONE: i64 = i64::MIN;
/// `SystemExit.code` for a SystemExit whose code is a str (its message):
/// status 1, and the message is written to stderr when it escapes `main`.
pub const EXIT_TEXT: i64 = i64::MIN + 1;

/// IR name of the program's entry wrapper, when it needs one (to evaluate
/// module values first, or to print the message of `sys.exit("...")`):
/// the builder renames it `main`, and the program's `main` [`USER_MAIN`].
pub const ENTRY_WRAPPER: &str = "$main";
/// IR name of the program's own `main` when there is an entry wrapper.
pub const USER_MAIN: &str = "main$";

#[derive(Clone, Debug)]
pub struct Program {
    pub classes: Vec<ClassInfo>,
    pub functions: Vec<FuncInfo>,
}

#[derive(Clone, Debug)]
pub struct ClassInfo {
    pub name: String,
    pub parent: Option<String>,
    /// Fields declared by this class, in declaration order.
    pub fields: Vec<(String, Ty)>,
    /// Virtual methods defined by this class (not `__init__`).
    pub methods: Vec<String>,
    pub builtin: bool,
}

#[derive(Clone, Debug)]
pub struct FuncInfo {
    /// IR name: `f`, `C.m`, `mod$f`, `f$int` ...
    pub name: String,
    pub params: Vec<(String, Ty)>,
    pub ret: Ty,
    pub body: Vec<Stmt>,
    /// Every local variable (parameters included) with its type.
    pub locals: Vec<(String, Ty)>,
    /// Range of the `def` name (for flow diagnostics).
    pub range: TextRange,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: Ty,
    pub range: TextRange,
}

/// One comparison of a chain (`a < b`), evaluated on (left, right).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CmpKind {
    Int(ir::BinOp),
    /// `==` (false) or `!=` (true) on bools.
    Bool(bool),
    /// `==` (false) or `!=` (true) on strs.
    Str(bool),
    /// A primitive giving a bool (float comparisons, `bytes.eq`, `refeq`),
    /// negated when the flag is set.
    Prim(ir::Prim, bool),
    /// `str.cmp` then the int comparison against 0.
    StrOrd(ir::BinOp),
    /// `left is None` (negated: `is not None`); the right operand is the
    /// `None` literal, not evaluated.
    IsNull(bool),
    /// `sub in s` on strs (negated: `not in`).
    StrIn(bool),
    /// A call of a function returning bool; `swap` passes (right, left).
    Call {
        func: String,
        swap: bool,
        negate: bool,
    },
    /// A virtual call of a method returning bool (`__eq__`, `__lt__`).
    Virtual {
        class: String,
        method: String,
        swap: bool,
        negate: bool,
    },
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Int(i64),
    Bool(bool),
    Str(String),
    /// IEEE bits.
    Float(u64),
    Bytes(Vec<u8>),
    /// The null reference of the expression's type (`None`).
    Null,
    Local(String),
    /// Int arithmetic.
    Arith(ir::BinOp, Box<Expr>, Box<Expr>),
    /// A primitive operation (`Op::Prim`); the expression's type is the
    /// result (`None` for primitives without a result).
    Prim(ir::Prim, Vec<Expr>),
    /// `a < b < c`: operands evaluated once each, short-circuit.
    Compare(Box<Expr>, Vec<(CmpKind, Expr)>),
    Neg(Box<Expr>),
    /// Logical not of a condition.
    Not(Box<Expr>),
    /// Truth value of an int, float, str, bytes, list or optional.
    Truth(Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    StrConcat(Box<Expr>, Box<Expr>),
    StrLen(Box<Expr>),
    IntToStr(Box<Expr>),
    BoolToStr(Box<Expr>),
    /// `str(e)` of an exception: its message.
    ExcMessage(Box<Expr>),
    /// Direct call of a function or method body.
    Call(String, Vec<Expr>),
    /// Virtual call; `args[0]` is the receiver.
    CallVirtual(String, String, Vec<Expr>),
    /// `C(args)`: allocate, set the given fields (owner class, field,
    /// value), then run the initializer `init` (IR function name) if any.
    New {
        class: String,
        init: Option<String>,
        args: Vec<Expr>,
        sets: Vec<(String, String, Expr)>,
    },
    /// `super().__init__(msg)` reaching the builtin exception initializer.
    SetMessage(Box<Expr>, Box<Expr>),
    GetField {
        class: String,
        field: String,
        obj: Box<Expr>,
    },
    ListNew(Ty, Vec<Expr>),
    ListGet(Box<Expr>, Box<Expr>),
    ListLen(Box<Expr>),
    ListAppend(Box<Expr>, Box<Expr>),
    ListPop(Box<Expr>),
    ListPopAt(Box<Expr>, Box<Expr>),
    ListExtend(Box<Expr>, Box<Expr>),
    ListConcat(Box<Expr>, Box<Expr>),
    /// `isinstance(x, C)`.
    InstanceOf(String, Box<Expr>),
    /// Downcast (after an isinstance test).
    Cast(String, Box<Expr>),
    /// Write the string and a newline to stdout (`Op::Print`): a bool,
    /// false when the runtime refused a string holding a surrogate.
    Print(Box<Expr>),
    /// Run statements, then evaluate the expression (comprehensions and
    /// other desugarings; the statements assign hidden locals).
    Block(Vec<Stmt>, Box<Expr>),
    /// A call that does nothing (`object.__init__`).
    Nothing,
    /// The instance of `ir::GLOBALS_CLASS` whose fields hold the module-
    /// and class-level values that are not constants.
    Globals,
}

#[derive(Clone, Debug)]
pub enum Target {
    Local(String),
    Field {
        class: String,
        field: String,
        obj: Expr,
    },
    Item {
        list: Expr,
        index: Expr,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AugOp {
    Int(ir::BinOp),
    StrConcat,
    ListExtend,
}

#[derive(Clone, Debug)]
pub struct Handler {
    /// Classes caught (empty: everything).
    pub classes: Vec<String>,
    /// Type the bound name gets.
    pub bind_class: String,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
}

/// What a `for` loop iterates over by index (the length is read again
/// before every iteration, as CPython's list iterator does).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeqKind {
    List,
    Str,
    Bytes,
}

#[derive(Clone, Debug)]
pub enum Stmt {
    Expr(Expr),
    /// Evaluate every value, then assign targets left to right.
    Assign(Vec<Target>, Vec<Expr>),
    AugAssign(Target, AugOp, Expr),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    /// `while cond: body else: orelse`.
    While(Expr, Vec<Stmt>, Vec<Stmt>),
    ForRange {
        var: String,
        start: Expr,
        stop: Expr,
        step: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        range: TextRange,
    },
    /// Iterate a list, str or bytes by index; `counter` (if any) receives
    /// the index of the current item.
    ForSeq {
        var: String,
        counter: Option<String>,
        seq: Expr,
        kind: SeqKind,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        range: TextRange,
    },
    /// Bind the named locals that are unbound here to a default value
    /// (0, false, 0.0, null): after a `with` whose `__exit__` may swallow
    /// an exception, the body's variables count as bound.
    BindDefault(Vec<String>),
    /// The cell variable `var` (a local that closures capture, kept in an
    /// object made at function entry) is assigned here. No code: the
    /// builder's definite-assignment analysis sees locals, not stores
    /// into a cell, so it learns of the assignment through this.
    CellSet(String),
    /// No code: report the diagnostic unless the cell variable is
    /// assigned (`CellSet`) on every path to here (where the function
    /// reads it, or creates a closure capturing it).
    CellCheck(String, Box<Diagnostic>),
    /// No code: the local (and, for a cell variable, its `CellSet`
    /// marker) is unbound from here. CPython deletes the name of
    /// `except ... as name` when its handler ends (also by `break`,
    /// `continue` or an exception), so reads after it must see it
    /// assigned again.
    Unbind(String),
    Break,
    Continue,
    Return(Option<Expr>, TextRange),
    /// `raise e`; `None` re-raises the exception being handled.
    Raise(Option<Expr>),
    Try {
        body: Vec<Stmt>,
        handlers: Vec<Handler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
}

impl Expr {
    pub fn new(kind: ExprKind, ty: Ty, range: TextRange) -> Expr {
        Expr { kind, ty, range }
    }
}

/// A walk over the typed tree. Each method's default visits the node's
/// children in evaluation order (`walk_*`); a pass overrides the nodes it
/// looks at and calls the matching `walk_*` to go on below them. Passes
/// that look only at statements override [`Visit::expr`] with nothing.
pub trait Visit {
    fn expr(&mut self, e: &Expr) {
        walk_expr(self, e);
    }
    fn target(&mut self, t: &Target) {
        walk_target(self, t);
    }
    fn stmt(&mut self, s: &Stmt) {
        walk_stmt(self, s);
    }
    fn handler(&mut self, h: &Handler) {
        self.stmts(&h.body);
    }
    fn stmts(&mut self, ss: &[Stmt]) {
        for s in ss {
            self.stmt(s);
        }
    }
}

pub fn walk_expr<V: Visit + ?Sized>(v: &mut V, e: &Expr) {
    use ExprKind as K;
    match &e.kind {
        K::Int(_)
        | K::Bool(_)
        | K::Str(_)
        | K::Float(_)
        | K::Bytes(_)
        | K::Null
        | K::Local(_)
        | K::Nothing
        | K::Globals => {}
        K::Arith(_, a, b)
        | K::And(a, b)
        | K::Or(a, b)
        | K::StrConcat(a, b)
        | K::SetMessage(a, b)
        | K::ListGet(a, b)
        | K::ListAppend(a, b)
        | K::ListPopAt(a, b)
        | K::ListExtend(a, b)
        | K::ListConcat(a, b) => {
            v.expr(a);
            v.expr(b);
        }
        K::Neg(a)
        | K::Not(a)
        | K::Truth(a)
        | K::StrLen(a)
        | K::IntToStr(a)
        | K::BoolToStr(a)
        | K::ExcMessage(a)
        | K::ListLen(a)
        | K::ListPop(a)
        | K::InstanceOf(_, a)
        | K::Cast(_, a)
        | K::Print(a) => v.expr(a),
        K::GetField { obj, .. } => v.expr(obj),
        K::IfExp(a, b, c) => {
            v.expr(a);
            v.expr(b);
            v.expr(c);
        }
        K::Prim(_, xs) | K::ListNew(_, xs) | K::Call(_, xs) | K::CallVirtual(_, _, xs) => {
            xs.iter().for_each(|x| v.expr(x));
        }
        K::Compare(a, rest) => {
            v.expr(a);
            rest.iter().for_each(|(_, x)| v.expr(x));
        }
        K::New { args, sets, .. } => {
            args.iter().for_each(|x| v.expr(x));
            sets.iter().for_each(|(_, _, x)| v.expr(x));
        }
        K::Block(ss, x) => {
            v.stmts(ss);
            v.expr(x);
        }
    }
}

pub fn walk_target<V: Visit + ?Sized>(v: &mut V, t: &Target) {
    match t {
        Target::Local(_) => {}
        Target::Field { obj, .. } => v.expr(obj),
        Target::Item { list, index } => {
            v.expr(list);
            v.expr(index);
        }
    }
}

pub fn walk_stmt<V: Visit + ?Sized>(v: &mut V, s: &Stmt) {
    match s {
        Stmt::Expr(e) | Stmt::Return(Some(e), _) | Stmt::Raise(Some(e)) => v.expr(e),
        // The values first, then the targets, as Python evaluates them.
        Stmt::Assign(ts, vs) => {
            vs.iter().for_each(|x| v.expr(x));
            ts.iter().for_each(|t| v.target(t));
        }
        Stmt::AugAssign(t, _, e) => {
            v.target(t);
            v.expr(e);
        }
        Stmt::If(c, a, b) | Stmt::While(c, a, b) => {
            v.expr(c);
            v.stmts(a);
            v.stmts(b);
        }
        Stmt::ForRange {
            start,
            stop,
            step,
            body,
            orelse,
            ..
        } => {
            v.expr(start);
            v.expr(stop);
            v.expr(step);
            v.stmts(body);
            v.stmts(orelse);
        }
        Stmt::ForSeq {
            seq, body, orelse, ..
        } => {
            v.expr(seq);
            v.stmts(body);
            v.stmts(orelse);
        }
        Stmt::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            v.stmts(body);
            handlers.iter().for_each(|h| v.handler(h));
            v.stmts(orelse);
            v.stmts(finalbody);
        }
        Stmt::Return(None, _)
        | Stmt::Raise(None)
        | Stmt::BindDefault(_)
        | Stmt::CellSet(_)
        | Stmt::CellCheck(..)
        | Stmt::Unbind(_)
        | Stmt::Break
        | Stmt::Continue => {}
    }
}

/// Put `before()` in front of each jump that leaves the loop level of
/// `stmts`: every `break` (and every `continue` too when `continues`), not
/// those of inner loops, but those of an inner loop's `else`, which do
/// leave it.
pub fn before_jumps(stmts: Vec<Stmt>, continues: bool, before: &dyn Fn() -> Stmt) -> Vec<Stmt> {
    let go = |ss: Vec<Stmt>| before_jumps(ss, continues, before);
    let mut out = Vec::new();
    for s in stmts {
        match s {
            Stmt::Break => {
                out.push(before());
                out.push(s);
            }
            Stmt::Continue if continues => {
                out.push(before());
                out.push(s);
            }
            Stmt::If(c, a, b) => out.push(Stmt::If(c, go(a), go(b))),
            Stmt::While(c, b, e) => out.push(Stmt::While(c, b, go(e))),
            Stmt::ForRange {
                var,
                start,
                stop,
                step,
                body,
                orelse,
                range,
            } => out.push(Stmt::ForRange {
                var,
                start,
                stop,
                step,
                body,
                orelse: go(orelse),
                range,
            }),
            Stmt::ForSeq {
                var,
                counter,
                seq,
                kind,
                body,
                orelse,
                range,
            } => out.push(Stmt::ForSeq {
                var,
                counter,
                seq,
                kind,
                body,
                orelse: go(orelse),
                range,
            }),
            Stmt::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => out.push(Stmt::Try {
                body: go(body),
                handlers: handlers
                    .into_iter()
                    .map(|h| Handler {
                        body: go(h.body),
                        ..h
                    })
                    .collect(),
                orelse: go(orelse),
                finalbody: go(finalbody),
            }),
            other => out.push(other),
        }
    }
    out
}

/// Names assigned anywhere in a statement list (loop headers need them).
pub fn assigned_names(stmts: &[Stmt], out: &mut Vec<String>) {
    Names {
        out,
        what: Collect::Assigned,
    }
    .stmts(stmts);
}

/// Cell variables set (`CellSet`) anywhere in a statement list.
pub fn cells_set(stmts: &[Stmt], out: &mut Vec<String>) {
    Names {
        out,
        what: Collect::Cells,
    }
    .stmts(stmts);
}

/// Locals unbound (`Unbind`) anywhere in a statement list.
pub fn unbound_names(stmts: &[Stmt], out: &mut Vec<String>) {
    Names {
        out,
        what: Collect::Unbound,
    }
    .stmts(stmts);
}

/// Collects names from the statements of a list and the blocks nested in
/// them (not from expressions): locals assigned (with loop variables and
/// `except ... as` names), cells set, or locals unbound.
struct Names<'o> {
    out: &'o mut Vec<String>,
    what: Collect,
}

#[derive(Clone, Copy, PartialEq)]
enum Collect {
    Assigned,
    Cells,
    Unbound,
}

impl Names<'_> {
    fn add(&mut self, n: &str) {
        if !self.out.iter().any(|x| x == n) {
            self.out.push(n.to_string());
        }
    }
}

impl Visit for Names<'_> {
    fn expr(&mut self, _: &Expr) {}

    fn stmt(&mut self, s: &Stmt) {
        match (self.what, s) {
            (Collect::Cells, Stmt::CellSet(n)) | (Collect::Unbound, Stmt::Unbind(n)) => self.add(n),
            (Collect::Assigned, Stmt::Assign(ts, _)) => {
                for t in ts {
                    if let Target::Local(n) = t {
                        self.add(n);
                    }
                }
            }
            (Collect::Assigned, Stmt::AugAssign(Target::Local(n), _, _)) => self.add(n),
            (Collect::Assigned, Stmt::ForRange { var, .. }) => self.add(var),
            (Collect::Assigned, Stmt::ForSeq { var, counter, .. }) => {
                self.add(var);
                if let Some(c) = counter {
                    self.add(c);
                }
            }
            _ => {}
        }
        walk_stmt(self, s);
    }

    fn handler(&mut self, h: &Handler) {
        if let (Collect::Assigned, Some(n)) = (self.what, &h.name) {
            self.add(n);
        }
        self.stmts(&h.body);
    }
}
