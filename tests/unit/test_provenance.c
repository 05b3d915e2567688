/* test_provenance.c - unit tests of provenance.c: the SHA-256 of a
 * file, SOURCE_DATE_EPOCH, paths relative to the working directory, and
 * run.json (the files hashed, their combined hash, the list cut past
 * PROVENANCE_LISTED_MAX, the options in order, a file that cannot be
 * read). */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <unistd.h>

#include "fixture.h"
#include "framing.h"
#include "provenance.h"
#include "unit.h"

static const char *const argv_fixture[] = { "framing", "compare", "-o",
                                            "out dir", NULL };

/* The SHA-256 of "abc" (FIPS 180-2, appendix B.1) and of nothing. */
#define SHA256_ABC \
  "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
#define SHA256_EMPTY \
  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

/* A new scratch folder, made the working directory; the one before it
 * goes to *OLD. */
static char *
enter_scratch (char **old)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("framing-prov-XXXXXX", &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (dir);
  *old = g_get_current_dir ();
  CU_ASSERT_EQUAL_FATAL (g_chdir (dir), 0);
  /* The working directory as getcwd () spells it (/tmp may be a link). */
  g_free (dir);
  return g_get_current_dir ();
}

/* Leave the scratch folder DIR for OLD, removing the files NAMES
 * (NULL-terminated) and DIR. */
static void
leave_scratch (char *dir, char *old, const char *const *names)
{
  for (; names != NULL && *names != NULL; names++)
    g_unlink (*names);
  CU_ASSERT_EQUAL (g_chdir (old), 0);
  CU_ASSERT_EQUAL (g_rmdir (dir), 0);
  g_free (dir);
  g_free (old);
}

/* Write CONTENTS to file NAME. */
static void
put_file (const char *name, const char *contents)
{
  CU_ASSERT_FATAL (g_file_set_contents (name, contents, -1, NULL));
}

/* run.json of P, parsed; NULL when provenance_write () failed (ERROR). */
static JsonNode *
written (Provenance *p, GError **error)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream (&buf, &len);
  CU_ASSERT_PTR_NOT_NULL_FATAL (out);
  gboolean ok = provenance_write (p, out, error);
  fclose (out);
  g_autofree char *text = buf;
  if (!ok)
    return NULL;
  CU_ASSERT (len > 0 && text[len - 1] == '\n');
  g_autoptr (JsonParser) parser = json_parser_new ();
  CU_ASSERT_FATAL (json_parser_load_from_data (parser, text, (gssize) len,
                                               NULL));
  return json_node_copy (json_parser_get_root (parser));
}

/* The member at PATH ("a.b.c") of the object ROOT. */
static JsonNode *
member (JsonNode *root, const char *path)
{
  g_auto (GStrv) keys = g_strsplit (path, ".", -1);
  JsonNode *node = root;
  for (char **k = keys; *k != NULL; k++)
    {
      CU_ASSERT_FATAL (JSON_NODE_HOLDS_OBJECT (node));
      node = json_object_get_member (json_node_get_object (node), *k);
      CU_ASSERT_PTR_NOT_NULL_FATAL (node);
    }
  return node;
}

/* The string at PATH of ROOT, or NULL when it is null. */
static const char *
string_at (JsonNode *root, const char *path)
{
  JsonNode *node = member (root, path);
  return JSON_NODE_HOLDS_NULL (node) ? NULL : json_node_get_string (node);
}

static void
test_sha256_file (void)
{
  char *old;
  char *dir = enter_scratch (&old);
  put_file ("abc.txt", "abc");
  put_file ("empty.txt", "");
  g_autoptr (GError) error = NULL;
  g_autofree char *abc = provenance_sha256_file ("abc.txt", &error);
  CU_ASSERT_STRING_EQUAL (abc, SHA256_ABC);
  g_autofree char *empty = provenance_sha256_file ("empty.txt", &error);
  CU_ASSERT_STRING_EQUAL (empty, SHA256_EMPTY);
  /* A file that cannot be read is an error naming it. */
  g_autofree char *none = provenance_sha256_file ("missing.txt", &error);
  CU_ASSERT_PTR_NULL (none);
  CU_ASSERT (g_error_matches (error, FRAMING_ERROR, FRAMING_ERROR_IO));
  CU_ASSERT (error != NULL && g_str_has_prefix (error->message,
                                                "missing.txt: cannot read"));
  g_clear_error (&error);
  /* A folder cannot be read as a file either. */
  g_autofree char *folder = provenance_sha256_file (".", &error);
  CU_ASSERT_PTR_NULL (folder);
  CU_ASSERT_PTR_NOT_NULL (error);
  static const char *const names[] = { "abc.txt", "empty.txt", NULL };
  leave_scratch (dir, old, names);
}

static void
test_source_date_epoch (void)
{
  g_autoptr (GError) error = NULL;
  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);
  g_autoptr (Provenance) p = provenance_new (argv_fixture, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (p);
  CU_ASSERT_STRING_EQUAL (provenance_started (p), "2023-11-14T22:13:20Z");
  g_setenv ("SOURCE_DATE_EPOCH", "0", TRUE);
  g_autoptr (Provenance) zero = provenance_new (argv_fixture, &error);
  CU_ASSERT_STRING_EQUAL (provenance_started (zero), "1970-01-01T00:00:00Z");
  /* Malformed: refused, as reproducible-builds.org asks. */
  static const char *const bad[] = { "", "12x", "-5", " 7", "1.5",
                                     "99999999999999999999" };
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_setenv ("SOURCE_DATE_EPOCH", bad[i], TRUE);
      Provenance *q = provenance_new (argv_fixture, &error);
      CU_ASSERT_PTR_NULL (q);
      CU_ASSERT (g_error_matches (error, FRAMING_ERROR, FRAMING_ERROR_USAGE));
      provenance_free (q);
      g_clear_error (&error);
    }
  /* Unset: now, in UTC, to the second. */
  g_unsetenv ("SOURCE_DATE_EPOCH");
  gint64 before = g_get_real_time () / G_USEC_PER_SEC;
  g_autoptr (Provenance) now = provenance_new (argv_fixture, &error);
  gint64 after = g_get_real_time () / G_USEC_PER_SEC;
  g_autoptr (GDateTime) t = g_date_time_new_from_iso8601
    (provenance_started (now), NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (t);
  CU_ASSERT (g_date_time_to_unix (t) >= before
             && g_date_time_to_unix (t) <= after);
  CU_ASSERT (g_str_has_suffix (provenance_started (now), "Z"));
}

static void
test_relative_path (void)
{
  static const char *const cases[][3] = {
    { "/a/b", "c", "c" },
    { "/a/b", "./c/../d/", "d" },
    { "/a/b", "/a/b/c/d.txt", "c/d.txt" },
    { "/a/b", "/a/b", "." },
    { "/a/b", "..", "/a" },
    { "/a/b", "/a/bc/d", "/a/bc/d" },
    { "/a/b", "/etc/x", "/etc/x" },
    { "/", "/etc/x", "etc/x" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *rel = provenance_relative_path (cases[i][0],
                                                       cases[i][1]);
      CU_ASSERT_STRING_EQUAL (rel, cases[i][2]);
    }
}

/* The combined hash of the articles: SHA-256 of the sha256sum lines of
 * the files in path order. */
static void
test_write (void)
{
  char *old;
  char *dir = enter_scratch (&old);
  g_autoptr (GError) error = NULL;
  g_setenv ("SOURCE_DATE_EPOCH", "86400", TRUE);
  put_file ("b.txt", "abc");
  put_file ("a.txt", "");
  put_file ("map.csv", "abc");
  g_autoptr (Provenance) p = provenance_new (argv_fixture, &error);
  g_unsetenv ("SOURCE_DATE_EPOCH");
  CU_ASSERT_PTR_NOT_NULL_FATAL (p);
  provenance_set_language (p, "english");
  provenance_set_bootstrap (p, G_GUINT64_CONSTANT (0x6672616d696e6721), 200);
  provenance_add_input (p, "b.txt");
  provenance_add_input (p, "-");
  provenance_add_input (p, ".");
  provenance_add_input (p, "nowhere.txt");
  /* Named twice: listed once; opened by another path than its name. */
  provenance_note_file ("b.txt", "b.txt", p);
  provenance_note_file ("b.txt", "b.txt", p);
  g_autofree char *abs_a = g_build_filename (dir, "a.txt", NULL);
  provenance_note_file (abs_a, "a.txt", p);
  provenance_option_int (p, "presence", 3);
  provenance_option_file (p, "group_map", "map.csv");
  provenance_option_string (p, "group_by", NULL);
  g_autoptr (JsonNode) root = written (p, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (root);

  CU_ASSERT_STRING_EQUAL (string_at (root, "started"), "1970-01-02T00:00:00Z");
  CU_ASSERT_STRING_EQUAL (string_at (root, "working_directory"), dir);
  CU_ASSERT_STRING_EQUAL (string_at (root, "tool.name"), "framing");
  CU_ASSERT_STRING_EQUAL (string_at (root, "tool.version"), PACKAGE_VERSION);
  CU_ASSERT_STRING_EQUAL (string_at (root, "stemmer.language"), "english");
  CU_ASSERT_STRING_EQUAL (string_at (root, "bootstrap.seed"),
                          "0x6672616d696e6721");
  CU_ASSERT_EQUAL (json_node_get_int (member (root, "bootstrap.resamples")),
                   200);
  JsonArray *argv = json_node_get_array (member (root, "argv"));
  CU_ASSERT_EQUAL (json_array_get_length (argv), 4);
  CU_ASSERT_STRING_EQUAL (json_array_get_string_element (argv, 3), "out dir");

  JsonArray *args = json_node_get_array (member (root, "inputs.arguments"));
  CU_ASSERT_EQUAL_FATAL (json_array_get_length (args), 4);
  JsonObject *file = json_array_get_object_element (args, 0);
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (file, "type"), "file");
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (file, "sha256"),
                          SHA256_ABC);
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member
                          (json_array_get_object_element (args, 1), "type"),
                          "stdin");
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member
                          (json_array_get_object_element (args, 2), "type"),
                          "directory");
  /* Not there: the run skipped it; no hash, and no failure. */
  JsonObject *gone = json_array_get_object_element (args, 3);
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (gone, "type"),
                          "missing");
  CU_ASSERT_TRUE (json_object_get_null_member (gone, "sha256"));

  /* a.txt before b.txt, each once, by its name. */
  CU_ASSERT_EQUAL (json_node_get_int (member (root, "inputs.articles.files")),
                   2);
  JsonArray *list = json_node_get_array (member (root,
                                                 "inputs.articles.list"));
  CU_ASSERT_EQUAL_FATAL (json_array_get_length (list), 2);
  JsonObject *first = json_array_get_object_element (list, 0);
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (first, "name"),
                          "a.txt");
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (first, "sha256"),
                          SHA256_EMPTY);
  const char lines[] = SHA256_EMPTY "  a.txt\n" SHA256_ABC "  b.txt\n";
  g_autofree char *all = g_compute_checksum_for_string (G_CHECKSUM_SHA256,
                                                        lines, -1);
  CU_ASSERT_STRING_EQUAL (string_at (root, "inputs.articles.sha256"), all);

  /* The options in the order set, the file hashed. */
  JsonObject *options = json_node_get_object (member (root, "options"));
  g_autoptr (GList) names = json_object_get_members (options);
  CU_ASSERT_EQUAL_FATAL (g_list_length (names), 3);
  CU_ASSERT_STRING_EQUAL (g_list_nth_data (names, 0), "presence");
  CU_ASSERT_STRING_EQUAL (g_list_nth_data (names, 1), "group_map");
  CU_ASSERT_STRING_EQUAL (string_at (root, "options.group_map.sha256"),
                          SHA256_ABC);
  CU_ASSERT_PTR_NULL (string_at (root, "options.group_by"));

  static const char *const names_made[] = { "a.txt", "b.txt", "map.csv",
                                            NULL };
  leave_scratch (dir, old, names_made);
}

/* Past PROVENANCE_LISTED_MAX files the list is null, the hash is not. */
static void
test_write_many (void)
{
  char *old;
  char *dir = enter_scratch (&old);
  g_autoptr (GError) error = NULL;
  g_autoptr (Provenance) p = provenance_new (argv_fixture, &error);
  g_autoptr (GPtrArray) made = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i <= PROVENANCE_LISTED_MAX; i++)
    {
      char *name = g_strdup_printf ("f%03u.txt", i);
      put_file (name, name);
      provenance_note_file (name, name, p);
      g_ptr_array_add (made, name);
    }
  g_autoptr (JsonNode) root = written (p, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (root);
  CU_ASSERT_EQUAL (json_node_get_int (member (root, "inputs.articles.files")),
                   PROVENANCE_LISTED_MAX + 1);
  CU_ASSERT (JSON_NODE_HOLDS_NULL (member (root, "inputs.articles.list")));
  CU_ASSERT_EQUAL (strlen (string_at (root, "inputs.articles.sha256")), 64);
  g_ptr_array_add (made, NULL);
  leave_scratch (dir, old, (const char *const *) made->pdata);
}

/* A file that cannot be read for its hash fails the record, naming it. */
static void
test_write_unreadable (void)
{
  char *old;
  char *dir = enter_scratch (&old);
  g_autoptr (GError) error = NULL;
  g_autoptr (Provenance) p = provenance_new (argv_fixture, &error);
  provenance_note_file ("gone.txt", "gone.txt", p);
  g_autoptr (JsonNode) root = written (p, &error);
  CU_ASSERT_PTR_NULL (root);
  CU_ASSERT (error != NULL && g_str_has_prefix (error->message,
                                                "gone.txt: cannot read"));
  leave_scratch (dir, old, NULL);
}

/* The lexicons' files, in lexicon order, each hashed when set. */
static void
test_lexicons (void)
{
  char *old;
  char *dir = enter_scratch (&old);
  g_autoptr (GError) error = NULL;
  put_file ("war.lex", "offensive\n");
  put_file ("calm.lex", "ceasefire\n");
  const char *paths[] = { "war.lex", "calm.lex" };
  g_autoptr (FramingLexicon) lex = lexicon_load (paths, 2, fixture_stemmer (),
                                                 &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (lex);
  g_autoptr (Provenance) p = provenance_new (argv_fixture, &error);
  CU_ASSERT_FATAL (provenance_set_lexicons (p, paths, 2, lex, &error));
  const GPtrArray *files = provenance_lexicon_files (p);
  CU_ASSERT_EQUAL_FATAL (files->len, 2);
  const ProvenanceFile *f = g_ptr_array_index (files, 0);
  CU_ASSERT_STRING_EQUAL (f->path, "war.lex");
  g_autofree char *want = g_compute_checksum_for_string (G_CHECKSUM_SHA256,
                                                         "offensive\n", -1);
  CU_ASSERT_STRING_EQUAL (f->sha256, want);
  /* Gone since it was loaded: an error naming it. */
  g_unlink ("calm.lex");
  g_autoptr (Provenance) q = provenance_new (argv_fixture, &error);
  CU_ASSERT_FALSE (provenance_set_lexicons (q, paths, 2, lex, &error));
  CU_ASSERT (error != NULL && strstr (error->message, "calm.lex") != NULL);
  static const char *const names[] = { "war.lex", NULL };
  leave_scratch (dir, old, names);
  fixture_stemmer_free ();
}

static const UnitCase cases[] = {
  { "sha256_file", test_sha256_file },
  { "source_date_epoch", test_source_date_epoch },
  { "relative_path", test_relative_path },
  { "write", test_write },
  { "write_many", test_write_many },
  { "write_unreadable", test_write_unreadable },
  { "lexicons", test_lexicons },
  { NULL, NULL }
};

UNIT_MAIN ("provenance", cases)
