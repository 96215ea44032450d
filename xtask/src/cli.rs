//! Command-line parsing for `cargo xtask` (small enough to do by hand, with
//! a clear error for every mistake).

use std::path::PathBuf;

pub const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  build --target T [--entry FILE.py] [--out DIR] [--emit ir] [--quiet]
        [--gc-stress] [--sanitize]
        translate for T (linux-x86_64, maemo-arm, cli, jvm or all): the
        Python VM (build/T/pypy-c, pypy-cli.exe, pypy-jvm.jar), or FILE.py;
        outputs go to build/T/ unless --out DIR is given (DIR/T/ with
        --target all); --gc-stress (C targets)
        collects at every allocation; --sanitize (linux-x86_64) builds with
        -fsanitize=address,undefined
  run --target T [--out DIR] [--quiet] [--gc-stress] [--sanitize] FILE.py [-- ARGS...]
        translate FILE.py for T (reusing an up-to-date build) and run it
  test [--no-lint] [--only NAME,...] [--vm]
        run every test of the project on every target; --only: those
        tests/rpython programs; --vm: only the Python VM's suites (its
        scripts untranslated, then translated on every target)
  toolchains [--install]
        list the tools each target needs; --install installs the missing ones
  bench [--quick] [--only NAME,...] [--interpreters NAME,...] [--json FILE]
        [--plot FILE.svg]
        time benches/*.py on CPython, PyPy and each built VM (outputs
        checked against CPython first); --quick: a subset, fewer runs
";

#[derive(Debug, Clone, Default)]
pub struct BuildArgs {
    pub target: String,
    pub entry: Option<PathBuf>,
    pub out: Option<PathBuf>,
    pub emit_ir: bool,
    pub quiet: bool,
    pub variant: Variant,
}

/// Build variants that change the generated program's runtime checks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Variant {
    /// Collect at every allocation (C targets).
    pub gc_stress: bool,
    /// AddressSanitizer + UndefinedBehaviorSanitizer (host C target).
    pub sanitize: bool,
}

#[derive(Debug, Clone)]
pub struct RunArgs {
    pub build: BuildArgs,
    pub program_args: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct TestArgs {
    pub no_lint: bool,
    pub only: Vec<String>,
    /// Only the Python VM's suites.
    pub vm: bool,
}

#[derive(Debug)]
pub enum Command {
    Help,
    Build(BuildArgs),
    Run(RunArgs),
    Test(TestArgs),
    Toolchains { install: bool },
    Bench(crate::bench::BenchArgs),
}

fn value(args: &[String], i: &mut usize, flag: &str) -> Result<String, String> {
    *i += 1;
    args.get(*i)
        .cloned()
        .ok_or_else(|| format!("`{flag}` needs a value"))
}

/// Parse the build flags shared by `build` and `run`; returns the
/// positional arguments and what follows `--`.
fn parse_build_flags(
    args: &[String],
    b: &mut BuildArgs,
    allow_emit: bool,
) -> Result<(Vec<String>, Vec<String>), String> {
    let mut positional = Vec::new();
    let mut rest = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "--target" => b.target = value(args, &mut i, a)?,
            "--entry" => b.entry = Some(PathBuf::from(value(args, &mut i, a)?)),
            "--out" => b.out = Some(PathBuf::from(value(args, &mut i, a)?)),
            "--emit" if allow_emit => {
                let what = value(args, &mut i, a)?;
                if what != "ir" {
                    return Err(format!("`--emit {what}`: only `--emit ir` exists"));
                }
                b.emit_ir = true;
            }
            "--quiet" | "-q" => b.quiet = true,
            "--gc-stress" => b.variant.gc_stress = true,
            "--sanitize" => b.variant.sanitize = true,
            "--" => {
                rest = args[i + 1..].to_vec();
                break;
            }
            s if s.starts_with('-') => return Err(format!("unknown flag `{s}`")),
            _ => positional.push(a.clone()),
        }
        i += 1;
    }
    if b.target.is_empty() {
        return Err("`--target T` is required (linux-x86_64, maemo-arm, cli, jvm or all)".into());
    }
    Ok((positional, rest))
}

pub fn parse(args: &[String]) -> Result<Command, String> {
    let Some(cmd) = args.first() else {
        return Ok(Command::Help);
    };
    let rest = &args[1..];
    match cmd.as_str() {
        "help" | "--help" | "-h" => Ok(Command::Help),
        "build" => {
            let mut b = BuildArgs::default();
            let (pos, after) = parse_build_flags(rest, &mut b, true)?;
            if let Some(p) = pos.first().or(after.first()) {
                return Err(format!(
                    "unexpected argument `{p}` (the program is given with --entry)"
                ));
            }
            Ok(Command::Build(b))
        }
        "run" => {
            let mut b = BuildArgs::default();
            let (pos, after) = parse_build_flags(rest, &mut b, false)?;
            match pos.as_slice() {
                [file] => {
                    if b.entry.is_some() {
                        return Err(
                            "give the program either as FILE.py or with --entry, not both".into(),
                        );
                    }
                    b.entry = Some(PathBuf::from(file));
                }
                [] if b.entry.is_some() => {}
                [] => {
                    return Err(
                        "`run` needs the program: cargo xtask run --target T FILE.py".into(),
                    );
                }
                [_, extra, ..] => {
                    return Err(format!(
                        "unexpected argument `{extra}`: program arguments go after `--`"
                    ));
                }
            }
            if b.target == "all" {
                return Err("`run` takes one target, not `all`".into());
            }
            Ok(Command::Run(RunArgs {
                build: b,
                program_args: after,
            }))
        }
        "test" => {
            let mut t = TestArgs::default();
            let mut i = 0;
            while i < rest.len() {
                match rest[i].as_str() {
                    "--no-lint" => t.no_lint = true,
                    "--vm" => t.vm = true,
                    "--only" => {
                        t.only = value(rest, &mut i, "--only")?
                            .split(',')
                            .map(str::to_string)
                            .collect()
                    }
                    other => return Err(format!("unknown flag `{other}` for `test`")),
                }
                i += 1;
            }
            Ok(Command::Test(t))
        }
        "bench" => crate::bench::parse_bench_args(rest).map(Command::Bench),
        "toolchains" => match rest {
            [] => Ok(Command::Toolchains { install: false }),
            [f] if f == "--install" => Ok(Command::Toolchains { install: true }),
            [other, ..] => Err(format!("unknown flag `{other}` for `toolchains`")),
        },
        other => Err(format!("unknown command `{other}`")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Result<Command, String> {
        parse(&s.split_whitespace().map(str::to_string).collect::<Vec<_>>())
    }

    #[test]
    fn run_splits_program_arguments() {
        match p("run --target jvm prog.py -- a -b") {
            Ok(Command::Run(r)) => {
                assert_eq!(r.build.entry, Some(PathBuf::from("prog.py")));
                assert_eq!(r.program_args, ["a", "-b"]);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn mistakes_are_explained() {
        assert_eq!(
            p("build --entry x.py").err().as_deref(),
            Some("`--target T` is required (linux-x86_64, maemo-arm, cli, jvm or all)")
        );
        assert_eq!(
            p("build --target cli --emit asm").err().as_deref(),
            Some("`--emit asm`: only `--emit ir` exists")
        );
        assert_eq!(
            p("run --target cli a.py b.py").err().as_deref(),
            Some("unexpected argument `b.py`: program arguments go after `--`")
        );
        assert_eq!(
            p("frobnicate").err().as_deref(),
            Some("unknown command `frobnicate`")
        );
        assert_eq!(
            p("build --target").err().as_deref(),
            Some("`--target` needs a value")
        );
    }
}
