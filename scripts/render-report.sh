#!/usr/bin/env bash
# Renders a sample Auswertungsbericht the way a trainer prints it: headless Chromium (Debian's
# package, installed if missing) makes a PNG screenshot and a PDF of the report of the
# Westmecklenburg Realverlauf. Fails unless every chart shows its data lines (pixels in the
# series colours, not just axes) and every PDF page carries ÜBUNG.
#
# Usage: scripts/render-report.sh [OUTPUT_DIR]   (default: target/render-report)
# Not part of .ci/run: it needs root (or sudo) for apt-get and a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/render-report}
mkdir -p "$out"
out=$(cd "$out" && pwd)

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v pdftotext >/dev/null || need+=(poppler-utils)
if ((${#need[@]})); then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq "${need[@]}"
fi

cargo build --release --locked --quiet
bin=target/release/krisenstab
$bin run westmecklenburg --historical --save "$out/sample.ron" >/dev/null
$bin report "$out/sample.ron" -o "$out/sample.html" >/dev/null
$bin report "$out/sample.ron" --logbook -o "$out/sample-etb.html" >/dev/null

# Flags as this machine's probe runs Chromium: no sandbox as root, no background network.
chrome() {
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$out/profile" --hide-scrollbars "$@" 2>/dev/null
}
chrome --window-size=1100,2400 --screenshot="$out/sample.png" "file://$out/sample.html"
chrome --no-pdf-header-footer --print-to-pdf="$out/sample.pdf" "file://$out/sample.html"
chrome --no-pdf-header-footer --print-to-pdf="$out/sample-etb.pdf" "file://$out/sample-etb.html"

# Each chart on its own page, screenshot at the chart's size.
python3 - "$out" <<'PY'
import re, sys, pathlib
out = pathlib.Path(sys.argv[1])
html = (out / "sample.html").read_text(encoding="utf-8")
charts = re.findall(r"<svg.*?</svg>", html, re.S)
if len(charts) < 3:
    sys.exit(f"expected at least 3 charts, found {len(charts)}")
for i, svg in enumerate(charts):
    (out / f"chart-{i}.html").write_text(
        "<!DOCTYPE html><html><body style=\"margin:0;background:#fff\">" + svg + "</body></html>",
        encoding="utf-8")
print(len(charts))
PY
n=$(ls "$out"/chart-*.html | wc -l)
for ((i = 0; i < n; i++)); do
    chrome --window-size=820,300 --screenshot="$out/chart-$i.png" "file://$out/chart-$i.html"
done

# Decode the PNGs with the standard library and count pixels in the series colours.
python3 - "$out" "$n" <<'PY'
import struct, sys, zlib, pathlib

def pixels(path):
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path}: not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), f"{path}: unexpected PNG type"
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1: line[x] = (line[x] + a) & 255
            elif f == 2: line[x] = (line[x] + b) & 255
            elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows

# The team's series colours (src/report/charts.rs: TEAM).
series = [(0, 90, 170), (200, 60, 30), (30, 140, 60)]
out, n = pathlib.Path(sys.argv[1]), int(sys.argv[2])
failed = False
for i in range(n):
    w, h, bpp, rows = pixels(out / f"chart-{i}.png")
    hits = 0
    for row in rows:
        for x in range(0, w * bpp, bpp):
            r, g, b = row[x], row[x + 1], row[x + 2]
            if any(abs(r - sr) + abs(g - sg) + abs(b - sb) < 60 for sr, sg, sb in series):
                hits += 1
    ok = hits >= 100
    failed |= not ok
    print(f"chart {i}: {hits} pixels in series colours {'ok' if ok else 'EMPTY'}")
w, h, bpp, rows = pixels(out / "sample.png")
busy = sum(1 for row in rows for x in range(0, w * bpp, bpp) if row[x:x + 3] != b"\xff\xff\xff")
print(f"report screenshot: {w}x{h}, {busy} non-white pixels")
failed |= busy < 10000
sys.exit(1 if failed else 0)
PY

# Every printed page says ÜBUNG (header and footer).
for pdf in sample.pdf sample-etb.pdf; do
    pages=$(pdftotext "$out/$pdf" - | awk 'BEGIN{RS="\f"} NF{n++} END{print n}')
    marked=$(pdftotext "$out/$pdf" - | awk 'BEGIN{RS="\f"} /ÜBUNG/{n++} END{print n+0}')
    echo "$pdf: $pages pages, $marked with ÜBUNG"
    [ "$pages" -ge 1 ] && [ "$pages" = "$marked" ]
done
# The logbook's own page numbers ("Seite x / N") must match the printed pages.
sheets=$(grep -o 'Seite 1 / [0-9]*' "$out/sample-etb.html" | head -1 | awk '{print $4}')
printed=$(pdftotext "$out/sample-etb.pdf" - | awk 'BEGIN{RS="\f"} NF{n++} END{print n}')
echo "sample-etb.pdf: numbered $sheets pages, printed $printed"
[ "$sheets" = "$printed" ]
echo "rendered: $out/sample.png $out/sample.pdf $out/sample-etb.pdf"
