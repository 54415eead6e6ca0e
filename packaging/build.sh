#!/usr/bin/env bash
# Builds the one-folder bundle dist/cla-desktop/ (cla-desktop + cla) on Linux, from a checkout.
# Usage: bash packaging/build.sh      (installs the project and PyInstaller into .venv first)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/setup.sh
. scripts/lib/setup.sh
ensure_debian_packages "${QT_RUNTIME_PACKAGES[@]}" binutils
ensure_venv test
.venv/bin/python -m PyInstaller --noconfirm --log-level WARN --distpath dist \
    --workpath build/pyinstaller packaging/cla_escritorio.spec
du -sh dist/cla-desktop
echo "Listo: dist/cla-desktop/cla-desktop (ventanas) y dist/cla-desktop/cla (consola)."
