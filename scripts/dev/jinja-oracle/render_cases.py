"""Renders every case in cases.json with real Jinja2 and writes cases.golden.json beside it.

    python3 scripts/dev/jinja-oracle/render_cases.py

Each case: {"name", "template", "data", "partials"?, "outside"?}. The environment is Jinja's
default (Undefined, no autoescape, trim_blocks and lstrip_blocks off) except that the final
newline is kept, as Dramatis keeps it. A case that Jinja refuses records its error instead of
an output; "outside" marks cases the Dramatis subset refuses (it must report a problem there).
"""

import json
import os
import sys

import jinja2

HERE = os.path.dirname(os.path.abspath(__file__))


def render(case):
    env = jinja2.Environment(keep_trailing_newline=True, loader=jinja2.DictLoader(case.get("partials", {})))
    try:
        return {"output": env.from_string(case["template"]).render(**case.get("data", {}))}
    except RecursionError:
        return {"error": "RecursionError: maximum recursion depth exceeded"}
    except Exception as error:  # every Jinja error is an expected outcome here
        return {"error": f"{type(error).__name__}: {error}"}


def main():
    with open(os.path.join(HERE, "cases.json"), encoding="utf-8") as source:
        cases = json.load(source)
    names = [case["name"] for case in cases]
    duplicates = {name for name in names if names.count(name) > 1}
    if duplicates:
        sys.exit(f"duplicate case names: {sorted(duplicates)}")
    golden = []
    for case in cases:
        result = {"name": case["name"], **render(case)}
        if case.get("outside"):
            result["outside"] = case["outside"]
        golden.append(result)
    with open(os.path.join(HERE, "cases.golden.json"), "w", encoding="utf-8") as target:
        json.dump({"jinja2": jinja2.__version__, "cases": golden}, target, ensure_ascii=False, indent=1)
        target.write("\n")
    print(f"{len(golden)} cases rendered with Jinja2 {jinja2.__version__}")


if __name__ == "__main__":
    main()
