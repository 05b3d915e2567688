/* fuzz_jsonl.c - fuzz target: JSON Lines through the input reader, plain,
 * gzip-compressed, and the raw bytes read as if they were gzip data
 * (truncated or corrupt streams). */
#include "fuzz.h"

/* Reads the input as JSON Lines three ways. */
int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *plain = fuzz_write ("a.jsonl", data, size, FALSE);
  g_autofree char *gz = fuzz_write ("b.jsonl.gz", data, size, TRUE);
  g_autofree char *raw = fuzz_write ("c.jsonl.gz", data, size, FALSE);
  const char *inputs[] = { plain, gz, raw };
  fuzz_read_all (NULL, inputs, G_N_ELEMENTS (inputs), FALSE);
  return 0;
}
