//! Helpers shared by the CLI backend tests: parse an IR program, package
//! it (assembly + runtime DLL) and run it under Mono.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

pub fn tmp_root() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("backend-cli-tests")
}

pub fn parse(src: &str) -> ir::Module {
    let m = match ir::parse::parse_module(src) {
        Ok(m) => m,
        Err(e) => panic!("IR does not parse: {e:?}"),
    };
    if let Err(errs) = ir::verify::verify_module(&m) {
        let lines: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        panic!("IR does not verify:\n{}", lines.join("\n"));
    }
    m
}

/// Package the program into a fresh directory named `name`.
pub fn build(name: &str, src: &str) -> PathBuf {
    let m = parse(src);
    let dir = tmp_root().join(name);
    let _ = std::fs::remove_dir_all(&dir);
    let work = tmp_root().join("work");
    let files = backend_cli::package(&m, &dir, "prog.exe", &work)
        .unwrap_or_else(|e| panic!("package failed: {e}"));
    assert_eq!(files, vec![dir.join("prog.exe"), dir.join("pypy-rt.dll")]);
    dir
}

pub fn run(dir: &Path, args: &[&str]) -> Run {
    let out = Command::new("mono")
        .arg(dir.join("prog.exe"))
        .args(args)
        .output()
        .expect("cannot run mono");
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// Build, run, and check stdout and the exit code exactly.
pub fn check(name: &str, src: &str, stdout: &str, code: i32) -> Run {
    let dir = build(name, src);
    peverify(&dir);
    let r = run(&dir, &[]);
    assert_eq!(r.stdout, stdout, "stdout of {name} (stderr: {})", r.stderr);
    assert_eq!(r.code, code, "exit code of {name} (stderr: {})", r.stderr);
    r
}

/// `peverify` (Mono's pedump --verify metadata,code) on the program: no
/// output and exit status 0, with the runtime DLL beside it.
pub fn peverify(dir: &Path) {
    let out = Command::new("peverify")
        .arg(dir.join("prog.exe"))
        .current_dir(dir)
        .output()
        .expect("cannot run peverify");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success() && text.trim().is_empty(),
        "peverify failed in {}:\n{text}",
        dir.display()
    );
}
