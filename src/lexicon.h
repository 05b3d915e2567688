/* lexicon.h - topic lexicons: parsing, checking and compiling
 * (docs/DESIGN.md, "Matching"; framing-lexicon(5)).
 *
 * A FramingLexicon holds the topics of one or more lexicon files, each
 * entry reduced to its match keys (stems, exact folded forms, folded
 * prefixes) with entries that come out the same counted once, and a
 * compiled trie per topic that match.c walks with hash look-ups.
 */
#ifndef FRAMING_LEXICON_H
#define FRAMING_LEXICON_H

#include <glib.h>
#include "stem.h"

G_BEGIN_DECLS

typedef enum {
  LEX_WORD_STEM,   /* plain word: the token's stem must equal key */
  LEX_WORD_EXACT,  /* =word: the token's folded form must equal key */
  LEX_WORD_PREFIX  /* word*: the token's folded form must start with key */
} LexWordKind;

typedef struct {
  LexWordKind kind;
  char *key; /* stem, folded form, or folded prefix (without '*') */
} LexWord;

/* Context lists an entry may depend on: bits of FramingLexicon.contexts. */
#define LEX_MAX_CONTEXTS 32

typedef struct {
  char *spelling;  /* the entry's words as written, without "!", " & "
                      and " | " parts, single-spaced */
  double weight;   /* > 0, finite */
  LexWord *words;  /* n_words >= 1 */
  guint n_words;
  guint line;      /* line in the topic's file */
  gboolean stop;   /* "!ENTRY": a stop phrase, never counted; as the
                      longest match it hides the entries inside it */
  guint32 require; /* context lists that must have a hit in the hit's
                      sentence (bit i: FramingLexicon.contexts[i]) */
  guint32 exclude; /* context lists that must have none there */
  char **contexts; /* the names after " & " as written ("name" or
                      "!name"), NULL-terminated, or NULL: resolved into
                      require and exclude by lexicon_link () */
  int alt;         /* the next entry with the same words and other
                      contexts, tried when this one's do not hold; -1:
                      none (the trie knows only the first) */
} LexEntry;

typedef struct _LexTrie LexTrie; /* private: lexicon-trie.h */

/* An entry dropped because an earlier entry of its topic came out the
 * same (see framing-lexicon(5), "Duplicates"). */
typedef struct {
  char *spelling;  /* the dropped entry as written */
  guint line;      /* its line */
  guint kept;      /* index in entries of the entry it duplicates */
} LexDuplicate;

typedef struct {
  char *name;         /* @topic, default: the file's base name less .lex */
  char *description;  /* @description, or NULL */
  char *language;     /* @language, or NULL */
  char *source;       /* @source, or NULL */
  char *file;         /* path of the file it came from */
  GPtrArray *entries; /* LexEntry*, file order, duplicates removed */
  guint n_duplicates; /* entries dropped as duplicates of earlier ones */
  GArray *duplicates; /* LexDuplicate, one per dropped entry, file order */
  LexTrie *trie;      /* compiled entries */
  gboolean is_context; /* declared with @context: a context list, not a
                          topic (see FramingLexicon.contexts) */
  char **requires;    /* @require: context names (as in LexEntry.contexts)
                         every entry of the topic depends on, or NULL */
  guint require_line; /* the line of @require, 0: none */
  guint name_line;    /* the line of @topic or @context, 0: none */
} LexTopic;

/* What a run matches: the topics it reports, and two kinds of lists it
 * matches only to decide about the topics' hits.  A context list (a file
 * with @context) is matched like a topic, but its hits are never
 * reported: an entry "talks & conflict" counts only in a sentence where
 * the context list "conflict" has a hit.  The negation cues are phrases
 * such as "refused to" and "ruled out" that negate like the one-word
 * negators (match.h). */
typedef struct {
  GPtrArray *topics;   /* LexTopic*, in lexicon order */
  GPtrArray *contexts; /* LexTopic* with is_context, in load order; NULL
                          or empty: none */
  LexTopic *cues;      /* the negation cues of the run's language, or NULL */
} FramingLexicon;

/* Load lexicons from PATHS (N_PATHS files or directories; a directory
 * contributes its "*.lex" files in name order), stemming entries with
 * STEMMER.  Returns NULL and sets ERROR ("FILE:LINE: reason",
 * FRAMING_ERROR_LEXICON) on the first bad line, a directory with no .lex
 * file, a file with no entries, a topic defined twice, or an @language
 * other than the stemmer's; FRAMING_ERROR_IO ("FILE: cannot open: why")
 * for a file or directory that cannot be read; FRAMING_ERROR_LIMIT for a
 * file over FRAMING_MAX_LEXICON_BYTES. */
FramingLexicon *lexicon_load (const char *const *paths, guint n_paths,
                              FramingStemmer *stemmer, GError **error);

/* As lexicon_load (), adding to NOTES (may be NULL) the warnings of the
 * dictionaries of other tools among PATHS: a file named *.dic, *.yml,
 * *.yaml, *.lc3 or *.lcd is read as a LIWC, quanteda YAML or Lexicoder
 * dictionary, one topic per category (lexicon-import.h), its errors
 * naming its own lines.  A directory still contributes only .lex files. */
FramingLexicon *lexicon_load_noted (const char *const *paths, guint n_paths,
                                    FramingStemmer *stemmer, GPtrArray *notes,
                                    GError **error);

/* Read lexicon or dictionary PATH whole into *DATA (NUL-terminated, newly
 * allocated) and *LEN; the errors of lexicon_load () for one file. */
gboolean lexicon_read_file (const char *path, char **data, gsize *len,
                            GError **error);

/* Parse one lexicon from memory (used by lexicon_load and tests); FILE
 * names it in messages and gives the default topic name.  A file with
 * @context gives a context list (is_context set), whose names are not
 * resolved yet: see lexicon_link (). */
LexTopic *lexicon_parse_topic (const char *file, const char *data, gsize len,
                               FramingStemmer *stemmer, GError **error);

/* Parse a lexicon given as N_LINES lines (NUL-terminated, without line
 * ends), line I being line LINE_NUMBERS[I] of FILE in messages; otherwise
 * as lexicon_parse_topic ().  For dictionaries of other formats,
 * translated line by line (lexicon-import.h). */
LexTopic *lexicon_parse_lines (const char *file, const char *const *lines,
                               const guint *line_numbers, guint n_lines,
                               FramingStemmer *stemmer, GError **error);

/* Finish LEXICON, whose topics array holds parsed topics and context
 * lists in load order: move the context lists into LEXICON->contexts,
 * resolve every entry's context names into its require and exclude bits,
 * and add the negation cues of STEMMER's language (English has some;
 * other languages none).  FALSE with ERROR (FRAMING_ERROR_LEXICON,
 * "FILE:LINE: reason") for an unknown context list, a context list named
 * like a topic or another list, more than LEX_MAX_CONTEXTS lists, or no
 * topic at all. */
gboolean lexicon_link (FramingLexicon *lexicon, FramingStemmer *stemmer,
                       GError **error);

/* ENTRY as a lexicon line would write it, without the weight: "!" before
 * a stop phrase, " & NAME" for each context (newly allocated). */
char *lex_entry_written (const LexEntry *entry);

/* The words of ENTRY less their markers, single-spaced, newly allocated:
 * "air strike" for "=air strike*".  With lex_entry_marker () it says
 * all the spelling says, and a table cell of it never begins with the
 * '=' of an exact word. */
char *lex_entry_words (const LexEntry *entry);

/* How ENTRY's words match, newly allocated: "stem", "exact" or "prefix"
 * for one word (plain, =word, word*); for several, "phrase" when every
 * word is plain, else the kind of each word separated by spaces
 * ("exact prefix" for "=air strike*", "stem exact" for "military =aid"). */
char *lex_entry_marker (const LexEntry *entry);

void lex_topic_free (LexTopic *topic);
void lexicon_free (FramingLexicon *lexicon);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LexTopic, lex_topic_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FramingLexicon, lexicon_free)

/* Index of the topic called NAME, or -1. */
int lexicon_find_topic (const FramingLexicon *lexicon, const char *name);

G_END_DECLS

#endif /* FRAMING_LEXICON_H */
