//! Printing the IR in its text form (read back by [`super::parse`]).
//!
//! ```text
//! class Square : Shape {
//!   field side: int
//!   method area
//! }
//!
//! fn Square.area(Square) -> int {
//! b0(v0: Square):
//!   v1: int = getfield Square.side v0
//!   v2: int = mul v1, v1
//!   ret v2
//! }
//! ```

use super::*;
use std::fmt::Write;

/// The whole module as text.
pub fn print_module(m: &Module) -> String {
    let mut out = String::new();
    for c in &m.classes {
        print_class(&mut out, c);
    }
    for f in &m.functions {
        out.push('\n');
        out.push_str(&print_function(f));
    }
    out
}

fn print_class(out: &mut String, c: &Class) {
    if c.builtin {
        out.push_str("builtin ");
    }
    let _ = write!(out, "class {}", c.name);
    if let Some(p) = &c.parent {
        let _ = write!(out, " : {p}");
    }
    out.push_str(" {\n");
    for f in &c.fields {
        let _ = writeln!(out, "  field {}: {}", f.name, f.ty);
    }
    for meth in &c.methods {
        let _ = writeln!(out, "  method {meth}");
    }
    out.push_str("}\n");
}

/// One function as text.
pub fn print_function(f: &Function) -> String {
    let mut out = String::new();
    let params: Vec<String> = f.params.iter().map(|t| t.to_string()).collect();
    let _ = write!(out, "fn {}({})", f.name, params.join(", "));
    if let Some(r) = &f.ret {
        let _ = write!(out, " -> {r}");
    }
    out.push_str(" {\n");
    for (i, b) in f.blocks.iter().enumerate() {
        let params: Vec<String> = b
            .params
            .iter()
            .map(|v| format!("{v}: {}", ty_of(f, *v)))
            .collect();
        let _ = write!(out, "b{i}({})", params.join(", "));
        if let Some(h) = b.catch {
            let _ = write!(out, " catch {h}");
        }
        out.push_str(":\n");
        for inst in &b.insts {
            out.push_str("  ");
            if let Some(r) = inst.result {
                let _ = write!(out, "{r}: {} = ", ty_of(f, r));
            }
            out.push_str(&print_op(&inst.op));
            out.push('\n');
        }
        out.push_str("  ");
        out.push_str(&print_term(&b.term));
        out.push('\n');
    }
    out.push_str("}\n");
    out
}

fn ty_of(f: &Function, v: Value) -> String {
    f.value_types
        .get(v.0 as usize)
        .map(|t| t.to_string())
        .unwrap_or_else(|| "?".into())
}

fn list(vs: &[Value]) -> String {
    vs.iter()
        .map(|v| v.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Quote a string constant: printable ASCII as is, `\\ \" \n \t \r`, and
/// `\u{X}` for everything else, so the text form is plain ASCII.
pub fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            ' '..='~' => out.push(ch),
            _ => {
                let _ = write!(out, "\\u{{{:x}}}", ch as u32);
            }
        }
    }
    out.push('"');
    out
}

/// Quote a bytes constant: printable ASCII as is, `\\ \" \n \t \r`,
/// and `\xNN` for every other byte.
pub fn quote_bytes(b: &[u8]) -> String {
    let mut out = String::from("\"");
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'"' => out.push_str("\\\""),
            b'\n' => out.push_str("\\n"),
            b'\t' => out.push_str("\\t"),
            b'\r' => out.push_str("\\r"),
            b' '..=b'~' => out.push(c as char),
            _ => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push('"');
    out
}

pub fn print_op(op: &Op) -> String {
    match op {
        Op::ConstInt(i) => format!("const {i}"),
        Op::ConstBool(b) => format!("const {b}"),
        Op::ConstStr(s) => format!("const {}", quote(s)),
        Op::Bin(b, x, y) => format!("{} {x}, {y}", b.mnemonic()),
        Op::Neg(x) => format!("neg {x}"),
        Op::Not(x) => format!("not {x}"),
        Op::BoolEq(x, y) => format!("bool.eq {x}, {y}"),
        Op::StrConcat(x, y) => format!("str.concat {x}, {y}"),
        Op::StrEq(x, y) => format!("str.eq {x}, {y}"),
        Op::StrLen(x) => format!("str.len {x}"),
        Op::IntToStr(x) => format!("int.str {x}"),
        Op::BoolToStr(x) => format!("bool.str {x}"),
        Op::Call { func, args } => format!("call {func}({})", list(args)),
        Op::CallVirtual {
            class,
            method,
            args,
        } => format!("callvirt {class}.{method}({})", list(args)),
        Op::New(c) => format!("new {c}"),
        Op::GetField { class, field, obj } => format!("getfield {class}.{field} {obj}"),
        Op::SetField {
            class,
            field,
            obj,
            value,
        } => format!("setfield {class}.{field} {obj}, {value}"),
        Op::ListNew { elem, items } => format!("list.new {elem} [{}]", list(items)),
        Op::ListGet(l, i) => format!("list.get {l}, {i}"),
        Op::ListSet(l, i, x) => format!("list.set {l}, {i}, {x}"),
        Op::ListLen(l) => format!("list.len {l}"),
        Op::ListAppend(l, x) => format!("list.append {l}, {x}"),
        Op::ListPop(l) => format!("list.pop {l}"),
        Op::ListPopAt(l, i) => format!("list.popat {l}, {i}"),
        Op::ListExtend(l, x) => format!("list.extend {l}, {x}"),
        Op::InstanceOf { class, value } => format!("instanceof {class} {value}"),
        Op::Cast { class, value } => format!("cast {class} {value}"),
        Op::Print(x) => format!("print {x}"),
        Op::ConstFloat(bits) => {
            format!("fconst {}", quote(&format!("{:?}", f64::from_bits(*bits))))
        }
        Op::ConstBytes(b) => format!("bconst {}", quote_bytes(b)),
        Op::ConstNull(t) => format!("null {t}"),
        Op::Globals => "globals".into(),
        Op::Prim(p, args) if args.is_empty() => p.mnemonic().to_string(),
        Op::Prim(p, args) => format!("{} {}", p.mnemonic(), list(args)),
    }
}

fn target(t: &Target) -> String {
    format!("{}({})", t.block, list(&t.args))
}

pub fn print_term(t: &Terminator) -> String {
    match t {
        Terminator::Jump(t) => format!("jump {}", target(t)),
        Terminator::Branch { cond, then, else_ } => {
            format!("br {cond}, {}, {}", target(then), target(else_))
        }
        Terminator::Return(None) => "ret".into(),
        Terminator::Return(Some(v)) => format!("ret {v}"),
        Terminator::Raise(v) => format!("raise {v}"),
        Terminator::Unreachable => "unreachable".into(),
    }
}

impl fmt::Display for Module {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&print_module(self))
    }
}
