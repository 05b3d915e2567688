/* phrases.c - the sentences the text report and the HTML page both say
 * about a profile; see phrases.h. */
#include "phrases.h"

#include <math.h>

#include "fmt.h"

/* "escalation (86 entries), peace (72 entries) and aid (40 entries)". */
char *
phrase_lexicon_summary (const Profile *p)
{
  GString *s = g_string_new (NULL);
  for (guint t = 0; t < profile_n_topics (p); t++)
    {
      const LexTopic *topic = profile_topic (p, t);
      g_autofree char *name = fmt_clean_text (topic->name);
      g_autofree char *n = fmt_count_noun (topic->entries->len, "entry",
                                       "entries");
      if (t > 0)
        g_string_append (s, t + 1 == profile_n_topics (p) ? " and " : ", ");
      g_string_append_printf (s, "%s (%s)", name, n);
    }
  return g_string_free (s, FALSE);
}

/* "the dominant frame is escalation (45.3% of its lexicon hits)", or the
 * tied topics, or "no lexicon hits".  Newly allocated. */
char *
phrase_dominant (const Profile *p, const ProfileGroup *g)
{
  if (profile_group_weighted (p, g) <= 0)
    return g_strdup ("no lexicon hits, so no dominant frame");
  double best = 0;
  guint n_best = 0;
  for (guint t = 0; t < profile_n_topics (p); t++)
    best = MAX (best, g->topics[t].share);
  GString *names = g_string_new (NULL);
  for (guint t = 0; t < profile_n_topics (p); t++)
    if (g->topics[t].share == best)
      {
        g_autofree char *name = fmt_clean_text (profile_topic (p, t)->name);
        if (n_best++ > 0)
          g_string_append (names, " and ");
        g_string_append (names, name);
      }
  g_autofree char *pct = fmt_percent (best, 1);
  g_autofree char *list = g_string_free (names, FALSE);
  if (n_best > 1)
    return g_strdup_printf ("the dominant frames are %s, tied at %s of its "
                            "lexicon hits each", list, pct);
  return g_strdup_printf ("the dominant frame is %s (%s of its lexicon "
                          "hits)", list, pct);
}

/* "escalation vs peace: leans to escalation (logit 1.23, 95% interval
 * 0.80 to 1.70)".  Newly allocated. */
char *
phrase_balance (const Profile *p, const ProfileGroup *g, guint k)
{
  const ProfilePair *pair = &p->opts.balance[k];
  const ProfileBalance *b = &g->balance[k];
  g_autofree char *a = fmt_clean_text (profile_topic (p, pair->a)->name);
  g_autofree char *bn = fmt_clean_text (profile_topic (p, pair->b)->name);
  char l[G_ASCII_DTOSTR_BUF_SIZE], lo[G_ASCII_DTOSTR_BUF_SIZE];
  char hi[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *lean = NULL;
  if (g->articles < 2)
    return g_strdup_printf ("%s vs %s: logit %s (one article: no interval, "
                            "so no lean can be told)", a, bn,
                            fmt_fixed (l, b->logit, 2, FALSE));
  if (isfinite (b->ci_low) && b->ci_low > 0)
    lean = g_strconcat ("leans to ", a, NULL);
  else if (isfinite (b->ci_high) && b->ci_high < 0)
    lean = g_strconcat ("leans to ", bn, NULL);
  else
    lean = g_strdup ("no clear lean");
  return g_strdup_printf ("%s vs %s: %s (logit %s, 95%% interval %s to %s)",
                          a, bn, lean, fmt_fixed (l, b->logit, 2, FALSE),
                          fmt_fixed (lo, b->ci_low, 2, FALSE),
                          fmt_fixed (hi, b->ci_high, 2, FALSE));
}

char *
phrase_negation (guint window)
{
  if (window == 0)
    return g_strdup ("Negation was not looked for (negation window 0): "
                     "every hit counts.");
  g_autofree char *win = fmt_count_noun (window, "token", "tokens");
  return g_strdup_printf ("A hit counts as negated, and is left out of the "
                          "counts, when \"no\", \"not\", \"never\" or a "
                          "similar word or phrase stands up to %s before it "
                          "in the same clause.", win);
}

char *
phrase_corpus (const Profile *p, const ReportCorpus *c)
{
  guint64 articles = 0, tokens = 0;
  for (guint i = 0; i < profile_n_groups (p); i++)
    {
      articles += profile_group_at (p, i)->articles;
      tokens += profile_group_at (p, i)->tokens;
    }
  g_autofree char *source = fmt_clean_text (c->source != NULL ? c->source
                                        : "the input");
  g_autofree char *by = fmt_clean_text (c->group_by != NULL ? c->group_by
                                    : "outlet");
  g_autofree char *groups = fmt_count_noun (profile_n_groups (p), "group", "groups");
  g_autofree char *arts = fmt_count_noun (articles, "article", "articles");
  g_autofree char *toks = fmt_count_noun (tokens, "token", "tokens");
  g_autofree char *topics = fmt_count_noun (profile_n_topics (p), "topic", "topics");
  g_autofree char *lex = phrase_lexicon_summary (p);
  g_autofree char *rep = fmt_count_noun (c->repeated_lines, "repeated line",
                                     "repeated lines");
  g_autofree char *bad = fmt_count_noun (c->invalid_utf8,
                                     "invalid UTF-8 sequence",
                                     "invalid UTF-8 sequences");
  g_autofree char *skip = fmt_count_noun (c->skipped, "input", "inputs");
  g_autofree char *neg = phrase_negation (c->negation_window);
  return g_strdup_printf (
      "The corpus, read from %s, has %s (articles grouped by their \"%s\"), "
      "%s and %s. The lexicons have %s: %s. While reading, %s within one "
      "article %s skipped, %s %s replaced, and %s %s "
      "skipped (unreadable or empty). %s",
      source, groups, by, arts, toks, topics, lex, rep,
      fmt_was (c->repeated_lines), bad, fmt_was (c->invalid_utf8), skip,
      fmt_was (c->skipped), neg);
}

char *
phrase_nearest (const Profile *p, guint i)
{
  guint n = profile_n_groups (p), near = i, far = i;
  for (guint j = 0; j < n; j++)
    {
      double d = p->jsd != NULL ? p->jsd[i * n + j] : NAN;
      if (j == i || isnan (d))
        continue;
      if (near == i || d < p->jsd[i * n + near])
        near = j;
      if (far == i || d > p->jsd[i * n + far])
        far = j;
    }
  g_autofree char *name = fmt_clean_text (profile_group_at (p, i)->name);
  if (near == i)
    return g_strdup_printf ("%s: n/a", name);
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *nn = fmt_clean_text (profile_group_at (p, near)->name);
  g_autofree char *fn = fmt_clean_text (profile_group_at (p, far)->name);
  return g_strdup_printf ("%s: most alike %u. %s (%s), least alike %u. %s "
                          "(%s)", name, near + 1, nn,
                          fmt_fixed (a, p->jsd[i * n + near], 3, FALSE),
                          far + 1, fn,
                          fmt_fixed (b, p->jsd[i * n + far], 3, FALSE));
}
