//! `cargo xtask bench` end to end: one small benchmark in --quick mode on
//! CPython alone must produce the tables, the JSON document and the chart.
//! (Whether it is fast is not the point; that the harness runs is.)

use std::path::PathBuf;
use std::process::Command;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("xtask-bench-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    dir.join(name)
}

#[test]
fn quick_run_of_one_benchmark_produces_the_report() {
    let json = scratch("bench.json");
    let svg = scratch("bench.svg");
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args([
            "bench",
            "--quick",
            "--only",
            "fannkuch",
            "--interpreters",
            "cpython",
        ])
        .arg("--json")
        .arg(&json)
        .arg("--plot")
        .arg(&svg)
        .output()
        .unwrap_or_else(|e| panic!("cannot run xtask: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(0),
        "stdout:\n{stdout}\nstderr:\n{stderr}"
    );

    // The time table: a header naming CPython, the benchmark's row with its
    // quick size and a median, and the geometric-mean row.
    let lines: Vec<&str> = stdout.lines().collect();
    let at = lines
        .iter()
        .position(|l| *l == "### Time: median seconds (ratio to CPython; below 1 is faster)")
        .unwrap_or_else(|| panic!("no time table in:\n{stdout}"));
    let header = lines[at + 2];
    assert!(header.starts_with("| benchmark "), "{header}");
    assert!(header.contains("| CPython 3."), "{header}");
    let row: Vec<&str> = lines[at + 4].split('|').map(str::trim).collect();
    assert_eq!(row[1..3], ["fannkuch", "8"], "{stdout}");
    let median: f64 = row[3]
        .parse()
        .unwrap_or_else(|_| panic!("median `{}` in {stdout}", row[3]));
    assert!(median > 0.0);
    let geo: Vec<&str> = lines[at + 5].split('|').map(str::trim).collect();
    assert_eq!(
        geo[1..4],
        ["geometric mean of ratios", "", "1.00×"],
        "{stdout}"
    );
    assert!(stdout.contains("### Peak RSS: median MiB"), "{stdout}");
    assert!(stdout.contains("| start-up (`-c pass`) |"), "{stdout}");
    assert!(stdout.contains("### Our VM builds"), "{stdout}");
    assert!(
        stdout.ends_with("All outputs matched CPython's.\n"),
        "{stdout}"
    );

    // The JSON document has every sample and the context.
    let text = std::fs::read_to_string(&json).unwrap_or_else(|e| panic!("{e}"));
    let doc: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    assert_eq!(doc["format"], "xtask-bench 1");
    assert_eq!(doc["quick"], true);
    assert_eq!(doc["benchmarks"][0]["name"], "fannkuch");
    assert_eq!(doc["benchmarks"][0]["size"], 8);
    let cell = &doc["benchmarks"][0]["results"]["cpython"];
    assert_eq!(cell["verdict"], "ok");
    assert_eq!(cell["wall_s"].as_array().map(Vec::len), Some(3));
    assert_eq!(cell["max_rss_kib"].as_array().map(Vec::len), Some(3));
    assert_eq!(
        doc["geometric_mean_ratio_to_cpython"]["cpython"]["value"],
        1.0
    );
    assert_eq!(
        doc["startup"]["cpython"]["wall_s"].as_array().map(Vec::len),
        Some(5)
    );
    assert!(doc["bytes_per_instance"]["cpython"]["bytes_per_instance"].as_f64() > Some(0.0));
    assert_eq!(doc["git"]["commit"].as_str().map(str::len), Some(40));
    assert!(doc["machine"]["logical_cores"].as_u64() > Some(0));
    assert_eq!(doc["problems"], serde_json::json!([]));

    // The chart is an SVG document naming the benchmark.
    let chart = std::fs::read_to_string(&svg).unwrap_or_else(|e| panic!("{e}"));
    assert!(chart.starts_with("<svg "), "{chart}");
    assert!(chart.contains("fannkuch"), "{chart}");
    let _ = std::fs::remove_dir_all(json.parent().unwrap_or(&json));
}
