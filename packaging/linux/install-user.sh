#!/usr/bin/env bash
# Install (or remove) the unpacked shebao-desktop bundle for the current user, no root needed:
#   ./install-user.sh            copy this folder to ~/.local/opt/shebao-desktop, put
#                                shebao-desktop on ~/.local/bin and in the applications menu
#   ./install-user.sh --remove   undo that (profiles in the user data folder are kept)
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
APP_ID=org.shebaodesktop.ShebaoDesktop
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
OPT="$HOME/.local/opt/shebao-desktop"
BIN="$HOME/.local/bin"

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
}

if [ "${1:-}" = "--remove" ]; then
    rm -rf "$OPT"
    rm -f "$BIN/shebao-desktop" "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml"
    find "$DATA/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
    refresh
    echo "shebao-desktop removed"
    exit 0
fi

if [ "$HERE" != "$OPT" ]; then
    rm -rf "$OPT"
    mkdir -p "$(dirname "$OPT")"
    cp -a "$HERE" "$OPT"
fi
mkdir -p "$BIN" "$DATA/applications" "$DATA/metainfo"
ln -sf "$OPT/shebao-desktop" "$BIN/shebao-desktop"
# The menu entry runs the program by its full path: ~/.local/bin is not on every session's PATH.
sed -e "s|^Exec=.*|Exec=$OPT/shebao-desktop|" -e "s|^TryExec=.*|TryExec=$OPT/shebao-desktop|" \
    "$OPT/share/applications/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
cp "$OPT/share/metainfo/$APP_ID.metainfo.xml" "$DATA/metainfo/"
(cd "$OPT/share/icons" && find hicolor -name "$APP_ID.*" -exec install -Dm644 {} "$DATA/icons/{}" \;)
refresh
echo "shebao-desktop installed in $OPT; start it from the applications menu or run shebao-desktop"
