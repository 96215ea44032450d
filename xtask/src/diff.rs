//! Differential testing: every program in `tests/rpython/` runs on CPython
//! and, translated, on every target; stdout and exit code must be
//! byte-identical.

use crate::build::{back_end, output_name};
use crate::cli::Variant;
use crate::progress::Progress;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use toolchains::TargetSpec;

/// One way of running the corpus: a target, a variant, and a label.
#[derive(Clone)]
pub struct Lane {
    pub spec: TargetSpec,
    pub variant: Variant,
    pub label: String,
}

impl Lane {
    pub fn plain(spec: TargetSpec) -> Lane {
        Lane {
            label: spec.name.clone(),
            spec,
            variant: Variant::default(),
        }
    }
}

/// Longest a single program may run before it counts as hung.
const TIMEOUT: Duration = Duration::from_secs(60);

/// What a run printed and how it ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Exit code, or `None` if killed by a signal or the timeout.
    pub code: Option<i32>,
}

/// `python3`, with the environment that makes CPython's output the same
/// on every machine: under another locale its stdout would be strict
/// ASCII or Latin-1, and these variables would change its encoding or
/// error handler (the reference is UTF-8 with "surrogateescape" on stdout,
/// "backslashreplace" on stderr).
pub fn python3() -> Command {
    let mut c = Command::new("python3");
    c.env("LC_ALL", "C.UTF-8")
        .env_remove("PYTHONIOENCODING")
        .env_remove("PYTHONUTF8");
    c
}

/// Run a command with a timeout, capturing its output (`python3` as
/// [`python3`] sets it up).
pub fn run_captured(argv: &[String], timeout: Duration) -> Result<Outcome, String> {
    let Some((prog, args)) = argv.split_first() else {
        return Err("empty command".into());
    };
    let mut cmd = if prog == "python3" {
        python3()
    } else {
        Command::new(prog)
    };
    let mut child = cmd
        .args(args)
        .current_dir(crate::root())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run `{prog}`: {e}"))?;
    let mut out_pipe = child.stdout.take();
    let mut err_pipe = child.stderr.take();
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(p) = out_pipe.as_mut() {
            let _ = p.read_to_end(&mut v);
        }
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(p) = err_pipe.as_mut() {
            let _ = p.read_to_end(&mut v);
        }
        v
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Some(s),
            Ok(None) if start.elapsed() > timeout => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for `{prog}`: {e}")),
        }
    };
    let stdout = out_t.join().unwrap_or_default();
    let mut stderr = err_t.join().unwrap_or_default();
    if status.is_none() {
        stderr.extend_from_slice(format!("\n[timed out after {} s]", timeout.as_secs()).as_bytes());
    }
    Ok(Outcome {
        stdout,
        stderr,
        code: status.and_then(|s| s.code()),
    })
}

pub struct CaseResult {
    pub name: String,
    /// Per target: None when identical to CPython, else what differed.
    pub failures: Vec<(String, String)>,
}

/// The test programs, sorted, filtered by name (`only`: substrings).
pub fn programs(dir: &Path, only: &[String]) -> Result<Vec<PathBuf>, String> {
    let rd = std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut v: Vec<PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        // A program has a `__main__` guard; other files are modules that
        // programs import.
        .filter(|p| {
            std::fs::read_to_string(p).is_ok_and(|s| s.contains("if __name__ == \"__main__\":"))
        })
        .filter(|p| {
            only.is_empty()
                || p.file_stem().is_some_and(|s| {
                    only.iter()
                        .any(|o| s.to_string_lossy().contains(o.as_str()))
                })
        })
        .collect();
    v.sort();
    Ok(v)
}

fn describe(expected: &Outcome, got: &Outcome) -> String {
    let mut msg = String::new();
    if expected.code != got.code {
        msg.push_str(&format!(
            "exit code {:?}, CPython {:?}\n",
            got.code, expected.code
        ));
    }
    if expected.stdout != got.stdout {
        let e = String::from_utf8_lossy(&expected.stdout);
        let g = String::from_utf8_lossy(&got.stdout);
        let el: Vec<&str> = e.lines().collect();
        let gl: Vec<&str> = g.lines().collect();
        let i = el
            .iter()
            .zip(&gl)
            .position(|(a, b)| a != b)
            .unwrap_or(el.len().min(gl.len()));
        msg.push_str(&format!(
            "stdout differs at line {}: CPython {:?}, got {:?}\n",
            i + 1,
            el.get(i).copied().unwrap_or("<end>"),
            gl.get(i).copied().unwrap_or("<end>")
        ));
    }
    let err = String::from_utf8_lossy(&got.stderr);
    if !err.trim().is_empty() {
        let tail: Vec<&str> = err.lines().rev().take(6).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        msg.push_str(&format!("stderr: {}\n", tail.join("\n        ")));
    }
    msg
}

/// A program and the argument lists it is run with (one run each).
pub struct Case {
    pub path: PathBuf,
    pub runs: Vec<Vec<String>>,
}

impl Case {
    /// A program run once, without arguments.
    pub fn plain(path: PathBuf) -> Case {
        Case {
            path,
            runs: vec![vec![]],
        }
    }
}

/// One program on CPython and every lane, for each of its argument lists.
fn run_case(case: &Case, lanes: &[Lane], out_root: &Path) -> CaseResult {
    let path = case.path.as_path();
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut failures = Vec::new();
    let mut expected = Vec::new();
    for args in &case.runs {
        let mut argv = vec!["python3".to_string(), path.display().to_string()];
        argv.extend(args.iter().cloned());
        match run_captured(&argv, TIMEOUT) {
            Ok(o) => expected.push(o),
            Err(e) => {
                failures.push(("cpython".into(), e));
                return CaseResult { name, failures };
            }
        }
    }
    let progress = Progress::new(true);
    let mut bars = vec![progress.target(&name)];
    let module = match crate::build::front_end(path, &progress, &mut bars) {
        Ok(m) => m,
        Err(e) => {
            let text = match e {
                crate::Failure::Message(m) | crate::Failure::Diagnostics(m) => m,
            };
            failures.push(("translate".into(), text));
            return CaseResult { name, failures };
        }
    };
    for lane in lanes {
        let spec = &lane.spec;
        let out_dir = out_root.join(&lane.label);
        let file = output_name(spec, Some(path));
        let mut bar = progress.target(&lane.label);
        let built = match back_end(spec, lane.variant, &module, path, &out_dir, &file, &mut bar) {
            Ok(b) => b,
            Err(e) => {
                failures.push((lane.label.clone(), format!("build failed: {e}")));
                continue;
            }
        };
        for (args, expected) in case.runs.iter().zip(&expected) {
            let mut argv = spec.runner.command.clone();
            argv.push(built.output.display().to_string());
            argv.extend(args.iter().cloned());
            let label = if args.is_empty() {
                lane.label.clone()
            } else {
                format!("{} {}", lane.label, args.join(" "))
            };
            match run_captured(&argv, TIMEOUT) {
                Ok(got) => {
                    if got.stdout != expected.stdout || got.code != expected.code {
                        failures.push((label, describe(expected, &got)));
                    }
                }
                Err(e) => failures.push((label, e)),
            }
        }
    }
    CaseResult { name, failures }
}

/// Run the whole corpus with `jobs` workers; returns every result.
pub fn run_corpus(programs: &[Case], lanes: &[Lane], jobs: usize) -> Vec<CaseResult> {
    let out_root = crate::root().join("build").join("test");
    let bar = ProgressBar::new(programs.len() as u64);
    if std::io::stderr().is_terminal() {
        bar.set_style(
            ProgressStyle::with_template("differential [{bar:30.cyan/blue}] {pos}/{len} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
    } else {
        bar.set_draw_target(ProgressDrawTarget::hidden());
    }
    let queue = Mutex::new(programs.iter().collect::<Vec<_>>());
    let results = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..jobs.max(1) {
            s.spawn(|| {
                loop {
                    let next = queue.lock().ok().and_then(|mut q| {
                        if q.is_empty() {
                            None
                        } else {
                            Some(q.remove(0))
                        }
                    });
                    let Some(p) = next else { break };
                    let r = run_case(p, lanes, &out_root);
                    let line = if r.failures.is_empty() {
                        format!("ok    {}", r.name)
                    } else {
                        let which: Vec<&str> = r.failures.iter().map(|(t, _)| t.as_str()).collect();
                        format!("FAIL  {} ({})", r.name, which.join(", "))
                    };
                    bar.println(&line);
                    if !std::io::stderr().is_terminal() {
                        eprintln!("{line}");
                    }
                    bar.inc(1);
                    if let Ok(mut v) = results.lock() {
                        v.push(r);
                    }
                }
            });
        }
    });
    bar.finish_and_clear();
    let mut v = results.into_inner().unwrap_or_default();
    v.sort_by(|a, b| a.name.cmp(&b.name));
    v
}
