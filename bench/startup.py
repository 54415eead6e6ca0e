"""Start-up of the bundled app (issue #8): from launching `cla-desktop --demo` to the main
window ready for typing, side by side with a hello-world PySide6 window bundled the same way.

    .venv/bin/python bench/startup.py [--runs 7] [--bundle dist/cla-desktop]

Both are one-folder PyInstaller bundles with stripped binaries, run offscreen, alternating;
"ready" is the first turn of the event loop after the window is shown (each writes the time to
the file named by CLA_STARTUP_MARK).  The demo database is created once before timing (its
first use fills it).  Also prints the bundle's size.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "cla_escritorio.spec"


def build_app(work: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(SPEC)],
        check=True,
    )  # fmt: skip
    return work / "dist" / "cla-desktop" / "cla-desktop"


def build_hello(work: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR", "--onedir",
         "--windowed", "--strip", "--name", "hello", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build"), "--specpath", str(work),
         str(ROOT / "bench" / "hello_window.py")],
        check=True,
    )  # fmt: skip
    return work / "dist" / "hello" / "hello"


def ready_after(command: list[str], env: dict[str, str], mark: Path) -> float:
    mark.unlink(missing_ok=True)
    start = time.time()
    process = subprocess.Popen(command, env={**env, "CLA_STARTUP_MARK": str(mark)},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        deadline = start + 60
        while not mark.exists() or not mark.read_text():
            if time.time() > deadline or process.poll() is not None:
                raise RuntimeError(f"{command[0]} never became ready")
            time.sleep(0.005)
        return float(mark.read_text()) - start
    finally:
        process.terminate()
        process.wait(timeout=30)


def size_mb(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.lstat().st_size for p in files) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, help="an already built dist/cla-desktop")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="cla-bench-startup-"))
    app = args.bundle / "cla-desktop" if args.bundle else build_app(work)
    hello = build_hello(work)
    home = work / "home"
    env = {**os.environ, "CLA_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    demo = home / "data" / "demo.sqlite3"  # what `cla-desktop --demo` opens (filled here once)
    subprocess.run([str(app.parent / "cla"), "--database", str(demo), "demo", "--students",
                    "2000"], env=env, check=True, capture_output=True)  # fmt: skip
    mark = work / "ready"
    ready_after([str(app), "--demo"], env, mark)  # warm the OS file cache for both
    ready_after([str(hello)], env, mark)
    apps, hellos = [], []
    for _ in range(args.runs):
        apps.append(ready_after([str(app), "--demo"], env, mark))
        hellos.append(ready_after([str(hello)], env, mark))
    print(f"bundle size: app {size_mb(app.parent):.1f} MB, hello {size_mb(hello.parent):.1f} MB")
    for label, runs in (("cla-desktop --demo", apps), ("hello-world window", hellos)):
        print(
            f"{label:<20} ready after median {statistics.median(runs):.2f} s, "
            f"max {max(runs):.2f} s (runs: {', '.join(f'{r:.2f}' for r in runs)})"
        )


if __name__ == "__main__":
    main()
