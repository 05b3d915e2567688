/* headlines.c - the articles a comparison read, for its reports: the
 * first few of each group and the span of their dates; see headlines.h. */
#include "headlines.h"

#include <string.h>

struct _Headlines {
  guint per_group;
  GHashTable *groups;     /* group name -> GPtrArray of Headline*, sorted */
  gboolean dated;         /* some article had a readable date */
  SelectionDate first, last;
  guint undated;
};

/* Free a Headline. */
static void
headline_free (gpointer data)
{
  Headline *hl = data;
  g_free (hl->id);
  g_free (hl->title);
  g_free (hl->date);
  g_free (hl->cluster);
  g_free (hl);
}

Headlines *
headlines_new (guint per_group)
{
  Headlines *h = g_new0 (Headlines, 1);
  h->per_group = MAX (per_group, 1);
  h->groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify) g_ptr_array_unref);
  return h;
}

void
headlines_free (Headlines *h)
{
  if (h == NULL)
    return;
  g_hash_table_unref (h->groups);
  g_free (h);
}

/* The order of the tables: by id (bytes), then input order. */
static gint
headline_compare (const Headline *a, const Headline *b)
{
  int c = strcmp (a->id, b->id);
  if (c != 0)
    return c;
  return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* The order of dates A and B. */
static gint
date_compare (const SelectionDate *a, const SelectionDate *b)
{
  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;
  if (a->month != b->month)
    return a->month < b->month ? -1 : 1;
  return a->day < b->day ? -1 : a->day > b->day;
}

/* Widen the span of H by the date field DATE of an article. */
static void
note_date (Headlines *h, const char *date)
{
  SelectionDate d;
  if (date == NULL || !selection_parse_date (date, &d))
    {
      h->undated++;
      return;
    }
  if (!h->dated || date_compare (&d, &h->first) < 0)
    h->first = d;
  if (!h->dated || date_compare (&d, &h->last) > 0)
    h->last = d;
  h->dated = TRUE;
}

void
headlines_add (Headlines *h, const ArticleScore *score)
{
  g_return_if_fail (h != NULL && score != NULL);
  note_date (h, score->date);
  GPtrArray *kept = g_hash_table_lookup (h->groups, score->group);
  if (kept == NULL)
    {
      kept = g_ptr_array_new_with_free_func (headline_free);
      g_hash_table_insert (h->groups, g_strdup (score->group), kept);
    }
  Headline probe = { .id = score->id, .seq = score->seq };
  guint at = kept->len;
  while (at > 0 && headline_compare (&probe,
                                     g_ptr_array_index (kept, at - 1)) < 0)
    at--;
  /* Only the first PER_GROUP in table order are kept. */
  if (at >= h->per_group)
    return;
  Headline *hl = g_new0 (Headline, 1);
  hl->id = g_strdup (score->id);
  hl->title = g_strdup (score->title != NULL ? score->title : "");
  hl->date = g_strdup (score->date != NULL ? score->date : "");
  hl->cluster = g_strdup (score->cluster);
  hl->seq = score->seq;
  g_ptr_array_insert (kept, (gint) at, hl);
  if (kept->len > h->per_group)
    g_ptr_array_remove_index (kept, kept->len - 1);
}

const GPtrArray *
headlines_group (const Headlines *h, const char *group)
{
  g_return_val_if_fail (h != NULL && group != NULL, NULL);
  return g_hash_table_lookup (h->groups, group);
}

gboolean
headlines_span (const Headlines *h, SelectionDate *first,
                SelectionDate *last, guint *undated)
{
  g_return_val_if_fail (h != NULL, FALSE);
  if (undated != NULL)
    *undated = h->undated;
  if (h->dated)
    {
      *first = h->first;
      *last = h->last;
    }
  return h->dated;
}

guint
headlines_days (const SelectionDate *first, const SelectionDate *last)
{
  GDate a, b;
  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_dmy (&a, (GDateDay) first->day, (GDateMonth) first->month,
                  (GDateYear) first->year);
  g_date_set_dmy (&b, (GDateDay) last->day, (GDateMonth) last->month,
                  (GDateYear) last->year);
  gint days = g_date_days_between (&a, &b);
  return days > 0 ? (guint) days : 0;
}
