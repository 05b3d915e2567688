framing score -L lex -q corpus/blue
