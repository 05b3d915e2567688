/* reportmodel.h - what the text report (report.c) and the HTML page
 * (html.c) share beyond their sentences (those are in phrases.h): the
 * constants that shape both, the list of sections, and the cutting of
 * an example's context.
 */
#ifndef FRAMING_REPORTMODEL_H
#define FRAMING_REPORTMODEL_H

#include <glib.h>

G_BEGIN_DECLS

#define REPORT_Z 1.96        /* |z| from which a row is marked */
#define REPORT_Z_TEXT "1.96" /* REPORT_Z as the reports write it */
#define REPORT_CONTEXT 160   /* code points kept each side of an example hit */
#define REPORT_EXAMPLES 2    /* example sentences per group and topic */
#define REPORT_MATRIX_MAX 24 /* more groups: nearest and farthest only */

/* The sections of the reports, in order. */
typedef enum {
  REPORT_SECTION_CORPUS,
  REPORT_SECTION_CHART, /* the page only */
  REPORT_SECTION_PROFILES,
  REPORT_SECTION_SHARES,
  REPORT_SECTION_BALANCE,
  REPORT_SECTION_DISTANCES,
  REPORT_SECTION_TERMS,
  REPORT_SECTION_EXAMPLES,
  REPORT_SECTION_READING,
  REPORT_N_SECTIONS
} ReportSection;

/* Section S's anchor on the page ("corpus") and title ("The corpus"):
 * static strings. */
const char *report_section_id (ReportSection s);
const char *report_section_title (ReportSection s);

/* Whether a z is marked as clearly different (|z| >= REPORT_Z). */
gboolean report_z_marked (double z);

/* S cut to its last (LEFT) or first REPORT_CONTEXT code points, at a
 * space, with ELLIPSIS where it was cut.  Newly allocated. */
char *report_trim_context (const char *s, gboolean left,
                           const char *ellipsis);

G_END_DECLS

#endif /* FRAMING_REPORTMODEL_H */
