//! Expected outputs of the test programs (checked against CPython models
//! of the same programs).

#![allow(dead_code)]

pub const ARITH: &str = "3\n1\n-4\n1\n-4\n-1\n3\n-1\n2\n1\n-3\n2\n-3\n-2\n2\n-1\n\
ZeroDivisionError: integer division or modulo by zero\nZeroDivisionError: integer modulo by zero\n\
OverflowError: integer overflow\n0\n-1317624576693539402\n6\n-9223372036854775807\n0\n0\n0\n\
OverflowError: integer overflow\n9223372036854775806\nOverflowError: integer overflow\n\
-9223372036854775807\nOverflowError: integer overflow\nOverflowError: integer overflow\n\
9223372030926249001\n-9223372036854775807\nOverflowError: integer overflow\n-9223372036854775808\n\
OverflowError: integer overflow\n-9223372036854775807\n7\nTrue\nFalse\nFalse\nTrue\nTrue\nTrue\n";

pub const STRINGS_ARGS: &[&str] = &["h\u{e9}llo\u{1f600}", "last \u{20ac}"];
pub const STRINGS: &str = "0 code points: \n5 code points: hello\n4 code points: caf\u{e9}\n\
4 code points: \u{20ac}uro\n2 code points: \u{1f600}!\n\
32 code points: tab\there \"quoted\" back\\slash ??=\n9 code points: hellocaf\u{e9}\n\
8 code points: caf\u{e9}\u{20ac}uro\n6 code points: \u{20ac}uro\u{1f600}!\n\
7 code points: \u{1f600}!hello\n0 code points: \nTrue\nFalse\nTrue\nTrue\nTrue\n3\n\
6 code points: h\u{e9}llo\u{1f600}\n6 code points: last \u{20ac}\n";

pub const LISTS: &str = "[1, 2, 3]\n3\n[10, 2, 30]\n[10, 2, 30, 4]\n4\n[10, 2, 30]\n10\n[2, 30]\n\
30\n[2]\n[2, 5, 6]\n[2, 5, 6, 2, 5, 6]\n6\n106\n9801\n2\n\
IndexError: list index out of range\nIndexError: list index out of range\nset ok\n\
IndexError: list assignment index out of range\nIndexError: list assignment index out of range\n\
99\nIndexError: pop from empty list\nIndexError: pop from empty list\n\
IndexError: pop index out of range\nIndexError: pop index out of range\n99\n9801\n9604\n103\n\
\u{1f600}\n1\n\u{e9}\nFalse\nTrue\n[1]\n103\n1\n";

pub const CLASSES: &str = "Object obj\n0\nObject main\n16\nString(Object string)\n25\n\
run String(Object string)\nFalse\nTrue\nFalse\nTrue\n4\nFalse\nTrue\nObject obj\n0\n\
Main_Drun\nrpy_print\nf_main\nmalloc\nexit\ngr\u{fc}\u{df}e\n3\n5\n";

pub const EXCEPTIONS: &str = "result 22\ncaught MyError negative code -4 sub=False\nresult -1\n\
safe: rethrowing\nouter caught: zero\ncaught MyError too big code 1000 sub=True\nresult -1\n\
first handler: integer division or modulo by zero\nsecond handler: zero\nnegative\n\
loop handler\nbefore uncaught\n";
pub const EXCEPTIONS_ERR: &str =
    "Traceback (most recent call last):\n  File \"<program>\", in main\nMyError: boom \u{e9}\n";

pub const UNCAUGHT: &str = "start\n";
pub const UNCAUGHT_ERR: &str =
    "Traceback (most recent call last):\n  File \"<program>\", in main\nValueError\n";

pub const RECURSION: &str = "2432902008176640000\n6765\nFalse\n1000\n4\nTrue\n\
maximum recursion depth exceeded\nsurvived\n2432902008176640000\n";

pub const SAMPLE: &str = "25\n";
pub const SAMPLE_ERR: &str = "Traceback (most recent call last):\n  File \"<program>\", in main\nOverflowError: integer overflow\n";

/// Output of gc.ir run with an argument of length `n`.
pub fn gc(n: usize) -> String {
    let kept = n.div_ceil(100);
    format!(
        "{}\n{kept}\n0\u{e9}\n{}\u{e9}\n",
        20440 * n,
        (kept - 1) * 100
    )
}
