/* reportmodel.c - the report of a comparison as data, built once for the
 * text and the HTML renderers, and the sentences and examples of each
 * form of it; see reportmodel.h. */
#include "reportmodel-private.h"

#include "concentration.h"

#include <math.h>
#include <string.h>

#include "fmt.h"
#include "headlines.h"
#include "selection.h"

/* The sections' anchors and titles, in ReportSection order. */
static const char *const sections[REPORT_N_SECTIONS][2] = {
  { "corpus", "The corpus" },
  { "chart", "The chart" },
  { "profiles", "Profiles by topic" },
  { "shares", "Shares of the frames" },
  { "balance", "How the groups differ" },
  { "distances", "How different the groups are" },
  { "terms", "Distinguishing entries" },
  { "examples", "Example sentences" },
  { "reading", "How to read this" },
};

/* The anchor of section S. */
const char *
report_section_id (ReportSection s)
{
  g_return_val_if_fail (s < REPORT_N_SECTIONS, NULL);
  return sections[s][0];
}

/* The title of section S. */
const char *
report_section_title (ReportSection s)
{
  g_return_val_if_fail (s < REPORT_N_SECTIONS, NULL);
  return sections[s][1];
}

/* The tables' column headings, in ReportColumn order. */
static const char *const column_titles[REPORT_N_COLUMNS] = {
  "Group", "Articles", "Per 1000 tokens", "95% interval", "Share", "Present",
  "z", "Entry", "Hits", "Per 1000", "z",
};

/* The heading of column C. */
const char *
report_column_title (ReportColumn c)
{
  g_return_val_if_fail (c < REPORT_N_COLUMNS, NULL);
  return column_titles[c];
}

/* Whether the adjusted P is below REPORT_ALPHA: the row is marked. */
static gboolean
p_marked (double p)
{
  return isfinite (p) && p < REPORT_ALPHA;
}

/* S cut to its last (LEFT) or first REPORT_CONTEXT code points, at a
 * space, with ELLIPSIS where it was cut.  Newly allocated. */
static char *
trim_context (const char *s, gboolean left, const char *ellipsis)
{
  glong n = g_utf8_strlen (s, -1);
  if (n <= REPORT_CONTEXT)
    return g_strdup (s);
  if (left)
    {
      const char *p = g_utf8_offset_to_pointer (s, n - REPORT_CONTEXT);
      const char *sp = strchr (p, ' ');
      return g_strconcat (ellipsis, sp != NULL ? sp : p, NULL);
    }
  const char *end = g_utf8_offset_to_pointer (s, REPORT_CONTEXT);
  const char *sp = g_strrstr_len (s, end - s, " ");
  g_autofree char *kept = g_strndup (s, (sp != NULL ? sp : end) - s);
  return g_strconcat (kept, ellipsis, NULL);
}

/* ---- the model ---- */

/* Fill CELL from topic statistics T of a group of UNITS resampling
 * units (FEW: a handful of articles), its rates with DECIMALS. */
static void
cell_init (ReportCell *cell, const ProfileTopic *t, guint units,
           gboolean few, int decimals)
{
  cell->per_1k = report_fixed (t->per_1k, decimals, FALSE);
  cell->few = few;
  if (!few && units >= 2 && isfinite (t->ci_low) && isfinite (t->ci_high))
    {
      cell->ci_low = report_fixed (t->ci_low, decimals, FALSE);
      cell->ci_high = report_fixed (t->ci_high, decimals, FALSE);
    }
  cell->share = fmt_percent (t->share, 1);
  cell->fraction = CLAMP (isfinite (t->share) ? t->share : 0, 0, 1);
  cell->present = fmt_percent (t->present, 0);
  cell->z = report_fixed (t->z, 2, TRUE);
  cell->marked = !few && p_marked (t->p_adj);
}

/* Free the strings of CELL. */
static void
cell_clear (ReportCell *cell)
{
  g_free (cell->per_1k);
  g_free (cell->ci_low);
  g_free (cell->ci_high);
  g_free (cell->share);
  g_free (cell->present);
  g_free (cell->z);
}

/* Free a ReportTermRow. */
static void
term_row_free (gpointer data)
{
  ReportTermRow *row = data;
  g_free (row->spelling);
  g_free (row->hits);
  g_free (row->per_1k);
  g_free (row->z);
  g_free (row);
}

/* Group G's distinguishing entries of topic T, as rows. */
static GPtrArray *
term_rows (const Profile *p, const ProfileGroup *g, guint t, guint top)
{
  const LexTopic *topic = profile_topic (p, t);
  g_autoptr (GArray) ranked = profile_top_terms (p, g, t, top);
  GPtrArray *rows = g_ptr_array_new_with_free_func (term_row_free);
  for (guint k = 0; k < ranked->len; k++)
    {
      guint e = g_array_index (ranked, guint, k);
      const ProfileTerm *term = profile_group_term (p, g, t, e);
      const LexEntry *entry = g_ptr_array_index (topic->entries, e);
      ReportTermRow *row = g_new0 (ReportTermRow, 1);
      char hb[32];
      row->spelling = fmt_clean_text (entry->spelling);
      row->hits = g_strdup (fmt_count (hb, term->hits));
      row->per_1k = report_fixed (term->per_1k, 2, FALSE);
      row->z = report_fixed (term->z, 2, TRUE);
      /* a handful of articles is never marked (profile_group_few ()) */
      row->marked = !profile_group_few (g) && p_marked (term->p_adj);
      g_ptr_array_add (rows, row);
    }
  return rows;
}

/* Free a ReportTopic. */
static void
topic_free (gpointer data)
{
  ReportTopic *topic = data;
  g_free (topic->name);
  g_free (topic->title);
  g_free (topic->description);
  g_free (topic);
}

/* Free a ReportGroup of N_TOPICS topics. */
static void
group_free (ReportGroup *g, guint n_topics)
{
  for (guint t = 0; t < n_topics; t++)
    {
      cell_clear (&g->cells[t]);
      g_ptr_array_unref (g->terms[t]);
      g_ptr_array_unref (g->examples[t]);
    }
  g_free (g->cells);
  g_free (g->terms);
  g_strfreev (g->terms_title);
  g_free (g->examples);
  g_strfreev (g->examples_title);
  g_free (g->name);
  g_free (g->label);
  g_free (g->legend);
  g_ptr_array_unref (g->headlines);
  g_free (g->articles);
  g_free (g->dominant);
  g_ptr_array_unref (g->compare);
  g_ptr_array_unref (g->balance);
  g_free (g->nearest);
  g_free (g);
}

/* Up to REPORT_EXAMPLES of the examples of group G and topic T,
 * borrowed. */
static GPtrArray *
group_examples (const KwicExamples *examples, const char *g, guint t)
{
  const GPtrArray *all = examples != NULL
      ? kwic_examples_get (examples, g, t) : NULL;
  GPtrArray *some = g_ptr_array_new ();
  for (guint k = 0; all != NULL && k < all->len && k < REPORT_EXAMPLES; k++)
    g_ptr_array_add (some, g_ptr_array_index (all, k));
  return some;
}

/* NAME, or "NAME: WHY" when EMPTY. */
static char *
title_or (const char *name, gboolean empty, const char *why)
{
  return empty ? g_strconcat (name, ": ", why, NULL) : g_strdup (name);
}

/* The per-topic parts of group G of model M. */
static void
group_topics (ReportGroup *g, const ReportModel *m, const ProfileGroup *pg,
              const KwicExamples *examples)
{
  guint nt = m->topics->len;
  g->cells = g_new0 (ReportCell, nt);
  g->terms = g_new0 (GPtrArray *, nt);
  g->terms_title = g_new0 (char *, nt + 1);
  g->examples = g_new0 (GPtrArray *, nt);
  g->examples_title = g_new0 (char *, nt + 1);
  for (guint t = 0; t < nt; t++)
    {
      const char *name = report_model_topic (m, t)->name;
      cell_init (&g->cells[t], &pg->topics[t], pg->n_units,
                 profile_group_few (pg), report_model_topic (m, t)->decimals);
      g->terms[t] = term_rows (m->profile, pg, t, m->top_terms);
      g->terms_title[t] = title_or (name, g->terms[t]->len == 0,
                                    phrase_no_terms);
      g->examples[t] = group_examples (examples, pg->name, t);
      g->examples_title[t] = title_or (name, g->examples[t]->len == 0,
                                       phrase_no_example);
    }
}

/* Order of group indexes of a profile (DATA), most articles first, ties
 * by index (name order).  For g_qsort_with_data. */
static gint
by_articles (gconstpointer a, gconstpointer b, gpointer data)
{
  const guint i = *(const guint *) a, j = *(const guint *) b;
  const guint ni = profile_group_at (data, i)->articles;
  const guint nj = profile_group_at (data, j)->articles;
  if (ni != nj)
    return ni > nj ? -1 : 1;
  return (i > j) - (i < j);
}

/* Order of group indexes.  For qsort. */
static int
by_index (const void *a, const void *b)
{
  const guint i = *(const guint *) a, j = *(const guint *) b;
  return (i > j) - (i < j);
}

/* The groups M shows, in name order: all, or the REPORT_GROUPS_MAX with
 * the most articles (ties by name), and the note on those left out. */
static void
model_shown (ReportModel *m)
{
  const guint n = profile_n_groups (m->profile);
  m->shown = g_new (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    m->shown[i] = i;
  m->n_shown = n;
  if (n <= REPORT_GROUPS_MAX)
    return;
  g_qsort_with_data (m->shown, (gint) n, sizeof (guint), by_articles,
                     (gpointer) m->profile);
  m->n_shown = REPORT_GROUPS_MAX;
  qsort (m->shown, m->n_shown, sizeof (guint), by_index);
  guint64 left = 0;
  for (guint i = m->n_shown; i < n; i++)
    left += profile_group_at (m->profile, m->shown[i])->articles;
  m->left_out = phrase_groups_left_out (n, m->n_shown, left);
}

/* Topic T's rate in group G rounded to DECIMALS, as a whole number of
 * its last digit: what the tables show, so that ties are ties there.
 * Called for every two groups and topic: the power of ten is looked up,
 * not computed (pow () took 2% of a run over 438 groups). */
static gint64
shown_rate (const ProfileGroup *g, guint t, int decimals)
{
  static const double ten[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6 };
  G_STATIC_ASSERT (REPORT_RATE_DECIMALS_MAX < G_N_ELEMENTS (ten));
  double r = g->topics[t].per_1k;
  return isfinite (r) ? (gint64) llround (r * ten[CLAMP (decimals, 0, 6)]) : -1;
}

/* Where group I of model M stands on topic T against the other groups
 * shown: whether it is first or last (by the rates the table shows), and
 * the others' ranges of hits and rates; FALSE when it is neither. */
typedef struct {
  gboolean most;
  guint64 hits_lo, hits_hi;
  double rate_lo, rate_hi;
} Standing;

static gboolean
standing (const ReportModel *m, guint i, guint t, int decimals, Standing *s)
{
  guint n = m->n_shown;
  const ProfileGroup *g = report_model_profile_group (m, i);
  gint64 mine = shown_rate (g, t, decimals), lo = G_MAXINT64, hi = -1;
  *s = (Standing) { .hits_lo = G_MAXUINT64, .rate_lo = INFINITY,
                    .rate_hi = -INFINITY };
  for (guint j = 0; j < n; j++)
    if (j != i)
      {
        const ProfileGroup *o = report_model_profile_group (m, j);
        lo = MIN (lo, shown_rate (o, t, decimals));
        hi = MAX (hi, shown_rate (o, t, decimals));
        s->hits_lo = MIN (s->hits_lo, o->topics[t].hits);
        s->hits_hi = MAX (s->hits_hi, o->topics[t].hits);
        s->rate_lo = MIN (s->rate_lo, o->topics[t].per_1k);
        s->rate_hi = MAX (s->rate_hi, o->topics[t].per_1k);
      }
  if (n < 2 || mine < 0)
    return FALSE;
  s->most = mine > hi && mine > 0;
  return s->most || mine < lo;
}

/* The sentences comparing group I of model M with the others, one per
 * topic on which it is first or last. */
static GPtrArray *
group_compare (const ReportModel *m, guint i)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  if (m->n_shown < 2)
    return out;
  for (guint t = 0; t < m->topics->len; t++)
    {
      const ReportTopic *topic = report_model_topic (m, t);
      const ProfileTopic *pt = &report_model_profile_group (m, i)->topics[t];
      Standing s;
      if (!standing (m, i, t, topic->decimals, &s))
        continue;
      g_autofree char *rate = report_fixed (pt->per_1k, topic->decimals, FALSE);
      g_autofree char *lo = report_fixed (s.rate_lo, topic->decimals, FALSE);
      g_autofree char *hi = report_fixed (s.rate_hi, topic->decimals, FALSE);
      g_autofree char *text = phrase_compare_topic (topic->name, s.most,
                                                    pt->hits, rate,
                                                    m->n_shown - 1,
                                                    s.hits_lo, s.hits_hi,
                                                    lo, hi);
      g_ptr_array_add (out, g_strconcat (text, ".", NULL));
    }
  if (out->len == 0)
    g_ptr_array_add (out, g_strdup (phrase_compare_none));
  return out;
}

/* DATE as the reports write it: ISO 8601 when it can be read, else as
 * written, cleaned; "" when there is none.  Newly allocated. */
static char *
shown_date (const char *date)
{
  SelectionDate d;
  if (selection_parse_date (date, &d))
    return g_strdup_printf ("%04d-%02d-%02d", d.year, d.month, d.day);
  return fmt_clean_text (date);
}

/* The list of the articles of group PG of model M kept in HEADLINES (may
 * be NULL), each with its outlet when the clusters are the outlets. */
static GPtrArray *
group_headlines (const ReportModel *m, const ProfileGroup *pg,
                 const Headlines *headlines)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  const GPtrArray *kept = headlines != NULL
    ? headlines_group (headlines, pg->name) : NULL;
  gboolean outlets = g_strcmp0 (m->cluster_by, "outlet") == 0;
  for (guint k = 0; kept != NULL && k < kept->len; k++)
    {
      const Headline *hl = g_ptr_array_index (kept, k);
      g_autofree char *date = shown_date (hl->date);
      g_autofree char *title = fmt_clean_text (hl->title);
      g_autofree char *outlet = outlets && hl->cluster != NULL
        ? fmt_clean_text (hl->cluster) : NULL;
      g_autofree char *id = fmt_clean_text (hl->id);
      g_ptr_array_add (out, phrase_headline (date, g_strstrip (title),
                                             outlet, id));
    }
  if (kept != NULL && pg->articles > kept->len)
    g_ptr_array_add (out, phrase_headlines_more (pg->articles - kept->len));
  return out;
}

/* Group I of model M (its topics made), numbered by its place among
 * all groups, as in the tables. */
static ReportGroup *
group_new (const ReportModel *m, guint i, const KwicExamples *examples,
           const Headlines *headlines)
{
  const Profile *p = m->profile;
  const ProfileGroup *pg = report_model_profile_group (m, i);
  ReportGroup *g = g_new0 (ReportGroup, 1);
  g_autofree char *dominant = phrase_dominant (p, pg);
  g->name = fmt_clean_text (pg->name);
  g->number = m->shown[i] + 1;
  g->label = g_strdup_printf ("%u. %s", g->number, g->name);
  g->legend = phrase_group_legend (g->name, pg->articles, pg->tokens);
  g->headlines = group_headlines (m, pg, headlines);
  char nb[32];
  g->articles = g_strdup (fmt_count (nb, pg->articles));
  g->few = profile_group_few (pg);
  g->has_hits = profile_group_weighted (p, pg) > 0;
  g->dominant = g_strconcat (dominant, ".", NULL);
  g->compare = group_compare (m, i);
  g->balance = g_ptr_array_new_with_free_func (g_free);
  for (guint k = 0; k < p->opts.n_balance && pg->balance != NULL; k++)
    g_ptr_array_add (g->balance, phrase_balance (p, pg, k));
  if (m->n_shown > REPORT_MATRIX_MAX)
    g->nearest = phrase_nearest (p, m->shown, m->n_shown, i);
  group_topics (g, m, pg, examples);
  return g;
}

/* The note on group G's hits of topic T when five articles or one
 * cluster hold most of them (see ReportModel.concentrated), else NULL. */
static char *
concentrated_note (const ReportModel *m, const ProfileGroup *g, guint t)
{
  const ProfileTopic *pt = &g->topics[t];
  const gboolean few = g->articles > 2 * CONCENTRATION_TOP
    && isfinite (pt->top5_share) && pt->top5_share > REPORT_CONCENTRATED;
  const gboolean one = g->n_units >= 2 && pt->top_cluster != NULL
    && pt->top_cluster_share > REPORT_CONCENTRATED;
  if (!few && !one)
    return NULL;
  g_autofree char *group = fmt_clean_text (g->name);
  g_autofree char *cluster = one ? fmt_clean_text (pt->top_cluster) : NULL;
  return phrase_concentrated (group, report_model_topic (m, t)->name,
                              few ? pt->top_articles : 0, g->articles,
                              pt->top5_share, m->cluster_by, cluster,
                              pt->top_cluster_share);
}

/* The notes on concentrated hits, group by group, topic by topic. */
static GPtrArray *
concentrated_notes (const ReportModel *m)
{
  GPtrArray *notes = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < m->n_shown; i++)
    for (guint t = 0; t < m->topics->len; t++)
      {
        char *note = concentrated_note (m, report_model_profile_group (m, i),
                                        t);
        if (note != NULL)
          g_ptr_array_add (notes, note);
      }
  return notes;
}

/* Whether topic T has the largest share in group G of P (perhaps tied
 * with another: *TIED is then set); never for a group with no hit. */
static gboolean
dominant_in (const Profile *p, const ProfileGroup *g, guint t,
             gboolean *tied)
{
  if (profile_group_weighted (p, g) <= 0)
    return FALSE;
  guint best = 0;
  for (guint u = 0; u < profile_n_topics (p); u++)
    if (g->topics[u].share > g->topics[t].share)
      return FALSE;
    else if (g->topics[u].share == g->topics[t].share)
      best++;
  *tied |= best > 1;
  return TRUE;
}

/* When one topic has the largest share in every group M shows (two or
 * more), say it once in the section's lead-in and not per group: said
 * of each, it reads as a difference where there is none. */
static void
model_same_dominant (ReportModel *m)
{
  const Profile *p = m->profile;
  guint n = m->n_shown;
  for (guint t = 0; t < profile_n_topics (p) && n >= 2; t++)
    {
      gboolean tied = FALSE, all = TRUE;
      for (guint i = 0; i < n && all; i++)
        all = dominant_in (p, report_model_profile_group (m, i), t, &tied);
      if (!all)
        continue;
      g_ptr_array_add (m->balance_intro, phrase_same_dominant
                       (report_model_topic (m, t)->name, tied));
      for (guint i = 0; i < n; i++)
        g_clear_pointer (&((ReportGroup *) g_ptr_array_index (m->groups, i))
                         ->dominant, g_free);
      return;
    }
}

/* The divergences between the groups M shows as text, or NULL beyond
 * REPORT_MATRIX_MAX groups. */
static char **
jsd_cells (const ReportModel *m)
{
  guint n = m->n_shown;
  if (n > REPORT_MATRIX_MAX)
    return NULL;
  char **cells = g_new0 (char *, n * n + 1);
  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      cells[i * n + j] = report_fixed (profile_distance (m->profile,
                                                         m->shown[i],
                                                         m->shown[j]),
                                       3, FALSE);
  return cells;
}

/* The skipped inputs of CORPUS that the reports name, cleaned. */
static void
model_skipped (ReportModel *m, const ReportCorpus *c)
{
  guint named = c->skipped_names != NULL ? c->skipped_names->len : 0;
  m->skipped = g_ptr_array_new_with_free_func (g_free);
  if (c->skipped == 0 || named == 0)
    return;
  for (guint i = 0; i < named && i < c->skipped; i++)
    g_ptr_array_add (m->skipped,
                     fmt_clean_text (g_ptr_array_index (c->skipped_names, i)));
  if (c->skipped > named)
    g_ptr_array_add (m->skipped, phrase_skipped_more (c->skipped - named));
}

/* The decimals of topic T's table in M: the REPORT_RATE_DIGITS rule over
 * the rates of the groups it shows. */
static int
topic_decimals (const ReportModel *m, guint t)
{
  guint n = m->n_shown;
  g_autofree double *rates = g_new (double, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    rates[i] = report_model_profile_group (m, i)->topics[t].per_1k;
  return fmt_table_decimals (rates, n, REPORT_RATE_DIGITS,
                             REPORT_RATE_DECIMALS_MIN,
                             REPORT_RATE_DECIMALS_MAX);
}

/* The dates of the corpus C into M, and how many articles it lists. */
static void
model_span (ReportModel *m, const ReportCorpus *c)
{
  SelectionDate first, last;
  guint undated = 0;
  m->headlines = c->headlines != NULL ? REPORT_HEADLINES : 0;
  if (c->headlines == NULL
      || !headlines_span (c->headlines, &first, &last, &undated))
    return;
  g_autofree char *a = g_strdup_printf ("%04d-%02d-%02d", first.year,
                                        first.month, first.day);
  g_autofree char *b = g_strdup_printf ("%04d-%02d-%02d", last.year,
                                        last.month, last.day);
  m->span = phrase_span (a, b, headlines_days (&first, &last),
                         REPORT_SPAN_DAYS, undated);
}

/* How many groups M shows are few, and the note on them into M. */
static void
model_few (ReportModel *m, const ReportCorpus *c)
{
  g_autoptr (GString) labels = g_string_new (NULL);
  guint n = m->n_shown, few = 0;
  for (guint i = 0; i < n; i++)
    if (profile_group_few (report_model_profile_group (m, i)))
      few++;
  m->few = few == 0 ? PHRASE_FEW_NONE : few == n ? PHRASE_FEW_ALL
    : PHRASE_FEW_SOME;
  for (guint i = 0, k = 0; i < n && m->few == PHRASE_FEW_SOME; i++)
    if (profile_group_few (report_model_profile_group (m, i)))
      {
        const ProfileGroup *pg = report_model_profile_group (m, i);
        g_autofree char *name = fmt_clean_text (pg->name);
        if (k > 0)
          g_string_append (labels, k + 1 == few ? " and " : ", ");
        g_string_append_printf (labels, "%u. %s", m->shown[i] + 1, name);
        k++;
      }
  m->few_note = phrase_few_note (m->few, labels->str, c->group_by);
}

ReportModel *
report_model_new (const Profile *profile, const KwicExamples *examples,
                  const ReportCorpus *corpus, const ReportOptions *opts)
{
  g_return_val_if_fail (profile != NULL && corpus != NULL && opts != NULL,
                        NULL);
  ReportModel *m = g_new0 (ReportModel, 1);
  m->profile = profile;
  m->source = g_strdup (corpus->source != NULL ? corpus->source
                        : phrase_no_source);
  m->name = corpus->title != NULL ? fmt_clean_text (corpus->title)
    : g_strdup (m->source);
  m->title = phrase_report_title (m->name);
  m->group_by = g_strdup (corpus->group_by);
  m->cluster_by = g_strdup (corpus->cluster_by);
  m->ascii = opts->ascii;
  m->reading_pages = opts->reading_pages;
  m->corpus = phrase_corpus (profile, corpus);
  model_shown (m);
  model_span (m, corpus);
  model_few (m, corpus);
  model_skipped (m, corpus);
  m->presence = profile->opts.presence;
  m->balance_intro = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (m->balance_intro, g_strdup (phrase_compare_intro));
  g_ptr_array_add (m->balance_intro, phrase_balance_intro (m->few));
  if (profile->opts.n_balance == 0)
    g_ptr_array_add (m->balance_intro, g_strdup (phrase_no_balance));
  m->top_terms = opts->top_terms;
  m->terms_intro = phrase_terms_intro (opts->top_terms,
                                       profile_n_groups (profile));
  m->has_examples = examples != NULL;
  m->negation_window = corpus->negation_window;
  m->topics = g_ptr_array_new_with_free_func (topic_free);
  for (guint t = 0; t < profile_n_topics (profile); t++)
    {
      const LexTopic *lt = profile_topic (profile, t);
      ReportTopic *topic = g_new0 (ReportTopic, 1);
      topic->name = fmt_clean_text (lt->name);
      topic->title = phrase_topic_title (profile, t);
      if (lt->description != NULL)
        topic->description = fmt_clean_text (lt->description);
      topic->decimals = topic_decimals (m, t);
      g_ptr_array_add (m->topics, topic);
    }
  m->groups = g_ptr_array_new ();
  for (guint i = 0; i < m->n_shown; i++)
    g_ptr_array_add (m->groups, group_new (m, i, examples,
                                           corpus->headlines));
  model_same_dominant (m);
  m->jsd = jsd_cells (m);
  m->pairs = report_pairs_part (profile, opts->pairs, m->few);
  m->concentrated_intro = phrase_concentrated_intro (m->cluster_by);
  m->concentrated = concentrated_notes (m);
  if (corpus->provenance != NULL)
    {
      m->provenance = phrase_provenance (corpus->provenance);
      m->command = phrase_command_words (provenance_argv
                                         (corpus->provenance));
    }
  return m;
}

void
report_model_free (ReportModel *m)
{
  if (m == NULL)
    return;
  for (guint i = 0; i < m->groups->len; i++)
    group_free (g_ptr_array_index (m->groups, i), m->topics->len);
  report_pairs_part_free (m->pairs, m->topics->len);
  g_ptr_array_unref (m->groups);
  g_ptr_array_unref (m->topics);
  g_ptr_array_unref (m->skipped);
  g_ptr_array_unref (m->balance_intro);
  g_strfreev (m->jsd);
  g_free (m->shown);
  g_free (m->left_out);
  g_free (m->terms_intro);
  g_free (m->concentrated_intro);
  g_ptr_array_unref (m->concentrated);
  g_free (m->corpus);
  g_free (m->few_note);
  g_free (m->span);
  g_free (m->source);
  g_free (m->title);
  g_free (m->name);
  g_free (m->group_by);
  g_free (m->cluster_by);
  g_free (m->provenance);
  g_strfreev (m->command);
  g_free (m);
}

/* ---- the forms ---- */

/* Whether some group name of M is wider than COLUMNS (0: none is). */
static gboolean
names_shortened (const ReportModel *m, guint columns)
{
  for (guint i = 0; columns > 0 && i < m->groups->len; i++)
    if (fmt_columns (report_model_group (m, i)->name, NULL) > columns)
      return TRUE;
  return FALSE;
}

/* The items of "How to read this", in order. */
static GPtrArray *
reading_items (const ReportModel *m)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (items, g_strdup (phrase_reading_words));
  g_ptr_array_add (items, phrase_reading_uncertainty (m->profile->opts.resamples,
                                                      m->cluster_by, m->few));
  g_ptr_array_add (items, phrase_reading_z (m->groups->len, m->few));
  g_ptr_array_add (items, phrase_reading_negation (m->negation_window));
  g_ptr_array_add (items, g_strdup (phrase_reading_sees));
  g_ptr_array_add (items, g_strdup (phrase_reading_examples));
  return items;
}

void
report_prose_init (ReportProse *prose, const ReportModel *m,
                   const ReportForm *form)
{
  g_return_if_fail (prose != NULL && m != NULL && form != NULL);
  prose->legend_intro = m->groups->len == 0 ? g_strdup (phrase_no_articles)
      : phrase_legend_intro (names_shortened (m, form->name_columns),
                             m->headlines,
                             g_strcmp0 (m->cluster_by, "outlet") == 0);
  prose->profiles_intro = phrase_profiles_intro (m->presence,
                                                 form->interval_at,
                                                 m->cluster_by, m->few);
  prose->mark_note = phrase_mark_note (m->cluster_by, m->few);
  prose->shares_intro = phrase_shares_intro (form->bar);
  prose->divergence_intro = phrase_divergence_intro (form->dash);
  prose->examples_intro = phrase_examples_intro (form->marked,
                                                 form->struck);
  prose->chart_intro = phrase_chart_intro (m->few);
  prose->reading = reading_items (m);
}

void
report_prose_clear (ReportProse *prose)
{
  g_clear_pointer (&prose->legend_intro, g_free);
  g_clear_pointer (&prose->profiles_intro, g_free);
  g_clear_pointer (&prose->mark_note, g_free);
  g_clear_pointer (&prose->shares_intro, g_free);
  g_clear_pointer (&prose->divergence_intro, g_free);
  g_clear_pointer (&prose->examples_intro, g_free);
  g_clear_pointer (&prose->chart_intro, g_free);
  g_clear_pointer (&prose->reading, g_ptr_array_unref);
}

char *
report_interval (const ReportCell *cell, const ReportForm *form)
{
  if (cell->few)
    return g_strdup ("");
  if (cell->ci_low == NULL)
    return g_strdup ("n/a");
  return g_strconcat (cell->ci_low, form->dash, cell->ci_high, NULL);
}

char *
report_pairs_intro (const ReportModel *m, const ReportForm *form)
{
  return phrase_pairs_intro (form->interval_at, m->cluster_by, form->ge);
}

char *
report_pair_interval (const ReportPairRow *row, const ReportForm *form)
{
  if (row->low == NULL)
    return g_strdup ("n/a");
  if (row->high == NULL)
    return g_strconcat (form->ge, " ", row->low, NULL);
  return g_strconcat (row->low, form->dash, row->high, NULL);
}

char *
report_pair_ratio (const ReportPairRow *row, const ReportForm *form)
{
  if (row->ratio == NULL)
    return g_strdup ("n/a");
  g_autofree char *interval = report_pair_interval (row, form);
  return g_strdup_printf ("%s (%s)", row->ratio, interval);
}

/* ---- example sentences ---- */

void
report_example_text (const KwicExample *ex, const ReportForm *form,
                     ReportExampleText *out)
{
  g_autofree char *l0 = form->clean (ex->ctx.left);
  g_autofree char *r0 = form->clean (ex->ctx.right);
  out->id = form->clean (ex->id);
  out->match = g_strstrip (form->clean (ex->ctx.match));
  g_autofree char *left = g_strchomp (trim_context (g_strchug (l0), TRUE,
                                                     form->ellipsis));
  g_autofree char *right = g_strchug (trim_context (g_strchomp (r0), FALSE,
                                                    form->ellipsis));
  /* One space each side of the hit where the text had one: punctuation
   * stays glued to the hit as it was written. */
  gboolean before = *left != '\0' && ex->ctx.left[0] != '\0'
      && g_ascii_isspace (ex->ctx.left[strlen (ex->ctx.left) - 1]);
  gboolean after = *right != '\0' && g_ascii_isspace (ex->ctx.right[0]);
  out->left = g_strconcat (left, before ? " " : "", NULL);
  out->right = g_strconcat (after ? " " : "", right, NULL);
}

void
report_example_text_clear (ReportExampleText *t)
{
  g_clear_pointer (&t->id, g_free);
  g_clear_pointer (&t->left, g_free);
  g_clear_pointer (&t->match, g_free);
  g_clear_pointer (&t->right, g_free);
}
