#!/usr/bin/env bash
# The Python wheel: build it (manylinux2014, abi3) with maturin and zig,
# install it into a clean venv with no Rust toolchain on the PATH, and run
# its tests, the end-to-end ones in datatrove, PySpark local[2] and Ray
# Data included, against it. Needs: python3 (3.9+) with venv, Java 17 for
# PySpark, the Rust toolchain (for the build only), PyPI and crates.io.
#
# Takes about 6 minutes on a fresh 2-core machine (installs ~2, wheel ~2,
# CLI ~1, tests ~1.5); every phase prints its time.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
TARGET=${CARGO_TARGET_DIR:-$REPO/target}
WORK=${ZHCLEAN_PY_WORK:-$TARGET/python-ci}
PY=${PYTHON:-python3}
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1

T0=$(date +%s)
phase_start=$T0
phase() {
  local now
  now=$(date +%s)
  echo "   ($((now - phase_start)) s)"
  phase_start=$now
  echo "== python: $*"
}

rm -rf "$WORK"
mkdir -p "$WORK"

phase "build venv: maturin + ziglang from PyPI"
"$PY" -m venv "$WORK/build-venv"
"$WORK/build-venv/bin/pip" install --quiet "maturin>=1.7,<2" "ziglang>=0.13"

phase "build the wheel (release, abi3, manylinux2014 via zig)"
# --zig links against glibc 2.17 symbols, so the wheel is really
# manylinux2014; maturin checks the tag against what the library uses.
PATH="$WORK/build-venv/bin:$PATH" maturin build --release --zig \
  --compatibility manylinux2014 --strip \
  -m python/Cargo.toml -o "$WORK/wheels"
WHEEL=$(ls "$WORK"/wheels/zhclean-*.whl)
case "$WHEEL" in
  *-cp39-abi3-*manylinux2014_x86_64*) echo "wheel: $(basename "$WHEEL")" ;;
  *) echo "unexpected wheel tag: $WHEEL" >&2; exit 1 ;;
esac

phase "the Rust CLI, for rdd.pipe (clean --jsonl-in)"
cargo build --release --quiet --example zhclean
export ZHCLEAN_CLI=$TARGET/release/examples/zhclean

phase "test venv: the wheel with no Rust toolchain, then the engines"
# A PATH without cargo or rustc, and no Rust environment: if pip needed to
# compile anything of ours, this would fail.
NORUST_PATH="$WORK/test-venv/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
"$PY" -m venv "$WORK/test-venv"
env -u CARGO_HOME -u RUSTUP_HOME -u RUSTC -u CARGO PATH="$NORUST_PATH" sh -c '
  if command -v cargo >/dev/null || command -v rustc >/dev/null; then
    echo "a Rust toolchain is still on the PATH" >&2; exit 1
  fi
  # --no-index --only-binary: the wheel alone, nothing fetched or built.
  pip install --quiet --no-index --only-binary=:all: "$0"
  pip install --quiet -r "$1"
' "$WHEEL" "$REPO/python/tests/requirements.txt"
"$WORK/test-venv/bin/python" - <<'EOF'
import zhclean, sys
assert "site-packages" in zhclean.__file__, zhclean.__file__
print("installed:", zhclean.__file__, "version", zhclean.__version__)
EOF

phase "pytest: API and end-to-end tests (datatrove, PySpark local[2], Ray)"
# From a directory outside the source tree, so that `import zhclean`
# finds the installed wheel, never python/zhclean/.
cd "$WORK"
export ZHCLEAN_REQUIRE_ENGINES=1
export ZHCLEAN_THROUGHPUT_LOG=$WORK/throughput.txt
export PYSPARK_PYTHON=$WORK/test-venv/bin/python
rm -f "$ZHCLEAN_THROUGHPUT_LOG"
set +e
# A hung engine must not eat CI's time: 15 minutes is 10 times a run.
timeout 900 env PATH="$NORUST_PATH" "$WORK/test-venv/bin/pytest" \
  -c "$REPO/python/pyproject.toml" --rootdir "$REPO/python" \
  -p no:cacheprovider -rs -q "$REPO/python/tests"
rc=$?
set -e
cd "$REPO"

phase "the wheel's API tests on the lowest and newest CPython here"
# The wheel is abi3 for CPython 3.9 and later. A standalone build (uv
# python install) needs GitHub, which CI cannot reach, so this takes the
# interpreters installed beside python3 (pyenv's, when there), the lowest
# and the newest from 3.9 up, and says which it found.
found=$(
  for py in "$(command -v "$PY")" "${PYENV_ROOT:-$HOME/.pyenv}"/versions/*/bin/python3; do
    [ -x "$py" ] || continue
    v=$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null) || continue
    case $v in 2.*|3.[0-8]) continue ;; esac
    echo "$v $py"
  done | sort -u -k1,1V
)
lowest=$(echo "$found" | head -n 1)
newest=$(echo "$found" | tail -n 1)
echo "CPython found from 3.9 up: $(echo "$found" | cut -d' ' -f1 | tr '\n' ' ')"
extra_rc=0
for pick in "$lowest" "$newest"; do
  [ -n "$pick" ] || continue
  v=${pick%% *}; py=${pick#* }
  [ "$v" = "$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')" ] && continue
  echo "-- CPython $v ($py): test_api.py, test_docs.py"
  venv=$WORK/venv-$v
  "$py" -m venv "$venv"
  "$venv/bin/pip" install --quiet --no-index --only-binary=:all: "$WHEEL"
  "$venv/bin/pip" install --quiet "pytest>=8,<10" "pyarrow>=14,<27"
  (cd "$WORK" && env PATH="$NORUST_PATH" "$venv/bin/pytest" \
    -c "$REPO/python/pyproject.toml" --rootdir "$REPO/python" \
    -p no:cacheprovider -rs -q \
    "$REPO/python/tests/test_api.py" "$REPO/python/tests/test_docs.py") ||
    extra_rc=1
done
if [ "$lowest" = "$newest" ]; then
  echo "NOTICE: one CPython here ($lowest): no other version tested"
fi

phase "done"
if [ -f "$WORK/throughput.txt" ]; then
  cat "$WORK/throughput.txt"
fi
echo "python: total $(($(date +%s) - T0)) s"
if [ "$extra_rc" -ne 0 ] && [ "$rc" -eq 0 ]; then
  echo "the API tests failed on another CPython (above)" >&2; rc=1
fi
case $rc in
  0) ;;
  5) echo "pytest collected no tests: the Python tests did not run" >&2; exit 1 ;;
  124) echo "pytest timed out after 900 s" >&2; exit 1 ;;
  *) exit "$rc" ;;
esac
