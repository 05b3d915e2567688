# aid-politics.lex - a context list for aid.lex (never reported): words of
# electoral and party politics.  "backer" means a political backer in such
# a sentence (campaign backers, Republican backers of a bill), not a
# foreign power behind a side in a war.
@context aid-politics
@description Electoral and party politics: parties, campaigns, primaries, votes.
@language english

republican*
democrat*
=gop
primary
primaries
voters
votes
campaign
candidate*
election*
party
