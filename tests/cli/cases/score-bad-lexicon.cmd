printf "peace\n\nwar | zero\n" >"$OUT/bad.lex"
framing score -L "$OUT/bad.lex" corpus 2>"$OUT/err"
echo "exit $?"
sed "s|$OUT|OUT|" "$OUT/err"
