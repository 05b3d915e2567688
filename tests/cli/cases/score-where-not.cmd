framing score -L lex --where Bias!=left,center meta.jsonl
framing score -q -L lex --where topic= --where date=..2020-02 meta.jsonl
