# peace-nuclear.lex - a context list for peace.lex: the words of a nuclear
# programme.  Verbs of giving up, limiting and verifying ("give up",
# "dismantle", "curb", "inspectors") stand for nuclear diplomacy (the
# GUIDELINES' "negotiations ... about a conflict or its weapons") when the
# sentence is about a nuclear programme.  Used as "& peace-nuclear".
# Never reported.

@context peace-nuclear
@description Nuclear programmes: nuclear, uranium, enrichment, centrifuges, plutonium, warheads.
@language english

nuclear
uranium
enrich*
centrifuge*
plutonium
warhead*
atomic
