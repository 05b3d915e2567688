/* framing.h - project-wide definitions: the error domain and limits.
 *
 * Every recoverable failure in libframing is reported through a GError in
 * the FRAMING_ERROR domain whose message is complete and user-facing,
 * e.g. "lexicons/peace.lex:12: bad weight 'x'".  The program prefixes it
 * with "framing: " when it prints it.
 */
#ifndef FRAMING_H
#define FRAMING_H

#include <glib.h>

G_BEGIN_DECLS

#define FRAMING_ERROR (framing_error_quark ())

typedef enum {
  FRAMING_ERROR_IO,       /* a file could not be opened, read or written */
  FRAMING_ERROR_INPUT,    /* a bad article, manifest row or JSON line */
  FRAMING_ERROR_LEXICON,  /* a bad lexicon file or line */
  FRAMING_ERROR_LANGUAGE, /* an unknown Snowball language */
  FRAMING_ERROR_USAGE,    /* a bad option value (exit status 2) */
  FRAMING_ERROR_LIMIT     /* a documented resource limit was exceeded */
} FramingErrorCode;

GQuark framing_error_quark (void);

/* Largest article (decoded text) and largest JSON line accepted, in bytes. */
#define FRAMING_MAX_ARTICLE_BYTES (64u * 1024u * 1024u)

G_END_DECLS

#endif /* FRAMING_H */
