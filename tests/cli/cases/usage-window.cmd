framing score --negation-window -1 corpus
