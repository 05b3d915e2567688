framing score -j -1 corpus
