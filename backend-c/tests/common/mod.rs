//! Shared helpers of the backend-c integration tests: parse an IR program,
//! translate and compile it, run the executable.

#![allow(dead_code)]

pub mod expected;

use std::path::{Path, PathBuf};
use std::process::Command;

/// Host compiler command as the linux-x86_64 target gives it, with
/// warnings as errors so that the emitted C stays clean.
pub fn host_cc(extra: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = [
        "cc",
        "-O2",
        "-std=gnu11",
        "-fwrapv",
        "-fno-strict-aliasing",
        "-Wall",
        "-Werror",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    v.extend(extra.iter().map(|s| s.to_string()));
    v.push("-lm".into());
    v
}

/// The maemo-arm compiler command (targets/maemo-arm.toml).
pub fn arm_cc(extra: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = [
        "arm-linux-gnueabi-gcc",
        "-O2",
        "-std=gnu11",
        "-fwrapv",
        "-fno-strict-aliasing",
        "-march=armv6",
        "-mcpu=arm1136jf-s",
        "-mfpu=vfp",
        "-mfloat-abi=softfp",
        "-marm",
        "-static",
        "-specs",
        "/usr/lib/arm-linux-musleabi/musl-gcc.specs",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    v.extend(extra.iter().map(|s| s.to_string()));
    v.push("-lm".into());
    v
}

pub fn program_source(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/programs")
        .join(format!("{name}.ir"));
    match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => panic!("cannot read {}: {e}", path.display()),
    }
}

/// Translate and compile `tests/programs/<name>.ir`; `variant` names the
/// build directory (one per compiler configuration).
pub fn build(name: &str, variant: &str, cc: &[String]) -> PathBuf {
    let src = program_source(name);
    let m = match ir::parse::parse_module(&src) {
        Ok(m) => m,
        Err(e) => panic!("{name}.ir: parse error: {e}"),
    };
    let prog = match backend_c::emit(&m) {
        Ok(p) => p,
        Err(e) => panic!("{name}.ir: emit error: {e}"),
    };
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("backend-c")
        .join(format!("{name}-{variant}"));
    let exe = dir.join("pypy-c");
    if let Err(e) = backend_c::compile(&prog, &dir, &exe, cc) {
        panic!("{name}.ir: compile error: {e}");
    }
    exe
}

pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub code: Option<i32>,
}

pub fn run(runner: &[&str], exe: &Path, args: &[&str]) -> Outcome {
    let mut cmd = match runner.split_first() {
        Some((first, rest)) => {
            let mut c = Command::new(first);
            c.args(rest).arg(exe);
            c
        }
        None => Command::new(exe),
    };
    cmd.args(args);
    let out = match cmd.output() {
        Ok(o) => o,
        Err(e) => panic!("cannot run {}: {e}", exe.display()),
    };
    Outcome {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code(),
    }
}
