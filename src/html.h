/* html.h - report.html: the report of a comparison as one self-contained
 * page for a screen, a projector and paper (framing-report(5),
 * THE PAGE).
 *
 * The page renders the ReportModel that report.txt renders
 * (reportmodel.h), so it holds what report.txt holds, in the same
 * words: the corpus, the chart (chart.svg, inlined), the profile tables
 * with their intervals and significance marks, the shares, each group's
 * dominant frame and balance, the divergence matrix, the distinguishing
 * entries, the example sentences with the hit in <mark> (negated hits
 * marked as such), and how to read it all.  It needs no network and no
 * script: the style sheet is inline, with rules for printing on A4 or
 * Letter.
 *
 * The page is well-formed XML as well as HTML (polyglot markup), so that
 * XML tools can check it; every piece of text from the corpus, the
 * lexicons and the command line is escaped (chart_escape).  Its bytes
 * depend only on the profile, the examples and the corpus description.
 */
#ifndef FRAMING_HTML_H
#define FRAMING_HTML_H

#include <glib.h>
#include <stdio.h>

#include "reportmodel.h"

G_BEGIN_DECLS

/* Write the page of MODEL to OUT (the page has no ASCII form: the
 * model's ascii is for the text report), and flush OUT: FALSE and ERROR
 * ("write error: WHY", see output_check_stream ()) when writing
 * failed. */
gboolean html_write (FILE *out, const ReportModel *model, GError **error);

G_END_DECLS

#endif /* FRAMING_HTML_H */
