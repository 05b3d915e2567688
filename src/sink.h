/* sink.h - tables as typed cells, written to CSV, to a workbook's sheet,
 * or to a record kept for later.
 *
 * A table is described once by a SinkSchema: its name, its columns, each
 * with a type (text, number, integer), and the columns that make its
 * primary key.  Its rows are emitted once, cell by cell, to a Sink; the
 * sink decides the form: CSV (framing-report(5), CSV FORMAT), a sheet of
 * framing.xlsx (xlsx.h), or a record (sink_record_new ()) that
 * sink_replay () hands to another sink later, as the articles table does
 * through its spill.  datapackage.json is written from the same schemas,
 * so that a new table or column appears in every form at once.
 *
 * A sink checks that every row has as many cells as its schema has
 * columns (a programming error otherwise).
 */
#ifndef FRAMING_SINK_H
#define FRAMING_SINK_H

#include <glib.h>
#include <stdio.h>

G_BEGIN_DECLS

typedef enum {
  SINK_TEXT,    /* a name, id, title, date or other text: always a string */
  SINK_NUMBER,  /* a real number; NAN and the infinities are undefined */
  SINK_INTEGER  /* a count or other whole number, >= 0 */
} SinkType;

typedef struct {
  char *name;
  SinkType type;
} SinkColumn;

typedef struct {
  char *name;        /* of the table: "articles" */
  GArray *columns;   /* SinkColumn */
  char **key;        /* the columns of the primary key, NULL-terminated,
                        or NULL: rows need not be unique */
} SinkSchema;

/* A schema for table NAME with no column yet. */
SinkSchema *sink_schema_new (const char *name);
void sink_schema_free (SinkSchema *schema);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SinkSchema, sink_schema_free)
/* Append a column NAME (copied) of TYPE. */
void sink_schema_add (SinkSchema *schema, const char *name, SinkType type);
/* Set the primary key to the columns KEY (NULL-terminated, copied). */
void sink_schema_set_key (SinkSchema *schema, const char *const *key);
/* Column I of SCHEMA. */
static inline const SinkColumn *
sink_schema_column (const SinkSchema *schema, guint i)
{
  return &g_array_index (schema->columns, SinkColumn, i);
}

typedef struct _Sink Sink;

/* What a kind of sink does with each call (for the writers of sinks:
 * sink.c, xlsx.c).  begin may be NULL. */
typedef struct {
  void (*begin) (Sink *sink, const SinkSchema *schema);
  void (*text) (Sink *sink, const char *s);
  void (*number) (Sink *sink, double v);
  void (*integer) (Sink *sink, guint64 v);
  void (*end_row) (Sink *sink);
  gboolean (*finish) (Sink *sink, GError **error);
  void (*free) (Sink *sink);
} SinkClass;

struct _Sink {
  const SinkClass *klass;
  guint n_columns;  /* of the schema begun, 0: not checked */
  guint col;        /* cells of the current row */
};

/* A sink writing CSV to OUT (not owned): the header row at
 * sink_begin (), then the rows. */
Sink *sink_csv_new (FILE *out);
/* A sink appending its cells to OUT (not owned) as a compact record,
 * one or more rows, for sink_replay (); sink_begin () writes nothing. */
Sink *sink_record_new (GString *out);
/* Free SINK; NULL is a no-op.  A write error is told by sink_finish (). */
void sink_free (Sink *sink);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Sink, sink_free)

/* Begin the table of SCHEMA (which must outlive the rows): a CSV sink
 * writes its header, a sheet its bold header row. */
void sink_begin (Sink *sink, const SinkSchema *schema);
/* One cell: text (NULL: an empty cell), a number (not finite: an empty
 * cell), an integer. */
void sink_text (Sink *sink, const char *s);
void sink_number (Sink *sink, double v);
void sink_integer (Sink *sink, guint64 v);
void sink_end_row (Sink *sink);
/* Write out what is pending.  FALSE and ERROR ("write error: why",
 * framing.h, for the caller to name the file) when a write failed. */
gboolean sink_finish (Sink *sink, GError **error);

/* Hand the cells of LEN bytes of records at DATA (made by a record sink)
 * to SINK, row by row. */
void sink_replay (Sink *sink, const void *data, gsize len);

G_END_DECLS

#endif /* FRAMING_SINK_H */
