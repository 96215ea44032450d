//! `cargo xtask bench`: run the programs in `benches/` on CPython, PyPy and
//! every built flavour of our VM, side by side in one run.
//!
//! Every interpreter's output is first checked against CPython's (a wrong
//! or failed output is reported, never timed). The timed runs are then
//! interleaved round-robin (repetition by repetition, benchmark by
//! benchmark, the interpreter order rotating) so that slow drifts of a
//! noisy machine hit all interpreters alike; the report gives medians and
//! ratios to CPython, never a single absolute time.

mod interpreters;
mod machine;
mod measure;
mod plot;
mod programs;
mod report;
mod translation;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use interpreters::{Group, Interpreter};
use programs::Program;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct BenchArgs {
    pub quick: bool,
    pub only: Vec<String>,
    pub json: Option<PathBuf>,
    pub plot: Option<PathBuf>,
    /// Restrict to these interpreters (CPython is always run).
    pub interpreters: Vec<String>,
    /// Measure translating the VM for every target (default: in full
    /// runs, i.e. without `--quick` and `--only`).
    pub translation: Option<bool>,
}

pub fn parse_bench_args(args: &[String]) -> Result<BenchArgs, String> {
    let mut b = BenchArgs::default();
    let mut i = 0;
    let list = |v: String| -> Vec<String> {
        v.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    };
    while i < args.len() {
        let flag = args[i].as_str();
        let mut value = || -> Result<String, String> {
            i += 1;
            args.get(i)
                .cloned()
                .ok_or_else(|| format!("`{flag}` needs a value"))
        };
        match flag {
            "--quick" => b.quick = true,
            "--only" => b.only = list(value()?),
            "--interpreters" => b.interpreters = list(value()?),
            "--json" => b.json = Some(PathBuf::from(value()?)),
            "--plot" => b.plot = Some(PathBuf::from(value()?)),
            "--translation" => b.translation = Some(true),
            "--no-translation" => b.translation = Some(false),
            other => return Err(format!("unknown flag `{other}` for `bench`")),
        }
        i += 1;
    }
    Ok(b)
}

/// What became of one interpreter on one benchmark (or on start-up).
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// Output matched CPython's; the samples are valid.
    Ok,
    /// Ran to completion but printed something else.
    Wrong(String),
    /// Crashed or exited with an error.
    Failed(String),
    /// Killed after the given number of seconds.
    TimedOut(f64),
    /// Not run (the reason says why, e.g. CPython itself failed).
    Skipped(String),
    /// Not run by design in this mode (an emulated interpreter under
    /// `--quick`): not a problem.
    NotInThisMode(String),
}

#[derive(Debug, Clone, Default)]
pub struct Samples {
    pub wall: Vec<f64>,
    pub cpu: Vec<f64>,
    pub rss_kib: Vec<u64>,
}

impl Samples {
    fn push(&mut self, r: &measure::Run) {
        self.wall.push(r.wall);
        self.cpu.push(r.user + r.sys);
        self.rss_kib.push(r.max_rss_kib);
    }
}

#[derive(Debug, Clone)]
pub struct Cell {
    pub verdict: Verdict,
    pub samples: Samples,
    /// Seconds of the (untimed) verification run.
    pub verify_wall: f64,
}

impl Cell {
    fn new(verdict: Verdict) -> Cell {
        Cell {
            verdict,
            samples: Samples::default(),
            verify_wall: 0.0,
        }
    }
}

/// Memory of a 3-attribute instance, from peak RSS with 0 and N instances.
#[derive(Debug, Clone)]
pub struct InstanceFigure {
    pub verdict: Verdict,
    pub empty_kib: Vec<u64>,
    pub full_kib: Vec<u64>,
    pub count: u64,
}

/// Everything one run of the harness measured.
#[derive(Debug)]
pub struct Results {
    pub command: String,
    pub date: String,
    pub quick: bool,
    pub reps: usize,
    pub emulated_reps: usize,
    pub startup_reps: usize,
    pub interpreters: Vec<Interpreter>,
    pub programs: Vec<Program>,
    /// `cells[b][i]`: benchmark `b` on interpreter `i` (None: not ready).
    pub cells: Vec<Vec<Option<Cell>>>,
    pub startup: Vec<Option<Cell>>,
    pub instances: Vec<Option<InstanceFigure>>,
    pub machine: machine::Machine,
    /// Translating the VM per target (empty when not measured).
    pub translation: Vec<translation::Figure>,
    pub elapsed: f64,
}

const INSTANCE_COUNT: u64 = 200_000;

struct Harness {
    bar: ProgressBar,
    plain: bool,
}

impl Harness {
    fn phase(&self, text: &str) {
        if self.plain {
            eprintln!("bench: {text}");
        } else {
            self.bar.set_prefix(text.to_string());
        }
    }

    fn run(&self, what: &str, argv: &[String], timeout: Duration) -> Result<measure::Run, String> {
        self.bar.set_message(what.to_string());
        let r = measure::run(argv, timeout);
        self.bar.inc(1);
        r
    }
}

/// Describe a run that did not succeed.
fn failure_text(r: &measure::Run) -> String {
    let err = String::from_utf8_lossy(&r.stderr);
    let last = err
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    if last.is_empty() {
        r.exit.to_string()
    } else {
        format!("{}: {}", r.exit, last.trim())
    }
}

/// Where two outputs first differ, for the report.
fn difference(expected: &[u8], got: &[u8]) -> String {
    let e = String::from_utf8_lossy(expected);
    let g = String::from_utf8_lossy(got);
    let mut el = e.lines();
    let mut gl = g.lines();
    let mut line = 1;
    loop {
        match (el.next(), gl.next()) {
            (Some(a), Some(b)) if a == b => line += 1,
            (None, None) => return "output differs in line endings".into(),
            (a, b) => {
                return format!(
                    "line {line}: expected {:?}, got {:?}",
                    a.unwrap_or("<end of output>"),
                    b.unwrap_or("<end of output>")
                );
            }
        }
    }
}

/// Judge a run against the expected output.
fn judge(r: &measure::Run, expected: &[u8]) -> Verdict {
    match r.exit {
        measure::Exit::TimedOut => Verdict::TimedOut(r.wall),
        measure::Exit::Code(0) if r.stdout == expected => Verdict::Ok,
        measure::Exit::Code(0) => Verdict::Wrong(difference(expected, &r.stdout)),
        _ => Verdict::Failed(failure_text(r)),
    }
}

fn verify_timeout(it: &Interpreter, reference_wall: f64) -> Duration {
    let (floor, factor) = match it.group {
        Group::Reference => (600.0, 0.0),
        Group::Native => (60.0, 50.0),
        Group::Emulated => (300.0, 300.0),
    };
    Duration::from_secs_f64(f64::max(floor, factor * reference_wall))
}

/// The size a benchmark runs at on `it`: an emulated interpreter always
/// takes the `--quick` size (under qemu the full size takes minutes per run,
/// and its figures are compared only with other emulated figures anyway).
pub fn size_on(p: &Program, it: &Interpreter, quick: bool) -> u64 {
    p.size_for(quick || it.group == Group::Emulated)
}

/// The argument list for one benchmark run at `size`.
fn bench_args(p: &Program, size: u64) -> Vec<String> {
    vec![p.path.display().to_string(), size.to_string()]
}

pub fn cmd_bench(args: &BenchArgs) -> Result<u8, crate::Failure> {
    let started = Instant::now();
    let root = crate::root();
    let all = programs::discover(&root.join("benches"))?;
    let programs = programs::select(&all, &args.only, args.quick)?;
    let interpreters = interpreters::detect(&root, &args.interpreters, &mut |l| eprintln!("{l}"))?;
    for it in &interpreters {
        eprintln!("bench: {:<9} {} — {}", it.key, it.label, it.status_text());
    }
    let ready: Vec<usize> = (0..interpreters.len())
        .filter(|&i| interpreters[i].ready())
        .collect();
    let reps = if args.quick { 3 } else { 5 };
    let emulated_reps = if args.quick { 1 } else { 3 };
    let startup_reps = if args.quick { 5 } else { 10 };
    let instance_reps = if args.quick { 1 } else { 2 };
    let timed_per_bench: usize = ready
        .iter()
        .map(|&i| match interpreters[i].group {
            Group::Emulated => emulated_reps,
            _ => reps,
        })
        .sum();
    let any_emulated = !args.quick
        && ready
            .iter()
            .any(|&i| interpreters[i].group == Group::Emulated);
    let total = programs.len() * (ready.len() + timed_per_bench + usize::from(any_emulated))
        + ready.len() * (startup_reps + 2 * instance_reps);

    let plain = !std::io::stderr().is_terminal();
    let bar = ProgressBar::with_draw_target(
        Some(total as u64),
        if plain {
            ProgressDrawTarget::hidden()
        } else {
            ProgressDrawTarget::stderr()
        },
    );
    bar.set_style(
        ProgressStyle::with_template(
            "{prefix:>10} [{bar:30.cyan/blue}] {pos}/{len} {elapsed_precise} {msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    let h = Harness { bar, plain };

    // 1. Verify every output against CPython's.
    h.phase("verify");
    let mut cells: Vec<Vec<Option<Cell>>> = Vec::new();
    // CPython's output at the size each interpreter runs: the emulated ones
    // run the `--quick` size, so full runs also need CPython's output there.
    let mut expected: Vec<Vec<u8>> = Vec::new();
    let mut expected_emulated: Vec<Option<Vec<u8>>> = Vec::new();
    for p in &programs {
        let reference = &interpreters[0];
        let argv_tail = bench_args(p, size_on(p, reference, args.quick));
        let mut row: Vec<Option<Cell>> = vec![None; interpreters.len()];
        let r = h.run(
            &format!("{} on {}", p.name, reference.key),
            &reference.argv(&argv_tail),
            verify_timeout(reference, 0.0),
        )?;
        let reference_ok = r.exit == measure::Exit::Code(0);
        let reference_wall = r.wall;
        row[0] = Some(Cell {
            verdict: if reference_ok {
                Verdict::Ok
            } else {
                judge(&r, b"")
            },
            samples: Samples::default(),
            verify_wall: r.wall,
        });
        let out = r.stdout;
        let out_emulated = if any_emulated && reference_ok {
            let small = bench_args(p, p.size_for(true));
            let r = h.run(
                &format!("{} on {} (emulated size)", p.name, reference.key),
                &reference.argv(&small),
                verify_timeout(reference, 0.0),
            )?;
            (r.exit == measure::Exit::Code(0)).then_some(r.stdout)
        } else {
            None
        };
        for &i in ready.iter().skip(1) {
            let it = &interpreters[i];
            if !reference_ok {
                row[i] = Some(Cell::new(Verdict::Skipped("CPython failed".into())));
                h.bar.inc(1);
                continue;
            }
            if args.quick && it.group == Group::Emulated {
                // An interpreter under qemu runs a benchmark for minutes:
                // --quick keeps its start-up and memory figures only.
                row[i] = Some(Cell::new(Verdict::NotInThisMode(
                    "emulated: timed in full runs only".into(),
                )));
                h.bar.inc(1);
                continue;
            }
            let want = if it.group == Group::Emulated {
                match &out_emulated {
                    Some(o) => o,
                    None => {
                        row[i] = Some(Cell::new(Verdict::Skipped(
                            "CPython failed at the emulated size".into(),
                        )));
                        h.bar.inc(1);
                        continue;
                    }
                }
            } else {
                &out
            };
            let r = h.run(
                &format!("{} on {}", p.name, it.key),
                &it.argv(&bench_args(p, size_on(p, it, args.quick))),
                verify_timeout(it, reference_wall),
            )?;
            let mut c = Cell::new(judge(&r, want));
            c.verify_wall = r.wall;
            row[i] = Some(c);
        }
        cells.push(row);
        expected.push(out);
        expected_emulated.push(out_emulated);
    }

    // 2. Start-up: `-c pass`, interleaved.
    h.phase("start-up");
    let mut startup: Vec<Option<Cell>> = vec![None; interpreters.len()];
    for &i in &ready {
        startup[i] = Some(Cell::new(Verdict::Ok));
    }
    let pass = ["-c".to_string(), "pass".to_string()];
    for r in 0..startup_reps {
        for k in 0..ready.len() {
            let i = ready[(k + r) % ready.len()];
            let it = &interpreters[i];
            let run = h.run(
                &format!("-c pass on {}", it.key),
                &it.argv(&pass),
                verify_timeout(it, 1.0),
            )?;
            if let Some(c) = startup[i].as_mut()
                && c.verdict == Verdict::Ok
            {
                match judge(&run, b"") {
                    Verdict::Ok => c.samples.push(&run),
                    v => c.verdict = v,
                }
            }
        }
    }

    // 3. Memory per instance.
    h.phase("instances");
    let script = root.join("benches").join("_instances.py");
    let mut instances: Vec<Option<InstanceFigure>> = vec![None; interpreters.len()];
    for &i in &ready {
        instances[i] = Some(InstanceFigure {
            verdict: Verdict::Ok,
            empty_kib: Vec::new(),
            full_kib: Vec::new(),
            count: INSTANCE_COUNT,
        });
    }
    for r in 0..instance_reps {
        for n in [0, INSTANCE_COUNT] {
            for k in 0..ready.len() {
                let i = ready[(k + r) % ready.len()];
                let it = &interpreters[i];
                let argv = it.argv(&[script.display().to_string(), n.to_string()]);
                let run = h.run(
                    &format!("{n} instances on {}", it.key),
                    &argv,
                    verify_timeout(it, 2.0),
                )?;
                if let Some(f) = instances[i].as_mut()
                    && f.verdict == Verdict::Ok
                {
                    match judge(&run, format!("instances {n}\n").as_bytes()) {
                        Verdict::Ok if n == 0 => f.empty_kib.push(run.max_rss_kib),
                        Verdict::Ok => f.full_kib.push(run.max_rss_kib),
                        v => f.verdict = v,
                    }
                }
            }
        }
    }

    // 4. Timed runs, round-robin.
    h.phase("timing");
    for rep in 0..reps {
        for (b, p) in programs.iter().enumerate() {
            for k in 0..ready.len() {
                let i = ready[(k + rep + b) % ready.len()];
                let it = &interpreters[i];
                if it.group == Group::Emulated && rep >= emulated_reps {
                    continue;
                }
                let Some(cell) = cells[b][i].as_mut() else {
                    continue;
                };
                if cell.verdict != Verdict::Ok {
                    h.bar.inc(1);
                    continue;
                }
                let timeout = Duration::from_secs_f64(f64::max(30.0, 10.0 * cell.verify_wall));
                let run = h.run(
                    &format!("{} on {} ({}/{reps})", p.name, it.key, rep + 1),
                    &it.argv(&bench_args(p, size_on(p, it, args.quick))),
                    timeout,
                )?;
                let want = match (it.group, &expected_emulated[b]) {
                    (Group::Emulated, Some(o)) => o,
                    _ => &expected[b],
                };
                match judge(&run, want) {
                    Verdict::Ok => cell.samples.push(&run),
                    Verdict::Wrong(d) => {
                        cell.verdict = Verdict::Wrong(format!("in a timed run: {d}"));
                        cell.samples = Samples::default();
                    }
                    v => {
                        cell.verdict = v;
                        cell.samples = Samples::default();
                    }
                }
            }
        }
    }
    h.bar.finish_and_clear();

    // 5. Translation time and memory per target (alone on the machine as
    //    far as this harness goes: after every timed run).
    let measure_translation = args
        .translation
        .unwrap_or(!args.quick && args.only.is_empty());
    let translation = if measure_translation {
        let targets = crate::build::all_targets()?;
        translation::measure_all(&root, &targets, &mut |t| {
            eprintln!("bench: translating the VM for {t}")
        })
    } else {
        Vec::new()
    };

    let results = Results {
        command: std::iter::once("cargo xtask bench".to_string())
            .chain(std::env::args().skip(2))
            .collect::<Vec<_>>()
            .join(" "),
        date: machine::utc_now(),
        quick: args.quick,
        reps,
        emulated_reps,
        startup_reps,
        interpreters,
        programs,
        cells,
        startup,
        instances,
        machine: machine::Machine::describe(&root),
        translation,
        elapsed: started.elapsed().as_secs_f64(),
    };
    print!("{}", report::render(&results));
    if let Some(path) = &args.json {
        let text = serde_json::to_string_pretty(&report::json(&results))
            .map_err(|e| format!("cannot encode JSON: {e}"))?;
        std::fs::write(path, text + "\n")
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        eprintln!("bench: wrote {}", path.display());
    }
    if let Some(path) = &args.plot {
        plot::draw(&results, path)?;
        eprintln!("bench: wrote {}", path.display());
    }
    Ok(if report::problems(&results).is_empty() {
        0
    } else {
        1
    })
}

/// Median of a non-empty sample (mean of the middle two for even sizes).
pub fn median(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() {
        return None;
    }
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    Some(if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    })
}

/// Geometric mean of positive numbers.
pub fn geomean(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() || xs.iter().any(|&x| x <= 0.0) {
        return None;
    }
    Some((xs.iter().map(|x| x.ln()).sum::<f64>() / xs.len() as f64).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Result<BenchArgs, String> {
        parse_bench_args(&s.split_whitespace().map(str::to_string).collect::<Vec<_>>())
    }

    #[test]
    fn flags() {
        assert_eq!(
            p("--quick --only nbody,richards --json o.json --plot o.svg"),
            Ok(BenchArgs {
                quick: true,
                only: vec!["nbody".into(), "richards".into()],
                json: Some("o.json".into()),
                plot: Some("o.svg".into()),
                interpreters: vec![],
                translation: None,
            })
        );
        assert_eq!(p("--translation").map(|b| b.translation), Ok(Some(true)));
        assert_eq!(
            p("--no-translation").map(|b| b.translation),
            Ok(Some(false))
        );
        assert_eq!(p("--only").err().as_deref(), Some("`--only` needs a value"));
        assert_eq!(
            p("--fast").err().as_deref(),
            Some("unknown flag `--fast` for `bench`")
        );
    }

    #[test]
    fn statistics() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), Some(2.5));
        assert_eq!(median(&[]), None);
        let g = geomean(&[0.5, 2.0, 1.0]).unwrap_or(0.0);
        assert!((g - 1.0).abs() < 1e-12);
        assert_eq!(geomean(&[1.0, 0.0]), None);
    }

    #[test]
    fn differences_name_the_line() {
        assert_eq!(
            difference(b"a\nb\n", b"a\nc\n"),
            "line 2: expected \"b\", got \"c\""
        );
        assert_eq!(
            difference(b"a\n", b""),
            "line 1: expected \"a\", got \"<end of output>\""
        );
    }
}
