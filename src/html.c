/* html.c - report.html, the one-page report of a comparison; see html.h.
 *
 * The sections (reportmodel.h) and their sentences (phrases.h) are
 * those of report.txt, written once; the page adds the chart (section 2)
 * and lets the browser wrap text and size tables.  All text goes through
 * chart_escape(); numbers are written with '.' as the decimal point
 * whatever the locale.
 */
#include <math.h>
#include <string.h>

#include "chart.h"
#include "html.h"
#include "fmt.h"
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
  const Profile *p;
  guint section; /* number of the last heading written */
} Html;

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

/* ---- the page's head and foot ---- */

/* The head, the page's title and the table of contents. */
static void
put_head (Html *h, const ReportCorpus *c)
{
  fputs ("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" "
         "lang=\"en\" xml:lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
         "<meta name=\"viewport\" content=\"width=device-width, "
         "initial-scale=1\"/>\n", h->out);
  g_autofree char *title = g_strconcat ("Framing report: ", c->source != NULL
                                        ? c->source : "the input", NULL);
  put_elem (h, "title", title);
  fprintf (h->out, "<style>\n%s</style>\n</head>\n<body>\n<header>\n",
           style);
  put_elem (h, "h1", "Framing report");
  put_elem (h, "p class=\"lead\"", phrase_lead);
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
  put_elem (h, "p", "Written by framing compare. The same numbers are in "
            "report.txt and in the CSV tables beside this page; "
            "framing-report(5) explains each of them.");
  fputs ("</footer>\n</body>\n</html>\n", h->out);
}

/* ---- 1. the corpus ---- */

/* The corpus paragraph. */
static void
put_corpus_paragraph (Html *h, const ReportCorpus *c)
{
  g_autofree char *text = phrase_corpus (h->p, c);
  put_elem (h, "p", text);
}

/* The skipped inputs named in CORPUS, as a list. */
static void
put_skipped (Html *h, const ReportCorpus *c)
{
  guint named = c->skipped_names != NULL ? c->skipped_names->len : 0;
  if (c->skipped == 0 || named == 0)
    return;
  put_elem (h, "p", phrase_skipped_inputs);
  fputs ("<ul>\n", h->out);
  for (guint i = 0; i < named && i < c->skipped; i++)
    put_elem (h, "li", g_ptr_array_index (c->skipped_names, i));
  if (c->skipped > named)
    {
      g_autofree char *more = phrase_skipped_more (c->skipped - named);
      put_elem (h, "li", more);
    }
  fputs ("</ul>\n", h->out);
}

/* The numbered list of groups with their names and sizes. */
static void
put_group_legend (Html *h)
{
  const Profile *p = h->p;
  if (profile_n_groups (p) == 0)
    {
      put_elem (h, "p", phrase_no_articles);
      return;
    }
  g_autofree char *intro = phrase_legend_intro (FALSE);
  put_elem (h, "p", intro);
  fputs ("<ol>\n", h->out);
  for (guint i = 0; i < profile_n_groups (p); i++)
    {
      const ProfileGroup *g = profile_group_at (p, i);
      g_autofree char *arts = fmt_count_noun (g->articles, "article", "articles");
      g_autofree char *toks = fmt_count_noun (g->tokens, "token", "tokens");
      g_autofree char *item = g_strdup_printf ("%s (%s, %s)", g->name, arts,
                                               toks);
      put_elem (h, "li", item);
    }
  fputs ("</ol>\n", h->out);
}

/* ---- 2. the chart ---- */

/* Section 2: chart.svg inlined. */
static void
put_chart (Html *h, const ReportCorpus *c)
{
  put_elem (h, "p", "How often each group uses each topic's words, per "
            "1000 tokens: the \"Per 1000 tokens\" column of the tables "
            "below, drawn as bars. The whisker on a bar is its 95% "
            "interval; a group of one article has none. Bars of the same "
            "topic stand side by side, so compare heights within a "
            "cluster.");
  fputs ("<figure>\n", h->out);
  ChartOptions copts = { .source = c->source, .group_by = c->group_by,
                         .embedded = TRUE };
  chart_write (h->out, h->p, &copts);
  put_elem (h, "figcaption", "The same picture is in chart.svg beside this "
            "page; hold the pointer over a bar to see its numbers.");
  fputs ("</figure>\n", h->out);
}

/* ---- 3. the profile tables ---- */

/* "2.5–5.6", or "n/a" for a group of one article.  Newly allocated. */
static char *
fmt_interval (const ProfileTopic *t, guint articles)
{
  char b[G_ASCII_DTOSTR_BUF_SIZE], c[G_ASCII_DTOSTR_BUF_SIZE];
  if (articles < 2 || !isfinite (t->ci_low) || !isfinite (t->ci_high))
    return g_strdup ("n/a");
  return g_strdup_printf ("%s–%s", fmt_fixed (b, t->ci_low, 1, FALSE),
                          fmt_fixed (c, t->ci_high, 1, FALSE));
}

/* One group's row of a profile table. */
static void
put_profile_row (Html *h, const ProfileGroup *g, guint t)
{
  const ProfileTopic *pt = &g->topics[t];
  char nb[32], rb[G_ASCII_DTOSTR_BUF_SIZE], zb[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *ci = fmt_interval (pt, g->articles);
  g_autofree char *share = fmt_percent (pt->share, 1);
  g_autofree char *present = fmt_percent (pt->present, 0);
  gboolean mark = report_z_marked (pt->z);
  fputs ("<tr>", h->out);
  put_elem (h, "td", g->name);
  fprintf (h->out, "<td class=\"num\">%s</td><td class=\"num\">%s</td>"
           "<td class=\"num\">%s</td><td class=\"num\">%s</td>"
           "<td class=\"num\">%s</td><td class=\"num%s\">%s%s</td></tr>\n",
           fmt_count (nb, g->articles), fmt_fixed (rb, pt->per_1k, 1, FALSE),
           ci, share, present, mark ? " sig" : "",
           fmt_fixed (zb, pt->z, 2, TRUE), mark ? "&#160;*" : "");
}

/* The profile table of topic T. */
static void
put_profile_table (Html *h, guint t)
{
  const LexTopic *topic = profile_topic (h->p, t);
  g_autofree char *title = phrase_topic_title (h->p, t);
  put_elem (h, "h3", title);
  if (topic->description != NULL)
    put_elem (h, "p class=\"desc\"", topic->description);
  fputs ("<table class=\"profile\">\n<thead><tr><th>Group</th><th class=\"num\">Articles</th>"
         "<th class=\"num\">Per 1000 tokens</th>"
         "<th class=\"num\">95% interval</th><th class=\"num\">Share</th>"
         "<th class=\"num\">Present</th><th class=\"num\">z</th></tr>"
         "</thead>\n<tbody>\n", h->out);
  for (guint i = 0; i < profile_n_groups (h->p); i++)
    put_profile_row (h, profile_group_at (h->p, i), t);
  fputs ("</tbody>\n</table>\n", h->out);
}

/* Section 3: what the columns mean, then one table per topic. */
static void
put_profiles (Html *h)
{
  g_autofree char *intro = phrase_profiles_intro (h->p->opts.presence,
                                                  "beside it");
  put_elem (h, "p", intro);
  for (guint t = 0; t < profile_n_topics (h->p); t++)
    put_profile_table (h, t);
  g_autofree char *mark = phrase_mark_note ("≥");
  put_elem (h, "p", mark);
}

/* ---- 4. the shares ---- */

/* The share bars of group I. */
static void
put_group_shares (Html *h, guint i)
{
  const ProfileGroup *g = profile_group_at (h->p, i);
  g_autofree char *head = g_strdup_printf ("%u. %s", i + 1, g->name);
  fputs ("<tbody>\n<tr>", h->out);
  put_elem (h, "th colspan=\"3\"", head);
  fputs ("</tr>\n", h->out);
  if (profile_group_weighted (h->p, g) <= 0)
    {
      fputs ("<tr><td colspan=\"3\">no lexicon hits</td></tr>\n</tbody>\n",
             h->out);
      return;
    }
  for (guint t = 0; t < profile_n_topics (h->p); t++)
    {
      double share = g->topics[t].share;
      char wb[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *pct = fmt_percent (share, 1);
      fputs ("<tr>", h->out);
      put_elem (h, "td", profile_topic (h->p, t)->name);
      fprintf (h->out, "<td class=\"barcell\"><span class=\"track\"><span "
               "class=\"bar\" style=\"width:%s%%\"></span></span></td>"
               "<td class=\"num\">%s</td></tr>\n",
               fmt_fixed (wb, 100 * CLAMP (isfinite (share) ? share : 0, 0,
                                           1), 1, FALSE), pct);
    }
  fputs ("</tbody>\n", h->out);
}

/* Section 4: the shares as bars. */
static void
put_shares (Html *h)
{
  g_autofree char *intro = phrase_shares_intro (NULL);
  put_elem (h, "p", intro);
  if (profile_n_groups (h->p) == 0)
    return;
  fputs ("<table>\n", h->out);
  for (guint i = 0; i < profile_n_groups (h->p); i++)
    put_group_shares (h, i);
  fputs ("</table>\n", h->out);
}

/* ---- 5. dominant frame and balance ---- */

/* Section 5: per group, its dominant frame and balances. */
static void
put_dominant (Html *h)
{
  const Profile *p = h->p;
  put_elem (h, "p", phrase_dominant_intro);
  if (p->opts.n_balance == 0)
    put_elem (h, "p", phrase_no_balance);
  if (profile_n_groups (p) == 0)
    return;
  fputs ("<ol>\n", h->out);
  for (guint i = 0; i < profile_n_groups (p); i++)
    {
      const ProfileGroup *g = profile_group_at (p, i);
      g_autofree char *dom = phrase_dominant (p, g);
      fputs ("<li><strong>", h->out);
      put_esc (h, g->name);
      fputs ("</strong>: ", h->out);
      put_esc (h, dom);
      fputs (".", h->out);
      for (guint k = 0; k < p->opts.n_balance && g->balance != NULL; k++)
        {
          g_autofree char *bal = phrase_balance (p, g, k);
          fputs ("<br/>", h->out);
          put_esc (h, bal);
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
  const Profile *p = h->p;
  guint n = profile_n_groups (p);
  fputs ("<table>\n<thead><tr><th></th>", h->out);
  for (guint j = 0; j < n; j++)
    fprintf (h->out, "<th class=\"num\">%u</th>", j + 1);
  fputs ("</tr></thead>\n<tbody>\n", h->out);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = g_strdup_printf ("%u. %s", i + 1,
                                                profile_group_at (p, i)->name);
      fputs ("<tr>", h->out);
      put_elem (h, "td", label);
      for (guint j = 0; j < n; j++)
        {
          char v[G_ASCII_DTOSTR_BUF_SIZE];
          double d = p->jsd != NULL ? p->jsd[i * n + j] : NAN;
          fprintf (h->out, "<td class=\"num\">%s</td>",
                   fmt_fixed (v, d, 3, FALSE));
        }
      fputs ("</tr>\n", h->out);
    }
  fputs ("</tbody>\n</table>\n", h->out);
}

/* For one group (many groups): the most and the least alike others. */
static void
put_nearest (Html *h, guint i)
{
  g_autofree char *text = phrase_nearest (h->p, i);
  put_elem (h, "li", text);
}

/* Section 6: the Jensen-Shannon divergence between every two groups. */
static void
put_divergence (Html *h)
{
  g_autofree char *intro = phrase_divergence_intro ("–");
  put_elem (h, "p", intro);
  guint n = profile_n_groups (h->p);
  if (n <= REPORT_MATRIX_MAX)
    {
      if (n > 0)
        put_matrix (h);
      return;
    }
  put_elem (h, "p", phrase_too_many_groups);
  fputs ("<ol>\n", h->out);
  for (guint i = 0; i < n; i++)
    put_nearest (h, i);
  fputs ("</ol>\n", h->out);
}

/* ---- 7. distinguishing entries ---- */

/* The top distinguishing entries of group G in topic T, as a tbody. */
static void
put_group_terms (Html *h, const ProfileGroup *g, guint t, guint top)
{
  const LexTopic *topic = profile_topic (h->p, t);
  g_autoptr (GArray) ranked = profile_top_terms (h->p, g, t, top);
  fputs ("<tbody>\n<tr>", h->out);
  if (ranked->len == 0)
    {
      g_autofree char *none = g_strconcat (topic->name, ": none", NULL);
      put_elem (h, "th colspan=\"4\"", none);
      fputs ("</tr>\n</tbody>\n", h->out);
      return;
    }
  put_elem (h, "th colspan=\"4\"", topic->name);
  fputs ("</tr>\n", h->out);
  for (guint k = 0; k < ranked->len; k++)
    {
      guint e = g_array_index (ranked, guint, k);
      const ProfileTerm *term = &g->terms[t][e];
      const LexEntry *entry = g_ptr_array_index (topic->entries, e);
      char hb[32], rb[G_ASCII_DTOSTR_BUF_SIZE], zb[G_ASCII_DTOSTR_BUF_SIZE];
      fputs ("<tr>", h->out);
      put_elem (h, "td", entry->spelling);
      fprintf (h->out, "<td class=\"num\">%s</td><td class=\"num\">%s</td>"
               "<td class=\"num\">%s</td></tr>\n", fmt_count (hb, term->hits),
               fmt_fixed (rb, term->per_1k, 2, FALSE),
               fmt_fixed (zb, term->z, 2, TRUE));
    }
  fputs ("</tbody>\n", h->out);
}

/* Section 7: per group and topic, the entries that set it apart. */
static void
put_terms (Html *h, guint top)
{
  g_autofree char *intro = phrase_terms_intro (top,
                                               profile_n_groups (h->p));
  put_elem (h, "p", intro);
  fputs ("<div class=\"cells\">\n", h->out);
  for (guint i = 0; i < profile_n_groups (h->p); i++)
    {
      const ProfileGroup *g = profile_group_at (h->p, i);
      g_autofree char *head = g_strdup_printf ("%u. %s", i + 1, g->name);
      fputs ("<div>\n", h->out);
      put_elem (h, "h3", head);
      fputs ("<table>\n<thead><tr><th>Entry</th><th class=\"num\">Hits</th>"
             "<th class=\"num\">Per 1000</th><th class=\"num\">z</th></tr>"
             "</thead>\n", h->out);
      for (guint t = 0; t < profile_n_topics (h->p); t++)
        put_group_terms (h, g, t, top);
      fputs ("</table>\n</div>\n", h->out);
    }
  fputs ("</div>\n", h->out);
}

/* ---- 8. example sentences ---- */

/* One example: "[id] (negated) left <mark>match</mark> right". */
static void
put_example (Html *h, const KwicExample *ex)
{
  g_autofree char *l0 = g_utf8_make_valid (ex->ctx.left, -1);
  g_autofree char *m = g_utf8_make_valid (ex->ctx.match, -1);
  g_autofree char *r0 = g_utf8_make_valid (ex->ctx.right, -1);
  g_autofree char *left = report_trim_context (g_strchug (l0), TRUE,
                                                "…");
  g_autofree char *right = report_trim_context (g_strchomp (r0), FALSE,
                                                 "…");
  g_strstrip (m);
  g_strchomp (left);
  g_strchug (right);
  fputs ("<p class=\"ex\"><span class=\"id\">[", h->out);
  put_esc (h, ex->id);
  fputs ("]</span> ", h->out);
  if (ex->negated)
    fputs ("<em class=\"neglabel\">(negated)</em> ", h->out);
  put_esc (h, left);
  /* Keep punctuation glued to the hit as it was written. */
  if (*left != '\0' && ex->ctx.left[0] != '\0'
      && g_ascii_isspace (ex->ctx.left[strlen (ex->ctx.left) - 1]))
    fputc (' ', h->out);
  fputs (ex->negated ? "<mark class=\"negated\">" : "<mark>", h->out);
  put_esc (h, m);
  fputs ("</mark>", h->out);
  if (*right != '\0' && g_ascii_isspace (ex->ctx.right[0]))
    fputc (' ', h->out);
  put_esc (h, right);
  fputs ("</p>\n", h->out);
}

/* Section 8: up to two example sentences per group and topic. */
static void
put_examples (Html *h, const KwicExamples *examples)
{
  /* The markup is the page's own: the sentence has nothing to escape. */
  g_autofree char *intro = phrase_examples_intro (
      "<mark>marked like this</mark>",
      "<mark class=\"negated\">struck through</mark>");
  fprintf (h->out, "<p>%s</p>\n", intro);
  for (guint i = 0; i < profile_n_groups (h->p); i++)
    {
      const ProfileGroup *g = profile_group_at (h->p, i);
      g_autofree char *head = g_strdup_printf ("%u. %s", i + 1, g->name);
      put_elem (h, "h3", head);
      for (guint t = 0; t < profile_n_topics (h->p); t++)
        {
          const GPtrArray *list = examples != NULL
              ? kwic_examples_get (examples, g->name, t) : NULL;
          g_autofree char *sub = g_strconcat (profile_topic (h->p, t)->name,
                                              list == NULL ? ": no hit" : "",
                                              NULL);
          put_elem (h, "h4", sub);
          for (guint k = 0; list != NULL && k < list->len
               && k < REPORT_EXAMPLES; k++)
            put_example (h, g_ptr_array_index (list, k));
        }
    }
}

/* ---- 9. how to read this ---- */

/* Section 9: what the numbers can and cannot show. */
static void
put_how_to_read (Html *h, const ReportCorpus *c)
{
  g_autofree char *z = phrase_reading_z ("≥", profile_n_groups (h->p));
  g_autofree char *neg = phrase_reading_negation (c->negation_window);
  fputs ("<ul>\n", h->out);
  put_elem (h, "li", phrase_reading_words);
  put_elem (h, "li", phrase_reading_uncertainty);
  put_elem (h, "li", z);
  put_elem (h, "li", neg);
  put_elem (h, "li", phrase_reading_sees);
  put_elem (h, "li", phrase_reading_examples);
  fputs ("</ul>\n", h->out);
}

/* ---- the page ---- */

void
html_write (FILE *out, const Profile *profile, const KwicExamples *examples,
            const ReportCorpus *corpus, const ReportOptions *opts)
{
  g_return_if_fail (out != NULL && profile != NULL && corpus != NULL
                    && opts != NULL);
  Html h = { .out = out, .p = profile, .section = 0 };
  put_head (&h, corpus);
  put_heading (&h, REPORT_SECTION_CORPUS);
  put_corpus_paragraph (&h, corpus);
  put_skipped (&h, corpus);
  put_group_legend (&h);
  put_heading (&h, REPORT_SECTION_CHART);
  put_chart (&h, corpus);
  put_heading (&h, REPORT_SECTION_PROFILES);
  put_profiles (&h);
  put_heading (&h, REPORT_SECTION_SHARES);
  put_shares (&h);
  put_heading (&h, REPORT_SECTION_BALANCE);
  put_dominant (&h);
  put_heading (&h, REPORT_SECTION_DISTANCES);
  put_divergence (&h);
  put_heading (&h, REPORT_SECTION_TERMS);
  put_terms (&h, opts->top_terms);
  put_heading (&h, REPORT_SECTION_EXAMPLES);
  put_examples (&h, examples);
  put_heading (&h, REPORT_SECTION_READING);
  put_how_to_read (&h, corpus);
  put_foot (&h);
}
