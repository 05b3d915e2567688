# peace-adversary.lex - a context list for peace.lex: the adversaries whose
# leaders met face to face in the period (North Korea and the United States
# or South Korea; the Taliban), and the places of their summits.  "Meet",
# "met" and "summit" beside them are summits between adversaries about a
# conflict or its weapons (the GUIDELINES' "nuclear talks with North
# Korea"), while beside the wider conflict.lex they are mostly other
# meetings ("meet & conflict" 7/16: Trump Tower, Putin, G-7, cabinet
# meetings).  Singapore and Hanoi also give "talks" and "summit" with no
# conflict word ("the Singapore summit", "new talks" after Hanoi).  Iran's
# leaders are left out: "meet & Iran/Rouhani/Zarif" was 13/30 on-topic
# (meetings ABOUT Iran, Netanyahu, cabinet meetings).  Used as
# "& peace-adversary".  Never reported.

@context peace-adversary
@description The adversaries of the period's summits (North Korea, the Taliban) and the places they met.
@language english

north korea*
pyongyang
=dprk
=kim
!kim davis
!kim kardashian
!kim reynolds
inter-korean
two koreas
=taliban
=singapore
=hanoi
=dmz
demilitarized zone
panmunjom
