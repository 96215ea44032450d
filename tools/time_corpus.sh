#!/bin/sh
# Translate every entry program of tests/rpython/ for one target and print
# the wall time (the corpus translation time per target that issue 3 asks
# to record). Usage: tools/time_corpus.sh TARGET [OUT_DIR]
# Run from the repository root after `cargo build -p xtask`.
set -u
t=$1
out=${2:-build/time_corpus}
n=0
start=$(date +%s.%N)
for f in tests/rpython/*.py; do
  case $(basename "$f") in modhelper_*) continue ;; esac
  target/debug/xtask build --target "$t" --entry "$f" --out "$out/$t" --quiet >/dev/null 2>&1 \
    || echo "failed: $f"
  n=$((n + 1))
done
end=$(date +%s.%N)
echo "$t: $n programs in $(echo "$end - $start" | bc) s"
