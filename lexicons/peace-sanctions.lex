# peace-sanctions.lex - a context list for peace.lex: sanctions, the
# lever of the nuclear talks with Iran and North Korea.  "Talks" and
# "negotiations" beside sanctions and no conflict word are mostly those
# talks ("new sanctions in the event of failed talks", "tough negotiations
# ... on how and when to lift sanctions"); trade and business talks are
# kept out by "& !peace-domestic".  Used as "& peace-sanctions".  Never
# reported.

@context peace-sanctions
@description Sanctions, the lever of nuclear and other talks between adversaries.
@language english

sanction*
