#!/usr/bin/env bash
# Runs each fuzz target for FUZZ_SECONDS (default 60) when a nightly
# toolchain is installed, and says so when it is not. It builds the
# targets with the flags cargo-fuzz passes for `-s none -a` (coverage
# counters, comparison tracing, debug assertions and overflow checks; no
# AddressSanitizer: the crate forbids `unsafe`), so CI needs no
# `cargo install cargo-fuzz`. A crash fails CI and leaves its input in
# fuzz/artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
secs=${FUZZ_SECONDS:-60}
if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "NOTICE: no nightly toolchain (rustup toolchain install nightly): fuzzing skipped"
  exit 0
fi
triple=$(rustc -vV | sed -n 's/^host: //p')
export RUSTFLAGS="-Cpasses=sancov-module \
 -Cllvm-args=-sanitizer-coverage-level=4 \
 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
 -Cllvm-args=-sanitizer-coverage-pc-table \
 -Cllvm-args=-sanitizer-coverage-trace-compares \
 --cfg fuzzing -Cdebug-assertions -Coverflow-checks"
# Its own target dir: these flags would invalidate the root build's cache.
cargo +nightly build --quiet --release --target "$triple" \
  --target-dir target/ci
bash seed.sh
bin=target/ci/$triple/release
for t in clean score_text lexicon model; do
  mkdir -p "artifacts/$t"
  echo "-- fuzz $t for ${secs}s"
  # -max_len 65536: the seeds are whole pages; libFuzzer would otherwise
  # cap mutations at the longest seed.
  log=artifacts/$t/last_run.log
  rc=0
  "$bin/$t" -max_total_time="$secs" -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="artifacts/$t/" "corpus/$t" >"$log" 2>&1 || rc=$?
  grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" || true
  if [ "$rc" -ne 0 ]; then
    # libFuzzer exits non-zero on a crash, a leak or a timeout.
    tail -n 40 "$log"
    echo "fuzz target $t failed (exit $rc); its input is in fuzz/artifacts/$t/"
    exit 1
  fi
done
