#!/usr/bin/env bash
# slurm.sh - the Slurm recipe (contrib/slurm) on a real, one-node Slurm:
# a munged with a throwaway key and its own socket, a slurmctld and a
# slurmd from a generated slurm.conf (node and state in a temporary
# folder, ports above 1024, no accounting), then contrib/slurm/submit
# over the AllSides corpus in ../shared: a 4-task job array of
# `framing score --counts` and the merge after it.  The merged tables
# must be byte-identical to one `framing compare -o` run over the corpus
# file itself.  Then a shard that fails must keep the merge from running.
#
# The corpus is one JSON Lines file and a manifest row names a whole
# file, so it is cut into 10 files of 3000 lines listed in a manifest,
# which the recipe splits into 4 shards of 3, 2, 3 and 2 rows: the
# recipe runs as a researcher would run it, manifest and all.  The
# options (a negation window for both jobs, a presence threshold after
# "--" for the merge alone) differ from the defaults, so that an option
# lost on the way to either job shows.
#
# Needs root and the Debian packages slurm-wlm (or slurmctld, slurmd,
# slurm-client) and munge; skips (77) without them, without the corpus,
# or when the daemons do not come up.  Every wait is bounded; the
# daemons are stopped on every exit.  Run by .ci/run, not by make check.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/service/lib.sh"

[ "$(id -u)" -eq 0 ] || skip "not root (slurmd and munged run as root here)"
need_commands munged mungekey munge unmunge slurmctld slurmd sbatch sinfo squeue scontrol scancel
need_basics

work=$(mktemp -d "${TMPDIR:-/tmp}/framing-slurm.XXXXXX") || exit 99
pids=()
submitted=()

# Cancel what still runs, stop the daemons, the last started first
# (TERM, then KILL after 10 seconds), and remove the folder.
cleanup() {
  local pid i
  if [ "${#submitted[@]}" -gt 0 ]; then
    scancel "${submitted[@]}" 2>/dev/null
    wait_for 10 no_jobs
  fi
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    pid=${pids[i]}
    kill "$pid" 2>/dev/null
    for _ in $(seq 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 99' INT TERM HUP

# show_logs: the daemons' logs, for a failure.
show_logs() {
  local log
  for log in "$work"/log/* "$work"/merged/logs/* "$work"/broken/logs/*; do
    [ -f "$log" ] || continue
    echo "--- $log"
    tail -n 25 "$log"
  done
}

# free_port FROM: the first port from FROM up that nothing listens on.
free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# no_jobs: nothing is pending or running.
no_jobs() { [ -z "$(squeue -h -o %i 2>/dev/null)" ]; }

# wait_for SECONDS CMD...: run CMD every half second until it succeeds;
# fail after SECONDS.
wait_for() {
  local deadline=$((SECONDS + $1))
  shift
  until "$@"; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.5
  done
}

# munge, with a key and socket of its own.
mkdir -p "$work/munge" "$work/log" "$work/state" "$work/spool" || exit 99
chmod 755 "$work/munge"
mungekey --create --keyfile="$work/munge/munge.key" || skip "mungekey cannot make a key"
socket=$work/munge/munge.socket
munged --foreground --force --key-file="$work/munge/munge.key" --socket="$socket" \
  --pid-file="$work/munge/munged.pid" --seed-file="$work/munge/munged.seed" \
  --log-file="$work/log/munged.log" >"$work/log/munged.out" 2>&1 &
pids+=($!)
munge_ok() { munge -n -S "$socket" 2>/dev/null | unmunge -S "$socket" >/dev/null 2>&1; }
wait_for 10 munge_ok || { show_logs; skip "munged did not start"; }

# slurm.conf: one node on this machine, everything in $work.
ctld_port=$(free_port $((20000 + $$ % 20000)))
slurmd_port=$(free_port $((ctld_port + 1)))
host=$(hostname -s)
cpus=$(nproc)
export SLURM_CONF=$work/slurm.conf
cat >"$SLURM_CONF" <<EOF
ClusterName=framingtest
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmdUser=root
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$socket
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
MailProg=/bin/true
ReturnToService=2
NodeName=framing1 NodeHostname=$host NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=test Nodes=framing1 Default=YES MaxTime=INFINITE State=UP
EOF
slurmctld -D -c -f "$SLURM_CONF" >>"$work/log/slurmctld.out" 2>&1 &
pids+=($!)
slurmd -D -N framing1 -f "$SLURM_CONF" >>"$work/log/slurmd.out" 2>&1 &
pids+=($!)
start=$SECONDS

# While the daemons come up: the corpus cut into files, and one run.
cut_corpus "$work/corpus" 3000 || { echo "FAIL: cannot cut the corpus"; exit 99; }
whole_run "$work/whole" --negation-window=6 --presence=2 \
  || { echo "FAIL: one run over the corpus failed"; exit 1; }

node_idle() { [ "$(sinfo -h -N -n framing1 -o %t 2>/dev/null)" = idle ]; }
wait_for 30 node_idle || { show_logs; skip "slurmctld and slurmd did not bring the node up"; }
echo "node idle after $((SECONDS - start)) s"

# jobs_done ARRAY MERGE: neither job is pending or running.
jobs_done() { [ -z "$(squeue -h -j "$1,$2" -o %i 2>/dev/null)" ]; }
# job_states JOB: the state of the job, or of each task of an array.
job_states() { scontrol -o show job "$1" | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p' | sort | uniq -c | sed 's/^ *//'; }

fail=0
# The recipe: 4 shards, the merge after them.
ids=$("$top/contrib/slurm/submit" "$work/corpus/manifest.csv" 4 "$work/merged" \
  --negation-window=6 -- --presence=2) || { show_logs; echo "FAIL: submit"; exit 1; }
read -r array merge <<<"$ids"
submitted=("$array" "$merge")
echo "submitted: score array $array, merge $merge"
wait_for 150 jobs_done "$array" "$merge" || { show_logs; echo "FAIL: the jobs did not end in 150 s"; exit 1; }
echo "score tasks: $(job_states "$array" | tr '\n' ' ')"
echo "merge: $(job_states "$merge")"
[ "$(job_states "$array")" = "4 COMPLETED" ] || { echo "FAIL: not 4 score tasks completed"; fail=1; }
[ "$(job_states "$merge")" = "1 COMPLETED" ] || { echo "FAIL: the merge did not complete"; fail=1; }
for k in 1 2 3 4; do
  [ -f "$work/corpus/manifest-$k.csv" ] || { echo "FAIL: no shard manifest $k"; fail=1; }
  [ -f "$work/merged/counts/$k/counts.csv" ] || { echo "FAIL: no counts of shard $k"; fail=1; }
done
same_tables "$work/whole" "$work/merged" "slurm" || fail=1

# A shard that fails (a lexicon folder that is not there): the merge
# must be cancelled, not run over what is left.
ids=$("$top/contrib/slurm/submit" "$work/corpus/manifest.csv" 4 "$work/broken" \
  -L "$work/no-such-lexicons") || { show_logs; echo "FAIL: submit"; exit 1; }
read -r array merge <<<"$ids"
submitted=("$array" "$merge")
wait_for 60 jobs_done "$array" "$merge" || { show_logs; echo "FAIL: the failing jobs did not end in 60 s"; exit 1; }
echo "failing shards: $(job_states "$array" | tr '\n' ' '), merge: $(job_states "$merge")"
[ "$(job_states "$array")" = "4 FAILED" ] || { echo "FAIL: the score tasks did not fail"; fail=1; }
[ "$(job_states "$merge")" = "1 CANCELLED" ] || { echo "FAIL: the merge was not cancelled"; fail=1; }
[ ! -e "$work/broken/profiles.csv" ] || { echo "FAIL: a merge ran after failed shards"; fail=1; }
submitted=()

[ "$fail" -eq 0 ] || show_logs
echo "slurm: $([ "$fail" -eq 0 ] && echo PASS || echo FAIL) in $SECONDS s"
exit $fail
