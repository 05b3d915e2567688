# peace.lex - the language of ending or containing armed conflict.
#
# Format: framing-lexicon(5).  Plain words match every token with the same
# Snowball english stem, so inflections are not listed.  Every weight is 1.
#
# What belongs here: CAMEO 04 (consult: talks, meetings, mediation), 05
# (diplomatic cooperation, agreements), 08x (yield: ceasefire, withdrawal,
# prisoner release, de-escalation), and the "peace journalism" side of
# Galtung / Lee & Maslog (2005): solutions, dialogue, reconciliation.
#
# Left out BARE on purpose, because in general US news most of their hits
# are not about war (checked on the AllSides corpus, see lexicons/README.md):
# "talks" (budget and trade talks), "negotiate" (budget, contract and trade
# negotiations), "agreement" and "deal" (business), "summit", "dialogue",
# "reconciliation" (budget reconciliation in the Senate), "pull out",
# "withdraw".  Since the 2nd review these come back with CONTEXT: they count
# only in a sentence that also has a word of conflict.lex (war, troops,
# nuclear, Iran, North Korea, Taliban ...), and deals and agreements only
# when the sentence has none of peace-domestic.lex (budget, trade, plea,
# climate, impeachment).  Nuclear diplomacy (give up, curb, freeze,
# inspectors) counts beside peace-nuclear.lex.  Each such entry carries the
# share of on-topic hits in a random KWIC sample of the dev corpus
# (/work/lextools/kwicsample.sh), e.g. "=talks & conflict: 20/25".
# Round 2 brought back, each with its KWIC share in a comment below:
# "=accord"/"=accords" (exact forms, not the stem of "according") and
# "concession*" beside a conflict word; "meet" and "met" beside
# peace-adversary.lex (North Korea, Kim, the Taliban, the summit venues:
# "meet & conflict" alone was 7/16); "talks", "negotiat*" and "summit"
# also beside peace-adversary.lex or peace-sanctions.lex; the Iran deal by
# name (JCPOA, P5+1); refusals of war ("we do not seek conflict with
# Iran"); failed talks ("without a deal"); troop removals with the
# country between the words ("removing US troops").
# Still left out: "compromise", "olive branch", "diplomatic & conflict"
# (5/16) and "diplomatic* & peace-adversary" (17/25, "isolate North Korea
# diplomatically"), "engag* & peace-adversary" (17/25), "releas* &
# prisoners" (10/16) and "releas* & detain*/prisoner*/hostage* & conflict"
# (19/30: Guantanamo transfers, hostage rescues), "restraint & conflict"
# (10/16), "agree to & conflict" (13/20), "resolv* & conflict" (9/20),
# bare "solution & conflict" beyond the phrases (13/30), "=discussions &
# conflict" (about 10/25: the Russia inquiry), "no deal & conflict"
# (10/20: Brexit), "suspend* & conflict" (suspended reporters, travel
# bans), "Organisation for the Prohibition of Chemical Weapons"/"OPCW"
# (9/15 and 11/18: investigations of attacks), "=geneva" alone (8/20),
# phrases of easing tensions ("calm tensions", "defuse the situation":
# about 14/25, police and campaigns), "reconcil* & !peace-domestic"
# (about 4/20), "detente" (its stem "detent" is also that of "detention":
# a prefix is used).  Kept bare though mixed (a watch item): "envoy"
# (about 13/25: special envoys to Ukraine in the impeachment story) and
# "diplomacy" (about 9/25 of its hits with no conflict word: public
# diplomacy, cyber diplomacy; neither had a hit in the labelled dev set).
#
# Context lists of this topic (never reported): peace-domestic.lex,
# peace-forum.lex (NATO/G7/G20 summits), peace-nuclear.lex,
# peace-adversary.lex (round 2: North Korea, Kim, the Taliban and the
# summit venues Singapore, Hanoi, the DMZ), peace-sanctions.lex (round 2:
# sanctions, the lever of the nuclear talks).
#
# Read hits with care: "peace" counts wherever peace is named; a negator up
# to 8 tokens before a hit in its clause negates it ("no sign whatsoever
# that Putin is preparing for peace"), but a failed or refused deal is
# still talk about peace ("return without a deal" is negated, though the
# sentence is about nuclear talks).  Likewise "de-escalation" is tokenized
# "de escalation" and also counts once in escalation.lex.

@topic peace
@description Words for ending or calming a conflict: peace talks, ceasefires, diplomacy, mediation, agreements, troop withdrawals and de-escalation.
@language english
@source Written for framing. Informed by the CAMEO event codebook (Gerner, Schrodt et al.: 04 consult, 05 engage in diplomatic cooperation, 08 yield, incl. 0871 declare ceasefire and 0874 de-escalate military engagement) and by the peace-journalism indicators of Galtung's model as operationalised by Lee & Maslog (2005). Entries were checked against the AllSides corpus (bench/lexicon_review.py).

# --- peace itself ------------------------------------------------------------
# Exact "=peace", not the stem "peac": the review (lexicons/README.md)
# found most hits of the stem in "peaceful demonstrators/protest/march" and
# "peacefully", which are about protests, not about ending a conflict.  The
# phrases below still match "peaceful" (their first word is stemmed:
# "peace settlement" is also "peaceful settlement"), and "peaceful
# solution/resolution" are listed for that sense.
=peace
peaceful solution
peaceful resolution
peace talks
peace deal
peace agreement
peace process
peace treaty
peace plan
peace negotiations
peace conference
peace initiative
peace summit
peace accord
peace settlement
peace efforts
peace envoy
peace proposal
negotiate peace
peacekeeping
peacemaker
lay down their arms

# --- ceasefire and truce (CAMEO 0871) ---------------------------------------
ceasefire
cease-fire
truce
armistice
humanitarian pause
ceasefire talks
ceasefire negotiations
ceasefire agreement
# Round 2: cessation of hostilities 10/10 on-topic (Syria, Gaza, Yemen).
cessation of hostilities

# --- negotiation and diplomacy (CAMEO 04, 05) -------------------------------
# "talks" and "negotiate" only in phrases (budget and trade talks)
negotiating table
negotiated settlement
negotiated solution
direct talks
hold talks
diplomatic talks
nuclear talks
diplomacy
# Bare "diplomatic" (stem "diplomat": diplomatic, diplomats) removed after
# the review (lexicons/README.md): most hits were diplomats and diplomatic
# compounds and facilities (expelled, seized, attacked in Benghazi), not
# peace-making.  Phrases keep the sense of solving a conflict by diplomacy:
diplomatic solution
diplomatic track
diplomatic push
diplomatic breakthrough
diplomatic initiative
diplomatic process
diplomatic efforts
diplomatic channels
diplomatic resolution
diplomatic relations
# 9/10 on-topic ("diplomatic engagement with North Korea"); bare
# "diplomatic & conflict" only 5/16 (expelled diplomats, Benghazi post).
diplomatic engagement
# 10/11 on-topic (a diplomatic agreement with Iran, over Ukraine).
diplomatic agreement
# breakthrough & conflict: 13/16 ("diplomatic breakthrough with Iran");
# off: a breakthrough in a weapons programme, in trade.
breakthrough & conflict
normalize relations
envoy
# Bare "summit" was 9/20 on-topic in KWIC (Republican Leadership Summit,
# climate, investment summits); "summit & conflict" 19/25, the rest NATO,
# G7, G20 summits, which peace-forum.lex excludes.
summit & conflict & !peace-forum
# summit & peace-adversary & !conflict: 24/25 on-topic ("the Singapore
# summit", "the US-DPRK summit in Hanoi"; off: APEC in Hanoi).
summit & peace-adversary & !peace-forum
# Round 2: meetings of the leaders of adversaries.  meet & conflict was
# 7/16 (Trump Tower, Putin, cabinet meetings); meet & peace-adversary
# (North Korea, Kim, the Taliban, Singapore, Hanoi, the DMZ) 32/40 on-topic
# ("invitation to meet at the border", "a meeting with Kim"; off: Meet the
# Press, stopped below, meetings of the North's parliament); without a
# conflict word 19/20.  Left out: "met & peace-adversary" 28/40 even
# without passives ("Merkel and Trump met", "Xi has met Kim", "Stephen Kim
# met the legal burden").
meet & peace-adversary & !peace-forum
!meet the press
# "met" (its own stem) beside them: 28/40 on-topic ("Moon met Kim's
# sister", "Pompeo secretly met with Kim"); off: allies meeting about
# North Korea ("Merkel and Trump met", "Xi has met Kim"), other Kims.
# Passives ("would be met with force", "conditions were met") stopped.
met & peace-adversary & !peace-forum
!be met
!were met
!are met
!is met
!was met
!been met
# Bare "dialogue" 4/20 (dialogue about race, with the community);
# "dialogue & conflict" 13/20 (with Pyongyang, intra-Afghan dialogue).
dialogue & conflict
# Round 2: off-ramp & conflict 7/9 on-topic ("an off-ramp for ...
# inevitable military action"; off: "no off-ramp" from terrorism).
off-ramp & conflict
# Round 2: broker & conflict & !peace-domestic 17/20 on-topic ("trying to
# broker a ceasefire", "an Egyptian-brokered truce"; off: a broker reselling
# guns, the executive's power to broker agreements).
broker & conflict & !peace-domestic
# Round 2: Geneva talks 9/9, Geneva conference 3/3 (Syria, Iran, Ukraine);
# bare "=geneva" only 8/20 (the Geneva Conventions, UN press conferences).
geneva talks
geneva conference
# stem "mediat": mediation, mediator, mediated (not "media")
mediate
goodwill gesture
confidence-building

# --- talks, negotiations, deals and agreements between adversaries ----------
# The core words left out of earlier versions (see the header) come back
# only in a sentence that also names war, weapons or an adversary of the
# period (conflict.lex), and, for deals and agreements, none of the
# domestic words of peace-domestic.lex (budget, plea, trade, climate).
# "=talks" is exact: the stem "talk" is mostly the verb (talked about).
# =talks & conflict: 20/25 sampled hits on-topic (nuclear talks, truce
# talks, talks with the Taliban); bare "talk" about 2/25.
=talks & conflict
# Round 2 alternatives, tried after "& conflict": talks at the summits of
# the period that name no conflict word (=talks & peace-adversary &
# !conflict: 17/17 on-topic, "new talks" after Hanoi, "talks at the
# Demilitarized Zone"), and talks beside sanctions (=talks &
# peace-sanctions & !peace-domestic & !conflict: 12/14, "new sanctions in
# the event of failed talks"; off: "Warren talks often about ...").
=talks & peace-adversary
=talks & peace-sanctions & !peace-domestic
# negotiat* & conflict: 22/25 (nuclear negotiators, truce negotiations);
# the prefix takes "negotiations", whose stem "negoti" is not "negotiat".
negotiat* & conflict
# negotiat* & peace-sanctions & !peace-domestic & !conflict: 16/21 (the
# Iran negotiations and new sanctions; off: ZTE, "negotiating with a
# repressive regime", "negotiate deals with leaders").
negotiat* & peace-adversary
negotiat* & peace-sanctions & !peace-domestic
# "sit down" (and "sit-down") & conflict: 13/16 on-topic (leaders of a
# divided Korea sit down to negotiate, sit down with Kim); off: TV and
# campaign sit-downs in a sentence that names a war word.
sit down & conflict
# =deal & conflict & !peace-domestic: 21/25 (the Iran nuclear deal, a deal
# with the Taliban); off: "to deal with" (the verb), below.  Plural
# "deals" 6/25 (arms deals, real estate deals): left out.
=deal & conflict & !peace-domestic
# agreement & conflict & !peace-domestic: 17/25 (the nuclear agreement,
# arms control agreements); off: climate, extradition, "nodding in
# agreement" (stop phrase below).
agreement & conflict & !peace-domestic
# Round 2: "accord" as the exact forms (the stem "accord" is also that of
# "according"): =accord & conflict & !peace-domestic 24/25 on-topic (the
# nuclear accord, the Minsk accord; off: "of his own accord", stopped);
# =accords & conflict & !peace-domestic 19/25 (Oslo, Camp David, Dayton
# accords; off: "accords with U.S. interests", Paris climate accords).
=accord & conflict & !peace-domestic
=accords & conflict & !peace-domestic
!own accord
!accords with
# Round 2: concession* & conflict & !peace-domestic 18/20 on-topic
# ("concessions to Pyongyang", "concessions its negotiators have won";
# off: "blackmail to achieve concessions from Russia").
concession* & conflict & !peace-domestic
# Round 2: failed talks are still talks about peace, but "without" negates
# "deal": the phrases take the negator inside the hit, so it does not
# negate them.  without a deal & conflict 7/7 on-topic ("return without a
# deal", the Hanoi summit "ended without a deal").  Left out: "no deal &
# conflict" 10/20 (Brexit's "no deal", "no dealings with Russia").
without a deal & conflict
without an agreement & conflict
!to deal with
!in agreement
!trade talks
!trade negotiations
!trade deal
!trade agreement
!plea deal
!plea agreement
!budget talks
!budget negotiations
!budget deal

# --- agreements (CAMEO 05, 057 sign formal agreement) -----------------------
treaty
# NATO's full name: 25 hits on the dev corpus, none about a treaty.
!north atlantic treaty
nuclear deal
nuclear agreement
# Round 2: the Iran deal and its negotiating group by name, 100% on-topic
# in KWIC: =jcpoa 15/15, joint comprehensive plan of action 15/15, p5+1
# 15/15 (tokens "p5" "1"), p-5+1 2/2 (tokens "p" "5" "1").
=jcpoa
joint comprehensive plan of action
p5+1
p-5+1
non-aggression pact
two-state solution
political solution
national reconciliation
# reconciliation & conflict: 11/16 (Palestinian factions, Syria, the
# Afghan reconciliation envoy); bare reconcil* is mostly budget
# reconciliation in the Senate and "reconcile" in other senses.
reconciliation & conflict & !peace-domestic
# prefixes: the stem "detent" would also take "detention"
détente*
detente*
rapprochement

# --- de-escalation, withdrawal, yielding (CAMEO 08x) ------------------------
de-escalation
deescalate
defuse tensions
ease tensions
reduce tensions
troop withdrawal
withdrawal of troops
withdraw troops
withdraw forces
pull troops
# withdraw* & conflict: 21/25 on-topic (troop withdrawals from Syria and
# Afghanistan, withdrawal from the Iran deal); off: withdrawing from a race,
# an appeal.  The prefix takes "withdrew", "withdrawn" (other stems).
withdraw* & conflict
# Other words for taking troops out, only beside a conflict word:
# pullout* & conflict 15/16 on-topic; pull out & conflict 12/16 (off:
# "pull out all the stops", stopped below); drawdown & conflict 13/16;
# draw down & conflict 12/16 (off: oil imports, campaign money).
pullout* & conflict
pull out & conflict
!pull out all the stops
drawdown & conflict
draw down & conflict
# remov* troops 12/12 on-topic; troops home 16/16 ("bring the troops
# home", "get American troops home").
remov* troops
troops home
# Round 2: the same with the troops' country between the words (30/30 of
# the set on-topic: "removing US troops" from Syria, "pulling U.S. troops
# out of northern Syria"; one "remove U.S. troops from Germany").
# "U.S." is tokenized "u" "s".
remov* u s troops
remov* =us troops
remov* american troops
remov* all troops
remov* our troops
remov* its troops
remov* all u s troops
remov* all american troops
pull u s troops
pull =us troops
pull american troops
pull our troops
pull all troops
prisoner exchange
prisoner swap
end the war
end to the war
end the conflict
end the fighting
!end the war on drugs
# Round 2: more ways to call for an end to fighting; the set was 25/30
# on-topic.  Those with domestic uses ("an end to the violence, the arson
# and the riots", "stop the killing" of protesters) only beside a conflict
# word.
end to the fighting
stop the fighting
halt the fighting
end the bloodshed
end to the bloodshed
end hostilities
end to hostilities
end the violence & conflict
end to the violence & conflict
stop the violence & conflict
stop the bloodshed
# reduction in violence & conflict: 4/5 on-topic (the Taliban's seven-day
# "reduction in violence" before the Doha deal; off: the Iraq surge).
reduction in violence & conflict
# Round 2: diplomacy as the alternative to force, said as refusing war:
# "we do not seek conflict with Iran", "the US does not want war"; 25/27
# on-topic (off: "not seek confrontation" in a trade war, left out).  The
# negator is inside the hit, so it does not negate it.
not seek* war
not seek* a war
not seek* conflict
not seek* a conflict
not want* war
not want* a war
not want* conflict
not want* a conflict
don't want* war
don't want* a war
doesn't want* war
doesn't want* a war
no desire for war
not looking for war
no interest in war
# Diplomacy as the alternative to war: avoid* war 10/12 on-topic (off:
# "the best way to avoid war is to prepare for it"); "prevent war" only
# in exact forms, since the stem "prevent" also takes "preventive war"
# (6/16 of the stem's hits): the exact forms 10/10.
avoid* war
=prevent war
=preventing war

# --- arms control -------------------------------------------------------------
# Nuclear diplomacy without the word "talks": the terms of a deal, what a
# country gives up, limits, freezes, verification, sanctions relief.  Only
# in a sentence about a nuclear programme (peace-nuclear.lex).  KWIC
# on-topic shares: give up 15/16, dismantl* 14/16, curb* 15/16, freez*
# 13/16 (also the 1980s nuclear freeze movement, a disarmament campaign),
# halt 15/16, limit* 15/16, reduction* 12/16, verif* 16/16, inspector*
# 16/16, sanctions relief 14/16.  Left out:
# eliminat* (9/16: the Senate's "nuclear option" eliminates the filibuster).
give up & peace-nuclear
dismantl* & peace-nuclear
curb* & peace-nuclear
freez* & peace-nuclear
halt & peace-nuclear
limit* & peace-nuclear
reduction* & peace-nuclear
verif* & peace-nuclear
inspector* & peace-nuclear
# Round 2: inspection* & peace-nuclear 25/25 on-topic ("intrusive
# inspections", "open its nuclear sites to closer international
# inspection"); international monitor* 6/7 (of Iran's programme, Syria's
# chemical weapons, OSCE monitors in Ukraine; off: monitors who "blame
# small, isolated groups").  Bare "monitor* & peace-nuclear" only 13/20
# (seismic monitors of nuclear tests, 38 North).
inspection* & peace-nuclear
international monitor*
# The bargain of a deal or a prisoner exchange, beside a conflict word
# (not only nuclear: troops withdraw "in exchange for" assurances, five
# Taliban detainees): in exchange for 16/20 on-topic, in return for 15/20;
# off: aid to Ukraine "in exchange for" investigations (impeachment words
# are in peace-domestic.lex, but not every such sentence names them).
in exchange for & conflict & !peace-domestic
in return for & conflict & !peace-domestic
sanctions relief
# Round 2: security guarantees & conflict, 17/20 of the bare phrase
# on-topic (for North Korea, for the Taliban's pledge; off: "America's
# security guarantees" to allies, stopped by nothing; mortgage "securities
# guaranteed", which "& conflict" keeps out).
=security guarantee* & conflict
arms control
disarmament
denuclearization
# British spelling: stem "denuclearis" (denuclearisation, denuclearise),
# not "denuclear"; 15/15 of denucleari* on-topic.
denuclearisation
nonproliferation
non-proliferation
