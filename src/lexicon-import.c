/* lexicon-import.c - dictionaries of other tools read as topics: LIWC
 * (.dic), quanteda YAML (.yml, .yaml) and Lexicoder (.lc3, .lcd); see
 * lexicon-import.h and framing-lexicon(5), "IMPORTING AND EXPORTING".
 *
 * Each category becomes a topic and each pattern one entry, written in
 * lexicon syntax and tied to its source line; lex_import_topic_compile ()
 * hands the lines to the lexicon parser, so that a duplicate or a bad
 * entry is reported at the dictionary's own FILE:LINE.
 *
 * The translation keeps the source's meaning rather than framing's
 * habits.  These tools match a pattern without '*' against the word as
 * written (case ignored), so "attack" matches "attack" and not "attacks":
 * it becomes the exact entry "=attack", not the stemmed "attack", which
 * would match every form with the stem.  A pattern "attack*" matches every
 * word that begins so, as framing's prefix "attack*" does (a prefix is
 * compared with the folded word, not its stem).  A pattern of several
 * words (LIWC 2015 and Lexicoder phrases, quanteda multi-word values) is
 * a phrase, and a word that framing splits into several tokens ("no-fly")
 * gives one exact word per token ("=no =fly"), which matches the same
 * text.  What framing cannot say is left out with a note: a '?' glob (any
 * one character), a '*' that is not at the end of a word, a pattern with
 * no letter or digit (emoticons), LIWC's conditional categories.
 *
 * The YAML reader takes the shape quanteda's dictionaries have, and no
 * more: block mappings whose values are mappings, block sequences of
 * scalars, a flow sequence on one line ("[a, b]") or one scalar; plain,
 * single- and double-quoted scalars; comments and "---".  Anchors,
 * aliases, tags, block scalars and flow mappings are refused with the
 * line.  That is a few hundred lines, where a YAML library would be a
 * build dependency for one import format and would still leave the shape
 * to be checked and every message to be given a line.
 *
 * The file is a little over 900 lines on purpose: the three readers share
 * the Reader, its messages and the translation of patterns, which a split
 * would have to export through a private header for one caller.
 */
#include "lexicon-import.h"

#include <stdarg.h>
#include <string.h>

#include "framing.h"
#include "text.h"

/* ------------------------------------------------------------------ */
/* Formats                                                             */

LexFormat
lex_format_of_path (const char *path)
{
  static const struct { const char *ext; LexFormat format; } known[] = {
    { ".dic", LEX_FORMAT_LIWC }, { ".yml", LEX_FORMAT_YAML },
    { ".yaml", LEX_FORMAT_YAML }, { ".lc3", LEX_FORMAT_LEXICODER },
    { ".lcd", LEX_FORMAT_LEXICODER }
  };
  const char *dot = strrchr (path, '.');
  const char *slash = strrchr (path, '/');
  if (dot == NULL || (slash != NULL && dot < slash))
    return LEX_FORMAT_LEX;
  for (gsize i = 0; i < G_N_ELEMENTS (known); i++)
    if (g_ascii_strcasecmp (dot, known[i].ext) == 0)
      return known[i].format;
  return LEX_FORMAT_LEX;
}

const char *
lex_format_name (LexFormat format)
{
  switch (format)
    {
    case LEX_FORMAT_LIWC:
      return "LIWC";
    case LEX_FORMAT_YAML:
      return "quanteda YAML";
    case LEX_FORMAT_LEXICODER:
      return "Lexicoder";
    default:
      return "framing";
    }
}

/* ------------------------------------------------------------------ */
/* Imports and their topics                                            */

static void
import_topic_free (LexImportTopic *topic)
{
  if (topic == NULL)
    return;
  g_free (topic->name);
  g_free (topic->description);
  g_ptr_array_free (topic->entries, TRUE);
  g_array_free (topic->lines, TRUE);
  g_free (topic);
}

void
lex_import_free (LexImport *import)
{
  if (import == NULL)
    return;
  g_free (import->file);
  g_ptr_array_free (import->topics, TRUE);
  g_free (import);
}

/* The state of reading one dictionary. */
typedef struct {
  const char *file;
  guint line;          /* the line being read */
  GPtrArray *notes;    /* may be NULL */
  FramingTokens *toks; /* scratch for tokenizing patterns */
  LexImport *import;
  GHashTable *names;   /* topic name -> its LexImportTopic */
} Reader;

/* Sets ERROR to "FILE:LINE: message"; returns FALSE. */
G_GNUC_PRINTF (3, 4) static gboolean
fail (const Reader *r, GError **error, const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  framing_fail_at (error, FRAMING_ERROR_LEXICON, r->file, r->line, format, ap);
  va_end (ap);
  return FALSE;
}

/* Adds the note "FILE:LINE: warning: message" at LINE. */
G_GNUC_PRINTF (3, 4) static void
note_at (const Reader *r, guint line, const char *format, ...)
{
  if (r->notes == NULL)
    return;
  va_list ap;
  va_start (ap, format);
  g_autofree char *message = g_strdup_vprintf (format, ap);
  va_end (ap);
  g_ptr_array_add (r->notes, g_strdup_printf ("%s:%u: warning: %s", r->file,
                                              line, message));
}

/* Whether C is white space in a dictionary line. */
static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* Trims white space at both ends of S in place; returns S moved past the
 * leading white space. */
static char *
trim (char *s)
{
  while (is_space (*s))
    s++;
  gsize n = strlen (s);
  while (n > 0 && is_space (s[n - 1]))
    s[--n] = '\0';
  return s;
}

/* NAME made a usable topic and file name: white space, ':', '/' and '\'
 * become '_', and so does a leading '.', '!' or '&' (newly allocated). */
static char *
safe_name (const char *name)
{
  char *safe = g_strdup (name);
  for (char *c = safe; *c != '\0'; c++)
    if (is_space (*c) || strchr (":/\\", *c) != NULL
        || (c == safe && strchr (".!&", *c) != NULL))
      *c = '_';
  return safe;
}

/* Adds the category NAME (DESCRIPTION may be NULL) read on the current
 * line as a topic; NULL with ERROR when its name is empty or taken. */
static LexImportTopic *
add_topic (Reader *r, const char *name, const char *description,
           GError **error)
{
  g_autofree char *safe = safe_name (name);
  if (*safe == '\0')
    {
      fail (r, error, "a category needs a name");
      return NULL;
    }
  const LexImportTopic *other = g_hash_table_lookup (r->names, safe);
  if (other != NULL)
    {
      fail (r, error, "category '%s' is already defined on line %u", safe,
            other->line);
      return NULL;
    }
  if (strcmp (safe, name) != 0)
    note_at (r, r->line, "category '%s' is named '%s'", name, safe);
  LexImportTopic *t = g_new0 (LexImportTopic, 1);
  t->name = g_steal_pointer (&safe);
  /* A '#' would start a comment in a lexicon: the long name is a note. */
  t->description = description != NULL && *description != '\0'
                   ? g_strdelimit (g_strdup (description), "#", ' ') : NULL;
  t->line = r->line;
  t->entries = g_ptr_array_new_with_free_func (g_free);
  t->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_ptr_array_add (r->import->topics, t);
  g_hash_table_insert (r->names, t->name, t);
  return t;
}

/* ------------------------------------------------------------------ */
/* Patterns                                                            */

/* Appends to ENTRY the translation of WORD of PATTERN: one exact word per
 * token, the last one a prefix when WORD ends in '*'.  FALSE (noted) when
 * it does not translate. */
static gboolean
translate_word (Reader *r, const char *pattern, const char *word,
                GString *entry)
{
  if (strchr (word, '?') != NULL)
    {
      note_at (r, r->line, "'%s': '?' (any one character) has no equivalent "
               "in framing: left out", pattern);
      return FALSE;
    }
  gsize len = strlen (word);
  gsize stars = 0;
  while (stars < len && word[len - 1 - stars] == '*')
    stars++;
  if (memchr (word, '*', len - stars) != NULL || stars == len)
    {
      note_at (r, r->line, stars == len
               ? "'%s': a lone '*' (any word) has no equivalent in framing: "
                 "left out"
               : "'%s': framing has '*' only at the end of a word: left out",
               pattern);
      return FALSE;
    }
  text_tokenize (r->toks, word, (gssize) (len - stars));
  guint n = r->toks->tokens->len;
  if (n == 0)
    {
      note_at (r, r->line, "'%s': '%s' has no letter or digit, which "
               "framing matches: left out", pattern, word);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      gboolean prefix = stars > 0 && i == n - 1;
      g_string_append_printf (entry, "%s%s%s%s", entry->len > 0 ? " " : "",
                              prefix ? "" : "=",
                              text_token_form (r->toks, i), prefix ? "*" : "");
    }
  const FramingToken *last = &g_array_index (r->toks->tokens, FramingToken,
                                             n - 1);
  if (stars > 0 && last->end != r->toks->text->len)
    note_at (r, r->line, "'%s': framing ignores what follows '%s' before "
             "the '*': read as '%s*'", pattern,
             text_token_form (r->toks, n - 1), text_token_form (r->toks, n - 1));
  return TRUE;
}

/* PATTERN (one or more words) as an entry in lexicon syntax, or NULL
 * (noted) when it does not translate. */
static char *
translate_pattern (Reader *r, const char *pattern)
{
  g_auto (GStrv) words = g_strsplit_set (pattern, " \t\r\v\f", -1);
  GString *entry = g_string_new (NULL);
  for (char **w = words; *w != NULL; w++)
    if (**w != '\0' && !translate_word (r, pattern, *w, entry))
      {
        g_string_free (entry, TRUE);
        return NULL;
      }
  if (entry->len == 0)
    {
      note_at (r, r->line, "an empty pattern: left out");
      g_string_free (entry, TRUE);
      return NULL;
    }
  return g_string_free (entry, FALSE);
}

/* Adds ENTRY (an entry in lexicon syntax) to TOPIC at the current line. */
static void
add_entry (Reader *r, LexImportTopic *topic, const char *entry)
{
  g_ptr_array_add (topic->entries, g_strdup (entry));
  g_array_append_val (topic->lines, r->line);
}

/* Translates PATTERN and adds it to TOPIC. */
static void
add_pattern (Reader *r, LexImportTopic *topic, const char *pattern)
{
  g_autofree char *entry = translate_pattern (r, pattern);
  if (entry != NULL)
    add_entry (r, topic, entry);
}

/* ------------------------------------------------------------------ */
/* Lines                                                               */

/* Calls EACH on every line of DATA (BOM dropped, LF or CRLF, at most
 * FRAMING_MAX_LEXICON_LINE bytes of valid UTF-8), a copy it may change,
 * with R->line set; stops at the first that returns FALSE. */
static gboolean
each_line (Reader *r, const char *data, gsize len,
           gboolean (*each) (Reader *, char *, gpointer, GError **),
           gpointer state, GError **error)
{
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, len -= 3;
  const char *end = data + len;
  for (const char *line = data; line < end; )
    {
      const char *nl = memchr (line, '\n', (gsize) (end - line));
      gsize n = (gsize) ((nl != NULL ? nl : end) - line);
      r->line++;
      if (n > FRAMING_MAX_LEXICON_LINE)
        return fail (r, error, "line longer than %u bytes",
                     FRAMING_MAX_LEXICON_LINE);
      if (!g_utf8_validate (line, (gssize) n, NULL))
        return fail (r, error, "invalid UTF-8");
      g_autofree char *copy = g_strndup (line, n);
      if (n > 0 && copy[n - 1] == '\r')
        copy[n - 1] = '\0';
      if (!each (r, copy, state, error))
        return FALSE;
      line = nl != NULL ? nl + 1 : end;
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* LIWC: "%", "NUMBER<TAB>name" lines, "%", then "word<TAB>NUMBER..."  */

typedef struct {
  int part;            /* 0: before the first '%', 1: categories, 2: words */
  GHashTable *numbers; /* category number -> its LexImportTopic */
} Liwc;

/* Reads a category line "NUMBER<white space>NAME[ (long name)]". */
static gboolean
liwc_category (Reader *r, Liwc *liwc, char *line, GError **error)
{
  gsize digits = strspn (line, "0123456789");
  if (digits == 0 || digits > 9 || !is_space (line[digits]))
    return fail (r, error, "a category line is 'NUMBER<TAB>NAME': '%s'", line);
  line[digits] = '\0';
  guint number = (guint) g_ascii_strtoull (line, NULL, 10);
  char *name = trim (line + digits + 1);
  char *rest = name + strcspn (name, " \t\v\f");
  if (*rest != '\0')
    *rest++ = '\0';
  rest = trim (rest);
  gsize n = strlen (rest);
  if (n >= 2 && rest[0] == '(' && rest[n - 1] == ')')
    {
      rest[n - 1] = '\0';
      rest = trim (rest + 1);
    }
  const LexImportTopic *other = g_hash_table_lookup (liwc->numbers,
                                                     GUINT_TO_POINTER (number + 1));
  if (other != NULL)
    return fail (r, error, "category number %u is already given on line %u",
                 number, other->line);
  LexImportTopic *t = add_topic (r, name, rest, error);
  if (t == NULL)
    return FALSE;
  g_hash_table_insert (liwc->numbers, GUINT_TO_POINTER (number + 1), t);
  return TRUE;
}

/* Reads a word line "WORD<TAB>NUMBER NUMBER ..." (a phrase may hold
 * spaces when a TAB ends it). */
static gboolean
liwc_word (Reader *r, Liwc *liwc, char *line, GError **error)
{
  char *cats = strchr (line, '\t');
  if (cats == NULL)
    cats = line + strcspn (line, " \v\f");
  if (*cats != '\0')
    *cats++ = '\0';
  const char *word = trim (line);
  g_auto (GStrv) fields = g_strsplit_set (cats, " \t\v\f", -1);
  g_autoptr (GPtrArray) topics = g_ptr_array_new ();
  for (char **f = fields; *f != NULL; f++)
    {
      if (**f == '\0')
        continue;
      gsize digits = strspn (*f, "0123456789");
      if (digits == 0 || digits > 9 || (*f)[digits] != '\0')
        {
          note_at (r, r->line, "'%s': '%s' (a conditional category) does not "
                   "translate: left out", word, *f);
          continue;
        }
      guint number = (guint) g_ascii_strtoull (*f, NULL, 10);
      LexImportTopic *t = g_hash_table_lookup (liwc->numbers,
                                               GUINT_TO_POINTER (number + 1));
      if (t == NULL)
        return fail (r, error, "unknown category %u", number);
      g_ptr_array_add (topics, t);
    }
  if (topics->len == 0)
    {
      note_at (r, r->line, "'%s' is in no category: left out", word);
      return TRUE;
    }
  g_autofree char *entry = translate_pattern (r, word);
  for (guint i = 0; entry != NULL && i < topics->len; i++)
    add_entry (r, g_ptr_array_index (topics, i), entry);
  return TRUE;
}

/* Reads one line of a LIWC dictionary. */
static gboolean
liwc_line (Reader *r, char *raw, gpointer state, GError **error)
{
  Liwc *liwc = state;
  char *line = trim (raw);
  if (*line == '\0')
    return TRUE;
  if (strcmp (line, "%") == 0 && liwc->part < 2)
    {
      if (++liwc->part == 2 && r->import->topics->len == 0)
        return fail (r, error, "no category between the '%%' lines");
      return TRUE;
    }
  if (liwc->part == 0)
    return fail (r, error, "a LIWC dictionary begins with a '%%' line");
  if (liwc->part == 1)
    return liwc_category (r, liwc, line, error);
  return liwc_word (r, liwc, line, error);
}

static gboolean
liwc_read (Reader *r, const char *data, gsize len, GError **error)
{
  Liwc liwc = { 0, g_hash_table_new (g_direct_hash, g_direct_equal) };
  gboolean ok = each_line (r, data, len, liwc_line, &liwc, error);
  g_hash_table_destroy (liwc.numbers);
  if (ok && liwc.part < 2)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LEXICON,
                   "%s: no category table between two '%%' lines", r->file);
      return FALSE;
    }
  return ok;
}

/* ------------------------------------------------------------------ */
/* Lexicoder: "+category" lines, each followed by its patterns         */

static gboolean
lexicoder_line (Reader *r, char *raw, gpointer state, GError **error)
{
  LexImportTopic **current = state;
  char *line = trim (raw);
  if (*line == '\0')
    return TRUE;
  if (*line == '+')
    return (*current = add_topic (r, trim (line + 1), NULL, error)) != NULL;
  if (*current == NULL)
    return fail (r, error, "a pattern before the first '+category' line");
  add_pattern (r, *current, line);
  return TRUE;
}

static gboolean
lexicoder_read (Reader *r, const char *data, gsize len, GError **error)
{
  LexImportTopic *current = NULL;
  return each_line (r, data, len, lexicoder_line, &current, error);
}

/* ------------------------------------------------------------------ */
/* quanteda YAML: nested keys, each leaf a list of patterns            */

typedef enum { KEY_EMPTY, KEY_MAP, KEY_LIST } KeyKind;

typedef struct {
  guint indent;
  char *path;             /* the keys from the top, joined with '.' */
  KeyKind kind;
  guint line;
  LexImportTopic *topic;  /* KEY_LIST: its topic */
  gboolean inline_value;  /* "key: value": no more items may follow */
  guint item_indent;      /* KEY_LIST: the indentation of its items */
} Key;

typedef struct {
  GArray *stack;     /* Key: the keys open at the current line */
  GHashTable *paths; /* every key path seen -> its line */
} Yaml;

/* Closes the key at the top of Y's stack: one with no value is noted. */
static void
yaml_pop (Reader *r, Yaml *y)
{
  Key *k = &g_array_index (y->stack, Key, y->stack->len - 1);
  if (k->kind == KEY_EMPTY)
    note_at (r, k->line, "category '%s' has no patterns: left out", k->path);
  g_free (k->path);
  g_array_set_size (y->stack, y->stack->len - 1);
}

/* The key at the top of Y's stack, or NULL. */
static Key *
yaml_top (Yaml *y)
{
  return y->stack->len == 0 ? NULL
         : &g_array_index (y->stack, Key, y->stack->len - 1);
}

/* Cuts LINE at a comment: '#' at its start or after white space, outside
 * quotes. */
static void
yaml_strip_comment (char *line)
{
  char quote = 0;
  for (char *c = line; *c != '\0'; c++)
    {
      if (quote == '"' && *c == '\\' && c[1] != '\0')
        c++;
      else if (quote != 0 && *c == quote)
        quote = 0;
      else if (quote == 0 && (*c == '"' || *c == '\'')
               && (c == line || strchr (" \t[,:-", c[-1]) != NULL))
        quote = *c;
      else if (quote == 0 && *c == '#' && (c == line || is_space (c[-1])))
        {
          *c = '\0';
          return;
        }
    }
}

/* Reads a double-quoted scalar at S (past the '"') into OUT; *END: past
 * the closing quote. */
static gboolean
yaml_double_quoted (Reader *r, const char *s, GString *out, const char **end,
                    GError **error)
{
  for (; *s != '"'; s++)
    {
      if (*s == '\0')
        return fail (r, error, "a quoted string must end on its line");
      if (*s != '\\')
        {
          g_string_append_c (out, *s);
          continue;
        }
      s++;
      if (*s == '"' || *s == '\\' || *s == '/')
        g_string_append_c (out, *s);
      else if (*s == 't')
        g_string_append_c (out, '\t');
      else if (*s == 'u' && g_ascii_isxdigit (s[1]) && g_ascii_isxdigit (s[2])
               && g_ascii_isxdigit (s[3]) && g_ascii_isxdigit (s[4]))
        {
          char hex[5] = { s[1], s[2], s[3], s[4], 0 };
          gunichar u = (gunichar) g_ascii_strtoull (hex, NULL, 16);
          if (!g_unichar_validate (u) || u == 0)
            return fail (r, error, "bad escape '\\u%s'", hex);
          g_string_append_unichar (out, u);
          s += 4;
        }
      else
        return fail (r, error, "unsupported escape '\\%c' in a quoted string",
                     *s != '\0' ? *s : ' ');
    }
  *end = s + 1;
  return TRUE;
}

/* Reads a scalar at S into *OUT (newly allocated); *END: past it.  In a
 * flow sequence (FLOW) a plain scalar ends at ',' or ']'; else at the
 * end of S. */
static gboolean
yaml_scalar (Reader *r, const char *s, gboolean flow, char **out,
             const char **end, GError **error)
{
  g_autoptr (GString) v = g_string_new (NULL);
  if (*s == '"')
    {
      if (!yaml_double_quoted (r, s + 1, v, end, error))
        return FALSE;
    }
  else if (*s == '\'')
    {
      for (s++; !(*s == '\'' && s[1] != '\''); s++)
        {
          if (*s == '\0')
            return fail (r, error, "a quoted string must end on its line");
          g_string_append_c (v, *s);
          s += *s == '\'';
        }
      *end = s + 1;
    }
  else
    {
      if (*s != '\0' && strchr ("&*!|>%@`{[]}", *s) != NULL)
        return fail (r, error, "'%c' begins a YAML feature that dictionaries "
                     "do not use (quote a pattern that begins with '%c')",
                     *s, *s);
      gsize n = flow ? strcspn (s, ",]") : strlen (s);
      g_string_append_len (v, s, (gssize) n);
      *end = s + n;
      g_strchomp (v->str);
      g_string_set_size (v, strlen (v->str));
    }
  *out = g_strdup (v->str);
  return TRUE;
}

/* Reads the value of KEY, a scalar or a flow sequence "[a, b]" at S, as
 * its patterns. */
static gboolean
yaml_inline_value (Reader *r, Key *key, const char *s, GError **error)
{
  gboolean flow = *s == '[';
  s += flow;
  for (;;)
    {
      while (is_space (*s))
        s++;
      if (flow && *s == ']')
        break;
      g_autofree char *pattern = NULL;
      if (!yaml_scalar (r, s, flow, &pattern, &s, error))
        return FALSE;
      add_pattern (r, key->topic, pattern);
      while (is_space (*s))
        s++;
      if (!flow || *s == ']')
        break;
      if (*s != ',')
        return fail (r, error, "a list '[a, b]' must end on its line");
      s++;
    }
  if (flow)
    s++;
  while (is_space (*s))
    s++;
  if (*s != '\0')
    return fail (r, error, "unexpected text after the value: '%s'", s);
  return TRUE;
}

/* Makes KEY a list of patterns (a topic) on its first pattern. */
static gboolean
yaml_make_list (Reader *r, Key *key, GError **error)
{
  if (key->kind == KEY_LIST)
    return TRUE;
  guint line = r->line;
  r->line = key->line;
  key->topic = add_topic (r, key->path, NULL, error);
  r->line = line;
  key->kind = KEY_LIST;
  return key->topic != NULL;
}

/* Reads a sequence item "- PATTERN" at INDENT (S: past the '-'). */
static gboolean
yaml_item (Reader *r, Yaml *y, guint indent, const char *s, GError **error)
{
  /* The items of one list stand at one indentation. */
  while (yaml_top (y) != NULL
         && (yaml_top (y)->indent > indent
             || (yaml_top (y)->kind == KEY_LIST && !yaml_top (y)->inline_value
                 && yaml_top (y)->item_indent != indent)))
    yaml_pop (r, y);
  Key *key = yaml_top (y);
  if (key == NULL)
    return fail (r, error, "a pattern outside any category");
  if (key->kind == KEY_MAP || key->inline_value)
    return fail (r, error, "a pattern among the keys of '%s'", key->path);
  while (is_space (*s))
    s++;
  if (*s == '\0' || (*s == '-' && (s[1] == '\0' || is_space (s[1]))))
    return fail (r, error, "a list item must be one pattern");
  if (!yaml_make_list (r, key, error))
    return FALSE;
  key->item_indent = indent;
  g_autofree char *pattern = NULL;
  const char *end = NULL;
  if (!yaml_scalar (r, s, FALSE, &pattern, &end, error))
    return FALSE;
  while (is_space (*end))
    end++;
  if (*end != '\0')
    return fail (r, error, "unexpected text after the pattern: '%s'", end);
  add_pattern (r, key->topic, pattern);
  return TRUE;
}

/* Reads the key of a line "KEY: [VALUE]" at S into *NAME; *VALUE: what
 * follows the ':'. */
static gboolean
yaml_key_name (Reader *r, const char *s, char **name, const char **value,
               GError **error)
{
  const char *end = NULL;
  if (*s == '"' || *s == '\'')
    {
      if (!yaml_scalar (r, s, FALSE, name, &end, error))
        return FALSE;
      while (is_space (*end))
        end++;
    }
  else
    {
      end = s;
      while (*end != '\0' && !(*end == ':' && (end[1] == '\0'
                                               || is_space (end[1]))))
        end++;
      *name = g_strstrip (g_strndup (s, (gsize) (end - s)));
    }
  if (*end != ':' || (end[1] != '\0' && !is_space (end[1])))
    return fail (r, error, "expected 'KEY:' or '- PATTERN'");
  *value = end + 1;
  return TRUE;
}

/* Reads a key line "KEY:" or "KEY: VALUE" at INDENT. */
static gboolean
yaml_key (Reader *r, Yaml *y, guint indent, const char *s, GError **error)
{
  g_autofree char *name = NULL;
  const char *value = NULL;
  if (!yaml_key_name (r, s, &name, &value, error))
    return FALSE;
  while (yaml_top (y) != NULL && yaml_top (y)->indent >= indent)
    yaml_pop (r, y);
  Key *parent = yaml_top (y);
  if (parent != NULL && parent->kind == KEY_LIST)
    return fail (r, error, "key '%s' among the patterns of '%s'", name,
                 parent->path);
  if (parent != NULL)
    parent->kind = KEY_MAP;
  Key key = { indent, parent != NULL
                      ? g_strdup_printf ("%s.%s", parent->path, name)
                      : g_strdup (name), KEY_EMPTY, r->line, NULL, FALSE, 0 };
  gpointer seen = g_hash_table_lookup (y->paths, key.path);
  if (seen != NULL)
    {
      fail (r, error, "key '%s' is already given on line %u", key.path,
            GPOINTER_TO_UINT (seen));
      g_free (key.path);
      return FALSE;
    }
  g_hash_table_insert (y->paths, g_strdup (key.path),
                       GUINT_TO_POINTER (r->line));
  g_array_append_val (y->stack, key);
  while (is_space (*value))
    value++;
  if (*value == '\0')
    return TRUE;
  Key *k = yaml_top (y);
  k->inline_value = TRUE;
  return yaml_make_list (r, k, error) && yaml_inline_value (r, k, value, error);
}

/* Reads one line of a YAML dictionary. */
static gboolean
yaml_line (Reader *r, char *line, gpointer state, GError **error)
{
  Yaml *y = state;
  yaml_strip_comment (line);
  g_strchomp (line);
  guint indent = (guint) strspn (line, " ");
  const char *s = line + indent;
  if (*s == '\0')
    return TRUE;
  if (*s == '\t')
    return fail (r, error, "a tab in the indentation (YAML indents with "
                 "spaces)");
  if (indent == 0 && (strcmp (s, "---") == 0 || strcmp (s, "...") == 0))
    return TRUE;
  if (*s == '-' && (s[1] == '\0' || is_space (s[1])))
    return yaml_item (r, y, indent, s + 1, error);
  return yaml_key (r, y, indent, s, error);
}

/* Frees what a Key holds (a GArray clear function). */
static void
key_clear (gpointer data)
{
  g_free (((Key *) data)->path);
}

static gboolean
yaml_read (Reader *r, const char *data, gsize len, GError **error)
{
  Yaml y = { g_array_new (FALSE, FALSE, sizeof (Key)),
             g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) };
  gboolean ok = each_line (r, data, len, yaml_line, &y, error);
  while (ok && y.stack->len > 0)
    yaml_pop (r, &y);
  g_array_set_clear_func (y.stack, key_clear);
  g_array_free (y.stack, TRUE);
  g_hash_table_destroy (y.paths);
  return ok;
}

/* ------------------------------------------------------------------ */
/* Reading, writing and compiling                                      */

/* Drops the topics of IMPORT that have no entry left, with a note. */
static void
drop_empty_topics (Reader *r, LexImport *import)
{
  for (guint i = 0; i < import->topics->len; )
    {
      LexImportTopic *t = g_ptr_array_index (import->topics, i);
      if (t->entries->len > 0)
        {
          i++;
          continue;
        }
      note_at (r, t->line, "category '%s' has no pattern that translates: "
               "left out", t->name);
      g_ptr_array_remove_index (import->topics, i);
    }
}

LexImport *
lex_import_parse (const char *file, const char *data, gsize len,
                  LexFormat format, GPtrArray *notes, GError **error)
{
  g_return_val_if_fail (file != NULL && (data != NULL || len == 0), NULL);
  g_return_val_if_fail (format != LEX_FORMAT_LEX, NULL);
  g_autoptr (LexImport) import = g_new0 (LexImport, 1);
  import->file = g_strdup (file);
  import->format = format;
  import->topics = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                   import_topic_free);
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  g_autoptr (GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  Reader r = { file, 0, notes, toks, import, names };
  data = data != NULL ? data : "";
  gboolean ok = format == LEX_FORMAT_LIWC ? liwc_read (&r, data, len, error)
                : format == LEX_FORMAT_YAML ? yaml_read (&r, data, len, error)
                : lexicoder_read (&r, data, len, error);
  if (!ok)
    return NULL;
  drop_empty_topics (&r, import);
  if (import->topics->len == 0)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LEXICON,
                   "%s: no category with a pattern framing can use", file);
      return NULL;
    }
  return g_steal_pointer (&import);
}

LexImport *
lex_import_file (const char *path, GPtrArray *notes, GError **error)
{
  LexFormat format = lex_format_of_path (path);
  if (format == LEX_FORMAT_LEX)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LEXICON,
                   "%s: not a dictionary of another tool (named *.dic, "
                   "*.yml, *.yaml, *.lc3 or *.lcd)", path);
      return NULL;
    }
  g_autofree char *data = NULL;
  gsize len = 0;
  if (!lexicon_read_file (path, &data, &len, error))
    return NULL;
  return lex_import_parse (path, data, len, format, notes, error);
}

char *
lex_import_topic_text (const LexImport *import, guint i)
{
  g_return_val_if_fail (i < import->topics->len, NULL);
  const LexImportTopic *t = g_ptr_array_index (import->topics, i);
  g_autofree char *base = g_path_get_basename (import->file);
  GString *s = g_string_new (NULL);
  g_string_append_printf (s, "# %s.lex - converted by framing lexicon "
                          "--import from category\n# '%s' (line %u) of %s, "
                          "a %s dictionary.\n# The comment after each entry "
                          "gives its line there.\n", t->name, t->name,
                          t->line, base, lex_format_name (import->format));
  g_string_append_printf (s, "@topic %s\n", t->name);
  if (t->description != NULL)
    g_string_append_printf (s, "@description %s\n", t->description);
  g_string_append_printf (s, "@source %s (%s dictionary)\n\n", base,
                          lex_format_name (import->format));
  for (guint e = 0; e < t->entries->len; e++)
    g_string_append_printf (s, "%-30s # line %u\n",
                            (const char *) g_ptr_array_index (t->entries, e),
                            g_array_index (t->lines, guint, e));
  return g_string_free (s, FALSE);
}

LexTopic *
lex_import_topic_compile (const LexImport *import, guint i,
                          FramingStemmer *stemmer, GError **error)
{
  g_return_val_if_fail (i < import->topics->len, NULL);
  const LexImportTopic *t = g_ptr_array_index (import->topics, i);
  g_autoptr (GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  g_ptr_array_add (lines, g_strdup_printf ("@topic %s", t->name));
  g_array_append_val (numbers, t->line);
  if (t->description != NULL)
    {
      g_ptr_array_add (lines, g_strdup_printf ("@description %s",
                                               t->description));
      g_array_append_val (numbers, t->line);
    }
  for (guint e = 0; e < t->entries->len; e++)
    {
      g_ptr_array_add (lines, g_strdup (g_ptr_array_index (t->entries, e)));
      g_array_append_val (numbers, g_array_index (t->lines, guint, e));
    }
  return lexicon_parse_lines (import->file,
                              (const char *const *) lines->pdata,
                              (const guint *) (void *) numbers->data,
                              lines->len, stemmer, error);
}
