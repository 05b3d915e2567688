# casualties-illness.lex - a context list for casualties.lex: illness and
# medical words.  GUIDELINES: "deaths from an epidemic are illness, not
# casualties", nor deaths from ordinary illness or old age, so death words
# beside these ("died of cancer", "Covid deaths", "deadly virus") do not
# count ("died & !casualties-illness").  Never reported itself.

@context casualties-illness
@description Illness, epidemics and medical causes of death.
@language english

virus
viral
coronavirus
covid*
=sars
pandemic*
epidemic*
outbreak*
ebola
measles
flu
influenza
infect*
disease*
illness*
cancer*
tumor*
heart attack
heart failure
stroke
overdos*
opioid*
fentanyl
heroin
natural causes
old age
obituar*
hospice
asthma
