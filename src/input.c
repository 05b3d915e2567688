/* input.c - articles from files, directories, manifests, JSON Lines, gzip
 * and standard input (framing(1), INPUT; docs/DESIGN.md).
 *
 * An InputReader is a small state machine over its inputs: first the
 * manifest's rows (manifest.c), then the INPUTS arguments.  Each item is
 * a text file (one article), a JSON Lines file (one article a line,
 * injson.c) or a directory walked recursively (walk.c).  At most one
 * input file is open at a time (instream.c) and articles are handed out
 * one by one, never accumulated.  This file ties the pieces together:
 * the reader's state machine, text files, the names of input files and
 * the metadata of each article.
 *
 * Decisions taken for this module (see also input.h):
 * - Every input byte goes through the UTF-8 repair of utf8fix.c, and
 *   repeated long lines are removed by repeats.c after it.
 * - A UTF-8 BOM at the start of a text file is dropped, and a file with
 *   a UTF-16 BOM decoded (utf8fix.c), each with a note; without a BOM,
 *   text is UTF-8, never guessed.  Front matter is parsed by
 *   frontmatter.c.
 * - Metadata precedence: manifest cells > front matter / JSON fields >
 *   first-level subdirectory name > the input argument's base name (with
 *   .gz and then .txt/.md/.jsonl/.ndjson stripped).
 * - Duplicates (unless kept) are found here, in the one reading thread,
 *   so that what is skipped and its note do not depend on -j: a file by
 *   its device and inode once it is open, a folder by the same in the
 *   walk (walk.c), an article by a key of its text (repeats_text_key (),
 *   worked out as repeated lines are removed) once it is read, each
 *   against everything read before (dupes.c).
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include "input-private.h"

#include "framing.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

static const char *const text_exts[] = { ".txt", ".md", ".jsonl", ".ndjson", NULL };

/* Whether the code point at S is white space (g_unichar_isspace), with
 * no decoding for ASCII. */
static inline gboolean
space_at (const char *s)
{
  if ((guchar) *s < 0x80)
    return ascii_space (*s);
  return g_unichar_isspace (g_utf8_get_char (s));
}

/* trim_span () of a span that may begin or end with white space. */
void
trim_span_slow (const char **start, const char **end)
{
  const char *s = *start, *e = *end;
  while (s < e && space_at (s))
    s = g_utf8_next_char (s);
  while (e > s)
    {
      const char *prev = (guchar) e[-1] < 0x80 ? e - 1
                         : g_utf8_find_prev_char (s, e);
      if (prev == NULL || !space_at (prev))
        break;
      e = prev;
    }
  *start = s;
  *end = e;
}

/* A trimmed copy of the LEN bytes at S. */
char *
trim_dup (const char *s, gsize len)
{
  const char *a = s, *b = s + len;
  trim_span (&a, &b);
  return g_strndup (a, (gsize) (b - a));
}

/* Whether NAME ends with SUFFIX. */
static gboolean
ends_with (const char *name, const char *suffix)
{
  return g_str_has_suffix (name, suffix);
}

/* Whether NAME ends with .gz. */
gboolean
input_is_gzip_name (const char *name)
{
  return ends_with (name, ".gz");
}

/* Whether NAME (without a .gz) ends with one of the taken extensions. */
gboolean
input_is_taken_name (const char *name)
{
  g_autofree char *base = g_strdup (name);
  if (input_is_gzip_name (base))
    base[strlen (base) - 3] = '\0';
  for (guint i = 0; text_exts[i] != NULL; i++)
    if (ends_with (base, text_exts[i]))
      return TRUE;
  return FALSE;
}

/* The names input_is_taken_name () takes, for messages. */
char *
input_taken_names (void)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; text_exts[i] != NULL; i++)
    g_string_append_printf (s, "%s*%s", i == 0 ? ""
                            : text_exts[i + 1] == NULL ? " or " : ", ",
                            text_exts[i]);
  return g_string_free (s, FALSE);
}

/* Whether NAME is JSON Lines by its name. */
static gboolean
is_jsonl_name (const char *name)
{
  return ends_with (name, ".jsonl") || ends_with (name, ".ndjson")
         || ends_with (name, ".jsonl.gz") || ends_with (name, ".ndjson.gz");
}

/* The outlet given by PATH's base name: .gz, then .txt/.md/.jsonl/.ndjson
 * stripped; NULL for "-", "/", "." and "..". */
char *
input_base_outlet (const char *path)
{
  if (strcmp (path, "-") == 0)
    return NULL;
  g_autofree char *base = g_path_get_basename (path);
  if (strcmp (base, "/") == 0 || strcmp (base, ".") == 0
      || strcmp (base, "..") == 0)
    return NULL;
  gsize n = strlen (base);
  if (n > 3 && input_is_gzip_name (base))
    base[n -= 3] = '\0';
  for (guint i = 0; text_exts[i] != NULL; i++)
    {
      gsize e = strlen (text_exts[i]);
      if (n > e && ends_with (base, text_exts[i]))
        {
          base[n - e] = '\0';
          break;
        }
    }
  return g_steal_pointer (&base);
}

/* A new metadata table (owned keys and values). */
GHashTable *
meta_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* Sets metadata KEY (lower-cased here) to VALUE. */
void
meta_set (GHashTable *meta, const char *key, const char *value)
{
  g_hash_table_replace (meta, g_utf8_strdown (key, -1), g_strdup (value));
}

/* Frees one article. */
void
article_free (FramingArticle *article)
{
  if (article == NULL)
    return;
  g_free (article->id);
  g_free (article->where);
  if (article->meta != NULL)
    g_hash_table_unref (article->meta); /* perhaps shared: see plain_meta () */
  g_free (article->text);
  g_free (article);
}

/* The value of metadata KEY, or NULL. */
const char *
article_meta (const FramingArticle *article, const char *key)
{
  g_return_val_if_fail (article != NULL && key != NULL, NULL);
  return article->meta != NULL ? g_hash_table_lookup (article->meta, key) : NULL;
}

const char *
article_meta_or (const FramingArticle *article, const char *key,
                 const char *fallback)
{
  const char *v = article_meta (article, key);
  return v != NULL && *v != '\0' ? v : fallback;
}

/* Sends a warning or note through the options' callback. */
void
reader_warn (InputReader *r, const char *fmt, ...)
{
  if (r->opts.warn == NULL)
    return;
  va_list ap;
  va_start (ap, fmt);
  g_autofree char *msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  r->opts.warn (msg, r->opts.warn_data);
}

/* Warns about the replacements in FILE, if any. */
void
reader_warn_utf8 (InputReader *r, const char *file, guint n)
{
  if (n > 0)
    reader_warn (r, "%s: %u invalid UTF-8 sequences replaced", file, n);
}

/* A 64-bit key of a file's identity, its device and inode. */
static guint64
file_key (guint64 dev, guint64 ino)
{
  guint64 k = (dev * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) ^ ino;
  k ^= k >> 30;
  k *= G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  k ^= k >> 27;
  k *= G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return k ^ (k >> 31);
}

/* Whether the file S, opened as WHERE, was read before (and duplicates
 * are not kept): then a note names both, and it is to be skipped. */
gboolean
reader_seen_file (InputReader *r, const Stream *s, const char *where)
{
  if (r->files_read == NULL || s->ino == 0)   /* no identity: fstat failed */
    return FALSE;
  g_autofree char *first = dupes_check (r->files_read, file_key (s->dev, s->ino),
                                        where);
  if (first == NULL)
    return FALSE;
  reader_warn (r, "%s: same file as %s; read once", where, first);
  return TRUE;
}

/* Whether ARTICLE's text was met before (and duplicates are not kept):
 * then a note names both, and it is to be skipped.  A text of blank lines
 * is never a duplicate: it is an empty article. */
static gboolean
reader_seen_text (InputReader *r, const FramingArticle *article)
{
  if (r->texts_read == NULL || r->text_key == 0)
    return FALSE;
  g_autofree char *first = dupes_check (r->texts_read, r->text_key,
                                        article->where);
  if (first == NULL)
    return FALSE;
  reader_warn (r, "%s: same text as %s; counted once", article->where, first);
  return TRUE;
}

/* The metadata of an article with none of its own (no front matter, no
 * manifest row): its outlet, OUTLET (NULL: none).  The articles of one
 * folder share one table. */
static GHashTable *
plain_meta (InputReader *r, const char *outlet)
{
  if (r->plain_meta == NULL || g_strcmp0 (r->plain_outlet, outlet) != 0)
    {
      g_clear_pointer (&r->plain_meta, g_hash_table_unref);
      g_free (r->plain_outlet);
      r->plain_meta = meta_new ();
      if (outlet != NULL)
        g_hash_table_insert (r->plain_meta, g_strdup ("outlet"),
                             g_strdup (outlet));
      r->plain_outlet = g_strdup (outlet);
    }
  return g_hash_table_ref (r->plain_meta);
}

/* Completes OWN (an article's own metadata, may be NULL) with the lower
 * precedence levels and overrides it with the manifest row. */
GHashTable *
reader_meta (InputReader *r, GHashTable *own, const char *subdir)
{
  if (own == NULL && r->row_meta == NULL)
    return plain_meta (r, subdir != NULL ? subdir : r->base);
  GHashTable *meta = own != NULL ? own : meta_new ();
  if (r->row_meta != NULL)
    {
      GHashTableIter it;
      gpointer k, v;
      g_hash_table_iter_init (&it, r->row_meta);
      while (g_hash_table_iter_next (&it, &k, &v))
        g_hash_table_replace (meta, g_strdup (k), g_strdup (v));
    }
  if (!g_hash_table_contains (meta, "outlet"))
    {
      const char *outlet = subdir != NULL ? subdir : r->base;
      if (outlet != NULL)
        g_hash_table_insert (meta, g_strdup ("outlet"), g_strdup (outlet));
    }
  return meta;
}

/* A new article that takes TEXT over. */
FramingArticle *
article_new (const char *id, const char *where, GHashTable *meta, GString *text,
             guint bad_utf8, guint repeated)
{
  FramingArticle *a = g_new0 (FramingArticle, 1);
  a->id = g_strdup (id);
  a->where = g_strdup (where);
  a->meta = meta;
  a->len = text->len;
  a->text = g_string_free (text, FALSE);
  a->invalid_utf8 = bad_utf8;
  a->repeated_lines = repeated;
  return a;
}

/* Notes that the file WHERE is UTF-16 in ORDER by its byte order mark,
 * and how many invalid sequences (BAD) its decoding replaced. */
void
reader_note_utf16 (InputReader *r, const char *where, Utf16Order order,
                   guint bad)
{
  reader_warn (r, "%s: UTF-16 (%s), by its byte order mark: converted to "
               "UTF-8", where, utf16_order_name (order));
  if (bad > 0)
    reader_warn (r, "%s: %u invalid UTF-16 sequences replaced", where, bad);
}

/* Notes that the file WHERE began with a UTF-8 byte order mark. */
void
reader_note_utf8_bom (InputReader *r, const char *where)
{
  reader_warn (r, "%s: UTF-8 byte order mark dropped", where);
}

/* TEXT, the bytes of the text file WHERE, made UTF-8 by its byte order
 * mark: a UTF-8 one dropped, UTF-16 decoded (with a note each). */
static void
text_by_bom (InputReader *r, GString **text, const char *where)
{
  GString *t = *text;
  if (t->len >= 3 && memcmp (t->str, "\xEF\xBB\xBF", 3) == 0)
    {
      g_string_erase (t, 0, 3);
      reader_note_utf8_bom (r, where);
      return;
    }
  Utf16Order order = utf16_bom (t->str, t->len);
  if (order == UTF16_NONE)
    return;
  Utf16Decoder d = { .order = order };
  GString *utf8 = g_string_sized_new (t->len + t->len / 2);
  guint bad = utf16_decode (&d, t->str + 2, t->len - 2, TRUE, utf8);
  g_string_free (t, TRUE);
  *text = utf8;
  reader_note_utf16 (r, where, order, bad);
}

/* Tell the caller that file FS (NULL: standard input), named ID, was
 * opened. */
static void
reader_opened (InputReader *r, const char *fs, const char *id)
{
  if (fs != NULL && r->opts.on_file != NULL)
    r->opts.on_file (fs, id, r->opts.on_file_data);
}

/* The article of a text file whose bytes are RAW (taken over). */
static InputStatus
text_article (InputReader *r, GString *raw, const char *id, const char *where,
              const char *subdir, FramingArticle **article, GError **error)
{
  g_autoptr (GString) text = raw;
  text_by_bom (r, &text, where);
  guint bad = utf8_fix (text);
  reader_warn_utf8 (r, where, bad);
  gsize body;
  GHashTable *fm;
  if (!frontmatter_parse (text, where, &body, &fm, error))
    return INPUT_BAD;
  g_string_erase (text, 0, (gssize) body);
  guint repeated = repeats_remove_keyed (text, r->texts_read != NULL
                                                 ? &r->text_key : NULL);
  *article = article_new (id, where, reader_meta (r, fm, subdir),
                          g_steal_pointer (&text), bad, repeated);
  return INPUT_ARTICLE;
}

/* What comes of a file WHERE (ID in a manifest row OPEN_PREFIX) that
 * stream_open () did not open (as AT says): a note and INPUT_DONE for a
 * folder's file that is not a regular file, else INPUT_BAD with ERROR
 * set from errno. */
static InputStatus
open_failed (InputReader *r, const char *where, const OpenAt *at,
             const char *id, const char *open_prefix, GError **error)
{
  int e = errno;
  if (at != NULL && at->odd != 0)
    {
      walk_note_odd (r, where, at->odd);
      return INPUT_DONE;
    }
  if (open_prefix != NULL)
    g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                 "%s: cannot open '%s': %s", open_prefix, id, g_strerror (e));
  else
    g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                 "%s: cannot open: %s", where, g_strerror (e));
  return INPUT_BAD;
}

/* Reads the text file FS (NULL: standard input) as one article. */
static InputStatus
text_file (InputReader *r, const char *fs, OpenAt *at, const char *id,
           const char *where, const char *subdir, const char *open_prefix,
           FramingArticle **article, GError **error)
{
  Stream s;
  if (!stream_open (&s, fs, at, where, fs != NULL && input_is_gzip_name (fs), FALSE))
    return open_failed (r, where, at, id, open_prefix, error);
  if (reader_seen_file (r, &s, where))
    {
      stream_close (&s);
      return INPUT_DONE;
    }
  reader_opened (r, fs, id);
  GString *raw = g_string_new (NULL);
  gboolean ok = stream_read_all (&s, raw, error);
  r->bytes_done += s.raw;
  stream_close (&s);
  if (!ok)
    {
      g_string_free (raw, TRUE);
      return INPUT_BAD;
    }
  return text_article (r, raw, id, where, subdir, article, error);
}

/* Starts on the file FS (opened as AT says when AT is not NULL): a JSON
 * Lines file is opened (INPUT_DONE), a text file read (INPUT_ARTICLE or
 * INPUT_BAD), a folder's file that is not a regular file noted and
 * skipped (INPUT_DONE).  OPEN_PREFIX, for a manifest row, is
 * "MANIFEST:LINE". */
InputStatus
reader_file_start (InputReader *r, const char *fs, OpenAt *at, const char *id,
            const char *subdir, const char *open_prefix,
            FramingArticle **article, GError **error)
{
  if (!r->opts.jsonl && !is_jsonl_name (fs))
    return text_file (r, fs, at, id, fs, subdir, open_prefix, article, error);
  if (jsonl_open (r, fs, at, id, fs, subdir))
    {
      reader_opened (r, fs, id);
      return INPUT_DONE;
    }
  return open_failed (r, fs, at, id, open_prefix, error);
}

/* Starts on one top-level path (FS, shown as ID): a directory, a JSON
 * Lines file or a text file.  OPEN_PREFIX as for reader_file_start. */
InputStatus
reader_top_start (InputReader *r, const char *fs, const char *id, const char *open_prefix,
           FramingArticle **article, GError **error)
{
  struct stat st;
  if (stat (fs, &st) != 0)
    {
      if (open_prefix != NULL)
        g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                     "%s: cannot open '%s': %s", open_prefix, id, g_strerror (errno));
      else
        g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO, "%s: cannot open: %s",
                     fs, g_strerror (errno));
      return INPUT_BAD;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_hash_table_remove_all (r->visited);
      r->walk_taken = r->walk_others = 0;
      return walk_push (r, fs, id, NULL, &st, open_prefix, error) ? INPUT_DONE : INPUT_BAD;
    }
  return reader_file_start (r, fs, NULL, id, NULL, open_prefix, article, error);
}

/* Forgets the current top-level item's metadata. */
void
reader_clear_item (InputReader *r)
{
  g_clear_pointer (&r->base, g_free);
  g_clear_pointer (&r->row_meta, g_hash_table_destroy);
}

/* Starts on the next INPUTS argument. */
static InputStatus
argument_next (InputReader *r, FramingArticle **article, GError **error)
{
  const char *arg = r->inputs[r->next_input++];
  reader_clear_item (r);
  if (strcmp (arg, "-") != 0)
    {
      r->base = input_base_outlet (arg);
      return reader_top_start (r, arg, arg, NULL, article, error);
    }
  if (r->opts.jsonl)
    {
      jsonl_open (r, NULL, NULL, "-", "-", NULL); /* cannot fail on stdin */
      return INPUT_DONE;
    }
  return text_file (r, NULL, NULL, "-", "-", NULL, NULL, article, error);
}

/* A reader over the manifest's rows and then INPUTS. */
InputReader *
input_reader_new (const InputOptions *opts, const char *const *inputs,
                  guint n_inputs, GError **error)
{
  g_return_val_if_fail (opts != NULL, NULL);
  g_return_val_if_fail (inputs != NULL || n_inputs == 0, NULL);
  Manifest *m = NULL;
  if (opts->manifest != NULL && (m = manifest_open (opts->manifest, error)) == NULL)
    return NULL;
  InputReader *r = g_new0 (InputReader, 1);
  r->opts = *opts;
  r->manifest = m;
  r->inputs = g_new0 (char *, n_inputs + 1);
  for (guint i = 0; i < n_inputs; i++)
    r->inputs[i] = g_strdup (inputs[i]);
  r->n_inputs = n_inputs;
  r->frames = g_ptr_array_new_with_free_func (walk_frame_free);
  r->visited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->parser = json_parser_new_immutable ();
  r->jsonline = jsonline_new ();
  if (!opts->keep_duplicates)
    {
      r->dirs_read = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            g_free);
      r->files_read = dupes_new ();
      r->texts_read = dupes_new ();
    }
  return r;
}

/* Frees READER (NULL is a no-op). */
void
input_reader_free (InputReader *reader)
{
  if (reader == NULL)
    return;
  jsonl_close (reader);
  manifest_free (reader->manifest);
  reader_clear_item (reader);
  g_strfreev (reader->inputs);
  g_ptr_array_unref (reader->frames);
  g_hash_table_destroy (reader->visited);
  g_clear_pointer (&reader->dirs_read, g_hash_table_destroy);
  dupes_free (reader->files_read);
  dupes_free (reader->texts_read);
  g_clear_pointer (&reader->plain_meta, g_hash_table_unref);
  g_free (reader->plain_outlet);
  g_object_unref (reader->parser);
  jsonline_free (reader->jsonline);
  g_free (reader);
}

/* The next article, a bad item, or the end. */
InputStatus
input_reader_next (InputReader *reader, FramingArticle **article, GError **error)
{
  g_return_val_if_fail (reader != NULL && article != NULL, INPUT_DONE);
  *article = NULL;
  for (;;)
    {
      InputStatus st;
      if (reader->jsonl != NULL)
        st = jsonl_next (reader, article, error);
      else if (reader->frames->len > 0)
        st = walk_next (reader, article, error);
      else if (reader->manifest != NULL && !manifest_done (reader->manifest))
        st = manifest_next (reader, article, error);
      else if (reader->next_input < reader->n_inputs)
        st = argument_next (reader, article, error);
      else
        {
          reader_clear_item (reader);
          return INPUT_DONE;
        }
      if (st == INPUT_ARTICLE && reader->texts_read != NULL)
        (*article)->text_key = reader->text_key;
      if (st == INPUT_ARTICLE && reader_seen_text (reader, *article))
        {
          g_clear_pointer (article, article_free);
          continue;
        }
      if (st != INPUT_DONE)
        return st;
    }
}

/* Bytes read so far from input files. */
guint64
input_reader_bytes (const InputReader *reader)
{
  g_return_val_if_fail (reader != NULL, 0);
  return reader->bytes_done + reader->bytes_cur;
}
