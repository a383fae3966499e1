#!/usr/bin/env python3
"""Generator for the Ward de-identification HELD-OUT set (heldout.jsonl).

This set is independent of the tuning set in ../notes/.  It was written
without looking at the scanner's code or its output, so that it can give an
honest recall figure.  Every note below is hand-written, fully synthetic text:
patients, relatives, staff, organisations, numbers and addresses are invented
(real cities and states appear as geography only).

PHI is marked inline exactly as in ../notes/generate.py:

    [[TYPE:surface text]]

The machinery (marker parsing, checks, output, statistics) lives in
../notes_tool.py; this file holds only the notes and the set's settings.

Usage:
    python3 generate.py                 # writes heldout.jsonl next to this
                                        # file, refreshes the stats in README.md
    python3 generate.py --out X.jsonl   # write elsewhere, do not touch README
    python3 generate.py --check         # validate only, write nothing

Besides the checks every set gets (see ../notes_tool.py), this set asks for:
ids of the form ``<style>-hNN``, NFC text, check digits (NPI, DEA, VIN, MBI,
no 555 numbers), the extra date and international-phone look-alike patterns,
``ok`` entries that excuse only the occurrences they cover (so listing
"Murphy sign" does not hide an untagged "Dr. Murphy" elsewhere) and must occur
in the text, and independence from the tuning set ../notes/eval.jsonl.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import notes_tool  # noqa: E402

SET = notes_tool.NoteSet(
    __file__, "heldout.jsonl",
    min_per_style=8,
    id_suffix=r"-h\d\d", id_form="<style>-hNN",
    nfc=True,
    check_digits=True,
    scoped_ok=True,
    lookalikes=notes_tool.BASIC_LOOKALIKES + notes_tool.DATE_PHONE_LOOKALIKES,
    independent_of=[("the tuning set", "../notes/eval.jsonl")],
)
note = SET.note


# ==========================================================================
# NOTES
# ==========================================================================

# ----------------------------------------------------------------- discharge

note("discharge-h01", "discharge", """
DISCHARGE SUMMARY
[[ORG:Bolsa Grande Community Hospital]] — Orthopaedic Surgery

Patient: [[NAME:TRẦN, THỊ MAI]]     MRN: [[MRN:BGC-2207841]]     FIN: [[ACCOUNT:61-0042-7735]]
DOB: [[DATE:04/18/1930]]     Age: [[AGE:93]] y     Sex: F
Admit: [[DATE:2024-02-11]]     Discharge: [[DATE:2024-02-16]]
Language: Vietnamese (phone interpreter used for all discussions)

HPI: [[AGE:93]]-year-old woman who tripped on a rug at home ([[STREET:9186 Chapman Ave, Apt 12]], [[CITY:Garden Grove]], [[STATE:CA]] [[ZIP:92841]]) and could not bear weight. XR: displaced R femoral neck fracture, Garden III.

HOSPITAL COURSE:
1. R femoral neck fx - hemiarthroplasty on [[DATE:02/12/24]] by Dr. [[NAME:Ravindra Kulkarni]]. EBL 300 mL. Foley catheter out POD 1. WBAT with walker. Morse fall score 65.
2. Postop delirium - nights 1-2 only, resolved with reorientation, glasses and family at bedside. No antipsychotics.
3. Acute blood loss anemia - Hgb 11.2 -> 8.4, 1 unit PRBC on [[DATE:Feb 13]], Hgb 9.6 at discharge.
4. DM2 - glargine (long-acting) 10 units qHS, lispro sliding scale stopped. A1c 7.4.

Family: son [[NAME:Long Trần]] ([[PHONE:714-893-2206]]) is her main caregiver and health care agent; daughter [[NAME:Hằng]] lives in [[CITY:Đà Nẵng]] and was updated by video call on [[DATE:2/14]].

DISPOSITION: [[ORG:Golden Lotus Post-Acute]] for rehab, bed 22A. Rx sent to [[ORG:Phước An Pharmacy]] ([[PHONE:714-839-5521]]).
FOLLOW-UP: ortho clinic with Dr. [[NAME:Kulkarni]] in 2 weeks ([[DATE:2/27]]) for staple removal; PCP Dr. [[NAME:Quang Lê]], [[ORG:Little Saigon Family Medicine]].

Dictated by: [[NAME:Ravindra Kulkarni]], MD
D: [[DATE:02/16/2024]] 14:10   T: [[DATE:02/17/2024]] 06:55   /[[NAME:mlq]]
""")

note("discharge-h02", "discharge", """
DISCHARGE SUMMARY — CARDIOLOGY
[[ORG:Brazoria Heights Medical Center]]

Name: [[NAME:Chukwuemeka "Emeka" Obiora]]     MRN [[MRN:7731-0926]]     Acct [[ACCOUNT:A00918837412]]
DOB [[DATE:22-Jun-1971]]     Admitted [[DATE:09-Mar-2024]]     Discharged [[DATE:14-Mar-2024]]
Attending: [[NAME:Temitope Adewale-Brooks]], MD

HPI: 52M with nonischemic cardiomyopathy (EF 20-25%), NYHA III, admitted with acute decompensated HF after running out of sacubitril-valsartan during a 3-week trip to [[CITY:Enugu]]; symptoms began on the flight home from [[CITY:Lagos]].

COURSE:
- IV furosemide, net -6.2 L; weight 104.3 -> 98.1 kg. BNP 1,840 -> 612. K 3.6, repleted.
- Telemetry: one 9-beat run of NSVT on HD2; Mobitz I during sleep, asymptomatic. No Brugada pattern.
- Primary-prevention ICD implanted [[DATE:03/12/2024]] by Dr. [[NAME:Priscilla Onwudiwe]]: generator S/N [[DEVICE:RZK604118H]], RV lead S/N [[DEVICE:QLT771402V]]. Bedside home monitor paired, serial [[DEVICE:HM-20945133]].

SOCIAL: civil engineer at [[ORG:HALLORAN BRIDGE & STEEL]]. Lives in [[CITY:Pearland]], [[STATE:Texas]] with wife [[NAME:Ifeoma]] and two teenagers. Brother [[NAME:Obinna Obiora]] in [[CITY:Enugu]] ([[PHONE:+234 803 412 7760]]) may receive updates; pt consented.

DISCHARGE MEDS: sacubitril-valsartan 49/51 mg BID, metoprolol succinate 100 mg daily, spironolactone 25 mg, empagliflozin 10 mg, furosemide 40 mg daily.
No driving for 1 week after ICD; no lifting L arm above shoulder x 4 weeks.

FOLLOW-UP: device clinic [[DATE:3/21/24]]; HF clinic with NP [[NAME:Rutendo Moyo]], [[PHONE:281-436-9017 ext. 2245]].

/s/ [[NAME:Temitope Adewale-Brooks]], MD   [[DATE:3/14/2024]] 17:02
cc: [[NAME:Priscilla Onwudiwe]], MD; [[ORG:Pearland Primary Care Partners]]
""")

note("discharge-h03", "discharge", """
DISCHARGE SUMMARY
[[ORG:NORTHWEST LUTHERAN MEDICAL CENTER]]

PATIENT: [[NAME:WRÓBLEWSKI, TADEUSZ J.]]     MR# [[MRN:0188 4427]]     ROOM 6 NORTH 22
MEDICARE MBI: [[ACCOUNT:7TW2-HR5-PK83]]     SSN (last 4): [[SSN:6609]]
ADMITTED: [[DATE:Dec. 27, 2023]]     DISCHARGED: [[DATE:Jan. 4, 2024]]

Diagnosis: acute alcoholic pancreatitis, interstitial edematous; alcohol withdrawal.

HPI: 67-year-old retired butcher ([[ORG:Avondale Sausage Co.]]) who lives with his wife [[NAME:Halina]]. He had been drinking heavily since [[DATE:Christmas Eve]] and came in after 3 days of epigastric pain radiating to the back with vomiting. Lipase 2,140. No Grey Turner or Cullen sign. Ranson 3 at 48 h.

Course: CT on [[DATE:12/28]] - edematous pancreatitis, no necrosis, no collections. Aggressive LR, CIWA-guided lorazepam (max CIWA 16), thiamine/folate. Triglycerides 188, calcium normal. Diet advanced HD4, tolerating low-fat solids.

Family meeting [[DATE:1/2/24]]: Polish-speaking; son [[NAME:Krzysztof]] ("[[NAME:Kris]]") attended, and a hospital Polish interpreter was used. [[NAME:Kris]] asks that updates go to his cell [[PHONE:773.282.4619]].

Follow-up:
- [[ORG:Polonia Recovery Services]] outpatient program, intake [[DATE:Jan 9]] 10:00, [[STREET:5214 W. Belmont Ave, Suite 2]], [[CITY:Chicago]], [[STATE:IL]] [[ZIP:60641]].
- PCP Dr. [[NAME:Bogna Czarnecka]], [[ORG:Jefferson Park Medical Group]], within 1 week; summary faxed to [[PHONE:(773) 545-0193]].
- Repeat lipase/LFTs at PCP visit.

Meds: pancrelipase not needed. Thiamine 100 mg daily, folic acid 1 mg, naltrexone 50 mg daily (LFTs ok), acetaminophen prn (max 2 g/day).

Electronically signed: [[NAME:Miriam Feldstein]], DO   [[DATE:01/04/2024]] 15:37
""")

note("discharge-h04", "discharge", """
DISCHARGE SUMMARY
[[ORG:Canyon Mesa Regional Medical Center]], [[CITY:Flagstaff]], [[STATE:AZ]]

Patient: [[NAME:Lorenzo Tsosie]]     MRN [[MRN:CM00471226]]     DOB [[DATE:1958-07-30]]     SSN [[SSN:527 81 4036]]
Transferred from: [[ORG:Tsaile Valley Health Center]] on [[DATE:2024-05-02]]
Discharge date: [[DATE:2024-05-10]]

HPI: 65 y/o Diné man with T2DM (A1c 10.9), PAD and neuropathy who herds sheep near [[CITY:Many Farms]], [[STATE:AZ]]. Presented with a L forefoot ulcer x 3 weeks and fever 38.7. MRI [[DATE:5/3]]: osteomyelitis of the 2nd and 3rd metatarsal heads; chronic Charcot arthropathy of the midfoot. Wagner grade 3.

COURSE: Podiatry (Dr. [[NAME:Alisha Benally]]) did a L 2nd-3rd ray amputation on [[DATE:5/4]]. Bone culture: MSSA. ID recommends cefazolin 2 g IV q8h x 6 weeks via PICC (placed [[DATE:5/7]], tip at cavoatrial junction). Negative-pressure wound therapy, VAC unit S/N [[DEVICE:VX3-0093814]]. Glucose 140-210 on basal-bolus insulin.

SOCIAL: Navajo is his first language; daughter [[NAME:Shandiin Tsosie-Harvey]] interpreted at his request and will help with infusions. No running water at the home site, so [[ORG:Red Rock Infusion Partners]] will deliver supplies weekly, and [[ORG:Diné Home Care Services]] RN will visit 3x/week. Mailing address: [[STREET:PO Box 1187]], [[CITY:Chinle]], [[STATE:AZ]] [[ZIP:86503]].

FOLLOW-UP:
- ID video visit [[DATE:May 17]].
- Podiatry [[DATE:5/21/24]].
- Weekly CBC, CMP, ESR/CRP at [[ORG:Tsaile Valley Health Center]] lab, results faxed to [[PHONE:928-724-3308]].

[[NAME:H. Castillo-Nakai]], MD, Hospital Medicine
""")

note("discharge-h05", "discharge", """
PEDIATRIC DISCHARGE SUMMARY
[[ORG:Teaneck Bluffs Children's Hospital]]

Patient: [[NAME:Park, Seo-yeon]] ("[[NAME:Sophie]]")     MRN: [[MRN:TBC-00318852]]
DOB: [[DATE:11/03/2007]]     Admit: [[DATE:01/19/2024]]     D/C: [[DATE:01/22/2024]]

HPI: 16 y/o F, junior at [[ORG:Palisade Ridge High School]], with 3 weeks of polyuria, polydipsia and a 4 kg weight loss; she had stopped running her usual loop in the park after school because she felt weak. ED: pH 7.08, HCO3 6, glucose 612, beta-hydroxybutyrate 7.9. New-onset type 1 diabetes (GAD65 positive).

COURSE: PICU 30 h on insulin infusion (two-bag system); anion gap closed HD2. Transitioned to glargine 18 units qHS + lispro 1 unit:12 g carbs, correction 1:50 > 150. CGM started [[DATE:1/21]], sensor S/N [[DEVICE:3MH09Q2K7R]].

EDUCATION: mother [[NAME:Shin Hye-jin]] and [[NAME:Seo-yeon]] completed survival-skills teaching with CDE [[NAME:Marisa Goodpasture]]; father [[NAME:Park Jun-ho]] attended by video. Korean interpreter offered; mother prefers English for medical teaching.

SCHOOL: diabetes care plan faxed to the school nurse, Ms. [[NAME:Delaney]], [[PHONE:201-569-3340 x118]].

CONTACT: mother's cell [[PHONE:(201) 417-9932]], [[EMAIL:hyejin.shin.nj@gmail.com]]. Home: [[STREET:36 Linwood Ave]], [[CITY:Fort Lee]], [[STATE:NJ]] [[ZIP:07024]].

FOLLOW-UP: [[ORG:Bergen Pediatric Endocrinology]], Dr. [[NAME:Ahmad Farouqi]], [[DATE:Jan 29]]; daily phone check-ins with the diabetes team until then.

[[NAME:Ji-woo Han]], MD (PGY-2) / [[NAME:R. Feinberg]], MD, attending
""")

note("discharge-h06", "discharge", """
Discharge Summary — [[ORG:Narragansett Bay Hospital]], Medicine 3

Patient: [[NAME:Pádraig Ó Conaill]] (goes by "[[NAME:Paddy]]")     Age: [[AGE:98]]     MRN: [[MRN:NBH 112-407]]
Admission: [[DATE:Oct 2, 2023]]     Discharge: [[DATE:Oct 6, 2023]]
Code status: DNR/DNI (confirmed)

HPI: [[AGE:98]] yo man, born near [[CITY:Clifden]] in the west of Ireland, long-term resident of [[ORG:Saint Brendan's Residence]], sent in for fever 38.9 and new confusion. UA: large LE, >50 WBC. Urine culture: E. coli, pan-sensitive.

Course:
1. E. coli UTI with delirium - ceftriaxone x 2 days then cephalexin 500 mg QID to complete 7 days (last dose [[DATE:10/8]]). Mental status back to baseline by HD3.
2. Visual hallucinations - he describes small people in uniforms in the corner and knows they are not real. Severe macular degeneration; consistent with Charles Bonnet syndrome. No parkinsonism, no fluctuations, so Lewy body disease felt unlikely. Reassurance only.
3. Deconditioning - PT: 1 assist with rollator.
Vitals at discharge: T 36.8, BP 134/70, HR 76, SpO2 95% RA.

Goals of care: reviewed with health care proxy, daughter [[NAME:Siobhán Nevin]] ([[PHONE:401-862-3175]]), and son [[NAME:Cathal Ó Conaill]] (phone, from [[CITY:Worcester]]). Comfort-focused but open to oral antibiotics; no rehospitalization unless for comfort.

Follow-up: facility physician Dr. [[NAME:Ambrose Tierney]] within 3 days.

Dictated by [[NAME:Fionnuala Grady]], MD — transcribed [[NAME:jrw]] [[DATE:10/06/2023]]
""")

note("discharge-h07", "discharge", """
OBSTETRIC DISCHARGE SUMMARY
[[ORG:Bayport Women's Pavilion]]

Paciente/Patient: [[NAME:Itzel Ramírez Ocampo]]     MRN [[MRN:BWP-0662914]]
DOB: [[DATE:8 de febrero de 1994]]
Admit [[DATE:04/07/2024]]     Delivery [[DATE:04/08/2024]] 03:51     D/C [[DATE:04/11/2024]]
Interpreter: Spanish, in person ([[NAME:Rocío Batres]])

Diagnosis: preeclampsia with severe features at 36+1 wks; primary low transverse cesarean for non-reassuring fetal heart tracing.

Course: BP to 168/112, platelets 118K, AST 74. Magnesium sulfate x 24 h postpartum, labetalol IV x2. Cesarean via Pfannenstiel incision under spinal; EBL 800 mL. Baby Girl [[NAME:Ramírez]]: Apgars 8 and 9, 2,710 g, DAT negative, rooming in. Breastfeeding with lactation support.
Postpartum BP 132-148/84-92 on nifedipine XL 60 mg daily.

Home BP: cuff given; text readings twice daily through [[URL:bp.bayportwomens.org]]. Return for BP >160/110, headache, vision changes or RUQ pain.

Social: husband [[NAME:Efraín Solís]] works at [[ORG:Gulf Coast Poultry Processing]]; her mother, Doña [[NAME:Remedios]], came from [[CITY:Puebla]] to help. Address: [[STREET:1418 Spencer Hwy, Lot 27]], [[CITY:Pasadena]], [[STATE:TX]] [[ZIP:77506]]. Cell [[PHONE:832-591-0736]].

Follow-up: BP check [[DATE:April 15]] at [[ORG:Clínica Familiar del Sureste]]; incision check and postpartum visit with CNM [[NAME:Inés Altamirano]] at 2 and 6 weeks.

Signed: [[NAME:Catalina Ferrán-Whitsett]], MD, OB hospitalist   [[DATE:4/11/2024]]
""")

note("discharge-h08", "discharge", """
DISCHARGE SUMMARY
[[ORG:Rouge Valley Heart Hospital]]     Unit: CCU bed 7

Patient: [[NAME:Mahmoud A. Qasem]]     MRN: [[MRN:RV-4490117]]     Account #: [[ACCOUNT:880031-2257]]
DOB: [[DATE:03/15/1961]]     Admission: [[DATE:06/02/2024]]     Discharge: [[DATE:06/05/2024]]

Principal diagnosis: inferior STEMI, Killip class I.

Procedure [[DATE:6/2]]: emergent cath by Dr. [[NAME:Allen Prakash]] via R radial (modified Allen test normal). 100% proximal RCA -> drug-eluting stent 3.0 x 23 mm (lot [[DEVICE:0429187A]]), TIMI 3 flow. Door-to-balloon 62 min. Mild LCx disease, medical therapy.

Course: brief AIVR after reperfusion, self-limited. Echo: EF 45%, inferobasal hypokinesis, no MR. LDL 162 -> atorvastatin 80 mg. A1c 6.1. Troponin peaked 38,400 ng/L.

Social: owns [[ORG:Qasem Sweets & Bakery]]; smokes hookah 3x/week, counseled. Lives at [[STREET:6120 Schaefer Rd]], [[CITY:Dearborn]], [[STATE:MI]] [[ZIP:48126]] with wife [[NAME:Suhair]]. Son [[NAME:Omar Qasem]] ([[PHONE:313-581-0477]]) at bedside; Arabic interpreter used for his mother-in-law's questions.

Meds: aspirin 81 mg, ticagrelor 90 mg BID (do NOT stop for 12 months without calling cardiology), atorvastatin 80 mg, metoprolol succinate 25 mg, lisinopril 2.5 mg.

Follow-up:
- Dr. [[NAME:Prakash]] [[DATE:6/19]].
- Cardiac rehab: [[ORG:Fairlane Cardiac Rehabilitation]], [[PHONE:(313) 593-4410 ext 12]].
- PCP Dr. [[NAME:Layla Bazzi]] in 1-2 weeks.

Signed: [[NAME:Huda Al-Khatib]], MD   [[DATE:06/05/2024]] 12:48
""", ok=("Allen test",))

# ----------------------------------------------------------------- nursing

note("nursing-h01", "nursing", """
CVICU NURSING NOTE — NIGHTS 1900-0700   [[DATE:3/7/24]]–[[DATE:3/8/24]]
Pt: [[NAME:Lakshmi Narayanaswamy]], 72F, POD 1 CABG x3 (LIMA-LAD, SVG-OM, SVG-PDA), surgeon Dr. [[NAME:Corbin Ashe]]

Neuro: A&O x3, follows commands, MAE. Incisional pain 4/10, oxycodone 5 mg x1 at 2300 -> 2/10.
CV: NSR 80s. One 6-beat run of AF at 0310, self-terminated; Mg 1.8 -> 2 g IV given. Epicardial wires capped and taped. CI 2.4 on milrinone 0.25, weaned off at 0500 per CT surgery.
Chest tubes x2 (mediastinal, L pleural) 30-50 mL/h serosanguinous, no air leak. Jackson-Pratt drain at L leg harvest site with minimal output.
Resp: 3 L NC, SpO2 95%. IS 750 mL with coaching by RT [[NAME:Jackson Mbatha]].
Endo: insulin gtt per protocol, BG 128-164.
GU: Foley, UOP 40-90 mL/h. Cr 1.1.
Skin: sternal dressing C/D/I. Braden 15, turned q2h.

Psychosocial: husband [[NAME:Venkat]] at bedside until 2200, then went home to [[CITY:Edison]]. Son [[NAME:Arjun]] called from [[CITY:Chennai]] at 0130 (his afternoon); pt spoke with him in Tamil and was reassured. Son's number on file: [[PHONE:+91 44 2815 6602]].

Plan: chest tube removal and transfer to step-down if output stays < 100 mL/8 h.
Report given to [[NAME:Candace Liu]], RN at 0700.

[[NAME:m. oyelowo]], RN
""", ok=("Jackson-Pratt",))

note("nursing-h02", "nursing", """
bh nursing note   [[DATE:2/19]]   1500-2300

pt [[NAME:deshawn pruitt]] in milieu most of shift. calm, guarded at times. states he "was up till dawn" last night thinking about court. denies SI/HI, no frank psychosis observed, not responding to internal stimuli. napped ~1 h in afternoon.
visitor: friend [[NAME:Dawn]] (on approved list) 1800-1900, brought clothes and a phone charger (charger kept at nurses station). pt brighter after visit.
pt says his uncle [[NAME:frank]] put him out in [[DATE:january]] and he has been sleeping in his car since. sw aware, shelter list given.
pt received call from his PO, mr. [[NAME:rollins]], re: court date [[DATE:3/4]]. pt tearful after, used coping skills (music, walking the hall), declined prn.
took 2100 meds w/o prompting: quetiapine 100 mg, sertraline 100 mg. vitals wnl. ate 75% dinner.
pt asked if he can still go back to his job at [[ORG:fresh start car wash]]; encouraged to discuss w/ sw and dr [[NAME:adeleke-fontenot]] tomorrow.
q15 checks continue, no unsafe behaviors. pt on unit 3B, rm 308.

— [[NAME:t. mensah-lowry]] rn
""", ok=("frank psychosis",))

note("nursing-h03", "nursing", """
HOME HEALTH SKILLED NURSING VISIT — [[ORG:North Star Home Health & Hospice]]
Pt: [[NAME:Nou Vang]]     Age: [[AGE:91]]     Visit: [[DATE:Aug 14, 2023]] 10:10-11:05
Address: [[STREET:1187 Sims Ave]], [[CITY:Saint Paul]], [[STATE:MN]] [[ZIP:55106]]

Dx: COPD on home O2 2 L, HFpEF, CKD 3b.
Granddaughter [[NAME:Maiv Yang]] interpreted (Hmong) at family's preference. Son [[NAME:Tou Vang]] is primary caregiver.

S: family reports more SOB with walking to the bathroom x 3 days, sleeping in recliner. No fever.
O: T 36.9, HR 96, RR 24, BP 152/84, SpO2 89% on 2 L -> 92% at rest after pursed-lip breathing. Crackles bibasilar. 2+ pitting edema to mid-shin. Weight 54.2 kg, up 1.8 kg since [[DATE:8/10]].
O2 concentrator S/N [[DEVICE:EC5-2211-0748]] working, tubing changed. Portable tanks from [[ORG:Twin Rivers Respiratory]], [[PHONE:651-774-2093]].
Skin: Braden 14, sacrum intact, heels offloaded. Hoyer lift in home, family competent.
Meds reviewed with pill box; furosemide taken daily.

Family plans a traditional healing ceremony this weekend; no conflict with care plan.

Called Dr. [[NAME:Pheng Lor]]'s office at [[ORG:Payne-Phalen Family Clinic]] ([[PHONE:651-776-4800]]): new order furosemide 40 mg BID x 3 days, then back to daily; BMP [[DATE:8/17]]. Order read back.
Next SN visit [[DATE:8/16]]. Teaching: daily weights, call if gain > 1 kg/day.

[[NAME:Gretchen Ahlquist]], RN
""")

note("nursing-h04", "nursing", """
PEDIATRIC ED NURSING NOTE — [[ORG:Worcester Valley Children's Emergency]]
Pt: [[NAME:Jaylen Booker-Santiago]], 22 mo M     MRN [[MRN:WV22-004173]]     Arrival [[DATE:5/26/2024]] 19:42

CC: scald to R hand and forearm. Brought by mother [[NAME:Keandra Booker]] and her boyfriend [[NAME:Tyrell Grimes]], who states the child pulled a mug of hot tea off the counter at 1830.
Assessment: superficial partial-thickness burn, dorsal and volar R hand to mid-forearm, about 3% TBSA by Lund and Browder chart. Sharp circumferential line at the wrist in a glove-like distribution, no splash marks — pattern does not match history; charge RN and attending notified.
Pain: FLACC 6 -> 2 after intranasal fentanyl 1.5 mcg/kg.
Wound care: cleansed with NS, pat dry, silver dressing + gauze wrap.
Other: no other bruises, TEN-4 negative. Skeletal survey ordered by Dr. [[NAME:Anoushka Raghavan]].

Mandated report: 51A filed with DCF at 2030. DCF worker [[NAME:Sandy Mwangi]] ([[PHONE:508-929-2716]]) arrived 2150. Officer [[NAME:Patricia "Pat" Drummond]], [[ORG:Worcester Police Department]], took statements; Officer [[NAME:Drummond]] asked staff to note the boyfriend left at 2105 in a silver sedan, [[STATE:MA]] plate [[VEHICLE:7KD 319]]. Mother's ID verified for the report ([[STATE:RI]] driver's license [[LICENSE:2047719]]).
Mother remains at bedside, calm, asking appropriate questions.

[[NAME:Yadira Colón]], RN
""")

note("nursing-h05", "nursing", """
PACU NURSING NOTE — [[ORG:Kettle Moraine Surgery Center]]
Patient: [[NAME:Ayşe Demir-Kaya]]     DOB [[DATE:04 May 1979]]     MRN: [[MRN:KM-3305517]]
Date: [[DATE:11/09/2023]]
Procedure: laparoscopic ventral hernia repair with mesh (mesh lot [[DEVICE:PCX2417-B]])
Surgeon: Dr. [[NAME:Miles Harrington]]     Anesthesia: Dr. [[NAME:Hyun-woo Baek]] (GA/ETT; Mallampati III, uneventful airway)

1342 Arrival, report from CRNA. Aldrete 7. T 35.9 -> forced-air warming blanket.
1355 PONV x1, ondansetron 4 mg IV. Pain 6/10 -> hydromorphone 0.4 mg IV x1.
1425 Aldrete 9. Pain 3/10. T 36.6. Abdominal binder on; port sites with skin glue, dry.
1450 Tolerating sips, voided 250 mL.
1530 Ambulated to bathroom and around the bay, steady. Pt says she usually walks 2 miles a day and hopes to be back to it by spring.
1545 Husband [[NAME:Emre]] updated in waiting room; he will drive her home and stay overnight. Callback number [[PHONE:262-548-1907]].
1610 Discharged home per Dr. [[NAME:Harrington]]'s protocol with written instructions: no lifting > 10 lb x 6 weeks, oxycodone 5 mg q6h prn (#12), docusate. Post-op call scheduled [[DATE:11/10]].

[[NAME:Bettina Schreiber]], RN, CPAN
""")

note("nursing-h06", "nursing", """
[[ORG:HOLY FAMILY MANOR]] — SKILLED NURSING SHIFT NOTE
RESIDENT: [[NAME:MCGILLICUDDY, NORA B]]     AGE: [[AGE:94]]     RM 214-B
DATE: [[DATE:11/28/2023]]     SHIFT: 3-11

RESIDENT ALERT, CONFUSED AT BASELINE (ALZHEIMER'S TYPE DEMENTIA, BIMS 6). BARTHEL INDEX 35. MORSE FALL SCALE 55 - HIGH RISK, LOW BED AND FLOOR MAT IN PLACE.
VS: T 37.9, BP 118/62, HR 92, RR 18, O2 94% RA.
URINE DARK, FOUL SMELLING, INCONTINENT X3 THIS SHIFT. MORE RESTLESS AT SUNDOWN.
ATE 50% OF DINNER, FLUIDS ENCOURAGED - 480 ML.
SKIN: STAGE 2 SACRUM 1 X 0.8 CM, HYDROCOLLOID CHANGED, NO DRAINAGE.

DAUGHTER [[NAME:JOY MCGILLICUDDY-PRICE]] VISITED 1600-1800, BROUGHT HER ROSARY. RESIDENT SANG ALONG TO HYMNS WITH JOY AND HELD HER HAND. DAUGHTER ASKED ABOUT HOSPICE; SOCIAL WORKER TO CALL HER [[DATE:11/29]].

CALLED NP [[NAME:DELPHINE ARCENEAUX]] 1930: NEW ORDERS UA/C&S, CEPHALEXIN 500 MG BID X 5 DAYS AFTER SPECIMEN. ORDERS READ BACK.
PHARMACY: [[ORG:GUARDIAN LTC PHARMACY]] TO DELIVER TONIGHT, [[PHONE:1-866-408-2215]].
STRAIGHT CATH SPECIMEN OBTAINED 2010, SENT.

[[NAME:R. BALOGUN]], LPN
""", ok=("WITH JOY",))

note("nursing-h07", "nursing", """
SCHOOL HEALTH OFFICE — NURSE NOTE
[[ORG:Ellsworth Middle School]], [[CITY:Rockville]], [[STATE:MD]]
Student: [[NAME:Kaveh Rostami]]     Grade 7     Student ID [[MRN:S-2031846]]     DOB [[DATE:09/17/2011]]
Date: Thursday, [[DATE:October 12, 2023]]

1120 Sent by science teacher Mr. [[NAME:Hunter Gale]] after lunch: itchy throat, hives on neck and chest, lip swelling. Traded for a classmate's granola bar, which contains peanuts. Known peanut allergy; emergency action plan on file, signed by Dr. [[NAME:Elham Sadr]], MD.
1124 Epinephrine auto-injector 0.3 mg given R lateral thigh per plan. 911 called 1125.
1126 HR 124, RR 24, SpO2 97%, BP 108/66. Mild wheeze, speaking full sentences. Albuterol 4 puffs via spacer.
1127 Mother [[NAME:Shirin Rostami]] called at [[PHONE:301.762.4408]], on her way. Father [[NAME:Dariush]] reached at work, [[ORG:Tessaract Biologics]], [[PHONE:240-314-8800 x5521]].
1134 EMS arrived; hives fading, lip swelling improved. Transported to [[ORG:Shady Oak Medical Center]] ED, accompanied by assistant principal Ms. [[NAME:Ronnette Fowler]].
Follow-up: incident report filed; parent to bring replacement auto-injector before student returns. Cafeteria staff reminded of no-sharing rule.

[[NAME:Giulia Bertolini]], RN, BSN, school nurse
""")

note("nursing-h08", "nursing", """
WOC NURSING CONSULT
Pt: [[NAME:Rogelio "Boy" Dimaculangan]]     68 M     Rm 7-412     MRN [[MRN:00-3318-705]]
Date: [[DATE:2023-07-19]]

Reason: new colostomy teaching. POD 6 Hartmann procedure for perforated sigmoid diverticulitis.
Stoma: end colostomy LLQ, round, 32 mm, budded 1.5 cm, moist, red. Mucocutaneous junction intact. Output: soft brown stool 250 mL/24 h, flatus present.
Peristomal skin: mild irritant dermatitis 5 to 7 o'clock from leakage -> stoma powder + skin barrier (crusting), 2-piece flat pouch, cut-to-fit 35 mm.
Midline incision: staples intact, Penrose drain removed [[DATE:7/17]], site dry. Montgomery straps in place.
Teaching: wife [[NAME:Mercedita]] ("[[NAME:Merci]]") and daughter [[NAME:Jonalyn Dimaculangan-Santos]] (home with a new baby boy, so she can only come evenings) present. [[NAME:Boy]] emptied the pouch with supervision; wife did pouch change with cues. Teach-back done, Tagalog handout given.
Supplies: ordered through [[ORG:Coastline Medical Supply]], customer acct [[ACCOUNT:CMS-447102]], first delivery to home.
Work: part-time at [[ORG:Pacific Rim Seafood Market]]; letter for 8 weeks of no lifting > 10 lb given.
Follow-up: outpatient ostomy clinic [[DATE:Aug 2]]; daughter's cell [[PHONE:(619) 424-7785]].

[[NAME:Corazon Balagtas]], BSN, RN, CWOCN
""")

# ----------------------------------------------------------------- radiology

note("radiology-h01", "radiology", """
[[ORG:HUDSON MEADOWS MEDICAL CENTER]] — DEPARTMENT OF RADIOLOGY
EXAM: CT HEAD WITHOUT CONTRAST; CT CERVICAL SPINE WITHOUT CONTRAST
ACCESSION: [[MRN:CT24-0098317]]     MRN: [[MRN:HMC8840271]]
PATIENT: [[NAME:BOATENG, KWAME A]]     DOB: [[DATE:07/04/1989]]     SEX: M
EXAM DATE: [[DATE:04/20/2024]] 02:16
ORDERING: [[NAME:Sinéad Farrelly]], MD (ED)

CLINICAL HISTORY: Restrained driver, high-speed MVC, GCS 13, vomiting x2.
COMPARISON: CT head [[DATE:March 2022]] from [[ORG:Kingston Harbor Memorial]].

FINDINGS:
HEAD: 6 mm acute right frontotemporal subdural hematoma with 2 mm leftward midline shift. No intraventricular hemorrhage. Basal cisterns patent. Prominent Virchow-Robin spaces in the basal ganglia, unchanged. Sylvian fissures symmetric; foramen of Monro patent, no hydrocephalus. Gray-white differentiation preserved. Nondisplaced fracture of the right zygomatic arch. Mastoid air cells and paranasal sinuses clear.
CERVICAL SPINE: No acute fracture or malalignment. Prevertebral soft tissues normal. Mild C5-6 degenerative disc disease.

IMPRESSION:
1. 6 mm acute right frontotemporal subdural hematoma, 2 mm midline shift.
2. Nondisplaced right zygomatic arch fracture.
3. No cervical spine fracture.

Critical result called to Dr. [[NAME:Farrelly]] at 02:31 on [[DATE:4/20/24]] and read back.
Reading radiologist: [[NAME:Tomás Echeverría]], MD
""")

note("radiology-h02", "radiology", """
US ABDOMEN LIMITED (RUQ)
Pt: [[NAME:Huỳnh Văn Phúc]]     MRN [[MRN:55018823]]     Acc# [[MRN:US-24-117420]]
DOS: [[DATE:2024-01-30]]     Ordering: Dr. [[NAME:Maureen Murphy]] ([[ORG:Beltline Urgent Care]])

HISTORY: 54M visiting family from [[CITY:Huế]], RUQ pain after meals x 2 days, fever 38.4, WBC 14.1. Vietnamese interpreter present.

FINDINGS:
Gallbladder: distended, multiple mobile shadowing stones up to 1.8 cm, one impacted in the neck. Wall thickened to 5 mm with pericholecystic fluid. Sonographic Murphy sign positive.
Bile ducts: CBD 4 mm. No intrahepatic ductal dilatation.
Liver: normal echotexture, no focal lesion in the visualized Couinaud segments. Hepatopetal portal flow.
No fluid in Morison's pouch.
Pancreas: head and body unremarkable; tail obscured by bowel gas.
Right kidney: 10.8 cm, no hydronephrosis.

IMPRESSION: Acute calculous cholecystitis with a stone impacted in the gallbladder neck.

Findings discussed by phone with Dr. [[NAME:Murphy]] ([[PHONE:470-213-8846]]) at 16:05.
Interpreting physician: [[NAME:Oyinkansola Ajayi]], MD     Sonographer: [[NAME:BK]]
""", ok=("Murphy sign",))

note("radiology-h03", "radiology", """
DIAGNOSTIC MAMMOGRAM LEFT WITH TARGETED ULTRASOUND
[[ORG:Sound Shore Breast Center]] · [[STREET:1200 Boston Post Rd]], [[CITY:Mamaroneck]], [[STATE:NY]] [[ZIP:10543]]

Patient: [[NAME:Niamh Ní Bhriain]]     DOB [[DATE:2/2/1968]]     MRN [[MRN:SSB-0094412]]     Accession [[MRN:MG240311-07]]
Exam date: [[DATE:March 11, 2024]]
Technologist: [[NAME:Ashleigh Cooper]], RT(R)(M)

HISTORY: 56 y/o with a palpable L breast lump she first noticed in [[DATE:February]]. Last screening 2022 at an outside facility; no prior biopsies. Mother had breast cancer at 61.

FINDINGS: Heterogeneously dense breasts (C). At the site of the palpable marker, L breast 2:00, 6 cm FN, there is a 1.6 cm irregular spiculated mass with architectural distortion and straightening of Cooper's ligaments. No suspicious calcifications.
Targeted US: 1.5 x 1.2 x 1.4 cm irregular hypoechoic mass with angular margins, not parallel, posterior shadowing. One L axillary node with cortex 4 mm, fatty hilum preserved.

IMPRESSION: BI-RADS 5, highly suggestive of malignancy. US-guided core biopsy scheduled [[DATE:3/14/24]] 09:00.
Dense breast notification sent as required by [[STATE:New York]] State law.

Results discussed with the patient in person by Dr. [[NAME:Evangeline Tafoya]].
cc: Dr. [[NAME:Rashid Malhotra]], [[ORG:Westchester Shore Internal Medicine]]
""", ok=("Cooper's ligaments",))

note("radiology-h04", "radiology", """
MRI RIGHT KNEE WITHOUT CONTRAST
Patient: [[NAME:Aiyana Redhorse]]     DOB [[DATE:2003/08/21]]     MRN [[MRN:NPC 60-22814]]
Exam: [[DATE:10/03/2023]]
Referring: [[NAME:Ray Sandoval]], PA-C, [[ORG:Northern Plateau Sports Medicine]]

HISTORY: 20F, forward on the soccer team at [[ORG:Mogollon Rim College]], non-contact pivoting injury [[DATE:9/23]] with a pop and rapid effusion. Positive Lachman per referral. Plain films [[DATE:9/25/23]] negative.

FINDINGS:
ACL: complete mid-substance tear.
Kissing bone contusions of the posterior lateral tibial plateau and mid lateral femoral condyle (pivot-shift pattern). No Segond fracture.
Medial meniscus: vertical peripheral tear of the posterior horn, 9 mm.
Lateral meniscus: intact.
MCL: grade 2 sprain, proximal fibers. LCL and posterolateral corner intact. PCL intact.
Extensor mechanism intact. Mild Hoffa's fat pad edema.
Moderate joint effusion. No Baker's cyst. Cartilage preserved.

IMPRESSION:
1. Complete ACL tear with pivot-shift bone bruise pattern.
2. Posterior horn medial meniscal tear and grade 2 MCL sprain, completing an O'Donoghue (unhappy) triad.
Compared with X-Ray of [[DATE:9/25/23]], no fracture.

Report faxed to [[NAME:Sandoval]]'s office, [[PHONE:928-226-4170]].
[[NAME:Quentin Abiodun]], MD, Musculoskeletal Radiology
""", ok=("X-Ray",))

note("radiology-h05", "radiology", """
[[ORG:HUDSON MEADOWS MEDICAL CENTER]] — RADIOLOGY REPORT
XR CHEST 1 VIEW PORTABLE
PATIENT: [[NAME:ADEKUNLE-BELLO, OLUWADAMILARE]]     MRN: [[MRN:004417290]]     ACC: [[MRN:XR-9920471]]
DATE OF SERVICE: [[DATE:17MAR2024]] 05:40     LOCATION: MICU 12
ORDERED BY: [[NAME:T. HOLLOWAY]], MD

INDICATION: 44M intubated for ARDS; s/p right IJ central line.
COMPARISON: [[DATE:16MAR2024]] 04:55.

FINDINGS:
Endotracheal tube tip 4.1 cm above the carina. Right IJ central venous catheter tip at the cavoatrial junction. Orogastric tube courses below the diaphragm, tip in the stomach.
Diffuse bilateral airspace opacities, slightly improved at the lung bases. No pneumothorax. Small left pleural effusion. No Hampton's hump or Westermark sign (CTPA [[DATE:3/14]] was negative for PE).
Heart size normal. No free air under the diaphragm.

IMPRESSION:
1. Lines and tubes in satisfactory position.
2. Slight improvement of diffuse bilateral airspace disease.

Dictated: [[NAME:Praveen Raghunathan]], MD     Signed [[DATE:17MAR2024]] 06:02
Images received from modality at [[IP:10.42.17.8]]; report viewable at [[URL:https://pacs.hudsonmeadows.org/r/XR-9920471]]
""")

note("radiology-h06", "radiology", """
CT ABDOMEN AND PELVIS WITHOUT CONTRAST (RENAL STONE PROTOCOL)
[[ORG:Schuylkill Valley Hospital]] Department of Radiology

Patient: [[NAME:Delia Stone]]     DOB: [[DATE:12-09-1985]]     MRN: [[MRN:SVH-7704158]]
Exam date: [[DATE:Jul 8, 2023]]     Accession: [[MRN:CT-7731062]]
Referring: [[NAME:Brandon Okeke]], DO

HISTORY: 37F with L flank pain radiating to the groin, hematuria.
COMPARISON: KUB [[DATE:7/6/23]] from [[ORG:Berks Urgent Care]], [[CITY:Reading]], [[STATE:PA]].

FINDINGS:
Kidneys/ureters: 6 mm obstructing stone at the L ureterovesical junction, mean attenuation 1120 Hounsfield units, with moderate L hydroureteronephrosis and perinephric stranding. Two nonobstructing stones in the R lower pole, 3 and 4 mm. Stone composition cannot be determined on this single-energy exam.
Bladder: decompressed.
Liver, spleen, pancreas, adrenals: unremarkable on noncontrast technique.
Bowel: appendix normal. No obstruction.
Pelvis: 2.1 cm simple-appearing R ovarian cyst; no follow-up imaging needed.
Bones: no aggressive lesion.

IMPRESSION:
1. 6 mm obstructing L UVJ stone with moderate hydroureteronephrosis.
2. Small nonobstructing R renal stones.

Preliminary read by resident [[NAME:J. Sutherland]] communicated to ED at 14:20.
Reading radiologist: [[NAME:Anselm Kowalewski]], MD
""", ok=("Stone composition", "Reading radiologist"))

note("radiology-h07", "radiology", """
MODIFIED BARIUM SWALLOW STUDY (VIDEOFLUOROSCOPY)
Patient: [[NAME:Svetlana Kuznetsova]]     Age: [[AGE:90]]     MRN [[MRN:0071-22984]]
Date: [[DATE:5 Sept 2023]]
Radiologist: [[NAME:Deepak Venugopal]], MD     SLP: [[NAME:Faith Odukoya]], MS, CCC-SLP

HISTORY: [[AGE:90]]-year-old woman from [[ORG:Brighton Shore Senior Residence]] with recurrent aspiration pneumonia and a wet voice after meals. Daughter [[NAME:Irina]] present and interpreting in Russian at the patient's request; certified interpreter offered and declined.

TECHNIQUE: Lateral and AP fluoroscopy with thin liquid (cup and straw), nectar-thick liquid (teaspoon and cup), puree and cracker. Fluoroscopy time 3.1 min.

FINDINGS:
Oral phase: mildly reduced bolus control, premature spillage.
Pharyngeal phase: delayed swallow initiation to the pyriform sinuses with thin liquids; silent aspiration with thin by cup (Penetration-Aspiration Scale 8). Nectar by teaspoon: penetration to the level of the cords, cleared with cued cough (PAS 3). Moderate vallecular residue with puree, cleared with second swallow. Prominent cricopharyngeal bar; no Zenker diverticulum.
Esophageal screen: slow clearance, no obstruction.

IMPRESSION: Moderate oropharyngeal dysphagia with silent aspiration of thin liquids.
RECOMMENDATIONS: nectar-thick liquids by teaspoon, minced-moist solids, chin tuck, full upright. Frazier free-water protocol not recommended given poor oral hygiene. SLP follow-up at the facility.
""")

note("radiology-h08", "radiology", """
CTA CHEST (PULMONARY EMBOLISM PROTOCOL)
[[ORG:Granite Harbor Hospital]]
Name: [[NAME:Pillai, Rajesh K.]]     MRN: [[MRN:GH-00582261]]     Acc: [[MRN:CTA2311-4478]]
DOB: [[DATE:01/26/1966]]     Exam: [[DATE:11/19/2023]] 22:47
Referring: Dr. [[NAME:Colm McConnell]] (ED)

CLINICAL: 57M, 11 days after a long-haul flight from [[CITY:Kochi]], acute dyspnea, HR 122, SpO2 88%. Wells 6.

FINDINGS:
Saddle embolus extending into both main pulmonary arteries and the lobar branches of all lobes. RV/LV ratio 1.3 with straightening of the interventricular septum and reflux of contrast into the IVC and hepatic veins. Correlate with echocardiography (McConnell sign, TAPSE).
IVC filter from an outside hospital (placed [[DATE:Aug 2019]] for a prior DVT; lot [[DEVICE:GF4471903]] per outside records) is tilted 14 degrees with one strut extending 3 mm beyond the caval wall; no thrombus within the filter.
Lungs: no infarct. 4 mm RUL solid nodule; no routine follow-up per Fleischner.
No pleural or pericardial effusion.

IMPRESSION:
1. Saddle pulmonary embolism with CT signs of right heart strain (submassive).
2. Tilted IVC filter with minor strut penetration.

Critical result called to Dr. [[NAME:McConnell]] at 23:05 and read back; PERT activated via pager [[PHONE:603-650-2218]].
[[NAME:Imani Wells]], MD
""", ok=("Wells 6", "McConnell sign"))

# ----------------------------------------------------------------- referral

note("referral-h01", "referral", """
[[ORG:Centrum Medyczne Wawel-Med]]
[[STREET:ul. Długa 17/4]], [[ZIP:31-147]] [[CITY:Kraków]], Poland
tel. [[PHONE:+48 12 421 88 37]] · [[EMAIL:rejestracja@wawel-med.pl]]

[[CITY:Kraków]], [[DATE:14.03.2024]]

To the treating physician / Do lekarza prowadzącego

Re: [[NAME:Zofia Wiśniewska-Kamińska]], born [[DATE:02.09.1951]], PESEL [[SSN:51090214682]]

Dear Colleague,

Mrs. [[NAME:Wiśniewska-Kamińska]] has been my patient for eleven years. On [[DATE:2 April 2024]] she moves to live with her daughter, [[NAME:Agnieszka Nowicka]], in [[CITY:Hamtramck]], [[STATE:Michigan]]. I would be grateful if you would take over her care.

Diagnoses:
1. Graves-Basedow disease, treated with radioiodine in 2009; post-ablative hypothyroidism on levothyroxine 100 µg daily.
2. Type 2 diabetes since 2012, metformin 1000 mg twice daily; HbA1c 7.1% ([[DATE:February 2024]]).
3. Hypertension - perindopril 5 mg, amlodipine 5 mg.
4. Left total knee replacement 2019, good function.
Last laboratory results ([[DATE:07.03.2024]]): TSH 2.1 mIU/L, creatinine 0.9 mg/dL, eGFR 64, LDL 2.4 mmol/L.
Allergy: penicillin (rash).

She speaks little English; her daughter will interpret (tel. [[PHONE:+1 313-871-4026]], [[EMAIL:a.nowicka.detroit@outlook.com]]). US address: [[STREET:11940 Joseph Campau Ave, Apt 3]], [[CITY:Hamtramck]], [[STATE:MI]] [[ZIP:48212]].

Z poważaniem / Yours sincerely,
lek. med. [[NAME:Bartłomiej Sadowski]]
specjalista chorób wewnętrznych, nr PWZ [[LICENSE:5847193]]
""")

note("referral-h02", "referral", """
[[ORG:Feather River Family Medicine]]
[[STREET:850 Plumas St, Suite 4]], [[CITY:Yuba City]], [[STATE:CA]] [[ZIP:95991]]
Ph [[PHONE:530.671.2208]]     Fax [[PHONE:530.671.2219]]

REFERRAL — CARDIOLOGY (URGENT)     Date: [[DATE:June 3, 2024]]
To: [[ORG:Sacramento Valley Heart & Vascular]], attn Dr. [[NAME:Oksana Hrynchuk]]

Patient: [[NAME:Harpreet Kaur Sandhu]]     DOB: [[DATE:1964-10-12]]     Chart # [[MRN:FRF-100738]]
Insurance: [[ORG:Golden Valley Health Plan]]     Member ID [[ACCOUNT:GVH884210376]]     Group [[ACCOUNT:G-20418]]

Reason: 59 y/o woman with 6 weeks of exertional chest pressure walking uphill to the gurdwara, relieved by rest. Risk factors: T2DM (A1c 8.2), HTN, LDL 148, father with MI at 52.
- ECG: NSR, LVH by voltage, no pre-excitation.
- Exercise treadmill test, Bruce protocol, [[DATE:5/28/24]]: 1 mm horizontal ST depression in II, III, aVF at 6 min; stopped at 6:40 for chest pressure; 7 METs.
- Holter [[DATE:May 20–22]] (recorder S/N [[DEVICE:HLT-77-30412]]): sinus rhythm, PVC burden 8%, no sustained arrhythmia.
Started aspirin 81 mg, atorvastatin 40 mg and SL nitroglycerin prn. Please evaluate for ischemia work-up / cath.

Husband [[NAME:Gurvinder Singh Sandhu]] drives her; Punjabi interpreter preferred. Pharmacy: [[ORG:Plumas Street Pharmacy]].

Referring: [[NAME:Bruce Dhillon]], MD · NPI [[LICENSE:1643920782]]
Referral coordinator: [[NAME:Jasmeet]], [[PHONE:530.671.2208 ext 3]]
""", ok=("Bruce protocol",))

note("referral-h03", "referral", """
REFERRAL — NEUROLOGY / GENETIC COUNSELING
From: [[ORG:Tri-State Family Health]], [[STREET:1601 Sixth Ave]], [[CITY:Huntington]], [[STATE:WV]] [[ZIP:25703]]
To: [[ORG:Mountaineer Movement Disorders Clinic]], [[CITY:Morgantown]]
Date: [[DATE:September 5, 2023]]

Patient: [[NAME:Darla Faye Crabtree]]     DOB [[DATE:3/30/1979]]     Clinic # [[MRN:TS-44120]]
Phone: [[PHONE:(304) 697-2281]]

Reason for referral: 44 y/o woman with about a year of fidgety, dance-like movements of the hands and face, irritability, and trouble keeping track of tasks at work (cashier, [[ORG:Guyandotte Grocery]]). Her father, [[NAME:Virgil Crabtree]], died at 58 in a nursing home in [[CITY:Portsmouth]], [[STATE:Ohio]]; family called it "Huntington's chorea" but it was never genetically confirmed. I am concerned about Huntington disease.
Work-up so far: TSH, B12, CMP, CBC normal; ceruloplasmin normal; MRI brain [[DATE:8/17/23]] mild caudate atrophy. MoCA 24/30.
She has not had predictive testing and would like genetic counseling first. Daughter [[NAME:Kaylee]], 19, is aware and is not seeking testing now.
Genetic counselor contact provided to her: [[NAME:Penny Vaughan]], [[EMAIL:pvaughan@mmdc-wv.org]].
Records: [[URL:www.tristatefamilyhealth.org/records]] (pt signed release).

[[NAME:Lonnie Adkins]], FNP-C · NPI [[LICENSE:1377042159]]
""", ok=("Huntington's chorea", "Huntington disease"))

note("referral-h04", "referral", """
PEDIATRIC GASTROENTEROLOGY REFERRAL
Referring clinic: [[ORG:Cedar Avenue Pediatrics]], [[STREET:2515 Cedar Ave S]], [[CITY:Minneapolis]], [[STATE:MN]] [[ZIP:55404]]
Referring provider: [[NAME:Solveig Thorsrud]], MD — NPI [[LICENSE:1928633407]]
Date sent: [[DATE:01/08/2024]]

Patient: [[NAME:Hodan Warsame]]     DOB: [[DATE:07/11/2016]]     MRN: [[MRN:CAP0093127]]
Mother: [[NAME:Faadumo Cali Jaamac]], Somali interpreter needed, [[PHONE:612-871-3304]]
Father: [[NAME:Abdiwali Warsame]], evenings, [[PHONE:612-870-9126]]
Insurance: [[ORG:North Woods Health Partners]], ID [[ACCOUNT:NWH-3318-2207]]

Reason: 7 y/o girl with constipation since infancy, abdominal distension and poor weight gain (weight < 3rd percentile). Born in [[CITY:Dadaab]], Kenya; mother recalls she did not pass stool for "two or three days" after birth. School nurse at [[ORG:Franklin Avenue Charter School]] reports frequent soiling.
Labs [[DATE:12/14/2023]]: tTG-IgA 48 U/mL (ULN 15), total IgA normal, Hgb 10.1, ferritin 6. KUB [[DATE:12/14/23]]: large stool burden, no transition point seen.
Concern for Hirschsprung disease vs celiac disease (or both). Started PEG 3350 0.7 g/kg/day and iron.
Request: evaluation for rectal suction biopsy and EGD with duodenal biopsies.
Mother prefers appointments after 3 pm; family has no car — please send bus directions.

Thank you,
[[NAME:Solveig Thorsrud]], MD
""")

note("referral-h05", "referral", """
ONCOLOGY REFERRAL
To: [[ORG:Potomac Oncology & Hematology]] — Dr. [[NAME:Yusra Chaudhry]]
From: [[NAME:Eun-ji Lim]], MD, [[ORG:Little River Gastroenterology]], [[CITY:Annandale]], [[STATE:VA]]
Date: [[DATE:2/20/2024]]

Patient: [[NAME:Min-jun Choi]] ([[NAME:최민준]])     DOB [[DATE:1956-04-02]]     MRN: [[MRN:LRG-553017]]
Medicare MBI [[ACCOUNT:3JC8-VN4-RT27]]

Dear Dr. [[NAME:Chaudhry]],
Thank you for seeing Mr. [[NAME:Choi]], a 67-year-old man with newly diagnosed gastric adenocarcinoma.
- EGD [[DATE:2/9/2024]]: 4 cm ulcerated mass on the lesser curvature (Borrmann type III). Biopsy: poorly differentiated adenocarcinoma with signet-ring features; HER2 1+, MMR proficient. H. pylori positive, treatment started.
- CT CAP [[DATE:2/15]]: gastric wall thickening with enlarged perigastric nodes; no liver lesions; no ascites.
- Exam: no Sister Mary Joseph nodule, no Virchow node, no Blumer shelf.
- CEA 12.4, CA 19-9 41. Hgb 9.8 (iron deficiency).
Social: retired owner of [[ORG:Han River Dry Cleaners]]; lives with wife [[NAME:Soon-ja]]; Korean interpreter needed. Daughter [[NAME:Esther Choi]], a pharmacist, is the point of contact ([[PHONE:703-941-2286]], [[EMAIL:estherchoi.pharmd@gmail.com]]). His supplemental plan is in a grace period after a missed premium; she is sorting this out.
Please evaluate for perioperative chemotherapy and staging laparoscopy.

Sincerely,
[[NAME:Eun-ji Lim]], MD
cc: Dr. [[NAME:Sang-hoon Yoo]] (PCP)
""")

note("referral-h06", "referral", """
Referral: Pediatric ENT / Audiology
[[ORG:Cumberland Plateau Refugee Health Clinic]], [[CITY:Nashville]], [[STATE:TN]]
Date: [[DATE:27 Nov 2023]]

Patient: [[NAME:Lana Al-Masri]], 6 y/o F     DOB [[DATE:2017-03-08]]     MRN [[MRN:RHC-20831]]
Guardian: father, [[NAME:Abdulkarim Al-Masri]]; Arabic (Levantine) interpreter required
Resettlement agency: [[ORG:New Horizons Refugee Services]], case manager [[NAME:Rasha Haidar]], [[PHONE:615-298-4417 x230]]

History: Family is from [[CITY:Aleppo]] and lived in [[CITY:Irbid]], Jordan from 2016 until arrival in the US in [[DATE:August 2023]]. Her first-grade teacher at [[ORG:Antioch Hills Elementary]] reports she does not respond when called from behind and watches classmates' lips. Failed school hearing screen [[DATE:10/30/23]]. Snores, mouth-breathes, frequent ear infections in Jordan per father; no prior audiology.
Exam: bilateral dull, retracted TMs with effusion; tympanometry type B both ears. Speech intelligible, some articulation errors in Arabic per interpreter. Likely Eustachian tube dysfunction with adenoid hypertrophy.
Growth normal. Immunizations caught up [[DATE:11/6/23]].

Request: formal audiology and ENT evaluation for tympanostomy tubes +/- adenoidectomy. Family has Medicaid; please call the case manager to schedule, as father's phone changes often.

[[NAME:Nadine Bou Khalil]], MD
[[EMAIL:nboukhalil@cprhc.org]]
""")

note("referral-h07", "referral", """
WORKERS' COMPENSATION REFERRAL — PAIN MANAGEMENT
Date: [[DATE:8/22/2023]]

Claimant: [[NAME:Brendan P. Fitzmaurice]]     DOB [[DATE:5/5/1978]]     SSN [[SSN:027-48-3961]]
Employer: [[ORG:KEANE & SONS ROOFING]], [[CITY:Quincy]], [[STATE:MA]]
Carrier: [[ORG:Bay Colony Mutual Insurance]]     Claim # [[ACCOUNT:WC-23-0418877]]
Adjuster: [[NAME:Dawn Pettibone]], [[PHONE:781-356-2290 ext. 4117]], [[EMAIL:dpettibone@baycolonymutual.com]]
Date of injury: [[DATE:03/14/2023]] — fell about 8 ft from a ladder onto his L side.

History: neck pain radiating down the L arm to the thumb, and low back pain. He wakes at dawn with stiffness. MRI C-spine [[DATE:4/20/23]] at [[ORG:South Shore Open MRI]]: C5-6 disc-osteophyte complex with moderate L foraminal stenosis. EMG [[DATE:6/2/23]]: L C6 radiculopathy.
Treatment to date: PT x 12 sessions, gabapentin 300 mg TID, meloxicam, home exercise. Off work since the injury; no light duty available.
Exam: L biceps reflex 1+, decreased sensation L thumb, grip 4+/5. Lhermitte sign negative. No nonorganic (Waddell) signs.

Request: evaluation for L C5-6 interlaminar or transforaminal epidural steroid injection.

[[NAME:Colleen Mahoney-Dwyer]], PA-C, for Dr. [[NAME:Aurelio Bastos]]
[[ORG:Granite Quarry Occupational Medicine]], [[STREET:455 Hancock St]], [[CITY:Quincy]], [[STATE:MA]] [[ZIP:02169]]
Dr. [[NAME:Bastos]]: [[STATE:MA]] medical license [[LICENSE:271406]]
""")

note("referral-h08", "referral", """
CONSULT REQUEST — RHEUMATOLOGY (URGENT)
From: [[ORG:Crownpoint Mesa Clinic]], [[CITY:Crownpoint]], [[STATE:NM]] [[ZIP:87313]]
To: [[ORG:High Desert Rheumatology]], [[STREET:4300 Montgomery Blvd NE, Ste 210]], [[CITY:Albuquerque]], [[STATE:NM]] [[ZIP:87109]]
Sent [[DATE:2023-06-12]] by fax to [[PHONE:505-884-7719]]

Patient: [[NAME:Bernadine Yazzie]]     DOB: [[DATE:10/14/1990]]     HRN: [[MRN:CMC-008813]]

Question: new SLE with possible lupus nephritis — please see within 1-2 weeks.
HPI: 32 y/o woman with 3 months of malar rash, photosensitivity, painless oral ulcers and inflammatory polyarthritis of the hands (MCPs/PIPs, 90 min morning stiffness). No Jaccoud deformity yet.
Labs: ANA 1:1280 speckled, dsDNA 210, C3 58, C4 6, platelets 96K, ESR 64, UA 2+ protein, UPCR 0.9 g/g, Cr 0.8. Antiphospholipid panel pending.
Echo [[DATE:6/1/23]]: trace pericardial effusion, no valvular vegetation (no Libman-Sacks lesion).
Started hydroxychloroquine 300 mg daily and prednisone 20 mg on [[DATE:6/9]]. Nephrology referral also sent.

Social: works at [[ORG:Chaco Wash Trading Post]]; lives with her grandmother (age [[AGE:93]]) and two children. About 2.5 h drive each way; will need travel assistance. Phone coverage poor at home — best contact is her niece [[NAME:Kayla Nez]], [[PHONE:(505) 786-4012]], or [[EMAIL:bernyazzie90@gmail.com]].

[[NAME:Gideon Etsitty]], DO · NPI [[LICENSE:1588314066]]
""")

# ----------------------------------------------------------------- telephone

note("telephone-h01", "telephone", """
PATIENT PORTAL MESSAGE -> TELEPHONE ENCOUNTER
From: [[NAME:Mai-Linh Doan]] (patient)     Sent: [[DATE:4/2/2024]] 11:48 PM     from IP [[IP:2001:db8:4a2::17]]
Subject: so nauseous 🤢

"hi!! i started the nitrofurantoin yesterday and i feel so sick to my stomach 🤢🤢 is that normal?? my bf [[NAME:Chase]] says i should chase it with milk lol. also i have a shift at [[ORG:Boba Bliss]] tmrw, can i get a work note for today? my cell is [[PHONE:650 384 2271]] if its easier 💊"

Call back [[DATE:4/3/2024]] 09:15 — [[NAME:Sunny Boudreaux]], RN:
- Urine culture [[DATE:4/1]]: E. coli > 100K, sensitive to nitrofurantoin. Continue 100 mg BID x 5 days total.
- Nausea is common; take with food (a meal or milk is fine), not on an empty stomach. No vomiting, no fever, no flank pain.
- Work note posted to her portal letter section; she will forward it to her manager at [[EMAIL:shifts@bobabliss-sj.com]] herself.
- If not better in 48 h or any fever/back pain, book a video visit: [[URL:https://visit.peninsulahealth.org/mldoan]].
Pt verbalized understanding. Lives in [[CITY:San Jose]]; prefers text reminders.
""")

note("telephone-h02", "telephone", """
TELEPHONE ENCOUNTER — PHARMACY CALL
Mon [[DATE:1/8/24]] 11:20
Caller: [[NAME:Kiran Bhatt]], RPh, [[ORG:Marigold Pharmacy]] (store 0417), [[PHONE:(609) 588-3012]]
Patient: [[NAME:Ewa Zielińska]], DOB [[DATE:12/12/1983]]

Rx: buprenorphine-naloxone 8-2 mg SL film, 1 daily, #14, written [[DATE:1/5/24]] by Dr. [[NAME:Salvador Trujillo]].
Pharmacist asking us to verify prescriber details because the script was hand-written. Verified with Dr. [[NAME:Trujillo]]: DEA [[LICENSE:FT6201482]], NPI [[LICENSE:1155209871]]. PDMP checked: last fill [[DATE:12/22]] at [[ORG:Hamilton Square Drug]], no other prescribers.
Pt asked if she may pick up 2 days early because of travel to her sister's in [[CITY:Rzeszów]] — Dr. [[NAME:Trujillo]] approved early fill this once; pharmacist documented.
Pharmacy will bill her plan, [[ORG:Garden State Health Alliance]], member ID [[ACCOUNT:GSH-77120-0931]].
Next appointment [[DATE:Jan 19]] @ 14:30.

[[NAME:Aleksandra Pietrzak]], MA
""")

note("telephone-h03", "telephone", """
OB TRIAGE PHONE CALL — [[ORG:Valle del Sol Women's Health]]
[[DATE:07/21/2023]] 20:14
Caller: [[NAME:Yaretzi Morales Zamora]], G1P0 at 32+3 wks (EDD [[DATE:9/19/23]]), calling from [[CITY:Guadalajara]], Mexico, where she is visiting her grandparents. Phone [[PHONE:+52 33 3614 9027]].
Interpreter: Spanish, [[NAME:Leonel]], via language line.

CC: decreased fetal movement since this morning; tightening every 15-20 min that goes away when she rests, "like Braxton Hicks." No bleeding, no leaking fluid, no headache or vision change. BP not available.
Advice: lie on left side, drink 2 glasses of water, eat something sweet, count kicks for 2 h. If < 10 movements in 2 h, any bleeding, fluid, or regular painful contractions, go to the nearest hospital now — she named [[ORG:Hospital Providencia del Bosque]], 10 min away.
20:55 Pt called back: 10 movements in 40 min, tightening stopped. Reassured.
Plan: flies home [[DATE:7/24]]; NST at clinic [[DATE:July 25th]] 09:00. Husband [[NAME:Axel Villaseñor]] will bring her.
Routed to Dr. [[NAME:Graciela Ontiveros]] for review.

[[NAME:Noemí Arredondo]], RN
""")

note("telephone-h04", "telephone", """
PHONE NOTE — CALL FROM FACILITY
[[DATE:02/03/2024]] 07:50
Caller: [[NAME:Latoya Smith]], LPN, [[ORG:Magnolia Terrace Skilled Nursing]] ([[PHONE:919-477-3120]], fax [[PHONE:919-477-3128]])
Re: [[NAME:Eudora Pennington]], [[AGE:102]] y/o F, DOB [[DATE:6/1/1921]]

Report: found on the floor beside her bed at 05:30, unwitnessed. Alert, at baseline per staff. L wrist swollen with a visible step-off; she guards it. No head strike observed, but she is on apixaban. VS: BP 146/78, HR 88, SpO2 95%.
Ms. [[NAME:Smith]] asks whether to send her out.
Assessment: likely distal radius fracture (Colles vs Smith fracture); needs head CT given anticoagulation.
Plan: transfer to [[ORG:Eno River Medical Center]] ED by ambulance. Splint with pillow, ice.
Son [[NAME:Sterling Pennington]] (HCPOA) called at [[PHONE:(984) 202-6617]] — agrees with ED evaluation only; DNR/DNI remains, no surgery unless needed for comfort; wants her back at the facility as soon as possible.
Discussed with Dr. [[NAME:Chidi Nwankwo]], who agrees. He will update the ED physician.
She is a [[AGE:102]]-year-old retired schoolteacher and still does the crossword daily, per son.

[[NAME:Harriet Lindahl-Amoah]], RN, nurse line
""", ok=("Smith fracture",))

note("telephone-h05", "telephone", """
TELEPHONE ENCOUNTER — DME / PAYER
[[DATE:10-16-2023]] 14:05–14:40
Called [[ORG:Summit Breathe Medical Supply]] ([[PHONE:1-888-627-4410]]) and the Medicare DME contractor re: CPAP coverage.
Pt: [[NAME:Kofi Amankwah]], DOB [[DATE:8/8/1950]], MBI [[ACCOUNT:5RA3-XJ2-KD94]]

Issue: 90-day adherence review. Download from device S/N [[DEVICE:23184129874]] shows use >= 4 h on 61% of nights (needs 70%). AHI on therapy 3.2. Leak high on nights with the full-face mask.
Supplier rep [[NAME:Faith]] (no last name given) says a 30-day extension can be requested with a documented mask refit and a re-evaluation note.
Plan: mask refit (nasal pillows) [[DATE:10/19]] with RT [[NAME:Gabriel Oyugi]]; sleep clinic visit after [[DATE:Nov 14]]. Extension request reference # [[ACCOUNT:REF-88310472]].
Pt informed at [[PHONE:912-358-0044]]; wife [[NAME:Akosua]] also on the line. Pt admits he lost faith in the mask after two bad nights and took it off; willing to try again.
Address on file confirmed for delivery: [[STREET:2217 Cawana Rd]], [[CITY:Statesboro]], [[STATE:GA]] [[ZIP:30461]].

[[NAME:P. Ramdass]], MA
""")

note("telephone-h06", "telephone", """
TELEPHONE NOTE — NEUROLOGY / ALS CLINIC
[[DATE:Sept. 12, 2023]] 16:30
Call from daughter [[NAME:Nadège Pierre-Louis]] ([[PHONE:786-412-9083]]) re: father [[NAME:Frantz Pierre-Louis]], 71, ALS (Lou Gehrig's disease), dx 2021.

Concerns: choking on thin liquids most meals, 6 kg weight loss in 2 months, more breathless lying flat. FVC 48% at last visit [[DATE:8/29]]. Uses BiPAP at night (S/N [[DEVICE:BPX-61K-33907]]) and a Hoyer lift for transfers.
Family discussed a feeding tube at home; pt (via daughter, in Haitian Creole) declines PEG and wants to stay home. Family asking about hospice.
Plan per Dr. [[NAME:Rebecca Stolz]]:
- Referral to [[ORG:Biscayne Palms Hospice]], fax [[PHONE:305-893-6610]].
- Address confirmed: [[STREET:1340 NE 139th St]], [[CITY:North Miami]], [[STATE:FL]] [[ZIP:33161]].
- Liquid morphine for air hunger to be started by hospice; glycopyrrolate for secretions.
- POLST to be updated at home visit.
Their priest, Fr. [[NAME:Wilner Dorsainvil]], visits weekly; family would like him present for the hospice admission.
Daughter tearful but agrees with plan.

[[NAME:Marie-Claude Joseph]], RN
""", ok=("Lou Gehrig",))

note("telephone-h07", "telephone", """
ph note [[DATE:3/3]] 0915
spoke w/ pts wife [[NAME:opal hatfield]] re: [[NAME:earl "bud" hatfield]]'s labs from [[DATE:3/1]] ED visit.
Na 128 (was 134 in [[DATE:dec]]), K 3.3. on hctz 25. wife says he's drinking "gallons" of water and 4-5 beers a day. advised hold hctz, cut back beer, no more than 1.5 L fluids/day, repeat bmp thurs. dr [[NAME:ratliff]] ok'd.
wife worried about the bill from the ED, gave her # for financial counseling.
his truck was towed from the ED lot [[DATE:3/1]] — [[STATE:WV]] plate [[VEHICLE:5KT218]], at [[ORG:Mingo County Towing]]. yard wants the VIN off the registration, wife read it to me: [[VEHICLE:1GCHK29U87E148036]]. she will get it, needs his ok in writing.
rx: KCl 20 mEq daily x 5 d sent to [[ORG:Tug Valley Drug]] [[PHONE:3042354418]]. they live out past [[CITY:Logan]], may take a day to pick up.
[[NAME:bud]] may call back himself, ok to discuss w/ either.
-[[NAME:krs]]
""")

note("telephone-h08", "telephone", """
TELEPHONE ENCOUNTER — TRAVEL MEDICINE / RESULTS
[[DATE:2023-12-04]] 10:20
Pt: [[NAME:Adaora Nwachukwu]]     MRN [[MRN:LRH-0448170]]     Callback [[PHONE:+1 (240) 338-7716]]

Results reviewed by phone:
- Hep B surface antibody 112 (immune). Measles IgG positive. Varicella IgG positive.
- EBV (Epstein-Barr) VCA IgG positive, IgM negative: past infection, no action.
Travel: flying to [[CITY:Lagos]] on [[DATE:Dec 15]], then by road to [[CITY:Ibadan]] to care for her [[AGE:91]]-year-old mother until [[DATE:January 20]].
Yellow fever vaccine given [[DATE:11/20]] at [[ORG:Globetrotter Travel Clinic]]; card copy scanned. Atovaquone-proguanil sent, start 2 days before departure, continue 7 days after return. Typhoid oral vaccine to finish by [[DATE:12/8]].
Mother's physician there, Dr. [[NAME:Folake Adeyemo]] of [[ORG:Oluyole Specialist Clinic]], may e-mail us: [[EMAIL:f.adeyemo@oluyoleclinic.ng]]. Pt signed release.
Security note: portal login from [[IP:41.203.77.190]] last week — pt confirms her brother used her account to print travel letters; advised not to share credentials, password reset done.
Pt is a charge nurse at [[ORG:Lakeridge Regional Hospital]]; work letter for leave provided. Follow-up video visit if ill on return: [[URL:https://telehealth.lakeridgehealth.org/join/7731-adaora]].

[[NAME:Thandiwe Mokoena]], RN, travel clinic
""")


if __name__ == "__main__":
    sys.exit(SET.main())
