#!/usr/bin/env bash
# Installs everything the test suite needs on a fresh Debian/Ubuntu machine and runs all of it:
# lint, format, compiled-forms check and pytest on SQLite and a real PostgreSQL.
# Usage: bash scripts/test.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/setup.sh
. scripts/lib/setup.sh

ensure_debian_packages "${QT_RUNTIME_PACKAGES[@]}" postgresql poppler-utils zbar-tools \
    appstream desktop-file-utils binutils nsis p7zip-full \
    dovecot-imapd chromium
ensure_venv test

echo "== ruff (lint y formato)"
.venv/bin/ruff check .
.venv/bin/ruff format --check .

echo "== pytest"
export QT_QPA_PLATFORM=offscreen
set +e
# Two processes (one per core of the CI machine), each test file on one of them (module-level
# fixtures stay shared); the slowest tests are listed at the end.
.venv/bin/python -m pytest -n "${CLA_TEST_WORKERS:-2}" --dist loadfile --durations=25 "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
    echo "Error: pytest no encontró ninguna prueba." >&2
    exit 1
fi
exit "$status"
