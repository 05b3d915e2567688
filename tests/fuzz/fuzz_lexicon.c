/* fuzz_lexicon.c - fuzz target: a lexicon file (lexicon_parse_topic),
 * either a topic with entries or one "FILE:LINE: reason" error; a topic
 * is then linked beside a context list named "c" (lexicon_link) and
 * matched against a fixed text, so that stop phrases, contexts,
 * alternatives and negation cues run on whatever the input makes. */
#include "fuzz.h"

#include <math.h>
#include <string.h>

#include "framing.h"
#include "lexicon.h"
#include "match.h"
#include "text.h"

static const char context_list[] = "@context c\nwar\ntroops\n";
static const char text[] =
  "No sign whatsoever that (Russian) president Putin is preparing for "
  "peace. The U.S. troops refused to negotiate, but war came: a heart "
  "attack, an attack ad... and the attack killed 3 people.";

/* Checks the entries of TOPIC as parsing leaves them. */
static void
check_topic (const LexTopic *topic)
{
  g_assert (topic->entries->len > 0);
  for (guint i = 0; i < topic->entries->len; i++)
    {
      const LexEntry *e = g_ptr_array_index (topic->entries, i);
      g_assert (e->n_words >= 1 && isfinite (e->weight) && e->weight > 0);
      g_assert (g_utf8_validate (e->spelling, -1, NULL));
      g_assert (e->alt < 0 || (guint) e->alt > i);
    }
}

/* Links TOPIC beside the context list and matches the text: every hit is
 * one of the topic's (not a stop phrase's) and inside the text. */
static void
link_and_match (LexTopic *topic, FramingStemmer *stemmer)
{
  g_autoptr (FramingLexicon) lex = g_new0 (FramingLexicon, 1);
  lex->topics = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                lex_topic_free);
  g_ptr_array_add (lex->topics, topic);
  g_ptr_array_add (lex->topics,
                   lexicon_parse_topic ("c.lex", context_list,
                                        strlen (context_list), stemmer, NULL));
  g_autoptr (GError) error = NULL;
  if (!lexicon_link (lex, stemmer, &error))
    {
      g_assert (error != NULL);
      return;
    }
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, text, -1);
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (MatchHit));
  match_tokens (lex, stemmer, toks, 8, hits);
  for (guint i = 0; i < hits->len; i++)
    {
      const MatchHit *h = &g_array_index (hits, MatchHit, i);
      g_assert (h->topic < lex->topics->len);
      const LexTopic *t = g_ptr_array_index (lex->topics, h->topic);
      g_assert (h->entry < t->entries->len);
      g_assert (!((const LexEntry *) g_ptr_array_index (t->entries,
                                                        h->entry))->stop);
      g_assert (h->first + h->n_tokens <= toks->tokens->len);
    }
}

/* Parses the input as a lexicon file, then links and matches it. */
int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (FramingStemmer) stemmer = stem_new ("english", NULL);
  g_autoptr (GError) error = NULL;
  LexTopic *topic = lexicon_parse_topic ("fuzz.lex", (const char *) data,
                                         size, stemmer, &error);
  if (topic == NULL)
    {
      g_assert (error != NULL && g_str_has_prefix (error->message, "fuzz.lex:"));
      return 0;
    }
  g_assert (error == NULL);
  check_topic (topic);
  link_and_match (topic, stemmer);
  return 0;
}
