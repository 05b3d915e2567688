/* tables.c - the five CSV tables of a comparison; see tables.h. */
#include "tables.h"

#include <math.h>
#include <string.h>

#include "csv.h"
#include "framing.h"
#include "score.h"

const char *const tables_names[] = {
  "articles", "profiles", "terms", "distances", "balance", NULL
};

static const char *const articles_columns[] = {
  "id", "group", "title", "date", "tokens", "lexicon", "hits", "negated",
  "weighted", "per_1k", NULL
};
static const char *const profiles_columns[] = {
  "group", "topic", "articles", "tokens", "hits", "negated", "weighted",
  "per_1k", "share", "present", "ci_low", "ci_high", "z", "mean_per_1k",
  "p", "p_adj", NULL
};
static const char *const terms_columns[] = {
  "group", "topic", "entry", "hits", "per_1k", "z", NULL
};
static const char *const distances_columns[] = {
  "group_a", "group_b", "jsd", NULL
};
static const char *const balance_columns[] = {
  "group", "a", "b", "logit", "ci_low", "ci_high", NULL
};

gboolean
tables_known (const char *name)
{
  for (const char *const *n = tables_names; *n != NULL; n++)
    if (strcmp (*n, name) == 0)
      return TRUE;
  return FALSE;
}

/* The name of topic T. */
static const char *
topic_name (const FramingLexicon *lexicon, guint t)
{
  return ((const LexTopic *) g_ptr_array_index (lexicon->topics, t))->name;
}

gboolean
tables_fixed_column (const char *name)
{
  for (const char *const *c = articles_columns; *c != NULL; c++)
    if (strcmp (*c, name) == 0)
      return TRUE;
  return FALSE;
}

/* Sets ERROR for the bad --keep SPEC: WHY, and *ALL to FALSE; returns
 * NULL. */
static char **
bad_keep (const char *spec, const char *why, gboolean *all, GError **error)
{
  *all = FALSE;
  g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_USAGE,
               "bad value for --keep: '%s' (%s)", spec, why);
  return NULL;
}

char **
tables_parse_keep (const char *const *specs, gboolean *all, GError **error)
{
  *all = FALSE;
  g_autoptr (GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  for (const char *const *spec = specs; spec != NULL && *spec != NULL; spec++)
    {
      g_auto (GStrv) names = g_strsplit (*spec, ",", -1);
      if (names[0] == NULL)
        return bad_keep (*spec, "field names separated by commas, or all",
                         all, error);
      for (char **n = names; *n != NULL; n++)
        {
          g_autofree char *name = g_ascii_strdown (g_strstrip (*n), -1);
          if (*name == '\0')
            return bad_keep (*spec, "field names separated by commas, or all",
                             all, error);
          if (tables_fixed_column (name))
            return bad_keep (*spec, "the articles table has that column "
                             "already", all, error);
          if (strcmp (name, "all") == 0)
            *all = TRUE;
          else if (!g_ptr_array_find_with_equal_func (fields, name, g_str_equal,
                                                      NULL))
            g_ptr_array_add (fields, g_steal_pointer (&name));
        }
    }
  if (*all && fields->len > 0)
    return bad_keep ("all", "all keeps every field: name no other", all, error);
  if (*all)
    return NULL;
  g_ptr_array_add (fields, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&fields), FALSE);
}

/* Append the cells of the kept fields, each after a comma. */
static void
append_kept (GString *out, const TablesLayout *layout, const char *const *kept)
{
  for (guint k = 0; layout != NULL && layout->keep != NULL
                    && layout->keep[k] != NULL; k++)
    {
      g_string_append_c (out, ',');
      csv_append_cell (out, kept != NULL && kept[k] != NULL ? kept[k] : "");
    }
}

/* Append the cells of S that begin every row: id to tokens. */
static void
append_article (GString *out, const ArticleScore *s)
{
  csv_append_cell (out, s->id);
  g_string_append_c (out, ',');
  csv_append_cell (out, s->group);
  g_string_append_c (out, ',');
  csv_append_cell (out, s->title);
  g_string_append_c (out, ',');
  csv_append_cell (out, s->date);
  g_string_append_printf (out, ",%u", s->tokens);
}

/* Append the hits, negated, weighted and per_1k cells of C (S's counts
 * of one topic), each after a comma. */
static void
append_counts (GString *out, const ArticleScore *s, const ScoreCount *c)
{
  g_string_append_printf (out, ",%u,%u,", c->hits, c->negated);
  csv_append_number (out, c->weighted);
  g_string_append_c (out, ',');
  csv_append_number (out, score_per_1k (c->weighted, s->tokens));
}

void
tables_article_rows (GString *out, const ArticleScore *s,
                     const FramingLexicon *lexicon, const TablesLayout *layout,
                     const char *const *kept)
{
  if (layout != NULL && layout->wide)
    {
      append_article (out, s);
      for (guint t = 0; t < s->n_topics; t++)
        append_counts (out, s, &s->topics[t]);
      append_kept (out, layout, kept);
      g_string_append_c (out, '\n');
      return;
    }
  for (guint t = 0; t < s->n_topics; t++)
    {
      append_article (out, s);
      g_string_append_c (out, ',');
      csv_append_cell (out, topic_name (lexicon, t));
      append_counts (out, s, &s->topics[t]);
      append_kept (out, layout, kept);
      g_string_append_c (out, '\n');
    }
}

void
tables_article_key (GString *key, const ArticleScore *score)
{
  g_string_truncate (key, 0);
  g_string_append_len (key, score->group, (gssize) strlen (score->group) + 1);
  g_string_append_len (key, score->id, (gssize) strlen (score->id) + 1);
  for (int shift = 56; shift >= 0; shift -= 8)
    g_string_append_c (key, (char) (guchar) (score->seq >> shift));
}

/* The header of the articles table laid out by LAYOUT, for LEXICON's
 * topics. */
static void
articles_header (CsvWriter *w, const FramingLexicon *lexicon,
                 const TablesLayout *layout)
{
  gboolean wide = layout != NULL && layout->wide;
  for (const char *const *c = articles_columns; *c != NULL; c++)
    {
      if (wide && strcmp (*c, "lexicon") == 0)
        break;
      csv_text (w, *c);
    }
  static const char *const per_topic[] = { "hits", "negated", "weighted",
                                           "per_1k", NULL };
  for (guint t = 0; wide && t < lexicon->topics->len; t++)
    for (const char *const *c = per_topic; *c != NULL; c++)
      {
        g_autofree char *name = g_strconcat (*c, "_", topic_name (lexicon, t),
                                             NULL);
        csv_text (w, name);
      }
  for (guint k = 0; layout != NULL && layout->keep != NULL
                    && layout->keep[k] != NULL; k++)
    csv_text (w, layout->keep[k]);
  csv_end_row (w);
}

/* The header, then the rows of ARTICLES in table order.  FALSE and
 * ERROR when a write failed or the rows cannot be read back. */
static gboolean
write_articles (CsvWriter *w, Spill *articles, const FramingLexicon *lexicon,
                const TablesLayout *layout, GError **error)
{
  articles_header (w, lexicon, layout);
  if (!csv_writer_flush (w, error))
    return FALSE;
  return articles == NULL || spill_write (articles, w->out, error);
}

/* One row per group and topic. */
static void
write_profiles (CsvWriter *w, const Profile *p)
{
  csv_header (w, profiles_columns);
  guint n_topics = p->lexicon->topics->len;
  for (guint g = 0; g < p->groups->len; g++)
    {
      const ProfileGroup *group = g_ptr_array_index (p->groups, g);
      /* A handful of articles gets no interval and no p: the cells are
       * empty (framing-report(5), A HANDFUL OF ARTICLES). */
      const gboolean few = profile_group_few (group);
      for (guint t = 0; t < n_topics; t++)
        {
          const ProfileTopic *pt = &group->topics[t];
          csv_text (w, group->name);
          csv_text (w, topic_name (p->lexicon, t));
          csv_uint (w, group->articles);
          csv_uint (w, group->tokens);
          csv_uint (w, pt->hits);
          csv_uint (w, pt->negated);
          csv_number (w, pt->weighted);
          csv_number (w, pt->per_1k);
          csv_number (w, pt->share);
          csv_number (w, pt->present);
          csv_number (w, few ? NAN : pt->ci_low);
          csv_number (w, few ? NAN : pt->ci_high);
          csv_number (w, pt->z);
          csv_number (w, pt->mean_per_1k);
          csv_number (w, few ? NAN : pt->p);
          csv_number (w, few ? NAN : pt->p_adj);
          csv_end_row (w);
        }
    }
}

/* Whether entry E of topic T was hit in any group. */
static gboolean
entry_used (const Profile *p, guint t, guint e)
{
  for (guint g = 0; g < p->groups->len; g++)
    {
      const ProfileGroup *group = g_ptr_array_index (p->groups, g);
      if (group->terms[t][e].hits > 0)
        return TRUE;
    }
  return FALSE;
}

/* One row per group, topic and entry hit anywhere in the corpus. */
static void
write_terms (CsvWriter *w, const Profile *p)
{
  csv_header (w, terms_columns);
  guint n_topics = p->lexicon->topics->len;
  g_autoptr (GPtrArray) used = g_ptr_array_new_with_free_func (g_free);
  for (guint t = 0; t < n_topics; t++)
    {
      const LexTopic *topic = g_ptr_array_index (p->lexicon->topics, t);
      gboolean *u = g_new0 (gboolean, topic->entries->len + 1);
      for (guint e = 0; e < topic->entries->len; e++)
        u[e] = entry_used (p, t, e);
      g_ptr_array_add (used, u);
    }
  for (guint g = 0; g < p->groups->len; g++)
    {
      const ProfileGroup *group = g_ptr_array_index (p->groups, g);
      for (guint t = 0; t < n_topics; t++)
        {
          const LexTopic *topic = g_ptr_array_index (p->lexicon->topics, t);
          const gboolean *u = g_ptr_array_index (used, t);
          for (guint e = 0; e < topic->entries->len; e++)
            {
              if (!u[e])
                continue;
              const LexEntry *entry = g_ptr_array_index (topic->entries, e);
              const ProfileTerm *term = &group->terms[t][e];
              csv_text (w, group->name);
              csv_text (w, topic->name);
              csv_text (w, entry->spelling);
              csv_uint (w, term->hits);
              csv_number (w, term->per_1k);
              csv_number (w, term->z);
              csv_end_row (w);
            }
        }
    }
}

/* One row per pair of groups, the first before the second. */
static void
write_distances (CsvWriter *w, const Profile *p)
{
  csv_header (w, distances_columns);
  guint n = p->groups->len;
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        csv_text (w, ((const ProfileGroup *) g_ptr_array_index (p->groups, i))->name);
        csv_text (w, ((const ProfileGroup *) g_ptr_array_index (p->groups, j))->name);
        csv_number (w, p->jsd[i * n + j]);
        csv_end_row (w);
      }
}

/* One row per group and balance pair. */
static void
write_balance (CsvWriter *w, const Profile *p)
{
  csv_header (w, balance_columns);
  for (guint g = 0; g < p->groups->len; g++)
    {
      const ProfileGroup *group = g_ptr_array_index (p->groups, g);
      for (guint b = 0; b < p->opts.n_balance; b++)
        {
          const ProfileBalance *bal = &group->balance[b];
          csv_text (w, group->name);
          csv_text (w, topic_name (p->lexicon, p->opts.balance[b].a));
          csv_text (w, topic_name (p->lexicon, p->opts.balance[b].b));
          csv_number (w, bal->logit);
          csv_number (w, profile_group_few (group) ? NAN : bal->ci_low);
          csv_number (w, profile_group_few (group) ? NAN : bal->ci_high);
          csv_end_row (w);
        }
    }
}

gboolean
tables_write (FILE *out, const char *name, Spill *articles,
              const FramingLexicon *lexicon, const Profile *profile,
              const TablesLayout *layout, GError **error)
{
  g_autoptr (CsvWriter) w = csv_writer_new (out);
  if (strcmp (name, "articles") == 0)
    {
      if (!write_articles (w, articles, lexicon, layout, error))
        return FALSE;
    }
  else if (strcmp (name, "profiles") == 0)
    write_profiles (w, profile);
  else if (strcmp (name, "terms") == 0)
    write_terms (w, profile);
  else if (strcmp (name, "distances") == 0)
    write_distances (w, profile);
  else if (strcmp (name, "balance") == 0)
    write_balance (w, profile);
  else
    g_return_val_if_reached (FALSE);
  return csv_writer_flush (w, error);
}
