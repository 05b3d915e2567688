/* injson.c - JSON Lines files: one article a line (framing(1), INPUT,
 * and the JSON Lines options).
 *
 * Lines are read from the open stream one at a time, at most
 * FRAMING_MAX_ARTICLE_BYTES each; a file that begins with a UTF-16 byte
 * order mark is decoded into UTF-8 as it is read (utf8fix.c).  A flat object is read by the fast
 * parser of jsonline.c; anything else (nesting, a numeric id, escapes
 * it leaves alone) by json-glib, after a check of its depth.  Both paths
 * take their fields through the same names (field_names ()): the text
 * from "text", "content" or "body", the outlet from "outlet" or
 * "source", the id from "id" and the title from "title", unless an
 * option names the one field to take.  Other string members become
 * metadata.  Also the helpers for other readers of JSON lines
 * (input_json_depth_ok (), input_json_error_detail ()).
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include "input-private.h"

#include "framing.h"

#include <errno.h>
#include <string.h>

struct _Jsonl {
  Stream s;
  char *fs;              /* FILE for messages and where */
  char *id;              /* FILE for FILE:LINE ids */
  char *subdir;
  char *buf;             /* the bytes read */
  const char *data;      /* the UTF-8 lines are cut from: buf, or dec */
  gsize pos, end;        /* of data */
  gboolean eof;
  gboolean started;      /* the first bytes were looked at for a BOM */
  Utf16Decoder u16;      /* a UTF-16 file (u16.order), decoded into dec */
  GString *dec;
  guint bad_utf16;       /* lone surrogates replaced in the whole file */
  GString *line;
  guint lineno;
  guint bad_utf8;        /* replacements in the whole file */
};

/* Closes the open JSON Lines file, with its UTF-8 warning. */
void
jsonl_close (InputReader *r)
{
  Jsonl *j = r->jsonl;
  if (j == NULL)
    return;
  reader_warn_utf8 (r, j->fs, j->bad_utf8);
  if (j->bad_utf16 > 0)
    reader_warn (r, "%s: %u invalid UTF-16 sequences replaced", j->fs,
                 j->bad_utf16);
  r->bytes_done += j->s.raw;
  r->bytes_cur = 0;
  stream_close (&j->s);
  g_free (j->fs);
  g_free (j->id);
  g_free (j->subdir);
  g_free (j->buf);
  if (j->dec != NULL)
    g_string_free (j->dec, TRUE);
  g_string_free (j->line, TRUE);
  g_free (j);
  r->jsonl = NULL;
}

/* Opens FS (NULL: standard input; AT: as there) as the current JSON
 * Lines file. */
gboolean
jsonl_open (InputReader *r, const char *fs, OpenAt *at, const char *id,
            const char *where, const char *subdir)
{
  Jsonl *j = g_new0 (Jsonl, 1);
  if (!stream_open (&j->s, fs, at, where, fs != NULL && input_is_gzip_name (fs),
                    r->opts.inflate_ahead))
    {
      int saved = errno;
      g_free (j);
      errno = saved;
      return FALSE;
    }
  if (reader_seen_file (r, &j->s, where))
    {
      stream_close (&j->s);
      g_free (j);
      return TRUE;              /* read before: nothing to open */
    }
  j->fs = g_strdup (where);
  j->id = g_strdup (id);
  j->subdir = g_strdup (subdir);
  j->buf = g_malloc (READ_CHUNK);
  j->line = g_string_sized_new (4096);
  r->jsonl = j;
  return TRUE;
}

/* Reads the first bytes of the open JSON Lines file into j->buf, at
 * least two unless it ends first (a pipe may give one byte at a time),
 * so that a UTF-16 byte order mark shows: the count, or -1 with ERROR
 * set. */
static gssize
jsonl_read_start (InputReader *r, GError **error)
{
  Jsonl *j = r->jsonl;
  gssize n = 0;
  while (n < 2)
    {
      gssize got = stream_read (&j->s, j->buf + n, READ_CHUNK - (gsize) n, error);
      if (got < 0)
        return -1;
      if (got == 0)
        break;
      n += got;
    }
  return n;
}

/* Decodes the N bytes of UTF-16 at BYTES (and, at the END of the file,
 * what is left of a unit) into j->dec, the lines' bytes now. */
static void
jsonl_decode (Jsonl *j, const char *bytes, gsize n, gboolean end)
{
  g_string_truncate (j->dec, 0);
  j->bad_utf16 += utf16_decode (&j->u16, bytes, n, end, j->dec);
  j->data = j->dec->str;
  j->pos = 0;
  j->end = j->dec->len;
}

/* Reads more of the open JSON Lines file for the line reader (j->data,
 * j->pos, j->end): the count of bytes read, 0 at the end, -1 with ERROR
 * set.  The first bytes are looked at for a UTF-16 byte order mark: such
 * a file is decoded into UTF-8 as it is read, with a note. */
static gssize
jsonl_fill (InputReader *r, GError **error)
{
  Jsonl *j = r->jsonl;
  gboolean first = !j->started;
  j->started = TRUE;
  gssize n = first ? jsonl_read_start (r, error)
                   : stream_read (&j->s, j->buf, READ_CHUNK, error);
  r->bytes_cur = j->s.raw;
  if (n < 0)
    return -1;
  if (first && (j->u16.order = utf16_bom (j->buf, (gsize) n)) != UTF16_NONE)
    {
      j->dec = g_string_sized_new (READ_CHUNK + READ_CHUNK / 2);
      reader_note_utf16 (r, j->fs, j->u16.order, 0);
      jsonl_decode (j, j->buf + 2, (gsize) n - 2, FALSE);
      return n;
    }
  if (j->u16.order != UTF16_NONE)
    {
      /* The end flushes a unit cut short: one more piece, maybe empty. */
      if (n == 0 && j->u16.n_pend == 0)
        return 0;
      jsonl_decode (j, j->buf, (gsize) n, n == 0);
      return n > 0 ? n : (gssize) j->end;
    }
  j->data = j->buf;
  j->pos = 0;
  j->end = (gsize) n;
  return n;
}

/* Reads the next line into j->line: TRUE with *TOO_LONG telling whether it
 * was cut, FALSE at the end (ERROR set on a read failure). */
static gboolean
jsonl_read_line (InputReader *r, gboolean *too_long, GError **error)
{
  Jsonl *j = r->jsonl;
  gboolean any = FALSE;
  g_string_truncate (j->line, 0);
  *too_long = FALSE;
  for (;;)
    {
      if (j->pos == j->end)
        {
          if (j->eof)
            return any;
          gssize n = jsonl_fill (r, error);
          if (n <= 0)
            {
              j->eof = TRUE;
              if (n < 0)
                return FALSE;   /* a partial last line is dropped */
              return any;
            }
          if (j->pos == j->end)
            continue;           /* UTF-16 that gave no whole unit yet */
        }
      any = TRUE;
      const char *start = j->data + j->pos;
      const char *nl = memchr (start, '\n', j->end - j->pos);
      gsize n = (gsize) ((nl != NULL ? nl : j->data + j->end) - start);
      if (!*too_long && j->line->len + n > FRAMING_MAX_ARTICLE_BYTES)
        {
          *too_long = TRUE;
          g_string_truncate (j->line, 0);
        }
      if (!*too_long)
        g_string_append_len (j->line, start, n);
      j->pos += n + (nl != NULL);
      if (nl != NULL)
        return TRUE;
    }
}

/* Whether LINE holds only JSON white space. */
static gboolean
is_blank (const GString *line)
{
  for (gsize i = 0; i < line->len; i++)
    if (memchr (" \t\r\f\v", line->str[i], 5) == NULL)
      return FALSE;
  return TRUE;
}

/* The fields an article takes from a JSON object. */
typedef enum { FIELD_TEXT, FIELD_OUTLET, FIELD_ID, FIELD_TITLE } Field;

/* Each field's default names, in the order they are tried: the only
 * place they are written. */
static const char *const default_names[][4] = {
  [FIELD_TEXT] = { "text", "content", "body", NULL },
  [FIELD_OUTLET] = { "outlet", "source", NULL },
  [FIELD_ID] = { "id", NULL },
  [FIELD_TITLE] = { "title", NULL },
};

/* The names to try for FIELD, NULL-terminated: the one its option gives
 * (through ONE, which the result may point to), else the defaults. */
static const char *const *
field_names (const InputReader *r, Field field, const char *one[2])
{
  const char *option[] = {
    [FIELD_TEXT] = r->opts.text_field, [FIELD_OUTLET] = r->opts.outlet_field,
    [FIELD_ID] = r->opts.id_field, [FIELD_TITLE] = r->opts.title_field,
  };
  if (option[field] == NULL)
    return default_names[field];
  one[0] = option[field];
  one[1] = NULL;
  return one;
}

/* The string value of member NAME of OBJ, or NULL. */
static const char *
member_string (JsonObject *obj, const char *name)
{
  JsonNode *node = json_object_get_member (obj, name);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* The first of NAMES present in OBJ as a string, and its name. */
static const char *
member_first_string (JsonObject *obj, const char *const *names, const char **which)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *v = member_string (obj, names[i]);
      if (v != NULL)
        {
          *which = names[i];
          return v;
        }
    }
  return NULL;
}

/* The article's id from OBJ: a string or an integer, or NULL. */
static char *
json_id (InputReader *r, JsonObject *obj, guint *bad)
{
  const char *one[2];
  const char *field = field_names (r, FIELD_ID, one)[0];
  JsonNode *node = json_object_get_member (obj, field);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  GType t = json_node_get_value_type (node);
  if (t == G_TYPE_STRING && *json_node_get_string (node) != '\0')
    return utf8_dup (json_node_get_string (node), bad);
  if (t == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  return NULL;
}

/* Metadata from OBJ's string members but TEXT_FIELD, with outlet and
 * title resolved. */
static GHashTable *
json_meta (InputReader *r, JsonObject *obj, const char *text_field, guint *bad)
{
  GHashTable *meta = meta_new ();
  JsonObjectIter it;
  const char *name;
  JsonNode *node;
  json_object_iter_init (&it, obj);
  while (json_object_iter_next (&it, &name, &node))
    {
      if (strcmp (name, text_field) == 0 || !JSON_NODE_HOLDS_VALUE (node)
          || json_node_get_value_type (node) != G_TYPE_STRING)
        continue;
      g_autofree char *key = utf8_dup (name, bad);
      g_hash_table_replace (meta, g_utf8_strdown (key, -1),
                            utf8_dup (json_node_get_string (node), bad));
    }
  const char *one[2], *which;
  const char *outlet = member_first_string (obj, field_names (r, FIELD_OUTLET, one),
                                            &which);
  if (outlet != NULL)
    g_hash_table_replace (meta, g_strdup ("outlet"), utf8_dup (outlet, bad));
  const char *title = member_first_string (obj, field_names (r, FIELD_TITLE, one),
                                           &which);
  if (title != NULL)
    g_hash_table_replace (meta, g_strdup ("title"), utf8_dup (title, bad));
  return meta;
}

/* Sets ERROR for a JSON object without a text field. */
static void
json_no_text (InputReader *r, const char *where, GError **error)
{
  const char *one[2];
  g_autofree char *tried = g_strjoinv (", ", (char **) field_names (r, FIELD_TEXT,
                                                                    one));
  g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
               "%s: no text field (tried %s)", where, tried);
}

/* Whether the JSON text S (LEN bytes) nests arrays and objects no deeper
 * than FRAMING_MAX_JSON_DEPTH; brackets inside strings do not count. */
gboolean
input_json_depth_ok (const char *s, gsize len)
{
  guint depth = 0;
  gboolean in_string = FALSE;
  for (gsize i = 0; i < len; i++)
    {
      char c = s[i];
      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if ((c == '[' || c == '{') && ++depth > FRAMING_MAX_JSON_DEPTH)
        return FALSE;
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }
  return TRUE;
}

/* What json-glib's parse error MESSAGE says, without its own prefix
 * ("<data>:LINE:COLUMN: Parse error: " and "scanner: "): the column goes
 * to *COLUMN.  A message of another shape is returned whole, *COLUMN 0. */
const char *
input_json_error_detail (const char *message, guint *column)
{
  *column = 0;
  const char *p = message;
  if (!g_str_has_prefix (p, "<data>:"))
    return message;
  p += strlen ("<data>:");
  char *end;
  g_ascii_strtoull (p, &end, 10); /* the line: always 1 here */
  if (end == p || *end != ':')
    return message;
  p = end + 1;
  guint64 col = g_ascii_strtoull (p, &end, 10);
  if (end == p || col == 0 || col > G_MAXUINT || !g_str_has_prefix (end, ": "))
    return message;
  p = end + 2;
  if (g_str_has_prefix (p, "Parse error: "))
    p += strlen ("Parse error: ");
  if (g_str_has_prefix (p, "scanner: "))
    p += strlen ("scanner: ");
  *column = (guint) col;
  return p;
}

/* The first of NAMES that is a string member of JL, and its name. */
static const JsonLineMember *
fast_first_string (const JsonLine *jl, const char *const *names, const char **which)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      const JsonLineMember *m = jsonline_find (jl, names[i]);
      if (m != NULL && m->is_string)
        {
          *which = names[i];
          return m;
        }
    }
  return NULL;
}

/* json_meta() for a line of the fast path: its strings are valid UTF-8
 * and its names ASCII, unique without case. */
static GHashTable *
fast_meta (InputReader *r, const JsonLine *jl, const char *text_field)
{
  GHashTable *meta = meta_new ();
  for (guint i = 0; i < jsonline_n_members (jl); i++)
    {
      const JsonLineMember *m = jsonline_member (jl, i);
      if (m->is_string && strcmp (m->name, text_field) != 0)
        g_hash_table_replace (meta, g_ascii_strdown (m->name, -1), g_strdup (m->value));
    }
  const char *one[2], *which;
  const JsonLineMember *outlet = fast_first_string (jl, field_names (r, FIELD_OUTLET,
                                                                    one), &which);
  if (outlet != NULL)
    g_hash_table_replace (meta, g_strdup ("outlet"), g_strdup (outlet->value));
  const JsonLineMember *title = fast_first_string (jl, field_names (r, FIELD_TITLE,
                                                                   one), &which);
  if (title != NULL)
    g_hash_table_replace (meta, g_strdup ("title"), g_strdup (title->value));
  return meta;
}

/* json_article() for a flat object (jsonline.h), with the same results;
 * INPUT_DONE when the line needs json-glib (or its id is a number, whose
 * reading json-glib decides). */
static InputStatus
json_article_fast (InputReader *r, const char *where, guint bad,
                   FramingArticle **article, GError **error)
{
  Jsonl *j = r->jsonl;
  JsonLine *jl = r->jsonline;
  if (!jsonline_parse (jl, j->line->str, j->line->len))
    return INPUT_DONE;
  const char *one[2];
  const JsonLineMember *idm = jsonline_find (jl, field_names (r, FIELD_ID, one)[0]);
  if (idm != NULL && idm->is_number)
    return INPUT_DONE;
  const char *text_field = NULL;
  const JsonLineMember *text = fast_first_string (jl, field_names (r, FIELD_TEXT, one),
                                                  &text_field);
  if (text == NULL)
    {
      json_no_text (r, where, error);
      return INPUT_BAD;
    }
  GString *body = g_string_new_len (text->value, (gssize) text->value_len);
  GHashTable *meta = fast_meta (r, jl, text_field);
  g_autofree char *id = idm != NULL && idm->is_string && *idm->value != '\0'
                        ? g_strdup (idm->value)
                        : g_strdup_printf ("%s:%u", j->id, j->lineno);
  guint repeated = repeats_remove_keyed (body, r->texts_read != NULL
                                                 ? &r->text_key : NULL);
  *article = article_new (id, where, reader_meta (r, meta, j->subdir), body,
                          bad, repeated);
  return INPUT_ARTICLE;
}

/* The article of the JSON line in j->line (valid UTF-8), WHERE = FILE:LINE. */
static InputStatus
json_article (InputReader *r, const char *where, guint bad,
              FramingArticle **article, GError **error)
{
  Jsonl *j = r->jsonl;
  g_autoptr (GError) perr = NULL;
  InputStatus fast = json_article_fast (r, where, bad, article, error);
  if (fast != INPUT_DONE)
    return fast;
  if (!input_json_depth_ok (j->line->str, j->line->len))
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LIMIT,
                   "%s: JSON nested deeper than %u levels", where,
                   FRAMING_MAX_JSON_DEPTH);
      return INPUT_BAD;
    }
  if (!json_parser_load_from_data (r->parser, j->line->str, (gssize) j->line->len, &perr))
    {
      guint column = 0;
      const char *detail = input_json_error_detail (perr->message, &column);
      if (column > 0)
        g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                     "%s: bad JSON at column %u: %s", where, column, detail);
      else
        g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                     "%s: bad JSON: %s", where, detail);
      return INPUT_BAD;
    }
  JsonNode *root = json_parser_get_root (r->parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s: not a JSON object", where);
      return INPUT_BAD;
    }
  JsonObject *obj = json_node_get_object (root);
  const char *one[2], *text_field = NULL;
  const char *text = member_first_string (obj, field_names (r, FIELD_TEXT, one),
                                          &text_field);
  if (text == NULL)
    {
      json_no_text (r, where, error);
      return INPUT_BAD;
    }
  GString *body = g_string_new (text);
  bad += utf8_fix (body);       /* json-glib may yield bad escapes */
  GHashTable *meta = json_meta (r, obj, text_field, &bad);
  g_autofree char *id = json_id (r, obj, &bad);
  g_autofree char *fallback = g_strdup_printf ("%s:%u", j->id, j->lineno);
  guint repeated = repeats_remove_keyed (body, r->texts_read != NULL
                                                 ? &r->text_key : NULL);
  *article = article_new (id != NULL ? id : fallback, where,
                          reader_meta (r, meta, j->subdir), body, bad, repeated);
  return INPUT_ARTICLE;
}

/* The next article of the open JSON Lines file; INPUT_DONE (and the file
 * closed) at its end. */
InputStatus
jsonl_next (InputReader *r, FramingArticle **article, GError **error)
{
  Jsonl *j = r->jsonl;
  for (;;)
    {
      gboolean too_long;
      g_autoptr (GError) rerr = NULL;
      if (!jsonl_read_line (r, &too_long, &rerr))
        {
          jsonl_close (r);
          if (rerr == NULL)
            return INPUT_DONE;
          g_propagate_error (error, g_steal_pointer (&rerr));
          return INPUT_BAD;
        }
      j->lineno++;
      if (too_long)
        {
          g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LIMIT,
                       "%s:%u: line longer than 64 MiB", j->fs, j->lineno);
          return INPUT_BAD;
        }
      if (j->lineno == 1 && j->line->len >= 3
          && memcmp (j->line->str, "\xEF\xBB\xBF", 3) == 0)
        {
          g_string_erase (j->line, 0, 3);     /* a BOM */
          reader_note_utf8_bom (r, j->fs);
        }
      if (is_blank (j->line))
        continue;
      guint bad = utf8_fix (j->line);
      g_autofree char *where = g_strdup_printf ("%s:%u", j->fs, j->lineno);
      InputStatus st = json_article (r, where, bad, article, error);
      /* The article's count also holds replacements in its fields. */
      j->bad_utf8 += st == INPUT_ARTICLE ? (*article)->invalid_utf8 : bad;
      return st;
    }
}
