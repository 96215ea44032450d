//! IR programs written by hand, packaged with the CLI backend, verified
//! with `peverify` and run under Mono: exact stdout, stderr and exit code.

mod common;

const TRACEBACK: &str = "Traceback (most recent call last):\n  File \"<program>\", in main\n";

#[test]
fn arithmetic() {
    let expected = "\
3 1
-4 1
-4 -1
3 -1
ZeroDivisionError: integer division or modulo by zero
ZeroDivisionError: integer modulo by zero
OverflowError: integer overflow
0
-2 0
0 0
OverflowError: integer overflow
9223372036854775806
OverflowError: integer overflow
OverflowError: integer overflow
OverflowError: integer overflow
-9223372036854775808
OverflowError: integer overflow
OverflowError: integer overflow
9223372030926249001
14
OverflowError: integer overflow
-7
-9223372036854775807
-9223372036854775808
True True False False False True
False True False True True False
False False True True False True
False
False
True
";
    let r = common::check("arith", include_str!("ir/arith.ir"), expected, 44);
    assert_eq!(r.stderr, "");
}

#[test]
fn strings() {
    let expected = "\
4 <a\u{e9}\u{1f600}b>
0 <>
3 <\u{1f600}\u{10ffff}\u{10000}>
7 <a\u{e9}\u{1f600}b\u{1f600}\u{10ffff}\u{10000}>
28 <tab\there \"quoted\" back\\slash>
2 <\u{4e2d}\u{6587}>
True
False
True
20 <-9223372036854775808>
0
line1
line2
";
    let r = common::check("strings", include_str!("ir/strings.ir"), expected, 0);
    assert_eq!(r.stderr, "");
}

#[test]
fn lists() {
    let expected = "\
[1,2,3,4,]
4
1
IndexError: list index out of range
IndexError: list index out of range
[99,2,3,4,]
IndexError: list assignment index out of range
IndexError: list assignment index out of range
2
IndexError: pop index out of range
4
3
99
IndexError: pop from empty list
IndexError: pop from empty list
[]
[5,6,5,6,]
4
[5,6,]
x\u{1f600}
2
False
False
[5,6,]
4
6
1
";
    let r = common::check("lists", include_str!("ir/lists.ir"), expected, 0);
    assert_eq!(r.stderr, "");
}

#[test]
fn classes() {
    let expected = "\
> Cat says ...? legs=3
> FalseFalse
Max
> Rex says Woof? legs=4
> TrueFalse
Max
> Bit says Woof!? legs=4
> TrueTrue
little Max
1
1
Woof!
6
600
fn Main 5
msg
";
    let r = common::check("classes", include_str!("ir/classes.ir"), expected, 0);
    assert_eq!(r.stderr, "");
}

#[test]
fn exceptions() {
    let expected = "\
bad value
42
-100
caught: list index out of range
outer: wrapped
True|
before the end
";
    let r = common::check("exceptions", include_str!("ir/exceptions.ir"), expected, 1);
    assert_eq!(r.stderr, format!("{TRACEBACK}MyError: bad value\n"));
}

#[test]
fn uncaught_without_message() {
    let r = common::check(
        "uncaught_empty",
        include_str!("ir/uncaught_empty.ir"),
        "partial output\n",
        1,
    );
    assert_eq!(r.stderr, format!("{TRACEBACK}Stop\n"));
}

#[test]
fn uncaught_runtime_errors() {
    // An IndexError raised by the runtime, and an OverflowError from the
    // host's checked arithmetic, both escaping main.
    let src = "\
fn main(list[str]) -> int {
b0(v0: list[str]):
  v1: str = const \"out\"
  print v1
  v2: int = const 5
  v3: str = list.get v0, v2
  ret v2
}
";
    let r = common::check("uncaught_index", src, "out\n", 1);
    assert_eq!(
        r.stderr,
        format!("{TRACEBACK}IndexError: list index out of range\n")
    );
    let src = "\
fn main(list[str]) -> int {
b0(v0: list[str]):
  v1: int = const 4611686018427387904
  v2: int = add v1, v1
  ret v2
}
";
    let r = common::check("uncaught_overflow", src, "", 1);
    assert_eq!(
        r.stderr,
        format!("{TRACEBACK}OverflowError: integer overflow\n")
    );
}

#[test]
fn recursion_and_argv() {
    let dir = common::build("recursion", include_str!("ir/recursion.ir"));
    common::peverify(&dir);
    let r = common::run(&dir, &["one", "t\u{e9}st", ""]);
    assert_eq!(
        r.stdout,
        "2432902008176640000\n28657\nFalse\none\nt\u{e9}st\n\n"
    );
    assert_eq!(r.stderr, "");
    assert_eq!(r.code, 255);
}

/// A long function: more than 128 instructions, forward and backward
/// branches of every distance, and protected regions far from their
/// handlers (the relinker lays out short and long branches).
#[test]
fn long_function() {
    let n = 60;
    let mut src = String::from(
        "builtin class BaseException {\n  field message: str\n  field argrepr: str\n}\nbuiltin class Exception : BaseException {\n}\n\
         builtin class ArithmeticError : Exception {\n}\n\
         builtin class ZeroDivisionError : ArithmeticError {\n}\n\
         fn main(list[str]) -> int {\nb0(v0: list[str]):\n  v1: int = const 0\n  v2: int = const 1\n  jump b1(v1)\n",
    );
    // b1(i): if i < n: jump b2 (the chain) else exit; the chain of blocks
    // b2..b(n+1) each prints a number when (i % 3 == k % 3) and divides by
    // (i - k) in a protected region (zero when i == k: caught far below).
    let handler = n + 3;
    let exit = n + 2;
    let mut v = 10;
    src.push_str(&format!(
        "b1(v3: int):\n  v4: int = const {n}\n  v5: bool = lt v3, v4\n  br v5, b2(), b{exit}()\n"
    ));
    for k in 0..n {
        let b = k + 2;
        let next = if k + 1 < n {
            format!("b{}()", b + 1)
        } else {
            "b1(v6)".to_string()
        };
        let (c, kk, r, m, t, s, q) = (v, v + 1, v + 2, v + 3, v + 4, v + 5, v + 6);
        v += 7;
        let pre = if k + 1 == n {
            "  v6: int = add v3, v2\n".to_string()
        } else {
            String::new()
        };
        src.push_str(&format!(
            "b{b}() catch b{handler}:\n  v{c}: int = const 3\n  v{kk}: int = const {k}\n  v{r}: int = sub v3, v{kk}\n  \
             v{q}: int = floordiv v{c}, v{r}\n  v{m}: int = mod v3, v{c}\n  v{t}: str = int.str v{m}\n  v{s}: str = int.str v{q}\n  \
             print v{s}\n{pre}  jump {next}\n"
        ));
    }
    src.push_str(&format!(
        "b{exit}():\n  v{v}: int = const 7\n  ret v{v}\nb{handler}(v{}: BaseException):\n  v{}: str = getfield BaseException.message v{}\n  print v{}\n  v{}: int = add v3, v2\n  jump b1(v{})\n}}\n",
        v + 1,
        v + 2,
        v + 1,
        v + 2,
        v + 3,
        v + 3
    ));
    // Expected output: for each i in 0..n, for k in 0..n: 3 // (i - k),
    // or the message when i == k (then the rest of the chain is skipped).
    let mut expected = String::new();
    for i in 0..n as i64 {
        for k in 0..n as i64 {
            if i == k {
                expected.push_str("integer division or modulo by zero\n");
                break;
            }
            expected.push_str(&format!("{}\n", floor_div(3, i - k)));
        }
    }
    let r = common::check("long_function", &src, &expected, 7);
    assert_eq!(r.stderr, "");
}

/// A protected region longer than 255 bytes followed by short ones: the
/// method's clauses are then in a fat section, where dotnetdll writes the
/// short clauses in a compact form of their own; every catch must still
/// find its class token (the relinker walks the clauses as written).
#[test]
fn long_and_short_protected_regions() {
    let mut src = String::from(
        "builtin class BaseException {\n  field message: str\n  field argrepr: str\n}\nbuiltin class Exception : BaseException {\n}\n\
         builtin class ArithmeticError : Exception {\n}\n\
         builtin class ZeroDivisionError : ArithmeticError {\n}\n\
         fn main(list[str]) -> int {\nb0(v0: list[str]):\n  v1: int = const 1\n  v2: int = const 0\n  jump b1()\n\
         b1() catch b2:\n  v3: str = const \"x\"\n",
    );
    // 40 concatenations and prints: far more than 255 bytes of IL.
    let mut v = 3;
    for _ in 0..40 {
        src.push_str(&format!(
            "  v{}: str = str.concat v{v}, v3\n  print v{}\n",
            v + 1,
            v + 1
        ));
        v += 1;
    }
    src.push_str(&format!(
        "  v{}: int = floordiv v1, v2\n  jump b3()\n\
         b2(v{}: BaseException):\n  v{}: str = getfield BaseException.message v{}\n  print v{}\n  jump b3()\n",
        v + 1,
        v + 2,
        v + 3,
        v + 2,
        v + 3
    ));
    // Two short regions after it, each caught.
    for (b, h, next) in [(3, 4, 5), (5, 6, 7)] {
        let (q, e, m) = (v + 10 + 3 * b, v + 11 + 3 * b, v + 12 + 3 * b);
        src.push_str(&format!(
            "b{b}() catch b{h}:\n  v{q}: int = mod v1, v2\n  jump b{next}()\n\
             b{h}(v{e}: BaseException):\n  v{m}: str = getfield BaseException.message v{e}\n  print v{m}\n  jump b{next}()\n"
        ));
    }
    src.push_str(&format!(
        "b7():\n  v{}: int = const 0\n  ret v{}\n}}\n",
        v + 40,
        v + 40
    ));
    let mut expected = String::new();
    for i in 1..=40 {
        expected.push_str(&"x".repeat(i + 1));
        expected.push('\n');
    }
    expected.push_str("integer division or modulo by zero\n");
    expected.push_str("integer modulo by zero\ninteger modulo by zero\n");
    let r = common::check("long_and_short_regions", &src, &expected, 0);
    assert_eq!(r.stderr, "");
}

fn floor_div(a: i64, b: i64) -> i64 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

/// Every primitive, the new BinOps and constants (tests/gen/prims.py
/// generates the program and its expected output with CPython 3.11).
#[test]
fn primitives() {
    let src = include_str!("ir/prims.ir");
    let m = common::parse(src);
    // No primitive is left out of the test program.
    for p in ir::Prim::ALL {
        let used = m.functions.iter().any(|f| {
            f.blocks.iter().any(|b| {
                b.insts
                    .iter()
                    .any(|i| matches!(&i.op, ir::Op::Prim(q, _) if q == p))
            })
        });
        assert!(used, "primitive {} is not tested", p.mnemonic());
    }
    let dir = common::build("prims", src);
    common::peverify(&dir);
    // The directory primitives work on relative paths in a fresh working
    // directory under the system temp dir (PYPY_CLI_CWD, for os.getcwd).
    let cwd = std::env::temp_dir().join(format!("rpy-backend-cli-prims-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&cwd);
    std::fs::create_dir_all(&cwd).expect("cannot create the working directory");
    let cwd = std::fs::canonicalize(&cwd).expect("cannot canonicalize the working directory");
    let out = std::process::Command::new("mono")
        .arg(std::path::absolute(dir.join("prog.exe")).expect("absolute path"))
        .current_dir(&cwd)
        .env("PYPY_CLI_TEST_ENV", "v\u{e9}\u{1f600}")
        .env("PYPY_CLI_CWD", &cwd)
        .env_remove("PYPY_CLI_UNSET_ENV")
        .output()
        .expect("cannot run mono");
    let left = std::fs::read_dir(&cwd)
        .map(|r| r.count())
        .unwrap_or(usize::MAX);
    let _ = std::fs::remove_dir_all(&cwd);
    let expected = include_str!("ir/prims.out");
    let got = String::from_utf8_lossy(&out.stdout);
    for (i, (g, e)) in got.lines().zip(expected.lines()).enumerate() {
        assert_eq!(g, e, "line {} of prims.out", i + 1);
    }
    assert_eq!(got, expected);
    assert_eq!(String::from_utf8_lossy(&out.stderr), "E\nS\\ud800\n");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(left, 0, "files left in the working directory");
}

/// Deep recursion raises RecursionError (also through handlers that
/// re-raise), depths CPython allows work, `$` in names, SystemExit.
#[test]
fn recursion_names_system_exit() {
    let expected = "\
1000
True maximum recursion depth exceeded
50000
True maximum recursion depth exceeded
maximum recursion depth exceeded
90000
1007
";
    let r = common::check("deep", include_str!("ir/deep.ir"), expected, 300 & 0xFF);
    assert_eq!(r.stderr, "");
}

/// Allocation failure: MemoryError, caught (Mono heap limited to 64 MiB).
#[test]
fn memory_error() {
    let dir = common::build("memory", include_str!("ir/memory.ir"));
    common::peverify(&dir);
    let out = std::process::Command::new("mono")
        .arg(dir.join("prog.exe"))
        .env("MONO_GC_PARAMS", "max-heap-size=64m")
        .output()
        .expect("cannot run mono");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "True\n0\n");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(out.status.code(), Some(3));
}
