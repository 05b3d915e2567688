/* gold-write.c - the outputs of "framing lexicon --gold": the text report
 * (the table of measures, then per topic its false hits, misses and
 * suggested entries) and the CSV tables gold, gold-errors and
 * gold-suggestions (gold.h; framing-report(5)).
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "csv.h"
#include "fmt.h"
#include "framing.h"
#include "gold.h"

/* Write S and spaces up to WIDTH columns (one per code point). */
static void
write_padded (FILE *out, const char *s, guint width)
{
  glong n = g_utf8_strlen (s, -1);
  fprintf (out, "%s%*s", s, n < (glong) width ? (int) (width - (guint) n) : 0, "");
}

/* "0.72 (0.62-0.81)", "0.72 (n/a)" without an interval, or "n/a". */
static char *
measure_cell (double v, const double ci[2])
{
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE], c[G_ASCII_DTOSTR_BUF_SIZE];
  if (!isfinite (v))
    return g_strdup ("n/a");
  if (!isfinite (ci[0]) || !isfinite (ci[1]))
    return g_strdup_printf ("%s (n/a)", fmt_fixed (a, v, 2, FALSE));
  return g_strdup_printf ("%s (%s-%s)", fmt_fixed (a, v, 2, FALSE),
                          fmt_fixed (b, ci[0], 2, FALSE), fmt_fixed (c, ci[1], 2, FALSE));
}

/* The lines above the table: the file, negation, what counts. */
static void
write_header (FILE *out, const GoldResult *r)
{
  g_autofree char *file = fmt_clean_text (r->file);
  g_autofree char *n = fmt_count_noun (r->sentences, "sentence", "sentences");
  g_autofree char *win = fmt_count_noun (r->window, "token", "tokens");
  fprintf (out, "Gold file:        %s (%s)\n", file, n);
  if (r->window > 0)
    fprintf (out, "Negation window:  %s (a negated hit flags nothing)\n", win);
  else
    fprintf (out, "Negation window:  0 (off: every hit flags its sentence)\n");
  fprintf (out, "Flagged:          a sentence with a hit of the topic that is not negated\n"
           "Intervals:        95%% percentile bootstrap over the sentences, %u resamples\n\n",
           r->resamples);
}

/* The widest topic name of R, at least 5. */
static guint
topic_width (const GoldResult *r)
{
  guint w = 5;
  for (guint j = 0; j < r->topics->len; j++)
    w = MAX (w, (guint) g_utf8_strlen (((GoldTopic *) r->topics->pdata[j])->name, -1));
  return w;
}

/* One row of the table. */
static void
write_row (FILE *out, const GoldTopic *t, guint width)
{
  g_autofree char *p = measure_cell (t->precision, t->precision_ci);
  g_autofree char *rc = measure_cell (t->recall, t->recall_ci);
  g_autofree char *f = measure_cell (t->f1, t->f1_ci);
  g_autofree char *name = fmt_clean_text (t->name);
  write_padded (out, name, width);
  fprintf (out, " %9u %5u %5u %5u  ", t->positives, t->tp, t->fp, t->fn);
  write_padded (out, p, 18);
  fputs ("  ", out);
  write_padded (out, rc, 18);
  fprintf (out, "  %s\n", f);
}

/* The table, one row per topic, and how to read it. */
static void
write_table (FILE *out, const GoldResult *r)
{
  guint width = topic_width (r);
  write_padded (out, "topic", width);
  fprintf (out, " %9s %5s %5s %5s  %-18s  %-18s  %s\n", "positives", "TP", "FP",
           "FN", "precision (95% CI)", "recall (95% CI)", "F1 (95% CI)");
  for (guint j = 0; j < r->topics->len; j++)
    write_row (out, r->topics->pdata[j], width);
  fputs ("\nPositives: sentences labelled 1.  TP: flagged and labelled 1; FP: flagged\n"
         "but labelled 0 (false hits); FN: labelled 1 but not flagged (misses).\n"
         "Precision = TP / (TP + FP): how often a flag is right.  Recall = TP / (TP +\n"
         "FN): how many of the positives are found.  F1: their harmonic mean.\n"
         "n/a: nothing to divide by.\n", out);
}

/* How many of N items a list with limit EXAMPLES (0: all) shows. */
static guint
shown_count (guint n, guint examples)
{
  return examples > 0 && examples < n ? examples : n;
}

/* "(2 sentences)" or "(the first 10 of 24 sentences)". */
static char *
count_note (guint shown, guint n, const char *one, const char *many)
{
  g_autofree char *all = fmt_count_noun (n, one, many);
  if (shown == n)
    return g_strdup_printf ("(%s)", all);
  return g_strdup_printf ("(the first %u of %s)", shown, all);
}

/* The errors ERRORS (a list titled TITLE, at most EXAMPLES of them),
 * each with its id, marked text and entries, introduced by LABEL. */
static void
write_errors (FILE *out, const GPtrArray *errors, const char *title,
              const char *label, guint examples)
{
  guint shown = shown_count (errors->len, examples);
  g_autofree char *note = count_note (shown, errors->len, "sentence", "sentences");
  fprintf (out, "  %s %s%s\n", title, note, errors->len > 0 ? ":" : "");
  guint width = 0;
  for (guint i = 0; i < shown; i++)
    width = MAX (width, (guint) g_utf8_strlen (((GoldError *) errors->pdata[i])->id, -1));
  for (guint i = 0; i < shown; i++)
    {
      const GoldError *e = errors->pdata[i];
      g_autofree char *id = fmt_clean_text (e->id);
      fputs ("    ", out);
      write_padded (out, id, width);
      fprintf (out, "  %s\n", e->marked);
      if (*e->entries != '\0')
        fprintf (out, "    %*s  %s %s\n", (int) width, "", label, e->entries);
    }
}

/* The suggested entries of T, at most EXAMPLES of them. */
static void
write_suggestions (FILE *out, const GoldTopic *t, guint examples)
{
  guint shown = shown_count (t->suggestions->len, examples);
  if (shown == 0)
    {
      fprintf (out, "  suggested entries: none (no word of the misses stands out)\n");
      return;
    }
  g_autofree char *note = count_note (shown, t->suggestions->len, "stem", "stems");
  fprintf (out, "  suggested entries %s:\n"
           "    stems frequent in the misses and rare in the sentences labelled 0: hints\n"
           "    to read in context (framing kwic) before adding any entry\n"
           "         z  misses  negatives  stem              example\n", note);
  for (guint i = 0; i < shown; i++)
    {
      const GoldSuggestion *s = &g_array_index (t->suggestions, GoldSuggestion, i);
      char z[G_ASCII_DTOSTR_BUF_SIZE];
      fprintf (out, "    %6s  %6u  %9u  ", fmt_fixed (z, s->z, 2, FALSE), s->misses,
               s->negatives);
      write_padded (out, s->stem, 16);
      fprintf (out, "  %s\n", s->form);
    }
}

/* The section of topic T: false hits, misses, suggestions. */
static void
write_topic (FILE *out, const GoldTopic *t, guint examples)
{
  g_autofree char *name = fmt_clean_text (t->name);
  fprintf (out, "\n%s\n", name);
  write_errors (out, t->false_hits, "false hits: flagged but labelled 0", "entries:",
                examples);
  write_errors (out, t->misses, "misses: labelled 1 but not flagged", "negated:",
                examples);
  write_suggestions (out, t, examples);
}

/* The text report of RESULT on OUT. */
gboolean
gold_write_text (FILE *out, const GoldResult *result, guint examples,
                 GError **error)
{
  write_header (out, result);
  write_table (out, result);
  for (guint j = 0; j < result->topics->len; j++)
    write_topic (out, result->topics->pdata[j], examples);
  return framing_flush (out, error);
}

/* The row of topic T of a result of SENTENCES sentences. */
static void
csv_gold_row (CsvWriter *w, const GoldTopic *t, guint sentences)
{
  csv_text (w, t->name);
  const guint counts[] = { sentences, t->positives, t->tp, t->fp, t->fn, t->tn };
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    csv_uint (w, counts[i]);
  const double m[] = { t->precision, t->precision_ci[0], t->precision_ci[1],
                       t->recall, t->recall_ci[0], t->recall_ci[1],
                       t->f1, t->f1_ci[0], t->f1_ci[1] };
  for (guint i = 0; i < G_N_ELEMENTS (m); i++)
    csv_number (w, m[i]);
  csv_end_row (w);
}

/* The gold table: one row per topic. */
static void
csv_gold (CsvWriter *w, const GoldResult *r)
{
  static const char *const names[] = {
    "topic", "sentences", "positives", "tp", "fp", "fn", "tn",
    "precision", "precision_low", "precision_high", "recall", "recall_low",
    "recall_high", "f1", "f1_low", "f1_high", NULL
  };
  csv_header (w, names);
  for (guint j = 0; j < r->topics->len; j++)
    csv_gold_row (w, r->topics->pdata[j], r->sentences);
}

/* The rows of ERRORS of topic TOPIC. */
static void
csv_error_rows (CsvWriter *w, const char *topic, const GPtrArray *errors)
{
  for (guint i = 0; i < errors->len; i++)
    {
      const GoldError *e = errors->pdata[i];
      csv_text (w, topic);
      csv_text (w, e->kind == GOLD_FALSE_HIT ? "false_hit" : "miss");
      csv_text (w, e->id);
      csv_text (w, e->entries);
      csv_text (w, e->marked);
      csv_end_row (w);
    }
}

/* The gold-errors table: every false hit, then every miss, per topic. */
static void
csv_errors (CsvWriter *w, const GoldResult *r)
{
  static const char *const names[] = { "topic", "kind", "id", "entries", "text_marked", NULL };
  csv_header (w, names);
  for (guint j = 0; j < r->topics->len; j++)
    {
      const GoldTopic *t = r->topics->pdata[j];
      csv_error_rows (w, t->name, t->false_hits);
      csv_error_rows (w, t->name, t->misses);
    }
}

/* The rows of the suggestions of topic T. */
static void
csv_suggestion_rows (CsvWriter *w, const GoldTopic *t)
{
  for (guint i = 0; i < t->suggestions->len; i++)
    {
      const GoldSuggestion *s = &g_array_index (t->suggestions, GoldSuggestion, i);
      csv_text (w, t->name);
      csv_text (w, s->stem);
      csv_text (w, s->form);
      csv_number (w, s->z);
      csv_uint (w, s->misses);
      csv_uint (w, s->negatives);
      csv_end_row (w);
    }
}

/* The gold-suggestions table: every suggestion per topic. */
static void
csv_suggestions (CsvWriter *w, const GoldResult *r)
{
  static const char *const names[] = { "topic", "stem", "form", "z", "misses", "negatives", NULL };
  csv_header (w, names);
  for (guint j = 0; j < r->topics->len; j++)
    csv_suggestion_rows (w, r->topics->pdata[j]);
}

/* Whether NAME is one of the three gold tables. */
gboolean
gold_table_known (const char *name)
{
  return g_strcmp0 (name, "gold") == 0 || g_strcmp0 (name, "gold-errors") == 0
         || g_strcmp0 (name, "gold-suggestions") == 0;
}

/* The CSV table TABLE of RESULT on OUT. */
gboolean
gold_write_csv (FILE *out, const char *table, const GoldResult *result,
                GError **error)
{
  g_return_val_if_fail (gold_table_known (table), FALSE);
  g_autoptr (CsvWriter) w = csv_writer_new (out);
  if (strcmp (table, "gold") == 0)
    csv_gold (w, result);
  else if (strcmp (table, "gold-errors") == 0)
    csv_errors (w, result);
  else
    csv_suggestions (w, result);
  return csv_writer_flush (w, error);
}
