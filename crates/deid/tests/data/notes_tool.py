"""Shared machinery for the synthetic clinical-note sets in this directory.

Each set (``notes/``, ``notes-heldout/``, ``notes-sealed/``) has a
``generate.py`` that holds only its notes and its settings::

    import os, sys
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    import notes_tool

    SET = notes_tool.NoteSet(__file__, "eval.jsonl", min_per_style=12)
    note = SET.note

    note("discharge-01", "discharge", '''
    Patient: [[NAME:Halvorsen, Margit]]   MRN: [[MRN:00482913]]
    ...''', ok=("Parkinson",))

    if __name__ == "__main__":
        sys.exit(SET.main())

PHI is marked inline as ``[[TYPE:surface text]]``.  This module strips the
markers, producing the plain note text plus a list of gold spans whose
start/end are Unicode code-point offsets (Python str indices; end exclusive),
checks the annotations, writes the set as JSON lines and refreshes the
statistics block (between ``<!-- stats:begin -->`` and ``<!-- stats:end -->``)
in the set's README.md.

Command line of every generator (``main``)::

    python3 generate.py                 # write the set next to generate.py,
                                        # refresh the stats block in README.md
    python3 generate.py --out X.jsonl   # write elsewhere, do not touch README
    python3 generate.py --check         # validate only, write nothing

Checks made for every set (the script fails loudly and writes nothing):

  * unknown types or styles, duplicate ids, fewer than ``min_per_style``
    notes in a style;
  * unbalanced or nested markers, empty spans, leading/trailing whitespace in
    a span, overlapping spans, notes outside 80-400 words;
  * AGE spans that are not > 89, DATE spans that are a bare year;
  * likely *missed* annotations: a word from a tagged NAME, or the exact text
    of any other tagged span, occurring again untagged in the same note, and
    untagged text matching one of the set's ``lookalikes`` patterns.
    Deliberately untagged look-alikes (e.g. "Parkinson" in "Parkinson's
    disease" in a note whose patient is called Parkinson) must be listed in
    the note's ``ok`` tuple, which doubles as documentation of the hard case.

Checks a set can switch on (``NoteSet`` arguments):

  * ``id_suffix``: ids must be ``<style>`` followed by this regex;
  * ``nfc``: text must be Unicode NFC;
  * ``check_digits``: NPI Luhn (80840 prefix), DEA checksum, VIN check digit,
    Medicare MBI alphabet, no 555 phone numbers (exempt one identifier by
    listing its exact text in ``ok``);
  * ``scoped_ok``: an ``ok`` entry excuses only the occurrences it covers in
    the text (it is matched in context) and must occur in the text; otherwise
    an ``ok`` entry excuses any flagged text it contains or is contained in;
  * ``independent_of``: other sets (JSON lines files) with which no tagged
    surface (other than DATE, AGE and STATE), no word of a tagged NAME and no
    run of 8 words may be shared.  A missing file is reported and skipped.

Python 3 standard library only.
"""
import argparse
import collections
import json
import os
import re
import sys
import unicodedata

TYPES = [
    "NAME", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "ACCOUNT",
    "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "STREET", "CITY", "STATE",
    "ZIP", "ORG",
]
STYLES = ["discharge", "nursing", "radiology", "referral", "telephone"]
MIN_WORDS, MAX_WORDS = 80, 400

MARK = re.compile(r"\[\[([A-Z]+):([^\[\]\n]*)\]\]")

# Types whose surfaces may be shared between sets (independence check).
SHAREABLE = ("DATE", "AGE", "STATE")

# --------------------------------------------------------------------------
# look-alike patterns for untagged PHI
# --------------------------------------------------------------------------

MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|"
          r"Jul(?:y)?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|"
          r"Dec(?:ember)?)")

# The tuning set's patterns.
BASIC_LOOKALIKES = [
    ("digits", re.compile(r"\d{5,}")),
    ("email", re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")),
    ("url", re.compile(r"https?://\S+|www\.\S+")),
    ("ipv4", re.compile(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b")),
    ("mdy", re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")),
    ("month-day", re.compile(r"\b" + MONTHS + r"\.? \d{1,2}\b")),
    ("phone", re.compile(r"(?<!\w)(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}(?!\w)")),
    ("ssn", re.compile(r"\b\d{3}-\d{2}-\d{4}\b")),
    ("age>89", re.compile(r"\b(?:9\d|1[0-2]\d)\s*-?\s*(?:year|yr|yo\b|y/o|y\.o\.|Y\b)")),
]

# Added by the held-out set: more date formats and international numbers.
DATE_PHONE_LOOKALIKES = [
    ("iso-date", re.compile(r"\b(?:19|20)\d\d[/.-]\d{1,2}[/.-]\d{1,2}\b")),
    ("day-month", re.compile(r"\b\d{1,2}(?:st|nd|rd|th)? " + MONTHS + r"\b")),
    ("dd-mon-yy", re.compile(r"\b\d{1,2}[- ]?" + MONTHS + r"[- ]?\d{2,4}\b", re.I)),
    ("intl-phone", re.compile(r"\+\d{1,3}[ .-]?\d{2,4}[ .-]?\d{3,4}[ .-]?\d{2,4}")),
]

# Added by the sealed set.
EXTRA_LOOKALIKES = [
    ("month-year", re.compile(r"\b" + MONTHS + r"\.?,? (?:19|20)\d\d\b", re.I)),
    ("month-day-lc", re.compile(r"\b" + MONTHS + r"\.? \d{1,2}(?:st|nd|rd|th)?\b", re.I)),
    ("compact-date", re.compile(r"\b\d{1,2}(?:" + MONTHS + r")(?:19|20)?\d\d\b", re.I)),
    ("ipv6", re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){2,7}(?::|[0-9A-Fa-f]{1,4})(?![\w:])")),
    ("domain", re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|us|io|health|care)\b(?:/\S*)?",
                          re.I)),
    ("ssn-spaced", re.compile(r"\b\d{3} \d{2} \d{4}\b")),
    ("age-word", re.compile(r"\bage[sd]?[: ]+(?:9\d|1[0-2]\d)\b", re.I)),
]

# --------------------------------------------------------------------------
# check digits
# --------------------------------------------------------------------------


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def npi_check_digit(first9):
    """The tenth digit that makes ``first9`` a valid NPI."""
    for d in "0123456789":
        if luhn_ok("80840" + first9 + d):
            return d
    raise AssertionError("unreachable")


def dea_check_digit(first6):
    d = [int(c) for c in first6]
    return str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


VIN_VALUES = dict(zip("0123456789", range(10)))
VIN_VALUES.update(zip("ABCDEFGH", range(1, 9)))
VIN_VALUES.update(zip("JKLMN", range(1, 6)))
VIN_VALUES.update({"P": 7, "R": 9})
VIN_VALUES.update(zip("STUVWXYZ", range(2, 10)))
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check_digit(vin):
    r = sum(VIN_VALUES[c] * w for c, w in zip(vin, VIN_WEIGHTS)) % 11
    return "X" if r == 10 else str(r)


MBI = re.compile(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y]"
                 r"[AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y]{2}\d\d")


def identifier_problems(typ, surf):
    """Identifiers that carry check digits must look real.  A deliberately
    broken one can be exempted by listing its exact text in ``ok``."""
    probs = []
    if typ == "LICENSE" and re.fullmatch(r"[12]\d{9}", surf) and not luhn_ok("80840" + surf):
        probs.append("NPI fails the Luhn check with the 80840 prefix")
    if typ == "LICENSE" and re.fullmatch(r"[A-Z]{2}\d{7}", surf):
        if dea_check_digit(surf[2:8]) != surf[8]:
            probs.append("DEA number fails its checksum")
    if typ == "VEHICLE" and re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", surf):
        if surf[8] != vin_check_digit(surf):
            probs.append("VIN check digit is wrong")
    if typ == "ACCOUNT" and re.fullmatch(r"[1-9][A-Z][A-Z0-9]\d-?[A-Z][A-Z0-9]\d-?[A-Z]{2}\d\d", surf) \
            and not MBI.fullmatch(surf):
        probs.append("Medicare MBI uses a letter the CMS format excludes (S, L, O, I, B, Z)")
    if typ == "PHONE" and re.search(r"(?<!\d)555(?!\d)", surf):
        probs.append("phone number in the 555 range")
    return probs

# --------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------


def render(body):
    """Strip the markers: (plain text, spans)."""
    lines = [ln.rstrip() for ln in body.strip("\n").split("\n")]
    src = "\n".join(lines)
    out, spans, pos, cur = [], [], 0, 0
    for m in MARK.finditer(src):
        chunk = src[pos:m.start()]
        out.append(chunk)
        cur += len(chunk)
        typ, surf = m.group(1), m.group(2)
        out.append(surf)
        spans.append({"start": cur, "end": cur + len(surf), "type": typ})
        cur += len(surf)
        pos = m.end()
    out.append(src[pos:])
    return "".join(out), spans


def shingles(text, n=8):
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def name_words(surf):
    return re.findall(r"[^\W\d_]{3,}", surf)


def stats_markdown(records):
    per_style = collections.Counter(r["style"] for r in records)
    per_type = collections.Counter(s["type"] for r in records for s in r["phi"])
    words = [len(r["text"].split()) for r in records]
    lines = ["Generated by `generate.py`; do not edit by hand.", "",
             "Notes: %d; PHI spans: %d; words per note: %d-%d (mean %.0f)."
             % (len(records), sum(per_type.values()), min(words), max(words),
                sum(words) / len(words)), "",
             "| style | notes | spans |", "|---|---:|---:|"]
    for st in STYLES:
        n = sum(len(r["phi"]) for r in records if r["style"] == st)
        lines.append("| %s | %d | %d |" % (st, per_style[st], n))
    lines += ["", "| type | spans | notes containing |", "|---|---:|---:|"]
    for t in TYPES:
        nn = sum(1 for r in records if any(s["type"] == t for s in r["phi"]))
        lines.append("| %s | %d | %d |" % (t, per_type[t], nn))
    return "\n".join(lines)

# --------------------------------------------------------------------------
# one set
# --------------------------------------------------------------------------


# The evaluation sets, relative to this directory: every training set must share
# nothing with them.
EVALUATION_SETS = [
    ("the tuning set", "notes/eval.jsonl"),
    ("the held-out set", "notes-heldout/heldout.jsonl"),
    ("the sealed set", "notes-sealed/sealed.jsonl"),
]


def training_set(generator_file, letter, independent_of_training=()):
    """The settings every training set (``notes-train-<letter>/``) shares: ids
    ``<style>-<letter>NN``, at least 10 notes per style, NFC text, check digits,
    scoped ``ok`` entries, every look-alike pattern, and independence from the
    evaluation sets and from the training sets named by ``independent_of_training``
    (their letters)."""
    others = [("training set " + other.upper(), "notes-train-%s/train.jsonl" % other)
              for other in independent_of_training]
    return NoteSet(
        generator_file, "train.jsonl",
        min_per_style=10,
        id_suffix=r"-%s\d\d" % letter, id_form="<style>-%sNN" % letter,
        nfc=True,
        check_digits=True,
        scoped_ok=True,
        lookalikes=BASIC_LOOKALIKES + DATE_PHONE_LOOKALIKES + EXTRA_LOOKALIKES,
        independent_of=[(label, "../" + path) for label, path in EVALUATION_SETS + others],
    )


class NoteSet:
    """The notes of one set and its settings.

    generator_file  the set's generate.py (``__file__``); outputs, README and
                    ``independent_of`` paths are relative to its directory.
    output          file name of the set, e.g. ``eval.jsonl``.
    min_per_style   fewest notes allowed in each style.
    id_suffix       regex that must follow ``<style>`` in every id, e.g.
                    ``r"-h\\d\\d"``; ``id_form`` is how errors describe it.
    nfc             require Unicode NFC text.
    check_digits    check NPIs, DEA numbers, VINs, MBIs and 555 numbers.
    scoped_ok       ``ok`` entries excuse only the occurrences they cover and
                    must occur in the text.
    lookalikes      (label, regex) pairs for untagged PHI-like text.
    independent_of  (label, path) pairs of sets that must share nothing with
                    this one.
    """

    def __init__(self, generator_file, output, min_per_style, id_suffix=None,
                 id_form=None, nfc=False, check_digits=False, scoped_ok=False,
                 lookalikes=BASIC_LOOKALIKES, independent_of=()):
        self.here = os.path.dirname(os.path.abspath(generator_file))
        self.output = output
        self.min_per_style = min_per_style
        self.id_suffix = id_suffix
        self.id_form = id_form or ("<style>" + (id_suffix or ""))
        self.nfc = nfc
        self.check_digits = check_digits
        self.scoped_ok = scoped_ok
        self.lookalikes = list(lookalikes)
        self.independent_of = [(label, os.path.normpath(os.path.join(self.here, path)))
                               for label, path in independent_of]
        self.notes = []

    def note(self, nid, style, body, ok=()):
        """Register one note. ``ok``: strings allowed to occur untagged even
        though they look like (part of) a tagged span in the same note."""
        self.notes.append({"id": nid, "style": style, "body": body, "ok": tuple(ok)})

    # ------------------------------------------------------------ validation

    def validate(self, rec, text, spans, ok):
        errs = []
        if "[[" in text or "]]" in text:
            errs.append("unbalanced/unknown marker left in text")
        if rec["style"] not in STYLES:
            errs.append("unknown style %r" % rec["style"])
        if self.id_suffix is not None and \
                not re.fullmatch(re.escape(rec["style"]) + self.id_suffix, rec["id"]):
            errs.append("id is not of the form %s" % self.id_form)
        if self.nfc and unicodedata.normalize("NFC", text) != text:
            errs.append("text is not NFC-normalised")
        nwords = len(text.split())
        if not MIN_WORDS <= nwords <= MAX_WORDS:
            errs.append("word count %d outside %d-%d" % (nwords, MIN_WORDS, MAX_WORDS))
        covered = [False] * len(text)
        prev_end = 0
        for s in spans:
            surf = text[s["start"]:s["end"]]
            if s["type"] not in TYPES:
                errs.append("unknown type %s" % s["type"])
            if not surf or surf != surf.strip():
                errs.append("empty or whitespace-padded span %r" % surf)
            if s["start"] < prev_end:
                errs.append("overlapping spans at %d" % s["start"])
            prev_end = s["end"]
            if s["type"] == "AGE":
                n = re.findall(r"\d+", surf)
                if not n or int(n[0]) <= 89:
                    errs.append("AGE span %r is not > 89" % surf)
            if s["type"] == "DATE" and re.fullmatch(r"\d{4}", surf):
                errs.append("bare year tagged as DATE: %r" % surf)
            if self.check_digits and surf not in ok:
                errs += ["%s %r: %s" % (s["type"], surf, e)
                         for e in identifier_problems(s["type"], surf)]
            for i in range(s["start"], s["end"]):
                covered[i] = True

        if self.scoped_ok:
            # every occurrence of every ok string, as (start, end) in the text
            ok_ranges = []
            for o in ok:
                found = [(m.start(), m.end()) for m in re.finditer(re.escape(o), text)]
                if not found:
                    errs.append("ok entry %r does not occur in the text" % o)
                ok_ranges += found

            def allowed(m):
                # an ok occurrence that contains the match or lies inside it
                a, b = m.start(), m.end()
                return any((c <= a and b <= d) or (a <= c and d <= b) for c, d in ok_ranges)
        else:
            def allowed(m):
                surf = m.group(0)
                return any(o in surf or surf in o for o in ok)

        def untagged(m):
            return not any(covered[m.start():m.end()])

        # 1. words of tagged names and exact strings of other spans re-occurring
        needles = set()
        for s in spans:
            surf = text[s["start"]:s["end"]]
            if s["type"] == "NAME":
                needles.update(name_words(surf))
            elif len(surf) >= 3 and not re.fullmatch(r"[A-Z]{2}", surf):
                needles.add(surf)
        for w in sorted(needles):
            for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
                if untagged(m) and not allowed(m):
                    errs.append("untagged occurrence of tagged text %r at %d" % (w, m.start()))
        # 2. generic look-alikes of PHI
        for label, rx in self.lookalikes:
            for m in rx.finditer(text):
                if untagged(m) and not allowed(m):
                    errs.append("untagged %s-like text %r at %d" % (label, m.group(0), m.start()))
        return ["%s: %s" % (rec["id"], e) for e in errs]

    def independence(self, records):
        """Errors for anything shared with the sets in ``independent_of``."""
        errs = []
        for label, path in self.independent_of:
            if not os.path.exists(path):
                print("note: %s not found; independence check against %s skipped"
                      % (path, label), file=sys.stderr)
                continue
            surfaces, words, other_sh = set(), set(), set()
            with open(path, encoding="utf-8") as f:
                for line in f:
                    r = json.loads(line)
                    other_sh |= shingles(r["text"])
                    for s in r["phi"]:
                        surf = r["text"][s["start"]:s["end"]]
                        if s["type"] == "NAME":
                            words |= {w.lower() for w in name_words(surf)}
                        elif s["type"] not in SHAREABLE:
                            surfaces.add(surf.lower())
            for r in records:
                for s in r["phi"]:
                    surf = r["text"][s["start"]:s["end"]]
                    if s["type"] == "NAME":
                        for w in name_words(surf):
                            if w.lower() in words:
                                errs.append("%s: name word %r also used in %s" % (r["id"], w, label))
                    elif s["type"] not in SHAREABLE and surf.lower() in surfaces:
                        errs.append("%s: %s %r also used in %s" % (r["id"], s["type"], surf, label))
                for sh in sorted(shingles(r["text"]) & other_sh):
                    errs.append("%s: 8-word run shared with %s: %r" % (r["id"], label, sh))
        return errs

    def build(self):
        records, errors, seen = [], [], set()
        for rec in self.notes:
            if rec["id"] in seen:
                errors.append("duplicate id %s" % rec["id"])
            seen.add(rec["id"])
            text, spans = render(rec["body"])
            errors += self.validate(rec, text, spans, rec["ok"])
            records.append({"id": rec["id"], "style": rec["style"], "text": text, "phi": spans})
        per_style = collections.Counter(r["style"] for r in records)
        for st in STYLES:
            if per_style[st] < self.min_per_style:
                errors.append("style %s has only %d notes" % (st, per_style[st]))
        errors += self.independence(records)
        return records, errors

    # ---------------------------------------------------------------- output

    def main(self, argv=None):
        ap = argparse.ArgumentParser()
        ap.add_argument("--out", default=None)
        ap.add_argument("--check", action="store_true")
        args = ap.parse_args(argv)
        records, errors = self.build()
        if errors:
            print("\n".join(errors), file=sys.stderr)
            print("%d problem(s); nothing written" % len(errors), file=sys.stderr)
            return 1
        stats = stats_markdown(records)
        print(stats)
        if args.check:
            return 0
        out = args.out or os.path.join(self.here, self.output)
        with open(out, "w", encoding="utf-8", newline="\n") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote %s" % out, file=sys.stderr)
        readme = os.path.join(self.here, "README.md")
        if args.out is None and os.path.exists(readme):
            with open(readme, encoding="utf-8") as f:
                md = f.read()
            a, b = "<!-- stats:begin -->", "<!-- stats:end -->"
            if a in md and b in md:
                md = md[:md.index(a) + len(a)] + "\n" + stats + "\n" + md[md.index(b):]
                with open(readme, "w", encoding="utf-8", newline="\n") as f:
                    f.write(md)
                print("updated stats in %s" % readme, file=sys.stderr)
        return 0
