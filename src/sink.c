/* sink.c - tables as typed cells: schemas, the CSV sink and the record
 * sink with its replay; see sink.h.
 *
 * A record is a run of cells, each a tag byte and its value: 't' and the
 * text up to a NUL (text never holds one), 'n' and the 8 bytes of a
 * double, 'i' and the 8 bytes of a guint64, both in the host's order (a
 * record never leaves the process); '\n' ends a row.
 */
#include "sink.h"

#include <string.h>

#include "csv.h"

SinkSchema *
sink_schema_new (const char *name)
{
  SinkSchema *schema = g_new0 (SinkSchema, 1);
  schema->name = g_strdup (name);
  schema->columns = g_array_new (FALSE, FALSE, sizeof (SinkColumn));
  return schema;
}

void
sink_schema_free (SinkSchema *schema)
{
  if (schema == NULL)
    return;
  for (guint i = 0; i < schema->columns->len; i++)
    g_free (g_array_index (schema->columns, SinkColumn, i).name);
  g_array_unref (schema->columns);
  g_strfreev (schema->key);
  g_free (schema->name);
  g_free (schema);
}

void
sink_schema_add (SinkSchema *schema, const char *name, SinkType type)
{
  SinkColumn c = { g_strdup (name), type };
  g_array_append_val (schema->columns, c);
}

void
sink_schema_set_key (SinkSchema *schema, const char *const *key)
{
  g_strfreev (schema->key);
  schema->key = key != NULL ? g_strdupv ((char **) key) : NULL;
}

/* ---- the calls every sink shares ---- */

void
sink_free (Sink *sink)
{
  if (sink != NULL)
    sink->klass->free (sink);
}

void
sink_begin (Sink *sink, const SinkSchema *schema)
{
  sink->n_columns = schema->columns->len;
  sink->col = 0;
  if (sink->klass->begin != NULL)
    sink->klass->begin (sink, schema);
}

void
sink_text (Sink *sink, const char *s)
{
  sink->col++;
  sink->klass->text (sink, s);
}

void
sink_number (Sink *sink, double v)
{
  sink->col++;
  sink->klass->number (sink, v);
}

void
sink_integer (Sink *sink, guint64 v)
{
  sink->col++;
  sink->klass->integer (sink, v);
}

void
sink_end_row (Sink *sink)
{
  /* The rows and the schema are written apart: they must agree. */
  g_assert (sink->n_columns == 0 || sink->col == sink->n_columns);
  sink->col = 0;
  sink->klass->end_row (sink);
}

gboolean
sink_finish (Sink *sink, GError **error)
{
  return sink->klass->finish (sink, error);
}

/* ---- CSV ---- */

typedef struct {
  Sink base;
  CsvWriter *w;
} CsvSink;

static void
csv_sink_begin (Sink *sink, const SinkSchema *schema)
{
  CsvWriter *w = ((CsvSink *) sink)->w;
  for (guint i = 0; i < schema->columns->len; i++)
    csv_text (w, sink_schema_column (schema, i)->name);
  csv_end_row (w);
}

static void
csv_sink_text (Sink *sink, const char *s)
{
  csv_text (((CsvSink *) sink)->w, s);
}

static void
csv_sink_number (Sink *sink, double v)
{
  csv_number (((CsvSink *) sink)->w, v);
}

static void
csv_sink_integer (Sink *sink, guint64 v)
{
  csv_uint (((CsvSink *) sink)->w, v);
}

static void
csv_sink_end_row (Sink *sink)
{
  csv_end_row (((CsvSink *) sink)->w);
}

static gboolean
csv_sink_finish (Sink *sink, GError **error)
{
  return csv_writer_flush (((CsvSink *) sink)->w, error);
}

static void
csv_sink_free (Sink *sink)
{
  csv_writer_free (((CsvSink *) sink)->w);
  g_free (sink);
}

static const SinkClass csv_class = {
  csv_sink_begin, csv_sink_text, csv_sink_number, csv_sink_integer,
  csv_sink_end_row, csv_sink_finish, csv_sink_free
};

Sink *
sink_csv_new (FILE *out)
{
  CsvSink *s = g_new0 (CsvSink, 1);
  s->base.klass = &csv_class;
  s->w = csv_writer_new (out);
  return &s->base;
}

/* ---- records ---- */

typedef struct {
  Sink base;
  GString *out;
} RecordSink;

static void
record_text (Sink *sink, const char *s)
{
  GString *out = ((RecordSink *) sink)->out;
  g_string_append_c (out, 't');
  g_string_append_len (out, s != NULL ? s : "", s != NULL ? (gssize) strlen (s) + 1 : 1);
}

static void
record_number (Sink *sink, double v)
{
  GString *out = ((RecordSink *) sink)->out;
  g_string_append_c (out, 'n');
  g_string_append_len (out, (const char *) &v, sizeof v);
}

static void
record_integer (Sink *sink, guint64 v)
{
  GString *out = ((RecordSink *) sink)->out;
  g_string_append_c (out, 'i');
  g_string_append_len (out, (const char *) &v, sizeof v);
}

static void
record_end_row (Sink *sink)
{
  g_string_append_c (((RecordSink *) sink)->out, '\n');
}

static gboolean
record_finish (Sink *sink, GError **error)
{
  (void) sink;
  (void) error;
  return TRUE;
}

static void
record_free (Sink *sink)
{
  g_free (sink);
}

static const SinkClass record_class = {
  NULL, record_text, record_number, record_integer, record_end_row,
  record_finish, record_free
};

Sink *
sink_record_new (GString *out)
{
  RecordSink *s = g_new0 (RecordSink, 1);
  s->base.klass = &record_class;
  s->out = out;
  return &s->base;
}

void
sink_replay (Sink *sink, const void *data, gsize len)
{
  const char *p = data, *end = p + len;
  while (p < end)
    {
      char tag = *p++;
      if (tag == 't')
        {
          gsize n = strlen (p);
          sink_text (sink, p);
          p += n + 1;
        }
      else if (tag == 'n')
        {
          double v;
          memcpy (&v, p, sizeof v);
          sink_number (sink, v);
          p += sizeof v;
        }
      else if (tag == 'i')
        {
          guint64 v;
          memcpy (&v, p, sizeof v);
          sink_integer (sink, v);
          p += sizeof v;
        }
      else
        {
          g_assert (tag == '\n');
          sink_end_row (sink);
        }
    }
}
