/* output.h - output files written atomically, and the write errors of
 * a stream told through GError.
 *
 * Each file is written under a temporary name in its target directory and
 * renamed into place only when every file of the run has been written, so
 * a failed run leaves the directory as it was and never half-written.  A
 * run killed by SIGINT, SIGTERM or SIGHUP removes its temporaries first.
 */
#ifndef FRAMING_OUTPUT_H
#define FRAMING_OUTPUT_H

#include <glib.h>
#include <stdio.h>

G_BEGIN_DECLS

typedef struct _OutputSet OutputSet;

/* A set of files to be written into DIR (created if missing).  NULL and
 * ERROR when DIR cannot be created or is not a directory. */
OutputSet *output_set_new (const char *dir, GError **error);

/* A stream for file NAME of the set, open on a temporary file; NULL and
 * ERROR when it cannot be created.  The stream belongs to the set. */
FILE *output_set_add (OutputSet *set, const char *name, GError **error);

/* Flush, sync and close every stream, then rename each into place.  On
 * any failure no file is renamed, the temporaries are removed, and FALSE
 * is returned with ERROR set. */
gboolean output_set_commit (OutputSet *set, GError **error);

/* Removes any temporary not committed and frees the set; NULL: no-op. */
void output_set_free (OutputSet *set);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OutputSet, output_set_free)

/* Flush STREAM, a report, page or chart being written: FALSE and ERROR
 * ("write error: WHY", which the caller prefixes with the file's name)
 * when a write to it failed.  EPIPE is FRAMING_ERROR_BROKEN_PIPE, any
 * other error FRAMING_ERROR_IO.  The stream stays open. */
gboolean output_check_stream (FILE *stream, GError **error);

/* Flush and close STREAM (stdout), turning a write error into ERROR
 * naming WHAT.  EPIPE is FRAMING_ERROR_BROKEN_PIPE so that callers can
 * exit quietly; any other error is FRAMING_ERROR_IO. */
gboolean output_close_stream (FILE *stream, const char *what, GError **error);

G_END_DECLS

#endif /* FRAMING_OUTPUT_H */
