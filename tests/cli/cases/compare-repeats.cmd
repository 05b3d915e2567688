# The closing note on standard error and the report's corpus paragraph
# count repeated lines in the same words: three lines skipped in two
# articles, also when the counts are merged from a counts file.
mkdir -p "$OUT/in/a" "$OUT/in/b"
line='The ministry said the convoy reached the border crossing at noon.'
printf '%s\n' "$line" 'Troops shelled the town.' "$line" "$line" >"$OUT/in/a/one.txt"
printf '%s\n' "$line" 'Aid arrived.' "$line" >"$OUT/in/b/two.txt"
printf 'Talks on a ceasefire resumed.\n' >"$OUT/in/b/three.txt"
framing compare -j 1 "$OUT/in" | tr '\n' ' ' | grep -o 'While reading, [^,]*,'
framing score --counts "$OUT/in" >"$OUT/counts"
framing compare --from-counts "$OUT/counts" | tr '\n' ' ' \
  | grep -o 'While reading, [^,]*,'
