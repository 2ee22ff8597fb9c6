#!/usr/bin/env python3
"""Starts the real QGIS desktop under Xvfb with a throwaway profile that loads the freshly built
plugin, lets a PyQGIS script drive it, and checks what the script found. Exits non-zero on any
failure.

Two checks: "panel" (checkpanel.py: the panel, its action and its texts) and "workflow"
(checkworkflow.py: the whole map-making workflow on the shared real data, with the recorded API
served by dpk_replay_server on 127.0.0.1).

Run by CTest; see tests/desktop/CMakeLists.txt for the arguments."""

import argparse
import json
import os
import pathlib
import signal
import subprocess
import sys
import tempfile

# The text of one labelled widget in each language: proof that the interface follows the locale.
EXPECTED_MARKS_TITLE = {"en": "Skolverket's marks", "sv": "Skolverkets markeringar"}
LOCALES = {"en": "en_US", "sv": "sv_SE"}
# The first indicator of the built-in catalogue, named in the interface's language.
EXPECTED_FIRST_INDICATOR = {"en": "Average merit rating (17 subjects)",
                            "sv": "Genomsnittligt meritvärde (17 ämnen)"}
STANDARD_INDICATOR_COUNT = 14
# The real Stockholm case (../shared/realdata/README.md): 149 export schools, 147 with recorded
# coordinates, one of them outside all 13 stadsdelsområden.
UNPLACED_SCHOOLS = ("51772207", "72066571", "83584296")
QGIS_TIMEOUT_S = 240
# The step-by-step screenshots of the workflow, for the README.
WORKFLOW_STEPS = ("1-empty-panel", "2-filled-form", "3-map-and-summary", "4-sheets-offered",
                  "5-sheet-in-designer")


def write_profile(profiles, plugin_dir, plugin_file, language):
    settings_dir = profiles / "profiles" / "default" / "QGIS"
    settings_dir.mkdir(parents=True)
    plugin_key = pathlib.Path(plugin_file).stem
    (settings_dir / "QGIS3.ini").write_text(
        "[plugins]\n"
        f"searchPathsForPlugins={plugin_dir}\n"
        "[Plugins]\n"
        f"{plugin_key}=true\n"
        "[locale]\n"
        f"userLocale={LOCALES[language]}\n"
        "overrideFlag=true\n"
        "[qgis]\n"
        "showTips=false\n"
        "checkVersion=false\n",
        encoding="utf-8")


def unmet(found, expectations, script):
    """The script's own failure, if any, and every expected value it did not find."""
    problems = []
    if found.get("error"):
        problems.append(f"the {script} script failed:\n" + found["error"])
    for key, expected in expectations.items():
        if found.get(key) != expected:
            problems.append(f"{key}: expected {expected!r}, found {found.get(key)!r}")
    return problems


# The algorithms the plugin's Processing provider offers, by id.
PROCESSING_ALGORITHMS = sorted(f"datapakarta:{name}" for name in (
    "readresults", "placeschools", "aggregatetoareas", "styleresults", "makesheet"))


def check_panel(found, language):
    problems = unmet(found, {
        "loaded": True,
        "dock_exists": True,
        "action_exists": True,
        "action_checked_when_shown": True,
        "hidden_by_action": True,
        "shown_by_action": True,
        "floating": False,
        "dock_area": 2,  # Qt.RightDockWidgetArea
        "title": "Data på karta",
        "in_plugin_menu": True,
        "screenshot_saved": True,
        "processing_provider": "Data på karta",
        "processing_algorithms": PROCESSING_ALGORITHMS,
    }, "inspection")
    title = found.get("labels", {}).get("DataPaKartaMarksTitle")
    if title != EXPECTED_MARKS_TITLE[language]:
        problems.append(f"marks title in {language}: expected {EXPECTED_MARKS_TITLE[language]!r}, "
                        f"found {title!r}")
    names = found.get("indicator_names") or []
    if len(names) != STANDARD_INDICATOR_COUNT:
        problems.append(f"indicators listed: expected {STANDARD_INDICATOR_COUNT}, "
                        f"found {len(names)}")
    if EXPECTED_FIRST_INDICATOR[language] not in names:
        problems.append(f"indicator names in {language}: expected "
                        f"{EXPECTED_FIRST_INDICATOR[language]!r} among {names!r}")
    return problems


def check_workflow(found, language):
    problems = unmet(found, {
        "loaded": True,
        "button_disabled_while_running": True,
        "finished": True,
        "group": True,
        "layers_in_group": 7,
        "update_enabled": True,
        "screenshot_saved": True,
        "layer_roles": {"schools": 3, "areas": 3, "unplaced": 1},
        "crs": ["EPSG:3006", "EPSG:3011"],
        "sheet_layouts": 3,
        "sheets_offered": True,
        "designer_opened": True,
        "step_screenshots": [f"workflow-{language}-{step}.png" for step in WORKFLOW_STEPS],
    }, "workflow")
    counts = found.get("feature_counts") or {}
    for indicator in ("meritvarde", "alla_amnen", "behorig_yrkes"):
        for role, expected in (("schools", 147), ("areas", 13)):
            key = f"{role}:{indicator}"
            if counts.get(key) != expected:
                problems.append(f"features of {key}: expected {expected}, found {counts.get(key)}")
    if counts.get("unplaced:-") != len(UNPLACED_SCHOOLS):
        problems.append(f"schools not placed: expected {len(UNPLACED_SCHOOLS)}, "
                        f"found {counts.get('unplaced:-')}")
    summary = found.get("summary") or ""
    for text in ("147", "149", "13") + UNPLACED_SCHOOLS:
        if text not in summary:
            problems.append(f"the summary does not mention {text}: {summary!r}")
    stored = found.get("stored_run") or {}
    if stored.get("municipality") != "0180" or stored.get("period") != "2024/25":
        problems.append(f"the run stored in the project: {stored!r}")
    if "RuleRenderer" not in (found.get("renderers") or []):
        problems.append(f"the layers are not styled by class: {found.get('renderers')!r}")
    return problems


def start_replay_server(program, recordings):
    """Starts dpk_replay_server on a free port; returns the process and the port it printed."""
    server = subprocess.Popen([program, "--recordings", str(recordings), "--port", "0"],
                              stdout=subprocess.PIPE, text=True, start_new_session=True)
    first_line = server.stdout.readline().strip()
    if not first_line.isdigit():
        server.kill()
        server.wait()
        raise RuntimeError(f"{program} printed {first_line!r} instead of its port")
    return server, int(first_line)


def main():
    parser = argparse.ArgumentParser()
    for name in ("--qgis", "--plugin-dir", "--plugin-file", "--script", "--language", "--artifacts"):
        parser.add_argument(name, required=True)
    parser.add_argument("--check", choices=("panel", "workflow"), default="panel")
    parser.add_argument("--replay-server", help="the dpk_replay_server program (workflow)")
    parser.add_argument("--realdata", help="the shared real data folder (workflow)")
    args = parser.parse_args()

    artifacts = pathlib.Path(args.artifacts)
    artifacts.mkdir(parents=True, exist_ok=True)
    server = None
    extra_env = {}
    if args.check == "workflow":
        realdata = pathlib.Path(args.realdata or "")
        recordings = realdata / "skolverket-api-v4" / "stockholm-0180"
        if not args.realdata or not recordings.is_dir():
            print(f"FAILED: the shared real data is missing: {recordings} (see "
                  "../shared/realdata/README.md; set -DDPK_REALDATA_DIR)")
            return 1
        server, port = start_replay_server(args.replay_server, recordings)
        extra_env = {"DPK_REALDATA": str(realdata),
                     "DPK_API_BASE": f"http://127.0.0.1:{port}/planned-educations/v4"}
    try:
        return run_qgis(args, artifacts, extra_env)
    finally:
        if server is not None:
            server.kill()
            server.wait()


def run_qgis(args, artifacts, extra_env):
    with tempfile.TemporaryDirectory(prefix="dpk-desktop-") as temp:
        profiles = pathlib.Path(temp)
        write_profile(profiles, args.plugin_dir, args.plugin_file, args.language)
        result = profiles / "result.json"
        work = profiles / "work"
        work.mkdir()
        screenshot = artifacts / f"{args.check}-{args.language}.png"
        # QGIS embeds the system's Python: a python3 found first on PATH (pyenv, a venv) would
        # lend it a library without the qgis module.
        env = dict(os.environ, DPK_RESULT=str(result), DPK_SCREENSHOT=str(screenshot),
                   DPK_WORK=str(work), QT_QPA_PLATFORM="xcb", LANG="C.UTF-8",
                   PATH="/usr/bin:/bin:" + os.environ.get("PATH", ""), **extra_env)
        for variable in ("PYTHONHOME", "PYTHONPATH", "VIRTUAL_ENV"):
            env.pop(variable, None)
        command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", args.qgis,
                   "--profiles-path", str(profiles), "--nologo", "--noversioncheck",
                   "--code", args.script]
        log = artifacts / f"qgis-{args.check}-{args.language}.log"
        with open(log, "w", encoding="utf-8") as log_file:
            process = subprocess.Popen(command, env=env, stdout=log_file, stderr=subprocess.STDOUT,
                                       start_new_session=True)
            try:
                returncode = process.wait(timeout=QGIS_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                returncode = f"a time-out after {QGIS_TIMEOUT_S} s"
        if not result.exists():
            print(f"QGIS ended with {returncode} without writing {result}. Its output ({log}):")
            print(log.read_text(encoding="utf-8", errors="replace")[-4000:])
            return 1
        found = json.loads(result.read_text(encoding="utf-8"))

    print(json.dumps(found, ensure_ascii=False, indent=1))
    checks = {"panel": check_panel, "workflow": check_workflow}
    problems = checks[args.check](found, args.language)
    for problem in problems:
        print("FAILED:", problem)
    print(f"screenshot: {screenshot}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
