# peace.lex - the language of ending or containing armed conflict.
#
# Format: framing-lexicon(5).  Plain words match every token with the same
# Snowball english stem, so inflections are not listed.  Every weight is 1.
#
# What belongs here: CAMEO 04 (consult: talks, meetings, mediation), 05
# (diplomatic cooperation, agreements), 08x (yield: ceasefire, withdrawal,
# prisoner release, de-escalation), and the "peace journalism" side of
# Galtung / Lee & Maslog (2005): solutions, dialogue, reconciliation.
#
# Left out on purpose, because in general US news most of their hits are not
# about war (checked on the AllSides corpus, see lexicons/README.md): bare
# "talks" (budget and trade talks), "negotiate" (budget, contract and trade
# negotiations), "agreement" and "deal" (business), "accord" (its stem is
# also that of "according"), "compromise", "concessions", "reconciliation"
# (budget reconciliation in the Senate), "olive branch", "pull out",
# "detente" (its stem "detent" is also that of "detention": a prefix is used).
#
# Read hits with care: "peace" counts wherever peace is named, also in "no
# sign that Putin is preparing for peace" (the negator is too far away for
# the negation window), so this topic measures how much a text talks about
# peace, not whether it expects it.  Likewise "de-escalation" is tokenized
# "de escalation" and also counts once in escalation.lex.

@topic peace
@description Words for ending or calming a conflict: peace talks, ceasefires, diplomacy, mediation, agreements, troop withdrawals and de-escalation.
@language english
@source Written for framing. Informed by the CAMEO event codebook (Gerner, Schrodt et al.: 04 consult, 05 engage in diplomatic cooperation, 08 yield, incl. 0871 declare ceasefire and 0874 de-escalate military engagement) and by the peace-journalism indicators of Galtung's model as operationalised by Lee & Maslog (2005). Entries were checked against the AllSides corpus (bench/lexicon_review.py).

# --- peace itself ------------------------------------------------------------
# Exact "=peace", not the stem "peac": the review (lexicons/README.md)
# found most hits of the stem in "peaceful demonstrators/protest/march" and
# "peacefully", which are about protests, not about ending a conflict.  The
# phrases below still match "peaceful" (their first word is stemmed:
# "peace settlement" is also "peaceful settlement"), and "peaceful
# solution/resolution" are listed for that sense.
=peace
peaceful solution
peaceful resolution
peace talks
peace deal
peace agreement
peace process
peace treaty
peace plan
peace negotiations
peace conference
peace initiative
peace summit
peace accord
peace settlement
peace efforts
peace envoy
peace proposal
negotiate peace
peacekeeping
peacemaker
lay down their arms

# --- ceasefire and truce (CAMEO 0871) ---------------------------------------
ceasefire
cease-fire
truce
armistice
humanitarian pause
ceasefire talks
ceasefire negotiations
ceasefire agreement

# --- negotiation and diplomacy (CAMEO 04, 05) -------------------------------
# "talks" and "negotiate" only in phrases (budget and trade talks)
negotiating table
negotiated settlement
negotiated solution
direct talks
hold talks
diplomatic talks
nuclear talks
diplomacy
# Bare "diplomatic" (stem "diplomat": diplomatic, diplomats) removed after
# the review (lexicons/README.md): most hits were diplomats and diplomatic
# compounds and facilities (expelled, seized, attacked in Benghazi), not
# peace-making.  Phrases keep the sense of solving a conflict by diplomacy:
diplomatic solution
diplomatic track
diplomatic push
diplomatic breakthrough
diplomatic initiative
diplomatic process
diplomatic efforts
diplomatic channels
diplomatic resolution
diplomatic relations
normalize relations
envoy
summit
dialogue
# stem "mediat": mediation, mediator, mediated (not "media")
mediate
goodwill gesture
confidence-building

# --- agreements (CAMEO 05, 057 sign formal agreement) -----------------------
treaty
nuclear deal
nuclear agreement
non-aggression pact
two-state solution
political solution
national reconciliation
# prefixes: the stem "detent" would also take "detention"
détente*
detente*
rapprochement

# --- de-escalation, withdrawal, yielding (CAMEO 08x) ------------------------
de-escalation
deescalate
defuse tensions
ease tensions
reduce tensions
troop withdrawal
withdrawal of troops
withdraw troops
withdraw forces
pull troops
prisoner exchange
prisoner swap
end the war
end to the war
end the conflict
end the fighting

# --- arms control -------------------------------------------------------------
arms control
disarmament
denuclearization
nonproliferation
non-proliferation
