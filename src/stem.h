/* stem.h - Snowball stemming through libstemmer, with a per-stemmer cache.
 *
 * A FramingStemmer belongs to one thread: it owns one sb_stemmer and a
 * cache from folded token form to stem, so each distinct form is stemmed
 * once.  Input forms must already be NFKC-normalised and case-folded
 * (text_tokenize() and text_fold() produce such forms).
 */
#ifndef FRAMING_STEM_H
#define FRAMING_STEM_H

#include <glib.h>

G_BEGIN_DECLS

typedef struct _FramingStemmer FramingStemmer;

/* A stemmer for LANGUAGE (a name of sb_stemmer_list(), e.g. "english").
 * Returns NULL and sets ERROR (FRAMING_ERROR_LANGUAGE) for an unknown
 * language. */
FramingStemmer *stem_new (const char *language, GError **error);

/* Frees the stemmer and every stem it returned; NULL is a no-op. */
void stem_free (FramingStemmer *stemmer);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FramingStemmer, stem_free)

/* The stemmer's language name. */
const char *stem_language (const FramingStemmer *stemmer);

/* The stem of FORM (LEN bytes, LEN < 0: NUL-terminated).  The returned
 * string is owned by the stemmer and stays valid until stem_free(). */
const char *stem_word (FramingStemmer *stemmer, const char *form, gssize len);

/* The stem of FORM (LEN bytes) without the cache: the returned bytes
 * (*STEM_LEN of them, NUL-terminated) belong to the stemmer and are valid
 * only until its next call.  For callers that keep their own cache. */
const char *stem_word_uncached (FramingStemmer *stemmer, const char *form,
                                gsize len, gsize *stem_len);

/* The languages libstemmer knows, NULL-terminated (static storage). */
const char *const *stem_languages (void);

G_END_DECLS

#endif /* FRAMING_STEM_H */
