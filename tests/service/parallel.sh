#!/usr/bin/env bash
# parallel.sh - the GNU parallel recipe (contrib/parallel/run) over the
# AllSides corpus in ../shared, cut into 10 files listed in a manifest
# (see slurm.sh for why), in 4 shards on this machine (--sshlogin :): the
# merged tables must be byte-identical to one `framing compare -o` run
# over the corpus file itself.  There are no other hosts to reach here,
# so the remote path is tried with a stand-in for ssh that runs the
# command here as ssh would (a login shell given one string to run):
# the bundled example, in a folder with a space in its name and with a
# group map whose name has one, in 6 shards over ":" and the stand-in,
# which shows the paths and options survive the quoting for the remote
# shell.  A shard that fails, or ends well without writing its counts,
# must stop the merge.
#
# Needs GNU parallel (Debian: parallel); skips (77) without it or the
# corpus.  Run by .ci/run, not by make check.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/service/lib.sh"

need_commands parallel
parallel --version 2>/dev/null | grep -q 'GNU parallel' || skip "parallel is not GNU parallel"
need_basics

work=$(mktemp -d "${TMPDIR:-/tmp}/framing-parallel.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
run=$top/contrib/parallel/run
fail=0

# The corpus, 4 shards on this machine.
cut_corpus "$work/corpus" 3000 || { echo "FAIL: cannot cut the corpus"; exit 99; }
whole_run "$work/whole" --negation-window=6 --presence=2 \
  || { echo "FAIL: one run over the corpus failed"; exit 1; }
"$run" -S : "$work/corpus/manifest.csv" 4 "$work/merged" -q --negation-window=6 -- --presence=2 \
  </dev/null || { echo "FAIL: run over the corpus"; fail=1; }
same_tables "$work/whole" "$work/merged" "parallel -S :" || fail=1
echo "corpus in 4 shards: done after $SECONDS s"

# The stand-in for ssh: skip ssh's options and the host name, and give
# the rest, joined by spaces, to the user's login shell, with SHELL set
# to it, as sshd does.  (GNU parallel's remote worker runs the job with
# $SHELL: where the caller's environment has no SHELL, as under some CI
# runners, a stand-in that left it unset ran nothing and exited 0.)
cat >"$work/fake-ssh" <<'EOF'
#!/bin/sh
echo "$*" >>"${0%/*}/fake-ssh.log"
while [ $# -gt 0 ]; do
  case $1 in
    -[bcDEeFIiJLlmOopQRSWw]) shift 2 ;;
    -*) shift ;;
    *) shift; break ;;
  esac
done
[ "${1:-}" = "--" ] && shift
SHELL=$(getent passwd "$(id -u)" | cut -d: -f7)
# a login shell that runs nothing (nologin, false): a real ssh would
# fail; the stand-in stands in for a host where the shell works
{ [ -x "${SHELL:-}" ] && "$SHELL" -c true; } >/dev/null 2>&1 || SHELL=/bin/sh
export SHELL
exec "$SHELL" -c "$*"
EOF
chmod +x "$work/fake-ssh"

ex="$work/an example"
mkdir "$ex" && cp -R "$top/examples"/. "$ex/" || exit 99
printf 'from,to\nMeridian Daily,The Meridian\n' >"$ex/group map.csv"
"$FRAMING" compare -q -o "$work/ex-whole" --group-map "$ex/group map.csv" -m "$ex/manifest.csv" || fail=1
"$run" -S ":,2/$work/fake-ssh far" "$ex/manifest.csv" 6 "$ex/out put" -q \
  --group-map "$ex/group map.csv" </dev/null 2>"$work/ex-err" || {
  echo "FAIL: run over the example"; fail=1
  cat "$work/ex-err" "$ex/out put/logs/joblog" "$work/fake-ssh.log"
  ls -R "$ex/out put"
}
same_tables "$work/ex-whole" "$ex/out put" "parallel over ssh" || fail=1
remote=$(awk -F'\t' 'NR > 1 && $2 != ":"' "$ex/out put/logs/joblog" | wc -l)
[ "$remote" -gt 0 ] || { echo "FAIL: no shard ran through the stand-in for ssh"; fail=1; }
echo "example in 6 shards: $remote through ssh"

# A shard that fails (a lexicon folder that is not there): status 1, and
# no merge.
if "$run" "$ex/manifest.csv" 3 "$work/broken" -q -L "$work/no-such-lexicons" </dev/null 2>"$work/err"; then
  echo "FAIL: run succeeded with failing shards"; fail=1
fi
grep -q "no merge" "$work/err" || { cat "$work/err"; fail=1; }
[ ! -e "$work/broken/profiles.csv" ] || { echo "FAIL: a merge ran after failed shards"; fail=1; }

# Shards that "succeed" without writing their counts (a remote shell
# that ran nothing): status 1, the shard named, and no merge.
printf '#!/bin/sh\nexit 0\n' >"$work/null-ssh"
chmod +x "$work/null-ssh"
if "$run" -S "1/$work/null-ssh far" "$ex/manifest.csv" 2 "$work/empty" -q \
     </dev/null 2>"$work/err"; then
  echo "FAIL: run succeeded with shards that wrote nothing"; fail=1
fi
grep -q "shard 1 wrote no .*: no merge" "$work/err" || { cat "$work/err"; fail=1; }
[ ! -e "$work/empty/profiles.csv" ] || { echo "FAIL: a merge ran after empty shards"; fail=1; }

echo "parallel: $([ "$fail" -eq 0 ] && echo PASS || echo FAIL) in $SECONDS s"
exit $fail
