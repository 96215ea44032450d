//! JVM backend: class files (version 52, StackMapTable frames computed from
//! the typed IR) and a jar written from Rust, plus a Java runtime
//! (runtime/, compiled by javac and packed into the same jar).
//!
//! API used by xtask (keep these signatures):
//! - `emit(&Module) -> Result<Vec<(String, Vec<u8>)>, String>`: the
//!   program's class files as (internal name, bytes) (pure, no I/O).
//! - `package(&Module, jar_path, work_dir) -> Result<(), String>`: writes a
//!   runnable jar (`java -jar`).

pub mod classfile;
mod codegen;

use ir::Module;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

pub use codegen::MAIN_CLASS;

/// The Java runtime sources (path under runtime/, contents), built into the
/// backend so that packaging does not depend on the source tree.
pub const RUNTIME_SOURCES: &[(&str, &str)] = &[
    (
        "rt/ArithmeticError.java",
        include_str!("../runtime/rt/ArithmeticError.java"),
    ),
    (
        "rt/AssertionError.java",
        include_str!("../runtime/rt/AssertionError.java"),
    ),
    (
        "rt/AttributeError.java",
        include_str!("../runtime/rt/AttributeError.java"),
    ),
    (
        "rt/BaseException.java",
        include_str!("../runtime/rt/BaseException.java"),
    ),
    ("rt/Bytes.java", include_str!("../runtime/rt/Bytes.java")),
    (
        "rt/Exception.java",
        include_str!("../runtime/rt/Exception.java"),
    ),
    (
        "rt/FileExistsError.java",
        include_str!("../runtime/rt/FileExistsError.java"),
    ),
    (
        "rt/FileNotFoundError.java",
        include_str!("../runtime/rt/FileNotFoundError.java"),
    ),
    ("rt/Flt.java", include_str!("../runtime/rt/Flt.java")),
    (
        "rt/IndexError.java",
        include_str!("../runtime/rt/IndexError.java"),
    ),
    (
        "rt/IsADirectoryError.java",
        include_str!("../runtime/rt/IsADirectoryError.java"),
    ),
    (
        "rt/KeyError.java",
        include_str!("../runtime/rt/KeyError.java"),
    ),
    (
        "rt/KeyboardInterrupt.java",
        include_str!("../runtime/rt/KeyboardInterrupt.java"),
    ),
    ("rt/Libm.java", include_str!("../runtime/rt/Libm.java")),
    ("rt/List.java", include_str!("../runtime/rt/List.java")),
    (
        "rt/LookupError.java",
        include_str!("../runtime/rt/LookupError.java"),
    ),
    (
        "rt/MemoryError.java",
        include_str!("../runtime/rt/MemoryError.java"),
    ),
    (
        "rt/NotADirectoryError.java",
        include_str!("../runtime/rt/NotADirectoryError.java"),
    ),
    (
        "rt/NotImplementedError.java",
        include_str!("../runtime/rt/NotImplementedError.java"),
    ),
    (
        "rt/OSError.java",
        include_str!("../runtime/rt/OSError.java"),
    ),
    ("rt/Ops.java", include_str!("../runtime/rt/Ops.java")),
    ("rt/Os.java", include_str!("../runtime/rt/Os.java")),
    (
        "rt/OverflowError.java",
        include_str!("../runtime/rt/OverflowError.java"),
    ),
    (
        "rt/PermissionError.java",
        include_str!("../runtime/rt/PermissionError.java"),
    ),
    (
        "rt/RecursionError.java",
        include_str!("../runtime/rt/RecursionError.java"),
    ),
    ("rt/Rt.java", include_str!("../runtime/rt/Rt.java")),
    (
        "rt/RuntimeError.java",
        include_str!("../runtime/rt/RuntimeError.java"),
    ),
    (
        "rt/StopIteration.java",
        include_str!("../runtime/rt/StopIteration.java"),
    ),
    ("rt/Str.java", include_str!("../runtime/rt/Str.java")),
    (
        "rt/SystemExit.java",
        include_str!("../runtime/rt/SystemExit.java"),
    ),
    (
        "rt/TypeError.java",
        include_str!("../runtime/rt/TypeError.java"),
    ),
    (
        "rt/UnicodeDecodeError.java",
        include_str!("../runtime/rt/UnicodeDecodeError.java"),
    ),
    (
        "rt/UnicodeEncodeError.java",
        include_str!("../runtime/rt/UnicodeEncodeError.java"),
    ),
    (
        "rt/UnicodeError.java",
        include_str!("../runtime/rt/UnicodeError.java"),
    ),
    (
        "rt/ValueError.java",
        include_str!("../runtime/rt/ValueError.java"),
    ),
    (
        "rt/ZeroDivisionError.java",
        include_str!("../runtime/rt/ZeroDivisionError.java"),
    ),
];

/// The program's class files as (internal name, bytes). The module is
/// verified first.
pub fn emit(module: &Module) -> Result<Vec<(String, Vec<u8>)>, String> {
    if let Err(errs) = ir::verify::verify_module(module) {
        let msgs: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        return Err(format!("invalid IR:\n{}", msgs.join("\n")));
    }
    codegen::emit_module(module)
}

/// 64-bit FNV-1a, for the runtime cache key.
fn fnv1a(data: &[u8], mut h: u64) -> u64 {
    for &b in data {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Hash of the runtime sources (names and contents).
pub fn runtime_hash() -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325;
    for (name, text) in RUNTIME_SOURCES {
        h = fnv1a(name.as_bytes(), h);
        h = fnv1a(&[0], h);
        h = fnv1a(text.as_bytes(), h);
        h = fnv1a(&[0], h);
    }
    h
}

fn io_err(what: &str, p: &Path) -> impl Fn(std::io::Error) -> String {
    let s = format!("{what} {}", p.display());
    move |e| format!("{s}: {e}")
}

/// Compile the runtime with javac into `work_dir` (skipped when a build of
/// the same sources is there); returns the directory of its class files.
pub fn build_runtime(work_dir: &Path) -> Result<PathBuf, String> {
    let key = format!("jvm-runtime-{:016x}", runtime_hash());
    let done = work_dir.join(&key);
    if done.join("ok").is_file() {
        return Ok(done.join("classes"));
    }
    std::fs::create_dir_all(work_dir).map_err(io_err("cannot create", work_dir))?;
    // Build in a private directory, then rename: concurrent builds are safe.
    static BUILDS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = BUILDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = work_dir.join(format!("{key}.tmp{}-{n}", std::process::id()));
    if tmp.exists() {
        std::fs::remove_dir_all(&tmp).map_err(io_err("cannot remove", &tmp))?;
    }
    let src = tmp.join("src");
    let classes = tmp.join("classes");
    std::fs::create_dir_all(&classes).map_err(io_err("cannot create", &classes))?;
    let mut files = Vec::new();
    for (name, text) in RUNTIME_SOURCES {
        let p = src.join(name);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d).map_err(io_err("cannot create", d))?;
        }
        std::fs::write(&p, text).map_err(io_err("cannot write", &p))?;
        files.push(p);
    }
    let out = Command::new("javac")
        .args([
            "--release",
            "8",
            "-nowarn",
            "-Xlint:-options",
            "-encoding",
            "UTF-8",
            "-d",
        ])
        .arg(&classes)
        .args(&files)
        .output()
        .map_err(|e| format!("cannot run javac (is a JDK installed?): {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "javac failed on the JVM runtime:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    std::fs::write(tmp.join("ok"), b"").map_err(io_err("cannot write", &tmp))?;
    match std::fs::rename(&tmp, &done) {
        Ok(()) => {}
        Err(_) if done.join("ok").is_file() => {
            // Another build finished first; use its result.
            let _ = std::fs::remove_dir_all(&tmp);
        }
        Err(e) => return Err(format!("cannot rename {}: {e}", tmp.display())),
    }
    Ok(done.join("classes"))
}

/// Class files under `dir` as (path relative to dir with '/', bytes).
fn collect_classes(dir: &Path, rel: &str, out: &mut Vec<(String, Vec<u8>)>) -> Result<(), String> {
    let rd = std::fs::read_dir(dir).map_err(io_err("cannot read", dir))?;
    for entry in rd {
        let entry = entry.map_err(io_err("cannot read", dir))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        let relname = if rel.is_empty() {
            name.clone()
        } else {
            format!("{rel}/{name}")
        };
        if path.is_dir() {
            collect_classes(&path, &relname, out)?;
        } else if name.ends_with(".class") {
            let bytes = std::fs::read(&path).map_err(io_err("cannot read", &path))?;
            out.push((relname, bytes));
        }
    }
    Ok(())
}

/// Write the jar: manifest, program classes and runtime classes, sorted,
/// with fixed timestamps and permissions (identical inputs give identical
/// bytes).
pub fn write_jar(jar: &Path, entries: &[(String, Vec<u8>)]) -> Result<(), String> {
    use zip::write::SimpleFileOptions;
    let mut sorted: Vec<&(String, Vec<u8>)> = entries.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    for w in sorted.windows(2) {
        if w[0].0 == w[1].0 {
            return Err(format!("two jar entries named {}", w[0].0));
        }
    }
    let main_class = MAIN_CLASS.replace('/', ".");
    let manifest = format!(
        "Manifest-Version: 1.0\r\nMain-Class: {main_class}\r\nCreated-By: backend-jvm\r\n\r\n"
    );
    let opts = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let zerr = |e: zip::result::ZipError| format!("cannot write {}: {e}", jar.display());
        z.add_directory("META-INF/", opts.unix_permissions(0o755))
            .map_err(zerr)?;
        z.start_file("META-INF/MANIFEST.MF", opts).map_err(zerr)?;
        z.write_all(manifest.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", jar.display()))?;
        for (name, bytes) in sorted {
            z.start_file(name.as_str(), opts).map_err(zerr)?;
            z.write_all(bytes)
                .map_err(|e| format!("cannot write {}: {e}", jar.display()))?;
        }
        z.finish().map_err(zerr)?;
    }
    if let Some(d) = jar.parent()
        && !d.as_os_str().is_empty()
    {
        std::fs::create_dir_all(d).map_err(io_err("cannot create", d))?;
    }
    std::fs::write(jar, buf.into_inner()).map_err(io_err("cannot write", jar))
}

/// Write a runnable jar (`java -jar JAR args...`) for the module; the
/// runtime is compiled into (and cached in) `work_dir`.
pub fn package(module: &Module, jar: &Path, work_dir: &Path) -> Result<(), String> {
    let classes = emit(module)?;
    let rt_dir = build_runtime(work_dir)?;
    let mut entries: Vec<(String, Vec<u8>)> = classes
        .into_iter()
        .map(|(name, bytes)| (format!("{name}.class"), bytes))
        .collect();
    collect_classes(&rt_dir, "", &mut entries)?;
    write_jar(jar, &entries)
}
