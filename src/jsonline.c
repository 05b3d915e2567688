/* jsonline.c - a fast parser for flat JSON objects; see jsonline.h.
 *
 * One pass over the line: strings are copied into one buffer, runs of
 * plain bytes eight at a time, escapes decoded; member offsets are kept
 * and turned into pointers at the end (the buffer may move while it
 * grows).  Every rule of RFC 8259 that matters for these lines is
 * checked; what is not read here is declined, never guessed.
 */
#include "jsonline.h"

#include <string.h>

/* A member while parsing: offsets into the buffer. */
typedef struct {
  gsize name, value, value_len;
  gboolean is_string, is_number;
} Slot;

struct _JsonLine {
  GString *buf;
  GArray *slots;    /* Slot */
  GArray *members;  /* JsonLineMember */
};

typedef struct {
  const guchar *p, *end;
  GString *buf;
} Cursor;

JsonLine *
jsonline_new (void)
{
  JsonLine *jl = g_new0 (JsonLine, 1);
  jl->buf = g_string_sized_new (65536);
  jl->slots = g_array_new (FALSE, FALSE, sizeof (Slot));
  jl->members = g_array_new (FALSE, FALSE, sizeof (JsonLineMember));
  return jl;
}

void
jsonline_free (JsonLine *jl)
{
  if (jl == NULL)
    return;
  g_string_free (jl->buf, TRUE);
  g_array_unref (jl->slots);
  g_array_unref (jl->members);
  g_free (jl);
}

/* Skip space, tab and carriage return. */
static inline void
skip_ws (Cursor *c)
{
  while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == '\r'))
    c->p++;
}

/* The value of hex digit D, or -1. */
static inline int
hex (guchar d)
{
  if (d >= '0' && d <= '9')
    return d - '0';
  d |= 0x20;
  return d >= 'a' && d <= 'f' ? d - 'a' + 10 : -1;
}

/* Read 4 hex digits after "\u"; -1 if they are not. */
static int
read_u4 (Cursor *c)
{
  if (c->end - c->p < 4)
    return -1;
  int v = 0;
  for (int i = 0; i < 4; i++)
    {
      int h = hex (c->p[i]);
      if (h < 0)
        return -1;
      v = v * 16 + h;
    }
  c->p += 4;
  return v;
}

/* Decode one escape (after the backslash) into the buffer. */
static gboolean
read_escape (Cursor *c)
{
  if (c->p >= c->end)
    return FALSE;
  guchar e = *c->p++;
  static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
  const char *k = e != '\0' ? strchr (from, e) : NULL;
  if (k != NULL && e != 'u')
    {
      g_string_append_c (c->buf, to[k - from]);
      return TRUE;
    }
  if (e != 'u')
    return FALSE;
  int u = read_u4 (c);
  if (u <= 0 || (u >= 0xDC00 && u <= 0xDFFF))
    return FALSE;  /* \u0000 and lone low surrogates: declined */
  gunichar ch = (gunichar) u;
  if (u >= 0xD800 && u <= 0xDBFF)
    {
      if (c->end - c->p < 6 || c->p[0] != '\\' || c->p[1] != 'u')
        return FALSE;
      c->p += 2;
      int lo = read_u4 (c);
      if (lo < 0xDC00 || lo > 0xDFFF)
        return FALSE;
      ch = 0x10000 + (((gunichar) u - 0xD800) << 10) + ((gunichar) lo - 0xDC00);
    }
  g_string_append_unichar (c->buf, ch);
  return TRUE;
}

/* Whether any byte of the 8 in W is '"', '\\' or below 0x20. */
static inline gboolean
word_special (guint64 w)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64 q = w ^ (ones * '"'), b = w ^ (ones * '\\');
  guint64 zero_q = (q - ones) & ~q, zero_b = (b - ones) & ~b;
  guint64 ctl = (w - ones * 0x20) & ~w;
  return ((zero_q | zero_b | ctl) & high) != 0;
}

/* Read a string (the cursor on its opening quote) into the buffer, with
 * a NUL after it; its offset and length in *OFF, *LEN. */
static gboolean
read_string (Cursor *c, gsize *off, gsize *len)
{
  c->p++;
  *off = c->buf->len;
  for (;;)
    {
      const guchar *run = c->p;
      while (c->end - c->p >= 8)
        {
          guint64 w;
          memcpy (&w, c->p, 8);
          if (word_special (w))
            break;
          c->p += 8;
        }
      while (c->p < c->end && *c->p != '"' && *c->p != '\\' && *c->p >= 0x20)
        c->p++;
      g_string_append_len (c->buf, (const char *) run, c->p - run);
      if (c->p >= c->end || *c->p < 0x20)
        return FALSE;
      if (*c->p++ == '"')
        break;
      if (!read_escape (c))
        return FALSE;
    }
  *len = c->buf->len - *off;
  g_string_append_c (c->buf, '\0');
  return TRUE;
}

/* Read a short number (at most 15 digits, a 2-digit exponent), copied as
 * written. */
static gboolean
read_number (Cursor *c, gsize *off, gsize *len)
{
  const guchar *s = c->p;
  guint digits = 0;
  if (c->p < c->end && *c->p == '-')
    c->p++;
  if (c->p < c->end && *c->p == '0')
    c->p++, digits++;
  else
    for (; c->p < c->end && g_ascii_isdigit (*c->p); c->p++)
      digits++;
  if (digits == 0)
    return FALSE;
  if (c->p < c->end && *c->p == '.')
    {
      c->p++;
      guint frac = 0;
      for (; c->p < c->end && g_ascii_isdigit (*c->p); c->p++)
        frac++;
      if (frac == 0)
        return FALSE;
      digits += frac;
    }
  if (c->p < c->end && (*c->p == 'e' || *c->p == 'E'))
    {
      c->p++;
      if (c->p < c->end && (*c->p == '+' || *c->p == '-'))
        c->p++;
      guint exp = 0;
      for (; c->p < c->end && g_ascii_isdigit (*c->p); c->p++)
        exp++;
      if (exp == 0 || exp > 2)
        return FALSE;
    }
  if (digits > 15)
    return FALSE;
  *off = c->buf->len;
  *len = (gsize) (c->p - s);
  g_string_append_len (c->buf, (const char *) s, (gssize) *len);
  g_string_append_c (c->buf, '\0');
  return TRUE;
}

/* Read one of the words true, false, null. */
static gboolean
read_word (Cursor *c, gsize *off, gsize *len)
{
  static const char *const words[] = { "true", "false", "null" };
  for (guint i = 0; i < 3; i++)
    {
      gsize n = strlen (words[i]);
      if ((gsize) (c->end - c->p) >= n && memcmp (c->p, words[i], n) == 0)
        {
          *off = c->buf->len;
          *len = n;
          g_string_append_len (c->buf, words[i], (gssize) n);
          g_string_append_c (c->buf, '\0');
          c->p += n;
          return TRUE;
        }
    }
  return FALSE;
}

/* Read one member "name": value into SLOT. */
static gboolean
read_member (Cursor *c, Slot *slot)
{
  gsize name_len;
  if (c->p >= c->end || *c->p != '"' || !read_string (c, &slot->name, &name_len))
    return FALSE;
  for (gsize i = 0; i < name_len; i++)
    if ((guchar) c->buf->str[slot->name + i] >= 0x80 || c->buf->str[slot->name + i] == '\0')
      return FALSE;
  skip_ws (c);
  if (c->p >= c->end || *c->p++ != ':')
    return FALSE;
  skip_ws (c);
  if (c->p >= c->end)
    return FALSE;
  slot->is_string = *c->p == '"';
  slot->is_number = *c->p == '-' || g_ascii_isdigit (*c->p);
  if (slot->is_string)
    return read_string (c, &slot->value, &slot->value_len);
  if (slot->is_number)
    return read_number (c, &slot->value, &slot->value_len);
  return read_word (c, &slot->value, &slot->value_len);
}

/* Turn the slots into members, declining repeated names. */
static gboolean
make_members (JsonLine *jl)
{
  g_array_set_size (jl->members, jl->slots->len);
  for (guint i = 0; i < jl->slots->len; i++)
    {
      const Slot *s = &g_array_index (jl->slots, Slot, i);
      JsonLineMember *m = &g_array_index (jl->members, JsonLineMember, i);
      m->name = jl->buf->str + s->name;
      m->value = jl->buf->str + s->value;
      m->value_len = s->value_len;
      m->is_string = s->is_string;
      m->is_number = s->is_number;
      for (guint k = 0; k < i; k++)
        if (g_ascii_strcasecmp (m->name, g_array_index (jl->members, JsonLineMember, k).name) == 0)
          return FALSE;
    }
  return TRUE;
}

gboolean
jsonline_parse (JsonLine *jl, const char *s, gsize len)
{
  Cursor c = { (const guchar *) s, (const guchar *) s + len, jl->buf };
  g_string_truncate (jl->buf, 0);
  g_array_set_size (jl->slots, 0);
  g_array_set_size (jl->members, 0);
  skip_ws (&c);
  if (c.p >= c.end || *c.p++ != '{')
    return FALSE;
  skip_ws (&c);
  if (c.p < c.end && *c.p == '}')
    c.p++;
  else
    for (;;)
      {
        Slot slot = { 0 };
        if (!read_member (&c, &slot))
          return FALSE;
        g_array_append_val (jl->slots, slot);
        skip_ws (&c);
        if (c.p >= c.end)
          return FALSE;
        guchar sep = *c.p++;
        if (sep == '}')
          break;
        if (sep != ',')
          return FALSE;
        skip_ws (&c);
      }
  skip_ws (&c);
  return c.p == c.end && make_members (jl);
}

guint
jsonline_n_members (const JsonLine *jl)
{
  return jl->members->len;
}

const JsonLineMember *
jsonline_member (const JsonLine *jl, guint i)
{
  g_return_val_if_fail (i < jl->members->len, NULL);
  return &g_array_index (jl->members, JsonLineMember, i);
}

const JsonLineMember *
jsonline_find (const JsonLine *jl, const char *name)
{
  for (guint i = 0; i < jl->members->len; i++)
    {
      const JsonLineMember *m = &g_array_index (jl->members, JsonLineMember, i);
      if (strcmp (m->name, name) == 0)
        return m;
    }
  return NULL;
}
