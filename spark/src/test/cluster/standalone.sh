#!/usr/bin/env bash
# A real Spark standalone cluster on the loopback address: starts a master and one worker (separate
# JVMs), runs `reproduce KEY... --spark spark://127.0.0.1:PORT` against it with the job jar shipped to
# the executors, runs the same figures locally, checks that every CSV is byte-identical, and stops the
# cluster (also when anything fails or the script is interrupted).
#
#   spark/src/test/cluster/standalone.sh [KEY ...]      (default: popcodes/fig4 popcodes/fig2)
#
# Run from the repository root. It builds what is missing or stale: the library (./neurotheory does) and
# the job jar (mvn -B -pl spark -am package -Pjob -DskipTests). The executors get Spark from a private
# SPARK_HOME that links Spark's jars only; the library reaches them in the job jar.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
cd "$root"
keys=("$@")
[[ ${#keys[@]} -gt 0 ]] || keys=(popcodes/fig4 popcodes/fig2)

jar="$root/spark/target/neurotheory-spark-job.jar"
stale() {
  [[ ! -f "$jar" || ! -f spark/target/classpath.txt ]] && return 0
  [[ -n "$(find "$root" -path "$root/.git" -prune -o \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) \
        -newer "$jar" -print -quit)" ]]
}
if stale; then
  echo "standalone: building the library and the job jar (missing or older than the sources)..." >&2
  mvn -B -q -pl spark -am package -Pjob -DskipTests >&2
fi

work="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]+"${pids[@]}"}"; do
    pkill -P "$p" 2>/dev/null || true
    kill "$p" 2>/dev/null || true
  done
  for p in "${pids[@]+"${pids[@]}"}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

# a SPARK_HOME whose jars/ holds Spark and its dependencies, not the library
mkdir -p "$work/home/jars"
tr ':' '\n' < spark/target/classpath.txt | grep '\.jar$' | grep -v '/neurotheory-' | while read -r j; do
  ln -s "$j" "$work/home/jars/$(basename "$j")"
done
opens=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' spark/pom.xml)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
export SPARK_HOME="$work/home" SPARK_SCALA_VERSION=2.13

java -Xmx1g $opens -cp "$work/home/jars/*" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$port" --webui-port 0 > "$work/master.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 600); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.2
done
java -Xmx1g $opens -cp "$work/home/jars/*" org.apache.spark.deploy.worker.Worker \
  --host 127.0.0.1 --cores 2 --memory 2g --webui-port 0 --work-dir "$work/worker" \
  "spark://127.0.0.1:$port" > "$work/worker.log" 2>&1 &
pids+=($!)

echo "standalone: master spark://127.0.0.1:$port, one worker; running ${keys[*]}" >&2
./neurotheory "-Dneurotheory.spark.jar=$jar" reproduce "${keys[@]}" --out "$work/cluster" --spark "spark://127.0.0.1:$port"
./neurotheory reproduce "${keys[@]}" --out "$work/local"
status=0
for k in "${keys[@]}"; do
  if cmp -s "$work/cluster/$k.csv" "$work/local/$k.csv"; then
    echo "standalone: $k.csv identical on the cluster and locally"
  else
    echo "standalone: $k.csv DIFFERS between the cluster and the local run" >&2
    status=1
  fi
done
exit $status
