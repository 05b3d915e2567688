/* fuzz_article.c - fuzz target: a text article with or without front
 * matter, read through the input reader (BOM, UTF-8 repair, front matter,
 * repeated lines), plain and gzip-compressed. */
#include "fuzz.h"

/* Reads the input as a text article, plain and gzip. */
int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *plain = fuzz_write ("article.txt", data, size, FALSE);
  g_autofree char *gz = fuzz_write ("article.md.gz", data, size, TRUE);
  const char *inputs[] = { plain, gz };
  fuzz_read_all (NULL, inputs, G_N_ELEMENTS (inputs), FALSE);
  return 0;
}
