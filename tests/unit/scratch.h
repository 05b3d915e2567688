/* scratch.h - files and folders for the tests of the reader: write a
 * file into a scratch folder, and remove a folder with all it holds. */
#ifndef FRAMING_SCRATCH_H
#define FRAMING_SCRATCH_H

#include <CUnit/CUnit.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

/* Removes PATH and everything below it (symlinks are not followed; a
 * folder made unreadable by a test is made readable first). */
static inline void
scratch_rm_rf (const char *path)
{
  struct stat st;
  if (lstat (path, &st) != 0)
    return;
  if (S_ISDIR (st.st_mode))
    {
      chmod (path, 0700);
      GDir *d = g_dir_open (path, 0, NULL);
      const char *name;
      while (d != NULL && (name = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          scratch_rm_rf (child);
        }
      if (d != NULL)
        g_dir_close (d);
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

/* Writes LEN bytes (-1: strlen) to DIR/REL, creating folders; returns the
 * file's path. */
static inline char *
scratch_put (const char *dir, const char *rel, const char *bytes, gssize len)
{
  char *path = g_build_filename (dir, rel, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_mkdir_with_parents (parent, 0755);
  CU_ASSERT_FATAL (g_file_set_contents (path, bytes, len, NULL));
  return path;
}

#endif /* FRAMING_SCRATCH_H */
