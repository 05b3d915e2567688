framing score -l klingon corpus
