#!/usr/bin/env bash
# Installs CLA Escritorio on a fresh Debian/Ubuntu machine and opens it on the demo database
# (created and filled on first use in the user's data folder, or under $CLA_HOME).
# Usage: bash scripts/run-demo.sh [cla-desktop arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/setup.sh
. scripts/lib/setup.sh

ensure_debian_packages "${QT_RUNTIME_PACKAGES[@]}" "${QT_DESKTOP_PACKAGES[@]}"
ensure_venv
exec .venv/bin/cla-desktop --demo "$@"
