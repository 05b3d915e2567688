/* progress.h - the progress line on standard error (--progress).
 *
 * One line, rewritten in place ("\r"), with the articles read, the
 * megabytes read, the rate and, when the total size of the input is
 * known, the time left.  It appears only once a run has lasted about two
 * seconds, is redrawn at most five times a second, and is erased when the
 * run ends or before a message is printed.  Under PROGRESS_AUTO it is
 * shown only when standard error is a terminal.  A Progress belongs to
 * one thread.
 *
 * It is the one part of libframing that writes to standard error: it is
 * a terminal display redrawn in place, not a message, and it needs no
 * words from the program.  Handing it to the program would take a
 * callback for each of draw, redraw and erase to do the same writes.  Its
 * owner (the pipeline) erases it before it hands a message over to be
 * printed.
 */
#ifndef FRAMING_PROGRESS_H
#define FRAMING_PROGRESS_H

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  PROGRESS_AUTO,   /* when standard error is a terminal */
  PROGRESS_ALWAYS,
  PROGRESS_NEVER
} ProgressMode;

/* The mode named NAME (auto, always, never; NULL: auto); FALSE for any
 * other name. */
gboolean progress_parse_mode (const char *name, ProgressMode *mode);

typedef struct _Progress Progress;

/* A progress line for a run over TOTAL_BYTES of input (0: unknown). */
Progress *progress_new (ProgressMode mode, guint64 total_bytes);

/* Erases the line (if shown) and frees; NULL is a no-op. */
void progress_free (Progress *progress);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Progress, progress_free)

/* Tell how far the run is: ARTICLES read, BYTES of input read. */
void progress_update (Progress *progress, guint64 articles, guint64 bytes);

/* Erase the line, if shown, so that a message can be printed; the next
 * update draws it again.  NULL is a no-op. */
void progress_clear (Progress *progress);

/* The text of the line for ARTICLES, BYTES after SECONDS, TOTAL bytes in
 * all (0: unknown), e.g. "framing: 1200 articles, 8.4 MB, 4.2 MB/s, 0:03
 * left" (exported for the tests).  Newly allocated. */
char *progress_format (guint64 articles, guint64 bytes, double seconds,
                       guint64 total);

G_END_DECLS

#endif /* FRAMING_PROGRESS_H */
