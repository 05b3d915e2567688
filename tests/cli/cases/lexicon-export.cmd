# framing lexicon --export writes the topics as a LIWC or quanteda YAML
# dictionary, which -L reads back with the same hits (import/lex holds
# only exact words and prefixes, which both formats express); what the
# formats cannot express (lexctx: a stop phrase, a context, stemmed
# words, the context list, negation) is left out or changed, with a
# warning.
framing lexicon --export liwc -L import/lex
framing lexicon --export yaml -L import/lex -o "$OUT/x.yml"
cat "$OUT/x.yml"
framing lexicon --export liwc -L import/lex -o "$OUT/x.dic" 2>/dev/null
framing kwic --csv -q -L import/lex import/text.txt >"$OUT/lex.csv"
for d in dic yml; do
  framing kwic --csv -q -L "$OUT/x.$d" import/text.txt >"$OUT/$d.csv"
  cmp -s "$OUT/lex.csv" "$OUT/$d.csv" && echo "$d: the same hits" \
    || diff "$OUT/lex.csv" "$OUT/$d.csv"
done
framing lexicon --export yaml -L lexctx
framing lexicon --export xml -L lexctx
echo "exit $?"
