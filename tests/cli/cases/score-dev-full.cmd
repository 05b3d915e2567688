framing score -L lex corpus/red >/dev/full
