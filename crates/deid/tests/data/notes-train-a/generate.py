#!/usr/bin/env python3
"""Generator for the Ward de-identification TRAINING set A (train.jsonl).

Training data for the learned PHI token classifier in ``crates/deid``.  The
notes were written without reading the scanner's source or output and without
looking at the sealed test set (only its README); see README.md.  Every note
below is hand-written, fully synthetic text: patients, relatives, staff,
organisations, numbers and addresses are invented (real cities, states,
provinces and countries appear as geography only).

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

SET = notes_tool.training_set(__file__, "a")
note = SET.note


# ==========================================================================
# NOTES
# ==========================================================================

# ----------------------------------------------------------------- discharge

note("discharge-a01", "discharge", """
DISCHARGE SUMMARY
[[ORG:Cheyenne Breaks Regional Hospital]] · Hospital Medicine

PATIENT: [[NAME:FAST HORSE, CORLISS M.]]     MRN: [[MRN:CBR-0417735]]     FIN: [[ACCOUNT:V2290417365]]
DOB: [[DATE:06/11/1931]]     AGE: [[AGE:93]]     MBI: [[ACCOUNT:7T78-X46-NP83]]
ADMITTED: [[DATE:11/02/2024]]     DISCHARGED: [[DATE:11/07/2024]]
ATTENDING: [[NAME:Nathaniel Walker]], MD

HPI: [[AGE:93]] y/o Lakota woman from [[CITY:Wanblee]], [[STATE:SD]], driven ninety miles by her grandson [[NAME:Tokala]] after four days of orthopnea and leg swelling. Known HFrEF (EF 30%), permanent AF on Eliquis, CKD 3a. She ran out of torsemide around [[DATE:Halloween]] because the gravel road to the post office washed out.

HOSPITAL COURSE:
1. ADHF: IV furosemide, net -5.1 L, weight 61.8 -> 56.4 kg. Foley catheter for strict I/O, removed HD3 without retention.
2. AF: rates 70s-90s on metoprolol succinate 50 mg. CHA2DS2-VASc 5; Eliquis 2.5 mg BID (age, weight).
3. Mobility: PT cleared her for home with a front-wheeled walker and family present around the clock. Walker ordered through [[ORG:Wagon Wheel DME]]; they deliver out to [[CITY:Kadoka]] on Thursdays and the family will pick it up there.
4. Goals: DNR/DNI confirmed with patient and daughter [[NAME:Winona Brings Plenty]], who holds durable POA.

HOME: [[STREET:HC 64 Box 19]], [[CITY:Wanblee]], [[STATE:SD]] [[ZIP:57577]]. Daughter's cell [[PHONE:605-455-2918]]; [[NAME:Tokala]] at [[PHONE:(605) 867-3304]]. No landline.

FOLLOW-UP:
- NP [[NAME:Roberta Catches]], [[ORG:Tatanka Ridge Health Station]], BMP and weight check in 1 week ([[DATE:11/14]]).
- Cardiology telehealth with Dr. [[NAME:Walker]] on [[DATE:Dec 3]].
- Home weights: call [[PHONE:605.342.7719]] if up more than 1 kg in a day.

/s/ [[NAME:N. Walker]], MD   [[DATE:11/07/2024]] 15:20
""", ok=("Walker ordered",))

note("discharge-a02", "discharge", """
[[ORG:Avonleigh University Hospitals NHS Trust]] - Medicine for Older People
DISCHARGE SUMMARY (copy to GP)

Patient: [[NAME:Eilidh MacAskill]]     Hospital no: [[MRN:K7720419]]     NHS no: [[ACCOUNT:554 445 9088]]
DOB: [[DATE:22/09/1936]]     Admitted: [[DATE:4th of March 2025]]     Discharged: [[DATE:14/03/2025]]
Ward: Brunel 7, bay 3 bed 2
Consultant: Dr [[NAME:Olamiposi Kehinde-Lawal]] (GMC [[LICENSE:7204416]])

Diagnoses: 1. Fall with long lie (about 10 h) and mild rhabdomyolysis, CK 4,210. 2. Delirium secondary to constipation and urinary retention. 3. Background Parkinson's disease, Hoehn & Yahr 3.

Summary: Mrs [[NAME:MacAskill]] is an 88-year-old retired primary teacher, born in [[CITY:Glasgow]], who was found on her kitchen floor by her neighbour [[NAME:Gethin]] at 07:40. Glasgow Coma Scale 14 on arrival (E4 V4 M6). CT head showed no acute abnormality. The Bristol stool chart showed no bowel opening for six days, then type 6 after Laxido; bladder scan 780 mL, catheterised, trial without catheter passed on [[DATE:10/03/2025]]. Her co-careldopa doses were missed for 14 hours on admission and were restored to her home times after review by the Parkinson's nurse specialist, [[NAME:Nerys]].

Function: walks with a Zimmer frame and one carer. OT home visit completed at [[STREET:Flat 4, 27 Clevedon Walk]], [[CITY:Bristol]] [[ZIP:BS6 7HJ]]; key safe fitted and a pendant alarm arranged.

Medication changes: Laxido one sachet BD (new), senna 15 mg nocte (new). Co-careldopa 25/100 unchanged at 07:00, 11:00, 15:00, 19:00.

GP actions ([[ORG:Cotham Vale Surgery]]): U&E and CK in one week. Falls clinic at [[ORG:Hollowmead Day Hospital]] on [[DATE:2 April]].

Next of kin: son [[NAME:Calum MacAskill]], [[PHONE:+44 7700 900418]], [[EMAIL:calum.macaskill@kelpiemail.co.uk]]; he lives in [[CITY:Inverness]] and will stay with her for a fortnight.

Dr [[NAME:Ruaridh Menzies]], FY2, for Dr [[NAME:Kehinde-Lawal]]     [[DATE:14.03.25]]
""", ok=("Glasgow Coma Scale", "Bristol stool chart"))

note("discharge-a03", "discharge", """
RESUMEN DE ALTA / DISCHARGE SUMMARY
[[ORG:Hospital Flor de Maga]], Medicina Interna

Paciente: [[NAME:Yaritza Cintrón Maldonado]]     Récord: [[MRN:HFM-228174]]
Plan: [[ORG:Cobertura Isla Salud]], ID [[ACCOUNT:CIS0093381720]]
Fecha de nacimiento: [[DATE:8 de agosto de 1979]]
Ingreso: [[DATE:3 de marzo de 2025]]     Alta: [[DATE:7/3/2025]]

Dx: dengue with warning signs (persistent vomiting, abdominal pain, hematocrit rise 41 -> 49%, platelets 38K on admission). NS1 antigen positive on [[DATE:03/03]].

HPI: 45-year-old woman from [[CITY:Bayamón]] with 4 days of fever, retro-orbital pain and myalgias. Her sister in [[CITY:Toa Baja]] had dengue last month. Tourniquet test positive.

Course: isotonic crystalloid per WHO protocol, no shock, no bleeding. Platelet nadir 22K on [[DATE:5 de marzo]], 96K at discharge. Hct 38%. Tolerating diet since Thursday. No NSAIDs, acetaminophen only.

Social: cashier at [[ORG:Farmacia Ojeda]]. Lives with husband [[NAME:Efrén]] and daughter [[NAME:Yamilet]] (14) at [[STREET:Calle Flamboyán 27, Urb. Los Almendros]], [[CITY:Bayamón]], [[STATE:PR]] [[ZIP:00961-4402]]. Husband [[PHONE:(787) 798-2261]]; patient [[PHONE:939-418-7720]]. Sra. [[NAME:Cintrón]] prefers Spanish and received written instructions in Spanish; mosquito-net and standing-water counselling given to both.

Follow-up:
- CBC in 48 h at [[ORG:Laboratorio Ceiba]], results to PCP.
- PCP Dra. [[NAME:Maricarmen Font]], [[ORG:Centro de Salud Familiar Río Plata]], [[PHONE:787-740-3318]], within one week.
- Return for bleeding gums, black stools, abdominal pain or dizziness.

Work excuse through [[DATE:March 14]].

Firmado: [[NAME:Gustavo Irizarry-Vélez]], MD - NPI [[LICENSE:1443487438]] - [[DATE:07-03-2025]]
""")

note("discharge-a04", "discharge", """
OBSTETRIC DISCHARGE SUMMARY
[[ORG:Marathon Pines Medical Center]] - Family Birth Center

Mother: [[NAME:XIONG, TXIAJ]]     MRN [[MRN:MP-30071846]]     DOB [[DATE:1991-02-17]]
Infant: Baby Girl [[NAME:Xiong]]     MRN [[MRN:MP-30072291]]
Delivered: [[DATE:Sept 14th]] 03:12, NSVD     Discharged: [[DATE:9/16/2024]]
OB: [[NAME:Summer Haugland]], MD     Newborn: [[NAME:Ezekiel Moua-Larsen]], MD

Prenatal: G4P4, care at [[ORG:Thomas Street Clinic]] from 11 weeks. Glucose screen normal over the summer. Cell-free DNA low risk for Down syndrome and trisomy 18. GBS negative.

Labor and delivery: spontaneous labor at 39+2 weeks, Bishop score 9 on arrival, declined epidural. Second-degree laceration repaired. EBL 350 mL. Infant 3,410 g, Apgar 8 and 9.

Postpartum: afebrile, fundus firm, Hgb 10.8. Breast and formula feeding per her preference. Rubella immune, Tdap given prenatally.

Newborn: exam normal, passed OAE hearing screen, CCHD screen passed, bilirubin 7.1 at 36 h (low-intermediate risk). Hep B vaccine given [[DATE:9/14]].

Family and culture: husband [[NAME:Kou Thao]] and mother-in-law [[NAME:Yer Thao]] present throughout. Hmong interpreter [[NAME:Pa Nhia Moua]] in person for consent and discharge teaching. Family asked to take the placenta home for burial; released per policy. Grandmother requested no cold drinks for the mother for 30 days; diet adjusted.

Contact: [[STREET:2210 N 7th Ave, Apt 3B]], [[CITY:Wausau]], [[STATE:Wisconsin]] [[ZIP:54401]]; cell [[PHONE:715-298-4471]]. She grew up in [[CITY:Merced]], [[STATE:California]]; her sister there is her backup contact.

Prescriptions to [[ORG:northpoint drug]] (ibuprofen, docusate, prenatal vitamins).

Follow-up: newborn weight check [[DATE:9/18]] at [[ORG:Thomas Street Clinic]]; postpartum visit with Dr. [[NAME:Haugland]] at 6 weeks ([[DATE:Oct 28]]).

[[NAME:S. Haugland]], MD  [[DATE:09/16/2024]]
""")

note("discharge-a05", "discharge", """
[[ORG:Highland Creek General Hospital]] - Hematology Inpatient Service
DISCHARGE SUMMARY

Patient: [[NAME:Kavitha Subramaniam]]     Chart #: [[MRN:HCG-0551938]]     OHIP: [[ACCOUNT:4417-206-583-KT]]
DOB: [[DATE:1988-11-30]]     Admission: [[DATE:2025-01-08]]     Discharge: [[DATE:2025-01-12]]
Most responsible physician: Dr. [[NAME:Arulmozhi Sundaram]] (CPSO [[LICENSE:118204]])

Diagnosis: Hodgkin lymphoma, classic type, nodular sclerosis subtype, Lugano stage IIB, with a bulky mediastinal mass 10.4 cm. Reed-Sternberg cells CD30+, CD15+.

History: 36-year-old chemistry teacher at [[ORG:Midland Heights Collegiate]] with three months of drenching night sweats, pruritus and 7 kg weight loss. CT chest on [[DATE:Dec 27]] showed an anterior mediastinal mass; admitted for staging and CT-guided core biopsy on [[DATE:Jan 9]].

Course: PET-CT for Deauville baseline; echo EF 62%; PFTs with DLCO 84%. Fertility counselling given; she and her husband, [[NAME:Senthil Murugan]], declined oocyte retrieval. PICC placed [[DATE:1/10]], tip at cavoatrial junction. Hep B and HIV serologies negative.

Plan: ABVD cycle 1 day 1 on [[DATE:January 16]] at [[ORG:Cedarbrae Cancer Centre]]. Interim PET after cycle 2.

Social: lives with her husband and son [[NAME:Aadhavan]] (6) at [[STREET:Apt 1207, 40 Kestrelwood Cres]], [[CITY:Scarborough]], [[STATE:ON]] [[ZIP:M1H 2W7]]. Her mother-in-law arrives from [[CITY:Jaffna]] next week to help with childcare. Tamil and English spoken at home.

Contacts: patient [[PHONE:647-318-2294]], [[EMAIL:kavitha.s.chem@mapleinbox.ca]]; husband [[PHONE:416-293-7718]].
Family physician: Dr. [[NAME:Jacinta Okorafor]], [[ORG:Ellesmere Family Health Team]], fax [[PHONE:416-438-0917]].

Off work until further notice; letter given for the school board.

Dictated by [[NAME:A. Sundaram]] / transcribed by [[NAME:vkp]]   [[DATE:12-Jan-2025]]
""")

note("discharge-a06", "discharge", """
DISCHARGE SUMMARY
[[ORG:Terrebonne Bayou Medical Center]], Burn & Wound ICU / Surgery

Patient: [[NAME:Guy A. Trahan]]     MRN [[MRN:TBM-771046]]     DOB [[DATE:04-19-1983]]
SSN [[SSN:433-61-8270]]     Admitted [[DATE:07-08-2024]]     Discharged [[DATE:07-19-2024]]

Dx: Vibrio vulnificus necrotizing soft-tissue infection of the L forearm after a cut from an oyster shell; septic shock, resolved. Hepatic steatosis, alcohol use.

HPI: 41-year-old deckhand who works 14-day hitches for [[ORG:Cocodrie Offshore]]. Cut his forearm shucking oysters at a crawfish boil in [[CITY:Chauvin]]; 18 h later had hemorrhagic bullae and fever 39.6. Crew boss [[NAME:Dale Comeaux]] drove him to our ED. He told triage, "I'm not a hospital guy."

Course: doxycycline + ceftazidime; two debridements ([[DATE:7/8]], [[DATE:7/10]]); pressors off HD3. Split-thickness skin graft [[DATE:7/15]] by Dr. [[NAME:Remy Guidry]]. Urine was dark amber on admission, clear by HD2. CK peak 3,900.

Social: lives in [[CITY:Chauvin]], [[STATE:Louisiana]] with wife [[NAME:Amber Trahan]] ([[PHONE:985-594-3327]]) and two kids. His pickup ([[STATE:LA]] plate [[VEHICLE:Y418273]]) is still at the marina; wife arranging. Employer safety officer requests a return-to-work letter: [[EMAIL:hse.desk@cocodrieoffshore.com]]. Workers' comp claim [[ACCOUNT:WC-LA-24-0719335]].

Meds: doxycycline 100 mg BID through [[DATE:7/29]]; oxycodone 5 mg q6h prn, 12 tabs; thiamine.

Follow-up:
- Wound clinic, [[ORG:Bayou Blue Family Practice]], [[STREET:4120 Hwy 311, Suite C]], [[CITY:Houma]], [[STATE:LA]] [[ZIP:70360]], in 5 days.
- Dr. [[NAME:Guidry]] in 2 weeks.
- No raw oysters; avoid brackish water with open wounds.

[[NAME:Odile Fontana]], NP for Dr. [[NAME:Remy Guidry]]
""")

note("discharge-a07", "discharge", """
DISCHARGE SUMMARY - [[ORG:Leeward Kai Medical Center]]

Patient: [[NAME:Siaosi Tuiasosopo]]     MRN [[MRN:LKM-4490217]]     DOB [[DATE:12 Oct 1961]]
Med-QUEST member ID [[ACCOUNT:QM00418836]]
Admit [[DATE:08/19/2024]] - D/C [[DATE:08/26/2024]]

Dx: R foot diabetic ulcer with 5th metatarsal osteomyelitis, s/p R 5th ray amputation [[DATE:8/21]]; T2DM, A1c 11.8; tophaceous gout.

HPI: 62M, former stevedore, moved from [[CITY:Leone]], [[STATE:American Samoa]] in 1998. Lives in [[CITY:Waipahu]] with wife [[NAME:Malia]] and son [[NAME:Tavita]], who drives him and helps with dressings.

Course: Podiatry (Dr. [[NAME:Kekoa Nāone]]) did the ray amputation; bone margin clean. Cultures MSSA + strep. IV cefazolin, then cephalexin 1 g QID x 2 weeks. Negative-pressure dressing; VAC unit [[DEVICE:WV7-2281904]] goes home with him. Insulin glargine 30 units plus lispro with meals; Samoan-language diabetes teaching with [[NAME:Tavita]] present. Allopurinol restarted.

Spiritual: Rev. [[NAME:Ioane Sapolu]] from [[ORG:Malamalama]] visited daily; family prayer circle held [[DATE:8/24]].

Address: [[STREET:94-1022 Lumikula St, Unit 6]], [[CITY:Waipahu]], [[STATE:HI]] [[ZIP:96797]]
Contacts: [[NAME:Tavita]]'s cell [[PHONE:808-671-4093]]; [[NAME:Malia]] [[PHONE:(808) 677-2180]].

Home health: [[ORG:Ohana Kokua Home Health]] for VAC changes 3x/week, starting [[DATE:Aug 27]].
Follow-up: podiatry [[DATE:9/3]]; endocrine at [[ORG:Kapolei Diabetes Care]] [[DATE:9/10]]; PCP Dr. [[NAME:Fetu Mauga]].

[[NAME:Noelani Kaʻaihue]], MD (Hospitalist)   [[DATE:08/26/2024]]
""")

note("discharge-a08", "discharge", """
DISCHARGE SUMMARY                                        Page 1 of 1
[[ORG:Glen Canyon Regional Medical Center]], [[CITY:Page]], [[STATE:AZ]]

Patient: [[NAME:Brandstätter, Jürgen]]     MRN: [[MRN:GCR-66104]]     DOB: [[DATE:02.05.1957]]
Admitted: [[DATE:05/20/2025]]     Discharged: [[DATE:05/23/2025]]
Cardiology: [[NAME:Bashir Rahimzada]], MD

Reason for admission: syncope at a scenic overlook on the canyon rim; complete heart block.

HPI: 68-year-old German tourist from [[CITY:Leipzig]] on a driving tour with his wife, [[NAME:Annegret]]. He lost consciousness walking back to the parking lot; a park ranger, [[NAME:Lyndon Bedonie]], found a pulse of 34 and called EMS. Two weeks of exertional dizziness since they landed in [[CITY:Las Vegas]] on [[DATE:May 6]].

Course: ECG third-degree AV block with junctional escape 36/min. Transcutaneous pacing briefly, then temporary transvenous wire. Lyme serology negative, TSH normal, no ischemia on troponin trend. Dual-chamber pacemaker implanted [[DATE:5/21]]: generator S/N [[DEVICE:PJN771204S]], RA lead [[DEVICE:XLR403318V]], RV lead [[DEVICE:XLR403561V]]. Device ID card (English) given. Wound clean; no pneumothorax on CXR.

Home address: [[STREET:Lindenauer Straße 17]], [[ZIP:04229]] [[CITY:Leipzig]], Germany. Mobile [[PHONE:+49 1573 4418207]].
Travel insurer: [[ORG:Elbwacht Reiseversicherung]], policy [[ACCOUNT:EW-RV-2024-0088173]], case handler Frau [[NAME:Oberländer]].

Rental car ([[STATE:NV]] plate [[VEHICLE:3KZW418]]) to be returned by his wife; he may not drive for one week per device guidance. Fit to fly from [[DATE:May 27]] with the device card; airport security letter provided.

Follow-up: pacemaker check in [[CITY:Leipzig]] within 4-6 weeks with his cardiologist, Dr. med. [[NAME:Henrike Vossberg]], [[ORG:Kardiologische Praxis am Südplatz]]; summary e-mailed to [[EMAIL:praxis.vossberg@kardio-suedplatz.de]] with consent. Remote monitoring not set up (no US transmitter).

[[NAME:B. Rahimzada]], MD   [[DATE:5/23/2025]]
""", ok=("Page 1 of 1",))

note("discharge-a09", "discharge", """
DISCHARGE SUMMARY - [[ORG:Ahtanum Valley Hospital]]

Patient: [[NAME:Wayra Quispe Huamán]]     MRN: [[MRN:AVH 30-118427]]     DOB: [[DATE:2/29/1996]]
ID on file: Peruvian DNI [[SSN:47120938]]
Admitted: [[DATE:08/05/2024]]     Discharged: [[DATE:08/09/2024]]
Language: Quechua (Ayacucho variety); Spanish second language. Remote Quechua interpreter for consent and discharge teaching.

Dx: exertional heat stroke with rhabdomyolysis, AKI (Cr peak 2.9) and transaminitis.

HPI: 28-year-old H-2A orchard worker picking cherries for [[ORG:Cowiche Bluff Fruit]] who collapsed at about 15:00 in 38 C heat. Coworker [[NAME:Rubén Condori]] found him confused and carried him to shade. EMS core temp 41.2 C; cold-water immersion started in the ED.

Course: ICU x 2 days. CK peak 61K -> 4,800. Cr 2.9 -> 1.1 with IV fluids; no dialysis. AST/ALT peaked 1,120/980, trending down. Normal mental status since HD2. Mild hyperkalemia treated.

Social: lives in grower housing, [[STREET:Cabin 12, 4410 Summitview Ext]], [[CITY:Tieton]], [[STATE:WA]] [[ZIP:98947]]. Mother [[NAME:Sisa Huamán Ccori]] lives in [[CITY:Huanta]], Peru; patient spoke with her by WhatsApp ([[PHONE:+51 966 204 318]]). Crew lead [[NAME:Rubén]] ([[PHONE:509-654-2281]]) will check on him twice daily.

Employer contact: HR, [[EMAIL:hr-temporada@cowichebluff.com]]. Off work 7 days, then light duty in the packing shed only, no picking before [[DATE:Aug 23]].

Follow-up:
- [[ORG:Clínica Valle Sol]], [[CITY:Wapato]], labs (BMP, CK, LFTs) on [[DATE:8/12]].
- Heat illness education with interpreter; patient repeated back rest, shade and water plan.

[[NAME:Mireya Castañón]], MD, Hospital Medicine   [[DATE:8/9/24]]
""")

note("discharge-a10", "discharge", """
DISCHARGE SUMMARY
[[ORG:Kissena Park Hospital]] - Geriatrics

Patient: [[NAME:OH, GEUM-JA]] (family name first: [[NAME:Oh Geum-ja]])     Age: [[AGE:97]]
MRN: [[MRN:KPH-02281944]]     Korean RRN on file: [[SSN:270314-2184417]]
Admission: [[DATE:2024/12/02]]     Discharge: [[DATE:2024/12/09]]
Attending: [[NAME:Revaz Saakashvili-Orr]], MD

Diagnoses: aspiration pneumonia, RLL; Parkinson's disease (Hoehn & Yahr 4); oropharyngeal dysphagia; stage 2 sacral pressure injury.

HPI: [[AGE:97]]-year-old woman who emigrated from [[CITY:Daegu]] in 2002 to live with her son. Coughing with meals for months, fever and hypoxia 86% for 2 days.

Course: ampicillin-sulbactam, then amoxicillin-clavulanate to finish 7 days. Modified barium swallow [[DATE:12/5]]: silent aspiration with thin liquids. Mildly thick liquids, minced and moist diet. Family meeting [[DATE:12/6]] with Korean interpreter: PEG declined, comfort-focused feeding accepted, DNR/DNI, MOLST signed. Carbidopa-levodopa given crushed on schedule.

Family: son [[NAME:Andrew Ha]] (HCP), [[PHONE:718-461-2093]]; daughter-in-law [[NAME:Jung Soo-ah]], [[EMAIL:sooah.jung.fl@hanbitmail.net]]. Granddaughter [[NAME:Ha Yerin]] visits daily after classes at [[ORG:Queens Hollow College]].
Pastor [[NAME:Ahn Do-hwan]] of [[ORG:Saeronam Church]] may visit.

Home: [[STREET:142-19 Beech Ave, Apt 5F]], [[CITY:Flushing]], [[STATE:NY]] [[ZIP:11355-2817]]. Elevator building, lives with her son.

Services: [[ORG:Hanmaum Adult Day Center]] 3 days/week resumes [[DATE:Dec 16]]; home PT/SLP via [[ORG:Kissena Home Care]]. Hospital bed and Hoyer lift ordered.

Follow-up: PCP Dr. [[NAME:Noh Tae-seok]] in 1 week; palliative care clinic in [[DATE:January]]. She will be seen again soon by SLP at home.

[[NAME:R. Saakashvili-Orr]], MD   [[DATE:12/09/2024]]
""")


# ------------------------------------------------------------------- nursing

note("nursing-a01", "nursing", """
MICU NURSING NOTE   [[DATE:2/21/25]]   0700-1900   bed 14
Pt: [[NAME:Major L. Dupree]], 58M, HD4 septic shock from CAP. PMH: Major depressive disorder, T2DM, HTN.

NEURO: propofol off 0900. GCS 10T (E3 VT M6), RASS -1, follows commands x4 ext. PERRL 3 mm brisk. Babinski absent bilaterally.
CV: norepinephrine weaned off 1140, MAP 68-77 since. NSR 80s. R radial art line, good waveform.
RESP: AC 18/450/PEEP 8/FiO2 40%. SBT (PS 5/PEEP 5) tolerated 30 min, RSBI 62. ABG acceptable. Suctioned mod thick tan secretions x3.
GI/GU: TF at goal 55 mL/h. Foley draining clear yellow 40-60 mL/h. BM x1.
LINES: R IJ triple lumen day 4, dressing dry and intact. Infusion pump channel S/N [[DEVICE:AL81-2294471]] alarmed occlusion x3 with no kink found; pump swapped and tagged for biomed.
SKIN: Braden 12. Turned q2h; heels floated.

FAMILY: wife [[NAME:Earnestine Dupree]] at bedside 1000-1500, updated by Dr. [[NAME:Oyebanji]] and me. She asks that updates go only to her and to their pastor, Rev. [[NAME:Cleophus Hardwick]] of [[ORG:Greater Mount Nebo]]. Wife's cell [[PHONE:414.327.8816]]. Spoke with [[NAME:consuelo pardo]] in case management re: possible LTACH if extubation fails; she will call [[ORG:Lakefront Specialty Hospital]] tomorrow.
Pt and wife live in [[CITY:Cudahy]]; her sister in [[CITY:Racine]] is the backup contact.

BELONGINGS: wallet with [[STATE:WI]] DL [[LICENSE:D416-2937-8812-04]], phone, reading glasses: sent home with wife at 1430 per belongings sheet, signed.

PLAN: likely extubation trial in am if secretions improve. Plan reviewed on rounds with the pulmonary team and the cardiology team (new AF overnight, rate controlled).
-- [[NAME:jmk]], RN
""", ok=("Major depressive",))

note("nursing-a02", "nursing", """
[[ORG:Aroostook Valley VNA]] - SKILLED NURSING HOME VISIT
Pt: [[NAME:Mason Pelletier]]     DOB [[DATE:3/9/1944]]     Visit [[DATE:12/03/2024]] 1310-1405
Address: [[STREET:RR 1 Box 88B]], [[CITY:Fort Kent]], [[STATE:ME]] [[ZIP:04743]]
Dx: COPD on 2 L home O2, HFpEF, insulin-treated T2DM.

S: "Can't keep my feet warm." Wife [[NAME:Gisèle]] says he is sleeping in the recliner again and coughing more since Sunday. Speaks St. John Valley French at home; grandson [[NAME:Léo Pelletier]] interpreted today by phone.
O: T 36.7, HR 94, RR 22, BP 142/78, SpO2 88% on 2 L at rest -> 91% after pursed-lip breathing. Coarse crackles R base. 1+ pitting edema ankles. Weight 81.3 kg, up 1.6 kg since [[DATE:11/29]].
Glucometer log 140-260. Insulin pens stored in the fridge door. Mason jar of used pen needles on the counter; sharps container brought and teaching given.
O2 concentrator S/N [[DEVICE:OC5-77203148]] running, filter cleaned. Backup tanks x4 from [[ORG:Allagash Oxygen]], [[PHONE:207-834-6612]].

Called Dr. [[NAME:Lagassé]] at [[ORG:Upper Valley Family Practice]] ([[PHONE:(207) 728-9415]]): new order furosemide 40 mg x 3 days then back to 20 mg; BMP [[DATE:12/06]] drawn at the home visit. Order read back.
Plan: next SN visit [[DATE:12/06]]; daily weights; call the VNA line if weight goes up 1 kg overnight or he is more short of breath. Wife has the after-hours number.
Road plowed; driveway icy, sanded by grandson before visit.

[[NAME:Brigitte Daigle]], RN
""", ok=("Mason jar",))

note("nursing-a03", "nursing", """
L&D NURSING NOTE   [[DATE:06/30/2025]]
[[NAME:Sahra Abdullahi Guuleed]], 31 y.o. G5P4 at 40+1, admitted 0215 in active labor. Rm 6.
Interpreter: Somali, in person, [[NAME:Hibaaq]] from [[ORG:Horn Bridge Language Services]] (ID badge seen).
Husband [[NAME:Liibaan Warfaa]] at bedside; patient asks for female staff only, honored. Dr. [[NAME:Ifrah Samatar]] (OB) notified on arrival.

0230 SVE 6/90/0, vertex, membranes intact. FHR 135, moderate variability, accels present, no decels. Ctx q2-3 min.
0300 pt declines epidural and IV opioids; using movement, ball and prayer. Husband and sister [[NAME:Filsan]] supporting.
0410 SROM clear fluid. SVE 9/100/+1.
0517 NSVD, viable male. Apgar 9 and 9. Placed skin to skin. Placenta delivered 0526, intact. Perineum intact. EBL 250 mL. Fundus firm, U/-1.
Baby Boy [[NAME:Warfaa]], 3,680 g; cord blood sent (mother O negative, Rh immune globulin pending newborn type).

Pt's cell [[PHONE:614-383-9902]]. Home [[STREET:2287 Maple Canyon Ave, Apt C]], [[CITY:Columbus]], [[STATE:OH]] [[ZIP:43229]]. Moved from [[CITY:Hargeisa]] in 2016; older children at home with grandmother.
Pt requests that baby boy's circumcision be done by family's provider after discharge.

Report to postpartum RN [[NAME:Corinne Ellsworth]] 0700.
[[NAME:Tove Vollmer]], RN
""")

note("nursing-a04", "nursing", """
PEDS FLOOR NURSING NOTE - [[ORG:Wasatch Peaks Children's Hospital]], 4 South, rm 412
[[DATE:10/15/2024]] 1900-0700

Pt: [[NAME:Tanner Hadlock]], 13 y/o M, new-onset T1DM, transferred from PICU [[DATE:10/14]] after DKA resolved. Tanner stage 4 per admission exam.

Overnight: BG 142 at 2200, 88 at 0300 (15 g juice given, rechecked 126 at 0320), 131 at 0600. Glargine 18 units at 2100 given. Ketones negative.
Dexcom G7 sensor placed L posterior arm by diabetes educator [[NAME:Marnie Ostergaard]] yesterday; sensor S/N [[DEVICE:7QK42291YT]]; readings within 15 mg/dL of fingersticks.
Ate 100% snack. Slept well after 2330.

Family: mom [[NAME:Kenzie Hadlock]] roomed in; dad [[NAME:Brock]] coming after his shift at [[ORG:Timpanogos Steel]]. Mom practiced carb counting with breakfast menu and drew up correction dose correctly. Younger sister [[NAME:Oaklee]] (8) visited until 2000.

School: mom gave the school nurse's e-mail for the care plan, [[EMAIL:nurse.hale@vineyardcrest.org]]; school is [[ORG:Vineyard Crest]], student ID [[MRN:S-2041187]] (needed for the medication form).
Home: [[STREET:1144 W 1600 N]], [[CITY:Orem]], [[STATE:Utah]] [[ZIP:84057]]. Mom's cell [[PHONE:801-226-3094]].

Pt quiet, asked whether he can still play baseball; encouraged to ask the team. Child life consult placed.
Plan: discharge teaching day 2 tomorrow with CDE; endocrine Dr. [[NAME:Ravi Anantharaman]] to round.

[[NAME:Jocelyn Bair]], RN
""", ok=("Tanner stage",))

note("nursing-a05", "nursing", """
ED TRIAGE NOTE - [[ORG:SANGRE DE CRISTO REGIONAL]]
ARRIVAL [[DATE:05/26/2024]] 2318 BY EMS (MEDIC 14)

PT: [[NAME:DOMINGO "MINGO" ESCALANTE]]     DOB [[DATE:01/30/1977]]     MRN [[MRN:SDC-5509127]]
CC: MVC. RESTRAINED DRIVER, PICKUP T-BONED ON PASSENGER SIDE AT ~45 MPH NEAR [[CITY:ESPAÑOLA]]. + AIRBAG. NO LOC PER PT. AMBULATORY AT SCENE.
PT'S VEHICLE: [[STATE:NM]] PLATE [[VEHICLE:BRX-447]], TOWED BY [[ORG:CHIMAYO TOW]]. [[ORG:NEW MEXICO STATE POLICE]] OFFICER [[NAME:T. ARMIJO]] AT BEDSIDE FOR REPORT; REQUESTS BAC - REFERRED TO CHARGE RN.

VS: BP 162/94, HR 108, RR 20, SPO2 97% RA, T 36.6. PAIN 8/10 L CHEST WALL. GCS 15.
EXAM: SEATBELT ABRASION L CLAVICLE TO R HIP. TTP L RIBS 6-8. C-COLLAR IN PLACE FROM EMS. PULSES 2+ X4.
HX: HTN, "PRE-DIABETES". MEDS: LISINOPRIL. ALLERGIES: PCN (HIVES).
LAST TETANUS: UNKNOWN.

PASSENGER (COWORKER [[NAME:RUFINO BACA]]) TAKEN TO [[ORG:ST. ANSELM TRAUMA CENTER]] IN [[CITY:SANTA FE]].
WIFE [[NAME:LUPITA ESCALANTE]] EN ROUTE FROM [[CITY:TRUCHAS]], [[PHONE:505-753-0918]].
EMPLOYER: [[ORG:RIO CHAMA ROOFING]] - PT WORRIED ABOUT MISSING WORK.

ESI 2. TO TRAUMA BAY 2. DR [[NAME:ABERCROMBIE-NTULI]] AT BEDSIDE 2325.
-[[NAME:RDM]] RN
""")

note("nursing-a06", "nursing", """
[[ORG:Wisteria Commons]] Memory Care - Nursing Progress Note
Resident: [[NAME:Pearl Ogletree]]     Age: [[AGE:101]]     Room 12 (Magnolia hall)
Date: [[DATE:January 5, 2025]]     Shift: 1500-2300

Resident restless after supper, walking the hall calling for her late husband, [[NAME:Otis]], and asking to "go feed the mules." Redirected with hymn music and a warm blanket; settled by 1930. Wearing her pearl earrings, which family asked us to keep on her.
Ate 60% of supper (pureed), 240 mL fluids with thickener. One loose stool.
Skin: Braden 13. Coccyx stage 2, 1.0 x 0.8 cm, foam dressing changed, wound bed pink. Heels offloaded.
Falls: Morse 65. Bed in low position, floor mat down, bed alarm on. No falls this shift.
Pain: PAINAD 2 during turning; acetaminophen 650 mg given 2000 with good effect.

Daughter [[NAME:Honor Dempsey]] (POA) called at 1945 from [[CITY:Paducah]]; updated. She said it would be an honor to be here for the birthday party on the [[DATE:19th]] and is driving down with granddaughter [[NAME:Charity]]. Her cell [[PHONE:270-443-8812]].
Hospice evaluation requested by Dr. [[NAME:Bernard Oyelola]]; [[ORG:Lantern Creek Hospice]] intake nurse to visit [[DATE:1/7]]. Family aware.
Resident's [[ORG:Ohio Valley Mutual]] policy number [[ACCOUNT:OVM-44-2290173]] given to the hospice for the intake file.

Plan: continue q2h turns, hymns at sundown, monitor intake.
[[NAME:Lashonda Pettway]], LPN
""")

note("nursing-a07", "nursing", """
OUTPATIENT HEMODIALYSIS TREATMENT NOTE - [[ORG:Passaic River Kidney Care]], chair 9
Tue [[DATE:03/11/2025]]   on 0615, off 1000

Pt: [[NAME:Kołodziej, Grzegorz]]     MRN [[MRN:PRK-10277]]     Medicare MBI [[ACCOUNT:9HD7-NT7-HW25]]
Access: L brachiocephalic AVF, thrill and bruit present, cannulated 15G x2 first attempt.
Pre: wt 84.6 kg (EDW 82.0), BP 168/92, HR 78, T 36.5. Lungs clear, trace ankle edema.
Tx: 3 h 45 min, UF goal 2.8 L, Qb 400, Qd 600, 2K/2.5Ca bath. Heparin per protocol.
Machine S/N [[DEVICE:2K8T-441093]]; dialyzer lot [[DEVICE:OPT180-24K1187]].
Intra: BP dropped to 98/56 at 0840 with cramping; UF paused 10 min, 200 mL NS given, resolved.
Post: wt 82.1 kg, BP 142/80.

Pt prefers Polish; wife [[NAME:Bożena]] translated. Son [[NAME:Paweł Kołodziej]] drives him Tue/Thu/Sat; on days son works, ride through [[ORG:sokol medical transport]] ([[PHONE:973-471-2208]]).
Travel: pt and wife flying to [[CITY:Nowy Targ]] to visit family from [[DATE:July 3]] to [[DATE:July 24]]. Transient dialysis requested at [[ORG:Podhale Dializa]], [[CITY:Zakopane]]; records, hepatitis B surface antigen and a recent CXR faxed [[DATE:3/11]]. Social worker [[NAME:Ewelina Brzózka]] coordinating, [[EMAIL:ebrzozka@passaicriverkidney.org]].
Home: [[STREET:19 Locust Ave, 2nd fl]], [[CITY:Wallington]], [[STATE:N.J.]] [[ZIP:07057]].

Labs drawn: monthly panel, PTH. Next treatment Thursday.
[[NAME:Dorota Wilk]], RN, charge
""")

note("nursing-a08", "nursing", """
NURSING ENDORSEMENT - [[ORG:Sto. Niño de Lahug Medical Center]], Surgical Ward 3B
[[DATE:15 Feb 2025]], 2200H

Pt: [[NAME:Ma. Leonisa Dimagiba]], 67/F, bed 3B-12, POD 1 laparoscopic cholecystectomy (done [[DATE:02/14/2025]] by Dr. [[NAME:Rodel Abellana]]).
PhilHealth no. [[ACCOUNT:19-025538417-2]]; hospital no. [[MRN:SNL-2025-004183]].

Vitals stable: BP 130/80, HR 82, T 37.1, RR 18, O2 sat 97% room air. Pain 3/10 at port sites, on paracetamol IV q6. Tolerated soft diet; passed flatus. JP drain none. Voided 300 cc.
IVF D5LR 1 L at 30 gtts/min, 400 cc left, to consume then hep-lock per order.
Ambulated to CR with assistance x2.

Watcher: son [[NAME:Bong]] ([[NAME:Rogelito]]) at bedside, contact [[PHONE:0917 482 3391]]. Daughter [[NAME:Jhoanna Dimagiba-Tan]], OFW nurse in [[CITY:Riyadh]], calls via Messenger every evening and asks for updates; pt consents to updates to both.
Address: [[STREET:14 Juana Osmeña Ext., Brgy. Kamputhaw]], [[CITY:Cebu City]] [[ZIP:6000]].
Pt is a retired public school teacher; GSIS pension. Asks if she can go home before her granddaughter's debut on [[DATE:Feb 22]].

For: CBC in AM, possible discharge tomorrow if cleared by Dr. [[NAME:Abellana]]. Endorsed to night shift nurse [[NAME:Kristine Pacquing]], RN.
[[NAME:Jerome Villacastin]], RN
""")

note("nursing-a09", "nursing", """
SCHOOL HEALTH OFFICE - NURSING NOTE
[[ORG:Quail Hollow Elementary]]     Thursday, [[DATE:April 10, 2025]]

Student: [[NAME:Ezra Kimble]], grade 3, student ID [[MRN:2209184]]. Known peanut and tree-nut allergy; emergency action plan and two auto-injectors on file (lot [[DEVICE:EPN4471K]]).
1142: brought to office by lunch aide Mrs. [[NAME:Vandiver]] after eating a granola bar traded at lunch. Lip swelling, hives on neck and chest, c/o "throat feels scratchy," hoarse voice.
1143: epinephrine 0.3 mg IM R anterolateral thigh given by this RN. 911 called by office manager [[NAME:Delfina Arce]].
1146: RR 26, SpO2 95%, HR 132, wheeze bilateral. Albuterol 4 puffs via spacer. Positioned sitting, calm.
1150: EMS (medic 22) on scene; care handed over with auto-injector, time given and this note. Transported to [[ORG:Harvest Moon Children's]] ED.
1152: mother [[NAME:Destiny Kimble]] reached at [[PHONE:314-920-6617]]; meeting ambulance at the ED. Father [[NAME:Cortez Kimble]] left voicemail at [[PHONE:636-278-4410]].
Principal Dr. [[NAME:Roslyn Achterhoff]] informed. Lunch table peanut-free rule reinforced with the class teacher, Mr. [[NAME:Ozzie Brandvold]].
Replacement auto-injector needed before the student returns; reminder sent through the [[ORG:Quail Hollow]] parent portal, [[URL:parents.quailhollow-schools.net/health]].

Home address on file: [[STREET:8 Persimmon Ct]], [[CITY:Florissant]], [[STATE:Missouri]] [[ZIP:63031]].
[[NAME:Annalise Fehr]], BSN, RN, school nurse
""")

note("nursing-a10", "nursing", """
HOSPICE RN HOME VISIT - [[ORG:Hózhó Home Hospice]]
Pt: [[NAME:Marilyn Todacheenie]]     Age [[AGE:94]]     Visit [[DATE:11-18-2024]] 1030-1140
Dx: end-stage COPD; CHF. Medicare hospice benefit, MBI [[ACCOUNT:8U83-GQ7-RR65]].
Location: family home 11 miles north of [[CITY:Kayenta]] on the dirt road past the blue water tank; no street address. Mail: [[STREET:PO Box 2871]], [[CITY:Kayenta]], [[STATE:AZ]] [[ZIP:86033]].

S: Granddaughter [[NAME:Shaandiin Chischilly]] (primary caregiver) says her grandmother slept most of yesterday, ate a few bites of blue corn mush, and has been "talking to her sisters who passed." Pt speaks Navajo only; [[NAME:Shaandiin]] interpreted. Pt said she is "not afraid" and wants to stay at home by the woodstove.
O: HR 112, RR 28, SpO2 84% on 4 L via concentrator [[DEVICE:CX4-60917733]]. Mottling of knees. Minimal urine output per family. Skin intact, Braden 10.
A/P: transitioning; family aware. Morphine concentrate 5 mg SL q2h prn dyspnea, using about 4 doses/day, effective. Glycopyrrolate added for secretions, order from Dr. [[NAME:Wilbert Tsinajinnie]] by phone. Comfort kit checked.
Family plans a traditional ceremony with a medicine man this weekend; hospice chaplain [[NAME:Guy Yellowman]] will visit [[DATE:11/20]] if family wishes.
Grandson [[NAME:Ahiga]] is driving in from [[CITY:Tuba City]]; his truck ([[STATE:Arizona]] plate [[VEHICLE:CKF 8814]]) broke down last week and is being fixed, so the family asked for extra propane delivery through the chapter.

Phone coverage poor; family to call from the chapter house, [[PHONE:928-697-3318]], or granddaughter's cell [[PHONE:928-429-5527]].
Next visit [[DATE:11/20]]; on-call RN reviewed.
[[NAME:Corinne Sells]], RN
""")


# ----------------------------------------------------------------- radiology

note("radiology-a01", "radiology", """
[[ORG:TRI-RIVERS MEDICAL CENTER]] / RADIOLOGY REPORT
PROCEDURE: NONCONTRAST CT OF THE BRAIN
ACC# [[MRN:CT2503-118204]]     MRN [[MRN:TRM0094172]]
PATIENT: [[NAME:NAKANISHI-FLORES, AIKO]]     DOB [[DATE:1950.07.23]]     SEX F
DATE OF SERVICE: [[DATE:03/15/2025]] 21:47
ORDERING: [[NAME:Brennan Achterhof]], PA-C, Emergency Department

HISTORY: Fall down 6 stairs at home, on apixaban. Headache and vomiting once. GCS 14.
COMPARISON: CT head [[DATE:Nov '23]] from [[ORG:SJRMC]], pushed to our PACS tonight.

FINDINGS:
Crescentic acute subdural collection over the left frontoparietal convexity measuring up to 9 mm, septum pellucidum displaced 4 mm to the right. Thin acute subdural blood along the left tentorium. Small left frontal scalp hematoma without underlying fracture.
No intraparenchymal hemorrhage. Basal cisterns patent. Ventricles stable in size compared with prior.
Chronic small vessel ischemic change in periventricular white matter, similar to prior. Old right cerebellar lacune.
Mastoids and visualized sinuses clear. Bilateral lens replacements.

IMPRESSION:
1. Left frontoparietal acute SDH up to 9 mm; 4 mm of midline shift. Patient is on apixaban.
2. No skull fracture.

Critical result discussed by telephone with [[NAME:Brennan Achterhof]], PA-C, at 21:58 on [[DATE:3/15/2025]]; neurosurgery (Dr. [[NAME:Ochieng Wafula]]) paged by ED.
Reviewed at workstation [[IP:10.140.22.61]].

Electronically signed: [[NAME:Tolulope Adeola]], MD   [[DATE:03/15/2025]] 22:04
""")

note("radiology-a02", "radiology", """
BREAST IMAGING REPORT
[[ORG:Lumen Breast Center]], [[STREET:1820 116th Ave NE, Suite 200]], [[CITY:Bellevue]], [[STATE:WA]] [[ZIP:98004-1172]]

Patient: [[NAME:Ryu Seol-ah]]     MRN: [[MRN:LBC-0067731]]     Accession: [[MRN:MG-25-44019]]
DOB: [[DATE:07/19/1978]]     Exam date: [[DATE:2025-04-02]]
Referring: [[NAME:Hyacinth Brathwaite]], ARNP

EXAM: Bilateral diagnostic mammogram with tomosynthesis; targeted right breast ultrasound.
HISTORY: 46-year-old with a palpable lump in the right breast at 10 o'clock for one month. Bilateral subpectoral silicone implants placed in 2012 in [[CITY:Gwangju]]; implant card lists lot numbers [[DEVICE:SGL-4417829]] (R) and [[DEVICE:SGL-4417836]] (L). Mother diagnosed with breast cancer at 52. Tyrer-Cuzick lifetime risk 17%.

FINDINGS: Heterogeneously dense tissue (C). Implant displaced views obtained. At the site of the palpable marker there is an irregular 14 mm mass with spiculated margins, right breast 10:00, 6 cm from the nipple. No suspicious calcifications. Implants intact without intracapsular or extracapsular rupture signs. Left breast: no suspicious findings.
Ultrasound: irregular hypoechoic mass, 14 x 11 x 12 mm, not parallel, angular margins, posterior shadowing; corresponds to the mammographic mass. Right axilla: one cortically thickened node, 4 mm cortex.

IMPRESSION: Right breast 10:00 mass, highly suspicious. BI-RADS 4C. Abnormal right axillary lymph node.
RECOMMENDATION: US-guided core biopsy of the mass and the node, scheduled for [[DATE:April 9]] with Dr. [[NAME:Ingeborg Thrane]].
Results discussed with the patient in person with a Korean interpreter, [[NAME:Bang Da-som]]; the patient's husband, [[NAME:Marcel Ostrander]], was present.

Interpreted by [[NAME:I. Thrane]], MD     Tech: [[NAME:cfl]]
""")

note("radiology-a03", "radiology", """
MRI PROSTATE WITH AND WITHOUT CONTRAST (multiparametric)
Patient: [[NAME:Munir Abu-Ghazaleh]]     MRN: [[MRN:0083-441-927]]     Acc: [[MRN:MR25-0774193]]
Exam date: [[DATE:June 3, 2025]]
Referring: [[NAME:Colin Gleason]], MD, [[ORG:Foothill Urology Associates]]

CLINICAL: 71-year-old man with PSA 8.9 ng/mL, up from 5.2 in [[DATE:Jan 2024]]. Prior TRUS biopsy in 2023: Gleason score 3+3=6 in 2 of 12 cores, left base. Active surveillance.

TECHNIQUE: 3 T, pelvic phased-array coil. Axial, sagittal and coronal T2, DWI (b 50/800/1500, calculated b 2000), ADC map, DCE. 7.5 mL gadobutrol.

FINDINGS:
Prostate volume 48 mL (PSA density 0.19).
Lesion 1: left posterolateral peripheral zone at mid-gland, 13 mm, markedly hypointense on ADC (ADC 680), markedly hyperintense on high-b DWI, early focal enhancement. Abuts the capsule over 8 mm without frank extraprostatic extension. PI-RADS 4.
Transition zone: BPH nodules, no suspicious lesion.
Seminal vesicles normal. Neurovascular bundles symmetric. No pelvic adenopathy. No suspicious bone lesion.

IMPRESSION:
1. PI-RADS 4 lesion, left mid-gland posterolateral peripheral zone, 13 mm. Targeted biopsy recommended.
2. No extraprostatic extension or nodal disease.

Dr. [[NAME:Gleason]]'s office notified by secure message on [[DATE:6/3]]. The patient requested a copy in Arabic; his daughter, [[NAME:Rawan Abu-Ghazaleh]], will translate for him.

Interpreting radiologist: [[NAME:Hamdan Al-Tamimi]], MD
""", ok=("Gleason score",))

note("radiology-a04", "radiology", """
PORTABLE CHEST, SINGLE AP VIEW
[[ORG:SAINT GERMAIN HOSPITAL OF THE LAKES]]
PATIENT: [[NAME:LEBLANC-KARIUKI, ROLAND P.]]     MRN: [[MRN:SGL 772-0193]]     ACC: [[MRN:CR-2501-88412]]
DOB: [[DATE:14-FEB-1941]]     EXAM: [[DATE:06-JAN-2025]] 05:12     LOCATION: CCU bed 6

INDICATION: 83M with worsening dyspnea overnight; evaluate for edema. Pacemaker.
COMPARISON: [[DATE:03-JAN-2025]] and outside film from [[ORG:Wabash Prairie Clinic]] [[DATE:Sept 2024]].

FINDINGS:
Left chest dual-chamber pacemaker; generator serial per the device card scanned into the chart, [[DEVICE:PWB408873H]]. Leads terminate in the right atrial appendage and right ventricular apex, unchanged in position. No lead fracture seen.
Cardiomegaly, CTR about 0.62. Interval increase in bilateral perihilar haziness with upper-zone vascular redistribution. Kerley B lines at both costophrenic angles. Small bilateral pleural effusions, new on the left. No pneumothorax.
Sternotomy wires intact (CABG 2009). Right IJ central line tip at the cavoatrial junction.
Degenerative change of the thoracic spine; no acute osseous finding.

IMPRESSION:
1. Worsening interstitial and early alveolar edema with small bilateral effusions, consistent with CHF exacerbation.
2. Stable pacemaker and lead position.

Preliminary read given by phone to RN [[NAME:Mackenzie O'Dowd]] at 05:31.
Read remotely by [[NAME:Liesbeth Vandekerckhove]], MD, [[ORG:Meridian Nightread]] (overnight coverage), from [[CITY:Antwerp]]; final report to be co-signed by [[NAME:G. Pasternak]], MD.
""")

note("radiology-a05", "radiology", """
ULTRASOUND ABDOMEN, RIGHT UPPER QUADRANT
[[ORG:Bolsa Chica Imaging]] · [[STREET:15562 Brookhurst St, Ste 4]], [[CITY:Westminster]], [[STATE:California]] [[ZIP:92683]]

Patient: [[NAME:Phạm Ngọc Hương]]     DOB: [[DATE:05/08/1966]]     MRN: [[MRN:BCI-5537720]]
Exam: [[DATE:02/04/2025]]     Accession: [[MRN:US2502-06631]]
Referring: Dr. [[NAME:Võ Minh Khánh]], [[ORG:Mekong Family Clinic]], fax [[PHONE:714-895-3172]]

History: 58F with intermittent RUQ pain after meals since [[DATE:Tết]], worse with fatty food. No fever. ALP 188, bilirubin 1.4. Vietnamese interpreter (son, [[NAME:Đặng Quốc Bảo]]).

Findings:
Liver: 15.8 cm, increased echogenicity with posterior attenuation, consistent with moderate steatosis. No focal lesion. Portal vein patent with hepatopetal flow.
Gallbladder: multiple mobile shadowing stones, largest 17 mm. Wall 2.5 mm, no pericholecystic fluid. Sonographic Murphy sign negative.
Bile ducts: CBD 7.4 mm at the porta hepatis, mildly dilated for age; distal duct obscured by bowel gas.
Pancreas: head and body unremarkable; tail not seen.
Right kidney: 10.9 cm, no hydronephrosis; 1.8 cm simple cortical cyst, Bosniak I.
No free fluid.

Impression:
1. Cholelithiasis without sonographic signs of acute cholecystitis.
2. Mildly dilated common bile duct, 7.4 mm; MRCP suggested given elevated ALP.
3. Hepatic steatosis.

Report faxed and the patient's portal updated; patient asked that results also be sent to her daughter [[NAME:Đặng Thu Trang]] at [[EMAIL:thutrang.dang84@saigonpost.net]] (signed release on file).
Read by: [[NAME:Corwin Ashgrove]], MD   [[DATE:2/4/2025]] 14:37
""")

note("radiology-a06", "radiology", """
[[ORG:Manukau Harbour Radiology]] - X-RAY REPORT
Patient: [[NAME:Hēmi Te Rangi-Pōtae]]     NHI: [[ACCOUNT:ZKR4413]]     DOB: [[DATE:9/1/1994]]
Address: [[STREET:27B Kowhai Street]], [[CITY:Ōtāhuhu]], [[CITY:Auckland]] [[ZIP:1062]]
Date of exam: [[DATE:17/08/2024]]     Accession: [[MRN:MHR24-338150]]
Referrer: Dr [[NAME:Aroha Ngata-Walsh]], [[ORG:Tāmaki Whānau Health]]

Examination: right ankle, three views; right foot, three views.
Clinical notes: rolled ankle playing touch rugby on Saturday, tender over lateral malleolus and base of 5th metatarsal, unable to weight bear four steps.

Findings:
Ankle: oblique fracture of the distal fibula beginning at the level of the syndesmosis, Weber B, minimally displaced (2 mm). Medial clear space 3 mm, not widened; talar dome intact. Ankle mortise congruent. Moderate lateral soft tissue swelling.
Foot: no fracture at the base of the fifth metatarsal. Small accessory os peroneum. Joint spaces preserved.

Impression:
Minimally displaced Weber B fracture of the distal fibula with a congruent mortise. Recommend weight-bearing (stress) views in a moon boot to assess stability, and fracture clinic review.

Copy to the fracture clinic at [[ORG:Kōtuku]]. Patient's preferred contact: [[PHONE:021 048 7713]]; partner [[NAME:Mereana]].
Reported by Dr [[NAME:Sefo Havili]], FRANZCR   [[DATE:17.08.2024]] 16:05
""")

note("radiology-a07", "radiology", """
SKELETAL SURVEY, COMPLETE (infant)
[[ORG:Blue Heron Children's Hospital]] - Pediatric Radiology

Patient: [[NAME:Kinsley Bezold]]     MRN: [[MRN:BHC-9920573]]     Acc: [[MRN:XR25-0407-221]]
DOB: [[DATE:12/01/2024]]     Exam: [[DATE:04/08/2025]]     Age: 4 months
Ordering: [[NAME:Yuridia Fuentes-Krall]], MD, Child Protection Team

History: 4-month-old brought to the ED by her mother, [[NAME:Ciara Bezold]], and mother's boyfriend, [[NAME:Dakota Rusk]], for fussiness and bruising on the left thigh. Reported fall from a couch onto carpet on Sunday.

Technique: ACR-compliant 21-view survey; two additional oblique views of the ribs.

Findings:
Classic metaphyseal lesion (corner fracture) of the distal left femur.
Healing fractures of the posterior left 5th, 6th and 7th ribs with callus, estimated 10 to 21 days old.
Possible subtle classic metaphyseal lesion of the proximal right tibia; follow-up survey in 2 weeks will clarify.
No skull fracture. Sutures normal for age. No periosteal reaction elsewhere. No Salter-Harris injury. Bone mineralization normal; no features of osteogenesis imperfecta or rickets.

Impression: multiple fractures of differing ages including metaphyseal lesions and posterior rib fractures, highly specific for non-accidental injury in this age group. Follow-up skeletal survey recommended in 14 days ([[DATE:April 22]]).

Findings discussed with Dr. [[NAME:Fuentes-Krall]] and social worker [[NAME:Mirthe Broers]] at 15:20. State child-abuse hotline report filed by the team. MRI brain and ophthalmology exam recommended.
The infant's paternal grandmother, [[NAME:Rhonda Bezold]] of [[CITY:Ottumwa]], [[STATE:Iowa]], has asked to be told of any placement decisions ([[PHONE:641-682-3391]]).

Radiologist: [[NAME:Joost Goedhart]], MD   [[DATE:4/8/2025]]
""")

note("radiology-a08", "radiology", """
CT ABDOMEN WITH AND WITHOUT CONTRAST - ADRENAL PROTOCOL
[[ORG:Kona Lava Coast Hospital]], [[CITY:Kealakekua]], [[STATE:Hawaii]]

Patient: [[NAME:Addison Palakiko]]     MRN: [[MRN:KLC-317720]]     DOB: [[DATE:1990-10-06]]
Exam: [[DATE:11MAR2025]]     Acc: [[MRN:CT25031-1447]]
Ordering: [[NAME:Pualani Akana]], MD (Endocrinology)

Clinical: 34-year-old woman with fatigue, weight loss, salt craving, hyperpigmentation of the palmar creases and gums. Na 128, K 5.6, AM cortisol 2.1, ACTH 640. Evaluate for Addison's disease (primary adrenal insufficiency): autoimmune versus hemorrhage, TB or metastatic infiltration.
Comparison: outside CT from [[ORG:Puna Makai Imaging]], [[DATE:02/2025]].

Findings:
Adrenal glands: both small and atrophic (left limb thickness 2 mm, right 2 mm). No mass, hemorrhage or calcification. Pre-contrast attenuation unremarkable.
No retroperitoneal or mesenteric lymphadenopathy. Lung bases clear; no cavitary lesion or calcified granuloma.
Liver, spleen, pancreas and kidneys normal. Small physiologic free fluid in the pelvis.

Impression: small atrophic adrenal glands without calcification, favoring autoimmune adrenalitis over tuberculosis or infiltrative disease. No adrenal hemorrhage.

Images and report shared with the ordering endocrinologist and, at the patient's request, with her cardiologist in [[CITY:Honolulu]] through [[URL:https://share.punamakai-imaging.net/s/R7Q2XK]]; link expires [[DATE:April 10]]. Upload logged from [[IP:203.0.113.58]].

Read by [[NAME:Kawika Mahoe]], MD
""", ok=("Addison's disease",))

note("radiology-a09", "radiology", """
INTERVENTIONAL RADIOLOGY PROCEDURE REPORT
[[ORG:Wascana Heights Hospital]], [[CITY:Regina]], [[STATE:Saskatchewan]]

Patient: [[NAME:Dorian Kakakaway]]     Chart: [[MRN:WHH-00418872]]     HSN: [[ACCOUNT:904 418 273]]
DOB: [[DATE:March 30, 1969]]     Procedure date: [[DATE:Oct. 21, 2024]]
Operator: [[NAME:Émilie Gauthier-Sinclair]], MD, FRCPC     Assistant: [[NAME:Tyson Bellegarde]], RT(R)

Procedure: inferior vena cava filter insertion (retrievable), right internal jugular approach, with cavogram.
Indication: acute bilateral segmental PE and left femoral-popliteal DVT diagnosed [[DATE:Oct 19]], with upper GI bleed (Forrest IIa duodenal ulcer) making anticoagulation unsafe.
Consent: obtained from the patient after discussion in English; his sister [[NAME:Winnifred Kakakaway]] present. Time-out completed.

Technique: ultrasound-guided micropuncture access of the right IJ vein. Cavogram through a 5 Fr pigtail showed one cava on the right, measuring 21 mm across, without duplication or a circumaortic left renal vein; renal veins enter at L1. Filter deployed with its apex at the level of the lowest renal vein. Filter lot [[DEVICE:GTF-2408-11736]], sticker placed in the chart. Completion cavogram: good position, no tilt. Hemostasis with manual pressure. Fluoro time 3.2 min; 24 mL iohexol.

Complications: none. Sedation: midazolam 1 mg, fentanyl 50 mcg.

Impression: successful infrarenal retrievable IVC filter placement.
Plan: start anticoagulation as soon as GI clears it; filter retrieval in 6 to 8 weeks. IR nurse [[NAME:Mandeep Sidhu-Larocque]] will book the retrieval and call the patient at [[PHONE:306-766-4129]] or his home on [[STREET:Box 118, Okanese Road]] near [[CITY:Balcarres]], [[STATE:SK]] [[ZIP:S0G 0C0]].
""")

note("radiology-a10", "radiology", """
ULTRASONIDO OBSTÉTRICO / OBSTETRIC ULTRASOUND
[[ORG:Centro de Diagnóstico Los Altos]], [[STREET:4a Calle 12-31, Zona 3]], [[CITY:Quetzaltenango]], Guatemala · Tel. [[PHONE:+502 7761 4408]]

Paciente: [[NAME:Ixchel Tzul Batz]]     DPI: [[SSN:2917 44810 0901]]     Expediente: [[MRN:CDLA-25-03318]]
Fecha del estudio: [[DATE:12/05/2025]]     FUR (LMP): [[DATE:10 de enero de 2025]]
Edad: 19 años. G1P0. Referida por: [[ORG:Puesto de Salud Chuicavioc]]

Indicación: control prenatal, datación y anatomía temprana. Translation of the Spanish report follows.

Findings: single live intrauterine fetus, cephalic. Fetal heart rate 152 bpm, regular.
Biometry: BPD 37 mm, HC 136 mm, AC 112 mm, FL 23 mm; average 17 weeks 2 days, concordant with the LMP. Estimated weight 190 g.
Anatomy (limited at this age): stomach, bladder and both kidneys seen; four-chamber heart view normal; spine intact on sagittal view. Nasal bone present; nuchal fold 4 mm. No echogenic intracardiac focus. No soft markers for Down syndrome seen, although screening at this age is limited.
Placenta posterior, grade 0, clear of the internal os. Amniotic fluid normal (deepest pocket 4.6 cm). Cervical length 38 mm.

Impression: single live pregnancy, 17w2d by biometry. FPP (EDD): [[DATE:17/10/2025]]. Recommend detailed anatomy scan at 20 to 22 weeks.

Patient travels from [[CITY:Cantel]] to [[CITY:Xela]] by bus; partner [[NAME:Ubaldo Ajanel]] accompanied her. K'iche' interpreter: the community midwife, Doña [[NAME:Petrona Ixcot]].

Médico: Dr. [[NAME:Rigoberto Ajpop Cux]], ginecólogo y obstetra, colegiado [[LICENSE:14882]]
""")


# ------------------------------------------------------------------ referral

note("referral-a01", "referral", """
[[ORG:Vaigai Heart & Diabetes Centre]]
[[STREET:27/4 Anna Nagar 3rd Cross]], [[CITY:Madurai]] [[ZIP:625020]], India
Ph: [[PHONE:+91 452 258 4417]]   Email: [[EMAIL:opd.vaigaiheart@indmail.co.in]]

Date: [[DATE:02-06-2025]]

To: Dr. [[NAME:Revathi Chelliah]], Internal Medicine, [[ORG:Collin Creek Primary Care]], [[CITY:Plano]], [[STATE:Texas]]

Dear Doctor,

Re: Mr. [[NAME:Thirunavukkarasu Palaniappan]] ("[[NAME:Thiru]]"), age 72, DOB [[DATE:14/04/1953]], Aadhaar [[SSN:4417 2093 8861]]

Mr. [[NAME:Palaniappan]] has been under my care since 2014. He is moving on [[DATE:20 June 2025]] to live with his son, [[NAME:Vignesh Thirunavukkarasu]], at [[STREET:6120 Brushy Creek Ln]], [[CITY:Plano]], [[STATE:TX]] [[ZIP:75093]] (mobile [[PHONE:+1 469 302 7718]]). Kindly accept him for continuing care.

Diagnoses:
1. CAD: inferior wall MI 2019, PCI with one drug-eluting stent to RCA. Echo [[DATE:March 2025]]: EF 50%, inferior hypokinesia.
2. Type 2 diabetes for 20 years; HbA1c 7.8% ([[DATE:May 2025]]). Mild non-proliferative retinopathy.
3. CKD stage 3a, creatinine 1.4, eGFR 52.
4. Hypertension.

Medicines: aspirin 75 mg, atorvastatin 40 mg, metoprolol XL 50 mg, telmisartan 40 mg, metformin 500 mg BD, glimepiride 1 mg, isosorbide mononitrate 30 mg.
Allergy: sulfonamides (rash).

He walks 2 km daily in the temple street without angina. He speaks Tamil and limited English; his daughter-in-law, [[NAME:Anbarasi]], will accompany him to visits.

Please contact me at any time for records.

Yours sincerely,
Dr. [[NAME:S. Thenmozhi]], MD, DM (Cardiology)
TNMC Reg. No. [[LICENSE:77214]]
""")

note("referral-a02", "referral", """
REFERRAL / CONSULT REQUEST - CARDIOLOGY
From: [[ORG:Pawnee Creek Family Medicine]], [[STREET:900 E Choctaw Ave, Ste B]], [[CITY:Chickasha]], [[STATE:OK]] [[ZIP:73018]]
Phone [[PHONE:405-224-7730]]     Fax [[PHONE:405-224-7781]]
Referring: [[NAME:Mackenzie Ahtone]], DO     NPI [[LICENSE:1753894009]]     DEA [[LICENSE:FA4749442]]
To: [[ORG:Red Earth Heart & Vascular]], Dr. [[NAME:Emeric Sandvik]]

Date: [[DATE:01/13/2025]]     Priority: urgent (within 2 weeks)

Patient: [[NAME:Wynema Tsotigh]]     DOB [[DATE:08/02/1960]]     Chart [[MRN:PCF-04417]]
Insurance: [[ORG:Chisholm Trail Health Plan]] member ID [[ACCOUNT:CTH8820471609]], group [[ACCOUNT:G-77310]]; prior auth [[ACCOUNT:PA-25-0448172]] approved [[DATE:1/10/25]].
Home: [[STREET:Rt 2 Box 47]], [[CITY:Anadarko]], [[STATE:OK]] [[ZIP:73005]]. Cell [[PHONE:405-247-6093]].

Reason: 64F with exertional chest pressure for 6 weeks, relieved by rest. Exercise treadmill test on [[DATE:1/9]] (Bruce protocol): 4.5 METs, stopped for chest pressure, horizontal ST depressions of 2 mm inferiorly and in V4-V6.
PMH: T2DM (A1c 8.3), HTN, hyperlipidemia, former smoker (quit 2015). Family history: brother had MI at 55.
Meds started: aspirin 81 mg, metoprolol tartrate 25 mg BID, atorvastatin 80 mg, SL nitroglycerin.
Social: Kiowa, retired school cook at [[ORG:Washita River Academy]], lives with her husband [[NAME:Elgin Tsotigh]] and granddaughter.

Please evaluate for coronary angiography. Records and ECGs faxed. Patient prefers morning appointments because her husband drives her the 40 miles.

Thank you,
[[NAME:M. Ahtone]], DO
""")

note("referral-a03", "referral", """
SLEEP MEDICINE REFERRAL
[[ORG:Flint Hills Occupational Clinic]] -> [[ORG:Konza Sleep Center]]
Date: [[DATE:March 4, 2025]]

Patient: [[NAME:Clay Burkhalter]], 52M     DOB [[DATE:7/17/1972]]     MRN [[MRN:FHO-339018]]
Phone [[PHONE:(620) 341-9084]]     Email [[EMAIL:clayb.trucking@prairiewire.net]]
Employer: over-the-road driver for [[ORG:Bluestem Haulers]], [[CITY:Emporia]], [[STATE:KS]]
CDL: [[STATE:Kansas]] [[LICENSE:K04-88-1937]]; DOT medical certificate expires [[DATE:8/31/2025]], currently limited to a 3-month card pending sleep study.

Reason for referral: suspected severe obstructive sleep apnea with a safety-critical job. On [[DATE:2/26]] he drifted onto the interstate shoulder south of [[CITY:Ottawa]], [[STATE:KS]]; lane-departure alarm woke him. Tractor VIN [[VEHICLE:3AKJHHDR7LX909960]], per the company's incident report; no injuries.

Epworth 16/24. STOP-BANG 7/8. Neck 19 inches, BMI 41. Wife [[NAME:Marcy]] reports loud snoring and witnessed apneas for years. BP 152/96 on lisinopril.
He had a diagnostic study in 2016 at a clinic in [[CITY:Salina]] (AHI 38) and used CPAP S/N [[DEVICE:SRM-2216-07734]] for about one year; machine since lost in a house move.

Requested: split-night PSG at the earliest slot; if AHI confirms, auto-PAP with modem so his compliance data can be released to the company's medical examiner, Dr. [[NAME:Garrett Pflughoeft]].
Patient agrees to release of compliance data only, not full records.

Please fax results to [[PHONE:620-343-7712]].
[[NAME:Ainsley Quakenbush]], PA-C
""")

note("referral-a04", "referral", """
REFERRAL - PEDIATRIC CARDIOLOGY
From: [[ORG:Barren River Newcomer Clinic]], [[STREET:310 Old Morgantown Rd, Suite 6]], [[CITY:Bowling Green]], [[STATE:KY]] [[ZIP:42101]]
Tel [[PHONE:270-843-5196]]     Fax [[PHONE:270-843-5199]]
Date: [[DATE:May 6, 2025]]

Patient: [[NAME:Furaha Byamungu]], 7 y/o F     DOB [[DATE:2017-11-03]] (per I-94)     Clinic # [[MRN:BRN-2025-0418]]
A-number: [[SSN:A218-447-903]]     [[STATE:Kentucky]] Medicaid ID: [[ACCOUNT:KY7730194462]]

Family arrived in the US on [[DATE:March 18, 2025]] after nine years in [[CITY:Nyarugusu]] refugee camp, Tanzania; originally from [[CITY:Uvira]], DRC. Languages: Kiswahili and Kibembe. Parents: mother [[NAME:Espérance Nabintu]], father [[NAME:Faustin Byamungu]]. Father works nights at [[ORG:Hollister Poultry]].

Reason for referral: grade 3/6 holosystolic murmur at the apex radiating to the axilla, found at the domestic refugee health screen. History of "joint fevers" in the camp at age 5 treated with injections; no records. ASO elevated (640). ESR 28, CRP normal. ECG: PR 190 ms, LAE.
Concern: rheumatic heart disease with mitral regurgitation. Please evaluate with echocardiogram and advise about secondary prophylaxis (benzathine penicillin).

Other screening: TB IGRA negative. Hgb 10.9, ferritin 9, started iron. Stool O&P: Giardia, treated. Vaccines caught up [[DATE:4/22]].

Resettlement caseworker: [[NAME:Zawadi Kabwe]], [[ORG:Gateway Welcome Partners]], [[PHONE:270-715-4022]], [[EMAIL:zkabwe@gatewaywelcome.org]]; she arranges transport and a Kiswahili interpreter.
Home: [[STREET:1218 Magnolia Ridge Ct, Apt 4]], [[CITY:Bowling Green]], [[STATE:KY]] [[ZIP:42104]]. Father's cell [[PHONE:270-392-8816]].

Thank you for seeing her.
[[NAME:Tamsyn Underhill-Obi]], MD, Refugee Health
""")

note("referral-a05", "referral", """
[[ORG:Crookesmoor Medical Practice]]
[[STREET:44 Tapton Hill Road]], [[CITY:Sheffield]] [[ZIP:S10 5GN]]
Tel: [[PHONE:0114 496 0721]]     Secure email: [[EMAIL:crookesmoor.referrals@nhsmail.example.uk]]

[[DATE:19 May 2025]]

Urgent suspected cancer referral (lower GI) - Colorectal Surgery, [[ORG:Hallamvale Teaching Hospitals]]

Dear Colleague,

Re: Ms [[NAME:Bronwen Adesuyi]]     DOB [[DATE:03.11.1979]]     NHS number [[ACCOUNT:351 973 3188]]
Address: [[STREET:Flat 2, 19 Steel Bank Terrace]], [[CITY:Walkley]], [[CITY:Sheffield]] [[ZIP:S6 2PT]]
Mobile [[PHONE:07700 900742]] (happy to receive texts); works shifts as a porter at [[ORG:Loxley Forge Ales]], so prefers morning appointments.

I would be grateful if you would see this 45-year-old woman with six weeks of change in bowel habit to looser stools, intermittent dark red blood mixed with stool, and unintentional weight loss of 5 kg. FIT 212 µg Hb/g on [[DATE:12/05/2025]]. Hb 104 g/L, ferritin 8.

Family history is the main reason for concern: her father, [[NAME:Olufemi Adesuyi]], died of bowel cancer aged 51 in [[CITY:Abeokuta]], and her paternal aunt had endometrial cancer at 48. Lynch syndrome has never been tested in the family; please consider genetics referral.
Examination: mild pallor, abdomen soft, no mass; PR not tolerated.
Past history: asthma; Barrett's oesophagus on surveillance since 2021 (no dysplasia).
Medication: omeprazole 20 mg, salbutamol inhaler. Started ferrous fumarate.
She is aware this is an urgent suspected cancer referral and wishes her sister [[NAME:Morenike]] to be told of appointments if she cannot be reached.

Yours sincerely,
Dr [[NAME:Imran Saleemi]]     GMC [[LICENSE:6120947]]
""")

note("referral-a06", "referral", """
[[ORG:Clínica Las Palmas del Poblado]] - Hepatología y Trasplante
[[CITY:Medellín]], [[DATE:28 de abril de 2025]]

Señores
[[ORG:Bayshore Transplant Institute]], [[CITY:Coral Gables]], [[STATE:FL]]
Attn: Dr. [[NAME:Claudio Montes de Oca]], Liver Transplant Evaluation

Ref.: paciente [[NAME:Luz Dary Restrepo Ossa]], CC [[SSN:43.871.226]], fecha de nacimiento [[DATE:23/07/1968]], historia clínica [[MRN:CLP-0998127]]

Dear Dr. [[NAME:Montes de Oca]]:

I am referring Mrs. [[NAME:Restrepo]], 56, for liver transplant evaluation. From [[DATE:May 15]] she will stay with her sister, [[NAME:Marleny Restrepo Ossa]], at [[STREET:11820 SW 107th Terr]], [[CITY:Kendall]], [[STATE:Florida]] [[ZIP:33176]]; the family will pay privately while US insurance through the sister's employer, [[ORG:Tamiami Citrus Packers]], is arranged.

Diagnosis: autoimmune hepatitis type 1 (ANA 1:640, IgG 2,900 mg/dL, biopsy 2017) progressing to decompensated cirrhosis despite azathioprine and budesonide. Child-Pugh C (11), MELD-Na 24. Refractory ascites needing paracentesis every 2 weeks; one episode of hepatic encephalopathy, West Haven grade 2, in [[DATE:February]]. Esophageal varices grade II, banded x3. No hepatocellular carcinoma on MRI [[DATE:04/04/2025]].

Current treatment: prednisolone 10 mg, spironolactone 100 mg, furosemide 40 mg, propranolol 20 mg BID, lactulose, rifaximin.
Support: husband [[NAME:Hernán Zuluaga]] and son [[NAME:Juan Camilo Zuluaga Restrepo]] ([[PHONE:+57 310 448 2917]], [[EMAIL:jczuluaga.r@correoandino.co]]) will accompany her. Her insurer here, [[ORG:Salud Antioqueña EPS]], has authorised release of records.

Atentamente,
Dr. [[NAME:Juan Esteban Mejía Arango]], Hepatólogo
Registro médico [[LICENSE:05-2291-08]]     Tel. [[PHONE:+57 604 448 3310]]
""")

note("referral-a07", "referral", """
WORKERS' COMPENSATION REFERRAL - PHYSICAL MEDICINE & REHABILITATION
From: [[ORG:Ozark Gateway Occupational Health]]     To: Dr. [[NAME:Leandra Voskuijlen]], PM&R, [[ORG:Four State Spine]]
Date of referral: [[DATE:02/11/2025]]

Claimant: [[NAME:Rodney Grubb]]     DOB [[DATE:10/05/1986]]     SSN (last 4) [[SSN:7719]]
Employer: [[ORG:Quarrington]] (distribution warehouse), [[STREET:2600 Prosperity Dr]], [[CITY:Joplin]], [[STATE:Missouri]] [[ZIP:64804]]
Shift lead: [[NAME:Dusty Pardee]]
Carrier: [[ORG:TCIC]]     Claim # [[ACCOUNT:TC-25-0071942]]     Authorization # [[ACCOUNT:AU-880417]]
Adjuster: [[NAME:Shelby Mertz]], [[PHONE:(417) 206-8830 ext. 114]], [[EMAIL:smertz@tcic-claims.com]]

Date of injury: [[DATE:01/22/2025]]. Lifting a 60-lb tote from a low shelf, felt a pop in the low back with pain down the left leg to the foot.
Findings: positive straight leg raise on the left at 35 degrees, decreased left ankle reflex, EHL 4/5 on the left, numbness lateral foot. Waddell signs 0/5. MRI [[DATE:2/3/25]] at [[ORG:Spring River Open MRI]]: L5-S1 left paracentral disc extrusion contacting the S1 root.
Treatment so far: naproxen, methylprednisolone taper, 6 sessions of PT (no improvement). Off work since [[DATE:1/23]]; modified duty not available at his site.

Requested: evaluate for lumbar epidural steroid injection and return-to-work planning. He runs a forklift in a dusty warehouse, holds a [[STATE:Missouri]] Class F driver license [[LICENSE:K118740291]], and drives 40 miles each way; he asks when he can safely drive again.
Please send notes to the adjuster and to me.

[[NAME:Coretta Lynch]], MD, occupational medicine
""")

note("referral-a08", "referral", """
SCHOOL-BASED HEALTH CENTER REFERRAL - ADOLESCENT BEHAVIORAL HEALTH
From: school-based health center at [[ORG:Juniper Flats]] (grades 6-12)
To: [[ORG:Tallgrass Youth Counseling]], intake coordinator [[NAME:Perpetua Agyekum-Strand]]
Date: [[DATE:Oct 2, 2024]]

Student: [[NAME:River Amundsen]] (uses they/them), age 15, grade 10     DOB [[DATE:3/3/2009]]     Student ID [[MRN:JF-0991273]]
Guardian: grandmother [[NAME:Sigrid Amundsen-Haug]], [[PHONE:785-456-3390]], [[EMAIL:grandma.siggy@kawvalleymail.net]]
Address: [[STREET:RR 3 Box 210]], [[CITY:Wamego]], [[STATE:KS]] [[ZIP:66547]]
Insurance: KanCare member [[ACCOUNT:KC0044178203]]

Reason: PHQ-A 19 with passive suicidal ideation (item 9 = 1), no plan, no prior attempts. Safety plan completed today with the student and grandmother; firearms in the home locked at the neighbour's farm per grandmother.
Background: [[NAME:River]] moved here from [[CITY:Lawrence]] after mom entered treatment last spring; dad not involved. Grades dropped from A/B to D/F since [[DATE:August]]. Bullied online; screenshots given to the assistant principal, Mr. [[NAME:Thaddeus Kroeker]]. Sleeping 4-5 h, skipping lunch. Enjoys art and walking along the river with their dog.
Counselor [[NAME:jbw]] has seen the student weekly since [[DATE:9/9]].

Requested: intake within 7 days; therapy (CBT/DBT-informed) and psychiatric evaluation. Telehealth from the school nurse office is fine: join link from our side is [[URL:https://sbhc.juniperflats.k12.ks.us/tele/room4]].
Crisis plan: 988, county crisis line, or ED at [[ORG:Pottawatomie Memorial]].

Signed: [[NAME:Marguerita Oyelade]], APRN, PMHNP-BC     [[DATE:10/02/2024]]
""")

note("referral-a09", "referral", """
OFF-ISLAND REFERRAL / MEDICAL TRANSFER REQUEST
From: [[ORG:Marianas Sunrise Medical Center]], [[STREET:1209 Marine Corps Dr, Ste 3]], [[CITY:Tamuning]], [[STATE:GU]] [[ZIP:96913]]
To: Cardiothoracic Surgery, [[ORG:Makapuʻu Heart Institute]], [[CITY:Honolulu]]
Date: [[DATE:07/22/2024]]

Patient: [[NAME:Joaquin Aguon Taimanglo]]     DOB [[DATE:11/09/1958]]     MRN [[MRN:MSM-0077162]]
Coverage: [[ORG:Latte Stone Health Plan]], member [[ACCOUNT:LSH-228-041-77]], off-island authorization [[ACCOUNT:OIA-24-3391]]
Home: [[STREET:Lot 12, Chalan Pale Duenas]], [[CITY:Yigo]], [[STATE:GU]] [[ZIP:96929]]     Cell [[PHONE:671-653-4480]]

Summary: 65M Chamorro, retired crane operator at [[ORG:Cabras Island Stevedoring]], with severe symptomatic aortic stenosis (AVA 0.7 cm2, mean gradient 48 mmHg, Vmax 4.6 m/s) and three-vessel CAD on cath [[DATE:7/15]] (LM 50%, LAD 80%, RCA 90%). STS risk 2.8%. Heart team here recommends surgical AVR plus CABG, which is not available on island.
Comorbidities: T2DM (A1c 7.2), CKD 2, treated hepatitis B. Ex-smoker. Lives with wife [[NAME:Rosalinda "Linda" Taimanglo]] and their grandson [[NAME:Keanu]].
Betelnut chewing in youth; dental clearance done [[DATE:7/19]] by Dr. [[NAME:Benedicto Palomo]].

Travel: direct commercial flight with a nurse escort and in-flight oxygen requested. Wife will accompany; their daughter [[NAME:Francine Taimanglo-Leon Guerrero]] lives in [[CITY:Pearl City]] and can host them ([[PHONE:808-455-7261]]).

Images: echo and cath uploaded to [[URL:https://xfer.msmc-guam.org/case/77162]]; access code by phone.
Referring: [[NAME:Vicente Tenorio San Nicolas]], MD, Cardiology     NPI [[LICENSE:2280200645]]
""")

note("referral-a10", "referral", """
REFERRAL - PEDIATRIC GENETICS AND DEVELOPMENTAL PEDIATRICS
From: [[ORG:Great Falls Pediatrics]], [[STREET:218 Market St, 2nd Floor]], [[CITY:Paterson]], [[STATE:NJ]] [[ZIP:07505]]
Phone [[PHONE:973-684-2270]]     Fax [[PHONE:973-684-2279]]
To: [[ORG:Garden Valley Children's Genetics]]
Date: [[DATE:January 27, 2025]]

Patient: [[NAME:Yazan Abu-Samra]]     DOB [[DATE:2024-10-12]]     Age 3 months     MRN [[MRN:GFP-118207]]
Parents: [[NAME:Shadi Abu-Samra]] and [[NAME:Ruba Haddadin]]; Arabic-speaking, father fluent in English. Mother's cell [[PHONE:862-305-7718]].
[[STATE:NJ]] FamilyCare ID [[ACCOUNT:NJF-7720418836]]

Reason: Down syndrome (free trisomy 21, 47,XY,+21 on postnatal karyotype [[DATE:10/14/2024]]). Born at 38 weeks at [[ORG:Passaic Valley Women's Hospital]], 2,950 g, Apgar 8 and 9. Echo at birth: small secundum ASD, no AVSD; cardiology (Dr. [[NAME:Eitan Rosenzweig]]) follows. Newborn TSH normal. Passed hearing screen on the right only; ABR scheduled.
Feeding: slow bottle feeding with mild hypotonia, weight gain 22 g/day, follows the 10th centile on the Down syndrome growth chart.
Family: first child. Mother's parents live in [[CITY:Zarqa]], Jordan, and visit for three months from [[DATE:February 10]]. Maternal grandmother is a retired nurse and very involved. Parents asked about recurrence risk and about connecting with other families; I gave them the parent group at [[ORG:Al-Amal Family Network]].
Also referred to early intervention (service coordinator [[NAME:Noor Shubaki-Feeney]], [[EMAIL:nsfeeney@njei-passaic.org]]).

Requested: genetic counselling for parents, developmental evaluation, and guidance on the health-supervision schedule for children with Down syndrome (thyroid, CBC, ophthalmology, atlanto-axial questions).
Father works as a pharmacist at [[ORG:Cedar Cliff Apothecary]] and prefers afternoon appointments. Family address: [[STREET:57 Ellison St, Apt 3R]], [[CITY:Paterson]], [[STATE:NJ]] [[ZIP:07501]].

[[NAME:Hala Nassar-Whitmore]], MD, FAAP
""")


# ----------------------------------------------------------------- telephone

note("telephone-a01", "telephone", """
TELEPHONE ENCOUNTER - PATIENT PORTAL / ACCOUNT SECURITY
[[DATE:2025-02-18]] 09:42     Call taken by: [[NAME:Priscila Vantongeren]], patient access
Caller: [[NAME:Augustine Okonedo-Hale]] (patient)     MRN [[MRN:RFH-5092274]]     DOB [[DATE:5/30/1967]]
Callback [[PHONE:(503) 691-2287]]

Pt locked out of the portal after five failed logins. Identity verified with DOB and home address ([[STREET:3318 SE Tolman St]], [[CITY:Milwaukie]], [[STATE:OR]] [[ZIP:97222-4410]]).
Audit log reviewed with IT (spoke with [[NAME:Dariel]] on the help desk): failed attempts on [[DATE:2/17]] came from [[IP:192.0.2.147]] and from an IPv6 address, [[IP:2001:db8:7c1e:40::2b]], neither of which the patient recognizes; his usual logins are from home. He says his ex-partner, [[NAME:Mirela Sandu-Yusupova]], knew his old password.
Actions: password reset, two-step verification turned on with text to the callback number, proxy access for [[NAME:Mirela]] removed (it had been granted in 2022). New sign-in link sent to his e-mail on file, [[EMAIL:a.okonedohale@fernpost.net]]; he confirmed receipt while on the phone. He was told the portal address is [[URL:https://mychart.rosefieldhealth.org/login]] and not to use links from texts.
Pt asked that his lab results from [[DATE:Feb 10]] not be visible to anyone else; confirmed no other proxies.
Privacy officer [[NAME:Fenwick Oduro]] notified by secure message for possible breach review. Pt given the privacy office number, [[PHONE:503-413-8870]].

[[NAME:P. Vantongeren]]
""")

note("telephone-a02", "telephone", """
PHONE NOTE - PHARMACY CALLBACK
[[DATE:11/04/2024]] 16:05
Caller: [[NAME:Royal Fairley]], PharmD, [[ORG:bellcrest drug]] #12, [[PHONE:330-684-2219]] (fax [[PHONE:330-684-2297]])
Re: [[NAME:Henrietta Voorhies]]     DOB [[DATE:09/26/1948]]     MRN [[MRN:SRM-2073316]]

Pharmacist calling about the oxycodone/acetaminophen 5/325 script written [[DATE:11/1]] by Dr. [[NAME:Anirban Bhattacharjee]]. The DEA number on the e-script, [[LICENSE:BB5449295]], does not match the prescriber on their file; he wanted to confirm before filling. I confirmed with Dr. [[NAME:Bhattacharjee]], who was in clinic: his DEA is correct as written and his NPI is [[LICENSE:1463161129]]; the mismatch is from his old practice address in [[CITY:Canton]] still on the pharmacy's record. Pharmacist updated the record.
Also: patient's insurer ([[ORG:Buckeye Harvest Health]], member [[ACCOUNT:BHH-60019283-01]]) rejected the quantity (#42). Pharmacist will fill #28 today; prior auth for the rest submitted by our nurse, [[NAME:Delphina Rooks]], ref [[ACCOUNT:PA7741182]].
Pt's daughter [[NAME:Gwyneth]] will pick up after 5 pm; pharmacy will check her ID. Pharmacist reminded of the naloxone co-prescription; it is in the same order.
The pharmacist mentioned the patient takes royal jelly capsules; no interaction of concern.

Routed to Dr. [[NAME:Bhattacharjee]] FYI.
-[[NAME:lrn]], LPN
""")

note("telephone-a03", "telephone", """
AFTER-HOURS CALL LOG - [[ORG:Laurel Mountain Family Practice]]
Sat [[DATE:06/14/2025]] 22:18     On call: Dr. [[NAME:Rosamund "Roz" Pritchett-Ohara]]
Caller: daughter, [[NAME:Dorinda Ann Skiles]], [[PHONE:724-238-6615]]
Patient: [[NAME:Orville "Buck" Skiles]]     DOB [[DATE:2/11/1934]]     Age [[AGE:91]]

Daughter reports her father ("[[NAME:Buck]]") slid out of his recliner at about 21:45 and she cannot get him up. He is alert, talking, and says nothing hurts except "my pride." No head strike per daughter. On warfarin for AF. He is a big man and she is alone.
Advised: do not lift him; call 911 for a lift assist and evaluation given warfarin and age. She agreed. Gave her the address to confirm for dispatch: [[STREET:1142 Firehouse Rd]], [[CITY:Ligonier]], [[STATE:PA]] [[ZIP:15658]]. Gravel driveway is blocked by his truck ([[STATE:PA]] plate [[VEHICLE:ZKR-8831]]), so EMS should park at the road.
22:41 daughter called back: EMS from [[ORG:Loyalhanna Valley Ambulance]] on scene, vitals normal, no injury; he declined transport and has signed a refusal. EMS crew chief [[NAME:Dwight Hoburg]] spoke with me; agree he can stay home tonight with daughter.
He also slid to the floor last Tuesday without injury. Plan: office visit Monday for fall review; daughter will call if headache, vomiting or confusion. She asked about a handicap placard for his truck; VIN on the form she has is [[VEHICLE:1GNSKCKD2KH186091]] - told her to bring the form Monday.

[[NAME:R. Pritchett-Ohara]], MD
""")

note("telephone-a04", "telephone", """
TELEPHONE TRIAGE - INTERNAL MEDICINE
[[DATE:01/31/2025]] 10:12     RN: [[NAME:Hanh Lieu-Gallagher]]
Caller: son [[NAME:Tô Đức Lộc]], for his mother [[NAME:Lương Bích Ngân]]     DOB [[DATE:03-12-1951]]     MRN [[MRN:LMC-7733019]]
Callback [[PHONE:(408) 926-3370]]     Vietnamese (RN speaks Vietnamese; no interpreter needed)

Son says his mother has had a cough and fever to 38.6 since the family gathering for [[DATE:Tết]] on [[DATE:Jan 29]]; several relatives visiting from [[CITY:Cần Thơ]] were sick. Today more short of breath walking to the bathroom. Home pulse oximeter 91-92%. Drinking fluids. No chest pain. History: COPD, T2DM, on metformin and tiotropium.
Home COVID test negative this morning; flu test not done.
Disposition: same-day visit; son will bring her to urgent care at [[ORG:Evergreen Valley Urgent Care]] by 1 pm, or the ED if sats below 90% or confusion. Son verbalized understanding.
He asked whether his aunt, [[NAME:Lương Ngọc Diệp]], who is visiting and also coughing, can be seen; advised that she needs her own visit and gave the number of the community clinic, [[ORG:Tâm An Health Center]], [[PHONE:408-274-8815]].
Updated address in the chart: [[STREET:2240 Piedmont Hills Rd, Unit 14]], [[CITY:Milpitas]], [[STATE:CA]] [[ZIP:95035]].
Routed to Dr. [[NAME:Nikhil Varghese]] for oseltamivir consideration.

[[NAME:H. Lieu-Gallagher]], RN
""")

note("telephone-a05", "telephone", """
PHONE NOTE - INSURANCE / BILLING (infusion center financial counselor)
[[DATE:March 18, 2025]]  13:20-13:58

Called [[ORG:Bluewing Medicare Advantage]] provider line, [[PHONE:1-866-402-7719]], about the denied claim for pt [[NAME:Theodore "Teddy" Amaro-Kasprzak]], DOB [[DATE:12/22/1944]], MBI [[ACCOUNT:9XV6-MN7-AD66]], plan member ID [[ACCOUNT:CCM447102938]].
Spoke with rep [[NAME:Harmony]], call reference [[ACCOUNT:CR-20250318-06612]].
Claim [[ACCOUNT:2025-071-448190]] for the [[DATE:2/20]] infusion (CPT 96413, J9271 pembrolizumab, Keytruda) denied "no authorization on file." Our records show auth [[ACCOUNT:AUTH-CC-994107]] approved [[DATE:1/28/25]] through [[DATE:7/27/25]]. Rep confirmed the authorization exists but was linked to the wrong rendering NPI (the hospital's instead of the ordering oncologist, Dr. [[NAME:Wiktoria Szczęsna]], NPI [[LICENSE:1378604122]]). She corrected it and sent the claim for reprocessing; 10-14 business days.
Also asked about the pt's out-of-pocket maximum: met for 2025 as of [[DATE:3/4]].
Pt's wife, [[NAME:Liliane-Aimée Kasprzak]], is the financial contact (on file, HIPAA release signed [[DATE:01/06/2025]]); left her a message at [[PHONE:(262) 574-3318]] that no payment is due while this is reprocessed. Statement sent to [[STREET:W229 N1450 Westwind Dr]], [[CITY:Waukesha]], [[STATE:WI]] [[ZIP:53186]], should be ignored.
Follow-up call set for [[DATE:April 1]].

[[NAME:Ifunanya Obiekwe]], financial counselor
""", ok=("CPT 96413",))

note("telephone-a06", "telephone", """
TELEPHONE NOTE - DIABETES TECHNOLOGY SUPPORT
[[DATE:08/09/2024]] 19:30     Educator on call: [[NAME:Maren Eikrem]], RN, CDCES
Caller: mother, [[NAME:Summer Wojtaszek]], for [[NAME:Caspian Wojtaszek]] (age 9)     DOB [[DATE:04/02/2015]]     MRN [[MRN:PDC-00921844]]
Callback [[PHONE:920-731-4482]]

Mom reports the Omnipod 5 pump alarmed "occlusion" twice at summer camp today; BG now 312 with small ketones. Pump S/N [[DEVICE:TSX2-0419773]]; CGM sensor in place, transmitter ID [[DEVICE:8KT3QZ]]. Last site change yesterday evening.
Advised: correction by injection with pen per sick-day plan (dose calculated together: 3.5 units), change infusion site and cartridge now, recheck BG and ketones in 2 h, push water. If moderate/large ketones or vomiting, go to ED.
21:40 mom called back: BG 204, ketones negative, new site working.
Camp nurse ([[ORG:Camp Wakpala]], [[NAME:Tallulah]]) asked for updated correction factor in writing; sent via portal to mom to forward.
Mom asked to link the pump data to the clinic's cloud account again; clinic ID given. Upload history shows the last sync on [[DATE:Jul 28]] from [[IP:198.51.100.203]] (home network). Family e-mail on the device account: [[EMAIL:wojtaszek.fam@lakeshore-mail.com]].
Pump warranty replacement not needed. Pump company support line was busy; mom will call them tomorrow about the repeated occlusions (possible bad cartridge lot).
Routed to Dr. [[NAME:Obadiah Fenstermacher]] for review of the basal rates Monday.

[[NAME:M. Eikrem]], RN
""")

note("telephone-a07", "telephone", """
TELEHEALTH PHONE CONSULT - [[ORG:Frobisher Bay General]] on-call internal medicine
[[DATE:2024-12-11]] 02:15
Caller: [[NAME:Jeannie Akpalialuk]], RN, [[ORG:Cumberland Sound Nursing Station]], [[PHONE:867-473-8977]]
Patient: [[NAME:Simeonie Qappik]], 58M     [[STATE:Nunavut]] Health Care No. [[ACCOUNT:104827733]]     DOB [[DATE:17 Apr 1966]]

Nurse reports 6 h of crushing retrosternal chest pain that started while shovelling snow; diaphoretic. ECG faxed and reviewed: 3 mm ST elevation in II, III, aVF with reciprocal changes in I and aVL. BP 108/70, HR 54, SpO2 95% RA.
Plan given: ASA 325 mg chewed, clopidogrel 300 mg, enoxaparin, no nitrates given the inferior STEMI and HR. Tenecteplase per the regional protocol after checklist: no contraindications. Given at 02:41.
Medevac requested to [[CITY:Iqaluit]] then on to [[CITY:Ottawa]] for PCI; weather hold possible. Flight coordinator [[NAME:Olayinka Brisebois]] aware.
Family: wife [[NAME:Leesee Qappik]] at the health centre; daughter [[NAME:Annie Qappik-Mercer]] lives across the river at [[STREET:88, rue Laurier, app. 4]], [[CITY:Gatineau]], [[STATE:QC]] [[ZIP:J8X 3V7]] and will meet the flight in [[CITY:Ottawa]] ([[PHONE:819-725-9901]]). Inuktitut interpreter available on site (the nurse speaks Inuktitut).
Home address for the medevac form: [[STREET:House 418]], [[CITY:Pangnirtung]], [[STATE:NU]] [[ZIP:X0A 0R0]].
Reassessed 03:20: pain 2/10, ST resolution >50%, reperfusion arrhythmia brief. Stable for transfer.

[[NAME:Étienne Labrecque]], MD, internal medicine on call
""")

note("telephone-a08", "telephone", """
GP TELEPHONE CONSULTATION - [[ORG:Uplands Crescent Surgery]], [[CITY:Swansea]]
[[DATE:07/10/2024]] 11:05     Clinician: Dr [[NAME:Carys ap Gruffydd]]
Patient: Mr [[NAME:Dafydd Prothero]] ("[[NAME:Dai]]")     DOB [[DATE:21/06/1950]]     NHS no. [[ACCOUNT:836 832 2685]]
Called on [[PHONE:01632 960418]]; identity confirmed (DOB and first line of address, [[STREET:9 Heol Tawe Fach]], [[CITY:Pontardawe]], [[ZIP:SA8 4HP]]).

S: [[NAME:Dai]] rang about swelling of the right calf for 4 days after a coach trip back from [[CITY:Tenby]]. Calf tight and sore walking. No chest pain or breathlessness. No previous clot. Prostate cancer on hormone treatment (Gleason 4+3, on degarelix).
Wife [[NAME:Eirlys]] on speaker, says the calf looks "a good 2 cm bigger". Photo sent to the practice via the text link, [[URL:photos.uplandscrescent.example.nhs.uk/u/77Q4]].
A: Suspected DVT; Wells score 2 (active cancer, calf swelling >3 cm cannot be confirmed remotely, localised tenderness), so DVT likely.
P: Same-day assessment arranged at the DVT clinic at [[ORG:Tawe Valley Ambulatory Unit]] for D-dimer and proximal leg vein ultrasound this afternoon (14:30); apixaban to be started there if the scan is delayed. Told to call 999 if chest pain or breathlessness. Wife will drive. He asked to continue his bowls league in the evening; advised not until seen.
Oncology nurse, [[NAME:Siân Hopcyn]], to be informed since cancer-associated thrombosis changes his plan.

Dr [[NAME:C. ap Gruffydd]]   GMC [[LICENSE:7311852]]
""")

note("telephone-a09", "telephone", """
TELEPHONE ENCOUNTER - SOCIAL WORK / ADULT PROTECTIVE SERVICES
[[DATE:September 23, 2024]] 15:10     SW: [[NAME:Ambrosine Marwick-Ansah]], LCSW
Re: [[NAME:Ottilia Brzezinski-Fell]]     Age [[AGE:95]]     MRN [[MRN:WCH-0033471]]

Call from Officer [[NAME:Dana Kowalik]], [[ORG:Mapleton Township Police]], [[PHONE:(586) 731-2094 ext 3]], following up the APS report our team filed on [[DATE:9/19]] after the patient's ED visit for dehydration and a sacral wound.
Officer visited the home at [[STREET:5571 Fairchild Ln]], [[CITY:Shelby Township]], [[STATE:MI]] [[ZIP:48316]] with APS worker [[NAME:Lucretia Bondarenko]]. Grandson [[NAME:Wyatt Fell]], who lives there as paid caregiver, was not present; his girlfriend, [[NAME:Brielle]], let them in. Pantry nearly empty; the patient's bedroom had a lock on the outside of the door.
Money: the patient's daughter in [[CITY:Sarasota]], [[NAME:Georgette Fell-Ramsden]], reports that about $38,000 left her mother's checking account at [[ORG:Lakeside Heritage Credit Union]] (acct [[ACCOUNT:2290041187]]) since [[DATE:June]], mostly ATM withdrawals. She holds financial POA (copy faxed to us [[DATE:9/20]]) and has frozen the account.
Officer asked for ED wound photos and the nursing notes. Explained that records need patient authorization or legal process. Pt has capacity per psychiatry consult [[DATE:9/21]] and signed an authorization today for release to police; records office will send them.
Plan: pt will not return home. Discharge to [[ORG:Clinton River Commons]] for skilled nursing once medically ready, likely [[DATE:9/25]]. Daughter flying in [[DATE:9/26]], cell [[PHONE:941-388-2071]].
The patient said she does not want her grandson charged, "he was a sweet boy." Respected; shared with the officer at her request.

[[NAME:A. Marwick-Ansah]], LCSW
""")

note("telephone-a10", "telephone", """
TELEPHONE TRIAGE WITH INTERPRETER - ENDOCRINOLOGY
[[DATE:04/02/2024]] 09:50     RN: [[NAME:Lorelei Haskett]]
Arabic interpreter [[NAME:Samer]] via language line
Patient: [[NAME:Fatima Al-Zoubi]]     DOB [[DATE:07/07/1972]]     MRN [[MRN:DHE-5530917]]     Callback [[PHONE:313-846-2207]]

Pt is keeping the Ramadan fast and plans to fly to [[CITY:Amman]] for [[DATE:Eid al-Fitr]] to see her mother, who is [[AGE:92]] and unwell. She reports two lows since the fast began, 58 and 62 mg/dL, both in the late afternoon before iftar, with shaking and sweating; she broke the fast both times with juice.
Meds: glimepiride 4 mg with suhoor, metformin 1000 mg BID, insulin glargine 22 units at night.
Per the written fasting plan from Dr. [[NAME:Qutaiba Ramadan]]: stop glimepiride while fasting, reduce glargine to 16 units, keep metformin with iftar and suhoor. Reviewed symptoms of hypoglycemia and that she must break the fast for BG under 70 or symptoms, which is permitted for illness.
Travel: leaving [[DATE:April 6]], returning [[DATE:May 4]]. Extra strips and a glucagon prescription sent to [[ORG:Warren Avenue Pharmacy]]. Her brother, [[NAME:Nizar Al-Zoubi]], a pharmacist in [[CITY:Jerash]], can help if she runs short. Letter for airport security about needles and the pen given. Her daughter [[NAME:Lina]] will upload readings to the portal while she is away; daughter's e-mail on the proxy form is [[EMAIL:lina.alzoubi.98@nilemail.com]].
Pt repeated the plan back through the interpreter.
Routed to Dr. [[NAME:Ramadan]] for review.

[[NAME:L. Haskett]], RN
""", ok=("the Ramadan fast",))


if __name__ == "__main__":
    sys.exit(SET.main())
