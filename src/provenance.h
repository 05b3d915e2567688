/* provenance.h - what a run of framing compare was made of, for a
 * reviewer to reproduce its numbers: run.json (framing-report(5)) and
 * the closing paragraph of the reports.
 *
 * The program makes a Provenance when the run starts (provenance_new ()
 * records the command line, the working directory and the time, which
 * SOURCE_DATE_EPOCH overrides), tells it the stemmer's language, the
 * lexicons (hashed at once: the reports name them by their hashes), the
 * inputs, every option that changes the numbers and the bootstrap, and
 * lets the input reader name each file it opens
 * (provenance_note_file () as InputOptions.on_file).  The inputs and
 * the articles' files are hashed only by provenance_write (), which
 * writes run.json: a run that writes no run.json reads them once.
 *
 * The inputs are recorded as given, and relative to the working
 * directory (absolute when outside it); the articles' files by the
 * names their articles' ids give them, which do not depend on where the
 * corpus lies when it was named relatively (a manifest's rows are
 * relative to the manifest).  Files are hashed with SHA-256 as they are
 * on disk (a .gz file as compressed).  The articles' files are summed
 * up by one hash, of the sha256sum(1) lines "HASH  NAME" of every file
 * in strcmp order of the names, and listed one by one only up to
 * PROVENANCE_LISTED_MAX files: the record stays small for a corpus of
 * tens of thousands of files.
 */
#ifndef FRAMING_PROVENANCE_H
#define FRAMING_PROVENANCE_H

#include <glib.h>
#include <stdio.h>

#include "lexicon.h"

G_BEGIN_DECLS

/* Article files listed one by one in run.json, at most; past this only
 * their count and combined hash are. */
#define PROVENANCE_LISTED_MAX 100

/* Hex digits of a SHA-256 that the reports show. */
#define PROVENANCE_SHORT_HASH 8

/* Version of the layout of run.json ("format"), raised when a field
 * changes meaning or goes. */
#define PROVENANCE_FORMAT 1

/* A file of the run: as given (NULL when the program chose it, as the
 * shipped lexicons), its path relative to the working directory, and its
 * SHA-256 in lower-case hex (NULL until hashed). */
typedef struct {
  char *given;
  char *path;
  char *sha256;
} ProvenanceFile;

typedef struct _Provenance Provenance;

/* The provenance of a run of ARGV (NULL-terminated, copied), started
 * now, or at SOURCE_DATE_EPOCH when that is set (the convention of
 * reproducible-builds.org).  NULL and ERROR (FRAMING_ERROR_USAGE) when
 * SOURCE_DATE_EPOCH is not a whole number of seconds, or the working
 * directory cannot be had (FRAMING_ERROR_IO). */
Provenance *provenance_new (const char *const *argv, GError **error);

/* Free P; NULL is a no-op. */
void provenance_free (Provenance *p);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Provenance, provenance_free)

/* The command line, as given to provenance_new (). */
const char *const *provenance_argv (const Provenance *p);

/* When the run started, in UTC: "2024-05-01T12:00:00Z". */
const char *provenance_started (const Provenance *p);

/* The working directory of the run. */
const char *provenance_working_directory (const Provenance *p);

/* The stemmer's language (its library's version is the one configure
 * found: STEMMER_VERSION in config.h). */
void provenance_set_language (Provenance *p, const char *language);

/* The bootstrap of the intervals: its SEED and number of RESAMPLES. */
void provenance_set_bootstrap (Provenance *p, guint64 seed, guint resamples);
guint64 provenance_seed (const Provenance *p);
guint provenance_resamples (const Provenance *p);

/* The lexicon files of LEXICON (its topics, then its context lists),
 * loaded from GIVEN (N_GIVEN paths as given; none: the shipped set), and
 * their SHA-256, computed now.  FALSE and ERROR naming a file that
 * cannot be read. */
gboolean provenance_set_lexicons (Provenance *p, const char *const *given,
                                  guint n_given,
                                  const FramingLexicon *lexicon,
                                  GError **error);

/* The lexicon files, ProvenanceFile* in lexicon order, hashed. */
const GPtrArray *provenance_lexicon_files (const Provenance *p);

/* The manifest read (-m), and whether it is the bundled example's. */
void provenance_set_manifest (Provenance *p, const char *path,
                              gboolean bundled);

/* One input as given ("-": standard input). */
void provenance_add_input (Provenance *p, const char *given);

/* The file PATH, which the input reader opened and the articles' ids
 * name ID (PROVENANCE is the Provenance): an InputFileFunc (input.h).
 * A file is listed once per ID. */
void provenance_note_file (const char *path, const char *id,
                           gpointer provenance);

/* An option that changes the numbers, NAME in run.json's "options", in
 * the order set: a string (NULL: null), a number, a truth value, a list
 * of strings (NULL-terminated; NULL: null), or a file (NULL: null),
 * recorded as given, relative to the working directory and hashed by
 * provenance_write (). */
void provenance_option_string (Provenance *p, const char *name,
                               const char *value);
void provenance_option_int (Provenance *p, const char *name, gint64 value);
void provenance_option_bool (Provenance *p, const char *name,
                             gboolean value);
void provenance_option_strv (Provenance *p, const char *name,
                             const char *const *values);
void provenance_option_file (Provenance *p, const char *name,
                             const char *path);

/* Hash the inputs, the manifest, the option files and the articles'
 * files, then write run.json to OUT (pretty-printed, keys in a fixed
 * order).  FALSE and ERROR naming a file that cannot be read, or a
 * write error ("write error: ...", as output_check_stream ()). */
/* What the run was made of as text, for a table: name, value, name,
 * value, ..., NULL-terminated, newly allocated: "command" (the command
 * line), "language", "lexicons" (their paths), each option as set (a
 * list joined by ", ", a file by its path, an unset one empty), "seed",
 * "resamples". */
char **provenance_pairs (const Provenance *p);

gboolean provenance_write (Provenance *p, FILE *out, GError **error);

/* The SHA-256 of the file PATH in lower-case hex, newly allocated; NULL
 * and ERROR ("PATH: cannot read: why") when it cannot be read. */
char *provenance_sha256_file (const char *path, GError **error);

/* PATH relative to the working directory CWD when it lies below it,
 * else absolute; "." and ".." are resolved as written (symbolic links
 * are not followed).  Newly allocated. */
char *provenance_relative_path (const char *cwd, const char *path);

G_END_DECLS

#endif /* FRAMING_PROVENANCE_H */
