printf 'No peace. Peace talks, not war.\n' | framing score -L lex -
