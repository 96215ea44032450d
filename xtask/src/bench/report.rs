//! The report: Markdown tables for people (also pasted into
//! docs/performance.md) and a JSON document with every sample.

use super::interpreters::{Availability, Group, Interpreter};
use super::{Cell, InstanceFigure, Results, Verdict, geomean, median};
use serde_json::{Value, json};

/// A Markdown table whose columns are padded to line up in a terminal.
struct Table {
    header: Vec<String>,
    /// Right-align this column?
    right: Vec<bool>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn new(header: Vec<String>, right: Vec<bool>) -> Table {
        Table {
            header,
            right,
            rows: Vec::new(),
        }
    }

    fn render(&self) -> String {
        let mut width = vec![3; self.header.len()];
        for row in std::iter::once(&self.header).chain(&self.rows) {
            for (w, c) in width.iter_mut().zip(row) {
                *w = (*w).max(c.chars().count());
            }
        }
        let line = |cells: &[String]| -> String {
            let mut s = String::from("|");
            for (k, w) in width.iter().enumerate() {
                let c = cells.get(k).map(String::as_str).unwrap_or("");
                let pad = " ".repeat(w - c.chars().count());
                if self.right.get(k).copied().unwrap_or(false) {
                    s += &format!(" {pad}{c} |");
                } else {
                    s += &format!(" {c}{pad} |");
                }
            }
            s + "\n"
        };
        let mut out = line(&self.header);
        out += "|";
        for (k, w) in width.iter().enumerate() {
            let dashes = "-".repeat(*w);
            if self.right.get(k).copied().unwrap_or(false) {
                out += &format!(" {}: |", &dashes[1..]);
            } else {
                out += &format!(" {dashes} |");
            }
        }
        out += "\n";
        for row in &self.rows {
            out += &line(row);
        }
        out
    }
}

fn verdict_word(v: &Verdict) -> &'static str {
    match v {
        Verdict::Ok => "ok",
        Verdict::Wrong(_) => "wrong output",
        Verdict::Failed(_) => "failed",
        Verdict::TimedOut(_) => "timed out",
        Verdict::Skipped(_) | Verdict::NotInThisMode(_) => "skipped",
    }
}

fn verdict_detail(v: &Verdict) -> String {
    match v {
        Verdict::Ok => String::new(),
        Verdict::Wrong(d)
        | Verdict::Failed(d)
        | Verdict::Skipped(d)
        | Verdict::NotInThisMode(d) => d.clone(),
        Verdict::TimedOut(s) => format!("killed after {s:.0} s"),
    }
}

/// Median wall time of a valid cell.
fn cell_median(c: &Option<Cell>) -> Option<f64> {
    c.as_ref()
        .filter(|c| c.verdict == Verdict::Ok)
        .and_then(|c| median(&c.samples.wall))
}

fn cell_rss(c: &Option<Cell>) -> Option<f64> {
    let c = c.as_ref().filter(|c| c.verdict == Verdict::Ok)?;
    let v: Vec<f64> = c.samples.rss_kib.iter().map(|&k| k as f64).collect();
    median(&v)
}

/// Ratio of interpreter `i`'s median to CPython's on benchmark `b`.
pub fn ratio(r: &Results, b: usize, i: usize) -> Option<f64> {
    let base = cell_median(&r.cells[b][0])?;
    let t = cell_median(&r.cells[b][i])?;
    (base > 0.0).then(|| t / base)
}

/// Geometric mean of the ratios of interpreter `i` and how many
/// benchmarks it covers.
pub fn geomean_ratio(r: &Results, i: usize) -> (Option<f64>, usize) {
    let v: Vec<f64> = (0..r.programs.len())
        .filter_map(|b| ratio(r, b, i))
        .collect();
    (geomean(&v), v.len())
}

fn instance_bytes(f: &InstanceFigure) -> Option<f64> {
    if f.verdict != Verdict::Ok {
        return None;
    }
    let to_f = |v: &[u64]| median(&v.iter().map(|&k| k as f64).collect::<Vec<_>>());
    let empty = to_f(&f.empty_kib)?;
    let full = to_f(&f.full_kib)?;
    Some((full - empty) * 1024.0 / f.count as f64)
}

fn not_ok_text(c: &Option<Cell>) -> String {
    match c {
        None => "n/a".into(),
        Some(c) => verdict_word(&c.verdict).into(),
    }
}

fn mib(kib: f64) -> String {
    format!("{:.1}", kib / 1024.0)
}

/// Every failure, wrong output and timeout, one line each.
pub fn problems(r: &Results) -> Vec<String> {
    let mut out = Vec::new();
    for (b, p) in r.programs.iter().enumerate() {
        for (i, it) in r.interpreters.iter().enumerate() {
            if let Some(c) = &r.cells[b][i]
                && c.verdict != Verdict::Ok
                && !matches!(c.verdict, Verdict::NotInThisMode(_))
            {
                out.push(format!(
                    "{} on {}: {}: {}",
                    p.name,
                    it.label,
                    verdict_word(&c.verdict),
                    verdict_detail(&c.verdict)
                ));
            }
        }
    }
    for (i, it) in r.interpreters.iter().enumerate() {
        if let Some(c) = &r.startup[i]
            && c.verdict != Verdict::Ok
        {
            out.push(format!(
                "start-up (-c pass) on {}: {}: {}",
                it.label,
                verdict_word(&c.verdict),
                verdict_detail(&c.verdict)
            ));
        }
        if let Some(f) = &r.instances[i]
            && f.verdict != Verdict::Ok
        {
            out.push(format!(
                "instances on {}: {}: {}",
                it.label,
                verdict_word(&f.verdict),
                verdict_detail(&f.verdict)
            ));
        }
    }
    out
}

/// A path or argument with the repository root removed, for display.
fn shown(arg: &str) -> String {
    let root = crate::root().join("");
    match root.to_str().and_then(|r| arg.strip_prefix(r)) {
        Some(rest) => rest.to_string(),
        None => arg.to_string(),
    }
}

fn file_size(p: &std::path::Path) -> Option<u64> {
    std::fs::metadata(p).ok().map(|m| m.len())
}

pub fn render(r: &Results) -> String {
    let mut out = String::new();
    out += &format!("## Benchmarks: `{}`\n\n", r.command);
    out += &format!("- date: {}\n", r.date);
    out += &format!("- commit: {}\n", r.machine.commit_text());
    out += &format!("- machine: {}\n", r.machine.one_line());
    out += &format!(
        "- runs: {} timed per benchmark and interpreter ({} emulated), interleaved round-robin after one verification run; {} start-up runs; total {:.0} s\n\n",
        r.reps, r.emulated_reps, r.startup_reps, r.elapsed
    );

    let mut t = Table::new(
        vec!["interpreter".into(), "command".into(), "status".into()],
        vec![false; 3],
    );
    for it in &r.interpreters {
        t.rows.push(vec![
            it.label.clone(),
            format!(
                "`{}`",
                it.command
                    .iter()
                    .map(|a| shown(a))
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            it.status_text(),
        ]);
    }
    out += &t.render();
    out += "\n";

    // Native interpreters (CPython first), ready ones.
    let cols: Vec<usize> = (0..r.interpreters.len())
        .filter(|&i| r.interpreters[i].ready() && r.interpreters[i].group != Group::Emulated)
        .collect();
    let mut header = vec!["benchmark".to_string(), "size".to_string()];
    header.extend(cols.iter().map(|&i| r.interpreters[i].label.clone()));
    let right: Vec<bool> = (0..header.len()).map(|k| k > 0).collect();

    out += "### Time: median seconds (ratio to CPython; below 1 is faster)\n\n";
    let mut t = Table::new(header.clone(), right.clone());
    for (b, p) in r.programs.iter().enumerate() {
        let mut row = vec![p.name.clone(), p.size_for(r.quick).to_string()];
        for &i in &cols {
            let c = &r.cells[b][i];
            row.push(match (cell_median(c), i) {
                (Some(m), 0) => format!("{m:.3}"),
                (Some(m), _) => match ratio(r, b, i) {
                    Some(q) => format!("{m:.3} ({q:.2}×)"),
                    None => format!("{m:.3}"),
                },
                (None, _) => not_ok_text(c),
            });
        }
        t.rows.push(row);
    }
    let mut row = vec!["geometric mean of ratios".to_string(), String::new()];
    for &i in &cols {
        let (g, n) = geomean_ratio(r, i);
        row.push(match g {
            Some(g) if n == r.programs.len() => format!("{g:.2}×"),
            Some(g) => format!("{g:.2}× ({n} of {})", r.programs.len()),
            None => "n/a".into(),
        });
    }
    t.rows.push(row);
    out += &t.render();
    out += "\n";

    out += "### Peak RSS: median MiB\n\n";
    let mut t = Table::new(header.clone(), right.clone());
    let mut row = vec!["start-up (`-c pass`)".to_string(), String::new()];
    row.extend(cols.iter().map(|&i| match cell_rss(&r.startup[i]) {
        Some(k) => mib(k),
        None => not_ok_text(&r.startup[i]),
    }));
    t.rows.push(row);
    for (b, p) in r.programs.iter().enumerate() {
        let mut row = vec![p.name.clone(), p.size_for(r.quick).to_string()];
        row.extend(cols.iter().map(|&i| match cell_rss(&r.cells[b][i]) {
            Some(k) => mib(k),
            None => not_ok_text(&r.cells[b][i]),
        }));
        t.rows.push(row);
    }
    out += &t.render();
    out += "\n";

    out += &format!(
        "### Start-up and memory per object\n\nStart-up: `-c pass`, median of {} runs. Bytes per instance: a class with 3 attributes, growth of peak RSS over {} live instances divided by their number (includes the list slot holding each).\n\n",
        r.startup_reps,
        r.instances
            .iter()
            .flatten()
            .map(|f| f.count)
            .next()
            .unwrap_or(0)
    );
    let mut t = Table::new(
        vec![
            "interpreter".into(),
            "start-up ms".into(),
            "ratio".into(),
            "start-up peak RSS MiB".into(),
            "bytes per instance".into(),
        ],
        vec![false, true, true, true, true],
    );
    let base = cell_median(&r.startup[0]);
    for (i, it) in r.interpreters.iter().enumerate() {
        if !it.ready() {
            continue;
        }
        let m = cell_median(&r.startup[i]);
        t.rows.push(vec![
            if it.group == Group::Emulated {
                format!("{} (emulated)", it.label)
            } else {
                it.label.clone()
            },
            m.map(|m| format!("{:.1}", m * 1000.0))
                .unwrap_or_else(|| not_ok_text(&r.startup[i])),
            match (m, base) {
                (Some(m), Some(b)) if b > 0.0 && it.group != Group::Emulated => {
                    format!("{:.2}×", m / b)
                }
                _ => String::new(),
            },
            cell_rss(&r.startup[i])
                .map(mib)
                .unwrap_or_else(|| not_ok_text(&r.startup[i])),
            r.instances[i]
                .as_ref()
                .and_then(instance_bytes)
                .map(|b| format!("{b:.0}"))
                .unwrap_or_else(|| "n/a".into()),
        ]);
    }
    out += &t.render();
    out += "\n";

    out += "### Our VM builds\n\n";
    let mut t = Table::new(
        vec!["build".into(), "file".into(), "bytes".into()],
        vec![false, false, true],
    );
    for it in r.interpreters.iter().filter(|it| !it.files.is_empty()) {
        for (k, f) in it.files.iter().enumerate() {
            let name = if k == 0 { it.key } else { "" };
            let file = shown(&f.display().to_string());
            let size = match (&it.availability, file_size(f)) {
                (Availability::NotBuilt(_), _) | (_, None) => "not built".to_string(),
                (_, Some(n)) => n.to_string(),
            };
            t.rows.push(vec![name.to_string(), file, size]);
        }
    }
    out += &t.render();
    out += "\n";

    out += "### Emulated ARM (`qemu-arm -cpu arm1136-r2`, at the `--quick` sizes): comparable only with other emulated figures\n\n";
    let emulated: Vec<usize> = (0..r.interpreters.len())
        .filter(|&i| r.interpreters[i].group == Group::Emulated)
        .collect();
    if emulated.is_empty() {
        out += "Not measured (excluded by `--interpreters`).\n\n";
    }
    for &i in &emulated {
        let it = &r.interpreters[i];
        if !it.ready() {
            out += &format!("{}: {}.\n\n", it.label, it.status_text());
            continue;
        }
        let mut t = Table::new(
            vec![
                "benchmark".into(),
                "size".into(),
                format!("median s ({} runs)", r.emulated_reps),
                "peak RSS MiB".into(),
            ],
            vec![false, true, true, true],
        );
        for (b, p) in r.programs.iter().enumerate() {
            let c = &r.cells[b][i];
            t.rows.push(vec![
                p.name.clone(),
                super::size_on(p, it, r.quick).to_string(),
                cell_median(c)
                    .map(|m| format!("{m:.3}"))
                    .unwrap_or_else(|| not_ok_text(c)),
                cell_rss(c).map(mib).unwrap_or_else(|| not_ok_text(c)),
            ]);
        }
        out += &t.render();
        out += "\n";
    }

    out += &super::translation::render(&r.translation);

    let problems = problems(r);
    if problems.is_empty() {
        out += "All outputs matched CPython's.\n";
    } else {
        out += "### Problems (not timed)\n\n";
        for p in problems {
            out += &format!("- {p}\n");
        }
    }
    out
}

fn cell_json(c: &Option<Cell>, ratio: Option<f64>) -> Value {
    match c {
        None => json!({ "verdict": "not run" }),
        Some(c) => {
            let rss: Vec<f64> = c.samples.rss_kib.iter().map(|&k| k as f64).collect();
            let min = c.samples.wall.iter().copied().reduce(f64::min);
            let max = c.samples.wall.iter().copied().reduce(f64::max);
            json!({
                "verdict": verdict_word(&c.verdict),
                "detail": verdict_detail(&c.verdict),
                "verify_wall_s": c.verify_wall,
                "wall_s": c.samples.wall,
                "cpu_s": c.samples.cpu,
                "max_rss_kib": c.samples.rss_kib,
                "median_s": median(&c.samples.wall),
                "min_s": min,
                "max_s": max,
                "median_max_rss_kib": median(&rss),
                "ratio_to_cpython": ratio,
            })
        }
    }
}

fn interpreter_json(it: &Interpreter) -> Value {
    let files: Vec<Value> = it
        .files
        .iter()
        .map(|f| json!({ "path": f.display().to_string(), "bytes": file_size(f) }))
        .collect();
    json!({
        "key": it.key,
        "label": it.label,
        "command": it.command,
        "group": match it.group {
            Group::Reference => "reference",
            Group::Native => "native",
            Group::Emulated => "emulated",
        },
        "status": match &it.availability {
            Availability::Ready => "ready",
            Availability::NotBuilt(_) => "not built",
            Availability::Unavailable(_) => "unavailable",
        },
        "status_detail": it.status_text(),
        "files": files,
    })
}

pub fn json(r: &Results) -> Value {
    let benchmarks: Vec<Value> = r
        .programs
        .iter()
        .enumerate()
        .map(|(b, p)| {
            let mut results = serde_json::Map::new();
            for (i, it) in r.interpreters.iter().enumerate() {
                let q = if it.group == Group::Emulated {
                    None
                } else {
                    ratio(r, b, i)
                };
                let mut cell = cell_json(&r.cells[b][i], q);
                if let Value::Object(m) = &mut cell {
                    m.insert("size".into(), json!(super::size_on(p, it, r.quick)));
                }
                results.insert(it.key.to_string(), cell);
            }
            json!({
                "name": p.name,
                "summary": p.summary,
                "file": format!("benches/{}.py", p.name),
                "size": p.size_for(r.quick),
                "results": results,
            })
        })
        .collect();
    let mut geo = serde_json::Map::new();
    let mut startup = serde_json::Map::new();
    let mut instances = serde_json::Map::new();
    for (i, it) in r.interpreters.iter().enumerate() {
        if it.group != Group::Emulated {
            let (g, n) = geomean_ratio(r, i);
            geo.insert(it.key.into(), json!({ "value": g, "benchmarks": n }));
        }
        startup.insert(it.key.into(), cell_json(&r.startup[i], None));
        instances.insert(
            it.key.into(),
            match &r.instances[i] {
                None => json!({ "verdict": "not run" }),
                Some(f) => json!({
                    "verdict": verdict_word(&f.verdict),
                    "detail": verdict_detail(&f.verdict),
                    "instances": f.count,
                    "max_rss_kib_empty": f.empty_kib,
                    "max_rss_kib_full": f.full_kib,
                    "bytes_per_instance": instance_bytes(f),
                }),
            },
        );
    }
    let m = &r.machine;
    json!({
        "format": "xtask-bench 1",
        "command": r.command,
        "date": r.date,
        "quick": r.quick,
        "elapsed_s": r.elapsed,
        "repetitions": {
            "timed": r.reps,
            "timed_emulated": r.emulated_reps,
            "startup": r.startup_reps,
        },
        "git": { "commit": m.commit, "dirty": m.dirty },
        "machine": {
            "cpu": m.cpu,
            "logical_cores": m.cores,
            "memory_kib": m.memory_kib,
            "os": m.os,
            "kernel": m.kernel,
            "arch": m.arch,
        },
        "interpreters": r.interpreters.iter().map(interpreter_json).collect::<Vec<_>>(),
        "benchmarks": benchmarks,
        "geometric_mean_ratio_to_cpython": geo,
        "startup": startup,
        "bytes_per_instance": instances,
        "translation": super::translation::json(&r.translation),
        "problems": problems(r),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_line_up() {
        let mut t = Table::new(vec!["a".into(), "bb".into()], vec![false, true]);
        t.rows.push(vec!["long name".into(), "1.0×".into()]);
        assert_eq!(
            t.render(),
            "| a         |   bb |\n| --------- | ---: |\n| long name | 1.0× |\n"
        );
    }
}
