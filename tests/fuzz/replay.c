/* replay.c - runs a fuzz target without libFuzzer: feeds it every file
 * of tests/fuzz/corpus/NAME and tests/fuzz/regressions/NAME (NAME given
 * by FUZZ_NAME at build time), or the files named on the command line.
 * A crash or a broken assertion fails the test; otherwise it exits 0. */
#include "fuzz.h"

#include <stdio.h>

/* Feeds the file PATH to the target. */
static void
replay_file (const char *path)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  g_autoptr (GError) error = NULL;
  if (!g_file_get_contents (path, &data, &len, &error))
    g_error ("%s", error->message);
  LLVMFuzzerTestOneInput ((const uint8_t *) data, len);
}

/* Feeds every file of directory DIR (if it exists) to the target; returns
 * how many. */
static guint
replay_dir (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      printf ("%s\n", path);
      fflush (stdout);
      replay_file (path);
      n++;
    }
  return n;
}

/* Replays the files named, or the corpus and regressions of FUZZ_NAME. */
int
main (int argc, char **argv)
{
  if (argc > 1)
    {
      for (int i = 1; i < argc; i++)
        replay_file (argv[i]);
      return 0;
    }
  static const char *const kinds[] = { "corpus", "regressions" };
  guint n = 0;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *dir = g_build_filename (TESTS_DIR, "fuzz", kinds[i],
                                               FUZZ_NAME, NULL);
      n += replay_dir (dir);
    }
  printf ("%u inputs replayed through the %s target\n", n, FUZZ_NAME);
  return n > 0 ? 0 : 1;
}
