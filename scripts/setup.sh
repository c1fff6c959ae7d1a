#!/bin/sh
# First run on a fresh machine: Node 24, then the packages.
#
# Debian ships Node 20 (past end of life) and the project needs Node >= 22. A plain `npm install`
# on Node 20 prints dozens of EBADENGINE warnings and quietly picks older majors of WXT and
# Vitest (RECIPES.md). So Node 24 comes first (node24.sh provisions it into a cache folder when
# the system's is older), and npm runs on it: the packages' engines are satisfied and the install
# says only what it did. .ci/run uses this too.
set -eu
cd "$(dirname "$0")/.."
exec sh scripts/node24.sh sh -c '
  echo "Installing with Node $(node --version) and npm $(npm --version)"
  npm install --no-audit --no-fund
'
