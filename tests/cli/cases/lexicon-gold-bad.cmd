# Bad gold files: FILE:LINE: reason, exit status 1.
lex=$PWD/lex
framing lexicon -L lex --gold gold-bad.jsonl
echo "status $?"
cd "$OUT" || exit 99
printf '{"text": "a", "conflict": 1}\n{"text": "b", "conflict": 1\n' >bad.jsonl
framing lexicon -L "$lex" --gold bad.jsonl
printf '{"text": "a", "conflict": 1}\n{"id": "x", "conflict": 0}\n' >notext.jsonl
framing lexicon -L "$lex" --gold notext.jsonl
printf '{"text": "a", "conflict": 1}\n{"text": "b\377", "conflict": 0}\n' >utf8.jsonl
framing lexicon -L "$lex" --gold utf8.jsonl
printf 'id,text,conflict\n1,a,1\n2,b,yes\n' >bad.csv
framing lexicon -L "$lex" --gold bad.csv
printf '{"text": "a", "topic": 1}\n' >nolabel.jsonl
framing lexicon -L "$lex" --gold nolabel.jsonl
: >empty.jsonl
framing lexicon -L "$lex" --gold empty.jsonl
