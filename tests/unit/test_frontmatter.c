/* test_frontmatter.c - front matter at the top of a text file
 * (frontmatter.c). */
#include "input-private.h"

#include "framing.h"
#include "unit.h"

#include <string.h>

/* Parses TEXT; returns the metadata (or NULL) and sets *BODY. */
static GHashTable *
parse_ok (const char *text, gsize *body)
{
  g_autoptr (GString) s = g_string_new (text);
  g_autoptr (GError) error = NULL;
  GHashTable *meta = NULL;
  CU_ASSERT_TRUE (frontmatter_parse (s, "f.md", body, &meta, &error));
  CU_ASSERT_PTR_NULL (error);
  return meta;
}

/* Parses TEXT, which must fail with the message WANT. */
static void
parse_bad (const char *text, const char *want)
{
  g_autoptr (GString) s = g_string_new (text);
  g_autoptr (GError) error = NULL;
  GHashTable *meta = NULL;
  gsize body = 99;
  CU_ASSERT_FALSE (frontmatter_parse (s, "f.md", &body, &meta, &error));
  CU_ASSERT_PTR_NULL (meta);
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_TRUE (g_error_matches (error, FRAMING_ERROR, FRAMING_ERROR_INPUT));
  CU_ASSERT_STRING_EQUAL (error->message, want);
}

/* No fence on the first line: no metadata, the body is everything. */
static void
test_none (void)
{
  gsize body = 99;
  CU_ASSERT_PTR_NULL (parse_ok ("title: x\n---\nbody\n", &body));
  CU_ASSERT_EQUAL (body, 0);
  CU_ASSERT_PTR_NULL (parse_ok ("", &body));
  CU_ASSERT_PTR_NULL (parse_ok (" ---\nx: y\n---\n", &body));
  CU_ASSERT_PTR_NULL (parse_ok ("----\nx: y\n---\n", &body));
}

/* Keys trimmed and lower-cased, values trimmed and unquoted once;
 * comments, blank lines and empty values skipped. */
static void
test_values (void)
{
  gsize body = 0;
  const char *text = "--- \t\n"
                     "  Title :  \"A: quoted\"  \n"
                     "\n"
                     "# outlet: no\n"
                     "outlet: 'It''s'\n"
                     "date:\n"
                     "twice: \"\"x\"\"\n"
                     "OUTLET: last\r\n"
                     "---  \n"
                     "Body\n";
  g_autoptr (GHashTable) meta = parse_ok (text, &body);
  CU_ASSERT_PTR_NOT_NULL_FATAL (meta);
  CU_ASSERT_STRING_EQUAL (text + body, "Body\n");
  CU_ASSERT_EQUAL (g_hash_table_size (meta), 3);
  CU_ASSERT_STRING_EQUAL (g_hash_table_lookup (meta, "title"), "A: quoted");
  CU_ASSERT_STRING_EQUAL (g_hash_table_lookup (meta, "outlet"), "last");
  CU_ASSERT_STRING_EQUAL (g_hash_table_lookup (meta, "twice"), "\"x\"");
  CU_ASSERT_PTR_NULL (g_hash_table_lookup (meta, "date"));
}

/* A closing fence at the very end leaves an empty body. */
static void
test_fence_at_end (void)
{
  gsize body = 0;
  g_autoptr (GHashTable) meta = parse_ok ("---\nk: v\n---", &body);
  CU_ASSERT_PTR_NOT_NULL_FATAL (meta);
  CU_ASSERT_EQUAL (body, strlen ("---\nk: v\n---"));
  g_autoptr (GHashTable) empty = parse_ok ("---\n---\nb", &body);
  CU_ASSERT_PTR_NOT_NULL_FATAL (empty);
  CU_ASSERT_EQUAL (g_hash_table_size (empty), 0);
  CU_ASSERT_EQUAL (body, 8);
}

/* A line without a key, and a missing closing fence. */
static void
test_errors (void)
{
  parse_bad ("---\ntitle: x\nno key here\n---\n",
             "f.md:3: expected 'key: value' in front matter");
  parse_bad ("---\n: value\n---\n",
             "f.md:2: expected 'key: value' in front matter");
  parse_bad ("---\ntitle: x\nbody\n",
             "f.md:3: expected 'key: value' in front matter");
  parse_bad ("---\ntitle: x\n", "f.md:1: unterminated front matter");
  parse_bad ("---", "f.md:1: unterminated front matter");
}

static const UnitCase cases[] = {
  { "no front matter", test_none },
  { "keys and values", test_values },
  { "closing fence at the end", test_fence_at_end },
  { "bad lines and no closing fence", test_errors },
  { NULL, NULL }
};

UNIT_MAIN ("frontmatter", cases)
