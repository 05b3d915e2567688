/* instream.c - byte streams of the input reader: a plain file descriptor,
 * or a gzip stream over one (inflated in a thread of its own with
 * gzahead.c when asked), read in chunks or whole.
 *
 * A name ending in .gz must hold gzip data: zlib's pass-through of other
 * bytes is refused, and truncated or corrupt data is an error, not an
 * early end.  Streams count the on-disk bytes they consumed, for the
 * progress line.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include "input-private.h"

#include "framing.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Keeps what S needs of ST, its file's status: its identity, and the
 * size of a regular file. */
static void
stream_take_stat (Stream *s, const struct stat *st)
{
  s->dev = (guint64) st->st_dev;
  s->ino = (guint64) st->st_ino;
  s->size = S_ISREG (st->st_mode) && st->st_size >= 0 ? (gint64) st->st_size : -1;
}

/* Opens the file AT of a folder (PATH when AT has no folder) into S if it
 * is a regular file.  O_NONBLOCK makes the open of a named pipe return at
 * once instead of waiting for a writer (the name was a regular file when
 * the folder was read, but may have changed since); it is cleared again
 * for the reading. */
static gboolean
stream_open_regular (Stream *s, const char *path, OpenAt *at)
{
  int flags = O_RDONLY | O_NONBLOCK | O_NOCTTY;
  at->odd = 0;
  s->fd = at->dir_fd >= 0 ? openat (at->dir_fd, at->name, flags)
                          : open (path, flags);
  if (s->fd < 0)
    return FALSE;
  struct stat st;
  gboolean ok = fstat (s->fd, &st) == 0;
  if (!ok || !S_ISREG (st.st_mode))
    {
      int saved = errno;
      close (s->fd);
      s->fd = -1;
      if (ok)
        at->odd = (unsigned) (st.st_mode & S_IFMT);
      errno = ok ? 0 : saved;
      return FALSE;
    }
  int fl = fcntl (s->fd, F_GETFL);
  if (fl >= 0)
    fcntl (s->fd, F_SETFL, fl & ~O_NONBLOCK);
  s->close_fd = TRUE;
  stream_take_stat (s, &st);
  return TRUE;
}

/* Opens PATH (or standard input when PATH is NULL), or AT when it is not
 * NULL, for reading, as gzip if GZIP, inflated in a thread of its own if
 * also AHEAD; sets errno and returns FALSE on failure. */
gboolean
stream_open (Stream *s, const char *path, OpenAt *at, const char *label,
             gboolean gzip, gboolean ahead)
{
  memset (s, 0, sizeof *s);
  if (path == NULL)
    s->fd = STDIN_FILENO;
  else if (at != NULL)
    {
      if (!stream_open_regular (s, path, at))
        return FALSE;
    }
  else
    {
      s->fd = open (path, O_RDONLY);
      if (s->fd < 0)
        return FALSE;
      s->close_fd = TRUE;
    }
  struct stat st;
  if (at == NULL && fstat (s->fd, &st) == 0)
    stream_take_stat (s, &st);
  else if (at == NULL)
    s->size = -1;
  if (gzip)
    {
      /* gzdopen takes over the descriptor: dup it so that close rules stay
       * the same for both kinds of stream. */
      int fd2 = dup (s->fd);
      if (fd2 < 0 || (s->gz = gzdopen (fd2, "rb")) == NULL)
        {
          int saved = errno;
          if (fd2 >= 0)
            close (fd2);
          if (s->close_fd)
            close (s->fd);
          errno = saved != 0 ? saved : ENOMEM;
          return FALSE;
        }
      gzbuffer (s->gz, READ_CHUNK);
      if (ahead)
        s->ahead = gz_ahead_new (s->gz);
    }
  s->label = g_strdup (label);
  return TRUE;
}

/* Closes S (a no-op on a closed stream). */
void
stream_close (Stream *s)
{
  g_clear_pointer (&s->ahead, gz_ahead_free);
  if (s->gz != NULL)
    gzclose (s->gz);
  if (s->close_fd && s->fd >= 0)
    close (s->fd);
  s->gz = NULL;
  s->close_fd = FALSE;
  s->fd = -1;
  g_clear_pointer (&s->label, g_free);
}

/* Sets ERROR for a gzip stream whose last read failed or ended early. */
static void
stream_gz_error (Stream *s, int errnum, GError **error)
{
  if (errnum == Z_ERRNO)
    g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO, "%s: read error: %s",
                 s->label, g_strerror (errno));
  else if (errnum == Z_BUF_ERROR)
    g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                 "%s: truncated gzip data", s->label);
  else
    g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                 "%s: not a valid gzip file", s->label);
}

/* stream_read () of a gzip stream inflated ahead: the same bytes, ends
 * and errors. */
static gssize
stream_read_ahead (Stream *s, char *buf, gsize n, GError **error)
{
  GzAheadStatus st;
  int r = gz_ahead_read (s->ahead, buf, (unsigned) MIN (n, (gsize) G_MAXINT),
                         &st);
  if (st.offset >= 0)
    s->raw = (guint64) st.offset;
  if (st.direct)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s: not a valid gzip file", s->label);
      return -1;
    }
  if (r < 0 || (r == 0 && st.errnum != Z_OK))
    {
      errno = st.sys_errno;
      stream_gz_error (s, st.errnum, error);
      return -1;
    }
  return r;
}

/* Reads up to N bytes into BUF: the count, 0 at a clean end, -1 with ERROR
 * set on a read error or a truncated or corrupt gzip stream. */
gssize
stream_read (Stream *s, char *buf, gsize n, GError **error)
{
  if (s->gz == NULL)
    {
      for (;;)
        {
          ssize_t r = read (s->fd, buf, n);
          if (r >= 0)
            {
              s->raw += (guint64) r;
              return r;
            }
          if (errno != EINTR)
            {
              g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                           "%s: read error: %s", s->label, g_strerror (errno));
              return -1;
            }
        }
    }
  if (s->ahead != NULL)
    return stream_read_ahead (s, buf, n, error);
  /* gzread passes non-gzip data through: refuse it for a .gz name. */
  if (gzdirect (s->gz))
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s: not a valid gzip file", s->label);
      return -1;
    }
  int r = gzread (s->gz, buf, (unsigned) MIN (n, (gsize) G_MAXINT));
  z_off_t off = gzoffset (s->gz);
  if (off >= 0)
    s->raw = (guint64) off;
  int errnum = Z_OK;
  if (r < 0)
    {
      gzerror (s->gz, &errnum);
      stream_gz_error (s, errnum, error);
      return -1;
    }
  if (r == 0)
    {
      /* A clean end, or an end in the middle of a member (Z_BUF_ERROR). */
      gzerror (s->gz, &errnum);
      if (errnum != Z_OK)
        {
          stream_gz_error (s, errnum, error);
          return -1;
        }
    }
  return r;
}

/* The size of S when it is a plain file (its bytes as they are when it
 * is opened), else -1. */
static gint64
stream_size (const Stream *s)
{
  if (s->gz != NULL || (guint64) s->size > FRAMING_MAX_ARTICLE_BYTES)
    return -1;
  return s->size;
}

/* Reads the rest of S into OUT; fails past FRAMING_MAX_ARTICLE_BYTES.  A
 * plain file is read into a buffer of its size in one read, and its end
 * is not read again (the file is taken as it was when it was opened);
 * anything else in chunks of READ_CHUNK up to the end. */
gboolean
stream_read_all (Stream *s, GString *out, GError **error)
{
  gint64 size = stream_size (s);
  for (gsize chunk = size >= 0 ? (gsize) size + 1 : READ_CHUNK;;)
    {
      gsize old = out->len;
      g_string_set_size (out, old + chunk);
      gssize r = stream_read (s, out->str + old, chunk, error);
      /* After a short read, the next one (most often the end) uses the
       * room left. */
      chunk = r > 0 && (gsize) r < chunk ? chunk - (gsize) r : READ_CHUNK;
      g_string_set_size (out, old + (r > 0 ? (gsize) r : 0));
      if (r < 0)
        return FALSE;
      if (r == 0 || (old == 0 && size > 0 && out->len == (gsize) size))
        return TRUE;
      if (out->len > FRAMING_MAX_ARTICLE_BYTES)
        {
          g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LIMIT,
                       "%s: article larger than 64 MiB", s->label);
          return FALSE;
        }
    }
}
