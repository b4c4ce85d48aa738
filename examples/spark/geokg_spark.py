"""Run geokg on Apache Spark: JSON Lines articles in, one graph out.

    spark-submit examples/spark/geokg_spark.py INPUT OUTPUT_DIR \
        [--geokg PATH] [--partitions N] [--depth D]

INPUT is a file or folder of JSON Lines articles (one object a line, with an
`id`: partial graphs merge by article id, so ids must be unique across the
input). Each partition's articles go through `geokg build - -o - --format
json` on the worker that holds them; the partial graphs are combined with
`geokg merge` in a tree (`RDD.treeReduce`). Merging is associative,
commutative and idempotent, so any partitioning, any order and any retried
partition give the same bytes as one `geokg build` over all the articles.
The driver writes OUTPUT_DIR/graph.json and OUTPUT_DIR/events.jsonl.

The geokg binary: `--geokg PATH` on every worker, or shipped with the job
(`spark-submit --files target/release/geokg ...`, found through SparkFiles),
else `geokg` on the PATH. On a cluster the binary must be built for the
workers' platform (a static musl build travels best:
`cargo build --release --target x86_64-unknown-linux-musl`).
"""

import argparse
import os
import shutil
import subprocess
import tempfile


def find_geokg(given):
    if given:
        return given
    try:
        from pyspark import SparkFiles

        shipped = SparkFiles.get("geokg")
        if os.path.exists(shipped):
            os.chmod(shipped, 0o755)
            return shipped
    except Exception:  # not shipped, or no SparkContext here
        pass
    found = shutil.which("geokg")
    if not found:
        raise SystemExit("geokg binary not found: pass --geokg or ship it with --files")
    return found


def build_partition(geokg):
    """Articles of one partition -> its partial graph (JSON text), if any."""

    def run(lines):
        data = "".join(line if line.endswith("\n") else line + "\n" for line in lines if line.strip())
        if not data:
            return
        result = subprocess.run(
            [geokg, "-q", "build", "-", "-o", "-", "--format", "json"],
            input=data.encode("utf-8"),
            capture_output=True,
        )
        # Exit 1: some lines were skipped (reported on stderr), the rest built;
        # a partition of nothing but bad lines builds nothing.
        if result.returncode == 2 and b"no articles" in result.stderr:
            return
        if result.returncode not in (0, 1):
            raise RuntimeError("geokg build failed: " + result.stderr.decode("utf-8", "replace"))
        if result.stdout.strip():
            yield result.stdout.decode("utf-8")

    return run


def merge_with(geokg):
    """Two partial graphs -> one (`geokg merge`)."""

    def merge(a, b):
        with tempfile.TemporaryDirectory() as tmp:
            left, right = os.path.join(tmp, "a.json"), os.path.join(tmp, "b.json")
            with open(left, "w", encoding="utf-8") as f:
                f.write(a)
            with open(right, "w", encoding="utf-8") as f:
                f.write(b)
            result = subprocess.run([geokg, "-q", "merge", left, right], capture_output=True)
            if result.returncode != 0:
                raise RuntimeError("geokg merge failed: " + result.stderr.decode("utf-8", "replace"))
            return result.stdout.decode("utf-8")

    return merge


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--geokg", help="path of the geokg binary on every worker")
    parser.add_argument("--partitions", type=int, default=0, help="repartition the input into N partitions")
    parser.add_argument("--depth", type=int, default=2, help="depth of the merge tree")
    args = parser.parse_args()

    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("geokg").getOrCreate()
    sc = spark.sparkContext
    geokg = find_geokg(args.geokg)
    lines = sc.textFile(args.input)
    if args.partitions > 0:
        lines = lines.repartition(args.partitions)
    partials = lines.mapPartitions(build_partition(geokg))
    if partials.isEmpty():
        raise SystemExit("no articles produced a graph")
    graph = partials.treeReduce(merge_with(geokg), depth=args.depth)

    os.makedirs(args.output, exist_ok=True)
    target = os.path.join(args.output, "graph.json")
    with open(target + ".part", "w", encoding="utf-8") as f:
        f.write(graph)
    os.replace(target + ".part", target)
    local = find_geokg(args.geokg)
    subprocess.run(
        [local, "-q", "export", target, "--format", "jsonl", "-o", os.path.join(args.output, "events.jsonl")],
        check=True,
    )
    print(f"geokg_spark: {lines.getNumPartitions()} partitions -> {target}")
    spark.stop()


if __name__ == "__main__":
    main()
