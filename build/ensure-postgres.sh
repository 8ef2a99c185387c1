#!/usr/bin/env bash
# Makes sure the PostgreSQL server binaries (initdb, pg_ctl) are on this machine: the platform
# starts its own server from them. Installs Debian's package when run as root; otherwise says
# what to install.
set -euo pipefail

has_server() { [ -x "$1/initdb" ] && [ -x "$1/pg_ctl" ]; }

find_bindir() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  if command -v pg_config >/dev/null 2>&1; then
    local dir; dir=$(pg_config --bindir 2>/dev/null || true)
    if [ -n "$dir" ] && has_server "$dir"; then echo "$dir"; return 0; fi
  fi
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
    if has_server "$dir"; then echo "$dir"; return 0; fi
  done
  return 1
}

if bindir=$(find_bindir); then
  echo "PostgreSQL server binaries: $bindir"
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "PostgreSQL server binaries not found: installing Debian's postgresql package..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
  if bindir=$(find_bindir); then
    echo "PostgreSQL server binaries: $bindir"
    exit 0
  fi
fi

echo "PostgreSQL server binaries (initdb, pg_ctl) are missing: install them with 'apt-get install -y postgresql' as root, or set ConnectionStrings__Platform to an existing server." >&2
exit 1
