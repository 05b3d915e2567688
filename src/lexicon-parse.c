/* lexicon-parse.c - reading one lexicon file into a LexTopic: its
 * syntax, as framing-lexicon(5) gives it (docs/DESIGN.md, "Matching").
 *
 * The format, as read here:
 * - One UTF-8 file per topic.  A UTF-8 BOM at the very start is dropped;
 *   lines end with LF or CRLF.  A line with invalid UTF-8 (a NUL byte
 *   included) or longer than FRAMING_MAX_LEXICON_LINE bytes is an error,
 *   and so is a file over FRAMING_MAX_LEXICON_BYTES (framing.h; lexicon.c
 *   checks that one as it reads the file).
 * - '#' starts a comment that runs to the end of the line, but only when it
 *   begins the line or follows white space: "C#" is an entry, "war # note"
 *   is the entry "war".  (A '#' inside a word is no token character, so it
 *   could never be matched anyway.)
 * - White space (ASCII: space, tab, CR, VT, FF) at both ends of a line is
 *   ignored, and so are empty lines.
 * - Directives: "@topic NAME", "@description TEXT", "@language NAME",
 *   "@source TEXT".  An unknown directive, a directive with no value and a
 *   directive given twice in one file are errors.  NAME of @topic is one
 *   word with no ':' (topics are named as A:B on the command line); the
 *   default is the file's base name less ".lex".  @language must name the
 *   run's language (ASCII case ignored).
 * - "@context NAME" instead of @topic makes the file a context list;
 *   "@require NAME [& NAME]..." makes every entry of a topic depend on
 *   those context lists, as " & NAME" after each entry would.
 * - Every other line is an entry, "[!]ENTRY [& [!]NAME]... [| WEIGHT]":
 *   the weight follows the last '|' when that '|' has white space (or the
 *   line's end) on both sides; any other '|' is an error.  WEIGHT is a
 *   positive finite decimal number ("2", "0.5", "1e2"), read whatever the
 *   locale.  Each '&' with white space (or the line's end) on both sides
 *   is followed by one context list name, "!NAME" for a list that must
 *   not match; an entry that begins with '!' is a stop phrase, which
 *   takes neither contexts nor a weight.  Context names are resolved once
 *   every file is read (lexicon_link ()).
 * - ENTRY is split on white space into words.  "=word" is exact, "word*"
 *   a prefix; such a word must tokenize to exactly one token covering the
 *   whole word, and its key is that token's folded form.  Any other word is
 *   tokenized and stemmed as text is and may give several tokens (or none:
 *   "peace -- talks" is "peace talks").
 * - Entries of one topic whose words come out the same (same kinds, same
 *   keys) count once: the first keeps its weight, spelling and line; each
 *   later one is recorded in the topic's duplicates (for framing lexicon).
 * The first bad line stops parsing (FRAMING_ERROR_LEXICON, "FILE:LINE:
 * reason"), and a file with no entries is refused ("FILE: no entries").
 * The entries kept are compiled into the topic's trie (lexicon-trie.c).
 */
#include "lexicon.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "framing.h"
#include "lexicon-trie.h"
#include "text.h"

/* The directives, in the order of Parser.directive_line. */
enum { DIR_TOPIC, DIR_DESCRIPTION, DIR_LANGUAGE, DIR_SOURCE, DIR_CONTEXT,
       DIR_REQUIRE, N_DIRECTIVES };
static const char *const directive_names[N_DIRECTIVES] = {
  "topic", "description", "language", "source", "context", "require"
};

/* The state of parsing one file. */
typedef struct {
  const char *file;
  guint line;
  FramingStemmer *stemmer;
  FramingTokens *toks;     /* scratch for tokenizing words */
  LexTopic *topic;
  GHashTable *seen;        /* signature (owned) of each entry kept -> its
                            * index in the topic's entries + 1 */
  guint directive_line[N_DIRECTIVES]; /* 0: not given */
} Parser;

/* Sets ERROR to "FILE:LINE: message" (FRAMING_ERROR_LEXICON); returns
 * FALSE. */
G_GNUC_PRINTF (3, 4) static gboolean
fail (const Parser *p, GError **error, const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  framing_fail_at (error, FRAMING_ERROR_LEXICON, p->file, p->line, format, ap);
  va_end (ap);
  return FALSE;
}

/* Whether C is white space in a lexicon line. */
static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* Frees an entry and its words. */
static void
lex_entry_free (LexEntry *entry)
{
  if (entry == NULL)
    return;
  for (guint i = 0; i < entry->n_words; i++)
    g_free (entry->words[i].key);
  g_free (entry->words);
  g_free (entry->spelling);
  g_strfreev (entry->contexts);
  g_free (entry);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LexEntry, lex_entry_free)

/* Frees what a LexDuplicate holds (a GArray clear function). */
static void
lex_duplicate_clear (gpointer data)
{
  g_free (((LexDuplicate *) data)->spelling);
}

/* Frees the words of a GArray of LexWord, then the array. */
static void
words_free (GArray *words)
{
  for (guint i = 0; i < words->len; i++)
    g_free (g_array_index (words, LexWord, i).key);
  g_array_free (words, TRUE);
}

/* Cuts LINE at a comment: a '#' that begins it or follows white space. */
static void
strip_comment (char *line)
{
  for (char *c = line; *c != '\0'; c++)
    if (*c == '#' && (c == line || is_space (c[-1])))
      {
        *c = '\0';
        return;
      }
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

/* Whether NAME is a usable topic or context list name: one word, no ':',
 * not beginning with '!' (which negates a context) or '&'. */
static gboolean
topic_name_ok (const char *name)
{
  if (*name == '!' || *name == '&')
    return FALSE;
  for (const char *c = name; *c != '\0'; c++)
    if (is_space (*c) || *c == ':')
      return FALSE;
  return TRUE;
}

/* Reads TEXT, "NAME [& NAME]..." where each NAME may begin with '!',
 * into *NAMES (a NULL-terminated array, newly allocated). */
static gboolean
parse_context_names (Parser *p, const char *text, char ***names,
                     GError **error)
{
  g_auto (GStrv) words = g_strsplit_set (text, " \t\r\v\f", -1);
  g_autoptr (GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  gboolean want_name = TRUE;
  for (char **w = words; *w != NULL; w++)
    {
      if (**w == '\0')
        continue;
      if (strcmp (*w, "&") == 0)
        {
          if (want_name)
            return fail (p, error, "a context list name is needed before "
                         "each '&'");
          want_name = TRUE;
          continue;
        }
      if (!want_name)
        return fail (p, error, "one context list name after each '&': '%s'",
                     *w);
      const char *name = **w == '!' ? *w + 1 : *w;
      if (*name == '\0' || !topic_name_ok (name))
        return fail (p, error, "bad context list name '%s'", *w);
      g_ptr_array_add (found, g_strdup (*w));
      want_name = FALSE;
    }
  if (want_name)
    return fail (p, error, "a context list name is needed after '&'");
  g_ptr_array_add (found, NULL);
  g_strfreev (*names);
  *names = (char **) g_ptr_array_free (g_steal_pointer (&found), FALSE);
  return TRUE;
}

/* Applies directive number D with VALUE. */
static gboolean
apply_directive (Parser *p, int d, const char *value, GError **error)
{
  LexTopic *topic = p->topic;
  switch (d)
    {
    case DIR_TOPIC:
    case DIR_CONTEXT:
      if (p->directive_line[DIR_TOPIC] != 0
          && p->directive_line[DIR_CONTEXT] != 0)
        return fail (p, error, "a file is a @topic or a @context list, "
                     "not both");
      if (!topic_name_ok (value))
        return fail (p, error, "a %s name is one word with no ':': '%s'",
                     d == DIR_TOPIC ? "topic" : "context list", value);
      g_free (topic->name);
      topic->name = g_strdup (value);
      topic->is_context = d == DIR_CONTEXT;
      break;
    case DIR_REQUIRE:
      return parse_context_names (p, value, &topic->requires, error);
    case DIR_DESCRIPTION:
      topic->description = g_strdup (value);
      break;
    case DIR_LANGUAGE:
      if (g_ascii_strcasecmp (value, stem_language (p->stemmer)) != 0)
        return fail (p, error, "lexicon language '%s' differs from the run's "
                     "language '%s' (use -l)", value,
                     stem_language (p->stemmer));
      topic->language = g_strdup (value);
      break;
    default:
      topic->source = g_strdup (value);
      break;
    }
  return TRUE;
}

/* Parses a directive line LINE (trimmed, starting with '@'). */
static gboolean
parse_directive (Parser *p, char *line, GError **error)
{
  char *name = line + 1;
  char *end = name;
  while (*end != '\0' && !is_space (*end))
    end++;
  char *value = trim (end);
  *end = '\0';

  int d = 0;
  while (d < N_DIRECTIVES && strcmp (name, directive_names[d]) != 0)
    d++;
  if (d == N_DIRECTIVES)
    return fail (p, error, "unknown directive '@%s'", name);
  if (*value == '\0')
    return fail (p, error, "directive '@%s' needs a value", name);
  if (p->directive_line[d] != 0)
    return fail (p, error, "directive '@%s' is already given on line %u",
                 name, p->directive_line[d]);
  p->directive_line[d] = p->line;
  return apply_directive (p, d, value, error);
}

/* Reads weight text S: a positive finite decimal number, all of S. */
static gboolean
parse_weight (const char *s, double *weight)
{
  /* Only decimal notation: g_ascii_strtod alone would also take "inf",
   * "nan", hexadecimal and leading white space. */
  if (*s == '\0' || strspn (s, "0123456789.eE+-") != strlen (s))
    return FALSE;
  char *end = NULL;
  double w = g_ascii_strtod (s, &end);
  if (end == s || *end != '\0' || !isfinite (w) || w <= 0)
    return FALSE;
  *weight = w;
  return TRUE;
}

/* Adds the key of a marked word (=word or word*; BODY is the word without
 * its marker, WORD the word as written) to WORDS. */
static gboolean
add_marked_word (Parser *p, const char *word, const char *body, gsize len,
                 LexWordKind kind, GArray *words, GError **error)
{
  if (len == 0)
    return fail (p, error, kind == LEX_WORD_EXACT
                             ? "'=' must be followed by a word"
                             : "'*' must follow a word");
  text_tokenize (p->toks, body, (gssize) len);
  const GArray *tokens = p->toks->tokens;
  const FramingToken *t = (const FramingToken *) (void *) tokens->data;
  /* The token must cover the whole (normalised) word: "=no-fly" and
   * "=U.S." are not one token. */
  if (tokens->len != 1 || t->start != 0 || t->end != p->toks->text->len)
    return fail (p, error, "'%s' must be exactly one token", word);
  LexWord w = { kind, g_strdup (text_token_form (p->toks, 0)) };
  g_array_append_val (words, w);
  return TRUE;
}

/* Adds the stems of the tokens of plain word WORD to WORDS. */
static void
add_stemmed_word (Parser *p, const char *word, GArray *words)
{
  text_tokenize (p->toks, word, -1);
  for (guint i = 0; i < p->toks->tokens->len; i++)
    {
      const FramingToken *t = &g_array_index (p->toks->tokens,
                                              FramingToken, i);
      const char *form = text_token_form (p->toks, i);
      LexWord w = { LEX_WORD_STEM,
                    g_strdup (stem_word (p->stemmer, form, t->form_len)) };
      g_array_append_val (words, w);
    }
}

/* Adds the keys of one word of an entry to WORDS. */
static gboolean
add_word (Parser *p, const char *word, GArray *words, GError **error)
{
  gsize len = strlen (word);
  const char *star = strchr (word, '*');
  if (star != NULL && star != word + len - 1)
    return fail (p, error, "'*' only at the end of a word: '%s'", word);
  gboolean exact = word[0] == '=';
  gboolean prefix = star != NULL;
  if (exact && prefix)
    return fail (p, error, "a word cannot be both exact (=) and a prefix "
                 "(*): '%s'", word);
  if (exact)
    return add_marked_word (p, word, word + 1, len - 1, LEX_WORD_EXACT,
                            words, error);
  if (prefix)
    return add_marked_word (p, word, word, len - 1, LEX_WORD_PREFIX,
                            words, error);
  add_stemmed_word (p, word, words);
  return TRUE;
}

/* The signature of an entry's words: equal exactly when kinds and keys
 * are. */
static char *
entry_signature (const LexEntry *entry)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < entry->n_words; i++)
    g_string_append_printf (s, "%c%s\x1f", "spe"[entry->words[i].kind],
                            entry->words[i].key);
  return g_string_free (s, FALSE);
}

/* Builds the entry TEXT (trimmed, no '|') with WEIGHT from its words. */
static LexEntry *
build_entry (Parser *p, const char *text, double weight, GError **error)
{
  g_auto (GStrv) parts = g_strsplit_set (text, " \t\r\v\f", -1);
  GArray *words = g_array_new (FALSE, FALSE, sizeof (LexWord));
  GString *spelling = g_string_new (NULL);
  for (char **w = parts; *w != NULL; w++)
    {
      if (**w == '\0')
        continue;
      if (!add_word (p, *w, words, error))
        {
          words_free (words);
          g_string_free (spelling, TRUE);
          return NULL;
        }
      if (spelling->len > 0)
        g_string_append_c (spelling, ' ');
      g_string_append (spelling, *w);
    }
  if (words->len == 0)
    {
      words_free (words);
      g_string_free (spelling, TRUE);
      fail (p, error, "entry has no tokens");
      return NULL;
    }
  LexEntry *entry = g_new0 (LexEntry, 1);
  entry->spelling = g_string_free (spelling, FALSE);
  entry->weight = weight;
  entry->n_words = words->len;
  entry->words = (LexWord *) (void *) g_array_free (words, FALSE);
  entry->line = p->line;
  entry->alt = -1;
  return entry;
}

/* Whether entries A and B, which have the same words, also have the
 * same conditions: the same contexts as written. */
static gboolean
same_contexts (const LexEntry *a, const LexEntry *b)
{
  guint n = a->contexts != NULL ? g_strv_length (a->contexts) : 0;
  if (n != (b->contexts != NULL ? g_strv_length (b->contexts) : 0))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (strcmp (a->contexts[i], b->contexts[i]) != 0)
      return FALSE;
  return TRUE;
}

/* The entry of P's topic with ENTRY's words that ENTRY duplicates (one
 * with the same contexts, or a stop phrase when either is one), or -1;
 * *LAST: the last entry with those words.  FIRST: the first. */
static int
find_duplicate (const Parser *p, guint first, const LexEntry *entry,
                guint *last)
{
  GPtrArray *entries = p->topic->entries;
  for (int i = (int) first; i >= 0;
       i = ((const LexEntry *) g_ptr_array_index (entries, i))->alt)
    {
      const LexEntry *e = g_ptr_array_index (entries, i);
      *last = (guint) i;
      if (e->stop || entry->stop || same_contexts (e, entry))
        return i;
    }
  return -1;
}

/* Adds ENTRY to the topic unless an earlier entry has the same words and
 * the same contexts (a dropped entry is recorded in the topic's
 * duplicates).  An entry with the same words as earlier ones but other
 * contexts is their alternative: the last one's alt. */
static void
add_entry (Parser *p, LexEntry *entry)
{
  char *signature = entry_signature (entry);
  gpointer first = g_hash_table_lookup (p->seen, signature);
  guint last = 0;
  int kept = first == NULL ? -1
             : find_duplicate (p, GPOINTER_TO_UINT (first) - 1, entry, &last);
  if (kept >= 0)
    {
      LexDuplicate dup = { g_steal_pointer (&entry->spelling), entry->line,
                           (guint) kept };
      g_array_append_val (p->topic->duplicates, dup);
      p->topic->n_duplicates++;
      g_free (signature);
      lex_entry_free (entry);
      return;
    }
  g_ptr_array_add (p->topic->entries, entry);
  if (first != NULL)
    {
      LexEntry *tail = g_ptr_array_index (p->topic->entries, last);
      tail->alt = (int) p->topic->entries->len - 1;
      g_free (signature);
      return;
    }
  g_hash_table_insert (p->seen, signature,
                       GUINT_TO_POINTER (p->topic->entries->len));
}

/* Whether the character at C of LINE stands alone: white space or the
 * line's ends on both sides. */
static gboolean
stands_alone (const char *line, const char *c)
{
  return (c == line || is_space (c[-1])) && (c[1] == '\0' || is_space (c[1]));
}

/* The weight separator of LINE: its last '|' when it stands alone, else
 * NULL. */
static char *
find_separator (char *line)
{
  char *bar = strrchr (line, '|');
  return bar != NULL && stands_alone (line, bar) ? bar : NULL;
}

/* The first context separator of LINE: a '&' that stands alone, or NULL. */
static char *
find_context (char *line)
{
  for (char *amp = strchr (line, '&'); amp != NULL; amp = strchr (amp + 1, '&'))
    if (stands_alone (line, amp))
      return amp;
  return NULL;
}

/* Fails for the stray '|' of LINE (trimmed; WEIGHTED: a weight separator
 * was cut off it).  When the line's only '|' is followed by a weight but
 * lacks white space on a side ("war |2"), the message shows the line as
 * it should be written. */
static gboolean
fail_stray_bar (Parser *p, const char *line, gboolean weighted, GError **error)
{
  const char *bar = strchr (line, '|');
  g_autofree char *entry = g_strstrip (g_strndup (line, (gsize) (bar - line)));
  g_autofree char *weight = g_strstrip (g_strdup (bar + 1));
  double w;
  if (!weighted && strchr (bar + 1, '|') == NULL && *entry != '\0'
      && *entry != '!' && parse_weight (weight, &w))
    return fail (p, error, "stray '|' (a weight needs white space on both "
                 "sides of the '|': '%s | %s')", entry, weight);
  return fail (p, error, "stray '|' (a weight is written 'ENTRY | 2', "
               "with spaces around the '|')");
}

/* Parses an entry line LINE (trimmed, not empty). */
static gboolean
parse_entry (Parser *p, char *line, GError **error)
{
  double weight = 1.0;
  const char *weight_text = NULL;
  char *bar = find_separator (line);
  if (bar != NULL)
    {
      *bar = '\0';
      weight_text = trim (bar + 1);
      line = trim (line);
    }
  if (strchr (line, '|') != NULL)
    return fail_stray_bar (p, line, bar != NULL, error);
  gboolean stop = *line == '!';
  if (stop)
    line = trim (line + 1);
  g_auto (GStrv) contexts = NULL;
  char *amp = find_context (line);
  if (amp != NULL)
    {
      *amp = '\0';
      if (!parse_context_names (p, amp + 1, &contexts, error))
        return FALSE;
      line = trim (line);
    }
  if (*line == '\0')
    return fail (p, error, "empty entry");
  if (stop && (contexts != NULL || weight_text != NULL))
    return fail (p, error, "a stop phrase ('!') takes no context and no "
                 "weight");
  if (weight_text != NULL && !parse_weight (weight_text, &weight))
    return fail (p, error, "bad weight '%s' (a positive number is needed)",
                 weight_text);
  LexEntry *entry = build_entry (p, line, weight, error);
  if (entry == NULL)
    return FALSE;
  entry->stop = stop;
  entry->contexts = g_steal_pointer (&contexts);
  add_entry (p, entry);
  return TRUE;
}

/* Parses one line (LEN bytes at RAW, without its '\n'). */
static gboolean
parse_line (Parser *p, const char *raw, gsize len, GError **error)
{
  if (len > FRAMING_MAX_LEXICON_LINE)
    return fail (p, error, "line longer than %u bytes",
                 FRAMING_MAX_LEXICON_LINE);
  if (!g_utf8_validate (raw, (gssize) len, NULL))
    return fail (p, error, "invalid UTF-8");
  g_autofree char *copy = g_strndup (raw, len);
  strip_comment (copy);
  char *line = trim (copy);
  if (*line == '\0')
    return TRUE;
  if (*line == '@')
    return parse_directive (p, line, error);
  return parse_entry (p, line, error);
}

/* The default topic name of FILE: its base name less ".lex". */
static char *
default_topic_name (const char *file)
{
  char *base = g_path_get_basename (file);
  gsize n = strlen (base);
  if (n > 4 && g_str_has_suffix (base, ".lex"))
    base[n - 4] = '\0';
  return base;
}

/* Parses the lines of DATA into P->topic. */
static gboolean
parse_lines (Parser *p, const char *data, gsize len, GError **error)
{
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      len -= 3;
    }
  const char *end = data + len;
  for (const char *line = data; line < end; )
    {
      const char *nl = memchr (line, '\n', (gsize) (end - line));
      const char *stop = nl != NULL ? nl : end;
      p->line++;
      if (!parse_line (p, line, (gsize) (stop - line), error))
        return FALSE;
      line = nl != NULL ? nl + 1 : end;
    }
  return TRUE;
}

/* Parses the N lines of LINES into P->topic, line I being line NUMBERS[I]
 * of the file in messages. */
static gboolean
parse_given_lines (Parser *p, const char *const *lines, const guint *numbers,
                   guint n, GError **error)
{
  for (guint i = 0; i < n; i++)
    {
      p->line = numbers[i];
      if (!parse_line (p, lines[i], strlen (lines[i]), error))
        return FALSE;
    }
  return TRUE;
}

/* The text of a lexicon: a file's bytes, or lines with their numbers. */
typedef struct {
  const char *data;
  gsize len;
  const char *const *lines; /* NULL: DATA */
  const guint *numbers;
  guint n_lines;
} Source;

/* Parses lexicon FILE held in SRC. */
static LexTopic *
parse_topic (const char *file, const Source *src, FramingStemmer *stemmer,
             GError **error)
{
  g_autoptr (LexTopic) topic = g_new0 (LexTopic, 1);
  topic->name = default_topic_name (file);
  topic->file = g_strdup (file);
  topic->entries = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                   lex_entry_free);
  topic->duplicates = g_array_new (FALSE, FALSE, sizeof (LexDuplicate));
  g_array_set_clear_func (topic->duplicates, lex_duplicate_clear);
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  Parser p = { .file = file, .stemmer = stemmer, .toks = toks,
               .topic = topic,
               .seen = g_hash_table_new_full (g_str_hash, g_str_equal,
                                              g_free, NULL) };
  gboolean ok = src->lines != NULL
                ? parse_given_lines (&p, src->lines, src->numbers,
                                     src->n_lines, error)
                : parse_lines (&p, src->data, src->len, error);
  g_hash_table_destroy (p.seen);
  if (!ok)
    return NULL;
  if (topic->entries->len == 0)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LEXICON,
                   "%s: no entries", file);
      return NULL;
    }
  topic->trie = lex_trie_compile (topic);
  topic->name_line = MAX (p.directive_line[DIR_TOPIC],
                          p.directive_line[DIR_CONTEXT]);
  topic->require_line = p.directive_line[DIR_REQUIRE];
  return g_steal_pointer (&topic);
}

LexTopic *
lexicon_parse_topic (const char *file, const char *data, gsize len,
                     FramingStemmer *stemmer, GError **error)
{
  g_return_val_if_fail (file != NULL && stemmer != NULL, NULL);
  g_return_val_if_fail (data != NULL || len == 0, NULL);
  Source src = { .data = data != NULL ? data : "", .len = len };
  return parse_topic (file, &src, stemmer, error);
}

LexTopic *
lexicon_parse_lines (const char *file, const char *const *lines,
                     const guint *line_numbers, guint n_lines,
                     FramingStemmer *stemmer, GError **error)
{
  g_return_val_if_fail (file != NULL && stemmer != NULL, NULL);
  g_return_val_if_fail (n_lines == 0 || (lines != NULL
                                          && line_numbers != NULL), NULL);
  static const char *const none[] = { NULL };
  Source src = { .lines = lines != NULL ? lines : none,
                 .numbers = line_numbers, .n_lines = n_lines };
  return parse_topic (file, &src, stemmer, error);
}
