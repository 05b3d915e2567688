#!/bin/sh
# axe.sh - the pages of framing compare -o (report.html, articles.html,
# worksheet.html) pass axe-core's WCAG 2.1 A and AA rules in headless
# Chromium, for the bundled example and for the seed articles
# (../shared/seeds, when present); with SCREENSHOT=FILE, also a
# screenshot of the seeds' articles.html into FILE (docs/articles.png).
#
# Usage: FRAMING=./framing AXE=_a11y/node_modules/axe-core/axe.min.js \
#          tests/a11y/axe.sh
#
# It installs nothing: .ci/run installs Debian's chromium and axe-core
# from npm (pinned) into _a11y/.  Each page is copied beside axe.min.js
# with two scripts added at the end of its body: axe, and a call that
# runs it and writes the violations as JSON into a <pre> of the page;
# chromium --dump-dom prints the page once its scripts are done (a
# virtual time budget lets the promise settle), and node reads the
# JSON.  The pages themselves hold no script.  Exit 77 (skipped) when
# chromium, node, axe.min.js or the program is missing.
set -u
: "${FRAMING:=./framing}"
: "${AXE:=_a11y/node_modules/axe-core/axe.min.js}"
top=$(cd "$(dirname "$0")/../.." && pwd)
chromium=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chromium" ] || { echo "no chromium: skipped"; exit 77; }
command -v node >/dev/null 2>&1 || { echo "no node: skipped"; exit 77; }
[ -f "$AXE" ] || { echo "no $AXE (npm install axe-core): skipped"; exit 77; }
[ -x "$FRAMING" ] || { echo "no program $FRAMING: skipped"; exit 77; }
AXE=$(cd "$(dirname "$AXE")" && pwd)/$(basename "$AXE")
FRAMING=$(cd "$(dirname "$FRAMING")" && pwd)/$(basename "$FRAMING")

work=$(mktemp -d "${TMPDIR:-/tmp}/framing-axe.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

# Headless Chromium with ARGS..., its chatter on standard error dropped
# (no sandbox: CI runs as root; its own profile folder).
browse() {
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu \
    --no-first-run --user-data-dir="$work/profile" "$@" 2>/dev/null
}

# The axe call: WCAG 2.0 and 2.1, A and AA; the violations, each with the
# elements it found, as JSON in <pre id="axe-results">.
cat >"$work/run-axe.js" <<'EOF'
axe.run(document, {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
  resultTypes: ["violations"]
}).then(function (r) {
  var out = r.violations.map(function (v) {
    return { id: v.id, help: v.help,
             nodes: v.nodes.map(function (n) { return n.target.join(" "); }) };
  });
  var pre = document.createElement("pre");
  pre.id = "axe-results";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
}, function (e) {
  var pre = document.createElement("pre");
  pre.id = "axe-results";
  pre.textContent = JSON.stringify({ error: String(e) });
  document.body.appendChild(pre);
});
EOF
cp "$AXE" "$work/axe.min.js"

# The violations in the dumped DOM on standard input, one line each;
# "no results" when axe did not finish.
cat >"$work/read.js" <<'EOF'
let dom = require("fs").readFileSync(0, "utf8");
let m = dom.match(/<pre id="axe-results">([^<]*)<\/pre>/);
if (!m) { console.log("no results: axe did not finish"); process.exit(0); }
let json = m[1].replace(/&lt;/g, "<").replace(/&gt;/g, ">")
  .replace(/&quot;/g, '"').replace(/&nbsp;/g, "\u00a0").replace(/&amp;/g, "&");
let r = JSON.parse(json);
if (r.error) { console.log("axe failed: " + r.error); process.exit(0); }
for (const v of r)
  console.log(v.id + ": " + v.help + " (" + v.nodes.length + ": "
              + v.nodes.slice(0, 3).join(", ") + ")");
EOF

# Check the pages of -o folder DIR, named NAME in messages.
check_dir() {
  dir=$1 name=$2
  for page in report.html articles.html worksheet.html; do
    [ -f "$dir/$page" ] || { fail "$name: no $page"; continue; }
    copy=$work/check-$name-$page
    sed 's|</body>|<script src="axe.min.js"></script><script src="run-axe.js"></script></body>|' \
      "$dir/$page" >"$copy"
    grep -q 'run-axe.js' "$copy" || { fail "$name/$page: no </body>"; continue; }
    browse --virtual-time-budget=30000 --dump-dom "file://$copy" >"$copy.dom"
    found=$(node "$work/read.js" <"$copy.dom")
    if [ -n "$found" ]; then
      fail "$name/$page:"
      echo "$found" | sed 's/^/  /'
    else
      echo "ok: $name/$page"
    fi
  done
}

"$FRAMING" compare -q -o "$work/example" || fail "compare -o on the example"
check_dir "$work/example" example

seeds=$top/../shared/seeds
if [ -f "$seeds/manifest.csv" ]; then
  "$FRAMING" compare -q -m "$seeds/manifest.csv" -o "$work/seeds" \
    || fail "compare -o on the seeds"
  check_dir "$work/seeds" seeds
  if [ -n "${SCREENSHOT:-}" ]; then
    browse --hide-scrollbars --window-size=1600,1100 \
      --screenshot="$SCREENSHOT" "file://$work/seeds/articles.html" >/dev/null \
      || fail "screenshot"
  fi
else
  echo "no $seeds: the seeds' pages not checked"
fi
exit $status
