#!/usr/bin/env bash
# Error-message suite: see tests/errors/check.py and docs/testing.md.
#   JAS_BUILD=build bash tests/errors/run.sh
set -u
here=$(cd "$(dirname "$0")" && pwd)
export JAS_BUILD=${JAS_BUILD:-$here/../../build}
python3 "$here/check.py"
