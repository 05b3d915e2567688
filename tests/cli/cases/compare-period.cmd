framing compare -L lex --period week meta.jsonl --csv profiles | cut -d, -f1,3 | uniq
framing compare -q -L lex --period quarter meta.jsonl --csv distances
framing compare -L lex -g bias --period year --where topic=war meta.jsonl \
  | sed -n '/^The corpus/,/^2\./p'
framing score -L lex --period decade meta.jsonl
