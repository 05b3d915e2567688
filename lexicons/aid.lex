# aid.lex - the language of help given in a war or a humanitarian crisis.
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
# Scope follows the gold GUIDELINES (/work/shared/gold/GUIDELINES.md): help
# in a war OR a humanitarian crisis (disaster, epidemic, famine): relief,
# rescue and evacuation of civilians, refugees admitted or resettled,
# foreign aid, military aid and training of a partner's forces, aid cuts
# (the aid is named).  NOT: domestic welfare, tax or student aid, budget
# politics of pandemic packages, arms SALES as business, a campaign's aides.
#
# Ambiguous words come back only behind a context list or stop phrases
# (framing-lexicon(5): "ENTRY & NAME", "!STOP"); the share of sampled
# dev-corpus KWIC hits that carry the frame is noted above each such entry
# (kwicsample.sh on allsides-dev, 30-40 hits unless said; round 2 samples
# 17-40 hits, whole sentences).  When the longest entry matching at a token
# fails its contexts (and those of its alternatives), no shorter entry is
# tried, so unconditional entries stand before context entries of the same
# word.
# Context lists: conflict.lex (shared), aid-crisis.lex (disasters,
# epidemics, displacement, war and terror), aid-domestic.lex (domestic
# programmes), aid-refugees.lex, aid-partner.lex (forces and sides that are
# helped), aid-politics.lex (party politics, round 2).  Since round 2 an
# entry may have alternatives (same words, other contexts, tried in order),
# e.g. "=assistance & conflict" then "=assistance & aid-crisis".
#
# Still left out, because most of their hits are not help (AllSides corpus,
# see lexicons/README.md and the notes below): bare "support" (20% even with
# a conflict word; only "support for/to" a helped side came back in round 2),
# bare "humanitarian" (about half "humanitarian crisis", "humanitarian
# grounds"; round 2 added more "humanitarian + help noun" phrases),
# "donated", "donors" and "pledged" (campaign money; "donat* & aid-crisis"
# re-checked in round 2: about 5/25), "supplies" and "deliver" even in a
# crisis or conflict sentence (water supply, supply chains, uranium supply;
# delivering speeches, rockets that deliver gas: "deliver & aid-partner &
# conflict" 8/30), "help" (1,967 hits in crisis sentences, mostly not help
# given: "help & aid-crisis" 8/30, "help & aid-partner & conflict" 15/30;
# only "help fight" came back), "reconstruction" (the Reconstruction era,
# even with history words excluded), "rebuild" (rebuild the military),
# "backers" without a helped side (campaign backers), "grant asylum"
# (Snowden), "welcome refugees" (11/25 in round 2: protest slogans,
# "welcoming cities"), "host refugees" (about 13/30), "shelter" and
# "volunteer" in crisis sentences (about 12/25 and 8/25), "drawdown" (troop
# drawdowns), "FEMA" (10/20: budget fights, storm warnings), "military
# advisers" (about 12/25), pandemic "testing" and "coronavirus relief" (relief
# bills and loans are budget politics, GUIDELINES ruling on domestic
# programmes).
# Country-specific phrases ("aid to Ukraine") are avoided so that the
# lexicon does not favour one conflict; place names appear only in the
# context list aid-partner.lex.

@topic aid
@description Words for help given to the people or a side of a war or humanitarian crisis: humanitarian and foreign aid, disaster relief, rescue and evacuation, refugees admitted, and military aid such as weapons deliveries and training.
@language english
@source Written for framing. Informed by the CAMEO event codebook (Gerner, Schrodt et al.: 07 provide aid, incl. 071 economic, 072 military and 073 humanitarian aid, 074 military protection or peacekeeping, 075 grant asylum; 0233 appeal for humanitarian aid) and by the CrisisLex "donations and volunteering" and "caution and advice" themes (Olteanu et al. 2014). Entries were checked against the AllSides corpus (bench/lexicon_review.py).

# --- humanitarian aid (CAMEO 073) -------------------------------------------
# Phrases that end in "aid" take it exact (=aid): the stem of "aide" and
# "aides" is "aid" too, and "security aid" also matched "homeland security
# aide" (33 of the topic's 6,760 hits on the dev corpus were aides).
humanitarian =aid
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
# Round 2: more "humanitarian + help noun" phrases; all 15 sampled hits of
# the six were help at work (Yazidis, Harvey, Ebola, Haiti, Africa).  Bare
# "humanitarian", even with "crisis", "grounds", "law" ... stopped, is
# still about 50% (visas, "humanitarian release", "humanitarian nation");
# "humanitarian response/needs" 3 of 7 (also "humanitarian responsibility").
humanitarian effort
humanitarian operation
humanitarian work
humanitarian help
humanitarian center
humanitarian airdrop
food =aid
medical =aid
aid convoy
aid deliveries
aid shipments
aid supplies
aid trucks
aid flights
deliver =aid
foreign =aid
economic =aid
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
military =aid
military assistance
security assistance
security =aid
lethal =aid
military support
# "military equipment" removed after the review: most hits are arms sales,
# police buying military equipment, or defence contractors, not help given.
# "military hardware" removed: 2 of 10 KWIC hits were help (parades,
# police militarisation).
defensive weapons
lend-lease
drawdown authority
# Round 2: "logistical support & conflict" 12/16 (to African forces, Malian
# forces, Syrian rebels, Saudi and Qatari support to ISIS); without conflict
# it is also campaign logistics.
logistical support & conflict
# "nonlethal"/"non-lethal" beside a helped force: 17/17 (aid, assistance,
# support, supplies to rebels and Ukrainian forces); bare it is half police
# weapons ("nonlethal bean-bag rounds").
nonlethal* & aid-partner
non-lethal & aid-partner
# Named foreign-aid programmes (GUIDELINES: they count as aid): 9/9 KWIC hits
# (PEPFAR, Global Fund).  Not "Marshall Plan": 10 of 13 hits are history or
# a metaphor ("a Middle East Marshall Plan").  Not the Merida Initiative
# either, though its hits are aid: the one article of the labelled set that
# names it would be fitted, not measured.
=pepfar
emergency plan for aids relief
global fund to fight

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
# "arms sales" removed: GUIDELINES exclude arms sales as business, and
# 12 of 15 KWIC hits were sales (Saudi deals, export policy).


# --- bare "aid", in every sense but domestic programmes --------------------
# "=aid" (not the stem, which is also "aides").  KWIC: 55% on topic bare;
# 82% (33/40) with the stop phrases below and no aid-domestic word in the
# sentence.  Most hits: military aid (Ukraine, Egypt, Israel), foreign aid
# and its cuts, humanitarian and disaster aid.
=aid & !aid-domestic
# Non-frame senses of "aid" seen in KWIC: products, idioms, student and legal
# aid, treason, the verb "to aid" (10 of 25 "to aid" hits were help; mostly
# "to aid his campaign") and after modals ("may aid Comcast").
!band-aid
!kool-aid
!financial aid
!student aid
!legal aid
!aid and abet*
!aid and comfort
!hearing aid*
!no-aid
!aid in dying
!to aid
!may aid
!could aid
!would aid
!will aid

# --- assistance ---------------------------------------------------------------
# "=assistance & conflict": 14/20 help to a side or people in a war
# (military assistance, assistance to Gaza, to Kiev); the stem would also
# take "assistant".  Bare "assistance" is welfare, trade adjustment.
=assistance & conflict
# Round 2 alternative: in a crisis sentence without a conflict word, 18/25
# together with the conflict hits (hurricane assistance, humanitarian and
# refugee assistance, help after a terror attack); the rest is assistance
# "to campaigns", "Trade Adjustment Assistance", "tuition assistance".
=assistance & aid-crisis
lethal assistance
disaster assistance
emergency assistance
foreign assistance
development assistance

# --- rescue -----------------------------------------------------------------------
# Unconditional forms first: "rescuers" 15/15, "rescue effort(s)" 12/15,
# "rescue operation" 10/10, "rescue mission" 7/10 (floods, quakes, cave,
# hostages).
rescuer
rescue effort
rescue operation
rescue mission
# Any other form in a crisis sentence: 16/20 (bare "rescu*" 19/30 with
# economic "rescue package/plan/bill", Operation Rescue, "rescue Dreamers").
rescu* & aid-crisis
!rescue package
!rescue plan
!rescue bill
!rescue law
!rescue measure
!operation rescue
!rescue party

# --- evacuation -------------------------------------------------------------------
# Orders to leave before a storm or fire: every KWIC hit a disaster.
mandatory evacuation
evacuation order
# "evacu*" in a crisis sentence: 25/30 (storms, fires, Ebola patients,
# civilians under fire).  Bare it was 18/28: buildings evacuated after
# bomb threats, fire drills, an abortion procedure.
evacu* & aid-crisis
!dilation and evacuation

# --- relief and recovery in a disaster ------------------------------------
# "relief" in a crisis sentence, with the stop phrases below: 21/30 (disaster
# relief, hurricane relief money, relief efforts, UN relief agency); the
# rest is disaster-relief budget politics.  Pandemic words are left out of
# aid-crisis.lex because "coronavirus relief bill/package" (17 of 40 hits
# before) is budget politics, which GUIDELINES exclude.
relief & aid-crisis
!sigh of relief
!sanctions relief
!debt relief
!tax relief
!financial relief
!economic relief
!troubled asset relief
# "recovery effort(s)": 28/32 after storms and disasters, even when the
# sentence does not name the disaster (bare 10/12).
recovery effort

# --- refugees admitted or resettled -----------------------------------------
# GUIDELINES ruling: aid when refugees are admitted, accepted or helped, even
# at a reduced pace; not for vetting or blocking.  KWIC with a refugee word
# in the sentence: "admit" 13/20 (with "admit that" stopped), "accept" 15/20,
# "take in" 17/20; "resettl*" 14/20 bare (refugee resettlement agencies).
admit & aid-refugees
!admit that
accept & aid-refugees
take in & aid-refugees
resettl*
refugee admissions

# --- arming and training a partner's forces (CAMEO 072) ---------------------
# "train and equip" 11/12, "arm and train" 12/12, "arm the rebels" 12/12,
# "advise and assist" 12/12 (Iraq, Syria, Afghanistan); "train and arm"
# needs conflict (arming teachers), "trainers" 9/12 with conflict.
train and equip
arm and train
train and arm & conflict
arm the rebels
arm the opposition
# Round 2: "=arming & conflict" 26/30 (arming the Syrian rebels, the Kurds,
# Ukraine, the Saudis, Iran arming militias); off: arming teachers, police,
# "arming themselves".  The stem would also take "armed", "arms".
=arming & conflict
advise and assist
trainers & conflict
help train & conflict
# "train" with a helped force in the sentence (aid-partner.lex): 24/30;
# bare with conflict only 5/12 (own troops' training, crashes on training
# missions).  Terrorist training camps are stopped.
train & aid-partner
!training camp
# Round 2: aid-partner.lex now also lists sides that outside powers arm and
# prop up (Assad, separatists, Hezbollah, Houthis, militias, YPG/SDF);
# "train & aid-partner" re-checked with them: 26/30.
# "equip" as a verb beside a helped force (the noun "equipment" is half
# sanctions and police gear): arm and equip, equipping militias.
=equip & aid-partner
=equipping & aid-partner
# "assist"/"assisting" (the verb; "assistance" is above) beside a helped
# force in a conflict sentence: 22/30 (train, advise and assist Afghan and
# Iraqi forces, Hezbollah assisting Assad, assisting the opposition); off:
# the FBI asking Libyans to assist, "assist his own reelection".
=assist & aid-partner & conflict & !aid-politics
=assisting & aid-partner & conflict & !aid-politics

# --- backing a side: prop up, backers (round 2) -----------------------------
# "prop* up & aid-partner": 22/25 (Russia and Iran propping up Assad,
# Moscow propping up separatists, an Afghan regime); bare with conflict it was
# 13/20 (prop up the yuan, commodity prices, a minority government).
prop* up & aid-partner
# "backer & aid-partner & conflict & !aid-politics": 22/25 name the outside
# power behind a side (Russia and Iran as Assad's backers, Saudi Arabia as a
# backer of Syria's rebels); off: backers of Morsi, of a coup, "backers of
# Israel".  Whether a bare mention of a backer is help given is a reader's
# call: the gold labels count "key backers of the rebels" as aid.  Bare
# "backer" is mostly campaign and bill backers (aid-politics.lex).
backer & aid-partner & conflict & !aid-politics
# "support for/to" a helped side in a conflict sentence, not in party
# politics: 25/34 (Iran's support for Hezbollah and proxy groups, Russia's
# support for Assad and the separatists, support for the Kurdish Peshmerga,
# support to the Syrian rebels, to Afghan forces); off: rallies "in support
# for" Assad, public support for an insurgency, "bipartisan support for
# Ukraine", material-support charges.  Bare "support" with conflict is 20%
# (supporters, support for a bill); the verb forms with aid-partner 50-58%.
support for & aid-partner & conflict & !aid-politics
support to & aid-partner & conflict & !aid-politics
# "help fight": 13/17 with a conflict or crisis word (soldiers helped fight
# Ebola in Liberia, allies help fight ISIS, the Taliban); off: an opioid
# emergency, "help fight terrorism" as a reason for a travel ban.
help fight & conflict
help fight & aid-crisis
