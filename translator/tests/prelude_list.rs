//! The prelude modules embedded in the translator (the build-time list)
//! are exactly the `.py` files of `translator/prelude/`.

use std::path::Path;

#[test]
fn embedded_prelude_matches_directory() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("prelude");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .expect("prelude directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter_map(|p| p.file_stem().and_then(|s| s.to_str()).map(str::to_string))
        .collect();
    on_disk.sort();
    let embedded: Vec<String> = translator::check::PRELUDE_FILES
        .iter()
        .map(|(n, _)| n.to_string())
        .collect();
    assert_eq!(embedded, on_disk);
    for (name, src) in translator::check::PRELUDE_FILES {
        let text = std::fs::read_to_string(dir.join(format!("{name}.py"))).expect("readable");
        assert_eq!(*src, text, "{name}.py: embedded text is stale");
    }
}
