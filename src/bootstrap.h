/* bootstrap.h - the percentile bootstrap of a group's rates and balance
 * logits (framing-report(5), STATISTICS, "The bootstrap").  Its random
 * numbers and quantiles are declared in profile.h. */
#ifndef FRAMING_BOOTSTRAP_H
#define FRAMING_BOOTSTRAP_H

#include "profile.h"

G_BEGIN_DECLS

/* The 95% percentile bootstrap intervals of GROUP's per_1k per topic and
 * of its balance logits, over its units (group->units, or its sample rows
 * when every article is a unit), in canonical order; NAN with no
 * resamples or fewer than two units. */
void bootstrap_group (const Profile *profile, ProfileGroup *group);

G_END_DECLS

#endif /* FRAMING_BOOTSTRAP_H */
