/* fmt.c - numbers and names formatted for people (the text report, the
 * page and the chart): fixed decimals with a '.' whatever the locale,
 * thousands with commas, percentages, counted nouns, names cleaned of
 * control characters, the columns of text on a terminal; see fmt.h. */
#include "fmt.h"

#include <math.h>
#include <string.h>

/* Decimals that fixed_exact () handles, and the powers of ten it needs. */
#define EXACT_DECIMALS 6
static const guint32 powers_of_ten[EXACT_DECIMALS + 1] = {
  1, 10, 100, 1000, 10000, 100000, 1000000
};

/* V (finite) with DECIMALS (0 to EXACT_DECIMALS) decimals into OUT, as
 * printf's "%.*f" in the C locale writes it, when |V| < 2^43: TRUE, else
 * FALSE.  The report formats some twenty thousand numbers, and
 * g_ascii_formatd () (a format string, a locale switch, printf) took as
 * many instructions as the rest of the report; this works out the same
 * digits from V's bits: V is M * 2^-S exactly, so V * 10^DECIMALS is
 * M * 10^DECIMALS / 2^S, rounded to the nearest integer, ties to even,
 * as printf rounds the exact value (M * 10^DECIMALS < 2^73 needs 128
 * bits). */
static gboolean
fixed_exact (char *out, double v, int decimals)
{
#if defined(__SIZEOF_INT128__)
  if (decimals < 0 || decimals > EXACT_DECIMALS || !(fabs (v) < 0x1p43))
    return FALSE;
  guint64 bits;
  memcpy (&bits, &v, sizeof bits);
  gboolean negative = (bits >> 63) != 0;
  int biased = (int) ((bits >> 52) & 0x7ff);
  guint64 m = bits & ((G_GUINT64_CONSTANT (1) << 52) - 1);
  guint64 q = 0; /* |V| * 10^DECIMALS, rounded */
  if (biased != 0) /* zero and subnormals round to 0 */
    {
      m |= G_GUINT64_CONSTANT (1) << 52;
      int shift = 1075 - biased; /* V = M * 2^-shift; shift > 9 here */
      if (shift < 128)
        {
          unsigned __int128 n = (unsigned __int128) m * powers_of_ten[decimals];
          unsigned __int128 half = (unsigned __int128) 1 << (shift - 1);
          unsigned __int128 rest = n & ((half << 1) - 1);
          q = (guint64) (n >> shift);
          if (rest > half || (rest == half && (q & 1) != 0))
            q++;
        }
    }
  char digits[24];
  int len = 0;
  do
    {
      digits[len++] = (char) ('0' + q % 10);
      q /= 10;
    }
  while (q != 0 || len <= decimals); /* at least one digit before the point */
  char *o = out;
  if (negative)
    *o++ = '-';
  for (int k = len - 1; k >= 0; k--)
    {
      *o++ = digits[k];
      if (k == decimals && k > 0)
        *o++ = '.';
    }
  *o = '\0';
  return TRUE;
#else
  (void) out, (void) v, (void) decimals;
  return FALSE;
#endif
}

/* fixed_exact () for any V and DECIMALS, through printf: "%.*f", or
 * "%.*e" when that would not fit in the G_ASCII_DTOSTR_BUF_SIZE - 1
 * bytes at OUT (from about 10^30 on). */
static void
fixed_printf (char *out, double v, int decimals)
{
  char format[16], wide[512];
  decimals = CLAMP (decimals, 0, 20);
  g_snprintf (format, sizeof format, "%%.%df", decimals);
  g_ascii_formatd (wide, sizeof wide, format, v);
  if (strlen (wide) < G_ASCII_DTOSTR_BUF_SIZE - 1)
    {
      strcpy (out, wide);
      return;
    }
  g_snprintf (format, sizeof format, "%%.%de", decimals);
  g_ascii_formatd (out, G_ASCII_DTOSTR_BUF_SIZE - 1, format, v);
}

/* V with DECIMALS decimals and '.' as the decimal point, or "n/a" when
 * not finite; never "-0.0".  SIGN: a '+' before positive values. */
const char *
fmt_fixed (char buf[G_ASCII_DTOSTR_BUF_SIZE], double v, int decimals,
           gboolean sign)
{
  if (!isfinite (v))
    return strcpy (buf, "n/a");
  if (!fixed_exact (buf + 1, v, decimals))
    fixed_printf (buf + 1, v, decimals);
  if (buf[1] == '-' && strspn (buf + 2, "0.") == strlen (buf + 2))
    memmove (buf + 1, buf + 2, strlen (buf + 2) + 1); /* -0.00 -> 0.00 */
  if (sign && buf[1] != '-' && strspn (buf + 1, "0.") != strlen (buf + 1))
    {
      buf[0] = '+';
      return buf;
    }
  return buf + 1;
}

/* N with commas between thousands (the report is in English). */
const char *
fmt_count (char buf[32], guint64 n)
{
  char digits[24];
  int len = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, n);
  int o = 0;
  for (int i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        buf[o++] = ',';
      buf[o++] = digits[i];
    }
  buf[o] = '\0';
  return buf;
}

/* "N WORD" or "N WORDs": a count with its noun. */
char *
fmt_count_noun (guint64 n, const char *one, const char *many)
{
  char b[32];
  return g_strdup_printf ("%s %s", fmt_count (b, n), n == 1 ? one : many);
}

/* The decimals that tell the numbers of a table apart. */
int
fmt_table_decimals (const double *v, gsize n, int digits, int min, int max)
{
  double least = INFINITY;
  for (gsize i = 0; i < n; i++)
    if (isfinite (v[i]) && v[i] != 0)
      least = MIN (least, fabs (v[i]));
  if (!isfinite (least))
    return min;
  /* 0.29 has its first digit at 10^-1: 2 digits need 2 decimals. */
  int d = digits - 1 - (int) floor (log10 (least));
  return CLAMP (d, min, max);
}

/* A percentage of FRACTION (0..1) with DECIMALS decimals. */
char *
fmt_percent (double fraction, int decimals)
{
  char b[G_ASCII_DTOSTR_BUF_SIZE];
  const char *s = fmt_fixed (b, 100.0 * fraction, decimals, FALSE);
  return isfinite (fraction) ? g_strconcat (s, "%", NULL) : g_strdup (s);
}

const char *
fmt_was (guint64 n)
{
  return n == 1 ? "was" : "were";
}

guint
fmt_columns (const char *s, const char *end)
{
  guint w = 0;
  if (end == NULL)
    end = s + strlen (s);
  for (const char *p = s; p < end; p = g_utf8_next_char (p))
    w += (guchar) *p < 0x80 ? 1 : fmt_char_columns (g_utf8_get_char (p));
  return w;
}

gboolean
fmt_is_control (gunichar c)
{
  return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029;
}

char *
fmt_clean_text (const char *s)
{
  const char *ascii = s != NULL ? s : "";
  while ((guchar) *ascii >= 0x20 && (guchar) *ascii < 0x7f)
    ascii++;
  if (*ascii == '\0')
    return g_strdup (s != NULL ? s : ""); /* printable ASCII, as most names */
  g_autofree char *valid = g_utf8_make_valid (s != NULL ? s : "", -1);
  GString *out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      if ((guchar) *p >= 0x20 && (guchar) *p < 0x7f)
        {
          g_string_append_c (out, *p); /* printable ASCII, most of it */
          continue;
        }
      gunichar c = g_utf8_get_char (p);
      if (fmt_is_control (c))
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}
