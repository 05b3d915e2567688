# peace
@topic peace
@description Talks and truces
@language english
@source hand-made
ceasefire
peace talks | 2
no-fly zone
escalat* | 0.5
=kiev
C# war # note
