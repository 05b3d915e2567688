framing compare -L lex -g bias --where topic=war --where date=2019.. meta.jsonl --csv profiles
framing compare -L lex -g bias --where topic=war --where date=2019.. meta.jsonl \
  | sed -n '/^The corpus/,/^$/p'
