#!/bin/sh
# tests/hostile/lexicons.sh - every bad lexicon line form, bad weights,
# oversized lexicons and unreadable ones: each stops the run with status 1
# and "framing: FILE:LINE: reason"; nothing goes to standard output.
. "$top_srcdir/tests/hostile/lib.sh"
printf 'peace war\n' >a.txt

# lexline NAME 'LINE' 'REASON': a lexicon holding 'peace' and then LINE
# (line 2) stops the run with "bad.lex:2: REASON".
lexline() {
  printf 'peace\n%s\n' "$2" >bad.lex
  hcase "$1" 1 "framing: bad.lex:2: $3" framing score -L bad.lex a.txt
  check_stdout "$1" ''
}
lexline weight-zero 'war | 0' "bad weight '0' (a positive number is needed)"
lexline weight-negative 'war | -1' "bad weight '-1' (a positive number is needed)"
lexline weight-inf 'war | inf' "bad weight 'inf' (a positive number is needed)"
lexline weight-nan 'war | nan' "bad weight 'nan' (a positive number is needed)"
lexline weight-overflow 'war | 1e400' "bad weight '1e400' (a positive number is needed)"
lexline weight-underflow 'war | 1e-400' "bad weight '1e-400' (a positive number is needed)"
lexline weight-hex 'war | 0x10' "bad weight '0x10' (a positive number is needed)"
lexline weight-text 'war | heavy' "bad weight 'heavy' (a positive number is needed)"
lexline weight-missing 'war |' "bad weight '' (a positive number is needed)"
lexline weight-two 'war | 2 | 3' "stray '|' (a weight is written 'ENTRY | 2', with spaces around the '|')"
lexline stray-bar 'w|ar' "stray '|' (a weight is written 'ENTRY | 2', with spaces around the '|')"
lexline weight-no-space 'war |2' "stray '|' (a weight needs white space on both sides of the '|': 'war | 2')"
lexline weight-no-space-context 'talks & conflict|1.5' "stray '|' (a weight needs white space on both sides of the '|': 'talks & conflict | 1.5')"
lexline stop-weight '! heart attack | 2' "a stop phrase ('!') takes no context and no weight"
lexline stop-context '!heart attack & conflict' "a stop phrase ('!') takes no context and no weight"
lexline stop-empty '!' 'empty entry'
lexline context-missing 'talks &' "a context list name is needed after '&'"
lexline context-two 'talks & conflict war' "one context list name after each '&': 'war'"
lexline context-double 'talks & & conflict' "a context list name is needed before each '&'"
lexline context-bad-name 'talks & a:b' "bad context list name 'a:b'"
lexline context-unknown 'talks & conflict' "unknown context list 'conflict' (load the file that declares '@context conflict' too)"
lexline require-unknown '@require conflict' "unknown context list 'conflict' (load the file that declares '@context conflict' too)"
lexline only-context '@context c' "a context list (@context), and no topic to score is loaded"
printf '@topic t\nwar\n@context c\n' >both.lex
hcase topic-and-context 1 "framing: both.lex:3: a file is a @topic or a @context list, not both" \
  framing score -L both.lex a.txt
check_stdout topic-and-context ''
printf 'peace\n' >t1.lex
printf '@context c\nwar\n' >c1.lex
printf '\n@context c\ntroops\n' >c2.lex
hcase context-twice 1 "framing: c2.lex:2: context list 'c' is already defined in c1.lex" \
  framing score -L t1.lex -L c1.lex -L c2.lex a.txt
check_stdout context-twice ''
lexline empty-entry '| 2' 'empty entry'
lexline no-tokens '-- ...' 'entry has no tokens'
lexline star-inside 'w*ar' "'*' only at the end of a word: 'w*ar'"
lexline star-alone '*' "'*' must follow a word"
lexline equals-alone '=' "'=' must be followed by a word"
lexline exact-and-prefix '=war*' "a word cannot be both exact (=) and a prefix (*): '=war*'"
lexline exact-two-tokens '=no-fly' "'=no-fly' must be exactly one token"
lexline prefix-two-tokens 'u.s*' "'u.s*' must be exactly one token"
lexline unknown-directive '@weight 2' "unknown directive '@weight'"
lexline directive-no-value '@topic' "directive '@topic' needs a value"
lexline topic-two-words '@topic a b' "a topic name is one word with no ':': 'a b'"
lexline topic-colon '@topic a:b' "a topic name is one word with no ':': 'a:b'"
lexline other-language '@language german' \
  "lexicon language 'german' differs from the run's language 'english' (use -l)"
lexline invalid-utf8 "$(printf 'w\377r')" 'invalid UTF-8'
lexline overlong-utf8 "$(printf 'w\300\257r')" 'invalid UTF-8'
printf 'peace\nw\000r\n' >bad.lex
hcase nul-byte 1 'framing: bad.lex:2: invalid UTF-8' framing score -L bad.lex a.txt
printf '@topic x\npeace\n@topic y\n' >bad.lex
hcase directive-twice 1 "framing: bad.lex:3: directive '@topic' is already given on line 1" \
  framing score -L bad.lex a.txt
# A line over 4096 bytes.
{ printf 'peace\n'; head -c 4097 /dev/zero | tr '\000' a; printf '\n'; } >bad.lex
hcase line-over-limit 1 'framing: bad.lex:2: line longer than 4096 bytes' \
  framing score -L bad.lex a.txt
# CRLF, a BOM and a comment are fine; the weights add up: 1 + 2.
printf '\357\273\277# c\r\npeace\r\nwar | 2 # note\r\n' >crlf.lex
hcase crlf-bom 0 '' framing score -L crlf.lex a.txt
check_stdout crlf-bom 'id,group,title,date,tokens,lexicon,hits,negated,weighted,per_1k
a.txt,a,,,2,crlf,2,0,3,1500'

# Files that are no lexicon.
: >empty.lex
hcase empty 1 'framing: empty.lex: no entries' framing score -L empty.lex a.txt
printf '# only comments\n\n@topic x\n' >comments.lex
hcase no-entries 1 'framing: comments.lex: no entries' framing score -L comments.lex a.txt
mkdir nolex
hcase folder-without-lex 1 'framing: nolex: no .lex files' framing score -L nolex a.txt
hcase missing 1 'framing: missing.lex: cannot open: No such file or directory' \
  framing score -L missing.lex a.txt
ln -s loop2.lex loop1.lex
ln -s loop1.lex loop2.lex
hcase symlink-loop 1 'framing: loop1.lex: cannot open: Too many levels of symbolic links' \
  framing score -L loop1.lex a.txt
# An endless file stops at the 64 MiB limit instead of filling memory.
hcase endless 1 'framing: /dev/zero: lexicon larger than 64 MiB' \
  framing score -L /dev/zero a.txt
printf '@topic t\npeace\n' >t2.lex
hcase topic-twice 1 "framing: t2.lex:1: topic 't' is already defined in t.lex" \
  framing score -L t.lex -L t2.lex a.txt

# 200,000 entries load (in about a second); entry 1 is 'peace'.
awk 'BEGIN { print "peace"; for (i = 1; i < 200000; i++) printf "w%d x%d | %d\n", i, i, i % 5 + 1 }' \
  >big.lex
hcase entries-200000 0 '' framing score -L big.lex a.txt
check_stdout entries-200000 'id,group,title,date,tokens,lexicon,hits,negated,weighted,per_1k
a.txt,a,,,2,big,1,0,1,500'

# Unknown languages are usage errors.
hcase unknown-language 2 "framing: unknown language 'klingon' (run 'framing stem --list' for the names)
Try 'framing score --help' for more information." framing score -l klingon -L t.lex a.txt
hcase unknown-language-stem 2 "framing: unknown language 'en' (run 'framing stem --list' for the names)
Try 'framing stem --help' for more information." framing stem -l en war

hdone
