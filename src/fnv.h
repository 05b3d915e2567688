/* fnv.h - FNV-1a, 64 bits (Fowler, Noll & Vo): the hash of the lexicons'
 * fingerprint (counts.c) and of a group's name for its bootstrap seed
 * (profile.c).  Both values are recorded or reproduced across runs, so
 * the function must never change.  Private to libframing.
 */
#ifndef FRAMING_FNV_H
#define FRAMING_FNV_H

#include <glib.h>

G_BEGIN_DECLS

/* The hash of no bytes: where a hash starts. */
#define FNV_OFFSET_BASIS G_GUINT64_CONSTANT (0xcbf29ce484222325)

/* FNV-1a 64 of LEN bytes of P, continuing from H (FNV_OFFSET_BASIS to
 * start). */
static inline guint64
fnv_bytes (guint64 h, const void *p, gsize len)
{
  const guchar *b = p;
  for (gsize i = 0; i < len; i++)
    {
      h ^= b[i];
      h *= G_GUINT64_CONSTANT (0x100000001b3);
    }
  return h;
}

G_END_DECLS

#endif /* FRAMING_FNV_H */
