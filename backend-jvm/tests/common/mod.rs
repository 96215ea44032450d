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
    build_with(name, src, |_| {})
}

/// As `build`, with the parsed module rewritten by `f` first.
pub fn build_with(name: &str, src: &str, f: impl Fn(&mut ir::Module)) -> PathBuf {
    let mut m = parse(&with_builtins(src));
    f(&mut m);
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
    run_with(jar, args, &[])
}

/// As `run`, with extra JVM options before `-jar`.
pub fn run_with(jar: &Path, args: &[&str], jvm: &[&str]) -> Run {
    let dir = jar.parent().unwrap_or(Path::new("."));
    let file = jar.file_name().unwrap_or_default();
    let out = match Command::new("java")
        .args(["-Xverify:all", "-XX:TieredStopAtLevel=1", "-Xshare:auto"])
        .args(jvm)
        .arg("-jar")
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

/// Rename every class, method and function name: `_S_` becomes `$` (as in
/// the front end's generated names, which the IR text cannot spell yet).
pub fn dollars(m: &mut ir::Module) {
    fn n(s: &mut String) {
        *s = s.replace("_S_", "$");
    }
    fn t(ty: &mut ir::Type) {
        match ty {
            ir::Type::Class(c) => n(c),
            ir::Type::List(e) => t(e),
            _ => {}
        }
    }
    for c in &mut m.classes {
        n(&mut c.name);
        if let Some(p) = &mut c.parent {
            n(p);
        }
        c.methods.iter_mut().for_each(n);
        c.fields.iter_mut().for_each(|f| t(&mut f.ty));
    }
    for f in &mut m.functions {
        n(&mut f.name);
        f.params.iter_mut().for_each(t);
        if let Some(r) = &mut f.ret {
            t(r);
        }
        f.value_types.iter_mut().for_each(t);
        for b in &mut f.blocks {
            for i in &mut b.insts {
                match &mut i.op {
                    ir::Op::Call { func, .. } => n(func),
                    ir::Op::CallVirtual { class, method, .. } => {
                        n(class);
                        n(method);
                    }
                    ir::Op::New(c)
                    | ir::Op::GetField { class: c, .. }
                    | ir::Op::SetField { class: c, .. }
                    | ir::Op::InstanceOf { class: c, .. }
                    | ir::Op::Cast { class: c, .. } => n(c),
                    ir::Op::ListNew { elem, .. } => t(elem),
                    ir::Op::ConstNull(ty) => t(ty),
                    _ => {}
                }
            }
        }
    }
}
