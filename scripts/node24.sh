#!/bin/sh
# Runs a command with Node 24 first on PATH.
#
# The machines we develop and test on ship Node 20 (past end of life), while WXT, Vite 8 and
# Vitest 5 need Node >= 22. When the system Node is older than 24, this provisions the real
# Node 24 binary from the npm package node-linux-<arch>@24 into a cache folder once, so a
# developer, `npm test` and .ci/run all run on the same toolchain. Usage: node24.sh CMD [ARGS...]
set -eu

major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -lt 24 ]; then
  case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "node24.sh: no Node 24 package for $(uname -m); install Node >= 24 yourself." >&2; exit 1 ;;
  esac
  dir="${FIC_READER_NODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/fic-reader/node24}"
  bin="$dir/node_modules/node-linux-$arch/bin"
  if [ ! -x "$bin/node" ]; then
    echo "node24.sh: system Node is $(node --version 2>/dev/null || echo missing); provisioning Node 24 into $dir" >&2
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund "node-linux-$arch@24" >&2
  fi
  PATH="$bin:$PATH"
  export PATH
fi
exec "$@"
