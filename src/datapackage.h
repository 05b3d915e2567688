/* datapackage.h - datapackage.json: the CSV tables of a run described as
 * a Frictionless Data Package with a Table Schema per table
 * (framing-report(5), DATA PACKAGE), from the same schemas the tables
 * are written with (sink.h), so that a reader (frictionless, pandas, R)
 * takes every column as its type: text as strings ("007" and "NA" as
 * written), numbers, integers, and the empty cell as the only missing
 * value.
 */
#ifndef FRAMING_DATAPACKAGE_H
#define FRAMING_DATAPACKAGE_H

#include <glib.h>
#include <stdio.h>

#include "sink.h"

G_BEGIN_DECLS

/* Write the package NAME ("framing-compare") of the N_SCHEMAS tables
 * SCHEMAS, each the file SCHEMA->name + ".csv" beside it, to OUT and
 * flush it.  FALSE and ERROR ("write error: why", framing.h, for the
 * caller to name OUT) when a write failed. */
gboolean datapackage_write (FILE *out, const char *name,
                            SinkSchema *const *schemas, guint n_schemas,
                            GError **error);

G_END_DECLS

#endif /* FRAMING_DATAPACKAGE_H */
