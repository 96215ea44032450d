//! Front-end types and their mapping to IR types.
//!
//! Composite types that the IR does not know are lowered to classes whose
//! names are derived from the type (so the mapping needs no context):
//! `tuple[int, str]` is the class `tuple2$int$str`, `dict[str, int]` the
//! prelude class `Dict` instantiated as `Dict$str$int`, `set[int]` is
//! `Set$int` and `Callable[[int], str]` the abstract class `fn1$int$str`.
//! `T | None` is the IR type of `T` (references may be null).

use std::fmt;

/// The type of an RPython expression.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    Int,
    Bool,
    Float,
    Str,
    Bytes,
    /// Python's `None` (the result of a procedure, or the `None` literal
    /// before it meets an optional type).
    None,
    List(Box<Ty>),
    /// A class: user classes (IR name), builtin exceptions and generic
    /// prelude class instances other than dict/set.
    Class(String),
    /// `T | None` for a reference type `T`.
    Optional(Box<Ty>),
    /// Fixed-size tuple.
    Tuple(Vec<Ty>),
    /// Homogeneous tuple `tuple[T, ...]` (an immutable list).
    TupleVar(Box<Ty>),
    Dict(Box<Ty>, Box<Ty>),
    Set(Box<Ty>),
    /// `Callable[[A, B], R]` (`R` may be `None`).
    Func(Vec<Ty>, Box<Ty>),
    /// A type that could not be determined because of an earlier error;
    /// compatible with everything so one mistake gives one diagnostic.
    Unknown,
}

impl Ty {
    pub fn list(elem: Ty) -> Ty {
        Ty::List(Box::new(elem))
    }

    pub fn opt(t: Ty) -> Ty {
        match t {
            Ty::Optional(_) | Ty::Unknown => t,
            t => Ty::Optional(Box::new(t)),
        }
    }

    pub fn is_unknown(&self) -> bool {
        match self {
            Ty::Unknown => true,
            Ty::List(e) | Ty::Set(e) | Ty::TupleVar(e) | Ty::Optional(e) => e.is_unknown(),
            Ty::Dict(k, v) => k.is_unknown() || v.is_unknown(),
            Ty::Tuple(ts) => ts.iter().any(Ty::is_unknown),
            Ty::Func(ps, r) => ps.iter().any(Ty::is_unknown) || r.is_unknown(),
            _ => false,
        }
    }

    /// Whether values of this type are references (may be made optional).
    pub fn is_ref(&self) -> bool {
        !matches!(
            self,
            Ty::Int | Ty::Bool | Ty::Float | Ty::None | Ty::Unknown | Ty::Optional(_)
        )
    }

    /// Whether this is `T | None` for a value type `T` (boxed).
    pub fn is_boxed_opt(&self) -> bool {
        matches!(self, Ty::Optional(t) if !t.is_ref())
    }

    /// The type without `| None`.
    pub fn strip_opt(&self) -> &Ty {
        match self {
            Ty::Optional(t) => t,
            t => t,
        }
    }

    /// The name used inside generated IR names (only identifier
    /// characters and `$`; prefix notation, so it is unambiguous).
    pub fn mangle(&self) -> String {
        match self {
            Ty::Int => "int".into(),
            Ty::Bool => "bool".into(),
            Ty::Float => "float".into(),
            Ty::Str => "str".into(),
            Ty::Bytes => "bytes".into(),
            Ty::None => "None".into(),
            Ty::List(e) => format!("list${}", e.mangle()),
            Ty::Class(c) => c.clone(),
            Ty::Optional(t) => format!("opt${}", t.mangle()),
            Ty::Tuple(ts) => {
                let mut s = format!("tuple{}", ts.len());
                for t in ts {
                    s.push('$');
                    s.push_str(&t.mangle());
                }
                s
            }
            Ty::TupleVar(e) => format!("tuplev${}", e.mangle()),
            Ty::Dict(k, v) => format!("Dict${}${}", k.mangle(), v.mangle()),
            Ty::Set(e) => format!("Set${}", e.mangle()),
            Ty::Func(ps, r) => {
                let mut s = format!("fn{}", ps.len());
                for t in ps {
                    s.push('$');
                    s.push_str(&t.mangle());
                }
                s.push('$');
                s.push_str(&r.mangle());
                s
            }
            Ty::Unknown => "unknown".into(),
        }
    }

    /// The IR type (`None` for Python's `None` and unknown types).
    pub fn to_ir(&self) -> Option<ir::Type> {
        Some(match self {
            Ty::Int => ir::Type::Int,
            Ty::Bool => ir::Type::Bool,
            Ty::Float => ir::Type::Float,
            Ty::Str => ir::Type::Str,
            Ty::Bytes => ir::Type::Bytes,
            Ty::List(e) | Ty::TupleVar(e) => ir::Type::List(Box::new(e.to_ir()?)),
            Ty::Class(c) => ir::Type::Class(c.clone()),
            Ty::Optional(t) if t.is_ref() => return t.to_ir(),
            Ty::Optional(t) => {
                if t.is_unknown() {
                    return None;
                }
                ir::Type::Class(self.mangle())
            }
            Ty::Tuple(_) | Ty::Dict(..) | Ty::Set(_) | Ty::Func(..) => {
                if self.is_unknown() {
                    return None;
                }
                ir::Type::Class(self.mangle())
            }
            Ty::None | Ty::Unknown => return None,
        })
    }
}

/// How a class name is shown to users (`mod$Name` is `mod.Name`).
pub fn show_class(c: &str) -> String {
    c.replace('$', ".")
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ty::Int => write!(f, "int"),
            Ty::Bool => write!(f, "bool"),
            Ty::Float => write!(f, "float"),
            Ty::Str => write!(f, "str"),
            Ty::Bytes => write!(f, "bytes"),
            Ty::None => write!(f, "None"),
            Ty::List(t) => write!(f, "list[{t}]"),
            Ty::Class(c) => write!(f, "{}", show_class(c)),
            Ty::Optional(t) => write!(f, "{t} | None"),
            Ty::Tuple(ts) => {
                write!(f, "tuple[")?;
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{t}")?;
                }
                if ts.is_empty() {
                    write!(f, "()")?;
                }
                write!(f, "]")
            }
            Ty::TupleVar(t) => write!(f, "tuple[{t}, ...]"),
            Ty::Dict(k, v) => write!(f, "dict[{k}, {v}]"),
            Ty::Set(t) => write!(f, "set[{t}]"),
            Ty::Func(ps, r) => {
                write!(f, "Callable[[")?;
                for (i, t) in ps.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{t}")?;
                }
                write!(f, "], {r}]")
            }
            Ty::Unknown => write!(f, "<unknown>"),
        }
    }
}
