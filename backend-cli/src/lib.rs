//! CLI backend: a .NET assembly written with dotnetdll, plus a C# runtime
//! (runtime/, compiled by mcs into `pypy-rt.dll` beside the program).
//!
//! API used by xtask (keep these signatures):
//! - `emit(&Module, assembly_name) -> Result<Vec<u8>, String>`: the
//!   program's assembly bytes (pure, no I/O).
//! - `package(&Module, out_dir, exe_name, work_dir) -> Result<Vec<PathBuf>, String>`:
//!   writes `out_dir/exe_name` and the runtime DLL beside it; returns the
//!   files written.

use ir::Module;
use std::path::{Path, PathBuf};

pub fn emit(_module: &Module, _assembly_name: &str) -> Result<Vec<u8>, String> {
    Err("the CLI backend is not written yet".into())
}

pub fn package(_module: &Module, _out_dir: &Path, _exe_name: &str, _work_dir: &Path) -> Result<Vec<PathBuf>, String> {
    Err("the CLI backend is not written yet".into())
}
