//! Shared helpers: build a jar from an IR program and run it.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

pub fn parse(src: &str) -> ir::Module {
    match ir::parse::parse_module(src) {
        Ok(m) => m,
        Err(e) => panic!("parse error: {e}"),
    }
}

pub fn tmp() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("backend-jvm-tests")
}

/// Package `src` as `<name>.jar`; returns the jar path.
pub fn build(name: &str, src: &str) -> PathBuf {
    let m = parse(&with_builtins(src));
    let jar = tmp().join(format!("{name}.jar"));
    if let Err(e) = backend_jvm::package(&m, &jar, &tmp().join("work")) {
        panic!("package failed: {e}");
    }
    jar
}

pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

/// `java -Xverify:all -jar JAR args...`, run from the jar's directory.
pub fn run(jar: &Path, args: &[&str]) -> Run {
    let dir = jar.parent().unwrap_or(Path::new("."));
    let file = jar.file_name().unwrap_or_default();
    let out = match Command::new("java")
        .args([
            "-Xverify:all",
            "-XX:TieredStopAtLevel=1",
            "-Xshare:auto",
            "-jar",
        ])
        .arg(file)
        .args(args)
        .current_dir(dir)
        .output()
    {
        Ok(o) => o,
        Err(e) => panic!("cannot run java: {e}"),
    };
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// The program preceded by the builtin class declarations.
pub fn with_builtins(src: &str) -> String {
    let builtins = ir::Module {
        classes: ir::builtin_classes(),
        functions: vec![],
    };
    format!("{}{src}", ir::text::print_module(&builtins))
}
