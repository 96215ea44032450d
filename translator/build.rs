//! Embeds the prelude: generates `$OUT_DIR/prelude_files.rs`, the list of
//! `prelude/*.py` modules (name, source via `include_str!`), so the
//! translator needs no source tree at run time.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("prelude");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = Vec::new();
    if let Ok(rd) = std::fs::read_dir(&dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "py")
                && let Some(stem) = p.file_stem().and_then(|s| s.to_str())
            {
                println!("cargo:rerun-if-changed={}", p.display());
                names.push(stem.to_string());
            }
        }
    }
    names.sort();
    let mut out = String::from(
        "/// Prelude modules: (module name, source).\npub const PRELUDE_FILES: &[(&str, &str)] = &[\n",
    );
    for n in &names {
        let _ = writeln!(
            out,
            "    ({n:?}, include_str!({:?})),",
            dir.join(format!("{n}.py")).display().to_string()
        );
    }
    out.push_str("];\n");
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    let _ = std::fs::write(Path::new(&out_dir).join("prelude_files.rs"), out);
}
