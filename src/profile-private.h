/* profile-private.h - what profile.c and profile-terms.c share and no
 * other module sees.
 */
#ifndef FRAMING_PROFILE_PRIVATE_H
#define FRAMING_PROFILE_PRIVATE_H

#include "profile.h"

G_BEGIN_DECLS

/* Each group's rows of terms (every entry hit in some group, or beyond
 * PROFILE_ALL_PAIRS groups those hit in the group) with their hits,
 * weighted hits and rates; then each row's p against the rest
 * (termtest.h), its articles and clusters with hits, and the p adjusted
 * across the rows with a p of every group that is not few
 * (profile_group_few ()): as for the topics, the family adjusted is the
 * one the outputs show.  The z of the rows is left to profile.c.  The
 * groups must be sorted and their clusters ranked. */
void profile_terms_finish (Profile *profile);

G_END_DECLS

#endif /* FRAMING_PROFILE_PRIVATE_H */
