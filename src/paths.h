/* paths.h - where the shipped data is: lexicons and the example corpus.
 *
 * The program run from its build tree uses the source tree's data, so a
 * fresh build works before "make install"; an installed program uses
 * $(pkgdatadir).  FRAMING_DATADIR in the environment overrides both.
 */
#ifndef FRAMING_PATHS_H
#define FRAMING_PATHS_H

#include <glib.h>

G_BEGIN_DECLS

/* The data directory holding lexicons/ and examples/ (newly allocated). */
char *paths_data_dir (void);

/* The shipped lexicon directory (newly allocated). */
char *paths_lexicon_dir (void);

/* The manifest of the bundled example corpus (newly allocated). */
char *paths_example_manifest (void);

G_END_DECLS

#endif /* FRAMING_PATHS_H */
