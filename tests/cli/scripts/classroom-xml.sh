#!/bin/sh
# classroom-xml.sh - chart.svg, report.html, articles.html and
# worksheet.html parse, for the bundled
# example and for a corpus whose outlet, titles and text carry markup:
# the SVG as XML, the page both as XML (it is polyglot markup) and as HTML;
# markup in the corpus shows as text, never as an element.  Also
# --chart FILE: the same SVG, alone, nothing on standard output, no
# temporary file left behind.  Skipped without xmllint (libxml2-utils).
set -u
command -v xmllint >/dev/null 2>&1 || { echo "no xmllint: skipped"; exit 77; }
work=$(mktemp -d "${TMPDIR:-/tmp}/framing-classroom.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

# The number of elements of DOC named like one of the names in NAMES
# (space-separated), by XPath on the XML parse.
count_elements() {
  doc=$1 names=$2 expr=
  for n in $names; do
    expr="${expr:+$expr or }local-name()='$n'"
  done
  xmllint --xpath "count(//*[$expr])" "$doc"
}

# The number of elements of DOC whose own text contains TEXT (no ').
count_text() {
  xmllint --xpath "count(//*[text()[contains(., '$2')]])" "$1"
}

# Check the SVG and the page in DIR.
check_dir() {
  dir=$1
  xmllint --noout "$dir/chart.svg" || fail "$dir/chart.svg is not XML"
  xmllint --noout "$dir/report.html" || fail "$dir/report.html is not XML"
  # The HTML parser of libxml2 knows HTML 4 only: its complaints about
  # the HTML 5 and SVG elements are expected, any other is a failure.
  other=$(xmllint --html --noout "$dir/report.html" 2>&1 \
    | grep 'parser error' \
    | grep -v -E 'Tag (header|nav|section|footer|figure|figcaption|mark|svg|title|desc|defs|pattern|rect|circle|path|g|text) invalid')
  [ -z "$other" ] || fail "$dir/report.html: $other"
  [ "$(xmllint --xpath "name(/*)" "$dir/chart.svg")" = svg ] \
    || fail "$dir/chart.svg: the root is not svg"
  for f in articles.html worksheet.html; do
    xmllint --noout "$dir/$f" || fail "$dir/$f is not XML"
    other=$(xmllint --html --noout "$dir/$f" 2>&1 | grep 'parser error' \
      | grep -v -E 'Tag (header|main|section|article|mark) invalid')
    [ -z "$other" ] || fail "$dir/$f: $other"
  done
  for f in chart.svg report.html articles.html worksheet.html; do
    n=$(count_elements "$dir/$f" "script img b iframe object")
    [ "$n" = 0 ] || fail "$dir/$f: $n elements from the corpus"
  done
}

"$FRAMING" compare -q -o "$work/example" || fail "compare -o on the example"
check_dir "$work/example"
[ "$(count_elements "$work/example/chart.svg" rect)" -ge 16 ] \
  || fail "example chart: fewer than 16 bars"

# A corpus with markup everywhere a user's text can go.
mkdir "$work/in"
printf '%s\n' 'The army launched a major offensive <script>alert(2)</script> & more.' \
  'There was no ceasefire.' >"$work/in/a.txt"
printf '%s\n' 'Diplomats sought peace talks & a "truce" <b>today</b>.' >"$work/in/b.txt"
cat >"$work/in/manifest.csv" <<'EOF'
path,outlet,title
a.txt,"<script>alert(1)</script> & ""Co""","<img src=x onerror=alert(3)> title"
b.txt,Plain & Simple,"Quote ""this"" & that"
EOF
"$FRAMING" compare -q -m "$work/in/manifest.csv" -o "$work/hostile" \
  || fail "compare -o on the hostile corpus"
check_dir "$work/hostile"
for f in chart.svg report.html; do
  [ "$(count_text "$work/hostile/$f" '<script>alert(1)</script> & "Co"')" -ge 1 ] \
    || fail "$f: the outlet's name is not shown as written"
done
[ "$(count_text "$work/hostile/report.html" '<script>alert(2)</script> & more.')" -ge 1 ] \
  || fail "report.html: the example sentence is not shown as written"
[ "$(count_text "$work/hostile/report.html" '"truce" <b>today</b>.')" -ge 1 ] \
  || fail "report.html: the peace sentence is not shown as written"
for f in articles.html worksheet.html; do
  [ "$(count_text "$work/hostile/$f" '<script>alert(1)</script> & "Co"')" -ge 1 ] \
    || fail "$f: the outlet's name is not shown as written"
  [ "$(count_text "$work/hostile/$f" '<img src=x onerror=alert(3)> title')" -ge 1 ] \
    || fail "$f: the title is not shown as written"
done
[ "$(count_text "$work/hostile/articles.html" ' <script>alert(2)</script> & more.')" -ge 1 ] \
  || fail "articles.html: the text is not shown as written"
[ "$(count_elements "$work/hostile/articles.html" mark)" -ge 8 ] \
  || fail "articles.html: fewer hits marked than the legend and text hold"

# --chart FILE: only the SVG, into a folder created if need be.
out=$("$FRAMING" compare -q --chart "$work/sub/dir/c.svg") || fail "--chart"
[ -z "$out" ] || fail "--chart printed on standard output"
cmp -s "$work/sub/dir/c.svg" "$work/example/chart.svg" \
  || fail "--chart and -o wrote different charts"
[ "$(ls -A "$work/sub/dir")" = c.svg ] || fail "--chart left: $(ls -A "$work/sub/dir")"
exit $status
