//! Structure of the generated class files (parsed with `cafebabe`), stack
//! map frames on instruction boundaries, reproducible output, and errors
//! instead of panics on bad input.

mod common;
use cafebabe::attributes::{AttributeData, StackMapEntry};
use common::{parse, tmp, with_builtins};

const PROGRAMS: &[(&str, &str)] = &[
    ("sample", include_str!("programs/sample.ir")),
    ("arith", include_str!("programs/arith.ir")),
    ("strings_lists", include_str!("programs/strings_lists.ir")),
    ("classes", include_str!("programs/classes.ir")),
    ("uncaught", include_str!("programs/uncaught.ir")),
    ("prims", include_str!("programs/prims.ir")),
    ("misc", include_str!("programs/misc.ir")),
    ("sysexit", include_str!("programs/sysexit.ir")),
    ("memory", include_str!("programs/memory.ir")),
];

fn offset_delta(e: &StackMapEntry) -> u16 {
    match e {
        StackMapEntry::Same { offset_delta }
        | StackMapEntry::SameLocals1StackItem { offset_delta, .. }
        | StackMapEntry::Chop { offset_delta, .. }
        | StackMapEntry::Append { offset_delta, .. }
        | StackMapEntry::FullFrame { offset_delta, .. } => *offset_delta,
    }
}

#[test]
fn every_class_parses_with_cafebabe() {
    for (name, src) in PROGRAMS {
        let mut m = parse(&with_builtins(src));
        common::dollars(&mut m);
        let classes = match backend_jvm::emit(&m) {
            Ok(c) => c,
            Err(e) => panic!("{name}: {e}"),
        };
        assert!(classes.iter().any(|(n, _)| n == backend_jvm::MAIN_CLASS));
        let user = m.classes.iter().filter(|c| !c.builtin).count();
        assert_eq!(
            classes.len(),
            user + 1,
            "{name}: one class per user class + main"
        );
        for (cname, bytes) in &classes {
            let cf = match cafebabe::parse_class(bytes) {
                Ok(cf) => cf,
                Err(e) => panic!("{name}: {cname} does not parse: {e}"),
            };
            assert_eq!(cf.major_version, 52);
            assert_eq!(&*cf.this_class, cname.as_str());
            for meth in &cf.methods {
                let code = meth.attributes.iter().find_map(|a| match &a.data {
                    AttributeData::Code(c) => Some(c),
                    _ => None,
                });
                let Some(code) = code else {
                    panic!("{name}: {cname}.{} has no code", meth.name)
                };
                let ops = match &code.bytecode {
                    Some(b) => &b.opcodes,
                    None => panic!("bytecode not parsed"),
                };
                let frames = code.attributes.iter().find_map(|a| match &a.data {
                    AttributeData::StackMapTable(f) => Some(f),
                    _ => None,
                });
                let branches = ops.iter().any(|(_, o)| {
                    let s = format!("{o:?}");
                    s.starts_with("If") || s.starts_with("Goto")
                });
                if branches || !code.exception_table.is_empty() {
                    assert!(
                        frames.is_some(),
                        "{name}: {cname}.{} lacks frames",
                        meth.name
                    );
                }
                // Every frame sits on an instruction boundary.
                let mut at: Option<usize> = None;
                for f in frames.into_iter().flatten() {
                    let d = usize::from(offset_delta(f));
                    let off = match at {
                        None => d,
                        Some(p) => p + d + 1,
                    };
                    assert!(
                        ops.iter().any(|(o, _)| *o == off),
                        "{name}: {cname}.{}: frame at {off} is not an instruction",
                        meth.name
                    );
                    at = Some(off);
                }
                assert!(code.max_stack >= 1 || ops.len() <= 1);
            }
        }
    }
}

#[test]
fn builds_are_reproducible() {
    let m = parse(&with_builtins(PROGRAMS[3].1));
    let a = backend_jvm::emit(&m);
    let b = backend_jvm::emit(&m);
    assert_eq!(a, b);
    let work = tmp().join("work");
    let j1 = tmp().join("repro1.jar");
    let j2 = tmp().join("repro2.jar");
    for j in [&j1, &j2] {
        if let Err(e) = backend_jvm::package(&m, j, &work) {
            panic!("package: {e}");
        }
    }
    let (b1, b2) = match (std::fs::read(&j1), std::fs::read(&j2)) {
        (Ok(x), Ok(y)) => (x, y),
        _ => panic!("cannot read the jars"),
    };
    assert!(!b1.is_empty());
    assert_eq!(b1, b2, "two builds give different jars");
}

#[test]
fn bad_input_is_an_error() {
    // No main.
    let m = parse(&with_builtins("fn f() {\nb0():\n  ret\n}\n"));
    assert_eq!(
        backend_jvm::emit(&m),
        Err("the program has no function `main`".to_string())
    );
    // Ill-typed IR is rejected by the verifier, not miscompiled.
    let m = parse(&with_builtins(
        "fn main(list[str]) -> int {\nb0(v0: list[str]):\n  v1: bool = const true\n  ret v1\n}\n",
    ));
    match backend_jvm::emit(&m) {
        Err(e) => assert!(e.starts_with("invalid IR"), "{e}"),
        Ok(_) => panic!("ill-typed IR accepted"),
    }
}

#[test]
fn runtime_list_matches_the_runtime_directory() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime/rt");
    let mut on_disk: Vec<String> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok())
            .map(|e| format!("rt/{}", e.file_name().to_string_lossy()))
            .filter(|n| n.ends_with(".java"))
            .collect(),
        Err(e) => panic!("{e}"),
    };
    on_disk.sort();
    let listed: Vec<String> = backend_jvm::RUNTIME_SOURCES
        .iter()
        .map(|(n, _)| n.to_string())
        .collect();
    assert_eq!(listed, on_disk);
    for (name, _) in ir::BUILTIN_EXCEPTIONS {
        assert!(listed.contains(&format!("rt/{name}.java")), "{name}");
    }
}
