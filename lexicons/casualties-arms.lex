# casualties-arms.lex - a context list for casualties.lex: weapons
# stockpiles and disarmament.  "destruction" beside them is the destruction
# of weapons ("requires destruction of all chemical weapons", "weapons of
# mass destruction"), not of homes or lives, so "=destruction" counts only
# with none of these in the sentence.  Never reported itself.

@context casualties-arms
@description Weapons, stockpiles and disarmament: the sense of "destruction" that is not harm.
@language english

weapon*
arsenal*
stockpile*
disarm*
dismantl*
inspector*
chemical
tunnels
