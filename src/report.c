/* report.c - the plain-text report of a comparison (framing-report(5),
 * THE REPORT): the text renderer of a ReportModel (reportmodel.h), which
 * holds what to say; this file lays it out.
 *
 * Every line fits 80 columns (prose is wrapped at 78), numbers are
 * written with '.' as the decimal point whatever the locale, and text
 * that comes from the corpus (group names, example sentences, skipped
 * inputs) has its control characters replaced by spaces so that it can
 * never move the cursor of a terminal.  The output depends only on the
 * profile and the examples: no dates, timings or paths beyond the source.
 * A failed write is told through GError once the report is written.
 */
#include <math.h>
#include <string.h>

#include "report.h"
#include "fmt.h"
#include "output.h"
#include "phrases.h"
#include "reportmodel.h"

#define REPORT_WIDTH 78      /* prose and tables */
#define REPORT_NAME_WIDTH 20 /* group names in tables */
#define REPORT_BAR_CELLS 50  /* a bar of 100% */

/* A report being written. */
typedef struct {
  FILE *out;
  gboolean ascii;     /* bars of '#' instead of eighths of a block */
  ReportForm form;    /* text_form () */
  ReportProse prose;  /* the model's sentences in that form */
  guint section;      /* number of the last heading written */
} Report;

/* The report's form: Unicode glyphs, or ASCII ones with --ascii. */
static ReportForm
text_form (gboolean ascii)
{
  return (ReportForm) {
    .ellipsis = ascii ? "..." : "…", .dash = ascii ? "-" : "–",
    .ge = ascii ? ">=" : "≥", .bar = ascii ? "#" : "█",
    .interval_at = "in brackets", .marked = "marked [[like this]]",
    .name_columns = REPORT_NAME_WIDTH, .clean = fmt_clean_text,
  };
}

/* ---- text helpers ---- */

/* Columns that S takes. */
static guint
text_width (const char *s)
{
  return fmt_columns (s, NULL);
}

/* Append the code point at P to LINE, a 0x1f byte as a space; return the
 * columns it takes. */
static inline guint
append_char (GString *line, const char *p)
{
  if ((guchar) *p < 0x80)
    {
      g_string_append_c (line, *p == '\x1f' ? ' ' : *p);
      return 1;
    }
  gunichar c = g_utf8_get_char (p);
  g_string_append_unichar (line, c);
  return fmt_char_columns (c);
}

/* S cut to at most WIDTH columns, ending with the ellipsis when cut.
 * Newly allocated. */
static char *
fit_text (const Report *r, const char *s, guint width)
{
  if (text_width (s) <= width)
    return g_strdup (s);
  guint ell = text_width (r->form.ellipsis);
  GString *out = g_string_new (NULL);
  guint w = 0;
  for (const char *p = s; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (w + fmt_char_columns (c) + ell > width)
        break;
      w += fmt_char_columns (c);
      g_string_append_unichar (out, c);
    }
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  g_string_append (out, r->form.ellipsis);
  return g_string_free (out, FALSE);
}

/* Append S to LINE padded with spaces to WIDTH columns, on the left when
 * RIGHT (S must fit). */
static void
append_padded (GString *line, const char *s, guint width, gboolean right)
{
  guint w = text_width (s);
  if (right)
    for (; w < width; w++)
      g_string_append_c (line, ' ');
  g_string_append (line, s);
  if (!right)
    for (; w < width; w++)
      g_string_append_c (line, ' ');
}

/* Append N spaces to LINE. */
static void
append_spaces (GString *line, guint n)
{
  static const char spaces[] = "                                ";
  for (; n > 0; n -= MIN (n, sizeof spaces - 1))
    g_string_append_len (line, spaces, MIN (n, sizeof spaces - 1));
}

/* Write LINE with trailing spaces removed and a line end, then empty it. */
static void
put_line (Report *r, GString *line)
{
  while (line->len > 0 && line->str[line->len - 1] == ' ')
    g_string_truncate (line, line->len - 1);
  g_string_append_c (line, '\n');
  fputs (line->str, r->out);
  g_string_truncate (line, 0);
}

/* Write TEXT wrapped at REPORT_WIDTH columns, the first line indented by
 * FIRST spaces and the others by REST.  Words are separated by spaces; a
 * 0x1f byte is a space that does not break; a word longer than a line is
 * broken where it must be.  The words are read in place. */
static void
put_wrapped (Report *r, const char *text, guint first, guint rest)
{
  g_autoptr (GString) line = g_string_new (NULL);
  guint indent = first, w = 0;
  gboolean empty = TRUE;

  append_spaces (line, indent);
  w = indent;
  for (const char *word = text; *word != '\0';)
    {
      if (*word == ' ')
        {
          word++;
          continue;
        }
      const char *end = strchr (word, ' ');
      if (end == NULL)
        end = word + strlen (word);
      guint ww = fmt_columns (word, end);
      if (!empty && w + 1 + ww > REPORT_WIDTH)
        {
          put_line (r, line);
          indent = rest;
          append_spaces (line, indent);
          w = indent;
          empty = TRUE;
        }
      if (!empty)
        {
          g_string_append_c (line, ' ');
          w++;
        }
      if (w + ww <= REPORT_WIDTH)
        {
          /* The whole word fits, as nearly every word does: its bytes
           * (valid UTF-8) are the code points append_char () would
           * write, 0x1f aside. */
          gsize at = line->len;
          g_string_append_len (line, word, end - word);
          for (char *p = memchr (line->str + at, '\x1f', line->len - at);
               p != NULL; p = memchr (p, '\x1f', line->str + line->len - p))
            *p = ' ';
          w += ww;
          empty = FALSE;
          word = end;
          continue;
        }
      for (const char *p = word; p < end; p = g_utf8_next_char (p))
        {
          guint cw = fmt_char_columns (g_utf8_get_char (p));
          if (w + cw > REPORT_WIDTH && w > indent)
            {
              put_line (r, line);
              indent = rest;
              append_spaces (line, indent);
              w = indent;
            }
          w += append_char (line, p);
        }
      empty = FALSE;
      word = end;
    }
  if (!empty)
    put_line (r, line);
}

/* TEXT on a line of its own, underlined with C, then a blank line. */
static void
put_underlined (Report *r, const char *text, char c)
{
  fprintf (r->out, "%s\n", text);
  for (guint i = text_width (text); i > 0; i--)
    fputc (c, r->out);
  fputs ("\n\n", r->out);
}

/* A numbered section heading, underlined, after a blank line. */
static void
put_heading (Report *r, ReportSection s)
{
  g_autofree char *h = g_strdup_printf ("%u. %s", ++r->section,
                                        report_section_title (s));
  fputc ('\n', r->out);
  put_underlined (r, h, '-');
}

/* A paragraph of TEXT, wrapped, and a blank line. */
static void
put_paragraph (Report *r, const char *text)
{
  put_wrapped (r, text, 0, 0);
  fputc ('\n', r->out);
}

/* ITEMS (char*) as a list, each "- ITEM", wrapped and indented by
 * INDENT. */
static void
put_list (Report *r, const GPtrArray *items, guint indent)
{
  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *item = g_strconcat ("- ", g_ptr_array_index (items, i),
                                           NULL);
      put_wrapped (r, item, indent, indent + 2);
    }
}

/* ---- 1. the corpus ---- */

/* The skipped inputs named in the model, one a line. */
static void
put_skipped (Report *r, const ReportModel *m)
{
  if (m->skipped->len == 0)
    return;
  fprintf (r->out, "\n%s\n", phrase_skipped_inputs);
  put_list (r, m->skipped, 2);
}

/* The width of the largest number of a group M shows (the last: the
 * groups are in name order). */
static int
number_digits (const ReportModel *m)
{
  guint n = m->groups->len;
  return g_snprintf (NULL, 0, "%u", n > 0 ? report_model_group (m, n - 1)->number
                                          : 0);
}

/* The numbered list of groups with their full names and sizes. */
static void
put_group_legend (Report *r, const ReportModel *m)
{
  guint n = m->groups->len;
  fputc ('\n', r->out);
  put_wrapped (r, r->prose.legend_intro, 0, 0);
  int digits = number_digits (m);
  for (guint i = 0; i < n; i++)
    {
      const ReportGroup *g = report_model_group (m, i);
      /* 0x1f: spaces that align the numbers and are kept by wrapping */
      g_autofree char *item = g_strdup_printf ("%*u\x1f\x1f%s", digits,
                                               g->number, g->legend);
      for (char *c = item; *c == ' '; c++)
        *c = '\x1f';
      put_wrapped (r, item, 2, 4 + digits);
      /* its articles, under its name */
      const GPtrArray *hl = report_model_group (m, i)->headlines;
      for (guint k = 0; k < hl->len; k++)
        put_wrapped (r, g_ptr_array_index (hl, k), 4 + digits, 6 + digits);
    }
}

/* Section 1: the corpus, the skipped inputs and the groups. */
static void
put_corpus (Report *r, const ReportModel *m)
{
  put_wrapped (r, m->corpus, 0, 0);
  if (m->span != NULL)
    {
      fputc ('\n', r->out);
      put_wrapped (r, m->span, 0, 0);
    }
  if (m->left_out != NULL)
    {
      fputc ('\n', r->out);
      put_wrapped (r, m->left_out, 0, 0);
    }
  if (m->few_note != NULL)
    {
      fputc ('\n', r->out);
      put_wrapped (r, m->few_note, 0, 0);
    }
  put_skipped (r, m);
  put_group_legend (r, m);
}

/* ---- 2. the profile tables ---- */

/* "12.3 (9.8–15.1)": per 1000 tokens with its interval, or "(n/a)";
 * the rate alone for a group of few articles. */
static char *
fmt_rate (const Report *r, const ReportCell *c)
{
  g_autofree char *interval = report_interval (c, &r->form);
  if (*interval == '\0')
    return g_strdup (c->per_1k);
  return g_strdup_printf ("%s (%s)", c->per_1k, interval);
}

/* One line of a profile table from its cells. */
static void
put_table_row (Report *r, GString *line, const char *name,
               const char *articles, const char *rate, const char *share,
               const char *present, const char *z, gboolean mark)
{
  append_padded (line, name, REPORT_NAME_WIDTH, FALSE);
  g_string_append_c (line, ' ');
  append_padded (line, articles, 8, TRUE);
  g_string_append (line, "  ");
  append_padded (line, rate, 21, FALSE);
  g_string_append_c (line, ' ');
  append_padded (line, share, 6, TRUE);
  g_string_append (line, "  ");
  append_padded (line, present, 7, TRUE);
  g_string_append (line, "  ");
  append_padded (line, z, 6, TRUE);
  if (mark)
    g_string_append (line, " *");
  put_line (r, line);
}

/* One group's row of a profile table. */
static void
put_profile_row (Report *r, GString *line, const ReportGroup *g, guint t)
{
  const ReportCell *c = &g->cells[t];
  g_autofree char *name = fit_text (r, g->name, REPORT_NAME_WIDTH);
  g_autofree char *rate = fmt_rate (r, c);
  put_table_row (r, line, name, g->articles, rate, c->share, c->present,
                 c->z, c->marked);
}

/* The profile table of topic T. */
static void
put_profile_table (Report *r, const ReportModel *m, guint t)
{
  const ReportTopic *topic = report_model_topic (m, t);
  g_autoptr (GString) line = g_string_new (NULL);
  g_autofree char *title = topic->description != NULL
      ? g_strconcat (topic->title, ": ", topic->description, NULL)
      : g_strdup (topic->title);
  put_wrapped (r, title, 0, 2);
  fputc ('\n', r->out);

  /* No word of intervals when no group has one. */
  g_autofree char *rate = g_strdup_printf ("%s%s", report_column_title
                                           (REPORT_COLUMN_RATE),
                                           m->few == PHRASE_FEW_ALL ? ""
                                           : " (95%)");
  put_table_row (r, line, report_column_title (REPORT_COLUMN_GROUP),
                 report_column_title (REPORT_COLUMN_ARTICLES), rate,
                 report_column_title (REPORT_COLUMN_SHARE),
                 report_column_title (REPORT_COLUMN_PRESENT),
                 report_column_title (REPORT_COLUMN_Z), FALSE);
  for (guint i = 0; i < m->groups->len; i++)
    put_profile_row (r, line, report_model_group (m, i), t);
  fputc ('\n', r->out);
}

/* ---- 2, continued: the ratios between groups ---- */

/* Width of the "Ratio (95%)" column. */
#define REPORT_RATIO_WIDTH 23

/* One line of a table of ratios from its cells. */
static void
put_pair_line (Report *r, GString *line, const char *a, const char *b,
               const char *ratio, const char *difference)
{
  append_padded (line, a, REPORT_NAME_WIDTH, FALSE);
  g_string_append_c (line, ' ');
  append_padded (line, b, REPORT_NAME_WIDTH, FALSE);
  g_string_append (line, "  ");
  append_padded (line, ratio, REPORT_RATIO_WIDTH, FALSE);
  append_padded (line, difference, 10, TRUE);
  put_line (r, line);
}

/* The table of ratios of topic T. */
static void
put_pair_table (Report *r, const ReportModel *m, guint t)
{
  g_autoptr (GString) line = g_string_new (NULL);
  fputc ('\n', r->out);
  put_wrapped (r, report_model_topic (m, t)->title, 0, 2);
  fputc ('\n', r->out);
  g_autofree char *ratio = g_strdup_printf ("%s (95%%)",
                                            report_pair_column_title
                                            (REPORT_PAIR_COLUMN_RATIO));
  put_pair_line (r, line, report_pair_column_title (REPORT_PAIR_COLUMN_A),
                 report_pair_column_title (REPORT_PAIR_COLUMN_B), ratio,
                 report_pair_column_title (REPORT_PAIR_COLUMN_DIFFERENCE));
  const GPtrArray *rows = m->pairs->rows[t];
  for (guint k = 0; k < rows->len; k++)
    {
      const ReportPairRow *row = g_ptr_array_index (rows, k);
      g_autofree char *a = fit_text (r, row->a, REPORT_NAME_WIDTH);
      g_autofree char *b = fit_text (r, row->b, REPORT_NAME_WIDTH);
      g_autofree char *cell = report_pair_ratio (row, &r->form);
      put_pair_line (r, line, a, b, cell, row->difference);
    }
}

/* After the profile tables: the ratios of the groups' rates, one table
 * per topic, or where they are when there are too many groups. */
static void
put_pairs (Report *r, const ReportModel *m)
{
  if (m->pairs == NULL)
    return;
  fputc ('\n', r->out);
  put_underlined (r, phrase_pairs_title, '~');
  if (m->pairs->elsewhere != NULL)
    {
      put_wrapped (r, m->pairs->elsewhere, 0, 0);
      return;
    }
  g_autofree char *intro = report_pairs_intro (m, &r->form);
  put_wrapped (r, intro, 0, 0);
  for (guint t = 0; t < m->topics->len; t++)
    put_pair_table (r, m, t);
}

/* Section 2: what the columns mean, then one table per topic, then the
 * ratios between groups. */
static void
put_profiles (Report *r, const ReportModel *m)
{
  put_paragraph (r, r->prose.profiles_intro);
  for (guint t = 0; t < m->topics->len; t++)
    put_profile_table (r, m, t);
  put_wrapped (r, r->prose.mark_note, 0, 2);
  if (m->concentrated->len > 0)
    {
      fputc ('\n', r->out);
      put_wrapped (r, m->concentrated_intro, 0, 0);
      put_list (r, m->concentrated, 0);
    }
  put_pairs (r, m);
}

/* ---- 3. the bar chart ---- */

/* Width of the topic names in the chart (at most 16 columns). */
static guint
chart_name_width (const ReportModel *m)
{
  guint w = 5;
  for (guint t = 0; t < m->topics->len; t++)
    w = MAX (w, text_width (report_model_topic (m, t)->name));
  return MIN (w, 16);
}

/* Append a bar of FRACTION (0..1) of REPORT_BAR_CELLS cells to LINE,
 * padded to the full width: eighths of a cell in Unicode, whole '#'
 * cells in ASCII; a share above 0 always shows. */
static void
append_bar (const Report *r, GString *line, double fraction)
{
  static const char *const eighths[] = { "", "▏", "▎", "▍", "▌", "▋", "▊",
                                         "▉" };
  guint cells = 0;
  if (r->ascii)
    {
      guint n = (guint) lround (fraction * REPORT_BAR_CELLS);
      if (n == 0 && fraction > 0)
        n = 1;
      for (; cells < n; cells++)
        g_string_append_c (line, '#');
    }
  else
    {
      long units = lround (fraction * REPORT_BAR_CELLS * 8);
      if (units == 0 && fraction > 0)
        units = 1;
      for (; cells < (guint) (units / 8); cells++)
        g_string_append (line, "█");
      if (units % 8 != 0)
        {
          g_string_append (line, eighths[units % 8]);
          cells++;
        }
    }
  for (; cells < REPORT_BAR_CELLS; cells++)
    g_string_append_c (line, ' ');
}

/* The bars of group I. */
static void
put_group_bars (Report *r, const ReportModel *m, guint i, guint namew)
{
  const ReportGroup *g = report_model_group (m, i);
  g_autoptr (GString) line = g_string_new (NULL);
  g_autofree char *name = fit_text (r, g->name, REPORT_WIDTH - 6);
  fprintf (r->out, "%u. %s\n", g->number, name);
  if (!g->has_hits)
    {
      fprintf (r->out, "   %s\n", phrase_no_hits);
      return;
    }
  for (guint t = 0; t < m->topics->len; t++)
    {
      g_autofree char *tname = fit_text (r, report_model_topic (m, t)->name,
                                         namew);
      g_string_append (line, "   ");
      append_padded (line, tname, namew, FALSE);
      g_string_append_c (line, ' ');
      append_bar (r, line, g->cells[t].fraction);
      g_string_append_c (line, ' ');
      append_padded (line, g->cells[t].share, 6, TRUE);
      put_line (r, line);
    }
}

/* Section 3: the shares as bars. */
static void
put_chart (Report *r, const ReportModel *m)
{
  put_paragraph (r, r->prose.shares_intro);
  guint namew = chart_name_width (m);
  for (guint i = 0; i < m->groups->len; i++)
    {
      if (i > 0)
        fputc ('\n', r->out);
      put_group_bars (r, m, i, namew);
    }
}

/* ---- 4. how the groups differ ---- */

/* Section 4: per group, how it compares with the others topic by topic,
 * its dominant frame (unless all share it) and balances. */
static void
put_dominant (Report *r, const ReportModel *m)
{
  for (guint k = 0; k < m->balance_intro->len; k++)
    put_paragraph (r, g_ptr_array_index (m->balance_intro, k));
  for (guint i = 0; i < m->groups->len; i++)
    {
      const ReportGroup *g = report_model_group (m, i);
      g_autofree char *text = g->dominant != NULL
        ? g_strconcat (g->label, ": ", g->dominant, NULL)
        : g_strdup (g->label);
      if (i > 0)
        fputc ('\n', r->out);
      put_wrapped (r, text, 0, 3);
      put_list (r, g->compare, 3);
      for (guint k = 0; k < g->balance->len; k++)
        put_wrapped (r, g_ptr_array_index (g->balance, k), 3, 5);
    }
}

/* ---- 5. the divergence matrix ---- */

/* Width of the row labels of the matrix ("12 name"). */
#define REPORT_MATRIX_LABEL 18
#define REPORT_MATRIX_CELL 7

/* Columns FROM..TO-1 of the divergence matrix. */
static void
put_matrix_block (Report *r, const ReportModel *m, guint from, guint to)
{
  guint n = m->groups->len;
  int digits = number_digits (m);
  g_autoptr (GString) line = g_string_new (NULL);
  append_padded (line, "", REPORT_MATRIX_LABEL, FALSE);
  for (guint j = from; j < to; j++)
    {
      char num[16];
      g_snprintf (num, sizeof num, "%u", report_model_group (m, j)->number);
      append_padded (line, num, REPORT_MATRIX_CELL, TRUE);
    }
  put_line (r, line);
  for (guint i = 0; i < n; i++)
    {
      char num[16];
      g_snprintf (num, sizeof num, "%*u ", digits,
                  report_model_group (m, i)->number);
      g_autofree char *name = fit_text (r, report_model_group (m, i)->name,
                                        REPORT_MATRIX_LABEL - 2 - digits);
      g_autofree char *label = g_strconcat (num, name, NULL);
      append_padded (line, label, REPORT_MATRIX_LABEL, FALSE);
      for (guint j = from; j < to; j++)
        append_padded (line, m->jsd[i * n + j], REPORT_MATRIX_CELL, TRUE);
      put_line (r, line);
    }
}

/* Section 5: the Jensen-Shannon divergence between every two groups. */
static void
put_divergence (Report *r, const ReportModel *m)
{
  put_paragraph (r, r->prose.divergence_intro);
  guint n = m->groups->len;
  guint per_block = (REPORT_WIDTH - REPORT_MATRIX_LABEL) / REPORT_MATRIX_CELL;
  if (m->jsd == NULL)
    {
      put_paragraph (r, phrase_too_many_groups);
      for (guint i = 0; i < n; i++)
        {
          const ReportGroup *g = report_model_group (m, i);
          g_autofree char *text = g_strdup_printf ("%u. %s", g->number,
                                                   g->nearest);
          put_wrapped (r, text, 0, 3);
        }
      return;
    }
  for (guint from = 0; from < n; from += per_block)
    {
      if (from > 0)
        fputc ('\n', r->out);
      put_matrix_block (r, m, from, MIN (n, from + per_block));
    }
}

/* ---- 6. distinguishing entries ---- */

/* The top distinguishing entries of group G in topic T. */
static void
put_group_terms (Report *r, const ReportModel *m, const ReportGroup *g,
                 guint t)
{
  const GPtrArray *rows = g->terms[t];
  g_autoptr (GString) line = g_string_new (NULL);
  if (rows->len == 0)
    {
      put_wrapped (r, g->terms_title[t], 3, 5);
      return;
    }
  g_autofree char *head = fit_text (r, report_model_topic (m, t)->name, 46);
  g_string_append (line, "   ");
  append_padded (line, head, 46, FALSE);
  static const guint widths[] = { 8, 10, 8 };
  for (ReportColumn c = REPORT_COLUMN_HITS; c < REPORT_N_COLUMNS; c++)
    {
      g_autofree char *title = g_ascii_strdown (report_column_title (c), -1);
      append_padded (line, title, widths[c - REPORT_COLUMN_HITS], TRUE);
    }
  put_line (r, line);
  for (guint k = 0; k < rows->len; k++)
    {
      const ReportTermRow *row = g_ptr_array_index (rows, k);
      g_autofree char *spelling = fit_text (r, row->spelling, 42);
      g_string_append (line, "     ");
      append_padded (line, spelling, 44, FALSE);
      append_padded (line, row->hits, 8, TRUE);
      append_padded (line, row->per_1k, 10, TRUE);
      append_padded (line, row->z, 8, TRUE);
      if (row->marked)
        g_string_append (line, " *");
      put_line (r, line);
    }
}

/* Section 6: per group and topic, the entries that set it apart. */
static void
put_terms (Report *r, const ReportModel *m)
{
  put_wrapped (r, m->terms_intro, 0, 0);
  for (guint i = 0; i < m->groups->len; i++)
    {
      const ReportGroup *g = report_model_group (m, i);
      fputc ('\n', r->out);
      put_wrapped (r, g->label, 0, 3);
      for (guint t = 0; t < m->topics->len; t++)
        put_group_terms (r, m, g, t);
    }
}

/* ---- 7. example sentences ---- */

/* One example: "[id] (negated) left [[match]] right", wrapped. */
static void
put_example (Report *r, const KwicExample *ex)
{
  g_auto (ReportExampleText) t = { 0 };
  report_example_text (ex, &r->form, &t);
  g_strdelimit (t.match, " ", '\x1f'); /* the marked hit does not break */
  GString *s = g_string_new (NULL);
  g_string_append_printf (s, "[%s] ", t.id);
  if (ex->negated)
    g_string_append_printf (s, "%s ", phrase_negated);
  g_string_append_printf (s, "%s[[%s]]%s", t.left, t.match, t.right);
  g_autofree char *text = g_string_free (s, FALSE);
  put_wrapped (r, text, 3, 5);
}

/* Section 7: up to two example sentences per group and topic (none
 * when the model has no text: a merge of counts files). */
static void
put_examples (Report *r, const ReportModel *m)
{
  if (!m->has_examples)
    {
      put_wrapped (r, phrase_no_examples, 0, 0);
      return;
    }
  put_wrapped (r, r->prose.examples_intro, 0, 0);
  for (guint i = 0; i < m->groups->len; i++)
    {
      const ReportGroup *g = report_model_group (m, i);
      for (guint t = 0; t < m->topics->len; t++)
        {
          g_autofree char *head = g_strconcat (g->label, ", ",
                                               g->examples_title[t], NULL);
          fputc ('\n', r->out);
          put_wrapped (r, head, 0, 3);
          for (guint k = 0; k < g->examples[t]->len; k++)
            put_example (r, g_ptr_array_index (g->examples[t], k));
        }
    }
}

/* ---- 8. how to read this ---- */

/* Section 8: what the numbers can and cannot show. */
static void
put_how_to_read (Report *r, const ReportModel *m)
{
  (void) m; /* the items are the prose's */
  put_list (r, r->prose.reading, 0);
}

/* ---- how it was made ---- */

/* The closing paragraph, and the command line below it, indented,
 * wrapped between its words only. */
static void
put_provenance (Report *r, const ReportModel *m)
{
  if (m->provenance == NULL)
    return;
  fputc ('\n', r->out);
  put_wrapped (r, m->provenance, 0, 0);
  g_autoptr (GString) line = g_string_new (NULL);
  for (char **w = m->command; *w != NULL; w++)
    {
      if (line->len > 0)
        g_string_append_c (line, ' ');
      gsize at = line->len;
      g_string_append (line, *w);
      /* 0x1f: a space that does not break (put_wrapped ()) */
      g_strdelimit (line->str + at, " ", '\x1f');
    }
  put_wrapped (r, line->str, 2, 4);
}

/* ---- the report ---- */

/* What writes each section (the report has no chart: the bars of
 * section 3 stand in for it). */
static void (*const sections[REPORT_N_SECTIONS]) (Report *,
                                                  const ReportModel *) = {
  [REPORT_SECTION_CORPUS] = put_corpus,
  [REPORT_SECTION_PROFILES] = put_profiles,
  [REPORT_SECTION_SHARES] = put_chart,
  [REPORT_SECTION_BALANCE] = put_dominant,
  [REPORT_SECTION_DISTANCES] = put_divergence,
  [REPORT_SECTION_TERMS] = put_terms,
  [REPORT_SECTION_EXAMPLES] = put_examples,
  [REPORT_SECTION_READING] = put_how_to_read,
};

gboolean
report_write (FILE *out, const ReportModel *model, GError **error)
{
  g_return_val_if_fail (out != NULL && model != NULL, FALSE);
  Report r = { .out = out, .ascii = model->ascii,
               .form = text_form (model->ascii) };
  report_prose_init (&r.prose, model, &r.form);
  put_underlined (&r, model->title, '=');
  put_wrapped (&r, phrase_lead, 0, 0);
  for (ReportSection s = 0; s < REPORT_N_SECTIONS; s++)
    if (sections[s] != NULL)
      {
        put_heading (&r, s);
        sections[s] (&r, model);
      }
  put_provenance (&r, model);
  report_prose_clear (&r.prose);
  return output_check_stream (out, error);
}
