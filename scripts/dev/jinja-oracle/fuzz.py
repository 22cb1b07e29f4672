"""Differential fuzz: random templates of the subset rendered by real Jinja2, for fuzz-check.ts.

    python3 scripts/dev/jinja-oracle/fuzz.py SEED COUNT /tmp/jinja-fuzz.json
    npx tsx scripts/dev/jinja-oracle/fuzz-check.ts /tmp/jinja-fuzz.json

Not part of CI (it needs Python); what it finds becomes cases in cases.json.
"""

import copy, json, random, sys
import jinja2
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
DATA = {"a": "Hello", "b": 0, "n": 3, "f": 2.5, "xs": [1, "two", None, True], "d": {"k": "v", "n": [1, 2]}, "e": [], "s": "  mixed Case-word  ", "t": True, "z": None, "ys": ["b", "a", "c"]}
NAMES = list(DATA) + ["missing", "loop"]
FILTERS = ["upper", "lower", "title", "trim", "length", "tojson", "join(', ')", "join", "default('dflt')", "default('x', true)", "replace('a', 'A')", "indent(2)", "indent(2, true)", "count", "d('q')", "trim('H')", "replace('', '-', 2)"]
def lit():
    return random.choice(["1", "0", "-2", "2.5", "1.0", "'str'", '"dq"', "''", "true", "false", "none", "[1, 'a']", "[]", "1e3", "'a b'"])
def path():
    base = random.choice(NAMES)
    r = random.random()
    if r < 0.2: return base + "." + random.choice(["k", "n", "missing", "0", "index"])
    if r < 0.35: return base + "[" + random.choice(["0", "-1", "'k'", "'n'", "5"]) + "]"
    return base
def expr(depth=0):
    r = random.random()
    if depth > 2 or r < 0.35: e = path() if random.random() < 0.7 else lit()
    elif r < 0.5: e = expr(depth + 1) + " | " + random.choice(FILTERS)
    elif r < 0.62: e = expr(depth + 1) + " " + random.choice(["==", "!=", "<", ">", "<=", ">=", "in", "not in"]) + " " + expr(depth + 1)
    elif r < 0.74: e = expr(depth + 1) + " " + random.choice(["and", "or"]) + " " + expr(depth + 1)
    elif r < 0.82: e = "not " + expr(depth + 1)
    else: e = "(" + expr(depth + 1) + ")"
    return e
def ws(open_):
    return open_ + random.choice(["", "", "-"]) 
def close(c):
    return random.choice(["", "", "-"]) + c
def stmt(depth=0):
    r = random.random()
    text = random.choice(["", " ", "\n", "x", " y \n ", "\n\n", "\t"])
    if depth > 2 or r < 0.4: return text + ws("{{") + " " + expr() + " " + close("}}")
    if r < 0.55:
        body = "".join(stmt(depth + 1) for _ in range(random.randint(0, 2)))
        other = "".join(stmt(depth + 1) for _ in range(random.randint(0, 2)))
        s = ws("{%") + " if " + expr() + " " + close("%}") + body
        if random.random() < 0.4: s += ws("{%") + " elif " + expr() + " " + close("%}") + other
        if random.random() < 0.4: s += ws("{%") + " else " + close("%}") + other
        return text + s + ws("{%") + " endif " + close("%}")
    if r < 0.72:
        var = random.choice(["x", "item", "a"])
        body = "".join(stmt(depth + 1) for _ in range(random.randint(0, 2))) + random.choice(["{{ " + var + " }}", "{{ loop.index }}", "{{ loop.last }}", "{{ loop.first }}{{ loop.length }}"])
        s = ws("{%") + " for " + var + " in " + random.choice(["xs", "e", "ys", "d", "a", "missing", "[1, 2]", "xs | default([])", "d.n"]) + " " + close("%}") + body
        if random.random() < 0.3: s += ws("{%") + " else " + close("%}") + "empty"
        return text + s + ws("{%") + " endfor " + close("%}")
    if r < 0.82: return text + ws("{%") + " set " + random.choice(["v", "a", "n"]) + " = " + expr() + " " + close("%}") + "{{ " + random.choice(["v", "a", "n"]) + " }}"
    if r < 0.86: return text + ws("{#") + " note " + close("#}")
    if r < 0.9: return text + ws("{%") + " include " + random.choice(["'p'", "'q'"]) + " " + close("%}")
    if r < 0.93:
        body = "".join(stmt(depth + 1) for _ in range(random.randint(0, 2)))
        name = random.choice(["b1", "b2", "b3"])
        return text + ws("{%") + " block " + name + (" scoped" if random.random() < 0.5 else "") + " " + close("%}") + body + random.choice(["", "{{ super() }}"]) + ws("{%") + " endblock " + close("%}")
    return text + ws("{%") + " raw " + close("%}") + " {{ raw }} " + ws("{%") + " endraw " + close("%}")
PARTIALS = {"p": "P({{ a }}{% set a = 'inner' %}{{ a }})", "q": "{% for i in [1] %}Q{{ x }}{{ i }}{% endfor %}", "base": "<{% block b1 %}B1{% endblock %}|{% block b2 %}B2{% endblock %}|{% block b3 %}B3{% endblock %}>"}
env = jinja2.Environment(keep_trailing_newline=True, loader=jinja2.DictLoader(PARTIALS))
cases = []
for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 500):
    t = "".join(stmt() for _ in range(random.randint(1, 3)))
    if random.random() < 0.3: t = random.choice(["", "pre "]) + "{% extends 'base' %}" + t
    try:
        out = {"output": env.from_string(t).render(**copy.deepcopy(DATA))}
    except Exception as e:
        out = {"error": f"{type(e).__name__}: {e}"}
    cases.append({"template": t, **out})
json.dump({"data": DATA, "partials": PARTIALS, "cases": cases}, open(sys.argv[3] if len(sys.argv) > 3 else "/tmp/jinja-fuzz.json", "w"))
