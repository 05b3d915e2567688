/* ascii.h - finding the end of a run of ASCII bytes, the first step of
 * every check on text that is mostly ASCII (UTF-8 validation in input.c,
 * the tokenizer's fast path in text.c).
 */
#ifndef FRAMING_ASCII_H
#define FRAMING_ASCII_H

#include <string.h>

#include <glib.h>

#include "bits.h"

/* TEXT_NO_SSE2: the portable code, for its tests (test_text_portable). */
#if defined(__SSE2__) && !defined(TEXT_NO_SSE2)
#define ASCII_SSE2 1
#include <emmintrin.h>
#endif

G_BEGIN_DECLS

/* The first byte at or after P (before END) that is not ASCII, or END:
 * 16 bytes at a time where the processor has SSE2, else 8. */
static inline const guchar *
ascii_end (const guchar *p, const guchar *end)
{
#ifdef ASCII_SSE2
  for (; end - p >= 16; p += 16)
    {
      int high = _mm_movemask_epi8 (_mm_loadu_si128 ((const __m128i *)
                                                     (const void *) p));
      if (high != 0)
        return p + framing_lowest_bit ((unsigned) high);
    }
#endif
  for (; end - p >= 8; p += 8)
    {
      guint64 w;
      memcpy (&w, p, 8);
      if (w & G_GUINT64_CONSTANT (0x8080808080808080))
        break;
    }
  while (p < end && *p < 0x80)
    p++;
  return p;
}

G_END_DECLS

#endif /* FRAMING_ASCII_H */
