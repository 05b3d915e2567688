/* kwic.c - lexicon hits in their context, the report's bounded set of
 * example sentences, and the table of `framing kwic`; see kwic.h. */
#include "kwic.h"

#include <stdio.h>
#include <string.h>

#include "csv.h"
#include "framing.h"

/* Append TEXT[START, END) to OUT with each white space run as one space. */
static void
append_collapsed (GString *out, const char *text, gsize start, gsize end)
{
  gboolean in_space = FALSE;
  for (const char *p = text + start; p < text + end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c) || c == 0)
        {
          in_space = TRUE;
          continue;
        }
      if (in_space && out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
      in_space = FALSE;
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
}

/* Keep the last WIDTH code points of S, marking a cut with "..." */
static char *
keep_tail (GString *s, guint width)
{
  glong n = g_utf8_strlen (s->str, (gssize) s->len);
  if (width == 0 || n <= (glong) width)
    return g_string_free (s, FALSE);
  const char *from = g_utf8_offset_to_pointer (s->str, n - (glong) width + 3);
  char *r = g_strconcat ("...", from, NULL);
  g_string_free (s, TRUE);
  return r;
}

/* Keep the first WIDTH code points of S, marking a cut with "..." */
static char *
keep_head (GString *s, guint width)
{
  glong n = g_utf8_strlen (s->str, (gssize) s->len);
  if (width == 0 || n <= (glong) width)
    return g_string_free (s, FALSE);
  const char *to = g_utf8_offset_to_pointer (s->str, (glong) width - 3);
  g_string_truncate (s, (gsize) (to - s->str));
  g_string_append (s, "...");
  return g_string_free (s, FALSE);
}

void
kwic_context (const FramingTokens *toks, const MatchHit *hit, guint width,
              KwicContext *out)
{
  g_return_if_fail (width == 0 || width > 3);
  const FramingToken *first = &g_array_index (toks->tokens, FramingToken, hit->first);
  const FramingToken *last = &g_array_index (toks->tokens, FramingToken,
                                             hit->first + hit->n_tokens - 1);
  const FramingSentence *sentence = &g_array_index (toks->sentences,
                                                    FramingSentence,
                                                    first->sentence);
  const char *text = toks->text->str;

  GString *left = g_string_new (NULL);
  append_collapsed (left, text, sentence->start, first->start);
  gboolean space_before = left->len > 0 && first->start > sentence->start
                          && g_unichar_isspace (g_utf8_get_char (
                               g_utf8_prev_char (text + first->start)));
  if (space_before)
    g_string_append_c (left, ' ');

  GString *match = g_string_new (NULL);
  append_collapsed (match, text, first->start, last->end);

  GString *right = g_string_new (NULL);
  if (last->end < sentence->end
      && g_unichar_isspace (g_utf8_get_char (text + last->end)))
    g_string_append_c (right, ' ');
  append_collapsed (right, text, last->end, sentence->end);
  if (right->len == 1 && right->str[0] == ' ')
    g_string_truncate (right, 0);

  out->left = keep_tail (left, width);
  out->match = g_string_free (match, FALSE);
  out->right = keep_head (right, width);
}

void
kwic_context_clear (KwicContext *ctx)
{
  g_clear_pointer (&ctx->left, g_free);
  g_clear_pointer (&ctx->match, g_free);
  g_clear_pointer (&ctx->right, g_free);
}

struct _KwicExamples {
  guint cap;
  GHashTable *slots; /* "topic\x1fgroup" -> GPtrArray of KwicExample* */
};

/* Free one example. */
static void
kwic_example_free (KwicExample *ex)
{
  g_free (ex->id);
  g_free (ex->entry);
  kwic_context_clear (&ex->ctx);
  g_free (ex);
}

KwicExamples *
kwic_examples_new (guint cap)
{
  KwicExamples *examples = g_new0 (KwicExamples, 1);
  examples->cap = cap;
  examples->slots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) g_ptr_array_unref);
  return examples;
}

void
kwic_examples_free (KwicExamples *examples)
{
  if (examples == NULL)
    return;
  g_hash_table_destroy (examples->slots);
  g_free (examples);
}

/* The hash key of GROUP and TOPIC. */
static char *
slot_key (const char *group, guint topic)
{
  return g_strdup_printf ("%u\x1f%s", topic, group);
}

/* Order of examples: by article id (byte order), then token index. */
static int
example_order (const char *id_a, guint first_a, const char *id_b, guint first_b)
{
  int c = strcmp (id_a, id_b);
  if (c != 0)
    return c;
  return (first_a > first_b) - (first_a < first_b);
}

/* Order of two examples of the same (id, token): by entry, negation and
 * sentence, so that which one is kept does not depend on the order of the
 * offers (two articles may share an id). */
static int
example_tie (const KwicExample *a, const KwicExample *b)
{
  int c = strcmp (a->entry, b->entry);
  if (c == 0)
    c = (a->negated > b->negated) - (a->negated < b->negated);
  if (c == 0)
    c = strcmp (a->ctx.left, b->ctx.left);
  if (c == 0)
    c = strcmp (a->ctx.match, b->ctx.match);
  if (c == 0)
    c = strcmp (a->ctx.right, b->ctx.right);
  return c;
}

/* EX was offered again by another article with the same id: keep the
 * smaller of the two by example_tie(). */
static void
keep_smaller (KwicExample *ex, const FramingTokens *toks, const MatchHit *hit,
              const char *entry)
{
  KwicExample other = { ex->id, hit->first, hit->negated, (char *) entry, { 0 } };
  kwic_context (toks, hit, 0, &other.ctx);
  if (example_tie (&other, ex) < 0)
    {
      g_free (ex->entry);
      kwic_context_clear (&ex->ctx);
      ex->entry = g_strdup (entry);
      ex->negated = hit->negated;
      ex->ctx = other.ctx;
      return;
    }
  kwic_context_clear (&other.ctx);
}

void
kwic_examples_offer (KwicExamples *examples, const char *group,
                     const char *id, const FramingTokens *toks,
                     const MatchHit *hit, const char *entry)
{
  if (examples->cap == 0)
    return;
  g_autofree char *key = slot_key (group, hit->topic);
  GPtrArray *slot = g_hash_table_lookup (examples->slots, key);
  if (slot == NULL)
    {
      slot = g_ptr_array_new_with_free_func ((GDestroyNotify) kwic_example_free);
      g_hash_table_insert (examples->slots, g_steal_pointer (&key), slot);
    }
  /* Where the new example goes in the sorted slot. */
  guint at = slot->len;
  while (at > 0)
    {
      KwicExample *prev = g_ptr_array_index (slot, at - 1);
      int c = example_order (prev->id, prev->first, id, hit->first);
      if (c == 0)
        {
          keep_smaller (prev, toks, hit, entry);
          return; /* offered before */
        }
      if (c < 0)
        break;
      at--;
    }
  if (at >= examples->cap)
    return;

  KwicExample *ex = g_new0 (KwicExample, 1);
  ex->id = g_strdup (id);
  ex->first = hit->first;
  ex->negated = hit->negated;
  ex->entry = g_strdup (entry);
  kwic_context (toks, hit, 0, &ex->ctx);
  g_ptr_array_insert (slot, (gint) at, ex);
  if (slot->len > examples->cap)
    g_ptr_array_remove_index (slot, slot->len - 1);
}

const GPtrArray *
kwic_examples_get (const KwicExamples *examples, const char *group, guint topic)
{
  g_autofree char *key = slot_key (group, topic);
  return g_hash_table_lookup (examples->slots, key);
}

/* ------------------------------------------------------------------ */
/* The table of framing kwic.                                          */

/* One hit, kept until the rows are sorted. */
typedef struct {
  char *group;
  char *id;
  guint64 seq;   /* article order */
  guint first;   /* token index: text order within the article */
  guint topic;
  const LexEntry *entry;
  gboolean negated;
  KwicContext ctx;
} KwicRow;

struct _KwicTable {
  const FramingLexicon *lexicon;
  char **groups;    /* the groups to keep (NULL or empty: all) */
  char **topics;    /* the topics to keep (NULL or empty: all) */
  guint width;
  GPtrArray *rows;  /* KwicRow* */
};

/* Free one row. */
static void
kwic_row_free (KwicRow *row)
{
  g_free (row->group);
  g_free (row->id);
  kwic_context_clear (&row->ctx);
  g_free (row);
}

/* kwic rows: by group, article id, article, then text and topic order. */
static gint
kwic_row_compare (gconstpointer a, gconstpointer b)
{
  const KwicRow *x = *(KwicRow *const *) a, *y = *(KwicRow *const *) b;
  int c = strcmp (x->group, y->group);
  if (c == 0)
    c = strcmp (x->id, y->id);
  if (c == 0)
    c = (x->seq > y->seq) - (x->seq < y->seq);
  if (c == 0)
    c = (x->first > y->first) - (x->first < y->first);
  if (c == 0)
    c = (x->topic > y->topic) - (x->topic < y->topic);
  return c;
}

/* Whether S is in the NULL-terminated list LIST (an empty list: yes). */
static gboolean
selected (char *const *list, const char *s)
{
  if (list == NULL || list[0] == NULL)
    return TRUE;
  for (char *const *p = list; *p != NULL; p++)
    if (strcmp (*p, s) == 0)
      return TRUE;
  return FALSE;
}

KwicTable *
kwic_table_new (const FramingLexicon *lexicon, char **groups, char **topics,
                guint width)
{
  KwicTable *t = g_new0 (KwicTable, 1);
  t->lexicon = lexicon;
  t->groups = g_strdupv (groups);
  t->topics = g_strdupv (topics);
  t->width = width;
  t->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) kwic_row_free);
  return t;
}

void
kwic_table_free (KwicTable *t)
{
  if (t == NULL)
    return;
  g_strfreev (t->groups);
  g_strfreev (t->topics);
  g_ptr_array_unref (t->rows);
  g_free (t);
}

void
kwic_table_add (KwicTable *t, const ArticleScore *score,
                const FramingTokens *toks, const GArray *hits)
{
  if (!selected (t->groups, score->group))
    return;
  for (guint i = 0; i < hits->len; i++)
    {
      const MatchHit *hit = &g_array_index (hits, MatchHit, i);
      const LexTopic *topic = g_ptr_array_index (t->lexicon->topics, hit->topic);
      if (!selected (t->topics, topic->name))
        continue;
      KwicRow *row = g_new0 (KwicRow, 1);
      row->group = g_strdup (score->group);
      row->id = g_strdup (score->id);
      row->seq = score->seq;
      row->first = hit->first;
      row->topic = hit->topic;
      row->entry = g_ptr_array_index (topic->entries, hit->entry);
      row->negated = hit->negated;
      kwic_context (toks, hit, t->width, &row->ctx);
      g_ptr_array_add (t->rows, row);
    }
}

/* Write S to OUT padded with spaces to WIDTH code points, on the left
 * when RIGHT_ALIGN. */
static void
write_padded (FILE *out, const char *s, guint width, gboolean right_align)
{
  glong n = g_utf8_strlen (s, -1);
  guint pad = n < (glong) width ? width - (guint) n : 0;
  if (right_align)
    fprintf (out, "%*s%s", (int) pad, "", s);
  else
    fprintf (out, "%s%*s", s, (int) pad, "");
}

SinkSchema *
kwic_table_schema (void)
{
  static const char *const text[] = { "group", "id", "topic", "entry",
                                      "marker", NULL };
  static const char *const context[] = { "left", "match", "right", NULL };
  SinkSchema *schema = sink_schema_new ("kwic");
  for (const char *const *c = text; *c != NULL; c++)
    sink_schema_add (schema, *c, SINK_TEXT);
  sink_schema_add (schema, "negated", SINK_INTEGER);
  for (const char *const *c = context; *c != NULL; c++)
    sink_schema_add (schema, *c, SINK_TEXT);
  return schema;
}

/* Sort the rows of T, once they are all in. */
static void
sort_rows (KwicTable *t)
{
  g_ptr_array_sort (t->rows, kwic_row_compare);
}

void
kwic_table_emit (KwicTable *t, Sink *sink)
{
  sort_rows (t);
  g_autoptr (SinkSchema) schema = kwic_table_schema ();
  sink_begin (sink, schema);
  for (guint i = 0; i < t->rows->len; i++)
    {
      const KwicRow *r = g_ptr_array_index (t->rows, i);
      g_autofree char *words = lex_entry_words (r->entry);
      g_autofree char *marker = lex_entry_marker (r->entry);
      sink_text (sink, r->group);
      sink_text (sink, r->id);
      sink_text (sink, ((const LexTopic *) g_ptr_array_index
                        (t->lexicon->topics, r->topic))->name);
      sink_text (sink, words);
      sink_text (sink, marker);
      sink_integer (sink, r->negated ? 1 : 0);
      sink_text (sink, r->ctx.left);
      sink_text (sink, r->ctx.match);
      sink_text (sink, r->ctx.right);
      sink_end_row (sink);
    }
}

gboolean
kwic_table_write (KwicTable *t, FILE *out, gboolean csv, GError **error)
{
  if (csv)
    {
      g_autoptr (Sink) sink = sink_csv_new (out);
      kwic_table_emit (t, sink);
      return sink_finish (sink, error);
    }
  sort_rows (t);
  /* A row that failed stops the rest: errno still says why. */
  for (guint i = 0; i < t->rows->len && !ferror (out); i++)
    {
      const KwicRow *r = g_ptr_array_index (t->rows, i);
      const char *topic = ((const LexTopic *) g_ptr_array_index (t->lexicon->topics,
                                                                 r->topic))->name;
      write_padded (out, r->ctx.left, t->width, TRUE);
      fprintf (out, "[%s]", r->ctx.match);
      write_padded (out, r->ctx.right, t->width, FALSE);
      fprintf (out, "  %s%s | %s | %s\n", topic, r->negated ? " (negated)" : "",
               r->group, r->id);
    }
  return framing_flush (out, error);
}
