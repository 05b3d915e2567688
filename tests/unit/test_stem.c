/* test_stem.c - the libstemmer wrapper: stems, cache, languages. */
#include <locale.h>
#include <string.h>

#include "framing.h"
#include "stem.h"
#include "unit.h"

/* English stems as Snowball's English (Porter2) algorithm gives them. */
static void
test_english_stems (void)
{
  g_autoptr (FramingStemmer) s = stem_new ("english", NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (s);
  CU_ASSERT_STRING_EQUAL (stem_word (s, "offensive", -1), "offens");
  CU_ASSERT_STRING_EQUAL (stem_word (s, "offensives", -1), "offens");
  CU_ASSERT_STRING_EQUAL (stem_word (s, "attacks", -1), "attack");
  CU_ASSERT_STRING_EQUAL (stem_word (s, "attacked", -1), "attack");
  CU_ASSERT_STRING_EQUAL (stem_word (s, "negotiations", -1), "negoti");
  CU_ASSERT_STRING_EQUAL (stem_word (s, "russia's", -1), "russia");
  CU_ASSERT_STRING_EQUAL (stem_word (s, "generously", -1), "generous");
  CU_ASSERT_STRING_EQUAL (stem_word (s, "2023", -1), "2023");
  CU_ASSERT_STRING_EQUAL (stem_language (s), "english");
}

/* A length stops the word even without a NUL; the cache keeps one copy. */
static void
test_length_and_cache (void)
{
  g_autoptr (FramingStemmer) s = stem_new ("english", NULL);
  const char *a = stem_word (s, "running fast", 7);
  CU_ASSERT_STRING_EQUAL (a, "run");
  const char *b = stem_word (s, "running", -1);
  CU_ASSERT_PTR_EQUAL (a, b);
  /* A later, different word does not overwrite an earlier stem. */
  stem_word (s, "generations", -1);
  CU_ASSERT_STRING_EQUAL (a, "run");
}

/* Another language: German stems differ from English ones. */
static void
test_german (void)
{
  g_autoptr (FramingStemmer) s = stem_new ("german", NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (s);
  CU_ASSERT_STRING_EQUAL (stem_word (s, "verhandlungen", -1), "verhandl");
}

/* An unknown name, and an ISO code libstemmer would take, are refused. */
static void
test_unknown_language (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FramingStemmer) s = stem_new ("klingon", &error);
  CU_ASSERT_PTR_NULL (s);
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_TRUE (g_error_matches (error, FRAMING_ERROR, FRAMING_ERROR_LANGUAGE));
  CU_ASSERT_PTR_NOT_NULL (strstr (error->message, "unknown language 'klingon'"));
  g_clear_error (&error);
  CU_ASSERT_PTR_NULL (stem_new ("en", &error));
  CU_ASSERT_PTR_NOT_NULL (error);
}

/* Every listed language makes a stemmer. */
static void
test_languages (void)
{
  guint n = 0;
  gboolean english = FALSE;
  for (const char *const *l = stem_languages (); *l != NULL; l++, n++)
    {
      g_autoptr (FramingStemmer) s = stem_new (*l, NULL);
      CU_ASSERT_PTR_NOT_NULL (s);
      english |= strcmp (*l, "english") == 0;
    }
  CU_ASSERT_TRUE (english);
  CU_ASSERT_TRUE (n >= 15);
}

/* Freeing NULL is a no-op. */
static void
test_free_null (void)
{
  stem_free (NULL);
  CU_PASS ("stem_free (NULL) returned");
}

static const UnitCase cases[] = {
  { "english stems", test_english_stems },
  { "length and cache", test_length_and_cache },
  { "german", test_german },
  { "unknown language", test_unknown_language },
  { "languages", test_languages },
  { "free NULL", test_free_null },
  { NULL, NULL }
};

UNIT_MAIN ("stem", cases)
