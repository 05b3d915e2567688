/* markup.h - a well-formedness check for the tests of chart.svg and
 * report.html, with GLib's GMarkup (a strict subset of XML: elements,
 * attributes, the five predefined entities and character references;
 * the XML declaration and the DOCTYPE are passed through).
 *
 *   g_autoptr (MarkupDoc) doc = markup_parse (text, &error);
 *
 * parses TEXT and collects every element name (in order), the text
 * content (entities decoded, all text nodes joined) and every attribute
 * value (decoded, joined by newlines), so that tests can check what a
 * reader or a browser would see.
 */
#ifndef FRAMING_TEST_MARKUP_H
#define FRAMING_TEST_MARKUP_H

#include <glib.h>
#include <string.h>

typedef struct {
  GPtrArray *elements; /* char*: element names in document order */
  GString *text;       /* the text content */
  GString *attributes; /* every attribute value, one a line */
} MarkupDoc;

static inline void
markup_doc_free (MarkupDoc *doc)
{
  if (doc == NULL)
    return;
  g_ptr_array_unref (doc->elements);
  g_string_free (doc->text, TRUE);
  g_string_free (doc->attributes, TRUE);
  g_free (doc);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarkupDoc, markup_doc_free)

static inline void
markup_start (GMarkupParseContext *ctx, const char *name,
              const char **attr_names, const char **attr_values,
              gpointer data, GError **error)
{
  MarkupDoc *doc = data;
  (void) ctx;
  (void) attr_names;
  (void) error;
  g_ptr_array_add (doc->elements, g_strdup (name));
  for (guint i = 0; attr_values[i] != NULL; i++)
    g_string_append_printf (doc->attributes, "%s\n", attr_values[i]);
}

static inline void
markup_text (GMarkupParseContext *ctx, const char *text, gsize len,
             gpointer data, GError **error)
{
  MarkupDoc *doc = data;
  (void) ctx;
  (void) error;
  g_string_append_len (doc->text, text, (gssize) len);
}

/* The parsed TEXT, or NULL and ERROR when it is not well-formed. */
static inline MarkupDoc *
markup_parse (const char *text, GError **error)
{
  static const GMarkupParser parser = { markup_start, NULL, markup_text,
                                        NULL, NULL };
  MarkupDoc *doc = g_new0 (MarkupDoc, 1);
  doc->elements = g_ptr_array_new_with_free_func (g_free);
  doc->text = g_string_new (NULL);
  doc->attributes = g_string_new (NULL);
  GMarkupParseContext *ctx = g_markup_parse_context_new (&parser, 0, doc,
                                                         NULL);
  gboolean ok = g_markup_parse_context_parse (ctx, text, -1, error)
                && g_markup_parse_context_end_parse (ctx, error);
  g_markup_parse_context_free (ctx);
  if (!ok)
    {
      markup_doc_free (doc);
      return NULL;
    }
  return doc;
}

/* How many elements named NAME DOC has. */
static inline guint
markup_count (const MarkupDoc *doc, const char *name)
{
  guint n = 0;
  for (guint i = 0; i < doc->elements->len; i++)
    n += strcmp (g_ptr_array_index (doc->elements, i), name) == 0;
  return n;
}

/* How many times NEEDLE occurs in HAYSTACK. */
static inline guint
markup_occurrences (const char *haystack, const char *needle)
{
  guint n = 0;
  for (const char *p = strstr (haystack, needle); p != NULL;
       p = strstr (p + 1, needle))
    n++;
  return n;
}

#endif /* FRAMING_TEST_MARKUP_H */
