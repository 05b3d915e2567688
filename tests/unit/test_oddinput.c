/* test_oddinput.c - unit tests of the reader (input.c and the files of
 * input-private.h) on the inputs that people put in a corpus by mistake or
 * in another shape: files of a folder that are not regular files (walk.c,
 * instream.c), ...
 *
 * A program of its own beside test_input.c, which is at its size limit;
 * files are written into a temporary directory by the tests themselves.
 */
#include "framing.h"
#include "input-private.h"
#include "unit.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

/* A fresh temporary directory. */
static char *
tmp_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *d = g_dir_make_tmp ("framing-oddinput-XXXXXX", &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (d);
  return d;
}

/* Removes PATH and everything below it (symlinks are not followed). */
static void
rm_rf (const char *path)
{
  struct stat st;
  if (lstat (path, &st) != 0)
    return;
  if (S_ISDIR (st.st_mode))
    {
      GDir *d = g_dir_open (path, 0, NULL);
      const char *name;
      while (d != NULL && (name = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          rm_rf (child);
        }
      if (d != NULL)
        g_dir_close (d);
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

/* ------------------------------------------------------------------ */

/* A folder's file is opened without blocking and only if it is regular:
 * a named pipe with no writer (which open () would wait on for ever) is
 * refused at once with its type, through the folder or by path; a
 * regular file opens and reads as usual, in blocking mode. */
static void
test_open_folder_file (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *fifo = g_build_filename (dir, "fifo.txt", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain.txt", NULL);
  CU_ASSERT_FATAL (mkfifo (fifo, 0600) == 0);
  CU_ASSERT_FATAL (g_file_set_contents (plain, "peace\n", -1, NULL));
  int dfd = open (dir, O_RDONLY | O_DIRECTORY);
  CU_ASSERT_FATAL (dfd >= 0);
  for (int by_path = 0; by_path <= 1; by_path++)
    {
      Stream s;
      OpenAt at = { by_path ? -1 : dfd, "fifo.txt", 0 };
      CU_ASSERT_FALSE (stream_open (&s, fifo, &at, fifo, FALSE, FALSE));
      CU_ASSERT_EQUAL (at.odd, S_IFIFO);
      CU_ASSERT_EQUAL (errno, 0);
      OpenAt ok = { by_path ? -1 : dfd, "plain.txt", 0 };
      CU_ASSERT_FATAL (stream_open (&s, plain, &ok, plain, FALSE, FALSE));
      CU_ASSERT_EQUAL (ok.odd, 0);
      CU_ASSERT_EQUAL (fcntl (s.fd, F_GETFL) & O_NONBLOCK, 0);
      g_autoptr (GString) text = g_string_new (NULL);
      CU_ASSERT (stream_read_all (&s, text, NULL));
      CU_ASSERT_STRING_EQUAL (text->str, "peace\n");
      stream_close (&s);
      /* A name that is gone is an error, with errno, not a note. */
      OpenAt gone = { by_path ? -1 : dfd, "gone.txt", 0 };
      g_autofree char *gone_path = g_build_filename (dir, "gone.txt", NULL);
      CU_ASSERT_FALSE (stream_open (&s, gone_path, &gone, gone_path, FALSE, FALSE));
      CU_ASSERT_EQUAL (gone.odd, 0);
      CU_ASSERT_EQUAL (errno, ENOENT);
    }
  close (dfd);
  rm_rf (dir);
}

static const UnitCase cases[] = {
  { "a folder's file: never blocks, regular only", test_open_folder_file },
  { NULL, NULL }
};

UNIT_MAIN ("oddinput", cases)
