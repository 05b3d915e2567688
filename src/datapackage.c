/* datapackage.c - datapackage.json, the Frictionless Data Package of the
 * CSV tables; see datapackage.h.
 *
 * The dialect is the one csv.c writes (RFC 4180, UTF-8, "\n"), each
 * field's type comes from its SinkType, missingValues is [""] (an
 * undefined number and an absent title alike are empty cells; "NA" is a
 * name like any other), and the primary key is given where the table
 * defines one.
 */
#include "datapackage.h"

#include <errno.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "framing.h"

/* The Table Schema type of T. */
static const char *
field_type (SinkType t)
{
  switch (t)
    {
    case SINK_NUMBER:
      return "number";
    case SINK_INTEGER:
      return "integer";
    case SINK_TEXT:
    default:
      return "string";
    }
}

/* The "dialect" of the CSV files csv.c writes. */
static void
add_dialect (JsonBuilder *b)
{
  json_builder_set_member_name (b, "dialect");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "delimiter");
  json_builder_add_string_value (b, ",");
  json_builder_set_member_name (b, "quoteChar");
  json_builder_add_string_value (b, "\"");
  json_builder_set_member_name (b, "doubleQuote");
  json_builder_add_boolean_value (b, TRUE);
  json_builder_set_member_name (b, "lineTerminator");
  json_builder_add_string_value (b, "\n");
  json_builder_set_member_name (b, "header");
  json_builder_add_boolean_value (b, TRUE);
  json_builder_end_object (b);
}

/* The "schema" of table S. */
static void
add_schema (JsonBuilder *b, const SinkSchema *s)
{
  json_builder_set_member_name (b, "schema");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "fields");
  json_builder_begin_array (b);
  for (guint i = 0; i < s->columns->len; i++)
    {
      const SinkColumn *c = sink_schema_column (s, i);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, c->name);
      json_builder_set_member_name (b, "type");
      json_builder_add_string_value (b, field_type (c->type));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "missingValues");
  json_builder_begin_array (b);
  json_builder_add_string_value (b, "");
  json_builder_end_array (b);
  if (s->key != NULL)
    {
      json_builder_set_member_name (b, "primaryKey");
      json_builder_begin_array (b);
      for (char **k = s->key; *k != NULL; k++)
        json_builder_add_string_value (b, *k);
      json_builder_end_array (b);
    }
  json_builder_end_object (b);
}

/* One resource: table S as S->name + ".csv". */
static void
add_resource (JsonBuilder *b, const SinkSchema *s)
{
  g_autofree char *path = g_strconcat (s->name, ".csv", NULL);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, s->name);
  json_builder_set_member_name (b, "path");
  json_builder_add_string_value (b, path);
  json_builder_set_member_name (b, "profile");
  json_builder_add_string_value (b, "tabular-data-resource");
  json_builder_set_member_name (b, "format");
  json_builder_add_string_value (b, "csv");
  json_builder_set_member_name (b, "mediatype");
  json_builder_add_string_value (b, "text/csv");
  json_builder_set_member_name (b, "encoding");
  json_builder_add_string_value (b, "utf-8");
  json_builder_set_member_name (b, "description");
  json_builder_add_string_value (b, "Text cells are strings as written; "
                                 "one that begins with =, +, -, @, a tab or "
                                 "a carriage return has a leading ' (the "
                                 "formula guard, framing-report(5)).");
  add_dialect (b);
  add_schema (b, s);
  json_builder_end_object (b);
}

gboolean
datapackage_write (FILE *out, const char *name, SinkSchema *const *schemas,
                   guint n_schemas, GError **error)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, name);
  json_builder_set_member_name (b, "profile");
  json_builder_add_string_value (b, "tabular-data-package");
  json_builder_set_member_name (b, "resources");
  json_builder_begin_array (b);
  for (guint i = 0; i < n_schemas; i++)
    add_resource (b, schemas[i]);
  json_builder_end_array (b);
  json_builder_end_object (b);

  g_autoptr (JsonNode) root = json_builder_get_root (b);
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  json_generator_set_pretty (gen, TRUE);
  json_generator_set_root (gen, root);
  gsize len = 0;
  g_autofree char *text = json_generator_to_data (gen, &len);
  if (fwrite (text, 1, len, out) != len || fputc ('\n', out) == EOF)
    return framing_write_error (error, errno != 0 ? errno : EIO);
  return framing_flush (out, error);
}
