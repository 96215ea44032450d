//! The program's translation unit compiled to an object, reused by later
//! builds in the same process whose command would compile it to the same
//! object: the differential runner builds each program for the host plain
//! and under `-DRPY_GC_STRESS`, a macro only the runtime tests, so the two
//! builds differ only in the runtime object they link.
//!
//! The rule: a `-DRPY_…` flag whose macro name the program's C and the
//! runtime header never mention cannot change the preprocessed program
//! (`RPY_` names are the runtime's own; no system header tests them), so it
//! is left out of the key. Every other flag, the compiler and the sources
//! are in it.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, OnceLock};

/// Objects compiled by this process, by key. Each sits in the work
/// directory of the build that compiled it, beside a stamp holding its key,
/// which is checked before reuse (a later build may have rewritten it).
fn compiled() -> &'static Mutex<HashMap<u64, PathBuf>> {
    static MAP: OnceLock<Mutex<HashMap<u64, PathBuf>>> = OnceLock::new();
    MAP.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The object of `source` (whose text is `program`, including `header`),
/// compiled into `work_dir` by `compiler flags -c` unless an object of the
/// same key was compiled by this process and is still in place.
pub fn program_object(
    compiler: &str,
    compiler_identity: &[u8],
    flags: &[String],
    source: &Path,
    program: &str,
    header: &str,
) -> Result<PathBuf, String> {
    let key = key(compiler, compiler_identity, flags, program, header);
    let earlier = compiled().lock().ok().and_then(|m| m.get(&key).cloned());
    if let Some(obj) = earlier
        && std::fs::read_to_string(stamp(&obj)).is_ok_and(|s| s == format!("{key:016x}"))
    {
        return Ok(obj);
    }
    let obj = source.with_extension("o");
    // The stamp goes first, so that a failed compile leaves none behind.
    let _ = std::fs::remove_file(stamp(&obj));
    let mut cmd = Command::new(compiler);
    cmd.args(flags).arg("-c").arg("-o").arg(&obj).arg(source);
    crate::run_compiler(&mut cmd, compiler, "")?;
    std::fs::write(stamp(&obj), format!("{key:016x}"))
        .map_err(|e| format!("cannot write {}: {e}", stamp(&obj).display()))?;
    if let Ok(mut m) = compiled().lock() {
        m.insert(key, obj.clone());
    }
    Ok(obj)
}

fn stamp(obj: &Path) -> PathBuf {
    obj.with_extension("o.key")
}

fn key(compiler: &str, identity: &[u8], flags: &[String], program: &str, header: &str) -> u64 {
    let mut h = DefaultHasher::new();
    compiler.hash(&mut h);
    identity.hash(&mut h);
    for f in flags {
        if !unused_define(f, program, header) {
            f.hash(&mut h);
        }
    }
    program.hash(&mut h);
    header.hash(&mut h);
    h.finish()
}

/// Whether `flag` defines an `RPY_` macro that neither text mentions
/// outside comments (the header documents the macros it does not test).
/// A mention inside a string literal counts: the check only has to be
/// conservative.
fn unused_define(flag: &str, program: &str, header: &str) -> bool {
    let Some(def) = flag.strip_prefix("-D") else {
        return false;
    };
    let name = def.split('=').next().unwrap_or(def);
    name.starts_with("RPY_")
        && !without_comments(program).contains(name)
        && !without_comments(header).contains(name)
}

/// C text with its comments replaced by spaces; string and character
/// literals are kept whole, so a `/*` inside one starts no comment.
fn without_comments(c: &str) -> String {
    let mut out = String::with_capacity(c.len());
    let mut chars = c.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '"' | '\'' => {
                out.push(ch);
                while let Some(x) = chars.next() {
                    out.push(x);
                    if x == '\\' {
                        if let Some(y) = chars.next() {
                            out.push(y);
                        }
                    } else if x == ch || x == '\n' {
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut prev = ' ';
                for x in chars.by_ref() {
                    if prev == '*' && x == '/' {
                        break;
                    }
                    prev = x;
                }
                out.push(' ');
            }
            '/' if chars.peek() == Some(&'/') => {
                for x in chars.by_ref() {
                    if x == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            _ => out.push(ch),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_unmentioned_runtime_defines_are_ignored() {
        let header = "#ifdef RPY_GLIBC_LIBM\n#endif\n";
        assert!(unused_define("-DRPY_GC_STRESS", "int x;", header));
        assert!(!unused_define("-DRPY_GLIBC_LIBM", "int x;", header));
        assert!(!unused_define("-DRPY_X=1", "RPY_X", header));
        assert!(!unused_define("-DNDEBUG", "int x;", header));
        assert!(!unused_define("-O2", "int x;", header));
    }

    #[test]
    fn unmentioned_defines_are_not_in_the_key() {
        let flags = |v: &[&str]| v.iter().map(|f| f.to_string()).collect::<Vec<_>>();
        let k = |f: &[&str]| key("cc", b"id", &flags(f), "int main;", "/* RPY_GC_STRESS */");
        assert_eq!(k(&["-O2"]), k(&["-O2", "-DRPY_GC_STRESS"]));
        assert_ne!(k(&["-O2"]), k(&["-O2", "-DNDEBUG"]));
        assert_ne!(k(&["-O2"]), k(&["-O1"]));
    }

    #[test]
    fn comments_are_not_mentions() {
        assert_eq!(
            without_comments("a /* RPY_A */ b // RPY_B\nc \"/* RPY_C\" '\\''"),
            "a   b \nc \"/* RPY_C\" '\\''"
        );
    }

    #[test]
    fn the_program_does_not_depend_on_gc_stress() {
        // What lets the host and GC-stress lanes share the program's
        // object: the header, part of every program, never tests it.
        let header = crate::runtime_files()
            .into_iter()
            .find(|(n, _)| *n == "rpy_runtime.h")
            .map(|(_, t)| t)
            .unwrap_or_default();
        assert!(header.contains("RPY_GC_STRESS"), "documented in a comment");
        assert!(unused_define("-DRPY_GC_STRESS", "", header));
    }
}
