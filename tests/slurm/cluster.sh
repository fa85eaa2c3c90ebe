#!/usr/bin/env bash
# A single-node Slurm cluster on this machine, for the scale-out test (docs/scale-out.md).
#
#   tests/slurm/cluster.sh start STATE_DIR   # install when missing, configure, start, wait until the node is idle
#   tests/slurm/cluster.sh stop STATE_DIR    # stop exactly the daemons start started
#
# Everything lives in STATE_DIR (slurm.conf, spool and state folders, pid files, logs); clients find
# the cluster through SLURM_CONF=STATE_DIR/slurm.conf. munged runs as the munge user with Debian's
# key; it is started only when no munged answers, and then stopped again. Needs root (as CI runs).
set -euo pipefail

action=${1:-}
state=${2:-}
[ -n "$action" ] && [ -n "$state" ] || { echo "usage: $0 start|stop STATE_DIR" >&2; exit 2; }

install_when_missing() {
  if command -v slurmctld > /dev/null && command -v slurmd > /dev/null && command -v munged > /dev/null && command -v sbatch > /dev/null; then
    return
  fi
  echo "cluster.sh: installing Debian's slurm-wlm and munge"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends slurm-wlm munge > /dev/null
}

munge_answers() { munge -n 2> /dev/null | unmunge > /dev/null 2>&1; }

wait_until() { # seconds, description, command...
  local seconds=$1 what=$2
  shift 2
  for ((i = 0; i < seconds * 4; i++)); do
    if "$@" > /dev/null 2>&1; then return 0; fi
    sleep 0.25
  done
  echo "cluster.sh: $what did not happen within $seconds s" >&2
  return 1
}

node_idle() { [ "$(sinfo -h -N -o %T 2> /dev/null | head -n 1)" = "idle" ]; }

start() {
  install_when_missing
  mkdir -p "$state/slurmctld" "$state/slurmd"
  export SLURM_CONF="$state/slurm.conf"
  cat > "$SLURM_CONF" <<CONF
# Single-node cluster of tests/slurm/cluster.sh: root, no systemd, no cgroups.
ClusterName=ci
SlurmctldHost=localhost
SlurmUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
StateSaveLocation=$state/slurmctld
SlurmdSpoolDir=$state/slurmd
SlurmctldPidFile=$state/slurmctld.pid
SlurmdPidFile=$state/slurmd.pid
SlurmctldLogFile=$state/slurmctld.log
SlurmdLogFile=$state/slurmd.log
NodeName=localhost CPUs=$(nproc) State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
  if ! munge_answers; then
    mkdir -p /run/munge
    chown munge:munge /run/munge
    su -s /bin/sh munge -c /usr/sbin/munged
    wait_until 10 "munged answering" munge_answers
    cp /run/munge/munged.pid "$state/munged.pid"
  fi
  slurmctld -c
  wait_until 30 "slurmctld answering" sh -c 'scontrol ping | grep -q UP'
  slurmd -N localhost
  wait_until 60 "the node becoming idle" node_idle
  echo "cluster.sh: single-node cluster up (SLURM_CONF=$SLURM_CONF)"
}

stop_pid_file() { # file, name
  [ -f "$1" ] || return 0
  local pid
  pid=$(cat "$1")
  if kill "$pid" 2> /dev/null; then
    for ((i = 0; i < 40; i++)); do kill -0 "$pid" 2> /dev/null || break; sleep 0.25; done
    if kill -0 "$pid" 2> /dev/null; then kill -9 "$pid" 2> /dev/null || true; fi
  fi
  rm -f "$1"
  echo "cluster.sh: stopped $2 ($pid)"
}

stop() {
  stop_pid_file "$state/slurmd.pid" slurmd
  stop_pid_file "$state/slurmctld.pid" slurmctld
  stop_pid_file "$state/munged.pid" munged
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop STATE_DIR" >&2; exit 2 ;;
esac
