#!/usr/bin/env python3
"""Generator for the Ward de-identification evaluation set (eval.jsonl).

This is the tuning set: the scanner was tuned against it.  Every note below is
hand-written, fully synthetic text: patients, relatives, staff, hospitals,
numbers and addresses are invented.  PHI is marked inline as

    [[TYPE:surface text]]

The machinery (marker parsing, checks, output, statistics) lives in
../notes_tool.py; this file holds only the notes and the set's settings.

Usage:
    python3 generate.py                 # writes eval.jsonl next to this file,
                                        # refreshes the stats block in README.md
    python3 generate.py --out X.jsonl   # write elsewhere, do not touch README
    python3 generate.py --check         # validate only, write nothing

To extend the set, append another ``note(...)`` call (ids must be unique; keep
them stable so that results stay comparable).  The checks are described in
../notes_tool.py.  This set uses the basic ones: no id pattern, the basic
look-alike patterns, and an ``ok`` entry excuses any flagged text it contains
or is contained in, wherever it occurs in the note.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import notes_tool  # noqa: E402

SET = notes_tool.NoteSet(
    __file__, "eval.jsonl",
    min_per_style=12,
    lookalikes=notes_tool.BASIC_LOOKALIKES,
)
note = SET.note


# ==========================================================================
# NOTES
# ==========================================================================

# ----------------------------------------------------------------- discharge

note("discharge-01", "discharge", """
DISCHARGE SUMMARY

Patient: [[NAME:Halvorsen, Margit]]        MRN: [[MRN:00482913]]
DOB: [[DATE:02/11/1931]]        Age: [[AGE:92]]
Admitted: [[DATE:03/14/2023]]      Discharged: [[DATE:03/19/2023]]
Attending: [[NAME:Tobias Wren]], MD
Service: General Medicine, [[ORG:St. Brigid Regional Medical Center]]

ADMITTING DIAGNOSIS: Aspiration pneumonia.

HISTORY OF PRESENT ILLNESS: Ms. [[NAME:Halvorsen]] is a [[AGE:92]]-year-old woman with Parkinson's disease (dx 2009), HFpEF and CKD stage 3 who was brought in by her son [[NAME:Erik]] after two days of productive cough and fever to 38.6. She lives with him at [[STREET:418 Quarry Hill Rd]], [[CITY:Westborough]], [[STATE:MA]] [[ZIP:01581]].

HOSPITAL COURSE:
1. Aspiration pneumonia - started on ampicillin-sulbactam, transitioned to amox-clav on HD3. CXR on [[DATE:3/16]] showed improving RLL opacity. Speech path did a bedside swallow eval; recommends nectar-thick liquids and upright positioning for all meals.
2. Parkinson's disease - home carbidopa/levodopa 25/100 TID continued, no missed doses. No worsening rigidity.
3. AKI on CKD - Cr peaked 1.9 from baseline 1.4, resolved w/ IVF. K 4.1 at discharge.

Vitals at discharge: BP 128/74, HR 78, SpO2 95% RA. Pain 0/10.

DISCHARGE MEDICATIONS: amoxicillin-clavulanate 875/125 mg BID x 4 more days; carbidopa/levodopa 25/100 TID; furosemide 20 mg daily.

FOLLOW-UP: PCP Dr. [[NAME:Anneliese Brandt]] at [[ORG:Quarry Hill Family Practice]] ([[PHONE:508-366-2174]]) within 1 week. Repeat BMP on [[DATE:March 24, 2023]].

Electronically signed by: [[NAME:Tobias Wren]], MD [[DATE:03/19/2023]] 16:42
""")

note("discharge-02", "discharge", """
NEWBORN DISCHARGE SUMMARY — [[ORG:Northgate Children's Hospital]] NICU

Name: Baby Boy [[NAME:Peña]] (legal name [[NAME:Mateo Peña Ortiz]])
MRN [[MRN:NCH-7730194]]
DOB: [[DATE:2024-01-08]] at 04:17      Discharge: [[DATE:2024-01-21]]
GA 38+2 wks, BW 2940 g

Mother: [[NAME:Lucía Peña]], 34 y/o G2P2, blood type O+
Father: [[NAME:Will Ortiz]]

SUMMARY
Term male infant with prenatally diagnosed Down syndrome (trisomy 21 on NIPT, confirmed by karyotype). Apgar scores 7 and 9 at 1 and 5 minutes. Echo on [[DATE:1/9]] showed a small secundum ASD and a 2 mm PDA; no AV canal defect. Cardiology (Dr. [[NAME:R. Okonkwo]]) will see him in clinic in 6 weeks.

Feeding: initially poor suck, required NG feeds days 2-6; now taking 60-75 mL q3h of EBM/formula. Weight at discharge 2885 g.
Hyperbilirubinemia: peak TSB 14.2 on DOL 4, phototherapy x 36 h.
Hearing screen passed bilaterally. Newborn screen sent [[DATE:01/09/2024]]; thyroid result pending — we will call parents with results.
Hep B vaccine given [[DATE:1/8/24]].

Follow up: [[ORG:Pinebrook Pediatrics]], Dr. [[NAME:Hope Adeyemi]], [[DATE:Jan 23]] @ 10:30. Parents' cell: [[PHONE:(505) 412-8836]].

signed [[NAME:Sunita Rao]], NNP-BC
""")

note("discharge-03", "discharge", """
DISCHARGE SUMMARY
[[ORG:Lakemont General Hospital]] - Cardiac Step-Down Unit

PATIENT: [[NAME:Dorothea M. Kingsley]]       MR#: [[MRN:LGH-00913377]]
ACCT#: [[ACCOUNT:4400918823]]
ADMIT DATE: [[DATE:11-02-2022]]          DISCHARGE DATE: [[DATE:11-07-2022]]

PRINCIPAL DX: Complete heart block s/p dual-chamber PPM.

HPI: 89 yo F presented w/ syncope at home; found in CHB with ventricular escape ~34. Transvenous pacer placed in ED. Pulmonary artery (Swan-Ganz) catheter placed for hypotension, removed HD2.

PROCEDURES:
- [[DATE:11/03/2022]]: Dual-chamber permanent pacemaker, Dr. [[NAME:Marcus Bellamy]]. Generator serial no. [[DEVICE:RNB418837S]]; RA lead SN [[DEVICE:BBL2290417V]], RV lead SN [[DEVICE:BBL2290552V]].

COURSE: Uncomplicated. Device interrogation prior to d/c normal, sensing and thresholds appropriate. CXR without PTX. Foley catheter removed [[DATE:11/4]], voiding well. INR 2.3 on admission (on warfarin for AF) — warfarin held 2 days, restarted; INR 1.8 at d/c.

DISPO: Home with daughter, [[NAME:Rose Kingsley]] ([[PHONE:937.214.6650]]). Home health via [[ORG:Greenfield Visiting Nurses]].
Wound check in device clinic [[DATE:November 14th]].
Remote monitoring transmitter registered, transmitter serial [[DEVICE:TX-55028714]].

Dictated by [[NAME:Bellamy, Marcus]] MD / transcribed by [[NAME:kt]] [[DATE:11/07/22]]
""")

note("discharge-04", "discharge", """
PSYCHIATRY DISCHARGE SUMMARY

NAME: [[NAME:GRANT, DESMOND T]]     SSN: [[SSN:431-70-2289]]
UNIT: 4 WEST  BED 12
ADMISSION: [[DATE:12 AUG 2023]]   DISCHARGE: [[DATE:23 AUG 2023]]
LEGAL STATUS: VOLUNTARY

REASON FOR ADMISSION: 52 Y/O MALE, FORKLIFT OPERATOR AT [[ORG:DUNMORE FREIGHT]], ADMITTED WITH ALCOHOL WITHDRAWAL AND PASSIVE SI AFTER BEING LAID OFF ON [[DATE:AUG 4]].

COURSE: CIWA-GUIDED LORAZEPAM, MAX CIWA 19 ON DAY 2. HIGH-DOSE THIAMINE STARTED FOR POSSIBLE WERNICKE ENCEPHALOPATHY (ATAXIA, NYSTAGMUS); NO EVIDENCE OF KORSAKOFF SYNDROME ON COGNITIVE TESTING (MOCA 27/30). SERTRALINE STARTED 50 MG. SI RESOLVED BY DAY 4. PATIENT PARTICIPATED IN GROUP AND ART THERAPY.

PATIENT STATES HE WILL STAY WITH HIS SISTER, [[NAME:BERNADETTE GRANT-OYELARAN]], AT [[STREET:77 CHAPIN ST APT 3]], [[CITY:SPRINGFIELD]] [[STATE:MA]]. SISTER'S PHONE [[PHONE:413 733 0918]].

SAFETY PLAN REVIEWED. NO FIREARMS IN HOME PER SISTER.

FOLLOW-UP: [[ORG:VALLEY BRIDGE RECOVERY CENTER]] IOP INTAKE [[DATE:8/28/2023]] 9 AM. AA SPONSOR "[[NAME:BILL]]" — PT TO CALL HIM BEFORE INTAKE.

DISCHARGE MEDS: SERTRALINE 50 MG DAILY, THIAMINE 100 MG DAILY, FOLATE 1 MG DAILY, NALTREXONE 50 MG DAILY.

ATTENDING: [[NAME:I. VASQUEZ-MORROW]], MD
""")

note("discharge-05", "discharge", """
Discharge Summary — Hepatobiliary Surgery
[[ORG:Cedar Hollow University Hospital]]

Pt: [[NAME:Arturo Salcedo]]   MRN [[MRN:3381-0047-2]]   DOB [[DATE:9/30/1958]]
Adm [[DATE:Jun 5, 2023]] / D/C [[DATE:Jun 16, 2023]]
Surgeon: [[NAME:Renée Fontaine-Abara]], MD, FACS

Dx: Adenocarcinoma of pancreatic head (T2N0), presented with painless jaundice and a palpable gallbladder (+ Courvoisier sign).

Procedure [[DATE:6/6/23]]: pylorus-preserving pancreaticoduodenectomy (Whipple procedure). EBL 450 mL. JP drains x2.

Post-op course
- POD1-3: SICU, epidural analgesia, pain 3/10.
- POD4: drain amylase 210 → no clinically significant leak.
- POD6: delayed gastric emptying, NGT replaced x 48h.
- POD8: tolerating soft diet. Drains removed.
- Glucose: new insulin requirement; endocrine consulted (Dr. [[NAME:Mark Osei]]) — glargine 10 units qhs, teaching done w/ pt and wife [[NAME:Gloria]].

Path: 2.8 cm moderately differentiated adenocarcinoma, margins negative, 0/17 LN.

Dispo: home. Will need medical oncology referral for adjuvant chemo; tumor board [[DATE:June 22]]. Mark incision sites with a pen at home if any redness spreads and call us.

Contact: wife cell [[PHONE:+1 (602) 718-4490]]; email [[EMAIL:gsalcedo.home@outlook.com]]
""", ok=("Mark",))

note("discharge-06", "discharge", """
NEUROLOGY DISCHARGE NOTE

Patient name: [[NAME:Abernathy, Clement J.]]
Medical record no.: [[MRN:M-20488171]]
Admission: [[DATE:February 27, 2024]]  -  Discharge: [[DATE:March 6, 2024]]
Discharge to: [[ORG:Tall Oaks Rehabilitation Center]], [[STREET:2200 Ferncliff Avenue]], [[CITY:Dayton]], [[STATE:OH]] [[ZIP:45419]]

Brief history: [[AGE:95]] y.o. right-handed man, retired high-school chemistry teacher, found by his neighbour Mrs. [[NAME:Young]] at ~07:30 on [[DATE:2/27]] with L hemiparesis. Last known well 22:00 the prior evening. Glasgow Coma Scale 13 (E3V4M6) in the ED. Babinski sign present on the left. CT head: no hemorrhage; CTA: R M2 occlusion. Out of window for tPA; thrombectomy not pursued given age and goals of care discussed with his grandson and HCP, [[NAME:Gene Abernathy]].

MRI [[DATE:2/28/2024]]: acute R MCA territory infarct, ~40 mL. Echo: EF 55%, no thrombus. Telemetry: paroxysmal AF → apixaban 2.5 mg BID (age ≥80, Cr 1.6).

Exam at discharge: alert, oriented x3, mild dysarthria, LUE 3/5, LLE 4-/5, L pronator drift. NIHSS 6 (from 11).

Issues for rehab:
* dysphagia — mech soft diet, thin liquids OK per SLP
* high fall risk
* mood: tearful at times, consider SSRI if persists
Code status: DNR/DNI, confirmed with [[NAME:Gene]] on [[DATE:3/1]].
""")

note("discharge-07", "discharge", """
POSTPARTUM DISCHARGE SUMMARY

Patient: [[NAME:April D. Whitcombe]]   Age 29   G1P1001
MRN [[MRN:664019273]]
Delivery: [[DATE:April 2, 2023]] 23:51, SVD
Discharge: [[DATE:04/04/2023]]
Delivering provider: [[NAME:Lena Bishop]], CNM

Induction for gestational hypertension at 38w1d; Bishop score 4 on admission → cervical ripening with misoprostol, Bishop score 8 at 14:00, oxytocin started. AROM clear fluid. Delivered viable female, 3210 g, Apgars 8/9. EBL 300 mL. 2nd degree laceration repaired.

Postpartum: BPs 130s-140s/80s-90s, max 148/94, no severe range; labetalol not needed. Preeclampsia labs nl (plt 212, AST 24, ALT 19, Cr 0.6). Rubella immune. Rh+. Hgb 10.9.

Infant: Baby Girl [[NAME:Whitcombe]], breastfeeding well, to follow with [[ORG:Pinebrook Pediatrics]].

Plan:
- BP check in 72h at [[ORG:Harbor Point Women's Health]] — appt [[DATE:Apr 7]] 9:15
- Return precautions reviewed: headache, visual changes, RUQ pain, BP >160/110
- Contraception: desires IUD at 6 wk visit
- Partner [[NAME:Davi Oliveira]] present for teaching.

[[NAME:L. Bishop]] CNM
""", ok=("Bishop",))

note("discharge-08", "discharge", """
Hematology/Oncology — Discharge Summary
[[ORG:Valle Verde Medical Center]]

Name: [[NAME:Kiera Ashdown]]   DOB: [[DATE:05-19-2006]]   MRN: [[MRN:VV4471102]]
Dates of stay: [[DATE:10/2/2023]]–[[DATE:10/6/2023]]

17 y/o F, senior at [[ORG:Westbury High School]], with classic Hodgkin lymphoma (nodular sclerosis, stage IIB) admitted with febrile neutropenia 8 days after cycle 3 ABVD (given [[DATE:9/25]]).

Course:
Tmax 39.1. Blood cx x2 NGTD, UA neg, CXR clear. Cefepime 2 g q8h, no need for vancomycin. ANC nadir 120, recovered to 1,450 by day 4 with filgrastim. Afebrile > 48 h before discharge. Mild mucositis, managed with magic mouthwash. Port site clean.

Psychosocial: mother [[NAME:Tamsin Ashdown]] at bedside throughout; school note provided. Proxy portal access set up for mom at [[URL:https://mychart.valleverdemc.org/proxy?pid=4471102]].

Plan:
- Cycle 4 ABVD on [[DATE:10/9/23]] if ANC > 1000
- Neutropenic precautions reviewed, thermometer at home
- Oncology: Dr. [[NAME:Felipe Ibáñez]]. Questions: [[PHONE:505-840-3317]] (clinic), after hours [[PHONE:505-840-3000]], ask for the fellow on call.
""")

note("discharge-09", "discharge", """
D/C SUMMARY  (hospitalist service)
Pt: [[NAME:Tran, Bao]]   |  MRN [[MRN:5520-1187]]  |  [[ORG:Lakemont General Hospital]]
Admitted the [[DATE:3rd of May 2022]]; discharged [[DATE:7 May 2022]].

Dx: Crohn's ileocolitis flare, no abscess.

32M w/ Crohn's disease (dx age 19, on adalimumab, last dose [[DATE:4/20]]) p/w 10 days of abd pain, 6-8 loose BMs/day, occasional blood. CT A/P: terminal ileal thickening w/ mucosal hyperenhancement, no fistula/abscess. CRP 84 → 21. C diff neg. Fecal calprotectin >1000.

Tx: IV methylpred 40 q12 x 3 d → prednisone 40 mg daily with taper (decr by 5 mg/wk). Tolerating low-residue diet. Hgb stable 11.2.

GI (Dr. [[NAME:S. Kaczmarek]]) recommends checking adalimumab trough + antibodies; if low, dose escalate to weekly. Pt may need to switch to ustekinumab — will discuss at GI f/u.

Social: lives alone, works as line cook at [[ORG:Pho Saigon Kitchen]]. Sister [[NAME:May Tran]] may pick him up; she is listed as emergency contact ([[PHONE:714-382-5069]]).

F/u: GI clinic [[DATE:May 18]], PCP 1-2 wks.
Precautions: fever, worsening pain, >10 BMs/day, clots of blood in stool → return to ED.

— [[NAME:D. Ferreira]], MD (hospitalist) [[DATE:05/07/2022]]
""")

note("discharge-10", "discharge", """
DISCHARGE SUMMARY – MEDICAL ICU / STEP-DOWN
[[ORG:St. Brigid Regional Medical Center]]

Name: [[NAME:Müller, Annika]]        DOB [[DATE:1987-07-23]]       MRN [[MRN:00517788]]
Admit: [[DATE:2023-09-11]]   Discharge: [[DATE:2023-09-18]]

Diagnoses
1. Thyroid storm (Burch-Wartofsky score 55) secondary to untreated Graves' disease
2. Atrial fibrillation with RVR, resolved
3. Pregnancy ruled out (β-hCG negative)

Ms. [[NAME:Müller]] is a German national on a work assignment at [[ORG:Kestrel Aerospace]] in [[CITY:Wichita]]. She was diagnosed with Graves' disease in [[CITY:Hamburg]] in 2021 but stopped methimazole last year. She presented with fever 39.4, HR 170s irregular, agitation and diarrhea. TSH <0.01, free T4 6.8. Treated in MICU with propranolol, PTU 200 mg q4h, hydrocortisone, SSKI (started 1 h after PTU) and cooling. Converted to sinus rhythm on HD2. Transitioned to methimazole 20 mg BID on HD5; LFTs normal.
Eyes: mild Graves' ophthalmopathy, CAS 2/7 — ophthalmology as outpatient.

Discharge meds: methimazole 20 mg BID, propranolol 40 mg TID.
Follow-up: Endocrinology, Dr. [[NAME:Whitney Grant]], [[DATE:Sept 25]]; CBC/LFT weekly x 4 (agranulocytosis warning given in German & English).
Emergency contacts: partner [[NAME:Jonas Weiß]] [[PHONE:+49 151 2389 4471]]; local friend [[NAME:Paula Reyes]] [[PHONE:316-207-8843]].

[[NAME:Grant, W.]] / [[NAME:O. Adebayo]] (resident)
""")

note("discharge-11", "discharge", """
ORTHOPAEDIC DISCHARGE SUMMARY

Patient: [[NAME:Eulalia Fairweather]]  ([[AGE:101]] y/o F)
Hosp #: [[MRN:CH-0098812]]   Medicare MBI: [[ACCOUNT:7HW2-CE9-PJ34]]
From: [[ORG:Willowmere Care Home]], [[STREET:15 Larchmont Terrace]], [[CITY:Millbrook Falls]], [[STATE:NY]] [[ZIP:12545]]
DOA [[DATE:Dec 28 2023]] | DOD [[DATE:Jan 3 2024]]

Mechanism: unwitnessed fall at the care home on the night of [[DATE:12/27]], found on floor at 05:10.
Injury: displaced L femoral neck fracture (Garden IV).

Operation [[DATE:29-Dec-2023]]: L hemiarthroplasty (cemented), Mr. [[NAME:Rupert Ashcombe]] FRCS.

Post-op: delirium POD1-3 (CAM+), managed non-pharmacologically; Foley catheter removed POD2, trial without catheter successful. Hb 8.1 → 1 unit PRBC. Mobilising with frame, PT says weight bearing as tolerated. Old L Bell's palsy noted (residual facial droop), unchanged.

Goals of care: patient has capacity for simple decisions; niece & HCP [[NAME:Marjorie Fairweather-Lind]] ([[PHONE:845.902.3318]]) agrees with return to the care home, DNACPR confirmed.

Meds changed: add enoxaparin 30 mg daily x 28 days; acetaminophen 650 q6h; hold alendronate until dental review.
She celebrated her birthday on the ward on [[DATE:Dec 30]] with cake from the staff.
""")

note("discharge-12", "discharge", """
ED obs d/c note — LEFT AMA

pt [[NAME:dwayne hollis]] 44M, known to us, MRN [[MRN:10029384]], SS# [[SSN:402871163]]. came in [[DATE:7/4]] am w etoh intox + L hand lac (punched window). lac repaired 4 sutures 4-0 nylon by PA [[NAME:Kowalczyk]]. tdap given.

overnight sobered, CIWA 6. ~0630 pt wanted to leave to get his truck which was towed from lot B — tow co. told security plate # [[VEHICLE:TXR-4471]]. risks of leaving (withdrawal, seizure, wound infxn) explained, pt has capacity, signed AMA form.

gave: cephalexin rx, wound care sheet, [[ORG:Harbor Light Shelter]] info + detox line [[PHONE:1-866-730-2295]]

sister [[NAME:Tammy]] called at 0715 asking for him, told her we cant give info w/o consent (pt declined).

suture removal 10-14d at any urgent care. f/u PCP at [[ORG:Eastside Community Health Ctr]].
d/w attending Dr [[NAME:Young]].

[[NAME:m. okafor]] RN / [[NAME:J Bishop]] MD
""")

note("discharge-13", "discharge", """
INTERFACILITY TRANSFER / DISCHARGE SUMMARY

FROM: [[ORG:Cedar Hollow Community Hospital]], Internal Medicine
TO:   [[ORG:Northfield University Transplant Institute]], Hepatology (accepting: Dr. [[NAME:Chiara Benedetti]], NPI [[LICENSE:1588204713]])
Transfer date: [[DATE:08/30/2021]]

Patient: [[NAME:Owen Pritchard-Lee]]   DOB [[DATE:14 Feb 2002]]   MRN [[MRN:CHC-663012]]
Insurance: [[ORG:Granite State Health Plan]], member ID [[ACCOUNT:GSH900418827-01]]

Reason for transfer: acute liver failure; suspected fulminant Wilson's disease — transplant evaluation.

Summary: 19M college student at [[ORG:Ellery College]] presented [[DATE:8/27]] with jaundice, confusion (West Haven grade 2) and Coombs-negative hemolytic anemia (Hgb 7.4). Labs: ALP 28 with bilirubin 18.6 (ALP:bili ratio <4), AST/ALT 310/96, INR 3.1, ceruloplasmin 8 mg/dL. Slit lamp: Kayser-Fleischer rings present bilaterally. 24-h urine copper pending. Revised King's Wilson index 13. No renal replacement needed so far; started lactulose and rifaximin.

Family: parents [[NAME:Gareth]] and [[NAME:Lin Pritchard-Lee]] en route from [[CITY:Burlington]], [[STATE:Vermont]]; mother's cell [[PHONE:802-310-6624]].

Records faxed to [[PHONE:(603) 650-7719]]; imaging pushed via [[URL:https://share.cedarhollow-health.org/studies/a8f3c2]].
Sending physician: [[NAME:Priya Natarajan]], MD  ·  direct line [[PHONE:603 447 2190 ext. 3]]
""")

# ------------------------------------------------------------------- nursing

note("nursing-01", "nursing", """
NURSING NOTE – NIGHT SHIFT 1900-0730
Pt: Mr. [[NAME:Harold Brown]], rm 512-B

1930 Received report from [[NAME:Tasha]] RN. Pt A&Ox3, on 2L NC, SpO2 94%. Foley catheter in place draining clear yellow urine.
2200 Pt c/o nausea, emesis x1 ~150 mL dark brown, guaiac positive. BP 104/62, HR 108. Paged Dr. [[NAME:Nkemelu]] (on call) at 2205, orders rec'd: NPO, IV pantoprazole 40 mg, CBC stat, type & screen.
2245 Hgb 7.9 (was 9.6 this am). MD aware. 2 units PRBC ordered, consent signed by pt.
0015 1st unit started, VS q15 min x 4, no rxn.
0300 2nd unit started. Pt resting, states pain 2/10 abdomen.
0500 BM x1, melena, brown/black, large.
0600 Post-transfusion H/H pending. Wife [[NAME:Marlene Brown]] called at 0540 for update, updated with pt's permission; she will come in at 0800.
Plan: GI to see in AM for EGD. Keep NPO.

[[NAME:Cassidy Vu]], RN
""")

note("nursing-02", "nursing", """
SBAR Handoff — 6 North Med/Surg — [[DATE:10/14/23]] 1845

S: [[NAME:Rosalind White]], 67F, POD 2 lap chole → now febrile. Temp rose to 38.9 at 1700 (was 37.2 at noon).
B: Hx DM2, COPD, Graves' disease s/p RAI on levothyroxine. Allergies: PCN (hives). Full code.
A: HR 112, BP 118/70, RR 22, SpO2 91% on 2L. Lungs: coarse crackles R base, productive cough w/ white-yellow sputum. Incisions C/D/I. Abd soft. WBC this AM 13.8 (white count up from 9.1). Pain 4/10. Pt anxious, asking for daughter [[NAME:Rose]].
R: Dr. [[NAME:Vikram Sethi]] notified @ 1750 — ordered blood cx x2, sputum cx, CXR, lactate; pharmacy changed pip-tazo to cefepime + vanc d/t PCN allergy; IS q1h while awake.
Pending: CXR read, lactate. Recheck temp at 2000.
Daughter [[NAME:Rose Amari-White]] aware, cell [[PHONE:616 402 9917]], plans to visit tomorrow.

Handoff given by [[NAME:Keisha Lawton]] RN to [[NAME:Ben Ostrowski]] RN.
""")

note("nursing-03", "nursing", """
WOUND CARE NOTE

Resident: [[NAME:Ottilie Vance]]    Age: [[AGE:94]]    Room 14, [[ORG:Greenbriar Skilled Nursing Facility]]
Date: [[DATE:January 9, 2024]]    Time: 10:20

Braden Scale score: 12 (high risk). Norton scale also calculated: 11.

Stage 3 pressure injury, sacrum: 3.2 cm x 2.4 cm x 0.5 cm, wound bed 80% red granulation, 20% yellow slough, moderate serosanguineous drainage, no odor. Periwound macerated. No tunneling. Previous measurement ([[DATE:01/02/24]]): 3.6 x 2.8 x 0.6 cm — improving.

R heel: unstageable, dry stable eschar 1.5 x 1.5 cm, left intact per protocol, heel offloaded w/ boots.

Tx: cleansed with NS, skin prep to periwound, calcium alginate + foam border dressing; change daily & PRN. Turn q2h; low air loss mattress in use. Dietitian consulted — protein supplement BID, albumin 2.9.

Pain: PAINAD 2 during dressing change; acetaminophen given 30 min prior per order.

Family: son [[NAME:Lionel Vance]] updated by phone ([[PHONE:(419) 288-0471]]), agrees with plan. Wound clinic NP [[NAME:Marisol Ybarra]] to reassess [[DATE:1/16]].

— [[NAME:A. Whitlock]], LPN, WCC
""")

note("nursing-04", "nursing", """
PEDS NURSING PROGRESS NOTE  [[DATE:03/02/2024]]  days 0700-1930

Pt: [[NAME:Isaiah Mbeki-Holt]], 7 y/o M, 2nd grader at [[ORG:Lincoln Park Elementary]]. Dx: asthma exacerbation, day 2.

Resp: on 1 L NC overnight, weaned to RA at 0930, SpO2 93-96% RA. Albuterol spaced to q4h at 1100 — marked improvement in work of breathing, mild end-exp wheeze R>L, no retractions. PRAM score 2 (from 6).
CV: HR 100-118, cap refill <2s.
GI: ate 75% lunch, drinking well, UOP adequate.
Neuro/psychosocial: playful, watching cartoons, tolerating nebs with mask.
Meds: prednisolone 2 mg/kg given 0800, albuterol MDI 4 puffs w/ spacer q4h.
Education: Dad ([[NAME:Mark Holt]]) at bedside, taught spacer technique; teach-back done. Asthma action plan reviewed, copy given. [[NAME:Mark]] will bring the school medication form tomorrow so the nurse at [[ORG:Lincoln Park Elementary]] can give albuterol at school.
Mom [[NAME:Nomvula Mbeki]] called at 1500 from work, updated.
Plan: possible d/c tomorrow if q4h sustained overnight.

[[NAME:J. Castellano]] RN
""")

note("nursing-05", "nursing", """
Nursing note — post-fall assessment

[[DATE:06/21/2023]] 02:40. Bed alarm sounded rm 318. Found pt [[NAME:Arthur "Art" Delacroix]] sitting on floor beside bed, states he was trying to get to the bathroom. Unwitnessed fall.

Pt alert, oriented to self and place only (baseline per report). GCS 14. Denies hitting head, no visible injury, no new bruising; full ROM all extremities, no shortening/rotation of legs. Pain 0/10. VS: BP 142/86, HR 88, SpO2 96%, BG 132. Pupils equal & reactive. On apixaban → neuro checks q1h x 4, then q4h x 24h.

Assisted back to bed with 2-person assist. Bed lowest position, alarm on, non-skid socks on, call bell in reach, urinal at bedside. Toileting schedule q2h started.

Notified: Dr. [[NAME:Priyanka Deshmukh]] at 0250 (no new orders besides neuro checks); daughter [[NAME:Colette Delacroix]] at 0800 — she says he likes doing art (watercolors) in the evening and gets restless when he can't; she will bring his art supplies to help with sundowning. [[NAME:Art]] smiled when told.
Safety event report filed.
""")

note("nursing-06", "nursing", """
BH nursing note — 1:1 observation
[[DATE:Nov 3]] 15:00-19:00

pt seen in dayroom, calm but guarded. denies SI/HI at this time, contracts for safety. endorses AH "quieter today." took 1500 olanzapine without prompting.
pt talked about family: "my sister [[NAME:jess]] is coming friday, shes bringing my stuff from [[NAME:tony]]'s place." asked writer to call sister, explained we need a signed ROI first; pt signed ROI for [[NAME:Jessica Ruiz-Baptiste]] only ([[PHONE:(210) 731-4086]]).
ate 100% dinner. showered w/ staff supervision.
at 1730 pt became tearful after phone call w/ ex-partner ([[NAME:d. marsh]]), processed feelings w/ writer, used coping skills (cold water, paced breathing). no self-harm behaviors observed.
1:1 continues per Dr [[NAME:Anand]] until reassessment tomorrow am.
pt asked if he will be able to go back to work at the [[ORG:Corner Depot]] warehouse, encouraged to discuss w/ social work.

— [[NAME:r. nakamura]], RN
""")

note("nursing-07", "nursing", """
L&D NURSING NOTE
Pt: [[NAME:Shauna O'Rourke]], 31 y/o G3P2, EDD [[DATE:07/19/2024]], 39+4 wks
Adm [[DATE:7/16/24]] 0615 for IOL (intrahepatic cholestasis of pregnancy)

0700 SVE by CNM [[NAME:Gwen Attakai]]: 2/60/-2, Bishop score 5. Cervidil placed 0720. EFM: baseline 135, moderate variability, + accels, no decels (Cat I). Toco: irregular ctx q5-8 min, pt rates 3/10.
1130 Pt to bathroom, ambulating well. Ice chips + clear liquids.
1920 Cervidil removed. SVE 4/80/-1, Bishop 9. AROM clear at 1945. Pitocin started 2 mU/min per protocol.
2250 Epidural placed by Dr. [[NAME:Teodor Ilić]]; BP 112/68 after, FHR stable.
0118 [[DATE:7/17/24]] SVD viable female, Apgars 8 and 9. Weight 3.36 kg. Skin-to-skin. EBL 250 mL, fundus firm, U/-1.
Partner [[NAME:Cormac]] cut cord. Baby named [[NAME:Maeve]].
Bile acids f/u per OB. Pt and infant to MBU at 0300.
""")

note("nursing-08", "nursing", """
HOME HEALTH SKILLED NURSING VISIT
Agency: [[ORG:Greenfield Visiting Nurse Association]]
Patient: [[NAME:Wendell Ashbury]]   Visit date [[DATE:2/6/2024]]   Time in 13:05 / out 13:55
Address: [[STREET:3391 Old Mill Road, Unit 4]], [[CITY:Fort Collins]], [[STATE:CO]] [[ZIP:80524-3318]]

SN visit for diabetes management & insulin pump teaching. Pt 71 y/o, T2DM, on pump since [[DATE:January 2024]].
Insulin pump S/N [[DEVICE:PMP-4410-88217]], CGM transmitter ID [[DEVICE:8G4K2T]].
Glucose log reviewed: fasting 118-164, one low of 62 on [[DATE:2/3]] at 03:00 (pt treated with juice). TIR 71% per CGM. A1c from [[DATE:12/2023]] was 8.1.
Site: abdomen L lower quadrant, no erythema. Pt demonstrated cartridge change independently. Wife [[NAME:Bonnie]] assists with site rotation.
Home environment: clutter in hallway, throw rugs removed at last visit.
Reported to Dr. [[NAME:Faisal Haddad]]'s office ([[PHONE:970-221-4638]]): basal rate 0000-0400 reduced 0.8 → 0.65 u/h per verbal order, read back.
Next visit [[DATE:2/9]].
[[NAME:Brianna Kettering]], RN
""")

note("nursing-09", "nursing", """
MICU NURSING NARRATIVE 0700-1900
[[DATE:2022-12-05]]

[[NAME:Yusuf Al-Amin]], 58M, septic shock 2/2 pneumonia, intubated HD3.

Neuro: sedated on propofol 30 mcg/kg/min + fentanyl 50 mcg/h. RASS -2. PERRL 3 mm. Daily SAT at 0900 – opened eyes to voice, followed simple commands (Glasgow Coma Scale 10T); sedation resumed 0945 for agitation/vent dyssynchrony.
CV: Swan-Ganz catheter R IJ: CVP 11, PAP 38/19, wedge 16, CO 6.2, CI 3.1, SVR 720. Norepinephrine 0.12 → 0.06 mcg/kg/min. Vasopressin off at 1400. MAP 65-72. Brief hypotension with turning → Trendelenburg, 250 mL bolus per MD.
Resp: AC 18/450/PEEP 10/FiO2 0.45, P/F 168. Suctioned mod thick tan secretions.
GU: Foley catheter, UOP 40-70 mL/h. Cr 1.9.
ID: pip-tazo day 3, vanc d/c'd (MRSA nares neg).
Lines: R radial art line, R IJ PA catheter (placed [[DATE:12/3]]), L FA PIV 20g.
Family: wife [[NAME:Samira]] and brother [[NAME:Khalid Al-Amin]] visited 1500-1800, updated by Dr. [[NAME:Ito]]. Family meeting planned [[DATE:Dec 7]] at 11:00. Chaplain, Pastor [[NAME:Rhee]], visited.

[[NAME:Olusegun Bakare]], RN CCRN
""")

note("nursing-10", "nursing", """
ADMISSION NURSING ASSESSMENT
Patient: [[NAME:José Luis Muñoz Quintero]]    Preferred name: [[NAME:Pepe]]
DOB: [[DATE:03/09/1961]]   MRN: [[MRN:00871156]]   SSN: [[SSN:518 62 0937]]
Language: Spanish (in-person interpreter: [[NAME:Ximena Ortega]])
Address: [[STREET:1207 S. Calle Mirasol]], [[CITY:Las Cruces]], [[STATE:NM]] [[ZIP:88001]]
Emergency contact: daughter [[NAME:Araceli Muñoz]], [[PHONE:575.639.1182]], [[EMAIL:araceli.munozq@gmail.com]]
Employer: [[ORG:Mesilla Valley Pecan Co.]] (irrigation tech)
Insurance: [[ORG:Sunward Health Plan]] — member # [[ACCOUNT:SWH-0028871634]], group [[ACCOUNT:77120]]

Chief complaint: "me falta el aire" — SOB x 3 days.
Allergies: NKDA. Fall risk (Morse): 35 — moderate. Braden 19.
Skin: intact except R great toe ulcer 0.5 cm, dressing from clinic.
Devices: none. Upper denture.
Pain: 3/10 chest wall, worse w/ cough.
Psychosocial: lives with wife, [[NAME:Rosa]]; hopes to be home for granddaughter's quinceañera on [[DATE:June 8]].
Oriented to room, call light, bed controls (via interpreter). Belongings: cell phone, wallet (sent home w/ daughter).

[[NAME:Chantal Bergeron]] RN  [[DATE:5/27/24]] 21:10
""")

note("nursing-11", "nursing", """
HEMODIALYSIS TREATMENT NOTE
[[ORG:Riverbend Dialysis Unit]] — Station 6
Pt: [[NAME:Cordell Washington]]    Tx date [[DATE:09/05/23]]    Schedule: MWF 2nd shift
Machine S/N [[DEVICE:5008S-2K7731]]    Dialyzer: F180NR    RO unit checked

Pre: Wt 88.6 kg (EDW 85.0), BP 168/92, HR 76, T 36.7. L brachiocephalic AVF: + thrill/bruit, no s/s infection. Cannulated w/ 15g needles x2, 1st attempt.
Rx: 4h, BFR 400, DFR 600, K 2 / Ca 2.5 bath, UF goal 3.5 L, heparin 2000 u bolus.
Intra: BP dropped to 96/58 at hr 3 w/ cramping → UF paused 10 min, NS 200 mL, resolved.
Post: Wt 85.4 kg, BP 138/80. Needles removed, hemostasis 8 min.
Labs: monthly drawn; Kt/V last month 1.41, URR 72%. Hgb 10.4 — EPO dose unchanged.
Pt says his nephrologist, Dr. [[NAME:Gwendolyn Pryce]], wants him to "keep fluids under a liter" — reinforced, pt gained 3.6 kg since Friday.
Pt plans trip to [[CITY:Savannah]] to see grandson [[NAME:Jamal]]; transient dialysis arranged at [[ORG:Coastal Kidney Center]] for [[DATE:Sept 18-22]].

[[NAME:T. Abernathy-Cole]] RN
""")

note("nursing-12", "nursing", """
Discharge Teaching — Nursing
[[DATE:Aug 14 2023]]

Patient [[NAME:Wilhelmina "Will" Sorensen]] (goes by [[NAME:Will]]) discharged home at 14:30 via wheelchair with husband [[NAME:Gunnar]].

Topics taught — new dx heart failure:
• daily weights: same time, same scale — call if ↑ >2 lb/day or 5 lb/week
• 2 g sodium diet; fluid 1.5 L/day
• meds: furosemide 40 mg daily, metoprolol succinate 25 mg, lisinopril 5 mg — pt will pick up at [[ORG:Harlow Street Pharmacy]], [[STREET:82 Harlow St]]
• s/s to report: SOB, edema, orthopnea, dizziness
Teach-back: pt verbalized all; husband will manage pillbox.
Follow-up: HF clinic Dr. [[NAME:Bill Nakashima]] [[DATE:8/21]] 1:40 pm; labs (BMP) [[DATE:8/18]].
IV removed, cath tip intact. Telemetry box returned.
Pt reports she will bill her supplemental insurance for the scale — provided itemized receipt.

[[NAME:Devorah Klein]], RN
""")

note("nursing-13", "nursing", """
HOSPICE RN VISIT NOTE
[[ORG:Serenity Ridge Hospice]]
Patient: [[NAME:Hollis, Theodora]]   Age [[AGE:98]]   Dx: end-stage dementia (Alzheimer's type)
Visit: [[DATE:4/11/2024]], 10:00–10:50, at daughter's home

Pt bedbound, nonverbal, PPS 20%. Intake: sips only x 3 days. Resp 8-24 with Cheyne-Stokes pattern, periods of apnea up to 20 s. Mottling bilateral knees. Terminal secretions mild — glycopyrrolate SL given by daughter per plan, effective. Morphine 2.5 mg SL q2h PRN dyspnea: used x3 in 24h. Mouth care and repositioning q2h taught again. Skin: sacral stage 2 unchanged.

Family: daughter [[NAME:Lorraine Hollis-Beck]] is primary CG, tearful, says "I hope she goes peacefully and in her own bed." Son [[NAME:Grant]] driving from [[CITY:Tulsa]], ETA tonight. Bishop [[NAME:Okonjo]] of their parish visited this AM and will return tomorrow. Bereavement info left. Death may occur within hours to days; explained signs.

On-call RN line [[PHONE:918-664-0271]] given again. Next RN visit tomorrow or PRN.

— [[NAME:Francesca Del Vecchio]], RN, CHPN
""")

# ----------------------------------------------------------------- radiology

note("radiology-01", "radiology", """
EXAM: XR CHEST 1 VIEW PORTABLE
PATIENT: [[NAME:FERGUSON, LYDIA A]]   MRN: [[MRN:40093381]]   DOB: [[DATE:08/12/1949]]
ACCESSION: [[MRN:XR-23-0419927]]
DATE OF SERVICE: [[DATE:04/19/2023]] 05:12
ORDERING: [[NAME:KAPOOR, NEHA]] MD

CLINICAL INDICATION: Hypoxia, s/p Swan-Ganz placement.

COMPARISON: [[DATE:04/18/2023]] 06:00 and CT chest [[DATE:March 2, 2023]].

FINDINGS:
Lines/tubes: Right internal jugular Swan-Ganz catheter with tip projecting over the right interlobar pulmonary artery, appropriately positioned. ETT tip 4.1 cm above the carina. Enteric tube courses below the diaphragm, tip out of view.
Lungs: Interval increase in bilateral perihilar airspace opacities and interstitial markings with Kerley B lines at the right lung base. Small bilateral pleural effusions, right greater than left. No pneumothorax.
Heart/mediastinum: Cardiomegaly, stable. Aortic knob calcified.
Bones: Median sternotomy wires intact.

IMPRESSION:
1. Worsening pulmonary edema with small bilateral effusions.
2. Swan-Ganz catheter in satisfactory position; no pneumothorax.

Dictated by: [[NAME:Samuel Adeyinka-Rhodes]], MD
Electronically signed: [[DATE:04/19/2023]] 07:48
""")

note("radiology-02", "radiology", """
CT HEAD WITHOUT CONTRAST

Patient: [[NAME:Gertrude Mayhew]]        Age/Sex: [[AGE:91]]Y / F
MRN [[MRN:2201884]]     Exam date: [[DATE:Oct 30, 2022]]   Time: 23:47
Referring: ED — Dr. [[NAME:Jonah White]]
Location: [[ORG:Lakemont General Hospital]] Emergency Dept.

History: [[AGE:91]]-year-old female on apixaban, fall from standing, GCS 15, headache.
Technique: Axial noncontrast images from skull base to vertex, coronal/sagittal reformats. DLP 912 mGy-cm.
Comparison: MRI brain [[DATE:6/3/2019]].
Findings: Acute subdural hematoma along the left cerebral convexity, maximal thickness 7 mm, with 3 mm rightward midline shift. No intraventricular extension. Moderate chronic small vessel ischemic change in the periventricular white matter. Remote lacunar infarct in the right lentiform nucleus, unchanged. Generalized volume loss. Basal cisterns patent. Cerebellar tonsils normally positioned, no Chiari malformation. Dense calcification of the cavernous carotids; circle of Willis not evaluated on this noncontrast exam. No calvarial fracture. Left frontal scalp hematoma.
Impression:
1. Acute left convexity subdural hematoma, 7 mm, with 3 mm midline shift.
2. Chronic microvascular disease.
Critical result communicated to Dr. [[NAME:White]] by phone at 00:05 on [[DATE:10/31/2022]], read back confirmed.
Radiologist: [[NAME:Ingrid Solheim]], MD
""")

note("radiology-03", "radiology", """
MRI RIGHT KNEE WITHOUT CONTRAST

Name: [[NAME:Declan Whitford]]   DOB: [[DATE:1995-11-02]]   Sex: M
MRN: [[MRN:BW-00381992]]   Acc#: [[MRN:MR2024-118340]]
Exam Date: [[DATE:Jan 17 2024]]
Ordering Physician: [[NAME:Hannah Wexler]], DO — [[ORG:Kessling Orthopedic Group]]
Performing site: [[ORG:Bluewater Imaging Center]], [[STREET:4800 Harbor Blvd Ste 110]], [[CITY:Costa Mesa]], [[STATE:CA]] [[ZIP:92626]]

CLINICAL HISTORY: 28M, twisting injury playing soccer [[DATE:1/6/24]], effusion, instability.

FINDINGS:
ACL: Complete mid-substance tear with anterior tibial translation of 7 mm.
Lateral tibial plateau: small avulsion fragment at the lateral capsular insertion, consistent with a Segond fracture.
Bone marrow: kissing contusions of the lateral femoral condyle and posterolateral tibial plateau.
Menisci: vertical peripheral tear, posterior horn medial meniscus (ramp lesion). Lateral meniscus intact.
PCL, MCL (grade 1 sprain), LCL and posterolateral corner otherwise intact.
Extensor mechanism intact. Moderate joint effusion. Small Baker's cyst, 2.1 x 0.8 cm.
Cartilage: no full-thickness defect.

IMPRESSION:
1. Complete ACL tear with Segond fracture and pivot-shift contusion pattern.
2. Medial meniscal ramp lesion.
3. Small Baker's (popliteal) cyst.

[[NAME:P. Lindqvist]], MD — Electronically signed [[DATE:01/17/2024]] 4:12 PM
""")

note("radiology-04", "radiology", """
CT ABDOMEN AND PELVIS WITH IV CONTRAST

PT: [[NAME:Ortega-Mills, Beatriz]]   MRN [[MRN:10044712]]   DOB [[DATE:4/4/1972]]
Exam: [[DATE:9 Jul 2023]] 14:20 | Accession [[MRN:CT-7781204]]
Ordering: [[NAME:Yuki Tanabe]], PA-C

INDICATION: RLQ pain, fever, r/o appendicitis vs diverticulitis.

TECHNIQUE: Helical CT, 100 mL iohexol 350 IV, portal venous phase. No oral contrast.

FINDINGS:
Appendix: normal caliber, 5 mm, air-filled.
Bowel: tubular blind-ending structure arising from the antimesenteric border of the distal ileum ~60 cm from the ileocecal valve, 2.8 cm diameter, with wall thickening and surrounding fat stranding – consistent with inflamed Meckel's diverticulum. No free air. No drainable collection.
Small volume free fluid in Morison's pouch and in the pouch of Douglas.
Liver, spleen, pancreas, adrenals: unremarkable.
Kidneys: 1.9 cm left renal cyst with a thin septation, Bosniak II. Right kidney normal.
Uterus/adnexa: IUD in appropriate position. Right ovarian follicle 2.2 cm.
Bones: L5 pars defects (spondylolysis) without listhesis.

IMPRESSION:
1. Meckel's diverticulitis. Normal appendix.
2. Small reactive pelvic free fluid.
3. Bosniak II left renal cyst; no follow-up needed.

Findings discussed with [[NAME:Yuki Tanabe]] at 15:02 by phone.
[[NAME:Abdirahman Yusuf]], MD | [[ORG:Valle Verde Medical Center]] Department of Radiology
""")

note("radiology-05", "radiology", """
BILATERAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS

[[ORG:Rosewood Breast Imaging]] · [[STREET:1450 Grove Street]], [[CITY:Evanston]], [[STATE:IL]] [[ZIP:60201]] · Tel [[PHONE:847-448-2090]] · Fax [[PHONE:847-448-2091]]

Patient: [[NAME:Rose Nakagawa-Bell]]     DOB [[DATE:12/02/1966]]     MRN [[MRN:RBI-220947]]
Exam date: [[DATE:11/28/2023]]
Referring: [[NAME:Gene Fairbanks]], MD ([[ORG:Lakeview Crossing Internal Medicine]])

History: Screening. No complaints. Maternal aunt with breast cancer at 52. Prior benign right breast biopsy ([[DATE:2015-05]]).
Comparison: [[DATE:10/31/2022]], [[DATE:11/04/2021]].

Breast composition: C — heterogeneously dense, which may obscure small masses.
Findings: No suspicious masses, architectural distortion or suspicious calcifications. Stable benign-appearing coarse calcifications, left upper outer quadrant. Biopsy clip right breast 10 o'clock, stable. Skin and nipples normal. Axillae unremarkable.

IMPRESSION: Negative. BI-RADS 1.
Recommendation: Annual screening mammogram. Given dense breasts, supplemental screening ultrasound or MRI may be considered; lifetime risk (Tyrer-Cuzick v8) 17.2%.
A lay letter was mailed to the patient's address on file.

Interpreted by: [[NAME:Margaret "Maggie" Oduya]], MD
""")

note("radiology-06", "radiology", """
OB ULTRASOUND — FIRST TRIMESTER SCREEN / NUCHAL TRANSLUCENCY

Pt: [[NAME:Kaitlyn Brewer]]   MRN [[MRN:55018832]]   DOB [[DATE:07.03.1989]]
LMP: [[DATE:02/14/2024]]   EDD by LMP: [[DATE:11/20/2024]]   EDD by CRL: [[DATE:11/22/2024]]
Exam: [[DATE:May 8, 2024]]    Sonographer: [[NAME:Trinh]], RDMS
Referring: Dr. [[NAME:April Castellanos]], [[ORG:Harbor Point Women's Health]]

GA by LMP 12w0d. Single live intrauterine pregnancy. FHR 158 bpm. CRL 55.2 mm = 12w2d. NT 1.4 mm (normal, <3.0 mm). Nasal bone present. Ductus venosus a-wave forward. Tricuspid regurgitation absent. Placenta posterior, no previa. Cervix 3.6 cm. Adnexa normal.

Combined first-trimester risk (NT + PAPP-A/free β-hCG, maternal age 35 at EDD):
- Trisomy 21 (Down syndrome): 1 in 4,120
- Trisomy 18/13: 1 in >10,000

IMPRESSION: Single live IUP at 12w2d, dating consistent with LMP (keep EDD by LMP). Low-risk screen for Down syndrome and trisomy 18/13. Anatomy scan recommended at 18-22 weeks.
Dr. [[NAME:Castellanos]] notified via inbasket.

Read by: [[NAME:Benedikt Haas]], MD, RDMS
""")

note("radiology-07", "radiology", """
CTA CHEST (PE/AORTA PROTOCOL) — STAT

Patient: [[NAME:Lamar Youngblood]]   MRN: [[MRN:7034418]]   Exam: [[DATE:05/06/2024]] 02:31
Referring: Dr. [[NAME:Cheng Young]], ED

Indication: 47M tearing chest pain radiating to back, BP differential R>L arm.
Technique: Non-contrast, arterial and delayed phases through the chest; 80 mL iopamidol.

Findings:
Aorta: Intimal flap beginning in the ascending aorta just above the sinotubular junction, extending through the arch and descending thoracic aorta to the level of the celiac axis. Ascending aorta 5.1 cm. False lumen larger in the descending segment. Brachiocephalic artery involved. No hemopericardium.
This is a Stanford type A (DeBakey type I) dissection.
Pulmonary arteries: No pulmonary embolism.
Lungs: 5 mm solid nodule RLL (series 4, image 211). No pleural effusion.

Impression:
1. Acute Stanford type A aortic dissection (DeBakey I), extending to the celiac axis.
2. No PE.
3. 5 mm RLL nodule — per Fleischner Society: low-risk no routine follow-up; high-risk optional CT at 12 months.
Relatively young age for this entity; evaluate clinically for connective tissue disorder (e.g., Marfan, Loeys-Dietz).

CRITICAL RESULT discussed with Dr. [[NAME:Young]] by telephone at 02:44 on [[DATE:5/6/2024]]; he is paging cardiothoracic surgery (Dr. [[NAME:Mira Kohli]]) and arranging transfer to [[ORG:Ashford Valley Heart Institute]].

[[NAME:Ruth Ellerbe]], MD
""")

note("radiology-08", "radiology", """
XR LEFT WRIST 3 VIEWS; XR LEFT FOREARM 2 VIEWS
[[ORG:Northgate Children's Hospital]] — Pediatric Radiology

Patient: [[NAME:Brody Kaminski]]  |  Age: 11 y  |  MRN: [[MRN:NCH-7741023]]
DOS: [[DATE:20230815]]
Hx: FOOSH off a trampoline at a friend's birthday party in [[CITY:Naperville]] yesterday.

Findings:
Distal radius: fracture through the physis extending into the dorsal metaphysis, with 30% dorsal displacement of the epiphysis — Salter-Harris type II. Unlike an adult Colles fracture, there is no comminution.
Ulna: no fracture. Radiocapitellar line maintained on the forearm views — no Monteggia or Galeazzi injury pattern.
Carpus: normal alignment; no scaphoid fracture identified.
Soft tissues: dorsal swelling.
Bone age appears concordant with chronological age.

IMPRESSION: Salter-Harris II fracture of the distal left radius with mild dorsal displacement.

Ortho (Dr. [[NAME:Amir Sadeghi]]) at bedside during read; closed reduction planned.
Reviewed with resident [[NAME:Grace O'Malley-Ng]], MD. Attending: [[NAME:Ludmila Horák]], MD
""")

note("radiology-09", "radiology", """
FLUOROSCOPY: BARIUM ESOPHAGRAM (MODIFIED)
PATIENT: [[NAME:Bishop, Eleanor]]   DOB: [[DATE:11/23/1950]]   MRN: [[MRN:0332190]]
DATE: [[DATE:02-Feb-2023]]   FLUORO TIME: 2.4 min
REFERRING: [[NAME:Lowell Chambers]], MD (GI)

HISTORY: 72F with dysphagia to solids, regurgitation of undigested food, halitosis. Hx Barrett esophagus.

FINDINGS:
Pharynx: 2.7 cm outpouching arising posteriorly at the pharyngoesophageal junction above the cricopharyngeus (Killian's dehiscence), consistent with Zenker diverticulum, with retained barium and trace laryngeal penetration, cleared with cough.
Esophagus: Normal caliber and peristalsis. Smooth thin ring at the GE junction narrowing the lumen to 14 mm — Schatzki ring; a 13 mm barium tablet lodged briefly at this level, reproducing symptoms.
Small sliding hiatal hernia. Spontaneous GE reflux to the mid-thoracic esophagus.
No mucosal irregularity to suggest a mass; Barrett esophagus is not reliably assessed by esophagram.

IMPRESSION:
1. Zenker diverticulum, 2.7 cm, with trace laryngeal penetration.
2. Schatzki ring, 14 mm, symptomatic.
3. Small hiatal hernia with reflux.

Mrs. [[NAME:Bishop]] tolerated the procedure well.
Radiologist: [[NAME:Francis X. Delgado]], MD  [[DATE:2/2/2023]]
""")

note("radiology-10", "radiology", """
MRI BRAIN W/WO CONTRAST

Name: [[NAME:Nadia Haddad-Olsen]]   DOB: [[DATE:Sept 5, 2004]]   MRN [[MRN:VV5512090]]
Exam: [[DATE:Mar 12 2024]]   Ordering: Neurology, Dr. [[NAME:Wilson Achebe]]

Clinical: 19F with tremor, dysarthria, personality change; low ceruloplasmin. Evaluate for Wilson's disease.

Findings: Symmetric T2/FLAIR hyperintensity in the bilateral putamina, ventrolateral thalami and dorsal midbrain. In the midbrain, hyperintense tegmentum with preserved signal in the red nuclei and lateral substantia nigra produces the "face of the giant panda" sign. Mild pontine tegmental T2 signal. No restricted diffusion. No abnormal enhancement. Mild T1 hyperintensity of the globi pallidi bilaterally (possibly hepatic). Ventricles and sulci normal for age. No Chiari malformation. Normal flow voids including the circle of Willis.

Impression: Findings highly suggestive of Wilson's disease with basal ganglia, thalamic and brainstem involvement ("giant panda" sign). Correlate with slit lamp for Kayser-Fleischer rings and 24-h urine copper.

Results discussed with Dr. [[NAME:Achebe]] [[DATE:3/12/2024]] 5:40 pm.
[[NAME:Tomasz Wierzbicki]], MD, Neuroradiology
""", ok=("Wilson",))

note("radiology-11", "radiology", """
NUCLEAR MEDICINE — DaTscan (I-123 ioflupane) SPECT
[[ORG:St. Brigid Regional Medical Center]] Nuclear Medicine

Patient: [[NAME:Parkinson, Leonard]]    MRN: [[MRN:00622418]]    DOB: [[DATE:06/30/1951]]
Injection: [[DATE:06/12/2023]] 09:05; imaging 13:00
Referring: [[NAME:Bernadette Achterberg]], MD, Movement Disorders, [[ORG:Ashford Valley Neurology]]

Indication: 71M with asymmetric rest tremor (R>L), bradykinesia, hyposmia. Clinical question: Parkinson's disease vs essential tremor.

Radiopharmaceutical: 185 MBq I-123 ioflupane IV. Thyroid blockade with SSKI given.

Findings: Asymmetric reduction of striatal uptake, more marked in the left putamen, with relative preservation of caudate uptake bilaterally ("comma" to "period" shape on the left). Striatal binding ratios: L putamen 0.78 (z -3.1), R putamen 1.21 (z -1.4), caudates within normal limits.

Impression: Abnormal DaTscan with presynaptic dopaminergic deficit, left > right, consistent with a neurodegenerative parkinsonian syndrome such as Parkinson's disease. Does not distinguish PD from MSA/PSP.

Mr. [[NAME:Parkinson]] was informed that results will be discussed by his neurologist.
[[NAME:H. Castellanos-Rey]], MD / Nuclear Medicine
""", ok=("Parkinson",))

note("radiology-12", "radiology", """
PET/CT SKULL BASE TO MID-THIGH (FDG) — INTERIM, AFTER 2 CYCLES

Patient: [[NAME:Kiera Ashdown]]   MRN: [[MRN:VV4471102]]   DOB: [[DATE:05-19-2006]]
Exam: [[DATE:September 5, 2023]]   Baseline PET: [[DATE:07/10/2023]]
[[ORG:Valle Verde Medical Center]] — Nuclear Medicine / PET

Indication: Classic Hodgkin lymphoma, stage IIB; interim response assessment after 2 cycles ABVD.
Glucose 92 mg/dL. 370 MBq F-18 FDG, uptake 62 min.

Findings:
Previously bulky anterior mediastinal mass now 5.8 x 3.1 cm (was 9.4 x 6.2 cm) with SUVmax 2.1 (was 14.7), below mediastinal blood pool (2.4) and liver (2.9).
Left supraclavicular nodes now subcentimeter, no uptake above background.
No new FDG-avid lesion. Diffuse marrow uptake, likely reactive (G-CSF). Spleen normal in size, no focal uptake.

Impression: Deauville score 2. Complete metabolic response (Lugano 2014 criteria).

Reported by: [[NAME:Olamide Fashola]], MD
cc: Dr. [[NAME:Felipe Ibáñez]], Oncology
""")

note("radiology-13", "radiology", """
INTERVENTIONAL RADIOLOGY PROCEDURE NOTE
Procedure: IVC filter placement (retrievable)
Patient: [[NAME:Renaud Théberge]]   MRN [[MRN:LGH-01022874]]   Date: [[DATE:2023-06-02]]
Operator: [[NAME:Kwabena Asante]], MD; Assist: [[NAME:Liesl Dunmore]], RT(R)

Indication: acute bilateral femoral-popliteal DVT with contraindication to anticoagulation (SAH on [[DATE:5/29]]).
Device: retrievable IVC filter, lot [[DEVICE:FLT2305-0417]], serial [[DEVICE:00471-22938]].

Technique: Informed consent from patient's wife, [[NAME:Hélène Théberge]] (HCP). Patient supine in slight Trendelenburg; right IJ access under US guidance, 10 Fr sheath. Cavogram: IVC normal caliber 21 mm, no thrombus, single renal veins at L1-2. Filter deployed infrarenal, apex at L2. Completion cavogram satisfactory. No complications. EBL minimal. Moderate sedation 25 min (midazolam 2 mg, fentanyl 100 mcg), monitored by RN [[NAME:Bill Tremblay]].

Plan: retrieval evaluation in 4-8 weeks once anticoagulation can be started; IR clinic [[PHONE:(216) 844-6120]]. Patient enrolled in the filter registry: [[URL:https://ivcregistry.lakemontgh.org/pt/01022874]].
Images archived; reviewed on PACS workstation [[IP:10.42.118.7]].
""")

# ------------------------------------------------------------------ referral

note("referral-01", "referral", """
[[ORG:Pinebrook Family Medicine]]
[[STREET:220 Alder Way, Suite 3]]
[[CITY:Beaverton]], [[STATE:OR]] [[ZIP:97005]]
Tel [[PHONE:503-643-7781]] | Fax [[PHONE:503-643-7790]]

[[DATE:14 March 2023]]

Dr. [[NAME:Helena Marchetti]]
Movement Disorders Clinic, [[ORG:Columbia Ridge Neurological Institute]]
[[STREET:1800 SW Campus Dr]]
[[CITY:Portland]], [[STATE:OR]] [[ZIP:97239]]

Re: [[NAME:Augustin Varga]], DOB [[DATE:22/09/1948]], clinic no. [[MRN:PFM-10448]]

Dear Dr. [[NAME:Marchetti]],

Thank you for seeing Mr. [[NAME:Varga]], a 74-year-old retired machinist, who I suspect has early Parkinson's disease. Over the past year his wife, [[NAME:Ilona]], has noticed a resting tremor of the right hand, a softer voice and smaller handwriting. He has had dream enactment behaviour for several years, and constipation.

On examination there is a 4-5 Hz pill-rolling tremor of the right hand at rest, mild cogwheel rigidity at the right wrist and reduced arm swing on the right. Strength 5/5 throughout, reflexes 2+, no Babinski sign. MoCA 26/30. BP 132/78 lying, 118/72 standing.

He has not started any medication. He is keen to understand the diagnosis and asks whether a DaTscan is warranted. He also asks about the exercise group his neighbour with Parkinson's attends.

Medications: amlodipine 5 mg, atorvastatin 20 mg, tamsulosin 0.4 mg.

Kind regards,

[[NAME:Tobias Engel]], MD
Family Physician, NPI [[LICENSE:1306992144]]
""")

note("referral-02", "referral", """
REFERRAL — RHEUMATOLOGY
Date: [[DATE:2023/10/02]]
To: [[ORG:Ashford Valley Rheumatology Associates]], fax [[PHONE:(860) 471-2238]]
From: [[NAME:Mireille Dubé]], NP, [[ORG:Fernhill Primary Care]]
Patient: [[NAME:Saanvi Iyer]]   DOB: [[DATE:01/26/1985]]   Phone: [[PHONE:860.355.0947]]
Insurance: [[ORG:Nutmeg Health Alliance]] HMO, ID [[ACCOUNT:NHA4418207733]]; referral auth # [[ACCOUNT:RA-2023-0918447]]

Reason: ?Sjögren's syndrome vs SLE

38 y/o F with 8 months of dry eyes and dry mouth (Schirmer test 3 mm/5 min OU), bilateral parotid swelling, fatigue, arthralgias of the hands, and Raynaud's phenomenon in winter. No rash, no oral ulcers, no serositis.
Labs [[DATE:9/21/23]]: ANA 1:640 speckled, anti-Ro/SSA >8.0, anti-La/SSB 3.1, RF 41, dsDNA negative, C3/C4 normal, ESR 38, WBC 3.4, plt 188. UA bland.
Started artificial tears and sugar-free gum; hydroxychloroquine NOT yet started — defer to rheum.
Please evaluate and advise re: lip biopsy / hydroxychloroquine. Pt works as a dental hygienist at [[ORG:Bright Smile Dental]] and is worried about mouth dryness at work.

Urgency: routine (within 4-6 weeks).
[[NAME:M. Dubé]], APRN — [[EMAIL:mdube@fernhillpc.com]]
""")

note("referral-03", "referral", """
Dear Dr. [[NAME:Abernethy]],

RE: [[NAME:Lucas Ferreira-Kim]] (DOB [[DATE:Aug 3, 1999]]), student health ID [[MRN:RSH-229104]]

I am writing to refer this 24-year-old graduate student at [[ORG:Halberd University]] for evaluation of suspected Crohn's disease. He has had 4 months of intermittent crampy RLQ pain, 3-4 loose stools daily without blood, 6 kg weight loss, and two perianal abscesses drained in our clinic ([[DATE:June 2023]] and [[DATE:September 12, 2023]]).

Fecal calprotectin 640 µg/g; CRP 22; Hgb 11.8, MCV 76, ferritin 9. Celiac serology negative. Stool cultures and C. difficile negative. His father has ulcerative colitis.

Given the perianal disease I am concerned about Crohn's. He would benefit from colonoscopy with ileal intubation and MR enterography. I have started oral iron.

Insurance: [[ORG:Keystone Mutual]] PPO, member ID [[ACCOUNT:KMX 771 204 918]], group [[ACCOUNT:GR-55012]].

He can be reached at [[PHONE:412-996-3051]] or [[EMAIL:lucas.fk99@protonmail.com]]; he prefers email. He is available after [[DATE:Dec 15]] when exams finish.

With thanks,
[[NAME:Yolanda Whitaker-Brown]], MD
[[ORG:Riverside Student Health]] · [[CITY:Pittsburgh]], [[STATE:PA]]
""")

note("referral-04", "referral", """
PEDIATRIC GENETICS REFERRAL

Referring clinician: [[NAME:Ellis Turner]], MD — [[ORG:Pinebrook Pediatrics]], tel [[PHONE:505-292-6610]]
Date of referral: [[DATE:6/19/2024]]
Child: [[NAME:Zoe Abara-Lindqvist]]    DOB [[DATE:3/3/2015]]    Sex: F
Parents: [[NAME:Chioma Abara]] (mother), [[NAME:Nils Lindqvist]] (father)
Address: [[STREET:88 Piñon Ridge Loop NE]], [[CITY:Rio Rancho]], [[STATE:NM]] [[ZIP:87144]]

Question: Turner syndrome? (short stature, webbed neck)

Hx: 9 y/o girl with height persistently < 3rd percentile (-2.6 SD), growth velocity 3.8 cm/yr. Born at term, BW 2.7 kg, lymphedema of the feet at birth (resolved). Recurrent otitis media, PE tubes x2. 3rd grade at [[ORG:Sandia Vista Elementary]], doing well academically.
Exam: short webbed neck, low posterior hairline, broad chest with widely spaced nipples, cubitus valgus, multiple nevi. BP 104/62 R arm, 100/60 leg. 2/6 systolic ejection murmur at LUSB. Tanner 1.
Bone age 7y 10m (read [[DATE:5/30/24]]).
Karyotype NOT yet done. Echo pending (bicuspid valve? coarctation?).
Differential: Turner syndrome vs Noonan syndrome.

Please see for karyotype/microarray and counseling. Family's preferred language is English; mom also speaks Igbo.
Thank you — [[NAME:E. Turner]]
""", ok=("Turner",))

note("referral-05", "referral", """
[[ORG:Lakeshore Urgent Care]]
[[DATE:February 8, 2024]]

To: Otolaryngology, [[ORG:Cedar Hollow University Hospital]]
Attn: Dr. [[NAME:Pradeep Venkataraman]]

Re: [[NAME:Carlos "Charlie" Benítez]], 56 y/o M, DOB [[DATE:10/10/1967]]

Dear Dr. [[NAME:Venkataraman]],

I saw Mr. [[NAME:Benítez]] on [[DATE:Jan 22]] with acute right facial weakness involving the forehead, onset overnight, and diagnosed Bell's palsy. He was started on prednisone 60 mg daily x 7 days and valacyclovir.

Today, 17 days later, there is no improvement: House-Brackmann grade V. He now reports right ear pain, and I see a few crusted vesicles in the right external auditory canal and concha, raising concern for Ramsay Hunt syndrome rather than idiopathic Bell's palsy. He also describes tinnitus and mild hearing loss on the right. Rinne positive bilaterally, Weber lateralizes to the left. Eye closure is incomplete — started lubricating drops and nightly taping; no corneal abrasion on fluorescein.

I would be grateful for urgent ENT review, audiometry and consideration of electroneurography. He is a bus driver for [[ORG:Metro Lakeshore Transit]] and is currently off work.

Contact: [[PHONE:773 288 4019]] (mobile).

Sincerely,
[[NAME:Hannah Oyelaran-Ward]], PA-C
""")

note("referral-06", "referral", """
Referral to Endocrinology

From: Dr. [[NAME:Imogen Bellweather]], General Internal Medicine, [[ORG:Fernhill Primary Care]], [[STREET:9 Fernhill Plaza]], [[CITY:Hartford]], [[STATE:CT]] [[ZIP:06103]]
To: Dr. [[NAME:Amadou Diallo]], [[ORG:Ashford Valley Endocrine & Diabetes]]
Date: [[DATE:11/6/2023]]

Patient: [[NAME:Trudy Kowalski]]; DOB [[DATE:Apr 30 1979]]; MRN [[MRN:FPC-0059871]]; mobile [[PHONE:(860) 501-7742]]

Dear Dr. [[NAME:Diallo]],

Please see Ms. [[NAME:Kowalski]], 44, for suspected Cushing syndrome. Over 18 months she has gained 14 kg centrally, with new purple abdominal striae, easy bruising, proximal weakness (difficulty rising from a chair, hip flexors 4/5), new hypertension (BP 152/96 on amlodipine) and prediabetes (A1c 6.3%). No exogenous glucocorticoids, including inhaled, topical or injected.

Screening:
– 1 mg overnight DST ([[DATE:10/18]]): AM cortisol 9.8 µg/dL (abnormal)
– Late-night salivary cortisol x2: 0.41 and 0.38 µg/dL (both elevated)
– ACTH 58 pg/mL (not suppressed)
– K 3.4

These suggest ACTH-dependent hypercortisolism; I cannot distinguish Cushing disease from ectopic ACTH and have not ordered a pituitary MRI pending your advice. She is anxious and has read about Addison's disease after steroids — I reassured her.

Yours sincerely,
[[NAME:Imogen Bellweather]], MD
""")

note("referral-07", "referral", """
CARDIOLOGY REFERRAL / CONSULT REQUEST

Patient: [[NAME:White, Parker J.]]    DOB [[DATE:12-09-2001]]    MRN [[MRN:A00719345]]    Cell [[PHONE:214-830-5516]]
Referred by: [[NAME:Farah Qureshi]], MD, [[ORG:Trinity Oaks Family Clinic]], [[CITY:Dallas]], [[STATE:Texas]]
Referred to: Electrophysiology — [[ORG:Lone Star Heart & Rhythm]] ([[URL:www.lonestarheartrhythm.com/referrals]])
Date: [[DATE:04-22-2024]]

Reason: Pre-excitation on ECG with palpitations — ?Wolff-Parkinson-White syndrome.

22M college baseball pitcher at [[ORG:Brazos Valley Community College]] with episodes of sudden-onset rapid palpitations lasting 5-30 min, terminating abruptly with Valsalva; one episode with presyncope during practice on [[DATE:April 9]]. ECG today: sinus 72, PR 98 ms, delta wave, QRS 128 ms; pattern suggests a left lateral accessory pathway. Echo [[DATE:4/15/24]]: structurally normal, EF 60%, no Ebstein anomaly.
14-day patch monitor placed [[DATE:4/16]], device ID [[DEVICE:ZP-3X8841027]]: 2 episodes of narrow complex tachycardia at 210 bpm (4 and 11 min), no pre-excited AF captured.
Family hx: uncle died suddenly at 34, cause unknown.
He is held from athletics pending EP evaluation; coach [[NAME:Bishop]] requests a clearance letter — pt consents to sharing with the athletic dept.

Please evaluate for EP study / ablation.
Thank you,
[[NAME:F. Qureshi]] MD
""", ok=("White",))

note("referral-08", "referral", """
[[ORG:Castellan Occupational Health]]
Workers' Compensation / Motor Vehicle Injury — Referral to Physical Therapy

Date: [[DATE:01/11/2024]]
Claimant: [[NAME:Dmitri Volkov]]    DOB: [[DATE:06/06/1983]]    SSN (last 4): [[SSN:7742]]
Employer: [[ORG:Castellan Tool & Die]], [[STREET:4400 Industrial Pkwy]], [[CITY:Toledo]], [[STATE:OH]] [[ZIP:43612]]
WC claim #: [[ACCOUNT:WC-24-0013398]]    Adjuster: [[NAME:Renata Szabo]], [[ORG:Buckeye Mutual Casualty]], [[PHONE:614-824-3310 x2207]]

Mechanism: On [[DATE:Dec 19, 2023]], while driving a company delivery van (VIN [[VEHICLE:1FTBW3XM2HKA38217]], [[STATE:Ohio]] plate [[VEHICLE:JKT 4492]]), the claimant was rear-ended at a stoplight. Airbags did not deploy. Seen same day at [[ORG:Maumee Bay Medical Center]] ED.

Dx: cervical strain (whiplash-associated disorder grade II), L shoulder contusion. Spurling test negative, no radicular signs. Neuro intact, 5/5 strength UE, reflexes symmetric. X-ray C-spine negative.
Work status: modified duty, no lifting > 10 lb, no commercial driving x 2 weeks.
Requested: PT 2x/week x 4 weeks — ROM, isometrics, postural training.
Claimant's driver's license ([[STATE:Ohio]] [[LICENSE:RT448120]]) copied to file.
Send progress notes to fax [[PHONE:419.474.8800]].

[[NAME:Sandeep Banerjee]], DO
""")

note("referral-09", "referral", """
[[DATE:July 30, 2022]]

To: [[NAME:Cassandra Ruiz]], MD, Neurosurgery, [[ORG:Lakemont General Hospital]]
From: [[NAME:Arnold Feld]], MD, [[ORG:Birchwood Internal Medicine]]
Re: [[NAME:Penelope Osei-Bonsu]], 27, DOB [[DATE:2/14/1995]]

Dear Dr. [[NAME:Ruiz]],

I would appreciate your opinion on Ms. [[NAME:Osei-Bonsu]], who has a Chiari I malformation (the older literature calls it Arnold-Chiari malformation) found on MRI [[DATE:7/12/22]]: tonsillar ectopia 9 mm below the foramen magnum, peg-shaped tonsils, and a small cervical syrinx C4–C6 (4 mm).

She reports 2 years of occipital headaches provoked by coughing, laughing and straining, lasting seconds to minutes, plus intermittent tingling of both hands. Exam: pinprick mildly reduced over the shoulders in a cape distribution; strength 5/5; reflexes 3+ in the arms, 2+ at the knees; Hoffmann sign positive on the right; no Babinski sign; gait normal; no nystagmus.

She works as a pastry chef at [[ORG:Maison Colette Bakery]] and lifts heavy trays; I have advised her to avoid heavy lifting and straining until reviewed.

Images: [[URL:https://imageshare.birchwoodim.com/s/7KQ2-PX9D]] (access code sent separately).
She can be contacted on [[PHONE:+1.216.390.4478]].

Best wishes,
[[NAME:Arnold Feld]], MD
""", ok=("Arnold",))

note("referral-10", "referral", """
MEMORY CLINIC REFERRAL

Patient: [[NAME:Cornelius Abernathy-Shaw]]    Age: [[AGE:93]]    DOB: [[DATE:1/5/1930]]
Medicare: [[ACCOUNT:3TQ8-XN2-KR61]]
Lives: [[STREET:61 Rookwood Lane]], [[CITY:Shaker Heights]], [[STATE:OH]] [[ZIP:44120]], with his son
Referring: [[NAME:Nguyen Thi Lan]], MD, [[ORG:Birchwood Internal Medicine]]
Date: [[DATE:3/2/2023]]

Concern: progressive memory loss over ~2 yrs. Son [[NAME:Bill Abernathy-Shaw]] reports that his father has been unable to pay his bills since last autumn, got lost driving to the bank in [[DATE:January]], and repeats questions.
MoCA 17/30 (delayed recall 0/5, visuospatial 2/5). No visual hallucinations, no dream enactment, no parkinsonism — does not suggest Lewy body dementia. No stepwise decline. B12 410, TSH 2.1, RPR neg. CT head ([[DATE:2/14/2023]]): generalized atrophy, hippocampal volume loss, mild small vessel disease.

Impression: probable Alzheimer's disease, moderate stage. Advised to stop driving; son has taken the keys.
Please evaluate and advise re: cholinesterase inhibitor given baseline bradycardia (HR 54).
Preferred contact is the son: [[PHONE:216-751-0834]], [[EMAIL:bill.ashaw@sbcglobal.net]].

Thank you,
Dr. [[NAME:Lan Nguyen]]
""")

note("referral-11", "referral", """
From: [[NAME:Kathleen O'Sullivan]] <[[EMAIL:k.osullivan@brightwater-fhc.org]]>
To: Intake — [[ORG:Hawthorne Counseling Collective]] <[[EMAIL:intake@hawthornecc.org]]>
Sent: Tue [[DATE:9/12/2023]] 4:51 PM
Subject: referral - [[NAME:marcus de la cruz]] (22M)

hi all,

referring my pt [[NAME:marcus de la cruz]] (dob [[DATE:4-17-2001]]) for CBT / trauma focused therapy. hes a 22 yo vet (army, 2 deployments) recently started at [[ORG:Tillman Community College]], presenting w/ insomnia, nightmares, hypervigilance, avoidance - PCL-5 score 52, PHQ-9 14, GAD-7 12. denies SI/HI, no hx attempts. drinks 4-6 beers most nights, AUDIT-C 8 - discussed.

started prazosin 1 mg qhs last wk, will titrate. hes open to therapy but prefers a male therapist and evening appts (works days at his uncle's shop). he mentioned a friend saw [[NAME:Grant]] there and liked him, if that helps w/ matching. he may also qualify for your grant-funded veterans slots.

insurance is VA CCN, auth # [[ACCOUNT:VA0031-22781-A]] attached. his cell is [[PHONE:(727)204-8813]], ok to text.

pls send intake confirmation to me. thx!
[[NAME:kathleen]]

[[NAME:Kathleen O'Sullivan]], MD | [[ORG:Brightwater Family Health Center]] | [[CITY:Clearwater]], [[STATE:FL]]
direct [[PHONE:727 462 1190]]
""")

note("referral-12", "referral", """
SURGICAL REFERRAL
To: Endocrine Surgery, Dr. [[NAME:Maximilian Roth]] — [[ORG:St. Brigid Regional Medical Center]]
From: [[NAME:Amadou Diallo]], MD, Endocrinology, [[ORG:Ashford Valley Endocrine & Diabetes]]
Date: [[DATE:15.01.2024]]
Patient: [[NAME:Esperanza Villanueva]]   DOB [[DATE:19.08.1990]]   MRN [[MRN:AVE-33018]]   Tel. [[PHONE:860-218-6604]]

Indication: total thyroidectomy for Graves' disease.

33 y/o with Graves' disease diagnosed [[DATE:March 2022]] (TRAb 9.6, diffuse uptake 62% on RAIU). Relapsed twice after methimazole taper, then developed methimazole-associated transaminitis, so switched to low-dose PTU. Moderate Graves' orbitopathy (CAS 3/7), so RAI is relatively contraindicated; she is also planning pregnancy within 1-2 yrs. Not Hashimoto's (TPO Ab only low-positive).
Currently euthyroid: FT4 1.3, TSH 0.2. Goiter ~50 g, no compressive symptoms, no nodules on US.
Pre-op: SSKI for 10 days per protocol — I will arrange. 25-OH vitamin D 18 → started D3 2000 IU daily.
Ophthalmology: Dr. [[NAME:Yara Haddad]], [[ORG:Cedar Hollow Eye Institute]].
Her employer ([[ORG:Wethersfield Public Schools]], 2nd grade teacher) needs surgery dates for leave planning; she prefers winter break or summer.

[[NAME:A. Diallo]], MD
""")

note("referral-13", "referral", """
[[ORG:Saguaro Internal Medicine]] — [[STREET:7721 E. Camelback Rd., Suite 200]], [[CITY:Scottsdale]], [[STATE:AZ]] [[ZIP:85251]]

[[DATE:September 3, 2024]]

Dr. [[NAME:Geneviève Lévesque-Tran]]
[[ORG:Clinique médicale Saint-Rémi]]
[[STREET:4120, rue Saint-Denis]]
[[CITY:Montréal]] ([[STATE:Québec]]) [[ZIP:H2W 2M5]]

Re: Transfer of care — [[NAME:Jean-Baptiste Ouellet]], born [[DATE:1938-02-11]]

Dear Dr. [[NAME:Lévesque-Tran]],

Mr. [[NAME:Ouellet]], an 86-year-old retired engineer, is returning to [[CITY:Montréal]] to live with his daughter [[NAME:Sylvie]] after wintering in [[STATE:Arizona]] for many years. I have been his physician since 2016.

Active problems:
• Parkinson's disease (dx 2019), Hoehn & Yahr stage 2 — carbidopa/levodopa 25/100, 1.5 tab TID; rasagiline 1 mg.
• Paroxysmal AF — apixaban 5 mg BID; CHA₂DS₂-VASc 4.
• CKD 3a (eGFR 52).
• Hodgkin lymphoma in 1987, treated with radiation — hypothyroid since; levothyroxine 75 mcg.
• Colon polyps 2021. Gene panel for Lynch syndrome negative.
Last visit [[DATE:8/27/2024]]: BP 126/70, weight 71 kg, UPDRS-III 24, no falls.

Prescriptions were provided for 90 days. For questions about controlled substances previously prescribed (tramadol, stopped [[DATE:June 2024]]): DEA [[LICENSE:BA4418275]], NPI [[LICENSE:1477329803]], AZ medical license [[LICENSE:MD-61207]].

Cordialement — and with thanks,
[[NAME:Benjamin Archuleta]], MD
[[PHONE:480-946-2210]] · [[EMAIL:barchuleta@saguaroim.com]]
""")

# ----------------------------------------------------------------- telephone

note("telephone-01", "telephone", """
TELEPHONE ENCOUNTER
Pt: [[NAME:Beverly Okonkwo-Reyes]] | DOB [[DATE:11/02/1954]] | MRN [[MRN:00733219]]
Date/Time: [[DATE:02/13/2024]] 10:42
Call from: patient    Callback #: [[PHONE:(313) 882-4071]]

Reason: INR result.
INR today at [[ORG:Grosse Pointe Anticoagulation Clinic]] lab = 2.3 (goal 2-3) on warfarin 5 mg daily except 2.5 mg Mon/Fri. Pt reports no bleeding, no bruising, no missed doses, no new meds. She did start eating more salads (leafy greens) over the last 2 wks — counseled on consistent vitamin K intake rather than avoidance.
Plan: continue same dose. Recheck INR in 4 weeks → [[DATE:3/12]].
Pt verbalized understanding, repeated dose schedule back correctly.
Also asks if she can have a dental cleaning on [[DATE:Feb 20]] — yes, no need to hold warfarin for a routine cleaning; if an extraction is planned, dentist to call us.

[[NAME:Marguerite Ellison]], RN, Anticoagulation Service
""")

note("telephone-02", "telephone", """
Phone note  [[DATE:8/3/23]]  15:20

Caller: [[NAME:Will Thibodeaux]] (son, on HIPAA release) re: father [[NAME:Lucien Thibodeaux]], 81, Parkinson's disease.

[[NAME:Will]] reports dad had 2 falls this week, the last one Tuesday evening. No head strike, no LOC, no new pain. Freezing of gait worse in doorways, and more off-time before the next levodopa dose (wearing off ~3 h after dose). Dad is also seeing "little kids in the yard" at dusk x 1 wk. No fever or dysuria per son. [[NAME:Will]] says they will keep a falls log.

Discussed with Dr. [[NAME:Anjali Mehta]] — plan:
1. PT referral for gait/freezing (cueing strategies) — sent to [[ORG:Bayou Neuro Rehab]].
2. UA/CBC to r/o infection as a cause of hallucinations; lab order placed.
3. Appt moved up to [[DATE:8/10]] @ 2:15.
4. ER precautions given: head strike, confusion, inability to walk.

Son will call back with UA results. Best # [[PHONE:337-502-8816]] (cell), alt [[PHONE:337.268.4410]] (work).
-- [[NAME:Tiana Broussard]], LPN
""")

note("telephone-03", "telephone", """
Telephone Encounter — Pharmacy Clarification
Date: [[DATE:2024-04-08]]   Time: 09:05

Caller: [[NAME:Rafael Quiñones]], PharmD, [[ORG:Corner Drug & Compounding]], [[STREET:1402 N. Flores St]], [[CITY:San Antonio]], [[STATE:TX]] [[ZIP:78212]]; ph [[PHONE:210-736-1184]], fax [[PHONE:210-736-1190]]; pharmacy NPI [[LICENSE:1920446188]]
Patient: [[NAME:Ngozi Eze]]   DOB [[DATE:6/14/1977]]

Issue: Rx for oxycodone 5 mg #30 written [[DATE:4/5/24]] by Dr. [[NAME:Grant Whitfield]]. Pharmacist states the DEA number printed on the script ([[LICENSE:FW5521903]]) fails the checksum and does not match the prescriber on file.
Verified with Dr. [[NAME:Whitfield]]: correct DEA is [[LICENSE:FW5521908]]; typo on the printed pad, office will reorder pads.
Pt also requested early refill of alprazolam; pharmacist will not grant an early fill per policy — appropriate. PDMP checked [[DATE:4/8]]: no other prescribers.
Verbal confirmation given to pharmacist. Pt notified via portal.

[[NAME:Liza Montemayor]], CMA / reviewed by [[NAME:G. Whitfield]], MD
""")

note("telephone-04", "telephone", """
NURSE TRIAGE CALL — PEDIATRICS (after-hours)
[[DATE:December 26, 2023]]  21:37
Caller: mother, [[NAME:April Dunleavy]] — callback [[PHONE:+1 651 283 9047]]
Patient: [[NAME:Finn Dunleavy]], 14 mo M, DOB [[DATE:10/21/2022]]

CC: fever 39.6 °C (rectal) since this afternoon, fussy.
Protocol: Fever – 3 months to 3 years.
- Drinking: yes, 3 bottles today, fewer wet diapers (3 today).
- Breathing: no retractions, no grunting per mom; RR ~32 counted by mom on the phone.
- Rash: none; mom did the glass test over a red patch on the chest — it fades.
- Vaccines: up to date; MMR/varicella given [[DATE:12/20]] (6 days ago) — fever may be vaccine-related.
- No seizures; alert, consolable, playing between fever spikes.
Disposition: home care. Ibuprofen 100 mg (5 mL of 100 mg/5 mL) q6–8h or acetaminophen 160 mg q4–6h; push fluids. Call back / go to ED if fever > 72 h, lethargy, < 3 wet diapers/24 h, difficulty breathing, or a rash that doesn't fade. Mom verbalized plan. She will call the office in the morning for a visit with Dr. [[NAME:Hope Adeyemi]] if still febrile — she hopes it's just the shots.

[[NAME:C. Lindgren]], RN (triage line)
""")

note("telephone-05", "telephone", """
CRITICAL LAB VALUE — PHONE NOTE
Received [[DATE:07/02/2023]] 06:14 from [[NAME:Gene Whitfield]], MLS, [[ORG:Lakemont General Hospital]] core lab ([[PHONE:937-208-5500]])

Patient: [[NAME:Horace Pemberton]]   MRN [[MRN:LGH-00877104]]   Specimen: outpatient draw [[DATE:7/1]] 16:40
Result: potassium 6.4 mmol/L (critical), hemolysis index negative; repeat on same specimen 6.3. Cr 2.8 (baseline 1.9).
Read back and verified with caller ([[NAME:Gene]]).

Pt on lisinopril 40 mg, spironolactone 25 mg; TMP-SMX started [[DATE:6/26]] for UTI.
06:20 called pt at home [[PHONE:937.441.0923]] — no answer, LVM.
06:25 called wife's cell [[PHONE:937 509 1178]], spoke with wife [[NAME:Dolores]]; pt asymptomatic, no palpitations, no weakness. Instructed to go to ED now for ECG and treatment; she will drive him. ED charge RN notified.
Hold spironolactone, lisinopril and TMP-SMX. Dr. [[NAME:Farouk Nasser]] (on call) aware at 06:31.

[[NAME:Jillian Marsh]], RN
""")

note("telephone-06", "telephone", """
PATIENT PORTAL MESSAGE / TELEPHONE FOLLOW-UP

From: [[NAME:Hope Castellano-Ruiz]] (patient) via portal, [[DATE:3/28/2024]] 7:02 AM (sent from IP [[IP:73.182.44.219]])
Subject: question abt new med 🙏

"Hi Dr [[NAME:Sørensen]], I started the sertraline on [[DATE:March 25]] like we talked about. my stomach is kind of upset and I had a headache yesterday. is that normal?? I really hope this works, Im tired of feeling like this 😔. also can you send the note for work to my email [[EMAIL:hope.cr88@yahoo.com]] — HR at [[ORG:Delmar Logistics]] needs it by friday. thank you!!"

Reply by phone [[DATE:3/28/2024]] 12:15 — [[NAME:Magnus Sørensen]], MD, called pt at [[PHONE:314-267-0935]]:
- GI upset and headache are common in the first 1-2 wks of an SSRI and usually improve. Take with food, in the morning. Acetaminophen ok for headache.
- No SI, no agitation, sleeping ok. PHQ-9 by phone 15 (was 19).
- Work note: declined to email HR directly; letter posted to pt's portal so she can forward it.
- F/u video visit [[DATE:4/22]].
Pt thankful, replied "👍 thx".
""")

note("telephone-07", "telephone", """
AFTER-HOURS CALL (answering service)
Call rec'd [[DATE:1/14/2024]] 02:58    Returned 03:04
Patient: [[NAME:Ida Mae Fortescue]], [[AGE:96]] y/o, enrolled with [[ORG:Prairie Light Hospice]]
Caller: granddaughter [[NAME:Keisha Fortescue]], [[PHONE:(402) 871-5530]]

Reason: pt more restless, picking at sheets, moaning intermittently; last morphine dose 23:30. Granddaughter asks whether to give another dose. Pt not eating or drinking since [[DATE:1/11]]. Breathing "rattly," pauses of 10-15 sec.
Assessment by phone: likely terminal restlessness + pain. Comfort kit in home (morphine 20 mg/mL, lorazepam 2 mg/mL, haloperidol, atropine drops).
Advice: morphine 5 mg (0.25 mL) SL now, may repeat in 1 h; lorazepam 0.5 mg SL for restlessness; atropine 1% 2 drops SL for secretions; reposition on side. Per family preference, hospice RN to visit — call triage line [[PHONE:402-438-7010]].
Family aware death may be near; their pastor has been called. Granddaughter calm, read back doses correctly.
Notified hospice RN on call, [[NAME:Rosa Delgado-Finch]], at 03:12.

[[NAME:Whitney Adair]], MD (covering for Dr. [[NAME:Bishop]]'s practice)
""")

note("telephone-08", "telephone", """
TELEPHONE ENCOUNTER — PRIOR AUTHORIZATION
[[DATE:05/15/2023]] 13:30–13:58
Called [[ORG:Crescent Shield Health Insurance]] provider line [[PHONE:1-877-430-2261]]
Rep: [[NAME:Darnell]] (would not give last name)
Re: [[NAME:Fiona McAllister]], DOB [[DATE:9/9/1979]], member ID [[ACCOUNT:CSH-8841-20076-02]], group [[ACCOUNT:440187]]

Request: adalimumab-adaz 40 mg SC q2wk for Crohn's disease (ileocolonic, B1); failed azathioprine 2021–2022, steroid dependent.
Rep states plan requires step-therapy documentation + recent colonoscopy. Faxed: last 2 GI notes, colonoscopy report [[DATE:4/18/23]] (SES-CD 14), QuantiFERON neg [[DATE:4/25/23]], Hep B serologies.
Fax for clinical submissions: [[PHONE:877-430-2299]].
Reference # for today's call: [[ACCOUNT:PA23051544817]].
Standard determination 72 h — requested expedited given ongoing steroid dependence; rep escalated.
Pt notified at [[PHONE:520-907-3364]], LVM to call back.
Will mark chart for f/u on [[DATE:5/18]].

[[NAME:Sofía Paredes]], prior auth specialist, [[ORG:Sonoran GI Associates]]
""")

note("telephone-09", "telephone", """
Tele note [[DATE:10/05/2022]]

Attempt #1 09:10 — called pt [[NAME:Art Yellowhorse]] at home [[PHONE:505 872 2290]] re: colonoscopy pathology. No answer, LVM (name + callback # only, no results per policy).
Attempt #2 13:45 — called cell [[PHONE:5052146631]], spoke to wife [[NAME:Marisela]]; she states [[NAME:Art]] is at his pottery studio / art class until 4. Gave her our number.
15:50 pt returned call (verified name + DOB [[DATE:03/01/1960]]). Discussed results: 3 tubular adenomas, largest 14 mm with high-grade dysplasia, completely removed per Dr. [[NAME:Ferris Kaplan]]. Repeat colonoscopy in 3 yrs (≈ [[DATE:Oct 2025]]). First-degree relatives (brother [[NAME:Joe]], one sister) should be screened at 40 or earlier. Pt asked about Lynch syndrome — no family hx of colon/endometrial ca before 50 and MMR stains intact, so not suggested.
Letter + path report mailed to [[STREET:PO Box 311]], [[CITY:Shiprock]], [[STATE:NM]] [[ZIP:87420]].
Recall entered.

[[NAME:Ashley Begay]], RN
""")

note("telephone-10", "telephone", """
PHONE CALL — SCHEDULING
[[DATE:Jun 20, 2024]] 11:05
Incoming from [[NAME:Leticia]] at Dr. [[NAME:Brown]]'s office ([[ORG:Brown & Achebe Orthopaedics]]) re: mutual pt [[NAME:Oluwaseun Adeyemi-Clarke]] (DOB [[DATE:02/29/1988]]).

They request MRI L-spine w/o contrast before the ortho f/u on [[DATE:7/2]]. Order in chart from [[DATE:6/11]]. Insurance auth approved, auth # [[ACCOUNT:UM7710433]].
Pt scheduled: [[DATE:6/27/2024]] at 7:30 am, [[ORG:Bluewater Imaging Center]] – [[STREET:2290 Westlake Ave N]], [[CITY:Seattle]], [[STATE:WA]] [[ZIP:98109]]. MRI screening form: no pacemaker, no implants, no shrapnel. Mild claustrophobia — lorazepam 1 mg x1 prn ordered by Dr. [[NAME:Sato]]; pt needs a driver.
Pt notified by phone [[PHONE:206-617-3092]] and confirmed. Prep instructions texted.
Results to be faxed to Dr. [[NAME:Brown]]'s office at [[PHONE:(425) 883-2076]].

[[NAME:Quinn Halvorsen]], scheduling
""")

note("telephone-11", "telephone", """
TELEPHONE ENCOUNTER (interpreted)
[[DATE:11/20/23]] 16:10
Pt: [[NAME:Guadalupe Ibarra Peña]]    DOB: [[DATE:5/12/1958]]    Preferred language: Spanish
Interpreter: [[NAME:Ximena]], via language line
Caller: pt, from [[PHONE:(956) 381-7720]]

Pt calling about swelling of her left leg since the weekend, ankle to knee, warm, painful to walk ("me duele al caminar"). No chest pain, no SOB, no hemoptysis. Recent travel: bus trip to [[CITY:Monterrey]] 10 days ago (14 h each way). Hx: breast ca on tamoxifen.
Assessment: concerning for DVT (Wells score ≥2 by history: active cancer, whole leg swollen, localized tenderness).
Plan: advised same-day evaluation — scheduled at [[ORG:Rio Grande Valley Urgent Care]] for venous duplex today; go to ED instead if any chest pain or SOB. Pt's son [[NAME:Emilio]] will drive her.
Pt repeated plan back through interpreter; agrees.
Notified Dr. [[NAME:Marisol Treviño]] at 16:25.

[[NAME:Yesenia Garza]], RN
""")

note("telephone-12", "telephone", """
TELEPHONE NOTE — HOME HEALTH
[[DATE:9/19/2023]] 14:22
Caller: [[NAME:Brenda Kowalczyk]], RN, [[ORG:Keystone Home Health]], [[PHONE:570-344-0217]]
Pt: [[NAME:Walter Szymanski]], 84M, neurogenic bladder with chronic indwelling Foley catheter (16 Fr, last changed [[DATE:9/1]]), hx Crohn's s/p ileocecectomy.

Report: at today's visit urine cloudy, foul, with sediment; new confusion per wife [[NAME:Irene]] (age [[AGE:90]], his primary caregiver). T 38.2, HR 104, BP 108/64. Catheter draining ~150 mL since AM, flushes easily.
Discussed with Dr. [[NAME:Paulina Nowak]]:
- Change Foley catheter today, obtain UA/UCx from the new catheter.
- Given fever + confusion + borderline BP, recommend ED eval for possible urosepsis rather than outpatient abx. Pt/wife agreeable; RN called EMS at 14:40 → [[ORG:Wilkes Valley Medical Center]].
- Last culture [[DATE:7/2023]]: Proteus mirabilis, pan-sensitive except nitrofurantoin.
Home health to resume visits after discharge. Orders faxed to agency [[PHONE:570-344-0299]].

[[NAME:D. Yoon]], LPN for Dr. [[NAME:Nowak]]
""")

note("telephone-13", "telephone", """
TELEPHONE ENCOUNTER — SECURITY / ELOPEMENT FOLLOW-UP
Saturday, [[DATE:January 27, 2024]]

21:50 Patient [[NAME:Travis Kimbrough]], 36, MRN [[MRN:LGH-01137590]], left 5 East ~21:30 before completing IV antibiotics for endocarditis, with PICC still in place (L basilic, placed [[DATE:1/24]]). Security reviewed cameras: pt left in a grey 2011 pickup, [[STATE:Kentucky]] plate [[VEHICLE:KYR 2290]], driven by his girlfriend [[NAME:Brandi]].
22:15 Called pt's cell [[PHONE:859-420-7716]], no answer, LVM. Called emergency contact (mother, [[NAME:Loretta Kimbrough]], [[PHONE:859.288.6104]]): she will try to reach him; confirms his address [[STREET:41 Catalpa Ct]], [[CITY:Nicholasville]].
22:40 Officer [[NAME:R. Hughes]], [[ORG:Nicholasville Police Dept]], called back; welfare check requested because of the PICC (risk of line infection / misuse). VIN from registration: [[VEHICLE:1GCNKPEC6BZ214873]].
23:55 Police located pt at home; he agreed to return. Readmitted via ED.
Attending Dr. [[NAME:Mei-Ling Brandt]] aware. Incident report filed.

[[NAME:Jonas Abernathy]], RN, house supervisor
""")


if __name__ == "__main__":
    sys.exit(SET.main())
