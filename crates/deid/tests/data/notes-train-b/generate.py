#!/usr/bin/env python3
"""Generator for TRAINING SET B of Ward's learned PHI tagger (train.jsonl).

Training data, not an evaluation set.  Written without reading the scanner
(crates/deid/src/), without running it, and without opening the sealed set's
data or generator (only ../notes-sealed/README.md was read; its sealed.jsonl
is passed to the independence check below and nothing else).  Every note is
hand-written, fully synthetic text: patients, relatives, staff,
organisations, numbers and addresses are invented (real cities, states,
provinces and countries appear as geography only).

This set is deliberately different in texture from the evaluation sets:
terse templated EHR exports, ALL-CAPS radiology, SMS-like telephone notes in
lower case with typos, dictated run-on notes, referral letters with
letterheads and signature blocks, social-history paragraphs, nursing
flowsheet lines, and notes written in Canada, the UK, Australia, the
Philippines, Nigeria, India, Mexico, Germany and Japan with their own
address, phone and identifier formats.

PHI is marked inline exactly as in the other sets:

    [[TYPE:surface text]]

The machinery (marker parsing, checks, output, statistics) lives in
../notes_tool.py; this file holds only the notes and the set's settings.

Usage (``notes_tool``'s docstring): ``python3 generate.py`` writes train.jsonl
and refreshes the statistics in README.md; ``--out X.jsonl`` writes elsewhere;
``--check`` validates only. The settings and checks shared by every training
set are ``notes_tool.training_set``'s.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import notes_tool  # noqa: E402

SET = notes_tool.training_set(__file__, "b")
note = SET.note


# ==========================================================================
# NOTES
# ==========================================================================

# ----------------------------------------------------------------- discharge

note("discharge-b01", "discharge", """
=== DISCHARGE SUMMARY (EHR EXPORT v4) ===
Pt: [[NAME:LAFFERTY-NUÑEZ, SUMMER D.]]     Sex: F
DOB: [[DATE:1961-11-02]]     MRN: [[MRN:HRM-0071934]]     Acct: [[ACCOUNT:4410-88217]]
SSN: [[SSN:518-44-7302]]
Adm: [[DATE:2024-02-19]] 07:52     Disch: [[DATE:2024-02-23]] 13:10     LOS: 4
Attending: [[NAME:Ekwueme, Chibuike A.]], MD (NPI [[LICENSE:1826645925]])
PCP: [[NAME:Brit Haugland]], PA-C, [[ORG:Bridger Canyon Family Practice]]
Facility: [[ORG:Hyalite Regional Medical Center]], [[CITY:Bozeman]] [[STATE:MT]]
Employer: [[ORG:Northbound Kombucha]] (bottling line)
Insurance: [[ORG:Big Sky Benefit Trust]]     Member: [[ACCOUNT:BSB771940226]]     Group: [[ACCOUNT:G-30418]]
Address: [[STREET:4471 Cottonwood Draw Rd]], [[CITY:Bozeman]], [[STATE:MT]] [[ZIP:59718-3342]]
Home ph: [[PHONE:406-582-7719]]
Emergency contact: [[NAME:Guy Lafferty]] (spouse) [[PHONE:(406) 209-4465]]

Dx:
1. E. coli pyelonephritis with sepsis, POA
2. AKI, prerenal (Cr 2.1 -> 0.9)
3. Hashimoto thyroiditis on levothyroxine 88 mcg

Course: Lactate 3.4 on arrival, 30 mL/kg LR, ceftriaxone. CT A/P [[DATE:2/19]]: no obstruction, no abscess. Foley placed for strict I/O, removed HD2. Blood cx 1 of 2 E. coli, pan-sensitive except ampicillin. Afebrile since [[DATE:2/21]]. Transitioned to PO cephalexin.

Meds at discharge: cephalexin 500 mg QID to complete 10 days (last dose [[DATE:3/1]]), levothyroxine 88 mcg daily, acetaminophen PRN. HOLD lisinopril until PCP recheck.

Notes: Pt reports "some guy from the pharmacy" called about her inhaler; told her to call the [[ORG:Hyalite]] outpatient pharmacy directly. Pt hopes to be back at work Monday; work note given for 1 week off. She plans to hike again this summer.

F/u: [[NAME:Haugland]] in 5-7 days, BMP at that visit. Repeat UA not needed if asymptomatic.

Electronically signed [[NAME:C. Ekwueme]] MD [[DATE:02/23/2024]] 14:02
""")

note("discharge-b02", "discharge", """
[[ORG:Loxley Vale Teaching Hospitals NHS Foundation Trust]]
Respiratory Medicine - Discharge Summary to GP

Patient: [[NAME:McTAVISH, Iona Catriona]]     Hospital No: [[MRN:LV4471092]]     NHS No: [[ACCOUNT:494 904 1630]]
DOB: [[DATE:09/07/1952]]     Address: [[STREET:Flat 2, 58 Crookesmoor Road]], [[CITY:Sheffield]] [[ZIP:S10 1BD]]
Admitted: [[DATE:11/03/2024]]     Discharged: [[DATE:18/03/2024]]
GP: Dr [[NAME:Oluwatobi Raines]], [[ORG:Walkley Bank Surgery]], tel [[PHONE:0114 496 0382]]

Diagnosis: infective exacerbation of COPD with acute hypercapnic (type 2) respiratory failure requiring NIV.

Mrs [[NAME:McTavish]] was brought in by ambulance after two days of increasing breathlessness and green sputum. On arrival pH 7.26, pCO2 9.4 kPa, drowsy with a Glasgow Coma Scale of 12. She was born in [[CITY:Glasgow]] and moved south with her late husband [[NAME:Fergus]] in 1974. NIV was started in the ED resus area and continued on the respiratory support unit for 40 hours; GCS back to 15 by day 2. Prednisolone 30 mg for 5 days and doxycycline. CXR: hyperinflation, no consolidation. Echo not repeated (last one 2022, normal LV).

Social: lives alone in a first-floor flat; daughter [[NAME:Kirsty Ballantyne]] (mobile [[PHONE:07700 900417]]) visits daily. Retired silver polisher at [[ORG:Osgathorpe & Hinde]], a cutlery works. Ex-smoker, 40 pack-years, stopped 2019. Attends [[ORG:St Columba's]] on Sundays.

Changes to medication: Trelegy Ellipta one puff daily started (replaces Seretide); carbocisteine 750 mg TDS; rescue pack supplied.

Actions for GP: please review in 2 weeks, repeat U&E (K 3.3 on day of discharge). Pulmonary rehab referral made to [[ORG:Hillsborough Lung Club]]. Home oxygen assessment booked for [[DATE:8 April 2024]].

Consultant: Dr [[NAME:Revathi Sethuraman]] (GMC [[LICENSE:7049318]])
Completed by: Dr [[NAME:Bryony Holtby]], FY2, bleep [[PHONE:4417]]
Copy to: [[EMAIL:respiratory.discharges@loxleyvale.nhs.uk]]
""", ok=("Glasgow Coma Scale",))

note("discharge-b03", "discharge", """
DISCHARGE SUMMARY, dictated. [[ORG:Teche Landing Medical Center]]. Patient [[NAME:Alcide Guidry]], medical record number [[MRN:00-417-338]], date of birth [[DATE:June 3rd, 1927]].

This is a [[AGE:96]]-year-old gentleman with longstanding Parkinson's disease, Hoehn and Yahr stage 4, who was brought in on the [[DATE:14th]] by his granddaughter [[NAME:Patience Guidry-Landry]] after a fall at home out on [[STREET:3308 Bayou Tortue Rd]] in [[CITY:Breaux Bridge]] and was found to have a right superior pubic ramus fracture which orthopedics, Dr. [[NAME:Yaw Asiedu-Pratt]], felt was nonoperative, and he was also noted to be in urinary retention with over 900 cc on bladder scan so a Foley was placed and he failed his voiding trial on day three so he is going out with the Foley and will see [[ORG:Vermilion Uro]] in two weeks, and his carbidopa levodopa was resumed at his home schedule of 25/100 two tablets five times a day, it had been held in the ED for about nine hours which I think contributed to the rigidity and the confusion the first night. Speech therapy saw him and he is on a mechanical soft diet with thin liquids. Hemoglobin drifted from 11.9 to 9.8 with no source, Will need repeat hemoglobin at the facility on Monday.

He was visited by his priest, Father [[NAME:Breaux]], who is no relation to the town, and the family asked us for patience with him because he gets frightened at night. He says he has not felt this weak since he was a young man.

Socially he is a retired cane farmer who worked forty years for [[ORG:Meaux Brothers]], his late wife [[NAME:Odile]] passed in 2015, and he lives with the granddaughter who is his healthcare power of attorney, reachable at [[PHONE:337 230 8816]]. Code status DNR, confirmed with her.

Disposition is to [[ORG:Whispering Cypress]] for skilled rehab. PCP is Dr. [[NAME:Yvonne Hebert]].

Dictated by [[NAME:Aurélien Chauvin]], MD, on [[DATE:March 19]]; transcribed by [[NAME:ldb]] [[DATE:03/20/2024]].
""", ok=("Will need",))

note("discharge-b04", "discharge", """
[[ORG:Santo Rosario Lying-In and Medical Center]]
[[STREET:88 Gen. Maxilom Ave. Ext.]], [[CITY:Cebu City]] [[ZIP:6000]] | Tel. [[PHONE:(032) 416 7730]]

DISCHARGE SUMMARY - OBSTETRICS

Name: [[NAME:Ma. Cristina "Tintin" Abellana-Dacanay]]     Age/Sex: 31/F
Hosp. No.: [[MRN:SRLMC-24-00871]]     PhilHealth PIN: [[ACCOUNT:12-050418233-7]]
Address: [[STREET:Blk 4 Lot 12, Sampaguita St.]], Brgy. [[CITY:Pit-os]], [[CITY:Cebu City]]
Date admitted: [[DATE:01 April 2024]]     Date discharged: [[DATE:04 April 2024]]

Final diagnosis: G2P2 (2002), pregnancy uterine 39 2/7 weeks AOG, delivered; gestational hypertension.

Course: Admitted in active labor, BP 148/96. Labs: platelets 212, AST/ALT normal, urine protein negative. Delivered by NSVD on [[DATE:02 April 2024]] at 05:41 to a live baby boy, 3.2 kg, Apgar 8 and 9. Second-degree laceration repaired. BP settled on nifedipine 30 mg OD. Down syndrome screening in the second trimester was low risk; newborn screening card collected before discharge.

Baby Boy [[NAME:Dacanay]] roomed in, breastfeeding well, BCG and hepatitis B given.

Watcher: her sister [[NAME:Baby]] [[NAME:Abellana]], mobile [[PHONE:+63 917 804 2216]]. Husband [[NAME:Rodel Dacanay]] is a seafarer with [[ORG:Bluefin Crewing]], currently on board off [[CITY:Busan]]; updated by video call.

Home medications: nifedipine 30 mg once daily, ferrous sulfate, mefenamic acid PRN.
Follow-up: BP check at [[ORG:Barangay Pit-os Health Center]] in 3 days; OPD follow-up with Dra. [[NAME:Bacalso-Uy]] on [[DATE:April 16]].

[[NAME:Lourdes Bacalso-Uy]], MD, FPOGS
PRC Lic. No. [[LICENSE:0098417]]
""", ok=("Baby Boy",))

note("discharge-b05", "discharge", """
[[ORG:Olumo Ridge Specialist Hospital]]
[[STREET:Km 6, Sokenu Road]], [[CITY:Abeokuta]], [[STATE:Ogun]] State
Tel: [[PHONE:0805 362 9914]] | [[EMAIL:records@olumoridgespecialist.com.ng]]

DISCHARGE SUMMARY

Name: Mrs [[NAME:Oluwafunmilayo Ogunleye]] ("[[NAME:Funmi]]")     Hosp. No: [[MRN:ORSH/24/01187]]
NIN: [[SSN:48120937615]]     NHIS No: [[ACCOUNT:NHIS-OG-0029-4417]]
Date of admission: [[DATE:14/01/2024]]     Date of discharge: [[DATE:20/01/2024]]

Diagnosis: Sickle cell anaemia (HbSS) in vaso-occlusive crisis, precipitated by malaria (RDT positive).

Summary: 27-year-old trader who sells adire fabric at [[CITY:Itoku]], presented with 2 days of severe bone pain in the back and both thighs, fever 38.9 and jaundice. PCV 19% on admission (steady state 24%). She received IV fluids, IM then oral analgesia, artemether-lumefantrine, folic acid and one unit of screened blood on [[DATE:16/01]]. Pain scores fell from 9/10 to 2/10. No chest crisis. PCV 25% at discharge.

Her husband [[NAME:Goodluck Ogunleye]] ([[PHONE:+234 803 417 2290]]) and her sister [[NAME:Blessing]] were present throughout. The family called the recovery a blessing and asked that their pastor at [[ORG:Oke-Ilewo Bethel Assembly]] be informed. She lives at [[STREET:No. 14, Adeyemi-Oke Close]], [[CITY:Ibara]], [[CITY:Abeokuta]].

Discharge medication: folic acid 5 mg daily, proguanil prophylaxis, paracetamol PRN, hydroxyurea to continue at 15 mg/kg.
Follow-up: haematology clinic on [[DATE:Jan 31st]] with Dr [[NAME:Adeola Oyenuga]].

Signed: Dr [[NAME:Tolulope Fadairo-Ekong]]
MDCN Reg. No. [[LICENSE:MDCN/R/41872]]
""")

note("discharge-b06", "discharge", """
[[ORG:Mula-Mutha Multispeciality Hospital]]
[[STREET:Survey No. 44/2, Pashan-Sus Road]], [[CITY:Pashan]], [[CITY:Pune]] - [[ZIP:411021]], [[STATE:Maharashtra]]
Ph: [[PHONE:020 2589 4410]] | [[URL:www.mulamuthahospital.in]]

DISCHARGE SUMMARY

Patient Name: Mr. [[NAME:Shrikant Vasudeo Joglekar]]     Age/Sex: 58 Y / M
UHID: [[MRN:MMH-2024-118734]]     IPD No.: [[MRN:IP/24/06611]]
Aadhaar: [[SSN:8639 2332 1469]]
Date of Admission: [[DATE:08/03/2024]]     Date of Discharge: [[DATE:12/03/2024]]
Consultant: Dr. [[NAME:Anagha Deodhar]], MD (Medicine)     Reg. No.: [[LICENSE:2009/03/1142]]
TPA / Insurer: [[ORG:Kavach Health TPA]], claim no. [[ACCOUNT:CLM-24-0377190]], policy [[ACCOUNT:KHP/PNE/771904]]

Final Diagnosis: Dengue fever (NS1 positive) with warning signs and thrombocytopenia.

Course in hospital: Presented on day 4 of fever with abdominal pain, vomiting and petechiae. Platelets 18,000 on admission, haematocrit 48%. Managed with IV crystalloids as per the WHO protocol, strict input/output charting, paracetamol only (NSAIDs avoided). No bleeding, no platelet transfusion required. Platelets 96,000 on the day of discharge; afebrile for 48 hours.

Relevant history: Type 2 diabetes for 9 years on metformin. Non-smoker. Works as a senior accountant at [[ORG:Tarang Softworks]]; lives with his wife [[NAME:Sunanda]] and son [[NAME:Aniket]], who is a student at [[ORG:VJIT]].

Advice on discharge: oral fluids 3 litres/day, paracetamol 650 mg SOS, avoid aspirin and ibuprofen, CBC after 3 days at [[ORG:Aundh Pathcare]], review in OPD on [[DATE:16-03-2024]].
Emergency contact: [[NAME:Sunanda Joglekar]] [[PHONE:+91 98220 41736]]

Prepared by: Dr. [[NAME:Kaustubh Ranade]] (RMO)
""")

note("discharge-b07", "discharge", """
[[ORG:Klinikum Neckarhalde]] - Klinik für Innere Medizin II (Gastroenterologie)
[[STREET:Schönbühlstraße 118]] · [[ZIP:70188]] [[CITY:Stuttgart]]
Tel. [[PHONE:+49 711 4093 2260]] · Fax [[PHONE:+49 711 4093 2299]]

ENTLASSBRIEF (English translation prepared at the patient's request)

Dear Dr [[NAME:Hannelore Brückner-Sahin]], [[ORG:Praxis am Feuersee]],

we report on your patient Herr [[NAME:Jörg-Friedrich Wendt]], geb. [[DATE:17.05.1949]], [[STREET:Am Kräherwald 7a]], [[ZIP:70193]] [[CITY:Stuttgart]], Pat.-ID [[MRN:00713390]], Fall-Nr. [[ACCOUNT:2024-0031877]], Versichertennummer [[ACCOUNT:W417730286]] ([[ORG:BKK Aurum Württemberg]]), inpatient from [[DATE:04.03.2024]] to [[DATE:11.03.2024]].

Diagnoses: Crohn's disease (Morbus Crohn) of the terminal ileum, Montreal A3 L1 B2, flare with inflammatory stenosis; iatrogenic Cushing features after prolonged prednisolone; osteopenia.

Course: CRP 86 mg/l on admission. MR enterography: 9 cm inflamed terminal ileum, prestenotic dilatation 3.1 cm, no abscess. IV methylprednisolone, then switch to ustekinumab induction on [[DATE:07.03.2024]]. Bowel movements down from 8 to 3 per day; tolerating soft diet. Steroid taper over 8 weeks agreed.

Herr [[NAME:Wendt]] spends half the year with his daughter [[NAME:Antje]] in [[CITY:Asheville]], [[STATE:North Carolina]], and flies out on [[DATE:2 April]]; a copy of this letter goes to his gastroenterologist there, Dr. [[NAME:Corliss Meekins]]. Contact by e-mail: [[EMAIL:jf.wendt@kraeherwald-post.de]].

With kind regards,

Prof. Dr. med. [[NAME:Matthias Oberländer]], Chefarzt
[[NAME:Defne Aydoğan]], Assistenzärztin (LANR [[LICENSE:604418201]])
""")

note("discharge-b08", "discharge", """
[[ORG:Souris Crossing Regional Health Centre]] - Internal Medicine
DISCHARGE SUMMARY

Pt: [[NAME:FLETT, Wade Jonathan]]     DOB: [[DATE:1969-08-30]]     PHIN: [[ACCOUNT:118 442 907]]
Chart #: [[MRN:SC-448120]]
Address: [[STREET:Unit 9, 27 Rideau Crescent]], [[CITY:Brandon]], [[STATE:MB]] [[ZIP:R7A 4K2]]
Ph: [[PHONE:(204) 727-3381]]
Adm: [[DATE:Feb 6, 2024]]   Transfer out/in: [[DATE:Feb 6]] / [[DATE:Feb 8]]   D/C: [[DATE:2024-02-10]]
Attending: Dr. [[NAME:Harjit Grewal]]
Family physician: Dr. [[NAME:Noelani Brightwater-Cree]]

Dx: Inferior STEMI, s/p PCI to RCA (1 DES) at [[ORG:Red River Heart Institute]], [[CITY:Winnipeg]]; stent lot [[DEVICE:0419-77K2]].

Course: Pain onset while loading his grain truck near [[CITY:Souris]]. ECG at our ED showed inferior STE; TNK not given, flown by air ambulance for primary PCI. Returned to us on [[DATE:Feb 8]] for step-down. Echo EF 50%, inferior hypokinesis. No arrhythmia on telemetry.

Social: Long-haul driver for [[ORG:Wheat City Hauling]] (Class 1 licence [[LICENSE:FLETTWJ418KS]]); [[STATE:Manitoba]] plate [[VEHICLE:KTW 418]] on the unit he was driving, truck left at the elevator. Smokes 1 ppd. Partner [[NAME:Shawna Spence]] ([[PHONE:204-761-0925]]). Mother lives in [[CITY:The Pas]].

Counselled: commercial driving suspended a minimum of 3 months per CCS guidance, no wading into the cold-water fishing season until cardiac rehab clearance; will need a medical report for his licence.

D/C meds: ASA 81 mg, ticagrelor 90 mg BID x 12 months, atorvastatin 80 mg, metoprolol 25 mg BID, ramipril 2.5 mg, nitro spray PRN, varenicline.

F/u: cardiac rehab [[ORG:Westman Heart Fit]] intake [[DATE:Feb 21]]; cardiology clinic 6 weeks.

[[NAME:H. Grewal]], MD FRCPC
""")

note("discharge-b09", "discharge", """
[[ORG:Goldfields Base Hospital]] - General Medicine Unit 2
DISCHARGE SUMMARY (to GP)

Patient: Mrs [[NAME:Dulcie Pemberthy]]     UR: [[MRN:0418827]]     DOB: [[DATE:23/08/1932]] ([[AGE:91]] y)
Medicare: [[ACCOUNT:3197 93657 1]]     DVA Gold Card: [[ACCOUNT:VW417290]]
Address: [[STREET:4/17 Corella Court]], [[CITY:Delacombe]] [[STATE:VIC]] [[ZIP:3356]]
Admission: [[DATE:2 May 2024]]     Discharge: [[DATE:9 May 2024]]
GP: Dr [[NAME:Ngaire Tupou]], [[ORG:Wendouree Village Medical]], fax [[PHONE:(03) 7010 2288]]

Principal diagnosis: Delirium secondary to urinary tract infection.
Other: hyponatraemia (Na 121 -> 132), SIADH pattern; Paget's disease of bone (known); osteoarthritis.

Mrs [[NAME:Pemberthy]] was found by her son [[NAME:Clive]] confused and unable to get off the couch. Urine grew E. coli; treated with IV then oral cefalexin. Fluid restriction 1.2 L/day for sodium. CT brain: atrophy, no acute change. 4AT 7 on admission, 1 at discharge. Seen by Aged Care: functional decline from her baseline; Waterlow 14.

Family: [[NAME:Clive]] lives in [[CITY:Geelong]] (mobile [[PHONE:0491 570 143]]). Granddaughter [[NAME:Autumn Pemberthy-Roe]] is an enrolled nurse at [[ORG:Barwon Bend]] and is the main contact during the week. Mrs [[NAME:Pemberthy]] had a fall last autumn and has had three UTIs this year.

Plan: discharge to respite at [[ORG:Lucas Gardens]] with a view to permanent care; My Aged Care referral ID [[ACCOUNT:1-4H7KQ2W]]. Please recheck UEC in 1 week and review fluid restriction.

Medications ceased: hydrochlorothiazide. New: none.

Dr [[NAME:Angus Ferrier-Vo]], HMO, on behalf of Dr [[NAME:Graziella Ianucci]], Consultant Physician
""")

note("discharge-b10", "discharge", """
BEHAVIORAL HEALTH DISCHARGE SUMMARY - [[ORG:Skyline Parkway Behavioral Unit]], [[CITY:Duluth]], [[STATE:MN]]

Name: [[NAME:Dakota Rain Niskanen]]   DOB [[DATE:3/9/1996]]   MRN [[MRN:BH-2208147]]
Admit [[DATE:4/1/2024]]   Discharge [[DATE:4/8/2024]]   Legal: voluntary

Dx: MDD, recurrent, severe without psychotic features; alcohol use disorder, moderate.

Course: admitted after telling a coworker he had a plan to walk into the lake. Sertraline increased to 150 mg, naltrexone 50 mg started (LFTs normal), CIWA max 9, no benzodiazepines after day 2. Groups daily; by day 5 future oriented, says he has "some hope now." Denies SI at discharge; safety plan completed with him.

Social history: grew up in [[CITY:Cloquet]], youngest of four; went to [[ORG:Arrowhead Tech]] for two semesters (welding). Works nights stocking at [[ORG:Zenith Spoke & Chain]], a bike shop in [[CITY:Lincoln Park]]. Lost his apartment in [[DATE:January]]; since then at [[ORG:Lakewalk House]] shelter, [[STREET:211 W 2nd St, Rm 14]], [[CITY:Duluth]] [[ZIP:55802]]. Attends [[ORG:Bethany Lutheran]] some Sundays; the pastor, [[NAME:Annikki Mattila]], visited on the unit. His sister [[NAME:Kaija]] ([[PHONE:218-391-0427]]) is his main support. Car (2009 Corolla, [[STATE:MN]] plate [[VEHICLE:HXR 417]]) was towed in [[DATE:March]] and he hasn't got it back. He keeps his pills in a Mason jar and agreed to let [[NAME:Kaija]] hold the bottle.

Follow-up: therapist [[NAME:Mason Oberg]], LICSW, [[ORG:Northland Counseling Collective]], [[DATE:4/10]] 2 pm; med management with NP [[NAME:Tove Lindholm-Greer]] [[DATE:4/22]]. Crisis line and 988 given.

Case manager: [[NAME:tj]] / [[NAME:Theo Jaakola]], MSW
""", ok=("Mason jar",))

# ------------------------------------------------------------------ nursing

note("nursing-b01", "nursing", """
ICU FLOWSHEET / NURSING NOTES - 6 EAST - [[DATE:04/11/2024]]
Pt: [[NAME:TREADWELL, AUGUSTUS "GUS"]]   MRN [[MRN:60-771-2048]]   Bed 6E-12   Code: FULL
Attending: [[NAME:L. Ferrante]]   RN: [[NAME:Mikaela K. Ostrander]] ([[NAME:MKO]])

0700  T 37.9  HR 112  BP 96/58  MAP 70  RR 24  SpO2 93% 4L NC   [[NAME:MKO]]
0800  GCS 15 (E4V5M6). RASS 0. CAM-ICU neg. PERRLA 3 mm.   [[NAME:MKO]]
0800  Foley patent, UO 35 mL/h, amber, clear.   [[NAME:MKO]]
0900  Norepi 0.04 mcg/kg/min via L IJ TLC, ch B. Pump S/N [[DEVICE:AL8015-660437]], network addr [[IP:10.60.2.114]].   [[NAME:MKO]]
1000  Wife [[NAME:Marlys]] at bedside. Updated by Dr. [[NAME:Lucinda Ferrante]] re: plan, cx pending.   [[NAME:MKO]]
1030  RT [[NAME:Rocky Benavidez]] trialed HFNC 40 L/60%; SpO2 95%. Rocky night per wife, pt slept ~2 h.   [[NAME:RB]]
1200  Chaplain [[NAME:Odell Frye]] visited at family request.   [[NAME:MKO]]
1215  Norepi off. MAP 68-74.   [[NAME:MKO]]
1400  Dtr [[NAME:June Treadwell-Saxby]] called from [[CITY:Fargo]] ([[PHONE:701-630-4418]]); asks that all updates go through [[NAME:Marlys]]. Pt had R TKA back in [[DATE:June]] at [[ORG:Sheyenne Orthopedics]], no issues since.   [[NAME:MKO]]
1500  Braden 13. Turned to L side, heels offloaded, sacral foam intact.   [[NAME:MKO]]
1600  BCx x2 redrawn per protocol. Lactate 2.8 (was 4.1).   [[NAME:MKO]]
1700  Pt asking for his phone, "need to call [[NAME:Gus Jr]] about the cattle." Call placed to [[PHONE:701-845-2297]] (ranch).   [[NAME:MKO]]
1800  I&O: in 1840 / out 1215. Handoff at bedside to [[NAME:D. Wojtaszek]], RN.   [[NAME:MKO]]
""", ok=("Rocky night",))

note("nursing-b02", "nursing", """
[[ORG:Avon Gorge Infirmary]] - Ward 32B (Care of the Elderly)
NURSING HANDOVER (SBAR) night -> day, Tues [[DATE:7th May]]

S: Mr [[NAME:Reginald "Reg" Pyne]], side room 3. Hosp no [[MRN:K7720419]], NHS [[ACCOUNT:386 725 0235]]. Day 4, C. difficile positive, contact precautions.
B: Admitted from home ([[STREET:11 Ropewalk Court]], [[CITY:Bedminster]], [[CITY:Bristol]] [[ZIP:BS3 4QR]]) with diarrhoea and AKI. PMH AF (on apixaban, held), T2DM, mild dementia (Lewy body type per memory clinic).
A: NEWS2 5 at 02:00 (HR 104, temp rose to 38.1) -> 3 at 06:00 after paracetamol. Bristol stool chart: type 7 x4 overnight, last 05:20. Oral vancomycin given 06:00. Fluid balance +620 mL. Sacrum red but blanching; Waterlow 18, repositioned 2-hourly. Slept poorly, called out for "[[NAME:Sheila]]" several times.
R: Needs U&E this morning (K 3.2 yesterday). Please chase microbiology re: duration. Dr [[NAME:Oyinda King]] (reg) to review after the ward round. OT wants a home visit before discharge.

Family: wife [[NAME:Sheila Pyne]] (NOK) mobile [[PHONE:07700 900862]]; asked about the car park permit, directed to PALS. Son [[NAME:Rhodri Pyne]] lives in [[CITY:Cardiff]], rings after 6pm.
GP: [[ORG:Redcliffe Wharf Surgery]].

Overnight staff: [[NAME:Tendai]] (HCA) did the 2am and 4am obs; [[NAME:Marek Zieliński-Hart]] RN. Handed to [[NAME:Aisling Brophy]] RN 07:40.
""", ok=("Bristol stool",))

note("nursing-b03", "nursing", """
HOME-VISIT NURSING RECORD ([[ORG:Tsurumai Zaitaku Clinic]], visiting nursing dept.)
Visit date: [[DATE:2024年5月13日]] ([[DATE:R6.5.13]]) 10:15-11:05

Client: [[NAME:HASEGAWA Chiyoko]] ([[NAME:長谷川 千代子]]), [[AGE:98]] y, F
Address: 〒[[ZIP:460-0003]] [[STATE:Aichi]], [[CITY:Nagoya]], [[CITY:Naka-ku]], [[STREET:Nishiki 2-8-15]]
Tel: [[PHONE:052-961-4837]]   Family mobile: [[PHONE:090-4418-2207]]
Insured no. (late-stage elderly): [[ACCOUNT:39418772]]   LTC insurance: [[ACCOUNT:0001427736]]
Primary physician: Dr. [[NAME:Ishikawa Ren]]   Care manager: [[NAME:Sakamoto]]-san ([[ORG:Sakae Care Plan Center]])

S: Daughter-in-law [[NAME:Mariko]] reports appetite about half of meals, drinking thickened tea. "Grandma said the bed hurts."
O: T 36.6, BP 118/64, P 78 irregular, SpO2 94% on O2 1 L/min via concentrator (S/N [[DEVICE:NJ-OC5-2207318]]). Sacral pressure injury DESIGN-R D3-e3s6i0g3n0p0, 14 points (was 17 on [[DATE:4/29]]). Slough reduced, granulation red. Braden 11. Air mattress pressure checked.
A: Wound improving. Oral intake borderline; weight 33.8 kg.
P: Continue ointment and foam dressing, daily by family; repositioning schedule reviewed with [[NAME:Mariko]]. Nutrition drink 1/day added per Dr. [[NAME:Ishikawa]]. Next visit [[DATE:5/16]].
Report faxed to clinic [[PHONE:052-971-0394]] and shared with [[NAME:Sakamoto]]-san.

Nurse: [[NAME:Fujii Natsumi]] (RN)
""")

note("nursing-b04", "nursing", """
NOTA DE ENFERMERÍA / NURSING NOTE - [[ORG:Sanatorio Colomos]], 3er piso
Fecha: [[DATE:15/05/2024]]  Turno: nocturno

Paciente: [[NAME:María de los Ángeles Cisneros Villalpando]]   Exp.: [[MRN:SC-0418-2271]]
CURP: [[SSN:CIVA580321MJCSLN07]]
Domicilio: [[STREET:Calle Volcán Paricutín 2280]], Col. [[CITY:El Colli Urbano]], [[ZIP:45070]] [[CITY:Zapopan]], [[STATE:Jal.]]
Tel.: [[PHONE:33 3641 2207]]   Aseguradora: [[ORG:Seguros Altamar]], póliza [[ACCOUNT:GMM-7730418]]

Dx: POP colecistectomía laparoscópica convertida (día 1).

21:00 Paciente consciente, orientada, Glasgow 15. TA 132/80, FC 88, FR 18, T 37.4, SatO2 95% aire ambiente. EVA 6/10 en herida; se administra ketorolaco según indicación.
23:00 Drenaje Penrose con gasto serohemático 40 mL. Apósitos limpios.
02:00 Duerme por ratos; pide que apaguemos la luz del pasillo.
04:00 Sonda Foley retirada a las 04:00 por indicación; micción espontánea 06:10, 300 mL.
06:00 Braden 18. Deambuló al baño con apoyo.

Familia: hija [[NAME:Luz]] ([[PHONE:+52 1 33 1902 4476]]) se quedó toda la noche; hijo [[NAME:Ángel Cisneros]] llega de [[CITY:Tlaquepaque]] en la mañana. Médico tratante: Dr. [[NAME:Everardo Ulloa Brambila]].

English summary for the travel insurer: post-op day 1 after a laparoscopic cholecystectomy converted to open; stable overnight, pain controlled, drain output 40 mL, voiding after Foley removal. Discharge expected [[DATE:17 de mayo]].

Enfermera: L.E. [[NAME:Itzayana Robles]]   Cédula [[LICENSE:11948273]]
""")

note("nursing-b05", "nursing", """
HOME HEALTH SKILLED NURSING VISIT - [[ORG:White River Valley Home Care]]
Visit: [[DATE:5/2/24]] 0915-1010   Visit type: SN recert

Pt: [[NAME:Verlin Dale Sutterfield]]   [[AGE:93]] yo M   MBI [[ACCOUNT:4EK7-WN2-HT61]]
Address: [[STREET:RR 4 Box 219]], [[CITY:Mountain View]], [[STATE:AR]] [[ZIP:72560]] (gravel drive past the [[ORG:Sylamore Creek Baptist]] church, blue trailer)
Ph: [[PHONE:870 269 4418]] (landline only; cell service poor)

Vitals: BP 104/62 sitting, HR 68 irreg, RR 20, SpO2 89% RA -> 93% on 2 L. Wt 171 lb (173 on [[DATE:4/25]]).
Resp: crackles bilateral bases, no accessory muscle use. Using home O2 from [[ORG:Ozark Air & Medical]], concentrator S/N [[DEVICE:OZM-5L-40917-C]]; backup E-tanks x3 in the shed, away from the wood stove.
CV: 2+ pitting edema to mid shin bilat.
Skin: skin tear L forearm, steri-strips intact.
Meds: pillbox set up for the week with wife [[NAME:Oleta]]. Skip evening Lasix only if he has had more than 4 episodes of dizziness - reviewed with both; Dr. [[NAME:Pruett-Haskins]] aware. Wife says he refuses to skip his coffee.
Safety: neighbor [[NAME:Skip Voyles]] checks on them daily and drives them to appointments; grandson [[NAME:Brantley]] comes on weekends. No smoking in home confirmed.

Teaching: daily weights, low sodium, when to call. Pt verbalized understanding, wife return-demonstrated.
Plan: SN 1w4. Next visit [[DATE:5/9]]. Called PCP office [[PHONE:(870) 612-3007]] with weight trend.

[[NAME:Crystal Yandell]], RN
""", ok=("Skip evening",))

note("nursing-b06", "nursing", """
NICU NURSING PROGRESS NOTE - [[ORG:Tieton Valley Children's]] Level III NICU, [[CITY:Yakima]]
[[DATE:05/02/2024]] 0700-1900

Pt: Baby Girl A [[NAME:Ashenfelter]] (twin A)   MRN [[MRN:NB-24-40177]]   DOB [[DATE:04/29/2024]] 0312   DOL 3
GA 34+2 wks, BW 1.98 kg, today 1.91 kg. Apgars 6 and 8.
Mother: [[NAME:Amber Ashenfelter]], 19, G1P0102, ph [[PHONE:509-941-2730]]
Father: [[NAME:Colt Varner]], at bedside this afternoon
Coverage: Apple Health, ProviderOne ID [[ACCOUNT:108447291WA]]

Resp: room air since [[DATE:5/1]]. No apnea/brady/desat events this shift.
CV: HR 140s-160s, soft murmur. Echo [[DATE:4/30]]: complete AVSD; peds cardiology (Dr. [[NAME:Pilar Esquibel]]) following, no meds yet.
Genetics: features consistent with Down syndrome (upslanting palpebral fissures, single palmar crease, hypotonia). Rapid FISH positive for trisomy 21; karyotype pending. Parents informed by Dr. [[NAME:Esquibel]] and geneticist Dr. [[NAME:Ravi Oduro]] on [[DATE:5/1]]; parents tearful, asked for written info.
FEN: NG feeds EBM 22 kcal 30 mL q3h over 30 min via Kangaroo pump, S/N [[DEVICE:KJ-EP-118204]]. PO attempts x2, took 8 and 12 mL, tires quickly. Voiding/stooling.
Bili: 11.2 at 0500, under phototherapy, recheck 1700.
Skin: intact. Temp stable in isolette, set to 31.8.

Social: Mom lives with her mother [[NAME:Renita Ashenfelter]] in [[CITY:Selah]]; she is a senior at [[ORG:Naches Ridge Alternative]] and wants to finish in [[DATE:June]]. SW [[NAME:Dez Mabry]] met with parents re: transport, lodging at [[ORG:Cascade Family House]], WIC pump loan. Twin B ([[NAME:Ashenfelter]], pod 4) doing well on room air.

[[NAME:Saoirse Nwadike]], RN
""")

note("nursing-b07", "nursing", """
LONG-TERM CARE NURSING NOTE - [[ORG:Loreto Hall]], [[CITY:Dubuque]], [[STATE:Iowa]]
Resident: [[NAME:Honora Quinlivan]]   Room 214   DOB [[DATE:05/30/1921]]   Age [[AGE:102]]   Res # [[MRN:LH-00418]]

[[DATE:05/20/2024]] 14:30 Resident up in wheelchair in the day room. Visited by Bishop [[NAME:Ezeani]] of the diocese with her niece [[NAME:Mercy Doyle]] (POA, [[PHONE:563-557-4081]]). Received communion and a blessing; resident tearful but called it "a day of great joy." She prays the Divine Mercy chaplet daily with the rosary group. A retired teaching nun; taught music for 40 years.

Wt 41.2 kg (43.0 on [[DATE:4/20]]). Intake 25-50% of meals, prefers puddings. Dysphagia diet IDDSI level 5, thin liquids via cup with supervision. Braden 14, Norton 12. Heels floated. Skin intact.
Pain: PAINAD 1-2, acetaminophen 500 mg BID scheduled.
Cognition: oriented to self; enjoys hymns.

Birthday [[DATE:May 30]] - she will turn [[AGE:103]]; family planning a small party in the chapel. Pharmacy ([[ORG:rxpress]]) confirmed delivery of the new eye drops tomorrow.

Hospice: Dr. [[NAME:Alwin Brandvold]] met with [[NAME:Mercy]] today; referral to [[ORG:Evening Star]] hospice faxed to [[PHONE:563-690-1177]]. Goals: comfort, no hospital transfer, POLST updated. A grandnephew asked for photos from the party to be sent to [[EMAIL:liam.q.doyle@driftlessmail.com]]; consent on file.

CNA [[NAME:Thuy]] reports resident ate most of her dinner roll and asked for "the young priest" to come back.

[[NAME:Benedicta Yeboah]], LPN
""", ok=("Divine Mercy",))

note("nursing-b08", "nursing", """
CCU NURSING NOTE - [[ORG:Nickel Basin Regional]], [[CITY:Greater Sudbury]]
Pt: [[NAME:Réjean Charbonneau]]   OHIP [[ACCOUNT:9458-073-021-KT]]   MRN [[MRN:NB-0097714]]
Home: [[STREET:1204 Montée Principale]], [[CITY:Val Caron]], [[STATE:ON]] [[ZIP:P3N 1C5]]   Ph [[PHONE:(705) 897-4410]]
Date: [[DATE:2024-03-02]]   Shift: days

Neuro: A&Ox3, RASS 0. Speaks French at home; bilingual RN [[NAME:Summer Desjardins]] assisted with teaching.
CV: Cardiogenic shock day 2 post anterior STEMI. Impella CP at P6, flow 3.2 L/min, purge pressure 520 mmHg, S/N [[DEVICE:IMP-CP-418822]]. R femoral site dry, pedal pulses dopplerable. Swan-Ganz: CVP 12, PA 38/22, PCWP 20, CO 3.4, CI 1.9, SvO2 58%. Dobutamine 5 mcg/kg/min via infusion module S/N [[DEVICE:1270-33981]].
Resp: 3 L NC, SpO2 95%, crackles bases.
GU: Foley to gravity, UO 45-60 mL/h on furosemide infusion.
Heme: hgb 98, plt 141; heparin per anti-Xa.

Family: wife [[NAME:Ginette]] and son [[NAME:Mathieu]] at bedside; [[NAME:Mathieu]] works underground at [[ORG:Coniston Smelting]] and asked for a letter for his supervisor. [[NAME:Ginette]] says he was "mal au cœur" for two days before calling. Their daughter [[NAME:Élodie Charbonneau-Roy]] in [[CITY:Timmins]] ([[PHONE:705-268-3391]]) to be called with updates after rounds.

Plan per Dr. [[NAME:Anwen Pritchett-Oyelade]]: wean Impella if CI holds; discussed possible transfer to [[ORG:Bytown Heart Institute]] in [[CITY:Ottawa]] for advanced HF assessment.

[[NAME:S. Desjardins]] RN / [[NAME:K. Mainville]] RN
""")

note("nursing-b09", "nursing", """
ED BEHAVIORAL OBSERVATION / SITTER FLOWSHEET - [[ORG:Carondelet General]] ED, pod C
Pt: [[NAME:WALLACE-KING, JAVONTE "TAY"]]   DOB [[DATE:11/02/1998]]   MRN [[MRN:CG3390172]]
Arrived [[DATE:6/21/2024]] 22:40 with [[ORG:Kirkwood PD]], Officer [[NAME:Brannigan]], on a 96-hour hold application.

Belongings (bagged and locked in security): wallet with [[STATE:MO]] DL [[LICENSE:W418027733]], phone, car keys ([[STATE:MO]] plate [[VEHICLE:RB7 K2L]], car left at [[ORG:QT]] lot), $43 cash.
Skin check: tattoo R forearm "[[NAME:LEXI]] [[DATE:4-19-15]]" (daughter's name and birthday per pt), no wounds.

2245 pacing, loud, talking to self, redirectable. Sitter [[NAME:Jojo Ampofo]] at door.
2300 states "I am the King of Kings, they can't hold me." No aggression.
2315 declined PO olanzapine; accepted water.
2330 Dr. [[NAME:Tobenna Aghanya]] at bedside; IM olanzapine 10 mg given L deltoid 2338.
0000 sitting on stretcher, calmer, eating sandwich.
0015 asleep, resp even. Sitter remains.
0030 asleep.
0100 asleep. VS deferred per MD to avoid waking.
0130 awake briefly, asked for his mom.

Collateral: mother [[NAME:Lavonne Wallace]] ([[PHONE:314-867-2093]]) says he stopped his Invega shot 3 months ago, lives with her off [[STREET:Natural Bridge Ave]] in [[CITY:Pine Lawn]], works at the tire shop on and off. His daughter lives with her mother in [[CITY:Florissant]].

Plan: psych eval in AM, UDS pending, awaiting bed at [[ORG:Cahokia Heights Behavioral]].

[[NAME:Simone Batiste]], RN
""", ok=("King of Kings",))

note("nursing-b10", "nursing", """
LABOR & DELIVERY NURSING NOTE - [[ORG:Fountain Creek Birthing Suites]], [[CITY:Pueblo]], [[STATE:CO]]
Pt: [[NAME:Hazel Iwu-Brennan]]   MRN [[MRN:PV-7741903]]   G1P0 @ 41+1 wks   EDD [[DATE:06/13/2024]]
Insurance: [[ORG:Rampart Health]] member [[ACCOUNT:RMH 4419 0277 61]]
Support: partner [[NAME:Ikenna Iwu]], doula [[NAME:Pearl Akintola]]
PRIVACY ALERT: pt requests no information be given to [[NAME:Ezekiel Brennan]] (estranged father). Confidential status in chart.

[[DATE:06/14/2024]]
0745 Admitted for elective IOL, postdates. Reactive NST. SVE 1/50/-2, soft, posterior; Bishop score 4.
0830 Foley bulb placed by CNM [[NAME:Marisabel Argüello]], 60 mL NS, taped to thigh with traction.
1300 Foley bulb out, SVE 4/70/-1, Bishop score 8. AROM clear fluid 1320.
1400 Pitocin 2 mU/min per protocol, increase q30 min.
1800 Contractions q2-3 min, coping with doula support and birth ball. Declines epidural for now. Pt says she is a 7th grade science teacher at [[ORG:Bessemer Prep]] and "used to lecture about this."
2110 Complete/+2. Pushing.
2214 SVD of live female, Apgar 8/9, wt 3640 g. Peds at delivery. Small Epstein pearls on palate noted, normal.
2230 QBL 410 mL. Fundus firm, U/1. Skin to skin, latched well.

Mother's phone [[PHONE:(719) 248-6613]] for postpartum follow-up texts. Pediatrician chosen: Dr. [[NAME:Yolette Cavanaugh]].

[[NAME:Brigid Fennimore]], RN
""")

# ---------------------------------------------------------------- radiology

note("radiology-b01", "radiology", """
[[ORG:NORTHCREST REGIONAL]] - DIAGNOSTIC IMAGING SERVICES
EXAM: CT BRAIN/HEAD NONCONTRAST
PATIENT: [[NAME:SKOGLUND, ELVERA J]]     AGE: [[AGE:94]]Y     SEX: F     DOB: [[DATE:01/17/1930]]
MRN: [[MRN:7730-2291]]     ACC#: [[MRN:CT24-0418837]]     EXAM DATE: [[DATE:04/02/2024]] 13:51
ORDERING: [[NAME:ABERCROMBIE, DESTA]] DO     LOCATION: ED ROOM 9

CLINICAL HISTORY: UNWITNESSED FALL AT [[ORG:PRAIRIE SPRINGS]] (ASSISTED LIVING) IN [[CITY:SIOUX CENTER]]. ON APIXABAN. GCS 14. HEADACHE. RIGHT BABINSKI EQUIVOCAL.

COMPARISON: CT HEAD [[DATE:11/19/2022]], OUTSIDE STUDY FROM [[ORG:FLOYD RIVER CLINIC]].

TECHNIQUE: AXIAL CT OF THE HEAD WITHOUT IV CONTRAST. CORONAL AND SAGITTAL REFORMATS. DLP 912 MGY-CM.

FINDINGS:
ACUTE RIGHT FRONTOPARIETAL SUBDURAL HEMATOMA, MAXIMAL THICKNESS 7 MM, CAUSING 2 MM OF LEFTWARD SHIFT OF THE SEPTUM PELLUCIDUM. NO BLOOD IN THE VENTRICLES OR SUBARACHNOID SPACE. BASAL CISTERNS PATENT. NO HYDROCEPHALUS.
MODERATE PERIVENTRICULAR WHITE MATTER HYPODENSITIES, CONSISTENT WITH CHRONIC SMALL VESSEL ISCHEMIC CHANGE, SIMILAR TO PRIOR. OLD LEFT CEREBELLAR LACUNE.
CALCIFIED ATHEROSCLEROSIS OF THE CAVERNOUS CAROTIDS AND VERTEBRAL ARTERIES.
LEFT PARIETAL SCALP HEMATOMA WITHOUT UNDERLYING CALVARIAL FRACTURE. MASTOID AIR CELLS AND PARANASAL SINUSES CLEAR.

IMPRESSION:
1. ACUTE RIGHT SUBDURAL HEMATOMA, 7 MM, WITH 2 MM MIDLINE SHIFT. NEW SINCE [[DATE:11/19/2022]].
2. LEFT PARIETAL SCALP HEMATOMA. NO FRACTURE.
3. CHRONIC SMALL VESSEL ISCHEMIC DISEASE.

CRITICAL RESULT COMMUNICATED TO DR. [[NAME:ABERCROMBIE]] BY TELEPHONE AT 14:22 ON [[DATE:04/02/2024]], READ BACK CONFIRMED. NEUROSURGERY (DR. [[NAME:PAIK]]) AWARE PER ED.

DICTATED BY: [[NAME:R. VANDERZEE]], MD     SIGNED: [[DATE:04/02/2024]] 14:25     WORKSTATION: [[IP:10.44.18.207]]
""")

note("radiology-b02", "radiology", """
[[ORG:AOBAYAMA NEUROSURGICAL HOSPITAL]] - DIAGNOSTIC IMAGING REPORT
MRI BRAIN AND INTERNAL AUDITORY CANALS, WITHOUT AND WITH GADOLINIUM

Patient: [[NAME:TSUKAMOTO Haruki]] ([[NAME:塚本 春樹]])     ID: [[MRN:0031-77418]]     DOB: [[DATE:1971/08/24]]     Sex: M
Exam date: [[DATE:2024/04/22]]     Accession: [[MRN:MR-240422-0317]]
Referring: Dr. [[NAME:Nishimura Aoi]], [[ORG:Izumi-Chuo ENT]] (tel [[PHONE:022-371-6648]])

CLINICAL INFORMATION: Progressive right-sided hearing loss and tinnitus for about a year. Mild right facial weakness since [[DATE:March]], first treated as Bell's palsy at another clinic; now House-Brackmann grade II. Works as an oyster farmer in [[CITY:Ishinomaki]].

FINDINGS:
Right cerebellopontine angle: 2.4 x 1.9 cm avidly enhancing extra-axial mass with an intracanalicular component widening the porus acusticus ("ice cream cone" configuration). Small cystic foci. Mild mass effect on the right middle cerebellar peduncle; fourth ventricle not effaced. No hydrocephalus.
Left internal auditory canal normal. Cochlea and labyrinth show normal fluid signal bilaterally.
Brain parenchyma: few punctate T2/FLAIR white matter hyperintensities, Fazekas grade 1. No restricted diffusion. Normal flow voids; circle of Willis unremarkable on source images.

IMPRESSION:
1. Right vestibular schwannoma, Koos grade III.
2. The facial weakness is unlikely to be idiopathic Bell's palsy; please correlate with the facial nerve course when planning surgery.

Read by: [[NAME:Kobayashi Rintaro]], MD     Verified: [[DATE:2024/04/23]] 09:12
Images shared with the referring clinic through the regional viewer: [[URL:https://view.aobayama-nsh.jp/s/7Kq2Px]]
""")

note("radiology-b03", "radiology", """
[[ORG:SOAR VALLEY HOSPITALS NHS TRUST]] - RADIOLOGY REPORT
EXAMINATION: XR CHEST PA

Name: [[NAME:MISTRY, Hasmukhbhai Jethalal]]     DOB: [[DATE:14-Feb-1944]]     Sex: M
NHS No: [[ACCOUNT:375 898 3258]]     RIS No: [[MRN:RX70418823]]
Address: [[STREET:22 Harrison Road]], [[CITY:Rushey Mead]], [[CITY:Leicester]] [[ZIP:LE4 6QN]]
Date of exam: [[DATE:02-Jan-2024]]     Referrer: Dr [[NAME:Farzana Bhayat]], [[ORG:Melton Gate Medical Practice]]

Clinical details: Cough for 6 weeks, 5 kg weight loss, night sweats. Ex-smoker. Returned from [[CITY:Vadodara]] mid-[[DATE:November]] after a two-month family visit. ?TB ?malignancy.

Comparison: [[DATE:17/06/2021]].

Findings:
New right upper lobe consolidation with a 2.8 cm thick-walled cavity. Patchy nodular opacities in the right mid zone and left apex. Right hilar fullness. No Kerley B lines. No pleural effusion. Heart size within normal limits. Calcified granuloma left lower zone unchanged. Degenerative thoracic spine.

Conclusion:
Cavitating right upper lobe consolidation with bronchogenic spread. Active pulmonary tuberculosis is the leading consideration; cavitating malignancy is the differential. Recommend sputum AFB x3 and TB PCR, isolation pending results, and CT chest. Urgent result flagged to referrer and to the TB nurse team ([[NAME:Marcia Okwu-Benn]]).

Reported by: Dr [[NAME:Eilidh Forsyth-Mahon]], Consultant Radiologist, GMC [[LICENSE:6159024]]
Reported: [[DATE:02/01/2024]] 16:05. Results line [[PHONE:0116 496 0715]].
""")

note("radiology-b04", "radiology", """
[[ORG:PINEYWOODS BREAST IMAGING]]
EXAM: DIGITAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS, BILATERAL

PATIENT: [[NAME:Ruby-Lynn Oxendine]]     DOB: [[DATE:7/4/1958]]     MRN: [[MRN:PBI-220417]]
EXAM DATE: [[DATE:3/12/2024]]     TECHNOLOGIST: [[NAME:Mason Kirkpatrick]], RT(R)(M)

HISTORY: Screening. Mother with breast cancer at 52. Tyrer-Cuzick lifetime risk 17%. No implants. No current complaints.

COMPARISON: [[DATE:2/28/2023]] and [[DATE:2/9/2022]], this facility.

BREAST COMPOSITION: C. The breasts are heterogeneously dense; this can hide small lesions.

FINDINGS:
RIGHT: At 10 o'clock, posterior depth, an 8 mm irregular mass with indistinct margins, new compared with both priors, seen on tomosynthesis CC and MLO slices. No associated calcifications. No architectural distortion elsewhere.
LEFT: Stable scattered round benign-appearing calcifications. No suspicious mass.
Axillae: normal-appearing lymph nodes bilaterally.

IMPRESSION:
BI-RADS 0: INCOMPLETE. RIGHT BREAST. Recall for diagnostic mammogram with spot compression and targeted ultrasound of the right breast at 10 o'clock.

Result letter mailed to [[STREET:1410 Angelina Loop]], [[CITY:Lufkin]], [[STATE:TX]] [[ZIP:75904]]. Patient also called at [[PHONE:936-229-4017]] on [[DATE:3/13/2024]] by [[NAME:Mason]]; diagnostic workup scheduled [[DATE:3/19]]. She asked that her husband, a stone mason, be allowed to stay with her in the ultrasound room.

Interpreted by: Dr. [[NAME:Caldwell Ibekwe]], NPI [[LICENSE:2704224593]]
""")

note("radiology-b05", "radiology", """
[[ORG:GRANITE BELT IMAGING]] - [[CITY:TOOWOOMBA]]
CT ABDOMEN AND PELVIS WITH IV CONTRAST (PORTAL VENOUS PHASE)

Patient: Mr [[NAME:Bradley "Brad" Kuhnemann]]     DOB: [[DATE:04/11/1977]]     Medicare No.: [[ACCOUNT:6976 71158 3]]
Exam date: [[DATE:19 Mar 2024]]     Accession: [[MRN:GB-CT-0441872]]
Referring doctor: Dr [[NAME:Penitoa Latu]], [[ORG:Newtown Family Practice]], provider no. [[LICENSE:2419837T]]

Clinical notes: RUQ pain for 3 days, fever 38.6, LFTs deranged (ALP 310, bili 41). Cattle farmer from out past [[CITY:Pittsworth]]; crushed by a steer against a rail in [[DATE:Feb 2024]], ribs sore since.

Findings:
Gallbladder distended with wall thickening to 6 mm, pericholecystic fat stranding and a 14 mm calculus impacted in the neck. A little free fluid tracks into Morison's pouch. CBD 5 mm, no intrahepatic duct dilatation. No liver abscess. Pancreas, spleen and kidneys normal apart from a 2 cm simple left renal cyst (Bosniak I). Incidental 2.1 cm left adrenal nodule measuring 8 HU, consistent with a lipid-rich adenoma. Healing fractures of right ribs 9 and 10. No pneumoperitoneum. Appendix normal.

Impression:
1. Acute calculous cholecystitis with an impacted neck stone.
2. Healing right 9th and 10th rib fractures.
3. Incidental adrenal adenoma and Bosniak I renal cyst, no follow-up required.

Results phoned to Dr [[NAME:Latu]] at 15:40 on [[DATE:19/03/2024]] ([[PHONE:07 4630 9912]]); patient sent to the surgical team at [[ORG:Downs Memorial]].

Reported by: Dr [[NAME:Keziah Hollingworth]], FRANZCR
""")

note("radiology-b06", "radiology", """
[[ORG:SHUSWAP JUNCTION HOSPITAL]] - MEDICAL IMAGING
PORTABLE CHEST X-RAY, 1 VIEW - POST DEVICE IMPLANT

PT: [[NAME:KWAN-HARGREAVES, Meili]]     PHN: [[ACCOUNT:9347 774 026]]     MRN: [[MRN:SJH0074412]]
DOB: [[DATE:1939-05-18]]     EXAM: [[DATE:2024-01-30]] 16:20     ORDERED BY: [[NAME:T. Rennick]]

HISTORY: Complete heart block. Dual-chamber pacemaker implanted today by Dr. [[NAME:Tavish Rennick]]. Generator S/N [[DEVICE:PJM418827S]]; RA lead S/N [[DEVICE:RAL-2207719]]; RV lead S/N [[DEVICE:RVL-2207734]]. Rule out pneumothorax, confirm lead position.

COMPARISON: [[DATE:2024-01-28]].

FINDINGS:
Left pectoral dual-chamber pacemaker. The right atrial lead tip projects over the right atrial appendage and the right ventricular lead tip over the RV apex, both with gentle curves and no kinking. No pneumothorax. Mild cardiomegaly, unchanged. Small bilateral pleural effusions, slightly smaller. No focal consolidation. No Kerley lines. Sternal wires absent. Degenerative change in both shoulders.

IMPRESSION:
1. Satisfactory position of the new dual-chamber pacemaker leads. No pneumothorax.
2. Small bilateral effusions, improving.

READ BY: Dr. [[NAME:Orla Nakatani]], FRCPC     [[DATE:2024-01-30]] 17:02     PACS node [[IP:192.0.2.31]]

ADDENDUM: Daughter [[NAME:Winnie Kwan]] requested a copy of the device card and this report; release signed. Mail to [[STREET:PO Box 1742]], [[CITY:Chase]], [[STATE:BC]] [[ZIP:V0E 1M0]]. Device clinic follow-up at [[ORG:Kamloops Rhythm Clinic]] in 6 weeks; medical imaging clerk will chase the operative note for the device registry.
""")

note("radiology-b07", "radiology", """
[[ORG:GOMTI NAGAR DIAGNOSTICS]]
[[STREET:B-2/417, Vibhuti Khand]], [[CITY:Gomti Nagar]], [[CITY:Lucknow]] - [[ZIP:226010]]
PC-PNDT Reg. No.: [[LICENSE:UP/LKO/PNDT/0417]]   Ph: [[PHONE:0522 401 7726]]   [[EMAIL:reports.gnd@lkodiagnostics.in]]

OBSTETRIC ULTRASOUND (LEVEL II / ANOMALY SCAN)

Name: Mrs. [[NAME:Shabnam Parveen]]     W/o: [[NAME:Mohd. Irfan Siddiqui]]     Age: 26 Y
Reg. ID: [[MRN:GND-24-07716]]     Ref. by: Dr. [[NAME:Alka Srivastava]]
LMP: [[DATE:12/11/2023]]     Date of scan: [[DATE:01/04/2024]]

FINDINGS:
Single live intrauterine fetus in cephalic presentation. FHR 148 bpm, regular.
BPD 4.9 cm, HC 18.1 cm, AC 16.0 cm, FL 3.4 cm; composite gestational age 20 weeks 4 days.
Placenta posterior, upper segment, grade I, not low lying. Liquor adequate, AFI 13 cm.
Anatomy survey: cranium, ventricles, cerebellum and cisterna magna normal; face and lips intact; four-chamber view and outflow tracts normal; stomach and bladder seen; kidneys normal; spine intact; all four limbs seen. Nuchal fold 4 mm. Cervical length 3.6 cm, os closed.

IMPRESSION: Single live intrauterine pregnancy of 20 weeks 4 days. No obvious structural anomaly. EDD by USG [[DATE:20/08/2024]].

DECLARATION: I, Dr. [[NAME:Rehana Qidwai]], declare that while conducting ultrasonography on Mrs. [[NAME:Shabnam Parveen]], I have neither detected nor disclosed the sex of her foetus to anybody in any manner.

Dr. [[NAME:Rehana Qidwai]], MD (Radiodiagnosis), UPMC Reg. No. [[LICENSE:48213]]
""")

note("radiology-b08", "radiology", """
[[ORG:KATIPUNAN MOLECULAR IMAGING]]
F-18 FDG PET/CT - INTERIM RESPONSE ASSESSMENT

Patient: [[NAME:DE GUZMAN-SY, JOAQUIN MIGUEL R.]]     Age/Sex: 22/M     Case No.: [[MRN:KMI-PET-2024-0331]]
Address: [[STREET:17 Mahogany St., Blue Ridge B]], [[CITY:Quezon City]] [[ZIP:1109]]     Tel: [[PHONE:(02) 8426 7730]]
Date of study: [[DATE:April 18, 2024]]     Baseline PET/CT: [[DATE:January 29, 2024]]
Referring physician: Dr. [[NAME:Ma. Teresita Lacson-Ongpin]], Hematology, [[ORG:Marikina Valley Medical]]

Clinical data: Classic Hodgkin lymphoma, nodular sclerosis, stage IIA with bulky mediastinal disease. After 2 cycles of ABVD. Fasting glucose 94 mg/dL. Uptake time 62 minutes.

FINDINGS:
Anterior mediastinal mass decreased from 9.8 x 7.1 cm to 4.2 x 2.9 cm; SUVmax 14.6 -> 2.1 (mediastinal blood pool 1.7, liver 2.4). Deauville score 3.
Left supraclavicular and low cervical nodes have resolved (Deauville 2).
No new FDG-avid lesions. Spleen normal in size and uptake.
Diffuse homogeneous marrow uptake, in keeping with post-chemotherapy and G-CSF effect.
Symmetric uptake in the supraclavicular brown fat, physiologic.
Incidental: minimal dependent atelectasis.

IMPRESSION:
Complete metabolic response (Deauville 3) by the Lugano classification after 2 cycles of ABVD.

Reported by: [[NAME:Bienvenido "Benjie" Villaroman]], MD, DPBNM
Copy furnished: the patient (per request, e-mail [[EMAIL:jmdgsy@kalye-mail.ph]])
""")

note("radiology-b09", "radiology", """
[[ORG:CENTRO DE IMAGEN PENINSULAR]] - [[CITY:Mérida]], [[STATE:Yucatán]]
RESONANCIA MAGNÉTICA MULTIPARAMÉTRICA DE PRÓSTATA (3 T)

Paciente: [[NAME:CANCHÉ POOT, HERIBERTO]]     Edad: 67 años     Expediente: [[MRN:CIP-77104]]
Fecha del estudio: [[DATE:9 de abril de 2024]]
Médico solicitante: Dr. [[NAME:Lisandro Bates Cervera]] (Urología), Céd. Prof. [[LICENSE:7741920]]

Antecedentes: APE 8.9 ng/mL. Biopsia sistemática en [[DATE:enero de 2024]]: adenocarcinoma Gleason 3+4=7 (grupo ISUP 2) en 2 de 12 cilindros, lóbulo izquierdo. Originario de [[CITY:Valladolid]], [[STATE:Yuc.]]

Hallazgos:
Volumen prostático 42 cc (densidad de APE 0.21).
Zona periférica izquierda, tercio medio, posterolateral: lesión de 13 mm hipointensa en T2, con restricción marcada a la difusión (ADC 690) y realce temprano. PI-RADS 4. Contacto capsular de 6 mm sin abombamiento.
Zona de transición: nódulos de hiperplasia bien circunscritos.
Vesículas seminales y haces neurovasculares sin alteraciones. Sin adenopatías pélvicas. Sin lesiones óseas.

Impresión: Lesión PI-RADS 4 en la zona periférica izquierda que corresponde al sitio de la biopsia positiva. Sin extensión extraprostática.

English summary (requested by the patient's son [[NAME:Heriberto Jr.]], who lives in [[CITY:Los Angeles]]): 13 mm PI-RADS 4 lesion in the left peripheral zone matching the Gleason 3+4 biopsy; no spread outside the prostate.

Interpretó: Dra. [[NAME:Yazmín Euán Chablé]], radióloga
Resultados: [[EMAIL:resultados@imagenpeninsular.com.mx]] · tel. [[PHONE:999 927 4410]]
""")

note("radiology-b10", "radiology", """
[[ORG:GARDEN CITY DIAGNOSTICS]]
[[STREET:Plot 41, Rumuola Road]], [[CITY:Port Harcourt]], [[STATE:Rivers]] State
Enquiries: [[PHONE:0816 772 0493]]

RADIOLOGY REPORT - CHEST X-RAY (PA VIEW)

Patient: [[NAME:Ibiene Tamunotonye Georgewill]]     Age/Sex: 34/F
Lab No: [[MRN:GCD/XR/24/3318]]     Date: [[DATE:22/02/2024]]
Referred by: Dr [[NAME:Ebiere Amakiri]], [[ORG:Rumuomasi Family Clinic]]

Clinical information: Cough x 3/12, night sweats, weight loss. RVD positive, on TLD. ?PTB

Findings:
Bilateral upper zone reticulonodular opacities, more marked on the right, with a 3 cm thin-walled cavity in the right upper zone.
Right hilar lymphadenopathy.
No pleural effusion. Costophrenic angles clear.
Cardiac size normal (CTR 0.45). Trachea central.
Bony thorax intact.

Impression:
Features highly suggestive of pulmonary tuberculosis with cavitation. Suggest sputum GeneXpert MTB/RIF and contact tracing.

Reported by: Dr [[NAME:Chukwudi Nwokocha-Ibe]], FMCR (Radiology)
Images: PACS workstation [[IP:192.168.40.17]]; external viewer [[URL:http://203.0.113.58/pacsview]]
Patient's husband, Mr [[NAME:Tamuno Georgewill]], to collect films; phone [[PHONE:+234 909 774 2218]].
""", ok=("x 3/12",))

# ----------------------------------------------------------------- referral

note("referral-b01", "referral", """
The [[ORG:Reddish Vale Surgery]]
[[STREET:41 Gorton Road]], [[CITY:Reddish]], [[CITY:Stockport]] [[ZIP:SK5 6AZ]]
Tel: [[PHONE:0161 496 0128]]     Fax: [[PHONE:0161 496 0129]]     [[EMAIL:admin@reddishvalesurgery.co.uk]]

[[DATE:28 February 2024]]

Dr [[NAME:Ceridwen ap Rhys]]
Consultant in Old Age Psychiatry
[[ORG:Tame Valley Memory Assessment Service]]
[[STREET:Unit 4, Lowfield Mill]], [[CITY:Bredbury]] [[ZIP:SK6 2SN]]

Dear Dr [[NAME:ap Rhys]],

Re: Mr [[NAME:Albert Edward Cheetham]], DOB [[DATE:30/01/1933]], NHS No [[ACCOUNT:676 336 0673]]
[[STREET:9 Lingard Lane]], [[CITY:Bredbury]], [[CITY:Stockport]] [[ZIP:SK6 2QJ]]

I would be grateful if you would assess this [[AGE:91]]-year-old retired bus driver, who drove the 203 route for [[ORG:Mayfield & Co Coaches]] for 35 years, for a progressive cognitive decline over about 18 months. His son [[NAME:Neville]] describes good days and bad days, vivid visual hallucinations of children playing in the garden, and shouting and kicking out in his sleep. He has had two falls since [[DATE:Christmas]]. On examination he has mild bradykinesia and cogwheel rigidity on the right but no tremor; he has never been diagnosed with Parkinson's disease. MoCA 17/30 (lost points on visuospatial and attention). Bloods including B12, folate, TFTs and calcium are normal. CT head at [[ORG:Marple Bridge Infirmary]] in [[DATE:January 2024]] showed generalised atrophy only.

I wonder about dementia with Lewy bodies and have avoided antipsychotics. He still drives a blue Vauxhall (reg [[VEHICLE:MA09 KXR]]); I have advised him to stop and to inform the DVLA, and [[NAME:Neville]] has taken the keys for now.

He lives alone since his wife [[NAME:Edna]] died; [[NAME:Neville Cheetham]] (mobile [[PHONE:07700 900655]]) is happy to attend with him.

Yours sincerely,

Dr [[NAME:Imran Latif-Boyle]]
MBChB MRCGP, GMC No [[LICENSE:7718204]]
Ref: [[NAME:ILB]]/[[NAME:sk]]
""")

note("referral-b02", "referral", """
Dr. [[NAME:K. P. Unnikrishnan Menon]], MBBS, MD (Gen. Med.)
Reg. No. [[LICENSE:TCMC 31874]]
[[ORG:Sree Poornima Clinic]]
[[STREET:XXV/418, Round North]], [[CITY:Thrissur]] - [[ZIP:680020]], [[STATE:Kerala]]
Ph: [[PHONE:0487 242 6613]]     Mob: [[PHONE:+91 94470 18832]]

Date: [[DATE:05.02.2024]]

To
Dr. [[NAME:Thomas Varghese Chittilappilly]]
Consultant Interventional Cardiologist
[[ORG:Kuriachira Heart Centre]], [[CITY:Thrissur]]

Dear Sir,

Kindly see Mrs. [[NAME:Annamma Kuriakose]], 67 years, W/o Late [[NAME:K. V. Kuriakose]], residing at [[STREET:Puthenpurackal House, Pallimoola]], [[CITY:Ollur]], for further evaluation and management.

She complains of chest tightness on climbing the stairs to her church for the past 2 months, relieved by rest within 5 minutes. No rest pain, no syncope. She is a known diabetic for 14 years and hypertensive for 8 years, on metformin, glimepiride and telmisartan. ECG: T inversion in V4-V6. TMT done at [[ORG:Ollur Diagnostic Lab]] on [[DATE:31.01.2024]] was strongly positive at stage 2. Echo: EF 55%, no RWMA. HbA1c 8.6. LDL 148.

I have started aspirin 75 mg, atorvastatin 40 mg and metoprolol 25 mg. Kindly evaluate for CAG.

Her son [[NAME:Jibin]] works in [[CITY:Doha]] ([[PHONE:+974 5512 8830]]) and will come home for the procedure; daughter-in-law [[NAME:Sherin]] ([[PHONE:+91 98950 22417]]) will accompany her for the OPD visit. She is covered under KASP, card no. [[ACCOUNT:KL-TSR-0441-77120]]; Aadhaar [[SSN:4729 5181 7569]].

Thanking you,
Yours faithfully,

Dr. [[NAME:K. P. Unnikrishnan Menon]]
""")

note("referral-b03", "referral", """
[[ORG:Nutana Family Physicians]]
[[STREET:Suite 204, 820 Broadway Avenue]], [[CITY:Saskatoon]], [[STATE:SK]] [[ZIP:S7N 1B6]]
Tel [[PHONE:306-933-4417]]     Fax [[PHONE:306-933-4419]]

REFERRAL - RHEUMATOLOGY
Date: [[DATE:January 22, 2024]]
To: Dr. [[NAME:Larysa Hrytsenko]], [[ORG:Meewasin Rheumatology]]     Fax [[PHONE:306-664-0382]]

Patient: [[NAME:Kyla Thunderchild]]     DOB: [[DATE:1990-04-07]]     HSN: [[ACCOUNT:741 226 930]]
Phone: [[PHONE:306-845-7720]] (cell; text OK)
Home community: [[CITY:Thunderchild First Nation]]; stays with her aunt in [[CITY:Saskatoon]] during the week.

Reason for referral: Inflammatory polyarthritis, seropositive. Please assess and advise regarding DMARD therapy. She is hoping to conceive within 1-2 years.

History: 5 months of symmetrical swelling of the MCPs, PIPs and wrists with 2 hours of morning stiffness. Raynaud's phenomenon every winter. No rash, no sicca, no oral ulcers. RF 88, anti-CCP > 250, CRP 31, ESR 46. ANA negative. Hand X-rays [[DATE:January 9]]: erosions at the 2nd and 3rd MCP heads bilaterally. I started prednisone 10 mg and naproxen; partial response. Hydroxychloroquine started [[DATE:Jan 15]].

Social: Works as an educational assistant at [[ORG:Sweetgrass Learning Lodge]]. Non-smoker. Partner [[NAME:Dwight Ahenakew]].

Please copy your consult to her nurse practitioner in [[CITY:North Battleford]], [[NAME:Darcy Sapp]], NP.

Sincerely,
Dr. [[NAME:Ashwin Ramgoolam]], CCFP
CPSS licence [[LICENSE:SK-11407]]
""")

note("referral-b04", "referral", """
[[ORG:RUBY MOUNTAIN PAIN & SPINE]]
[[STREET:1745 Errecart Blvd, Ste 3]], [[CITY:Elko]], [[STATE:NV]] [[ZIP:89801-4472]]
P [[PHONE:775.738.2206]] | F [[PHONE:775.738.2291]] | [[URL:rubymtnpainspine.com]] | [[EMAIL:referrals@rubymtnpainspine.com]]

[[DATE:May 6, 2024]]

Dr. [[NAME:Winston Ochoa-Barela]]
[[ORG:Great Basin Neurosurgery]]
[[CITY:Reno]], [[STATE:Nevada]]

RE: [[NAME:Iñaki Etcheverry]]     DOB [[DATE:09/12/1956]]
Insurance: [[ORG:Sagebrush Health Plan]], member [[ACCOUNT:SHP-0417-88213]], prior auth [[ACCOUNT:PA24-771903]]

Dear Dr. [[NAME:Ochoa-Barela]],

Thank you for seeing Mr. [[NAME:Etcheverry]], a 67-year-old ranch foreman at [[ORG:Lamoille Canyon Ranch]] who herded sheep for thirty years before that. He has neurogenic claudication: he can walk about a block before both legs go heavy and numb, better sitting or leaning on the truck. MRI L-spine [[DATE:3/18/2024]] shows severe central canal stenosis at L4-5 with a grade I degenerative spondylolisthesis, moderate at L3-4. Three transforaminal ESIs ([[DATE:Nov 2023]], [[DATE:Jan 2024]], [[DATE:Mar 2024]]) each gave 3-4 weeks of relief. PT twice weekly for 8 weeks did not change his walking distance. ABI normal, so vascular claudication is unlikely.

I have given him a limited supply of tramadol 50 mg (DEA [[LICENSE:BK9350757]]) and gabapentin. He would like to discuss decompression, ideally after lambing season. He speaks Basque and English; his daughter [[NAME:Maite]] ([[PHONE:775-934-1187]]) usually drives him and handles his appointments.

Images are on the shared viewer: [[URL:https://share.rubymtnpainspine.com/v/IE56]].

Sincerely,

[[NAME:Maren Kjellberg]], MD
Physical Medicine & Rehabilitation
NPI [[LICENSE:2860615600]]
""")

note("referral-b05", "referral", """
Gemeinschaftspraxis Dr. med. [[NAME:Ulrike Stadelmann]] & [[NAME:Lorenz Hügel]]
Fachärzte für Allgemeinmedizin
[[STREET:Habsburgerstraße 63]], [[ZIP:79104]] [[CITY:Freiburg im Breisgau]]
Tel. [[PHONE:0761 2908 4417]] · [[EMAIL:praxis@stadelmann-huegel.de]]

[[CITY:Freiburg]], [[DATE:12.02.2024]]

An: [[ORG:Neurologische Praxis am Schlossberg]], Frau Dr. [[NAME:Nilüfer Yıldırım-Brandl]]

Überweisung / Referral (written in English at the patient's request; she is a British national who has lived here since 1991)

Patientin: Frau [[NAME:Waltraud "Wally" Ebersbach]], geb. [[DATE:03.10.1958]]
Anschrift: [[STREET:Günterstalstraße 58]], [[ZIP:79102]] [[CITY:Freiburg]]
Versichert bei: [[ORG:Breisgauer Ersatzkasse]], Nr. [[ACCOUNT:E829417306]]

Dear colleague,

I would be grateful if you would see Mrs [[NAME:Ebersbach]] with suspected ocular myasthenia gravis. Over 3 months she has developed drooping of the left eyelid and double vision that are worse in the evening, after reading and in sunlight. She finds it hard to climb out of the bath in the evening but is strong in the morning. Simpson test positive; ice pack test improved the ptosis by 2 mm. No dysphagia or dyspnoea. AChR antibodies sent [[DATE:08.02.2024]], result pending. TSH normal.

She still drives a VW Golf ([[VEHICLE:FR-WE 417]]); I have advised her not to drive until the diplopia is treated. Her daughter [[NAME:Philippa]] lives in [[CITY:Bath]] and visits monthly; she asked to be copied in ([[EMAIL:philippa.ebersbach@kestrelpost.co.uk]]).

Mit freundlichen kollegialen Grüßen

Dr. med. [[NAME:Ulrike Stadelmann]]
LANR [[LICENSE:582204101]]
""")

note("referral-b06", "referral", """
[[ORG:Asanogawa Family Clinic]]
〒[[ZIP:920-0831]] [[STATE:Ishikawa]], [[CITY:Kanazawa]], [[STREET:Higashiyama 1-27-9]]
TEL [[PHONE:076-251-7730]]     FAX [[PHONE:076-251-7731]]

REFERRAL LETTER (紹介状)
[[DATE:2024年2月9日]]

To: Dr. [[NAME:Yamaguchi Kenta]], Department of Hepatology, [[ORG:Kenroku Medical University Hospital]]

Patient: [[NAME:ODA Setsuko]] ([[NAME:小田 節子]]), female, born [[DATE:昭和7年11月3日]] ([[AGE:91]] years)
Insurance no. (late-stage elderly): [[ACCOUNT:39170418]]

Thank you for your continued support.

I am referring Mrs. [[NAME:Oda]] for evaluation of a new liver nodule. She has cirrhosis due to hepatitis C, with sustained virologic response after DAA therapy in 2017, Child-Pugh A6. On surveillance ultrasound on [[DATE:1/30]] a 2.3 cm hypoechoic nodule was seen in segment 8 (not present in [[DATE:July 2023]]). AFP 48 ng/mL, PIVKA-II 210 mAU/mL. Platelets 9.8 x 10^4. No ascites, no encephalopathy.

She is independent at home and sharp, and still helps at the family's gold-leaf workshop, [[ORG:Hakuya Kinpaku]], a few mornings a week. Her wish is to have treatment if it does not mean a long admission. She lives with her son's family; her son, [[NAME:Oda Takeshi]] (mobile [[PHONE:080-3172-4406]]), will accompany her and prefers to be contacted in the evening.

Current medications: ursodeoxycholic acid 600 mg, BCAA granules, amlodipine 5 mg.

Enclosed: ultrasound images (CD), laboratory results from [[DATE:2023/08/01]] to [[DATE:2024/02/06]].

Sincerely,

[[NAME:Maeda Yoshirō]], MD, Director
""")

note("referral-b07", "referral", """
[[ORG:ADEWOLE ESTATE MEDICAL CENTRE]]
[[STREET:No. 7, Ajikobi Street]], [[CITY:Adewole Estate]], [[CITY:Ilorin]], [[STATE:Kwara]] State
Tel: [[PHONE:0803 770 4129]]     E-mail: [[EMAIL:adewolemedical@mailbox.com.ng]]

[[DATE:19th March, 2024]]

The Consultant Nephrologist,
Renal Unit,
[[ORG:Asa Dam Specialist Hospital]],
[[CITY:Ilorin]].

Dear Sir/Ma,

RE: REFERRAL OF ALHAJI [[NAME:ABDULRAZAQ BABATUNDE OYINLOYE]] (63 YEARS, MALE)

Kindly see the above-named, a retired surveyor who now runs a poultry farm at [[CITY:Oke-Oyi]], with chronic kidney disease stage 5 secondary to long-standing hypertension. He was first seen here in [[DATE:August 2021]] with creatinine 2.4 mg/dL. Over the past 6 weeks he has had worsening pedal oedema, nausea, pruritus and reduced urine output. Today: BP 182/104, pallor ++, bilateral basal crepitations. Creatinine 9.6 mg/dL, urea 214 mg/dL, K 6.1 mmol/L, PCV 22%. Renal USS: both kidneys small and echogenic.

He received calcium gluconate and insulin-dextrose here for the hyperkalaemia and has been started on furosemide 80 mg BD. He needs urgent evaluation for haemodialysis and AV fistula creation.

He is an NHIA enrollee, no. [[ACCOUNT:KW-0418-7729-01]]. His wife, Alhaja [[NAME:Mulikat Oyinloye]], and his son [[NAME:Sodiq]] ([[PHONE:+234 906 118 4427]]) will accompany him.

Thank you for your anticipated cooperation.

Yours faithfully,

Dr [[NAME:Ronke Adegbite-Salami]]
MBBS, FWACP
MDCN Reg. No. [[LICENSE:MDCN/R/58320]]
""")

note("referral-b08", "referral", """
Dra. [[NAME:Xóchitl Ireta Magaña]]
Medicina Interna - Cédula Profesional [[LICENSE:8812047]] / Cédula de Especialidad [[LICENSE:11420736]]
[[ORG:Consultorio Médico Las Camelinas]]
[[STREET:Av. Acueducto 1530, int. 4]], Col. [[CITY:Chapultepec Norte]], [[ZIP:58260]] [[CITY:Morelia]], [[STATE:Michoacán]]
Tel. [[PHONE:443 314 0927]] · WhatsApp [[PHONE:+52 443 209 7718]] · [[EMAIL:dra.ireta@consultoriocamelinas.mx]]

[[CITY:Morelia]], [[STATE:Mich.]], a [[DATE:26 de febrero de 2024]]

Dr. [[NAME:Octavio Zavala Reséndiz]]
Reumatología, [[ORG:Clínica Altozano]]
Presente

Estimado Dr. [[NAME:Zavala]]:

Por medio de la presente le envío a la Sra. [[NAME:Rosaura Tzintzun Huerta]], de 44 años, CURP [[SSN:TUHR791108MMNZRS02]], originaria de [[CITY:Pátzcuaro]], para valoración y manejo.

Cuadro de 4 meses con artralgias de manos y rodillas, fenómeno de Raynaud, eritema malar y úlceras orales. Laboratorios del [[DATE:19/02/2024]]: ANA 1:1280 patrón homogéneo, anti-DNAdc positivo, C3 bajo (62 mg/dL), proteinuria de 1.2 g en 24 horas, creatinina 0.9. Sospecho lupus eritematoso sistémico con probable nefritis. Inicié hidroxicloroquina 200 mg al día.

Trabaja como maestra de primaria en la [[ORG:Escuela Vasco de Quiroga]] de [[CITY:Tzurumútaro]] y vive con su esposo, [[NAME:Abundio Tzintzun]] (tel. [[PHONE:434 342 8816]]), y sus tres hijos.

(English note for the patient's sister in [[CITY:Salinas]], [[STATE:California]], who helps with costs: she has probable lupus with kidney involvement and needs a rheumatologist soon.)

Agradezco de antemano su atención.

Atentamente,
Dra. [[NAME:Xóchitl Ireta Magaña]]
""")

note("referral-b09", "referral", """
[[ORG:Bathers Beach GP]]
[[STREET:Shop 3/88 Hampton Road]], [[CITY:Fremantle]] [[STATE:WA]] [[ZIP:6160]]
Ph [[PHONE:(08) 7010 4417]]     Fax [[PHONE:(08) 7010 4418]]
Provider No. [[LICENSE:4418273B]]

[[DATE:14/06/2024]]

Dr [[NAME:Wiremu Tane Horomona]]
Endocrinologist, [[ORG:Swan River Endocrine]]

Dear [[NAME:Wiremu]],

Re: Ms [[NAME:Malia Fonoti]], DOB [[DATE:02/12/1988]]
[[STREET:12/5 Wray Avenue]], [[CITY:Beaconsfield]] [[STATE:WA]] [[ZIP:6162]]
Medicare [[ACCOUNT:4499 88738 2]]     Mobile [[PHONE:0491 570 118]]

Thanks for seeing [[NAME:Malia]], 35, with type 1 diabetes since age 11, for consideration of an insulin pump. She has had three severe hypos in the last 4 months, one requiring an ambulance at work. She is a FIFO cook on a mine site near [[CITY:Newman]] (2 weeks on, 1 off), which makes her meal times erratic. HbA1c 8.1%. She uses a Libre 2 sensor (serial [[DEVICE:0M00041K7QX]]); time in range 48%, below range 9%. Current insulin: glargine 22 units and aspart with meals. Renal function normal, no retinopathy at her last screen in [[DATE:March]].

She would like to be on a closed-loop system before her next swing. Her partner [[NAME:Ropata]] is supportive and has been shown how to give glucagon.

Kind regards,

Dr [[NAME:Kirrily Macfarlane]]
MBBS FRACGP
AHPRA [[LICENSE:MED0001847216]]
""")

note("referral-b10", "referral", """
[[ORG:CHIPPEWA VALLEY OCCUPATIONAL HEALTH]]
[[STREET:2715 Birch St, Suite 110]], [[CITY:Eau Claire]], [[STATE:WI]] [[ZIP:54703]]
Phone [[PHONE:715-834-2207]]     Fax [[PHONE:715-834-2290]]

REFERRAL FOR HAND SURGERY CONSULTATION - WORKERS' COMPENSATION
Date: [[DATE:Apr. 2, 2024]]
To: Dr. [[NAME:Pa Nhia Xiong]], [[ORG:Menomonie Hand & Upper Extremity]]

Patient: [[NAME:Dalton Brekken]]     DOB: [[DATE:10/21/2001]]     SSN (last 4): [[SSN:0918]]
Address: [[STREET:W4417 County Rd HH]], [[CITY:Fall Creek]], [[STATE:WI]] [[ZIP:54742]]
Cell: [[PHONE:715 441 0386]]
Employer: [[ORG:Loeffler Millwork]] (cabinet shop), supervisor [[NAME:Arvid Loeffler]]
WC carrier: [[ORG:Badger Mutual]], claim # [[ACCOUNT:WC-24-0917763]], adjuster [[NAME:Corinne Delacruz-Weiss]] [[PHONE:(608) 221-7734 x416]]

Injury: On [[DATE:3/28/2024]] his right hand slipped into a table saw. Lacerations over the volar index and middle fingers, zone II. Unable to flex the DIP or PIP of the middle finger; index finger FDP weak. Sensation reduced on the radial side of the middle finger. X-ray: no fracture, no foreign body. Wounds irrigated and closed in our clinic, splinted in a dorsal blocking splint. Tdap given, cephalexin started.

Assessment: probable FDS/FDP laceration of the right middle finger, possible partial FDP of the index finger, possible digital nerve injury.

Request: evaluation for flexor tendon repair, ideally within 7-10 days of injury.

Other: right-hand dominant. Part-time student at [[ORG:NWTI]] (machining); he applied for a grant to finish this spring and is worried about missing labs. Will need a work note for school as well.

[[NAME:Rochelle Thao]], PA-C, for Dr. [[NAME:Henrik Aasmundstad]]
NPI [[LICENSE:1018469332]]
""", ok=("Will need",))

# ---------------------------------------------------------------- telephone

note("telephone-b01", "telephone", """
tele triage [[DATE:2/17]] 2140
pt [[NAME:brennley brisbois]] 24f, cb # [[PHONE:6083127745]]
c/o lower abd pain R side since this am, 6/10, now 7/10 walking, + nausea no vomit, no fever that she knows of. lmp [[DATE:jan 28]]ish, "could i be preg??" didnt test. no vag bleeding, no dysuria. ate at [[ORG:squeaky curd]] last night, bf [[NAME:dre]] ate same thing and is fine.
lives in [[CITY:sun prairie]] w/ [[NAME:dre]], no car tonite, his mom [[NAME:shonda]] can drive them.
hx: chlamydia 2021 treated. no surgeries, still has appy.
advised ED eval tonight to r/o ectopic / appendicitis. she asked if urgent care is ok - explained they cant do ultrasound after 8pm. pt agreeable, will go to [[ORG:lakeview general]] ED, told not to eat or drink till seen.
pt verbalzied understnading, will call back if worse or if she faints b4 leaving.
also asked if [[NAME:dre]] can pick up her refill at [[ORG:quikfill]] on [[STREET:east wash]] - told him yes w/ her dob.
sent note to pcp dr [[NAME:obiechina-hale]] fyi.
-[[NAME:jt]] rn
""")

note("telephone-b02", "telephone", """
OUT-OF-HOURS CALL - [[ORG:Clwyd Nightdoc]]
Call received 23:12, Sat [[DATE:16/03/2024]]. Clinician callback 23:40.

Caller: [[NAME:Bethan Pugh-Williams]] (daughter), mobile [[PHONE:07700 900238]]
Patient: Mrs [[NAME:Gwenllian Pugh]], [[AGE:93]], NHS No [[ACCOUNT:708 533 7982]]
Address: [[STREET:Flat 6, Bryn Teg Court]], [[CITY:Wrexham]] [[ZIP:LL11 3RT]]
GP: [[ORG:Borras Park Surgery]]

History (from daughter, then spoke to patient): 2 days more confused than usual, says "the children are on the roof". Burning and frequency since Thursday. Started nitrofurantoin from her GP yesterday, taken 3 doses. Eating little, drinking "a cup or two". No falls. No chest pain, no SOB. Normally lives alone with carers twice daily, manages her own tablets with a dosette.
Obs done by daughter with home kit: temp 37.9, pulse 96, SpO2 95%. Not able to do BP.

Assessment: likely delirium secondary to UTI; dehydration. No red flags for sepsis on current info but limited obs.
Plan: home visit by Dr [[NAME:Ifan Parry]] within 2 hours. Continue nitrofurantoin for now. Push fluids. 999 if drowsy, not rousable, breathing fast or new weakness. Daughter asked if the prescription will cost anything - reassured prescriptions are free in Wales. She is driving over from [[CITY:Chester]] and will stay the night.

Clinician: [[NAME:Aled Morgan-Rees]] (ANP)
""")

note("telephone-b03", "telephone", """
TELEPHONE NOTE - CASE MANAGEMENT, [[ORG:Carquinez Strait Medical Center]]
[[DATE:07/08/2024]] 06:40 (evening in the Philippines)

Call from daughter [[NAME:Jhoanna Pagdanganan]], calling from [[CITY:Davao City]] on Viber, [[PHONE:+63 998 217 4406]], re: her father [[NAME:Leonardo "Nards" Pagdanganan]], 71, admitted [[DATE:7/5]] with L MCA stroke, R hemiparesis and aphasia.

Daughter verified with pt's DOB and address ([[STREET:318 Alameda St]], [[CITY:Vallejo]], [[STATE:CA]] [[ZIP:94590]]). Pt has lived in the US 22 yrs, works as a caregiver at [[ORG:Sunhaven]], a six-bed board and care in [[CITY:Vallejo]]; no employer insurance. Her brother [[NAME:Boyet]] lives in [[CITY:Daly City]] but "works double shifts" and has not visited; she asked us to call him at [[PHONE:650-991-4027]] before any decisions.

Discussed: rehab potential, likely SNF then home with help. Medi-Cal application started; pt's SSN [[SSN:602-41-8873]] confirmed from his wallet card for the application. Daughter will e-mail a scan of his passport and the proof-of-address letter to [[EMAIL:cm.intake@carquinezmed.org]] from [[EMAIL:jhoannap.davao@kamustamail.ph]].
She hopes to fly in on [[DATE:July 20]] and asked for a letter for the US Embassy in [[CITY:Manila]] to support an urgent visa appointment; letter drafted for Dr. [[NAME:Ferdinand Aquino-Baes]] to sign.

She asked that we say "Tatay, we are coming" to him in Tagalog; done by RN [[NAME:Lovely Manalastas]] at 07:15, pt squeezed her hand.

[[NAME:Remy Estrellado-Pike]], RN CM
""")

note("telephone-b04", "telephone", """
PHONE ENCOUNTER - Rx clarification
Tue [[DATE:01/16/24]] 11:20
From: [[NAME:Porter Ingebretsen]], RPh, [[ORG:bluestem apothecary]] ([[PHONE:(218) 634-0091]], fax [[PHONE:(218) 634-0095]])
Re: [[NAME:Marvella Stickney]], DOB [[DATE:4/1/1948]]

Pharmacist calling about an oxycodone 5 mg script (#20) written [[DATE:1/15]] by our covering provider, Dr. [[NAME:Signe Tollefsrud]]. The DEA number printed on the script is [[LICENSE:FM9604554]], which belongs to Dr. [[NAME:Osric Mabey]] (the pad was pre-printed for his clinic). Clarified with Dr. [[NAME:Tollefsrud]]: her DEA is [[LICENSE:MT1193123]], NPI [[LICENSE:1846807059]]. Pharmacist will annotate and fill.

Pharmacist also asked: pt requested an early fill of the oxycodone from [[DATE:12/28]]; it was declined and he will not grant an early refill without a new plan. Pt told him she would pay cash if needed. Pt's last fill was at [[ORG:Range Drug]] in [[CITY:Virginia]], [[STATE:MN]] - PDMP checked: two prescribers in 60 days.

Action: message to Dr. [[NAME:Mabey]] and the controlled-substance team; pt to be scheduled for a pain agreement review. Pt notified at [[PHONE:218-749-3306]] (home), verbalized understanding, not happy.

[[NAME:Kari Strom]], LPN
""")

note("telephone-b05", "telephone", """
TELEPHONE ENCOUNTER - Patient portal / HIM
[[DATE:2024-05-28]] 10:05
Caller: [[NAME:Lucius Okorocha]]     MRN [[MRN:TG-00551873]]     DOB [[DATE:1963-12-09]]
Identity verified: DOB and address [[STREET:2219 E 30th Ave]], [[CITY:Hutchinson]], [[STATE:KS]] [[ZIP:67502]].

Issue 1: locked out of the portal ([[URL:https://myhealth.tallgrassclinics.org]]). Security log shows 14 failed logins on [[DATE:5/26]] from [[IP:203.0.113.77]] and [[IP:2001:db8:4f1::2a]]; pt says he only uses his phone at home. Account unlocked, password reset link sent, 2-step verification turned on.
Issue 2: pt got a call on [[DATE:5/25]] from someone saying they were from [[ORG:Tallgrass]] billing, asking to "confirm" his Social Security number. He gave the last four ([[SSN:3390]]) before hanging up. Advised: we never ask for SSN by phone; place a fraud alert; reported to compliance (ticket [[ACCOUNT:CMP-24-1187]]).
Issue 3: wants proxy access for his wife [[NAME:Honey Okorocha]] (she takes him to dialysis). Proxy form e-mailed to [[EMAIL:honey.okorocha@prairiewire.net]]. She says she uses honey and lemon tea for his cough; advised to check with the renal dietitian first.
Also updated his e-mail from [[EMAIL:lokorocha63@prairiewire.net]] to [[EMAIL:l.okorocha@flintmail.com]].

[[NAME:Greer Hoyt-Salinger]], HIM specialist
""")

note("telephone-b06", "telephone", """
nurse line [[DATE:11/30]] 0320
caller [[NAME:boone haskew]] 58m, OTR driver for [[ORG:redtail freight]], cell [[PHONE:931-284-7713]]
parked at a truck stop off I-40 just west of [[CITY:Amarillo]]. c/o "heavy" chest x 40 min, L arm tingly, sweaty, some sob. took 1 asa 325 he had in the cab. hx htn, smoker 1ppd, "sugar a little high" per dot physical.
told him this needs 911 now, he wanted to drive to the ER himself - strongly advised against. pt agreed, called 911 on the other line while i stayed on. [[ORG:Potter County EMS]] on scene 0341, line handed to medic [[NAME:Delgadillo]].
pt asked me to call his wife [[NAME:lurleen]] at home in [[CITY:cookeville]] ([[PHONE:931-526-0448]]) and his dispatcher. dispatcher [[NAME:marty]] [[PHONE:1-800-417-2260 ext 31]] needs location of the rig: [[STATE:Tennessee]] apportioned plate [[VEHICLE:P4417K]], tractor VIN [[VEHICLE:1XKYD49X3LJ471206]], left in the lot w/ trailer. wife says he carries his CDL ([[STATE:TN]] [[LICENSE:117308842]]) and med card in his wallet.
called wife 0350, told her EMS is taking him to [[ORG:Llano Estacado Heart]]. she is trying to get a flight out of [[CITY:chattanooga]] in the morning. gave her the hospital # [[PHONE:806-358-1140]]. dispatcher notified 0355, will send a relief driver for the truck.
-[[NAME:pmc]] rn
""")

note("telephone-b07", "telephone", """
TELEPHONE ENCOUNTER - interpreter-assisted (Spanish)
[[ORG:Clínica Comunitaria Valle Oasis]], [[CITY:Coachella]], [[STATE:CA]]
[[DATE:10/03/2023]] 16:15     Interpreter: [[NAME:Rigoberto]] (vendor line)

Pt: [[NAME:Socorro Tapia Bautista]]     MRN [[MRN:VO-884120]]     DOB [[DATE:02/11/1961]]
Calling from [[CITY:Mexicali]], where she is caring for her sister after surgery. Local number: [[PHONE:+52 686 557 1093]]. Address there: [[STREET:Calle Río Culiacán 1184]], Col. [[CITY:Pueblo Nuevo]], [[ZIP:21120]] [[CITY:Mexicali]], [[STATE:B.C.]]

Pt ran out of insulin glargine 3 days ago; has been using only the metformin. Fasting sugars 240-290 on her meter. No vomiting, no abdominal pain, drinking water, no confusion. Vision slightly blurry. She thought she would be back [[DATE:Sept 28]] but the sister's discharge was delayed; now plans to return [[DATE:Oct 14]].

Plan per Dr. [[NAME:Abelardo Barraza-Oteo]]: pt can buy glargine at a pharmacy in [[CITY:Mexicali]] without a US script (she has done this before at [[ORG:Farmacia La Sirena]]); restart at 18 units nightly, not the full 26, and check sugars twice daily. If sugars > 400, vomiting or confusion, go to urgencias there, not wait to cross. Her daughter [[NAME:Anahí Tapia]] in [[CITY:Indio]] ([[PHONE:760-347-2281]]) will bring her a new meter strip supply this weekend. Pt repeated the dose back via interpreter.
Follow-up visit booked [[DATE:10/17/2023]].

[[NAME:Fabiola Ruvalcaba]], RN
""")

note("telephone-b08", "telephone", """
TELEHEALTH PHONE CONSULT - [[ORG:Top End Renal]] ([[CITY:Darwin]])
Date: [[DATE:Wed 21 Feb 2024]] 09:30 (ACST)
Patient: Mr [[NAME:Jeffrey Wurramarrba]]     UR [[MRN:TER-447120]]     DOB [[DATE:05/07/1968]]
Medicare [[ACCOUNT:2398 17445 1]]
Location of patient: [[ORG:Wurrkeni Health Post]], [[CITY:Numbulwar]] [[STATE:NT]] [[ZIP:0852]], with remote area nurse [[NAME:Tash Nowacki-Reid]] and Aboriginal health practitioner [[NAME:Cyril Nunggumajbarr]]. Interpreter not required.
Clinic phone [[PHONE:(08) 7010 2205]]

Reason: missed two weeks of satellite dialysis in [[CITY:Katherine]] during the wet season when the road was cut. K 6.4 on iSTAT this morning, creatinine 1120, fluid overloaded (4 kg above dry weight), SpO2 93% RA, no chest pain.

Plan: aeromedical retrieval to [[ORG:Larrakia Point Hospital]] arranged for today, flight ETA 13:00; calcium gluconate and salbutamol nebs given by RAN per protocol; resonium 30 g oral. ECG to be e-mailed to [[EMAIL:renal.onc@topendrenal.org.au]] before the flight.
Family: wife [[NAME:Noreen]] will escort; their daughter [[NAME:Shantelle]] lives in [[CITY:Palmerston]] ([[PHONE:0491 570 156]]) and will meet them.
Discussed long-term: return to country is very important to him; referral to [[ORG:Red Dust Dialysis]] for remote dialysis to be revisited after this admission.

Dr [[NAME:Saoirse Kavanagh-Tjhin]], Renal Registrar
""")

note("telephone-b09", "telephone", """
TELECONSULTATION NOTE - [[ORG:Kovai Diabetes & Heart Clinic]], [[CITY:Coimbatore]]
Date: [[DATE:18-Jan-2024]]     Time: 20:10 IST     Mode: phone (video failed)

Patient: Mr. [[NAME:R. Palanisamy Gounder]], 78 M     Clinic ID: [[MRN:KDHC/2211/0874]]
Caller: son Mr. [[NAME:Senthil Palanisamy]], calling from [[CITY:Plano]], [[STATE:Texas]] on [[PHONE:+1 469 708 2264]]; patient and daughter-in-law [[NAME:Kavitha]] on speaker at home, [[STREET:14, Thiruvalluvar Street, Ganapathy]], [[CITY:Coimbatore]] - [[ZIP:641006]].

Complaint: Glucometer readings 48-62 mg/dL early morning for 3 days, with sweating and tremor; improved with sugar and idli. Known T2DM for 20 years, CKD stage 3b (eGFR 38 on [[DATE:02/01/2024]]), on glimepiride 2 mg BD and insulin glargine 16 units at night. Son feels father is "eating less since [[DATE:Pongal]]". No loss of consciousness, no falls.

Advice: stop glimepiride; reduce glargine to 10 units; check sugars at 3 am and fasting for 3 days and send readings on WhatsApp to clinic number [[PHONE:+91 422 257 4417]]. Dietitian Ms. [[NAME:Bhuvaneswari]] will call on Saturday to go over meals. Return to clinic on [[DATE:25-Jan-2024]] with the readings, or earlier to [[ORG:Noyyal Riverside Hospital]] casualty if drowsy or sugar below 50 after treatment.
Son also asked for a fitness-to-travel letter for his father's visit to [[CITY:Plano]] in [[DATE:April]]; travel insurer [[ORG:Nilgiri Assure]], policy [[ACCOUNT:NA-TRV-2024-004187]]. Will issue after review.

Dr. [[NAME:Meenalochani Sundaram]], MD, DM (Endocrinology), TNMC Reg. No. [[LICENSE:87213]]
""")

note("telephone-b10", "telephone", """
AFTER-HOURS CALL - [[ORG:Harbourview Paediatrics]] on-call service
[[DATE:Dec 23, 2023]] 02:15

Caller: mom, [[NAME:Kenzie MacIsaac]], cell [[PHONE:902-209-4471]]
Child: [[NAME:Beckett MacIsaac]], 14 mo     NS health card [[ACCOUNT:0017 441 290]]     DOB [[DATE:2022-10-11]]
Address: [[STREET:58 Portland Hills Dr]], [[CITY:Dartmouth]], [[STATE:NS]] [[ZIP:B2W 6K4]]

mom says he had a "shaking fit" at 0150, both arms and legs, eyes rolled up, about 2 min by her phone clock, stopped on its own. fever since supper, 39.8 rectal at 0200, had Tylenol 1900. now sleepy but waking to voice and crying, moving all limbs, breathing ok, lips pink. no rash, no vomiting, drinking earlier. runny nose x2 days, older sister [[NAME:Brooklyn]] (4) has the same cold. no prior seizures. fhx: cousin had a Wilms tumor as a baby, otherwise none. no meds, vaccines up to date, 12-month shots on [[DATE:Oct 16]].

Assessment: likely simple febrile seizure, but first event, child still drowsy.
Advice: take him to the children's ED in [[CITY:Halifax]] now to be seen. Mom has no car tonight - dad [[NAME:Guy MacIsaac]] is working in [[CITY:Fort McMurray]] - advised to call 911 if he seizes again, is hard to wake or has trouble breathing. She will call a taxi; her mother [[NAME:Wilma Doucette]] ([[PHONE:902-435-7718]]) is coming over to watch [[NAME:Brooklyn]]. Mom asked if she could just wait till morning; explained why not. She agreed.

Discussed with on-call Dr. [[NAME:Ishaan Chaudhuri]] at 02:25, agrees. ED charge nurse notified.

[[NAME:Roisin Gillis]], RN (after-hours line)
""")


if __name__ == "__main__":
    sys.exit(SET.main())
