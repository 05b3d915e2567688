/* readpage.h - articles.html and worksheet.html, the two pages that
 * framing compare -o writes beside report.html for a class
 * (framing-report(5), THE ARTICLES PAGE and THE WORKSHEET).
 *
 * articles.html shows the articles a ReadingSet kept (reading.h), each
 * group a column on a wide screen (a CSS grid; stacked when printed),
 * every counted word marked in its topic's colour and followed by the
 * topic's name, negated words struck through and named so, a grey note
 * where the reader skipped repeated lines or the text was cut, and a
 * note per group on the articles left out by the caps.
 * worksheet.html is a sheet to print on A4 in one or two pages: the
 * headlines side by side, a grid in which students rank the groups per
 * topic before they see the chart, room for two quoted sentences, and
 * the questions of framing-classroom(7).
 *
 * Both are self-contained (inline style sheet, no script, no network),
 * well-formed XML as well as HTML (polyglot markup, like report.html),
 * every piece of text from the corpus and the lexicons escaped
 * (chart_escape ()); their bytes depend only on the model and the set,
 * so they are the same for every -j.  Every sentence comes from
 * phrases.h.
 */
#ifndef FRAMING_READPAGE_H
#define FRAMING_READPAGE_H

#include <glib.h>
#include <stdio.h>

#include "reading.h"
#include "reportmodel.h"

G_BEGIN_DECLS

/* Most groups the worksheet has a column for (the first in the model's
 * order; it says how many are left out). */
#define WORKSHEET_MAX_GROUPS 8
/* Headlines per group on the worksheet. */
#define WORKSHEET_HEADLINES 3

/* Write articles.html of MODEL's groups and topics with the articles of
 * SET to OUT, and flush OUT: FALSE and ERROR ("write error: WHY", see
 * output_check_stream ()) when writing failed. */
gboolean readpage_articles_write (FILE *out, const ReportModel *model,
                                  const ReadingSet *set, GError **error);

/* Write worksheet.html likewise. */
gboolean readpage_worksheet_write (FILE *out, const ReportModel *model,
                                   const ReadingSet *set, GError **error);

/* The WCAG 2.1 contrast ratio (1 to 21) of two colours "#RRGGBB". */
double readpage_contrast (const char *a, const char *b);

/* The text colour on BACKGROUND ("#RRGGBB"): black or white, whichever
 * contrasts more (a static string). */
const char *readpage_ink (const char *background);

/* The background of topic T's marks: chart_colour (T). */
const char *readpage_topic_colour (guint t);

G_END_DECLS

#endif /* FRAMING_READPAGE_H */
