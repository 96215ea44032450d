//! The interpreter IR: typed flow graphs shared by every backend.
//!
//! A [`Module`] holds classes and functions. A function is a list of basic
//! blocks; every value is defined exactly once (SSA) and has a type; blocks
//! take parameters instead of phi nodes (as in Cranelift). The entry block's
//! parameters are the function's parameters.
//!
//! Exceptions: a block may name a `catch` handler. Any raising operation in
//! that block (a call, checked arithmetic, a list access, a `raise`
//! terminator) transfers control to the handler, whose single parameter
//! receives the exception (typed as the root class `Exception`). In a block
//! without a handler, a raised exception leaves the function.
//!
//! The text form (see [`text`]) prints and parses back every module; the
//! [`verify`] module checks the invariants that backends rely on.

pub mod parse;
pub mod text;
pub mod verify;

use std::collections::HashMap;
use std::fmt;

/// Name of the root class of every exception (a builtin class).
pub const EXCEPTION_ROOT: &str = "Exception";

/// A value's type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// 64-bit signed integer; `+ - *` raise OverflowError on overflow.
    Int,
    Bool,
    /// Immutable string of code points.
    Str,
    /// Mutable list of elements of one type.
    List(Box<Type>),
    /// Reference to an instance of the named class (or a subclass).
    Class(String),
}

impl Type {
    /// Whether values of this type are references to heap objects
    /// (GC roots in C, object references on the CLI and the JVM).
    pub fn is_ref(&self) -> bool {
        !matches!(self, Type::Int | Type::Bool)
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Int => write!(f, "int"),
            Type::Bool => write!(f, "bool"),
            Type::Str => write!(f, "str"),
            Type::List(t) => write!(f, "list[{t}]"),
            Type::Class(c) => write!(f, "{c}"),
        }
    }
}

/// An SSA value, numbered per function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Value(pub u32);

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "v{}", self.0)
    }
}

/// A block, numbered per function; block 0 is the entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId(pub u32);

impl fmt::Display for BlockId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "b{}", self.0)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Module {
    pub classes: Vec<Class>,
    pub functions: Vec<Function>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Class {
    pub name: String,
    /// `None` for a root class (user classes without a base derive from the
    /// host's object type; exceptions derive from `Exception`).
    pub parent: Option<String>,
    /// Fields declared by this class (not inherited ones).
    pub fields: Vec<Field>,
    /// Virtual methods defined (or overridden) by this class; the body of
    /// method `m` of class `C` is the function named `C.m`.
    pub methods: Vec<String>,
    /// Builtin classes (the exception hierarchy) live in each backend's
    /// runtime; the module only declares them.
    pub builtin: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub ty: Type,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Function {
    /// `f` for a module function, `C.m` for a method (including `C.__init__`,
    /// which is never called virtually).
    pub name: String,
    pub params: Vec<Type>,
    /// `None` for functions that return Python's `None`.
    pub ret: Option<Type>,
    pub blocks: Vec<Block>,
    /// Type of every value, indexed by `Value.0`.
    pub value_types: Vec<Type>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub params: Vec<Value>,
    pub insts: Vec<Inst>,
    pub term: Terminator,
    /// Handler for exceptions raised in this block.
    pub catch: Option<BlockId>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inst {
    pub result: Option<Value>,
    pub op: Op,
}

/// Binary operations on two ints (`Lt`..`Ne` give a bool).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    /// Checked: OverflowError.
    Add,
    Sub,
    Mul,
    /// Python's floor division; ZeroDivisionError, OverflowError (MIN // -1).
    FloorDiv,
    /// Python's modulo (sign of the divisor); ZeroDivisionError.
    Mod,
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

impl BinOp {
    pub const ALL: [BinOp; 11] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Lt,
        BinOp::Le,
        BinOp::Gt,
        BinOp::Ge,
        BinOp::Eq,
        BinOp::Ne,
    ];
    pub fn mnemonic(self) -> &'static str {
        match self {
            BinOp::Add => "add",
            BinOp::Sub => "sub",
            BinOp::Mul => "mul",
            BinOp::FloorDiv => "floordiv",
            BinOp::Mod => "mod",
            BinOp::Lt => "lt",
            BinOp::Le => "le",
            BinOp::Gt => "gt",
            BinOp::Ge => "ge",
            BinOp::Eq => "eq",
            BinOp::Ne => "ne",
        }
    }
    pub fn is_comparison(self) -> bool {
        matches!(
            self,
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge | BinOp::Eq | BinOp::Ne
        )
    }
    /// Whether the operation can raise (overflow or division by zero).
    pub fn can_raise(self) -> bool {
        !self.is_comparison()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Op {
    ConstInt(i64),
    ConstBool(bool),
    ConstStr(String),
    /// int × int → int (arithmetic) or bool (comparison).
    Bin(BinOp, Value, Value),
    /// Checked negation of an int (OverflowError for the minimum).
    Neg(Value),
    /// bool → bool.
    Not(Value),
    /// bool == bool → bool.
    BoolEq(Value, Value),
    StrConcat(Value, Value),
    StrEq(Value, Value),
    /// Number of code points.
    StrLen(Value),
    /// Decimal representation, as Python's `str(int)`.
    IntToStr(Value),
    /// `"True"` / `"False"`.
    BoolToStr(Value),
    /// Direct (non-virtual) call of a function or method body.
    Call {
        func: String,
        args: Vec<Value>,
    },
    /// Virtual call of `method` through `class` (the receiver's static
    /// type); `args[0]` is the receiver.
    CallVirtual {
        class: String,
        method: String,
        args: Vec<Value>,
    },
    /// Allocate an instance with fields set to 0 / false / null. The
    /// initializer is called separately. For exception classes the builtin
    /// `message` field starts as the empty string.
    New(String),
    GetField {
        class: String,
        field: String,
        obj: Value,
    },
    SetField {
        class: String,
        field: String,
        obj: Value,
        value: Value,
    },
    ListNew {
        elem: Type,
        items: Vec<Value>,
    },
    /// IndexError "list index out of range"; negative indices count from
    /// the end as in Python.
    ListGet(Value, Value),
    /// IndexError "list assignment index out of range".
    ListSet(Value, Value, Value),
    ListLen(Value),
    ListAppend(Value, Value),
    /// Pop the last element; IndexError "pop from empty list".
    ListPop(Value),
    /// Pop at an index; IndexError "pop index out of range" (or "pop from
    /// empty list" when empty).
    ListPopAt(Value, Value),
    /// Append every element of the second list to the first.
    ListExtend(Value, Value),
    /// Whether a reference is an instance of a class (or subclass).
    InstanceOf {
        class: String,
        value: Value,
    },
    /// Downcast a reference known to be an instance of `class`.
    Cast {
        class: String,
        value: Value,
    },
    /// Write a string and a newline to stdout.
    Print(Value),
}

impl Op {
    /// Whether this operation can raise an exception.
    pub fn can_raise(&self) -> bool {
        match self {
            Op::Bin(b, _, _) => b.can_raise(),
            Op::Neg(_)
            | Op::Call { .. }
            | Op::CallVirtual { .. }
            | Op::ListGet(..)
            | Op::ListSet(..)
            | Op::ListPop(_)
            | Op::ListPopAt(..) => true,
            _ => false,
        }
    }

    /// The values this operation reads, in order.
    pub fn operands(&self) -> Vec<Value> {
        match self {
            Op::ConstInt(_) | Op::ConstBool(_) | Op::ConstStr(_) | Op::New(_) => vec![],
            Op::Bin(_, a, b)
            | Op::BoolEq(a, b)
            | Op::StrConcat(a, b)
            | Op::StrEq(a, b)
            | Op::ListGet(a, b)
            | Op::ListAppend(a, b)
            | Op::ListPopAt(a, b)
            | Op::ListExtend(a, b) => vec![*a, *b],
            Op::Neg(a)
            | Op::Not(a)
            | Op::StrLen(a)
            | Op::IntToStr(a)
            | Op::BoolToStr(a)
            | Op::ListLen(a)
            | Op::ListPop(a)
            | Op::Print(a) => vec![*a],
            Op::Call { args, .. } | Op::CallVirtual { args, .. } => args.clone(),
            Op::GetField { obj, .. } => vec![*obj],
            Op::SetField { obj, value, .. } => vec![*obj, *value],
            Op::ListNew { items, .. } => items.clone(),
            Op::ListSet(a, b, c) => vec![*a, *b, *c],
            Op::InstanceOf { value, .. } | Op::Cast { value, .. } => vec![*value],
        }
    }
}

/// A jump target with the arguments for the block's parameters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    pub block: BlockId,
    pub args: Vec<Value>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Terminator {
    Jump(Target),
    Branch {
        cond: Value,
        then: Target,
        else_: Target,
    },
    Return(Option<Value>),
    /// Raise an exception instance.
    Raise(Value),
    Unreachable,
}

impl Terminator {
    pub fn targets(&self) -> Vec<&Target> {
        match self {
            Terminator::Jump(t) => vec![t],
            Terminator::Branch { then, else_, .. } => vec![then, else_],
            _ => vec![],
        }
    }
    pub fn operands(&self) -> Vec<Value> {
        let mut v = Vec::new();
        match self {
            Terminator::Branch { cond, .. } => v.push(*cond),
            Terminator::Return(Some(x)) | Terminator::Raise(x) => v.push(*x),
            _ => {}
        }
        for t in self.targets() {
            v.extend(t.args.iter().copied());
        }
        v
    }
}

/// The builtin exception hierarchy every backend's runtime provides, as
/// (class, parent). `Exception` has one field, `message: str`.
pub const BUILTIN_EXCEPTIONS: &[(&str, Option<&str>)] = &[
    ("Exception", None),
    ("ArithmeticError", Some("Exception")),
    ("ZeroDivisionError", Some("ArithmeticError")),
    ("OverflowError", Some("ArithmeticError")),
    ("LookupError", Some("Exception")),
    ("IndexError", Some("LookupError")),
    ("KeyError", Some("LookupError")),
    ("ValueError", Some("Exception")),
    ("TypeError", Some("Exception")),
    ("AssertionError", Some("Exception")),
    ("RuntimeError", Some("Exception")),
    ("RecursionError", Some("RuntimeError")),
    ("NotImplementedError", Some("RuntimeError")),
    ("MemoryError", Some("Exception")),
];

/// The builtin classes, as the front end declares them in every module.
pub fn builtin_classes() -> Vec<Class> {
    BUILTIN_EXCEPTIONS
        .iter()
        .map(|(name, parent)| Class {
            name: (*name).to_string(),
            parent: parent.map(str::to_string),
            fields: if *name == EXCEPTION_ROOT {
                vec![Field {
                    name: "message".into(),
                    ty: Type::Str,
                }]
            } else {
                vec![]
            },
            methods: vec![],
            builtin: true,
        })
        .collect()
}

impl Module {
    pub fn class(&self, name: &str) -> Option<&Class> {
        self.classes.iter().find(|c| c.name == name)
    }
    pub fn function(&self, name: &str) -> Option<&Function> {
        self.functions.iter().find(|f| f.name == name)
    }
    /// Whether `sub` is `sup` or derives from it.
    pub fn is_subclass(&self, sub: &str, sup: &str) -> bool {
        let mut cur = Some(sub.to_string());
        let mut steps = 0;
        while let Some(c) = cur {
            if c == sup {
                return true;
            }
            steps += 1;
            if steps > self.classes.len() {
                return false;
            }
            cur = self.class(&c).and_then(|k| k.parent.clone());
        }
        false
    }
    /// Whether the class is (or derives from) `Exception`.
    pub fn is_exception_class(&self, name: &str) -> bool {
        self.is_subclass(name, EXCEPTION_ROOT)
    }
    /// Every field of a class, inherited ones first, with the class that
    /// declares each.
    pub fn all_fields(&self, class: &str) -> Vec<(String, Field)> {
        let mut chain = self.ancestry(class);
        chain.reverse();
        let mut out = Vec::new();
        for c in chain {
            if let Some(k) = self.class(&c) {
                for f in &k.fields {
                    out.push((c.clone(), f.clone()));
                }
            }
        }
        out
    }
    /// The class and its ancestors, most derived first.
    pub fn ancestry(&self, class: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur = Some(class.to_string());
        while let Some(c) = cur {
            if out.contains(&c) {
                break;
            }
            cur = self.class(&c).and_then(|k| k.parent.clone());
            out.push(c);
        }
        out
    }
    /// The class that defines the body reached by a virtual call of
    /// `method` on an instance whose dynamic class is `class`.
    pub fn resolve_method(&self, class: &str, method: &str) -> Option<String> {
        self.ancestry(class).into_iter().find(|c| {
            self.class(c)
                .is_some_and(|k| k.methods.iter().any(|m| m == method))
        })
    }
    /// Virtual-method table layout of a class: method names in slot order
    /// (inherited slots first), each with the class whose body fills it.
    pub fn vtable(&self, class: &str) -> Vec<(String, String)> {
        let mut chain = self.ancestry(class);
        chain.reverse();
        let mut slots: Vec<(String, String)> = Vec::new();
        for c in chain {
            if let Some(k) = self.class(&c) {
                for m in &k.methods {
                    if let Some(slot) = slots.iter_mut().find(|(n, _)| n == m) {
                        slot.1 = c.clone();
                    } else {
                        slots.push((m.clone(), c.clone()));
                    }
                }
            }
        }
        slots
    }
    /// Map from function name to index.
    pub fn function_index(&self) -> HashMap<&str, usize> {
        self.functions
            .iter()
            .enumerate()
            .map(|(i, f)| (f.name.as_str(), i))
            .collect()
    }
}

impl Function {
    pub fn ty(&self, v: Value) -> &Type {
        &self.value_types[v.0 as usize]
    }
    pub fn block(&self, b: BlockId) -> &Block {
        &self.blocks[b.0 as usize]
    }
    /// The class a method belongs to (`C` for `C.m`), if any.
    pub fn method_class(&self) -> Option<&str> {
        self.name.split_once('.').map(|(c, _)| c)
    }
}
