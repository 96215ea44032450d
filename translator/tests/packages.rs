//! Programs split over packages: the entry module `app/main.py` imports
//! modules by dotted names resolved against the source root (the directory
//! holding the top-level package `app`), with an import cycle between two
//! modules and classes deriving across modules. The translated program
//! (built with the C backend) prints exactly what CPython prints.

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pkgapp")
}

const EXPECTED: &str =
    "hello from app.util\n42\nhelper\nsquare:9\ncircle:30\ncircle:120\ncircle:120\n10 3000\n10\n";

#[test]
fn package_program_translates_and_runs() {
    let entry = fixture().join("app/main.py");
    let m = match translator::translate_file(&entry) {
        Ok(m) => m,
        Err(d) => panic!("{}", d.render(false)),
    };
    ir::verify::verify_module(&m).expect("the IR verifies");
    // Module identity is the dotted name: one class per definition,
    // whichever path imported it.
    for c in [
        "app$shapes$base$Shape",
        "app$shapes$circle$Circle",
        "Square",
    ] {
        assert!(m.class(c).is_some(), "class {c} missing");
    }
    assert_eq!(
        m.class("Square").and_then(|c| c.parent.clone()).as_deref(),
        Some("app$shapes$base$Shape")
    );
    let prog = backend_c::emit(&m).expect("C emission");
    let work = std::env::temp_dir().join(format!("rpy-pkgapp-{}", std::process::id()));
    let exe = work.join("app");
    let cc: Vec<String> = [
        "cc",
        "-O1",
        "-std=gnu11",
        "-fwrapv",
        "-fno-strict-aliasing",
        "-lm",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    backend_c::compile(&prog, &work, &exe, &cc).expect("C compilation");
    let out = Command::new(&exe).output().expect("run the program");
    let _ = std::fs::remove_dir_all(&work);
    assert_eq!(String::from_utf8_lossy(&out.stdout), EXPECTED);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn package_program_matches_cpython() {
    // The same program on CPython (the source root on PYTHONPATH, the
    // entry's directory first on sys.path as for any script).
    let root = fixture();
    let out = Command::new("python3")
        .arg(root.join("app/main.py"))
        .env("PYTHONPATH", &root)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .expect("python3 runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout), EXPECTED);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn missing_submodule_is_reported_at_the_import() {
    let entry = fixture().join("app/bad_import.py");
    let d = translator::translate_file(&entry).expect_err("must fail");
    let text = d.render(false);
    assert!(
        text.starts_with("error: cannot find module `app.shapes.square`\n"),
        "{text}"
    );
    assert!(
        text.contains("from app.shapes.square import Square"),
        "{text}"
    );
}

fn build_and_run(entry: &Path, tag: &str) -> (String, Option<i32>) {
    let m = match translator::translate_file(entry) {
        Ok(m) => m,
        Err(d) => panic!("{}", d.render(false)),
    };
    ir::verify::verify_module(&m).expect("the IR verifies");
    let prog = backend_c::emit(&m).expect("C emission");
    let work = std::env::temp_dir().join(format!("rpy-{tag}-{}", std::process::id()));
    let exe = work.join(tag);
    let cc: Vec<String> = [
        "cc",
        "-O1",
        "-std=gnu11",
        "-fwrapv",
        "-fno-strict-aliasing",
        "-lm",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    backend_c::compile(&prog, &work, &exe, &cc).expect("C compilation");
    let out = Command::new(&exe).output().expect("run the program");
    let _ = std::fs::remove_dir_all(&work);
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code(),
    )
}

/// `rlib.objectmodel` and `rlib.rarithmetic` get their translated meaning:
/// `we_are_translated()` is True (the CPython-only branch is not even
/// checked), identity hashes are stable, and the r_uint helpers wrap to
/// 64-bit patterns (the values CPython's rlib gives, through `intmask`).
#[test]
fn rlib_modules_have_their_translated_meaning() {
    let entry = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rlibapp/main.py");
    let (out, code) = build_and_run(&entry, "rlibapp");
    assert_eq!(
        out,
        "translated\nTrue\n529344067295497451 5740354900026072187\n1 -9223372036854775808\n\
         False True 15\n1844674407370955161 5\n5 64\n"
    );
    assert_eq!(code, Some(0));
}
