# escalation.lex - the language of widening or intensifying armed conflict.
#
# Format: framing-lexicon(5).  Plain words match every token with the same
# Snowball english stem ("invade" also matches invades, invaded, invading),
# so inflections are not listed.  Every weight is 1: how intense an offensive
# is, is the reader's judgement, not the counter's.
#
# What belongs here: CAMEO 19x (fight: use of military force, air strikes,
# artillery), 18x (assault: bombings, suicide attacks), 20 (mass violence,
# weapons of mass destruction), 15x/13x (mobilisation, military posturing,
# threats), and the "war journalism" side of Galtung / Lee & Maslog (2005):
# victory talk, enemies, hardened positions.
#
# Left out on purpose, because in general US news most of their hits are not
# about war (checked on the AllSides corpus, see lexicons/README.md): bare
# "attack" (attack ads, political attacks, heart attack), "fighting"
# (political fights), "battle", "strike" (labour strikes), "fire", "war"
# (war on drugs, culture war), "offensive" (offensive remarks; the stem
# also takes "offense"), "combat" (combat climate change), "occupy" (Occupy
# Wall Street), "raid" (immigration raids), "hardline", "reprisal",
# "mobilize" (the stem "mobil" is also "mobile"), "enemy", "tanks" (think
# tanks), "shelled" (stem "shell": Shell, shell companies).  Phrases carry
# those senses instead.
#
# Weapons versus aid: topics are matched independently, so a word listed here
# would also count inside an aid phrase such as "weapons deliveries".  This
# file therefore has no bare "weapons", "arms", "ammunition" or "troops":
# arms count as escalation when they are used, built up, tested or
# threatened ("nuclear weapons", "arms race", "missile test", "more
# weapons"), and as aid when they are given ("weapons deliveries", "military
# aid", see aid.lex).  Weapon-system nouns that mostly name use (missile,
# warhead, artillery, bomber) stay bare here, and so count as escalation even
# in a sentence about delivering them.

@topic escalation
@description Words for fighting and for making a conflict bigger: attacks, offensives, air strikes, troop build-ups, weapons tests and threats of a wider or nuclear war.
@language english
@source Written for framing. Informed by the CAMEO event codebook (Gerner, Schrodt et al.: 13 threaten, 15 exhibit force posture, 18 assault, 19 fight, 20 use unconventional mass violence) and by the war-journalism indicators of Galtung's peace/war journalism model as operationalised by Lee & Maslog (2005). Entries were checked against the AllSides corpus (bench/lexicon_review.py).

# --- attacks (CAMEO 18x assault, 19x fight) ---------------------------------
# phrases, because bare "attack" is half political rhetoric in US news
terrorist attack
terror attack
deadly attack
military attack
armed attack
chemical attack
suicide attack
missile attack
rocket attack
drone attack
air attack
launch attack
launch an attack
carry out attack
coordinated attack
retaliatory attack
surprise attack
renewed attacks
attack helicopter
bombing
bomber
gunfire
rocket fire
artillery fire
artillery
rockets
missile
ballistic missile
# shelling*: prefix: the stem "shell" would also take Shell and shell companies
shelling*
warplane
warship
warhead

# --- air and missile strikes ------------------------------------------------
# "strike" alone is mostly labour and baseball; these phrases are not
airstrike
air strike
air raid
missile strike
drone strike
military strike
nuclear strike
retaliatory strike
preemptive strike
strikes on
launch strike
carry out strike
air campaign
bombing campaign
military campaign
shoot down

# --- offensives, invasions, occupation --------------------------------------
# "offensive" alone also takes "offense" and "offensive remarks"
# offensives*: prefix: the plural form is only ever military
offensives*
counteroffensive
counter-offensive
new offensive
renewed offensive
offensive operations
major offensive
military offensive
ground offensive
spring offensive
launch offensive
launch an offensive
an offensive
invasion
invade
incursion
ground invasion
siege
blockade
annex
military occupation
occupied territories
military operation
military action
military intervention
military force
military option
military solution
ground assault
heavy fighting
fierce fighting
intense fighting
renewed fighting
clashes with
battlefield
combat troops
combat operations
combat mission
in combat

# --- troops, mobilisation and build-up (CAMEO 15x) --------------------------
send troops
deploy troops
more troops
ground troops
boots on the ground
troop surge
troop deployment
massing troops
troops massed
partial mobilization
partial mobilisation
military mobilization
military buildup
military build-up
arms build-up
arms race
rearm
reservists
war footing
# fighters: the stem "fighter" is not that of "fight": ISIS fighters,
# fighter jets (also when jets are being delivered: see above)
fighters

# --- weapons built, tested or threatened (CAMEO 13x, 20) --------------------
nuclear weapons
chemical weapons
weapons of mass destruction
weapons program
nuclear program
nuclear arsenal
arsenal
stockpile
more weapons
nuclear test
missile test
missile launch
hypersonic

# --- threats of a wider or nuclear war (CAMEO 13x) --------------------------
# prefixes, not the stem "escal": the stem would also take "escalator"
# (Trump's 2015 escalator ride: 48 hits, a third in election news).
# Known leak: "de-escalation" is tokenized "de escalation", so it counts here
# as well as in peace.lex (117 of about 1500 hits in the AllSides corpus).
# Metaphorical escalation (a trade war escalating) is counted too.
escalati*
escalate*
escalatory
military escalation
further escalation
nuclear war
nuclear threat
nuclear attack
threat of war
brink of war
wider war
all-out war
full-scale war
third world war
world war iii
at war
go to war
fire and fury
red line
ultimatum
# provocation: stem "provoc": provocations, provocative
provocation
saber-rattling
sabre-rattling

# --- hardening positions, war talk (Lee & Maslog 2005) ----------------------
# aggression*: prefix: the stem "aggress" would also take "aggressive"
aggression*
aggressor
belligerent
bellicose
warmonger
# hostilities*: prefix: the stem "hostil" would also take "hostile"
hostilities*
total victory
