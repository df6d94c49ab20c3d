#!/bin/sh
# Puts the desktop files beside a PyInstaller folder (make bundle runs it):
#     packaging/linux/assemble.sh dist/wayline
# giving wayline/install.sh and wayline/share/ (the .desktop file, the .journey
# MIME type, the icons), which install.sh adds to the user's desktop.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
folder=${1:?give the bundle folder, e.g. dist/wayline}
mkdir -p "$folder/share/icons"
cp "$here/wayline.desktop" "$here/wayline-journey.xml" "$folder/share/"
cp "$root"/resources/icons/app/wayline*.png "$root/resources/icons/app/wayline.svg" "$folder/share/icons/"
cp "$here/install.sh" "$folder/"
chmod +x "$folder/install.sh"
