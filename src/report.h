/* report.h - the plain-text report of a comparison (framing-report(5),
 * THE REPORT, describes each section).
 *
 * The report fits 80 columns and reads well in less(1) and on paper: the
 * corpus in one paragraph, a profile table per topic, a bar chart of
 * shares per group, each group's dominant frame and balance, the
 * divergence matrix, the top distinguishing entries, example sentences
 * with the hit marked, and a note on how to read all this.
 */
#ifndef FRAMING_REPORT_H
#define FRAMING_REPORT_H

#include <glib.h>
#include <stdio.h>

#include "kwic.h"
#include "phrases.h"
#include "profile.h"
#include "reportmodel.h"

G_BEGIN_DECLS

typedef struct {
  gboolean ascii;  /* --ascii: bars and marks in plain ASCII */
  guint top_terms; /* distinguishing entries per group and topic (5) */
} ReportOptions;

/* Write the report of PROFILE (finished) with EXAMPLES to OUT.  Write
 * errors show on OUT (ferror). */
void report_write (FILE *out, const Profile *profile,
                   const KwicExamples *examples, const ReportCorpus *corpus,
                   const ReportOptions *opts);

/* Write the report of MODEL to OUT, in plain ASCII when ASCII.  Write
 * errors show on OUT (ferror). */
void report_render (FILE *out, const ReportModel *model, gboolean ascii);

G_END_DECLS

#endif /* FRAMING_REPORT_H */
