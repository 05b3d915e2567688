/* reportmodel-pairs.c - the report model's part on the ratios between
 * groups (pairs.c): a table per topic for up to REPORT_PAIRS_MAX groups,
 * else where to find them.
 *
 * Split from reportmodel.c, which builds the rest of the model.
 */
#include <math.h>

#include "fmt.h"
#include "reportmodel-private.h"

/* The headings of a table of ratios, in ReportPairColumn order. */
static const char *const pair_column_titles[REPORT_N_PAIR_COLUMNS] = {
  "Group A", "Group B", "Ratio", "95% interval", "Difference",
};

/* The heading of column C of a table of ratios. */
const char *
report_pair_column_title (ReportPairColumn c)
{
  g_return_val_if_fail (c < REPORT_N_PAIR_COLUMNS, NULL);
  return pair_column_titles[c];
}

/* The decimals of topic T's table of ratios in PAIRS: two significant
 * digits of its smallest ratio or bound above 0, between 0 and 4
 * decimals; 2 when there is none. */
static int
pair_decimals (const Pairs *pairs, guint t)
{
  double least = INFINITY;
  for (guint k = 0; k < pairs->n_pairs; k++)
    {
      const PairsTopic *pt = &pairs->pairs[k].topics[t];
      const double v[3] = { pt->ratio, pt->ratio_low, pt->ratio_high };
      for (guint i = 0; i < 3; i++)
        if (isfinite (v[i]) && v[i] > 0 && v[i] < least)
          least = v[i];
    }
  if (!isfinite (least))
    return 2;
  const int decimals = 1 - (int) floor (log10 (least));
  return CLAMP (decimals, 0, 4);
}

/* Free a ReportPairRow. */
static void
pair_row_free (gpointer data)
{
  ReportPairRow *row = data;
  g_free (row->a);
  g_free (row->b);
  g_free (row->ratio);
  g_free (row->low);
  g_free (row->high);
  g_free (row->difference);
  g_free (row);
}

/* PAIR's row of topic T, its ratios with DECIMALS decimals. */
static ReportPairRow *
pair_row (const Pairs *pairs, const PairsPair *pair, guint t, int decimals)
{
  const PairsTopic *pt = &pair->topics[t];
  ReportPairRow *row = g_new0 (ReportPairRow, 1);
  row->a = fmt_clean_text (profile_group_at (pairs->profile, pair->a)->name);
  row->b = fmt_clean_text (profile_group_at (pairs->profile, pair->b)->name);
  /* a handful of articles has no interval (profile_group_few ()) */
  const gboolean few = profile_group_few (profile_group_at (pairs->profile, pair->a))
    || profile_group_few (profile_group_at (pairs->profile, pair->b));
  if (isfinite (pt->ratio))
    {
      row->ratio = report_fixed (pt->ratio, decimals, FALSE);
      if (!few && isfinite (pt->ratio_low))
        row->low = report_fixed (pt->ratio_low, decimals, FALSE);
      if (row->low != NULL && isfinite (pt->ratio_high))
        row->high = report_fixed (pt->ratio_high, decimals, FALSE);
    }
  row->difference = report_fixed (pt->difference, 1, TRUE);
  return row;
}

ReportPairs *
report_pairs_part (const Profile *p, const Pairs *pairs, PhraseFew few)
{
  const guint ng = profile_n_groups (p), nt = profile_n_topics (p);
  if (ng < 2 || (ng <= REPORT_PAIRS_MAX
                 && (pairs == NULL || few == PHRASE_FEW_ALL)))
    return NULL;
  ReportPairs *part = g_new0 (ReportPairs, 1);
  if (ng > REPORT_PAIRS_MAX)
    {
      part->elsewhere = phrase_pairs_elsewhere (ng, PAIRS_MAX_GROUPS);
      return part;
    }
  part->rows = g_new0 (GPtrArray *, MAX (nt, 1));
  for (guint t = 0; t < nt; t++)
    {
      const int decimals = pair_decimals (pairs, t);
      part->rows[t] = g_ptr_array_new_with_free_func (pair_row_free);
      for (guint k = 0; k < pairs->n_pairs; k++)
        g_ptr_array_add (part->rows[t], pair_row (pairs, &pairs->pairs[k], t,
                                                  decimals));
    }
  return part;
}

void
report_pairs_part_free (ReportPairs *part, guint n_topics)
{
  if (part == NULL)
    return;
  for (guint t = 0; part->rows != NULL && t < n_topics; t++)
    g_ptr_array_unref (part->rows[t]);
  g_free (part->rows);
  g_free (part->elsewhere);
  g_free (part);
}

