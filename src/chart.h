/* chart.h - chart.svg: the grouped bar chart of a comparison for a class
 * (framing-report(5), THE CHART).
 *
 * One cluster of bars per topic (lexicon order), one bar per group in
 * table order (by name): the bar's height is the group's pooled per_1k,
 * its whisker the 95% bootstrap interval (no whisker for a group of one
 * article, whose interval says nothing).  With more than CHART_MAX_GROUPS
 * groups, only the CHART_MAX_GROUPS with the most tokens are drawn (ties:
 * table order), in table order, and the legend says so.  Each group has
 * an Okabe-Ito colour and a fill pattern of its own, so the bars stay
 * apart in greyscale and for colour-blind readers; fonts are large
 * enough to be read when projected.
 *
 * Geometry, so that a reader (or a test) can check a bar by hand: the
 * plot area is CHART_PLOT_HEIGHT units high; the value axis runs from 0
 * to the smallest multiple of its tick step that is at least the largest
 * rate or interval end shown (1 when all are 0), the step being 1, 2,
 * 2.5, 5 or 10 times a power of ten, the smallest such that at most
 * CHART_TICKS steps cover that largest value; a bar of rate V is
 * CHART_PLOT_HEIGHT * V / axis-maximum units high.
 *
 * The output is a standalone SVG 1.1 document (xmlns, viewBox, width and
 * height) whose bytes depend only on the profile and the options: numbers
 * are written with '.' whatever the locale, and every piece of text is
 * XML-escaped, with control characters turned into spaces.
 */
#ifndef FRAMING_CHART_H
#define FRAMING_CHART_H

#include <glib.h>
#include <stdio.h>

#include "profile.h"

G_BEGIN_DECLS

#define CHART_PLOT_HEIGHT 400 /* height of the plot area, in SVG units */
#define CHART_TICKS 5         /* at most this many tick steps on the axis */
#define CHART_MAX_GROUPS 12   /* more groups: only the largest are drawn */

typedef struct {
  const char *source;   /* the corpus named in the title, as in the
                           report: its title ("seeds"), never a path */
  const char *group_by; /* the grouping field, e.g. "outlet" (NULL:
                           "group") */
  gboolean embedded;    /* no XML declaration: for inlining in HTML */
} ChartOptions;

/* Write the chart of PROFILE (finished) to OUT and flush OUT: FALSE and
 * ERROR ("write error: WHY", see output_check_stream ()) when writing
 * failed. */
gboolean chart_write (FILE *out, const Profile *profile,
                      const ChartOptions *opts, GError **error);

/* The fill colour of the chart's I-th group ("#E69F00"; the palette
 * repeats past its CHART_N_COLOURS colours): a static string.  The
 * articles page (readpage.h) colours its topics with the same palette. */
#define CHART_N_COLOURS 7
const char *chart_colour (guint i);

/* S (NULL: "") as text for XML and HTML: valid UTF-8, control characters
 * (C0, DEL, C1, U+2028, U+2029) and non-characters (U+FDD0..U+FDEF,
 * U+xxFFFE, U+xxFFFF) as spaces, and & < > " ' as character references.
 * Newly allocated. */
char *chart_escape (const char *s);

/* The top of the value axis for the largest value MAX_VALUE (see above),
 * and the tick step in STEP (may be NULL). */
double chart_axis_max (double max_value, double *step);

G_END_DECLS

#endif /* FRAMING_CHART_H */
