#!/usr/bin/env bash
# Renders the web app icons from public/icons/icon.svg (run once after changing the SVG; the PNGs
# are committed). Needs ImageMagick's `convert`. The maskable icon keeps the artwork inside the
# central 80 % safe zone on a full-bleed background.
set -euo pipefail
cd "$(dirname "$0")/../public/icons"
for size in 192 512; do
	convert -background none -density 384 icon.svg -resize "${size}x${size}" "icon-${size}.png"
done
convert -background '#1e3a8a' -density 384 icon.svg -resize 400x400 -gravity center -extent 512x512 icon-maskable-512.png
