/* chart.c - chart.svg, the grouped bar chart of a comparison; see
 * chart.h.
 *
 * The layout is computed first (margins from the widest tick label,
 * clusters wide enough for their bars and their topic's name, a legend
 * in as many columns as fit), then written top to bottom: title, grid
 * and axes, bars, whiskers and values, topic names, legend, notes.
 * Text widths are estimated from the font size (no font metrics are at
 * hand), generously, and long names are shortened with the full name in
 * a <title> that browsers show as a tooltip.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "fmt.h"
#include "output.h"
#include "phrases.h"

#define FONT_FAMILY "'DejaVu Sans', Verdana, Arial, Helvetica, sans-serif"
#define CHAR_EM 0.62        /* estimated advance of a character, in ems */
#define TITLE_SIZE 28
#define SUBTITLE_SIZE 20
#define AXIS_SIZE 20        /* axis titles, topic names, legend */
#define TICK_SIZE 18
#define VALUE_SIZE 16       /* values above the bars, notes */
#define BAR_SLOT 48         /* width given to one bar */
#define BAR_WIDTH 40        /* the bar itself */
#define CAP_WIDTH 16        /* the whisker's caps */
#define MARGIN 24           /* around everything */
#define PLOT_TOP 136        /* below the title and subtitle */
#define MIN_WIDTH 820
#define TOPIC_CHARS 18      /* topic names longer than this are shortened */
#define LEGEND_CHARS 36     /* group names longer than this are shortened */
#define LEGEND_ROW 38
#define SWATCH_W 44
#define SWATCH_H 28
#define N_PATTERNS 8

/* The Okabe-Ito palette without its black, each colour with the ink of
 * its pattern lines (black on light colours, white on dark ones). */
static const struct {
  const char *fill;
  const char *ink;
} palette[] = {
  { "#E69F00", "#000000" }, /* orange */
  { "#56B4E9", "#000000" }, /* sky blue */
  { "#009E73", "#FFFFFF" }, /* bluish green */
  { "#F0E442", "#000000" }, /* yellow */
  { "#0072B2", "#FFFFFF" }, /* blue */
  { "#D55E00", "#FFFFFF" }, /* vermillion */
  { "#CC79A7", "#000000" }, /* reddish purple */
};
#define N_COLOURS G_N_ELEMENTS (palette)
G_STATIC_ASSERT (N_COLOURS == CHART_N_COLOURS);

const char *
chart_colour (guint i)
{
  return palette[i % N_COLOURS].fill;
}

/* The lines of each fill pattern on a 12 x 12 tile ("" = solid, "dots"
 * = two dots). */
static const char *const pattern_paths[N_PATTERNS] = {
  "",                                              /* solid */
  "M-3,3 L3,-3 M0,12 L12,0 M9,15 L15,9",           /* diagonal / */
  "dots",                                          /* dots */
  "M0,6 H12",                                      /* horizontal */
  "M-3,3 L3,-3 M0,12 L12,0 M9,15 L15,9 "
  "M-3,9 L3,15 M0,0 L12,12 M9,-3 L15,3",           /* crosshatch */
  "M6,0 V12",                                      /* vertical */
  "M-3,9 L3,15 M0,0 L12,12 M9,-3 L15,3",           /* diagonal \ */
  "M0,6 H12 M6,0 V12",                             /* grid */
};

typedef struct {
  FILE *out;
  const Profile *p;
  const ChartOptions *opts;
  const char *group_by;
  guint *shown;      /* indices of the groups drawn, in table order */
  guint n_groups;    /* how many are drawn */
  guint n_all;       /* how many groups the profile has */
  guint n_topics;
  double axis_max;
  double step;
  int decimals;      /* of the tick labels */
  double left;       /* x of the value axis */
  double plot_w;
  double cluster_w;  /* width of one topic's cluster, gap included */
  double bottom;     /* y of the baseline */
  double legend_top; /* y of the first legend row */
  double legend_col_w;
  guint legend_cols;
  guint legend_rows;
  double width;
  double height;
} Chart;

/* ---- text ---- */

/* Whether code point C is written as a space: a control character or a
 * non-character, neither of which XML 1.0 allows. */
static gboolean
unwanted_char (gunichar c)
{
  return fmt_is_control (c) || (c >= 0xfdd0 && c <= 0xfdef)
         || (c & 0xfffe) == 0xfffe;
}

char *
chart_escape (const char *s)
{
  g_autofree char *valid = g_utf8_make_valid (s != NULL ? s : "", -1);
  GString *out = g_string_sized_new (strlen (valid) + 16);
  for (const char *q = valid; *q != '\0'; q = g_utf8_next_char (q))
    {
      gunichar c = g_utf8_get_char (q);
      switch (c)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&#39;"); break;
        default:
          if (unwanted_char (c))
            g_string_append_c (out, ' ');
          else
            g_string_append_unichar (out, c);
        }
    }
  return g_string_free (out, FALSE);
}

/* S (valid UTF-8) cut to MAX code points, the last one an ellipsis when
 * cut.  Newly allocated. */
static char *
shorten (const char *s, guint max)
{
  if ((guint) g_utf8_strlen (s, -1) <= max)
    return g_strdup (s);
  const char *end = g_utf8_offset_to_pointer (s, max - 1);
  g_autofree char *head = g_strndup (s, end - s);
  g_strchomp (head);
  return g_strconcat (head, "…", NULL);
}

/* The estimated width of S at font SIZE (wide characters count 2). */
static double
text_units (const char *s, double size)
{
  double n = 0;
  for (const char *q = s; *q != '\0'; q = g_utf8_next_char (q))
    n += g_unichar_iswide (g_utf8_get_char (q)) ? 2 : 1;
  return n * size * CHAR_EM;
}

/* The G-th group drawn. */
static const ProfileGroup *
group_at (const Chart *c, guint g)
{
  return g_ptr_array_index (c->p->groups, c->shown[g]);
}

/* The name of the G-th group drawn, valid UTF-8.  Newly allocated. */
static char *
group_name (const Chart *c, guint g)
{
  return g_utf8_make_valid (group_at (c, g)->name, -1);
}

/* The topic's name, valid UTF-8.  Newly allocated. */
static char *
topic_name (const Chart *c, guint t)
{
  const LexTopic *topic = g_ptr_array_index (c->p->lexicon->topics, t);
  return g_utf8_make_valid (topic->name, -1);
}

/* ---- numbers ---- */

/* V with at most two decimals, '.' as the decimal point, no trailing
 * zeros and never "-0": SVG coordinates. */
static const char *
fmt_num (char buf[G_ASCII_DTOSTR_BUF_SIZE], double v)
{
  g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, "%.2f", v);
  char *dot = strchr (buf, '.');
  if (dot != NULL)
    {
      char *end = buf + strlen (buf);
      while (end > dot + 1 && end[-1] == '0')
        *--end = '\0';
      if (end == dot + 1)
        *dot = '\0';
    }
  if (strcmp (buf, "-0") == 0)
    strcpy (buf, "0");
  return buf;
}

/* V with DECIMALS decimals, '.' as the decimal point; "n/a" when not
 * finite. */
static const char *
fmt_value (char buf[G_ASCII_DTOSTR_BUF_SIZE], double v, int decimals)
{
  char format[8];
  if (!isfinite (v))
    return strcpy (buf, "n/a");
  g_snprintf (format, sizeof format, "%%.%df", decimals);
  return g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, format,
                          fabs (v) < 0.5 * pow (10, -decimals) ? 0.0 : v);
}

double
chart_axis_max (double max_value, double *step)
{
  static const double nice[] = { 1, 2, 2.5, 5, 10 };
  if (!isfinite (max_value) || max_value <= 0)
    max_value = 1;
  double mag = pow (10, floor (log10 (max_value / CHART_TICKS)));
  double s = 10 * mag;
  for (guint k = 0; k < G_N_ELEMENTS (nice); k++)
    if (nice[k] * mag * CHART_TICKS >= max_value * (1 - 1e-12))
      {
        s = nice[k] * mag;
        break;
      }
  if (step != NULL)
    *step = s;
  return ceil (max_value / s - 1e-9) * s;
}

/* Decimals that the tick labels of STEP need (0 to 4). */
static int
step_decimals (double step)
{
  for (int d = 0; d < 4; d++)
    {
      double scaled = step * pow (10, d);
      if (fabs (scaled - round (scaled)) < 1e-6 * MAX (1, scaled))
        return d;
    }
  return 4;
}

/* ---- the data ---- */

static const ProfileTopic *
cell (const Chart *c, guint g, guint t)
{
  return &group_at (c, g)->topics[t];
}

/* Whether the bar of group G in topic T has a whisker: a group that is
 * not a handful of articles (profile_group_few ()) with a finite
 * interval. */
static gboolean
has_whisker (const Chart *c, guint g, guint t)
{
  const ProfileTopic *pt = cell (c, g, t);
  return !profile_group_few (group_at (c, g)) && isfinite (pt->ci_low)
         && isfinite (pt->ci_high);
}

/* A rate as the chart draws it: 0 when not finite or negative. */
static double
drawn (double v)
{
  return isfinite (v) && v > 0 ? v : 0;
}

/* The largest value drawn: a rate or the top of a whisker. */
static double
largest_value (const Chart *c)
{
  double m = 0;
  for (guint g = 0; g < c->n_groups; g++)
    for (guint t = 0; t < c->n_topics; t++)
      {
        m = MAX (m, drawn (cell (c, g, t)->per_1k));
        if (has_whisker (c, g, t))
          m = MAX (m, drawn (cell (c, g, t)->ci_high));
      }
  return m;
}

/* The y of value V. */
static double
y_of (const Chart *c, double v)
{
  return c->bottom - CHART_PLOT_HEIGHT * MIN (drawn (v), c->axis_max)
                     / c->axis_max;
}

/* ---- layout ---- */

/* The width of the widest tick label. */
static double
tick_label_width (const Chart *c)
{
  char b[G_ASCII_DTOSTR_BUF_SIZE];
  return text_units (fmt_value (b, c->axis_max, c->decimals), TICK_SIZE);
}

/* The width of the widest (shortened) topic name. */
static double
topic_label_width (const Chart *c)
{
  double w = 0;
  for (guint t = 0; t < c->n_topics; t++)
    {
      g_autofree char *name = topic_name (c, t);
      g_autofree char *label = shorten (name, TOPIC_CHARS);
      w = MAX (w, text_units (label, AXIS_SIZE));
    }
  return w;
}

/* The width of the widest (shortened) group name in the legend. */
static double
legend_label_width (const Chart *c)
{
  double w = 0;
  for (guint g = 0; g < c->n_groups; g++)
    {
      g_autofree char *name = group_name (c, g);
      g_autofree char *label = shorten (name, LEGEND_CHARS);
      w = MAX (w, text_units (label, AXIS_SIZE));
    }
  return w;
}

/* Compute every position of the chart. */
static void
layout (Chart *c)
{
  c->axis_max = chart_axis_max (largest_value (c), &c->step);
  c->decimals = step_decimals (c->step);
  c->left = MARGIN + AXIS_SIZE + 16 + tick_label_width (c) + 12;
  double bars = c->n_groups * (double) BAR_SLOT;
  c->cluster_w = MAX (bars, topic_label_width (c) + 12) + BAR_SLOT;
  c->plot_w = c->n_topics * c->cluster_w;
  c->bottom = PLOT_TOP + CHART_PLOT_HEIGHT;
  c->legend_col_w = SWATCH_W + 12 + legend_label_width (c) + 28;
  c->width = MAX (MIN_WIDTH, c->left + c->plot_w + MARGIN);
  c->width = MAX (c->width, MARGIN + c->legend_col_w + MARGIN);
  c->width = ceil (c->width);
  c->legend_cols = (guint) ((c->width - 2 * MARGIN) / c->legend_col_w);
  c->legend_cols = CLAMP (c->legend_cols, 1, MAX (c->n_groups, 1));
  c->legend_rows = (c->n_groups + c->legend_cols - 1) / c->legend_cols;
  /* as few columns as the rows need: 4 groups in 2 x 2, not 3 + 1 */
  if (c->legend_rows > 0)
    c->legend_cols = (c->n_groups + c->legend_rows - 1) / c->legend_rows;
  c->legend_top = c->bottom + 118;
  c->height = ceil (c->legend_top + c->legend_rows * LEGEND_ROW + 72);
}

/* The left edge of the bar of group G in topic T. */
static double
bar_x (const Chart *c, guint g, guint t)
{
  double start = c->left + t * c->cluster_w
                 + (c->cluster_w - c->n_groups * (double) BAR_SLOT) / 2;
  return start + g * (double) BAR_SLOT + (BAR_SLOT - BAR_WIDTH) / 2.0;
}

/* ---- writing ---- */

/* <text> at X, Y with SIZE, ANCHOR (start, middle, end) and extra
 * attributes ATTRS ("" for none), showing TEXT cut to MAX code points (0:
 * uncut); a cut text carries its whole in a <title>. */
static void
put_text (const Chart *c, double x, double y, int size, const char *anchor,
          const char *attrs, const char *text, guint max)
{
  char xb[G_ASCII_DTOSTR_BUF_SIZE], yb[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *shown = max > 0 ? shorten (text, max) : g_strdup (text);
  g_autofree char *esc = chart_escape (shown);
  gboolean cut = strcmp (shown, text) != 0;
  if (cut)
    {
      g_autofree char *full = chart_escape (text);
      fprintf (c->out, "<g><title>%s</title>", full);
    }
  fprintf (c->out, "<text x=\"%s\" y=\"%s\" font-size=\"%d\"%s%s%s%s>%s"
           "</text>", fmt_num (xb, x), fmt_num (yb, y), size,
           strcmp (anchor, "start") != 0 ? " text-anchor=\"" : "",
           strcmp (anchor, "start") != 0 ? anchor : "",
           strcmp (anchor, "start") != 0 ? "\"" : "", attrs, esc);
  fputs (cut ? "</g>\n" : "\n", c->out);
}

/* The longest TEXT of SIZE that fits in WIDTH, in code points. */
static guint
chars_fitting (double width, int size)
{
  return (guint) MAX (8, floor (width / (size * CHAR_EM)));
}

/* The opening of the document, its title and description. */
static void
put_header (const Chart *c)
{
  char wb[G_ASCII_DTOSTR_BUF_SIZE], hb[G_ASCII_DTOSTR_BUF_SIZE];
  if (!c->opts->embedded)
    fputs ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", c->out);
  fmt_num (wb, c->width);
  fmt_num (hb, c->height);
  fprintf (c->out, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
           "version=\"1.1\" width=\"%s\" height=\"%s\" viewBox=\"0 0 %s %s\" "
           "font-family=\"%s\">\n", wb, hb, wb, hb, FONT_FAMILY);
  g_autofree char *by = chart_escape (c->group_by);
  g_autofree char *source = chart_escape (c->opts->source);
  fprintf (c->out, "<title>How often each %s uses each topic's words: "
           "%s</title>\n", by, source);
  fprintf (c->out, "<desc>Lexicon hits per 1000 tokens by topic, one bar "
           "per %s, with 95%% bootstrap intervals as whiskers.</desc>\n", by);
}

/* One fill pattern: colour and lines of group G. */
static void
put_pattern (const Chart *c, guint g)
{
  const char *fill = palette[g % N_COLOURS].fill;
  const char *ink = palette[g % N_COLOURS].ink;
  const char *lines = pattern_paths[g % N_PATTERNS];
  fprintf (c->out, "<pattern id=\"fill-%u\" patternUnits=\"userSpaceOnUse\" "
           "width=\"12\" height=\"12\"><rect width=\"12\" height=\"12\" "
           "fill=\"%s\"/>", g + 1, fill);
  if (strcmp (lines, "dots") == 0)
    fprintf (c->out, "<circle cx=\"3\" cy=\"3\" r=\"2\" fill=\"%s\"/>"
             "<circle cx=\"9\" cy=\"9\" r=\"2\" fill=\"%s\"/>", ink, ink);
  else if (*lines != '\0')
    fprintf (c->out, "<path d=\"%s\" stroke=\"%s\" stroke-width=\"2\" "
             "fill=\"none\"/>", lines, ink);
  fputs ("</pattern>\n", c->out);
}

/* The patterns of every group. */
static void
put_defs (const Chart *c)
{
  fputs ("<defs>\n", c->out);
  for (guint g = 0; g < c->n_groups; g++)
    put_pattern (c, g);
  fputs ("</defs>\n", c->out);
  fprintf (c->out, "<rect width=\"100%%\" height=\"100%%\" "
           "fill=\"#FFFFFF\"/>\n");
}

/* The title and, below it, the corpus. */
static void
put_titles (const Chart *c)
{
  guint64 articles = 0, tokens = 0;
  for (guint g = 0; g < c->n_all; g++)
    {
      const ProfileGroup *group = g_ptr_array_index (c->p->groups, g);
      articles += group->articles;
      tokens += group->tokens;
    }
  char ab[32], tb[32];
  g_autofree char *by = g_utf8_make_valid (c->group_by, -1);
  g_autofree char *title = g_strdup_printf ("How often each %s uses each "
                                            "topic's words", by);
  g_autofree char *source = g_utf8_make_valid (c->opts->source, -1);
  g_autofree char *sub = g_strdup_printf ("Corpus: %s (%s article%s, %s "
                                          "token%s)", source,
                                          fmt_count (ab, articles),
                                          articles == 1 ? "" : "s",
                                          fmt_count (tb, tokens),
                                          tokens == 1 ? "" : "s");
  double room = c->width - 2 * MARGIN;
  put_text (c, MARGIN, 44, TITLE_SIZE, "start", " font-weight=\"bold\"",
            title, chars_fitting (room, TITLE_SIZE));
  put_text (c, MARGIN, 80, SUBTITLE_SIZE, "start", "", sub,
            chars_fitting (room, SUBTITLE_SIZE));
}

/* The grid lines, tick labels and the value axis with its title. */
static void
put_axes (const Chart *c)
{
  char x1[G_ASCII_DTOSTR_BUF_SIZE], x2[G_ASCII_DTOSTR_BUF_SIZE];
  char yb[G_ASCII_DTOSTR_BUF_SIZE], vb[G_ASCII_DTOSTR_BUF_SIZE];
  fmt_num (x1, c->left);
  fmt_num (x2, c->left + c->plot_w);
  guint n_ticks = (guint) lround (c->axis_max / c->step);
  for (guint k = 0; k <= n_ticks; k++)
    {
      double v = k * c->step, y = y_of (c, v);
      fprintf (c->out, "<path d=\"M%s,%sH%s\" stroke=\"%s\" "
               "stroke-width=\"1\"/>\n", x1, fmt_num (yb, y), x2,
               k == 0 ? "#000000" : "#BBBBBB");
      put_text (c, c->left - 10, y + TICK_SIZE * 0.35, TICK_SIZE, "end", "",
                fmt_value (vb, v, c->decimals), 0);
    }
  char tb[G_ASCII_DTOSTR_BUF_SIZE], bb[G_ASCII_DTOSTR_BUF_SIZE];
  fprintf (c->out, "<path d=\"M%s,%sV%s\" stroke=\"#000000\" "
           "stroke-width=\"1.5\"/>\n", x1, fmt_num (tb, PLOT_TOP - 8),
           fmt_num (bb, c->bottom));
  char ax[G_ASCII_DTOSTR_BUF_SIZE], ay[G_ASCII_DTOSTR_BUF_SIZE];
  fprintf (c->out, "<text transform=\"rotate(-90)\" x=\"%s\" y=\"%s\" "
           "font-size=\"%d\" text-anchor=\"middle\">Words per 1000 tokens"
           "</text>\n", fmt_num (ax, -(PLOT_TOP + CHART_PLOT_HEIGHT / 2.0)),
           fmt_num (ay, MARGIN + AXIS_SIZE * 0.8), AXIS_SIZE);
}

/* The "n per 1000 tokens (95% interval a–b)" of a bar's tooltip.  Newly
 * allocated. */
static char *
bar_tooltip (const Chart *c, guint g, guint t)
{
  const ProfileTopic *pt = cell (c, g, t);
  char v[G_ASCII_DTOSTR_BUF_SIZE], lo[G_ASCII_DTOSTR_BUF_SIZE];
  char hi[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *name = group_name (c, g);
  g_autofree char *topic = topic_name (c, t);
  if (!has_whisker (c, g, t))
    return g_strdup_printf ("%s, %s: %s per 1000 tokens (no interval)",
                            name, topic,
                            fmt_value (v, pt->per_1k, 1));
  return g_strdup_printf ("%s, %s: %s per 1000 tokens (95%% interval "
                          "%s–%s)", name, topic, fmt_value (v, pt->per_1k, 1),
                          fmt_value (lo, pt->ci_low, 1),
                          fmt_value (hi, pt->ci_high, 1));
}

/* The bar of group G in topic T, with its tooltip. */
static void
put_bar (const Chart *c, guint g, guint t)
{
  char xb[G_ASCII_DTOSTR_BUF_SIZE], yb[G_ASCII_DTOSTR_BUF_SIZE];
  char hb[G_ASCII_DTOSTR_BUF_SIZE];
  double y = y_of (c, cell (c, g, t)->per_1k);
  g_autofree char *tip = bar_tooltip (c, g, t);
  g_autofree char *esc = chart_escape (tip);
  fprintf (c->out, "<g><title>%s</title><rect id=\"bar-%u-%u\" x=\"%s\" "
           "y=\"%s\" width=\"%d\" height=\"%s\" fill=\"url(#fill-%u)\" "
           "stroke=\"#000000\" stroke-width=\"1.5\"/></g>\n", esc,
           c->shown[g] + 1,
           t + 1, fmt_num (xb, bar_x (c, g, t)), fmt_num (yb, y), BAR_WIDTH,
           fmt_num (hb, c->bottom - y), g + 1);
}

/* The whisker of group G in topic T: black on a white halo, so that it
 * shows on every fill. */
static void
put_whisker (const Chart *c, guint g, guint t)
{
  const ProfileTopic *pt = cell (c, g, t);
  char xb[G_ASCII_DTOSTR_BUF_SIZE], lo[G_ASCII_DTOSTR_BUF_SIZE];
  char hi[G_ASCII_DTOSTR_BUF_SIZE], l[G_ASCII_DTOSTR_BUF_SIZE];
  char r[G_ASCII_DTOSTR_BUF_SIZE];
  double x = bar_x (c, g, t) + BAR_WIDTH / 2.0;
  fmt_num (xb, x);
  fmt_num (lo, y_of (c, pt->ci_low));
  fmt_num (hi, y_of (c, pt->ci_high));
  fmt_num (l, x - CAP_WIDTH / 2.0);
  fmt_num (r, x + CAP_WIDTH / 2.0);
  g_autofree char *d = g_strdup_printf ("M%s,%sV%s M%s,%sH%s M%s,%sH%s",
                                        xb, lo, hi, l, hi, r, l, lo, r);
  fprintf (c->out, "<g id=\"ci-%u-%u\"><path d=\"%s\" stroke=\"#FFFFFF\" "
           "stroke-width=\"6\" fill=\"none\"/><path d=\"%s\" "
           "stroke=\"#000000\" stroke-width=\"2.5\" fill=\"none\"/></g>\n",
           c->shown[g] + 1, t + 1, d, d);
}

/* The value of group G in topic T, above its bar and whisker. */
static void
put_value (const Chart *c, guint g, guint t)
{
  const ProfileTopic *pt = cell (c, g, t);
  char vb[G_ASCII_DTOSTR_BUF_SIZE];
  double top = y_of (c, pt->per_1k);
  if (has_whisker (c, g, t))
    top = MIN (top, y_of (c, pt->ci_high));
  put_text (c, bar_x (c, g, t) + BAR_WIDTH / 2.0, top - 8, VALUE_SIZE,
            "middle", "", fmt_value (vb, pt->per_1k, 1), 0);
}

/* ---- the groups drawn ---- */

/* More tokens first, then table order. */
static gint
by_tokens (gconstpointer a, gconstpointer b, gpointer data)
{
  const Profile *p = data;
  guint i = *(const guint *) a, j = *(const guint *) b;
  guint64 ti = ((const ProfileGroup *) g_ptr_array_index (p->groups, i))->tokens;
  guint64 tj = ((const ProfileGroup *) g_ptr_array_index (p->groups, j))->tokens;
  if (ti != tj)
    return ti > tj ? -1 : 1;
  return i < j ? -1 : i > j;
}

/* Table order. */
static gint
by_index (gconstpointer a, gconstpointer b)
{
  guint i = *(const guint *) a, j = *(const guint *) b;
  return i < j ? -1 : i > j;
}

/* Choose the groups to draw: all of them, or the CHART_MAX_GROUPS with
 * the most tokens, in table order. */
static void
choose_groups (Chart *c)
{
  c->shown = g_new (guint, MAX (c->n_all, 1));
  for (guint g = 0; g < c->n_all; g++)
    c->shown[g] = g;
  c->n_groups = c->n_all;
  if (c->n_all <= CHART_MAX_GROUPS)
    return;
  g_qsort_with_data (c->shown, c->n_all, sizeof (guint), by_tokens,
                     (gpointer) c->p);
  c->n_groups = CHART_MAX_GROUPS;
  qsort (c->shown, c->n_groups, sizeof (guint), by_index);
}

/* Every bar, whisker and value, then the topic names below. */
static void
put_bars (const Chart *c)
{
  for (guint t = 0; t < c->n_topics; t++)
    for (guint g = 0; g < c->n_groups; g++)
      put_bar (c, g, t);
  for (guint t = 0; t < c->n_topics; t++)
    for (guint g = 0; g < c->n_groups; g++)
      if (has_whisker (c, g, t))
        put_whisker (c, g, t);
  for (guint t = 0; t < c->n_topics; t++)
    for (guint g = 0; g < c->n_groups; g++)
      put_value (c, g, t);
  for (guint t = 0; t < c->n_topics; t++)
    {
      g_autofree char *name = topic_name (c, t);
      put_text (c, c->left + (t + 0.5) * c->cluster_w, c->bottom + 32,
                AXIS_SIZE, "middle", " font-weight=\"bold\"", name,
                TOPIC_CHARS);
    }
  put_text (c, c->left + c->plot_w / 2, c->bottom + 70, AXIS_SIZE,
            "middle", "", "Topic", 0);
}

/* The legend: one swatch and name per group, in rows. */
static void
put_legend (const Chart *c)
{
  g_autofree char *by = g_utf8_make_valid (c->group_by, -1);
  g_autofree char *head = c->n_groups < c->n_all
      ? g_strdup_printf ("Bars, one per %s: the %u with the most tokens of "
                         "all %u (the tables have every one):", by,
                         c->n_groups, c->n_all)
      : g_strdup_printf ("Bars, one per %s:", by);
  put_text (c, MARGIN, c->legend_top - 14, AXIS_SIZE, "start",
            " font-weight=\"bold\"", head, 0);
  for (guint g = 0; g < c->n_groups; g++)
    {
      char xb[G_ASCII_DTOSTR_BUF_SIZE], yb[G_ASCII_DTOSTR_BUF_SIZE];
      double x = MARGIN + (g % c->legend_cols) * c->legend_col_w;
      double y = c->legend_top + (g / c->legend_cols) * LEGEND_ROW;
      fprintf (c->out, "<rect x=\"%s\" y=\"%s\" width=\"%d\" height=\"%d\" "
               "fill=\"url(#fill-%u)\" stroke=\"#000000\" "
               "stroke-width=\"1.5\"/>\n", fmt_num (xb, x),
               fmt_num (yb, y), SWATCH_W, SWATCH_H, g + 1);
      g_autofree char *name = group_name (c, g);
      put_text (c, x + SWATCH_W + 12, y + SWATCH_H / 2.0 + AXIS_SIZE * 0.35,
                AXIS_SIZE, "start", "", name, LEGEND_CHARS);
    }
  if (c->n_groups == 0)
    put_text (c, MARGIN, c->legend_top + 20, AXIS_SIZE, "start", "",
              "No article was read, so there is nothing to show.", 0);
}

/* How to read the bars and whiskers. */
static void
put_notes (const Chart *c)
{
  g_autofree char *by = g_utf8_make_valid (c->group_by, -1);
  g_autofree char *one = g_strdup_printf (
      "Bar: the %s's lexicon hits (weighted) per 1000 tokens; the number "
      "above it is that rate.", by);
  gboolean whiskers = FALSE;
  for (guint g = 0; g < c->n_groups; g++)
    for (guint t = 0; t < c->n_topics; t++)
      whiskers |= has_whisker (c, g, t);
  /* Without any whisker, no word of intervals: a handful of articles
   * claims nothing about its outlet (framing-report(5)). */
  g_autofree char *two = whiskers ? g_strdup_printf (
      "Whisker: the 95%% bootstrap interval of the rate; none where fewer "
      "than %d articles are behind a bar.", PROFILE_FEW_ARTICLES)
    : g_strdup_printf ("No whiskers: fewer than %d articles are behind "
                       "every bar, so the bars show these articles only, "
                       "not their outlets.", PROFILE_FEW_ARTICLES);
  double y = c->legend_top + c->legend_rows * LEGEND_ROW + 24;
  guint fit = chars_fitting (c->width - 2 * MARGIN, VALUE_SIZE);
  put_text (c, MARGIN, y, VALUE_SIZE, "start", "", one, fit);
  put_text (c, MARGIN, y + 26, VALUE_SIZE, "start", "", two, fit);
}

gboolean
chart_write (FILE *out, const Profile *profile, const ChartOptions *opts,
             GError **error)
{
  g_return_val_if_fail (out != NULL && profile != NULL && opts != NULL,
                        FALSE);
  Chart c = {
    .out = out,
    .p = profile,
    .opts = opts,
    .group_by = opts->group_by != NULL ? opts->group_by : "group",
    .n_all = profile->groups != NULL ? profile->groups->len : 0,
    .n_topics = profile->lexicon->topics->len,
  };
  choose_groups (&c);
  ChartOptions o = *opts;
  if (o.source == NULL)
    o.source = phrase_no_source;
  c.opts = &o;
  layout (&c);
  put_header (&c);
  put_defs (&c);
  put_titles (&c);
  put_axes (&c);
  put_bars (&c);
  put_legend (&c);
  put_notes (&c);
  fputs ("</svg>\n", out);
  g_free (c.shown);
  return output_check_stream (out, error);
}
