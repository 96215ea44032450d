//! Translation cost per target: the Python VM translated from scratch by
//! this very toolchain (`xtask build --target T --out TMP`), timed, with
//! the peak resident memory of the whole build (the translator and the
//! compiler it runs: `wait4` reports the largest of the process and the
//! children it waited for), the output's size and, for native targets,
//! its size once stripped.

use super::measure;
use serde_json::{Value, json};
use std::path::Path;
use std::time::Duration;
use toolchains::{Backend, TargetSpec};

#[derive(Debug, Clone)]
pub struct Figure {
    pub target: String,
    /// Seconds for the whole translation (front end, back end, cc/javac/mcs).
    pub wall: f64,
    pub max_rss_kib: u64,
    /// Bytes of the output (with the CLI runtime DLL beside it).
    pub bytes: u64,
    /// Bytes of a stripped copy (C targets).
    pub stripped: Option<u64>,
    /// Why the translation failed, if it did.
    pub error: Option<String>,
}

/// Translate the VM for every target, one after another (so they do not
/// compete for the CPU), into a scratch directory under `build/`.
pub fn measure_all(
    root: &Path,
    targets: &[TargetSpec],
    on_start: &mut dyn FnMut(&str),
) -> Vec<Figure> {
    let exe = match std::env::current_exe() {
        Ok(e) => e.display().to_string(),
        Err(e) => {
            return targets
                .iter()
                .map(|t| failed(&t.name, format!("cannot find the xtask binary: {e}")))
                .collect();
        }
    };
    let scratch = root.join("build").join(".bench-translate");
    let mut out = Vec::new();
    for spec in targets {
        on_start(&spec.name);
        let dir = scratch.join(&spec.name);
        let _ = std::fs::remove_dir_all(&dir);
        let argv = vec![
            exe.clone(),
            "build".to_string(),
            "--target".to_string(),
            spec.name.clone(),
            "--out".to_string(),
            dir.display().to_string(),
            "--quiet".to_string(),
        ];
        let run = match measure::run(&argv, Duration::from_secs(900)) {
            Ok(r) => r,
            Err(e) => {
                out.push(failed(&spec.name, e));
                continue;
            }
        };
        if run.exit != measure::Exit::Code(0) {
            let tail = String::from_utf8_lossy(&run.stderr);
            let last = tail
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("");
            out.push(failed(&spec.name, format!("{}: {last}", run.exit)));
            continue;
        }
        let output = dir.join(&spec.output);
        let bytes = crate::build::output_size(spec, &output);
        out.push(Figure {
            target: spec.name.clone(),
            wall: run.wall,
            max_rss_kib: run.max_rss_kib,
            bytes,
            stripped: stripped_size(spec, &output),
            error: None,
        });
    }
    let _ = std::fs::remove_dir_all(&scratch);
    out
}

fn failed(target: &str, why: String) -> Figure {
    Figure {
        target: target.to_string(),
        wall: 0.0,
        max_rss_kib: 0,
        bytes: 0,
        stripped: None,
        error: Some(why),
    }
}

/// Size of a stripped copy of a native executable: the target's compiler
/// name with `strip` for `gcc`/`cc` (`arm-linux-gnueabi-strip`).
fn stripped_size(spec: &TargetSpec, output: &Path) -> Option<u64> {
    if spec.backend != Backend::C {
        return None;
    }
    let cc = spec.toolchain.cc.as_deref().unwrap_or("cc");
    let strip = if let Some(prefix) = cc.strip_suffix("gcc") {
        format!("{prefix}strip")
    } else if let Some(prefix) = cc.strip_suffix("cc") {
        format!("{prefix}strip")
    } else {
        "strip".to_string()
    };
    let copy = output.with_extension("stripped");
    let ok = std::process::Command::new(&strip)
        .arg("-o")
        .arg(&copy)
        .arg(output)
        .status()
        .is_ok_and(|s| s.success());
    let size = if ok {
        std::fs::metadata(&copy).ok().map(|m| m.len())
    } else {
        None
    };
    let _ = std::fs::remove_file(&copy);
    size
}

pub fn render(figures: &[Figure]) -> String {
    if figures.is_empty() {
        return String::new();
    }
    let mut out = String::from(
        "### Translating the VM\n\nOne target at a time, from scratch (front end, back end and the target's compiler), into a scratch directory:\n\n",
    );
    out += "| target | time | peak memory | output | stripped |\n";
    out += "| --- | ---: | ---: | ---: | ---: |\n";
    for f in figures {
        match &f.error {
            Some(e) => {
                out += &format!("| {} | failed: {} | | | |\n", f.target, e.replace('|', "/"))
            }
            None => {
                out += &format!(
                    "| {} | {:.1} s | {:.0} MiB | {} | {} |\n",
                    f.target,
                    f.wall,
                    f.max_rss_kib as f64 / 1024.0,
                    crate::build::human_size(f.bytes),
                    f.stripped
                        .map(crate::build::human_size)
                        .unwrap_or_else(|| "–".into())
                )
            }
        }
    }
    out + "\n"
}

pub fn json(figures: &[Figure]) -> Value {
    Value::Array(
        figures
            .iter()
            .map(|f| {
                json!({
                    "target": f.target,
                    "ok": f.error.is_none(),
                    "error": f.error,
                    "wall_s": f.wall,
                    "max_rss_kib": f.max_rss_kib,
                    "bytes": f.bytes,
                    "stripped_bytes": f.stripped,
                })
            })
            .collect(),
    )
}
