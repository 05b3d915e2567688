/* input-private.h - what the pieces of the input reader share (input.c,
 * instream.c, utf8fix.c, repeats.c, frontmatter.c, injson.c, walk.c,
 * manifest.c); not for the rest of the tree, which uses input.h.
 *
 * The white-space helpers run on every line of every article (repeats.c,
 * frontmatter.c, input.c), so they are static inline here rather than
 * calls across files.
 */
#ifndef FRAMING_INPUT_PRIVATE_H
#define FRAMING_INPUT_PRIVATE_H

#include "input.h"

#include <json-glib/json-glib.h>
#include <zlib.h>

#include "dupes.h"
#include "gzahead.h"
#include "jsonline.h"

G_BEGIN_DECLS

struct stat;

/* Read buffer of the line reader and of whole-file reads. */
#define READ_CHUNK (256u * 1024u)

/* ------------------------------------------------------------------ */
/* instream.c: byte streams, a plain file descriptor or gzip over one. */

typedef struct {
  int fd;
  gboolean close_fd;
  guint64 dev, ino; /* of the file descriptor (fstat) */
  gint64 size;      /* of a regular file when it was opened, else -1 */
  gzFile gz;        /* NULL for a plain file */
  GzAhead *ahead;   /* inflating gz in a thread of its own, or NULL */
  guint64 raw;      /* on-disk bytes consumed so far */
  char *label;      /* FILE, for messages */
} Stream;

/* How to open a file found in a directory being walked: openat (dir_fd,
 * name), which looks up one name where open (path) would look up every
 * folder of the path again (open (path) when dir_fd is -1).  Such a file
 * is opened without blocking and read only if it is a regular file, so
 * that a named pipe or a device put in a folder is never waited on. */
typedef struct {
  int dir_fd;
  const char *name;
  unsigned odd;    /* set by stream_open (): the file type (S_IFIFO, ...)
                      of a file that is not a regular one, else 0 */
} OpenAt;

/* Opens PATH (or standard input when PATH is NULL), or AT when it is not
 * NULL, for reading, as gzip if GZIP, inflated in a thread of its own if
 * also AHEAD; sets errno and returns FALSE on failure.  A file of a
 * folder (AT) that is not a regular file is closed again at once:
 * FALSE with AT->odd set. */
gboolean stream_open (Stream *s, const char *path, OpenAt *at,
                      const char *label, gboolean gzip, gboolean ahead);
/* Closes S (a no-op on a closed stream). */
void stream_close (Stream *s);
/* Reads up to N bytes into BUF: the count, 0 at a clean end, -1 with ERROR
 * set on a read error or a truncated or corrupt gzip stream. */
gssize stream_read (Stream *s, char *buf, gsize n, GError **error);
/* Reads the rest of S into OUT; fails past FRAMING_MAX_ARTICLE_BYTES. */
gboolean stream_read_all (Stream *s, GString *out, GError **error);

/* ------------------------------------------------------------------ */
/* utf8fix.c: repair of input bytes into valid UTF-8.                  */

/* Makes BUF valid UTF-8 in place (each invalid sequence becomes U+FFFD,
 * by the "maximal subpart" practice); returns the number of
 * replacements. */
guint utf8_fix (GString *buf);
/* A valid UTF-8 copy of the NUL-terminated S (free with g_free), adding
 * its replacements to *BAD. */
char *utf8_dup (const char *s, guint *bad);

/* The byte order of UTF-16 text. */
typedef enum { UTF16_NONE, UTF16_LE, UTF16_BE } Utf16Order;

/* The decoding of one UTF-16 text given in pieces: start it as
 * { .order = ORDER }. */
typedef struct {
  Utf16Order order;
  guchar pend[3];   /* bytes of a unit or pair cut at the last piece's end */
  guint n_pend;
} Utf16Decoder;

/* The byte order of a UTF-16 byte order mark at the start of the LEN
 * bytes at S (two bytes long), or UTF16_NONE. */
Utf16Order utf16_bom (const char *s, gsize len);
/* Appends to OUT the UTF-8 of the next LEN bytes of D's text, at S; at
 * its END, a unit or pair cut short becomes U+FFFD.  Lone surrogates
 * become U+FFFD too; returns the number of such replacements. */
guint utf16_decode (Utf16Decoder *d, const char *s, gsize len, gboolean end,
                    GString *out);
/* "little endian" or "big endian". */
const char *utf16_order_name (Utf16Order order);

/* ------------------------------------------------------------------ */
/* White space (input.c, with its inline fast paths here).             */

/* Whether the ASCII byte C is white space (as g_unichar_isspace says:
 * \t \n \f \r and space). */
static inline gboolean
ascii_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* trim_span () of a span that may begin or end with white space. */
void trim_span_slow (const char **start, const char **end);

/* Moves *START and *END inward past white space (g_unichar_isspace).
 * A span that begins and ends with ASCII other than white space, as
 * nearly every line of text does, is left as it is at once. */
static inline void
trim_span (const char **start, const char **end)
{
  const char *s = *start, *e = *end;
  if (s < e && (guchar) *s < 0x80 && !ascii_space (*s)
      && (guchar) e[-1] < 0x80 && !ascii_space (e[-1]))
    return;
  trim_span_slow (start, end);
}

/* A trimmed copy of the LEN bytes at S (free with g_free). */
char *trim_dup (const char *s, gsize len);

/* ------------------------------------------------------------------ */
/* input.c: names of input files, metadata tables.                     */

/* Whether NAME ends with .gz. */
gboolean input_is_gzip_name (const char *name);
/* Whether NAME (without a .gz) ends with .txt .md .jsonl or .ndjson. */
gboolean input_is_taken_name (const char *name);
/* The names input_is_taken_name () takes, for messages: "*.txt, *.md,
 * *.jsonl or *.ndjson".  Free with g_free. */
char *input_taken_names (void);
/* The outlet given by PATH's base name: .gz, then .txt/.md/.jsonl/.ndjson
 * stripped; NULL for "-", "/", "." and "..".  Free with g_free. */
char *input_base_outlet (const char *path);

/* A new metadata table (owned keys and values). */
GHashTable *meta_new (void);
/* Sets metadata KEY (lower-cased here) to VALUE (copied). */
void meta_set (GHashTable *meta, const char *key, const char *value);

/* ------------------------------------------------------------------ */
/* repeats.c: repeated long lines.                                     */

/* Trimmed lines shorter than this (in code points) are never removed. */
#define REPEAT_MIN_CHARS 40

/* Removes from BUF (valid UTF-8), in place, each line whose content
 * trimmed of white space is REPEAT_MIN_CHARS code points or longer and
 * equals an earlier trimmed line; returns how many were removed. */
guint repeats_remove (GString *buf);
/* repeats_remove () that also sets *KEY to repeats_text_key () of the
 * text left, in the same pass. */
guint repeats_remove_keyed (GString *buf, guint64 *key);

/* A key of the text of an article (LEN bytes at S, valid UTF-8) for
 * telling the same text under two names: a 64-bit hash of its lines,
 * each trimmed of white space, blank ones left out (so line ends, blank
 * lines and indentation do not count).  0 for a text of blank lines. */
guint64 repeats_text_key (const char *s, gsize len);

/* dupes.c: keys seen, each with the name it was first met under: see
 * dupes.h. */

/* ------------------------------------------------------------------ */
/* frontmatter.c                                                       */

/* Splits front matter off TEXT (valid UTF-8; WHERE names it in
 * messages): *BODY is the offset of the body and *META the keys (NULL
 * without front matter; the caller owns it).  FALSE with ERROR set on a
 * bad line or a missing closing "---". */
gboolean frontmatter_parse (const GString *text, const char *where,
                            gsize *body, GHashTable **meta, GError **error);

/* ------------------------------------------------------------------ */
/* The reader's state, shared by input.c, injson.c, walk.c, manifest.c. */

typedef struct _Jsonl Jsonl;       /* injson.c */
typedef struct _Manifest Manifest; /* manifest.c */

struct _InputReader {
  InputOptions opts;
  char **inputs;
  guint n_inputs, next_input;
  Manifest *manifest;
  /* The current top-level item (a manifest row or an argument). */
  char *base;            /* base-name outlet, or NULL */
  GHashTable *row_meta;  /* manifest row's metadata, or NULL */
  /* The metadata of the last text file with none of its own: shared by
   * the articles of one folder (read-only, reference-counted). */
  GHashTable *plain_meta;
  char *plain_outlet;
  GPtrArray *frames;     /* directory walk, a stack of DirFrame (walk.c) */
  guint walk_taken;      /* files of the folder argument being walked that */
  guint walk_others;     /* have names that are read, and other files */
  GHashTable *visited;   /* "dev:ino" of directories walked */
  /* Unless keep_duplicates: what was read, to skip it when met again. */
  GHashTable *dirs_read; /* "dev:ino" -> path of every directory walked */
  Dupes *files_read;     /* a file's device and inode -> its name */
  Dupes *texts_read;     /* repeats_text_key () -> the article's where */
  guint64 text_key;      /* repeats_text_key () of the article just read
                            (with texts_read) */
  Jsonl *jsonl;          /* the open JSON Lines file, or NULL */
  JsonParser *parser;
  JsonLine *jsonline;    /* the fast path for flat objects */
  guint64 bytes_done;    /* bytes of finished files */
  guint64 bytes_cur;     /* bytes of the open file */
};

/* input.c: the parts of the reader the others call back. */

/* Sends a warning or note (without the "framing: " prefix) through the
 * options' callback. */
void reader_warn (InputReader *r, const char *fmt, ...) G_GNUC_PRINTF (2, 3);

/* Notes that the file WHERE is UTF-16 in ORDER by its byte order mark,
 * and the BAD invalid sequences its decoding replaced, if any. */
void reader_note_utf16 (InputReader *r, const char *where, Utf16Order order,
                        guint bad);
/* Notes that the file WHERE began with a UTF-8 byte order mark. */
void reader_note_utf8_bom (InputReader *r, const char *where);
/* Whether the file S, opened as WHERE, was read before (and not kept
 * twice): then a note names both, and it is to be skipped. */
gboolean reader_seen_file (InputReader *r, const Stream *s, const char *where);
/* Warns about N replacements in FILE, if any. */
void reader_warn_utf8 (InputReader *r, const char *file, guint n);
/* Completes OWN (an article's own metadata, taken over; may be NULL)
 * with the lower precedence levels and overrides it with the manifest
 * row. */
GHashTable *reader_meta (InputReader *r, GHashTable *own, const char *subdir);
/* A new article that takes META and TEXT over. */
FramingArticle *article_new (const char *id, const char *where,
                             GHashTable *meta, GString *text,
                             guint bad_utf8, guint repeated);
/* Forgets the current top-level item's metadata. */
void reader_clear_item (InputReader *r);
/* Starts on the file FS (opened as AT says when AT is not NULL): a JSON
 * Lines file is opened (INPUT_DONE), a text file read (INPUT_ARTICLE or
 * INPUT_BAD); a file of a folder that turns out not to be a regular file
 * is noted and skipped (INPUT_DONE).  OPEN_PREFIX, for a manifest row, is
 * "MANIFEST:LINE". */
InputStatus reader_file_start (InputReader *r, const char *fs,
                               OpenAt *at, const char *id,
                               const char *subdir, const char *open_prefix,
                               FramingArticle **article, GError **error);
/* Starts on one top-level path (FS, shown as ID): a directory, a JSON
 * Lines file or a text file.  OPEN_PREFIX as for reader_file_start (). */
InputStatus reader_top_start (InputReader *r, const char *fs, const char *id,
                              const char *open_prefix,
                              FramingArticle **article, GError **error);

/* injson.c: JSON Lines files. */

/* Opens FS (NULL: standard input; AT: as there) as the reader's current
 * JSON Lines file, unless it is a file read before (reader_seen_file ());
 * FALSE with errno set when it cannot be opened. */
gboolean jsonl_open (InputReader *r, const char *fs, OpenAt *at,
                     const char *id, const char *where, const char *subdir);
/* Closes the open JSON Lines file (if any), with its UTF-8 warning. */
void jsonl_close (InputReader *r);
/* The next article of the open JSON Lines file; INPUT_DONE (and the file
 * closed) at its end. */
InputStatus jsonl_next (InputReader *r, FramingArticle **article,
                        GError **error);

/* walk.c: the directory walk. */

/* Notes that the file PATH of a folder, of file type MODE (S_IFIFO,
 * S_IFSOCK, ...), is skipped. */
void walk_note_odd (InputReader *r, const char *path, unsigned mode);
/* Frees a directory frame of r->frames. */
void walk_frame_free (gpointer frame);
/* Pushes the directory FS (already stat'ed as ST) onto the walk, unless
 * it was walked before. */
gboolean walk_push (InputReader *r, const char *fs, const char *id,
                    const char *subdir, const struct stat *st,
                    const char *open_prefix, GError **error);
/* One step of the directory walk: INPUT_DONE when nothing came of it. */
InputStatus walk_next (InputReader *r, FramingArticle **article,
                       GError **error);

/* manifest.c */

/* Opens the manifest PATH and reads its header; NULL with ERROR set. */
Manifest *manifest_open (const char *path, GError **error);
/* Frees M (NULL is a no-op). */
void manifest_free (Manifest *m);
/* Whether every row of M has been read. */
gboolean manifest_done (const Manifest *m);
/* Starts on the next manifest row. */
InputStatus manifest_next (InputReader *r, FramingArticle **article,
                           GError **error);

G_END_DECLS

#endif /* FRAMING_INPUT_PRIVATE_H */
