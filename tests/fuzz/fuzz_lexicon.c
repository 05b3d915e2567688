/* fuzz_lexicon.c - fuzz target: a lexicon file (lexicon_parse_topic),
 * either a topic with entries or one "FILE:LINE: reason" error. */
#include "fuzz.h"

#include <math.h>

#include "framing.h"
#include "lexicon.h"

/* Parses the input as a lexicon file. */
int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (FramingStemmer) stemmer = stem_new ("english", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (LexTopic) topic = lexicon_parse_topic ("fuzz.lex",
                                                    (const char *) data, size,
                                                    stemmer, &error);
  if (topic == NULL)
    {
      g_assert (error != NULL && g_str_has_prefix (error->message, "fuzz.lex:"));
      return 0;
    }
  g_assert (error == NULL && topic->entries->len > 0);
  for (guint i = 0; i < topic->entries->len; i++)
    {
      const LexEntry *e = g_ptr_array_index (topic->entries, i);
      g_assert (e->n_words >= 1 && isfinite (e->weight) && e->weight > 0);
      g_assert (g_utf8_validate (e->spelling, -1, NULL));
    }
  return 0;
}
