framing score --no-such-option corpus
