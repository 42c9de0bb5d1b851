#!/usr/bin/env bash
# Renders sample Auswertungsberichte the way a trainer prints them: headless Chromium (Debian's
# package, installed if missing) makes a PNG screenshot and PDFs of the reports of the
# Westmecklenburg Realverlauf (German with its "what if" chapter, and English), of a passive
# run, of its Einsatztagebuch and of its Drehbuch. Fails unless every chart shows its data
# lines (pixels in the series colours, not just axes), every PDF page carries ÜBUNG, and every
# PDF prints at full size: no word below 9 pt (`pdftotext -bbox`; Chromium shrinks a page whose
# content is too wide), every table cell's text in the PDF's text (nothing clipped), and no
# heading as the last line of a page.
# Page PNGs (pdftoppm) of page 1, the outage chart, the Realverlauf and the Drehbuch are left
# in the output folder for a look.
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
$bin run westmecklenburg --historical --save "$out/sample.ron" --force >/dev/null
$bin run westmecklenburg --passive --save "$out/passive.ron" --force >/dev/null
# The German sample carries the "what if" chapter (about 10 s more), so it is printed too.
$bin report "$out/sample.ron" --counterfactuals -o "$out/sample.html" --force >/dev/null 2>&1
$bin --lang en report "$out/sample.ron" -o "$out/sample-en.html" --force >/dev/null
$bin report "$out/passive.ron" -o "$out/passive.html" --force >/dev/null
$bin report "$out/sample.ron" --logbook -o "$out/sample-etb.html" --force >/dev/null
$bin drehbuch westmecklenburg -o "$out/drehbuch.html" --force >/dev/null

# Flags as this machine's probe runs Chromium: no sandbox as root, no background network.
chrome() {
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$out/profile" --hide-scrollbars "$@" 2>/dev/null
}
chrome --window-size=1100,2400 --screenshot="$out/sample.png" "file://$out/sample.html"
docs=(sample sample-en passive sample-etb drehbuch)
for name in "${docs[@]}"; do
    chrome --no-pdf-header-footer --print-to-pdf="$out/$name.pdf" "file://$out/$name.html"
done

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
for name in "${docs[@]}"; do
    pdf=$name.pdf
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

# Full size, nothing clipped, no heading left alone at a page's foot (every file checked, then
# the verdict).
bad=0
for name in "${docs[@]}"; do
    pdftotext -bbox "$out/$name.pdf" "$out/$name.bbox.html"
    # The text in drawing order, of the area inside the page margins (1.6 cm = 45 pt).
    size=$(pdfinfo "$out/$name.pdf" | awk '/^Page size/{print int($3) " " int($5)}')
    read -r width height <<<"$size"
    pdftotext -raw -x 0 -y 45 -W "$width" -H $((height - 90)) "$out/$name.pdf" "$out/$name.txt"
    python3 - "$out/$name.html" "$out/$name.bbox.html" "$out/$name.txt" <<'PY' || bad=1
import html, re, sys
from html.parser import HTMLParser

source, bbox, raw = (open(p, encoding="utf-8").read() for p in sys.argv[1:4])
name = sys.argv[1].rsplit("/", 1)[-1]
# DejaVu Sans: a word's box is 1.164 em high (ascent + descent), so its size is height / 1.164.
EM = 1.164
MIN_PT = 8.9  # 9 pt, less rounding
MARGIN = 45.0  # the page margin (1.6 cm) holds only ÜBUNG and the page number


class Cells(HTMLParser):
    """Collects the text of every table cell and heading of the HTML page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.cells, self.headings, self.open = [], [], []

    def handle_starttag(self, tag, attrs):
        if tag in ("td", "th", "h1", "h2", "h3"):
            self.open.append((tag, []))

    def handle_endtag(self, tag):
        if self.open and self.open[-1][0] == tag:
            kind, parts = self.open.pop()
            text = "".join(parts)
            (self.cells if kind in ("td", "th") else self.headings).append(text)

    def handle_data(self, data):
        if self.open:
            self.open[-1][1].append(data)


def bare(t):
    """Text without what printing changes: white space, hyphens, soft hyphens."""
    return re.sub(r"[\s\-\u00ad\u2010\u2011]", "", t)


parser = Cells()
parser.feed(source)
failed = []

words = []  # (page, size in pt, yMin, yMax, text)
height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', bbox).group(1))
for page, body in enumerate(re.findall(r"<page[^>]*>(.*?)</page>", bbox, re.S), 1):
    for x0, y0, x1, y1, text in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', body
    ):
        y0, y1 = float(y0), float(y1)
        if y1 < MARGIN or y0 > height - MARGIN:
            continue
        words.append((page, (y1 - y0) / EM, y0, y1, html.unescape(text)))
small = [w for w in words if w[1] < MIN_PT]
if small:
    failed.append(f"{len(small)} words below 9 pt, e.g. page {small[0][0]}: {small[0][4]!r} at {small[0][1]:.1f} pt")

pages = {}
for w in words:
    pages.setdefault(w[0], []).append(w)
headings = [bare(h) for h in parser.headings if bare(h)]
for page, ws in pages.items():
    last = max(w[2] for w in ws)
    line = [w for w in ws if abs(w[2] - last) < 2.0]
    text = bare("".join(w[4] for w in line))
    # A heading is set larger than body text (h3: 11 pt); its last line alone ends the page.
    if text and min(w[1] for w in line) >= 10.8 and any(text in h for h in headings):
        failed.append(f"page {page} ends with a heading: {' '.join(w[4] for w in line)!r}")

printed = bare(raw)
missing = [c for c in parser.cells if bare(c) and bare(c) not in printed]
if missing:
    failed.append(f"{len(missing)} table cells not in the PDF's text (clipped?), e.g. {missing[0][:80]!r}")

sizes = sorted(w[1] for w in words) or [0.0]
print(f"{name}: {len(pages)} pages, {len(words)} words, median {sizes[len(sizes) // 2]:.1f} pt, "
      f"smallest {sizes[0]:.1f} pt, {len(parser.cells)} cells, {len(headings)} headings"
      + (" FAILED" if failed else " ok"))
for f in failed:
    print(f"  {f}")
sys.exit(1 if failed else 0)
PY
done

# Pages to look at: page 1, the page of the outage chart, of the Realverlauf, the Drehbuch's first.
page_of() {
    pdftotext -layout "$out/$1.pdf" - | awk -v want="$2" 'BEGIN{RS="\f"} index($0, want){print NR; exit}'
}
snap() {
    pdftoppm -png -r 80 -f "$2" -l "$2" -singlefile "$out/$1.pdf" "$out/$3"
}
snap sample 1 page-1
snap sample "$(page_of sample "Verfügbare Dienste (in Betrieb")" page-outage
snap sample "$(page_of sample "und in der Übung")" page-realverlauf
snap drehbuch 1 page-drehbuch
echo "rendered: $out/sample.png, the PDFs and $out/page-*.png"
exit "$bad"
