//! JVM backend: class files (version 52, StackMapTable frames computed from
//! the typed IR) and a jar written from Rust, plus a Java runtime
//! (runtime/, compiled by javac and packed into the same jar).
//!
//! API used by xtask (keep these signatures):
//! - `emit(&Module) -> Result<Vec<(String, Vec<u8>)>, String>`: the
//!   program's class files as (internal name, bytes) (pure, no I/O).
//! - `package(&Module, jar_path, work_dir) -> Result<(), String>`: writes a
//!   runnable jar (`java -jar`).

use ir::Module;
use std::path::Path;

pub fn emit(_module: &Module) -> Result<Vec<(String, Vec<u8>)>, String> {
    Err("the JVM backend is not written yet".into())
}

pub fn package(_module: &Module, _jar: &Path, _work_dir: &Path) -> Result<(), String> {
    Err("the JVM backend is not written yet".into())
}
