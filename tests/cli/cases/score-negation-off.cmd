framing score -L lex --negation-window 0 corpus/red/one.txt
