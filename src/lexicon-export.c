/* lexicon-export.c - loaded topics written as a LIWC (.dic) or quanteda
 * YAML dictionary, for researchers who go on in those tools; see
 * lexicon-import.h and framing-lexicon(5), "IMPORTING AND EXPORTING".
 *
 * Each topic becomes a category, each entry a pattern: an exact word
 * "=un" is written "un", a prefix "mediat*" as it is, and a plain word as
 * it is spelt, with a note, since the other tools match it only as
 * written while framing matches every word with its stem.  What they
 * cannot express is noted and dropped: weights (every hit counts 1 there),
 * stop phrases and entries with contexts (left out: counting "attack"
 * everywhere would be another topic), context lists, and negation.
 * Importing the result gives back the exact words and prefixes as they
 * were (lexicon-import.c).
 */
#include "lexicon-import.h"

#include <stdarg.h>
#include <string.h>

#include "framing.h"
#include "output.h"

/* Adds the note "FILE:LINE: warning: message" to NOTES (may be NULL). */
G_GNUC_PRINTF (4, 5) static void
note (GPtrArray *notes, const char *file, guint line, const char *format, ...)
{
  if (notes == NULL)
    return;
  va_list ap;
  va_start (ap, format);
  g_autofree char *message = g_strdup_vprintf (format, ap);
  va_end (ap);
  g_ptr_array_add (notes, file != NULL
                   ? g_strdup_printf ("%s:%u: warning: %s", file, line, message)
                   : g_strdup_printf ("warning: %s", message));
}

/* The pattern of ENTRY of TOPIC, or NULL (noted) when it is left out. */
static char *
export_pattern (const LexTopic *topic, const LexEntry *entry,
                GPtrArray *notes)
{
  g_autofree char *written = lex_entry_written (entry);
  if (entry->stop)
    {
      note (notes, topic->file, entry->line, "'%s': a stop phrase cannot be "
            "expressed (the entries inside it will count there): left out",
            written);
      return NULL;
    }
  if (entry->contexts != NULL)
    {
      note (notes, topic->file, entry->line, "'%s': contexts cannot be "
            "expressed: left out", written);
      return NULL;
    }
  if (entry->weight != 1.0)
    note (notes, topic->file, entry->line, "'%s': weight %g dropped (every "
          "hit counts 1)", written, entry->weight);
  g_auto (GStrv) words = g_strsplit (entry->spelling, " ", -1);
  GString *pattern = g_string_new (NULL);
  gboolean stemmed = FALSE;
  for (char **w = words; *w != NULL; w++)
    {
      gboolean exact = **w == '=';
      stemmed |= !exact && !g_str_has_suffix (*w, "*");
      g_autofree char *folded = g_utf8_casefold (*w + exact, -1);
      g_string_append_printf (pattern, "%s%s", pattern->len > 0 ? " " : "",
                              folded);
    }
  if (stemmed)
    note (notes, topic->file, entry->line, "'%s': matched by stem here, "
          "only as written there", written);
  return g_string_free (pattern, FALSE);
}

/* The patterns of TOPIC (char*, entry order), or NULL (noted) when it
 * has none the format can express. */
static GPtrArray *
export_topic (const LexTopic *topic, GPtrArray *notes)
{
  if (topic->requires != NULL)
    {
      note (notes, topic->file, topic->require_line, "topic '%s' has "
            "@require, which cannot be expressed: left out", topic->name);
      return NULL;
    }
  GPtrArray *patterns = g_ptr_array_new_with_free_func (g_free);
  for (guint e = 0; e < topic->entries->len; e++)
    {
      char *p = export_pattern (topic, g_ptr_array_index (topic->entries, e),
                                notes);
      if (p != NULL)
        g_ptr_array_add (patterns, p);
    }
  if (patterns->len > 0)
    return patterns;
  note (notes, topic->file, MAX (topic->name_line, 1), "topic '%s' has no "
        "entry the format can express: left out", topic->name);
  g_ptr_array_free (patterns, TRUE);
  return NULL;
}

/* Whether the last of the TAB-separated NUMBERS is MINE: a pattern given
 * twice in one topic is listed once in its category. */
static gboolean
last_number_is (const char *numbers, const char *mine)
{
  const char *tab = strrchr (numbers, '\t');
  return strcmp (tab != NULL ? tab + 1 : numbers, mine) == 0;
}

/* Writes a LIWC dictionary: the numbered categories between '%' lines,
 * then each pattern once with the numbers of its categories. */
static void
write_liwc (FILE *out, const GPtrArray *names, const GPtrArray *lists)
{
  g_autoptr (GHashTable) cats = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                       NULL, g_free);
  g_autoptr (GPtrArray) order = g_ptr_array_new ();
  fputs ("%\n", out);
  for (guint t = 0; t < names->len; t++)
    {
      fprintf (out, "%u\t%s\n", t + 1, (const char *) names->pdata[t]);
      const GPtrArray *patterns = lists->pdata[t];
      for (guint i = 0; i < patterns->len; i++)
        {
          char *p = patterns->pdata[i];
          char *numbers = g_hash_table_lookup (cats, p);
          g_autofree char *mine = g_strdup_printf ("%u", t + 1);
          if (numbers == NULL)
            {
              g_ptr_array_add (order, p);
              g_hash_table_insert (cats, p, g_steal_pointer (&mine));
            }
          else if (!last_number_is (numbers, mine))
            g_hash_table_insert (cats, p, g_strdup_printf ("%s\t%s", numbers,
                                                           mine));
        }
    }
  fputs ("%\n", out);
  for (guint i = 0; i < order->len; i++)
    fprintf (out, "%s\t%s\n", (const char *) order->pdata[i],
             (const char *) g_hash_table_lookup (cats, order->pdata[i]));
}

/* Writes S as a YAML double-quoted scalar. */
static void
yaml_quoted (FILE *out, const char *s)
{
  fputc ('"', out);
  for (; *s != '\0'; s++)
    {
      if (*s == '"' || *s == '\\')
        fputc ('\\', out);
      fputc (*s, out);
    }
  fputc ('"', out);
}

/* Whether NAME can be a plain YAML key. */
static gboolean
yaml_plain_key (const char *name)
{
  if (!g_ascii_isalnum (*name) && *name != '_')
    return FALSE;
  return strspn (name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 "0123456789_.-") == strlen (name);
}

/* Writes a quanteda YAML dictionary: one key per topic, its patterns a
 * list (a topic named "a.b" stays one key: it reads back as "a.b"). */
static void
write_yaml (FILE *out, const GPtrArray *names, const GPtrArray *lists)
{
  fputs ("# A dictionary for quanteda, written by framing lexicon --export "
         "yaml.\n", out);
  for (guint t = 0; t < names->len; t++)
    {
      const char *name = names->pdata[t];
      if (yaml_plain_key (name))
        fputs (name, out);
      else
        yaml_quoted (out, name);
      fputs (":\n", out);
      const GPtrArray *patterns = lists->pdata[t];
      for (guint i = 0; i < patterns->len; i++)
        {
          fputs ("  - ", out);
          yaml_quoted (out, patterns->pdata[i]);
          fputc ('\n', out);
        }
    }
}

/* Notes what no exported dictionary has: context lists, negation. */
static void
note_lost (const FramingLexicon *lexicon, GPtrArray *notes)
{
  guint n = lexicon->contexts != NULL ? lexicon->contexts->len : 0;
  if (n > 0)
    {
      GString *names = g_string_new (NULL);
      for (guint i = 0; i < n; i++)
        g_string_append_printf (names, "%s%s", i > 0 ? ", " : "",
                                ((const LexTopic *) lexicon->contexts->pdata[i])->name);
      note (notes, NULL, 0, "%u context list%s not written (a "
            "dictionary has only categories): %s", n, n > 1 ? "s" : "",
            names->str);
      g_string_free (names, TRUE);
    }
  note (notes, NULL, 0, "negation is not written: a negated hit counts "
        "as a hit there");
}

gboolean
lex_export (FILE *out, const FramingLexicon *lexicon, LexFormat format,
            GPtrArray *notes, GError **error)
{
  g_return_val_if_fail (format == LEX_FORMAT_LIWC
                        || format == LEX_FORMAT_YAML, FALSE);
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  g_autoptr (GPtrArray) lists = g_ptr_array_new_with_free_func
                                  ((GDestroyNotify) g_ptr_array_unref);
  for (guint t = 0; t < lexicon->topics->len; t++)
    {
      const LexTopic *topic = g_ptr_array_index (lexicon->topics, t);
      GPtrArray *patterns = export_topic (topic, notes);
      if (patterns == NULL)
        continue;
      g_ptr_array_add (names, topic->name);
      g_ptr_array_add (lists, patterns);
    }
  note_lost (lexicon, notes);
  if (names->len == 0)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LEXICON,
                   "no topic has an entry the %s format can express",
                   lex_format_name (format));
      return FALSE;
    }
  if (format == LEX_FORMAT_LIWC)
    write_liwc (out, names, lists);
  else
    write_yaml (out, names, lists);
  return output_check_stream (out, error);
}
