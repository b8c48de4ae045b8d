#!/bin/sh
# Run every benchmark of shebao-desktop; figures go to stdout (README.md records them).
#   benchmarks/run_all.sh [--xvfb]      PYTHON=/path/to/python to choose the interpreter
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PY=${PYTHON:-python3}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export SHEBAO_DATA_DIR="$TMP/data" SHEBAO_CONFIG_DIR="$TMP/config"

echo "== machine: $(nproc) cores, $(uname -sr), $("$PY" -c 'import sys, PySide6; print("Python", sys.version.split()[0], "PySide6", PySide6.__version__)')"
echo; echo "== 1. startup (process start -> first painted main window)"
"$PY" "$HERE/startup.py" --runs 10 "$@"
echo; echo "== 2. recompute after one edit (540 month rows)"
"$PY" "$HERE/recompute.py" --edits 50
echo; echo "== 3. PDF export (examples/profile-beijing.json)"
"$PY" "$HERE/pdf_export.py" --runs 10
echo; echo "== 4. peak memory (startup + one PDF export)"
"$PY" "$HERE/memory.py" --runs 3
if [ -x /usr/bin/time ]; then
    # the same figure from /usr/bin/time -v, as a cross-check (byte-code cached outside the repo)
    env -u PYTHONDONTWRITEBYTECODE PYTHONPYCACHEPREFIX="$TMP/pycache" \
        "$PY" "$HERE/pdf_export.py" --once "$TMP/warm.pdf" >/dev/null 2>&1 || true
    env -u PYTHONDONTWRITEBYTECODE PYTHONPYCACHEPREFIX="$TMP/pycache" \
        /usr/bin/time -v "$PY" "$HERE/pdf_export.py" --once "$TMP/once.pdf" 2>"$TMP/time.txt" >/dev/null
    grep -E "Maximum resident set size|Elapsed \(wall" "$TMP/time.txt" | sed 's/^\s*/\/usr\/bin\/time -v: /'
fi
