/* fmt.h - numbers and names formatted for people, shared by the text
 * report, the HTML page and the chart, and the columns text takes.  Everything is locale-independent
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

/* The decimals with which a table's numbers V (N of them) can be told
 * apart: as many as the smallest nonzero |V| needs to show DIGITS
 * significant digits (2: 0.29 and 0.20, not 0.3 and 0.2), but at least
 * MIN and at most MAX.  Zeros and values not finite are not looked at;
 * MIN when no value is left. */
int fmt_table_decimals (const double *v, gsize n, int digits, int min,
                        int max);

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

/* Columns that code point C takes on a terminal: 2 for a wide
 * character, else 1 (combining marks count 1, so that a line never takes
 * more columns than it has code points). */
static inline guint
fmt_char_columns (gunichar c)
{
  return g_unichar_iswide (c) ? 2 : 1;
}

/* Columns that the valid UTF-8 text from S to END takes (END NULL: to
 * the end of S); an ASCII byte takes one, with no decoding. */
guint fmt_columns (const char *s, const char *end);

/* S as valid UTF-8 with control characters (fmt_is_control ()) turned
 * into spaces, for names and titles taken from the input.  Newly
 * allocated. */
char *fmt_clean_text (const char *s);

G_END_DECLS

#endif /* FRAMING_FMT_H */
