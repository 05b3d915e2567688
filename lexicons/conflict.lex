# conflict.lex - a context list: words that place a sentence in armed
# conflict or military confrontation.  It is not a topic and is never
# reported; topic entries use it with "& conflict" to count only beside
# it ("talks & conflict": peace talks, not budget talks).  See
# framing-lexicon(5), CONTEXT LISTS.
#
# Actors, forces and weapons, and the conflicts of the news of the
# period: a sentence that names them is about war or its threat far more
# often than not.  Kept to words that rarely stand for anything else.

@context conflict
@description Armed conflict: militaries, armed groups, weapons, war and the adversaries of the period's conflicts.
@language english

# --- war and fighting -------------------------------------------------------
war
wars
warfare
wartime
conflict
ceasefire
cease-fire
truce
hostilities
fighting
combat
battle*
invasion
occupation
insurgency
civil war
armed
armistice
genocide
# --- forces and armed groups ------------------------------------------------
military
militari*
troops
soldiers
army
armies
=forces
armed forces
navy
air force
marines
pentagon
=nato
militia*
militant*
rebel*
insurgent*
jihadi*
fighters
guerrilla*
terror*
=isis
=isil
islamic state
al-qaida
al-qaeda
=taliban
=hamas
=hezbollah
houthi*
kurdish
# --- weapons ----------------------------------------------------------------
weapon*
missile*
rocket*
nuclear
warhead*
bomb*
airstrike*
air strike
drone strike
artillery
shelling
tank
tanks
warship*
# --- adversaries of the period's conflicts ---------------------------------
north korea*
pyongyang
=kim
iran
iranian*
tehran
syria*
damascus
=assad
afghan*
iraq*
yemen*
libya*
ukrain*
=kiev
=kyiv
russia*
=kremlin
=putin
israel*
palestin*
=gaza
west bank
=crimea
donbas*
