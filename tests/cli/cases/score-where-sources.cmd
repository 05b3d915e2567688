framing score -L lex --where date=2023-02.. --keep outlet corpus
framing score -L lex -m manifest.csv --where outlet=-Blue --period month
framing compare -L lex -m manifest.csv -g outlet,date --csv profiles
