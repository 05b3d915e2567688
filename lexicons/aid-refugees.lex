# aid-refugees.lex - a context list for aid.lex (never reported): a sentence
# about refugees or asylum seekers, so that "admit", "accept" and "take in"
# mean letting refugees in (GUIDELINES ruling on refugees).
@context aid-refugees
@description Refugees and asylum seekers.
@language english

refugee*
asylum seekers
