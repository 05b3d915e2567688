# Grouping mistakes are said on standard error, one line each: one group
# only; a manifest.csv in a folder given as an input but not with -m; a
# manifest without the grouping column.  -q says none of them.
lex=$PWD/lex
framing compare -L "$lex" --csv distances corpus/red
framing compare -q -L "$lex" --csv distances corpus/red
mkdir "$OUT/c" && cp -R corpus/red corpus/blue "$OUT/c/" && cd "$OUT" &&
  rm c/blue/empty.txt &&
  printf 'path,source,date\nred/one.txt,Red,2023-01-01\nblue/one.txt,Blue,2023-01-05\n' >c/manifest.csv
framing compare -L "$lex" --csv distances c
framing compare -L "$lex" --csv distances -m c/manifest.csv
framing compare -L "$lex" --csv distances -g bias -m c/manifest.csv
framing compare -q -L "$lex" --csv distances -g bias -m c/manifest.csv
framing compare -L "$lex" --csv distances -g 'source, Bias' -m c/manifest.csv
