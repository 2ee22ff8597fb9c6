#!/usr/bin/env python3
"""Times a national build of Data på karta against QGIS's own processing algorithms.

Data på karta: dpk_bench_build reads the Skolverket export (1,714 schools), places each school
at a deterministic pseudo-random point inside its own kommun (the shared data hold coordinates
only for Stockholm), combines pupil-weighted figures for three indicators into the 290 kommuner
and writes the GeoPackage layers.

QGIS: qgis_process runs the equivalent join and aggregation on the same points: "Join attributes
by location (summary)" summing the pupil-weighted values and pupils per kommun, then one "Field
calculator" per indicator for the division. Each qgis_process call starts QGIS anew; the start-up
time of one call is printed too, so the two can be compared with and without it.

Usage: benchbuild.py --bench BUILD/tests/benchmarks/dpk_bench_build --realdata ../shared/realdata
"""

import argparse
import json
import os
import pathlib
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

EXPORT = "skolverket-export/Grundskola - Slutbetyg årskurs 9, samtliga elever 2025 Skolenhet.csv"
KOMMUNER = "areas/kommuner/swe-maps-kommun.geojson"
INDICATORS = ("meritvarde", "alla_amnen", "behorig_yrkes")

# Debian's /usr/bin/qgis_process wrapper passes QGIS_OPTS='--noversioncheck' from
# /etc/default/qgis, which the processing binary rejects; the binary itself is QGIS's tool.
QGIS_PROCESS = "/usr/bin/qgis_process.bin" if os.path.exists("/usr/bin/qgis_process.bin") else "qgis_process"


def timed(command, env):
    start = time.perf_counter()
    completed = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = (time.perf_counter() - start) * 1000.0
    if completed.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{completed.stdout}\n{completed.stderr}")
    return elapsed, completed.stdout


def qgis_chain(kommuner, points, work, env):
    summary = work / "summary.gpkg"
    fields = ";".join(f"{prefix}_{indicator}" for indicator in INDICATORS for prefix in ("w", "n"))
    steps = [[QGIS_PROCESS, "run", "qgis:joinbylocationsummary", f"--INPUT={kommuner}",
              f"--JOIN={points}|layername=skolor", "--PREDICATE=0", f"--JOIN_FIELDS={fields}",
              "--SUMMARIES=5", "--DISCARD_NONMATCHING=false", f"--OUTPUT={summary}"]]
    previous = summary
    for number, indicator in enumerate(INDICATORS):
        output = work / f"mean{number}.gpkg"
        steps.append([QGIS_PROCESS, "run", "native:fieldcalculator", f"--INPUT={previous}",
                      f"--FIELD_NAME={indicator}", "--FIELD_TYPE=0", "--FIELD_LENGTH=10",
                      "--FIELD_PRECISION=3",
                      f"--FORMULA=\"w_{indicator}_sum\" / \"n_{indicator}_sum\"",
                      f"--OUTPUT={output}"])
        previous = output
    return sum(timed(step, env)[0] for step in steps), len(steps)


def largest_difference(ours, theirs):
    """The largest difference of the kommuner's meritvärde between the two results, where both
    have one: a check that the two chains compute the same thing."""
    with sqlite3.connect(ours) as connection:
        our_values = dict(connection.execute("SELECT kod, meritvarde FROM omraden_meritvarde"))
    with sqlite3.connect(theirs) as connection:
        table = pathlib.Path(theirs).stem
        their_values = dict(connection.execute(f'SELECT KnKod, meritvarde FROM "{table}"'))
    compared = [abs(value - their_values[code]) for code, value in our_values.items()
                if value is not None and their_values.get(code) is not None]
    return max(compared), len(compared)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bench", required=True, help="the dpk_bench_build program")
    parser.add_argument("--realdata", required=True, help="the shared real data folder")
    parser.add_argument("--repetitions", type=int, default=5)
    args = parser.parse_args()

    # Absolute: the benchmark runs its builds from a temporary folder.
    realdata = pathlib.Path(args.realdata).resolve()
    for needed in (EXPORT, KOMMUNER):
        if not (realdata / needed).exists():
            sys.exit(f"the shared real data is missing: {realdata / needed}")
    # QGIS embeds the system's Python: a python3 found first on PATH (pyenv, a venv) would lend
    # it a library without the qgis module.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PATH="/usr/bin:/bin:" + os.environ["PATH"])
    for variable in ("PYTHONHOME", "PYTHONPATH", "VIRTUAL_ENV"):
        env.pop(variable, None)

    with tempfile.TemporaryDirectory(prefix="dpk-bench-") as temp:
        work = pathlib.Path(temp)
        _, output = timed([args.bench, str(realdata / EXPORT), str(realdata / KOMMUNER),
                           str(work / "dpk"), str(args.repetitions)], env)
        ours = json.loads(output.strip().splitlines()[-1])
        read = statistics.median(ours["read_ms"])
        compose = statistics.median(ours["place_aggregate_write_ms"])

        startup = statistics.median(timed([QGIS_PROCESS, "help", "native:fieldcalculator"], env)[0]
                                    for _ in range(3))
        runs = []
        for repetition in range(args.repetitions):
            chain_folder = work / f"qgis{repetition}"
            chain_folder.mkdir()
            total, calls = qgis_chain(realdata / KOMMUNER, ours["processing_input"], chain_folder, env)
            runs.append(total)
        qgis = statistics.median(runs)
        difference, compared = largest_difference(ours["geopackage"],
                                                  work / "qgis0" / f"mean{len(INDICATORS) - 1}.gpkg")
        qgis_without_startup = max(qgis - calls * startup, 0.0)

    print(f"Schools: {ours['schools']} read, {ours['placed']} placed; areas: {ours['areas']} kommuner")
    print(f"School locations: {ours['locations']} (the shared data hold real ones only for Stockholm)")
    print(f"Data på karta, median of {args.repetitions}:")
    print(f"  read the export                          {read:9.1f} ms")
    print(f"  place, aggregate 3 indicators, write     {compose:9.1f} ms")
    print(f"  whole build                              {read + compose:9.1f} ms")
    print(f"QGIS processing ({calls} qgis_process calls), median of {args.repetitions}:")
    print(f"  join by location (summary) + division    {qgis:9.1f} ms")
    print(f"  the same less {calls} x start-up ({startup:.0f} ms) {qgis_without_startup:9.1f} ms")
    print(f"Same figures: meritvärde of {compared} kommuner differs by at most {difference:.6f}")
    print(f"Ratio QGIS / Data på karta (place, aggregate, write): {qgis / compose:6.1f}x, "
          f"without QGIS start-up {qgis_without_startup / compose:6.1f}x")


if __name__ == "__main__":
    main()
