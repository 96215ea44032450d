//! `cargo xtask`: the one entry point for developer tasks.
//!
//! - `build --target T [--entry FILE.py] [--out DIR] [--emit ir] [--quiet]`
//! - `run --target T [BUILD FLAGS] FILE.py [-- ARGS...]`
//! - `test [--no-lint] [--only NAME,...] [--vm]`
//! - `toolchains [--install]`
//! - `bench [--quick] [--only NAME,...] [--interpreters NAME,...] [--json FILE] [--plot FILE.svg]`

mod bench;
mod build;
mod cli;
mod diff;
mod progress;
mod run;
mod test;
mod toolchain_cmd;

use std::path::PathBuf;
use std::process::ExitCode;

/// The repository root (xtask lives one level below it).
pub fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match cli::parse(&args) {
        Ok(cli::Command::Help) => {
            print!("{}", cli::USAGE);
            Ok(0)
        }
        Ok(cli::Command::Build(b)) => build::cmd_build(&b),
        Ok(cli::Command::Bench(b)) => bench::cmd_bench(&b),
        Ok(cli::Command::Run(r)) => run::cmd_run(&r),
        Ok(cli::Command::Test(t)) => test::cmd_test(&t),
        Ok(cli::Command::Toolchains { install }) => toolchain_cmd::cmd_toolchains(install),
        Err(e) => Err(Failure::Message(format!("{e}\n\n{}", cli::USAGE))),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(Failure::Message(e)) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
        Err(Failure::Diagnostics(text)) => {
            eprint!("{text}");
            ExitCode::from(1)
        }
    }
}

/// Why a command failed.
#[derive(Debug)]
pub enum Failure {
    /// The toolchain's own message (printed after `error: `).
    Message(String),
    /// Diagnostics about the user's program, already rendered.
    Diagnostics(String),
}

impl From<String> for Failure {
    fn from(s: String) -> Failure {
        Failure::Message(s)
    }
}

impl From<&str> for Failure {
    fn from(s: &str) -> Failure {
        Failure::Message(s.to_string())
    }
}
