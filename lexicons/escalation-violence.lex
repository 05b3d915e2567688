# escalation-violence.lex - a context list for the word "attack" (and a few
# other words with common political senses): words that show the sentence
# tells of an armed or violent assault, not of a verbal, political or
# computer "attack".  Never reported itself; see framing-lexicon(5).
#
# (Round 2: alternatives now exist, so "attack" also tries
# escalation-attacksites.lex after this list; the text below is round 1's.)
# Why not conflict.lex alone: an entry takes one context per line, and a
# second line with the same key is dropped as a duplicate, so "attack" needs
# ONE list that holds both the armed-conflict words and the signs of a
# terror attack or a shooting that conflict.lex does not have (killed,
# gunman, victims, "the Benghazi attack").  This list copies the armed
# actors, weapons and places of conflict.lex, and leaves out on purpose
# Russia, the Kremlin and Putin, "nuclear" and "combat": beside "attack"
# they are mostly the 2016 election hacking ("Russia attacked our
# democracy"), and "attack" & conflict picks those up (KWIC: "attack &
# conflict" 19/25 on-topic, "attack & escalation-violence" see escalation.lex).
@context escalation-violence
@description Armed or violent assault: armed forces and groups, weapons, harm done, assailants, and the places of the period's wars and attacks.
@language english

# --- armed forces and groups (as in conflict.lex; "war" and "fighting" left
# out so that "fight" and "war with" can use this list without matching
# themselves) ----------------------------------------------------------------
invasion
insurgency
military
militari*
troops
soldiers
army
=forces
armed
navy
marines
pentagon
militia*
militant*
rebel*
insurgent*
jihad*
fighters
guerrilla*
terror*
# "counterterrorism" is one token, which "terror*" does not take
counterterror*
=isis
=isil
islamic state
al-qaida
al-qaeda
al qaeda
=taliban
=hamas
=hezbollah
houthi*
boko haram
al-shabab
# --- weapons ------------------------------------------------------------------
weapon*
missile*
rocket*
warhead*
bomb*
airstrike*
air strike
drone*
artillery
tanks
gunshot*
rifle*
grenade*
explos*
blast
# --- harm done ------------------------------------------------------------------
kill
killed
dead
deadly
death*
wounded*
injur*
victims
massacre
survivors
hostage*
# --- the act and the assailants -------------------------------------------------
gunman
gunmen
gunfire
shooting
shooter*
=shot
stabbing*
knife
suicide
assailant*
perpetrator*
extremist*
radicali*
9/11
september 11
# --- places of the period's wars and named attacks -----------------------------
# ("the Benghazi attack", "the attack on the consulate")
benghazi
consulate
embassy
syria*
iraq*
afghan*
yemen*
libya*
iran
israel*
palestin*
=gaza
pakistan*
nigeria*
somalia*
ukrain*
north korea*
