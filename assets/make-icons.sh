#!/usr/bin/env sh
# Makes the packaged app's icons (electron-builder.yml) from assets/icon.png, the 1024 px drawing of
# assets/icon.svg (export it again from the SVG with a full SVG renderer, such as a browser, after changing it:
# ImageMagick's own SVG renderer draws the arc wrong):
#   icon.icns  16–1024 px, for macOS (png2icns, from Debian's icnsutils)
#   icon.ico   16–256 px, for Windows
# Linux uses icon.png itself. Needs ImageMagick and icnsutils: apt-get install -y imagemagick icnsutils.
# tests/electron/packaging/icons.test.ts checks the files and their sizes.
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

resized() { # size → the path of icon.png at that size
  convert icon.png -filter Lanczos -resize "$1x$1" "png32:$work/icon-$1.png"
  echo "$work/icon-$1.png"
}

# shellcheck disable=SC2046 # one path per size, no spaces
png2icns icon.icns $(for size in 16 32 48 128 256 512 1024; do resized "$size"; done) >/dev/null
# shellcheck disable=SC2046
convert $(for size in 16 24 32 48 64 128 256; do resized "$size"; done) icon.ico
