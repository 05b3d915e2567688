/* reportmodel-private.h - what reportmodel.c and reportmodel-pairs.c
 * share and no other module sees.
 */
#ifndef FRAMING_REPORTMODEL_PRIVATE_H
#define FRAMING_REPORTMODEL_PRIVATE_H

#include "fmt.h"
#include "reportmodel.h"

G_BEGIN_DECLS

/* V formatted with DECIMALS decimals (fmt_fixed ()), newly allocated. */
static inline char *
report_fixed (double v, int decimals, gboolean sign)
{
  char b[G_ASCII_DTOSTR_BUF_SIZE];
  return g_strdup (fmt_fixed (b, v, decimals, sign));
}

/* The part on the ratios between the groups of P (NULL when there is
 * none to show, nor tables when FEW says every group is a handful of
 * articles: the report then describes the articles, and a ratio without
 * interval would say no more than the rates): the tables of PAIRS for up
 * to REPORT_PAIRS_MAX groups, else where to find them. */
ReportPairs *report_pairs_part (const Profile *p, const Pairs *pairs,
                                PhraseFew few);

/* Free PART of a model of N_TOPICS topics; NULL is a no-op. */
void report_pairs_part_free (ReportPairs *part, guint n_topics);

G_END_DECLS

#endif /* FRAMING_REPORTMODEL_PRIVATE_H */
