#!/bin/sh
# tests/hostile/inputs.sh - hostile articles, manifests, JSON Lines, gzip
# streams and folders: each ends in its documented status and one clear
# message naming the file (and line), and --strict makes every skip fatal.
. "$top_srcdir/tests/hostile/lib.sh"
H='id,group,title,date,tokens,lexicon,hits,negated,weighted,per_1k'

# --- Text files -------------------------------------------------------
: >empty.txt
hcase empty-strict 1 'framing: empty.txt: empty article (no tokens)' \
  framing score --strict -L t.lex empty.txt
check_stdout empty-strict ''
# Without --strict the article is skipped, counted and named.
printf 'peace\n' >ok.txt
hcase empty-skipped 0 'framing: empty.txt: empty article (no tokens); skipped
framing: note: 1 empty article skipped' framing score -L t.lex empty.txt ok.txt
check_stdout empty-skipped "$H
ok.txt,ok,,,1,t,1,0,1,1000"

# Binary bytes: FF, FE and 80 are three invalid sequences (U+FFFD each);
# NUL and 01 are valid UTF-8 and separate tokens: war, peace.
printf 'war\377\376\000\001peace\200\n' >binary.txt
hcase binary 0 'framing: binary.txt: 3 invalid UTF-8 sequences replaced' \
  framing score -L t.lex binary.txt
check_stdout binary "$H
binary.txt,binary,,,2,t,2,0,3,1500"

# Overlong and out-of-range UTF-8, by maximal subparts: C0|AF (2),
# E0|80|AF (3), ED|A0|80 (a surrogate, 3), F4|90|80|80 (above U+10FFFF, 4).
printf 'peace \300\257 \340\200\257 \355\240\200 \364\220\200\200 war\n' >overlong.txt
hcase overlong-utf8 0 'framing: overlong.txt: 12 invalid UTF-8 sequences replaced' \
  framing score -L t.lex overlong.txt
check_stdout overlong-utf8 "$H
overlong.txt,overlong,,,2,t,2,0,3,1500"

printf 'peace\000war\000\n' >nul.txt
hcase nul-bytes 0 '' framing score -L t.lex nul.txt
check_stdout nul-bytes "$H
nul.txt,nul,,,2,t,2,0,3,1500"

# A 50 MB line (mostly blanks, so that the test stays fast) is read whole.
{ printf 'peace'; head -c 52428800 /dev/zero | tr '\000' ' '; printf 'war\n'; } >line50.txt
hcase line-50mb 0 '' framing score -L t.lex line50.txt
check_stdout line-50mb "$H
line50.txt,line50,,,2,t,2,0,3,1500"

# An article over the 64 MiB limit is refused with a message.
head -c 67108865 /dev/zero | tr '\000' ' ' >huge.txt
hcase article-over-limit 1 'framing: huge.txt: article larger than 64 MiB' \
  framing score --strict -L t.lex huge.txt
check_stdout article-over-limit ''
rm -f line50.txt huge.txt

# A 1 MB token is one token.
{ printf 'war '; head -c 1048576 /dev/zero | tr '\000' x; printf ' peace\n'; } >token.txt
hcase token-1mb 0 '' framing score -L t.lex token.txt
check_stdout token-1mb "$H
token.txt,token,,,3,t,2,0,3,1000"

# A BOM and CRLF line ends, front matter included.
printf '\357\273\277---\r\noutlet: Crlf\r\ntitle: T\r\n---\r\npeace\r\nwar\r\n' >crlf.txt
hcase crlf-bom 0 '' framing score -L t.lex crlf.txt
check_stdout crlf-bom "$H
crlf.txt,Crlf,T,,2,t,2,0,3,1500"

printf -- '---\noutlet: X\ntitle: never closed\n' >open.txt
hcase front-matter-unterminated 1 'framing: open.txt:1: unterminated front matter' \
  framing score --strict -L t.lex open.txt
printf -- '---\noutlet: X\nno colon here\n---\npeace\n' >nocolon.txt
hcase front-matter-bad-line 1 "framing: nocolon.txt:3: expected 'key: value' in front matter" \
  framing score --strict -L t.lex nocolon.txt

# --- Manifests --------------------------------------------------------
mkdir -p corpus/A corpus/B
printf 'path,outlet\nok.txt\n' >m-missing-col.csv
hcase manifest-missing-column 1 'framing: m-missing-col.csv:2: expected 2 fields, found 1' \
  framing score --strict -L t.lex -m m-missing-col.csv
printf 'path,outlet\nok.txt,A,extra\n' >m-extra-col.csv
hcase manifest-extra-column 1 'framing: m-extra-col.csv:2: expected 2 fields, found 3' \
  framing score --strict -L t.lex -m m-extra-col.csv
printf 'path,outlet\nok.txt,A\nok.txt,"B\nok.txt,C\n' >m-quote.csv
hcase manifest-unbalanced-quote 1 'framing: m-quote.csv:3: unterminated quoted field' \
  framing score --strict -L t.lex -m m-quote.csv
# Without --strict the good rows before it are kept.
hcase manifest-unbalanced-quote-skipped 0 'framing: m-quote.csv:3: unterminated quoted field; skipped
framing: note: 1 bad input skipped' framing score -L t.lex -m m-quote.csv
check_stdout manifest-unbalanced-quote-skipped "$H
ok.txt,A,,,1,t,1,0,1,1000"
printf 'path,outlet\nmissing.txt,A\n' >m-missing-file.csv
hcase manifest-missing-file 1 "framing: m-missing-file.csv:2: cannot open 'missing.txt': No such file or directory" \
  framing score --strict -L t.lex -m m-missing-file.csv
printf 'outlet,title\nA,B\n' >m-no-path.csv
hcase manifest-no-path-column 1 "framing: m-no-path.csv: no 'path' column" \
  framing score -L t.lex -m m-no-path.csv
hcase manifest-is-folder 1 'framing: corpus: cannot open: Is a directory' \
  framing score -L t.lex -m corpus
: >m-empty.csv
hcase manifest-empty 1 "framing: m-empty.csv: no 'path' column" \
  framing score -L t.lex -m m-empty.csv

# --- JSON Lines -------------------------------------------------------
printf '[1,2]\n' >nonobject.jsonl
hcase jsonl-array 1 'framing: nonobject.jsonl:1: not a JSON object' \
  framing score --strict -L t.lex nonobject.jsonl
printf '{"text":"peace"}\n"just a string"\n' >string.jsonl
hcase jsonl-string 1 'framing: string.jsonl:2: not a JSON object' \
  framing score --strict -L t.lex string.jsonl
printf '{"text": 5}\n' >wrongtype.jsonl
hcase jsonl-text-not-string 1 'framing: wrongtype.jsonl:1: no text field (tried text, content, body)' \
  framing score --strict -L t.lex wrongtype.jsonl
# Fields of the wrong type are ignored: the id falls back to FILE:LINE,
# the outlet to the file's name.
printf '{"text":"war","id":{"a":1},"source":7,"title":[1]}\n' >types.jsonl
hcase jsonl-wrong-types 0 '' framing score -L t.lex types.jsonl
check_stdout jsonl-wrong-types "$H
types.jsonl:1,types,,,1,t,1,0,2,2000"
printf '{"text": "peace",\n' >broken.jsonl
hcase jsonl-bad-json 1 'framing: broken.jsonl:1: bad JSON at column 17: unexpected character `,'\'', expected string constant' \
  framing score --strict -L t.lex broken.jsonl
# 100000 nested arrays would exhaust the parser's stack: refused first.
{ printf '{"text":"peace","x":'; head -c 100000 /dev/zero | tr '\000' '['; \
  head -c 100000 /dev/zero | tr '\000' ']'; printf '}\n'; } >deep.jsonl
hcase jsonl-deep-nesting 1 'framing: deep.jsonl:1: JSON nested deeper than 1000 levels' \
  framing score --strict -L t.lex deep.jsonl
# 1000 levels (the object itself and 999 arrays) are still read; brackets
# inside strings do not count.
{ printf '{"text":"peace [[[","x":'; head -c 999 /dev/zero | tr '\000' '['; \
  head -c 999 /dev/zero | tr '\000' ']'; printf '}\n'; } >deep1000.jsonl
hcase jsonl-nesting-limit 0 '' framing score -L t.lex deep1000.jsonl
check_stdout jsonl-nesting-limit "$H
deep1000.jsonl:1,deep1000,,,1,t,1,0,1,1000"
# One more level is one too many.
{ printf '{"text":"peace","x":'; head -c 1000 /dev/zero | tr '\000' '['; \
  head -c 1000 /dev/zero | tr '\000' ']'; printf '}\n'; } >deep1001.jsonl
hcase jsonl-nesting-over-limit 1 'framing: deep1001.jsonl:1: JSON nested deeper than 1000 levels' \
  framing score --strict -L t.lex deep1001.jsonl
# A 10 MB string, and a line over 64 MiB.
{ printf '{"title":"'; head -c 10485760 /dev/zero | tr '\000' a; printf '","text":"war"}\n'; } >hugestr.jsonl
hcase jsonl-huge-string 0 '' framing score -L t.lex hugestr.jsonl
{ printf '{"text":"'; head -c 67108864 /dev/zero | tr '\000' ' '; printf '"}\n{"text":"war"}\n'; } >hugeline.jsonl
hcase jsonl-line-over-limit 1 'framing: hugeline.jsonl:1: line longer than 64 MiB' \
  framing score --strict -L t.lex hugeline.jsonl
hcase jsonl-line-over-limit-skipped 0 'framing: hugeline.jsonl:1: line longer than 64 MiB; skipped
framing: note: 1 bad input skipped' framing score -L t.lex hugeline.jsonl
check_stdout jsonl-line-over-limit-skipped "$H
hugeline.jsonl:2,hugeline,,,1,t,1,0,2,2000"
rm -f hugestr.jsonl hugeline.jsonl

# --- gzip -------------------------------------------------------------
if [ -n "${GZIP_PROG:-}" ]; then
  printf '{"text":"peace"}\n{"text":"war"}\n' | "$GZIP_PROG" -c >full.jsonl.gz
  head -c 30 full.jsonl.gz >trunc.jsonl.gz
  hcase gzip-truncated 1 'framing: trunc.jsonl.gz: truncated gzip data' \
    framing score --strict -L t.lex trunc.jsonl.gz
  printf 'peace war\n' | "$GZIP_PROG" -c | head -c 20 >trunc.txt.gz
  hcase gzip-truncated-text 1 'framing: trunc.txt.gz: truncated gzip data' \
    framing score --strict -L t.lex trunc.txt.gz
fi
printf '{"text":"peace"}\n' >notgz.jsonl.gz
hcase gzip-not-gzip 1 'framing: notgz.jsonl.gz: not a valid gzip file' \
  framing score --strict -L t.lex notgz.jsonl.gz
: >empty.txt.gz
hcase gzip-empty 1 'framing: empty.txt.gz: not a valid gzip file' \
  framing score --strict -L t.lex empty.txt.gz

# --- Folders ----------------------------------------------------------
mkdir -p corpus/A corpus/B
printf 'peace\n' >corpus/A/x.txt
ln -s .. corpus/B/up          # a loop back to corpus/
ln -s ../B corpus/A/loop      # A -> B -> up -> corpus -> A ...
hcase symlink-loop 0 '' framing score -L t.lex corpus
check_stdout symlink-loop "$H
corpus/A/x.txt,A,,,1,t,1,0,1,1000"
ln -s nowhere.txt corpus/A/dangling.txt
hcase dangling-symlink 1 'framing: corpus/A/dangling.txt: cannot open: No such file or directory' \
  framing score --strict -L t.lex corpus
rm corpus/A/dangling.txt
# 101 nested folders: the walk stops at the 100-level limit.
d=nest
i=0
while [ $i -lt 101 ]; do d=$d/d; i=$((i + 1)); done
mkdir -p "$d"
printf 'peace\n' >"$d/x.txt"
hcase folders-too-deep 1 "framing: $d: folders nested deeper than 100 levels" \
  framing score --strict -L t.lex nest
printf 'war\n' >"${d%/d}/x.txt"
hcase folders-100-deep 0 "framing: $d: folders nested deeper than 100 levels; skipped
framing: note: 1 bad input skipped" framing score -L t.lex nest
check_line folders-100-deep "${d%/d}/x.txt,d,,,1,t,1,0,2,2000"

# File names with a comma, a quote and a newline: quoted ids in the CSV.
mkdir names
printf 'peace\n' >'names/a,b.txt'
printf 'peace\n' >'names/q"uote.txt'
printf 'peace\n' >"names/new
line.txt"
printf 'peace\n' >'names/=1+2.txt'
hcase odd-file-names 0 '' framing score -L t.lex names
check_stdout odd-file-names "$H
names/=1+2.txt,names,,,1,t,1,0,1,1000
\"names/a,b.txt\",names,,,1,t,1,0,1,1000
\"names/new
line.txt\",names,,,1,t,1,0,1,1000
\"names/q\"\"uote.txt\",names,,,1,t,1,0,1,1000"

hdone
