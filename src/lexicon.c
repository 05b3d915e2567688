/* lexicon.c - topic lexicons: loading, linking and looking up
 * (docs/DESIGN.md, "Matching"; framing-lexicon(5)).
 *
 * lexicon_load () reads the files and directories it is given, has each
 * file parsed into a LexTopic (lexicon-parse.c, which has its entries
 * compiled into a trie by lexicon-trie.c) and refuses a topic name given
 * twice; lexicon_link () then moves the context lists out of the topics,
 * resolves every entry's context names into its require and exclude
 * bits, and adds the negation cues of the run's language.  A directory
 * contributes its "*.lex" files in byte order of their names, hidden
 * files skipped, and one with none is an error (FRAMING_ERROR_LEXICON);
 * a file named as another tool's dictionary (*.dic, *.yml, ...) is
 * translated by lexicon-import.c into one topic per category;
 * a file or directory that cannot be read is FRAMING_ERROR_IO, a file
 * over FRAMING_MAX_LEXICON_BYTES FRAMING_ERROR_LIMIT.
 */
#include "lexicon.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "framing.h"
#include "lexicon-import.h"
#include "lexicon-trie.h"

/* ------------------------------------------------------------------ */
/* Topics and lexicons: an entry as written, freeing, finding a topic */

char *
lex_entry_written (const LexEntry *entry)
{
  GString *s = g_string_new (entry->stop ? "!" : "");
  g_string_append (s, entry->spelling);
  for (char **n = entry->contexts; n != NULL && *n != NULL; n++)
    g_string_append_printf (s, " & %s", *n);
  return g_string_free (s, FALSE);
}

/* The kind of written word W: "exact" (=w), "prefix" (w*) or "stem". */
static const char *
word_kind (const char *w)
{
  if (w[0] == '=' && w[1] != '\0')
    return "exact";
  if (w[0] != '\0' && g_str_has_suffix (w, "*"))
    return "prefix";
  return "stem";
}

char *
lex_entry_words (const LexEntry *entry)
{
  g_auto (GStrv) words = g_strsplit (entry->spelling, " ", -1);
  GString *s = g_string_new (NULL);
  for (char **w = words; *w != NULL; w++)
    {
      const char *kind = word_kind (*w);
      const char *body = *w + (kind[0] == 'e' ? 1 : 0);
      gsize len = strlen (body) - (kind[0] == 'p' ? 1 : 0);
      if (s->len > 0)
        g_string_append_c (s, ' ');
      g_string_append_len (s, body, (gssize) len);
    }
  return g_string_free (s, FALSE);
}

char *
lex_entry_marker (const LexEntry *entry)
{
  g_auto (GStrv) words = g_strsplit (entry->spelling, " ", -1);
  if (words[0] == NULL || words[1] == NULL)
    return g_strdup (words[0] != NULL ? word_kind (words[0]) : "stem");
  GString *s = g_string_new (NULL);
  gboolean plain = TRUE;
  for (char **w = words; *w != NULL; w++)
    {
      const char *kind = word_kind (*w);
      plain &= strcmp (kind, "stem") == 0;
      g_string_append_printf (s, "%s%s", s->len > 0 ? " " : "", kind);
    }
  if (plain)
    g_string_assign (s, "phrase");
  return g_string_free (s, FALSE);
}

void
lex_topic_free (LexTopic *topic)
{
  if (topic == NULL)
    return;
  lex_trie_free (topic->trie);
  if (topic->entries != NULL)
    g_ptr_array_free (topic->entries, TRUE);
  if (topic->duplicates != NULL)
    g_array_unref (topic->duplicates);
  g_free (topic->name);
  g_free (topic->description);
  g_free (topic->language);
  g_free (topic->source);
  g_free (topic->file);
  g_strfreev (topic->requires);
  g_free (topic);
}

void
lexicon_free (FramingLexicon *lexicon)
{
  if (lexicon == NULL)
    return;
  g_ptr_array_free (lexicon->topics, TRUE);
  if (lexicon->contexts != NULL)
    g_ptr_array_free (lexicon->contexts, TRUE);
  lex_topic_free (lexicon->cues);
  g_free (lexicon);
}

int
lexicon_find_topic (const FramingLexicon *lexicon, const char *name)
{
  for (guint i = 0; i < lexicon->topics->len; i++)
    {
      const LexTopic *topic = g_ptr_array_index (lexicon->topics, i);
      if (strcmp (topic->name, name) == 0)
        return (int) i;
    }
  return -1;
}

/* ------------------------------------------------------------------ */
/* Linking: context lists and negation cues                            */

/* The English negation cues: phrases that negate what follows them in
 * their clause, as the one-word negators of match.c do ("no", "not",
 * "never", "without", ...; a cue may begin with one).  Kept short on
 * purpose: each was checked with framing lexicon --gold (see
 * lexicons/README.md). */
static const char english_cues[] =
  "@context negation-cues\n"
  "refus* to\n"
  "declin* to\n"
  "fail* to\n"
  "unable to\n"
  "rule out\n"
  "no sign\n"
  "no indication\n"
  "no evidence\n"
  "far from\n"
  "lack of\n"
  "absence of\n";

/* The negation cues shipped for LANGUAGE, in lexicon format, or NULL. */
static const char *
negation_cues (const char *language)
{
  return language != NULL && g_ascii_strcasecmp (language, "english") == 0
         ? english_cues : NULL;
}

/* Sets ERROR for TOPIC (a topic or a context list) whose name is already
 * that of one in OTHER_FILE, at the line of its @topic or @context (1 for
 * a default name); returns FALSE. */
static gboolean
already_defined (const LexTopic *topic, const char *other_file,
                 GError **error)
{
  g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LEXICON,
               "%s:%u: %s '%s' is already defined in %s", topic->file,
               MAX (topic->name_line, 1),
               topic->is_context ? "context list" : "topic", topic->name,
               other_file);
  return FALSE;
}

/* Sets ERROR for context NAME of TOPIC at LINE: unknown. */
static gboolean
unknown_context (const LexTopic *topic, guint line, const char *name,
                 GError **error)
{
  g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LEXICON,
               "%s:%u: unknown context list '%s' (load the file that "
               "declares '@context %s' too)", topic->file, line, name, name);
  return FALSE;
}

/* Adds the bits of context NAMES ("name" or "!name") to *REQUIRE and
 * *EXCLUDE, looking the names up in INDEX (name -> 1 + bit). */
static gboolean
resolve_names (GHashTable *index, const LexTopic *topic, guint line,
               char *const *names, guint32 *require, guint32 *exclude,
               GError **error)
{
  for (char *const *n = names; n != NULL && *n != NULL; n++)
    {
      gboolean not = **n == '!';
      gpointer bit = g_hash_table_lookup (index, *n + not);
      if (bit == NULL)
        return unknown_context (topic, line, *n + not, error);
      guint32 mask = 1u << (GPOINTER_TO_UINT (bit) - 1);
      *(not ? exclude : require) |= mask;
    }
  return TRUE;
}

/* Resolves the context names of TOPIC's entries and of its @require. */
static gboolean
resolve_topic (GHashTable *index, LexTopic *topic, GError **error)
{
  guint32 require = 0, exclude = 0;
  if (!resolve_names (index, topic, topic->require_line, topic->requires,
                      &require, &exclude, error))
    return FALSE;
  for (guint e = 0; e < topic->entries->len; e++)
    {
      LexEntry *entry = g_ptr_array_index (topic->entries, e);
      entry->require = require;
      entry->exclude = exclude;
      if (entry->stop)
        continue;
      if (!resolve_names (index, topic, entry->line, entry->contexts,
                          &entry->require, &entry->exclude, error))
        return FALSE;
    }
  return TRUE;
}

/* Checks context list LIST: no contexts of its own. */
static gboolean
check_context_list (const LexTopic *list, GError **error)
{
  if (list->requires != NULL)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LEXICON,
                   "%s:%u: a context list takes no @require", list->file,
                   list->require_line);
      return FALSE;
    }
  for (guint e = 0; e < list->entries->len; e++)
    {
      const LexEntry *entry = g_ptr_array_index (list->entries, e);
      if (entry->contexts != NULL)
        {
          g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LEXICON,
                       "%s:%u: an entry of a context list takes no context",
                       list->file, entry->line);
          return FALSE;
        }
    }
  return TRUE;
}

/* Moves the context lists of LEXICON->topics into LEXICON->contexts and
 * indexes them by name in INDEX (name -> 1 + bit). */
static gboolean
gather_contexts (FramingLexicon *lexicon, GHashTable *index, GError **error)
{
  if (lexicon->contexts == NULL)
    lexicon->contexts = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                        lex_topic_free);
  g_autoptr (GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < lexicon->topics->len; )
    {
      LexTopic *t = g_ptr_array_index (lexicon->topics, i);
      const LexTopic *other = g_hash_table_lookup (names, t->name);
      if (other != NULL)
        {
          return already_defined (t, other->file, error);
        }
      g_hash_table_insert (names, t->name, t);
      if (!t->is_context)
        {
          i++;
          continue;
        }
      if (!check_context_list (t, error))
        return FALSE;
      if (lexicon->contexts->len == LEX_MAX_CONTEXTS)
        {
          g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LEXICON,
                       "%s: more than %u context lists", t->file,
                       LEX_MAX_CONTEXTS);
          return FALSE;
        }
      g_ptr_array_add (lexicon->contexts,
                       g_ptr_array_steal_index (lexicon->topics, i));
      g_hash_table_insert (index, t->name,
                           GUINT_TO_POINTER (lexicon->contexts->len));
    }
  return TRUE;
}

gboolean
lexicon_link (FramingLexicon *lexicon, FramingStemmer *stemmer,
              GError **error)
{
  g_return_val_if_fail (lexicon != NULL && stemmer != NULL, FALSE);
  g_autoptr (GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  if (!gather_contexts (lexicon, index, error))
    return FALSE;
  if (lexicon->topics->len == 0 && lexicon->contexts->len > 0)
    {
      const LexTopic *first = g_ptr_array_index (lexicon->contexts, 0);
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LEXICON,
                   "%s:%u: a context list (@context), and no topic to "
                   "score is loaded", first->file, MAX (first->name_line, 1));
      return FALSE;
    }
  for (guint i = 0; i < lexicon->topics->len; i++)
    if (!resolve_topic (index, g_ptr_array_index (lexicon->topics, i),
                        error))
      return FALSE;
  const char *cues = negation_cues (stem_language (stemmer));
  if (cues != NULL && lexicon->cues == NULL)
    {
      lexicon->cues = lexicon_parse_topic ("negation cues", cues,
                                           strlen (cues), stemmer, error);
      g_assert (lexicon->cues != NULL);
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Loading files and directories                                       */

gboolean
lexicon_read_file (const char *path, char **data, gsize *len, GError **error)
{
  FILE *f = fopen (path, "rb");
  if (f == NULL)
    {
      int e = errno;
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                   "%s: cannot open: %s", path, g_strerror (e));
      return FALSE;
    }
  GString *s = g_string_new (NULL);
  char buf[16384];
  size_t n;
  while (s->len <= FRAMING_MAX_LEXICON_BYTES
         && (n = fread (buf, 1, sizeof buf, f)) > 0)
    g_string_append_len (s, buf, (gssize) n);
  int e = ferror (f) ? errno : 0;
  fclose (f);
  if (e == 0 && s->len > FRAMING_MAX_LEXICON_BYTES)
    {
      g_string_free (s, TRUE);
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LIMIT,
                   "%s: lexicon larger than 64 MiB", path);
      return FALSE;
    }
  if (e != 0)
    {
      g_string_free (s, TRUE);
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                   "%s: cannot read: %s", path, g_strerror (e));
      return FALSE;
    }
  *len = s->len;
  *data = g_string_free (s, FALSE);
  return TRUE;
}

/* Orders two elements of a GPtrArray of strings bytewise. */
static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* Appends to FILES the "*.lex" files of directory DIR (hidden files
 * skipped), in byte order of their names. */
static gboolean
list_directory (const char *dir, GPtrArray *files, GError **error)
{
  DIR *d = opendir (dir);
  if (d == NULL)
    {
      int e = errno;
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                   "%s: cannot open: %s", dir, g_strerror (e));
      return FALSE;
    }
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const struct dirent *ent;
  while ((ent = readdir (d)) != NULL)
    if (ent->d_name[0] != '.' && g_str_has_suffix (ent->d_name, ".lex"))
      g_ptr_array_add (names, g_strdup (ent->d_name));
  closedir (d);
  g_ptr_array_sort (names, compare_names);
  guint before = files->len;
  for (guint i = 0; i < names->len; i++)
    {
      char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (files, path);
      else
        g_free (path);
    }
  if (files->len == before)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LEXICON,
                   "%s: no .lex files", dir);
      return FALSE;
    }
  return TRUE;
}

/* Adds TOPIC (NULL: it failed, ERROR is set) to LEXICON unless NAMES,
 * which maps each topic name loaded so far to its file, has its name. */
static gboolean
add_topic (FramingLexicon *lexicon, GHashTable *names, LexTopic *topic,
           GError **error)
{
  if (topic == NULL)
    return FALSE;
  const char *other = g_hash_table_lookup (names, topic->name);
  if (other != NULL)
    {
      already_defined (topic, other, error);
      lex_topic_free (topic);
      return FALSE;
    }
  g_hash_table_insert (names, topic->name, topic->file);
  g_ptr_array_add (lexicon->topics, topic);
  return TRUE;
}

/* Adds the categories of the dictionary FILE (DATA, LEN bytes) in FORMAT
 * to LEXICON as topics. */
static gboolean
load_dictionary (FramingLexicon *lexicon, GHashTable *names, const char *file,
                 const char *data, gsize len, LexFormat format,
                 FramingStemmer *stemmer, GPtrArray *notes, GError **error)
{
  g_autoptr (LexImport) import = lex_import_parse (file, data, len, format,
                                                   notes, error);
  if (import == NULL)
    return FALSE;
  for (guint i = 0; i < import->topics->len; i++)
    if (!add_topic (lexicon, names,
                    lex_import_topic_compile (import, i, stemmer, error),
                    error))
      return FALSE;
  return TRUE;
}

/* Loads lexicon FILE into LEXICON; NAMES maps each topic name loaded so
 * far to its file. */
static gboolean
load_file (FramingLexicon *lexicon, GHashTable *names, const char *file,
           FramingStemmer *stemmer, GPtrArray *notes, GError **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  if (!lexicon_read_file (file, &data, &len, error))
    return FALSE;
  LexFormat format = lex_format_of_path (file);
  if (format != LEX_FORMAT_LEX)
    return load_dictionary (lexicon, names, file, data, len, format, stemmer,
                            notes, error);
  return add_topic (lexicon, names,
                    lexicon_parse_topic (file, data, len, stemmer, error),
                    error);
}

FramingLexicon *
lexicon_load (const char *const *paths, guint n_paths,
              FramingStemmer *stemmer, GError **error)
{
  return lexicon_load_noted (paths, n_paths, stemmer, NULL, error);
}

FramingLexicon *
lexicon_load_noted (const char *const *paths, guint n_paths,
                    FramingStemmer *stemmer, GPtrArray *notes, GError **error)
{
  g_return_val_if_fail (paths != NULL || n_paths == 0, NULL);
  g_return_val_if_fail (stemmer != NULL, NULL);

  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n_paths; i++)
    {
      if (!g_file_test (paths[i], G_FILE_TEST_IS_DIR))
        g_ptr_array_add (files, g_strdup (paths[i]));
      else if (!list_directory (paths[i], files, error))
        return NULL;
    }

  g_autoptr (FramingLexicon) lexicon = g_new0 (FramingLexicon, 1);
  lexicon->topics = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                    lex_topic_free);
  /* Keys and values belong to the topics, which outlive the table. */
  g_autoptr (GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < files->len; i++)
    if (!load_file (lexicon, names, g_ptr_array_index (files, i), stemmer,
                    notes, error))
      return NULL;
  if (!lexicon_link (lexicon, stemmer, error))
    return NULL;
  return g_steal_pointer (&lexicon);
}
