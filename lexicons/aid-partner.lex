# aid-partner.lex - a context list for aid.lex (never reported): forces that
# other states train, arm and advise in the period's conflicts, so that
# "train" counts as military help ("train Iraqi forces", "training for
# moderate rebels").  Place names only as context, never as entries.
@context aid-partner
@description Forces and sides helped by others: Iraqi, Afghan, Syrian, Kurdish, Ukrainian forces, rebels, opposition, local and partner forces; Assad, separatists, Hezbollah, Houthis, militias, proxies.
@language english

iraqi*
afghan*
syrian*
kurd*
peshmerga
ukrainian*
libyan*
yemeni*
malian
nigerian
somali*
rebel*
opposition
security forces
local forces
partner forces
# --- round 2: sides that outside powers arm, fund and prop up ------------------
# Added so that giving words ("prop up", "backer", "support for", "assist",
# "equip") can take a recipient; "train & aid-partner" re-checked with them:
# 26/30 (see aid.lex).  "insurgen*" also takes "a conservative insurgent"
# in a primary: the entries that need it also take "& !aid-politics".
assad
separatist*
hezbollah
houthi*
proxies
militia*
insurgen*
=ypg
=sdf
contras
mujahideen
