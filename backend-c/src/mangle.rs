//! Collision-free C names for IR names.
//!
//! An IR name (class, function `f` or method body `C.m`, possibly with
//! non-ASCII letters) is encoded injectively: ASCII letters and digits stay,
//! `_` becomes `__`, `.` becomes `_D`, and any other character becomes
//! `_U<hex>_`. After `_` the encoding only ever writes `_`, `D` or `U`, so
//! the encoding can be decoded and two names never collide. Every kind of
//! generated global gets its own prefix (`f_` functions, `c_` class
//! descriptors, `vt_` vtables, `pt_` pointer-slot tables; the module state
//! is `g_globals`), and the runtime
//! only uses names starting with `rpy_`/`RPY_`, so user names never clash
//! with runtime helpers or C keywords.

use std::fmt::Write;

/// The injective encoding of a name (without a prefix).
pub fn encode(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for ch in name.chars() {
        match ch {
            'a'..='z' | 'A'..='Z' | '0'..='9' => out.push(ch),
            '_' => out.push_str("__"),
            '.' => out.push_str("_D"),
            _ => {
                let _ = write!(out, "_U{:x}_", ch as u32);
            }
        }
    }
    out
}

/// C name of the function (or method body) `name`.
pub fn function(name: &str) -> String {
    format!("f_{}", encode(name))
}

/// C name of the class descriptor of a user class.
pub fn class(name: &str) -> String {
    format!("c_{}", encode(name))
}

pub fn vtable(name: &str) -> String {
    format!("vt_{}", encode(name))
}

pub fn ptr_slots(name: &str) -> String {
    format!("pt_{}", encode(name))
}

/// A C string literal holding the UTF-8 bytes of `s` (octal escapes for
/// everything outside printable ASCII, and for `?` to avoid trigraphs).
pub fn c_string_literal(s: &str) -> String {
    c_bytes_literal(s.as_bytes())
}

pub fn c_bytes_literal(bytes: &[u8]) -> String {
    let mut out = String::from("\"");
    for &b in bytes {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'?' => out.push_str("\\?"),
            b' '..=b'~' => out.push(b as char),
            _ => {
                let _ = write!(out, "\\{b:03o}");
            }
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_examples() {
        assert_eq!(function("main"), "f_main");
        assert_eq!(function("Square.area"), "f_Square_Darea");
        assert_eq!(function("C.__init__"), "f_C_D____init____");
        assert_eq!(function("é"), "f__Ue9_");
        assert_eq!(class("Main"), "c_Main");
    }

    #[test]
    fn encoding_is_injective_on_tricky_names() {
        let names = [
            "a_D", "a.", "a_", "a__", "a_b", "a.b", "a_Db", "a_U2e_", "a\u{2e}", "A.b_c", "A_D.b",
            "rpy_main", "main", "_", "__", "D", "_D", "U", "_U", "é", "_Ue9_", "e\u{301}",
        ];
        let mut seen = std::collections::HashMap::new();
        for n in names {
            let e = encode(n);
            if let Some(prev) = seen.insert(e.clone(), n) {
                assert_eq!(prev, n, "{prev:?} and {n:?} both encode to {e}");
            }
            assert!(e.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'));
        }
    }

    #[test]
    fn literals_escape() {
        assert_eq!(c_string_literal("a\"b\\c?\n"), "\"a\\\"b\\\\c\\?\\012\"");
        assert_eq!(c_string_literal("é"), "\"\\303\\251\"");
    }
}
