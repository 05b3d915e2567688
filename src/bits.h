/* bits.h - the bit helpers that the tokenizer (text-private.h), the
 * matcher (match.c, match-cache.c) and the ASCII scan (ascii.h) share:
 * the lowest set bit of a mask, 8 bytes read as one word, the masks that
 * keep the first bytes of a short form, and the attribute that forces a
 * function inline.  All are static inline, or static const, so each stays
 * as fast as the copy it replaces.  Private to libframing.
 */
#ifndef FRAMING_BITS_H
#define FRAMING_BITS_H

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

/* Inlined whatever the compiler's estimate of the function's size (GLib's
 * G_ALWAYS_INLINE is newer than the GLib we require). */
#if defined(__GNUC__)
#define ALWAYS_INLINE __attribute__ ((__always_inline__))
#else
#define ALWAYS_INLINE
#endif

/* The index of the lowest set bit of M (M != 0): one instruction where
 * the compiler has a builtin for it. */
static inline guint
framing_lowest_bit (guint64 m)
{
#if defined(__GNUC__)
  return (guint) __builtin_ctzll (m);
#else
  guint k = 0;
  while (!(m & 1))
    {
      m >>= 1;
      k++;
    }
  return k;
#endif
}

/* The 8 bytes at P, byte k in bits 8k..8k+7 whatever the machine's order. */
static inline guint64
load8 (const void *p)
{
  guint64 w;
  memcpy (&w, p, 8);
  return GUINT64_FROM_LE (w);
}

/* For a form of N <= 16 bytes read as two 8-byte words (load8 ()): the
 * masks that keep its first N bytes, form_mask[N][0] for the first word
 * and form_mask[N][1] for the second. */
static const guint64 form_mask[17][2] = {
/* (The shift is kept in range in the branch not taken too, for compilers
 * that warn about it.) */
#define M(n) ((n) >= 8 ? ~G_GUINT64_CONSTANT (0) \
              : (G_GUINT64_CONSTANT (1) << (8 * ((n) & 7))) - 1)
  { M (0), 0 }, { M (1), 0 }, { M (2), 0 }, { M (3), 0 }, { M (4), 0 },
  { M (5), 0 }, { M (6), 0 }, { M (7), 0 }, { M (8), 0 },
  { M (8), M (1) }, { M (8), M (2) }, { M (8), M (3) }, { M (8), M (4) },
  { M (8), M (5) }, { M (8), M (6) }, { M (8), M (7) }, { M (8), M (8) },
#undef M
};

G_END_DECLS

#endif /* FRAMING_BITS_H */
