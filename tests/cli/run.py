#!/usr/bin/env python3
"""Command-line tests for the Python VM: options, stdin programs, the
interactive mode on piped stdin, exit statuses, tracebacks and syntax
errors, each run with CPython (`python3 ARGS`) and with the VM (`VM ARGS`)
and compared.

usage: run.py [-v] [--vm [LABEL=]CMD]...
  --vm CMD  the VM command (default "python3 -m interpreter"); repeatable
Stdout and the exit status must be identical; stderr too where a case says
so, after dropping CPython 3.11's caret lines (`^^^^`) and its banner
details. Exit status 1 if any case fails.
"""

import difflib
import importlib.util
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# The script runner's environment, --vm parsing and stderr normalization.
_spec = importlib.util.spec_from_file_location("vm_scripts", os.path.join(ROOT, "tests", "python", "run.py"))
scripts = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scripts)
norm_stderr = scripts.norm_stderr

# (name, args, stdin, what to compare beyond stdout and status)
#   "stderr": stderr identical after normalizing;
#   "version": stdout matches `Python 3.11.N` (the micro version differs);
#   "usage": stdout starts with `usage: ` (the option lists differ).
CASES = [
    ("c_print", ["-c", "print(1 + 1)"], "", ""),
    ("c_argv", ["-c", "import sys; print(sys.argv)", "a", "b c"], "", ""),
    ("c_name", ["-c", "print(__name__, __file__ if '__file__' in dir() else None)"], "", ""),
    ("c_error", ["-c", "x = 1\n1 / 0"], "", "stderr"),
    ("c_syntax_error", ["-c", "x = (1,"], "", "stderr"),
    ("c_exit_code", ["-c", "import sys; sys.exit(3)"], "", "stderr"),
    ("c_exit_message", ["-c", "import sys; sys.exit('bye')"], "", "stderr"),
    ("c_exit_none", ["-c", "raise SystemExit(None)"], "", "stderr"),
    ("c_system_exit_str", ["-c", "raise SystemExit('x', 'y')"], "", "stderr"),
    ("c_attached", ["-cprint('attached')"], "", ""),
    ("u_flag", ["-u", "-c", "import sys; sys.stdout.write('a'); sys.stderr.write('b'); print('c')"], "", "stderr"),
    ("version_short", ["-V"], "", "version"),
    ("version_long", ["--version"], "", "version"),
    ("help", ["-h"], "", "usage"),
    ("stdin_dash", ["-", "x", "y"], "import sys\nprint('from stdin', sys.argv)\n", ""),
    ("stdin_piped", [], "print(sum(range(10)))\nfor i in range(3):\n    print(i)\n", ""),
    ("stdin_error", [], "print('a')\nundefined_name\nprint('b')\n", "stderr"),
    ("interactive_exprs", ["-i", "-c", "x = 5"], "x * 2\n'str'\nNone\nprint('hi')\n[1, 2]\n", ""),
    ("interactive_block", ["-i", "-c", "pass"], "def f(n):\n    return n + 1\n\nf(41)\nfor i in range(2):\n    i\n\n", ""),
    ("interactive_error_continues", ["-i", "-c", "pass"], "1 / 0\nprint('after')\nundefined\n7\n", ""),
    ("interactive_exit", ["-i", "-c", "pass"], "import sys\nsys.exit(4)\nprint('not reached')\n", ""),
    ("interactive_after_script", ["-i", "climod.py"], "print('inspect', __name__)\n", ""),
    ("m_module", ["-m", "climod", "p", "q"], "", ""),
    ("m_missing", ["-m", "no_such_module_here"], "", ""),
    ("script_traceback", ["raises.py"], "", "stderr"),
    ("script_syntax_error", ["bad_syntax.py"], "", "stderr"),
    ("script_missing", ["no_such_file.py"], "", ""),
    ("unknown_option", ["-Z"], "", ""),
]


def run(cmd, args, stdin):
    try:
        p = subprocess.run(cmd + args, cwd=HERE, env=scripts.test_env(), input=stdin.encode("utf-8"),
                           capture_output=True, timeout=60)
        return p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), p.returncode
    except subprocess.TimeoutExpired:
        return "", "TIMEOUT", -999


def compare(extra, exp, got):
    problems = []
    if extra == "version":
        if not re.fullmatch(r"Python 3\.11\.\d+\n", got[0]):
            problems.append(("stdout", "Python 3.11.N\n", got[0]))
    elif extra == "usage":
        if not got[0].startswith("usage: "):
            problems.append(("stdout", "usage: ...\n", got[0][:200]))
    elif exp[0] != got[0]:
        problems.append(("stdout", exp[0], got[0]))
    if exp[2] != got[2]:
        problems.append(("exit status", "%d\n" % exp[2], "%d\n" % got[2]))
    if extra == "stderr" and norm_stderr(exp[1]) != norm_stderr(got[1]):
        problems.append(("stderr", norm_stderr(exp[1]) + "\n", norm_stderr(got[1]) + "\n"))
    return problems


def main(argv):
    verbose = "-v" in argv
    vms = []
    i = 1
    while i < len(argv):
        if argv[i] == "--vm":
            i += 1
            vms.append(scripts.parse_vm(argv[i]))
        i += 1
    if not vms:
        vms = [scripts.UNTRANSLATED]
    failed = 0
    for name, args, stdin, extra in CASES:
        exp = run([sys.executable], args, stdin)
        for label, cmd in vms:
            got = run(cmd, args, stdin)
            problems = compare(extra, exp, got)
            where = "" if len(vms) == 1 else " [" + label + "]"
            if problems:
                failed += 1
                print("%-32s FAIL%s  (%s)" % (name, where, ", ".join(p[0] for p in problems)))
                if verbose:
                    for what, e, g in problems:
                        print("  --- %s differs (- CPython, + VM):" % what)
                        for line in list(difflib.unified_diff(e.splitlines(), g.splitlines(), lineterm="", n=1))[2:30]:
                            print("  " + line)
    total = len(CASES) * len(vms)
    print("cli: passed %d/%d" % (total - failed, total))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
