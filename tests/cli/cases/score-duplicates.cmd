# Files, folders and texts met twice are counted once, with a note naming
# both; --keep-duplicates counts them each time.
cp corpus/red/one.txt "$OUT/copy.txt"
framing score -L lex corpus ./corpus/red/one.txt corpus/red articles.jsonl "$OUT/copy.txt" 2>&1 | sed "s|$OUT/||"
framing score -q --keep-duplicates -L lex corpus ./corpus/red/one.txt corpus/red | cut -d, -f1,2 | uniq -c
