# framing lexicon on lexcheck/: fight.lex has two pairs of entries that
# stem alike ("Offensives" = "offensive": stem offens; "Escalat*" =
# "escalat*": the same prefix), each warned about on stderr with both lines
# and listed under its topic; the one-word entry "peace" of calm.lex is also
# a word of fight.lex's "peace enforcement", a shared key (peac).
framing lexicon -L lexcheck
