//! C backend: portable C from the IR plus a small runtime (runtime/).
//!
//! API used by xtask (keep these signatures):
//! - `emit(&Module) -> Result<CProgram, String>`: pure, no I/O.
//! - `compile(&CProgram, work_dir, output, cc)`: writes the files into
//!   `work_dir` and runs `cc` (compiler path followed by its flags, as the
//!   target TOML gives them) to produce the executable `output`.
//! - `compile_cached(.., cache_dir)`: the same, with the runtime compiled
//!   once per compiler command into `cache_dir` (`runtime_object.rs`) and
//!   the program's object reused by a later build in the same process
//!   that would compile it alike (`program_object.rs`).
//!
//! The generated program is three files: `rpy_program.c` (the translated
//! module), `rpy_runtime.c` and `rpy_runtime.h` (the runtime: objects, the
//! mark-sweep collector, strings, lists, exceptions and the C `main`).

mod emit;
pub mod mangle;
mod program_object;
mod roots;
mod runtime_object;

use ir::Module;
use std::path::Path;
use std::process::Command;

/// The C sources of one program: (file name, contents), runtime included.
pub struct CProgram {
    pub files: Vec<(String, String)>,
}

/// Name of the generated translation unit inside a [`CProgram`].
pub const PROGRAM_FILE: &str = "rpy_program.c";

/// The runtime sources, as (file name, contents).
pub fn runtime_files() -> Vec<(&'static str, &'static str)> {
    vec![
        ("rpy_runtime.h", include_str!("../runtime/rpy_runtime.h")),
        ("rpy_runtime.c", include_str!("../runtime/rpy_runtime.c")),
    ]
}

/// Translate a module to C. The module is verified first; its `main` must
/// take `list[str]` and return `int`.
pub fn emit(module: &Module) -> Result<CProgram, String> {
    let program = emit::emit_module(module)?;
    let mut files: Vec<(String, String)> = runtime_files()
        .into_iter()
        .map(|(n, c)| (n.to_string(), c.to_string()))
        .collect();
    files.push((PROGRAM_FILE.to_string(), program));
    Ok(CProgram { files })
}

/// What names the compiler's release, so that cached objects are not
/// linked after an upgrade: its `--version` output, asked once per process.
fn compiler_identity(compiler: &str) -> Result<Vec<u8>, String> {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static SEEN: OnceLock<Mutex<HashMap<String, Vec<u8>>>> = OnceLock::new();
    let seen = SEEN.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(v) = seen.lock().ok().and_then(|m| m.get(compiler).cloned()) {
        return Ok(v);
    }
    let out = Command::new(compiler)
        .arg("--version")
        .output()
        .map_err(|e| format!("cannot run the C compiler `{compiler}`: {e}"))?;
    if let Ok(mut m) = seen.lock() {
        m.insert(compiler.to_string(), out.stdout.clone());
    }
    Ok(out.stdout)
}

/// Run a C compiler command; its output is the error when it fails
/// (`what` says what was being compiled, e.g. " on the runtime").
pub(crate) fn run_compiler(cmd: &mut Command, compiler: &str, what: &str) -> Result<(), String> {
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run the C compiler `{compiler}`: {e}"))?;
    if out.status.success() {
        return Ok(());
    }
    Err(format!(
        "the C compiler failed{what} ({}):\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    ))
}

/// Whether a trailing compiler argument is a link input (kept after the
/// sources so that libraries resolve the sources' references).
fn is_link_arg(a: &str) -> bool {
    a.starts_with("-l")
        || a.starts_with("-L")
        || a.starts_with("-Wl,")
        || a.ends_with(".a")
        || a.ends_with(".o")
        || a.ends_with(".so")
}

/// Write the program's files into `work_dir` (created if needed) and build
/// the executable `output`.
///
/// `cc` is the compiler followed by its flags: the target's `cflags` then
/// its `ldflags`, e.g. `["cc", "-O2", "-std=gnu11", "-fwrapv",
/// "-fno-strict-aliasing", "-lm"]`. The command run is
/// `cc[0] <flags> -o <output> <work_dir>/*.c <link flags>`, where the link
/// flags are the trailing run of `-l…`, `-L…`, `-Wl,…`, `*.a`, `*.o`,
/// `*.so` arguments of `cc` (moved after the sources) and the flags are
/// everything before them. Extra defines such as `-DRPY_GC_STRESS` can be
/// given among the flags.
pub fn compile(
    prog: &CProgram,
    work_dir: &Path,
    output: &Path,
    cc: &[String],
) -> Result<(), String> {
    build(prog, work_dir, output, cc, None)
}

/// As [`compile`], but the runtime is linked as an object compiled by the
/// same command into `cache_dir` on first use, and the program's object
/// is reused from an earlier build of this process when the command would
/// compile it alike (see `program_object.rs`). The executable is the same:
/// each translation unit sees the same compiler and flags either way.
pub fn compile_cached(
    prog: &CProgram,
    work_dir: &Path,
    output: &Path,
    cc: &[String],
    cache_dir: &Path,
) -> Result<(), String> {
    build(prog, work_dir, output, cc, Some(cache_dir))
}

fn build(
    prog: &CProgram,
    work_dir: &Path,
    output: &Path,
    cc: &[String],
    cache_dir: Option<&Path>,
) -> Result<(), String> {
    let (compiler, rest) = cc.split_first().ok_or("empty C compiler command")?;
    std::fs::create_dir_all(work_dir)
        .map_err(|e| format!("cannot create {}: {e}", work_dir.display()))?;
    let mut sources = Vec::new();
    for (name, contents) in &prog.files {
        if name.contains('/') || name.contains('\\') || name.starts_with('.') {
            return Err(format!("bad file name in C program: {name}"));
        }
        let path = work_dir.join(name);
        std::fs::write(&path, contents)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        // With a cache, the `.c` files are still written (the work
        // directory shows the whole program) but objects are linked.
        if name.ends_with(".c") && cache_dir.is_none() {
            sources.push(path);
        }
    }
    let split = rest.len() - rest.iter().rev().take_while(|a| is_link_arg(a)).count();
    let (flags, link) = rest.split_at(split);
    if let Some(dir) = cache_dir {
        let identity = compiler_identity(compiler)?;
        let text = |n: &str| {
            prog.files
                .iter()
                .find(|(f, _)| f == n)
                .map(|(_, t)| t.as_str())
                .unwrap_or_default()
        };
        // The runtime first, as in the one-command build: the same link
        // order.
        sources.push(runtime_object::runtime_object(
            compiler, &identity, flags, dir,
        )?);
        sources.push(program_object::program_object(
            compiler,
            &identity,
            flags,
            &work_dir.join(PROGRAM_FILE),
            text(PROGRAM_FILE),
            text("rpy_runtime.h"),
        )?);
    }
    let mut cmd = Command::new(compiler);
    cmd.args(flags)
        .arg("-o")
        .arg(output)
        .args(&sources)
        .args(link);
    run_compiler(&mut cmd, compiler, "")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_flags_are_split_off() {
        let args = [
            "-O2",
            "-static",
            "-specs",
            "x.specs",
            "-lm",
            "-Wl,--gc-sections",
        ];
        let split = args.len() - args.iter().rev().take_while(|a| is_link_arg(a)).count();
        assert_eq!(split, 4);
    }

    #[test]
    fn sample_emits() {
        let src = include_str!("../../ir/tests/ir/sample.ir");
        let m = match ir::parse::parse_module(src) {
            Ok(m) => m,
            Err(e) => panic!("{e}"),
        };
        let p = match emit(&m) {
            Ok(p) => p,
            Err(e) => panic!("{e}"),
        };
        let c = &p.files[2].1;
        assert!(
            c.contains("static int64_t f_Square_Darea(rpy_obj * v0)"),
            "{c}"
        );
        assert!(c.contains("static const rpy_class c_Square = {\"Square\", &c_Shape, 2, 1, pt_Square, vt_Square, 1, 0};"), "{c}");
        assert!(c.contains("static const rpy_class c_MyError = {\"MyError\", &rpy_cls_Exception, 3, 2, pt_MyError, NULL, 0, 1};"), "{c}");
        assert!(c.contains("__builtin_mul_overflow"), "{c}");
    }

    #[test]
    fn missing_main_is_an_error() {
        let m = ir::Module {
            classes: ir::builtin_classes(),
            functions: vec![],
        };
        assert_eq!(
            emit(&m).err().as_deref(),
            Some("the module has no `main` function")
        );
    }
}
