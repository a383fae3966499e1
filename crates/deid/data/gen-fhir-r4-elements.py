#!/usr/bin/env python3
"""Regenerates fhir-r4-elements.tsv, the R4 element table that de-identification uses to
know each element's FHIR type (for nodesByType) and the choice elements (value[x]).

Source: the FHIR R4 model that fhirpath.js (NLM/LHNCBC, BSD-style licence, derived from
the HL7 FHIR R4 StructureDefinitions, CC0) ships in fhir-context/r4/. Run:

    cd /tmp && npm pack fhirpath@5.2.2 && tar xzf fhirpath-5.2.2.tgz
    python3 crates/deid/data/gen-fhir-r4-elements.py /tmp/package/fhir-context/r4 \
        > crates/deid/data/fhir-r4-elements.tsv

Output, one element per line, sorted:
    PATH<TAB>TYPE        e.g. Patient.contact.name<TAB>HumanName (TYPE* if it repeats)
    PATH<TAB>@OTHER      the element is defined at OTHER (contentReference)
    PATH[x]<TAB>T1|T2    a choice element and its types (JSON keys PATH+Type)
Types are FHIR type codes; an element's `id` is `id` on resources and `string`
elsewhere, `Extension.url` is `uri`, as the R4 StructureDefinitions say.
"""
import json
import sys

d = sys.argv[1]
path2type = json.load(open(f"{d}/path2Type.json"))
elsewhere = json.load(open(f"{d}/pathsDefinedElsewhere.json"))
choices = json.load(open(f"{d}/choiceTypePaths.json"))
parents = json.load(open(f"{d}/type2Parent.json"))
repeating = set(json.load(open(f"{d}/path2Repeating.json")))


def is_resource(t):
    seen = set()
    while t in parents and t not in seen:
        seen.add(t)
        if t in ("Resource", "DomainResource"):
            return True
        t = parents[t]
    return t in ("Resource", "DomainResource")


rows = {}
for path, t in path2type.items():
    code = t["code"] if isinstance(t, dict) else t
    owner, _, name = path.rpartition(".")
    if code.startswith("System."):
        if name == "id":
            code = "id" if "." not in owner and (is_resource(owner) or owner in ("Resource", "DomainResource")) else "string"
        elif path == "Extension.url":
            code = "uri"
        else:
            code = {"System.String": "string", "System.Boolean": "boolean", "System.Integer": "integer",
                    "System.Decimal": "decimal", "System.Date": "date", "System.DateTime": "dateTime",
                    "System.Time": "time"}[code]
    rows[path] = code
for path, target in elsewhere.items():
    rows[path] = "@" + target
for path in rows:
    if path in repeating:
        rows[path] += "*"
for path, types in choices.items():
    rows[path + "[x]"] = "|".join(types)

sys.stdout.write("".join(f"{p}\t{t}\n" for p, t in sorted(rows.items())))
