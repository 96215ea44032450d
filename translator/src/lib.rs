//! The RPython front end: Python 3.11 source -> typed IR ([`ir::Module`]).
//!
//! Pipeline (each stage is a function from one artifact to the next, so a
//! driver can show progress per stage):
//!
//! 1. [`parse_stage`]: source text -> [`parse::ParsedModule`] (ruff's
//!    parser, Python 3.11 grammar; every syntax error is reported).
//! 2. [`check_stage`]: parsed module -> [`typed::Program`] (names resolved,
//!    every expression typed, class fields inferred).
//! 3. [`build_stage`]: typed program -> [`ir::Module`] (SSA flow graphs;
//!    in debug builds the result is checked with
//!    [`ir::verify::verify_module`], a failure being an internal-error
//!    diagnostic).
//!
//! [`translate_source`] and [`translate_file`] run all three. Every error
//! is returned as [`Diagnostics`] (rendered rustc-style by
//! [`Diagnostics::render`]); no input makes the translator panic.

pub use ir;

pub mod build;
pub mod check;
mod check_builtins;
mod check_call;
mod check_closure;
mod check_expr;
mod check_init;
mod check_iter;
mod check_narrow;
mod check_order;
mod check_stmt;
pub mod diag;
pub mod parse;
pub mod typed;
pub mod types;

pub use diag::{Diagnostic, Diagnostics};
pub use parse::ParsedModule;

/// Stage 1: parse `src` (`file_name` is used in diagnostics).
pub fn parse_stage(file_name: &str, src: &str) -> Result<ParsedModule, Diagnostics> {
    guarded(file_name, || parse::parse(file_name, src))
}

/// Stage 2: type-check a parsed module.
pub fn check_stage(parsed: &ParsedModule) -> Result<typed::Program, Diagnostics> {
    guarded(&parsed.file_name, || check::check(parsed))
}

/// Stage 3: build the IR of a checked program (and verify it in debug
/// builds).
pub fn build_stage(
    parsed: &ParsedModule,
    program: &typed::Program,
) -> Result<ir::Module, Diagnostics> {
    guarded(&parsed.file_name, || {
        let module = build::build(program)
            .map_err(|d| Diagnostics::new(&parsed.file_name, &parsed.source, d))?;
        if cfg!(debug_assertions)
            && let Err(errs) = ir::verify::verify_module(&module)
        {
            // For translator developers: the IR that failed, as text.
            if let Some(path) = std::env::var_os("RPY_DUMP_BAD_IR") {
                let _ = std::fs::write(path, ir::text::print_module(&module));
            }
            let list: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
            return Err(Diagnostics::unlocated(
                &parsed.file_name,
                format!(
                    "internal error: the generated IR does not verify: {}",
                    list.join("; ")
                ),
                "report this as a bug in the translator",
            ));
        }
        Ok(module)
    })
}

/// Translate the program whose entry module is `path` (reads the file).
pub fn translate_file(path: &std::path::Path) -> Result<ir::Module, Diagnostics> {
    let name = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(src) => translate_source(&name, &src),
            Err(_) => Err(Diagnostics::unlocated(
                &name,
                format!("`{name}` is not valid UTF-8"),
                "save the source file as UTF-8",
            )),
        },
        Err(e) => Err(Diagnostics::unlocated(
            &name,
            format!("cannot read `{name}`: {e}"),
            "check the path of the entry module",
        )),
    }
}

/// Translate source text; `file_name` is used in diagnostics.
pub fn translate_source(file_name: &str, src: &str) -> Result<ir::Module, Diagnostics> {
    let parsed = parse_stage(file_name, src)?;
    let program = check_stage(&parsed)?;
    build_stage(&parsed, &program)
}

/// Run a stage on a thread with a large stack (deeply nested input
/// recurses deeply) and turn a panic into an internal-error diagnostic.
fn guarded<T: Send>(
    file_name: &str,
    f: impl FnOnce() -> Result<T, Diagnostics> + Send,
) -> Result<T, Diagnostics> {
    let res = std::thread::scope(|s| {
        std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn_scoped(s, f)
            .map(|h| h.join())
    });
    match res {
        Ok(Ok(r)) => r,
        Ok(Err(_)) => Err(Diagnostics::unlocated(
            file_name,
            "internal error: the translator panicked",
            "report this as a bug in the translator",
        )),
        Err(e) => Err(Diagnostics::unlocated(
            file_name,
            format!("internal error: cannot start a thread: {e}"),
            "report this as a bug in the translator",
        )),
    }
}
