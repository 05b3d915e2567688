/* jsonline.h - a fast parser for the common JSON line: one flat object.
 *
 * Corpora in JSON Lines are mostly one flat object a line whose values
 * are strings (and a few numbers, booleans or nulls).  jsonline_parse()
 * reads exactly such a line, decoding each string (escapes and \u
 * surrogate pairs included), without building a tree.  Whatever it is not
 * sure to read exactly as json-glib does, it declines, and the caller
 * uses json-glib: nested values, long or unusual numbers, a lone
 * surrogate or \u0000, raw control characters in strings, non-ASCII or
 * repeated member names (compared without ASCII case), white space other
 * than space, tab and carriage return, any syntax error.  The line must
 * be valid UTF-8.
 */
#ifndef FRAMING_JSONLINE_H
#define FRAMING_JSONLINE_H

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *name;   /* decoded, NUL-terminated (ASCII) */
  const char *value;  /* decoded string (NUL-terminated), or the number,
                         true, false or null as written */
  gsize value_len;
  gboolean is_string;
  gboolean is_number;
} JsonLineMember;

typedef struct _JsonLine JsonLine;

/* A parser with reusable buffers.  Free with jsonline_free(). */
JsonLine *jsonline_new (void);
void jsonline_free (JsonLine *jl);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsonLine, jsonline_free)

/* Parse the LEN bytes at S.  TRUE: the members are those of
 * jsonline_member() (valid until the next parse); FALSE: not a line for
 * the fast path (it may still be valid JSON). */
gboolean jsonline_parse (JsonLine *jl, const char *s, gsize len);

/* The number of members of the last line parsed, and member I. */
guint jsonline_n_members (const JsonLine *jl);
const JsonLineMember *jsonline_member (const JsonLine *jl, guint i);

/* The member called NAME (exact), or NULL. */
const JsonLineMember *jsonline_find (const JsonLine *jl, const char *name);

G_END_DECLS

#endif /* FRAMING_JSONLINE_H */
