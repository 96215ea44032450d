//! `cargo xtask test`: every test of the project, for every target:
//! formatting and lints, the workspace's Rust tests, then the differential
//! corpus on CPython and all four targets.

use crate::Failure;
use crate::build::{ensure_toolchains, select_targets};
use crate::cli::{TestArgs, Variant};
use crate::diff;
use crate::progress::Progress;
use std::process::Command;

fn cargo(args: &[&str]) -> Result<(), Failure> {
    eprintln!("$ cargo {}", args.join(" "));
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(args)
        .current_dir(crate::root())
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`cargo {}` failed", args.join(" ")).into())
    }
}

/// The parts written in the input language also run on CPython: their
/// own test suites compare them with CPython's builtins.
const PYTHON_SUITES: &[&[&str]] = &[
    &["translator/prelude/tests/run.py"],
    &["-m", "unittest", "-q", "rlib.tests.test_rbigint"],
    &["-m", "unittest", "-q", "interpreter.tests.test_parser"],
    // The Python VM, untranslated, against CPython.
    &["tests/python/run.py", "-q", "-v"],
    // Its command line: options, stdin, -i on piped input, tracebacks.
    &["tests/cli/run.py"],
];

/// The Python VM translated for every target, then its differential
/// scripts run on all four builds (CPython runs once per script).
fn vm_tests(targets: &[toolchains::TargetSpec]) -> Result<(), Failure> {
    let args = crate::cli::BuildArgs {
        target: "all".into(),
        ..Default::default()
    };
    eprintln!("$ cargo xtask build --target all   (the Python VM)");
    let built = crate::build::build(&args, &Progress::new(false))?;
    let mut vm_args: Vec<String> = Vec::new();
    for spec in targets {
        let Some((_, b)) = built.iter().find(|(s, _)| s.name == spec.name) else {
            return Err(format!("the VM was not built for {}", spec.name).into());
        };
        let mut argv: Vec<String> = spec.runner.command.clone();
        argv.push(b.output.display().to_string());
        if argv.iter().any(|a| a.contains(' ')) {
            return Err(format!(
                "the VM's path for {} contains a space, which tests/python/run.py cannot pass",
                spec.name
            )
            .into());
        }
        vm_args.push("--vm".into());
        vm_args.push(format!("{}={}", spec.name, argv.join(" ")));
    }
    // -v: a failure shows its diff and the VM's stderr, so a failure
    // seen only in CI can be diagnosed from its log.
    for runner in [
        &["tests/python/run.py", "-q", "-v"][..],
        &["tests/cli/run.py"][..],
    ] {
        eprintln!("$ python3 {} --vm ... (one per target)", runner.join(" "));
        let status = diff::python3()
            .args(runner)
            .args(&vm_args)
            .current_dir(crate::root())
            .status()
            .map_err(|e| format!("cannot run python3: {e}"))?;
        if !status.success() {
            return Err(format!(
                "`python3 {}`: the translated VM differs from CPython on some target",
                runner.join(" ")
            )
            .into());
        }
    }
    Ok(())
}

fn python_tests() -> Result<(), Failure> {
    run_python_suites(PYTHON_SUITES)
}

/// The VM's own suites (parser, untranslated differential scripts).
fn python_tests_vm_only() -> Result<(), Failure> {
    run_python_suites(&PYTHON_SUITES[2..])
}

fn run_python_suites(suites: &[&[&str]]) -> Result<(), Failure> {
    for args in suites {
        eprintln!("$ python3 {}", args.join(" "));
        let status = diff::python3()
            .args(*args)
            .current_dir(crate::root())
            .status()
            .map_err(|e| format!("cannot run python3: {e}"))?;
        if !status.success() {
            return Err(format!("`python3 {}` failed", args.join(" ")).into());
        }
    }
    Ok(())
}

/// The example programs, with the arguments they are tested with (paths
/// relative to the repository root, where every run starts).
fn examples() -> Vec<diff::Case> {
    let root = crate::root();
    let args = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<String>>();
    vec![
        diff::Case {
            path: root.join("examples/hello.py"),
            runs: vec![args(&[]), args(&["a", "b c", "\u{e9}"])],
        },
        diff::Case {
            path: root.join("examples/bf.py"),
            runs: vec![
                args(&["examples/hello.bf"]),
                args(&["examples/test.bf"]),
                args(&["examples/no-such-file.bf"]),
                args(&[]),
            ],
        },
    ]
}

pub fn cmd_test(t: &TestArgs) -> Result<u8, Failure> {
    let targets = select_targets("all")?;
    ensure_toolchains(&targets, &Progress::new(false))?;
    if !t.no_lint {
        cargo(&["fmt", "--all", "--check"])?;
        cargo(&[
            "clippy",
            "--workspace",
            "--all-targets",
            "--quiet",
            "--",
            "-D",
            "warnings",
        ])?;
    }
    if t.vm {
        python_tests_vm_only()?;
        vm_tests(&targets)?;
        return Ok(0);
    }
    if t.only.is_empty() {
        cargo(&["test", "--workspace", "--quiet"])?;
        python_tests()?;
        vm_tests(&targets)?;
    }
    let programs = diff::programs(&crate::root().join("tests").join("rpython"), &t.only)?;
    if programs.is_empty() {
        return Err("no differential test programs found in tests/rpython".into());
    }
    let jobs = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2);
    // Every target, plus the host build under GC stress and under the
    // sanitizers.
    let mut lanes: Vec<diff::Lane> = targets.iter().cloned().map(diff::Lane::plain).collect();
    if let Some(host) = targets.iter().find(|t| t.name == "linux-x86_64") {
        lanes.push(diff::Lane {
            spec: host.clone(),
            variant: Variant {
                gc_stress: true,
                sanitize: false,
            },
            label: "linux-x86_64+gc-stress".into(),
        });
        lanes.push(diff::Lane {
            spec: host.clone(),
            variant: Variant {
                gc_stress: false,
                sanitize: true,
            },
            label: "linux-x86_64+sanitize".into(),
        });
    }
    let mut cases: Vec<diff::Case> = programs.into_iter().map(diff::Case::plain).collect();
    if t.only.is_empty() {
        cases.extend(examples());
    }
    eprintln!(
        "differential: {} programs x CPython + {} lanes",
        cases.len(),
        lanes.len()
    );
    let results = diff::run_corpus(&cases, &lanes, jobs);
    let failed: Vec<&diff::CaseResult> =
        results.iter().filter(|r| !r.failures.is_empty()).collect();
    for r in &failed {
        eprintln!("\n--- {} ---", r.name);
        for (target, msg) in &r.failures {
            eprintln!("[{target}] {}", msg.trim_end());
        }
    }
    let names: Vec<&str> = lanes.iter().map(|l| l.label.as_str()).collect();
    eprintln!(
        "\ndifferential: {} of {} programs identical to CPython on {}",
        results.len() - failed.len(),
        results.len(),
        names.join(", ")
    );
    if failed.is_empty() {
        Ok(0)
    } else {
        Err(format!("{} differential programs failed", failed.len()).into())
    }
}
