/* input.h - articles from files, directories, manifests, JSON Lines, gzip
 * and standard input (framing(1), INPUT; docs/DESIGN.md).
 *
 * An InputReader walks its inputs in order and hands out one article at a
 * time, so a corpus is never held in memory whole.  Unless asked to keep
 * duplicates, it hands out a file, a folder or a text once: what it meets
 * again is skipped with a note.  Each article's text is
 * valid UTF-8 (invalid sequences replaced by U+FFFD) with repeated long
 * lines removed, and its metadata merged by this precedence:
 * manifest, then front matter / JSON fields, then the subdirectory name,
 * then the input argument's base name.
 */
#ifndef FRAMING_INPUT_H
#define FRAMING_INPUT_H

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  char *id;          /* path as given, manifest path, JSON id or FILE:LINE */
  char *where;       /* "FILE" or "FILE:LINE", for messages */
  GHashTable *meta;  /* char* key -> char* value, both owned; keys are
                        lower case: "outlet", "title", "date", ...;
                        read-only: articles may share one (a reference
                        each, dropped by article_free ()) */
  char *text;        /* valid UTF-8 body, NUL-terminated */
  gsize len;         /* strlen (text) */
  guint invalid_utf8;   /* invalid sequences replaced in this article */
  guint repeated_lines; /* repeated lines of >= 40 code points skipped */
  guint64 text_key;     /* a key of its text for telling duplicates
                           (repeats_text_key ()), 0: duplicates kept */
} FramingArticle;

void article_free (FramingArticle *article);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FramingArticle, article_free)

/* The value of metadata KEY, or NULL. */
const char *article_meta (const FramingArticle *article, const char *key);

/* The value of metadata KEY, or FALLBACK when it is absent or empty: how
 * a field is picked wherever one is named (-g, --where, --period,
 * --keep), so that an empty value and a missing one are alike. */
const char *article_meta_or (const FramingArticle *article, const char *key,
                             const char *fallback);

typedef void (*InputWarnFunc) (const char *message, gpointer user_data);

/* Told of each file the reader has opened: its PATH as opened, and its
 * ID, the name the articles' ids give it (the input argument joined
 * with the path below it, or the manifest's path cell). */
typedef void (*InputFileFunc) (const char *path, const char *id,
                               gpointer user_data);

typedef struct {
  const char *manifest;      /* -m FILE, or NULL */
  gboolean jsonl;            /* --jsonl: every input is JSON Lines */
  const char *text_field;    /* NULL: "text", then "content", then "body" */
  const char *outlet_field;  /* NULL: "outlet", then "source" */
  const char *id_field;      /* NULL: "id" */
  const char *title_field;   /* NULL: "title" */
  InputWarnFunc warn;        /* warnings ("FILE: N invalid UTF-8 sequences
                                replaced"), without the "framing: " prefix;
                                NULL: none */
  gpointer warn_data;
  InputFileFunc on_file;     /* each file opened (an article's, a JSON
                                Lines file; not standard input), for
                                the record of a run (provenance.h);
                                NULL: none */
  gpointer on_file_data;
  gboolean inflate_ahead;    /* inflate gzipped JSON Lines in a thread of
                                their own (worth it with -j 2 or more) */
  gboolean keep_duplicates;  /* read a file or folder met twice, and an
                                article whose text was met before, again;
                                else each is skipped with a note (through
                                warn) naming both */
} InputOptions;

typedef struct _InputReader InputReader;

typedef enum {
  INPUT_ARTICLE, /* *ARTICLE is set */
  INPUT_BAD,     /* one input item was bad (ERROR is set); reading goes on */
  INPUT_DONE     /* no more articles */
} InputStatus;

/* A reader over the manifest's rows (if any) and then INPUTS (N_INPUTS
 * paths; "-" is standard input).  OPTS is copied (its strings must outlive
 * the reader).  Returns NULL and sets ERROR when the manifest cannot be
 * opened or has no "path" column. */
InputReader *input_reader_new (const InputOptions *opts,
                               const char *const *inputs, guint n_inputs,
                               GError **error);
void input_reader_free (InputReader *reader);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (InputReader, input_reader_free)

/* The next article.  INPUT_BAD sets ERROR with "FILE[:LINE]: why" (a
 * missing file, a bad manifest row, a bad JSON line, unterminated front
 * matter, ...) and the caller decides whether to go on. */
InputStatus input_reader_next (InputReader *reader, FramingArticle **article,
                               GError **error);

/* The columns of the manifest PATH's header, trimmed and in lower case
 * as the rows' metadata keys are, NULL-terminated (free with
 * g_strfreev ()).  NULL and ERROR when
 * it cannot be opened or has no "path" column.  Reads the header only:
 * PATH must not be a pipe that the run reads again. */
char **input_manifest_columns (const char *path, GError **error);

/* Bytes read so far from input files (compressed size for .gz), for the
 * progress line. */
guint64 input_reader_bytes (const InputReader *reader);

/* Helpers for other readers of JSON lines (the gold file of gold-read.c). */

/* Whether the JSON text S (LEN bytes) nests arrays and objects no deeper
 * than FRAMING_MAX_JSON_DEPTH (json-glib recurses once per level). */
gboolean input_json_depth_ok (const char *s, gsize len);

/* What json-glib's parse error MESSAGE of one line says, without its own
 * prefix; the column goes to *COLUMN (0 when the message has none).
 * Returns a pointer into MESSAGE. */
const char *input_json_error_detail (const char *message, guint *column);

G_END_DECLS

#endif /* FRAMING_INPUT_H */
