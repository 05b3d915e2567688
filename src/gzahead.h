/* gzahead.h - a gzip stream decompressed ahead of its reader.
 *
 * Inflating is a quarter of the work on a gzipped JSON Lines corpus, and
 * the reading thread is the one thread a run cannot split.  A GzAhead
 * inflates in a thread of its own, a few chunks ahead of the reader, so
 * that with -j 2 or more the decompression overlaps everything else.
 * Reads give the same bytes, offsets and errors as gzread() would.
 */
#ifndef FRAMING_GZAHEAD_H
#define FRAMING_GZAHEAD_H

#include <glib.h>
#include <zlib.h>

G_BEGIN_DECLS

typedef struct _GzAhead GzAhead;

/* What one gz_ahead_read () saw besides its bytes. */
typedef struct {
  gint64 offset;     /* gzoffset () after the bytes read, or -1 */
  int errnum;        /* gzerror ()'s code when the read ended the stream:
                        Z_OK at a clean end */
  int sys_errno;     /* errno for Z_ERRNO */
  gboolean direct;   /* the data is not gzip (gzdirect ()) */
} GzAheadStatus;

/* Start inflating GZ (borrowed: close it only after gz_ahead_free ()) in
 * a thread of its own. */
GzAhead *gz_ahead_new (gzFile gz);

/* Up to N bytes of the inflated stream into BUF: their number, 0 at the
 * end, or -1 on an error; STATUS says which end or error, as gzread (),
 * gzerror () and gzdirect () would have. */
int gz_ahead_read (GzAhead *ahead, char *buf, unsigned n,
                   GzAheadStatus *status);

/* Stop the thread (it may be blocked ahead of the reader) and free. */
void gz_ahead_free (GzAhead *ahead);

G_END_DECLS

#endif /* FRAMING_GZAHEAD_H */
