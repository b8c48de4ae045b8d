#!/usr/bin/env bash
# Build the Linux one-folder bundle dist/shebao-desktop/ with PyInstaller, run its --self-test
# offscreen, and report its size and startup time against running from source.
#
#   packaging/build-linux.sh [--venv DIR] [--dist DIR] [--work DIR] [--runs N] [--no-timing] [--archive]
#
#   --venv DIR   create a fresh venv in DIR and install the project and PyInstaller into it;
#                without it the interpreter $PYTHON (default: python3) is used, with PyInstaller
#                installed into it when missing
#   --dist DIR   where the bundle goes (default: dist); --work DIR: PyInstaller's build folder
#                (default: build/pyinstaller)
#   --runs N     timed runs of each command (default 5); --no-timing skips the timing
#   --archive    also pack dist/shebao-desktop-VERSION-linux-ARCH.tar.gz
#
# Exit status: 0 built and self-tested; 1 build or self-test failed; 3 PyInstaller could not be
# installed (no network to PyPI, for example).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PY="${PYTHON:-python3}"
VENV="" DIST="$ROOT/dist" WORK="$ROOT/build/pyinstaller" RUNS=5 TIMING=1 ARCHIVE=0
PYINSTALLER_REQ="pyinstaller>=6.10,<7"

while [ $# -gt 0 ]; do
    case "$1" in
        --venv) VENV="$2"; shift 2 ;;
        --dist) DIST="$2"; shift 2 ;;
        --work) WORK="$2"; shift 2 ;;
        --runs) RUNS="$2"; shift 2 ;;
        --no-timing) TIMING=0; shift ;;
        --archive) ARCHIVE=1; shift ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) echo "build-linux: unknown option $1" >&2; exit 2 ;;
    esac
done
mkdir -p "$DIST" "$WORK"
DIST="$(cd "$DIST" && pwd)" WORK="$(cd "$WORK" && pwd)"

if [ -n "$VENV" ]; then
    echo "== venv $VENV"
    "$PY" -m venv "$VENV"
    PY="$VENV/bin/python"
    "$PY" -m pip install -q --upgrade pip
    "$PY" -m pip install -q "$ROOT" || { echo "build-linux: cannot install the project" >&2; exit 1; }
fi
PY="$(command -v "$PY")"
"$PY" -c "import shebao_desktop" 2>/dev/null || {
    echo "build-linux: shebao_desktop is not installed for $PY (pip install -e . or use --venv)" >&2
    exit 1
}
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
    echo "== installing $PYINSTALLER_REQ into $PY"
    "$PY" -m pip install -q "$PYINSTALLER_REQ" || {
        echo "build-linux: PyInstaller cannot be installed" >&2
        exit 3
    }
fi
VERSION="$("$PY" -c 'import shebao_desktop; print(shebao_desktop.__version__)')"
echo "== PyInstaller $("$PY" -m PyInstaller --version), Python $("$PY" -c 'import sys; print(sys.version.split()[0])'), shebao-desktop $VERSION"

start=$(date +%s.%N)
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$WORK" \
    "$ROOT/packaging/shebao-desktop.spec"
build_s=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN{printf "%.0f", b-a}')
APP="$DIST/shebao-desktop"

# Desktop integration beside the program: .desktop, AppStream metainfo, hicolor icons and the
# per-user installer (see packaging/README.md).
APP_ID=org.shebaodesktop.ShebaoDesktop
install -Dm644 "$ROOT/packaging/linux/$APP_ID.desktop" "$APP/share/applications/$APP_ID.desktop"
install -Dm644 "$ROOT/packaging/linux/$APP_ID.metainfo.xml" "$APP/share/metainfo/$APP_ID.metainfo.xml"
ICONS="$ROOT/shebao_desktop/resources/icons"
install -Dm644 "$ICONS/shebao-desktop.svg" "$APP/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in "$ICONS"/shebao-desktop-*.png; do
    size="${png##*-}"; size="${size%.png}"
    install -Dm644 "$png" "$APP/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -m755 "$ROOT/packaging/linux/install-user.sh" "$APP/install-user.sh"

echo "== self-test of the bundle (offscreen)"
env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen "$APP/shebao-desktop" --self-test || {
    echo "build-linux: the bundle's self-test failed" >&2
    exit 1
}

echo "== bundle"
echo "build time: ${build_s} s"
du -sh "$APP"
if command -v objdump >/dev/null 2>&1; then
    glibc=$(find "$APP" -type f \( -name '*.so*' -o -name shebao-desktop \) -exec objdump -T {} + 2>/dev/null \
        | grep -o 'GLIBC_[0-9.]*' | sort -u -V | tail -1)
    echo "needs ${glibc/_/ } or newer"
fi
if [ "$ARCHIVE" = 1 ]; then
    tarball="$DIST/shebao-desktop-$VERSION-linux-$(uname -m).tar.gz"
    tar -C "$DIST" -czf "$tarball" shebao-desktop
    du -sh "$tarball"
fi
if [ "$TIMING" = 1 ]; then
    "$PY" "$ROOT/packaging/startup_time.py" --bundle "$APP/shebao-desktop" --runs "$RUNS"
fi
