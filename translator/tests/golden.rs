//! IR golden tests: `golden/NAME.py` translates to exactly `golden/NAME.ir`
//! (the whole module as printed by `ir::text::print_module`), which parses
//! back to the same module and verifies. `UPDATE_EXPECT=1` rewrites the
//! expected files.

use std::path::{Path, PathBuf};

#[test]
fn golden_ir() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 5, "only {} golden cases", cases.len());
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    for case in &cases {
        let m = translator::translate_file(case).unwrap_or_else(|d| panic!("{}", d.render(false)));
        let text = ir::text::print_module(&m);
        let back =
            ir::parse::parse_module(&text).unwrap_or_else(|e| panic!("{}: {e:?}", case.display()));
        assert_eq!(back, m, "{}: round trip", case.display());
        ir::verify::verify_module(&back).unwrap_or_else(|e| panic!("{}: {e:?}", case.display()));
        let exp_path = case.with_extension("ir");
        if update {
            std::fs::write(&exp_path, &text).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&exp_path).unwrap_or_default();
        if expected != text {
            failures.push(format!(
                "--- {}: expected\n{expected}\n--- got\n{text}",
                case.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
