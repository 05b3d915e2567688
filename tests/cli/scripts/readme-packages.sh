#!/bin/sh
# readme-packages.sh - the Debian packages that the README's quick start
# installs and those .ci/run installs cannot drift apart: every package
# the README installs is in .ci/run's PACKAGES, and every package there is
# in the README unless it serves only tests the README does not run (the
# fuzzing compiler, the service tests' Slurm and GNU parallel, and the
# accessibility test's Chromium, the openpyxl that reads framing.xlsx
# back in tests/cli/scripts/xlsx.sh).  Also,
# every page the README opens with "man ./man/PAGE" exists.
set -u
readme=$top_srcdir/README.md
ci=$top_srcdir/.ci/run
# Packages of .ci/run that the quick start leaves out on purpose.
TEST_ONLY="clang-14 libclang-rt-14-dev slurm-wlm munge parallel chromium python3-openpyxl"

# The words after "apt-get install" on the README's first such line, up to
# the next "&&", options left out; one a line, sorted.
readme_packages() {
  sed -n '/apt-get install/{s/.*apt-get install//; s/&&.*//; p; q;}' "$readme" \
    | tr ' ' '\n' | grep -v -e '^-' -e '^$' | sort -u
}
# The words of PACKAGES="..." in .ci/run, which may span lines.
ci_packages() {
  awk '/^PACKAGES="/ { on = 1; sub (/^PACKAGES="/, "") }
       on { done = sub (/".*/, ""); print; if (done) exit }' "$ci" \
    | tr ' \t' '\n\n' | grep -v '^$' | sort -u
}

fail=0
readme_list=$(readme_packages)
ci_list=$(ci_packages)
# An empty list means the command moved or changed shape: fail rather
# than compare nothing.
[ -n "$readme_list" ] || { echo "README.md: no 'apt-get install' line found"; exit 1; }
[ -n "$ci_list" ] || { echo ".ci/run: no PACKAGES=\"...\" found"; exit 1; }
case " $(echo $ci_list) " in
  *' build-essential '*) ;;
  *) echo ".ci/run: PACKAGES read as '$(echo $ci_list)'"; exit 1 ;;
esac

for p in $readme_list; do
  if ! echo "$ci_list" | grep -qx -- "$p"; then
    echo "README.md installs $p, .ci/run does not"
    fail=1
  fi
done
for p in $ci_list; do
  case " $TEST_ONLY " in *" $p "*) continue ;; esac
  if ! echo "$readme_list" | grep -qx -- "$p"; then
    echo ".ci/run installs $p, the README's quick start does not"
    fail=1
  fi
done

for page in $(grep -o 'man \./man/[A-Za-z0-9.-]*[0-9]' "$readme" \
                | sed 's|man \./||' | sort -u); do
  [ -f "$top_srcdir/$page" ] || { echo "README.md opens $page, which is missing"; fail=1; }
done
exit $fail
