//! IR programs packaged into jars and run with `java -Xverify:all -jar`:
//! exact stdout, stderr and exit code.

mod common;
use common::{build, run};

const TRACEBACK: &str = "Traceback (most recent call last):\n  File \"<program>\", in main\n";

#[test]
fn sample() {
    let jar = build("sample", include_str!("programs/sample.ir"));
    let r = run(&jar, &[]);
    assert_eq!(r.stdout, "25\n", "stderr: {}", r.stderr);
    assert_eq!(
        r.stderr,
        format!("{TRACEBACK}OverflowError: integer overflow\n")
    );
    assert_eq!(r.code, 1);
}

#[test]
fn arith() {
    let jar = build("arith", include_str!("programs/arith.ir"));
    let r = run(&jar, &[]);
    let expected = "\
= 12
= -2
OverflowError: integer overflow
OverflowError: integer overflow
= -1
= -4
OverflowError: integer overflow
OverflowError: integer overflow
= -9223372036854775808
= -24
OverflowError: integer overflow
OverflowError: integer overflow
= -9223372036854775808
OverflowError: integer overflow
= -9223372036854775808
= 0
= 3
= -4
= -4
= 3
ZeroDivisionError: integer division or modulo by zero
OverflowError: integer overflow
= -9223372036854775808
= -1
= 1
= 2
= -2
= -1
ZeroDivisionError: integer modulo by zero
= 0
= 9223372036854775806
= -5
OverflowError: integer overflow
= -9223372036854775807
True True False False False True
False True False True True False
False False True True False True
False
False
True
fib(20) = 6765
20! = 2432902008176640000
fib_iter(90) = 2880067194370816120
c -1
c 100
c 1000
c 100000
c -129
c 32767
c -32768
c 2147483647
x=2
y=1
x=1
y=2
True
maximum recursion depth exceeded
";
    assert_eq!(r.stdout, expected, "stderr: {}", r.stderr);
    assert_eq!(r.stderr, "");
    assert_eq!(r.code, 300 & 0xFF);
}

#[test]
fn strings_lists() {
    let jar = build("strings_lists", include_str!("programs/strings_lists.ir"));
    let r = run(&jar, &["one", "two words", "x=1"]);
    let expected = "\
h\u{e9}llo \u{1f600}!
8
0
6
True
False
14
tab\tquote\"backslash\\
-9223372036854775808
[10 20 30 ]
30
10
[10 25 30 40 ]
40
10
30
[25 ]
[25 1 2 25 1 2 ]
6
IndexError? True: list index out of range
IndexError? True: list index out of range
30
IndexError? True: list assignment index out of range
IndexError? True: list assignment index out of range
IndexError? True: pop index out of range
IndexError? True: pop index out of range
30
IndexError? True: pop from empty list
IndexError? True: pop from empty list
IndexError? True: list index out of range
False
h\u{e9}llo \u{1f600}!
3
6
[25 1 2 25 1 2 ]
4
arg: strings_lists.jar
arg: one
arg: two words
arg: x=1
";
    assert_eq!(r.stdout, expected, "stderr: {}", r.stderr);
    assert_eq!(r.stderr, "");
    assert_eq!(r.code, 0);
}

#[test]
fn classes() {
    let jar = build("classes", include_str!("programs/classes.ir"));
    let r = run(&jar, &[]);
    let expected = "\
Object#1
obj
waiting for Object#1
1000
False
String(two) Object#2
two
waiting for String(two) Object#2
2000
True
text: two
Main/String(three) Object#3
three
waiting for Main/String(three) Object#3
3000
True
text: three
Main/String(three) Object#3
3
module wait
> 3
0
True
> MyError bad value code 7
> lookup: list index out of range
main caught False: integer division or modulo by zero
main caught True: 
> 8
in handler
nested handler caught Fatal: True
";
    assert_eq!(r.stdout, expected, "stderr: {}", r.stderr);
    assert_eq!(r.stderr, "");
    assert_eq!(r.code, 7);
}

#[test]
fn uncaught() {
    let jar = build("uncaught", include_str!("programs/uncaught.ir"));
    for (arg, last) in [
        ("empty", "Boom\n"),
        ("msg", "Boom: caf\u{e9} \u{1f600}\n"),
        ("other", "IndexError: list index out of range\n"),
    ] {
        let r = run(&jar, &[arg]);
        assert_eq!(r.stdout, "before \u{1f600}\n");
        assert_eq!(r.stderr, format!("{TRACEBACK}{last}"));
        assert_eq!(r.code, 1);
    }
}

/// A function whose code exceeds 32 KiB (long branches, thousands of
/// locals) and a string constant longer than a class-file constant allows.
#[test]
fn big_function() {
    let n = 3000;
    let mut body = String::from(
        "fn big(int) -> int {\nb0(v0: int):\n  v1: int = const 0\n  jump b1(v0, v1)\nb1(v2: int, v3: int):\n  v4: bool = lt v1, v2\n  br v4, b2(), b3()\nb2():\n  v5: int = const 1\n",
    );
    let mut last = 3;
    for i in 0..n {
        let v = 10 + i;
        body.push_str(&format!("  v{v}: int = add v{last}, v5\n"));
        last = v;
    }
    body.push_str(&format!(
        "  v9: int = sub v2, v5\n  jump b1(v9, v{last})\nb3():\n  ret v3\n}}\n"
    ));
    let long: String = "x\u{1f600}".repeat(40_000);
    let src = format!(
        "{body}\nfn main(list[str]) -> int {{\nb0(v0: list[str]):\n  v1: int = const 3\n  v2: int = const 0\n  v3: int = call big(v1)\n  v4: str = int.str v3\n  print v4\n  v5: str = const \"{long}\"\n  v6: int = str.len v5\n  v7: str = int.str v6\n  print v7\n  v8: str = str.concat v4, v5\n  v9: bool = str.eq v8, v5\n  v10: str = bool.str v9\n  print v10\n  ret v2\n}}\n"
    );
    let jar = build("big_function", &src);
    let r = run(&jar, &[]);
    assert_eq!(
        r.stdout,
        format!("{}\n80000\nFalse\n", 3 * n),
        "stderr: {}",
        r.stderr
    );
    assert_eq!(r.stderr, "");
    assert_eq!(r.code, 0);
}

/// Every pure primitive and new BinOp on chosen inputs, errors included
/// (generated with expected output from CPython: programs/gen_prims.py).
#[test]
fn prims() {
    let jar = build("prims", include_str!("programs/prims.ir"));
    let r = run(&jar, &[]);
    let expected = include_str!("programs/prims.out");
    for (i, (got, want)) in r.stdout.lines().zip(expected.lines()).enumerate() {
        assert_eq!(got, want, "line {}; stderr: {}", i + 1, r.stderr);
    }
    assert_eq!(r.stdout, expected, "stderr: {}", r.stderr);
    assert_eq!(r.stderr, "");
    assert_eq!(r.code, 0);
}

/// Every primitive and BinOp appears in some test program.
#[test]
fn every_prim_and_binop_is_tested() {
    let text = [
        include_str!("programs/prims.ir"),
        include_str!("programs/prims_show.ir"),
        include_str!("programs/misc.ir"),
        include_str!("programs/arith.ir"),
    ]
    .concat();
    let used = |mn: &str| {
        text.lines().any(|l| {
            let l = l.trim();
            let op = match l.split_once(" = ") {
                Some((_, rhs)) => rhs,
                None => l,
            };
            op == mn || op.starts_with(&format!("{mn} "))
        })
    };
    for p in ir::Prim::ALL {
        assert!(used(p.mnemonic()), "{} is not tested", p.mnemonic());
    }
    for b in ir::BinOp::ALL {
        assert!(used(b.mnemonic()), "{} is not tested", b.mnemonic());
    }
}

#[test]
fn misc() {
    // The IR text has no `$` in names yet: misc.ir spells it `_S_`.
    let jar = common::build_with("misc", include_str!("programs/misc.ir"), common::dollars);
    // A fresh scratch directory under the system temp dir (argv[1]); the
    // working directory is the jar's (argv[2], for os.getcwd).
    let dir = std::env::temp_dir().join(format!("rpy-backend-jvm-misc-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        panic!("{e}");
    }
    let dir = std::fs::canonicalize(&dir).unwrap_or_else(|e| panic!("{e}"));
    let d = dir.to_str().unwrap_or_default().to_string();
    let cwd = std::fs::canonicalize(jar.parent().unwrap_or(std::path::Path::new(".")))
        .unwrap_or_else(|e| panic!("{e}"));
    let r = run(&jar, &[&d, cwd.to_str().unwrap_or_default()]);
    let head = "\
6
32768
6
hello
0
errno 9
False False False False [Errno 9] Bad file descriptor
errno 2
True False False False [Errno 2] No such file or directory: 'no/such/file'
errno 21
False True False False [Errno 21] Is a directory: '.'
errno 2
True False False False [Errno 2] No such file or directory: \"no'such\"
buffered
raw fd 1
partial line
ok:FalseFalse
False
True
True
True
True
True
False
0.125
2.500
-1.000
True
-1.000
6
True
2
56320
True
1000
False False True False 'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed
False False False True maximum recursion depth exceeded
";
    let expected = format!(
        "{head}{}True\nrenamed\nerrno 2\n\
         True False False False [Errno 2] No such file or directory: '{d}/ra' -> '{d}/rb'\nTrue\n",
        dirops_expected(&d)
    );
    assert_eq!(r.stdout, expected, "stderr: {}", r.stderr);
    assert_eq!(r.stderr, "err \u{e9}\nS\\ud800");
    assert_eq!(r.code, 0);
    let left: Vec<_> = std::fs::read_dir(&dir)
        .map(|r| r.filter_map(|e| e.ok()).map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert_eq!(left, ["f.txt"], "files left in {d}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The output of `dirops(d, cwd)` in misc.ir: mkdir, listdir (sorted by
/// the program), getcwd, isatty, unlink, rmdir and their OSErrors, as
/// CPython 3.11 gives them (FileExistsError and NotADirectoryError are
/// plain OSError here).
fn dirops_expected(d: &str) -> String {
    let s = format!("{d}/sub");
    let fnf = |p: &str| {
        format!("errno 2\nTrue False False False [Errno 2] No such file or directory: '{p}'\n")
    };
    let os = |n: i32, text: &str, p: &str| {
        format!("errno {n}\nFalse False False False [Errno {n}] {text}: '{p}'\n")
    };
    [
        "16384\n448\n[a.txt,b.txt,c]\nTrue\nFalse\nFalse\nFalse\n".to_string(),
        os(17, "File exists", &s),
        os(20, "Not a directory", &format!("{s}/a.txt")),
        fnf(&format!("{s}/missing")),
        format!("errno 21\nFalse True False False [Errno 21] Is a directory: '{s}/c'\n"),
        os(39, "Directory not empty", &s),
        os(20, "Not a directory", &format!("{s}/a.txt")),
        fnf(&format!("{s}/no/such")),
        "[]\n".to_string(),
        fnf(&format!("{s}/a.txt")),
        fnf(&format!("{s}/c")),
        fnf(&s),
    ]
    .concat()
}

#[test]
fn system_exit() {
    let jar = build("sysexit", include_str!("programs/sysexit.ir"));
    let r = run(&jar, &[]);
    assert_eq!(r.stdout, "before\n");
    assert_eq!(r.stderr, "");
    assert_eq!(r.code, 300 & 0xFF);
}

#[test]
fn memory_error() {
    let jar = build("memory", include_str!("programs/memory.ir"));
    let r = common::run_with(&jar, &[], &["-Xmx48m"]);
    assert_eq!(r.stdout, "True\n", "stderr: {}", r.stderr);
    assert_eq!(r.stderr, "");
    assert_eq!(r.code, 0);
}
