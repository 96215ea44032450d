//! Front-end types and their mapping to IR types.

use std::fmt;

/// The type of an RPython expression.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    Int,
    Bool,
    Str,
    /// Python's `None` (only as the result of a function or a call).
    None,
    List(Box<Ty>),
    Class(String),
    /// A type that could not be determined because of an earlier error;
    /// compatible with everything so one mistake gives one diagnostic.
    Unknown,
}

impl Ty {
    pub fn list(elem: Ty) -> Ty {
        Ty::List(Box::new(elem))
    }

    pub fn is_unknown(&self) -> bool {
        match self {
            Ty::Unknown => true,
            Ty::List(e) => e.is_unknown(),
            _ => false,
        }
    }

    /// The IR type (`None` for Python's `None` and unknown types).
    pub fn to_ir(&self) -> Option<ir::Type> {
        Some(match self {
            Ty::Int => ir::Type::Int,
            Ty::Bool => ir::Type::Bool,
            Ty::Str => ir::Type::Str,
            Ty::List(e) => ir::Type::List(Box::new(e.to_ir()?)),
            Ty::Class(c) => ir::Type::Class(c.clone()),
            Ty::None | Ty::Unknown => return None,
        })
    }
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ty::Int => write!(f, "int"),
            Ty::Bool => write!(f, "bool"),
            Ty::Str => write!(f, "str"),
            Ty::None => write!(f, "None"),
            Ty::List(t) => write!(f, "list[{t}]"),
            Ty::Class(c) => write!(f, "{c}"),
            Ty::Unknown => write!(f, "<unknown>"),
        }
    }
}
