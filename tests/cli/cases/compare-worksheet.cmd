# worksheet.html: the headlines side by side (titles from front matter,
# "(no headline)" without), a row per topic to rank the groups before
# the chart, room for two sentences, and the questions.
framing compare -q -L lex -o "$OUT" corpus && cat "$OUT/worksheet.html"
