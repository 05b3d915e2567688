/* gold-read.c - reading the gold file of "framing lexicon --gold": JSON
 * Lines or CSV with a header row, the text, id and 0/1 label fields of
 * each record, and the limits on the file and its lines (gold.h).
 */
#include "config.h"

#include <errno.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "csv.h"
#include "framing.h"
#include "gold.h"
#include "input.h"

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

/* Free SET and its sentences; NULL: no-op. */
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

/* The name of topic T of LEXICON. */
static const char *
topic_name (const FramingLexicon *lexicon, guint t)
{
  return ((const LexTopic *) lexicon->topics->pdata[t])->name;
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

/* The label of topic T in the JSON record OBJ at LINE into S. */
static gboolean
json_label (const Reader *r, JsonObject *obj, guint line, guint t,
            GoldSentence *s, GError **error)
{
  const char *name = topic_name (r->lexicon, t);
  JsonNode *node = json_object_get_member (obj, name);
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
  return TRUE;
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
      if (first)
        r->set->labelled[t] = json_object_get_member (obj, topic_name (r->lexicon, t)) != NULL;
      if (r->set->labelled[t] && !json_label (r, obj, line, t, s, error))
        return FALSE;
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

/* Set ERROR for WHAT ("line" or "record") at LINE, longer than
 * GOLD_MAX_LINE_BYTES. */
static void
too_long (const Reader *r, guint line, const char *what, GError **error)
{
  g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LIMIT,
               "%s:%u: %s longer than %u MiB", r->file, line, what,
               GOLD_MAX_LINE_BYTES >> 20);
}

/* Set ERROR when the LEN bytes of line LINE are too long or not UTF-8. */
static gboolean
check_line (const Reader *r, const char *s, gsize len, guint line,
            const char *what, GError **error)
{
  if (len > GOLD_MAX_LINE_BYTES)
    {
      too_long (r, line, what, error);
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

/* Drop a carriage return at the end of the LEN bytes at *S and, on line
 * LINE 1, a BOM at their start. */
static void
trim_line (const char **s, gsize *len, guint line)
{
  if (*len > 0 && (*s)[*len - 1] == '\r')
    (*len)--;
  if (line == 1 && *len >= 3 && memcmp (*s, "\xEF\xBB\xBF", 3) == 0)
    {
      *s += 3;   /* a BOM */
      *len -= 3;
    }
}

/* The object on line LINE (LEN bytes at S) parsed by PARSER, valid until
 * its next parse, or NULL. */
static JsonObject *
line_object (const Reader *r, JsonParser *parser, const char *s,
                     gsize len, guint line, GError **error)
{
  if (!input_json_depth_ok (s, len))
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LIMIT,
                   "%s:%u: JSON nested deeper than %u levels", r->file, line,
                   FRAMING_MAX_JSON_DEPTH);
      return NULL;
    }
  g_autoptr (GError) perr = NULL;
  if (!json_parser_load_from_data (parser, s, (gssize) len, &perr))
    {
      bad_json (r, line, perr, error);
      return NULL;
    }
  JsonNode *root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s:%u: not a JSON object", r->file, line);
      return NULL;
    }
  return json_node_get_object (root);
}

/* Add the sentence of the JSON line LINE (LEN bytes at S, no newline). */
static gboolean
json_line (Reader *r, JsonParser *parser, const char *s, gsize len,
           guint line, GError **error)
{
  trim_line (&s, &len, line);
  if (is_blank (s, len))
    return TRUE;
  if (!check_line (r, s, len, line, "line", error))
    return FALSE;
  JsonObject *obj = line_object (r, parser, s, len, line, error);
  return obj != NULL && json_record (r, obj, line, error);
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
      cols->labels[t] = column_of (header, topic_name (r->lexicon, t));
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
      too_long (r, line, "record", error);
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

/* The labels of the CSV record FIELDS at LINE into S. */
static gboolean
csv_labels (const Reader *r, const GPtrArray *fields, const CsvColumns *cols,
            guint line, GoldSentence *s, GError **error)
{
  for (guint t = 0; t < r->set->n_topics; t++)
    {
      if (cols->labels[t] < 0)
        continue;
      const char *value = g_ptr_array_index (fields, cols->labels[t]);
      int v = label_of_string (value);
      if (v < 0)
        {
          g_autofree char *quoted = g_strdup_printf ("'%s'", value);
          bad_label (r, line, topic_name (r->lexicon, t), quoted, error);
          return FALSE;
        }
      s->labels[t] = (guint8) v;
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
  if (!csv_labels (r, fields, cols, line, s, error))
    return FALSE;
  g_ptr_array_add (r->set->sentences, g_steal_pointer (&s));
  return TRUE;
}

/* Set ERROR for a quoted field opened at LINE and never closed. */
static void
unclosed_quote (const Reader *r, guint line, GError **error)
{
  g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
               "%s:%u: quoted field not closed", r->file, line);
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
      unclosed_quote (r, start, error);
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
    unclosed_quote (r, start, error);
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
    g_string_append_printf (s, "%s%s", t > 0 ? ", " : "", topic_name (lexicon, t));
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

/* The gold set in the LEN bytes at DATA, JSON Lines or CSV. */
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

/* The gold set in the file PATH, CSV when its name says so. */
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
