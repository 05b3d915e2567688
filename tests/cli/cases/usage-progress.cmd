framing score --progress=sometimes corpus
