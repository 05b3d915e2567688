/* fmt.c - numbers and names formatted for people (the text report, the
 * page and the chart): fixed decimals with a '.' whatever the locale,
 * thousands with commas, percentages, counted nouns, names cleaned of
 * control characters; see fmt.h. */
#include "fmt.h"

#include <math.h>
#include <string.h>

/* V with DECIMALS decimals and '.' as the decimal point, or "n/a" when
 * not finite; never "-0.0".  SIGN: a '+' before positive values. */
const char *
fmt_fixed (char buf[G_ASCII_DTOSTR_BUF_SIZE], double v, int decimals,
           gboolean sign)
{
  char format[8];
  if (!isfinite (v))
    return strcpy (buf, "n/a");
  g_snprintf (format, sizeof format, "%%.%df", decimals);
  g_ascii_formatd (buf + 1, G_ASCII_DTOSTR_BUF_SIZE - 1, format, v);
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

gboolean
fmt_is_control (gunichar c)
{
  return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029;
}

char *
fmt_clean_text (const char *s)
{
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
