/* selection.c - the --where filters, the group fields and the periods of
 * a run, and the reading of dates; see selection.h.
 */
#include "selection.h"

#include <string.h>

#include "framing.h"

/* One --where filter. */
typedef struct {
  char *field;          /* lower case */
  gboolean negate;      /* FIELD!=...: none of the values */
  char **values;        /* the values, or NULL for a date range */
  SelectionDate from;   /* the range's ends (year 0: open) */
  SelectionDate to;
} Where;

struct _Selection {
  char **fields;        /* the -g fields, lower case (maybe none) */
  SelectionPeriod period;
  char *described;      /* the fields and period joined, for the reports */
  GPtrArray *wheres;    /* Where* */
  GPtrArray *specs;     /* char*: the filters as given, NULL-terminated */
};

/* ------------------------------------------------------------------ */
/* Dates.                                                              */

/* Read 1 to MAX digits at *P into *V, moving *P past them. */
static gboolean
read_number (const char **p, guint max, int *v)
{
  guint n = 0;
  *v = 0;
  while (n < max && g_ascii_isdigit ((*p)[n]))
    *v = *v * 10 + ((*p)[n++] - '0');
  *p += n;
  return n > 0 && !g_ascii_isdigit (**p);
}

/* Whether Y-M-D is a valid date of years 1 to 9999, stored in DATE. */
static gboolean
valid_date (int y, int m, int d, SelectionDate *date)
{
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1
      || d > g_date_get_days_in_month ((GDateMonth) m, (GDateYear) y))
    return FALSE;
  *date = (SelectionDate) { y, m, d };
  return TRUE;
}

/* The year of a two-digit year YY (the POSIX strptime rule). */
static int
full_year (int yy)
{
  return yy >= 69 ? 1900 + yy : 2000 + yy;
}

/* Whether what follows a date at P may: the end, or a blank or 'T' and
 * a time ("10:00..."). */
static gboolean
date_end_ok (const char *p)
{
  if (*p == '\0')
    return TRUE;
  return (*p == 'T' || *p == ' ') && g_ascii_isdigit (p[1]);
}

/* ISO 8601: YYYY-MM-DD, then maybe a time. */
static gboolean
parse_iso (const char *p, SelectionDate *date)
{
  int y, m, d;
  const char *start = p;
  if (!read_number (&p, 4, &y) || p - start != 4 || *p++ != '-'
      || !read_number (&p, 2, &m) || *p++ != '-' || !read_number (&p, 2, &d))
    return FALSE;
  return date_end_ok (p) && valid_date (y, m, d, date);
}

/* M/D/YYYY or M/D/YY, then maybe a time. */
static gboolean
parse_us (const char *p, SelectionDate *date)
{
  int y, m, d;
  if (!read_number (&p, 2, &m) || *p++ != '/' || !read_number (&p, 2, &d)
      || *p++ != '/')
    return FALSE;
  const char *start = p;
  if (!read_number (&p, 4, &y) || (p - start != 2 && p - start != 4))
    return FALSE;
  if (p - start == 2)
    y = full_year (y);
  return date_end_ok (p) && valid_date (y, m, d, date);
}

/* The month named by the three letters at P (any case), or 0. */
static int
month_named (const char *p)
{
  static const char names[] = "janfebmaraprmayjunjulaugsepoctnovdec";
  for (int m = 0; m < 12; m++)
    if (g_ascii_strncasecmp (p, names + 3 * m, 3) == 0)
      return m + 1;
  return 0;
}

/* RFC 2822: [Day, ] D Mon YYYY, then maybe a time and a zone. */
static gboolean
parse_rfc2822 (const char *p, SelectionDate *date)
{
  if (g_ascii_isalpha (*p))
    {
      while (g_ascii_isalpha (*p))
        p++;
      if (*p++ != ',')
        return FALSE;
      while (*p == ' ')
        p++;
    }
  int y, m, d;
  if (!read_number (&p, 2, &d) || *p++ != ' ' || (m = month_named (p)) == 0
      || g_ascii_isalpha (p[3]))
    return FALSE;
  p += 3;
  if (*p++ != ' ')
    return FALSE;
  const char *start = p;
  if (!read_number (&p, 4, &y) || p - start == 1 || p - start == 3)
    return FALSE;
  if (p - start == 2)
    y = full_year (y);
  return date_end_ok (p) && valid_date (y, m, d, date);
}

gboolean
selection_parse_date (const char *s, SelectionDate *date)
{
  g_return_val_if_fail (date != NULL, FALSE);
  if (s == NULL)
    return FALSE;
  while (g_ascii_isspace (*s))
    s++;
  g_autofree char *t = g_strdup (s);
  g_strchomp (t);
  return parse_iso (t, date) || parse_us (t, date) || parse_rfc2822 (t, date);
}

/* Order of dates. */
static int
date_compare (const SelectionDate *a, const SelectionDate *b)
{
  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;
  if (a->month != b->month)
    return a->month < b->month ? -1 : 1;
  return (a->day > b->day) - (a->day < b->day);
}

/* ------------------------------------------------------------------ */
/* Filters.                                                            */

/* Free W. */
static void
where_free (gpointer data)
{
  Where *w = data;
  g_free (w->field);
  g_strfreev (w->values);
  g_free (w);
}

Selection *
selection_new (const char *fields, GError **error)
{
  g_auto (GStrv) names = fields != NULL ? g_strsplit (fields, ",", -1)
                                         : g_new0 (char *, 1);
  for (char **n = names; *n != NULL; n++)
    {
      g_strstrip (*n);
      if (**n == '\0')
        {
          g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_USAGE,
                       "bad value for --group-by: '%s' (field names "
                       "separated by commas)", fields);
          return NULL;
        }
      char *low = g_ascii_strdown (*n, -1);
      g_free (*n);
      *n = low;
    }
  if (fields != NULL && names[0] == NULL)
    {
      g_set_error_literal (error, FRAMING_ERROR, FRAMING_ERROR_USAGE,
                           "--group-by needs a field name");
      return NULL;
    }
  Selection *s = g_new0 (Selection, 1);
  s->fields = g_steal_pointer (&names);
  s->described = g_strjoinv (SELECTION_JOINER, s->fields);
  s->wheres = g_ptr_array_new_with_free_func (where_free);
  s->specs = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (s->specs, NULL);
  return s;
}

void
selection_free (Selection *selection)
{
  if (selection == NULL)
    return;
  g_strfreev (selection->fields);
  g_free (selection->described);
  g_ptr_array_unref (selection->wheres);
  g_ptr_array_unref (selection->specs);
  g_free (selection);
}

/* Read the end of a date range S (YYYY, YYYY-MM or YYYY-MM-DD; LAST: the
 * last day it names, else the first) into DATE; an empty S is open
 * (year 0). */
static gboolean
parse_range_end (const char *s, gboolean last, SelectionDate *date)
{
  *date = (SelectionDate) { 0, 0, 0 };
  if (*s == '\0')
    return TRUE;
  int y, m = last ? 12 : 1, d = 1;
  const char *p = s;
  if (!read_number (&p, 4, &y) || p - s != 4)
    return FALSE;
  gboolean has_day = FALSE;
  if (*p == '-')
    {
      p++;
      if (!read_number (&p, 2, &m))
        return FALSE;
      if (*p == '-')
        {
          p++;
          if (!read_number (&p, 2, &d))
            return FALSE;
          has_day = TRUE;
        }
    }
  if (*p != '\0' || m < 1 || m > 12)
    return FALSE;
  if (last && !has_day)
    d = g_date_get_days_in_month ((GDateMonth) m, (GDateYear) y);
  return valid_date (y, m, d, date);
}

/* Read the date range VALUE ("FROM..TO") into W; FALSE when VALUE is no
 * range. */
static gboolean
parse_range (const char *value, Where *w)
{
  const char *dots = strstr (value, "..");
  if (dots == NULL)
    return FALSE;
  g_autofree char *from = g_strndup (value, (gsize) (dots - value));
  return parse_range_end (from, FALSE, &w->from)
         && parse_range_end (dots + 2, TRUE, &w->to);
}

/* The values of "V1,V2,...": an empty S is the one value "" (which
 * g_strsplit () would make no value at all). */
static char **
split_values (const char *s)
{
  if (*s != '\0')
    return g_strsplit (s, ",", -1);
  char **v = g_new0 (char *, 2);
  v[0] = g_strdup ("");
  return v;
}

/* Sets ERROR for the bad filter SPEC: WHY. */
static gboolean
bad_where (const char *spec, const char *why, GError **error)
{
  g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_USAGE,
               "bad value for --where: '%s' (%s)", spec, why);
  return FALSE;
}

gboolean
selection_add_where (Selection *selection, const char *spec, GError **error)
{
  g_return_val_if_fail (selection != NULL && spec != NULL, FALSE);
  const char *eq = strchr (spec, '=');
  if (eq == NULL)
    return bad_where (spec, "FIELD=VALUE, FIELD!=VALUE or FIELD=FROM..TO", error);
  gboolean negate = eq > spec && eq[-1] == '!';
  const char *name_end = negate ? eq - 1 : eq;
  g_autofree char *field = g_strstrip (g_strndup (spec, (gsize) (name_end - spec)));
  if (*field == '\0')
    return bad_where (spec, "no field name", error);
  g_autofree Where *w = g_new0 (Where, 1);
  w->negate = negate;
  if (strstr (eq + 1, "..") != NULL)
    {
      if (!parse_range (eq + 1, w))
        return bad_where (spec, "a date range is FROM..TO, each end YYYY, "
                          "YYYY-MM or YYYY-MM-DD, or empty", error);
      if (negate)
        return bad_where (spec, "a date range takes '=', not '!='", error);
      if (w->from.year != 0 && w->to.year != 0
          && date_compare (&w->from, &w->to) > 0)
        return bad_where (spec, "the range ends before it begins", error);
    }
  else
    w->values = split_values (eq + 1);
  w->field = g_ascii_strdown (field, -1);
  g_ptr_array_add (selection->wheres, g_steal_pointer (&w));
  /* The NULL that ends the list moves to the end. */
  g_ptr_array_index (selection->specs, selection->specs->len - 1) = g_strdup (spec);
  g_ptr_array_add (selection->specs, NULL);
  return TRUE;
}

gboolean
selection_filters (const Selection *selection)
{
  return selection != NULL && selection->wheres->len > 0;
}

const char *const *
selection_where (const Selection *selection)
{
  return (const char *const *) selection->specs->pdata;
}

/* Whether the date S lies in W's range; a date that cannot be read lies
 * in none. */
static gboolean
in_range (const Where *w, const char *s)
{
  SelectionDate d;
  if (!selection_parse_date (s, &d))
    return FALSE;
  return (w->from.year == 0 || date_compare (&d, &w->from) >= 0)
         && (w->to.year == 0 || date_compare (&d, &w->to) <= 0);
}

/* Whether ARTICLE passes the filter W. */
static gboolean
where_holds (const Where *w, const FramingArticle *article)
{
  const char *v = article_meta_or (article, w->field, "");
  if (w->values == NULL)
    return in_range (w, v);
  gboolean any = FALSE;
  for (char **x = w->values; *x != NULL && !any; x++)
    any = strcmp (*x, v) == 0;
  return any != w->negate;
}

SelectionVerdict
selection_apply (const Selection *selection, const FramingArticle *article)
{
  for (guint i = 0; i < selection->wheres->len; i++)
    if (!where_holds (g_ptr_array_index (selection->wheres, i), article))
      return SELECTION_FILTERED;
  return SELECTION_KEEP;
}

/* ------------------------------------------------------------------ */
/* Groups.                                                             */

static const char *const period_names[] = {
  [SELECTION_YEAR] = "year", [SELECTION_QUARTER] = "quarter",
  [SELECTION_MONTH] = "month", [SELECTION_WEEK] = "week",
};

gboolean
selection_set_period (Selection *selection, const char *name, GError **error)
{
  for (guint p = SELECTION_YEAR; p <= SELECTION_WEEK; p++)
    if (strcmp (name, period_names[p]) == 0)
      {
        selection->period = (SelectionPeriod) p;
        g_free (selection->described);
        g_autofree char *fields = g_strjoinv (SELECTION_JOINER, selection->fields);
        selection->described = *fields != '\0'
          ? g_strconcat (fields, SELECTION_JOINER, name, NULL) : g_strdup (name);
        return TRUE;
      }
  g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_USAGE,
               "bad value for --period: '%s' (year, quarter, month or week)",
               name);
  return FALSE;
}

/* The ISO 8601 week of DATE into *WEEK, and the year it belongs to (that
 * of its Thursday: 2019-12-30 is in 2020-W01, 2021-01-03 in 2020-W53). */
static int
iso_week (const SelectionDate *date, guint *week)
{
  g_autoptr (GDate) d = g_date_new_dmy ((GDateDay) date->day,
                                        (GDateMonth) date->month,
                                        (GDateYear) date->year);
  *week = g_date_get_iso8601_week_of_year (d);
  int weekday = (int) g_date_get_weekday (d); /* Monday 1 .. Sunday 7 */
  if (weekday < 4)
    g_date_add_days (d, (guint) (4 - weekday));
  else if (weekday > 4)
    g_date_subtract_days (d, (guint) (weekday - 4));
  return g_date_get_year (d);
}

char *
selection_period_name (SelectionPeriod period, const SelectionDate *date)
{
  guint week;
  switch (period)
    {
    case SELECTION_YEAR:
      return g_strdup_printf ("%04d", date->year);
    case SELECTION_QUARTER:
      return g_strdup_printf ("%04d-Q%d", date->year, (date->month + 2) / 3);
    case SELECTION_MONTH:
      return g_strdup_printf ("%04d-%02d", date->year, date->month);
    case SELECTION_WEEK:
      {
        int year = iso_week (date, &week);
        return g_strdup_printf ("%04d-W%02u", year, week);
      }
    case SELECTION_NO_PERIOD:
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
selection_regroups (const Selection *selection)
{
  return selection != NULL
         && (selection->period != SELECTION_NO_PERIOD
             || (selection->fields[0] != NULL && selection->fields[1] != NULL));
}

const char *
selection_describe (const Selection *selection)
{
  return selection->described;
}

gboolean
selection_group (const Selection *selection, const FramingArticle *article,
                 char **group)
{
  *group = NULL;
  g_autofree char *period = NULL;
  if (selection->period != SELECTION_NO_PERIOD)
    {
      SelectionDate d;
      if (!selection_parse_date (article_meta (article, SELECTION_DATE_FIELD), &d))
        return FALSE;
      period = selection_period_name (selection->period, &d);
    }
  GString *g = g_string_new (NULL);
  for (char **f = selection->fields; *f != NULL; f++)
    {
      if (f != selection->fields)
        g_string_append (g, SELECTION_JOINER);
      g_string_append (g, article_meta_or (article, *f, "(none)"));
    }
  if (period != NULL)
    g_string_append_printf (g, "%s%s", g->len > 0 ? SELECTION_JOINER : "",
                            period);
  *group = g_string_free (g, FALSE);
  return TRUE;
}
