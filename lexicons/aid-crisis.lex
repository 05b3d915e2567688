# aid-crisis.lex - a context list for aid.lex (never reported): words that
# place a sentence in a crisis where help is given: a natural disaster, an
# epidemic, famine, displacement, or war and terror.  Used by aid.lex for
# "rescu*", "evacu*" and "relief".  War words are repeated from
# conflict.lex because an entry can take only one context list.
@context aid-crisis
@description Crises that call for help: disasters, epidemics, famine, displacement, war and terror attacks.
@language english

# --- natural disasters ------------------------------------------------------
hurricane*
superstorm*
tropical storm
typhoon*
cyclone*
tornado*
flood*
earthquake*
quake*
aftershock*
tsunami*
wildfire*
mudslide*
landslide*
avalanche*
volcan*
eruption
disaster*
storm
storms
blizzard*
# --- epidemics ---------------------------------------------------------------
# No "coronavirus", "covid" or "pandemic": with them, "relief" hits were
# mostly relief bills and packages (budget politics, not aid per GUIDELINES).
epidemic*
outbreak*
ebola
cholera
zika
# --- hunger and displacement --------------------------------------------------
famine*
drought*
starv*
malnutrition
refugee*
asylum seekers
displaced
evacuees
humanitarian
survivors
victims
stranded
trapped
# --- war and terror (conflict.lex holds more; an entry takes one list) --------
war
wartime
civil war
fighting
combat
conflict
invasion
siege
shelling
airstrike*
air strike*
bomb*
blast
explosion*
terror*
militant*
rebel*
troops
soldiers
military
army
civilians
hostage*
