/* phrases.h - the sentences the text report and the HTML page both say
 * about a corpus and its profile, as plain text (names cleaned with
 * fmt_clean_text (); the page escapes them, the report wraps them).  Each
 * is newly allocated. */
#ifndef FRAMING_PHRASES_H
#define FRAMING_PHRASES_H

#include <glib.h>

#include "profile.h"

G_BEGIN_DECLS

/* What the reports say about the reading of the corpus. */
typedef struct {
  const char *source;       /* what was read, e.g. "examples/manifest.csv" */
  const char *group_by;     /* the grouping field, e.g. "outlet" */
  guint negation_window;
  guint64 invalid_utf8;     /* invalid UTF-8 sequences replaced */
  guint64 repeated_lines;   /* repeated lines skipped */
  guint skipped;            /* inputs skipped (bad or empty) */
  const GPtrArray *skipped_names; /* char*: "WHERE: why" of the first
                                     skipped inputs (may be shorter than
                                     skipped), or NULL */
} ReportCorpus;

/* The corpus paragraph: groups, articles, tokens, lexicons, what reading
 * skipped or repaired, and phrase_negation (). */
char *phrase_corpus (const Profile *p, const ReportCorpus *c);

/* How negation was counted with window WINDOW (0: not at all). */
char *phrase_negation (guint window);

/* "escalation (86 entries), peace (72 entries) and aid (40 entries)". */
char *phrase_lexicon_summary (const Profile *p);

/* "the dominant frame is escalation (45.3% of its lexicon hits)", or the
 * tied topics, or "no lexicon hits, so no dominant frame". */
char *phrase_dominant (const Profile *p, const ProfileGroup *g);

/* Balance pair K of group G: "escalation vs peace: leans to escalation
 * (logit 1.23, 95% interval 0.80 to 1.70)", "no clear lean", or "one
 * article: no interval". */
char *phrase_balance (const Profile *p, const ProfileGroup *g, guint k);

/* Group I (numbered from 0) and the groups most and least like it by
 * JSD: "NAME: most alike 3. X (0.012), least alike 7. Y (0.230)", or
 * "NAME: n/a" when no other group can be compared. */
char *phrase_nearest (const Profile *p, guint i);

G_END_DECLS

#endif /* FRAMING_PHRASES_H */
