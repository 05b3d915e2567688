/* reportmodel.c - the parts of the report that the text and the HTML
 * renderers share; see reportmodel.h. */
#include "reportmodel.h"

#include <math.h>
#include <string.h>

/* The sections' anchors and titles, in ReportSection order. */
static const char *const sections[REPORT_N_SECTIONS][2] = {
  { "corpus", "The corpus" },
  { "chart", "The chart" },
  { "profiles", "Profiles by topic" },
  { "shares", "Shares of the frames" },
  { "balance", "Dominant frame and balance" },
  { "distances", "How different the groups are" },
  { "terms", "Distinguishing entries" },
  { "examples", "Example sentences" },
  { "reading", "How to read this" },
};

/* The anchor of section S. */
const char *
report_section_id (ReportSection s)
{
  g_return_val_if_fail (s < REPORT_N_SECTIONS, NULL);
  return sections[s][0];
}

/* The title of section S. */
const char *
report_section_title (ReportSection s)
{
  g_return_val_if_fail (s < REPORT_N_SECTIONS, NULL);
  return sections[s][1];
}

/* Whether |Z| reaches REPORT_Z. */
gboolean
report_z_marked (double z)
{
  return isfinite (z) && fabs (z) >= REPORT_Z;
}

/* S kept to REPORT_CONTEXT code points at one end, cut at a space. */
char *
report_trim_context (const char *s, gboolean left, const char *ellipsis)
{
  glong n = g_utf8_strlen (s, -1);
  if (n <= REPORT_CONTEXT)
    return g_strdup (s);
  if (left)
    {
      const char *p = g_utf8_offset_to_pointer (s, n - REPORT_CONTEXT);
      const char *sp = strchr (p, ' ');
      return g_strconcat (ellipsis, sp != NULL ? sp : p, NULL);
    }
  const char *end = g_utf8_offset_to_pointer (s, REPORT_CONTEXT);
  const char *sp = g_strrstr_len (s, end - s, " ");
  g_autofree char *kept = g_strndup (s, (sp != NULL ? sp : end) - s);
  return g_strconcat (kept, ellipsis, NULL);
}
