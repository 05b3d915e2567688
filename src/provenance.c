/* provenance.c - what a run of framing compare was made of, and
 * run.json; see provenance.h (and framing-report(5) for the fields). */
#include "config.h"

#include "provenance.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "framing.h"
#include "output.h"

/* The last second g_date_time_new_from_unix_utc () can give
 * (9999-12-31T23:59:59Z). */
#define LAST_EPOCH G_GINT64_CONSTANT (253402300799)

/* Bytes hashed at a time. */
#define HASH_CHUNK (256u * 1024u)

/* An option of the run: a value, or a file (hashed when written). */
typedef struct {
  char *name;
  JsonNode *value;      /* NULL for a file */
  ProvenanceFile *file; /* NULL for a value, or a file option unset */
} Option;

struct _Provenance {
  char **argv;
  char *cwd;
  char *started;
  char *language;
  guint64 seed;
  guint resamples;
  char **lexicons_given;  /* NULL: the shipped set */
  GPtrArray *lexicons;    /* ProvenanceFile* */
  ProvenanceFile *manifest;
  gboolean bundled;
  GPtrArray *inputs;      /* ProvenanceFile* */
  GHashTable *articles;   /* name (the articles' id) -> path as opened */
  GPtrArray *options;     /* Option* */
};

/* ---- files ---- */

/* A new file record of GIVEN (may be NULL) at PATH, relative to CWD. */
static ProvenanceFile *
file_new (const char *cwd, const char *given, const char *path)
{
  ProvenanceFile *f = g_new0 (ProvenanceFile, 1);
  f->given = g_strdup (given);
  f->path = provenance_relative_path (cwd, path);
  return f;
}

/* Free F; NULL is a no-op. */
static void
file_free (gpointer data)
{
  ProvenanceFile *f = data;
  if (f == NULL)
    return;
  g_free (f->given);
  g_free (f->path);
  g_free (f->sha256);
  g_free (f);
}

/* Hash F (read at OPENED, or at its path as given when OPENED is NULL)
 * unless it is hashed; FALSE and ERROR when it cannot be read. */
static gboolean
file_hash (ProvenanceFile *f, const char *opened, GError **error)
{
  if (f->sha256 == NULL)
    f->sha256 = provenance_sha256_file (opened != NULL ? opened
                                        : f->given != NULL ? f->given
                                        : f->path, error);
  return f->sha256 != NULL;
}

char *
provenance_sha256_file (const char *path, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  FILE *in = g_fopen (path, "rbe");
  if (in == NULL)
    {
      int e = errno;
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                   "%s: cannot read: %s", path, g_strerror (e));
      return NULL;
    }
  g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guchar *buf = g_malloc (HASH_CHUNK);
  size_t n;
  while ((n = fread (buf, 1, HASH_CHUNK, in)) > 0)
    g_checksum_update (sum, buf, (gssize) n);
  int e = ferror (in) ? errno : 0;
  fclose (in);
  if (e != 0)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                   "%s: cannot read: %s", path, g_strerror (e));
      return NULL;
    }
  return g_strdup (g_checksum_get_string (sum));
}

char *
provenance_relative_path (const char *cwd, const char *path)
{
  g_return_val_if_fail (cwd != NULL && path != NULL, NULL);
  g_autofree char *abs = g_canonicalize_filename (path, cwd);
  g_autofree char *base = g_canonicalize_filename (cwd, NULL);
  gsize n = strlen (base);
  if (strcmp (abs, base) == 0)
    return g_strdup (".");
  /* The root ends with its '/'; any other folder does not. */
  if (n == 1 && abs[0] == '/')
    return g_strdup (abs + 1);
  if (strncmp (abs, base, n) == 0 && abs[n] == '/')
    return g_strdup (abs + n + 1);
  return g_steal_pointer (&abs);
}

/* ---- the run ---- */

/* The start of the run in UTC, ISO 8601, as *STARTED: now, or
 * SOURCE_DATE_EPOCH.  FALSE and ERROR when that is malformed. */
static gboolean
start_time (char **started, GError **error)
{
  const char *env = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr (GDateTime) t = NULL;
  if (env != NULL)
    {
      guint64 secs;
      if (!g_ascii_string_to_unsigned (env, 10, 0, LAST_EPOCH, &secs, NULL))
        {
          g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_USAGE,
                       "bad value for SOURCE_DATE_EPOCH: '%s' (seconds since "
                       "1970-01-01 00:00 UTC, a whole number)", env);
          return FALSE;
        }
      t = g_date_time_new_from_unix_utc ((gint64) secs);
    }
  else
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
      /* Whole seconds: the format has no fraction. */
      t = g_date_time_new_from_unix_utc (g_date_time_to_unix (now));
    }
  *started = g_date_time_format (t, "%Y-%m-%dT%H:%M:%SZ");
  return TRUE;
}

/* Free an Option. */
static void
option_free (gpointer data)
{
  Option *o = data;
  g_free (o->name);
  if (o->value != NULL)
    json_node_unref (o->value);
  file_free (o->file);
  g_free (o);
}

Provenance *
provenance_new (const char *const *argv, GError **error)
{
  g_return_val_if_fail (argv != NULL, NULL);
  g_autofree char *started = NULL;
  if (!start_time (&started, error))
    return NULL;
  g_autofree char *cwd = g_get_current_dir ();
  if (!g_path_is_absolute (cwd))
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                   "cannot tell the working directory");
      return NULL;
    }
  Provenance *p = g_new0 (Provenance, 1);
  p->argv = g_strdupv ((char **) argv);
  p->cwd = g_steal_pointer (&cwd);
  p->started = g_steal_pointer (&started);
  p->lexicons = g_ptr_array_new_with_free_func (file_free);
  p->inputs = g_ptr_array_new_with_free_func (file_free);
  p->articles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       g_free);
  p->options = g_ptr_array_new_with_free_func (option_free);
  return p;
}

void
provenance_free (Provenance *p)
{
  if (p == NULL)
    return;
  g_strfreev (p->argv);
  g_free (p->cwd);
  g_free (p->started);
  g_free (p->language);
  g_strfreev (p->lexicons_given);
  g_ptr_array_unref (p->lexicons);
  file_free (p->manifest);
  g_ptr_array_unref (p->inputs);
  g_hash_table_unref (p->articles);
  g_ptr_array_unref (p->options);
  g_free (p);
}

const char *const *
provenance_argv (const Provenance *p)
{
  return (const char *const *) p->argv;
}

const char *
provenance_started (const Provenance *p)
{
  return p->started;
}

const char *
provenance_working_directory (const Provenance *p)
{
  return p->cwd;
}

void
provenance_set_language (Provenance *p, const char *language)
{
  g_free (p->language);
  p->language = g_strdup (language);
}

void
provenance_set_bootstrap (Provenance *p, guint64 seed, guint resamples)
{
  p->seed = seed;
  p->resamples = resamples;
}

guint64
provenance_seed (const Provenance *p)
{
  return p->seed;
}

guint
provenance_resamples (const Provenance *p)
{
  return p->resamples;
}

/* Record and hash the file of each LexTopic* of TOPICS (may be NULL). */
static gboolean
add_lexicon_files (Provenance *p, const GPtrArray *topics, GError **error)
{
  for (guint i = 0; topics != NULL && i < topics->len; i++)
    {
      const LexTopic *t = g_ptr_array_index (topics, i);
      ProvenanceFile *f = file_new (p->cwd, NULL, t->file);
      g_ptr_array_add (p->lexicons, f);
      if (!file_hash (f, t->file, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
provenance_set_lexicons (Provenance *p, const char *const *given,
                         guint n_given, const FramingLexicon *lexicon,
                         GError **error)
{
  g_return_val_if_fail (p != NULL && lexicon != NULL, FALSE);
  g_clear_pointer (&p->lexicons_given, g_strfreev);
  g_ptr_array_set_size (p->lexicons, 0);
  if (n_given > 0)
    {
      p->lexicons_given = g_new0 (char *, n_given + 1);
      for (guint i = 0; i < n_given; i++)
        p->lexicons_given[i] = g_strdup (given[i]);
    }
  return add_lexicon_files (p, lexicon->topics, error)
         && add_lexicon_files (p, lexicon->contexts, error);
}

const GPtrArray *
provenance_lexicon_files (const Provenance *p)
{
  return p->lexicons;
}

void
provenance_set_manifest (Provenance *p, const char *path, gboolean bundled)
{
  file_free (p->manifest);
  p->manifest = path != NULL
      ? file_new (p->cwd, bundled ? NULL : path, path) : NULL;
  p->bundled = bundled;
}

void
provenance_add_input (Provenance *p, const char *given)
{
  g_ptr_array_add (p->inputs, file_new (p->cwd, given, given));
}

void
provenance_note_file (const char *path, const char *id, gpointer provenance)
{
  Provenance *p = provenance;
  if (!g_hash_table_contains (p->articles, id))
    g_hash_table_insert (p->articles, g_strdup (id), g_strdup (path));
}

/* Append option NAME of VALUE (taken over) or FILE (taken over). */
static void
add_option (Provenance *p, const char *name, JsonNode *value,
            ProvenanceFile *file)
{
  Option *o = g_new0 (Option, 1);
  o->name = g_strdup (name);
  o->value = value;
  o->file = file;
  g_ptr_array_add (p->options, o);
}

void
provenance_option_string (Provenance *p, const char *name, const char *value)
{
  JsonNode *node = json_node_new (value != NULL ? JSON_NODE_VALUE
                                  : JSON_NODE_NULL);
  if (value != NULL)
    json_node_set_string (node, value);
  add_option (p, name, node, NULL);
}

void
provenance_option_int (Provenance *p, const char *name, gint64 value)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);
  json_node_set_int (node, value);
  add_option (p, name, node, NULL);
}

void
provenance_option_bool (Provenance *p, const char *name, gboolean value)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);
  json_node_set_boolean (node, value);
  add_option (p, name, node, NULL);
}

void
provenance_option_strv (Provenance *p, const char *name,
                        const char *const *values)
{
  if (values == NULL)
    {
      add_option (p, name, json_node_new (JSON_NODE_NULL), NULL);
      return;
    }
  JsonArray *a = json_array_new ();
  for (const char *const *v = values; *v != NULL; v++)
    json_array_add_string_element (a, *v);
  add_option (p, name, json_node_init_array (json_node_alloc (), a), NULL);
  json_array_unref (a);
}

void
provenance_option_file (Provenance *p, const char *name, const char *path)
{
  if (path == NULL)
    add_option (p, name, json_node_new (JSON_NODE_NULL), NULL);
  else
    add_option (p, name, NULL, file_new (p->cwd, path, path));
}

/* ---- run.json ---- */

/* Member NAME: S, or null when S is NULL. */
static void
add_string (JsonBuilder *b, const char *name, const char *s)
{
  json_builder_set_member_name (b, name);
  if (s != NULL)
    json_builder_add_string_value (b, s);
  else
    json_builder_add_null_value (b);
}

/* F as an object: its path as given (when WITH_GIVEN), relative, and
 * its hash. */
static void
add_file (JsonBuilder *b, const ProvenanceFile *f, gboolean with_given)
{
  json_builder_begin_object (b);
  if (with_given)
    add_string (b, "given", f->given);
  add_string (b, "path", f->path);
  add_string (b, "sha256", f->sha256);
  json_builder_end_object (b);
}

/* Member NAME: the list of strings V (NULL-terminated), or null. */
static void
add_strv (JsonBuilder *b, const char *name, char **v)
{
  json_builder_set_member_name (b, name);
  if (v == NULL)
    {
      json_builder_add_null_value (b);
      return;
    }
  json_builder_begin_array (b);
  for (; *v != NULL; v++)
    json_builder_add_string_value (b, *v);
  json_builder_end_array (b);
}

/* "tool" and "stemmer". */
static void
add_software (JsonBuilder *b, const Provenance *p)
{
  json_builder_set_member_name (b, "tool");
  json_builder_begin_object (b);
  add_string (b, "name", PACKAGE_NAME);
  add_string (b, "version", PACKAGE_VERSION);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "stemmer");
  json_builder_begin_object (b);
  add_string (b, "library", "libstemmer (Snowball)");
  add_string (b, "version", STEMMER_VERSION);
  add_string (b, "version_from", STEMMER_VERSION_FROM);
  add_string (b, "language", p->language);
  json_builder_end_object (b);
}

/* Input I: its kind, and the hash of a file.  One that is not there
 * was skipped by the run as a bad input, and is recorded so; FALSE and
 * ERROR when a file that is there cannot be read. */
static gboolean
add_input (JsonBuilder *b, ProvenanceFile *in, GError **error)
{
  const char *type = "file";
  GStatBuf st;
  if (strcmp (in->given, "-") == 0)
    type = "stdin";
  else if (g_stat (in->given, &st) != 0)
    type = "missing";
  else if (S_ISDIR (st.st_mode))
    type = "directory";
  else if (!file_hash (in, NULL, error))
    return FALSE;
  json_builder_begin_object (b);
  add_string (b, "given", in->given);
  add_string (b, "path", strcmp (type, "stdin") == 0 ? NULL : in->path);
  add_string (b, "type", type);
  add_string (b, "sha256", in->sha256);
  json_builder_end_object (b);
  return TRUE;
}

/* strcmp order of two char* in an array. */
static gint
path_cmp (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* "articles": how many files, their combined hash, and the list of
 * them up to PROVENANCE_LISTED_MAX. */
static gboolean
add_articles (JsonBuilder *b, Provenance *p, GError **error)
{
  guint n = 0;
  g_autofree const char **paths = (const char **)
    g_hash_table_get_keys_as_array (p->articles, &n);
  qsort (paths, n, sizeof *paths, path_cmp);
  g_autoptr (GString) lines = g_string_new (NULL);
  g_autoptr (GPtrArray) sums = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n; i++)
    {
      char *sum = provenance_sha256_file (g_hash_table_lookup (p->articles,
                                                               paths[i]),
                                          error);
      if (sum == NULL)
        return FALSE;
      /* The line sha256sum(1) prints for the file, by its name. */
      g_string_append_printf (lines, "%s  %s\n", sum, paths[i]);
      g_ptr_array_add (sums, sum);
    }
  g_autofree char *all = g_compute_checksum_for_string (G_CHECKSUM_SHA256,
                                                        lines->str,
                                                        (gssize) lines->len);
  json_builder_set_member_name (b, "articles");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "files");
  json_builder_add_int_value (b, n);
  add_string (b, "sha256", all);
  json_builder_set_member_name (b, "list");
  if (n > PROVENANCE_LISTED_MAX)
    json_builder_add_null_value (b);
  else
    {
      json_builder_begin_array (b);
      for (guint i = 0; i < n; i++)
        {
          json_builder_begin_object (b);
          add_string (b, "name", paths[i]);
          add_string (b, "sha256", g_ptr_array_index (sums, i));
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
    }
  json_builder_end_object (b);
  return TRUE;
}

/* "inputs": the manifest, the arguments, the articles' files. */
static gboolean
add_inputs (JsonBuilder *b, Provenance *p, GError **error)
{
  json_builder_set_member_name (b, "inputs");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "manifest");
  if (p->manifest == NULL)
    json_builder_add_null_value (b);
  else
    {
      if (!file_hash (p->manifest, NULL, error))
        return FALSE;
      add_file (b, p->manifest, TRUE);
    }
  json_builder_set_member_name (b, "bundled_example");
  json_builder_add_boolean_value (b, p->bundled);
  json_builder_set_member_name (b, "arguments");
  json_builder_begin_array (b);
  for (guint i = 0; i < p->inputs->len; i++)
    if (!add_input (b, g_ptr_array_index (p->inputs, i), error))
      return FALSE;
  json_builder_end_array (b);
  if (!add_articles (b, p, error))
    return FALSE;
  json_builder_end_object (b);
  return TRUE;
}

/* "lexicons": the paths given, and each file with its hash. */
static void
add_lexicons (JsonBuilder *b, const Provenance *p)
{
  json_builder_set_member_name (b, "lexicons");
  json_builder_begin_object (b);
  add_strv (b, "given", p->lexicons_given);
  json_builder_set_member_name (b, "files");
  json_builder_begin_array (b);
  for (guint i = 0; i < p->lexicons->len; i++)
    add_file (b, g_ptr_array_index (p->lexicons, i), FALSE);
  json_builder_end_array (b);
  json_builder_end_object (b);
}

/* VALUE, a JSON scalar, array of them or null, as text. */
static char *
node_text (JsonNode *value)
{
  if (JSON_NODE_HOLDS_NULL (value))
    return g_strdup ("");
  if (JSON_NODE_HOLDS_ARRAY (value))
    {
      JsonArray *a = json_node_get_array (value);
      GString *s = g_string_new (NULL);
      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          g_autofree char *t = node_text (json_array_get_element (a, i));
          g_string_append_printf (s, "%s%s", i > 0 ? ", " : "", t);
        }
      return g_string_free (s, FALSE);
    }
  GType type = json_node_get_value_type (value);
  if (type == G_TYPE_STRING)
    return g_strdup (json_node_get_string (value));
  if (type == G_TYPE_BOOLEAN)
    return g_strdup (json_node_get_boolean (value) ? "true" : "false");
  if (type == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (value));
  char num[G_ASCII_DTOSTR_BUF_SIZE];
  return g_strdup (g_ascii_dtostr (num, sizeof num, json_node_get_double (value)));
}

char **
provenance_pairs (const Provenance *p)
{
  GPtrArray *a = g_ptr_array_new ();
  g_ptr_array_add (a, g_strdup ("command"));
  g_ptr_array_add (a, g_strjoinv (" ", p->argv));
  g_ptr_array_add (a, g_strdup ("language"));
  g_ptr_array_add (a, g_strdup (p->language != NULL ? p->language : ""));
  GString *lex = g_string_new (NULL);
  for (guint i = 0; i < p->lexicons->len; i++)
    g_string_append_printf (lex, "%s%s", i > 0 ? ", " : "",
                            ((ProvenanceFile *) g_ptr_array_index (p->lexicons,
                                                                   i))->path);
  g_ptr_array_add (a, g_strdup ("lexicons"));
  g_ptr_array_add (a, g_string_free (lex, FALSE));
  for (guint i = 0; i < p->options->len; i++)
    {
      Option *o = g_ptr_array_index (p->options, i);
      g_ptr_array_add (a, g_strdup (o->name));
      g_ptr_array_add (a, o->file != NULL ? g_strdup (o->file->path)
                          : node_text (o->value));
    }
  g_ptr_array_add (a, g_strdup ("seed"));
  g_ptr_array_add (a, g_strdup_printf ("%" G_GUINT64_FORMAT, p->seed));
  g_ptr_array_add (a, g_strdup ("resamples"));
  g_ptr_array_add (a, g_strdup_printf ("%u", p->resamples));
  g_ptr_array_add (a, NULL);
  return (char **) g_ptr_array_free (a, FALSE);
}

/* "options", in the order set; their files hashed. */
static gboolean
add_options (JsonBuilder *b, Provenance *p, GError **error)
{
  json_builder_set_member_name (b, "options");
  json_builder_begin_object (b);
  for (guint i = 0; i < p->options->len; i++)
    {
      Option *o = g_ptr_array_index (p->options, i);
      if (o->file != NULL)
        {
          if (!file_hash (o->file, NULL, error))
            return FALSE;
          json_builder_set_member_name (b, o->name);
          add_file (b, o->file, TRUE);
          continue;
        }
      json_builder_set_member_name (b, o->name);
      json_builder_add_value (b, json_node_copy (o->value));
    }
  json_builder_end_object (b);
  return TRUE;
}

/* "bootstrap": the seed as a hex string (past 2^53, where many JSON
 * readers would round a number), and the resamples. */
static void
add_bootstrap (JsonBuilder *b, const Provenance *p)
{
  json_builder_set_member_name (b, "bootstrap");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "resamples");
  json_builder_add_int_value (b, p->resamples);
  g_autofree char *seed = g_strdup_printf ("0x%016" G_GINT64_MODIFIER "x",
                                           p->seed);
  add_string (b, "seed", seed);
  json_builder_end_object (b);
}

/* The whole record, or NULL and ERROR when a file cannot be read. */
static JsonNode *
build (Provenance *p, GError **error)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "format");
  json_builder_add_int_value (b, PROVENANCE_FORMAT);
  add_software (b, p);
  add_string (b, "started", p->started);
  add_string (b, "working_directory", p->cwd);
  add_strv (b, "argv", p->argv);
  if (!add_inputs (b, p, error))
    return NULL;
  add_lexicons (b, p);
  if (!add_options (b, p, error))
    return NULL;
  add_bootstrap (b, p);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

gboolean
provenance_write (Provenance *p, FILE *out, GError **error)
{
  g_return_val_if_fail (p != NULL && out != NULL, FALSE);
  g_autoptr (JsonNode) root = build (p, error);
  if (root == NULL)
    return FALSE;
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  json_generator_set_pretty (gen, TRUE);
  json_generator_set_indent (gen, 2);
  json_generator_set_root (gen, root);
  gsize len;
  g_autofree char *text = json_generator_to_data (gen, &len);
  fwrite (text, 1, len, out);
  fputc ('\n', out);
  return output_check_stream (out, error);
}
