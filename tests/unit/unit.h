/* unit.h - the shared main() of the CUnit test programs.
 *
 * A test program defines its cases and one table:
 *   static const UnitCase cases[] = { { "name", fn }, ..., { NULL, NULL } };
 *   UNIT_MAIN ("suite name", cases)
 * and exits 0 when every assertion held, 1 otherwise, 77 to skip.
 */
#ifndef FRAMING_UNIT_H
#define FRAMING_UNIT_H

#include <CUnit/Basic.h>
#include <stdlib.h>

typedef struct {
  const char *name;
  void (*fn) (void);
} UnitCase;

static inline int
unit_run (const char *suite_name, const UnitCase *cases)
{
  if (CU_initialize_registry () != CUE_SUCCESS)
    return 1;
  CU_pSuite suite = CU_add_suite (suite_name, NULL, NULL);
  for (const UnitCase *c = cases; c->name != NULL; c++)
    CU_add_test (suite, c->name, c->fn);
  CU_basic_set_mode (CU_BRM_VERBOSE);
  CU_basic_run_tests ();
  unsigned failed = CU_get_number_of_failures () + CU_get_number_of_tests_failed ();
  CU_cleanup_registry ();
  return failed == 0 ? 0 : 1;
}

#define UNIT_MAIN(suite_name, cases) \
  int main (void) { return unit_run ((suite_name), (cases)); }

/* Directory of test data (srcdir/tests), set by the Makefile. */
#ifndef TESTS_DIR
#define TESTS_DIR "tests"
#endif

/* The shared corpora beside the source tree (absent on a fresh clone). */
#define SHARED_DIR TESTS_DIR "/../../shared"

#endif /* FRAMING_UNIT_H */
