framing score -L lex corpus/red/one.txt no/such/file.txt
