# peace-domestic.lex - a context list for peace.lex: words of domestic
# politics, law and business.  A core word of diplomacy ("deal",
# "agreement") that stands beside one of them is far more often a budget,
# trade, plea or business deal than a deal that ends or contains a
# conflict, even when the sentence also names a conflict word ("a plea
# deal in the Russia inquiry", "a spending deal with more money for the
# military").  Used as "& !peace-domestic".  Never reported.

@context peace-domestic
@description Domestic politics, law and business: budgets, taxes, trade, courts, impeachment, climate.
@language english

# --- budgets, economy, trade ------------------------------------------------
budget*
spending
deficit*
tax
taxes
shutdown
debt ceiling
appropriations
trade
tariff*
# --- courts and domestic policy ---------------------------------------------
plea
prosecutor*
immigration
daca
medicaid
obamacare
health care
infrastructure
business
contract
# --- other non-war agreements (KWIC of "agreement & conflict": Paris
# climate agreement, extradition agreements) ---------------------------------
climate
paris agreement
extradition
# --- the Ukraine impeachment story: aid "in exchange for" investigations,
# not a peace deal, though the sentence names Ukraine ------------------------
impeach*
whistleblower
quid pro quo
# --- Senate procedure ("budget reconciliation", "nuclear option") ----------
filibuster
senate reconciliation
