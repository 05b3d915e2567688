# aid.lex - the language of help delivered to a party in a conflict.
#
# Format: framing-lexicon(5).  Plain words match every token with the same
# Snowball english stem, so inflections are not listed.  Every weight is 1.
#
# Two kinds of help count here: humanitarian help to people (aid, relief,
# evacuation, aid agencies) and military or financial help to a side (military
# aid, weapons deliveries, security assistance).  Both name something given
# to a party, which is what distinguishes this topic from escalation.
#
# Weapons that are also aid: the phrase decides.  A weapon counts here only
# in a phrase of giving ("weapons deliveries", "arms shipments", "supply
# weapons", "military aid"); escalation.lex has no bare "weapons", "arms"
# or "troops", so such a phrase is not also escalation.  Weapon-system nouns
# (missile, artillery) stay in escalation.lex and do count there even in a
# sentence about delivering them: "deliver long-range missiles" is one aid
# hit ("deliver weapons" does not match it) and one escalation hit.
#
# Left out on purpose, because in general US news most of their hits are not
# about conflict (checked on the AllSides corpus, see lexicons/README.md): bare
# "aid" (student and financial aid; the stem is also that of "aides"),
# "relief" (tax relief), "support", "assistance", "humanitarian" (mostly
# "humanitarian crisis", which is casualties), "donated", "pledged", "aid
# package" and "financial assistance" (economic stimulus), "rebuild" and
# "reconstruction" (also the Reconstruction era), "drawdown" (troop
# drawdowns).  Country-specific phrases ("aid to Ukraine") are avoided so
# that the lexicon does not favour one conflict.

@topic aid
@description Words for help given to one side or to the people of a conflict: humanitarian aid, relief supplies, evacuations, and military aid such as weapons deliveries.
@language english
@source Written for framing. Informed by the CAMEO event codebook (Gerner, Schrodt et al.: 07 provide aid, incl. 071 economic, 072 military and 073 humanitarian aid, 074 military protection or peacekeeping, 075 grant asylum; 0233 appeal for humanitarian aid) and by the CrisisLex "donations and volunteering" and "caution and advice" themes (Olteanu et al. 2014). Entries were checked against the AllSides corpus (bench/lexicon_review.py).

# --- humanitarian aid (CAMEO 073) -------------------------------------------
humanitarian aid
humanitarian assistance
humanitarian relief
humanitarian supplies
humanitarian corridor
humanitarian convoy
humanitarian access
humanitarian mission
humanitarian workers
humanitarian organizations
humanitarian groups
humanitarian agencies
food aid
medical aid
aid convoy
aid deliveries
aid shipments
aid supplies
aid trucks
aid flights
deliver aid
foreign aid
economic aid
economic assistance

# --- relief ("relief" alone is mostly tax relief) ----------------------------
relief supplies
relief efforts
relief workers
relief organizations
# "disaster relief" removed after the review (lexicons/README.md): most of
# its hits are hurricane relief and FEMA's Disaster Relief Fund in budget
# fights; conflict news says "humanitarian aid" or "relief supplies".
famine relief
medical supplies
food and water
emergency shelter
field hospital
safe passage

# --- evacuation and rescue --------------------------------------------------
# Bare "evacuate" (stem "evacu") was the most frequent aid entry, but the
# review (lexicons/README.md) found most of its hits off-topic: floods,
# fires, buildings and campuses evacuated, a medical procedure.  Only the
# evacuation of people from danger as help remains, in phrases:
evacuate civilians
evacuation of civilians
civilian evacuation
humanitarian evacuation
evacuation corridor
medical evacuation
evacuation flights
evacuate the wounded
evacuees
airlift
airdrop
search and rescue
rescue workers
rescue teams

# --- aid workers and agencies ------------------------------------------------
aid workers
aid agencies
aid groups
aid organizations
red cross
red crescent
unhcr
unrwa
unicef
world food programme
world food program
usaid
doctors without borders

# --- military and financial help to a side (CAMEO 071, 072) -----------------
military aid
military assistance
security assistance
security aid
lethal aid
military support
# "military equipment" removed after the review: most hits are arms sales,
# police buying military equipment, or defence contractors, not help given.
military hardware
defensive weapons
lend-lease
drawdown authority

# --- weapons given: deliveries, shipments, supplies -------------------------
weapons deliveries
arms deliveries
deliveries of weapons
deliver weapons
weapons shipments
arms shipments
shipments of weapons
weapons supplies
arms supplies
ammunition supplies
supply weapons
supply arms
send weapons
send arms
provide weapons
arms transfers
arms sales
