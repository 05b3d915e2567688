/* gold.c - measuring a lexicon against hand-labelled sentences ("framing
 * lexicon --gold"): reading the gold file, matching each sentence,
 * precision, recall and F1 with bootstrap intervals, the sentences the
 * lexicon got wrong, suggested entries, and the text and CSV outputs.
 */
#include "config.h"

#include <errno.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "csv.h"
#include "fmt.h"
#include "framing.h"
#include "gold.h"
#include "input.h"
#include "match.h"
#include "profile.h"
#include "text.h"

/* ------------------------------------------------------------------ */
/* The gold set.                                                       */

/* Free one sentence. */
static void
sentence_free (GoldSentence *s)
{
  if (s == NULL)
    return;
  g_free (s->id);
  g_free (s->text);
  g_free (s->labels);
  g_free (s);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GoldSentence, sentence_free)

void
gold_set_free (GoldSet *set)
{
  if (set == NULL)
    return;
  g_free (set->file);
  g_ptr_array_unref (set->sentences);
  g_free (set->labelled);
  g_free (set);
}

/* An empty set of FILE for N_TOPICS topics. */
static GoldSet *
set_new (const char *file, guint n_topics)
{
  GoldSet *set = g_new0 (GoldSet, 1);
  set->file = g_strdup (file);
  set->sentences = g_ptr_array_new_with_free_func ((GDestroyNotify) sentence_free);
  set->n_topics = n_topics;
  set->labelled = g_new0 (gboolean, n_topics);
  return set;
}

/* What reading one gold file needs. */
typedef struct {
  const char *file;
  const FramingLexicon *lexicon;
  const char *text_field;
  const char *id_field;
  GoldSet *set;
} Reader;

/* The name of topic T of R's lexicon. */
static const char *
topic_name (const Reader *r, guint t)
{
  return ((const LexTopic *) r->lexicon->topics->pdata[t])->name;
}

/* A new sentence of R's set from line LINE (labels all unlabelled); it
 * takes TEXT and ID. */
static GoldSentence *
sentence_new (const Reader *r, guint line, char *text, char *id)
{
  GoldSentence *s = g_new0 (GoldSentence, 1);
  s->line = line;
  s->text = text;
  s->id = id != NULL ? id : g_strdup_printf ("%u", line);
  s->labels = g_new (guint8, r->set->n_topics);
  memset (s->labels, GOLD_UNLABELLED, r->set->n_topics);
  return s;
}

/* S, shortened to 20 characters with "..." when longer (newly allocated;
 * S valid UTF-8). */
static char *
shown_value (const char *s)
{
  if (g_utf8_strlen (s, -1) <= 20)
    return g_strdup (s);
  g_autofree char *head = g_utf8_substring (s, 0, 20);
  return g_strconcat (head, "...", NULL);
}

/* The label written as S ("0" or "1", white space around it allowed):
 * 0, 1, or -1 when it is neither. */
static int
label_of_string (const char *s)
{
  g_autofree char *t = g_strstrip (g_strdup (s));
  if (strcmp (t, "0") == 0)
    return 0;
  if (strcmp (t, "1") == 0)
    return 1;
  return -1;
}

/* The label in NODE (a number 0 or 1, a boolean, or the string "0" or
 * "1"): 0, 1, or -1. */
static int
label_of_node (JsonNode *node)
{
  if (!JSON_NODE_HOLDS_VALUE (node))
    return -1;
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_BOOLEAN:
      return json_node_get_boolean (node) ? 1 : 0;
    case G_TYPE_INT64:
      {
        gint64 v = json_node_get_int (node);
        return v == 0 || v == 1 ? (int) v : -1;
      }
    case G_TYPE_DOUBLE:
      {
        double v = json_node_get_double (node);
        return v == 0.0 || v == 1.0 ? (int) v : -1;
      }
    case G_TYPE_STRING:
      return label_of_string (json_node_get_string (node));
    default:
      return -1;
    }
}

/* Set ERROR for the label VALUE (as written) of topic NAME at LINE. */
static void
bad_label (const Reader *r, guint line, const char *name, const char *value,
           GError **error)
{
  g_autofree char *shown = shown_value (value);
  g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
               "%s:%u: label '%s' is %s, not 0 or 1", r->file, line, name, shown);
}

/* The id of a JSON record: the id member when it is a non-empty string
 * or a number, else NULL. */
static char *
json_id (JsonObject *obj, const char *field)
{
  JsonNode *node = json_object_get_member (obj, field);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return *json_node_get_string (node) != '\0'
             ? g_strdup (json_node_get_string (node)) : NULL;
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    case G_TYPE_DOUBLE:
      return g_strdup (g_ascii_dtostr (buf, sizeof buf, json_node_get_double (node)));
    default:
      return NULL;
    }
}

/* The labels of the JSON record OBJ at LINE into S; the first record
 * decides which topics are labelled. */
static gboolean
json_labels (Reader *r, JsonObject *obj, guint line, GoldSentence *s,
             GError **error)
{
  gboolean first = r->set->sentences->len == 0;
  for (guint t = 0; t < r->set->n_topics; t++)
    {
      const char *name = topic_name (r, t);
      JsonNode *node = json_object_get_member (obj, name);
      if (first)
        r->set->labelled[t] = node != NULL;
      if (!r->set->labelled[t])
        continue;
      if (node == NULL)
        {
          g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                       "%s:%u: no '%s' label (the first line has one)",
                       r->file, line, name);
          return FALSE;
        }
      int v = label_of_node (node);
      if (v < 0)
        {
          g_autofree char *text = json_to_string (node, FALSE);
          bad_label (r, line, name, text, error);
          return FALSE;
        }
      s->labels[t] = (guint8) v;
    }
  return TRUE;
}

/* Add the sentence of the JSON record OBJ at LINE. */
static gboolean
json_record (Reader *r, JsonObject *obj, guint line, GError **error)
{
  JsonNode *text = json_object_get_member (obj, r->text_field);
  if (text == NULL || !JSON_NODE_HOLDS_VALUE (text)
      || json_node_get_value_type (text) != G_TYPE_STRING)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   text == NULL ? "%s:%u: no '%s' field" : "%s:%u: '%s' is not a string",
                   r->file, line, r->text_field);
      return FALSE;
    }
  const char *str = json_node_get_string (text);
  if (!g_utf8_validate (str, -1, NULL))   /* a lone surrogate escape */
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s:%u: invalid UTF-8 in '%s'", r->file, line, r->text_field);
      return FALSE;
    }
  g_autoptr (GoldSentence) s = sentence_new (r, line, g_strdup (str),
                                             json_id (obj, r->id_field));
  if (!json_labels (r, obj, line, s, error))
    return FALSE;
  g_ptr_array_add (r->set->sentences, g_steal_pointer (&s));
  return TRUE;
}

/* Set ERROR for json-glib's parse error PERR at LINE. */
static void
bad_json (const Reader *r, guint line, const GError *perr, GError **error)
{
  guint column = 0;
  const char *detail = input_json_error_detail (perr->message, &column);
  if (column > 0)
    g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                 "%s:%u: bad JSON at column %u: %s", r->file, line, column, detail);
  else
    g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                 "%s:%u: bad JSON: %s", r->file, line, detail);
}

/* Whether the LEN bytes at S are only white space. */
static gboolean
is_blank (const char *s, gsize len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isspace (s[i]))
      return FALSE;
  return TRUE;
}

/* Set ERROR when the LEN bytes of line LINE are too long or not UTF-8. */
static gboolean
check_line (const Reader *r, const char *s, gsize len, guint line,
            const char *what, GError **error)
{
  if (len > GOLD_MAX_LINE_BYTES)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LIMIT,
                   "%s:%u: %s longer than %u MiB", r->file, line, what,
                   GOLD_MAX_LINE_BYTES >> 20);
      return FALSE;
    }
  if (!g_utf8_validate (s, (gssize) len, NULL))
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s:%u: invalid UTF-8", r->file, line);
      return FALSE;
    }
  return TRUE;
}

/* Add the sentence of the JSON line LINE (LEN bytes at S, no newline). */
static gboolean
json_line (Reader *r, JsonParser *parser, const char *s, gsize len,
           guint line, GError **error)
{
  if (len > 0 && s[len - 1] == '\r')
    len--;
  if (line == 1 && len >= 3 && memcmp (s, "\xEF\xBB\xBF", 3) == 0)
    {
      s += 3;   /* a BOM */
      len -= 3;
    }
  if (is_blank (s, len))
    return TRUE;
  if (!check_line (r, s, len, line, "line", error))
    return FALSE;
  if (!input_json_depth_ok (s, len))
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LIMIT,
                   "%s:%u: JSON nested deeper than %u levels", r->file, line,
                   FRAMING_MAX_JSON_DEPTH);
      return FALSE;
    }
  g_autoptr (GError) perr = NULL;
  if (!json_parser_load_from_data (parser, s, (gssize) len, &perr))
    {
      bad_json (r, line, perr, error);
      return FALSE;
    }
  JsonNode *root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s:%u: not a JSON object", r->file, line);
      return FALSE;
    }
  return json_record (r, json_node_get_object (root), line, error);
}

/* Read the LEN bytes at DATA as JSON Lines. */
static gboolean
parse_jsonl (Reader *r, const char *data, gsize len, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  guint line = 0;
  gsize pos = 0;
  while (pos < len)
    {
      const char *s = data + pos;
      const char *nl = memchr (s, '\n', len - pos);
      gsize n = nl != NULL ? (gsize) (nl - s) : len - pos;
      pos += n + 1;
      if (!json_line (r, parser, s, n, ++line, error))
        return FALSE;
    }
  return TRUE;
}

/* The index of the column NAME in HEADER, or -1. */
static int
column_of (const GPtrArray *header, const char *name)
{
  for (guint i = 0; i < header->len; i++)
    if (strcmp (g_ptr_array_index (header, i), name) == 0)
      return (int) i;
  return -1;
}

/* The columns of a CSV gold file: text, id (-1: none), and per topic its
 * label (-1: not labelled). */
typedef struct {
  int text;
  int id;
  int *labels;
  guint width;
} CsvColumns;

/* Find R's columns in HEADER (read at LINE). */
static gboolean
csv_columns (Reader *r, GPtrArray *header, guint line, CsvColumns *cols,
             GError **error)
{
  char *first = g_ptr_array_index (header, 0);
  if (g_str_has_prefix (first, "\xEF\xBB\xBF"))
    memmove (first, first + 3, strlen (first + 3) + 1);   /* a BOM */
  cols->width = header->len;
  cols->text = column_of (header, r->text_field);
  cols->id = column_of (header, r->id_field);
  if (cols->text < 0)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s:%u: no '%s' column", r->file, line, r->text_field);
      return FALSE;
    }
  cols->labels = g_new (int, r->set->n_topics);
  for (guint t = 0; t < r->set->n_topics; t++)
    {
      cols->labels[t] = column_of (header, topic_name (r, t));
      r->set->labelled[t] = cols->labels[t] >= 0;
    }
  return TRUE;
}

/* Check the size and the UTF-8 of the CSV record FIELDS at LINE. */
static gboolean
csv_check (const Reader *r, const GPtrArray *fields, const CsvColumns *cols,
           guint line, GError **error)
{
  if (fields->len != cols->width)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s:%u: %u fields, but the header has %u", r->file, line,
                   fields->len, cols->width);
      return FALSE;
    }
  gsize size = 0;
  for (guint i = 0; i < fields->len; i++)
    size += strlen (g_ptr_array_index (fields, i)) + 1;
  if (size > GOLD_MAX_LINE_BYTES)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LIMIT,
                   "%s:%u: record longer than %u MiB", r->file, line,
                   GOLD_MAX_LINE_BYTES >> 20);
      return FALSE;
    }
  for (guint i = 0; i < fields->len; i++)
    {
      const char *f = g_ptr_array_index (fields, i);
      if (!check_line (r, f, strlen (f), line, "record", error))
        return FALSE;
    }
  return TRUE;
}

/* Add the sentence of the CSV record FIELDS at LINE. */
static gboolean
csv_record (Reader *r, GPtrArray *fields, const CsvColumns *cols, guint line,
            GError **error)
{
  if (!csv_check (r, fields, cols, line, error))
    return FALSE;
  const char *id = cols->id >= 0 ? g_ptr_array_index (fields, cols->id) : "";
  g_autoptr (GoldSentence) s = sentence_new (r, line,
                                             g_strdup (g_ptr_array_index (fields, cols->text)),
                                             *id != '\0' ? g_strdup (id) : NULL);
  for (guint t = 0; t < r->set->n_topics; t++)
    {
      if (cols->labels[t] < 0)
        continue;
      const char *value = g_ptr_array_index (fields, cols->labels[t]);
      int v = label_of_string (value);
      if (v < 0)
        {
          g_autofree char *quoted = g_strdup_printf ("'%s'", value);
          bad_label (r, line, topic_name (r, t), quoted, error);
          return FALSE;
        }
      s->labels[t] = (guint8) v;
    }
  g_ptr_array_add (r->set->sentences, g_steal_pointer (&s));
  return TRUE;
}

/* Read the records of F, a CSV file whose header CSV_COLUMNS found. */
static gboolean
csv_records (Reader *r, FILE *f, guint *line, const CsvColumns *cols,
             GError **error)
{
  g_autoptr (GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  guint start;
  int got;
  while ((got = csv_read_record (f, line, fields, &start)) > 0)
    if (!csv_record (r, fields, cols, start, error))
      return FALSE;
  if (got < 0)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s:%u: quoted field not closed", r->file, start);
      return FALSE;
    }
  return TRUE;
}

/* Read the LEN bytes at DATA (LEN > 0) as CSV with a header row. */
static gboolean
parse_csv (Reader *r, const char *data, gsize len, GError **error)
{
  FILE *f = fmemopen ((void *) data, len, "r");
  if (f == NULL)
    g_error ("fmemopen: %s", g_strerror (errno));   /* out of memory */
  g_autoptr (GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  CsvColumns cols = { 0 };
  guint line = 1, start = 1;
  int got = csv_read_record (f, &line, header, &start);
  gboolean ok = got == 0 || (got > 0 && csv_columns (r, header, start, &cols, error)
                             && csv_records (r, f, &line, &cols, error));
  if (got < 0)
    g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                 "%s:%u: quoted field not closed", r->file, start);
  g_free (cols.labels);
  fclose (f);
  return ok && got >= 0;
}

/* The names of LEXICON's topics, ", " between them (newly allocated). */
static char *
topic_names (const FramingLexicon *lexicon)
{
  GString *s = g_string_new (NULL);
  for (guint t = 0; t < lexicon->topics->len; t++)
    g_string_append_printf (s, "%s%s", t > 0 ? ", " : "",
                            ((const LexTopic *) lexicon->topics->pdata[t])->name);
  return g_string_free (s, FALSE);
}

/* Set ERROR when SET has no sentence or no labelled topic. */
static gboolean
check_set (const GoldSet *set, const FramingLexicon *lexicon, GError **error)
{
  if (set->sentences->len == 0)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s: no sentence in the file", set->file);
      return FALSE;
    }
  for (guint t = 0; t < set->n_topics; t++)
    if (set->labelled[t])
      return TRUE;
  g_autofree char *names = topic_names (lexicon);
  g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
               "%s: no label field for any topic of the lexicons (%s)",
               set->file, names);
  return FALSE;
}

GoldSet *
gold_parse (const char *file, const char *data, gsize len, gboolean csv,
            const FramingLexicon *lexicon, const GoldOptions *opts,
            GError **error)
{
  g_autoptr (GoldSet) set = set_new (file, lexicon->topics->len);
  Reader r = {
    .file = file, .lexicon = lexicon, .set = set,
    .text_field = opts != NULL && opts->text_field != NULL ? opts->text_field : "text",
    .id_field = opts != NULL && opts->id_field != NULL ? opts->id_field : "id",
  };
  gboolean ok = len == 0 || (csv ? parse_csv (&r, data, len, error)
                                 : parse_jsonl (&r, data, len, error));
  if (!ok || !check_set (set, lexicon, error))
    return NULL;
  return g_steal_pointer (&set);
}

/* The contents of PATH, at most GOLD_MAX_FILE_BYTES (it may be a pipe). */
static GBytes *
read_capped (const char *path, GError **error)
{
  FILE *f = fopen (path, "rb");
  if (f == NULL)
    {
      int e = errno;
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO, "%s: cannot open: %s",
                   path, g_strerror (e));
      return NULL;
    }
  g_autoptr (GByteArray) buf = g_byte_array_new ();
  guint8 chunk[65536];
  size_t n;
  while (buf->len <= GOLD_MAX_FILE_BYTES && (n = fread (chunk, 1, sizeof chunk, f)) > 0)
    g_byte_array_append (buf, chunk, (guint) n);
  int e = errno;
  gboolean failed = ferror (f);
  fclose (f);
  if (failed)
    g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO, "%s: read error: %s",
                 path, g_strerror (e));
  else if (buf->len > GOLD_MAX_FILE_BYTES)
    g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LIMIT,
                 "%s: larger than %u MiB", path, GOLD_MAX_FILE_BYTES >> 20);
  if (failed || buf->len > GOLD_MAX_FILE_BYTES)
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&buf));
}

/* Whether PATH names a CSV file (its name ends in ".csv", any case). */
static gboolean
is_csv_name (const char *path)
{
  gsize n = strlen (path);
  return n >= 4 && g_ascii_strcasecmp (path + n - 4, ".csv") == 0;
}

GoldSet *
gold_load (const char *path, const FramingLexicon *lexicon,
           const GoldOptions *opts, GError **error)
{
  g_autoptr (GBytes) bytes = read_capped (path, error);
  if (bytes == NULL)
    return NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  return gold_parse (path, data, len, is_csv_name (path), lexicon, opts, error);
}

/* ------------------------------------------------------------------ */
/* Measures.                                                           */

double
gold_precision (guint tp, guint fp)
{
  return tp + fp > 0 ? (double) tp / (tp + fp) : NAN;
}

double
gold_recall (guint tp, guint fn)
{
  return tp + fn > 0 ? (double) tp / (tp + fn) : NAN;
}

double
gold_f1 (guint tp, guint fp, guint fn)
{
  return tp + fp + fn > 0 ? 2.0 * tp / (2.0 * tp + fp + fn) : NAN;
}

/* A sentence's state for one topic: label << 1 | flagged. */
enum { CELL_TN = 0, CELL_FP = 1, CELL_FN = 2, CELL_TP = 3 };

/* The interval of the finite values among the N of X (rearranged), into
 * CI: NAN when none is finite. */
static void
percentile_interval (double *x, guint n, double ci[2])
{
  guint m = 0;
  for (guint i = 0; i < n; i++)
    if (isfinite (x[i]))
      x[m++] = x[i];
  ci[0] = m > 0 ? profile_quantile_unsorted (x, m, 0.025) : NAN;
  ci[1] = m > 0 ? profile_quantile_unsorted (x, m, 0.975) : NAN;
}

/* Draw one bootstrap replicate of the N rows of K cells at CELLS from RNG
 * and count its cells per topic into C (4 per topic). */
static void
resample_counts (const guint8 *cells, guint n, guint k, ProfileRng *rng,
                 guint *c)
{
  memset (c, 0, sizeof (guint) * 4 * k);
  for (guint i = 0; i < n; i++)
    {
      const guint8 *row = cells + (gsize) profile_rng_below (rng, n) * k;
      for (guint j = 0; j < k; j++)
        c[4 * j + row[j]]++;
    }
}

/* The 95% percentile bootstrap intervals of TOPICS (K of them) from the
 * cells of N sentences (N rows of K at CELLS): RESAMPLES replicates of N
 * sentences drawn with replacement from a stream seeded with SEED; a
 * replicate where a measure is undefined does not count for it. */
static void
bootstrap (const guint8 *cells, guint n, guint k, guint resamples,
           guint64 seed, GoldTopic **topics)
{
  ProfileRng rng;
  profile_rng_seed (&rng, seed);
  gsize size = (gsize) k * resamples;
  g_autofree double *p = g_new (double, size);
  g_autofree double *rc = g_new (double, size);
  g_autofree double *f = g_new (double, size);
  g_autofree guint *c = g_new (guint, 4 * k);
  for (guint r = 0; r < resamples; r++)
    {
      resample_counts (cells, n, k, &rng, c);
      for (guint j = 0; j < k; j++)
        {
          const guint *cj = c + 4 * j;
          gsize at = (gsize) j * resamples + r;
          p[at] = gold_precision (cj[CELL_TP], cj[CELL_FP]);
          rc[at] = gold_recall (cj[CELL_TP], cj[CELL_FN]);
          f[at] = gold_f1 (cj[CELL_TP], cj[CELL_FP], cj[CELL_FN]);
        }
    }
  for (guint j = 0; j < k; j++)
    {
      gsize at = (gsize) j * resamples;
      percentile_interval (p + at, resamples, topics[j]->precision_ci);
      percentile_interval (rc + at, resamples, topics[j]->recall_ci);
      percentile_interval (f + at, resamples, topics[j]->f1_ci);
    }
}

/* The counts and point measures of topic TOPIC, column J of the N rows
 * of K cells at CELLS. */
static void
topic_measures (GoldTopic *topic, const guint8 *cells, guint n, guint k,
                guint j)
{
  guint c[4] = { 0 };
  for (guint i = 0; i < n; i++)
    c[cells[(gsize) i * k + j]]++;
  topic->tp = c[CELL_TP];
  topic->fp = c[CELL_FP];
  topic->fn = c[CELL_FN];
  topic->tn = c[CELL_TN];
  topic->positives = c[CELL_TP] + c[CELL_FN];
  topic->precision = gold_precision (topic->tp, topic->fp);
  topic->recall = gold_recall (topic->tp, topic->fn);
  topic->f1 = gold_f1 (topic->tp, topic->fp, topic->fn);
}

/* ------------------------------------------------------------------ */
/* The sentences the lexicon got wrong.                                */

/* Free one error. */
static void
error_free (GoldError *e)
{
  if (e == NULL)
    return;
  g_free (e->id);
  g_free (e->entries);
  g_free (e->marked);
  g_free (e);
}

/* The text of TOKS with the hits of topic T in HITS marked: [[hit]], or
 * [[~hit]] when negated; control characters as spaces. */
static char *
mark_hits (const FramingTokens *toks, const GArray *hits, guint t)
{
  g_autoptr (GString) s = g_string_new (NULL);
  const char *text = toks->text->str;
  guint32 at = 0;
  for (guint i = 0; i < hits->len; i++)
    {
      const MatchHit *h = &g_array_index (hits, MatchHit, i);
      if (h->topic != t)
        continue;
      guint32 start = g_array_index (toks->tokens, FramingToken, h->first).start;
      guint32 end = g_array_index (toks->tokens, FramingToken,
                                   h->first + h->n_tokens - 1).end;
      g_string_append_len (s, text + at, start - at);
      g_string_append (s, h->negated ? "[[~" : "[[");
      g_string_append_len (s, text + start, end - start);
      g_string_append (s, "]]");
      at = end;
    }
  g_string_append_len (s, text + at, (gssize) (toks->text->len - at));
  return fmt_clean_text (s->str);
}

/* The spellings of the entries of topic T of LEXICON that HITS holds with
 * negation NEGATED, in text order, each once, "; " between them. */
static char *
hit_entries (const FramingLexicon *lexicon, const GArray *hits, guint t,
             gboolean negated)
{
  const LexTopic *topic = lexicon->topics->pdata[t];
  g_autoptr (GPtrArray) seen = g_ptr_array_new ();
  g_autoptr (GString) s = g_string_new (NULL);
  for (guint i = 0; i < hits->len; i++)
    {
      const MatchHit *h = &g_array_index (hits, MatchHit, i);
      if (h->topic != t || !h->negated != !negated)
        continue;
      const LexEntry *e = topic->entries->pdata[h->entry];
      if (g_ptr_array_find (seen, e, NULL))
        continue;
      g_ptr_array_add (seen, (gpointer) e);
      g_string_append_printf (s, "%s%s", s->len > 0 ? "; " : "", e->spelling);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* A false hit (KIND GOLD_FALSE_HIT) or a miss of topic T of sentence S,
 * whose tokens are TOKS and hits HITS. */
static GoldError *
error_new (GoldErrorKind kind, const GoldSentence *s, const FramingLexicon *lexicon,
           const FramingTokens *toks, const GArray *hits, guint t)
{
  GoldError *e = g_new0 (GoldError, 1);
  e->kind = kind;
  e->id = g_strdup (s->id);
  e->entries = hit_entries (lexicon, hits, t, kind == GOLD_MISS);
  e->marked = mark_hits (toks, hits, t);
  return e;
}

/* ------------------------------------------------------------------ */
/* The stems of the sentences, for the suggestions.                    */

/* A stem of a sentence and the first form of it there. */
typedef struct {
  guint stem;        /* index into Vocab.stems */
  const char *form;  /* in Vocab.chunk */
} VocabWord;

/* Every distinct stem, and the distinct stems of each sentence. */
typedef struct {
  GStringChunk *chunk;  /* the stems and forms */
  GHashTable *ids;      /* stem -> index + 1 */
  GPtrArray *stems;     /* char*, in chunk */
  GArray *last;         /* guint per stem: the last sentence + 1 with it */
  GArray *words;        /* VocabWord, sentence after sentence */
  GArray *starts;       /* guint per sentence, and one past the last:
                           where its words start in words */
} Vocab;

/* An empty vocabulary. */
static void
vocab_init (Vocab *v)
{
  v->chunk = g_string_chunk_new (1 << 14);
  v->ids = g_hash_table_new (g_str_hash, g_str_equal);
  v->stems = g_ptr_array_new ();
  v->last = g_array_new (FALSE, FALSE, sizeof (guint));
  v->words = g_array_new (FALSE, FALSE, sizeof (VocabWord));
  v->starts = g_array_new (FALSE, FALSE, sizeof (guint));
  guint zero = 0;
  g_array_append_val (v->starts, zero);
}

/* Free what V holds. */
static void
vocab_clear (Vocab *v)
{
  g_string_chunk_free (v->chunk);
  g_hash_table_unref (v->ids);
  g_ptr_array_unref (v->stems);
  g_array_unref (v->last);
  g_array_unref (v->words);
  g_array_unref (v->starts);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Vocab, vocab_clear)

/* The index of STEM in V, added if new. */
static guint
vocab_id (Vocab *v, const char *stem)
{
  guint id = GPOINTER_TO_UINT (g_hash_table_lookup (v->ids, stem));
  if (id > 0)
    return id - 1;
  char *copy = g_string_chunk_insert (v->chunk, stem);
  g_ptr_array_add (v->stems, copy);
  g_hash_table_insert (v->ids, copy, GUINT_TO_POINTER (v->stems->len));
  guint none = 0;
  g_array_append_val (v->last, none);
  return v->stems->len - 1;
}

/* Add the distinct stems of sentence I, whose tokens are TOKS. */
static void
vocab_add (Vocab *v, FramingStemmer *stemmer, const FramingTokens *toks,
           guint i)
{
  for (guint k = 0; k < toks->tokens->len; k++)
    {
      const char *form = text_token_form (toks, k);
      guint id = vocab_id (v, stem_word (stemmer, form, -1));
      if (g_array_index (v->last, guint, id) == i + 1)
        continue;
      g_array_index (v->last, guint, id) = i + 1;
      VocabWord w = { id, g_string_chunk_insert_const (v->chunk, form) };
      g_array_append_val (v->words, w);
    }
  guint end = v->words->len;
  g_array_append_val (v->starts, end);
}

/* The stems of the plain words of TOPIC's entries, as a set. */
static GHashTable *
entry_stems (const LexTopic *topic)
{
  GHashTable *keys = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint e = 0; e < topic->entries->len; e++)
    {
      const LexEntry *entry = topic->entries->pdata[e];
      for (guint w = 0; w < entry->n_words; w++)
        if (entry->words[w].kind == LEX_WORD_STEM)
          g_hash_table_add (keys, entry->words[w].key);
    }
  return keys;
}

/* Whether STEM may be suggested: long enough, and not all digits. */
static gboolean
stem_acceptable (const char *stem)
{
  if (strlen (stem) < GOLD_MIN_STEM_BYTES)
    return FALSE;
  for (const char *p = stem; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isdigit (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* Largest z first, then more misses, then the stem's bytes. */
static gint
suggestion_cmp (gconstpointer a, gconstpointer b)
{
  const GoldSuggestion *x = a, *y = b;
  if (x->z != y->z)
    return x->z > y->z ? -1 : 1;
  if (x->misses != y->misses)
    return x->misses > y->misses ? -1 : 1;
  return strcmp (x->stem, y->stem);
}

/* Free what a suggestion holds. */
static void
suggestion_clear (gpointer p)
{
  GoldSuggestion *s = p;
  g_free (s->stem);
  g_free (s->form);
}

/* Per stem of V: missed sentences and negative sentences with it, the
 * first form in a missed one; column J of the N rows of K CELLS. */
typedef struct {
  guint *misses;
  guint *negatives;
  const char **forms;
  guint64 n_misses;    /* stems of the missed sentences, each once a
                          sentence (the size of their binary bag of words) */
  guint64 n_negatives; /* the same of the sentences labelled 0 */
} StemCounts;

/* Count the stems of V's sentences for column J of CELLS into C. */
static void
stem_counts (const Vocab *v, const guint8 *cells, guint n, guint k, guint j,
             StemCounts *c)
{
  guint n_stems = v->stems->len;
  c->misses = g_new0 (guint, n_stems);
  c->negatives = g_new0 (guint, n_stems);
  c->forms = g_new0 (const char *, n_stems);
  c->n_misses = c->n_negatives = 0;
  for (guint i = 0; i < n; i++)
    {
      guint8 cell = cells[(gsize) i * k + j];
      gboolean miss = cell == CELL_FN, negative = cell == CELL_TN || cell == CELL_FP;
      if (!miss && !negative)
        continue;
      guint from = g_array_index (v->starts, guint, i);
      guint to = g_array_index (v->starts, guint, i + 1);
      *(miss ? &c->n_misses : &c->n_negatives) += to - from;
      for (guint w = from; w < to; w++)
        {
          const VocabWord *word = &g_array_index (v->words, VocabWord, w);
          (miss ? c->misses : c->negatives)[word->stem]++;
          if (miss && c->forms[word->stem] == NULL)
            c->forms[word->stem] = word->form;
        }
    }
}

/* Free what C holds. */
static void
stem_counts_clear (StemCounts *c)
{
  g_free (c->misses);
  g_free (c->negatives);
  g_free (c->forms);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StemCounts, stem_counts_clear)

/* The suggested entries of TOPIC, column J of the N rows of K CELLS: the
 * stems over-represented in its missed sentences against its negative
 * ones by the log-odds z of profile.c with the prior PROFILE_PRIOR, z > 0,
 * largest first.  Each sentence counts as the set of its stems (a binary
 * bag of words): y is the number of sentences with the stem, n the sum of
 * the sentences' distinct stems, so that one sentence repeating a word
 * weighs no more than one that has it once. */
static GArray *
suggest (const Vocab *v, const LexTopic *topic, const guint8 *cells,
         guint n, guint k, guint j)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (GoldSuggestion));
  g_array_set_clear_func (out, suggestion_clear);
  g_auto (StemCounts) c = { 0 };
  stem_counts (v, cells, n, k, j, &c);
  g_autoptr (GHashTable) keys = entry_stems (topic);
  for (guint s = 0; s < v->stems->len; s++)
    {
      const char *stem = v->stems->pdata[s];
      if (c.misses[s] < GOLD_MIN_MISSES || !stem_acceptable (stem)
          || g_hash_table_contains (keys, stem))
        continue;
      double z = profile_log_odds_z (c.misses[s], (double) c.n_misses,
                                     c.negatives[s], (double) c.n_negatives,
                                     PROFILE_PRIOR);
      if (!(z > 0.0))
        continue;
      GoldSuggestion g = { g_strdup (stem), g_strdup (c.forms[s]), z,
                           c.misses[s], c.negatives[s] };
      g_array_append_val (out, g);
    }
  g_array_sort (out, suggestion_cmp);
  return out;
}

/* ------------------------------------------------------------------ */
/* Evaluation.                                                         */

/* Free one topic's measures. */
static void
topic_free (GoldTopic *topic)
{
  if (topic == NULL)
    return;
  g_free (topic->name);
  g_ptr_array_unref (topic->false_hits);
  g_ptr_array_unref (topic->misses);
  g_array_unref (topic->suggestions);
  g_free (topic);
}

void
gold_result_free (GoldResult *result)
{
  if (result == NULL)
    return;
  g_free (result->file);
  g_ptr_array_unref (result->topics);
  g_free (result);
}

/* An empty result for SET's labelled topics of LEXICON; their lexicon
 * indexes go to INDEX. */
static GoldResult *
result_new (const GoldSet *set, const FramingLexicon *lexicon, guint window,
            guint resamples, GArray *index)
{
  GoldResult *result = g_new0 (GoldResult, 1);
  result->file = g_strdup (set->file);
  result->sentences = set->sentences->len;
  result->window = window;
  result->resamples = resamples;
  result->topics = g_ptr_array_new_with_free_func ((GDestroyNotify) topic_free);
  for (guint t = 0; t < set->n_topics; t++)
    {
      if (!set->labelled[t])
        continue;
      GoldTopic *topic = g_new0 (GoldTopic, 1);
      topic->name = g_strdup (((const LexTopic *) lexicon->topics->pdata[t])->name);
      topic->false_hits = g_ptr_array_new_with_free_func ((GDestroyNotify) error_free);
      topic->misses = g_ptr_array_new_with_free_func ((GDestroyNotify) error_free);
      g_ptr_array_add (result->topics, topic);
      g_array_append_val (index, t);
    }
  return result;
}

/* Whether HITS hold a hit of topic T that is not negated. */
static gboolean
flagged (const GArray *hits, guint t)
{
  for (guint i = 0; i < hits->len; i++)
    {
      const MatchHit *h = &g_array_index (hits, MatchHit, i);
      if (h->topic == t && !h->negated)
        return TRUE;
    }
  return FALSE;
}

/* The cells of sentence S (K of them, one per topic of RESULT, whose
 * lexicon indexes INDEX has) into ROW, keeping its errors. */
static void
judge_sentence (GoldResult *result, const GArray *index,
                const FramingLexicon *lexicon, const GoldSentence *s,
                const FramingTokens *toks, const GArray *hits, guint8 *row)
{
  for (guint j = 0; j < index->len; j++)
    {
      guint t = g_array_index (index, guint, j);
      GoldTopic *topic = result->topics->pdata[j];
      row[j] = (guint8) (s->labels[t] << 1 | (flagged (hits, t) ? 1 : 0));
      if (row[j] == CELL_FP)
        g_ptr_array_add (topic->false_hits,
                         error_new (GOLD_FALSE_HIT, s, lexicon, toks, hits, t));
      else if (row[j] == CELL_FN)
        g_ptr_array_add (topic->misses,
                         error_new (GOLD_MISS, s, lexicon, toks, hits, t));
    }
}

GoldResult *
gold_evaluate (const GoldSet *set, const FramingLexicon *lexicon,
               FramingStemmer *stemmer, guint window, guint resamples,
               guint64 seed)
{
  resamples = resamples > 0 ? resamples : GOLD_RESAMPLES;
  g_autoptr (GArray) index = g_array_new (FALSE, FALSE, sizeof (guint));
  GoldResult *result = result_new (set, lexicon, window, resamples, index);
  guint n = set->sentences->len, k = index->len;
  g_autofree guint8 *cells = g_new (guint8, (gsize) n * k);
  g_autoptr (Matcher) matcher = matcher_new (lexicon, stemmer, NULL);
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (MatchHit));
  g_auto (Vocab) vocab = { 0 };
  vocab_init (&vocab);
  for (guint i = 0; i < n; i++)
    {
      const GoldSentence *s = set->sentences->pdata[i];
      text_tokenize (toks, s->text, -1);
      matcher_run (matcher, toks, window, hits);
      judge_sentence (result, index, lexicon, s, toks, hits, cells + (gsize) i * k);
      vocab_add (&vocab, stemmer, toks, i);
    }
  for (guint j = 0; j < k; j++)
    {
      GoldTopic *topic = result->topics->pdata[j];
      topic_measures (topic, cells, n, k, j);
      topic->suggestions = suggest (&vocab, lexicon->topics->pdata[g_array_index (index, guint, j)],
                                    cells, n, k, j);
    }
  bootstrap (cells, n, k, resamples, seed, (GoldTopic **) result->topics->pdata);
  return result;
}

/* ------------------------------------------------------------------ */
/* Outputs.                                                            */

/* Flush OUT and turn a write error into ERROR. */
static gboolean
finish_write (FILE *out, GError **error)
{
  if (fflush (out) == 0 && !ferror (out))
    return TRUE;
  int e = errno;
  g_set_error (error, FRAMING_ERROR,
               e == EPIPE ? FRAMING_ERROR_BROKEN_PIPE : FRAMING_ERROR_IO,
               "write error: %s", g_strerror (e));
  return FALSE;
}

/* Write S and spaces up to WIDTH columns (one per code point). */
static void
write_padded (FILE *out, const char *s, guint width)
{
  glong n = g_utf8_strlen (s, -1);
  fprintf (out, "%s%*s", s, n < (glong) width ? (int) (width - (guint) n) : 0, "");
}

/* "0.72 (0.62-0.81)", "0.72 (n/a)" without an interval, or "n/a". */
static char *
measure_cell (double v, const double ci[2])
{
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE], c[G_ASCII_DTOSTR_BUF_SIZE];
  if (!isfinite (v))
    return g_strdup ("n/a");
  if (!isfinite (ci[0]) || !isfinite (ci[1]))
    return g_strdup_printf ("%s (n/a)", fmt_fixed (a, v, 2, FALSE));
  return g_strdup_printf ("%s (%s-%s)", fmt_fixed (a, v, 2, FALSE),
                          fmt_fixed (b, ci[0], 2, FALSE), fmt_fixed (c, ci[1], 2, FALSE));
}

/* The lines above the table: the file, negation, what counts. */
static void
write_header (FILE *out, const GoldResult *r)
{
  g_autofree char *file = fmt_clean_text (r->file);
  g_autofree char *n = fmt_count_noun (r->sentences, "sentence", "sentences");
  g_autofree char *win = fmt_count_noun (r->window, "token", "tokens");
  fprintf (out, "Gold file:        %s (%s)\n", file, n);
  if (r->window > 0)
    fprintf (out, "Negation window:  %s (a negated hit flags nothing)\n", win);
  else
    fprintf (out, "Negation window:  0 (off: every hit flags its sentence)\n");
  fprintf (out, "Flagged:          a sentence with a hit of the topic that is not negated\n"
           "Intervals:        95%% percentile bootstrap over the sentences, %u resamples\n\n",
           r->resamples);
}

/* The widest topic name of R, at least 5. */
static guint
topic_width (const GoldResult *r)
{
  guint w = 5;
  for (guint j = 0; j < r->topics->len; j++)
    w = MAX (w, (guint) g_utf8_strlen (((GoldTopic *) r->topics->pdata[j])->name, -1));
  return w;
}

/* One row of the table. */
static void
write_row (FILE *out, const GoldTopic *t, guint width)
{
  g_autofree char *p = measure_cell (t->precision, t->precision_ci);
  g_autofree char *rc = measure_cell (t->recall, t->recall_ci);
  g_autofree char *f = measure_cell (t->f1, t->f1_ci);
  g_autofree char *name = fmt_clean_text (t->name);
  write_padded (out, name, width);
  fprintf (out, " %9u %5u %5u %5u  ", t->positives, t->tp, t->fp, t->fn);
  write_padded (out, p, 18);
  fputs ("  ", out);
  write_padded (out, rc, 18);
  fprintf (out, "  %s\n", f);
}

/* The table, one row per topic, and how to read it. */
static void
write_table (FILE *out, const GoldResult *r)
{
  guint width = topic_width (r);
  write_padded (out, "topic", width);
  fprintf (out, " %9s %5s %5s %5s  %-18s  %-18s  %s\n", "positives", "TP", "FP",
           "FN", "precision (95% CI)", "recall (95% CI)", "F1 (95% CI)");
  for (guint j = 0; j < r->topics->len; j++)
    write_row (out, r->topics->pdata[j], width);
  fputs ("\nPositives: sentences labelled 1.  TP: flagged and labelled 1; FP: flagged\n"
         "but labelled 0 (false hits); FN: labelled 1 but not flagged (misses).\n"
         "Precision = TP / (TP + FP): how often a flag is right.  Recall = TP / (TP +\n"
         "FN): how many of the positives are found.  F1: their harmonic mean.\n"
         "n/a: nothing to divide by.\n", out);
}

/* How many of N items a list with limit EXAMPLES (0: all) shows. */
static guint
shown_count (guint n, guint examples)
{
  return examples > 0 && examples < n ? examples : n;
}

/* "(2 sentences)" or "(the first 10 of 24 sentences)". */
static char *
count_note (guint shown, guint n, const char *one, const char *many)
{
  g_autofree char *all = fmt_count_noun (n, one, many);
  if (shown == n)
    return g_strdup_printf ("(%s)", all);
  return g_strdup_printf ("(the first %u of %s)", shown, all);
}

/* The errors ERRORS (a list titled TITLE, at most EXAMPLES of them),
 * each with its id, marked text and entries, introduced by LABEL. */
static void
write_errors (FILE *out, const GPtrArray *errors, const char *title,
              const char *label, guint examples)
{
  guint shown = shown_count (errors->len, examples);
  g_autofree char *note = count_note (shown, errors->len, "sentence", "sentences");
  fprintf (out, "  %s %s%s\n", title, note, errors->len > 0 ? ":" : "");
  guint width = 0;
  for (guint i = 0; i < shown; i++)
    width = MAX (width, (guint) g_utf8_strlen (((GoldError *) errors->pdata[i])->id, -1));
  for (guint i = 0; i < shown; i++)
    {
      const GoldError *e = errors->pdata[i];
      g_autofree char *id = fmt_clean_text (e->id);
      fputs ("    ", out);
      write_padded (out, id, width);
      fprintf (out, "  %s\n", e->marked);
      if (*e->entries != '\0')
        fprintf (out, "    %*s  %s %s\n", (int) width, "", label, e->entries);
    }
}

/* The suggested entries of T, at most EXAMPLES of them. */
static void
write_suggestions (FILE *out, const GoldTopic *t, guint examples)
{
  guint shown = shown_count (t->suggestions->len, examples);
  if (shown == 0)
    {
      fprintf (out, "  suggested entries: none (no word of the misses stands out)\n");
      return;
    }
  g_autofree char *note = count_note (shown, t->suggestions->len, "stem", "stems");
  fprintf (out, "  suggested entries %s:\n"
           "    stems frequent in the misses and rare in the sentences labelled 0: hints\n"
           "    to read in context (framing kwic) before adding any entry\n"
           "         z  misses  negatives  stem              example\n", note);
  for (guint i = 0; i < shown; i++)
    {
      const GoldSuggestion *s = &g_array_index (t->suggestions, GoldSuggestion, i);
      char z[G_ASCII_DTOSTR_BUF_SIZE];
      fprintf (out, "    %6s  %6u  %9u  ", fmt_fixed (z, s->z, 2, FALSE), s->misses,
               s->negatives);
      write_padded (out, s->stem, 16);
      fprintf (out, "  %s\n", s->form);
    }
}

/* The section of topic T: false hits, misses, suggestions. */
static void
write_topic (FILE *out, const GoldTopic *t, guint examples)
{
  g_autofree char *name = fmt_clean_text (t->name);
  fprintf (out, "\n%s\n", name);
  write_errors (out, t->false_hits, "false hits: flagged but labelled 0", "entries:",
                examples);
  write_errors (out, t->misses, "misses: labelled 1 but not flagged", "negated:",
                examples);
  write_suggestions (out, t, examples);
}

gboolean
gold_write_text (FILE *out, const GoldResult *result, guint examples,
                 GError **error)
{
  write_header (out, result);
  write_table (out, result);
  for (guint j = 0; j < result->topics->len; j++)
    write_topic (out, result->topics->pdata[j], examples);
  return finish_write (out, error);
}

/* The gold table: one row per topic. */
static void
csv_gold (CsvWriter *w, const GoldResult *r)
{
  static const char *const names[] = {
    "topic", "sentences", "positives", "tp", "fp", "fn", "tn",
    "precision", "precision_low", "precision_high", "recall", "recall_low",
    "recall_high", "f1", "f1_low", "f1_high", NULL
  };
  csv_header (w, names);
  for (guint j = 0; j < r->topics->len; j++)
    {
      const GoldTopic *t = r->topics->pdata[j];
      csv_text (w, t->name);
      const guint counts[] = { r->sentences, t->positives, t->tp, t->fp, t->fn, t->tn };
      for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
        csv_uint (w, counts[i]);
      const double m[] = { t->precision, t->precision_ci[0], t->precision_ci[1],
                           t->recall, t->recall_ci[0], t->recall_ci[1],
                           t->f1, t->f1_ci[0], t->f1_ci[1] };
      for (guint i = 0; i < G_N_ELEMENTS (m); i++)
        csv_number (w, m[i]);
      csv_end_row (w);
    }
}

/* The rows of ERRORS of topic TOPIC. */
static void
csv_error_rows (CsvWriter *w, const char *topic, const GPtrArray *errors)
{
  for (guint i = 0; i < errors->len; i++)
    {
      const GoldError *e = errors->pdata[i];
      csv_text (w, topic);
      csv_text (w, e->kind == GOLD_FALSE_HIT ? "false_hit" : "miss");
      csv_text (w, e->id);
      csv_text (w, e->entries);
      csv_text (w, e->marked);
      csv_end_row (w);
    }
}

/* The gold-errors table: every false hit, then every miss, per topic. */
static void
csv_errors (CsvWriter *w, const GoldResult *r)
{
  static const char *const names[] = { "topic", "kind", "id", "entries", "text_marked", NULL };
  csv_header (w, names);
  for (guint j = 0; j < r->topics->len; j++)
    {
      const GoldTopic *t = r->topics->pdata[j];
      csv_error_rows (w, t->name, t->false_hits);
      csv_error_rows (w, t->name, t->misses);
    }
}

/* The gold-suggestions table: every suggestion per topic. */
static void
csv_suggestions (CsvWriter *w, const GoldResult *r)
{
  static const char *const names[] = { "topic", "stem", "form", "z", "misses", "negatives", NULL };
  csv_header (w, names);
  for (guint j = 0; j < r->topics->len; j++)
    {
      const GoldTopic *t = r->topics->pdata[j];
      for (guint i = 0; i < t->suggestions->len; i++)
        {
          const GoldSuggestion *s = &g_array_index (t->suggestions, GoldSuggestion, i);
          csv_text (w, t->name);
          csv_text (w, s->stem);
          csv_text (w, s->form);
          csv_number (w, s->z);
          csv_uint (w, s->misses);
          csv_uint (w, s->negatives);
          csv_end_row (w);
        }
    }
}

gboolean
gold_table_known (const char *name)
{
  return g_strcmp0 (name, "gold") == 0 || g_strcmp0 (name, "gold-errors") == 0
         || g_strcmp0 (name, "gold-suggestions") == 0;
}

gboolean
gold_write_csv (FILE *out, const char *table, const GoldResult *result,
                GError **error)
{
  g_return_val_if_fail (gold_table_known (table), FALSE);
  g_autoptr (CsvWriter) w = csv_writer_new (out);
  if (strcmp (table, "gold") == 0)
    csv_gold (w, result);
  else if (strcmp (table, "gold-errors") == 0)
    csv_errors (w, result);
  else
    csv_suggestions (w, result);
  gboolean flushed = csv_writer_flush (w);
  int e = errno;
  if (!flushed)
    {
      g_set_error (error, FRAMING_ERROR,
                   e == EPIPE ? FRAMING_ERROR_BROKEN_PIPE : FRAMING_ERROR_IO,
                   "write error: %s", g_strerror (e));
      return FALSE;
    }
  return finish_write (out, error);
}
