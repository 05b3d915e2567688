framing score -L lex --strict corpus
