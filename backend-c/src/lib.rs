//! C backend: portable C from the IR plus a small runtime (runtime/).
//!
//! API used by xtask (keep these signatures):
//! - `emit(&Module) -> Result<CProgram, String>`: pure, no I/O.
//! - `compile(&CProgram, work_dir, output, cc)`: writes the files into
//!   `work_dir` and runs `cc` (compiler path followed by its flags, as the
//!   target TOML gives them) to produce the executable `output`.

use ir::Module;
use std::path::Path;

/// The C sources of one program: (file name, contents), runtime included.
pub struct CProgram {
    pub files: Vec<(String, String)>,
}

pub fn emit(_module: &Module) -> Result<CProgram, String> {
    Err("the C backend is not written yet".into())
}

pub fn compile(_prog: &CProgram, _work_dir: &Path, _output: &Path, _cc: &[String]) -> Result<(), String> {
    Err("the C backend is not written yet".into())
}
