/* html.c - report.html, the one-page report of a comparison; see html.h.
 *
 * The page renders the ReportModel that report.txt renders
 * (reportmodel.h): the same sections, numbers and sentences, in its own
 * form (page_form); it adds the chart (section 2) and lets the browser
 * wrap text and size tables.  All text goes through chart_escape();
 * numbers are written with '.' as the decimal point whatever the locale.
 */
#include <string.h>

#include "chart.h"
#include "html.h"
#include "fmt.h"
#include "output.h"
#include "phrases.h"
#include "reportmodel.h"

/* The style sheet: screen first, then print (A4 or Letter). */
static const char style[] =
  "body{font-family:'DejaVu Sans',Verdana,Arial,Helvetica,sans-serif;"
  "font-size:18px;line-height:1.5;color:#111111;background:#FFFFFF;"
  "max-width:72rem;margin:0 auto;padding:1rem 1.5rem 3rem;"
  "box-sizing:border-box}\n"
  "h1{font-size:2rem;margin:.5rem 0}\n"
  "h2{font-size:1.45rem;border-bottom:2px solid #444444;margin:2.5rem 0 1rem}\n"
  "h3{font-size:1.2rem;margin:1.6rem 0 .4rem}\n"
  "h4{font-size:1rem;margin:1rem 0 .3rem}\n"
  ".lead{font-size:1.15rem}\n"
  "nav ol{columns:2;margin:.5rem 0}\n"
  "table{border-collapse:collapse;margin:.5rem 0 1.2rem;"
  "font-variant-numeric:tabular-nums}\n"
  "th,td{padding:.25rem .7rem;border-bottom:1px solid #BBBBBB;"
  "text-align:left;vertical-align:top;overflow-wrap:anywhere}\n"
  "thead th{border-bottom:2px solid #444444}\n"
  "table.profile td:first-child{min-width:9em}\n"
  "tbody th{background:#F2F2F2}\n"
  ".num{text-align:right;white-space:nowrap}\n"
  "th.num{white-space:normal}\n"
  "table{display:block;overflow-x:auto;max-width:100%}\n"
  ".sig{font-weight:bold}\n"
  ".desc{margin:.2rem 0}\n"
  "td.barcell{width:24rem}\n"
  ".track{display:block;height:.9em;margin-top:.3em;background:#E4E4E4}\n"
  ".bar{display:block;height:100%;background:#0072B2}\n"
  ".cells{display:grid;grid-template-columns:repeat(auto-fill,"
  "minmax(28rem,1fr));gap:0 2rem}\n"
  ".cells table{width:100%}\n"
  ".cells th,.cells td{padding:.2rem .4rem}\n"
  "figure{margin:1rem 0}\n"
  "figure svg{display:block;width:100%;max-width:100%;height:auto}\n"
  "figcaption{font-size:.9rem;color:#333333}\n"
  ".ex{margin:.3rem 0 .7rem 1.5rem}\n"
  ".id{font-family:'DejaVu Sans Mono',monospace;font-size:.8em;"
  "color:#555555;overflow-wrap:anywhere}\n"
  "mark{background:#F0E442;color:#000000;font-weight:bold;"
  "padding:0 .15em}\n"
  "mark.negated{background:#DDDDDD;font-weight:normal;"
  "text-decoration:line-through}\n"
  ".neglabel{font-style:italic}\n"
  "footer{margin-top:3rem;font-size:.85rem;color:#555555}\n"
  "@page{margin:15mm}\n"
  "@media print{\n"
  "body{font-size:10.5pt;max-width:none;padding:0}\n"
  "th,td{padding:.1rem .35rem}\n"
  "table{display:table;overflow:visible}\n"
  "nav{display:none}\n"
  "h2{break-after:avoid;page-break-after:avoid}\n"
  "h3,h4{break-after:avoid;page-break-after:avoid}\n"
  "table,figure,.ex,li{break-inside:avoid;page-break-inside:avoid}\n"
  "td.barcell{width:40%}\n"
  ".track,.bar,mark,tbody th{-webkit-print-color-adjust:exact;"
  "print-color-adjust:exact}\n"
  "}\n";

typedef struct {
  FILE *out;
  const ReportModel *m;
  ReportProse prose; /* the model's sentences in page_form */
  guint section;     /* number of the last heading written */
} Html;

/* S made valid UTF-8 (chart_escape () handles control characters). */
static char *
make_valid (const char *s)
{
  return g_utf8_make_valid (s, -1);
}

/* The page's form.  Its marks are the page's own markup, written as
 * they are (everything else is escaped). */
static const ReportForm page_form = {
  .ellipsis = "…", .dash = "–", .ge = "≥", .bar = NULL,
  .interval_at = "beside it", .marked = "<mark>marked like this</mark>",
  .struck = "<mark class=\"negated\">struck through</mark>",
  .name_columns = 0, .clean = make_valid,
};

/* ---- text and numbers ---- */

/* Write S escaped. */
static void
put_esc (const Html *h, const char *s)
{
  g_autofree char *esc = chart_escape (s);
  fputs (esc, h->out);
}

/* Write "<TAG>S</TAG>" with S escaped; TAG may carry attributes. */
static void
put_elem (const Html *h, const char *tag, const char *s)
{
  const char *space = strchr (tag, ' ');
  int name_len = space != NULL ? (int) (space - tag) : (int) strlen (tag);
  fprintf (h->out, "<%s>", tag);
  put_esc (h, s);
  fprintf (h->out, "</%.*s>\n", name_len, tag);
}

/* A numbered section heading with its anchor, closing the section
 * before it. */
static void
put_heading (Html *h, ReportSection s)
{
  if (h->section > 0)
    fputs ("</section>\n", h->out);
  fprintf (h->out, "<section id=\"%s\">\n<h2>%u. ", report_section_id (s),
           ++h->section);
  put_esc (h, report_section_title (s));
  fputs ("</h2>\n", h->out);
}

/* ITEMS (char*) as a list. */
static void
put_list (const Html *h, const GPtrArray *items)
{
  fputs ("<ul>\n", h->out);
  for (guint i = 0; i < items->len; i++)
    put_elem (h, "li", g_ptr_array_index (items, i));
  fputs ("</ul>\n", h->out);
}

/* A table's head: the headings of columns FROM..TO-1, the first one
 * naming the row, the others numbers; no interval column when no group
 * has one. */
static void
put_columns (Html *h, ReportColumn from, ReportColumn to)
{
  fputs ("<thead><tr>", h->out);
  for (ReportColumn c = from; c < to; c++)
    if (c != REPORT_COLUMN_INTERVAL || h->m->few != PHRASE_FEW_ALL)
      fprintf (h->out, "<th%s>%s</th>", c == from ? "" : " class=\"num\"",
             report_column_title (c));
  fputs ("</tr></thead>\n", h->out);
}

/* ---- the page's head and foot ---- */

/* The links to articles.html and worksheet.html, when they are
 * written beside the page. */
static void
put_pages (Html *h)
{
  if (!h->m->reading_pages)
    return;
  put_elem (h, "p", phrase_pages_intro);
  fputs ("<ul>\n<li><a href=\"articles.html\">articles.html</a>: ", h->out);
  put_esc (h, phrase_pages_articles);
  fputs ("</li>\n<li><a href=\"worksheet.html\">worksheet.html</a>: ", h->out);
  put_esc (h, phrase_pages_worksheet);
  fputs ("</li>\n</ul>\n", h->out);
}

/* The head, the page's title and the table of contents. */
static void
put_head (Html *h)
{
  fputs ("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" "
         "lang=\"en\" xml:lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
         "<meta name=\"viewport\" content=\"width=device-width, "
         "initial-scale=1\"/>\n", h->out);
  put_elem (h, "title", h->m->title);
  fprintf (h->out, "<style>\n%s</style>\n</head>\n<body>\n<header>\n",
           style);
  put_elem (h, "h1", h->m->title);
  put_elem (h, "p class=\"lead\"", phrase_lead);
  put_pages (h);
  fputs ("</header>\n<nav>\n<ol>\n", h->out);
  for (ReportSection i = 0; i < REPORT_N_SECTIONS; i++)
    fprintf (h->out, "<li><a href=\"#%s\">%s</a></li>\n",
             report_section_id (i), report_section_title (i));
  fputs ("</ol>\n</nav>\n", h->out);
}

/* The end of the page. */
static void
put_foot (Html *h)
{
  fputs ("</section>\n<footer>\n", h->out);
  put_elem (h, "p", phrase_page_footer);
  if (h->m->provenance != NULL)
    {
      put_elem (h, "p", h->m->provenance);
      g_autofree char *command = g_strjoinv (" ", h->m->command);
      fputs ("<p><code>", h->out);
      put_esc (h, command);
      fputs ("</code></p>\n", h->out);
    }
  fputs ("</footer>\n</body>\n</html>\n", h->out);
}

/* ---- 1. the corpus ---- */

/* The skipped inputs named in the model, as a list. */
static void
put_skipped (Html *h)
{
  const ReportModel *m = h->m;
  if (m->skipped->len == 0)
    return;
  put_elem (h, "p", phrase_skipped_inputs);
  put_list (h, m->skipped);
}

/* The numbered list of groups with their names and sizes. */
static void
put_group_legend (Html *h)
{
  put_elem (h, "p", h->prose.legend_intro);
  if (h->m->groups->len == 0)
    return;
  fputs ("<ol>\n", h->out);
  for (guint i = 0; i < h->m->groups->len; i++)
    {
      const ReportGroup *g = report_model_group (h->m, i);
      /* numbered as in the tables, also when some groups are left out */
      fprintf (h->out, "<li value=\"%u\">", g->number);
      put_esc (h, g->legend);
      if (g->headlines->len == 0)
        {
          fputs ("</li>\n", h->out);
          continue;
        }
      /* its articles, under its name */
      fputc ('\n', h->out);
      put_list (h, g->headlines);
      fputs ("</li>\n", h->out);
    }
  fputs ("</ol>\n", h->out);
}

/* Section 1: the corpus, the skipped inputs and the groups. */
static void
put_corpus (Html *h)
{
  put_elem (h, "p", h->m->corpus);
  if (h->m->span != NULL)
    put_elem (h, "p", h->m->span);
  if (h->m->left_out != NULL)
    put_elem (h, "p", h->m->left_out);
  if (h->m->few_note != NULL)
    put_elem (h, "p", h->m->few_note);
  put_skipped (h);
  put_group_legend (h);
}

/* ---- 2. the chart ---- */

/* Section 2: chart.svg inlined. */
static void
put_chart (Html *h)
{
  put_elem (h, "p", h->prose.chart_intro);
  fputs ("<figure>\n", h->out);
  ChartOptions copts = { .source = h->m->name, .group_by = h->m->group_by,
                         .embedded = TRUE };
  /* A failed write shows on the page's stream, checked at its end. */
  chart_write (h->out, h->m->profile, &copts, NULL);
  put_elem (h, "figcaption", phrase_chart_caption);
  fputs ("</figure>\n", h->out);
}

/* ---- 3. the profile tables ---- */

/* One group's row of a profile table. */
static void
put_profile_row (Html *h, const ReportGroup *g, guint t)
{
  const ReportCell *c = &g->cells[t];
  g_autofree char *ci = report_interval (c, &page_form);
  fputs ("<tr>", h->out);
  put_elem (h, "td", g->name);
  fprintf (h->out, "<td class=\"num\">%s</td><td class=\"num\">%s</td>",
           g->articles, c->per_1k);
  /* No interval column when no group has one. */
  if (h->m->few != PHRASE_FEW_ALL)
    fprintf (h->out, "<td class=\"num\">%s</td>", ci);
  fprintf (h->out, "<td class=\"num\">%s</td>"
           "<td class=\"num\">%s</td><td class=\"num%s\">%s%s</td></tr>\n",
           c->share, c->present,
           c->marked ? " sig" : "", c->z, c->marked ? "&#160;*" : "");
}

/* The profile table of topic T. */
static void
put_profile_table (Html *h, guint t)
{
  const ReportTopic *topic = report_model_topic (h->m, t);
  put_elem (h, "h3", topic->title);
  if (topic->description != NULL)
    put_elem (h, "p class=\"desc\"", topic->description);
  fputs ("<table class=\"profile\">\n", h->out);
  put_columns (h, REPORT_COLUMN_GROUP, REPORT_COLUMN_ENTRY);
  fputs ("<tbody>\n", h->out);
  for (guint i = 0; i < h->m->groups->len; i++)
    put_profile_row (h, report_model_group (h->m, i), t);
  fputs ("</tbody>\n</table>\n", h->out);
}

/* ---- 3, continued: the ratios between groups ---- */

/* The table of ratios of topic T. */
static void
put_pair_table (Html *h, guint t)
{
  put_elem (h, "h4", report_model_topic (h->m, t)->title);
  fputs ("<table class=\"pairs\">\n<thead><tr>", h->out);
  for (ReportPairColumn c = 0; c < REPORT_N_PAIR_COLUMNS; c++)
    fprintf (h->out, "<th%s>%s</th>", c <= REPORT_PAIR_COLUMN_B ? ""
             : " class=\"num\"", report_pair_column_title (c));
  fputs ("</tr></thead>\n<tbody>\n", h->out);
  const GPtrArray *rows = h->m->pairs->rows[t];
  for (guint k = 0; k < rows->len; k++)
    {
      const ReportPairRow *row = g_ptr_array_index (rows, k);
      g_autofree char *interval = report_pair_interval (row, &page_form);
      fputs ("<tr>", h->out);
      put_elem (h, "td", row->a);
      put_elem (h, "td", row->b);
      put_elem (h, "td class=\"num\"", row->ratio != NULL ? row->ratio
                : "n/a");
      put_elem (h, "td class=\"num\"", row->ratio != NULL ? interval : "");
      put_elem (h, "td class=\"num\"", row->difference);
      fputs ("</tr>\n", h->out);
    }
  fputs ("</tbody>\n</table>\n", h->out);
}

/* After the profile tables: the ratios of the groups' rates, one table
 * per topic, or where they are when there are too many groups. */
static void
put_pairs (Html *h)
{
  if (h->m->pairs == NULL)
    return;
  put_elem (h, "h3", phrase_pairs_title);
  if (h->m->pairs->elsewhere != NULL)
    {
      put_elem (h, "p", h->m->pairs->elsewhere);
      return;
    }
  g_autofree char *intro = report_pairs_intro (h->m, &page_form);
  put_elem (h, "p", intro);
  for (guint t = 0; t < h->m->topics->len; t++)
    put_pair_table (h, t);
}

/* Section 3: what the columns mean, then one table per topic, then the
 * ratios between groups. */
static void
put_profiles (Html *h)
{
  put_elem (h, "p", h->prose.profiles_intro);
  for (guint t = 0; t < h->m->topics->len; t++)
    put_profile_table (h, t);
  put_elem (h, "p", h->prose.mark_note);
  if (h->m->concentrated->len > 0)
    {
      put_elem (h, "p", h->m->concentrated_intro);
      put_list (h, h->m->concentrated);
    }
  put_pairs (h);
}

/* ---- 4. the shares ---- */

/* The share bars of group I. */
static void
put_group_shares (Html *h, guint i)
{
  const ReportGroup *g = report_model_group (h->m, i);
  fputs ("<tbody>\n<tr>", h->out);
  put_elem (h, "th colspan=\"3\"", g->label);
  fputs ("</tr>\n", h->out);
  if (!g->has_hits)
    {
      fputs ("<tr>", h->out);
      put_elem (h, "td colspan=\"3\"", phrase_no_hits);
      fputs ("</tr>\n</tbody>\n", h->out);
      return;
    }
  for (guint t = 0; t < h->m->topics->len; t++)
    {
      char wb[G_ASCII_DTOSTR_BUF_SIZE];
      fputs ("<tr>", h->out);
      put_elem (h, "td", report_model_topic (h->m, t)->name);
      fprintf (h->out, "<td class=\"barcell\"><span class=\"track\"><span "
               "class=\"bar\" style=\"width:%s%%\"></span></span></td>"
               "<td class=\"num\">%s</td></tr>\n",
               fmt_fixed (wb, 100 * g->cells[t].fraction, 1, FALSE),
               g->cells[t].share);
    }
  fputs ("</tbody>\n", h->out);
}

/* Section 4: the shares as bars. */
static void
put_shares (Html *h)
{
  put_elem (h, "p", h->prose.shares_intro);
  if (h->m->groups->len == 0)
    return;
  fputs ("<table>\n", h->out);
  for (guint i = 0; i < h->m->groups->len; i++)
    put_group_shares (h, i);
  fputs ("</table>\n", h->out);
}

/* ---- 5. how the groups differ ---- */

/* Section 5: per group, how it compares with the others topic by topic,
 * its dominant frame (unless all share it) and balances. */
static void
put_dominant (Html *h)
{
  for (guint k = 0; k < h->m->balance_intro->len; k++)
    put_elem (h, "p", g_ptr_array_index (h->m->balance_intro, k));
  if (h->m->groups->len == 0)
    return;
  fputs ("<ol>\n", h->out);
  for (guint i = 0; i < h->m->groups->len; i++)
    {
      const ReportGroup *g = report_model_group (h->m, i);
      fprintf (h->out, "<li value=\"%u\"><strong>", g->number);
      put_esc (h, g->name);
      fputs ("</strong>", h->out);
      if (g->dominant != NULL)
        {
          fputs (": ", h->out);
          put_esc (h, g->dominant);
        }
      fputc ('\n', h->out);
      put_list (h, g->compare);
      for (guint k = 0; k < g->balance->len; k++)
        {
          if (k > 0)
            fputs ("<br/>", h->out);
          put_esc (h, g_ptr_array_index (g->balance, k));
        }
      fputs ("</li>\n", h->out);
    }
  fputs ("</ol>\n", h->out);
}

/* ---- 6. the divergence matrix ---- */

/* The whole matrix: numbered columns, numbered and named rows. */
static void
put_matrix (Html *h)
{
  guint n = h->m->groups->len;
  fputs ("<table>\n<thead><tr><th></th>", h->out);
  for (guint j = 0; j < n; j++)
    fprintf (h->out, "<th class=\"num\">%u</th>",
             report_model_group (h->m, j)->number);
  fputs ("</tr></thead>\n<tbody>\n", h->out);
  for (guint i = 0; i < n; i++)
    {
      fputs ("<tr>", h->out);
      put_elem (h, "td", report_model_group (h->m, i)->label);
      for (guint j = 0; j < n; j++)
        fprintf (h->out, "<td class=\"num\">%s</td>", h->m->jsd[i * n + j]);
      fputs ("</tr>\n", h->out);
    }
  fputs ("</tbody>\n</table>\n", h->out);
}

/* Section 6: the Jensen-Shannon divergence between every two groups. */
static void
put_divergence (Html *h)
{
  put_elem (h, "p", h->prose.divergence_intro);
  guint n = h->m->groups->len;
  if (h->m->jsd != NULL)
    {
      if (n > 0)
        put_matrix (h);
      return;
    }
  put_elem (h, "p", phrase_too_many_groups);
  fputs ("<ol>\n", h->out);
  for (guint i = 0; i < n; i++)
    {
      const ReportGroup *g = report_model_group (h->m, i);
      fprintf (h->out, "<li value=\"%u\">", g->number);
      put_esc (h, g->nearest);
      fputs ("</li>\n", h->out);
    }
  fputs ("</ol>\n", h->out);
}

/* ---- 7. distinguishing entries ---- */

/* The top distinguishing entries of group G in topic T, as a tbody. */
static void
put_group_terms (Html *h, const ReportGroup *g, guint t)
{
  const GPtrArray *rows = g->terms[t];
  fputs ("<tbody>\n<tr>", h->out);
  put_elem (h, "th colspan=\"4\"", g->terms_title[t]);
  fputs ("</tr>\n", h->out);
  for (guint k = 0; k < rows->len; k++)
    {
      const ReportTermRow *row = g_ptr_array_index (rows, k);
      fputs ("<tr>", h->out);
      put_elem (h, "td", row->spelling);
      fprintf (h->out, "<td class=\"num\">%s</td><td class=\"num\">%s</td>"
               "<td class=\"num%s\">%s%s</td></tr>\n", row->hits, row->per_1k,
               row->marked ? " sig" : "", row->z,
               row->marked ? "&#160;*" : "");
    }
  fputs ("</tbody>\n", h->out);
}

/* Section 7: per group and topic, the entries that set it apart. */
static void
put_terms (Html *h)
{
  put_elem (h, "p", h->m->terms_intro);
  fputs ("<div class=\"cells\">\n", h->out);
  for (guint i = 0; i < h->m->groups->len; i++)
    {
      const ReportGroup *g = report_model_group (h->m, i);
      fputs ("<div>\n", h->out);
      put_elem (h, "h3", g->label);
      fputs ("<table>\n", h->out);
      put_columns (h, REPORT_COLUMN_ENTRY, REPORT_N_COLUMNS);
      for (guint t = 0; t < h->m->topics->len; t++)
        put_group_terms (h, g, t);
      fputs ("</table>\n</div>\n", h->out);
    }
  fputs ("</div>\n", h->out);
}

/* ---- 8. example sentences ---- */

/* One example: "[id] (negated) left <mark>match</mark> right". */
static void
put_example (Html *h, const KwicExample *ex)
{
  g_auto (ReportExampleText) t = { 0 };
  report_example_text (ex, &page_form, &t);
  fputs ("<p class=\"ex\"><span class=\"id\">[", h->out);
  put_esc (h, t.id);
  fputs ("]</span> ", h->out);
  if (ex->negated)
    fprintf (h->out, "<em class=\"neglabel\">%s</em> ", phrase_negated);
  put_esc (h, t.left);
  fputs (ex->negated ? "<mark class=\"negated\">" : "<mark>", h->out);
  put_esc (h, t.match);
  fputs ("</mark>", h->out);
  put_esc (h, t.right);
  fputs ("</p>\n", h->out);
}

/* Section 8: up to two example sentences per group and topic. */
static void
put_examples (Html *h)
{
  /* The markup is the page's own: the sentence has nothing to escape. */
  fprintf (h->out, "<p>%s</p>\n", h->prose.examples_intro);
  for (guint i = 0; i < h->m->groups->len; i++)
    {
      const ReportGroup *g = report_model_group (h->m, i);
      put_elem (h, "h3", g->label);
      for (guint t = 0; t < h->m->topics->len; t++)
        {
          put_elem (h, "h4", g->examples_title[t]);
          for (guint k = 0; k < g->examples[t]->len; k++)
            put_example (h, g_ptr_array_index (g->examples[t], k));
        }
    }
}

/* ---- 9. how to read this ---- */

/* Section 9: what the numbers can and cannot show. */
static void
put_how_to_read (Html *h)
{
  put_list (h, h->prose.reading);
}

/* ---- the page ---- */

/* What writes each section. */
static void (*const sections[REPORT_N_SECTIONS]) (Html *) = {
  [REPORT_SECTION_CORPUS] = put_corpus,
  [REPORT_SECTION_CHART] = put_chart,
  [REPORT_SECTION_PROFILES] = put_profiles,
  [REPORT_SECTION_SHARES] = put_shares,
  [REPORT_SECTION_BALANCE] = put_dominant,
  [REPORT_SECTION_DISTANCES] = put_divergence,
  [REPORT_SECTION_TERMS] = put_terms,
  [REPORT_SECTION_EXAMPLES] = put_examples,
  [REPORT_SECTION_READING] = put_how_to_read,
};

gboolean
html_write (FILE *out, const ReportModel *model, GError **error)
{
  g_return_val_if_fail (out != NULL && model != NULL, FALSE);
  Html h = { .out = out, .m = model };
  report_prose_init (&h.prose, model, &page_form);
  put_head (&h);
  for (ReportSection s = 0; s < REPORT_N_SECTIONS; s++)
    {
      put_heading (&h, s);
      sections[s] (&h);
    }
  put_foot (&h);
  report_prose_clear (&h.prose);
  return output_check_stream (out, error);
}
