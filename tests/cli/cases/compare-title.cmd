# The title of the report, the page and the chart: --title, else a name
# made from the folder or the manifest's folder, never a path.
framing compare -q -L lex --title 'War & peace' corpus | head -2
framing compare -q -L lex -m "$PWD/manifest.csv" | head -1
framing compare -q -L lex corpus/blue corpus/red | head -1
framing compare -q -L lex --chart "$OUT/c.svg" -m "$PWD/manifest.csv" &&
  grep -o 'Corpus: [^<]*' "$OUT/c.svg" && grep -m 1 -o '<title>[^<]*</title>' "$OUT/c.svg"
framing compare -q -L lex --title 'War & peace' -o "$OUT/o" corpus &&
  grep -o '<title>Framing[^<]*</title>\|<h1>[^<]*</h1>\|Corpus: [^<]*' "$OUT/o/report.html"
grep -l "$PWD" "$OUT/c.svg" "$OUT/o/chart.svg" "$OUT/o/report.html" || echo "no path"
