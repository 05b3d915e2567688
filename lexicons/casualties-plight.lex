# casualties-plight.lex - a context list for casualties.lex: words that
# describe the harm suffered by refugees and displaced people (flight,
# persecution, camps, hunger, drowning).  GUIDELINES ruling: refugees are
# casualties "only when the sentence describes the harm (persecution, the
# plight of displaced people), not for a mention" - most "refugees" in US
# news are admission, vetting and ban politics.  Never reported itself.

@context casualties-plight
@description The plight of refugees and displaced people: flight, persecution, camps, hunger, drowning.
@language english

# stem "flee": flee, flees, fleeing (not the prefix: "fleeting")
flee
fled
escap*
displac*
uproot*
persecut*
camp
camps
drown*
stranded
starv*
hunger
homeless*
desperat*
plight
suffer*
squalid
squalor
misery
traumati*
violence
war-torn
massacre*
genocide
ethnic cleansing
atrocit*
slaughter*
killed
tents
makeshift
