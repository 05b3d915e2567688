/* lexicon-import.h - dictionaries of other tools read as topics, and
 * topics written for other tools (framing-lexicon(5), "IMPORTING AND
 * EXPORTING").
 *
 * lexicon-import.c reads a LIWC dictionary (.dic), a quanteda YAML
 * dictionary (.yml, .yaml) or a Lexicoder dictionary (.lc3, .lcd) into a
 * LexImport: one topic per category, each pattern translated into one
 * entry in lexicon syntax and tied to its line in the source file, so
 * that the lexicon parser reports that line.  lexicon-export.c writes
 * loaded topics as a LIWC or quanteda YAML dictionary.  What does not
 * translate either way is told as notes ("FILE:LINE: warning: ...",
 * appended to a GPtrArray of strings); the library never prints them.
 */
#ifndef FRAMING_LEXICON_IMPORT_H
#define FRAMING_LEXICON_IMPORT_H

#include <glib.h>
#include <stdio.h>

#include "lexicon.h"
#include "stem.h"

G_BEGIN_DECLS

typedef enum {
  LEX_FORMAT_LEX,       /* framing's own: one topic per .lex file */
  LEX_FORMAT_LIWC,      /* LIWC .dic */
  LEX_FORMAT_YAML,      /* quanteda YAML, .yml or .yaml */
  LEX_FORMAT_LEXICODER  /* Lexicoder .lc3 or .lcd */
} LexFormat;

/* The format of PATH by its extension (ASCII case ignored); anything
 * else is LEX_FORMAT_LEX. */
LexFormat lex_format_of_path (const char *path);

/* What FORMAT is called in messages: "LIWC", "quanteda YAML", ... */
const char *lex_format_name (LexFormat format);

/* One category of an imported dictionary. */
typedef struct {
  char *name;         /* the topic name (made safe, see lex_import_parse) */
  char *description;  /* a LIWC category's long name, or NULL */
  guint line;         /* the category's line in the source */
  GPtrArray *entries; /* char*: each entry in lexicon syntax */
  GArray *lines;      /* guint: the source line of each entry */
} LexImportTopic;

typedef struct {
  char *file;         /* the source file, as named to lex_import_parse */
  LexFormat format;
  GPtrArray *topics;  /* LexImportTopic*, in the order of the source */
} LexImport;

/* Read dictionary FILE, held in DATA (LEN bytes), in FORMAT (not
 * LEX_FORMAT_LEX).  A pattern that does not translate (a '?' glob, a '*'
 * that is not at the end, a pattern with no token) is left out with a
 * note in NOTES (may be NULL); so is a category with no pattern left.
 * A category name is made a usable topic name (white space, ':' and '/'
 * become '_'); nested YAML keys are joined with '.'.  NULL with ERROR
 * (FRAMING_ERROR_LEXICON, "FILE:LINE: reason") for a line the format does
 * not allow, and for a dictionary with no category left. */
LexImport *lex_import_parse (const char *file, const char *data, gsize len,
                             LexFormat format, GPtrArray *notes,
                             GError **error);

/* Read the dictionary at PATH, its format by its extension, as
 * lex_import_parse () does; FRAMING_ERROR_LEXICON ("PATH: ...") when the
 * extension is none of a dictionary's, and the errors of
 * lexicon_read_file (). */
LexImport *lex_import_file (const char *path, GPtrArray *notes,
                            GError **error);

/* Topic I of IMPORT as a .lex file (newly allocated). */
char *lex_import_topic_text (const LexImport *import, guint i);

/* Topic I of IMPORT parsed as the lexicon parser parses a file, its
 * messages naming the source file and line. */
LexTopic *lex_import_topic_compile (const LexImport *import, guint i,
                                    FramingStemmer *stemmer, GError **error);

void lex_import_free (LexImport *import);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LexImport, lex_import_free)

/* Write the topics of LEXICON to OUT as a dictionary in FORMAT
 * (LEX_FORMAT_LIWC or LEX_FORMAT_YAML), adding to NOTES (may be NULL)
 * what the format cannot express: stemmed words (written as spelt),
 * weights, stop phrases, entries with contexts (left out), context lists
 * and negation.  FALSE with ERROR when no topic is left
 * (FRAMING_ERROR_LEXICON; nothing is written) or writing to OUT failed
 * (see output_check_stream ()). */
gboolean lex_export (FILE *out, const FramingLexicon *lexicon,
                     LexFormat format, GPtrArray *notes, GError **error);

G_END_DECLS

#endif /* FRAMING_LEXICON_IMPORT_H */
