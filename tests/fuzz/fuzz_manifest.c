/* fuzz_manifest.c - fuzz target: a manifest CSV read by the input reader
 * (header, rows, quoting, rows naming files).  Two articles sit beside it
 * (a.txt, b.jsonl) so that rows can name real files. */
#include "fuzz.h"

#include <string.h>

/* Reads the input as a manifest. */
int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  /* Keep the rows inside the temporary directory: no absolute paths, no
   * "..", which would walk the whole file system. */
  if (memchr (data, '/', size) != NULL || g_strstr_len ((const char *) data,
                                                         (gssize) size, "..") != NULL)
    return 0;
  static const char article[] = "---\noutlet: A\n---\nThe war went on.\n";
  static const char line[] = "{\"text\": \"Peace talks.\", \"source\": \"B\"}\n";
  static gboolean written;
  if (!written)
    {
      g_free (fuzz_write ("a.txt", (const uint8_t *) article, sizeof article - 1, FALSE));
      g_free (fuzz_write ("b.jsonl", (const uint8_t *) line, sizeof line - 1, FALSE));
      written = TRUE;
    }
  g_autofree char *manifest = fuzz_write ("manifest.csv", data, size, FALSE);
  fuzz_read_all (manifest, NULL, 0, FALSE);
  return 0;
}
