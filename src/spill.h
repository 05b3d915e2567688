/* spill.h - records written out in key order with bounded memory (an
 * external merge sort).
 *
 * A Spill collects records, each a key and a payload of bytes.  Records
 * are kept in memory up to a budget; then the batch is sorted by key and
 * written to an anonymous temporary file (in $TMPDIR, else /tmp) as one
 * sorted run.  spill_write() merges the runs and the batch still in memory
 * and writes every payload in key order (byte order of the keys, as
 * memcmp; equal keys keep the order of their spill_add() calls).  Memory
 * is the budget plus a small read buffer per run, whatever the number of
 * records.  A Spill belongs to one thread.
 */
#ifndef FRAMING_SPILL_H
#define FRAMING_SPILL_H

#include <glib.h>
#include <stdio.h>

G_BEGIN_DECLS

/* The default budget of records kept in memory, in bytes. */
#define SPILL_DEFAULT_BUDGET (8u * 1024u * 1024u)

typedef struct _Spill Spill;

/* A spill keeping up to BUDGET bytes of records in memory (0: the
 * default). */
Spill *spill_new (gsize budget);
void spill_free (Spill *spill);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Spill, spill_free)

/* Add a record: KEY_LEN bytes of KEY and LEN bytes of DATA (both copied).
 * A failure to write a run is remembered and reported by spill_write(). */
void spill_add (Spill *spill, const void *key, gsize key_len,
                const void *data, gsize len);

/* The number of records added. */
guint64 spill_count (const Spill *spill);

/* What spill_foreach () hands each payload to: LEN bytes at PAYLOAD
 * (valid only during the call) and DATA.  FALSE, with ERROR set, stops
 * the walk. */
typedef gboolean (*SpillFunc) (const void *payload, gsize len, gpointer data,
                               GError **error);

/* Hand every payload to FUNC in key order; may be called again.  FALSE
 * and ERROR when the temporary file could not be written or read back
 * (a complete message), or FUNC's ERROR when it stopped the walk. */
gboolean spill_foreach (Spill *spill, SpillFunc func, gpointer data,
                        GError **error);

/* Write every payload to OUT in key order; may be called again.  FALSE
 * and ERROR when the temporary file could not be written or read back
 * (a complete message), or when a write to OUT failed ("write error:
 * why", for the caller to name OUT: framing.h). */
gboolean spill_write (Spill *spill, FILE *out, GError **error);

G_END_DECLS

#endif /* FRAMING_SPILL_H */
