# peace-forum.lex - a context list for peace.lex: the routine gatherings of
# allies and of the world economy.  A "summit" beside one of them is a NATO,
# G7 or G20 meeting of friends about spending, trade or climate, even when
# the sentence names Russia or the military ("NATO summit ... hold Russia
# in check"), not a meeting of adversaries about a conflict.  Used as
# "summit & conflict & !peace-forum".  Never reported.

@context peace-forum
@description Routine summits of allies and of the world economy: NATO, G7, G20, ASEAN, APEC, climate.
@language english

=nato
g20
g-20
g7
g-7
g8
g-8
=asean
=apec
climate
davos
