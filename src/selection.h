/* selection.h - which articles a run reads on and what group each joins:
 * the --where filters on metadata fields (values, or a date range), the
 * group fields of -g (one or several) and the --period of the date; and
 * the dates themselves, read in the shapes real corpora hold them
 * (framing(1), SELECTING AND GROUPING).
 *
 * Every field is picked as -g picks it, by article_meta_or () (input.h):
 * a missing value and an empty one are alike.  A Selection is built
 * once, before the run, and only read during it (by the calling thread of
 * pipeline_run ()).
 */
#ifndef FRAMING_SELECTION_H
#define FRAMING_SELECTION_H

#include <glib.h>

#include "input.h"

G_BEGIN_DECLS

/* What a group's name is made of when several parts make it: "left" and
 * "healthcare" are the group "left / healthcare".  No comma or quote, so
 * that a CSV cell holds it unquoted. */
#define SELECTION_JOINER " / "

/* A calendar date, as written (a time of day and its zone are not
 * looked at). */
typedef struct {
  int year;   /* 1 .. 9999 */
  int month;  /* 1 .. 12 */
  int day;    /* 1 .. 31, valid for the month */
} SelectionDate;

/* Read the date S in one of the shapes of real corpora: ISO 8601, a date
 * ("2019-03-05") or a date and time ("2019-03-05T10:00:00Z",
 * "2019-03-05 10:00"); M/D/YYYY or M/D/YY ("3/5/2019", "3/5/19"; a
 * two-digit year 69 to 99 is 19YY, 00 to 68 20YY); RFC 2822 ("Tue, 05 Mar
 * 2019 10:00:00 +0000", the weekday optional).  Blanks around S are
 * ignored.  FALSE when S is none of these or no valid date. */
gboolean selection_parse_date (const char *s, SelectionDate *date);

typedef struct _Selection Selection;

/* A selection that keeps every article and groups by FIELDS: one field
 * name, or several separated by commas ("bias,topic"; blanks around a
 * name are ignored, names are taken in lower case), or none (NULL: only
 * a period will name the groups, selection_set_period ()).  NULL and
 * ERROR (FRAMING_ERROR_USAGE) when a name is empty. */
Selection *selection_new (const char *fields, GError **error);
void selection_free (Selection *selection);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Selection, selection_free)

/* Add the filter SPEC (--where): "FIELD=VALUE[,VALUE...]" (the field's
 * value is one of them), "FIELD!=VALUE[,VALUE...]" (none of them), or
 * "FIELD=FROM..TO" (a date range: the field read as a date lies between
 * the ends, both included; an end is YYYY, YYYY-MM or YYYY-MM-DD, or
 * empty for none).  The field name is taken in lower case, as metadata
 * keys are; a missing value is the empty string.  FALSE and ERROR
 * (FRAMING_ERROR_USAGE) when SPEC is none of these. */
gboolean selection_add_where (Selection *selection, const char *spec,
                              GError **error);

/* Whether SELECTION has a filter. */
gboolean selection_filters (const Selection *selection);

/* The filters as given, in order (NULL-terminated; owned by SELECTION). */
const char *const *selection_where (const Selection *selection);

/* The periods of --period. */
typedef enum {
  SELECTION_NO_PERIOD,
  SELECTION_YEAR,     /* "2019" */
  SELECTION_QUARTER,  /* "2019-Q1" */
  SELECTION_MONTH,    /* "2019-03" */
  SELECTION_WEEK      /* "2019-W05", the ISO 8601 week and its year */
} SelectionPeriod;

/* The field whose value, read as a date, gives an article's period. */
#define SELECTION_DATE_FIELD "date"

/* Group by the period NAME too ("year", "quarter", "month" or "week"):
 * the period of the date field ends the group's name ("left / 2019").
 * FALSE and ERROR (FRAMING_ERROR_USAGE) for another name. */
gboolean selection_set_period (Selection *selection, const char *name,
                               GError **error);

/* The name of the period of DATE, with its year first, so that the byte
 * order of names is the order of time (newly allocated). */
char *selection_period_name (SelectionPeriod period, const SelectionDate *date);

/* Whether SELECTION names the groups itself (selection_group ()): it
 * groups by several fields, or by a period.  Else a group is the one
 * field's value, or "(none)", as the Scorer takes it (score.h). */
gboolean selection_regroups (const Selection *selection);

/* What the groups are made of, for the reports: the field ("bias"), or
 * the fields and the period joined by SELECTION_JOINER ("bias / topic",
 * "bias / year").  Owned by SELECTION. */
const char *selection_describe (const Selection *selection);

/* What SELECTION makes of ARTICLE. */
typedef enum {
  SELECTION_KEEP,     /* it goes on */
  SELECTION_FILTERED  /* a --where filter leaves it out */
} SelectionVerdict;

/* Whether ARTICLE passes SELECTION's filters. */
SelectionVerdict selection_apply (const Selection *selection,
                                  const FramingArticle *article);

/* The group of ARTICLE into *GROUP (newly allocated): the values of the
 * group fields in their order, then the name of its period, joined by
 * SELECTION_JOINER, a missing or empty value being "(none)" ("left /
 * healthcare", "(none) / healthcare", "left / 2019-Q1").  FALSE (and
 * *GROUP NULL) when a period is asked for and the article's date field
 * cannot be read (selection_parse_date ()): it joins no group. */
gboolean selection_group (const Selection *selection,
                          const FramingArticle *article, char **group);

G_END_DECLS

#endif /* FRAMING_SELECTION_H */
