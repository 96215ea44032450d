#!/usr/bin/env python3
"""Differential test runner for the Python VM.

Runs every tests/python/*.py (except this file and helper modules whose
name starts with '_') with CPython (`python3 file`) and with the VM
(`python3 -m interpreter file`, untranslated, unless --vm is given), and
compares stdout and the exit code. For tb_* scripts stderr is compared
too, after dropping CPython 3.11's caret lines (`    ^^^^`), which the VM
does not print. CPython runs once per script, however many VMs are given.

usage: run.py [-v] [-q] [-j N] [--vm [LABEL=]CMD]... [NAME ...]
  NAME     only scripts whose file name contains NAME (several allowed)
  -v       show a diff for failures
  -q       print only failures and the summary
  -j N     parallel jobs (default: number of CPUs)
  --vm CMD command to run the VM (default: "python3 -m interpreter");
           e.g. --vm build/linux-x86_64/pypy-c; may be repeated, each
           optionally labelled: --vm jvm="java -jar build/jvm/pypy-jvm.jar"
Exit status 1 if any script fails on any VM.
"""

import concurrent.futures
import difflib
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CARET = re.compile(r"^\s*[\^~]+\s*$")
TIMEOUT = 60


def test_env():
    """The environment every run gets, CPython's and the VM's alike."""
    env = dict(os.environ)
    env["PYTHONPATH"] = ROOT
    env["PYTHONHASHSEED"] = "0"
    # CPython's stdout under a UTF-8 locale (the translated VM's too): a
    # lone surrogate U+DC80..U+DCFF is written as a byte, others raise.
    env["PYTHONIOENCODING"] = "utf-8:surrogateescape"
    return env


def parse_vm(spec):
    """`--vm [LABEL=]CMD` -> (label, argv)."""
    label = spec
    eq = spec.find("=")
    if eq > 0 and " " not in spec[:eq] and "/" not in spec[:eq]:
        label, spec = spec[:eq], spec[eq + 1:]
    return label, spec.split()


UNTRANSLATED = ("untranslated", [sys.executable, "-m", "interpreter"])


def run(cmd, path):
    env = test_env()
    t0 = time.time()
    try:
        p = subprocess.run(cmd + [os.path.basename(path)], cwd=HERE, env=env, capture_output=True,
                           timeout=TIMEOUT, stdin=subprocess.DEVNULL)
        out, err, rc = p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), p.returncode
    except subprocess.TimeoutExpired:
        out, err, rc = "", "TIMEOUT", -999
    return out, err, rc, time.time() - t0


def norm_stderr(s):
    return "\n".join(l for l in s.splitlines() if not CARET.match(l))


def check(path, vms):
    name = os.path.basename(path)
    exp = run([sys.executable], path)
    res = []
    for label, vm_cmd in vms:
        got = run(vm_cmd, path)
        problems = []
        if exp[0] != got[0]:
            problems.append(("stdout", exp[0], got[0]))
        if exp[2] != got[2]:
            problems.append(("exit code", str(exp[2]) + "\n", str(got[2]) + "\n"))
        if name.startswith("tb_") and norm_stderr(exp[1]) != norm_stderr(got[1]):
            problems.append(("stderr", norm_stderr(exp[1]) + "\n", norm_stderr(got[1]) + "\n"))
        res.append((label, problems, got[3], got[1]))
    return name, res


def main(argv):
    verbose = False
    quiet = False
    jobs = os.cpu_count() or 4
    vms = []
    names = []
    i = 1
    while i < len(argv):
        a = argv[i]
        if a == "-v":
            verbose = True
        elif a == "-q":
            quiet = True
        elif a == "-j":
            i += 1
            jobs = int(argv[i])
        elif a == "--vm":
            i += 1
            vms.append(parse_vm(argv[i]))
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            names.append(a)
        i += 1
    if not vms:
        vms = [UNTRANSLATED]
    files = sorted(f for f in os.listdir(HERE)
                   if f.endswith(".py") and f != "run.py" and not f.startswith("_"))
    if names:
        files = [f for f in files if any(n in f for n in names)]
    results = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as ex:
        futs = [ex.submit(check, os.path.join(HERE, f), vms) for f in files]
        for fut in futs:
            results.append(fut.result())
    totals = {label: [0, {}] for label, _ in vms}
    all_ok = True
    for name, per_vm in results:
        for label, problems, secs, err in per_vm:
            ok = not problems
            all_ok = all_ok and ok
            tot = totals[label]
            tot[0] += ok
            g = name.split("_")[0]
            gp, gt = tot[1].get(g, (0, 0))
            tot[1][g] = (gp + ok, gt + 1)
            where = "" if len(vms) == 1 else " [" + label + "]"
            if ok and quiet:
                continue
            print("%-40s %s  %5.2fs%s%s" % (name, "PASS" if ok else "FAIL", secs, where,
                                            "" if ok else "  (" + ", ".join(p[0] for p in problems) + ")"))
            if not ok and verbose:
                for what, e, g2 in problems:
                    print("  --- %s differs (- CPython, + VM):" % what)
                    for line in list(difflib.unified_diff(e.splitlines(), g2.splitlines(), lineterm="", n=1))[2:40]:
                        print("  " + line)
                if err.strip() and all(p[0] != "stderr" for p in problems):
                    print("  --- VM stderr:")
                    for line in err.splitlines()[-8:]:
                        print("  " + line)
    print()
    for label, _ in vms:
        npass, groups = totals[label]
        head = "" if len(vms) == 1 else label + ": "
        print(head + "groups: " + ", ".join("%s %d/%d" % (g, p, t) for g, (p, t) in sorted(groups.items())))
        print(head + "passed %d/%d (%.0f%%)" % (npass, len(results), 100.0 * npass / max(1, len(results))))
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
