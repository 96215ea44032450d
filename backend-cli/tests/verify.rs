//! The assembly itself: verification by Mono's `peverify` (directly, and
//! after a monodis/ilasm round trip), interned metadata references, and
//! reproducible output.

mod common;

use std::collections::HashSet;
use std::process::Command;

fn tool(cmd: &mut Command) -> String {
    let out = cmd.output().expect("cannot run tool");
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Every program of the test suite in one build directory each: verified
/// as written (no PE layout fix-up needed), and the runtime DLL too.
#[test]
fn peverify_direct() {
    for (name, src) in [
        ("v_classes", include_str!("ir/classes.ir")),
        ("v_exceptions", include_str!("ir/exceptions.ir")),
        ("v_lists", include_str!("ir/lists.ir")),
        ("v_arith", include_str!("ir/arith.ir")),
    ] {
        let dir = common::build(name, src);
        common::peverify(&dir);
        let out = Command::new("peverify")
            .arg(dir.join("pypy-rt.dll"))
            .output()
            .expect("cannot run peverify");
        assert!(
            out.status.success() && out.stdout.is_empty(),
            "runtime DLL does not verify"
        );
        // Mono's own verifier at load time agrees.
        let out = Command::new("mono")
            .arg("--verify-all")
            .arg(dir.join("prog.exe"))
            .output()
            .expect("cannot run mono");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            !err.contains("verif") && !err.contains("Invalid"),
            "{name}: {err}"
        );
    }
}

/// monodis -> ilasm -> peverify, and the reassembled program behaves the same.
#[test]
fn peverify_after_round_trip() {
    let dir = common::build("roundtrip", include_str!("ir/exceptions.ir"));
    let il = dir.join("prog.il");
    tool(
        Command::new("monodis")
            .arg(format!("--output={}", il.display()))
            .arg(dir.join("prog.exe")),
    );
    let re = dir.join("re.exe");
    tool(
        Command::new("ilasm")
            .arg(format!("/output:{}", re.display()))
            .arg(&il),
    );
    let out = Command::new("peverify")
        .arg(&re)
        .current_dir(&dir)
        .output()
        .expect("peverify");
    assert!(
        out.status.success() && out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let a = Command::new("mono")
        .arg(dir.join("prog.exe"))
        .output()
        .expect("mono");
    let b = Command::new("mono").arg(&re).output().expect("mono");
    assert_eq!(a.stdout, b.stdout);
    assert_eq!(a.stderr, b.stderr);
    assert_eq!(a.status.code(), b.status.code());
}

/// No TypeRef or MemberRef row appears twice.
#[test]
fn references_are_interned() {
    let dir = common::build("interned", include_str!("ir/classes.ir"));
    let exe = dir.join("prog.exe");
    let typerefs = tool(Command::new("monodis").arg("--typeref").arg(&exe));
    let rows: Vec<&str> = typerefs
        .lines()
        .filter_map(|l| l.split_once(": ").map(|(_, r)| r))
        .collect();
    assert!(rows.contains(&"[mscorlib]System.Object"), "{typerefs}");
    assert!(rows.contains(&"['pypy-rt']Rt.ObjList"), "{typerefs}");
    let unique: HashSet<&str> = rows.iter().copied().collect();
    assert_eq!(unique.len(), rows.len(), "duplicate TypeRef:\n{typerefs}");

    let memberrefs = tool(Command::new("monodis").arg("--memberref").arg(&exe));
    let mut seen = HashSet::new();
    let mut count = 0;
    let lines: Vec<&str> = memberrefs.lines().collect();
    for (i, l) in lines.iter().enumerate() {
        if let Some((_, rest)) = l.split_once(": TypeRef[") {
            let sig = lines.get(i + 2).copied().unwrap_or("");
            assert!(
                seen.insert(format!("{rest}|{sig}")),
                "duplicate MemberRef {rest} {sig}:\n{memberrefs}"
            );
            count += 1;
        }
    }
    assert!(count >= 5, "{memberrefs}");
    let asmrefs = tool(Command::new("monodis").arg("--assemblyref").arg(&exe));
    assert_eq!(asmrefs.matches("Name=").count(), 2, "{asmrefs}");
}

/// Two builds of the same module are byte-identical; the MVID and the
/// timestamp come from the content.
#[test]
fn reproducible() {
    let m = common::parse(include_str!("ir/lists.ir"));
    let a = backend_cli::emit(&m, "prog").expect("emit");
    let b = backend_cli::emit(&m, "prog").expect("emit");
    assert!(a == b, "two builds differ");
    let c = backend_cli::emit(&m, "other").expect("emit");
    assert!(a != c);
    // PE timestamp (COFF header at 0x80 + 4 + 4) is set from the hash.
    let ts = u32::from_le_bytes([a[0x88], a[0x89], a[0x8a], a[0x8b]]);
    assert_ne!(ts, 0);
    let dir = common::build("reproducible", include_str!("ir/lists.ir"));
    let written = std::fs::read(dir.join("prog.exe")).expect("read");
    assert!(written == a, "package writes the emitted bytes");
    let listing = tool(Command::new("monodis").arg(dir.join("prog.exe")));
    assert!(listing.contains(".module prog.exe"), "{listing}");
    assert!(!listing.contains("GUID = {00000000-0000-0000-0000-000000000000}"));
}

/// The runtime DLL is compiled once per version of the C# sources.
#[test]
fn runtime_is_cached() {
    let work = common::tmp_root().join("cache-test");
    let _ = std::fs::remove_dir_all(&work);
    let a = backend_cli::build_runtime(&work).expect("build runtime");
    assert!(a.ends_with(format!(
        "cli-runtime-{}/pypy-rt.dll",
        backend_cli::runtime_hash()
    )));
    let t1 = std::fs::metadata(&a)
        .and_then(|m| m.modified())
        .expect("mtime");
    let b = backend_cli::build_runtime(&work).expect("cached runtime");
    assert_eq!(a, b);
    let t2 = std::fs::metadata(&b)
        .and_then(|m| m.modified())
        .expect("mtime");
    assert_eq!(t1, t2, "the cached DLL was rebuilt");
    let names = tool(Command::new("monodis").arg("--assembly").arg(&a));
    assert!(names.contains("Name:          pypy-rt"), "{names}");
}
