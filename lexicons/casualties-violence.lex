# casualties-violence.lex - a context list for casualties.lex: words that
# place a sentence in violence, armed conflict or disaster, so that a death
# or injury in it is a violent one (GUIDELINES: "any violent death or injury
# counts (war, terrorism, mass shootings)"; "deaths in a disaster are").
# Never reported itself.  Used as "died & casualties-violence".
#
# It repeats the core of conflict.lex on purpose: an entry can name only
# one list per clause and there is no OR of two lists (the first longest
# entry at a token wins, with no fall-through to a second entry), so
# "died beside war words OR beside shooting words" needs one list.
# Left out: "fire" (fired from a
# job), "strike" (labour strikes), "shot" (flu shot), the adversary
# countries of conflict.lex (Iran, Russia, North Korea: most of their
# sentences are diplomacy, not fighting).

@context casualties-violence
@description Violence, armed conflict and disaster: the settings in which a death or injury is a violent one.
@language english

# --- war and armed force (the core of conflict.lex) ---------------------------
war
wars
warfare
wartime
combat
fighting
# a one-token stop must come before the prefix it hides (ties go to the first line)
!battleground
battle*
invasion
insurgency
civil war
military
troops
soldiers
army
marines
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
=boko
weapon*
missile*
rocket*
bomb*
airstrike*
air strike
air strikes
drone strike
artillery
shelling
# war zones of the period
syria*
iraq*
afghan*
yemen*
libya*
=gaza
somali*

# --- crime and attacks ----------------------------------------------------------
# stem "shoot": shooting, shootings, shoots
shooting
shooter*
gunman
gunmen
gunfire
gunshot*
gunpoint
opened fire
open fire
# stem "attack": attack, attacks, attacked; its non-violent senses (attack ads,
# verbal attacks) rarely stand beside a death word; "heart attack" is in
# casualties-illness.lex, which the death entries exclude
attack
!attack ad
!attack ads
attacker*
assailant*
assault
stabbing
stabbed
massacre
murder*
homicide*
violence
violent*
clashes
riot*
rampage
ambush*
police
hostage*
kidnap*
lynch*
explosion*
explod*
blast

# --- disasters and accidents ----------------------------------------------------
hurricane*
tornado*
typhoon*
cyclone*
earthquake*
quake
tsunami
flood*
landslide*
mudslide*
wildfire*
blaze
storm
storms
avalanche
eruption
crash*
collision
derail*
collapse*
sank
sinking
shipwreck*
disaster*
accident*

# --- stop phrases: figurative wars and battles, not violence ---------------------
# sexual assault: victims and survivors of it are a crime topic of their own
# (campus policy, #MeToo); it does not make a death or "victims" violent here
!sexual assault
!trade war
!trade wars
!culture war
!culture wars
!price war
!war of words
!war on drugs
!war on christmas
!war on women
!war room
!war chest
!battleground states
!legal battle
!court battle
!political battle
!budget battle
!stock market crash
!market crash
