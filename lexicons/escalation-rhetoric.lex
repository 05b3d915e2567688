# escalation-rhetoric.lex - a context list of political, verbal and computer
# senses of "attack": words that show a sentence's "attack" is a campaign
# jab, criticism or hacking, not an armed or violent assault.  escalation.lex
# counts bare "attack" outside escalation-violence.lex only in a sentence
# WITHOUT any of these.  Never reported itself; see framing-lexicon(5).
@context escalation-rhetoric
@description Political, verbal and computer senses of attack: campaigns, parties, candidates, critics, media, speech, hacking.
@language english

# --- campaigns, parties and politicians ---------------------------------------
campaign*
democrat*
republican*
=gop
=dnc
=rnc
senator*
congressman
congresswoman
lawmaker*
candidate*
nominee*
primary
primaries
debate*
rival*
opponent*
voter*
poll*
# --- criticism and speech ------------------------------------------------------
critic*
criticism
rhetoric*
racist
personal
verbal*
insult*
tweet*
twitter
media
reporter*
=ad
=ads
freedom of
free speech
first amendment
second amendment
rights
obamacare
# --- computer attacks ------------------------------------------------------------
hack*
cyber*
computer*
malware
