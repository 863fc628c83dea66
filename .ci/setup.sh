#!/usr/bin/env bash
# Installs what the tests need beyond the Rust toolchain. Run as root
# before `cargo test` (.ci/run calls it). Idempotent: it installs only what
# is missing, so a second run costs a few milliseconds.
#
# - chromium: tests/batch.rs renders the --report HTML in headless
#   Chromium and checks what a moderator would see. Without it that test
#   prints a NOTICE and skips, so a failed install here warns, not fails.
set -uo pipefail

if ! command -v chromium >/dev/null 2>&1; then
  echo "== setup: installing chromium (for the report rendering test)"
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq &&
      apt-get install -y -qq --no-install-recommends chromium >/dev/null ||
      echo "NOTICE: chromium could not be installed; the report test will skip"
  else
    echo "NOTICE: not root or no apt-get; chromium not installed, the report test will skip"
  fi
fi
command -v chromium >/dev/null 2>&1 && chromium --version 2>/dev/null | head -n 1
exit 0
