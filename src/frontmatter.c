/* frontmatter.c - the front matter at the top of a text file.
 *
 * The first line is exactly "---" (trailing white space allowed); `key:
 * value` lines (keys trimmed and lower-cased, values trimmed and unquoted
 * once) up to the next "---" line; blank lines and '#' lines are ignored;
 * empty values are not stored.  A line without a key, or no closing
 * "---", makes the file a bad input.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include "input-private.h"

#include "framing.h"

#include <string.h>

/* Whether the LEN bytes at S are "---" followed only by white space. */
static gboolean
is_fence (const char *s, gsize len)
{
  const char *a = s, *b = s + len;
  if (len < 3 || memcmp (s, "---", 3) != 0)
    return FALSE;
  a += 3;
  trim_span (&a, &b);
  return a == b;
}

/* Removes one pair of matching surrounding quotes from V in place. */
static void
unquote (char *v)
{
  gsize n = strlen (v);
  if (n >= 2 && (v[0] == '"' || v[0] == '\'') && v[n - 1] == v[0])
    {
      memmove (v, v + 1, n - 2);
      v[n - 2] = '\0';
    }
}

/* Parses one front matter line (LINENO of WHERE) into META. */
static gboolean
front_matter_line (const char *s, gsize len, const char *where, guint lineno,
                   GHashTable *meta, GError **error)
{
  const char *a = s, *b = s + len;
  trim_span (&a, &b);
  if (a == b || *a == '#')
    return TRUE;
  const char *colon = memchr (a, ':', (gsize) (b - a));
  g_autofree char *key = colon != NULL ? trim_dup (a, (gsize) (colon - a)) : NULL;
  if (key == NULL || *key == '\0')
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s:%u: expected 'key: value' in front matter", where, lineno);
      return FALSE;
    }
  g_autofree char *value = trim_dup (colon + 1, (gsize) (b - colon - 1));
  unquote (value);
  if (*value != '\0')
    meta_set (meta, key, value);
  return TRUE;
}

/* Splits front matter off TEXT: *BODY is the offset of the body and *META
 * the keys (NULL without front matter). */
gboolean
frontmatter_parse (const GString *text, const char *where, gsize *body,
                    GHashTable **meta, GError **error)
{
  const char *s = text->str, *end = s + text->len;
  const char *nl = memchr (s, '\n', text->len);
  *body = 0;
  *meta = NULL;
  if (!is_fence (s, (gsize) ((nl != NULL ? nl : end) - s)))
    return TRUE;
  g_autoptr (GHashTable) m = meta_new ();
  guint lineno = 1;
  while (nl != NULL)
    {
      const char *line = nl + 1;
      lineno++;
      nl = memchr (line, '\n', (gsize) (end - line));
      gsize len = (gsize) ((nl != NULL ? nl : end) - line);
      if (is_fence (line, len))
        {
          *body = nl != NULL ? (gsize) (nl + 1 - s) : text->len;
          *meta = g_steal_pointer (&m);
          return TRUE;
        }
      if (!front_matter_line (line, len, where, lineno, m, error))
        return FALSE;
    }
  g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
               "%s:1: unterminated front matter", where);
  return FALSE;
}
