/* fuzz_jsonline.c - fuzz target: the fast JSON line parser (jsonline.h)
 * against json-glib.  Whatever line jsonline_parse() accepts, json-glib
 * must read as an object with the same members and the same strings. */
#include "fuzz.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "jsonline.h"

/* Checks member M of the fast parser against OBJ, json-glib's reading. */
static void
check_member (JsonObject *obj, const JsonLineMember *m)
{
  JsonNode *node = json_object_get_member (obj, m->name);
  g_assert (node != NULL);
  if (m->is_string)
    {
      g_assert (JSON_NODE_HOLDS_VALUE (node)
                && json_node_get_value_type (node) == G_TYPE_STRING);
      const char *s = json_node_get_string (node);
      g_assert (strlen (s) == m->value_len && memcmp (s, m->value, m->value_len) == 0);
    }
  else if (strcmp (m->value, "null") == 0)
    g_assert (JSON_NODE_HOLDS_NULL (node));
  else
    g_assert (JSON_NODE_HOLDS_VALUE (node));
}

/* Parses the input with both parsers when the fast one accepts it. */
int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  const char *s = (const char *) data;
  if (!g_utf8_validate_len (s, size, NULL))
    return 0;                   /* the parser's contract: valid UTF-8 */
  g_autoptr (JsonLine) jl = jsonline_new ();
  if (!jsonline_parse (jl, s, size))
    return 0;
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  g_autoptr (GError) error = NULL;
  if (!json_parser_load_from_data (parser, s, (gssize) size, &error))
    g_error ("jsonline accepted what json-glib refuses: %s", error->message);
  JsonNode *root = json_parser_get_root (parser);
  g_assert (root != NULL && JSON_NODE_HOLDS_OBJECT (root));
  JsonObject *obj = json_node_get_object (root);
  g_assert (json_object_get_size (obj) == jsonline_n_members (jl));
  for (guint i = 0; i < jsonline_n_members (jl); i++)
    check_member (obj, jsonline_member (jl, i));
  return 0;
}
