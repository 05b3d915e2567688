/* fmt.h - numbers and names formatted for people, shared by the text
 * report, the HTML page and the chart.  Everything is locale-independent
 * (the program calls setlocale, so printf's %f could print a decimal
 * comma). */
#ifndef FRAMING_FMT_H
#define FRAMING_FMT_H

#include <glib.h>

G_BEGIN_DECLS

/* V with DECIMALS (0 to 20) decimals into BUF, rounded as printf's
 * "%.*f" rounds (the exact value, ties to even), or "n/a" when not
 * finite; never "-0.0"; SIGN puts '+' before positive values.  A value
 * too long for BUF with all its digits (from about 10^30 on) is written
 * with an exponent, "1.00e+40".  Returns a pointer into BUF. */
const char *fmt_fixed (char buf[G_ASCII_DTOSTR_BUF_SIZE], double v,
                       int decimals, gboolean sign);

/* N with commas between thousands into BUF; returns BUF. */
const char *fmt_count (char buf[32], guint64 n);

/* "1 article", "1,234 articles": N with its noun (newly allocated). */
char *fmt_count_noun (guint64 n, const char *one, const char *many);

/* FRACTION (0..1) as a percentage with DECIMALS decimals, "n/a" when
 * not finite (newly allocated). */
char *fmt_percent (double fraction, int decimals);

/* "was" for a count of 1, "were" otherwise. */
const char *fmt_was (guint64 n);

/* Whether C is a control character: C0, DEL, C1, or the line and
 * paragraph separators. */
gboolean fmt_is_control (gunichar c);

/* S as valid UTF-8 with control characters (fmt_is_control ()) turned
 * into spaces, for names and titles taken from the input.  Newly
 * allocated. */
char *fmt_clean_text (const char *s);

G_END_DECLS

#endif /* FRAMING_FMT_H */
