framing stem Running attacks Russia’s OFFENSIVES ﬁnancial
