/* paths.c - where the shipped data is; see paths.h. */
#include "paths.h"

#include <string.h>

#ifndef PKGDATADIR
#define PKGDATADIR "/usr/local/share/framing"
#endif

/* Whether the running program is the one in the build tree. */
static gboolean
running_from_build_tree (void)
{
#if defined(ABS_TOP_BUILDDIR) && defined(ABS_TOP_SRCDIR)
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  if (exe == NULL)
    return FALSE;
  g_autofree char *dir = g_path_get_dirname (exe);
  return strcmp (dir, ABS_TOP_BUILDDIR) == 0;
#else
  return FALSE;
#endif
}

char *
paths_data_dir (void)
{
  const char *env = g_getenv ("FRAMING_DATADIR");
  if (env != NULL && *env != '\0')
    return g_strdup (env);
#ifdef ABS_TOP_SRCDIR
  if (running_from_build_tree ())
    return g_strdup (ABS_TOP_SRCDIR);
#endif
  return g_strdup (PKGDATADIR);
}

char *
paths_lexicon_dir (void)
{
  g_autofree char *data = paths_data_dir ();
  return g_build_filename (data, "lexicons", NULL);
}

char *
paths_example_manifest (void)
{
  g_autofree char *data = paths_data_dir ();
  return g_build_filename (data, "examples", "manifest.csv", NULL);
}
