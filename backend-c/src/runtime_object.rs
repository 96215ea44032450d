//! The runtime compiled once per compiler command into an object file kept
//! in a cache directory, so that building many programs (the differential
//! corpus builds each one for four C lanes) compiles only each program's
//! own translation unit.
//!
//! The object is what the one-command build would have compiled: the same
//! compiler and flags on the same sources, only in a step of its own. An
//! entry is named by two hashes: the command (the compiler's identity
//! and every flag) and the runtime's sources; a change to either misses the
//! cache, and a new build of a command removes that command's entries for
//! older sources, so the cache holds one object per command.

use crate::runtime_files;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};

/// The runtime object for `compiler flags...`, compiled into `cache_dir`
/// on first use; returns its path.
pub fn runtime_object(
    compiler: &str,
    compiler_identity: &[u8],
    flags: &[String],
    cache_dir: &Path,
) -> Result<PathBuf, String> {
    let command_key = command_hash(compiler, compiler_identity, flags);
    let source_key = sources_hash();
    let dir = cache_dir.join("c-runtime");
    let object = dir.join(format!("{command_key:016x}-{source_key:016x}.o"));
    if object.is_file() {
        return Ok(object);
    }
    let sources = runtime_sources(&dir, source_key)?;
    // Compile to a private name, then rename: several threads or processes
    // may miss at once, and none may link a half-written object.
    static BUILDS: AtomicU64 = AtomicU64::new(0);
    let n = BUILDS.fetch_add(1, Ordering::Relaxed);
    let tmp = dir.join(format!(
        "{command_key:016x}.tmp-{}-{n}.o",
        std::process::id()
    ));
    let mut cmd = Command::new(compiler);
    cmd.args(flags)
        .arg("-c")
        .arg("-o")
        .arg(&tmp)
        .arg(sources.join("rpy_runtime.c"));
    if let Err(e) = crate::run_compiler(&mut cmd, compiler, " on the runtime") {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    std::fs::rename(&tmp, &object)
        .map_err(|e| format!("cannot move {} into place: {e}", object.display()))?;
    remove_stale(&dir, command_key, &object);
    Ok(object)
}

/// The runtime's sources written once into `dir/src-HASH/`: a stable
/// path, so that debug information (the sanitizer lane's `-g`) names
/// files that stay there.
fn runtime_sources(dir: &Path, source_key: u64) -> Result<PathBuf, String> {
    let src = dir.join(format!("src-{source_key:016x}"));
    if src.join("rpy_runtime.c").is_file() {
        return Ok(src);
    }
    static WRITES: AtomicU64 = AtomicU64::new(0);
    let n = WRITES.fetch_add(1, Ordering::Relaxed);
    let tmp = dir.join(format!(
        "src-{source_key:016x}.tmp-{}-{n}",
        std::process::id()
    ));
    std::fs::create_dir_all(&tmp).map_err(|e| format!("cannot create {}: {e}", tmp.display()))?;
    for (name, text) in runtime_files() {
        let p = tmp.join(name);
        std::fs::write(&p, text).map_err(|e| format!("cannot write {}: {e}", p.display()))?;
    }
    match std::fs::rename(&tmp, &src) {
        Ok(()) => Ok(src),
        // Another build wrote them first: the same bytes.
        Err(_) if src.join("rpy_runtime.c").is_file() => {
            let _ = std::fs::remove_dir_all(&tmp);
            Ok(src)
        }
        Err(e) => Err(format!("cannot move {} into place: {e}", src.display())),
    }
}

/// What the object depends on besides the sources: the compiler itself
/// and every flag.
fn command_hash(compiler: &str, identity: &[u8], flags: &[String]) -> u64 {
    let mut h = DefaultHasher::new();
    compiler.hash(&mut h);
    identity.hash(&mut h);
    flags.hash(&mut h);
    h.finish()
}

fn sources_hash() -> u64 {
    let mut h = DefaultHasher::new();
    runtime_files().hash(&mut h);
    h.finish()
}

/// Remove the objects of `command_key` built from other sources (a
/// runtime edited since).
fn remove_stale(dir: &Path, command_key: u64, keep: &Path) {
    let prefix = format!("{command_key:016x}-");
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for p in rd.filter_map(|e| e.ok().map(|e| e.path())) {
        let Some(name) = p.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if name.starts_with(&prefix) && name.ends_with(".o") && p != keep {
            let _ = std::fs::remove_file(&p);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_object_per_command() {
        let dir = std::env::temp_dir().join(format!("rpy-runtime-cache-{}", std::process::id()));
        let build = |flags: &[&str]| {
            let flags: Vec<String> = flags.iter().map(|f| f.to_string()).collect();
            match runtime_object("cc", b"test", &flags, &dir) {
                Ok(p) => p,
                Err(e) => panic!("{e}"),
            }
        };
        let plain = build(&["-O0", "-std=gnu11"]);
        let modified = std::fs::metadata(&plain).and_then(|m| m.modified()).ok();
        assert_eq!(build(&["-O0", "-std=gnu11"]), plain, "a hit");
        let after = std::fs::metadata(&plain).and_then(|m| m.modified()).ok();
        assert_eq!(modified, after, "not compiled again");
        let stress = build(&["-O0", "-std=gnu11", "-DRPY_GC_STRESS"]);
        assert_ne!(stress, plain, "another command, another object");
        assert!(plain.is_file() && stress.is_file());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
