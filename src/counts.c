/* counts.c - counts files; see counts.h and framing-report(5).
 *
 * Rows (RFC 4180 CSV, "\n" line ends; the first cell names the row):
 *   framing-counts,1,FINGERPRINT,LANGUAGE,WINDOW,GROUP_BY,TOPICS
 *   article,ID,GROUP,TITLE,DATE,TOKENS,{HITS,NEGATED,WEIGHTED} per topic
 *   entry,TOPIC,ENTRY,HITS,NEGATED        (for the article above it)
 *   skipped,MESSAGE
 *   end,ARTICLES,INVALID_UTF8,REPEATED_LINES,ARTICLES_WITH_REPEATS,
 *       BAD_INPUTS,EMPTY_ARTICLES
 * Text cells are written so that they read back exactly: no formula guard,
 * and a backslash or carriage return (which CSV readers may alter) is
 * written as \\ or \r.  TOPIC and ENTRY are indexes in lexicon order.
 * The end row comes last; a file without it was cut short.
 */
#include "counts.h"

#include <errno.h>
#include <string.h>

#include "csv.h"
#include "fnv.h"
#include "framing.h"

struct _CountsWriter {
  FILE *out;
  GString *buf;
  guint n_topics;
  int errnum;     /* errno of the first failed write to OUT, or 0 */
};

/* FNV-1a 64 of string S and its NUL, continuing from H. */
static guint64
fnv_str (guint64 h, const char *s)
{
  return fnv_bytes (h, s != NULL ? s : "", strlen (s != NULL ? s : "") + 1);
}

/* H extended with list LIST: its name, then each entry's spelling,
 * weight and keys, and (only when there are any, so that lexicons
 * without them keep their fingerprint) its stop mark and context bits. */
static guint64
fingerprint_list (guint64 h, const LexTopic *list)
{
  h = fnv_str (h, list->name);
  for (guint e = 0; e < list->entries->len; e++)
    {
      const LexEntry *entry = g_ptr_array_index (list->entries, e);
      char w[G_ASCII_DTOSTR_BUF_SIZE];
      h = fnv_str (h, entry->spelling);
      h = fnv_str (h, g_ascii_formatd (w, sizeof w, "%.17g", entry->weight));
      for (guint k = 0; k < entry->n_words; k++)
        {
          char kind = (char) ('0' + entry->words[k].kind);
          h = fnv_bytes (h, &kind, 1);
          h = fnv_str (h, entry->words[k].key);
        }
      if (entry->stop || entry->require != 0 || entry->exclude != 0)
        {
          guint32 marks[3] = { entry->stop, entry->require, entry->exclude };
          h = fnv_bytes (h, marks, sizeof marks);
        }
    }
  return fnv_bytes (h, "\x1e", 1);
}

guint64
counts_fingerprint (const FramingLexicon *lexicon)
{
  guint64 h = FNV_OFFSET_BASIS;
  for (guint t = 0; t < lexicon->topics->len; t++)
    h = fingerprint_list (h, g_ptr_array_index (lexicon->topics, t));
  for (guint c = 0; lexicon->contexts != NULL && c < lexicon->contexts->len; c++)
    h = fingerprint_list (h, g_ptr_array_index (lexicon->contexts, c));
  return h;
}

/* Append S as one text cell that reads back exactly (see the top). */
static void
put_text (GString *out, const char *s)
{
  gboolean quote = strpbrk (s, ",\"\n") != NULL;
  if (quote)
    g_string_append_c (out, '"');
  for (const char *p = s; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append (out, "\"\"");
      else if (*p == '\\')
        g_string_append (out, "\\\\");
      else if (*p == '\r')
        g_string_append (out, "\\r");
      else
        g_string_append_c (out, *p);
    }
  if (quote)
    g_string_append_c (out, '"');
}

/* Append V with every digit needed to read it back exactly. */
static void
put_double (GString *out, double v)
{
  char num[G_ASCII_DTOSTR_BUF_SIZE];
  g_string_append (out, g_ascii_formatd (num, sizeof num, "%.17g", v));
}

/* Write the buffer out once it is large, remembering why the first
 * failed write failed (errno changes by the time the writer finishes). */
static void
maybe_flush (CountsWriter *w, gboolean force)
{
  if (w->buf->len >= 65536 || (force && w->buf->len > 0))
    {
      if (fwrite (w->buf->str, 1, w->buf->len, w->out) != w->buf->len
          && w->errnum == 0)
        w->errnum = errno != 0 ? errno : EIO;
      g_string_truncate (w->buf, 0);
    }
}

CountsWriter *
counts_writer_new (FILE *out, const CountsSettings *settings)
{
  CountsWriter *w = g_new0 (CountsWriter, 1);
  w->out = out;
  w->buf = g_string_sized_new (65536 + 4096);
  w->n_topics = settings->lexicon->topics->len;
  g_string_append_printf (w->buf, "%s,%d,%016" G_GINT64_MODIFIER "x,",
                          COUNTS_MAGIC, COUNTS_VERSION,
                          counts_fingerprint (settings->lexicon));
  put_text (w->buf, settings->language);
  g_string_append_printf (w->buf, ",%u,", settings->window);
  put_text (w->buf, settings->group_by);
  g_string_append_c (w->buf, ',');
  put_text (w->buf, settings->cluster_by != NULL ? settings->cluster_by : "");
  g_string_append_printf (w->buf, ",%u\n", w->n_topics);
  return w;
}

void
counts_writer_free (CountsWriter *writer)
{
  if (writer == NULL)
    return;
  g_string_free (writer->buf, TRUE);
  g_free (writer);
}

void
counts_writer_article (CountsWriter *w, const ArticleScore *s)
{
  GString *b = w->buf;
  g_string_append (b, "article,");
  put_text (b, s->id);
  g_string_append_c (b, ',');
  put_text (b, s->group);
  g_string_append_c (b, ',');
  put_text (b, s->cluster != NULL ? s->cluster : "");
  if (s->text_key != 0)
    g_string_append_printf (b, ",%016" G_GINT64_MODIFIER "x,", s->text_key);
  else
    g_string_append (b, ",,");
  put_text (b, s->title);
  g_string_append_c (b, ',');
  put_text (b, s->date);
  g_string_append_printf (b, ",%u", s->tokens);
  for (guint t = 0; t < s->n_topics; t++)
    {
      g_string_append_printf (b, ",%u,%u,", s->topics[t].hits, s->topics[t].negated);
      put_double (b, s->topics[t].weighted);
    }
  g_string_append_c (b, '\n');
  for (guint i = 0; s->entries != NULL && i < s->entries->len; i++)
    {
      const ScoreEntryCount *ec = &g_array_index (s->entries, ScoreEntryCount, i);
      g_string_append_printf (b, "entry,%u,%u,%u,%u\n", ec->topic, ec->entry,
                              ec->hits, ec->negated);
    }
  maybe_flush (w, FALSE);
}

gboolean
counts_writer_finish (CountsWriter *w, const CountsTotals *t, GError **error)
{
  for (guint i = 0; t->skipped != NULL && i < t->skipped->len; i++)
    {
      g_string_append (w->buf, "skipped,");
      put_text (w->buf, g_ptr_array_index (t->skipped, i));
      g_string_append_c (w->buf, '\n');
    }
  g_string_append_printf (w->buf, "end,%" G_GUINT64_FORMAT ",%" G_GUINT64_FORMAT
                          ",%" G_GUINT64_FORMAT ",%u,%u,%u\n", t->articles,
                          t->invalid_utf8, t->repeated_lines,
                          t->articles_with_repeats, t->bad_inputs,
                          t->empty_articles);
  maybe_flush (w, TRUE);
  if (w->errnum != 0)
    return framing_write_error (error, w->errnum);
  return framing_flush (w->out, error);
}

/* ------------------------------------------------------------------ */
/* Reading                                                             */

typedef struct {
  const char *path;
  const CountsSettings *settings;
  FILE *f;
  guint line, start;
  GPtrArray *fields;
  ArticleScore *pending;     /* the article whose entry rows come next */
  CountsArticleFunc func;
  gpointer user_data;
  guint64 articles;
} Reader;

/* Undo put_text's escapes in S, in place; FALSE for a bad escape. */
static gboolean
unescape (char *s)
{
  char *o = s;
  for (char *p = s; *p != '\0'; p++)
    {
      if (*p != '\\')
        {
          *o++ = *p;
          continue;
        }
      p++;
      if (*p == '\\')
        *o++ = '\\';
      else if (*p == 'r')
        *o++ = '\r';
      else
        return FALSE;
    }
  *o = '\0';
  return TRUE;
}

/* Set ERROR for a bad row of R. */
static gboolean
bad_row (Reader *r, const char *why, GError **error)
{
  g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT, "%s:%u: %s",
               r->path, r->start, why);
  return FALSE;
}

/* Field I of the current row as an unsigned number up to MAX. */
static gboolean
field_uint (Reader *r, guint i, guint64 max, guint64 *v)
{
  return g_ascii_string_to_unsigned (g_ptr_array_index (r->fields, i), 10, 0,
                                     max, v, NULL);
}

/* Field I as a finite, non-negative double. */
static gboolean
field_double (Reader *r, guint i, double *v)
{
  const char *s = g_ptr_array_index (r->fields, i);
  char *end;
  errno = 0;
  *v = g_ascii_strtod (s, &end);
  return *s != '\0' && *end == '\0' && errno == 0 && *v >= 0.0;
}

/* Hand the pending article on. */
static void
flush_pending (Reader *r)
{
  if (r->pending == NULL)
    return;
  r->func (g_steal_pointer (&r->pending), r->user_data);
  r->articles++;
}

/* Check the first row against the settings. */
static gboolean
read_header (Reader *r, GError **error)
{
  GPtrArray *f = r->fields;
  const CountsSettings *s = r->settings;
  guint64 version, window, topics;
  if (f->len < 2 || strcmp (f->pdata[0], COUNTS_MAGIC) != 0
      || !field_uint (r, 1, G_MAXUINT, &version))
    return bad_row (r, "not a counts file (made by 'framing score --counts')", error);
  if (version != COUNTS_VERSION)
    return bad_row (r, "counts file of another version of framing", error);
  g_autofree char *fp = g_strdup_printf ("%016" G_GINT64_MODIFIER "x",
                                         counts_fingerprint (s->lexicon));
  if (f->len != 8 || !field_uint (r, 4, G_MAXUINT, &window)
      || !field_uint (r, 7, G_MAXUINT, &topics)
      || !unescape (f->pdata[3]) || !unescape (f->pdata[5])
      || !unescape (f->pdata[6]))
    return bad_row (r, "bad first row", error);
  if (strcmp (f->pdata[2], fp) != 0 || topics != s->lexicon->topics->len)
    return bad_row (r, "counts made with other lexicons (their topics, entries, "
                    "weights or contexts differ): give compare the same -L "
                    "options as score", error);
  if (strcmp (f->pdata[3], s->language) != 0)
    {
      g_autofree char *m = g_strdup_printf ("counts made with -l %s, not %s",
                                            (char *) f->pdata[3], s->language);
      return bad_row (r, m, error);
    }
  if (window != s->window)
    {
      g_autofree char *m = g_strdup_printf ("counts made with --negation-window %u, not %u",
                                            (guint) window, s->window);
      return bad_row (r, m, error);
    }
  if (strcmp (f->pdata[5], s->group_by) != 0)
    {
      g_autofree char *m = g_strdup_printf ("counts made with -g %s, not %s",
                                            (char *) f->pdata[5], s->group_by);
      return bad_row (r, m, error);
    }
  const char *cluster_by = s->cluster_by != NULL ? s->cluster_by : "";
  if (strcmp (f->pdata[6], cluster_by) != 0)
    {
      g_autofree char *m = g_strdup_printf ("counts made with --cluster %s, not %s",
                                            *(char *) f->pdata[6] != '\0'
                                            ? (char *) f->pdata[6] : "article",
                                            *cluster_by != '\0' ? cluster_by : "article");
      return bad_row (r, m, error);
    }
  return TRUE;
}

/* An article row: the article waits for its entry rows. */
static gboolean
read_article (Reader *r, GError **error)
{
  const guint nt = r->settings->lexicon->topics->len;
  GPtrArray *f = r->fields;
  if (f->len != 8 + 3 * nt)
    return bad_row (r, "article row with a wrong number of cells", error);
  for (guint i = 1; i <= 6; i++)
    if (i != 4 && (!unescape (f->pdata[i]) || !g_utf8_validate (f->pdata[i], -1, NULL)))
      return bad_row (r, "bad text cell", error);
  guint64 text_key = 0;
  if (*(char *) f->pdata[4] != '\0'
      && (strlen (f->pdata[4]) != 16
          || !g_ascii_string_to_unsigned (f->pdata[4], 16, 1, G_MAXUINT64,
                                          &text_key, NULL)))
    return bad_row (r, "bad text key", error);
  guint64 tokens;
  if (!field_uint (r, 7, G_MAXUINT, &tokens) || tokens == 0)
    return bad_row (r, "bad token count", error);
  flush_pending (r);
  ArticleScore *s = g_new0 (ArticleScore, 1);
  r->pending = s;
  s->id = g_strdup (f->pdata[1]);
  s->group = g_strdup (f->pdata[2]);
  s->cluster = *(char *) f->pdata[3] != '\0' ? g_strdup (f->pdata[3]) : NULL;
  s->text_key = text_key;
  s->title = g_strdup (f->pdata[5]);
  s->date = g_strdup (f->pdata[6]);
  s->tokens = (guint) tokens;
  s->n_topics = nt;
  s->topics = g_new0 (ScoreCount, nt);
  s->entries = g_array_new (FALSE, FALSE, sizeof (ScoreEntryCount));
  for (guint t = 0; t < nt; t++)
    {
      guint64 hits, negated;
      if (!field_uint (r, 8 + 3 * t, G_MAXUINT, &hits)
          || !field_uint (r, 9 + 3 * t, G_MAXUINT, &negated)
          || !field_double (r, 10 + 3 * t, &s->topics[t].weighted))
        return bad_row (r, "bad number in an article row", error);
      s->topics[t].hits = (guint) hits;
      s->topics[t].negated = (guint) negated;
    }
  return TRUE;
}

/* An entry row of the pending article. */
static gboolean
read_entry (Reader *r, GError **error)
{
  const FramingLexicon *lex = r->settings->lexicon;
  guint64 topic, entry, hits, negated;
  if (r->pending == NULL || r->fields->len != 5
      || !field_uint (r, 1, lex->topics->len - 1, &topic))
    return bad_row (r, "bad entry row", error);
  const LexTopic *t = g_ptr_array_index (lex->topics, topic);
  if (!field_uint (r, 2, t->entries->len - 1, &entry)
      || !field_uint (r, 3, G_MAXUINT, &hits)
      || !field_uint (r, 4, G_MAXUINT, &negated))
    return bad_row (r, "bad entry row", error);
  ScoreEntryCount ec = { (guint) topic, (guint) entry, (guint) hits, (guint) negated };
  g_array_append_val (r->pending->entries, ec);
  return TRUE;
}

/* The end row: the totals. */
static gboolean
read_end (Reader *r, CountsTotals *t, GError **error)
{
  guint64 v[6];
  if (r->fields->len != 7)
    return bad_row (r, "bad end row", error);
  for (guint i = 0; i < 6; i++)
    if (!field_uint (r, i + 1, i < 3 ? G_MAXUINT64 : G_MAXUINT, &v[i]))
      return bad_row (r, "bad end row", error);
  flush_pending (r);
  if (v[0] != r->articles)
    return bad_row (r, "the end row counts another number of articles", error);
  t->articles = v[0];
  t->invalid_utf8 = v[1];
  t->repeated_lines = v[2];
  t->articles_with_repeats = (guint) v[3];
  t->bad_inputs = (guint) v[4];
  t->empty_articles = (guint) v[5];
  return TRUE;
}

/* Read every row of R after the first; TRUE at a good end row. */
static gboolean
read_rows (Reader *r, CountsTotals *totals, GError **error)
{
  int rc;
  while ((rc = csv_read_record (r->f, &r->line, r->fields, &r->start)) == 1)
    {
      const char *kind = g_ptr_array_index (r->fields, 0);
      gboolean ok;
      if (strcmp (kind, "article") == 0)
        ok = read_article (r, error);
      else if (strcmp (kind, "entry") == 0)
        ok = read_entry (r, error);
      else if (strcmp (kind, "skipped") == 0 && r->fields->len == 2
               && unescape (r->fields->pdata[1]))
        {
          g_ptr_array_add (totals->skipped, g_strdup (r->fields->pdata[1]));
          ok = TRUE;
        }
      else if (strcmp (kind, "end") == 0)
        {
          if (!read_end (r, totals, error))
            return FALSE;
          if (csv_read_record (r->f, &r->line, r->fields, &r->start) != 0)
            return bad_row (r, "rows after the end row", error);
          return TRUE;
        }
      else
        ok = bad_row (r, "unknown row", error);
      if (!ok)
        return FALSE;
    }
  if (ferror (r->f))
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO, "%s: read error: %s",
                   r->path, g_strerror (errno));
      return FALSE;
    }
  if (rc < 0)
    return bad_row (r, "unterminated quoted field", error);
  g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
               "%s: cut short (no end row)", r->path);
  return FALSE;
}

gboolean
counts_read (const char *path, const CountsSettings *settings,
             CountsArticleFunc func, gpointer user_data, CountsTotals *totals,
             GError **error)
{
  memset (totals, 0, sizeof *totals);
  totals->skipped = g_ptr_array_new_with_free_func (g_free);
  gboolean is_stdin = strcmp (path, "-") == 0;
  FILE *f = is_stdin ? stdin : fopen (path, "rb");
  if (f == NULL)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO, "%s: cannot open: %s",
                   path, g_strerror (errno));
      return FALSE;
    }
  g_autoptr (GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  Reader r = { path, settings, f, 1, 1, fields, NULL, func, user_data, 0 };
  int rc = csv_read_record (f, &r.line, fields, &r.start);
  gboolean ok = rc == 1 ? read_header (&r, error) && read_rows (&r, totals, error)
                        : bad_row (&r, "not a counts file (made by 'framing score --counts')", error);
  article_score_free (r.pending);
  if (!is_stdin)
    fclose (f);
  return ok;
}
