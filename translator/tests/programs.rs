//! Every test program in tests/rpython (a file with a `__main__` guard)
//! translates, and its IR verifies,
//! prints, parses back to the same module and verifies again.

use std::path::{Path, PathBuf};

#[test]
fn all_test_programs_translate_and_verify() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/rpython");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        // Programs have a `__main__` guard; the other files are modules
        // they import.
        .filter(|p| {
            std::fs::read_to_string(p).is_ok_and(|s| s.contains("if __name__ == \"__main__\":"))
        })
        .collect();
    files.sort();
    assert!(files.len() >= 30, "only {} programs", files.len());
    for f in &files {
        let m = match translator::translate_file(f) {
            Ok(m) => m,
            Err(d) => panic!("{}:\n{}", f.display(), d.render(false)),
        };
        if let Err(e) = ir::verify::verify_module(&m) {
            panic!("{}: {e:?}", f.display());
        }
        let main = m.function("main").expect("main");
        assert_eq!(main.params, vec![ir::Type::List(Box::new(ir::Type::Str))]);
        assert_eq!(main.ret, Some(ir::Type::Int));
        let text = ir::text::print_module(&m);
        let back =
            ir::parse::parse_module(&text).unwrap_or_else(|e| panic!("{}: {e:?}", f.display()));
        assert_eq!(back, m, "{}: IR text does not round-trip", f.display());
    }
}

#[test]
fn staged_api_matches_translate_source() {
    let src = "def main(argv: list[str]) -> int:\n    print(len(argv))\n    return 0\n";
    let parsed = translator::parse_stage("s.py", src).unwrap();
    let prog = translator::check_stage(&parsed).unwrap();
    let m = translator::build_stage(&parsed, &prog).unwrap();
    assert_eq!(m, translator::translate_source("s.py", src).unwrap());
    // Builtin exception classes are always declared.
    for (name, _) in ir::BUILTIN_EXCEPTIONS {
        assert!(m.class(name).is_some_and(|c| c.builtin), "{name}");
    }
}
