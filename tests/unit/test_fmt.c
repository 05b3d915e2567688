/* test_fmt.c - unit tests of the numbers and names formatted for people
 * (fmt.c): fixed decimals exactly as printf rounds them, thousands,
 * percentages, and names cleaned of control characters. */
#include <math.h>
#include <string.h>

#include "fmt.h"
#include "unit.h"

/* What fmt_fixed () must print for V (|V| < 10^28): printf's "%.*f" in
 * the C locale (g_ascii_formatd), "-0" turned into "0", '+' with SIGN. */
static void
reference_fixed (char *out, double v, int decimals, gboolean sign)
{
  char format[8], digits[G_ASCII_DTOSTR_BUF_SIZE];
  g_snprintf (format, sizeof format, "%%.%df", decimals);
  g_ascii_formatd (digits, sizeof digits, format, v);
  const char *d = digits;
  if (d[0] == '-' && strspn (d + 1, "0.") == strlen (d + 1))
    d++;
  gboolean zero = strspn (d, "0.") == strlen (d);
  g_snprintf (out, G_ASCII_DTOSTR_BUF_SIZE, "%s%s",
              sign && d[0] != '-' && !zero ? "+" : "", d);
}

/* fmt_fixed (V, DECIMALS) against the reference, with and without SIGN;
 * TRUE when both agree. */
static gboolean
fixed_agrees (double v, int decimals)
{
  for (int sign = 0; sign < 2; sign++)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE], want[G_ASCII_DTOSTR_BUF_SIZE];
      const char *got = fmt_fixed (buf, v, decimals, sign);
      reference_fixed (want, v, decimals, sign);
      if (strcmp (got, want) != 0)
        {
          fprintf (stderr, "fmt_fixed (%.17g, %d, %d) = %s, printf: %s\n",
                   v, decimals, sign, got, want);
          return FALSE;
        }
    }
  return TRUE;
}

/* Values printf rounds the hard way: exact ties (an odd multiple of half
 * the last place, which goes to the even neighbour), their neighbours one
 * unit in the last place away, zeros of both signs, values that round
 * up to the next power of ten, tiny values and the limits of the exact
 * path. */
static void
test_fixed_hard_cases (void)
{
  static const double cases[] = {
    0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, -0.125, 1.0625, 2.675, 1.005,
    0.045, 9.995, 99.95, 999999.5, 0.0000005, 0.00000049999999999999,
    -0.0000004, 1e-300, 5e-324, -5e-324, 0x1p-75, 0x1p-20, 0x1p43,
    0x1p43 - 1.0, 8796093022207.999, 1e15, 4503599627370495.5, 9.9e20,
    -9.9e20, 123456.789, -0.004999, 0.994999, 12.34500000000001,
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (int d = 0; d <= 8; d++)
      {
        CU_ASSERT_TRUE (fixed_agrees (cases[i], d));
        CU_ASSERT_TRUE (fixed_agrees (nextafter (cases[i], INFINITY), d));
        CU_ASSERT_TRUE (fixed_agrees (nextafter (cases[i], -INFINITY), d));
      }
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  CU_ASSERT_STRING_EQUAL (fmt_fixed (buf, -0.0, 2, FALSE), "0.00");
  CU_ASSERT_STRING_EQUAL (fmt_fixed (buf, -0.001, 2, TRUE), "0.00");
  CU_ASSERT_STRING_EQUAL (fmt_fixed (buf, 0.125, 2, TRUE), "+0.12");
  CU_ASSERT_STRING_EQUAL (fmt_fixed (buf, 0.375, 2, FALSE), "0.38");
  CU_ASSERT_STRING_EQUAL (fmt_fixed (buf, 2.5, 0, FALSE), "2");
  CU_ASSERT_STRING_EQUAL (fmt_fixed (buf, -1.25, 1, TRUE), "-1.2");
  CU_ASSERT_STRING_EQUAL (fmt_fixed (buf, 9.995, 2, FALSE), "9.99");
  CU_ASSERT_STRING_EQUAL (fmt_fixed (buf, 99.96, 1, FALSE), "100.0");
  CU_ASSERT_STRING_EQUAL (fmt_fixed (buf, NAN, 2, TRUE), "n/a");
  CU_ASSERT_STRING_EQUAL (fmt_fixed (buf, -INFINITY, 2, FALSE), "n/a");
  /* Too long for the buffer with all its digits: an exponent. */
  CU_ASSERT_STRING_EQUAL (fmt_fixed (buf, 1e300, 2, TRUE), "+1.00e+300");
  CU_ASSERT_STRING_EQUAL (fmt_fixed (buf, -1e40, 1, FALSE), "-1.0e+40");
  CU_ASSERT_STRING_EQUAL (fmt_fixed (buf, 1e28, 0, FALSE),
                          "9999999999999999583119736832");
}

/* Random values of every magnitude the report prints and beyond
 * (random bits of the significand, exponents from 2^-40 to 2^50), and
 * ties built as odd multiples of 2^-K. */
static void
test_fixed_random (void)
{
  GRand *rand = g_rand_new_with_seed (20261207);
  guint bad = 0;
  for (guint i = 0; i < 200000; i++)
    {
      double v = ldexp (g_rand_double_range (rand, 1.0, 2.0),
                        g_rand_int_range (rand, -40, 51));
      if (g_rand_boolean (rand))
        v = -v;
      if (!fixed_agrees (v, g_rand_int_range (rand, 0, 8)))
        bad++;
      double odd = 2.0 * g_rand_int_range (rand, 0, 1 << 20) + 1.0;
      double tie = ldexp (odd, -g_rand_int_range (rand, 1, 12));
      if (!fixed_agrees (tie, g_rand_int_range (rand, 0, 7)))
        bad++;
    }
  g_rand_free (rand);
  CU_ASSERT_EQUAL (bad, 0);
}

static void
test_count_and_percent (void)
{
  char buf[32];
  CU_ASSERT_STRING_EQUAL (fmt_count (buf, 0), "0");
  CU_ASSERT_STRING_EQUAL (fmt_count (buf, 999), "999");
  CU_ASSERT_STRING_EQUAL (fmt_count (buf, 1000), "1,000");
  CU_ASSERT_STRING_EQUAL (fmt_count (buf, 27578890), "27,578,890");
  g_autofree char *one = fmt_count_noun (1, "article", "articles");
  g_autofree char *many = fmt_count_noun (1234, "article", "articles");
  CU_ASSERT_STRING_EQUAL (one, "1 article");
  CU_ASSERT_STRING_EQUAL (many, "1,234 articles");
  g_autofree char *p = fmt_percent (0.12345, 1);
  g_autofree char *na = fmt_percent (NAN, 1);
  CU_ASSERT_STRING_EQUAL (p, "12.3%");
  CU_ASSERT_STRING_EQUAL (na, "n/a");
}

static void
test_clean_text (void)
{
  g_autofree char *plain = fmt_clean_text ("Fox News");
  g_autofree char *controls = fmt_clean_text ("a\tb\nc\x7f" "d\xc2\x85" "e");
  g_autofree char *bad = fmt_clean_text ("caf\xc3");
  g_autofree char *empty = fmt_clean_text (NULL);
  g_autofree char *accents = fmt_clean_text ("Le Monde diplomatique \xc3\xa9"
                                             "dition \xe2\x80\xa8x");
  CU_ASSERT_STRING_EQUAL (plain, "Fox News");
  CU_ASSERT_STRING_EQUAL (controls, "a b c d e");
  CU_ASSERT_STRING_EQUAL (bad, "caf\xef\xbf\xbd");
  CU_ASSERT_STRING_EQUAL (empty, "");
  CU_ASSERT_STRING_EQUAL (accents,
                          "Le Monde diplomatique \xc3\xa9" "dition  x");
}

/* The decimals of a table: the smallest nonzero value shows two
 * significant digits, within the bounds; zeros and NANs do not count. */
static void
test_table_decimals (void)
{
  /* The aid rates of the dev corpus grouped by bias. */
  const double aid[] = { 0.2912, 0.2031, 0.2149 };
  CU_ASSERT_EQUAL (fmt_table_decimals (aid, 3, 2, 1, 3), 2);
  const double big[] = { 33.6, 1.6, 0.0, 12.2 };
  CU_ASSERT_EQUAL (fmt_table_decimals (big, 4, 2, 1, 3), 1);
  /* 0.92 among larger ones: two decimals for every row */
  const double mixed[] = { 19.8, 2.02, 0.92, 0.0 };
  CU_ASSERT_EQUAL (fmt_table_decimals (mixed, 4, 2, 1, 3), 2);
  /* from 0.1 on, two decimals; below, three */
  const double tenth[] = { 0.1 };
  const double below[] = { 0.0996 };
  CU_ASSERT_EQUAL (fmt_table_decimals (tenth, 1, 2, 1, 3), 2);
  CU_ASSERT_EQUAL (fmt_table_decimals (below, 1, 2, 1, 3), 3);
  /* capped, and the sign does not matter */
  const double tiny[] = { -0.00004, 5.0 };
  CU_ASSERT_EQUAL (fmt_table_decimals (tiny, 2, 2, 1, 3), 3);
  /* large values keep the minimum */
  const double large[] = { 250.0, 1234.5 };
  CU_ASSERT_EQUAL (fmt_table_decimals (large, 2, 2, 1, 3), 1);
  CU_ASSERT_EQUAL (fmt_table_decimals (large, 2, 2, 0, 3), 0);
  /* nothing to look at: the minimum */
  const double none[] = { 0.0, NAN, INFINITY };
  CU_ASSERT_EQUAL (fmt_table_decimals (none, 3, 2, 1, 3), 1);
  CU_ASSERT_EQUAL (fmt_table_decimals (NULL, 0, 2, 1, 3), 1);
}

static const UnitCase cases[] = {
  { "fixed_hard_cases", test_fixed_hard_cases },
  { "fixed_random", test_fixed_random },
  { "count_and_percent", test_count_and_percent },
  { "clean_text", test_clean_text },
  { "table_decimals", test_table_decimals },
  { NULL, NULL },
};

UNIT_MAIN ("fmt", cases)
