# framing lexicon --import writes one .lex file per category, which load
# as the dictionary does; a bad line of a dictionary stops every command
# with its FILE:LINE, and --import then writes nothing.
framing lexicon --import import/dict.yml -o "$OUT/yml"
echo "exit $?"
ls "$OUT/yml"
cat "$OUT/yml/fight.air.lex"
framing lexicon -L "$OUT/yml" | sed "s|$OUT|OUT|g"
printf '%%\n1\tcalm\n%%\npeace\t1\ntruce\t7\n' >"$OUT/bad.dic"
framing score -L "$OUT/bad.dic" import/text.txt 2>&1 | sed "s|$OUT|OUT|g"
framing lexicon --import "$OUT/bad.dic" -o "$OUT/bad" 2>&1 | sed "s|$OUT|OUT|g"
ls "$OUT/bad" 2>/dev/null || echo "no $OUT/bad" | sed "s|$OUT|OUT|g"
framing lexicon --import import/text.txt -o "$OUT/txt" 2>&1
framing lexicon --import import/dict.dic
echo "exit $?"
