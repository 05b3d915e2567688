/* report.h - the plain-text report of a comparison (framing-report(5),
 * THE REPORT, describes each section).
 *
 * The report fits 80 columns and reads well in less(1) and on paper: the
 * corpus in one paragraph, a profile table per topic, a bar chart of
 * shares per group, each group's dominant frame and balance, the
 * divergence matrix, the top distinguishing entries, example sentences
 * with the hit marked, and a note on how to read all this.  It renders a
 * ReportModel (reportmodel.h), the one the page (html.h) renders too.
 */
#ifndef FRAMING_REPORT_H
#define FRAMING_REPORT_H

#include <glib.h>
#include <stdio.h>

#include "reportmodel.h"

G_BEGIN_DECLS

/* Write the report of MODEL to OUT, in plain ASCII when the model was
 * made so, and flush OUT: FALSE and ERROR ("write error: WHY", see
 * output_check_stream ()) when writing failed. */
gboolean report_write (FILE *out, const ReportModel *model, GError **error);

G_END_DECLS

#endif /* FRAMING_REPORT_H */
