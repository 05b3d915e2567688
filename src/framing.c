/* framing.c - the project's GError domain. */
#include "framing.h"

G_DEFINE_QUARK (framing-error-quark, framing_error)
