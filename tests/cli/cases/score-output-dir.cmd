framing score -L lex -o "$OUT/tables" corpus/red && ls -A "$OUT/tables" && cat "$OUT/tables/articles.csv"
