@topic t
attack & c
!heart attack
!attack ad*
the attack & !c
the attack & c
peace
negotiat* & c | 2
