# escalation-armscontrol.lex - a context list of arms-control and diplomacy
# words.  escalation.lex counts the names of weapons stocks ("nuclear
# weapons", "nuclear program", "arsenal", "stockpile", "warheads",
# "chemical weapons") only in a sentence WITHOUT any of these: in US news
# most sentences naming nuclear weapons are about the Iran deal or the
# North Korea talks (peace), not about a threat (KWIC: bare "nuclear
# weapons" about 10/30 on-topic).  Never reported itself; see
# framing-lexicon(5).
@context escalation-armscontrol
@description Arms control and diplomacy about weapons: deals, talks, treaties, inspections, dismantling, reductions, non-proliferation.
@language english

# --- agreements and talks ---------------------------------------------------
deal
agreement
accord
treaty
=talks
negotiat*
diplomac*
diplomat*
summit
=jcpoa
# --- giving up, limiting, checking -------------------------------------------
dismantl*
denucleari*
disarm*
nonprolif*
non-proliferation
proliferation
reduction*
reduce
give up
giving up
gave up
prevent*
stop the spread
halt
freeze
curb*
limit*
inspect*
monitor*
=iaea
verif*
compli*
destruction of
destroy
eliminat*
abolish*
renounc*
contain
prohibition
peaceful
