#!/usr/bin/env python3
"""Generator for the Ward de-identification SEALED set (sealed.jsonl).

A third set, written after the held-out set (../notes-heldout/) had been
looked at.  It was written without looking at the scanner's code or output,
and the scanner has not been run on it.  Every note below is hand-written,
fully synthetic text: patients, relatives, staff, organisations, numbers and
addresses are invented (real cities, states and countries appear as geography
only).

PHI is marked inline exactly as in ../notes/generate.py:

    [[TYPE:surface text]]

The machinery (marker parsing, checks, output, statistics) lives in
../notes_tool.py; this file holds only the notes and the set's settings.

Usage:
    python3 generate.py                 # writes sealed.jsonl next to this
                                        # file, refreshes the stats in README.md
    python3 generate.py --out X.jsonl   # write elsewhere, do not touch README
    python3 generate.py --check         # validate only, write nothing

Besides the checks every set gets (see ../notes_tool.py), this set asks for:
ids of the form ``<style>-sNN``, NFC text, check digits (NPI, DEA, VIN, MBI,
no 555 numbers), all look-alike patterns (the held-out set's plus month-year,
lower-case month-day, compact dates, IPv6, bare domains, spaced SSNs and
"age 9x"), ``ok`` entries that excuse only the occurrences they cover and
must occur in the text, and independence from both earlier sets.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import notes_tool  # noqa: E402

SET = notes_tool.NoteSet(
    __file__, "sealed.jsonl",
    min_per_style=8,
    id_suffix=r"-s\d\d", id_form="<style>-sNN",
    nfc=True,
    check_digits=True,
    scoped_ok=True,
    lookalikes=(notes_tool.BASIC_LOOKALIKES + notes_tool.DATE_PHONE_LOOKALIKES
                + notes_tool.EXTRA_LOOKALIKES),
    independent_of=[("the tuning set", "../notes/eval.jsonl"),
                    ("the held-out set", "../notes-heldout/heldout.jsonl")],
)
note = SET.note


# ==========================================================================
# NOTES
# ==========================================================================

# ----------------------------------------------------------------- discharge

note("discharge-s01", "discharge", """
DISCHARGE SUMMARY — [[ORG:Knik Arm Regional Medical Center]], [[CITY:Anchorage]]

Patient: [[NAME:FRIDAY, AGNES T.]]     MRN: [[MRN:KA-0771392]]     Age: [[AGE:94]]
DOB: [[DATE:1929-10-02]]     Admit: [[DATE:2024-01-11]]     Discharge: [[DATE:2024-01-19]]
Medicare MBI: [[ACCOUNT:2EK7-TN4-WR58]]
Attending: [[NAME:Soren Kvalheim]], MD

HPI: [[AGE:94]] y/o Yup'ik-speaking woman from [[CITY:Toksook Bay]], medevaced by [[ORG:Tundra Wings Air Ambulance]] through [[CITY:Bethel]] after 4 days of cough, fever 38.8 and SpO2 82% on room air at the village clinic. PMH: Hodgkin lymphoma treated with mantle radiation in 1987, radiation-associated aortic stenosis, HFpEF, bilateral hearing aids. CXR: RLL consolidation with a small effusion.

HOSPITAL COURSE:
1. CAP, RLL - ceftriaxone + azithromycin x 5 days; O2 weaned to room air on [[DATE:1/16]]. Blood cultures no growth. Procalcitonin 2.1 -> 0.4.
2. Hypoactive delirium - cleared once her hearing aids were found (left in the [[CITY:Bethel]] ED and sent up by courier on [[DATE:1/14]]).
3. Aortic stenosis, moderate (AVA 1.1 cm2) - unchanged; outpatient echo as planned.
4. HFpEF - furosemide 20 mg daily resumed; weight 51.3 kg at discharge.

FAMILY: daughter [[NAME:Nellie Friday-Chanar]] ([[PHONE:(907) 543-3120]]) is health care proxy and interpreted at the bedside. Grandson [[NAME:Elliot]], a teacher with [[ORG:Nelson Island School District]], flies home with them.

DISPOSITION: home to [[CITY:Toksook Bay]] on the Friday afternoon flight. Community health aide [[NAME:Marvin Tulik]] will check vitals and lung sounds daily and send them by telehealth cart; village clinic fax [[PHONE:907-427-7210]].
FOLLOW-UP: video visit with Dr. [[NAME:Kvalheim]] in 1 week; echo when she is next in town.

Electronically signed: [[NAME:Soren Kvalheim]], MD   [[DATE:01/19/2024]] 11:05
""", ok=("the Friday afternoon",))

note("discharge-s02", "discharge", """
DISCHARGE SUMMARY
[[ORG:BEAVER LAKE REGIONAL MEDICAL CENTER]] — NEPHROLOGY

Patient: [[NAME:Neijon Lojkar]]     MRN [[MRN:BLK-3390417]]     Acct [[ACCOUNT:HAR-20240306-118]]
DOB [[DATE:05/30/1979]]     Admit [[DATE:03/06/2024]]     D/C [[DATE:03/13/2024]]
Interpreter: Marshallese, in person ([[NAME:Tarines Alik]]) for all discussions.

HPI: 44M born in [[CITY:Majuro]], living in [[CITY:Springdale]], [[STATE:AR]] since 2011, works on the deboning line at [[ORG:OZARK HARVEST POULTRY]]. Uncontrolled T2DM (A1c 12.2) with no prior nephrology care. Presented with 2 weeks of vomiting, dyspnea and itching: BUN 148, Cr 11.6, K 6.4, HCO3 13. Renal US: small echogenic kidneys. New ESRD.

COURSE:
- Tunneled R IJ dialysis catheter [[DATE:3/7]] (lot [[DEVICE:R4417G209]]); 4 HD sessions. K 4.3, BUN 61 at discharge.
- L radiocephalic AV fistula by Dr. [[NAME:Ignacio Barrera-Whitt]] on [[DATE:3/11]]; good thrill.
- QuantiFERON negative. Hep B sAb non-immune, vaccine series started.
- Insulin: glargine 22 units + lispro with meals; BG 140s-190s.

OUTPATIENT HD: [[ORG:Razorback Kidney Care]], Tue/Thu/Sat 05:30 chair, [[STREET:2901 W Sunset Ave, Suite B]], [[CITY:Springdale]], [[STATE:AR]] [[ZIP:72762]], [[PHONE:479-751-0398]].
Insurance: [[STATE:Arkansas]] Medicaid ID [[ACCOUNT:4418290077]].

SOCIAL: wife [[NAME:Rine Lojkar]] ([[PHONE:479.306.2284]]) at bedside daily. Cousin [[NAME:Bilimon]] in [[CITY:Ebeye]] may be given updates; pt agreed. Work note for 4 weeks off faxed to employer HR at [[PHONE:479-361-2207]].

Signed [[NAME:Whitley Carrender]], DO   [[DATE:3/13/24]] 16:20
""")

note("discharge-s03", "discharge", """
PEDIATRIC DISCHARGE SUMMARY — [[ORG:Channel Islands Children's Hospital]]

Patient: [[NAME:Ota-Ramos, Kenji]]     MRN: [[MRN:CI-20448916]]     DOB: [[DATE:Aug 3, 2020]]
Admitted: [[DATE:Feb 20, 2024]]     Discharged: [[DATE:Feb 24, 2024]]

DIAGNOSIS: complete Kawasaki disease, day 6 of fever at admission; LAD dilation (z +2.1).

HPI: 3 y/o boy with 6 days of fever to 40.1, bilateral non-exudative conjunctival injection, strawberry tongue, cracked red lips, polymorphous rash and swollen red hands. Seen twice at urgent care and treated for a viral illness. His grandmother [[NAME:Haruko Ota]], visiting from [[CITY:Kawasaki]], asked whether the illness is named after her city; it is named after the pediatrician who described it.

COURSE:
- IVIG 2 g/kg on [[DATE:2/20]]; afebrile within 24 h. High-dose aspirin, then low-dose 3 mg/kg/day from [[DATE:2/22]].
- Echo [[DATE:2/20]]: LAD z-score +2.1 (dilation only), RCA z +1.4, no effusion. Repeat [[DATE:2/23]] unchanged.
- CRP 14.2 -> 3.1; platelets 612K on the day of discharge; ALT 88 -> 51.

INSTRUCTIONS: no ibuprofen while on aspirin; Reye syndrome and influenza discussed, inactivated flu vaccine given. No MMR or varicella vaccine for 11 months after IVIG.

FOLLOW-UP:
- [[ORG:Ventura Coast Pediatric Cardiology]], Dr. [[NAME:Valentina Szczepanik]], echo on [[DATE:3/8]] and again at 6 weeks.
- PCP Dr. [[NAME:Obregón]], [[ORG:Las Posas Pediatrics]], within 1 week.

Parents: [[NAME:Yumi Ota-Ramos]] (mother, [[PHONE:805-486-2271]]) and [[NAME:Gilberto Ramos]], who works at [[ORG:Pacific Berry Growers Cooperative]].

Signed: [[NAME:Amara Thistlewood]], MD, Pediatric Hospital Medicine   [[DATE:02/24/2024]]
""", ok=("Kawasaki disease",))

note("discharge-s04", "discharge", """
DISCHARGE SUMMARY — CARDIOTHORACIC SURGERY
[[ORG:San Joaquin Heart & Vascular Institute]]

Name: [[NAME:Jaswinder Dhaliwal]]     MRN [[MRN:SJH-00931744]]     FIN [[ACCOUNT:70022941835]]
DOB: [[DATE:12/19/1966]]     Adm: [[DATE:10/02/2023]]     D/C: [[DATE:10/09/2023]]
Surgeon: [[NAME:Rhiannon Pellegrino-Tate]], MD

PROCEDURE ([[DATE:10/04/2023]]): CABG x4 (LIMA-LAD, SVG-D1, SVG-OM1, SVG-PDA), on pump, endoscopic vein harvest R leg.

HPI: 56M long-haul truck driver with DM2 who developed chest pressure at a truck stop near [[CITY:Lodi]]; NSTEMI, troponin peak 9,850 ng/L. Cath at [[ORG:Delta Valley Community Hospital]]: 3-vessel CAD, SYNTAX 34. Transferred for surgery.

COURSE: extubated POD 0. Atrial fibrillation POD 2, amiodarone, sinus rhythm by POD 3. Chest tubes out POD 2, Foley out POD 1. Creatinine peak 1.6 -> 1.2. Glucose on insulin drip, then glargine 18 units.

SOCIAL: lives in [[CITY:Manteca]] with his wife [[NAME:Manpreet]] and son [[NAME:Gurjot]] ("[[NAME:Joti]]"). Punjabi and English; son interpreted at the patient's request. Drives for [[ORG:GOLDEN STATE HAUL LINES]].
Holds a [[STATE:California]] commercial driver's license, [[LICENSE:B7702416]]. No commercial driving for at least 3 months after CABG; letter for his medical examiner given. He and his son understand. His rig (VIN [[VEHICLE:1FUJHHDR0LLM40218]]) was left at the truck stop and has been recovered by the carrier.

CONTACTS: wife [[PHONE:209.239.4471]]; son [[PHONE:(209) 665-0182]].

FOLLOW-UP: CT surgery clinic [[DATE:Oct 20]]; cardiac rehab referral sent; cardiology with Dr. [[NAME:Faustina Adjei-Boakye]] in 4 weeks.
MEDS: aspirin 81, atorvastatin 80, metoprolol tartrate 25 BID, amiodarone 200 daily x 4 weeks, glargine 18 units, metformin restarted.

Signed: [[NAME:Ilse Vandermolen]], PA-C, for Dr. [[NAME:Pellegrino-Tate]]   [[DATE:10/9/23]]
""")

note("discharge-s05", "discharge", """
ONCOLOGY DISCHARGE SUMMARY
[[ORG:Sauk River Regional Medical Center]]

Patient: [[NAME:Hawi Gemechu]]     MRN: [[MRN:SRR-4471063]]     DOB: [[DATE:14 Apr 2004]]
Admitted: [[DATE:14 Nov 2023]]     Discharged: [[DATE:17 Nov 2023]]

DIAGNOSIS: classic Hodgkin lymphoma, nodular sclerosis, stage IIB with bulky mediastinal mass (11 cm). Reed-Sternberg cells CD15+/CD30+.

HPI: 19 y/o F, sophomore at [[ORG:St. Cloud Lutheran College]], with 2 months of drenching night sweats, pruritus and 8 kg weight loss. CT chest: 11 cm anterior mediastinal mass narrowing the SVC, no thrombus.

COURSE:
- CT-guided core biopsy [[DATE:11/15]]. PET-CT: stage IIB, baseline for Deauville scoring.
- Port placed [[DATE:11/16]], lot [[DEVICE:RTPN1182-04]].
- Oncofertility consult: declined oocyte cryopreservation after discussion; GnRH agonist started.
- Cycle 1 day 1 ABVD given inpatient on [[DATE:11/17]] because of the SVC narrowing; tolerated well, no tumor lysis.

SOCIAL: speaks Oromo and English; born in [[CITY:Adama]], Ethiopia. Lives in a residence hall; student ID [[MRN:SCL2209148]] on file with student health. Mother [[NAME:Chaltu Bekele]] lives in [[CITY:Willmar]] ([[PHONE:320-441-8093]]) and will stay with her during treatment. Treatment calendar e-mailed to [[EMAIL:hgemechu@stcloudlutheran.edu]] at her request.

FOLLOW-UP: Dr. [[NAME:Leopold Vaitkus]], hematology-oncology, [[DATE:Nov 30]] (cycle 1 day 15); CBC the day before.

[[NAME:Kerstin Lundeby]], MD   [[DATE:11/17/2023]] 17:44
""")

note("discharge-s06", "discharge", """
DISCHARGE SUMMARY — ORTHOPAEDICS
[[ORG:AROOSTOOK VALLEY HOSPITAL]]

PATIENT: [[NAME:BOUCHARD, YVETTE M.]]     AGE: [[AGE:101]]     MRN: [[MRN:AVH 088 4213]]
SSN: [[SSN:004 38 7712]]
ADMIT: [[DATE:07/22/2023]]     DISCHARGE: [[DATE:07/28/2023]]

HPI: [[AGE:101]]-year-old French-speaking widow who lives alone in [[CITY:Madawaska]], [[STATE:ME]]. Fell while hanging laundry; R intertrochanteric hip fracture. Buck's traction in the ED. Hands with Heberden and Bouchard nodes; independent with a cane before the fall.

COURSE:
1. R hip fracture - cephalomedullary nail on [[DATE:7/23]] by Dr. [[NAME:Tobiah Calloway]]. WBAT. Foley out POD 1.
2. Acute blood loss anemia - Hgb 12.1 -> 8.6, no transfusion.
3. No delirium. She insisted on French; staff interpreter [[NAME:Aurore Cyr]] helped with teaching.

FAMILY: son [[NAME:Réal Bouchard]] lives next door ([[PHONE:207 728 3391]]). Daughter [[NAME:Ghislaine Thériault]], [[STREET:27, rue Victoria]], [[CITY:Edmundston]] ([[STATE:NB]]) [[ZIP:E3V 2H6]], phone [[PHONE:+1 506-739-2284]], asked for a copy of this summary for her own records (patient agreed).

DISPOSITION: [[ORG:St. John Valley Rehab & Living]] for about 2 weeks, then home with son.
MEDS: enoxaparin 30 mg daily x 4 weeks, acetaminophen 650 mg q6h, vitamin D 2000 units.
FOLLOW-UP: ortho clinic [[DATE:Aug 8]], XR R hip.

Electronically signed: [[NAME:Tobiah Calloway]], MD   [[DATE:7/28/2023]] 14:51
T: [[DATE:7/29/2023]] 08:10 /[[NAME:dmb]]
""", ok=("Bouchard nodes",))

note("discharge-s07", "discharge", """
POSTPARTUM DISCHARGE SUMMARY
[[ORG:Old Colony Women's Hospital]]

Patient: [[NAME:Wideline Estimé]]     MRN [[MRN:OCW-7710428]]     DOB [[DATE:02/09/1996]]
MassHealth ID: [[ACCOUNT:100387241966]]
Delivery: [[DATE:9 Sep 2023]] 22:14, NSVD, liveborn male, Apgar 8 and 9, 3,420 g.
Discharge: [[DATE:12 Sep 2023]]

COURSE: postpartum hemorrhage, QBL 1,100 mL, from uterine atony; responded to oxytocin, methylergonovine and TXA. Hgb 11.4 -> 7.9; IV iron sucrose x1, no transfusion. GBS positive, adequately treated. Rh positive, rubella immune. Edinburgh Postnatal Depression Scale 4.
Contraception: etonogestrel implant placed [[DATE:9/11]], lot [[DEVICE:S034827]].

BABY: Baby Boy [[NAME:Estimé]], breastfeeding well; newborn follow-up with Dr. [[NAME:Tunde Ajibola]] in 2 days.

SOCIAL: Haitian Creole interpreter in person ([[NAME:Guerda]]). Husband [[NAME:Fritzner Estimé]] works nights at [[ORG:Bay State Linen Services]], cell [[PHONE:508 580 2291]]. Her mother arrived from [[CITY:Cap-Haïtien]] to help. Address: [[STREET:118 Tribou St, 2nd fl]], [[CITY:Brockton]], [[STATE:MA]] [[ZIP:02302]].

FOLLOW-UP:
- BP and Hgb check [[DATE:Sept 15]] at [[ORG:Champion Street Health Center]].
- Postpartum visit at 6 weeks with CNM [[NAME:Tova Marchand]].
- Return for heavy bleeding (a pad an hour), fever, headache or vision changes.

Signed: [[NAME:Kwesi Ankrah]], MD   [[DATE:09/12/2023]]
""")

note("discharge-s08", "discharge", """
DISCHARGE SUMMARY — HEPATOLOGY
[[ORG:Fairfax Ridge University Hospital]]

Name: [[NAME:HWANG, JAE-SUNG]]     MRN: [[MRN:FRU-11820474]]     Acct: [[ACCOUNT:FRU-AC-7720418]]
DOB: [[DATE:1961.03.08]]     Admitted: [[DATE:4/2/2024]]     Discharged: [[DATE:4/6/2024]]

DIAGNOSES: HBV cirrhosis, Child-Pugh B8, MELD-Na 16; hepatic encephalopathy grade 2 (West Haven); new 2.8 cm LI-RADS 5 observation in segment VIII.

COURSE:
- HE: lactulose titrated to 3 soft BMs/day, rifaximin 550 mg BID. Oriented x3 by HD2.
- MRI [[DATE:4/3]]: single 2.8 cm arterially enhancing lesion with washout. AFP 412. Within Milan criteria.
- EGD [[DATE:4/4]]: large esophageal varices, 3 bands.
- Tumor board [[DATE:4/5]]: TACE as bridge; referred to [[ORG:Chesapeake Liver Transplant Center]] for evaluation via [[URL:https://refer.chesapeakeliver.org/new?src=FRU]].
- HBV DNA undetectable on tenofovir.

SOCIAL: owns [[ORG:Seoul Garden BBQ]] in [[CITY:Centreville]]; no alcohol for 20 years. Wife [[NAME:Mi-kyung]] at the bedside; daughter [[NAME:Christine Hwang]], a nurse, asked that the transplant packet go to [[EMAIL:christine.hwang.rn@gmail.com]], phone [[PHONE:571-313-2048]]. Korean interpreter declined; family interpreted at the patient's request.

INSTRUCTIONS: no driving until cleared. 2 g sodium diet.
FOLLOW-UP: Dr. [[NAME:Anselmo Gatdula]], hepatology, 1 week; IR for TACE [[DATE:April 18]].

[[NAME:Rukhsana Qadri]], MD   [[DATE:04/06/2024]]
""")

# ----------------------------------------------------------------- nursing

note("nursing-s01", "nursing", """
HOME HEALTH SKILLED NURSING VISIT
Agency: [[ORG:Kentucky River Home Care]]     Visit: [[DATE:11/6/2023]] 0930-1030
Pt: [[NAME:Darrell Combs]]     DOB [[DATE:6-14-1951]]
Address: [[STREET:HC 81 Box 1420]], [[CITY:Hazard]], [[STATE:KY]] [[ZIP:41701]]

Dx: complicated coal workers' pneumoconiosis (PMF) on home O2 3 L, COPD, HTN. Retired underground miner, 31 yrs with [[ORG:Lotts Creek Mining]]; federal black lung claim # [[ACCOUNT:BLB-0044728]].

S: wife [[NAME:Wanda]] says he has been "winded worse" since the weather turned cold; using albuterol 4-5x/day. Sleeping in the recliner. No fever, sputum white.
O: T 36.7, HR 98, RR 24, BP 146/88, SpO2 86% on 3 L at rest -> 90% after pursed-lip breathing. Diminished bases, scattered wheeze. Trace ankle edema. Wt 71.4 kg (down 0.6).
Equipment: concentrator S/N [[DEVICE:IC5-7712-3098]] working; 50 ft of tubing runs across the kitchen floor - trip hazard, re-routed along the wall and taped. Pt still smokes on the porch; counseled again that smoking near O2 is a fire hazard. Woodstove in living room, tanks stored > 10 ft away.

Called Dr. [[NAME:Fugate]]'s office at [[ORG:Troublesome Creek Family Practice]], [[PHONE:606-436-2217]], spoke w/ [[NAME:Tonya]], LPN: new order prednisone 40 mg x 5 days, increase O2 to 4 L with exertion. Order read back and verified.
Teaching: energy conservation, when to call 911. Wife verbalized understanding.
Next visit [[DATE:11/9]].

[[NAME:Kendra Sizemore]], RN
""")

note("nursing-s02", "nursing", """
micu rn note 1900-0730   [[DATE:12/2/23]]

pt [[NAME:feodosiy martyushev]] 58m, day 3 intubated for ards after influenza a. per wife they moved to [[CITY:woodburn]] from [[CITY:salem]] in 2019.
neuro: propofol 35 mcg/kg/min + fentanyl 75 mcg/h, rass -2 (richmond scale goal -1 to -2). perrla 3 mm. cam-icu not assessable.
resp: ac 24/400/peep 12/fio2 50%. pf ratio 168 on abg at 2200. proned 2000, plan 16 h. ett 24 cm at lip, secured. rt [[NAME:drew]] drew abg at 0400: 7.36/44/82.
cv: nsr 90s, map 68-75 on norepi 0.04. r ij tlc placed [[DATE:11/30]], a-line l radial, both c/d/i.
gi: salem sump to lcws, 150 ml bilious over shift. tube feeds on hold while prone. bg 132-171, ssi.
gu: foley, uop 40-60 ml/h. cr 1.3.
skin: face and chest pressure points padded, eye lube q4h, braden 11.
family: wife [[NAME:anastasia]] and son [[NAME:kirill]] at bedside till 2100, spoke russian, asked for an old believer priest - chaplain [[NAME:lindell]] paged and will call the son at [[PHONE:503.981.6627]] in am.
safety: bilat soft wrist restraints per order, checked q2h.

- [[NAME:o. haverkamp]] rn
""", ok=("salem sump", "drew abg", "7.36/44/82"))

note("nursing-s03", "nursing", """
PEDIATRIC FLOOR NURSING NOTE — [[ORG:Shoreline Children's Hospital]], 3 North
Pt: [[NAME:Teagan Whitlow-Oakes]], 9 y/o F     MRN [[MRN:SCH-5590382]]
Date: [[DATE:July 9, 2023]]     Shift 0700-1900

Dx: Lyme carditis. Admitted with 2nd-degree AV block (Mobitz I), now 1st degree, PR 0.28 s this AM (0.34 yesterday).
Tick found after a hike near the family cabin in [[CITY:Old Lyme]]; erythema migrans on the R thigh, fading.
CV: continuous tele, sinus 70s, no dropped beats this shift. BP 102/60. No syncope or chest pain.
IV: ceftriaxone 2 g daily via 22 g PIV L forearm, site clean.
Neuro: mild L facial droop (Bell's palsy pattern per team), eye closes fully, lubricating drops.
Activity: up ad lib on tele pack, playing cards with child life specialist [[NAME:Fern Adebisi]].
School: 4th grade at [[ORG:Rogers Lake Elementary]]; mother asked for a school note.

Family: mother [[NAME:Kirsten Whitlow-Oakes]] stayed overnight; father [[NAME:Colby Oakes]], a welder at [[ORG:Niantic Bay Marine]], visited after work. Mother's cell [[PHONE:860.434.7719]].
Plan per Dr. [[NAME:Adaeze Nwosu]]: switch to oral doxycycline when PR < 0.30, possible discharge tomorrow with outpatient ECG.

[[NAME:Danuta Wojcik]], RN
""")

note("nursing-s04", "nursing", """
[[ORG:ST. SPYRIDON CARE CENTER]] — NURSING SHIFT NOTE
RESIDENT: [[NAME:PAPADAKIS, KALLIOPI]]     AGE: [[AGE:96]]     ROOM 118-A
DATE: [[DATE:03 JAN 2024]]     SHIFT: 11-7

0240 RESIDENT FOUND SITTING ON FLOOR BESIDE BED, BED ALARM SOUNDED. STATES SHE WAS GOING TO THE BATHROOM. DENIES HITTING HEAD. NO LOC PER RESIDENT.
ASSESSMENT: ALERT, ORIENTED TO SELF AND PLACE (BASELINE). GCS 15. ROM ALL EXTREMITIES WITHOUT PAIN, NO SHORTENING OR ROTATION. SMALL SKIN TEAR L FOREARM 2 CM, STERI-STRIPS APPLIED.
VS: BP 104/58 (LYING), 92/54 (SITTING), HR 84, T 36.4, SPO2 95% RA, BG 118.
HX PARKINSON'S DISEASE ON CARBIDOPA/LEVODOPA 25/100 QID, ORTHOSTATIC HYPOTENSION. MORSE FALL SCALE 75.
0250 ASSIST X2 BACK TO BED WITH GAIT BELT. LOW BED, FLOOR MAT PLACED. NEURO CHECKS STARTED.
0315 DAUGHTER [[NAME:ELENI STAVROU]] NOTIFIED AT [[PHONE:(216) 662-0418]]; WILL VISIT IN AM. RESIDENT ASKED FOR HER AND FOR FATHER [[NAME:IOANNIS]] (HER PRIEST).
0330 NP [[NAME:ZOLTAN HEGEDUS]] NOTIFIED. ORDERS: NEURO CHECKS Q4H X 24 H, ORTHOSTATIC VS DAILY X 3, PT EVAL. NO NEW MED ORDERS.
0600 SLEPT SINCE 0400, NEURO CHECKS UNCHANGED. INCIDENT REPORT COMPLETED.

[[NAME:M. KOUYATÉ]], LPN
""")

note("nursing-s05", "nursing", """
ED NURSING NOTE — [[ORG:Prairie Lakes Medical Center]]
Arrival: [[DATE:2023-08-21]] 06:12, private vehicle (coworker)
Pt: [[NAME:Baltazar Tzoc Ixcoy]], 31M     MRN [[MRN:PLM-0093372]]
Language: K'iche' (video interpreter); Spanish second language.

CC: R index finger caught in a conveyor at [[ORG:PRAIRIE STAR PORK]] ~0530. Partial amputation through the middle phalanx.
0615 Bleeding controlled with pressure dressing. Amputated part brought in a glove on ice; re-wrapped in saline-moistened gauze, sealed bag, on ice.
0620 Pain 9/10 -> fentanyl 50 mcg IV. Tdap given (last dose unknown). Cefazolin 2 g IV.
0640 XR: amputation at mid P2, no other fractures.
0650 Supervisor [[NAME:Randy Oltmanns]] arrived with workers' comp paperwork: carrier [[ORG:Heartland Mutual Comp]], claim [[ACCOUNT:WC-MN-2308-44719]]. Pt asked that his wife not be told by the employer; respected.
0705 Brother [[NAME:Diego Tzoc]] at bedside. Pt worried about missing work; SW [[NAME:Abril Monteverde]] consulted.
0720 Accepted by hand surgery at [[ORG:Big Sioux Hand & Microsurgery]] in [[CITY:Sioux Falls]], [[STATE:SD]]. Report called to [[NAME:Kelsey Ruud]], RN, [[PHONE:605-312-8840]].
0840 Departed by ALS ambulance with part on ice.
Pt's address: [[STREET:1214 Okabena St, Apt 6]], [[CITY:Worthington]]. Cell [[PHONE:507 360 1187]].
Belongings: wallet and phone with brother. Pt's pickup is in the plant lot, [[STATE:Minnesota]] plate [[VEHICLE:MKR 882]]; brother will move it.

[[NAME:Jenna Vorwerk]], RN
""")

note("nursing-s06", "nursing", """
LABOR & DELIVERY NURSING ADMISSION NOTE
[[ORG:Pequea Valley Women's Pavilion]]     [[DATE:4/16/2024]] 0205

Pt: [[NAME:Katie Stoltzfus]], 31 y/o G5P4, 39+3 wks by LMP, arrived by hired van (driver [[NAME:Merle Hoover]]) from home in [[CITY:Gap]] with lay midwife [[NAME:Ada Beiler]].
Reason: SROM ~14 h ago, meconium-stained fluid, contractions q3-4 min.
SVE 5/80/-1. FHR baseline 145, moderate variability, accels present, no decels: Category I. Bishop score not applicable (in labor).
VS: BP 118/72, HR 88, T 37.4. GBS unknown -> penicillin G started 0220.
Labs: CBC, type and screen; Rh negative -> RhIG workup. BMP: Na 137, K 3.9, anion gap 11.
Prior births: 4 SVDs at home, largest 4,050 g. No prenatal visits this pregnancy beyond the midwife; no ultrasounds.
Family: husband [[NAME:Amos Stoltzfus]] at bedside. Pennsylvania Dutch at home; pt prefers English with staff. No phone in the home - contact through the neighbor's phone shanty, [[PHONE:717-442-0396]], or the midwife. Family plans to pay cash; financial counseling referral placed.
Preferences: no epidural, wants intermittent monitoring if allowed, husband to cut cord.
Notified Dr. [[NAME:Marit Lapp-Kessler]] 0215; will evaluate.

[[NAME:Luanne Reifsnyder]], RN
""")

note("nursing-s07", "nursing", """
ED OBSERVATION NURSING NOTE
[[ORG:Cascadia Pacific University]] campus transport, arrival Sat [[DATE:10/14/23]] 01:25

Pt: [[NAME:Colton Vierra]], 19M, first-year student; student ID [[MRN:CPU-40817733]].
Found minimally responsive at an off-campus party. BAL 0.31 on arrival. GCS 9 (E2V2M5), protecting airway, placed in recovery position. Vomited x2, suctioned, no aspiration noted. BG 94.
0200 IV LR 1 L bolus. Ondansetron 4 mg IV.
0345 GCS 13, mumbling, asks for his phone.
0500 GCS 15, ambulated to bathroom with assist x1. Ate crackers.
Friend [[NAME:Dean Farris]] rode along and stayed in the waiting room all night; pt wants him updated.
Per university policy the Dean of Students office is notified of transports; pt signed consent. Collegiate recovery program info given.
Parents in [[CITY:Hilo]], [[STATE:HI]]; mother [[NAME:Leilani Vierra]] called at 0520 ([[PHONE:808-935-2207]]), tearful, asked us to have him call her after he sleeps.
Discharge instructions e-mailed to [[EMAIL:cvierra22@cascadiapacific.edu]] at his request.
0615 Discharged to dorm with [[NAME:Dean]]. Alert, steady gait, verbalized return precautions.

[[NAME:Priyamvada Sastry]], RN
""", ok=("Dean of Students",))

note("nursing-s08", "nursing", """
HOSPICE RN VISIT — [[ORG:Medicine Root Hospice]]
Pt: [[NAME:Verna Iron Shell]]     Age: [[AGE:90]]     Visit: [[DATE:12/18/2023]] 1310-1425
Location: family home near [[CITY:Kyle]], [[STATE:SD]] (blue trailer 4 mi south of the store, past the cattle guard; no street address).

Dx: end-stage heart failure, EF 15%. PPS 20%. Bedbound since [[DATE:12/10]].
Resp: Cheyne-Stokes pattern with apneas to 20 s; secretions audible. Lips dry. SpO2 not checked per goals.
Skin: mottling both knees, feet cool. Sacral skin intact, pillows for repositioning q2h.
Intake: sips only. Last urine this morning, dark, small amount.
Comfort: morphine oral solution 5 mg SL q2h prn used x3 in 24 h, effective. Glycopyrrolate started for secretions. Grimace 0/10 at rest.
Family: granddaughter [[NAME:Tashina Iron Shell]] is primary caregiver ([[PHONE:605-455-2093]]). Grandson [[NAME:Sage]] came from [[CITY:Rapid City]] today. Family burning sage and sweetgrass and singing; no conflict with care. Deacon [[NAME:Raymond Little Hawk]] from the Episcopal church came to pray with her.
Education: signs of approaching death reviewed with family; they want her to die at home, no 911. DNR form on the refrigerator.
Funeral home chosen: [[ORG:Pass Creek Funeral Home]].
Next visit tomorrow; on-call RN [[PHONE:1-877-604-3318]].

[[NAME:Cheryl Two Crow]], RN, CHPN
""")

# ----------------------------------------------------------------- radiology

note("radiology-s01", "radiology", """
[[ORG:BELTON LAKE REGIONAL MEDICAL CENTER]] — DIAGNOSTIC IMAGING
EXAM: CT HEAD WITHOUT CONTRAST; CT MAXILLOFACIAL WITHOUT CONTRAST
ACC#: [[MRN:BLR-CT-23-884017]]     MRN: [[MRN:0047719620]]
PATIENT: [[NAME:ZAPATA-VILLARREAL, XIOMARA]]     DOB: [[DATE:1984-11-23]]     F
EXAM DATE/TIME: [[DATE:2023-06-03]] 23:41
ORDERING: [[NAME:Beau Quintana]], MD, Emergency Medicine

HISTORY: thrown from a horse at a rodeo arena outside [[CITY:Temple]]; laceration over the left temple, brief LOC, GCS 14.
TECHNIQUE: axial 5 mm and 0.625 mm images with sagittal and coronal reformats. CTDIvol 52 mGy.
COMPARISON: none.

FINDINGS:
HEAD: 4 mm hyperdense focus in the left inferior frontal lobe, consistent with hemorrhagic contusion. No extra-axial collection. No midline shift. Ventricles and basal cisterns normal. No hydrocephalus.
SCALP: left temporal subgaleal hematoma with laceration, 7 mm of soft tissue gas. No radiopaque foreign body.
FACE: nondisplaced fracture of the left zygomatic arch. Orbits intact, globes normal. Mandible intact. Paranasal sinuses clear except a mucous retention cyst in the right maxillary sinus (13 x 9 mm).

IMPRESSION:
1. Small left frontal hemorrhagic contusion.
2. Nondisplaced left zygomatic arch fracture.
3. Left temporal scalp hematoma and laceration.

Critical result discussed with Dr. [[NAME:Quintana]] by phone at 23:58 on [[DATE:6/3/2023]], read back confirmed.
Images available to the trauma center: [[URL:https://imagexchange.beltonlake.org/case/CT-884017]]

Interpreted by: [[NAME:Harlan Motley]], MD
""")

note("radiology-s02", "radiology", """
EXAM: XR FOOT RIGHT 3 VIEWS
PATIENT: [[NAME:Jones, Tamika R.]]     MRN: [[MRN:4471-90-2213]]     ACCESSION: [[MRN:XRF0062184]]
DATE OF EXAM: [[DATE:January 5th, 2024]] 15:32
ORDERING: Dr. [[NAME:Ebony Strickland-Ware]], [[ORG:Piedmont Crossing College]] Athletic Medicine

HISTORY: 24 y/o F guard on the college basketball team; inversion injury landing from a rebound, lateral midfoot pain, unable to bear weight. Ottawa foot rules positive.
TECHNIQUE: AP, oblique and lateral views.
COMPARISON: none available.

FINDINGS:
Transverse lucency at the base of the fifth metatarsal at the metaphyseal-diaphyseal junction, about 1.8 cm distal to the tuberosity, without displacement (zone 2). This is a Jones fracture. No periosteal reaction to suggest a stress fracture.
Lisfranc interval normal, no widening between the 1st and 2nd metatarsal bases on weight-bearing-equivalent views. Tarsal alignment normal.
No other fracture. Os peroneum incidentally noted. Soft tissue swelling over the lateral midfoot.

IMPRESSION:
1. Acute nondisplaced Jones fracture (zone 2) of the right fifth metatarsal.
2. No Lisfranc injury.
Recommend non-weight-bearing and orthopaedic follow-up; zone 2 fractures have a higher risk of nonunion.

Electronically signed: [[NAME:Anneke Hoogendoorn]], MD   [[DATE:01/05/2024]] 16:09
""", ok=("Jones fracture",))

note("radiology-s03", "radiology", """
[[ORG:Grand River Neuroscience Institute]] — Neuroradiology
EXAM: MRI BRAIN WITH AND WITHOUT CONTRAST, DBS PLANNING PROTOCOL
Patient: [[NAME:van den Heuvel, Pieter]]     MRN [[MRN:GRN-0088315]]     Acc [[MRN:MR-24-0310558]]
Exam date: [[DATE:11MAR2024]]

CLINICAL: 71 y/o M with idiopathic Parkinson's disease for 9 years (Hoehn & Yahr 3), motor fluctuations and dyskinesia. Pre-operative planning for bilateral STN deep brain stimulation. Referred by Dr. [[NAME:Wietske Brouwer]] in [[CITY:Holland]], [[STATE:MI]]. Pt emigrated from the Netherlands as a child.

TECHNIQUE: 3D T1 MPRAGE pre and post gadolinium, 3D FLAIR, SWI, coronal T2 through the midbrain, stereotactic frame-free. 7.5 mL gadobutrol.

FINDINGS:
No mass, hemorrhage or acute infarct. Scattered periventricular and subcortical FLAIR hyperintensities, Fazekas grade 1. Mild generalized volume loss, appropriate for age. Loss of the normal nigral hyperintensity on SWI bilaterally, consistent with Parkinson disease. Circle of Willis flow voids normal; no vascular abnormality along the planned trajectories. Subthalamic nuclei well seen on coronal T2. Ventricles not enlarged, no finding to suggest NPH.

IMPRESSION:
1. No contraindication to DBS targeting.
2. Absent nigral hyperintensity bilaterally, supporting idiopathic PD.
3. Mild chronic small vessel disease.

Planning dataset sent to the surgical navigation workstation at [[IP:10.118.40.23]] on [[DATE:3/11/24]] 14:02.
Read by: [[NAME:Chinedu Okwuosa]], MD
""")

note("radiology-s04", "radiology", """
ULTRASOUND THYROID AND NECK
Patient: [[NAME:Gurung, Sabina]]     MRN: [[MRN:00693418]]     DOB: [[DATE:03/21/1988]]
Exam: [[DATE:05/14/2024]] 10:20     Sonographer: [[NAME:Kalani Ho]], RDMS
Ordering: [[NAME:Bhuwan Adhikari]], MD, [[ORG:Himalayan Family Clinic]], [[CITY:Aurora]], [[STATE:CO]]

HISTORY: palpable right neck nodule x 3 months. Mother treated for thyroid cancer in [[CITY:Pokhara]]. TSH 1.9.

FINDINGS:
Thyroid: right lobe 5.1 x 2.0 x 1.9 cm, left lobe 4.6 x 1.6 x 1.5 cm, isthmus 3 mm. Parenchyma mildly heterogeneous, no increased vascularity (no Hashimoto pattern).
Right mid pole: 1.9 x 1.4 x 1.6 cm solid, markedly hypoechoic nodule, taller-than-wide, with punctate echogenic foci. ACR TI-RADS: solid 2 + markedly hypoechoic 3 + taller-than-wide 3 + punctate foci 3 = 11 points, TR5.
Left lower pole: 0.8 cm spongiform nodule, TR1.
Lymph nodes: right level III node 1.1 cm short axis with loss of fatty hilum and cystic change. Left neck unremarkable.

IMPRESSION:
1. Right thyroid nodule, TI-RADS TR5, 1.9 cm: FNA recommended.
2. Abnormal right level III lymph node: FNA recommended at the same visit.
3. Left spongiform nodule TR1: no follow-up.

US-guided FNA of both scheduled for [[DATE:May 21]]; cytology will be reported in the Bethesda system to Dr. [[NAME:Adhikari]].

[[NAME:Cem Karadağ]], MD   [[DATE:05/14/2024]] 11:02
""")

note("radiology-s05", "radiology", """
CHEST RADIOGRAPH, PA AND LATERAL — REFUGEE HEALTH SCREENING
[[ORG:Mohawk Valley Refugee Health Program]]
Patient: Naw [[NAME:Htoo Paw]]     DOB: [[DATE:01/01/1979]]     MRN: [[MRN:MVR-2024-00417]]
Exam date: [[DATE:Apr 2, 2024]]

HISTORY: 45 y/o F, Karen, arrived [[DATE:Feb 2024]] from [[CITY:Mae La]] camp (Thailand) after many years there. Overseas class B2 TB notification; IGRA positive here. No cough, fever or weight loss per screening nurse. Overseas panel film [[DATE:2023-10-11]] reported as calcified granuloma; digital copy not available.

FINDINGS:
Lungs: 6 mm calcified nodule in the right upper lobe with a calcified right hilar lymph node (Ranke complex). No cavitation, consolidation, tree-in-bud opacity or miliary pattern. Mild biapical pleural thickening, symmetric.
Pleura: no effusion or pneumothorax.
Heart and mediastinum: normal size and contour.
Bones: old healed fracture of the left 6th rib laterally.

IMPRESSION:
1. Healed primary TB (Ranke complex). No radiographic evidence of active pulmonary TB.
2. Findings compatible with latent TB infection given positive IGRA; treatment per the program.

Result sent to [[ORG:Oneida County Health Department]] TB program and to Dr. [[NAME:Dmytro Savchuk]] (program physician).
Read by [[NAME:Dmytro Savchuk]], MD, [[DATE:04/02/2024]]
""")

note("radiology-s06", "radiology", """
FLUOROSCOPY: UPPER GI SERIES (PEDIATRIC), LIMITED
[[ORG:Valley Forge Children's Hospital]]
Patient: Baby Boy [[NAME:Ahmadzai]]     MRN [[MRN:VFC-20240091]]     DOB [[DATE:20240116]]
Exam: [[DATE:20240119]] 03:22     Location: NICU bed 14

CLINICAL: 3-day-old term male with new bilious emesis x2, soft abdomen. Evaluate for malrotation/volvulus.
TECHNIQUE: 20 mL iohexol 240 via NG tube, patient supine and right-side down. Fluoroscopy time 0.9 min; 0.6 mGy. Pediatric low-dose protocol.

FINDINGS:
Esophagus and stomach normal. Contrast passes promptly into the duodenum. The duodenojejunal junction lies to the right of the left pedicle and below the duodenal bulb, so the ligament of Treitz is not in its normal position. The proximal jejunum has a corkscrew configuration in the right upper quadrant. Partial obstruction at the third part of the duodenum with delayed distal passage.

IMPRESSION:
Malrotation with midgut volvulus. SURGICAL EMERGENCY.

Findings called to pediatric surgery, Dr. [[NAME:Kirra Mendelsohn]], at 03:31 on [[DATE:1/19/2024]]; read back confirmed. Patient to OR for Ladd procedure. NICU charge nurse [[NAME:Precious Mhlanga]] notified.

Radiologist: [[NAME:Hoang-Anh Pham]], MD
""")

note("radiology-s07", "radiology", """
INTERVENTIONAL RADIOLOGY PROCEDURE REPORT
[[ORG:Sheepshead Bay Medical Pavilion]]
PROCEDURE: IVC FILTER PLACEMENT (RETRIEVABLE)
PATIENT: [[NAME:Melnikova, Zinaida P.]]     AGE: [[AGE:92]]     MRN: [[MRN:SBM 40-771-092]]
DATE: [[DATE:08-Sep-2023]]

INDICATION: acute R femoral-popliteal DVT with small segmental PE; anticoagulation contraindicated after a traumatic subdural hematoma on [[DATE:8/29]].
CONSENT: patient (Russian interpreter) and her health care proxy, granddaughter [[NAME:Alina Feldman]], by phone at [[PHONE:718-646-3029]].
OPERATORS: [[NAME:Yosef Bensimon]], MD; [[NAME:Kareem Shalaby]], RT(R)(VI).
SEDATION: none; local lidocaine 1% 5 mL.

PROCEDURE: US-guided R IJ access with micropuncture, Seldinger technique, 8 Fr sheath. Cavogram: single right-sided IVC, 21 mm diameter, no thrombus; renal veins at L1-L2. Filter deployed with the apex at L2, infrarenal. Final image: well seated, no tilt. Sheath removed, manual pressure.
DEVICE: retrievable IVC filter, lot [[DEVICE:GFV-3318207]], logged in the filter registry at [[URL:ivcfilter-track.sbmp.org]].
Fluoro 3.2 min, 41 mGy. No complications.

PLAN: review for retrieval when anticoagulation is allowed (neurosurgery to advise); IR clinic in 6 weeks.
Dictated by [[NAME:Yosef Bensimon]], MD [[DATE:09/08/2023]] 13:15
""")

note("radiology-s08", "radiology", """
VENOUS DUPLEX ULTRASOUND, LEFT LOWER EXTREMITY
[[ORG:Leeward Oahu Medical Center]]
Patient: [[NAME:Faʻafetai Tuilagi]]     MRN [[MRN:LOM-770214]]     DOB [[DATE:9/30/1975]]
Exam: [[DATE:6/12/2024]] 08:47     Sonographer: [[NAME:Lani Baker]], RDMS

CLINICAL: left calf swelling and pain 2 days after a long flight from [[CITY:Pago Pago]]. Homans sign reportedly positive. D-dimer 820.

FINDINGS:
Common femoral, femoral, deep femoral and popliteal veins: fully compressible, normal phasic flow and augmentation. No intraluminal thrombus.
Posterior tibial and peroneal veins: patent and compressible. Gastrocnemius and soleal veins: compressible.
Popliteal fossa: 4.1 x 1.8 x 2.6 cm complex Baker's cyst with irregular inferior margin and fluid tracking 9 cm along the medial gastrocnemius, consistent with rupture.
Great saphenous vein patent. Subcutaneous edema of the calf.
Right CFV (comparison): normal.

IMPRESSION:
1. No DVT in the left lower extremity.
2. Ruptured Baker's cyst with fluid dissecting into the calf, the likely cause of symptoms.

Preliminary findings given by [[NAME:Lani Baker]] to the ordering PA, [[NAME:Makana Kealoha]], at 09:05.
Final read: [[NAME:Keoni Kahananui]], MD   [[DATE:06/12/2024]] 09:40
""", ok=("Baker's cyst",))

# ----------------------------------------------------------------- referral

note("referral-s01", "referral", """
[[ORG:Constitution Trail Family Medicine]]
[[STREET:1408 Fort Jesse Rd, Suite 3]], [[CITY:Normal]], [[STATE:IL]] [[ZIP:61761]]
Tel [[PHONE:309-452-7781]]     Fax [[PHONE:309-452-7790]]

[[DATE:October 30, 2023]]

To: Dr. [[NAME:Estelle Vukovich]], [[ORG:Mackinaw Valley Neurology]]
Re: [[NAME:Ramil Dagohoy]]     DOB [[DATE:4/11/1970]]     Home phone [[PHONE:309-830-5146]]

Dear Dr. [[NAME:Vukovich]],

Thank you for seeing Mr. [[NAME:Dagohoy]], a 53-year-old machinist at [[ORG:Prairie Gear & Axle]], for 4 months of progressive right hand weakness, cramps and twitching in both arms. He now drops tools and cannot button his shirt cuffs.

Exam: atrophy of the right first dorsal interosseous and thenar eminence; fasciculations in the right deltoid and left biceps; reflexes 3+ in the arms, Hoffmann sign positive on the right, Babinski absent. Normal sensation to all modalities. Tongue without fasciculations. Speech normal.

MRI C-spine [[DATE:10/19]]: mild C5-6 foraminal narrowing, no cord compression or signal change. CK 412, B12 and TSH normal.

I am worried about motor neuron disease rather than cervical myelopathy and would value EMG and your assessment. He is aware; an uncle in [[CITY:Cebu]] died of ALS. His wife [[NAME:Luzviminda]] ([[PHONE:309.261.0478]]) will come to the visit.

Insurance: [[ORG:Heartland Shield]], member ID [[ACCOUNT:HSX904418273]], group [[ACCOUNT:G-71550]].

Sincerely,
[[NAME:Odalys Farquhar]], MD     NPI [[LICENSE:1730482290]]
""", ok=("Normal sensation",))

note("referral-s02", "referral", """
REFERRAL — GASTROENTEROLOGY
From: [[NAME:Mallory Quinlan]], FNP-C, [[ORG:Jackson Heights Community Clinic]]
To: [[ORG:Astoria GI Associates]]     Fax [[PHONE:(718) 204-6631]]
Date: [[DATE:02/27/2024]]     Priority: urgent (within 2 weeks)

Patient: [[NAME:Md. Rafiqul Islam]]     DOB [[DATE:15/08/1972]]     Cell [[PHONE:(347) 612-0483]]
Language: Bengali; son [[NAME:Tanvir]] interprets at his request ([[PHONE:929-271-4406]]).
Insurance: [[ORG:EmpireCare Essential Plan]], ID [[ACCOUNT:EC7731046290]].

Reason for referral: iron deficiency anemia and recent upper GI bleed.
51 y/o taxi driver ([[ORG:Queensboro Car Service]]) who vomited blood after several days of retching while visiting family in [[CITY:Sylhet]] in [[DATE:January 2024]]. EGD there showed a Mallory-Weiss tear and "a large ulcer" (report in Bengali, translated copy attached). Treated with omeprazole; no biopsy or H. pylori test known.
Since return: fatigue, dyspnea on stairs, black stools x2 last week. Hgb 9.8, MCV 71, ferritin 6. BUN normal. Takes naproxen for back pain (stopped today).

Requests: EGD with biopsy and H. pylori testing; colonoscopy (never screened, age 51).
Started: pantoprazole 40 mg BID, ferrous sulfate every other day.

Please schedule through the son. Return precautions for melena or syncope reviewed.

[[NAME:Mallory Quinlan]], FNP-C     NPI [[LICENSE:1245806132]]
""", ok=("Mallory-Weiss",))

note("referral-s03", "referral", """
[[ORG:Dauphin Street Internal Medicine]]
[[STREET:2217 Dauphin St]], [[CITY:Mobile]], [[STATE:AL]] [[ZIP:36606]]   Phone [[PHONE:251-471-0085]]

[[DATE:September 5, 2023]]

Dr. [[NAME:Sylvain Thibault]]
[[ORG:Gulf Coast Arthritis Clinic]]

RE: [[NAME:Ziad Khoury]]     DOB [[DATE:1/2/1989]]
Mobile: [[PHONE:251-476-3398]]     E-mail: [[EMAIL:ziad.khoury89@yahoo.com]]

Dear Dr. [[NAME:Thibault]],

I would be grateful if you could see Mr. [[NAME:Khoury]], 34, a longshoreman with [[ORG:GULF PORT STEVEDORING]], for suspected axial spondyloarthritis.

He has had 2 years of low back and buttock pain that is worse in the morning (stiffness about 90 minutes), better with exercise, and wakes him in the second half of the night. Left heel pain for 6 months. An episode of acute anterior uveitis in [[DATE:June 2023]] was treated by Dr. [[NAME:Sokhom Penh]], ophthalmology.

Exam: modified Schober 3 cm, reduced lateral lumbar flexion, tender left Achilles insertion. No psoriasis or dactylitis.
Labs: HLA-B27 positive, CRP 22 mg/L, ESR 31. SI joint XR: bilateral sclerosis and erosions, grade 2-3.
Family history: his father in [[CITY:Zahlé]] has psoriasis.

Naproxen 500 mg BID gives partial relief. Insurance is through his union plan: [[ORG:Magnolia Coastal Health]], member [[ACCOUNT:MCH-80415527-01]].

Sincerely,
[[NAME:Beatrix Odom]], MD
""", ok=("Mobile:",))

note("referral-s04", "referral", """
SOLICITUD DE REFERENCIA / REFERRAL REQUEST
[[ORG:Hospital General de Especialidades del Valle]], Servicio de Oncología
[[CITY:Oaxaca de Juárez]], México     Tel. [[PHONE:+52 951 516 0482]]

Fecha / Date: [[DATE:12 de marzo de 2024]]

Paciente / Patient: [[NAME:Rosalba Méndez Hernández]]
Fecha de nacimiento / DOB: [[DATE:14/02/1969]]
CURP: [[SSN:MEHR690214MOCNRS08]]
Domicilio / Address: [[STREET:Calle Macedonio Alcalá 412, Col. Centro]], [[CITY:Oaxaca de Juárez]], C.P. [[ZIP:68000]], México

Referred to: [[ORG:Rio Salado Cancer Institute]], Gynecologic Oncology, [[CITY:Phoenix]], [[STATE:AZ]].

Diagnóstico / Diagnosis: cervical squamous cell carcinoma (carcinoma epidermoide moderadamente diferenciado), FIGO 2018 stage IIB on exam and MRI. Biopsy [[DATE:2024-02-19]].
Summary: 55-year-old woman, G6P6, never screened, with 5 months of postcoital bleeding. Parametrial involvement on the right, no hydronephrosis. Hb 10.2 g/dL, creatinine 0.8. HIV negative.
Recommendation: concurrent chemoradiation (cisplatin weekly + EBRT + brachytherapy). The patient wishes to be treated in [[STATE:Arizona]], where her daughter is a US citizen and can support her.

Daughter / contact: [[NAME:Yareli Soto Méndez]], [[CITY:Mesa]], cell [[PHONE:+1 480 261 7730]].
Slides, blocks and MRI disc will travel with the patient.

Atentamente,
Dra. [[NAME:Citlali Zárate Olmedo]], oncóloga
Cédula profesional [[LICENSE:8841207]]     [[EMAIL:czarate.onco@hgev-oax.mx]]
""")

note("referral-s05", "referral", """
INTERNAL REFERRAL — ADULT CONGENITAL HEART DISEASE CLINIC
Referral date: [[DATE:2023-05-22]]
From: [[NAME:Gaspard Ndiaye]], MD, [[ORG:American River Family Clinic]]     Fax [[PHONE:916.852.4419]]

Patient: [[NAME:Tkachenko, Oleksandr]]     DOB [[DATE:17.09.1990]]     MRN [[MRN:ARF-3318740]]
Phone: [[PHONE:916-307-8842]] (wife [[NAME:Tetiana]], speaks English; pt prefers Ukrainian)

Background: arrived from [[CITY:Kharkiv]] in [[DATE:March 2023]] under humanitarian parole; lives with his sponsor, [[NAME:Bohdan Lysenko]], in [[CITY:Rancho Cordova]]. Ebstein anomaly, tricuspid valve repair at age 11 in [[CITY:Kyiv]]; accessory pathway ablated at the same center in 2009 (records in Ukrainian, partial translation attached).

Reason for referral: recurrent palpitations over 2 months, two episodes with presyncope at work (warehouse, [[ORG:Sierra Foothill Distribution]]). ECG: sinus, RBBB, no pre-excitation. 14-day patch monitor (S/N [[DEVICE:ZM-4418-0927]]) showed 3 runs of narrow-complex tachycardia up to 188 bpm, longest 6 min.
Echo here [[DATE:5/10/2023]]: moderate-severe TR, RA enlarged, RV function mildly reduced, no shunt on bubble study.

Meds: metoprolol succinate 25 mg started [[DATE:5/12]].
Outside records uploaded to [[URL:https://share.americanriverfc.org/u/TK-0917]] (link valid 30 days).
Question: EP study? Need for repeat tricuspid surgery?

Thank you.
[[NAME:Gaspard Ndiaye]], MD
""")

note("referral-s06", "referral", """
WORKERS' COMPENSATION REFERRAL — HAND SURGERY
From: [[ORG:Five Seasons Occupational Health]], [[CITY:Cedar Rapids]], [[STATE:Iowa]]
To: [[ORG:Linn County Hand Center]]     Date: [[DATE:Sept. 20, 2023]]

Employee: [[NAME:Bounmy Sisouphanh]]     DOB: [[DATE:3 Dec 1968]]     SSN: [[SSN:481-62-0375]]
Cell: [[PHONE:319 981 4470]]
Employer: [[ORG:HAWKEYE CORN MILLING]] (packer, second shift)
Date of injury: [[DATE:07/17/2023]] (cumulative trauma, reported)
Claim #: [[ACCOUNT:WC7731-0428-2023]]     Authorization #: [[ACCOUNT:AUTH-23-908114]]
Adjuster: [[NAME:Trent Wooldridge]], [[ORG:Corn Belt Claims Services]], [[PHONE:319-365-9914 ext 207]], [[EMAIL:twooldridge@cornbeltclaims.com]]
Nurse case manager: [[NAME:Brandy Schimmelpfennig]], RN

History: 6 months of numbness in the right thumb, index and middle fingers, worse at night and with repetitive bagging. Drops small objects.
Exam: Tinel and Phalen positive at the right wrist, Durkan compression test positive at 12 s. Mild thenar atrophy, APB 4/5. Finkelstein negative. 2-point discrimination 7 mm index finger.
EMG/NCS [[DATE:9/6/2023]]: moderate-to-severe right median neuropathy at the wrist, axonal features.
Failed: night splint and modified duty (10 weeks), one steroid injection.
Requested: surgical evaluation for right carpal tunnel release.
Language: Lao. Daughter [[NAME:Noy]] ([[PHONE:319-389-2064]]) can interpret; professional interpreter preferred for consent.
Work status: restricted duty, no repetitive gripping with the right hand.

[[NAME:Anders Pettersen]], DO     NPI [[LICENSE:1503177622]]
""")

note("referral-s07", "referral", """
REFERRAL — PEDIATRIC ENDOCRINOLOGY
From: [[ORG:Bear Creek Teen Health Clinic]] (school-based), [[CITY:Euless]], [[STATE:TX]]
To: [[ORG:Trinity River Pediatric Endocrinology]]     Fax [[PHONE:817-283-0947]]
Date: [[DATE:11/13/2023]]

Student: [[NAME:Sione Fifita]]     DOB [[DATE:08/24/2010]]     District student # [[MRN:HEB-2100847]]
CHIP ID: [[ACCOUNT:CHP-560318822]]
Address: [[STREET:906 Sunset Ridge Ct]], [[CITY:Euless]], [[STATE:TX]] [[ZIP:76039]]
Parent: [[NAME:Mele Fifita]] (mother), [[PHONE:817-354-2290]]; speaks Tongan and English.

Reason: new hyperglycemia. 13 y/o boy, 8th grade at [[ORG:Harwood Junior High]], football lineman. BMI 38.1 (>99th percentile). Acanthosis nigricans neck and axillae. Polyuria and nocturia x 1 month. Tanner 4.
Labs [[DATE:11/8]]: A1c 6.9, fasting glucose 142, no ketones, ALT 64, TG 310, HDL 31. GAD65 and IA-2 antibodies pending.
BP 134/84 (>95th percentile x 2 visits).
Family history: father and maternal grandmother with type 2 diabetes; grandmother on dialysis in [[CITY:Nukuʻalofa]].

Started metformin 500 mg daily with dinner, nutrition referral. Family is motivated; his coach, [[NAME:Tevita Lolohea]], is helping with a walking plan at practice.
Requesting evaluation for youth-onset T2DM vs autoimmune diabetes, and hypertension workup.

[[NAME:Lavinia Vake]], FNP-C     NPI [[LICENSE:1922640382]]
""")

note("referral-s08", "referral", """
REFERRAL TO [[ORG:Atlantic Memory & Aging Center]]
Date: [[DATE:January 8, 2024]]

Patient: [[NAME:Mordechai "Morty" Gelbfish]]     Age: [[AGE:93]]     DOB: [[DATE:June 6, 1930]]
Address: [[STREET:14620 Via Cascada, Unit 208]], [[CITY:Delray Beach]], [[STATE:FL]] [[ZIP:33446]] (winters); summers in [[CITY:Monticello]], [[STATE:New York]]
Medicare MBI: [[ACCOUNT:5HQ2-AP8-MX91]]     Supplement: [[ORG:Seaboard Senior Advantage]]

Reason: 18 months of progressive short-term memory loss. Got lost driving to synagogue in [[DATE:December]] and was found by a neighbor 2 miles away. Repeats questions; misses bills; still plays cards.
Retired pharmacist. Widowed 2019. Lives alone with a daily aide from [[ORG:Palm Coast Companions]].
MoCA 19/30 (delayed recall 0/5). No visual hallucinations, no REM sleep behavior, no parkinsonism, so Lewy body disease seems less likely; no disinhibition to suggest Pick disease.
MRI brain [[DATE:12/20/2023]]: bilateral hippocampal atrophy, Fazekas 2. B12 190 (repleting). TSH and RPR normal.
Probable Alzheimer's disease; requesting diagnostic evaluation and a driving assessment. Advised not to drive meanwhile; [[STATE:Florida]] driver license [[LICENSE:G412-730-30-206-0]].

Family: son [[NAME:Howard Gelbfish]], POA, [[PHONE:561.498.2273]], [[EMAIL:hgelbfish@bellsouth.net]]. Daughter [[NAME:Rivka Gelbfish-Adler]] in [[CITY:Haifa]], [[PHONE:+972 54-712-3360]].

[[NAME:Augusta Pellerin]], DO, [[ORG:Lake Ida Primary Care]]     NPI [[LICENSE:1347719050]]
""")

# ----------------------------------------------------------------- telephone

note("telephone-s01", "telephone", """
AFTER-HOURS NURSE TRIAGE — [[ORG:Bitterroot Valley Pediatrics]]
[[DATE:06/02/2024]] 19:40

Caller: father, [[NAME:Rusty Dahlberg]], [[PHONE:(406) 363-1042]]
Patient: [[NAME:Brynlee Dahlberg]], 6 y/o F, DOB [[DATE:03-11-2018]]

CC: Rusty nail puncture, L heel, about 1 h ago. Stepped on a board in the barn; nail went through her sneaker. Dad pulled the board off; bled a little, now stopped. Walking on it, crying less. No fever.
Immunizations per state registry: DTaP x5, last dose [[DATE:8/15/2022]] - tetanus up to date, no booster needed.
Advice: wash with soap and running water 5 min, soak in warm water 15 min tonight and twice tomorrow, no ointment inside the puncture, clean sock. Puncture through a sneaker carries a risk of Pseudomonas infection even when tetanus is covered; watch for redness spreading, swelling, pus, fever or new limp over the next 1-2 weeks.
Appointment made: wound check [[DATE:6/4]] 0840 with Dr. [[NAME:Ekstrom]] in the [[CITY:Hamilton]] office.
Dad repeated the plan back and will call sooner if worse.

[[NAME:Shayla Wolf Tail]], RN, triage
""", ok=("Rusty nail",))

note("telephone-s02", "telephone", """
PATIENT PORTAL MESSAGE + CALLBACK
[[DATE:2024-02-08]] 09:12

Message (verbatim): "hi its [[NAME:kit]] ([[NAME:katherine oyuela]] on my chart) - i cant get into the portal, it says locked. i tested positive on a home test kit last night, fever 101 and sore throat. can i take paxlovid with my birth control and my seizure med?? my new email is [[EMAIL:kit.oyuela@fastmail.com]], the old aol one is dead"

Help desk ([[NAME:Marquise Tolliver]]): account locked after 6 failed logins, the last from [[IP:2001:db8:7e10:4c::2b1]] at 02:14 and earlier from [[IP:198.51.100.73]]; pt confirms both were her phone and laptop. Identity verified by DOB [[DATE:07/19/1994]] and last 4 of SSN ([[SSN:0457]]). Password reset; e-mail changed from [[EMAIL:katherine.oyuela1994@aol.com]].

Callback 10:05 to [[PHONE:612-208-3357]] (pt): day 1 of symptoms, no dyspnea. Takes carbamazepine 400 mg BID and an ethinyl estradiol/norethindrone pill. Carbamazepine is a strong CYP3A inducer, so Paxlovid is contraindicated. Discussed molnupiravir vs symptom care; she prefers symptom care. Isolation and return precautions reviewed.

Dr. [[NAME:Amrita Venkatesh]] agrees. [[NAME:Bree Lundquist]], RN
""", ok=("test kit",))

note("telephone-s03", "telephone", """
TELEPHONE ENCOUNTER — PHARMACY CALL
[[DATE:Nov 28, 2023]] 15:05

Caller: [[NAME:Anjelica Cash]], PharmD, [[ORG:Ocmulgee Drug Co.]], [[CITY:Dublin]], [[STATE:GA]]
Phone [[PHONE:478-272-0914]]     Fax [[PHONE:478-272-0915]]
Patient: [[NAME:Lamont Pressley]]     DOB [[DATE:01-22-1958]]

Issue 1: Rx for oxycodone 5 mg #60 written [[DATE:11/27]] by Dr. [[NAME:Thomasina Tillery]], DEA [[LICENSE:BT4182034]], NPI [[LICENSE:1862904475]]. Pharmacist asking to confirm the directions (script says "1-2 q4h prn", max not stated) and whether an early fill is intended; last fill [[DATE:11/3]] for 30 days.
PDMP checked: one prescriber, one pharmacy.
Per Dr. [[NAME:Tillery]]: 1 tab q6h prn, max 4/day; this is the next month's supply, fill on or after [[DATE:12/3]], not early. Pharmacist will annotate.

Issue 2: pt told the pharmacist he has been paying cash for his insulin pens ($98/month) since his plan changed. Pharmacist suggests switching to a preferred insulin. Sent to the clinic pharmacist for a formulary check.

Read back and verified with the pharmacist.
[[NAME:Ronda Beasley]], LPN
""")

note("telephone-s04", "telephone", """
TELEPHONE ENCOUNTER — MISSING PATIENT
Sunday [[DATE:2/4/2024]] 16:30
Caller: Deputy [[NAME:Cody Harnish]], [[ORG:Umatilla County Sheriff's Office]], [[PHONE:541-966-3651]]

Pt: [[NAME:Elmer Grabowski]], age [[AGE:90]], Alzheimer's disease (MoCA 14 in [[DATE:Oct 2023]]), seen here [[DATE:1/22]]. Wife [[NAME:Dorothy Grabowski]] reported him missing at 13:00; he took the truck to "go to the feed store." Silver Alert issued.
Vehicle: 2022 F-150, [[STATE:Oregon]] plate [[VEHICLE:714 KSR]], VIN [[VEHICLE:1FTFW1E53NFA31847]].
Deputy asked for medical info relevant to the search: pt is on donepezil, lisinopril and insulin glargine 20 units at bedtime (hypoglycemia risk if he does not eat). Told him this with the wife's consent (she is on the line, [[PHONE:541.567.2280]]). Advised EMS evaluation when found: glucose, hydration, injuries.

18:05 Deputy called back: pt found at a gas station in [[CITY:Pendleton]], 40 miles away, confused but uninjured; BG by EMS 96. Declined transport; wife and son [[NAME:Gary]] driving to get him.
Plan: appointment [[DATE:2/6]] with Dr. [[NAME:Okonta]] to discuss driving (recommend he stop; DMV report form to be completed), home safety and respite care through [[ORG:Blue Mountain Senior Services]].

[[NAME:Jolene Whitetail]], RN
""")

note("telephone-s05", "telephone", """
TELEPHONE ENCOUNTER — RESULTS
[[DATE:10/3/2023]] 11:40
Called mother [[NAME:Ubah Hirsi Guled]] at [[PHONE:207-713-4490]] with Somali phone interpreter [[NAME:Abdiwahab]].
Patient: [[NAME:Abdiqani Mohamed]], 4 y/o M     MRN [[MRN:AMC-00719403]]

Results from [[DATE:9/28]]: venous lead 14 mcg/dL (elevated; capillary screen 16). Hgb 10.1, MCV 68, ferritin 7: iron deficiency.
Discussed:
- Lead sources: apartment built in 1920, peeling paint on the window sills; mother also uses kohl from home on the children's eyes for celebrations - asked her to stop, she agreed.
- Referral placed to the [[ORG:Androscoggin Healthy Homes Lead Program]] for a home inspection; they will call within a week. Landlord: [[ORG:Lisbon Street Properties]].
- Ferrous sulfate 3 mg/kg/day, with juice not milk.
- Repeat venous lead and CBC in 3 months ([[DATE:1/3/2024]]).
Family lives at [[STREET:164 Pierce St, Apt 3]], [[CITY:Lewiston]], [[STATE:ME]] [[ZIP:04240]]. Father in [[CITY:Nairobi]] until spring.
Mother asked if siblings need testing; yes - orders for [[NAME:Hamdi]] (2) and [[NAME:Sagal]] (6) placed.
Interpreter confirmed understanding; mother repeated the plan.

[[NAME:Meghan Thibeault]], RN, pediatric care coordinator
""")

note("telephone-s06", "telephone", """
TELEPHONE ENCOUNTER — PRIOR AUTHORIZATION
Date: [[DATE:3/4/24]] 13:20
Called [[ORG:Cardinal Senior Advantage]] provider line [[PHONE:1-800-437-2281]] re: CGM for [[NAME:Geraldine Okoro-Whitby]], DOB [[DATE:05/27/1947]].
Member ID: [[ACCOUNT:CSA-7710-4829-03]]     MBI on file: [[ACCOUNT:8CY4JU1FD27]]
Call reference #: [[ACCOUNT:CALL-240304-99817]]

Spoke with nurse reviewer [[NAME:Bettye Gaskins]], RN. Criteria checked at [[URL:www.cardinalsenioradvantage.com/providers/cgm]] first. Request: continuous glucose monitor (sensors + receiver), DM2 on basal-bolus insulin, 2 level-2 hypoglycemia events documented.
Reviewer needs the last 2 office notes and the glucose log; faxed 13:40 to [[PHONE:(866) 309-4471]], 9 pages, confirmation received.
14:55 Reviewer called back: APPROVED. Auth # [[ACCOUNT:PA-7720418833]], valid [[DATE:3/4/2024]]-[[DATE:3/3/2025]].
Order sent to [[ORG:Chattahoochee Diabetic Supply]], customer acct [[ACCOUNT:CDS-00418827]], [[PHONE:706-322-8150]]; they will ship within 3 business days.
Called pt at [[PHONE:706.561.9032]]: informed; her grandson [[NAME:Tremaine]] will help her apply the first sensor. CDE visit scheduled [[DATE:3/12]].

[[NAME:Norma Kay Tidwell]], MA
""")

note("telephone-s07", "telephone", """
ph triage [[DATE:7/22]] 1015
caller: [[NAME:ivy mcnamee]] (mom), [[PHONE:6628442218]]
re: [[NAME:braxton]] 8 yo, dob [[DATE:5/2/2015]]

mom says rash started 2 days after camping at the lake, itchy red streaks + blisters on both forearms and L cheek, now spreading to R eyelid which is puffy today. she thinks it's poison ivy, his sister [[NAME:kaylynn]] had it last summer. no fever, eating ok, no trouble breathing or swallowing. eye not painful, vision ok per mom.
tried calamine + benadryl 25 mg at night.
advice: eyelid swelling -> needs to be seen today. appt 1330 with dr [[NAME:bramlett]]. wash all clothes/shoes/dog that went camping. trim nails.
if trouble breathing, face/throat swelling, or eye pain -> ER.
mom asks to send any rx to [[ORG:tupelo discount drug]] on [[STREET:1207 n gloster st]].
mom verbalized understanding.
- [[NAME:lm]], rn
""", ok=("poison ivy",))

note("telephone-s08", "telephone", """
TELEPHONE ENCOUNTER — DEVICE CLINIC
[[DATE:Jan 30, 2024]] 08:55

Pt: [[NAME:Leonidas Karras]]     DOB [[DATE:10/04/1936]]     MRN [[MRN:TWH-1009346]]
Device: dual-chamber pacemaker (SSS), implanted [[DATE:2019-08-14]], generator S/N [[DEVICE:PZV772019S]].

Alert: no remote transmission for 18 days. Bedside monitor S/N [[DEVICE:MCL-24B-771903]] last connected [[DATE:1/12]] from home Wi-Fi, IP [[IP:192.168.0.114]].
Called home [[PHONE:(630) 790-2264]]. Wife [[NAME:Sophia Karras]] says the monitor was unplugged when the grandson moved furniture over the holidays. Walked her through plugging it in; manual transmission received 09:20.
Transmission review: battery 7.5 yrs, lead parameters stable. AT/AF burden 14% (new since [[DATE:November]]), longest episode 26 h. V-pacing 3%. No VHR.
CHA2DS2-VASc 4 (age, HTN, DM). Not on anticoagulation.
Discussed with Dr. [[NAME:Hiroshi Takahashi]]: start apixaban 5 mg BID (Cr 1.0, wt 78 kg, age 87) after office visit; appt [[DATE:2/2]] 10:30. Pt's daughter [[NAME:Athena]] will drive.
Wife verbalized understanding; advised to keep the monitor on the nightstand and plugged in.

[[NAME:Josée Castonguay]], RN, device clinic
""")


if __name__ == "__main__":
    sys.exit(SET.main())
