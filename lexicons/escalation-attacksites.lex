# escalation-attacksites.lex - a context list for the word "attack" only:
# the places and names of the period's terror attacks and war-zone cities,
# so that "the Paris attacks", "the San Bernardino attack" or "an attack
# in Kabul" count although the sentence names no weapon or armed group.
# Kept apart from escalation-violence.lex, which "fight" and "strike" also
# use: beside those words Paris is the climate accord and French strikes.
# Never reported itself; see framing-lexicon(5).
@context escalation-attacksites
@description Places and names of the period's terror attacks, and cities of its wars.
@language english

# --- terror attacks of 2012-2020 --------------------------------------------
paris
brussels
# boston*: Boston, Bostonians
boston*
san bernardino
orlando
charlie hebdo
christchurch
manchester
london bridge
westminster
=nice
mumbai
nairobi
westgate
sri lanka*
pearl harbor
world trade center
twin towers
# --- cities and targets of the period's wars --------------------------------
kabul
baghdad
mosul
aleppo
raqqa
tripoli
mogadishu
saudi*
aramco
tanker*
