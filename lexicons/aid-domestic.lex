# aid-domestic.lex - a context list for aid.lex (never reported): words of
# domestic programmes and budget politics.  "=aid & !aid-domestic" drops
# "aid" in a sentence that names them: student and college aid, farm aid,
# unemployment aid, stimulus and pandemic business aid, aid to the states.
# GUIDELINES: domestic welfare, tax programmes and budget politics are not
# the aid frame.  With this list and the stop phrases of aid.lex, 33 of 40
# sampled "aid" hits carry the frame (55% without).
@context aid-domestic
@description Domestic programmes and budget politics: students, farms, jobless benefits, stimulus, taxes, loans, aid to states and cities.
@language english

# --- education ----------------------------------------------------------------
student*
college*
tuition
school*
# --- farms, jobs and welfare --------------------------------------------------
farm*
unemploy*
jobless
welfare
medicaid
food stamps
# --- stimulus and business rescue ---------------------------------------------
stimulus
tax
taxes
small business*
airline*
=ppp
paycheck protection
cares act
loan*
mortgage*
=rent
homeowner*
# --- aid to the states (budget fights, not disaster help) ---------------------
=states
# Round 2: "the United States" is not aid to the states; without this stop
# phrase "=states" dropped foreign aid from the United States ("cut off its
# $1.3 billion in aid to Egypt").
!united states
state and local
cities
