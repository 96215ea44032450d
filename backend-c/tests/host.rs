//! IR programs compiled for the host and run, with stdout, stderr and the
//! exit code checked exactly; each also under -DRPY_GC_STRESS (a
//! collection at every allocation).

mod common;

use common::*;

fn check(
    name: &str,
    variant: &str,
    flags: &[&str],
    args: &[&str],
    out: &str,
    err: &str,
    code: i32,
) {
    let exe = build(name, variant, &host_cc(flags));
    let o = run(&[], &exe, args);
    assert_eq!(o.stdout, out, "{name} ({variant}) stdout");
    assert_eq!(o.stderr, err, "{name} ({variant}) stderr");
    assert_eq!(o.code, Some(code), "{name} ({variant}) exit code");
}

macro_rules! program_tests {
    ($($test:ident, $stress:ident: $name:expr, $args:expr, $out:expr, $err:expr, $code:expr;)*) => {
        $(
            #[test]
            fn $test() {
                check($name, "host", &[], $args, $out, $err, $code);
            }
            #[test]
            fn $stress() {
                check($name, "stress", &["-DRPY_GC_STRESS"], $args, $out, $err, $code);
            }
        )*
    };
}

program_tests! {
    sample, sample_gc_stress: "sample", &[], expected::SAMPLE, expected::SAMPLE_ERR, 1;
    arith, arith_gc_stress: "arith", &[], expected::ARITH, "", 300 & 0xFF;
    strings, strings_gc_stress: "strings", expected::STRINGS_ARGS, expected::STRINGS, "", 0;
    lists, lists_gc_stress: "lists", &[], expected::LISTS, "", 0;
    classes, classes_gc_stress: "classes", &[], expected::CLASSES, "", 0;
    exceptions, exceptions_gc_stress: "exceptions", &[], expected::EXCEPTIONS, expected::EXCEPTIONS_ERR, 1;
    uncaught, uncaught_gc_stress: "uncaught", &[], expected::UNCAUGHT, expected::UNCAUGHT_ERR, 1;
    recursion, recursion_gc_stress: "recursion", &[], expected::RECURSION, "", 0;
}

#[test]
fn gc_workload() {
    let arg = "x".repeat(2000);
    check("gc", "host", &[], &[&arg], &expected::gc(2000), "", 0);
}

#[test]
fn gc_workload_stress() {
    let arg = "x".repeat(20);
    check(
        "gc",
        "stress",
        &["-DRPY_GC_STRESS"],
        &[&arg],
        &expected::gc(20),
        "",
        0,
    );
}

/// Allocating ~180 MiB in total with a small live set keeps the peak RSS
/// small: the collector runs and frees memory.
#[test]
fn gc_peak_memory_stays_low() {
    let n = 10_000;
    let exe = build("gc", "stats", &host_cc(&["-DRPY_GC_STATS"]));
    let arg = "x".repeat(n);
    let o = run(&[], &exe, &[&arg]);
    assert_eq!(o.stdout, expected::gc(n));
    assert_eq!(o.code, Some(0));
    let stats = o.stderr.trim();
    let field = |key: &str| -> u64 {
        stats
            .split_whitespace()
            .find_map(|w| w.strip_prefix(key))
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("no {key} in {stats:?}"))
    };
    let collections = field("collections=");
    let maxrss_kib = field("maxrss_kib=");
    assert!(collections >= 20, "only {collections} collections: {stats}");
    assert!(maxrss_kib < 24 * 1024, "peak RSS {maxrss_kib} KiB: {stats}");
}

/// The emitted C and the runtime are free of memory errors and undefined
/// behaviour (AddressSanitizer + UBSan), with a collection at every
/// allocation so that a missing root is a use-after-free.
#[test]
fn sanitizers_with_gc_stress() {
    let flags = [
        "-O1",
        "-g",
        "-fsanitize=address,undefined",
        "-fno-sanitize-recover=all",
        "-DRPY_GC_STRESS",
    ];
    let gc_arg = "x".repeat(20);
    let gc_out = expected::gc(20);
    let cases: [(&str, &[&str], &str, &str, i32); 5] = [
        ("gc", &[&gc_arg], &gc_out, "", 0),
        ("lists", &[], expected::LISTS, "", 0),
        ("strings", expected::STRINGS_ARGS, expected::STRINGS, "", 0),
        ("classes", &[], expected::CLASSES, "", 0),
        (
            "exceptions",
            &[],
            expected::EXCEPTIONS,
            expected::EXCEPTIONS_ERR,
            1,
        ),
    ];
    for (name, args, out, err, code) in cases {
        check(name, "asan", &flags, args, out, err, code);
    }
}

/// Under a 64 MiB address-space limit, allocation failures raise
/// MemoryError, which the program catches and recovers from.
#[test]
fn out_of_memory_raises_memory_error() {
    let exe = build("memory", "host", &host_cc(&[]));
    let cmd = format!("ulimit -v 65536 && exec '{}'", exe.display());
    let o = run(&["sh", "-c"], std::path::Path::new(&cmd), &[]);
    assert_eq!(o.stdout, "list: True\n0\nstr: True\n0\nrecovered 42\n");
    assert_eq!(o.stderr, "");
    assert_eq!(o.code, Some(0));
}
