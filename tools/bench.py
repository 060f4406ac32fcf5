#!/usr/bin/env python3
"""Whole-process start-up benchmark (issue 14): `just bench [N]`.

Times each command N times, the commands in turn (one run of each per round, so a busy machine
slows them alike), after one warm-up round, and prints median and min-max wall time, then the
ratios against the targets. Needs python3, git and, for `cdk init`, npx (npm `aws-cdk@2`).
"""
import os, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCAFFOLD = os.path.join(ROOT, "scaffold")
OLD = "hobbyist@1.2.0"  # an older released version, upgraded to the newest


def run(cmd, cwd, ok=(0,)):
    r = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if r.returncode not in ok:
        sys.exit(f"error: {' '.join(cmd)} exited {r.returncode}: {r.stderr.strip()[-400:]}")


def edited_project(work):
    """An older render of hobbyist, committed, with a user's edits committed on top."""
    p = os.path.join(work, "edited")
    run([SCAFFOLD, "new", "-b", OLD, "-o", p, "--no-input"], work)
    git = ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.com"]
    run(git + ["init", "-q"], p)
    run(git + ["add", "-A"], p)
    run(git + ["commit", "-qm", "render"], p)
    with open(os.path.join(p, "README.md"), "a") as f:
        f.write("\nOur team's notes.\n")
    with open(os.path.join(p, "cdk.json"), "r+") as f:
        text = f.read().replace("{", '{\n  "//": "edited",', 1)
        f.seek(0); f.write(text); f.truncate()
    run(git + ["commit", "-qam", "edits"], p)
    return p


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    work = tempfile.mkdtemp(prefix="scaffold-bench-")
    try:
        run([SCAFFOLD, "--version"], work)  # builds the jar if it is stale, outside the timings
        template = edited_project(work)
        counter = [0]

        def fresh(kind):
            counter[0] += 1
            d = os.path.join(work, f"{kind}{counter[0]}")
            if kind == "upgrade":
                shutil.copytree(template, d, symlinks=True)
            else:
                os.makedirs(d)
            return d

        cases = [
            ("scaffold new", lambda d: ([SCAFFOLD, "new", "-b", "hobbyist", "--no-input", "-o", "p"], d, (0,)), "new"),
            ("cdk init", lambda d: (["npx", "-y", "aws-cdk@2", "init", "app", "--language", "java",
                                      "--generate-only"], d, (0,)), "cdk"),
            ("scaffold upgrade", lambda d: ([SCAFFOLD, "upgrade", "--no-input", d], d, (0, 3)), "upgrade"),
            ("scaffold --version", lambda d: ([SCAFFOLD, "--version"], d, (0,)), "tmp"),
            ("scaffold list", lambda d: ([SCAFFOLD, "list"], d, (0,)), "tmp"),
        ]
        times = {name: [] for name, _, _ in cases}
        for rnd in range(n + 1):  # round 0 warms the caches (npx's included) and is not counted
            for name, make, kind in cases:
                cmd, cwd, ok = make(fresh(kind))
                t = time.perf_counter()
                run(cmd, cwd, ok)
                if rnd:
                    times[name].append(time.perf_counter() - t)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"whole-process wall time, {n} runs each, in turn (median, min-max):")
    for k, v in times.items():
        print(f"  {k:20} {med[k]:6.3f} s  ({min(v):.3f}-{max(v):.3f})")
    print("ratios (target):")
    print(f"  new / cdk init       {med['scaffold new'] / med['cdk init']:6.2f}  (<= 0.5)")
    print(f"  upgrade / new        {med['scaffold upgrade'] / med['scaffold new']:6.2f}  (<= 1.5)")
    print(f"  --version            {med['scaffold --version']:6.3f} s (< 0.15 s)")
    print(f"  list                 {med['scaffold list']:6.3f} s (< 0.3 s)")


if __name__ == "__main__":
    main()
