/* fuzz.h - what the fuzz targets share (tests/fuzz/).
 *
 * Each fuzz_NAME.c defines LLVMFuzzerTestOneInput() and calls libframing
 * with the bytes it is given.  "make fuzz" links each one with libFuzzer
 * (clang -fsanitize=fuzzer,address,undefined); "make check" links each one
 * with replay.c, which feeds it the files of tests/fuzz/corpus/NAME and
 * tests/fuzz/regressions/NAME.  A target never fails on bad input: only a
 * crash, a sanitizer report or a broken g_assert() is a finding.
 */
#ifndef FRAMING_FUZZ_H
#define FRAMING_FUZZ_H

#include <glib.h>
#include <stddef.h>
#include <stdint.h>

G_BEGIN_DECLS

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* The path of file NAME in a private temporary directory, made on first
 * use and removed at exit (newly allocated). */
char *fuzz_path (const char *name);

/* Writes SIZE bytes of DATA to file NAME of the temporary directory
 * (gzip-compressed when GZIP); returns its path (newly allocated). */
char *fuzz_write (const char *name, const uint8_t *data, size_t size,
                  gboolean gzip);

/* Reads every article of a reader over MANIFEST (or NULL) and the N
 * INPUTS, as a run does, checking what each article promises. */
void fuzz_read_all (const char *manifest, const char *const *inputs, guint n,
                    gboolean jsonl);

G_END_DECLS

#endif /* FRAMING_FUZZ_H */
