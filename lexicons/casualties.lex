# casualties.lex - the language of the human cost of a conflict.
#
# Format: framing-lexicon(5).  Plain words match every token with the same
# Snowball english stem, so inflections are not listed.  Every weight is 1.
#
# What belongs here: the dead and the injured, civilian victims, massacres and
# atrocities, people driven from their homes, homes and towns destroyed
# (CrisisLex "affected individuals", "injured or dead people", "missing,
# trapped or found people", "displaced people", "infrastructure and utilities
# damage"; Empath "death", "injury" and "war"; CAMEO 20 mass violence as its
# outcome).
#
# Left out on purpose, because in general US news most of their hits are not
# about conflict (checked on the AllSides corpus, see lexicons/README.md): bare
# "death", "deaths" and "died" (Covid deaths, obituaries, the death
# penalty; "deaths" alone: 2420 hits, 40% of labelled ones in conflict news,
# and the topic separates conflict news a little better without it), "dead"
# (dead heat, dead end), "victims" (crime), "bodies" (legislative bodies),
# "fatalities" (road deaths), "injuries" (sports), "destruction" (weapons of
# mass destruction, destruction of e-mails), "devastated" (devastated by a
# defeat), "displaced" (displaced workers), "tortured" (mostly the CIA
# interrogation debate), "funeral", "bloodbath" (markets, elections).
# "killed" and "wounded" do take some crime news: that is real harm, and
# within conflict news they are the core of this topic.

@topic casualties
@description Words for the human cost of a conflict: people killed and wounded, civilian victims, massacres, refugees and displaced people, and homes destroyed.
@language english
@source Written for framing. Informed by the CrisisLex crisis-tweet themes (Olteanu et al. 2014: injured or dead people, displaced people, infrastructure damage), Empath's death, injury and war categories (Fast et al. 2016) and CAMEO 20 (use unconventional mass violence). Entries were checked against the AllSides corpus (bench/lexicon_review.py).

# --- killed and dead ----------------------------------------------------------
# stem "kill": kill, kills, killing, killings
killed
killed in action
shot dead
gunned down
slain
lost their lives
loss of life
lives lost
dead bodies
dead and wounded
death toll
body count
# prefix: "corpses" stems to "corps" (Marine Corps)
corpses*

# --- casualties and the wounded ----------------------------------------------
# The stem "casualti" also takes the figurative singular ("a casualty of
# Trump 2016"); the review (lexicons/README.md) found 3 such hits in 10, so
# it stays: the singular is also the human cost ("a high rate of casualty").
casualties
civilian casualties
heavy casualties
civilian deaths
civilian victims
civilians killed
killing of civilians
# prefix: the stem "wound" would also take "wound up"
wounded*
injured
maimed
shrapnel
wounded soldiers
wounded in action
missing in action

# --- massacres and atrocities (CAMEO 20) ------------------------------------
massacre
slaughter
atrocities
genocide
ethnic cleansing
war crimes
mass grave
beheaded
carnage
bloodshed
mass killings
# a euphemism for civilian deaths; counted because it names them
collateral damage

# --- refugees and displacement ----------------------------------------------
# stem "refuge": refugee, refugees
refugees
refugee camp
refugee crisis
displaced people
displaced persons
displaced civilians
displaced families
internally displaced
fled their homes
forced to flee
flee the fighting
# stem "flee": flee, flees, fleeing ("fled" stems apart and is left out:
# "fled the scene" is crime news)
flee

# --- destruction of homes and towns -------------------------------------------
rubble
razed
destroyed homes
homes destroyed
death and destruction
humanitarian crisis
humanitarian catastrophe
humanitarian disaster
human cost
civilian toll
bombed-out
malnutrition
famine
starvation
