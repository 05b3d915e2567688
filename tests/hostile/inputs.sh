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
hcase crlf-bom 0 'framing: crlf.txt: UTF-8 byte order mark dropped' \
  framing score -L t.lex crlf.txt
check_stdout crlf-bom "$H
crlf.txt,Crlf,T,,2,t,2,0,3,1500"

# UTF-16 with a byte order mark (Windows Notepad's "Unicode"), either
# byte order, is decoded with a note; a lone surrogate (D800 before a
# space) and an odd last byte are replaced and counted.  Without a mark nothing is guessed: the
# bytes are read as UTF-8 (NULs between the letters split the words).
printf '\377\376-\0-\0-\0\r\0\n\0o\0u\0t\0l\0e\0t\0:\0 \0\334\0\r\0\n\0-\0-\0-\0\r\0\n\0p\0e\0a\0c\0e\0\r\0\n\0' >u16le.txt
printf '\376\377\0w\0a\0r\330\0\0 \0p\0e\0a\0c\0e\0' >u16be.txt
printf 'w\0a\0r\0' >u16nobom.txt
hcase utf16 0 'framing: u16le.txt: UTF-16 (little endian), by its byte order mark: converted to UTF-8
framing: u16be.txt: UTF-16 (big endian), by its byte order mark: converted to UTF-8
framing: u16be.txt: 2 invalid UTF-16 sequences replaced' \
  framing score -L t.lex u16le.txt u16be.txt u16nobom.txt
check_stdout utf16 "$H
u16be.txt,u16be,,,2,t,2,0,3,1500
u16nobom.txt,u16nobom,,,3,t,0,0,0,0
u16le.txt,Ü,,,1,t,1,0,1,1000"
# The same as JSON Lines, gzipped, and as a manifest saved as "Unicode
# text" (tab-separated); -q silences the notes.
printf '\377\376{\0"\0t\0e\0x\0t\0"\0:\0"\0w\0a\0r\0"\0}\0\n\0' >u16.jsonl
if [ -n "${GZIP_PROG:-}" ]; then
  "$GZIP_PROG" -c u16.jsonl >u16gz.jsonl.gz
  hcase utf16-jsonl-gz 0 'framing: u16gz.jsonl.gz: UTF-16 (little endian), by its byte order mark: converted to UTF-8' \
    framing score -L t.lex u16gz.jsonl.gz
  check_stdout utf16-jsonl-gz "$H
u16gz.jsonl.gz:1,u16gz,,,1,t,1,0,2,2000"
fi
printf '\377\376p\0a\0t\0h\0\t\0o\0u\0t\0l\0e\0t\0\r\0\n\0u\0\061\0\066\0.\0j\0s\0o\0n\0l\0\t\0U\0\r\0\n\0' >m-u16.txt
hcase utf16-manifest-quiet 0 '' framing score -q -L t.lex -m m-u16.txt
check_stdout utf16-manifest-quiet "$H
u16.jsonl:1,U,,,1,t,1,0,2,2000"

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
hcase manifest-no-path-column 1 "framing: m-no-path.csv:1: no 'path' column: the header splits at commas into 'outlet', 'title' (tried comma, semicolon and tab as the separator)" \
  framing score -L t.lex -m m-no-path.csv
# The separator is the first of comma, semicolon and tab under which the
# header has a path column: what a spreadsheet saves with ';' (where ',' is
# the decimal point) or tabs is read; quotes work the same for all three.
printf 'path;outlet;title\nok.txt;Zeit;"Krieg; Frieden"\n' >m-semicolon.csv
hcase manifest-semicolon 0 '' framing score -L t.lex -m m-semicolon.csv
check_stdout manifest-semicolon "$H
ok.txt,Zeit,Krieg; Frieden,,1,t,1,0,1,1000"
printf '\357\273\277"Path"\t Outlet\r\n\r\nok.txt\t"A\tB"\r\nmissing.txt\tC\r\n' >m-tab.csv
hcase manifest-tab 0 "framing: m-tab.csv:4: cannot open 'missing.txt': No such file or directory; skipped
framing: note: 1 bad input skipped" framing score -L t.lex -m m-tab.csv
check_stdout manifest-tab "$H
ok.txt,A	B,,,1,t,1,0,1,1000"
# A manifest read from a pipe (no seeking back after the header).
hcase manifest-pipe 0 '' sh -c 'printf "path;outlet\n$PWD/ok.txt;P\n" | "$FRAMING" score -L t.lex -m /dev/stdin'
check_stdout manifest-pipe "$H
$T/ok.txt,P,,,1,t,1,0,1,1000"
# No path column under any separator: the message names the separator
# that splits the header the most, and nothing is written.
mkdir -p keep && printf 'old\n' >keep/articles.csv
printf 'Pfad;Quelle;Titel\nok.txt;Zeit;x\n' >m-pfad.csv
hcase manifest-no-path-semicolon 1 "framing: m-pfad.csv:1: no 'path' column: the header splits at semicolons into 'Pfad', 'Quelle', 'Titel' (tried comma, semicolon and tab as the separator)" \
  framing compare -L t.lex -o keep -m m-pfad.csv
check_stdout manifest-no-path-semicolon ''
[ "$(ls keep)" = articles.csv ] && [ "$(cat keep/articles.csv)" = old ] \
  || hfail manifest-no-path-semicolon 'keep/ was touched'
printf '\n\nDatei\nok.txt\n' >m-one.csv
hcase manifest-one-column 1 "framing: m-one.csv:3: no 'path' column: the header is the one column 'Datei' with comma, semicolon or tab as the separator" \
  framing score -L t.lex -m m-one.csv
hcase manifest-is-folder 1 'framing: corpus: cannot open: Is a directory' \
  framing score -L t.lex -m corpus
: >m-empty.csv
hcase manifest-empty 1 "framing: m-empty.csv: no 'path' column" \
  framing score -L t.lex -m m-empty.csv

# --- Group maps -------------------------------------------------------
# A name mapped two ways, or two rows that make a chain (a -> b, b -> c,
# in either order), stop the run at FILE:LINE before anything is read or
# written; a row given twice and a name mapped to itself are harmless.
mkdir -p gm-out && printf 'old\n' >gm-out/report.txt
snapshot gm-out >.out/gm-out.before
printf 'from,to\nok,Okay\nmissing,Gone\nok,Fine\n' >gm-twice.csv
hcase group-map-two-ways 1 "framing: gm-twice.csv:4: 'ok' is mapped to 'Fine' here and to 'Okay' on line 2 (a name is mapped one way only)" \
  framing compare -L t.lex --group-map gm-twice.csv -o gm-out ok.txt
check_stdout group-map-two-ways ''
check_untouched group-map-two-ways gm-out .out/gm-out.before
printf 'Okay,Good\n"ok",Okay\n' >gm-chain.csv
hcase group-map-chain 1 "framing: gm-chain.csv:2: 'ok' is mapped to 'Okay' (line 2) and 'Okay' to 'Good' (line 1): names are mapped once, not in a chain; map 'ok' to 'Good' directly" \
  framing score -L t.lex --group-map gm-chain.csv -o gm-out ok.txt
check_stdout group-map-chain ''
check_untouched group-map-chain gm-out .out/gm-out.before
printf 'ok,Okay\nok,Okay\nOkay,Okay\n' >gm-harmless.csv
hcase group-map-harmless 0 '' framing score -L t.lex --group-map gm-harmless.csv ok.txt
check_stdout group-map-harmless "$H
ok.txt,Okay,,,1,t,1,0,1,1000"

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

# Named pipes, sockets and devices in a folder are skipped with a note,
# whatever their names, and never opened: a pipe with no writer would
# block the run (timeout ends it then, with status 124).  A named pipe
# given as an argument is read, as standard input is.
mkdir odd
printf 'peace\n' >odd/a.txt
mkfifo odd/fifo.txt
mkfifo odd/pipe
ln -s /dev/null odd/null.txt
ln -s fifo.txt odd/link.txt
python3 -c 'import socket; socket.socket (socket.AF_UNIX).bind ("odd/sock.txt")' \
  2>/dev/null || :
if [ -S odd/sock.txt ]; then sock='framing: odd/sock.txt: socket skipped (only a folder'"'"'s regular files are read)
'; else sock=; fi
hcase odd-files-in-folder 0 "framing: odd/fifo.txt: named pipe skipped (only a folder's regular files are read)
framing: odd/link.txt: named pipe skipped (only a folder's regular files are read)
framing: odd/null.txt: character device skipped (only a folder's regular files are read)
framing: odd/pipe: named pipe skipped (only a folder's regular files are read)
${sock}" timeout 20 "$FRAMING" score -L t.lex odd
check_stdout odd-files-in-folder "$H
odd/a.txt,odd,,,1,t,1,0,1,1000"
# They are notes, not bad inputs: --strict goes on, and -o writes.
hcase odd-files-strict 0 "framing: odd/fifo.txt: named pipe skipped (only a folder's regular files are read)
framing: odd/link.txt: named pipe skipped (only a folder's regular files are read)
framing: odd/null.txt: character device skipped (only a folder's regular files are read)
framing: odd/pipe: named pipe skipped (only a folder's regular files are read)
${sock}" timeout 20 "$FRAMING" score --strict -L t.lex -o odd-out odd
[ "$(cat odd-out/articles.csv)" = "$H
odd/a.txt,odd,,,1,t,1,0,1,1000" ] || hfail odd-files-strict 'odd-out/articles.csv differs'
hcase odd-files-quiet 0 '' timeout 20 "$FRAMING" score -q -L t.lex odd
(sleep 1; printf 'war\n' >odd/pipe) &
hcase fifo-argument 0 '' timeout 20 "$FRAMING" score -L t.lex odd/pipe
wait
check_stdout fifo-argument "$H
odd/pipe,pipe,,,1,t,1,0,2,2000"
rm -rf odd odd-out

# A folder with no file of a name that is read, at any depth, gets a note
# that says which names are; with nothing else to read the run fails and
# writes nothing.
mkdir -p empty/sub docs/2023
printf 'peace\n' >docs/2023/a.docx
printf 'peace\n' >docs/b.TXT
mkdir -p keep2 && printf 'old\n' >keep2/articles.csv
snapshot keep2 >.out/keep2.before
hcase folder-empty 1 'framing: empty: no article file in this folder (articles are read from *.txt, *.md, *.jsonl or *.ndjson files, each also gzipped as .gz)
framing: no article with any token to score' framing score -L t.lex -o keep2 empty
check_stdout folder-empty ''
check_untouched folder-empty keep2 .out/keep2.before
hcase folder-no-article-file 1 'framing: docs/: no article file in this folder, only 2 other files (articles are read from *.txt, *.md, *.jsonl or *.ndjson files, each also gzipped as .gz)
framing: no article with any token to score' framing compare -L t.lex -o keep2 docs/
check_untouched folder-no-article-file keep2 .out/keep2.before
hcase folder-empty-beside 0 'framing: empty: no article file in this folder (articles are read from *.txt, *.md, *.jsonl or *.ndjson files, each also gzipped as .gz)' \
  framing score -L t.lex empty ok.txt
check_stdout folder-empty-beside "$H
ok.txt,ok,,,1,t,1,0,1,1000"
rm -rf empty docs keep2

# --- Duplicates -------------------------------------------------------
# A file met twice (by another path, a hard link, a symlink, a folder
# that holds it, a manifest row), a folder met twice, and the same text
# under two names (line ends, blank lines and white space at the ends of
# lines do not count; case does) are read and counted once, with a note
# naming both, in input order; --keep-duplicates keeps them all.
mkdir -p dup/A dup/B
printf 'peace war\n' >dup/A/x.txt
ln dup/A/x.txt dup/B/hard.txt
ln -s ../A/x.txt dup/B/link.txt
printf '  peace war  \r\n\r\n' >dup/B/spaces.txt
printf 'Peace war\n' >dup/B/upper.txt
printf '{"text":"peace war"}\n{"text":"war"}\n{"text":"war\\n"}\n' >dup.jsonl
printf 'path,outlet\ndup/B/upper.txt,M\n' >m-dup.csv
hcase duplicates 0 'framing: dup/B/hard.txt: same file as dup/A/x.txt; read once
framing: dup/B/link.txt: same file as dup/A/x.txt; read once
framing: dup/B/spaces.txt: same text as dup/A/x.txt; counted once
framing: dup/B/upper.txt: same file as dup/B/upper.txt; read once
framing: ./dup/A/x.txt: same file as dup/A/x.txt; read once
framing: dup/A: same folder as dup/A; read once
framing: dup.jsonl:1: same text as dup/A/x.txt; counted once
framing: dup.jsonl:3: same text as dup.jsonl:2; counted once
framing: dup.jsonl: same file as dup.jsonl; read once' \
  framing score --strict -L t.lex -m m-dup.csv dup ./dup/A/x.txt dup/A dup.jsonl dup.jsonl
check_stdout duplicates "$H
dup/A/x.txt,A,,,2,t,2,0,3,1500
dup/B/upper.txt,M,,,2,t,2,0,3,1500
dup.jsonl:2,dup,,,1,t,1,0,2,2000"
hcase duplicates-quiet 0 '' \
  framing score -q -L t.lex -m m-dup.csv dup ./dup/A/x.txt dup/A dup.jsonl dup.jsonl
check_stdout duplicates-quiet "$H
dup/A/x.txt,A,,,2,t,2,0,3,1500
dup/B/upper.txt,M,,,2,t,2,0,3,1500
dup.jsonl:2,dup,,,1,t,1,0,2,2000"
hcase duplicates-kept 0 '' framing score --keep-duplicates -L t.lex dup dup/A/x.txt dup.jsonl
check_stdout duplicates-kept "$H
dup/A/x.txt,A,,,2,t,2,0,3,1500
dup/B/hard.txt,B,,,2,t,2,0,3,1500
dup/B/link.txt,B,,,2,t,2,0,3,1500
dup/B/spaces.txt,B,,,2,t,2,0,3,1500
dup/B/upper.txt,B,,,2,t,2,0,3,1500
dup.jsonl:1,dup,,,2,t,2,0,3,1500
dup.jsonl:2,dup,,,1,t,1,0,2,2000
dup.jsonl:3,dup,,,1,t,1,0,2,2000
dup/A/x.txt,x,,,2,t,2,0,3,1500"
# An article whose text is met again is counted once in every table.
hcase duplicates-compare 0 'framing: dup.jsonl:3: same text as dup.jsonl:2; counted once
framing: dup/A/x.txt: same text as dup.jsonl:1; counted once
framing: warning: only one group: nothing to compare; put each outlet'"'"'s articles in a folder of its own, or use -m' \
  framing compare -L t.lex --csv profiles dup.jsonl dup/A/x.txt
check_stdout duplicates-compare 'group,topic,articles,tokens,hits,negated,weighted,per_1k,share,present,ci_low,ci_high,z,mean_per_1k,p,p_adj,top5_share,top_cluster_share,top_cluster
dup,t,2,3,3,0,5,1666.67,1,0,,,0,1750,,,1,,'
rm -rf dup dup.jsonl m-dup.csv

# File names with a comma, a quote and a newline: quoted ids in the CSV.
mkdir names
printf 'Peace\n' >'names/a,b.txt'
printf 'peace.\n' >'names/q"uote.txt'
printf 'PEACE\n' >"names/new
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
