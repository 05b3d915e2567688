/* cmd-stem.c - framing stem, part of the program (not libframing): the
 * Snowball stem of each word given, or of each line of standard input,
 * folded as the matcher folds it; see framing(1).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "stem.h"
#include "text.h"

/* Print the stem of one word (folded first) on standard output. */
static void
print_stem (FramingStemmer *stemmer, const char *word, gssize len)
{
  g_autofree char *valid = g_utf8_make_valid (word, len);
  g_autofree char *folded = text_fold (valid, -1);
  puts (stem_word (stemmer, folded, -1));
}

/* Stem each line of standard input. */
static void
stem_stdin (FramingStemmer *stemmer)
{
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  while ((n = getline (&line, &cap, stdin)) > 0)
    {
      while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
        n--;
      print_stem (stemmer, line, n);
    }
  free (line);
}

/* framing stem: the Snowball stem of each word. */
int
cmd_stem (void)
{
  if (opt.list)
    {
      for (const char *const *l = stem_languages (); *l != NULL; l++)
        puts (*l);
    }
  else
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (FramingStemmer) stemmer = stem_new (language (), &error);
      if (stemmer == NULL)
        return usage_error ("stem", "%s", error->message);
      if (opt.inputs != NULL && opt.inputs[0] != NULL)
        for (char **w = opt.inputs; *w != NULL; w++)
          print_stem (stemmer, *w, -1);
      else
        stem_stdin (stemmer);
    }
  return finish_stdout (EXIT_SUCCESS);
}
