framing score -q -L lex -m manifest.csv -g DATE
