//! CLI backend: a .NET assembly written with dotnetdll, plus a C# runtime
//! (runtime/, compiled by mcs into `pypy-rt.dll` beside the program).
//!
//! API used by xtask (keep these signatures):
//! - `emit(&Module, assembly_name) -> Result<Vec<u8>, String>`: the
//!   program's assembly bytes (pure, no I/O).
//! - `package(&Module, out_dir, exe_name, work_dir) -> Result<Vec<PathBuf>, String>`:
//!   writes `out_dir/exe_name` and the runtime DLL beside it; returns the
//!   files written.
//!
//! Pipeline: [`emit::Emitter`] builds the metadata and IL with dotnetdll;
//! [`pe::relink`] then lays out our own PE image from dotnetdll's output
//! (ECMA-335 section alignment, aligned metadata root with version
//! `v4.0.30319`, branches and exception clauses re-encoded, reproducible
//! timestamp and MVID), so the result passes Mono's `peverify` directly.

mod code;
mod emit;
mod pe;

use dotnetdll::prelude::{WriteOptions, body};
use ir::Module;
use std::path::{Path, PathBuf};
use std::process::Command;

/// File name of the runtime library, referenced as assembly `pypy-rt`.
pub const RUNTIME_DLL: &str = "pypy-rt.dll";

/// The hand-written C# runtime sources (MIT OR Apache-2.0), compiled by
/// `mcs`; `Lists.cs` is a template instantiated per element kind.
pub const RUNTIME_SOURCES: &[(&str, &str)] = &[
    ("Ops.cs", include_str!("../runtime/Ops.cs")),
    ("Str.cs", include_str!("../runtime/Str.cs")),
    ("Float.cs", include_str!("../runtime/Float.cs")),
    ("Libm.cs", include_str!("../runtime/Libm.cs")),
    ("Os.cs", include_str!("../runtime/Os.cs")),
];

const LIST_TEMPLATE: &str = include_str!("../runtime/Lists.cs");

/// List classes of the runtime: (class, C# element type).
pub const LIST_CLASSES: &[(&str, &str)] = &[
    ("IntList", "long"),
    ("BoolList", "bool"),
    ("FloatList", "double"),
    ("ObjList", "object"),
];

/// Every C# file of the runtime: the hand-written ones, the list classes
/// from their template, and the builtin exception hierarchy generated from
/// `ir::BUILTIN_EXCEPTIONS` (the host type name is the Python class name
/// printed in tracebacks).
pub fn runtime_sources() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = RUNTIME_SOURCES
        .iter()
        .map(|(n, s)| ((*n).to_string(), (*s).to_string()))
        .collect();
    for (class, elem) in LIST_CLASSES {
        let src = LIST_TEMPLATE.replace("LIST", class).replace("ELEM", elem);
        out.push((format!("{class}.cs"), src));
    }
    out.push(("Exceptions.cs".to_string(), exceptions_source()));
    out
}

fn exceptions_source() -> String {
    let mut s = String::from(
        "// SPDX-License-Identifier: MIT OR Apache-2.0\n\
         // Generated from ir::BUILTIN_EXCEPTIONS by the CLI backend.\n\
         namespace Rt\n{\n",
    );
    for (name, parent) in ir::BUILTIN_EXCEPTIONS {
        let base = parent.unwrap_or("System.Exception");
        s.push_str(&format!("    public class {name} : {base}\n    {{\n"));
        for f in ir::builtin_fields(name) {
            let ty = match f.ty {
                ir::Type::Int => "long",
                ir::Type::Bool => "bool",
                ir::Type::Float => "double",
                _ => "Str",
            };
            s.push_str(&format!("        public {ty} {};\n", f.name));
        }
        if parent.is_none() {
            s.push_str(&format!(
                "        public {name}() {{ message = Str.Empty; }}\n\
                 \x20       public {name}(string m) {{ message = Str.FromHost(m); }}\n\
                 \x20       public override string Message {{ get {{ return message == null ? \"\" : message.s; }} }}\n"
            ));
        } else {
            s.push_str(&format!(
                "        public {name}() {{ }}\n        public {name}(string m) : base(m) {{ }}\n"
            ));
        }
        s.push_str("    }\n");
    }
    s.push_str("}\n");
    s
}

pub fn emit(module: &Module, assembly_name: &str) -> Result<Vec<u8>, String> {
    let name = assembly_name.trim_end_matches(".exe");
    if name.is_empty() {
        return Err("empty assembly name".into());
    }
    let mut e = emit::Emitter::new(module, name);
    e.declare()?;
    e.define_bodies()?;
    e.define_entry()?;
    let raw = e
        .res
        .write(WriteOptions {
            is_32_bit: true,
            is_executable: false,
        })
        .map_err(|err| format!("dotnetdll could not write the assembly: {err}"))?;
    let bodies: Vec<Option<&body::Method>> = e
        .res
        .type_definitions
        .iter()
        .flat_map(|t| t.methods.iter().map(|m| m.body.as_ref()))
        .collect();
    if e.res
        .type_definitions
        .iter()
        .any(|t| !t.properties.is_empty() || !t.events.is_empty())
    {
        return Err("internal error: properties/events are not supported by the relinker".into());
    }
    pe::relink(&raw, &bodies)
}

/// Hex digest of the runtime sources: the cache key of the compiled DLL.
pub fn runtime_hash() -> String {
    let sources = runtime_sources();
    let mut parts: Vec<&[u8]> = Vec::new();
    for (name, src) in &sources {
        parts.push(name.as_bytes());
        parts.push(src.as_bytes());
    }
    format!("{:032x}", pe::hash128(&parts))
}

/// Compile the runtime DLL into `work_dir` unless a build of the same
/// sources is already there; returns its path.
pub fn build_runtime(work_dir: &Path) -> Result<PathBuf, String> {
    let dir = work_dir.join(format!("cli-runtime-{}", runtime_hash()));
    let dll = dir.join(RUNTIME_DLL);
    if dll.is_file() {
        return Ok(dll);
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    // Build in a private directory (unique per process and call: tests
    // build concurrently from several threads), sources included, then
    // rename: concurrent builds never see a half-written file. mcs names
    // the assembly after the output file, so it is `pypy-rt.dll` there too.
    static BUILDS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = BUILDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp_dir = dir.join(format!("tmp-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&tmp_dir)
        .map_err(|e| format!("cannot create {}: {e}", tmp_dir.display()))?;
    let mut srcs = Vec::new();
    for (name, src) in runtime_sources() {
        let p = tmp_dir.join(&name);
        std::fs::write(&p, src).map_err(|e| format!("cannot write {}: {e}", p.display()))?;
        srcs.push(p);
    }
    let tmp = tmp_dir.join(RUNTIME_DLL);
    let out = Command::new("mcs")
        .arg("-target:library")
        .arg("-optimize+")
        .arg("-nologo")
        .arg("-r:System.Numerics.dll")
        .arg("-r:Mono.Posix.dll")
        .arg(format!("-out:{}", tmp.display()))
        .args(&srcs)
        .output()
        .map_err(|e| format!("cannot run mcs (install mono-devel): {e}"))?;
    if !out.status.success() {
        let _ = std::fs::remove_dir_all(&tmp_dir);
        return Err(format!(
            "mcs failed to compile the CLI runtime:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let moved = std::fs::rename(&tmp, &dll);
    let _ = std::fs::remove_dir_all(&tmp_dir);
    moved.map_err(|e| format!("cannot move {} into place: {e}", dll.display()))?;
    Ok(dll)
}

pub fn package(
    module: &Module,
    out_dir: &Path,
    exe_name: &str,
    work_dir: &Path,
) -> Result<Vec<PathBuf>, String> {
    let bytes = emit(module, exe_name)?;
    std::fs::create_dir_all(out_dir)
        .map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
    let exe = out_dir.join(exe_name);
    std::fs::write(&exe, &bytes).map_err(|e| format!("cannot write {}: {e}", exe.display()))?;
    let built = build_runtime(work_dir)?;
    let dll = out_dir.join(RUNTIME_DLL);
    let rt_bytes =
        std::fs::read(&built).map_err(|e| format!("cannot read {}: {e}", built.display()))?;
    if std::fs::read(&dll).ok().as_deref() != Some(&rt_bytes[..]) {
        std::fs::write(&dll, &rt_bytes)
            .map_err(|e| format!("cannot write {}: {e}", dll.display()))?;
    }
    Ok(vec![exe, dll])
}
