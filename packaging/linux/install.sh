#!/bin/sh
# Adds this Wayline folder to the current user's desktop: the menu entry, the
# icon, the .journey file type (double-click opens it in Wayline), and a
# `wayline` command in ~/.local/bin. Nothing is copied outside your home, and
# the folder stays where it is: move it, then run this again.
#     ./install.sh            install         ./install.sh --remove    undo it
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
if [ "${1:-}" = "--remove" ]; then
    rm -f "$data/applications/wayline.desktop" "$data/mime/packages/wayline-journey.xml" "$bin/wayline"
    rm -f "$data"/icons/hicolor/*/apps/wayline.png "$data/icons/hicolor/scalable/apps/wayline.svg"
    done="Wayline's menu entry, icon and file type are removed; delete this folder to remove Wayline."
else
    mkdir -p "$data/applications" "$data/mime/packages" "$bin" "$data/icons/hicolor/scalable/apps"
    # Exec and TryExec name this folder's program, quoted: the folder may have spaces
    sed -e "s|^Exec=.*|Exec=\"$here/wayline-gui\" %f|" -e "s|^TryExec=.*|TryExec=$here/wayline-gui|" \
        "$here/share/wayline.desktop" > "$data/applications/wayline.desktop"
    cp "$here/share/wayline-journey.xml" "$data/mime/packages/"
    for png in "$here"/share/icons/wayline-*.png; do
        size=$(basename "$png" .png | sed 's/wayline-//')
        mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
        cp "$png" "$data/icons/hicolor/${size}x${size}/apps/wayline.png"
    done
    cp "$here/share/icons/wayline.svg" "$data/icons/hicolor/scalable/apps/wayline.svg"
    ln -sf "$here/wayline" "$bin/wayline"
    done="Wayline is in your applications menu, .journey files open in it, and ~/.local/bin/wayline runs it."
fi
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "$done"
