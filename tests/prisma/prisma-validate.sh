#!/usr/bin/env bash
# Validate a Prisma schema with the Prisma CLI pinned by package.json/package-lock.json next to
# this script (prisma 7.10.0), offline apart from the npm registry.
#
#   usage: prisma-validate.sh SCHEMA WORKDIR
#
# WORKDIR is a build-tree folder: the pinned CLI is installed there (npm ci, only when
# node_modules is missing or the lock changed). Nothing is written into the source tree.
# Exit status: that of `prisma validate`; 77 (ctest SKIP_RETURN_CODE) when node/npm are absent;
# 2 on a usage error.
#
# Why the environment below (see CONVENTIONS.md, "Prisma from npm, offline"): `prisma validate`
# runs on Prisma's bundled WebAssembly, but on start-up the CLI tries to download a native
# schema engine from binaries.prisma.sh, which is unreachable here. Pointing
# PRISMA_SCHEMA_ENGINE_BINARY at any executable stops that; validate never runs it.
set -euo pipefail

if [ "$#" -ne 2 ]; then
    echo "usage: $0 SCHEMA WORKDIR" >&2
    exit 2
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "SKIP: node is not installed; prisma validate not run"
    exit 77
fi

src_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)

if [ ! -f "$1" ]; then
    echo "prisma-validate.sh: schema not found: $1" >&2
    exit 2
fi
schema=$(cd "$(dirname "$1")" && pwd -P)/$(basename "$1")

mkdir -p "$2"
workdir=$(cd "$2" && pwd -P)
if [ "$workdir" = "$src_dir" ]; then
    echo "prisma-validate.sh: WORKDIR must not be the source folder $src_dir" >&2
    exit 2
fi

# npm needs a writable cache; an account without a usable home (e.g. nobody) gets one in WORKDIR.
if [ -z "${npm_config_cache:-}" ] && { [ -z "${HOME:-}" ] || [ ! -w "${HOME}" ]; }; then
    export npm_config_cache="$workdir/.npm-cache"
fi

export npm_config_update_notifier=false

cp "$src_dir/package.json" "$src_dir/package-lock.json" "$workdir/"

# Reinstall only when node_modules is missing or package.json/package-lock.json changed
# since the last successful install (the stamp is written only after npm ci succeeded).
stamp="$workdir/.installed-lock"
if [ ! -x "$workdir/node_modules/.bin/prisma" ] || [ ! -f "$stamp" ] \
    || ! cat "$src_dir/package.json" "$src_dir/package-lock.json" | cmp -s - "$stamp"; then
    rm -f "$stamp"
    (cd "$workdir" && npm ci --ignore-scripts --no-audit --no-fund)
    cat "$src_dir/package.json" "$src_dir/package-lock.json" > "$stamp"
fi

engine="$workdir/schema-engine-stub"
cat > "$engine" <<'EOF'
#!/bin/sh
echo "schema-engine stub (tests/prisma/prisma-validate.sh): the native schema engine is not available offline; only 'prisma validate' is supported" >&2
exit 1
EOF
chmod 0755 "$engine"

export PRISMA_SCHEMA_ENGINE_BINARY="$engine"
export CHECKPOINT_DISABLE=1
export PRISMA_HIDE_UPDATE_MESSAGE=1

cd "$workdir"
exec node_modules/.bin/prisma validate --schema "$schema"
