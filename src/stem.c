/* stem.c - Snowball stemming through libstemmer, with a per-stemmer cache.
 *
 * libstemmer returns a pointer into the stemmer's own buffer that the next
 * call overwrites, so every stem is copied once into the cache, which maps
 * each distinct folded form to its stem for the stemmer's lifetime.
 */
#include "stem.h"

#include <libstemmer.h>
#include <string.h>

#include "framing.h"

struct _FramingStemmer {
  struct sb_stemmer *sb;
  char *language;
  GHashTable *cache; /* folded form (owned) -> stem (owned) */
};

/* Whether LANGUAGE is one of libstemmer's names. */
static gboolean
language_known (const char *language)
{
  for (const char **l = sb_stemmer_list (); *l != NULL; l++)
    if (strcmp (*l, language) == 0)
      return TRUE;
  return FALSE;
}

FramingStemmer *
stem_new (const char *language, GError **error)
{
  g_return_val_if_fail (language != NULL, NULL);

  /* sb_stemmer_new also accepts ISO codes ("en"); framing(1) names the
   * languages by sb_stemmer_list(), so only those are accepted. */
  if (!language_known (language))
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LANGUAGE,
                   "unknown language '%s' (run 'framing stem --list' for the "
                   "names)", language);
      return NULL;
    }
  struct sb_stemmer *sb = sb_stemmer_new (language, "UTF_8");
  if (sb == NULL)
    g_error ("out of memory creating a '%s' stemmer", language);

  FramingStemmer *stemmer = g_new0 (FramingStemmer, 1);
  stemmer->sb = sb;
  stemmer->language = g_strdup (language);
  stemmer->cache = g_hash_table_new_full (g_str_hash, g_str_equal,
                                          g_free, g_free);
  return stemmer;
}

void
stem_free (FramingStemmer *stemmer)
{
  if (stemmer == NULL)
    return;
  sb_stemmer_delete (stemmer->sb);
  g_hash_table_destroy (stemmer->cache);
  g_free (stemmer->language);
  g_free (stemmer);
}

const char *
stem_language (const FramingStemmer *stemmer)
{
  return stemmer->language;
}

const char *
stem_word (FramingStemmer *stemmer, const char *form, gssize len)
{
  g_autofree char *copy = NULL;

  if (len < 0)
    len = (gssize) strlen (form);
  else if (form[len] != '\0')
    form = copy = g_strndup (form, (gsize) len);

  const char *cached = g_hash_table_lookup (stemmer->cache, form);
  if (cached != NULL)
    return cached;

  const sb_symbol *s = sb_stemmer_stem (stemmer->sb, (const sb_symbol *) form,
                                        (int) len);
  if (s == NULL)
    g_error ("out of memory in the Snowball stemmer");
  char *stem = g_strndup ((const char *) s,
                          (gsize) sb_stemmer_length (stemmer->sb));
  g_hash_table_insert (stemmer->cache,
                       copy != NULL ? g_steal_pointer (&copy) : g_strdup (form),
                       stem);
  return stem;
}

const char *
stem_word_uncached (FramingStemmer *stemmer, const char *form, gsize len,
                    gsize *stem_len)
{
  const sb_symbol *s = sb_stemmer_stem (stemmer->sb, (const sb_symbol *) form,
                                        (int) len);
  if (s == NULL)
    g_error ("out of memory in the Snowball stemmer");
  *stem_len = (gsize) sb_stemmer_length (stemmer->sb);
  return (const char *) s;
}

const char *const *
stem_languages (void)
{
  return (const char *const *) sb_stemmer_list ();
}
