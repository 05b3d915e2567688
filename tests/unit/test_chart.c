/* test_chart.c - unit tests of chart.svg (chart.c): escaping, the axis
 * rule, bar heights worked out by hand, whiskers present and absent,
 * shortened names with their tooltips, well-formed and deterministic
 * output. */
#include <locale.h>
#include <string.h>

#include "chart.h"
#include "lexicon.h"
#include "markup.h"
#include "profile.h"
#include "stem.h"
#include "fixture.h"
#include "unit.h"

#define HOSTILE "<script>alert(1)</script> & \"Co\" 'x'"
#define LONG_NAME "The Extremely Long Name of a Regional Evening Newspaper " \
  "Group Edition"

/* One hand-made article score: TOKENS tokens, ESC escalation hits and
 * PEACE peace hits, each of weight 1. */
static ArticleScore *
make_score (const char *id, const char *group, guint tokens, guint esc,
            guint peace)
{
  return fixture_simple_score (id, group, tokens, esc, peace);
}

/* The test lexicon: escalation (2 entries) and peace (2 entries). */
static FramingLexicon *
make_lexicon (void)
{
  return fixture_lexicon ("offensive\nshelling\n",
                          "ceasefire\npeace talks\n");
}

/* Group "Alpha": two articles of 1000 tokens with 8 escalation and 2
 * peace hits each, so per_1k 8 and 2 with the intervals 8-8 and 2-2
 * (every resample is the same).  Group NAME_B: one article of 1000
 * tokens with 5 escalation and 10 peace hits: per_1k 5 and 10, no
 * whisker.  REVERSED adds the articles in the other order. */
static Profile *
make_profile (const FramingLexicon *lex, const char *name_b,
              gboolean reversed)
{
  ProfileOptions opts = { .presence = 3, .resamples = 200,
                          .seed = PROFILE_SEED };
  Profile *p = profile_new (lex, &opts);
  g_autoptr (ArticleScore) a1 = make_score ("alpha/1.txt", "Alpha", 1000, 8,
                                            2);
  g_autoptr (ArticleScore) a2 = make_score ("alpha/2.txt", "Alpha", 1000, 8,
                                            2);
  g_autoptr (ArticleScore) b = make_score ("b/1.txt", name_b, 1000, 5, 10);
  ArticleScore *order[] = { a1, a2, b };
  for (guint i = 0; i < 3; i++)
    profile_add (p, order[reversed ? 2 - i : i]);
  profile_finish (p);
  return p;
}

/* The chart of P as a string. */
static char *
write_chart (const Profile *p, const char *source, gboolean embedded)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&buf, &len);
  ChartOptions opts = { .source = source, .group_by = "outlet",
                        .embedded = embedded };
  g_autoptr (GError) error = NULL;
  CU_ASSERT_TRUE (chart_write (f, p, &opts, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_FALSE (ferror (f));
  fclose (f);
  return buf;
}

/* The value of attribute ATTR of the element whose id is ID, or NULL.
 * Newly allocated. */
static char *
attribute_of (const char *svg, const char *id, const char *attr)
{
  g_autofree char *key = g_strdup_printf ("id=\"%s\"", id);
  const char *at = strstr (svg, key);
  if (at == NULL)
    return NULL;
  const char *end = strchr (at, '>');
  g_autofree char *elem = g_strndup (at, end - at);
  g_autofree char *pat = g_strdup_printf (" %s=\"", attr);
  const char *v = strstr (elem, pat);
  if (v == NULL)
    return NULL;
  v += strlen (pat);
  return g_strndup (v, strchr (v, '"') - v);
}

static void
test_escape (void)
{
  g_autofree char *e = chart_escape (HOSTILE);
  CU_ASSERT_STRING_EQUAL (e, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; "
                          "&quot;Co&quot; &#39;x&#39;");
  /* control characters, DEL, a C1 control and a non-character become
   * spaces; invalid UTF-8 becomes U+FFFD */
  g_autofree char *c = chart_escape ("a\x01" "b\tc\x7f" "d\xc2\x85" "e"
                                     "\xef\xbf\xbe" "f\xff");
  CU_ASSERT_STRING_EQUAL (c, "a b c d e f\xef\xbf\xbd");
  g_autofree char *n = chart_escape (NULL);
  CU_ASSERT_STRING_EQUAL (n, "");
  g_autofree char *u = chart_escape ("Ürümqi — “quoted”");
  CU_ASSERT_STRING_EQUAL (u, "Ürümqi — “quoted”");
}

static void
test_axis (void)
{
  double step = 0;
  /* 44.4 / 5 = 8.88: steps 1, 2, 2.5, 5 cover at most 25, 10 covers 50 */
  CU_ASSERT_DOUBLE_EQUAL (chart_axis_max (44.4, &step), 50, 1e-9);
  CU_ASSERT_DOUBLE_EQUAL (step, 10, 1e-9);
  /* 10 / 5 = 2: step 2 covers 10 exactly */
  CU_ASSERT_DOUBLE_EQUAL (chart_axis_max (10, &step), 10, 1e-9);
  CU_ASSERT_DOUBLE_EQUAL (step, 2, 1e-9);
  /* 7 / 5 = 1.4: step 2, and 8 is the first multiple of 2 >= 7 */
  CU_ASSERT_DOUBLE_EQUAL (chart_axis_max (7, &step), 8, 1e-9);
  CU_ASSERT_DOUBLE_EQUAL (step, 2, 1e-9);
  /* 0.37 / 5 = 0.074: powers of 0.01, 0.05 .. 0.25 too short, 0.1 */
  CU_ASSERT_DOUBLE_EQUAL (chart_axis_max (0.37, &step), 0.4, 1e-9);
  CU_ASSERT_DOUBLE_EQUAL (step, 0.1, 1e-9);
  /* 12 / 5 = 2.4: step 2.5 covers 12.5 */
  CU_ASSERT_DOUBLE_EQUAL (chart_axis_max (12, &step), 12.5, 1e-9);
  CU_ASSERT_DOUBLE_EQUAL (step, 2.5, 1e-9);
  /* nothing to draw: the axis runs to 1 in steps of 0.2 */
  CU_ASSERT_DOUBLE_EQUAL (chart_axis_max (0, &step), 1, 1e-9);
  CU_ASSERT_DOUBLE_EQUAL (step, 0.2, 1e-9);
}

/* Bars are CHART_PLOT_HEIGHT * per_1k / axis-maximum high.  The largest
 * value is Beta's peace rate, 10 (Alpha's interval ends are 8 and 2), so
 * the axis runs to 10 (step 2): Alpha's escalation bar (8 per 1000) is
 * 400 * 8 / 10 = 320 high, Beta's peace bar 400, its escalation bar 200
 * and Alpha's peace bar 80. */
static void
test_bar_heights (void)
{
  g_autoptr (FramingLexicon) lex = make_lexicon ();
  g_autoptr (Profile) p = make_profile (lex, "Beta", FALSE);
  g_autofree char *svg = write_chart (p, "test corpus", FALSE);
  g_autofree char *h11 = attribute_of (svg, "bar-1-1", "height");
  g_autofree char *h12 = attribute_of (svg, "bar-1-2", "height");
  g_autofree char *h21 = attribute_of (svg, "bar-2-1", "height");
  g_autofree char *h22 = attribute_of (svg, "bar-2-2", "height");
  CU_ASSERT_EQUAL (CHART_PLOT_HEIGHT, 400);
  CU_ASSERT_STRING_EQUAL (h11, "320");
  CU_ASSERT_STRING_EQUAL (h12, "80");
  CU_ASSERT_STRING_EQUAL (h21, "200");
  CU_ASSERT_STRING_EQUAL (h22, "400");
  /* bars stand on one baseline: y + height is the same for all */
  g_autofree char *y11 = attribute_of (svg, "bar-1-1", "y");
  g_autofree char *y22 = attribute_of (svg, "bar-2-2", "y");
  CU_ASSERT_DOUBLE_EQUAL (g_ascii_strtod (y11, NULL) + 320,
                          g_ascii_strtod (y22, NULL) + 400, 1e-9);
  /* each group has its own fill */
  g_autofree char *f11 = attribute_of (svg, "bar-1-1", "fill");
  g_autofree char *f21 = attribute_of (svg, "bar-2-1", "fill");
  CU_ASSERT_STRING_EQUAL (f11, "url(#fill-1)");
  CU_ASSERT_STRING_EQUAL (f21, "url(#fill-2)");
}

/* Alpha (two articles, counted as PROFILE_FEW_ARTICLES) has whiskers;
 * Beta (one article) has none; with Alpha a handful too, no bar has one
 * and the notes say so. */
static void
test_whiskers (void)
{
  g_autoptr (FramingLexicon) lex = make_lexicon ();
  g_autoptr (Profile) p = make_profile (lex, "Beta", FALSE);
  ProfileGroup *alpha = g_ptr_array_index (p->groups, 0);
  guint articles = alpha->articles;
  alpha->articles = PROFILE_FEW_ARTICLES;
  g_autofree char *svg = write_chart (p, "test corpus", FALSE);
  CU_ASSERT_PTR_NOT_NULL (strstr (svg, "id=\"ci-1-1\""));
  CU_ASSERT_PTR_NOT_NULL (strstr (svg, "id=\"ci-1-2\""));
  CU_ASSERT_PTR_NULL (strstr (svg, "id=\"ci-2-1\""));
  CU_ASSERT_PTR_NULL (strstr (svg, "id=\"ci-2-2\""));
  /* the tooltips say why */
  CU_ASSERT_PTR_NOT_NULL (strstr (svg, "<title>Beta, peace: 10.0 per 1000 "
                                  "tokens (no interval)"));
  CU_ASSERT_PTR_NOT_NULL (strstr (svg, "<title>Alpha, escalation: 8.0 per "
                                  "1000 tokens (95% interval 8.0–8.0)"));
  CU_ASSERT_PTR_NOT_NULL (strstr (svg, "none where fewer than 5 articles"));
  alpha->articles = articles;
  g_autofree char *few = write_chart (p, "test corpus", FALSE);
  CU_ASSERT_PTR_NULL (strstr (few, "id=\"ci-"));
  CU_ASSERT_PTR_NOT_NULL (strstr (few, "No whiskers: fewer than 5 articles"));
  CU_ASSERT_PTR_NULL (strstr (few, "Whisker:"));
}

/* The document: SVG 1.1 with its namespace, size and viewBox, well
 * formed, the corpus in its title; embedded, no XML declaration. */
static void
test_document (void)
{
  g_autoptr (FramingLexicon) lex = make_lexicon ();
  g_autoptr (Profile) p = make_profile (lex, "Beta", FALSE);
  g_autofree char *svg = write_chart (p, "stories/manifest.csv", FALSE);
  CU_ASSERT_TRUE (g_str_has_prefix (svg, "<?xml version=\"1.0\" "
                                    "encoding=\"UTF-8\"?>\n<svg "
                                    "xmlns=\"http://www.w3.org/2000/svg\" "
                                    "version=\"1.1\" width=\""));
  CU_ASSERT_PTR_NOT_NULL (strstr (svg, " viewBox=\"0 0 "));
  CU_ASSERT_TRUE (g_str_has_suffix (svg, "</svg>\n"));
  g_autoptr (GError) error = NULL;
  g_autoptr (MarkupDoc) doc = markup_parse (svg, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (doc);
  CU_ASSERT_STRING_EQUAL (g_ptr_array_index (doc->elements, 0), "svg");
  CU_ASSERT_EQUAL (markup_count (doc, "pattern"), 2);
  CU_ASSERT_EQUAL (markup_count (doc, "rect"), 1 + 2 + 4 + 2);
  CU_ASSERT_PTR_NOT_NULL (strstr (doc->text->str, "Corpus: "
                                  "stories/manifest.csv (3 articles, 3,000 "
                                  "tokens)"));
  CU_ASSERT_PTR_NOT_NULL (strstr (doc->text->str, "Words per 1000 tokens"));
  g_autofree char *embedded = write_chart (p, "stories/manifest.csv", TRUE);
  CU_ASSERT_TRUE (g_str_has_prefix (embedded, "<svg xmlns="));
  CU_ASSERT_STRING_EQUAL (embedded, strstr (svg, "<svg xmlns="));
}

/* Hostile names and sources are text, never markup. */
static void
test_hostile_names (void)
{
  g_autoptr (FramingLexicon) lex = make_lexicon ();
  g_autoptr (Profile) p = make_profile (lex, HOSTILE, FALSE);
  g_autofree char *svg = write_chart (p, "<b>corpus</b> & \"more\"", FALSE);
  CU_ASSERT_PTR_NULL (strstr (svg, "<script"));
  CU_ASSERT_PTR_NULL (strstr (svg, "<b>"));
  g_autoptr (GError) error = NULL;
  g_autoptr (MarkupDoc) doc = markup_parse (svg, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (doc);
  CU_ASSERT_EQUAL (markup_count (doc, "script"), 0);
  CU_ASSERT_EQUAL (markup_count (doc, "b"), 0);
  /* the reader sees the names as they are */
  CU_ASSERT_PTR_NOT_NULL (strstr (doc->text->str, HOSTILE));
  CU_ASSERT_PTR_NOT_NULL (strstr (doc->text->str,
                                  "<b>corpus</b> & \"more\""));
}

/* A long name is shortened in the legend, whole in its tooltip. */
static void
test_long_name (void)
{
  g_autoptr (FramingLexicon) lex = make_lexicon ();
  g_autoptr (Profile) p = make_profile (lex, LONG_NAME, FALSE);
  g_autofree char *svg = write_chart (p, "test corpus", FALSE);
  /* 35 code points and the ellipsis (36 in all) */
  CU_ASSERT_PTR_NOT_NULL (strstr (svg, "<g><title>" LONG_NAME "</title>"
                                  "<text"));
  CU_ASSERT_PTR_NOT_NULL (strstr (svg, ">The Extremely Long Name of a Region…"
                                  "</text>"));
}

/* With more than CHART_MAX_GROUPS groups only the largest are drawn:
 * groups G01..G14 of one article each, G<k> with 1000 + 100 k tokens, so
 * G01 and G02 (the fewest tokens) are left out and G03..G14 drawn. */
static void
test_many_groups (void)
{
  g_autoptr (FramingLexicon) lex = make_lexicon ();
  ProfileOptions opts = { .presence = 3, .resamples = 10,
                          .seed = PROFILE_SEED };
  g_autoptr (Profile) p = profile_new (lex, &opts);
  for (guint k = 1; k <= 14; k++)
    {
      g_autofree char *name = g_strdup_printf ("G%02u", k);
      g_autoptr (ArticleScore) s = make_score (name, name, 1000 + 100 * k, 1,
                                               1);
      profile_add (p, s);
    }
  profile_finish (p);
  g_autofree char *svg = write_chart (p, "test corpus", FALSE);
  CU_ASSERT_EQUAL (CHART_MAX_GROUPS, 12);
  CU_ASSERT_PTR_NULL (strstr (svg, "id=\"bar-1-1\""));
  CU_ASSERT_PTR_NULL (strstr (svg, "id=\"bar-2-1\""));
  for (guint k = 3; k <= 14; k++)
    {
      g_autofree char *id = g_strdup_printf ("id=\"bar-%u-1\"", k);
      CU_ASSERT_PTR_NOT_NULL (strstr (svg, id));
    }
  CU_ASSERT_EQUAL (markup_occurrences (svg, "<pattern "), 12);
  CU_ASSERT_PTR_NOT_NULL (strstr (svg, "the 12 with the most tokens of all "
                                  "14"));
  /* the corpus line still counts every group */
  CU_ASSERT_PTR_NOT_NULL (strstr (svg, "(14 articles, 24,500 tokens)"));
}

/* Same profile, same bytes: whatever the order of the articles, and
 * whatever the locale's decimal point. */
static void
test_deterministic (void)
{
  g_autoptr (FramingLexicon) lex = make_lexicon ();
  g_autoptr (Profile) p = make_profile (lex, "Beta", FALSE);
  g_autoptr (Profile) q = make_profile (lex, "Beta", TRUE);
  g_autofree char *a = write_chart (p, "test corpus", FALSE);
  g_autofree char *b = write_chart (p, "test corpus", FALSE);
  g_autofree char *c = write_chart (q, "test corpus", FALSE);
  CU_ASSERT_STRING_EQUAL (a, b);
  CU_ASSERT_STRING_EQUAL (a, c);
  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") != NULL
      || setlocale (LC_NUMERIC, "fr_FR.UTF-8") != NULL)
    {
      g_autofree char *d = write_chart (p, "test corpus", FALSE);
      CU_ASSERT_STRING_EQUAL (a, d);
      setlocale (LC_NUMERIC, "C");
    }
}

/* The chart of profile DATA to OUT. */
static gboolean
chart_of (FILE *out, gconstpointer data, GError **error)
{
  ChartOptions opts = { .source = "test corpus" };
  return chart_write (out, data, &opts, error);
}

/* A full disk is told through the error. */
static void
test_write_error (void)
{
  g_autoptr (FramingLexicon) lex = make_lexicon ();
  g_autoptr (Profile) p = make_profile (lex, "Beta", FALSE);
  fixture_check_full_disk (chart_of, p);
}

static const UnitCase cases[] = {
  { "escape", test_escape },
  { "axis", test_axis },
  { "bar heights", test_bar_heights },
  { "whiskers", test_whiskers },
  { "document", test_document },
  { "hostile names", test_hostile_names },
  { "long name", test_long_name },
  { "many groups", test_many_groups },
  { "deterministic", test_deterministic },
  { "write error", test_write_error },
  { NULL, NULL }
};

UNIT_MAIN ("chart", cases)
