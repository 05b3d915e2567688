/* framing.h - project-wide definitions: the error domain, limits and the
 * lock of the threads' short critical sections.
 *
 * Every recoverable failure in libframing is reported through a GError in
 * the FRAMING_ERROR domain whose message is complete and user-facing,
 * e.g. "lexicons/peace.lex:12: bad weight 'x'".  The program prefixes it
 * with "framing: " when it prints it.
 */
#ifndef FRAMING_H
#define FRAMING_H

#include <glib.h>
#include <stdarg.h>
#include <stdio.h>

G_BEGIN_DECLS

#define FRAMING_ERROR (framing_error_quark ())

typedef enum {
  FRAMING_ERROR_IO,       /* a file could not be opened, read or written */
  FRAMING_ERROR_INPUT,    /* a bad article, manifest row or JSON line */
  FRAMING_ERROR_LEXICON,  /* a bad lexicon file or line */
  FRAMING_ERROR_LANGUAGE, /* an unknown Snowball language */
  FRAMING_ERROR_USAGE,    /* a bad option value (exit status 2) */
  FRAMING_ERROR_LIMIT,    /* a documented resource limit was exceeded */
  FRAMING_ERROR_BROKEN_PIPE /* standard output is a closed pipe (a run
                               ends quietly) */
} FramingErrorCode;

GQuark framing_error_quark (void);

/* Writers.  A library function that writes to a stream its caller gave
 * (a FILE *, whose name only the caller knows) returns FALSE on a write
 * error and sets ERROR to "write error: why", for the caller to prefix
 * with the stream's name ("standard output: write error: No space left
 * on device"): FRAMING_ERROR_BROKEN_PIPE for a closed pipe (EPIPE), else
 * FRAMING_ERROR_IO.  A failure it can name itself (a temporary file, a
 * file it opened) has a complete message instead. */

/* Set ERROR for a write that failed with errno ERRNUM (0: EIO) as
 * above; returns FALSE. */
gboolean framing_write_error (GError **error, int errnum);

/* Flush OUT; FALSE and ERROR (framing_write_error ()) when this or an
 * earlier write to OUT failed (its error indicator is set).  Call it
 * right after the last write: the reason of an earlier failure is taken
 * from errno. */
gboolean framing_flush (FILE *out, GError **error);

/* Set ERROR (CODE) to "FILE:LINE: " and the message FORMAT makes, for a
 * bad line of a file read; returns FALSE. */
gboolean framing_fail_at (GError **error, int code, const char *file,
                          guint line, const char *format, va_list ap)
  G_GNUC_PRINTF (5, 0);

/* Largest article (decoded text) and largest JSON line accepted, in bytes. */
#define FRAMING_MAX_ARTICLE_BYTES (64u * 1024u * 1024u)

/* Largest lexicon file, and longest lexicon line, accepted in bytes. */
#define FRAMING_MAX_LEXICON_BYTES (64u * 1024u * 1024u)
#define FRAMING_MAX_LEXICON_LINE 4096u

/* Deepest folder walked below an input directory (a deeper one is
 * reported and skipped). */
#define FRAMING_MAX_DIR_DEPTH 100

/* Deepest nesting of arrays and objects accepted in a JSON line (the JSON
 * parser recurses once per level: deeper input would exhaust the stack). */
#define FRAMING_MAX_JSON_DEPTH 1000

/* Lock MUTEX, which its holders keep only briefly (a fraction of a
 * microsecond, or a page fault): a thread that finds it taken tries
 * again for a while before it sleeps on it.  Going to sleep and being
 * woken (two system calls, and a wake-up of another processor) costs far
 * more than such a wait, and threads that meet at a lock thousands of
 * times a run would otherwise sleep each time. */
void framing_mutex_lock (GMutex *mutex);

G_END_DECLS

#endif /* FRAMING_H */
