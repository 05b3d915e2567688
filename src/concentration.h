/* concentration.h - how much of a group's hits of a topic come from a
 * few of its articles, or from one of its clusters (framing-report(5),
 * profiles.csv: top5_share, top_cluster_share, top_cluster).
 *
 * A pooled rate can rest on one story or one outlet: these say when.
 * They describe, they test nothing.
 */
#ifndef FRAMING_CONCENTRATION_H
#define FRAMING_CONCENTRATION_H

#include <glib.h>

#include "profile.h"

G_BEGIN_DECLS

#define CONCENTRATION_TOP 5 /* the articles of top5_share */

/* Per topic of GROUP (sample rows and keys in canonical order, clusters
 * numbered by rank, weighted summed): top5_share, top_articles,
 * top_cluster_share and top_cluster, the cluster named from NAMES (by
 * rank; borrowed, and so are the names given to the topics). */
void concentration_group (ProfileGroup *group, guint n_topics,
                          char *const *names);

G_END_DECLS

#endif /* FRAMING_CONCENTRATION_H */
