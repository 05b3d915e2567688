framing score -L lex -m manifest.csv
