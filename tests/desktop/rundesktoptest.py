#!/usr/bin/env python3
"""Starts the real QGIS desktop under Xvfb with a throwaway profile that loads the freshly built
plugin, lets checkpanel.py inspect it, and checks what it found. Exits non-zero on any failure.

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


def check(found, language):
    problems = []
    if found.get("error"):
        problems.append("the inspection script failed:\n" + found["error"])
    expectations = {
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
    }
    for key, expected in expectations.items():
        if found.get(key) != expected:
            problems.append(f"{key}: expected {expected!r}, found {found.get(key)!r}")
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


def main():
    parser = argparse.ArgumentParser()
    for name in ("--qgis", "--plugin-dir", "--plugin-file", "--script", "--language", "--artifacts"):
        parser.add_argument(name, required=True)
    args = parser.parse_args()

    artifacts = pathlib.Path(args.artifacts)
    artifacts.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dpk-desktop-") as temp:
        profiles = pathlib.Path(temp)
        write_profile(profiles, args.plugin_dir, args.plugin_file, args.language)
        result = profiles / "result.json"
        screenshot = artifacts / f"panel-{args.language}.png"
        # QGIS embeds the system's Python: a python3 found first on PATH (pyenv, a venv) would
        # lend it a library without the qgis module.
        env = dict(os.environ, DPK_RESULT=str(result), DPK_SCREENSHOT=str(screenshot),
                   QT_QPA_PLATFORM="xcb", LANG="C.UTF-8",
                   PATH="/usr/bin:/bin:" + os.environ.get("PATH", ""))
        for variable in ("PYTHONHOME", "PYTHONPATH", "VIRTUAL_ENV"):
            env.pop(variable, None)
        command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", args.qgis,
                   "--profiles-path", str(profiles), "--nologo", "--noversioncheck",
                   "--code", args.script]
        log = artifacts / f"qgis-{args.language}.log"
        with open(log, "w", encoding="utf-8") as log_file:
            process = subprocess.Popen(command, env=env, stdout=log_file, stderr=subprocess.STDOUT,
                                       start_new_session=True)
            try:
                returncode = process.wait(timeout=150)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                returncode = "a time-out after 150 s"
        if not result.exists():
            print(f"QGIS ended with {returncode} without writing {result}. Its output ({log}):")
            print(log.read_text(encoding="utf-8", errors="replace")[-4000:])
            return 1
        found = json.loads(result.read_text(encoding="utf-8"))

    print(json.dumps(found, ensure_ascii=False, indent=1))
    problems = check(found, args.language)
    for problem in problems:
        print("FAILED:", problem)
    print(f"screenshot: {screenshot}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
