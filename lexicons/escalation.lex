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
# Context rules (2nd review, against the labelled dev sentences and KWIC on
# the dev corpus): "attack", "fight", "combat", "strike", "retaliate" and
# "war with/against" now count when the same sentence names armed actors,
# weapons, harm done or a place of the period's wars (context list
# escalation-violence.lex), with stop phrases (!heart attack, !attack ad,
# !trade war...) for the figurative senses that occur even there.  Stocks
# of weapons ("nuclear weapons", "arsenal", "stockpile") count only in a
# sentence without arms-control words (escalation-armscontrol.lex), since
# they are mostly the subject of deals and talks.  Still left out after
# KWIC (on-topic share under about 60%): bare "war" (a past war named in
# passing), "threaten" (14/25 even beside armed actors: threatened to sue,
# to walk away from talks), "violence" (gun violence; "deadly violence"
# 10/21, Charlottesville), bare "militants" (15/25), "terror*" alone,
# "terrorists" beside an armed-group word (11/20: watch lists, Guantanamo),
# "battle" (with a conflict word still 8/25: political battles, battle
# tanks), "clash" (with a conflict word 10/25: politicians clash),
# "defeat" alone, "seize", "hostile" (with a conflict word 8/20),
# "struck" (with a conflict word 9/20: struck down, struck a deal),
# "fought" (6/20: grandfathers who fought in WWII), "open fire" (mostly
# police and mass shootings, not armed conflict), "bloodshed" (14/20 but
# domestic standoffs too; no labelled hit), "war crime" (charges and
# prosecutions), "kill" (the readers label killings casualties, and only
# sometimes escalation: 8/14 labelled sentences with escalation-violence).
#
# Round 2 (alternatives, "a word is not its own context", "U.S." no longer
# ends a sentence), brought back with a context, KWIC shares at each entry:
# "threat & escalation-violence" 19/25, "target & escalation-violence"
# 20/25, "militant* & escalation-violence" 17/20, "defeat & ..." 15/20,
# "take out & ..." 15/20, "on the ground & conflict" 13/17; bare "attack"
# as two more alternatives (a named attack site: 28/30; "the attack" with
# no political word: 20/30) and "Saturday's attack" (21/25); "commando*"
# 16/20, "nerve agent" 17/20.  On the labelled dev sentences: escalation
# P 0.88 R 0.59 F1 0.70 before, P 0.90 R 0.74 F1 0.81 after.
#
# Matching note: a token is taken by the first longest entry whose contexts
# hold; entries with the same words and other contexts are alternatives
# tried in file order, but when all fail, no SHORTER entry is tried: so
# "the attack" repeats the contexts of "attack" before its own.

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
# Bare "attack" is half political rhetoric in US news (KWIC: 17/30 sampled
# hits on-topic), so it counts only in a sentence that also names armed
# forces, weapons, harm done or a place of the period's attacks (context
# list escalation-violence.lex): 31/40 on-topic, the misses mostly
# politicians "attacking" the media in a sentence that names the troops.
# The stem takes attacks, attacked, attacking and attacker(s).
attack & escalation-violence
# Alternatives (tried in order when the first context fails): the place or
# name of one of the period's terror attacks or war-zone cities (context
# list escalation-attacksites.lex: "the Paris attacks", "the San Bernardino
# attack", "attacks throughout the country, even in Kabul"; KWIC: 28/30
# on-topic, the two misses campaign jabs beside "Boston")
attack & escalation-attacksites
# "the attack(s)" / "the attacker(s)", a noun with the article, is mostly an
# event ("the motive for the attack", "suspects in the attack"), while the
# political senses are mostly verbs or "his attacks on X": with no
# campaign, party, critic or hacking word in the sentence
# (escalation-rhetoric.lex), KWIC 20/30 on-topic; the misses are Clinton
# versus Sanders "attacks" and attacks on a person (crime).  The two
# alternatives before it keep the longer phrase from losing "the attack"
# beside a war word (no fallback to the shorter entry).
the attack & escalation-violence
the attack & escalation-attacksites
the attack & !escalation-rhetoric
!the attack ad
!the attack dog
!the attack line
# an attack named by its day ("Saturday's attack", "last week's attacks",
# "yesterday's attacks"): an event, whatever the sentence (KWIC 21/25
# on-topic; the misses a cyber attack and an outage).  The exact nouns
# leave out the verb: "Thursday attacked President Obama".
yesterday =attack
yesterday =attacks
monday =attack
monday =attacks
tuesday =attack
tuesday =attacks
wednesday =attack
wednesday =attacks
thursday =attack
thursday =attacks
friday =attack
friday =attacks
saturday =attack
saturday =attacks
sunday =attack
sunday =attacks
weekend =attack
weekend =attacks
week =attack
week =attacks
# the common figurative senses, hidden even beside a war word
!heart attack
!panic attack
!attack ad
!attack dog
!attack line
!line of attack
!on the attack
!personal attack
!political attack
!partisan attack
!verbal attack
!cyber attack
!hack attack
# "fight" (fight, fights, fighting) and "combat" (combat, combating,
# combatants) are mostly political or medical ("fight the law", "combat the
# pandemic"); beside armed actors and weapons they are fighting (KWIC:
# "fight & escalation-violence" 24/30 on-topic, "combat & ..." 15/20 with
# the stop phrases below).  Note: conflict.lex holds "fighting" and
# "combat", so "& conflict" would let these words count on themselves.
fight & escalation-violence
combat & escalation-violence
!combat veteran
!fight back tears
# "strike" beside armed actors, weapons or harm is a military strike (KWIC:
# 17/20 on-topic; bare "strike" is labour and baseball)
strike & escalation-violence
!hunger strike
!strike a deal
!strike down
!strike a balance
!strike a chord
# terrorism named as an act (KWIC: these phrases 22/30 on-topic, the rest
# speeches about the word; bare "terror*" 14/30: watch lists, financing)
act of terror
# (the stem "terror" also takes terrorism: "acts of terrorism")
terrorist act
terrorist incident
terrorist strike
terror strike
# phrases that are always armed, whatever the sentence
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
# "bombing" is stemmed "bomb", so a plain entry takes every "bomb": the
# prefix keeps bombing(s) whole (nearly all on-topic), and bomb, bombs,
# bombed count outside arms-control talk ("a deal to prevent an Iranian
# bomb") and outside the stop phrases (bare "bomb" 17/25 on-topic; misses:
# bomb squads, bomb-sniffing dogs, the nuclear bomb of the Iran deal)
bombing*
bomb & !escalation-armscontrol
!bomb squad
!bomb sniffing
!time bomb
!ticking bomb
!f bomb
!bomb cyclone
!bomb threat
# bomb-making materials found in a flat, a group's bomb maker: police and
# plots, not the use of force (both false hits in the labelled sentences)
!bomb making
!bomb maker
bomber
# roadside and suicide bombs named by their device (15/20 on-topic, KWIC
# with "detonate"; the rest mailed pipe bombs, terror attempts too)
explosive device
improvised explosive
=ied
=ieds
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
warhead & !escalation-armscontrol

# targets beside armed actors, weapons or harm are military targets
# ("struck 12 targets in Syria", "the embassy compound was targeted";
# KWIC 20/25 on-topic; the misses the IRS "targeting" groups and probes
# "targeting" the department beside a Benghazi word).  The stem takes
# targeted, targeting.
target & escalation-violence
# "take out" beside armed actors or weapons: take out ISIL, take out the
# regime's military facilities (KWIC 15/20 on-topic; the misses "take-out"
# restaurants and provisions taken out of a bill)
take out & escalation-violence
# defeating an armed group: "defeat ISIS", "a plan to defeat the Islamic
# State" (KWIC 15/20 on-topic; the misses a Civil War defeat, "self-
# defeating", a candidate leaving the race to defeat Trump)
defeat & escalation-violence

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
# "shot down" (its own stem): planes and drones; 14/20 on-topic, the rest
# nominees or ideas "shot down"
shot down
# retaliation beside armed actors or weapons (13/20 on-topic; alone it is
# also retaliatory tariffs and retaliation against whistleblowers)
retaliat* & escalation-violence

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
# more "military X" phrases for using or threatening force (KWIC together
# 15/20 on-topic; the others are wishes not to engage, mostly negated)
military involvement
military adventure
military engagement
military response
military confrontation
military threat
armed conflict
# special forces: 17/20 on-topic (raids, operations)
special forces
# commando*: commando, commandos: raids and storming (KWIC 16/20 on-topic)
commando*
military force
military option
military solution
ground assault
heavy fighting
fierce fighting
intense fighting
renewed fighting
clashes with
# protesters and police: a domestic police matter (GUIDELINES)
!clash with police
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
# 15/20 on-topic; the rest "no troops on the ground" promises, which the
# negation mostly takes, or political "troops"
troops on the ground
# "on the ground" beside a conflict word (Kurdish fighters on the ground,
# special forces on the ground, defeat ISIS on the ground): KWIC 13/20
# on-topic, 13/17 without "on the grounds (that)", the legal phrase,
# hidden by the stop phrase ("=grounds" keeps it apart from the stem)
on the ground & conflict
!on the =grounds
forces on the ground
soldiers on the ground
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
# militants beside a second armed-group word, a weapon, harm or a war zone
# (escalation-violence.lex: its own "militant*" does not count for itself):
# ISIS militants beheading, pushed out of villages, the siege of the embassy
# (KWIC 17/20 on-topic; bare "militant*" 15/25, with militant feminism,
# "fringe militant groups" of activists)
militant* & escalation-violence

# --- weapons built, tested or threatened (CAMEO 13x, 20) --------------------
# Stocks of weapons count only in a sentence with no arms-control word
# (escalation-armscontrol.lex: deal, talks, dismantle, prevent...): most
# sentences naming them are about the Iran deal or the North Korea talks.
# KWIC "nuclear weapons": bare 10/30 on-topic, with the restriction 17/30
# (the rest mostly mentions: "had nuclear weapons", votes on them).
nuclear weapons & !escalation-armscontrol
chemical weapons & !escalation-armscontrol
# the nerve agents of the Skripal and Syrian attacks (KWIC 17/20 on-topic
# outside arms-control talk; the rest the Soviet history of Novichok)
nerve agent & !escalation-armscontrol
weapons of mass destruction & !escalation-armscontrol
weapons program & !escalation-armscontrol
nuclear program & !escalation-armscontrol
nuclear arsenal & !escalation-armscontrol
arsenal & !escalation-armscontrol
stockpile & !escalation-armscontrol
more weapons
nuclear test & !escalation-armscontrol
missile test
# icbm*: ICBM, ICBMs; 16/20 on-topic (tests and threats), the rest the US
# Air Force's own programme
icbm*
missile launch
hypersonic

# --- threats of a wider or nuclear war (CAMEO 13x) --------------------------
# "threat" beside armed actors, weapons or the places of the period's wars
# (escalation-violence.lex, which leaves out Russia: "Russia is a threat
# to national security" is election talk): the threat posed by ISIS, by
# North Korea, a terror threat; KWIC 19/25 on-topic, the misses death
# threats (hidden below), physical threats at town halls, cops who
# "perceive a threat".  Bare "threat" 5/20; "threaten" even with the list
# 14/25 (threatened to sue, to walk away from talks): left out.
threat & escalation-violence
!death threat
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
# war against or with an armed actor or a country at war (KWIC: 24/30
# on-topic with escalation-violence; "war" alone is mostly a past war
# named in passing, and "war & conflict" would match itself)
war with & escalation-violence
war against & escalation-violence
start a war & escalation-violence
start war & escalation-violence
wage war & escalation-violence
declare war & escalation-violence
declaration of war & escalation-violence
!trade war
!culture war
!price war
!war of words
!war on drugs
!war on women
!war on christmas
!war on coal
!war on poverty
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
