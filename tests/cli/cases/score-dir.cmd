framing score -L lex corpus
