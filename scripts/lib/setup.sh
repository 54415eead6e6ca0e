# Shared by scripts/run-demo.sh and scripts/test.sh: Debian packages and the project's venv.
# Sourced, not run.

die() { echo "Error: $*" >&2; exit 1; }

# Install the Debian/Ubuntu packages that are missing (as root, or through sudo).
ensure_debian_packages() {
    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    command -v apt-get >/dev/null || die "faltan paquetes del sistema (${missing[*]}) y no hay apt-get; instálelos a mano."
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || die "faltan paquetes (${missing[*]}); ejecute como root o instale sudo."
        sudo="sudo"
    fi
    echo "Instalando paquetes del sistema: ${missing[*]}"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Python 3.11+ with venv; create .venv and install the project (with extras "$1", if any).
ensure_venv() {
    local extras="${1:-}"
    local python="${PYTHON:-python3}"
    command -v "$python" >/dev/null || ensure_debian_packages python3
    "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        || die "se necesita Python 3.11 o más reciente (hay $("$python" --version 2>&1))."
    if ! "$python" -c 'import venv, ensurepip' 2>/dev/null; then
        ensure_debian_packages python3-venv
    fi
    if [ ! -x .venv/bin/python ]; then
        "$python" -m venv .venv
    fi
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${extras:+[$extras]}"
}

# What Qt needs to run offscreen and to render text.
QT_RUNTIME_PACKAGES=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0
    libx11-6 libdbus-1-3 fonts-dejavu-core)
# What a real window on an X11 desktop needs in addition (the xcb platform plugin).
QT_DESKTOP_PACKAGES=(libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1)
