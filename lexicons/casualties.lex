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
# Frame definition followed: /work/shared/gold/GUIDELINES.md ("casualties":
# the human cost of violence, war or disaster; any violent death or injury;
# NOT deaths from ordinary illness or old age, epidemic deaths, figurative
# victims, economic losses; refugees only when their harm or plight is
# described; hostages only when harm is stated).
#
# Restricted by context lists (framing-lexicon(5), "ENTRY & NAME"), because
# bare they are mostly not about violence in US news:
#   "dead"/"deadly", "died", "death(s)", "fatal(ly)/fatalities", "injuries",
#   "victims", "tragedy/tragic", "wounds", "displaced", "destruction" count
#   only beside a violence, war or disaster word (casualties-violence.lex);
#   the death words also only with no illness word (casualties-illness.lex:
#   Covid deaths, "deadly virus", cancer, overdoses are not casualties);
#   "refugees" only beside a plight word (casualties-plight.lex);
#   "destruction" not beside weapons/disarmament words (casualties-arms.lex).
#   A sentence-level OR of two lists cannot be written (at a token the first
#   longest entry wins, with no fall-through), so casualties-violence.lex
#   repeats the core of the shared conflict.lex.
# Stop phrases (!...) remove the common non-frame senses found with KWIC
# ("kill the bill", "death penalty", "character assassination",
# "weapons of mass destruction", "destruction of property").
#
# Still left out, because their hits are mostly another sense even with the
# contexts above (KWIC on the dev corpus, 15-40 hits read each): bare
# "murder" (trials, charges, "murderous" rhetoric: 11/20; the exact forms
# murdered/murders/"murder of" are in), "tortured/torture" (mostly the CIA
# interrogation debate), "survivors" (sexual-assault survivors), "missing"
# (stem "miss"), "bodies" (body cameras), "hurt" (the trade war hurt
# farmers), "devastating" (8/15), "executed" (search warrants executed: 7/15),
# "drowned" (drowned out), "flattened" (flatten the curve), "funeral",
# "bloodbath", "fled" (fled the scene).  "killed" and "wounded" do take
# crime news: GUIDELINES count any violent death or injury.

@topic casualties
@description Words for the human cost of violence, war or disaster: people killed and wounded, civilian victims, massacres, refugees in plight and displaced people, and homes destroyed.
@language english
@source Written for framing. Informed by the CrisisLex crisis-tweet themes (Olteanu et al. 2014: injured or dead people, displaced people, infrastructure damage), Empath's death, injury and war categories (Fast et al. 2016) and CAMEO 20 (use unconventional mass violence). Entries were checked against the AllSides corpus (bench/lexicon_review.py).

# --- killed and dead ----------------------------------------------------------
# stem "kill": kill, kills, killing, killings (KWIC 28/40 on topic; the rest is
# mostly "kill the bill/deal/plan", stopped here)
killed
# stop phrases: a bill, deal or plan "killed" is politics, not harm (KWIC:
# "kill the bill" 29 hits, 0 on topic; "kill the deal" 11, 0; "kill it" 88,
# mostly bills and markets; "kill off" 35, mostly agencies and industries;
# "catch and kill" 32, tabloid practice)
!kill the bill
!kill the deal
!kill the plan
!kill the legislation
!kill the measure
!kill the proposal
!kill it
!kill off
!make a killing
!catch and kill
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
# "dead" (stem also of "deadly"), "died/dies/dying" (stem "die") and
# "death(s)" count only beside violence, war or disaster words
# (casualties-violence.lex) and with no illness word (casualties-illness.lex:
# Covid deaths, "deadly virus", obituaries are not casualties).  KWIC on-topic
# with the final lists: dead 20/25 (1847 hits; off: "deadly force" policy,
# "deadly obliqueness"), die 20/25 (1086; off: a politician who died in
# 2001 beside "police"), death 20/25 (2104; off: "death bed", "death knell").
# Bare they are mostly idioms, obituaries, Covid and the death penalty.
dead & casualties-violence & !casualties-illness
die & casualties-violence & !casualties-illness
death & casualties-violence & !casualties-illness
# "the dead" (honour the dead, among the dead): 13/15 on topic even bare
# (635 hits); exact "=dead" so that "the deadly blades" is left to the
# context entry above
the =dead & !casualties-illness
# stop phrases: sentencing and politics, not a death that happened
!death penalty
!death row
!death knell
!death panels
!dead on arrival
!dead heat
!dead end
# stem "fatal": fatal, fatally, fatalities; beside violence 15/15 (459 hits);
# bare it is "fatal flaw", "fatal mistake", flu fatality rates
fatal & casualties-violence & !casualties-illness
lost his life
lost her life
# soldiers' and others' deaths in the language of commemoration: "fought and
# died" 10/10 (24 hits); "gave their lives", "ultimate sacrifice" 14/15 (44)
fought and died
gave their lives
gave his life
gave her life
ultimate sacrifice
# "claimed/took the lives of": 10/12 and 12/12 on topic (29 and 23 hits); the
# illness exclusion takes out "Ebola is claiming the lives", "the pandemic has
# claimed the lives"
claimed the lives & !casualties-illness
took the lives
taken the lives
# violent deaths by their manner: "shot to death" and the like (the sample
# of "to death" alone, 312 hits, also gives "sentenced to death", "bored to
# death")
shot to death
stabbed to death
beaten to death
burned to death
shot and killed
# =stabbed: 10/12 (112 hits); the figurative back-stabbing is stopped
=stabbed
!stabbed in the back
# "poisoning of" a person (spies poisoned with nerve agents): 11/11 of the
# exact form (39 hits); the stem would take "the poison of racism"
=poisoning of
# murder: the exact forms only; bare "murder" also takes trials, charges and
# "murderous" rhetoric (KWIC 11/20).  =murdered 15/15 (446 hits), "murder of"
# 13/15 (330), =murders 13/15 (350)
=murdered
=murdering
=murders
murder of
# assassination, assassinated, assassinate: 15/20 on topic (494 hits) once the
# stop phrases below are taken out (bare, with them, 11/20): character
# assassination is figurative; an assassination attempt states no harm
assassinat*
!character assassination
!assassination attempt
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
# stem "wound": wounds, wounding; beside violence 15/15 (839 hits); bare it
# takes "wound up" ("wounded" itself is matched by wounded* above, first)
wound & casualties-violence
gunshot wound
injured
# stem "injuri": injury, injuries; beside violence 20/25 (244 hits); bare
# mostly sports injuries and the "Economic Injury Disaster Loan" (stopped)
injuri & casualties-violence & !casualties-illness
!economic injury
maimed
shrapnel
wounded soldiers
wounded in action
missing in action

# stem "victim": victim, victims.  Beside violence, war or disaster words
# 20/25 on topic (1432 hits); bare it is mostly figurative or crime in
# general ("victims of the policy", fraud, "victims' advocates").  Sexual
# assault is stopped in casualties-violence.lex, so its victims do not count.
victim & casualties-violence
# "victims' advocates", "victim advocates": a job, not a harm
!victims advocates
# "tragedy" and "tragic" beside violence or disaster words name the deaths
# ("the Newtown tragedy", "the tragic attack"): tragedy 13/15 (292 hits),
# tragic 11/15 (182 hits)
tragedi & casualties-violence & !casualties-illness
tragic & casualties-violence & !casualties-illness

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
# stem "refuge": refugee, refugees.  GUIDELINES ruling: refugees are casualties
# only when the sentence describes their harm or plight, not for admission,
# vetting or ban politics (bare "refugees": 2875 hits, about 5/20 describe a
# plight; on dev 1 true hit against 8 false).  So only beside a plight word
# (casualties-plight.lex: fled, persecution, camps, starving, drowned...):
# 14/25 on topic (602 hits).
refugees & casualties-plight
refugee camp
refugee crisis
displaced people
# stem "displac": displaced, displacement; beside war or disaster 14/15
# (107 hits); bare it is also "displaced workers"
displac* & casualties-violence
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
# "destruction" beside war or disaster words (a storm's "path of destruction",
# "death and destruction", the destruction of the Twin Towers).  Not beside
# weapons and disarmament words (casualties-arms.lex: "destruction of all
# chemical weapons", weapons of mass destruction), and not the "destruction
# of property" of riots (an economic loss).  KWIC with these: 14/19 on topic
# (305 hits; before the property stops 14/25).  =destruction: the stem would
# also take "destructive" (a destructive effect on a campaign).
=destruction & casualties-violence & !casualties-arms
!destruction of property
!property destruction
!mutually assured destruction
destroyed homes
homes destroyed
# homes damaged or destroyed by war or disaster: 15/16 on topic (47 hits;
# "damaged or destroyed" left out: mostly ISIS vehicles hit by air strikes;
# "flattened" left out: "flatten the curve")
homes were destroyed
houses destroyed
destroyed houses
houses were destroyed
damage to homes
damage to houses
homes damaged
left homeless
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
