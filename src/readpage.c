/* readpage.c - articles.html and worksheet.html; see readpage.h.
 *
 * An article's text is written in segments cut at every start and end
 * of a hit, so that hits of several topics over the same words (topics
 * are matched independently) nest in whole elements: each segment opens
 * a <mark> per hit over it and closes them all, and after the segment
 * where a hit ends comes its label.  Line breaks: where the text has
 * blank lines between paragraphs, a lone line break is a wrapped line
 * and is written as a space; where it has none, every line break is
 * kept ("white-space:pre-line" shows them).
 */
#include <math.h>
#include <string.h>

#include "chart.h"
#include "output.h"
#include "phrases.h"
#include "readpage.h"

/* The parts of the style sheet both pages share. */
#define STYLE_BASE \
  "body{font-family:'DejaVu Sans',Verdana,Arial,Helvetica,sans-serif;" \
  "line-height:1.5;color:#111111;background:#FFFFFF;margin:0 auto;" \
  "box-sizing:border-box}\n" \
  "h1{font-size:1.8rem;margin:.5rem 0}\n" \
  "h2{font-size:1.3rem;border-bottom:2px solid #444444;" \
  "margin:1.6rem 0 .7rem}\n" \
  "a{color:#0B4F8A}\n"

/* articles.html's style sheet, but for the topics' colours. */
static const char articles_style[] =
  STYLE_BASE
  "body{font-size:17px;max-width:125rem;padding:1rem 1.5rem 3rem}\n"
  "h3{font-size:1.1rem;margin:1.4rem 0 .2rem}\n"
  ".groups{display:grid;grid-template-columns:repeat(auto-fit,"
  "minmax(16rem,1fr));gap:0 1.5rem;align-items:start}\n"
  ".meta{font-size:.85rem;color:#444444;margin:.1rem 0;"
  "overflow-wrap:anywhere}\n"
  ".id{font-family:'DejaVu Sans Mono',monospace}\n"
  ".text{white-space:pre-line;overflow-wrap:anywhere;margin:.5rem 0}\n"
  "mark{padding:0 .1em;border-radius:.15em}\n"
  "mark.neg{text-decoration:line-through;text-decoration-thickness:2px}\n"
  ".tag{font-size:.68em;font-weight:bold;color:#333333;"
  "vertical-align:sub;line-height:0;margin:0 .2em 0 .1em;"
  "white-space:nowrap}\n"
  ".skip{color:#4A4A4A;background:#EBEBEB;font-style:italic;"
  "padding:.1rem .4rem;font-size:.9rem}\n"
  ".note{font-size:.9rem;color:#333333;border-top:1px solid #BBBBBB;"
  "padding-top:.4rem}\n"
  ".legend li{margin:.2rem 0}\n"
  "@page{margin:15mm}\n"
  "@media print{\n"
  "body{font-size:10.5pt;max-width:none;padding:0}\n"
  ".groups{display:block}\n"
  "h2,h3{break-after:avoid;page-break-after:avoid}\n"
  "mark,.skip{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
  "}\n";

/* worksheet.html's style sheet: A4, one or two pages. */
static const char worksheet_style[] =
  STYLE_BASE
  "body{font-size:16px;max-width:60rem;padding:1rem 1.5rem 2rem}\n"
  "h1{font-size:1.5rem}\n"
  "h2{font-size:1.15rem;margin:1.1rem 0 .4rem}\n"
  "p{margin:.3rem 0}\n"
  ".fields{display:flex;gap:2rem;margin:.6rem 0}\n"
  ".field{flex:1;border-bottom:1px solid #444444;padding-top:1rem}\n"
  "table{border-collapse:collapse;width:100%;table-layout:fixed;"
  "margin:.4rem 0}\n"
  "th,td{border:1px solid #444444;padding:.3rem .4rem;text-align:left;"
  "vertical-align:top;overflow-wrap:anywhere}\n"
  "thead th{background:#EEEEEE}\n"
  "td.rank{font-size:.8rem;color:#333333}\n"
  ".pair{display:inline-block;white-space:nowrap}\n"
  ".slot{display:inline-block;width:1.8em;height:1.5em;"
  "border:1px solid #444444;margin:0 .4em 0 .15em;vertical-align:middle}\n"
  ".quote{border:1px solid #444444;padding:.3rem .5rem;margin:.5rem 0}\n"
  ".line{border-bottom:1px solid #777777;height:1.7rem}\n"
  "ol li{margin:.25rem 0}\n"
  "@page{size:A4;margin:12mm}\n"
  "@media print{\n"
  "body{font-size:10pt;max-width:none;padding:0}\n"
  "h2{break-after:avoid;page-break-after:avoid}\n"
  "table,.quote,li{break-inside:avoid;page-break-inside:avoid}\n"
  "thead th{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
  "}\n";

/* ---- colours ---- */

/* The relative luminance of "#RRGGBB" (WCAG 2.1). */
static double
luminance (const char *hex)
{
  double l = 0;
  static const double weight[3] = { 0.2126, 0.7152, 0.0722 };
  for (int i = 0; i < 3; i++)
    {
      char part[3] = { hex[1 + 2 * i], hex[2 + 2 * i], '\0' };
      double c = (double) g_ascii_strtoull (part, NULL, 16) / 255.0;
      c = c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
      l += weight[i] * c;
    }
  return l;
}

double
readpage_contrast (const char *a, const char *b)
{
  g_return_val_if_fail (a != NULL && strlen (a) == 7 && b != NULL
                        && strlen (b) == 7, 1);
  double x = luminance (a), y = luminance (b);
  return (MAX (x, y) + 0.05) / (MIN (x, y) + 0.05);
}

const char *
readpage_ink (const char *background)
{
  return readpage_contrast (background, "#000000")
         >= readpage_contrast (background, "#FFFFFF") ? "#000000" : "#FFFFFF";
}

const char *
readpage_topic_colour (guint t)
{
  return chart_colour (t);
}

/* ---- shared pieces ---- */

/* Write S escaped. */
static void
put_esc (FILE *out, const char *s)
{
  g_autofree char *esc = chart_escape (s);
  fputs (esc, out);
}

/* Write "<TAG>S</TAG>\n" with S escaped; TAG may carry attributes. */
static void
put_elem (FILE *out, const char *tag, const char *s)
{
  const char *space = strchr (tag, ' ');
  int name_len = space != NULL ? (int) (space - tag) : (int) strlen (tag);
  fprintf (out, "<%s>", tag);
  put_esc (out, s);
  fprintf (out, "</%.*s>\n", name_len, tag);
}

/* The head of a page titled TITLE: SOURCE, with the style sheet STYLE
 * and MORE_STYLE (or NULL), up to the opening of the body. */
static void
put_head (FILE *out, const char *title, const char *source,
          const char *style, const char *more_style)
{
  fputs ("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" "
         "lang=\"en\" xml:lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
         "<meta name=\"viewport\" content=\"width=device-width, "
         "initial-scale=1\"/>\n", out);
  g_autofree char *full = g_strconcat (title, ": ", source, NULL);
  put_elem (out, "title", full);
  fprintf (out, "<style>\n%s%s</style>\n</head>\n<body>\n", style,
           more_style != NULL ? more_style : "");
}

/* The CSS rules of each topic's marks, for MODEL's topics. */
static char *
topic_rules (const ReportModel *model)
{
  GString *s = g_string_new (NULL);
  for (guint t = 0; t < model->topics->len; t++)
    {
      const char *bg = readpage_topic_colour (t);
      g_string_append_printf (s, "mark.t%u{background:%s;color:%s}\n", t, bg,
                              readpage_ink (bg));
    }
  return g_string_free (s, FALSE);
}

/* The raw name of MODEL's group I (the reading set's key). */
static const char *
group_key (const ReportModel *model, guint i)
{
  return report_model_profile_group (model, i)->name;
}

/* ---- an article's text ---- */

/* An article's text and whether its line breaks are to be read as
 * paragraphs (see the head note). */
typedef struct {
  const char *text;
  gsize len;
  gboolean paragraphs; /* the text has blank lines */
} TextLines;

/* Whether TEXT has a blank line: two line breaks with only white space
 * between them. */
static gboolean
has_blank_line (const char *text, gsize len)
{
  gboolean after_break = FALSE;
  for (gsize i = 0; i < len; i++)
    {
      char c = text[i];
      if (c == '\n')
        {
          if (after_break)
            return TRUE;
          after_break = TRUE;
        }
      else if (c != ' ' && c != '\t' && c != '\r')
        after_break = FALSE;
    }
  return FALSE;
}

/* Whether the line break at I is next to another across white space. */
static gboolean
break_in_blank_line (const TextLines *tl, gsize i)
{
  for (gsize j = i; j > 0; j--)
    {
      char c = tl->text[j - 1];
      if (c == '\n')
        return TRUE;
      if (c != ' ' && c != '\t' && c != '\r')
        break;
    }
  for (gsize j = i + 1; j < tl->len; j++)
    {
      char c = tl->text[j];
      if (c == '\n')
        return TRUE;
      if (c != ' ' && c != '\t' && c != '\r')
        break;
    }
  return FALSE;
}

/* Write TEXT[FROM, TO) escaped, its line breaks kept or made spaces. */
static void
put_text_range (FILE *out, const TextLines *tl, gsize from, gsize to)
{
  gsize start = from;
  for (gsize i = from; i <= to; i++)
    {
      if (i < to && tl->text[i] != '\n')
        continue;
      g_autofree char *piece = g_strndup (tl->text + start, i - start);
      put_esc (out, piece);
      if (i < to)
        fputs (!tl->paragraphs || break_in_blank_line (tl, i) ? "\n" : " ",
               out);
      start = i + 1;
    }
}

/* Sort guint32 offsets. */
static gint
offset_compare (gconstpointer a, gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;
  return (x > y) - (x < y);
}

/* The label after a hit of topic T (negated or not). */
static void
put_tag (FILE *out, const ReportModel *model, const ReadingHit *h)
{
  fputs ("<small class=\"tag\">", out);
  put_esc (out, report_model_topic (model, h->topic)->name);
  if (h->negated)
    fprintf (out, ", %s", phrase_articles_negated);
  fputs ("</small>", out);
}

/* Write the text of A with its hits marked. */
static void
put_article_text (FILE *out, const ReportModel *model, const ReadingArticle *a)
{
  TextLines tl = { a->text, a->len, has_blank_line (a->text, a->len) };
  const GArray *hits = a->hits;
  g_autoptr (GArray) cuts = g_array_new (FALSE, FALSE, sizeof (guint32));
  /* White space at either end is left out (hits lie within). */
  guint32 first = 0, len = (guint32) a->len;
  while (first < len && g_ascii_isspace (a->text[first]))
    first++;
  while (len > first && g_ascii_isspace (a->text[len - 1]))
    len--;
  g_array_append_val (cuts, first);
  g_array_append_val (cuts, len);
  for (guint i = 0; i < hits->len; i++)
    {
      const ReadingHit *h = &g_array_index (hits, ReadingHit, i);
      g_array_append_val (cuts, h->start);
      g_array_append_val (cuts, h->end);
    }
  g_array_sort (cuts, offset_compare);
  fputs ("<p class=\"text\">", out);
  for (guint k = 0; k + 1 < cuts->len; k++)
    {
      guint32 from = g_array_index (cuts, guint32, k);
      guint32 to = g_array_index (cuts, guint32, k + 1);
      if (from == to)
        continue;
      guint open = 0;
      for (guint i = 0; i < hits->len; i++)
        {
          const ReadingHit *h = &g_array_index (hits, ReadingHit, i);
          if (h->start <= from && h->end >= to)
            {
              fprintf (out, "<mark class=\"t%u%s\">", h->topic,
                       h->negated ? " neg" : "");
              open++;
            }
        }
      put_text_range (out, &tl, from, to);
      for (; open > 0; open--)
        fputs ("</mark>", out);
      for (guint i = 0; i < hits->len; i++)
        {
          const ReadingHit *h = &g_array_index (hits, ReadingHit, i);
          if (h->end == to && h->start < to)
            put_tag (out, model, h);
        }
    }
  fputs ("</p>\n", out);
}

/* ---- articles.html ---- */

/* The counts line of A. */
static void
put_counts (FILE *out, const ReportModel *model, const ReadingArticle *a)
{
  guint n = MIN (a->n_topics, model->topics->len);
  g_autofree const char **names = g_new0 (const char *, n + 1);
  for (guint t = 0; t < n; t++)
    names[t] = report_model_topic (model, t)->name;
  g_autofree char *counts = phrase_article_counts (a->tokens, names,
                                                   a->counts, n);
  put_elem (out, "p class=\"meta\"", counts);
}

/* One article: its title, date and id, counts, notes and text. */
static void
put_article (FILE *out, const ReportModel *model, const ReadingArticle *a)
{
  fputs ("<article>\n", out);
  put_elem (out, "h3", a->title[0] != '\0' ? a->title
                                            : phrase_articles_untitled);
  fputs ("<p class=\"meta\">", out);
  if (a->date[0] != '\0')
    {
      put_esc (out, a->date);
      fputs (" · ", out);
    }
  fputs ("<span class=\"id\">", out);
  put_esc (out, a->id);
  fputs ("</span></p>\n", out);
  put_counts (out, model, a);
  if (a->repeated_lines > 0)
    {
      g_autofree char *note = phrase_article_repeats (a->repeated_lines);
      put_elem (out, "p class=\"skip\"", note);
    }
  put_article_text (out, model, a);
  if (a->tokens_shown < a->tokens)
    {
      g_autofree char *note = phrase_article_cut (a->tokens - a->tokens_shown);
      put_elem (out, "p class=\"skip\"", note);
    }
  fputs ("</article>\n", out);
}

/* Group I's column: its heading, its articles and what was left out. */
static void
put_group (FILE *out, const ReportModel *model, const ReadingSet *set,
           guint i)
{
  const ReportGroup *g = report_model_group (model, i);
  g_autoptr (GPtrArray) arts = reading_set_articles (set, group_key (model, i));
  fprintf (out, "<section aria-labelledby=\"group-%u\">\n<h2 id=\"group-%u\">",
           i + 1, i + 1);
  put_esc (out, g->label);
  fputs ("</h2>\n", out);
  put_elem (out, "p class=\"meta\"", g->legend);
  for (guint k = 0; k < arts->len; k++)
    put_article (out, model, g_ptr_array_index (arts, k));
  guint all = report_model_profile_group (model, i)->articles;
  if (all > arts->len)
    {
      g_autofree char *note = phrase_articles_left_out (
          arts->len, all, reading_set_per_group (set),
          reading_set_total (set));
      put_elem (out, "p class=\"note\"", note);
    }
  fputs ("</section>\n", out);
}

/* The legend: each topic's mark, then a counted, a negated and a
 * skipped sample. */
static void
put_legend (FILE *out, const ReportModel *model)
{
  fputs ("<section class=\"legend\" aria-labelledby=\"legend\">\n"
         "<h2 id=\"legend\">", out);
  put_esc (out, phrase_articles_legend);
  fputs ("</h2>\n<ul>\n", out);
  for (guint t = 0; t < model->topics->len; t++)
    {
      const ReportTopic *topic = report_model_topic (model, t);
      fprintf (out, "<li><mark class=\"t%u\">", t);
      put_esc (out, topic->name);
      fputs ("</mark>", out);
      if (topic->description != NULL)
        {
          fputs (": ", out);
          put_esc (out, topic->description);
        }
      fputs ("</li>\n", out);
    }
  fputs ("</ul>\n<ul>\n", out);
  if (model->topics->len > 0)
    {
      ReadingHit h = { 0, 0, 0, FALSE };
      const char *name = report_model_topic (model, 0)->name;
      fputs ("<li><mark class=\"t0\">", out);
      put_esc (out, name);
      fputs ("</mark>", out);
      put_tag (out, model, &h);
      fputs (": ", out);
      put_esc (out, phrase_articles_legend_topic);
      fputs ("</li>\n<li><mark class=\"t0 neg\">", out);
      put_esc (out, name);
      fputs ("</mark>", out);
      h.negated = TRUE;
      put_tag (out, model, &h);
      fputs (": ", out);
      put_esc (out, phrase_articles_legend_negated);
      fputs ("</li>\n", out);
    }
  g_autofree char *sample = phrase_article_repeats (1);
  fputs ("<li><span class=\"skip\">", out);
  put_esc (out, sample);
  fputs ("</span>: ", out);
  put_esc (out, phrase_articles_legend_skipped);
  fputs ("</li>\n</ul>\n</section>\n", out);
}

gboolean
readpage_articles_write (FILE *out, const ReportModel *model,
                         const ReadingSet *set, GError **error)
{
  g_return_val_if_fail (out != NULL && model != NULL && set != NULL, FALSE);
  g_autofree char *rules = topic_rules (model);
  put_head (out, phrase_articles_title, model->source, articles_style, rules);
  fputs ("<header>\n", out);
  put_elem (out, "h1", phrase_articles_title);
  put_elem (out, "p", phrase_articles_lead);
  fputs ("<p><a href=\"report.html\">", out);
  put_esc (out, phrase_articles_back);
  fputs ("</a></p>\n</header>\n<main>\n", out);
  put_legend (out, model);
  fputs ("<div class=\"groups\">\n", out);
  for (guint i = 0; i < model->groups->len; i++)
    put_group (out, model, set, i);
  fputs ("</div>\n</main>\n</body>\n</html>\n", out);
  return output_check_stream (out, error);
}

/* ---- worksheet.html ---- */

/* The groups on the worksheet. */
static guint
worksheet_groups (const ReportModel *model)
{
  return MIN (model->groups->len, WORKSHEET_MAX_GROUPS);
}

/* The head row of a worksheet table: FIRST (or an empty cell), then the
 * groups' labels. */
static void
put_group_columns (FILE *out, const ReportModel *model, const char *first)
{
  fputs ("<thead><tr>", out);
  if (first != NULL)
    {
      fputs ("<th scope=\"col\">", out);
      put_esc (out, first);
      fputs ("</th>", out);
    }
  for (guint i = 0; i < worksheet_groups (model); i++)
    {
      fputs ("<th scope=\"col\">", out);
      put_esc (out, report_model_group (model, i)->label);
      fputs ("</th>", out);
    }
  fputs ("</tr></thead>\n", out);
}

/* A numbered heading of the worksheet. */
static void
put_ws_heading (FILE *out, guint n, const char *title)
{
  fprintf (out, "<h2>%u. ", n);
  put_esc (out, title);
  fputs ("</h2>\n", out);
}

/* The headlines, a column per group. */
static void
put_headlines (FILE *out, const ReportModel *model, const ReadingSet *set)
{
  put_ws_heading (out, 1, phrase_worksheet_headlines);
  put_elem (out, "p", phrase_worksheet_headlines_intro);
  fputs ("<table>\n", out);
  put_group_columns (out, model, NULL);
  fputs ("<tbody><tr>", out);
  for (guint i = 0; i < worksheet_groups (model); i++)
    {
      g_autoptr (GPtrArray) arts = reading_set_articles (set,
                                                         group_key (model, i));
      fputs ("<td>", out);
      guint shown = MIN (arts->len, WORKSHEET_HEADLINES);
      for (guint k = 0; k < shown; k++)
        {
          const ReadingArticle *a = g_ptr_array_index (arts, k);
          put_elem (out, "p", a->title[0] != '\0' ? a->title
                                                  : phrase_worksheet_no_headline);
        }
      guint all = report_model_profile_group (model, i)->articles;
      if (all > shown)
        {
          g_autofree char *more = phrase_worksheet_more (all - shown);
          put_elem (out, "p", more);
        }
      fputs ("</td>", out);
    }
  fputs ("</tr></tbody>\n</table>\n", out);
  if (model->groups->len > worksheet_groups (model))
    {
      g_autofree char *more = phrase_worksheet_more (model->groups->len
                                                     - worksheet_groups (model));
      put_elem (out, "p", more);
    }
}

/* The grid of predicted ranks: a row per topic, a column per group. */
static void
put_prediction (FILE *out, const ReportModel *model)
{
  put_ws_heading (out, 2, phrase_worksheet_predict);
  g_autofree char *intro = phrase_worksheet_predict_intro (
      worksheet_groups (model), model->group_by);
  put_elem (out, "p", intro);
  fputs ("<table>\n", out);
  put_group_columns (out, model, phrase_worksheet_topic);
  fputs ("<tbody>\n", out);
  for (guint t = 0; t < model->topics->len; t++)
    {
      fputs ("<tr><th scope=\"row\">", out);
      put_esc (out, report_model_topic (model, t)->name);
      fputs ("</th>", out);
      for (guint i = 0; i < worksheet_groups (model); i++)
        fprintf (out, "<td class=\"rank\"><span class=\"pair\">%s<span "
                 "class=\"slot\"></span></span> <span class=\"pair\">%s<span "
                 "class=\"slot\"></span></span></td>", phrase_worksheet_guess,
                 phrase_worksheet_chart);
      fputs ("</tr>\n", out);
    }
  fputs ("</tbody>\n</table>\n", out);
}

/* Room for two quoted sentences. */
static void
put_quotes (FILE *out)
{
  put_ws_heading (out, 3, phrase_worksheet_quotes);
  put_elem (out, "p", phrase_worksheet_quotes_intro);
  for (guint k = 1; k <= 2; k++)
    {
      fprintf (out, "<div class=\"quote\">\n<p><strong>");
      put_esc (out, phrase_worksheet_quote);
      fprintf (out, " %u</strong></p>\n", k);
      fputs ("<div class=\"line\"></div>\n<div class=\"line\"></div>\n", out);
      put_elem (out, "p", phrase_worksheet_source);
      fputs ("</div>\n", out);
    }
}

gboolean
readpage_worksheet_write (FILE *out, const ReportModel *model,
                          const ReadingSet *set, GError **error)
{
  g_return_val_if_fail (out != NULL && model != NULL && set != NULL, FALSE);
  g_autofree char *title = phrase_worksheet_title (worksheet_groups (model),
                                                   model->group_by);
  put_head (out, title, model->source, worksheet_style, NULL);
  fputs ("<main>\n", out);
  put_elem (out, "h1", title);
  fputs ("<div class=\"fields\"><div class=\"field\">", out);
  put_esc (out, phrase_worksheet_name);
  fputs (":</div><div class=\"field\">", out);
  put_esc (out, phrase_worksheet_date);
  fputs (":</div></div>\n", out);
  put_headlines (out, model, set);
  put_prediction (out, model);
  put_quotes (out);
  put_ws_heading (out, 4, phrase_worksheet_questions_title);
  fputs ("<ol>\n", out);
  for (const char *const *q = phrase_worksheet_questions; *q != NULL; q++)
    put_elem (out, "li", *q);
  fputs ("</ol>\n</main>\n</body>\n</html>\n", out);
  return output_check_stream (out, error);
}
