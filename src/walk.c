/* walk.c - the recursive walk of a directory given as input.
 *
 * Entries are taken in strcmp order, names starting with '.' skipped,
 * files *.txt *.md *.jsonl *.ndjson (each also + .gz) read; symlink loops
 * are cut by remembering (st_dev, st_ino) of visited directories; a
 * folder more than FRAMING_MAX_DIR_DEPTH levels down is a bad input.
 * Each directory is read whole when it is entered and its files are
 * opened relative to it (openat).  Named pipes, sockets and devices are
 * skipped with a note, whatever their names, and never opened: their
 * type comes from readdir () or stat (), and a file opened is opened
 * without blocking and read only if fstat () finds a regular file.  A
 * folder argument with no file of a name that is read, at any depth, gets
 * a note that says which names are.  Unless duplicates are kept, a folder
 * walked for an earlier argument is skipped with a note.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include "input-private.h"

#include "framing.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* An entry of a directory: its name and its readdir () type (DT_UNKNOWN
 * where the system does not say). */
typedef struct {
  unsigned char type;
  char name[];
} DirEntry;

typedef struct {
  char *fs;              /* directory path to open */
  int fd;                /* the directory, open, or -1 */
  char *id;              /* same path as ids show it */
  char *subdir;          /* first-level subdirectory name, or NULL */
  GPtrArray *names;      /* DirEntry, in strcmp order of their names */
  guint next;
} DirFrame;

/* PREFIX and NAME joined by one '/'. */
static char *
path_join (const char *prefix, const char *name)
{
  if (g_str_has_suffix (prefix, "/"))
    return g_strconcat (prefix, name, NULL);
  return g_strconcat (prefix, "/", name, NULL);
}

/* Frees a directory frame. */
void
walk_frame_free (gpointer p)
{
  DirFrame *f = p;
  if (f->fd >= 0)
    close (f->fd);
  g_free (f->fs);
  g_free (f->id);
  g_free (f->subdir);
  g_ptr_array_unref (f->names);
  g_free (f);
}

/* strcmp order of names for a GPtrArray of DirEntry. */
static gint
name_cmp (gconstpointer a, gconstpointer b)
{
  return strcmp ((*(const DirEntry *const *) a)->name,
                 (*(const DirEntry *const *) b)->name);
}

/* A new DirEntry for directory entry E. */
static DirEntry *
dir_entry_new (const struct dirent *e)
{
  gsize len = strlen (e->d_name);
  DirEntry *d = g_malloc (sizeof *d + len + 1);
#ifdef DT_REG
  d->type = e->d_type;
#else
  d->type = 0;
#endif
  memcpy (d->name, e->d_name, len + 1);
  return d;
}

/* Whether the directory FS, of identity KEY ("dev:ino"), was walked for
 * an earlier argument (and duplicates are not kept): then a note names
 * both, and it is to be skipped.  It counts as read for the folder being
 * walked (walk_note_nothing ()). */
static gboolean
walk_read_before (InputReader *r, const char *key, const char *fs)
{
  if (r->dirs_read == NULL)
    return FALSE;
  const char *first = g_hash_table_lookup (r->dirs_read, key);
  if (first == NULL)
    {
      g_hash_table_insert (r->dirs_read, g_strdup (key), g_strdup (fs));
      return FALSE;
    }
  reader_warn (r, "%s: same folder as %s; read once", fs, first);
  r->walk_taken++;
  return TRUE;
}

/* Pushes the directory FS (already stat'ed as ST) onto the walk, unless it
 * was walked before; its entries are read at once and it is closed. */
gboolean
walk_push (InputReader *r, const char *fs, const char *id, const char *subdir,
          const struct stat *st, const char *open_prefix, GError **error)
{
  char *key = g_strdup_printf ("%ju:%ju", (uintmax_t) st->st_dev, (uintmax_t) st->st_ino);
  if (!g_hash_table_add (r->visited, key))
    return TRUE;                        /* a symlink loop: skipped */
  if (walk_read_before (r, key, fs))
    return TRUE;
  DIR *d = opendir (fs);
  if (d == NULL)
    {
      if (open_prefix != NULL)
        g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                     "%s: cannot open '%s': %s", open_prefix, id, g_strerror (errno));
      else
        g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                     "%s: cannot open directory: %s", fs, g_strerror (errno));
      return FALSE;
    }
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  struct dirent *e;
  while ((e = readdir (d)) != NULL)
    if (e->d_name[0] != '.')
      g_ptr_array_add (names, dir_entry_new (e));
  closedir (d);
  g_ptr_array_sort (names, name_cmp);
  DirFrame *f = g_new0 (DirFrame, 1);
  f->fs = g_strdup (fs);
  /* Its files are opened relative to it (-1 if it cannot be had, as when
   * out of descriptors: they are then opened by their paths). */
  f->fd = open (fs, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  f->id = g_strdup (id);
  f->subdir = g_strdup (subdir);
  f->names = names;
  g_ptr_array_add (r->frames, f);
  return TRUE;
}

/* What a file of file type MODE is, for the note that skips it. */
static const char *
odd_kind (unsigned mode)
{
  switch (mode & S_IFMT)
    {
    case S_IFIFO:
      return "named pipe";
    case S_IFSOCK:
      return "socket";
    case S_IFCHR:
      return "character device";
    case S_IFBLK:
      return "block device";
    default:
      return "special file";
    }
}

/* Notes that the file PATH of a folder, of file type MODE, is skipped:
 * only regular files are read (reading a named pipe would wait for a
 * writer, a device may never end). */
void
walk_note_odd (InputReader *r, const char *path, unsigned mode)
{
  reader_warn (r, "%s: %s skipped (only a folder's regular files are read)",
               path, odd_kind (mode));
}

#ifdef DT_REG
/* The file type (S_IFIFO, ...) of a readdir () type that is neither a
 * regular file, a folder, a link nor unknown, else 0. */
static unsigned
dt_odd_type (unsigned char type)
{
  switch (type)
    {
    case DT_FIFO:
      return S_IFIFO;
    case DT_SOCK:
      return S_IFSOCK;
    case DT_CHR:
      return S_IFCHR;
    case DT_BLK:
      return S_IFBLK;
    default:
      return 0;
    }
}
#endif

/* Notes that the folder argument ROOT, now walked, had no file with a
 * name that is read (r->walk_others files of other names), and which
 * names are. */
static void
walk_note_nothing (InputReader *r, const char *root)
{
  g_autofree char *names = input_taken_names ();
  g_autofree char *others = r->walk_others == 0 ? g_strdup ("")
    : g_strdup_printf (", only %u other file%s", r->walk_others,
                       r->walk_others == 1 ? "" : "s");
  reader_warn (r, "%s: no article file in this folder%s (articles are read "
               "from %s files, each also gzipped as .gz)", root, others,
               names);
}

/* Counts a regular file named NAME of the folder argument being walked;
 * whether it is read. */
static gboolean
walk_count (InputReader *r, const char *name)
{
  if (!input_is_taken_name (name))
    {
      r->walk_others++;
      return FALSE;
    }
  r->walk_taken++;
  return TRUE;
}

/* One step of the directory walk: INPUT_DONE when nothing came of it. */
InputStatus
walk_next (InputReader *r, FramingArticle **article, GError **error)
{
  DirFrame *f = g_ptr_array_index (r->frames, r->frames->len - 1);
  if (f->next >= f->names->len)
    {
      if (r->frames->len == 1 && r->walk_taken == 0)
        walk_note_nothing (r, f->fs);
      g_ptr_array_remove_index (r->frames, r->frames->len - 1);
      return INPUT_DONE;
    }
  const DirEntry *entry = g_ptr_array_index (f->names, f->next++);
  const char *name = entry->name;
  g_autofree char *fs = path_join (f->fs, name);
  g_autofree char *id = path_join (f->id, name);
  /* The root's children name the subdirectory of everything below them. */
  const char *subdir = r->frames->len == 1 ? name : f->subdir;
  OpenAt at = { f->fd, name, 0 };
#ifdef DT_REG
  /* A regular file (not a link to one) needs no stat: open tells. */
  if (entry->type == DT_REG)
    return walk_count (r, name)
           ? reader_file_start (r, fs, &at, id, f->subdir, NULL, article, error)
           : INPUT_DONE;
  unsigned odd = dt_odd_type (entry->type);
  if (odd != 0)
    {
      walk_note_odd (r, fs, odd);
      return INPUT_DONE;
    }
#endif
  struct stat st;
  if (stat (fs, &st) != 0)
    {
      /* A path too long to open may hide articles: say so. */
      if (!walk_count (r, name) && errno != ENAMETOOLONG)
        return INPUT_DONE;
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO, "%s: cannot open: %s",
                   fs, g_strerror (errno));
      return INPUT_BAD;
    }
  if (S_ISDIR (st.st_mode) && r->frames->len > FRAMING_MAX_DIR_DEPTH)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LIMIT,
                   "%s: folders nested deeper than %u levels", fs,
                   FRAMING_MAX_DIR_DEPTH);
      return INPUT_BAD;
    }
  if (S_ISDIR (st.st_mode))
    return walk_push (r, fs, id, subdir, &st, NULL, error) ? INPUT_DONE : INPUT_BAD;
  if (!S_ISREG (st.st_mode))
    {
      walk_note_odd (r, fs, (unsigned) (st.st_mode & S_IFMT));
      return INPUT_DONE;
    }
  if (!walk_count (r, name))
    return INPUT_DONE;
  return reader_file_start (r, fs, &at, id, f->subdir, NULL, article, error);
}
