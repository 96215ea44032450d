//! Every `tests/errors/NAME.py` must fail to translate with exactly the
//! diagnostics in `NAME.stderr` (plain rendering). `UPDATE_EXPECT=1`
//! rewrites the expected files (review them before committing).

use std::path::{Path, PathBuf};

fn errors_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/errors")
}

#[test]
fn error_cases_match_expected_output() {
    let dir = errors_dir();
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/errors exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    cases.sort();
    assert!(
        cases.len() >= 20,
        "only {} error cases in {}",
        cases.len(),
        dir.display()
    );
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().to_string();
        // A stable path in the messages, whatever the working directory.
        let src = std::fs::read_to_string(case).unwrap();
        let shown = format!("tests/errors/{name}");
        let got = match translator::translate_source(&shown, &src) {
            Ok(_) => "<translated without errors>\n".to_string(),
            Err(d) => {
                assert!(!d.is_empty());
                d.render(false)
            }
        };
        // translate_file gives the same diagnostics (with the real path).
        let via_file = translator::translate_file(case).err().map(|d| d.items);
        let direct = translator::translate_source(&shown, &src)
            .err()
            .map(|d| d.items);
        assert_eq!(
            via_file, direct,
            "{name}: translate_file and translate_source differ"
        );
        let expected_path = case.with_extension("stderr");
        if update {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if got != expected {
            failures.push(format!("--- {name}: expected\n{expected}\n--- got\n{got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn color_rendering_differs_only_by_styling() {
    let d =
        translator::translate_source("x.py", "def main(argv: list[str]) -> int:\n    return y\n")
            .unwrap_err();
    let plain = d.render(false);
    let color = d.render(true);
    assert!(color.contains('\u{1b}'));
    assert!(!plain.contains('\u{1b}'));
    assert!(
        plain.starts_with("error: unknown name `y`\n --> x.py:2:12\n"),
        "{plain}"
    );
}

#[test]
fn garbage_input_never_panics() {
    let mut inputs: Vec<String> = vec![
        String::new(),
        "\0\0\0".into(),
        "def".into(),
        "class A(A): pass\ndef main(argv: list[str]) -> int:\n    return 0\n".into(),
        "(".repeat(5000),
        format!(
            "def main(argv: list[str]) -> int:\n    return {}1\n",
            "-".repeat(3000)
        ),
        format!(
            "def main(argv: list[str]) -> int:\n    return {}\n",
            vec!["1"; 3000].join(" + ")
        ),
        "def main(argv: list[str]) -> int:\n\treturn 0\n        return 1\n".into(),
        "x = [".into(),
        "def main(argv: list[str]) -> int:\n    return main\n".into(),
        "def main(argv: list[str]) -> int:\n    x: list[list[list[None]]] = []\n    return 0\n"
            .into(),
        "class E(Exception):\n    def __init__(self) -> None:\n        self.message = 1\n".into(),
        "@x\nclass C: pass\n".into(),
        "def main(argv: list[str]) -> int:\n    for x in 3: pass\n    return 0\n".into(),
        "def main(argv: list[str]) -> int:\n    a, b = 1\n    return 0\n".into(),
        "def f(self) -> int:\n    return super().f()\n".into(),
        "class C:\n    def m(self) -> int:\n        return super().m()\n".into(),
        "def main(argv: list[str]) -> int:\n    return '\\ud800' == ''\n".into(),
    ];
    // Every prefix of the test programs.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/rpython");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    for f in files.iter().take(6) {
        let src = std::fs::read_to_string(f).unwrap();
        let mut cut = 0;
        while cut < src.len() {
            if src.is_char_boundary(cut) {
                inputs.push(src[..cut].to_string());
            }
            cut += 37;
        }
    }
    for (i, src) in inputs.iter().enumerate() {
        match translator::translate_source("garbage.py", src) {
            Ok(m) => assert!(ir::verify::verify_module(&m).is_ok()),
            Err(d) => {
                assert!(!d.is_empty(), "input {i}");
                let text = d.render(false);
                assert!(!text.contains("internal error"), "input {i}: {text}");
            }
        }
    }
}
