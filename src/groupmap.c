/* groupmap.c - the --group-map file: CSV rows from,to that merge group
 * names (framing(1), --group-map), read into a table from -> to, with a
 * FILE:LINE error for a row that is not two cells, a name mapped two
 * ways, or two rows that make a chain.  The pipeline applies the table
 * to each article's group (pipeline.c, map_group ()).
 */
#include "pipeline.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "csv.h"
#include "framing.h"

/* Whether FIELDS is the header row "from,to". */
static gboolean
is_map_header (GPtrArray *fields)
{
  return fields->len == 2 && g_ascii_strcasecmp (fields->pdata[0], "from") == 0
         && g_ascii_strcasecmp (fields->pdata[1], "to") == 0;
}

/* Where each name of a group map was met: the line that maps it (as a
 * "from"), and the first line that maps another name to it (as a "to",
 * with that name), to find names mapped two ways and chains. */
typedef struct {
  GHashTable *map;        /* from -> to */
  GHashTable *from_line;  /* from -> line, as GUINT_TO_POINTER */
  GHashTable *to_line;    /* to -> line of the first row mapping to it */
  GHashTable *to_from;    /* to -> the "from" of that row (borrowed) */
} GroupMapRead;

/* Sets ERROR for the chain FROM -> MID (line L1) -> TO (line L2) of the
 * map PATH, found at line LINE. */
static void
group_map_chain (const char *path, guint line, const char *from,
                 const char *mid, const char *to, guint l1, guint l2,
                 GError **error)
{
  g_autofree char *hint = strcmp (from, to) == 0 ? g_strdup ("")
    : g_strdup_printf ("; map '%s' to '%s' directly", from, to);
  g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
               "%s:%u: '%s' is mapped to '%s' (line %u) and '%s' to '%s' "
               "(line %u): names are mapped once, not in a chain%s", path,
               line, from, mid, l1, mid, to, l2, hint);
}

/* Adds the row FROM,TO at LINE to the map being read from PATH.  FALSE
 * with ERROR set when FROM is mapped another way on an earlier line, or
 * the row makes a chain with one (FROM is mapped to, or TO is mapped on);
 * a row given twice, and a name mapped to itself, are harmless. */
static gboolean
group_map_add (GroupMapRead *g, const char *path, guint line, const char *from,
               const char *to, GError **error)
{
  const char *before = g_hash_table_lookup (g->map, from);
  if (before != NULL)
    {
      if (strcmp (before, to) == 0)
        return TRUE;
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s:%u: '%s' is mapped to '%s' here and to '%s' on line %u "
                   "(a name is mapped one way only)", path, line, from, to,
                   before, GPOINTER_TO_UINT (g_hash_table_lookup (g->from_line,
                                                                  from)));
      return FALSE;
    }
  if (strcmp (from, to) != 0)
    {
      /* Something maps to FROM already: it would go on through this row. */
      const char *into = g_hash_table_lookup (g->to_from, from);
      if (into != NULL)
        {
          group_map_chain (path, line, into, from, to,
                           GPOINTER_TO_UINT (g_hash_table_lookup (g->to_line, from)),
                           line, error);
          return FALSE;
        }
      /* TO is mapped on already: this row would go on through it. */
      const char *onto = g_hash_table_lookup (g->map, to);
      if (onto != NULL && strcmp (onto, to) != 0)
        {
          group_map_chain (path, line, from, to, onto, line,
                           GPOINTER_TO_UINT (g_hash_table_lookup (g->from_line, to)),
                           error);
          return FALSE;
        }
    }
  char *key = g_strdup (from);
  g_hash_table_insert (g->map, key, g_strdup (to));
  g_hash_table_insert (g->from_line, key, GUINT_TO_POINTER (line));
  if (strcmp (from, to) != 0 && !g_hash_table_contains (g->to_line, to))
    {
      char *target = g_strdup (to);
      g_hash_table_insert (g->to_line, target, GUINT_TO_POINTER (line));
      g_hash_table_insert (g->to_from, target, key);
    }
  return TRUE;
}

GHashTable *
pipeline_load_group_map (const char *path, GError **error)
{
  FILE *f = fopen (path, "r");
  if (f == NULL)
    {
      int e = errno;
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                   "%s: cannot open: %s", path, g_strerror (e));
      return NULL;
    }
  GroupMapRead g = {
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
    g_hash_table_new (g_str_hash, g_str_equal),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new (g_str_hash, g_str_equal),
  };
  g_autoptr (GHashTable) map = g.map;
  g_autoptr (GHashTable) from_line = g.from_line;
  g_autoptr (GHashTable) to_line = g.to_line;
  g_autoptr (GHashTable) to_from = g.to_from;
  g_autoptr (GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  guint line = 1, start = 1;
  int rc = 0;
  gboolean ok = TRUE;
  while (ok && (rc = csv_read_record (f, &line, fields, &start)) == 1)
    {
      if (start == 1 && is_map_header (fields))
        continue;
      if (fields->len != 2 || !g_utf8_validate (fields->pdata[0], -1, NULL)
          || !g_utf8_validate (fields->pdata[1], -1, NULL))
        break;
      ok = group_map_add (&g, path, start, fields->pdata[0], fields->pdata[1],
                          error);
    }
  fclose (f);
  if (!ok)
    return NULL;
  if (rc != 0)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   rc < 0 ? "%s:%u: unterminated quoted field"
                          : "%s:%u: expected two cells, from,to (valid UTF-8)",
                   path, start);
      return NULL;
    }
  return g_steal_pointer (&map);
}
