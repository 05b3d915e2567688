/* progress.c - the progress line on standard error; see progress.h. */
#include "progress.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* Microseconds before the line first appears, and between redraws. */
#define PROGRESS_DELAY (2 * G_USEC_PER_SEC)
#define PROGRESS_PERIOD (G_USEC_PER_SEC / 5)

struct _Progress {
  gboolean enabled;
  guint64 total;
  gint64 start;     /* monotonic microseconds */
  gint64 last;      /* last redraw */
  gsize shown;      /* columns of the line on screen, 0: none */
};

gboolean
progress_parse_mode (const char *name, ProgressMode *mode)
{
  if (name == NULL || strcmp (name, "auto") == 0)
    *mode = PROGRESS_AUTO;
  else if (strcmp (name, "always") == 0)
    *mode = PROGRESS_ALWAYS;
  else if (strcmp (name, "never") == 0)
    *mode = PROGRESS_NEVER;
  else
    return FALSE;
  return TRUE;
}

Progress *
progress_new (ProgressMode mode, guint64 total_bytes)
{
  Progress *p = g_new0 (Progress, 1);
  p->enabled = mode == PROGRESS_ALWAYS
               || (mode == PROGRESS_AUTO && isatty (STDERR_FILENO));
  p->total = total_bytes;
  p->start = g_get_monotonic_time ();
  return p;
}

void
progress_clear (Progress *progress)
{
  if (progress == NULL || progress->shown == 0)
    return;
  fprintf (stderr, "\r%*s\r", (int) progress->shown, "");
  fflush (stderr);
  progress->shown = 0;
}

void
progress_free (Progress *progress)
{
  if (progress == NULL)
    return;
  progress_clear (progress);
  g_free (progress);
}

char *
progress_format (guint64 articles, guint64 bytes, double seconds,
                 guint64 total)
{
  const double mb = (double) bytes / 1e6;
  const double rate = seconds > 0.0 ? mb / seconds : 0.0;
  GString *s = g_string_new (NULL);
  g_string_append_printf (s, "framing: %" G_GUINT64_FORMAT " article%s, ",
                          articles, articles == 1 ? "" : "s");
  char num[G_ASCII_DTOSTR_BUF_SIZE];
  g_string_append_printf (s, "%s MB, ", g_ascii_formatd (num, sizeof num, "%.1f", mb));
  g_string_append_printf (s, "%s MB/s", g_ascii_formatd (num, sizeof num, "%.1f", rate));
  if (total > 0 && rate > 0.0 && bytes <= total)
    {
      guint64 left = (guint64) ((double) (total - bytes) / 1e6 / rate + 0.5);
      g_string_append_printf (s, ", %" G_GUINT64_FORMAT ":%02u left",
                              left / 60, (guint) (left % 60));
    }
  return g_string_free (s, FALSE);
}

void
progress_update (Progress *progress, guint64 articles, guint64 bytes)
{
  if (progress == NULL || !progress->enabled)
    return;
  gint64 now = g_get_monotonic_time ();
  if (now - progress->start < PROGRESS_DELAY
      || (progress->shown > 0 && now - progress->last < PROGRESS_PERIOD))
    return;
  progress->last = now;
  g_autofree char *line = progress_format (articles, bytes,
                                           (double) (now - progress->start) / G_USEC_PER_SEC,
                                           progress->total);
  gsize n = strlen (line);
  fprintf (stderr, "\r%s%*s", line, (int) (progress->shown > n ? progress->shown - n : 0), "");
  fflush (stderr);
  progress->shown = MAX (n, progress->shown);
}
