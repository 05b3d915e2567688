# articles.html: every article in full, its hits marked by topic (a
# class per topic and a label naming it), a negated hit struck and
# named, markup in the text escaped, a line break in a paragraph a space,
# a grey note for repeated lines skipped, and a group of no hit.
mkdir -p "$OUT/in/red" "$OUT/in/blue" "$OUT/in/green"
line='The ministry said the convoy reached the border crossing at noon.'
printf '%s\n' "$line" 'Troops launch offensive. <b>Attack</b> & attack.' "$line" \
  >"$OUT/in/red/one.txt"
printf 'Peace talks began.\n\nThere was no ceasefire,\nbut peace came.\n' \
  >"$OUT/in/blue/one.txt"
printf 'Nothing of the kind here.\n' >"$OUT/in/green/one.txt"
cd "$OUT" && framing compare -q -L "$OLDPWD/lex" -o res in && cat res/articles.html
