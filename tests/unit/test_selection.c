/* test_selection.c - the --where filters (values, exclusions, date
 * ranges, bad specs) and the reading of dates in every shape taken. */
#include <stdarg.h>
#include <string.h>

#include "framing.h"
#include "selection.h"
#include "unit.h"

/* An article with metadata pairs (key, value, ..., NULL). */
static FramingArticle *
make_article (const char *first_key, ...)
{
  FramingArticle *a = g_new0 (FramingArticle, 1);
  a->id = g_strdup ("a");
  a->where = g_strdup ("a");
  a->text = g_strdup ("text");
  a->len = 4;
  a->meta = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  va_list ap;
  va_start (ap, first_key);
  for (const char *k = first_key; k != NULL; k = va_arg (ap, const char *))
    g_hash_table_insert (a->meta, g_strdup (k), g_strdup (va_arg (ap, const char *)));
  va_end (ap);
  return a;
}

/* The date S as "YYYY-MM-DD", or "-" when it cannot be read (static). */
static const char *
date (const char *s)
{
  static char buf[16];
  SelectionDate d;
  if (!selection_parse_date (s, &d))
    return "-";
  g_snprintf (buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

static void
test_dates_iso (void)
{
  CU_ASSERT_STRING_EQUAL (date ("2019-03-05"), "2019-03-05");
  CU_ASSERT_STRING_EQUAL (date ("2019-3-5"), "2019-03-05");
  CU_ASSERT_STRING_EQUAL (date ("2019-03-05T10:00:00Z"), "2019-03-05");
  CU_ASSERT_STRING_EQUAL (date ("2019-03-05T23:30:00-05:00"), "2019-03-05");
  CU_ASSERT_STRING_EQUAL (date ("2019-03-05 10:00"), "2019-03-05");
  CU_ASSERT_STRING_EQUAL (date ("  2016-02-29 "), "2016-02-29");
  CU_ASSERT_STRING_EQUAL (date ("2019-02-29"), "-");
  CU_ASSERT_STRING_EQUAL (date ("2019-13-01"), "-");
  CU_ASSERT_STRING_EQUAL (date ("2019-03-05x"), "-");
  CU_ASSERT_STRING_EQUAL (date ("20190305"), "-");
}

static void
test_dates_us (void)
{
  CU_ASSERT_STRING_EQUAL (date ("7/23/17"), "2017-07-23");
  CU_ASSERT_STRING_EQUAL (date ("12/1/16"), "2016-12-01");
  CU_ASSERT_STRING_EQUAL (date ("3/5/2019"), "2019-03-05");
  CU_ASSERT_STRING_EQUAL (date ("8/9/99"), "1999-08-09");
  CU_ASSERT_STRING_EQUAL (date ("8/9/68"), "2068-08-09");
  CU_ASSERT_STRING_EQUAL (date ("8/9/69"), "1969-08-09");
  CU_ASSERT_STRING_EQUAL (date ("3/5/2019 10:00 AM"), "2019-03-05");
  CU_ASSERT_STRING_EQUAL (date ("13/5/19"), "-");
  CU_ASSERT_STRING_EQUAL (date ("3/5/219"), "-");
}

static void
test_dates_rfc2822 (void)
{
  CU_ASSERT_STRING_EQUAL (date ("Tue, 05 Mar 2019 10:00:00 +0000"), "2019-03-05");
  CU_ASSERT_STRING_EQUAL (date ("Tue,05 Mar 2019 10:00:00 GMT"), "2019-03-05");
  CU_ASSERT_STRING_EQUAL (date ("5 mar 2019"), "2019-03-05");
  CU_ASSERT_STRING_EQUAL (date ("31 Dec 99 23:59 -0500"), "1999-12-31");
  CU_ASSERT_STRING_EQUAL (date ("30 Feb 2019"), "-");
  CU_ASSERT_STRING_EQUAL (date ("5 March 2019"), "-");
  CU_ASSERT_STRING_EQUAL (date (""), "-");
  CU_ASSERT_STRING_EQUAL (date ("yesterday"), "-");
  CU_ASSERT_STRING_EQUAL (date (NULL), "-");
}

/* Whether SEL keeps the article of metadata pairs (key, value, ...). */
static gboolean
keeps (const Selection *sel, const char *first_key, ...)
{
  g_autoptr (FramingArticle) a = make_article (NULL);
  va_list ap;
  va_start (ap, first_key);
  for (const char *k = first_key; k != NULL; k = va_arg (ap, const char *))
    g_hash_table_insert (a->meta, g_strdup (k), g_strdup (va_arg (ap, const char *)));
  va_end (ap);
  return selection_apply (sel, a) == SELECTION_KEEP;
}

/* One filter SPEC, checked to parse. */
static Selection *
where (const char *spec)
{
  Selection *sel = selection_new ("outlet", NULL);
  g_autoptr (GError) error = NULL;
  CU_ASSERT_TRUE (selection_add_where (sel, spec, &error));
  CU_ASSERT_PTR_NULL (error);
  return sel;
}

static void
test_where_values (void)
{
  g_autoptr (Selection) sel = where ("Bias=left,center");
  CU_ASSERT_TRUE (selection_filters (sel));
  CU_ASSERT_TRUE (keeps (sel, "bias", "left", NULL));
  CU_ASSERT_TRUE (keeps (sel, "bias", "center", NULL));
  CU_ASSERT_FALSE (keeps (sel, "bias", "right", NULL));
  CU_ASSERT_FALSE (keeps (sel, "bias", "Left", NULL));
  CU_ASSERT_FALSE (keeps (sel, "bias", "left ", NULL));
  CU_ASSERT_FALSE (keeps (sel, NULL));
  CU_ASSERT_STRING_EQUAL (selection_where (sel)[0], "Bias=left,center");
  CU_ASSERT_PTR_NULL (selection_where (sel)[1]);
}

static void
test_where_not (void)
{
  g_autoptr (Selection) sel = where ("topic!=elections,politics");
  CU_ASSERT_TRUE (keeps (sel, "topic", "healthcare", NULL));
  CU_ASSERT_FALSE (keeps (sel, "topic", "politics", NULL));
  CU_ASSERT_TRUE (keeps (sel, NULL));
}

/* "FIELD=" picks the articles without the field (or with it empty). */
static void
test_where_empty (void)
{
  g_autoptr (Selection) sel = where ("topic=");
  CU_ASSERT_TRUE (keeps (sel, NULL));
  CU_ASSERT_TRUE (keeps (sel, "topic", "", NULL));
  CU_ASSERT_FALSE (keeps (sel, "topic", "x", NULL));
}

/* Every filter must hold. */
static void
test_where_all (void)
{
  g_autoptr (Selection) sel = where ("bias=left");
  g_autoptr (GError) error = NULL;
  CU_ASSERT_TRUE (selection_add_where (sel, "topic!=politics", &error));
  CU_ASSERT_TRUE (keeps (sel, "bias", "left", "topic", "healthcare", NULL));
  CU_ASSERT_FALSE (keeps (sel, "bias", "left", "topic", "politics", NULL));
  CU_ASSERT_FALSE (keeps (sel, "bias", "right", "topic", "healthcare", NULL));
  CU_ASSERT_STRING_EQUAL (selection_where (sel)[1], "topic!=politics");
}

static void
test_where_range (void)
{
  g_autoptr (Selection) sel = where ("date=2019-01-01..2019-12-31");
  CU_ASSERT_TRUE (keeps (sel, "date", "2019-01-01", NULL));
  CU_ASSERT_TRUE (keeps (sel, "date", "12/31/19", NULL));
  CU_ASSERT_TRUE (keeps (sel, "date", "Tue, 05 Mar 2019 10:00:00 +0000", NULL));
  CU_ASSERT_FALSE (keeps (sel, "date", "2018-12-31", NULL));
  CU_ASSERT_FALSE (keeps (sel, "date", "2020-01-01T00:00:00Z", NULL));
  CU_ASSERT_FALSE (keeps (sel, "date", "someday", NULL));
  CU_ASSERT_FALSE (keeps (sel, NULL));
}

/* Short ends name a whole year or month; an empty end is open. */
static void
test_where_range_ends (void)
{
  g_autoptr (Selection) year = where ("date=2019..2019");
  CU_ASSERT_TRUE (keeps (year, "date", "2019-12-31", NULL));
  CU_ASSERT_FALSE (keeps (year, "date", "2020-01-01", NULL));
  g_autoptr (Selection) feb = where ("date=2016-02..2016-02");
  CU_ASSERT_TRUE (keeps (feb, "date", "2016-02-29", NULL));
  CU_ASSERT_FALSE (keeps (feb, "date", "2016-03-01", NULL));
  CU_ASSERT_FALSE (keeps (feb, "date", "2016-01-31", NULL));
  g_autoptr (Selection) from = where ("date=2019-06-01..");
  CU_ASSERT_TRUE (keeps (from, "date", "2030-01-01", NULL));
  CU_ASSERT_FALSE (keeps (from, "date", "2019-05-31", NULL));
  g_autoptr (Selection) to = where ("date=..2019-06-01");
  CU_ASSERT_TRUE (keeps (to, "date", "1900-01-01", NULL));
  CU_ASSERT_FALSE (keeps (to, "date", "2019-06-02", NULL));
}

/* Whether SPEC is refused, with a usage error naming it. */
static gboolean
refused (const char *spec)
{
  g_autoptr (Selection) sel = selection_new ("outlet", NULL);
  g_autoptr (GError) error = NULL;
  gboolean ok = selection_add_where (sel, spec, &error);
  return !ok && g_error_matches (error, FRAMING_ERROR, FRAMING_ERROR_USAGE)
         && strstr (error->message, spec) != NULL && !selection_filters (sel);
}

static void
test_where_bad (void)
{
  CU_ASSERT_TRUE (refused ("bias"));
  CU_ASSERT_TRUE (refused ("=left"));
  CU_ASSERT_TRUE (refused ("!=left"));
  CU_ASSERT_TRUE (refused ("date=2019-13..2020"));
  CU_ASSERT_TRUE (refused ("date=2019/01/01..2020"));
  CU_ASSERT_TRUE (refused ("date=2020..2019"));
  CU_ASSERT_TRUE (refused ("date!=2019..2020"));
}

/* The group of the article of metadata pairs under SEL (static). */
static const char *
group_of (const Selection *sel, const char *first_key, ...)
{
  static char buf[128];
  g_autoptr (FramingArticle) a = make_article (NULL);
  va_list ap;
  va_start (ap, first_key);
  for (const char *k = first_key; k != NULL; k = va_arg (ap, const char *))
    g_hash_table_insert (a->meta, g_strdup (k), g_strdup (va_arg (ap, const char *)));
  va_end (ap);
  g_autofree char *g = NULL;
  gboolean ok = selection_group (sel, a, &g);
  CU_ASSERT_EQUAL (ok, g != NULL);
  g_strlcpy (buf, ok ? g : "-", sizeof buf);
  return buf;
}

/* -g bias,topic: the values joined in the fields' order, "(none)" for a
 * missing or empty one, as one -g field gives. */
static void
test_group_fields (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (Selection) sel = selection_new ("Bias, topic", &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (sel);
  CU_ASSERT_TRUE (selection_regroups (sel));
  CU_ASSERT_STRING_EQUAL (selection_describe (sel), "bias / topic");
  CU_ASSERT_STRING_EQUAL (group_of (sel, "topic", "healthcare", "bias", "left",
                                    NULL), "left / healthcare");
  CU_ASSERT_STRING_EQUAL (group_of (sel, "topic", "healthcare", NULL),
                          "(none) / healthcare");
  CU_ASSERT_STRING_EQUAL (group_of (sel, "bias", "left", "topic", "", NULL),
                          "left / (none)");
  g_autoptr (Selection) one = selection_new ("outlet", &error);
  CU_ASSERT_FALSE (selection_regroups (one));
  CU_ASSERT_FALSE (selection_regroups (NULL));
  CU_ASSERT_STRING_EQUAL (selection_describe (one), "outlet");
}

static void
test_group_fields_bad (void)
{
  const char *bad[] = { "bias,,topic", ",", "bias, ", NULL };
  for (const char **b = bad; *b != NULL; b++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (Selection) sel = selection_new (*b, &error);
      CU_ASSERT_PTR_NULL (sel);
      CU_ASSERT_TRUE (g_error_matches (error, FRAMING_ERROR, FRAMING_ERROR_USAGE));
    }
}

/* The name of PERIOD for the date S (static). */
static const char *
period (SelectionPeriod p, const char *s)
{
  static char buf[32];
  SelectionDate d;
  CU_ASSERT_TRUE_FATAL (selection_parse_date (s, &d));
  g_autofree char *name = selection_period_name (p, &d);
  g_strlcpy (buf, name, sizeof buf);
  return buf;
}

static void
test_period_names (void)
{
  CU_ASSERT_STRING_EQUAL (period (SELECTION_YEAR, "3/5/19"), "2019");
  CU_ASSERT_STRING_EQUAL (period (SELECTION_QUARTER, "2019-03-31"), "2019-Q1");
  CU_ASSERT_STRING_EQUAL (period (SELECTION_QUARTER, "2019-04-01"), "2019-Q2");
  CU_ASSERT_STRING_EQUAL (period (SELECTION_QUARTER, "2019-12-31"), "2019-Q4");
  CU_ASSERT_STRING_EQUAL (period (SELECTION_MONTH, "Tue, 05 Mar 2019 10:00:00 +0000"),
                          "2019-03");
  CU_ASSERT_STRING_EQUAL (period (SELECTION_YEAR, "0999-01-01"), "0999");
}

/* ISO 8601 weeks: Monday to Sunday, week 1 holds the year's first
 * Thursday, and a week belongs to the year of its Thursday. */
static void
test_period_iso_weeks (void)
{
  CU_ASSERT_STRING_EQUAL (period (SELECTION_WEEK, "2019-02-01"), "2019-W05");
  CU_ASSERT_STRING_EQUAL (period (SELECTION_WEEK, "2019-01-06"), "2019-W01");
  CU_ASSERT_STRING_EQUAL (period (SELECTION_WEEK, "2019-01-07"), "2019-W02");
  CU_ASSERT_STRING_EQUAL (period (SELECTION_WEEK, "2018-12-31"), "2019-W01");
  CU_ASSERT_STRING_EQUAL (period (SELECTION_WEEK, "2019-12-30"), "2020-W01");
  CU_ASSERT_STRING_EQUAL (period (SELECTION_WEEK, "2021-01-03"), "2020-W53");
  CU_ASSERT_STRING_EQUAL (period (SELECTION_WEEK, "2016-01-01"), "2015-W53");
}

/* The name of every period sorts in the order of time, whatever the
 * year's weeks do at its ends. */
static void
test_period_order (void)
{
  for (SelectionPeriod p = SELECTION_YEAR; p <= SELECTION_WEEK; p++)
    {
      g_autoptr (GDate) d = g_date_new_dmy (25, 12, 2014);
      g_autofree char *last = NULL;
      for (guint i = 0; i < 800; i++, g_date_add_days (d, 1))
        {
          SelectionDate sd = { g_date_get_year (d), g_date_get_month (d),
                               g_date_get_day (d) };
          char *name = selection_period_name (p, &sd);
          CU_ASSERT_TRUE (last == NULL || strcmp (last, name) <= 0);
          g_free (last);
          last = name;
        }
    }
}

/* --period: the period ends the name; alone it is the name; an article
 * whose date cannot be read joins no group. */
static void
test_group_periods (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (Selection) sel = selection_new ("bias", &error);
  CU_ASSERT_FALSE (selection_regroups (sel));
  CU_ASSERT_TRUE (selection_set_period (sel, "quarter", &error));
  CU_ASSERT_TRUE (selection_regroups (sel));
  CU_ASSERT_STRING_EQUAL (selection_describe (sel), "bias / quarter");
  CU_ASSERT_STRING_EQUAL (group_of (sel, "bias", "left", "date", "8/9/19", NULL),
                          "left / 2019-Q3");
  CU_ASSERT_STRING_EQUAL (group_of (sel, "date", "2019-01-02", NULL),
                          "(none) / 2019-Q1");
  CU_ASSERT_STRING_EQUAL (group_of (sel, "bias", "left", "date", "soon", NULL), "-");
  CU_ASSERT_STRING_EQUAL (group_of (sel, "bias", "left", NULL), "-");

  g_autoptr (Selection) alone = selection_new (NULL, &error);
  CU_ASSERT_TRUE (selection_set_period (alone, "month", &error));
  CU_ASSERT_STRING_EQUAL (selection_describe (alone), "month");
  CU_ASSERT_STRING_EQUAL (group_of (alone, "bias", "left", "date", "8/9/19", NULL),
                          "2019-08");

  g_autoptr (GError) bad = NULL;
  CU_ASSERT_FALSE (selection_set_period (alone, "decade", &bad));
  CU_ASSERT_TRUE (g_error_matches (bad, FRAMING_ERROR, FRAMING_ERROR_USAGE));
}

static const UnitCase cases[] = {
  { "dates in ISO 8601", test_dates_iso },
  { "dates as M/D/YY and M/D/YYYY", test_dates_us },
  { "dates in RFC 2822", test_dates_rfc2822 },
  { "--where FIELD=VALUES", test_where_values },
  { "--where FIELD!=VALUES", test_where_not },
  { "--where FIELD= picks a missing field", test_where_empty },
  { "every --where must hold", test_where_all },
  { "--where date=FROM..TO", test_where_range },
  { "date range ends: years, months, open", test_where_range_ends },
  { "bad --where specs", test_where_bad },
  { "-g with several fields", test_group_fields },
  { "bad -g field lists", test_group_fields_bad },
  { "period names", test_period_names },
  { "ISO 8601 weeks", test_period_iso_weeks },
  { "period names sort in time order", test_period_order },
  { "groups by period", test_group_periods },
  { NULL, NULL }
};

UNIT_MAIN ("selection", cases)
