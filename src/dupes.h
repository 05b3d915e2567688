/* dupes.h - keys seen, each with the name it was first met under: the
 * reader's memory of files and texts read (input.c), and a merge's of the
 * texts of counts files (pipeline.c).  See dupes.c for how memory stays
 * small. */
#ifndef FRAMING_DUPES_H
#define FRAMING_DUPES_H

#include <glib.h>

G_BEGIN_DECLS

typedef struct _Dupes Dupes;

/* A new empty set; free with dupes_free () (NULL is a no-op). */
Dupes *dupes_new (void);
void dupes_free (Dupes *d);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Dupes, dupes_free)
/* The name KEY was first met under (free with g_free), or NULL when it
 * is new: it is then added, met under NAME. */
char *dupes_check (Dupes *d, guint64 key, const char *name);

G_END_DECLS

#endif /* FRAMING_DUPES_H */
