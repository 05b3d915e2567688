/* tables.h - the tables of a comparison (framing-report(5) describes
 * every column), defined once and written as CSV, as the sheets of
 * framing.xlsx and as the schemas of datapackage.json (sink.h).
 *
 *   articles   id,group,title,date,tokens,lexicon,hits,negated,weighted,per_1k
 *              [,kept fields...]; or, --wide, id,group,title,date,tokens,
 *              then per topic T hits_T,negated_T,weighted_T,per_1k_T
 *              [,kept fields...]
 *   profiles   group,topic,articles,tokens,hits,negated,weighted,per_1k,
 *              share,present,ci_low,ci_high,z
 *   terms      group,topic,entry,marker,hits,per_1k,z
 *   distances  group_a,group_b,jsd
 *   balance    group,a,b,logit,ci_low,ci_high
 *
 * Rows are sorted by group (byte order), then articles by id and topic,
 * profiles by topic, terms by topic and entry, distances by the second
 * group, balance by its pair; topics and entries in lexicon order.
 *
 * Each table is defined once in tables.c: its columns with their types,
 * its primary key and the function that emits its rows as typed cells.
 * A new table or column added there appears in every form.
 */
#ifndef FRAMING_TABLES_H
#define FRAMING_TABLES_H

#include <glib.h>
#include <stdio.h>

#include "lexicon.h"
#include "pairs.h"
#include "profile.h"
#include "score.h"
#include "sink.h"
#include "spill.h"
#include "xlsx.h"

G_BEGIN_DECLS

/* How the articles table is laid out (--keep, --wide). */
typedef struct {
  const char *const *keep;  /* metadata fields added as columns after the
                               fixed ones (NULL-terminated), or NULL */
  gboolean wide;            /* one row per article: per topic hits_T,
                               negated_T, weighted_T, per_1k_T */
} TablesLayout;

/* The table names, NULL-terminated, in the order -o writes them. */
extern const char *const tables_names[];

/* Whether NAME is one of tables_names. */
gboolean tables_known (const char *name);

/* Write table NAME to OUT and flush it: articles from ARTICLES (rows
 * made by tables_article_rows() under keys made by tables_article_key(),
 * laid out by LAYOUT, NULL for the default, with LEXICON's topics), the
 * others from PROFILE (finished; may be NULL for "articles"), pairs from
 * PAIRS (NULL: no rows).  FALSE
 * and ERROR when a write to OUT failed: ferror (OUT) is then set and
 * ERROR says "write error: why", for the caller to name OUT (framing.h);
 * or when the articles could not be read back (a complete message). */
gboolean tables_write (FILE *out, const char *name, Spill *articles,
                       const FramingLexicon *lexicon, const Profile *profile,
                       const Pairs *pairs, const TablesLayout *layout,
                       GError **error);

/* The schema of table NAME (one of tables_names): its columns, for
 * the articles those that LAYOUT (NULL: the default) and LEXICON's
 * topics give, and its primary key.  Free with sink_schema_free (). */
SinkSchema *tables_schema (const char *name, const FramingLexicon *lexicon,
                           const TablesLayout *layout);

/* Emit table NAME to SINK: sink_begin () with its schema, then its rows,
 * as tables_write () says; the caller finishes SINK.  FALSE and ERROR
 * only when the articles could not be read back (a complete message). */
gboolean tables_emit (Sink *sink, const char *name, Spill *articles,
                      const FramingLexicon *lexicon, const Profile *profile,
                      const Pairs *pairs, const TablesLayout *layout,
                      GError **error);

/* Write the tables NAMES (NULL-terminated, of tables_names) as sheets
 * of WB, each from the sources tables_write () takes.  FALSE and ERROR
 * only when the articles could not be read back. */
gboolean tables_write_sheets (Xlsx *wb, const char *const *names,
                              Spill *articles, const FramingLexicon *lexicon,
                              const Profile *profile, const Pairs *pairs,
                              const TablesLayout *layout, GError **error);

/* Write datapackage.json, the package PACKAGE ("framing-compare") of the
 * CSV files of the tables NAMES (NULL-terminated), laid out as
 * tables_schema () says, to OUT; datapackage_write ()'s errors. */
gboolean tables_write_datapackage (FILE *out, const char *package,
                                   const char *const *names,
                                   const FramingLexicon *lexicon,
                                   const TablesLayout *layout, GError **error);

/* Append SCORE's rows of the articles table to OUT as records
 * (sink_record_new ()), laid out by LAYOUT
 * (NULL: the default, one row per topic); KEPT holds the values of
 * LAYOUT's keep fields, in their order (NULL, or a NULL value: empty
 * cells). */
void tables_article_rows (GString *out, const ArticleScore *score,
                          const FramingLexicon *lexicon,
                          const TablesLayout *layout,
                          const char *const *kept);

/* Whether NAME is a column of the articles table whatever --keep says
 * (id, group, ..., per_1k), so that no kept field may take it. */
gboolean tables_fixed_column (const char *name);

/* The fields of the --keep SPECS (each one or more names separated by
 * commas; lower-cased, repeated ones dropped), NULL-terminated, newly
 * allocated; or NULL with *ALL set for "all" (the fields of the corpus).
 * NULL and ERROR (FRAMING_ERROR_USAGE) for an empty name, a fixed
 * column's name or "all" beside other names. */
char **tables_parse_keep (const char *const *specs, gboolean *all,
                          GError **error);

/* Set KEY to SCORE's sort key in the articles table: group, NUL, id,
 * NUL, seq (8 bytes, big-endian), so that byte order is table order. */
void tables_article_key (GString *key, const ArticleScore *score);

G_END_DECLS

#endif /* FRAMING_TABLES_H */
