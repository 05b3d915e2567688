/* tables.c - the six tables of a comparison; see tables.h. */
#include "tables.h"

#include <math.h>
#include <string.h>

#include "datapackage.h"
#include "framing.h"
#include "score.h"

const char *const tables_names[] = {
  "articles", "profiles", "terms", "distances", "balance", "pairs", NULL
};

/* A column of a table as defined here, once for every form. */
typedef struct {
  const char *name;
  SinkType type;
} ColumnDef;

/* The fixed columns of the articles table: --wide puts the topics'
 * columns in place of lexicon to per_1k, --keep adds text columns. */
static const ColumnDef articles_columns[] = {
  { "id", SINK_TEXT }, { "group", SINK_TEXT }, { "title", SINK_TEXT },
  { "date", SINK_TEXT }, { "tokens", SINK_INTEGER },
  { "lexicon", SINK_TEXT }, { "hits", SINK_INTEGER },
  { "negated", SINK_INTEGER }, { "weighted", SINK_NUMBER },
  { "per_1k", SINK_NUMBER }, { NULL, 0 }
};
/* The columns --wide repeats per topic T as NAME_T. */
static const ColumnDef per_topic_columns[] = {
  { "hits", SINK_INTEGER }, { "negated", SINK_INTEGER },
  { "weighted", SINK_NUMBER }, { "per_1k", SINK_NUMBER }, { NULL, 0 }
};
static const ColumnDef profiles_columns[] = {
  { "group", SINK_TEXT }, { "topic", SINK_TEXT },
  { "articles", SINK_INTEGER }, { "tokens", SINK_INTEGER },
  { "hits", SINK_INTEGER }, { "negated", SINK_INTEGER },
  { "weighted", SINK_NUMBER }, { "per_1k", SINK_NUMBER },
  { "share", SINK_NUMBER }, { "present", SINK_NUMBER },
  { "ci_low", SINK_NUMBER }, { "ci_high", SINK_NUMBER },
  { "z", SINK_NUMBER }, { "mean_per_1k", SINK_NUMBER },
  { "p", SINK_NUMBER }, { "p_adj", SINK_NUMBER },
  { "top5_share", SINK_NUMBER }, { "top_cluster_share", SINK_NUMBER },
  { "top_cluster", SINK_TEXT }, { NULL, 0 }
};
static const ColumnDef terms_columns[] = {
  { "group", SINK_TEXT }, { "topic", SINK_TEXT }, { "entry", SINK_TEXT },
  { "marker", SINK_TEXT }, { "hits", SINK_INTEGER }, { "per_1k", SINK_NUMBER },
  { "z", SINK_NUMBER }, { "articles", SINK_INTEGER },
  { "clusters", SINK_INTEGER }, { "p", SINK_NUMBER }, { "p_adj", SINK_NUMBER },
  { NULL, 0 }
};
static const ColumnDef distances_columns[] = {
  { "group_a", SINK_TEXT }, { "group_b", SINK_TEXT },
  { "jsd", SINK_NUMBER }, { NULL, 0 }
};
static const ColumnDef balance_columns[] = {
  { "group", SINK_TEXT }, { "a", SINK_TEXT }, { "b", SINK_TEXT },
  { "logit", SINK_NUMBER }, { "ci_low", SINK_NUMBER },
  { "ci_high", SINK_NUMBER }, { NULL, 0 }
};
/* ratio_high is "inf" when the interval has no upper bound (framing-
 * report(5)): Table Schema reads INF in a number column. */
static const ColumnDef pairs_columns[] = {
  { "group_a", SINK_TEXT }, { "group_b", SINK_TEXT }, { "topic", SINK_TEXT },
  { "per_1k_a", SINK_NUMBER }, { "per_1k_b", SINK_NUMBER },
  { "difference", SINK_NUMBER }, { "difference_low", SINK_NUMBER },
  { "difference_high", SINK_NUMBER }, { "ratio", SINK_NUMBER },
  { "ratio_low", SINK_NUMBER }, { "ratio_high", SINK_NUMBER }, { NULL, 0 }
};

/* Primary keys: the columns that tell rows apart whatever the corpus
 * (the articles' ids may repeat, a topic may hold an entry twice with
 * other contexts, --balance may name a pair twice). */
static const char *const profiles_key[] = { "group", "topic", NULL };
static const char *const distances_key[] = { "group_a", "group_b", NULL };
static const char *const pairs_key[] = { "group_a", "group_b", "topic", NULL };

static void write_profiles (Sink *w, const Profile *p, const Pairs *pairs);
static void write_terms (Sink *w, const Profile *p, const Pairs *pairs);
static void write_distances (Sink *w, const Profile *p, const Pairs *pairs);
static void write_balance (Sink *w, const Profile *p, const Pairs *pairs);
static void write_pairs (Sink *w, const Profile *p, const Pairs *pairs);

/* A table: its columns, key and rows (NULL: the articles, from their
 * spill).  One entry per name of tables_names, in that order. */
typedef struct {
  const char *name;
  const ColumnDef *columns;
  const char *const *key;
  void (*rows) (Sink *w, const Profile *p, const Pairs *pairs);
} TableDef;

static const TableDef tables[] = {
  { "articles", articles_columns, NULL, NULL },
  { "profiles", profiles_columns, profiles_key, write_profiles },
  { "terms", terms_columns, NULL, write_terms },
  { "distances", distances_columns, distances_key, write_distances },
  { "balance", balance_columns, NULL, write_balance },
  { "pairs", pairs_columns, pairs_key, write_pairs },
};
G_STATIC_ASSERT (G_N_ELEMENTS (tables) + 1 == G_N_ELEMENTS (tables_names));

/* The definition of table NAME, or NULL. */
static const TableDef *
table_def (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (strcmp (tables[i].name, name) == 0)
      return &tables[i];
  return NULL;
}

gboolean
tables_known (const char *name)
{
  return table_def (name) != NULL;
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
  for (const ColumnDef *c = articles_columns; c->name != NULL; c++)
    if (strcmp (c->name, name) == 0)
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

/* The cells of the kept fields. */
static void
put_kept (Sink *w, const TablesLayout *layout, const char *const *kept)
{
  for (guint k = 0; layout != NULL && layout->keep != NULL
                    && layout->keep[k] != NULL; k++)
    sink_text (w, kept != NULL && kept[k] != NULL ? kept[k] : "");
}

/* The cells of S that begin every row: id to tokens. */
static void
put_article (Sink *w, const ArticleScore *s)
{
  sink_text (w, s->id);
  sink_text (w, s->group);
  sink_text (w, s->title);
  sink_text (w, s->date);
  sink_integer (w, s->tokens);
}

/* The hits, negated, weighted and per_1k cells of C (S's counts of one
 * topic). */
static void
put_counts (Sink *w, const ArticleScore *s, const ScoreCount *c)
{
  sink_integer (w, c->hits);
  sink_integer (w, c->negated);
  sink_number (w, c->weighted);
  sink_number (w, score_per_1k (c->weighted, s->tokens));
}

void
tables_article_rows (GString *out, const ArticleScore *s,
                     const FramingLexicon *lexicon, const TablesLayout *layout,
                     const char *const *kept)
{
  g_autoptr (Sink) w = sink_record_new (out);
  if (layout != NULL && layout->wide)
    {
      put_article (w, s);
      for (guint t = 0; t < s->n_topics; t++)
        put_counts (w, s, &s->topics[t]);
      put_kept (w, layout, kept);
      sink_end_row (w);
      return;
    }
  for (guint t = 0; t < s->n_topics; t++)
    {
      put_article (w, s);
      sink_text (w, topic_name (lexicon, t));
      put_counts (w, s, &s->topics[t]);
      put_kept (w, layout, kept);
      sink_end_row (w);
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

/* Add the columns of the articles table laid out by LAYOUT, for
 * LEXICON's topics, to SCHEMA. */
static void
articles_schema (SinkSchema *schema, const FramingLexicon *lexicon,
                 const TablesLayout *layout)
{
  gboolean wide = layout != NULL && layout->wide;
  for (const ColumnDef *c = articles_columns; c->name != NULL; c++)
    {
      if (wide && strcmp (c->name, "lexicon") == 0)
        break;
      sink_schema_add (schema, c->name, c->type);
    }
  for (guint t = 0; wide && t < lexicon->topics->len; t++)
    for (const ColumnDef *c = per_topic_columns; c->name != NULL; c++)
      {
        g_autofree char *name = g_strconcat (c->name, "_",
                                             topic_name (lexicon, t), NULL);
        sink_schema_add (schema, name, c->type);
      }
  for (guint k = 0; layout != NULL && layout->keep != NULL
                    && layout->keep[k] != NULL; k++)
    sink_schema_add (schema, layout->keep[k], SINK_TEXT);
}

SinkSchema *
tables_schema (const char *name, const FramingLexicon *lexicon,
               const TablesLayout *layout)
{
  const TableDef *def = table_def (name);
  g_return_val_if_fail (def != NULL, NULL);
  SinkSchema *schema = sink_schema_new (name);
  if (def->rows == NULL)
    articles_schema (schema, lexicon, layout);
  else
    for (const ColumnDef *c = def->columns; c->name != NULL; c++)
      sink_schema_add (schema, c->name, c->type);
  sink_schema_set_key (schema, def->key);
  return schema;
}

/* The SpillFunc of the articles: replay the rows to the sink DATA. */
static gboolean
replay_rows (const void *payload, gsize len, gpointer data, GError **error)
{
  (void) error;
  sink_replay (data, payload, len);
  return TRUE;
}

/* One row per group and topic. */
static void
write_profiles (Sink *w, const Profile *p, const Pairs *pairs)
{
  (void) pairs;
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
          sink_text (w, group->name);
          sink_text (w, topic_name (p->lexicon, t));
          sink_integer (w, group->articles);
          sink_integer (w, group->tokens);
          sink_integer (w, pt->hits);
          sink_integer (w, pt->negated);
          sink_number (w, pt->weighted);
          sink_number (w, pt->per_1k);
          sink_number (w, pt->share);
          sink_number (w, pt->present);
          sink_number (w, few ? NAN : pt->ci_low);
          sink_number (w, few ? NAN : pt->ci_high);
          sink_number (w, pt->z);
          sink_number (w, pt->mean_per_1k);
          sink_number (w, few ? NAN : pt->p);
          sink_number (w, few ? NAN : pt->p_adj);
          sink_number (w, pt->top5_share);
          sink_number (w, pt->top_cluster_share);
          sink_text (w, pt->top_cluster);
          sink_end_row (w);
        }
    }
}

/* One row per group and row of its terms (profile.h): every entry hit
 * anywhere, or beyond PROFILE_ALL_PAIRS groups those hit in the group. */
static void
write_terms (Sink *w, const Profile *p, const Pairs *pairs)
{
  (void) pairs;
  guint n_topics = p->lexicon->topics->len;
  for (guint g = 0; g < p->groups->len; g++)
    {
      const ProfileGroup *group = g_ptr_array_index (p->groups, g);
      /* A handful of articles gets no p, as in profiles.csv. */
      const gboolean few = profile_group_few (group);
      for (guint t = 0; t < n_topics; t++)
        {
          const LexTopic *topic = g_ptr_array_index (p->lexicon->topics, t);
          guint n;
          const ProfileTerm *rows = profile_group_terms (group, t, &n);
          for (guint r = 0; r < n; r++)
            {
              const ProfileTerm *term = &rows[r];
              const LexEntry *entry = g_ptr_array_index
                (topic->entries, term->key - profile_entry_key (p, t, 0));
              g_autofree char *words = lex_entry_words (entry);
              g_autofree char *marker = lex_entry_marker (entry);
              sink_text (w, group->name);
              sink_text (w, topic->name);
              sink_text (w, words);
              sink_text (w, marker);
              sink_integer (w, term->hits);
              sink_number (w, term->per_1k);
              sink_number (w, term->z);
              sink_integer (w, term->articles);
              sink_integer (w, term->clusters);
              sink_number (w, few ? NAN : term->p);
              sink_number (w, few ? NAN : term->p_adj);
              sink_end_row (w);
            }
        }
    }
}

/* One row of distances.csv: groups A and B and their divergence D. */
static void
distance_row (Sink *w, const Profile *p, guint a, guint b, double d)
{
  sink_text (w, profile_group_at (p, a)->name);
  sink_text (w, profile_group_at (p, b)->name);
  sink_number (w, d);
  sink_end_row (w);
}

/* One row per pair of groups, the first before the second; beyond
 * PROFILE_ALL_PAIRS groups, only the pairs of a group and one of its
 * nearest (profile.h), in the same order. */
static void
write_distances (Sink *w, const Profile *p, const Pairs *pairs)
{
  (void) pairs;
  const guint n = profile_n_groups (p);
  if (p->nearest != NULL)
    {
      for (guint k = 0; k < p->nearest->len; k++)
        {
          const NearestPair *np = &g_array_index (p->nearest, NearestPair, k);
          distance_row (w, p, np->a, np->b, np->d);
        }
      return;
    }
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      distance_row (w, p, i, j, profile_distance (p, i, j));
}

/* One row per group and balance pair. */
static void
write_balance (Sink *w, const Profile *p, const Pairs *pairs)
{
  (void) pairs;
  for (guint g = 0; g < p->groups->len; g++)
    {
      const ProfileGroup *group = g_ptr_array_index (p->groups, g);
      for (guint b = 0; b < p->opts.n_balance; b++)
        {
          const ProfileBalance *bal = &group->balance[b];
          sink_text (w, group->name);
          sink_text (w, topic_name (p->lexicon, p->opts.balance[b].a));
          sink_text (w, topic_name (p->lexicon, p->opts.balance[b].b));
          sink_number (w, bal->logit);
          sink_number (w, profile_group_few (group) ? NAN : bal->ci_low);
          sink_number (w, profile_group_few (group) ? NAN : bal->ci_high);
          sink_end_row (w);
        }
    }
}

/* An upper bound V of a ratio: "inf" when the interval has none (V is
 * +INFINITY), else the number (empty when undefined). */
static void
upper_bound (Sink *w, double v)
{
  if (isinf (v) && v > 0)
    sink_text (w, "inf");
  else
    sink_number (w, v);
}

/* One row per pair of groups (each unordered pair once, A before B) and
 * topic; none without PAIRS. */
static void
write_pairs (Sink *w, const Profile *p, const Pairs *pairs)
{
  for (guint k = 0; pairs != NULL && k < pairs->n_pairs; k++)
    {
      const PairsPair *pair = &pairs->pairs[k];
      /* A handful of articles gets no interval, as in profiles.csv. */
      const gboolean few = profile_group_few (profile_group_at (p, pair->a))
        || profile_group_few (profile_group_at (p, pair->b));
      for (guint t = 0; t < profile_n_topics (p); t++)
        {
          const PairsTopic *pt = &pair->topics[t];
          sink_text (w, profile_group_at (p, pair->a)->name);
          sink_text (w, profile_group_at (p, pair->b)->name);
          sink_text (w, topic_name (p->lexicon, t));
          sink_number (w, pt->per_1k_a);
          sink_number (w, pt->per_1k_b);
          sink_number (w, pt->difference);
          sink_number (w, few ? NAN : pt->difference_low);
          sink_number (w, few ? NAN : pt->difference_high);
          sink_number (w, pt->ratio);
          sink_number (w, few ? NAN : pt->ratio_low);
          upper_bound (w, few ? NAN : pt->ratio_high);
          sink_end_row (w);
        }
    }
}

gboolean
tables_emit (Sink *sink, const char *name, Spill *articles,
             const FramingLexicon *lexicon, const Profile *profile,
             const Pairs *pairs, const TablesLayout *layout, GError **error)
{
  const TableDef *def = table_def (name);
  g_return_val_if_fail (def != NULL, FALSE);
  g_autoptr (SinkSchema) schema = tables_schema (name, lexicon, layout);
  sink_begin (sink, schema);
  if (def->rows != NULL)
    def->rows (sink, profile, pairs);
  else if (articles != NULL)
    return spill_foreach (articles, replay_rows, sink, error);
  return TRUE;
}

gboolean
tables_write (FILE *out, const char *name, Spill *articles,
              const FramingLexicon *lexicon, const Profile *profile,
              const Pairs *pairs, const TablesLayout *layout, GError **error)
{
  g_autoptr (Sink) sink = sink_csv_new (out);
  if (!tables_emit (sink, name, articles, lexicon, profile, pairs, layout,
                    error))
    return FALSE;
  return sink_finish (sink, error);
}

gboolean
tables_write_sheets (Xlsx *wb, const char *const *names, Spill *articles,
                     const FramingLexicon *lexicon, const Profile *profile,
                     const Pairs *pairs, const TablesLayout *layout,
                     GError **error)
{
  for (const char *const *n = names; *n != NULL; n++)
    {
      g_autoptr (Sink) sheet = xlsx_sheet (wb, *n);
      if (!tables_emit (sheet, *n, articles, lexicon, profile, pairs, layout,
                        error)
          || !sink_finish (sheet, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
tables_write_datapackage (FILE *out, const char *package,
                          const char *const *names,
                          const FramingLexicon *lexicon,
                          const TablesLayout *layout, GError **error)
{
  g_autoptr (GPtrArray) schemas
    = g_ptr_array_new_with_free_func ((GDestroyNotify) sink_schema_free);
  for (const char *const *n = names; *n != NULL; n++)
    g_ptr_array_add (schemas, tables_schema (*n, lexicon, layout));
  return datapackage_write (out, package, (SinkSchema *const *) schemas->pdata,
                            schemas->len, error);
}
