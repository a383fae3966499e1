#!/usr/bin/env python3
"""Generator for TRAINING SET E of Ward's learned PHI tagger (train.jsonl).

Training data, not an evaluation set.  Written without reading the scanner
(crates/deid/src/), without running it or cargo, and without opening anything
under ../notes-sealed/ (its sealed.jsonl is passed to the independence check
below and nothing else).  Every note is hand-written, fully synthetic text:
patients, relatives, staff, organisations, numbers and street addresses are
invented (real cities, towns, states, provinces, regions and countries appear
as geography only).

This set's emphasis is what the tagger tends to miss: names with no cue word
(a first name or surname alone in running text, nicknames, hyphenated and
multi-part names, names from many cultures, names that are ordinary English
words), lower-case hurried notes, towns and regions outside the US, and
organisations named only in a letterhead, sign-off, footer or cc line; also
staff initials and signatures in many forms, and phones, dates and
identifiers in many formats.  Clinical look-alikes (eponyms, drugs, devices,
scores, capitalised common words) are left untagged.

PHI is marked inline as in the other sets (``[[TYPE:surface text]]``); the
marker format, the usage and the checks are ../notes_tool.py's.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import notes_tool  # noqa: E402

SET = notes_tool.training_set(__file__, "e", "abcd")
note = SET.note


# ==========================================================================
# NOTES
# ==========================================================================

# ----------------------------------------------------------------- discharge

note("discharge-e01", "discharge", """
DISCHARGE SUMMARY
[[ORG:Kalihi Ridge Medical Center]] - Medicine Teaching Service C

Patient: [[NAME:FA'ALOGO, LOSALINE T]]   MRN: [[MRN:KRM-5508172]]   DOB: [[DATE:19-Jun-1957]]
Admitted: [[DATE:2/3/2025]]   Discharged: [[DATE:2/8/2025]]
Attending: [[NAME:Dae-sik Yeom]], MD   Resident: [[NAME:Araminta Osterberg]], MD

Principal diagnosis: community-acquired pneumonia, right lower lobe, with hypoxia.
Other: type 2 diabetes with hyperglycemia; classical Hodgkin lymphoma treated with ABVD in 2009, in remission; left Bell's palsy in 2019, resolved.

Course: [[NAME:Iosefa]] brought his mother in after three days of fever and a cough, and when she would not get out of bed for church. SpO2 86% on room air, CURB-65 of 2. Ceftriaxone and azithromycin, switched to cefpodoxime on day 3; weaned to room air on day 4. Glucose 300s on arrival, A1c 10.8; basal insulin started and teaching done with the patient and [[NAME:Falaniko]], the grandson who stays with her. Samoan interpreter [[NAME:Fuimaono]] from [[ORG:Pacific Voices Language Services]] was used for every teaching session.

Social: widowed; her late husband's family is in [[CITY:Leulumoega]], Samoa, and a sister flew in from [[CITY:Salelologa]] on day 2. Per [[NAME:Lusia]] (daughter-in-law) the women's committee at [[ORG:Fa'amoemoe Congregational Church]] will bring meals for two weeks. She does not want to go to a care home.

Home: [[STREET:94-1127 Kuhaulua Pl]], [[CITY:Ewa Beach]], [[STATE:HI]] [[ZIP:96706]]   Home [[PHONE:(808) 677-3194]]

Discharge medications: cefpodoxime 200 mg bid through [[DATE:2/11]]; insulin glargine 14 units qhs; metformin 1000 mg bid (resumed); atorvastatin 40 mg. Pen needles and meter sent to [[ORG:Moana Drug Mart]] on [[STREET:Farrington Hwy]].

Follow-up: PCP in 1 week; chest X-ray in 6 weeks. Home health nursing for insulin teaching x 3 visits.

Electronically signed by [[NAME:Araminta Osterberg]], MD, for [[NAME:D. Yeom]], MD   [[DATE:02/08/2025]] 15:31
cc: [[ORG:Leeward Coast Family Health]] (PCP office), fax [[PHONE:808-671-2280]]
    [[ORG:Aloha Pulama Home Health]], intake fax [[PHONE:808-676-4419]]
""")

note("discharge-e02", "discharge", """
BEHAVIORAL HEALTH UNIT - DISCHARGE SUMMARY
[[ORG:Feather Bend Psychiatric Hospital]], [[CITY:Marysville]], [[STATE:CA]]

Patient: [[NAME:Sekhon-Bhullar, Harkirat S.]]   MRN: [[MRN:FRP-204417]]   DOB: [[DATE:08/14/1986]]
Admit: [[DATE:11/19/2024]]   Discharge: [[DATE:11/27/2024]]   Legal: 5150, converted to voluntary day 2
Psychiatrist: [[NAME:Ayodele Fasola]], MD

Reason for admission: long-haul driver brought from a truck stop on [[STREET:Hwy 99]] by sheriff's deputies after he called his brother in [[CITY:Moga]], [[STATE:Punjab]], saying he had not slept in five days and wanted to "drive into the river and be done." Had been driving team with his cousin [[NAME:Jaskaran]], who took the truck back to the yard of [[ORG:Sutter Buttes Freight Lines]].

Course: no psychosis; major depressive episode, severe, with insomnia, in the setting of debt and his father's death in [[DATE:September]] (unable to travel home for the cremation). Sertraline 50 mg, titrated to 100 mg; mirtazapine 15 mg at night, sleeping 6-7 hours by day 4. Family meeting on [[DATE:11/25]] with his wife [[NAME:Amanpreet]] and his uncle [[NAME:Gurdial Bains]] from the gurdwara; Punjabi interpreter by video. [[NAME:Amanpreet]] says the children (8 and 5) have been told he is "in hospital for his blood pressure," and she asked that the school not be told.

Firearms: none in the home per wife; a hunting rifle is stored at [[NAME:Gurdial]]'s house in [[CITY:Live Oak]] and he agreed to keep it there.

Safety at discharge: denies SI, future-oriented (wants to be at his daughter's school play in the spring), crisis plan written in Punjabi and English. Off driving for 4 weeks; DOT medical examiner letter given to him for his employer.

Medications: sertraline 100 mg daily; mirtazapine 15 mg qhs. Filled at [[ORG:Plumas Lake Pharmacy]].
Follow-up: [[ORG:Yuba-Sutter Community Counseling]] intake [[DATE:12/2]] with [[NAME:Rupinder Johal-Hayes]], LCSW; med management with Dr. [[NAME:Fasola]] in 2 weeks.

Home: [[STREET:1882 Starfire Way]], [[CITY:Gridley]], [[STATE:CA]] [[ZIP:95948]]; wife's cell [[PHONE:530-218-6473]].

[[NAME:A. Fasola]], MD   [[DATE:11/27/2024]]
""")

note("discharge-e03", "discharge", """
POSTPARTUM DISCHARGE SUMMARY
[[ORG:Harbor Oaks Women's Hospital]], [[CITY:Missouri City]], [[STATE:TX]]

Mother: [[NAME:Omotola, Folasade A.]]   MRN [[MRN:HOW-3318207]]   DOB [[DATE:04/02/1994]]
Infant: Baby Girl [[NAME:Omotola]]   MRN [[MRN:HOW-3318244]]
Delivery: [[DATE:06/11/2025]] 03:52, spontaneous vaginal   Discharge: [[DATE:06/13/2025]]
OB: [[NAME:Honoria Dufresne-Akande]], MD

Maternal course: G3P3 at 39w1d. Postpartum hemorrhage of 1,200 mL from uterine atony, treated with oxytocin, misoprostol, tranexamic acid and a Bakri balloon for 6 hours; 2 units PRBC. Hgb 7.9 at discharge, IV iron given on day 2. BP normal throughout. Etonogestrel implant placed left arm before discharge (lot [[DEVICE:T018442B]]).

Newborn: Apgar 8 and 9, 3,410 g. Coombs negative, TcB low risk, hearing and CCHD screens passed. Breastfeeding well. Per family custom the baby will be named at the naming ceremony on the eighth day ([[DATE:June 18]]); the birth certificate worksheet was left with [[NAME:Akinwale]].

Family: [[NAME:Akinwale]] (husband, cell [[PHONE:832-419-0736]]) has two weeks off from [[ORG:Brazos Gulf Refining]]. His mother, [[NAME:Ibironke Omotola]], arrived last week from [[CITY:Ogbomosho]], [[STATE:Oyo]] State, and will stay three months. [[NAME:Tobiloba]] (6) and [[NAME:Damola]] (3) attend [[ORG:Little Baobab Montessori]]. Mrs. [[NAME:Omotola]] asked for a note for her employer, [[ORG:Gessner Pointe Dialysis]], where she works as a tech.

Home: [[STREET:4718 Magnolia Bayou Ct]], [[CITY:Missouri City]], [[STATE:TX]] [[ZIP:77459]]
Coverage: [[ORG:Lone Oak Health Plan]], member [[ACCOUNT:LOH-6620193-02]]

Follow-up:
- BP and Hgb check at [[ORG:Oyster Creek Women's Care]] on [[DATE:6/16]].
- Baby to Dr. [[NAME:Chiedza Marufu]], [[ORG:Sienna Creek Pediatrics]], within 48 hours.
- Return if soaking more than one pad per hour, temperature over 38, severe headache or feeling faint.

[[NAME:H. Dufresne-Akande]], MD   [[DATE:06/13/2025]] 11:20
Discharge teaching: [[NAME:tcw]], RN
""")

note("discharge-e04", "discharge", """
[[ORG:Great Slave Regional Hospital]] - Surgical Services
DISCHARGE / TRANSFER OF CARE SUMMARY

Patient: [[NAME:KALLUK, NASHALIK]]   Chart: [[MRN:GSRH-0071934]]   NU health card: [[ACCOUNT:124 073 918]]
DOB: [[DATE:1951-10-07]]   Admitted: [[DATE:2025-01-16]]   Discharged: [[DATE:2025-01-29]]
Home community: [[CITY:Kugluktuk]], [[STATE:NU]]
Surgeon: Dr. [[NAME:Horatio Kaskamin]]   Family physician (locum): Dr. [[NAME:Hedvika Vanterbeek]]

Diagnosis: left femoral neck fracture (Garden III) after a fall on ice outside the co-op; cemented hemiarthroplasty [[DATE:2025-01-18]].

Course: medevac from [[CITY:Kugluktuk]] on the [[DATE:16th]] with her daughter [[NAME:Leetia]] as escort. Delirium on nights 2 and 3 that settled once [[NAME:Leetia]] could stay overnight and the Inuinnaqtun interpreter ([[NAME:Qillaq]]) came twice a day. Hgb 86 -> 98 after one unit. Walking 40 m with a walker and one assist; stairs with a rail.

She stayed her last four nights at [[ORG:Tundra House Medical Boarding Home]] on [[STREET:49th Street]] while waiting for a seat; [[NAME:Leetia]] says the flight is booked through the medical travel office for [[DATE:Jan 30]] (escort approved for return).

Plan for the community:
1. Health centre nurse in charge, [[NAME:Arreak]], has the discharge package (faxed to [[ORG:Kitikmeot West Health Centre]], [[PHONE:867-982-4410]]).
2. Staples out day 14 ([[DATE:2025-02-01]]) at the health centre.
3. Enoxaparin 40 mg daily for 35 days from surgery; [[NAME:Leetia]] taught to give it.
4. Visiting physio by telehealth; walker and raised toilet seat flying up with her.
5. Ortho clinic by video in 6 weeks.

Per her son [[NAME:Kooneeliusie]] (phone [[PHONE:867 982 3317]]), the house has a step at the porch; her grandson will build a rail.

Dictated: [[NAME:H. Kaskamin]]   Transcribed: [[NAME:dlk]]   [[DATE:2025-01-29]]
""")

note("discharge-e05", "discharge", """
[[ORG:CUMBERLAND PLATEAU MEDICAL CENTER]]                          PAGE 1 OF 1
DISCHARGE SUMMARY

PATIENT: [[NAME:HEBERDEN, LAFCADIO P]]      MR#: [[MRN:00-417-2269]]      ACCT: [[ACCOUNT:V0091846631]]
ADMITTED: [[DATE:03/02/2025]]      DISCHARGED: [[DATE:03/06/2025]]
ATTENDING: [[NAME:RUTGER ADEOYE-BRIGGS]], MD
PCP: [[NAME:ELSPETH HAWKE]], FNP, [[ORG:SEQUATCHIE VALLEY FAMILY PRACTICE]]

DIAGNOSES:
1. LEFT LOWER EXTREMITY CELLULITIS.
2. RUPTURED LEFT BAKER'S CYST, DVT EXCLUDED BY DUPLEX.
3. PARKINSON'S DISEASE, HOEHN AND YAHR STAGE 3.
4. ORTHOSTATIC HYPOTENSION.
5. HAND OSTEOARTHRITIS WITH HEBERDEN'S NODES (LIMITS HIS BUTTONS AND PILL BOTTLES).

HISTORY: MR. [[NAME:HEBERDEN]] IS A 78-YEAR-OLD RETIRED MACHINIST FROM [[ORG:DUNLAP AXLE AND GEAR]] WHO PRESENTED WITH 3 DAYS OF LEFT CALF PAIN, REDNESS AND SWELLING. DUPLEX ON [[DATE:03/02]] SHOWED NO DVT AND A RUPTURED POPLITEAL (BAKER'S) CYST. ERYTHEMA EXTENDED TO THE MID SHIN WITH FEVER 38.4.

HOSPITAL COURSE: CEFAZOLIN, CHANGED TO CEPHALEXIN ON DAY 3. ERYTHEMA RECEDED WELL INSIDE THE MARKED BORDERS. CARBIDOPA-LEVODOPA GIVEN ON HIS HOME SCHEDULE (6 AM, 10 AM, 2 PM, 6 PM) AT HIS WIFE'S INSISTENCE, WHICH PREVENTED THE FREEZING HE HAD AT HIS LAST ADMISSION. ORTHOSTATIC DROP OF 28 MMHG ON DAY 2; FLUDROCORTISONE NOT STARTED, COMPRESSION STOCKINGS AND SALT LIBERALIZED. PT CLEARED HIM FOR HOME WITH HIS ROLLATOR.

SOCIAL: LIVES WITH WIFE [[NAME:PAGE HEBERDEN]] IN [[CITY:WHITWELL]], [[STATE:TN]]. [[NAME:PAGE]] MANAGES HIS MEDICATIONS AND DRIVES. THEIR SON [[NAME:JETHRO]] LIVES NEXT DOOR. DEACON [[NAME:ZEBEDEE TIPTON]] FROM [[ORG:SEQUATCHIE FREE WILL BAPTIST]] VISITED.

DISCHARGE MEDICATIONS: CEPHALEXIN 500 MG QID THROUGH [[DATE:03/12]]; CARBIDOPA-LEVODOPA 25/100, 1.5 TABS FOUR TIMES DAILY; RASAGILINE 1 MG DAILY; ACETAMINOPHEN PRN.

FOLLOW-UP: [[NAME:HAWKE]], FNP IN 1 WEEK. NEUROLOGY, DR. [[NAME:EMMERICH HALMOS-RENNARD]], [[DATE:APRIL 9]]. HOME HEALTH PT FROM [[ORG:LAUREL COVE HOME CARE]] ([[PHONE:423-658-3301]]).

[[NAME:RAB]]/[[NAME:kmr]]
D: [[DATE:03/06/2025]] 14:02   T: [[DATE:03/06/2025]] 16:40
""", ok=("PAGE 1 OF 1", "HEBERDEN'S NODES"))

note("discharge-e06", "discharge", """
PEDIATRIC DISCHARGE SUMMARY
[[ORG:Valle del Sol Children's Medical Center]], [[CITY:Greenfield]], [[STATE:CA]]

Patient: [[NAME:Yael Cuevas Montaño]]   DOB: [[DATE:10/30/2024]]   MRN: [[MRN:VSC-882071]]
Admit: [[DATE:05/20/2025]]   Discharge: [[DATE:05/24/2025]]
Attending: [[NAME:Ulla Brenneman]], MD, Pediatric Hospital Medicine

Diagnosis: RSV bronchiolitis with hypoxemia. Background: Down syndrome (trisomy 21); complete AV canal defect repaired at 4 months; mild hypotonia.

Course: 6 months old, admitted for increased work of breathing and SpO2 86%. Heated high-flow nasal cannula up to 8 L for 48 hours, weaned to room air on day 4. NG feeds briefly, back to bottle by day 3. Echo: repair intact, no pulmonary hypertension. Cardiology (Dr. [[NAME:Sangmin Kwon]]) agreed with discharge.

Family: mom [[NAME:Maricela Montaño]] stayed every night; [[NAME:Abdón]] came after his shifts at [[ORG:Pajaro Fields Cooling]]. Spanish used for all teaching, with the in-person interpreter [[NAME:Belén Saucedo]]. Maternal grandmother is visiting from [[CITY:Tepatitlán]], [[STATE:Jalisco]], until [[DATE:August]] and helps with the baby's older brother, [[NAME:Yahir]]. Mom asked whether [[NAME:Yael]] can go back to [[ORG:Los Girasoles Family Child Care]]; advised to wait one week after the cough improves.

Home: [[STREET:311 Calle Cebada, Apt 6]], [[CITY:Greenfield]], [[STATE:CA]] [[ZIP:93927]]
Mom's cell: [[PHONE:831.206.7714]]
Coverage: Medi-Cal through [[ORG:Central Coast Alliance Kids Plan]], CIN [[ACCOUNT:91847306C]]

Plan:
- Nasal suction before feeds; return for retractions, pauses in breathing, or fewer than 4 wet diapers a day.
- PCP: Dr. [[NAME:Itzamná Zepeda]], [[ORG:Alisal Community Pediatrics]], [[DATE:5/27]].
- Early intervention PT and feeding therapy continue at home on Tuesdays.
- Nirsevimab eligibility for next season discussed.

[[NAME:U. Brenneman]], MD   [[DATE:05/24/2025]]
""")

note("discharge-e07", "discharge", """
OBS UNIT D/C NOTE - [[ORG:Lake Flower Community Hospital]]
[[DATE:9/14/25]]

[[NAME:Linwood Rainsford-Quillen]], 58M, [[MRN:TLC445108]]. Chest pain r/o. Trop x3 neg, stress echo neg (Bruce 10 METs, no wall motion change). Pain reproducible, likely costochondral after helping [[NAME:Ozias]] move a woodstove Sat.
Meds: no changes. Naproxen 500 bid x 5d.
F/u PCP Dr [[NAME:Ferraby]] 1-2 wk. Wife [[NAME:Melisande]] driving him home to [[CITY:Saranac Lake]].
Work note for [[ORG:Adirondack Rail Tours]] through [[DATE:9/16]].
Return for exertional sx, syncope, SOB. Discussed w/ pt + wife at bedside, both verbalized understanding, AVS given.
-[[NAME:jq]] PA-C / [[NAME:Ruvimbo Chakanyuka]] MD
""")

note("discharge-e08", "discharge", """
SURGICAL ONCOLOGY DISCHARGE SUMMARY
[[ORG:Santa Ana Valley Medical Center]] - Hepatobiliary Surgery

Patient: [[NAME:Bùi Hữu Tường]]   MRN: [[MRN:SAV-01973385]]   DOB: [[DATE:1959-03-22]]
Admitted: [[DATE:2025-04-07]]   Discharged: [[DATE:2025-04-15]]
Surgeon: [[NAME:Delphinia Rathbone]], MD   Oncology: [[NAME:Khải Lâm]], MD

Diagnosis: adenocarcinoma of the pancreatic head (cT2N0), after 4 cycles of neoadjuvant mFOLFIRINOX. First seen last fall for yellow eyes and itching, with a gallbladder that could be felt on exam (Courvoisier sign).

Procedure [[DATE:2025-04-07]]: pylorus-preserving pancreaticoduodenectomy (Whipple procedure); two Jackson-Pratt drains. Pathology: ypT2N0, margins negative (R0).

Course: NG removed day 2. Drain amylase low on day 3 and the right drain was pulled; left drain removed day 6. Delayed gastric emptying days 4-5, resolved with metoclopramide. Tolerating a soft diet with pancrelipase with every meal. Insulin not needed; glucose 110-160.

Family: Mr. [[NAME:Bùi]] speaks Vietnamese; his daughter [[NAME:Thảo]] interprets at home, and a staff interpreter ([[NAME:Hà]], ext 4412) was used for consent and teaching. [[NAME:Thảo]]'s husband [[NAME:Quân]] will take him to appointments. He was born in [[CITY:Mỹ Tho]], [[STATE:Tiền Giang]], and his sister in [[CITY:Quy Nhơn]] calls every evening; he hopes to be strong enough to fly home for [[DATE:Tết]].

Discharge medications: pancrelipase 36,000 units with meals, 18,000 with snacks; pantoprazole 40 mg daily; enoxaparin 40 mg daily for 28 days; oxycodone 5 mg q6h prn (#12); docusate.
Pharmacy: [[ORG:Phước Lộc Thọ Pharmacy]], [[STREET:9152 Bolsa Ave, Ste 104]], [[CITY:Midway City]], [[STATE:CA]] [[ZIP:92655]], [[PHONE:714-893-2261]].

Home: [[STREET:15241 Magnolia St, Unit B]], [[CITY:Fountain Valley]], [[STATE:CA]] [[ZIP:92708]]; daughter's cell [[PHONE:714-329-8075]].
Home health: [[ORG:Saigon Lotus Home Health]] for wound checks and enoxaparin teaching.

Follow-up: clinic with Dr. [[NAME:Rathbone]] on [[DATE:4/24]]; adjuvant chemotherapy planning with Dr. [[NAME:Lâm]] the week of [[DATE:5/5]]; CA 19-9 before that visit.

[[NAME:D. Rathbone]], MD   [[DATE:04/15/2025]]
cc: [[NAME:Khải Lâm]], MD, [[ORG:Pacific Coast Oncology Associates]]
""")

note("discharge-e09", "discharge", """
INPATIENT REHABILITATION DISCHARGE SUMMARY
[[ORG:Des Plaines River Rehabilitation Institute]], [[CITY:Niles]], [[STATE:IL]]

Patient: [[NAME:Wołoszyn, Czesław]]   MRN: [[MRN:DPR-446018]]   DOB: [[DATE:12.05.1946]]
Rehab admission: [[DATE:02/10/2025]]   Discharge: [[DATE:03/03/2025]]   Acute stay: [[ORG:Lutheran Grove Hospital]], [[DATE:2/4]]-[[DATE:2/10]]
Physiatrist: [[NAME:Konstantin Eberhardt]], MD

Diagnosis: left MCA ischemic stroke with right hemiparesis and expressive aphasia; tPA given at the acute hospital. GCS 14 and NIHSS 11 on arrival there; NIHSS 4 on transfer.

Rehab course: 3 hours of therapy a day. Right Babinski persists; tone mildly increased in the right elbow flexors, no botulinum toxin needed yet. Walking 150 ft with a quad cane and a right AFO, contact guard on stairs. FIM total 62 -> 94. Speech: naming improved, speaks short Polish sentences, English slower. Foley removed day 2; continent. Mood low in week 2; sertraline started. Modified Rankin 3 at discharge.

Family and home: lives with his wife [[NAME:Teodozja]] in a bungalow with 4 steps at the front; [[NAME:Wiesław]] ("[[NAME:Wiesiek]]", son) installed two rails last weekend. Daughter [[NAME:Urszula Kwiatkowski-Baran]] is the health care POA ([[PHONE:847-663-0218]]). [[NAME:Teodozja]] asked that the parish be told he is home: Father [[NAME:Krol]] at [[ORG:Our Lady of Ostrobrama Parish]] brought Communion every Sunday. His brother, who still lives in [[CITY:Biłgoraj]], [[STATE:Lubelskie]], wants to visit in the summer.

Address: [[STREET:8127 N Oriole Ave]], [[CITY:Niles]], [[STATE:IL]] [[ZIP:60714]]

Services after discharge:
- Outpatient PT/OT/SLP three times a week at [[ORG:Harlem Avenue Therapy Center]].
- Home safety visit and bath aide from [[ORG:Orzeł Home Care Services]], [[PHONE:(773) 794-1180]].
- Wheelchair and tub bench delivered by [[ORG:Milwaukee Ave Medical Supply]].

Medications: aspirin 81 mg, clopidogrel 75 mg until [[DATE:3/6]] then stop, atorvastatin 80 mg, sertraline 50 mg, amlodipine 5 mg.

No driving. Neurology follow-up [[DATE:03/24/2025]].

Electronically signed: [[NAME:K. Eberhardt]], MD [[DATE:3/3/2025]]
PCP copy: Dr. [[NAME:Bogumiła Stępień]], [[ORG:Jefferson Park Family Physicians]]
""")

note("discharge-e10", "discharge", """
[[ORG:Chuska Mesa Indian Health Center]] - Inpatient Unit
DISCHARGE SUMMARY

Patient: [[NAME:Peshlakai, Zonnie]]   Age: [[AGE:93]]   Chart #: [[MRN:CMI-0029417]]   DOB: [[DATE:01/03/1932]]
Admitted: [[DATE:12/09/2024]]   Discharged: [[DATE:12/13/2024]]
Provider: [[NAME:Leander Natonabah]], MD

Dx: acute on chronic diastolic heart failure; atrial fibrillation with RVR on arrival; CKD 3b.

Course: came in with swelling to the knees and short of breath walking to the sheep corral. Net -4.1 L with IV furosemide; rate controlled with metoprolol. Apixaban 2.5 mg bid (age over 80, creatinine 1.6). Navajo interpreter ([[NAME:Sunnie Wauneka]], patient advocate) used at every visit; her granddaughter [[NAME:Tazbah]] was present for teaching.

Social: lives with her daughter [[NAME:Delphinia Bitsui]] and grandson. No running water; the family hauls water from the chapter house every week, and she asked that her pills not be "water pills that make me go all night." Furosemide timed for the morning. No electricity at night except a generator; the pill organizer and scale were set up in daylight. [[NAME:Delphinia]] works at [[ORG:Red Mesa Wash Elementary]] as a cook and takes her to appointments.

Home (no street address): from [[ORG:Bisti Wash Trading Post]] go west on [[STREET:N-5000]] about 6 miles, past the water tank, third hogan on the right with a green door. Mail: [[STREET:PO Box 117]], [[CITY:Naschitti]], [[STATE:NM]] [[ZIP:87325]]. Daughter's cell [[PHONE:505-732-4489]] (signal only on the hill).

Follow-up:
- Public health nurse [[NAME:Etsanabah Hoskie-Bia]] home visit [[DATE:12/17]] for weight and BMP.
- CHR to check on water and wood supply weekly.
- Clinic with Dr. [[NAME:Natonabah]] on [[DATE:12/30]].

[[NAME:L. Natonabah]], MD   [[DATE:12/13/2024]] 10:40
""")

# ------------------------------------------------------------------- nursing

note("nursing-e01", "nursing", """
[[ORG:coteau hills home care]] - visit note
pt: [[NAME:gudmund thorsteinson]]  hsn [[ACCOUNT:774190236]]  visit [[DATE:nov 4]] 1310-1350

no answer at the house on [[STREET:3rd ave nw]]. called, spoke w/ dtr [[NAME:tenley]], pt staying at her place on [[STREET:birch st]] in [[CITY:moose jaw]] since the furnace quit fri. drove over, [[STREET:1142 birch st]], basement suite, side door.
s: "bit more winded." says he's using the puffer 4-5x/day. no cp. sleeping in the recliner (same as at home).
o: sats 89% ra, 93% on 2L (his concentrator came w him, s/n [[DEVICE:CHC-OX-22817]]). rr 24, hr 98. ankles 1+. wt 81.4 kg, up 1.2 since last wk.
a: copd, poss early flare vs fluid.
p: called dr [[NAME:gaudet]]'s office ([[ORG:hillcrest family medicine]]), spoke w [[NAME:tiff]], ok for pred 40 x5d + extra furosemide x2 days, rx faxed to [[ORG:main st co-op pharmacy]] ([[PHONE:306 691 4420]]). [[NAME:tenley]] to pick up after work. told pt to call 811 or come in if sats under 88 on O2.
furnace guy coming thurs per [[NAME:tenley]]. son [[NAME:bjorn]] in [[CITY:swift current]] [[STATE:sk]] aware.
next visit thurs [[DATE:nov 7]] at dtr's. update address in chart until further notice.
- [[NAME:r. moe-skjelbred]] rn / [[NAME:rms]]
""")

note("nursing-e02", "nursing", """
CRITICAL CARE NURSING NOTE - [[ORG:Narragansett Bay Medical Center]] MICU, bed 9
[[DATE:07/19/2025]] 0700-1900

Patient: [[NAME:Ó Briain, Muireann]]   MRN [[MRN:NBM-7381142]]   63F, day 3, intubated for status asthmaticus

Neuro: propofol 30 mcg/kg/min, RASS -2. Glasgow Coma Scale 3T+4+5 on sedation hold at 0900; followed commands, then agitated, propofol resumed.
Resp: AC 16/420/PEEP 5/40%. Peak pressures down from 42 to 31. Wheeze much less. ABG pH 7.37, pCO2 46, PaO2 94.
CV: SR 80s-90s. MAP > 70 without pressors.
GU: Foley draining clear yellow, 50-80 mL/h.
Skin: Braden 12, repositioned every 2 h, heel boots on.

Family: husband [[NAME:Tadhg]] at bedside all day. Their daughter [[NAME:Clodagh Brosnan-Culhane]] landed at 1440 from [[CITY:Dingle]] and came straight from the airport; her brother [[NAME:Eoghan]] is following from [[CITY:Clonakilty]] tomorrow. The couple were on a coach tour and staying at the [[ORG:Ocean Drive Seaside Inn]] in [[CITY:Narragansett]] when she became short of breath. [[NAME:Tadhg]] gave me the travel insurer's details: [[ORG:Slievemore Travel Assurance]], case ref [[ACCOUNT:STA-25-0718447]], emergency line [[PHONE:+353 1 806 4417]]; their care coordinator [[NAME:Dervla]] wants a daily update by fax. Told [[NAME:Tadhg]] that updates go to him and he may share them. His mobile: [[PHONE:+353 87 214 6630]].

Plan per Dr. [[NAME:Chinwendu Fitzsimons]]: SAT/SBT tomorrow if peaks stay down. Continue methylprednisolone, nebs q2h.

[[NAME:Sadhbh Quill]], RN   [[NAME:SQ]]
""")

note("nursing-e03", "nursing", """
L&D NURSING NOTE
[[ORG:Mercy Plains Birth Center]] at [[ORG:Kearny Hills Hospital]]
[[DATE:Aug 22, 2025]]

Pt: [[NAME:Analyn Dumlao-Pascual]], 31 y/o G2P1 at 40w3d   MRN [[MRN:KHH-6604192]]
Support: husband [[NAME:Rommel]], and her mother, who flew in from [[CITY:Laoag]] two weeks ago.

0040 admitted in active labor, 6/90/-1, SROM clear at 2330 at home. GBS negative.
0155 epidural requested. Page sent to anesthesia at 0158 per charge RN [[NAME:Page Hollowell]].
0212 epidural placed by Dr. [[NAME:Leontyne Ogunsanwo]]; BP 104/60 after, 500 mL bolus, BP 118/70.
0340 complete/+1. Pushing with a peanut ball between pushes.
0431 SVD of a viable female, nuchal cord x1 reduced. Apgar 7 and 9. Weight 3,290 g.
0440 placenta delivered intact. EBL 350 mL. Fundus firm at U-1 after massage.
0515 skin to skin, latched well. [[NAME:Rommel]] cut the cord; grandmother prayed the rosary in Ilocano at the bedside.

Baby's name per parents: [[NAME:Ligaya Bituin Pascual]]. Pediatrician: [[ORG:Meadowlark Pediatric Group]].
Pt asked that her sister [[NAME:Rowena]] in [[CITY:Batac]] be video-called at 0600 (done from pt's phone).

Transfer to postpartum at 0630, report to [[NAME:J. Ilagan-Frost]], RN.
[[NAME:Ameyali Tovar-Medel]], RN  /[[NAME:atm]]
""", ok=("Page sent to anesthesia",))

note("nursing-e04", "nursing", """
HEALTH CENTRE LOG - [[ORG:Camp Wendigo Lake]]   [[DATE:July 9]]   nurse on duty: [[NAME:Heather Albury-Sloan]], RN

0745 [[NAME:Daisy]] (cabin 4, 11) - bee sting R forearm on the path to the dining hall. Known allergy to wasps on her form, EpiPen in the office. Local swelling 3 cm only, no hives, no wheeze. Ice, cetirizine 10 mg. Watched 30 min, back to activities. Mom ([[NAME:Ngaio]]) emailed as per form.
1020 [[NAME:Clover Ashwick-Nakahara]] (cabin 7, 13) - fell off the climbing wall at 2 m onto the mat, landed on her bottom. No head strike, no neck pain, walked in. Tender over the coccyx only. Counsellor [[NAME:Prosperine]] brought her. Ice, rest in the health centre till lunch.
1300 staff: [[NAME:Pemberly]] (waterfront) - sunburn shoulders, aloe, told to wear the rash guard.
1530 [[NAME:Daisy]] rechecked, swelling smaller.
1710 [[NAME:Thaddeo Meunier-Ragoonath]] (cabin 2, 9) - homesick, stomach ache, no vomiting, ate lunch. Sat with him 20 min; he phoned his dad in [[CITY:Minden]] ([[PHONE:705-286-4418]]). Better.
2130 med pass done: ADHD meds (3), inhalers (2), insulin check for [[NAME:Kiri]] (cabin 5) - BG 7.4, no correction needed.

Director [[NAME:Quarrington]] informed about the climbing wall fall. Incident form sent to the office in [[CITY:Haliburton]], [[STATE:ON]].
[[NAME:HAS]]
""")

note("nursing-e05", "nursing", """
[[ORG:Willowmere Gardens Care Residence]]
NURSING PROGRESS NOTE - POST FALL

Resident: [[NAME:Ordoñez-Abaya, Perla]]   Age [[AGE:91]]   Room 22-B   Resident #: [[MRN:WGCR-1047]]
Date: Mon [[DATE:10 Mar 2025]] 0615

CNA [[NAME:Bora]] found her seated on the floor next to the bed at 0540 while doing rounds. Resident says she was "going to the bathroom and my knees gave out." Denies hitting her head; unwitnessed, so head injury precautions started.
Assessment: A&O x3 (baseline). GCS 15. Pupils equal and reactive. No new weakness; grips equal; plantar responses flexor both sides (no Babinski). No shortening or rotation of either leg; full painless ROM hips. 2 cm skin tear on the left forearm, closed with adhesive strips. VS: BP 138/74 lying, 118/66 standing, HR 82, T 36.6, BG 142.
On apixaban: neuro checks q1h x4, then q4h x24h. Bed low, floor mat, call light in reach, toileting schedule q2h overnight.

Notified: Dr. [[NAME:Wilberforce Kipchumba-Lott]] at 0555, no new orders except hold the 0800 furosemide until she is seen. Daughter [[NAME:Marites]] called at 0600 (POA, [[PHONE:(201) 384-0972]]); [[NAME:Marites]] will come after dropping the kids at [[ORG:St. Lorenzo Ruiz Academy]] and asked that her brother in [[CITY:Vigan]] not be called "until we know more." Incident report #[[ACCOUNT:IR-25-0311]].
Resident speaks Ilocano and English; prefers Ilocano when tired. [[NAME:Bora]] and LPN [[NAME:Dindo]] helped with the transfer back to bed using the Hoyer lift.

[[NAME:Ailsa Fenlon-Rudd]], RN, night supervisor
""")

note("nursing-e06", "nursing", """
HEMODIALYSIS TREATMENT NOTE
[[ORG:Tri-County Kidney Care]] - [[CITY:Dearborn Heights]]   Chair 11   [[DATE:04/16/2025]]   MWF 2nd shift

Patient: [[NAME:Hourani, Yousef]]   MRN [[MRN:TKC-30917]]   EDW 72.0 kg
Machine: 2008T S/N [[DEVICE:5KRT-88014]]   Dialyzer Optiflux 180, lot [[DEVICE:F18-24C-0917]]
Access: L brachiocephalic AVF, thrill and bruit strong. Cannulated 15G x2 by [[NAME:Qaddoura]] (PCT) on the first attempt.

Pre: wt 75.1 kg (+3.1), BP 168/92, HR 84, T 36.7. Lungs with faint crackles at the bases, 1+ pedal edema. Denies chest pain.
Tx: 4 h, UF goal 3.1 L, blood flow 400, dialysate flow 600, bath 2K/2.5Ca, heparin bolus and hourly per unit protocol.
Intra: cramping both calves at 3 h 10 min; UF paused 10 min, saline 100 mL, resolved. BP nadir 118/70.
Post: wt 72.3 kg, BP 142/80. Needle sites hemostasis in 8 min.

Education: reviewed fluid limit (1 L/day) with the patient and his son [[NAME:Bassam]], who interprets. [[NAME:Bassam]] says the family dinners for his sister's wedding last weekend were "impossible to say no to." Wife [[NAME:Rania]] asked for the low-potassium recipe sheet in Arabic; given.
Transport: [[ORG:Crescent Care Medi-Van]] late again (arrived 45 min after the start time); called dispatch ([[PHONE:313-582-0471]]), spoke with [[NAME:Tarabulsi]], and filed a complaint. Social worker [[NAME:Nasrallah-Odeh]] to look into a second transport vendor.
Travel: patient hopes to visit his brother in [[CITY:Mafraq]] this summer; gave him the transient-dialysis request form and told him the unit needs 6 weeks' notice.

Next Tx Friday. Labs drawn pre: monthly panel, PTH.
[[NAME:Lucio Saucedo-Pyo]], RN, charge   [[NAME:LSP]]
""")

note("nursing-e07", "nursing", """
EMERGENCY DEPARTMENT - TRIAGE
[[ORG:PAJARO VALLEY COMMUNITY HOSPITAL]]     ARRIVAL [[DATE:10/03/2025]] 11:06 BY PRIVATE VEHICLE

PT: [[NAME:MIRELES CHAVIRA, JOVITO LUCIANO]]     DOB [[DATE:02/14/1979]]     MRN [[MRN:PVC-4471093]]     ESI 3
LANGUAGE: SPANISH (INTERPRETER ID 7741 BY PHONE)

CC: FELL FROM A 10-FT ORCHARD LADDER WHILE PICKING APPLES AT [[ORG:LOMA COLORADA ORCHARDS]], LANDED ON R SIDE. C/O R WRIST PAIN 7/10 AND R RIB PAIN. NO LOC, NO NECK PAIN, AMBULATORY. CROWD OF COWORKERS BROUGHT HIM IN; FOREMAN [[NAME:ZAVALZA-LEDEZMA]] STAYED IN THE WAITING ROOM.
VS: BP 148/90  HR 96  RR 20  SPO2 98% RA  T 36.8  PAIN 7/10  GCS 15
R WRIST: SWELLING AND DINNER-FORK DEFORMITY, RADIAL PULSE 2+, SENSATION INTACT. R LATERAL CHEST WALL TENDER, NO CREPITUS, BREATH SOUNDS EQUAL.
PMH: NONE. MEDS: NONE. NKDA. TETANUS: "IN MEXICO, LONG AGO."

SOCIAL: WORKS SEASONALLY; LIVES IN EMPLOYER HOUSING AT [[STREET:1150 SAN JUAN RD]], CABIN 6, [[CITY:WATSONVILLE]]. WIFE AND THREE CHILDREN IN [[CITY:SAHUAYO]], [[STATE:MICHOACÁN]]; WIFE'S NUMBER [[PHONE:+52 353 118 4472]]. COWORKER [[NAME:EUSEBIO]] DROVE HIM IN A WHITE TACOMA, [[STATE:CA]] PLATE [[VEHICLE:8XKT214]], PARKED IN THE AMBULANCE BAY, ASKED TO MOVE IT.
WORK INJURY: YES. EMPLOYER CONTACT: [[NAME:ZAVALZA-LEDEZMA]], [[PHONE:831-761-0935]]; CARRIER UNKNOWN, FOREMAN TO CALL THE OFFICE.

TO FAST TRACK 4. SPLINT, ICE, XR WRIST AND CHEST ORDERED PER PROTOCOL. ACETAMINOPHEN 1 G PO GIVEN 11:15.
[[NAME:C. VALADEZ-ORNELAS]], RN     11:18
""")

note("nursing-e08", "nursing", """
Postpartum and newborn home visit - [[ORG:Bergen Family Nurse Partnership]]
Date of visit: [[DATE:2025.01.14]]   Visit #2   RN: [[NAME:Hanbyul Eom-Stackpole]]

Mother: [[NAME:Jeong Nari]], 34, P1, 12 days after a cesarean for breech.   Infant: [[NAME:Kwon Yuna]], 12 days.
Present: mother, infant, and maternal grandmother (visiting from [[CITY:Jeonju]] for three months). Husband [[NAME:Kwon Daeho]] at work ([[ORG:Hudson Pier Logistics]]); joined by phone at the end.

Mother: incision clean, dry, steri-strips lifting. BP 122/76. Lochia rubra, small. Pain 2/10, ibuprofen only. Breastfeeding 8-10 times a day, right nipple sore; latch corrected. EPDS 8. She says the first week was spent at [[ORG:Haenim Postpartum Care Center]] in [[CITY:Palisades Park]] and she found coming home "lonely." Her mother cooks seaweed soup every day, and she is following the traditional rest period; discussed that short walks help with clots after a cesarean.
Infant: weight 3,460 g (birth 3,380 g). Jaundice to the chest only, feeding well, 7 wet diapers. Cord off. Sleeps on her back in a bassinet; grandmother prefers her on her side; safe-sleep teaching done with the grandmother through [[NAME:Nari]].

Plan: pediatrician Dr. [[NAME:Bo-ram Pyo]], [[ORG:Little Pine Pediatrics]], on [[DATE:1/16]]. Lactation follow-up by phone [[DATE:1/17]]. Next home visit in 2 weeks. Mother's cell [[PHONE:201-688-3047]]; husband's [[PHONE:201-688-3152]].
Home: [[STREET:227 Grand Ave, Apt 3F]], [[CITY:Leonia]], [[STATE:NJ]] [[ZIP:07605]].
[[NAME:H. Eom-Stackpole]], RN, IBCLC
""")

note("nursing-e09", "nursing", """
wound clinic - [[ORG:notre dame bay health centre]]   [[DATE:feb 20]]

[[NAME:gerald oake]], 74, l heel pressure injury stage 3 (from the cast in [[DATE:jan]]). [[NAME:wince]] (son) drove him down from [[CITY:twillingate]] this morning, roads bad.
wound 2.1 x 1.8 x 0.4, was 2.6 x 2.0 x 0.5 on [[DATE:feb 6]]. granulating pink, slough 10% at 6 o'clock, no odour, periwound dry. no s/s infection.
cleansed ns, hydrofiber + bordered foam, offloading boot back on. told him the boot is for bed too, he says "b'y it's some hot." [[NAME:wince]] will check it at night.
dm: a1c 7.9 per dr [[NAME:pardy]]'s last labs. sugar this am 9.4.
diet ok, eats what [[NAME:ethel]] cooks, she's 3 doors down and "feeds the whole cove."
home care nurse ([[NAME:philomene]], [[ORG:central home support]]) doing dressings mon/thurs, sent her an update. her fax [[PHONE:709 884 2231]].
rtc 2 wks, or sooner if red/swollen/smells. [[NAME:wince]]'s cell [[PHONE:709-631-4473]].
[[NAME:m. coady]] lpn / [[NAME:mjc]]
""")

note("nursing-e10", "nursing", """
[[ORG:Sycamore Lane Supported Living]] - RN Oversight Note
House: [[STREET:44 Tulip Tree Ct]], [[CITY:Haskins]], [[STATE:OH]]   Date: Sat [[DATE:11/22/25]]

Residents seen (4):
1. [[NAME:Bernetta "Bunny" Haack]], 58, Down syndrome, early Alzheimer's. Weight down 2 lb this month. [[NAME:Bunny]] ate well at lunch for staff [[NAME:Goldie]]; continue the snack schedule. Thyroid labs due, order sent.
2. [[NAME:Chip]] ([[NAME:Charles Oberlander-Kemp]]), 44. New seizure log reviewed: one focal seizure [[DATE:11/19]], 40 seconds, no rescue med needed. Neurologist Dr. [[NAME:Szalay]] at [[ORG:Maumee Valley Neurology]] notified by fax.
3. [[NAME:Lazarus]] (goes by "[[NAME:Laz]]"), 31. Refusing his evening clozapine twice this week; says it makes him "too slow for bowling." Pharmacist at [[ORG:Wood County Compounding]] ([[PHONE:419.352.0918]]) will look at a liquid form. ANC weekly, last normal.
4. [[NAME:Minnie Fairclough]], 67. Foot check normal; new shoes from [[ORG:Black Swamp Orthotics]] fit.

Staff: [[NAME:Goldie]] and [[NAME:Ruthanne Pickerel]] on shift. Med cart count correct. MARs signed.
Guardian calls: [[NAME:Chip]]'s sister [[NAME:Marvetta]] ([[PHONE:567-204-8816]]) updated about the seizure; [[NAME:Laz]]'s mom in [[CITY:Perrysburg]] left a message, call back Monday.
[[NAME:Theodosia Brackwell]], RN, QIDP   [[DATE:11/22/2025]]
""")

# ----------------------------------------------------------------- radiology

note("radiology-e01", "radiology", """
[[ORG:Athapap Regional Health Centre]] - Diagnostic Imaging
Remote interpretation: [[ORG:Assiniboine Teleradiology Group]]

EXAM: CT HEAD WITHOUT CONTRAST
Patient: [[NAME:Quennell-Bighetty, Tavis R.]]   DOB: [[DATE:2002-07-30]]   Chart: [[MRN:ARHC-118204]]   MB PHIN: [[ACCOUNT:604 117 382]]
Accession: [[MRN:ATG25-0802-3317]]   Performed: [[DATE:2025-08-02]] 23:48 CST
Ordering: Dr. [[NAME:Gunnvor Santamarina]], ER physician

HISTORY: ATV rollover on a trail north of [[CITY:Creighton]], [[STATE:SK]], no helmet. Found by his cousin [[NAME:Kegan]] about 20 minutes later. GCS 13 on arrival (E3 V4 M6), vomited twice, left scalp laceration.

TECHNIQUE: Noncontrast helical CT of the head, reconstructed at 5 mm and 0.625 mm with brain and bone kernels; sagittal and coronal reformats.

FINDINGS:
Left temporal squamous skull fracture, nondisplaced, extending toward the floor of the middle cranial fossa. Underlying lentiform extra-axial hematoma, 11 mm thick, with mild local mass effect; midline shift 3 mm. No swirl sign. Small left temporal contusion. Basal cisterns open. No hydrocephalus. Left scalp hematoma.

IMPRESSION:
1. Acute left temporal epidural hematoma, 11 mm, with an overlying skull fracture and 3 mm midline shift.
2. Small left temporal contusion.
Urgent neurosurgical consultation recommended; transfer discussed.

CRITICAL RESULT: called to Dr. [[NAME:Santamarina]] at [[PHONE:204-687-7300 ext 2214]] at 00:06 on [[DATE:2025-08-03]]; she had already called the air ambulance and the neurosurgeon on call at [[ORG:Red River Neurosciences]].
Images pushed to the receiving site ([[IP:203.0.113.87]]).

[[NAME:Aurelius Nwoke-Azubuike]], MD, FRCPC   [[DATE:2025-08-03]] 00:09 CST
""")

note("radiology-e02", "radiology", """
[[ORG:MAGNOLIA RIDGE WOMEN'S IMAGING]]
Screening mammogram, bilateral, with tomosynthesis

[[NAME:Blossom Achterkamp]]   DOB [[DATE:3/9/1966]]   MRN [[MRN:MRW-227041]]   Date [[DATE:9/8/2025]]
Referring: [[NAME:Yanelis Figueredo]], APRN

Clinical: annual screening. No breast symptoms; no family history of breast cancer.
Comparison: [[DATE:9/2024]] and [[DATE:8/2023]].
Breast composition: scattered fibroglandular density (B).
Findings: no suspicious mass, calcification or architectural distortion in either breast. Stable benign-appearing calcifications right upper outer quadrant. Skin and nipples normal.

Impression: BI-RADS 1, negative. Routine screening in 1 year.

A letter with these results was mailed to the patient.
Tech: [[NAME:KMW]]   Read: [[NAME:Ottoline Onwuachi]], MD
""")

note("radiology-e03", "radiology", """
OBSTETRIC ULTRASOUND - DETAILED FETAL ANATOMY (CPT 76811)
[[ORG:Central Valley Maternal-Fetal Medicine]], [[STREET:2710 W Shaw Ave, Suite 104]], [[CITY:Fresno]], [[STATE:CA]] [[ZIP:93711]]

Patient: [[NAME:Jasleen Pannu]]   DOB: [[DATE:14/11/1996]] (as on her passport: day/month/year)   MRN: [[MRN:CVM-55610]]
Exam date: [[DATE:03/27/2025]]   GA by early US: 20w2d   EDD: [[DATE:08/12/2025]]
Referring: [[NAME:Harbhajan Sahota-Vosberg]], MD, [[ORG:Kerman Valley Women's Clinic]]
Sonographer: [[NAME:Lyric Fontenelle-Abiri]], RDMS   Interpreter: Punjabi, in person ([[NAME:Manjot]])

Indication: detailed anatomy survey; pregestational type 2 diabetes on insulin; first-degree relative (husband's sister) with a congenital heart defect.

Findings: single live intrauterine pregnancy, cephalic. FHR 148. Biometry consistent with dates; EFW 352 g (48th percentile). Amniotic fluid normal, deepest pocket 5.1 cm. Placenta anterior, no previa. Three-vessel cord.
Anatomy: intracranial anatomy, face and lips, spine, stomach, kidneys, bladder and limbs normal. Heart: four-chamber view and outflow tracts normal; three-vessel-trachea view normal. Cervical length 3.8 cm transvaginally.

Impression:
1. Normal detailed anatomy at 20 weeks. No sonographic markers.
2. Fetal echocardiogram recommended at 22-24 weeks because of maternal diabetes and family history; scheduled [[DATE:04/15/2025]].

Husband [[NAME:Harpal]] present. The patient asked whether her mother-in-law, who is travelling from [[CITY:Phagwara]], [[STATE:Punjab]], could attend the echo; told yes.

[[NAME:Zodwa Gallardo-Penhale]], MD, Maternal-Fetal Medicine   [[DATE:03/27/2025]]
""", ok=("CPT 76811",))

note("radiology-e04", "radiology", """
NUCLEAR MEDICINE - DOPAMINE TRANSPORTER SPECT (DaT IMAGING)
[[ORG:Great Lakes Neuroimaging Associates]] at [[ORG:St. Casimir Medical Center]], [[CITY:Sylvania]], [[STATE:OH]]

Patient: [[NAME:Early, Aurelian L.]]   DOB [[DATE:06/18/1952]]   MRN [[MRN:SCM-4410782]]   Acc [[MRN:NM-25-00931]]
Date of exam: [[DATE:January 8, 2025]]
Referring: [[NAME:Petronella Okereke-Sundby]], MD, Movement Disorders

History: 72-year-old with 18 months of right hand rest tremor and slowness. Question Parkinson's disease versus essential tremor. Not on medications that interfere with DaT binding (sertraline held 7 days per protocol, with the neurologist's agreement).

Technique: potassium iodide for thyroid blockade, then 4.8 mCi of I-123 ioflupane IV. SPECT of the brain at 4 hours.

Findings: Asymmetric loss of striatal tracer binding, worse on the left. The left putamen shows markedly reduced uptake with loss of the normal comma shape ("period" sign); the right putamen is mildly reduced posteriorly. Caudate uptake is relatively preserved bilaterally. Background uptake normal. Semiquantitative striatal binding ratios below the age-matched reference range in the left putamen.

Impression: Abnormal DaT scan. Early loss of putaminal uptake, left greater than right, consistent with a presynaptic dopaminergic deficit such as Parkinson's disease, and concordant with the right-sided symptoms. Not consistent with essential tremor alone.

Patient's wife, [[NAME:Hepzibah]], asked for a copy for his son in [[CITY:Kitchener]], [[STATE:Ontario]]; release form given.
Interpreting: [[NAME:Casimir Żurawski]], MD   [[DATE:01/08/2025]]
""", ok=("Early loss",))

note("radiology-e05", "radiology", """
CHEST RADIOGRAPH FOR IMMIGRATION MEDICAL EXAMINATION
[[ORG:Sacramento Civil Surgeon Group]], [[STREET:7801 Folsom Blvd, Suite 215]], [[CITY:Sacramento]], [[STATE:CA]] [[ZIP:95826]]

Applicant: [[NAME:TOLENTINO, ANICETO MACARAEG]]   DOB: [[DATE:05/01/1971]]   A-number: [[SSN:A-219-447-083]]
Clinic file: [[MRN:SCS-25-1184]]   Exam: [[DATE:06/23/2025]]
Civil surgeon: [[NAME:Marivic Agcaoili-Rooney]], MD

Indication: required chest X-ray (IGRA positive, QuantiFERON 1.92). Born in [[CITY:Tuguegarao]], Philippines; in the US since 2019 working as a caregiver for [[ORG:Golden Hands Senior Living]]. No cough, fever, night sweats or weight loss. Completed treatment for "a spot on the lung" in [[CITY:Tuguegarao]] in 2004, records not available.

Technique: PA and lateral chest.

Findings: Calcified granuloma, 6 mm, in the right upper lobe, and a calcified node at the right hilum (Ghon complex). Minimal biapical pleural thickening. No infiltrate, cavity, nodule with soft-tissue density, effusion or adenopathy. Heart and mediastinum normal.

Impression: Healed primary TB complex. No radiographic findings of active TB. Classification per CDC technical instructions: Class B-other-TB-condition not required; latent TB infection, treatment recommended.

Referred to the county TB clinic for LTBI treatment (rifampin 4 months). Wife [[NAME:Marilou]] will accompany him to the appointment.

Reviewed and signed: [[NAME:L. Agcaoili-Rooney]], MD   [[DATE:06/24/2025]]
""")

note("radiology-e06", "radiology", """
prelim read (resident) - ct abd/pelvis w contrast - [[ORG:st. anselm university hospital]] ed
pt [[NAME:ferraz-mthunzi, doloritas]] mrn [[MRN:SAU2290417]] [[DATE:12/26/24]] 03:15

hx per ed: 44f, ruq + epigastric pain since [[DATE:xmas]] dinner, vomiting, wbc 13. lipase nl. murphy sign equivocal per dr. [[NAME:agyeman]].

prelim findings:
- gb distended w multiple stones, wall 4-5 mm, small pericholecystic fluid. c/w acute calculous cholecystitis. us would confirm if needed.
- cbd 5 mm, no intrahepatic dilation.
- liver, spleen, pancreas, adrenals, kidneys nl. no free air. appendix nl.
- incidental 9 mm hypodense l renal lesion, too small to characterize (bosniak not assignable on single phase).
called to [[NAME:agyeman]] at 03:22, surgery already paged. final read to follow in am.

[[NAME:t. anyaoha]] pgy-3 radiology / attending dr. [[NAME:leitner-hollenbach]] to overread
""")

note("radiology-e07", "radiology", """
DUAL-ENERGY X-RAY ABSORPTIOMETRY (DXA)
[[ORG:Prairie Bluff Bone Health]], [[CITY:Mitchell]], [[STATE:SD]]   Scanner: Lunar iDXA S/N [[DEVICE:LDX-600412]]

Patient: [[NAME:Vrbová, Ludvika]]   DOB [[DATE:10/04/1949]]   Sex F   MRN [[MRN:PBB-33071]]   Exam [[DATE:04/03/2025]]
Referring: [[NAME:Tomasina Feltz]], PA-C

Indication: postmenopausal, prior distal radius fracture (Colles type) in 2022, on letrozole.
Results:
L1-L4: BMD 0.812 g/cm2, T-score -2.6, Z-score -0.9
Left femoral neck: T-score -2.2; total hip T-score -1.8
FRAX (with BMD): 10-year major osteoporotic fracture 24%, hip 4.1%.
Comparison [[DATE:03/2023]] (same scanner): spine -3.1% (significant change), hip stable.

Impression: osteoporosis by lumbar spine T-score. Significant loss at the spine since the prior study, on an aromatase inhibitor. Treatment recommended per referring provider.
[[NAME:G. Haukeland]], MD
""")

note("radiology-e08", "radiology", """
[[ORG:Peachtree Dunwoody Children's Emergency]] - Radiology
XR CHEST AND ABDOMEN (FOREIGN BODY SERIES), 2 VIEWS

Patient: [[NAME:Adewunmi, Ifeoluwa]]   Age 3 y   MRN [[MRN:PDC-771902]]   Acc [[MRN:CR2506114407]]
Exam: [[DATE:06/11/2025]] 19:22
Ordering: [[NAME:Mirabel Keszthelyi]], MD

History: swallowed a coin about 2 hours ago at his grandmother's apartment, witnessed by his cousin [[NAME:Bisola]]. Drooling once, now eating crackers, no respiratory distress. Family visiting from [[CITY:Osogbo]], [[STATE:Osun]] State, staying with relatives in [[CITY:Stone Mountain]]; father's mobile [[PHONE:+234 803 417 2296]], aunt's local number [[PHONE:770-413-8820]].

Findings: round metallic foreign body, 21 mm, projecting over the left upper quadrant in the expected location of the stomach, seen en face on the frontal view. No second object. No "halo" or step-off to suggest a button battery. No foreign body in the esophagus or airway. Lungs clear. Bowel gas pattern normal, no free air.

Impression: coin in the stomach, past the esophagus. Not a button battery.

Discussed with Dr. [[NAME:Keszthelyi]] at 19:31; plan for discharge with stool checks and repeat film in 2 weeks if not passed. Grandmother [[NAME:Ayotunde]] asked for the images for the family's doctor in [[CITY:Osogbo]]; disc request form given.
[[NAME:Wenceslas Obuya-Griffith]], MD   [[DATE:06/11/2025]] 19:40
""")

note("radiology-e09", "radiology", """
PET/CT SKULL BASE TO MID-THIGH - INTERIM RESPONSE ASSESSMENT
[[ORG:DESERT SPRINGS CANCER IMAGING]] / [[ORG:SONORAN HEMATOLOGY ONCOLOGY]]
PATIENT: [[NAME:HIJAZI, SAMIR K]]   MRN: [[MRN:DSC0004417]]   ACC: [[MRN:PT-250318-02]]
DOB: [[DATE:17-SEP-1990]]   EXAM: [[DATE:18-MAR-2025]]
ORDERING: [[NAME:ROXANA GHANEM-ARAGONÉS]], MD

CLINICAL: CLASSICAL HODGKIN LYMPHOMA, NODULAR SCLEROSIS, STAGE IIB (BULKY MEDIASTINAL). INTERIM PET AFTER 2 CYCLES OF ABVD. BASELINE PET [[DATE:13-JAN-2025]].

TECHNIQUE: 9.8 MCI F-18 FDG IV, UPTAKE 62 MIN, GLUCOSE 92. LOW-DOSE CT FOR ATTENUATION CORRECTION.

FINDINGS:
MEDIASTINUM: RESIDUAL ANTERIOR MEDIASTINAL SOFT TISSUE 4.1 X 2.7 CM (PREVIOUSLY 9.8 X 7.2 CM), SUVMAX 2.1, BELOW LIVER (LIVER SUVMAX 2.9) AND ABOVE MEDIASTINAL BLOOD POOL.
NECK: PREVIOUSLY AVID LEFT SUPRACLAVICULAR NODES RESOLVED.
SPLEEN: NORMAL SIZE, HOMOGENEOUS UPTAKE.
MARROW: DIFFUSE MILD UPTAKE, CONSISTENT WITH RECENT G-CSF.
NO NEW SITES OF DISEASE.

IMPRESSION:
1. COMPLETE METABOLIC RESPONSE, DEAUVILLE SCORE 3 (LUGANO 2014).
2. RESIDUAL MEDIASTINAL MASS WITHOUT ACTIVE UPTAKE.

RESULTS DISCUSSED WITH DR. [[NAME:GHANEM-ARAGONÉS]] BY PHONE, [[PHONE:(480) 614-2207]].
[[NAME:BARTHOLD SZCZEPANSKI-NAGY]], MD, NUCLEAR MEDICINE
E-SIGNED [[DATE:03/18/2025]] 16:05   TRANSCRIBED BY [[NAME:LTR]]
""")

note("radiology-e10", "radiology", """
VIDEOFLUOROSCOPIC SWALLOW STUDY (MODIFIED BARIUM SWALLOW)
[[ORG:Lorain Lakeshore Hospital]] - Radiology and Speech-Language Pathology
Patient: [[NAME:Przybył, Hieronim]]   DOB [[DATE:02.08.1938]]   Age 86   MRN [[MRN:LLH-5521907]]
Date: [[DATE:Nov 18, 2024]]
Radiologist: [[NAME:Desdemona Adichie-Wiles]], MD   SLP: [[NAME:Wacława Kasprowicz]], MS, CCC-SLP

Referral: coughing with meals since a right pontine stroke in [[DATE:October]]; two episodes of pneumonia. Question aspiration.

Procedure: lateral and AP fluoroscopy while the patient took thin liquid by cup and straw, mildly thick liquid, puree and a cracker coated with barium. Fluoro time 3.2 min.

Findings:
- Thin liquid: delayed swallow initiation to the pyriform sinuses; silent aspiration on 2 of 3 sips (Penetration-Aspiration Scale 8). Chin tuck reduced but did not eliminate aspiration (PAS 5).
- Mildly thick liquid: penetration to the level of the vocal folds, cleared with a cued cough (PAS 3).
- Puree: mild vallecular residue, cleared with a second swallow.
- Solid: prolonged oral phase; moderate residue.
- No Zenker diverticulum. Upper esophageal sphincter opening adequate.

Impression: silent aspiration with thin liquids; moderate dysphagia in the oral and pharyngeal phases.
Recommendations (per SLP [[NAME:Kasprowicz]]): mildly thick liquids by cup, puree and soft diet, chin tuck, supervision at meals; outpatient therapy.

The patient's granddaughter [[NAME:Halszka]], who interprets Polish for him, was present and asked whether the results could be sent to his cousin, a physician in [[CITY:Łańcut]], [[STATE:Podkarpackie]]; told that a signed release is needed.
[[NAME:D. Adichie-Wiles]], MD   [[DATE:11/18/2024]]
""")

# ------------------------------------------------------------------ referral

note("referral-e01", "referral", """
[[ORG:RIVERBEND INTERNAL MEDICINE, P.C.]]
[[STREET:22150 Michigan Ave, Suite 300]]
[[CITY:Dearborn Heights]], [[STATE:MI]] [[ZIP:48127]]
Tel [[PHONE:313.561.0842]] | Fax [[PHONE:313.561.0849]] | [[URL:www.riverbendim-dearbornhts.com]]

[[DATE:February 3, 2025]]

[[NAME:Ottmar Vandersloot]], MD
Memory Disorders Program
[[ORG:Huron Valley Neurology Institute]]
[[STREET:4100 Packard Rd]], [[CITY:Saline]], [[STATE:MI]] [[ZIP:48176]]

Re: [[NAME:Suleiman Barakat]], DOB [[DATE:11/02/1944]]

Dear Dr. [[NAME:Vandersloot]],

Please would you see Mr. [[NAME:Barakat]], an 80-year-old retired pharmacist, for evaluation of cognitive decline over about 18 months. His daughter [[NAME:Nour]] first noticed that he was repeating stories and paying the same bills twice. Since the autumn he has twice become lost driving home from the mosque, and last month he left the stove on overnight. [[NAME:Nour]] and her brother [[NAME:Tamer]] took his car keys in [[DATE:December]].

There are two features I would value your opinion on. First, he describes seeing "small children sitting on the sofa" in the evenings, which do not frighten him, and [[NAME:Nour]] reports that he acts out dreams and once fell out of bed. Second, his attention fluctuates a great deal from day to day. On exam he has mild bradykinesia and reduced arm swing on the left, without rest tremor. I wondered about dementia with Lewy bodies rather than Alzheimer's disease, and I have avoided antipsychotics.

Testing: MoCA (Arabic version) 19/30, losing points on delayed recall, clock drawing and attention. B12, TSH, RPR and a metabolic panel are normal. MRI brain at [[ORG:Fairlane Imaging Center]] on [[DATE:1/14/2025]] showed mild generalized atrophy and moderate small-vessel change, no strokes.

He is a widower and lives alone in the family house on [[STREET:Kinloch St]]. He speaks Arabic and good English, though [[NAME:Tamer]] says he is "more himself in Arabic," and the family would like an interpreter. He grew up in [[CITY:Batroun]] and still follows the news from Lebanon every day.

Medications: tamsulosin 0.4 mg at night, amlodipine 5 mg, atorvastatin 20 mg, melatonin 3 mg.

The family's contact is [[NAME:Nour Barakat-Kanaan]], [[PHONE:313-629-0471]], [[EMAIL:nour.bk@cedarpostmail.com]]. He has signed a release for her. Adult day services at [[ORG:Olive Branch Adult Day Center]] start next week, three days a week.

With thanks and kind regards,

[[NAME:Rima Maalouf-Denholm]], MD
Internal Medicine

cc: [[ORG:Olive Branch Adult Day Center]]
    [[NAME:Nour Barakat-Kanaan]] (with patient's consent)
""")

note("referral-e02", "referral", """
[[ORG:Qaggiq Community Health Centre]] - Nursing Station
CONSULT REQUEST - OPHTHALMOLOGY (VISITING CLINIC OR MEDICAL TRAVEL)

Date: [[DATE:2025-03-11]]
To: [[ORG:Qikiqtani Regional Eye Services]], eye clinic coordinator, fax [[PHONE:867-975-8611]]
From: [[NAME:Clothilde Aubin-Tétreault]], RN (CHN), [[PHONE:867-934-8820]]; physician on call Dr. [[NAME:Kwadwo Asare-Lundqvist]] (telephone)

Patient: [[NAME:ITTUSARDJUAT, MIALIA]]   DOB: [[DATE:1958-04-19]]   NU health card: [[ACCOUNT:110 528 734]]   Chart: [[MRN:IHC-02274]]
Community: [[CITY:Igloolik]], [[STATE:NU]]
Language: Inuktitut only; interpreter needed for every appointment. Grandson [[NAME:Pauloosie]] (speaks English) is her usual escort.

Reason: gradual loss of vision both eyes over 2 years, worse on the right; can no longer sew kamiks or see faces across the room. She stopped going out on the land with [[NAME:Ipeelie]] (husband) last spring because of glare on the snow.
VA (Snellen, pinhole): OD 20/200, OS 20/80. Red reflex dull both eyes, dense white lens opacity on the right. IOP not measured (no tonometer at the centre). No pain, no red eye.
Diabetes: no. BP 138/80.

Impression: probable bilateral cataracts, right mature.
Request: assessment at the next visiting eye clinic, or medical travel for cataract surgery. Please include the escort; [[NAME:Pauloosie]] works at the [[ORG:Arnaq Hardware & Outfitting]] and needs two weeks' notice for time off.

Contact for the family: [[NAME:Pauloosie Qamaniq]], [[PHONE:867-934-8347]]. The patient has a hearing aid in the left ear only; please speak on that side.

[[NAME:C. Aubin-Tétreault]], RN
""")

note("referral-e03", "referral", """
rx / referral pad - [[ORG:Pinal Creek Family Practice]]   [[DATE:5/20/25]]

to: PT - [[ORG:Kinetic Peak Physical Therapy]], [[CITY:Globe]]
pt: [[NAME:Ramón Esquivias-Tuttle]]   dob [[DATE:7/7/68]]   ph [[PHONE:928 425 7136]]
dx: R rotator cuff tendinopathy, impingement (Neer +, Hawkins +, drop arm neg), no tear on US [[DATE:5/12]]
eval + treat, 2x/wk x 6 wks. ROM, scapular stabilization, rotator cuff strengthening. no overhead lifting at work ([[ORG:Cobre Ridge Mining]] mill maintenance) x 4 wks, note given.
pt prefers mornings; wife [[NAME:Eufemia]] drives.
[[NAME:L. Hatchard]], DO   NPI [[LICENSE:1748293606]]
""")

note("referral-e04", "referral", """
[[ORG:Lakewood Ranch Pediatric Cardiology]]
[[STREET:8430 Lakewood Ranch Blvd, Suite 210]], [[CITY:Bradenton]], [[STATE:FL]] [[ZIP:34202]]
Phone [[PHONE:941-907-3360]]   Fax [[PHONE:941-907-3369]]

REFERRAL TO MEDICAL GENETICS
To: [[ORG:Suncoast Genetics and Metabolism Clinic]], attention Dr. [[NAME:Stylianos Karabinis]]
Date: [[DATE:07/09/2025]]

Patient: [[NAME:Tak Si-hyeon]] (legal name in chart: [[NAME:Sihyeon Tak]])   DOB: [[DATE:2011-02-27]]   MRN: [[MRN:LRPC-40817]]
Parents: [[NAME:Tak Gyeong-su]] (father) and [[NAME:Cha Bora]] (mother); mother's cell [[PHONE:941-580-2274]]

Reason for referral: evaluation for Marfan syndrome or a related heritable aortopathy.

[[NAME:Si-hyeon]] is a 14-year-old who was sent to me after a sports physical for the [[ORG:Braden River Middle School]] volleyball team noted a murmur and tall stature. Height 186 cm (>99th percentile), arm span 195 cm, upper-to-lower segment ratio 0.83. Positive wrist (Walker-Murdoch) and thumb (Steinberg) signs. Pectus excavatum, mild. Myopia of -6.5 D, followed by his optometrist; no known ectopia lentis, but a dilated slit-lamp exam has not been done.

Echo ([[DATE:06/30/2025]]): aortic root 3.9 cm, Z-score +3.4; mild mitral valve prolapse with trace regurgitation. Systemic score 8 by my count.

Family history: his father is 190 cm and had "a heart valve problem" diagnosed during his military service in Korea; the father's older brother died suddenly at 38 in [[CITY:Jeonju]]. [[NAME:Gyeong-su]] is willing to have an echo himself. The paternal grandmother, who lives with the family, had a lens dislocation in one eye.

Plan so far: losartan started, activity restrictions discussed (no competitive volleyball until the genetics evaluation), ophthalmology referral placed. I would appreciate your assessment and FBN1 testing, with cascade testing as appropriate.

Insurance: [[ORG:Gulf Shores Family Health Plan]], member [[ACCOUNT:GSF-774019-03]].

Sincerely,
[[NAME:Anabella Kronholm]], MD, Pediatric Cardiology
""")

note("referral-e05", "referral", """
[[ORG:PACIFIC RIM SHIPYARD]] - EMPLOYEE HEALTH SERVICES
[[STREET:3100 Harbor Gateway Dr, Building 9]], [[CITY:Wilmington]], [[STATE:CA]] [[ZIP:90744]]   Tel [[PHONE:310-830-6617]]

Referral to Hematology
To: [[ORG:Harbor-South Bay Hematology Oncology]], fax [[PHONE:310-325-0714]]
Date: [[DATE:10/21/2025]]

Employee: [[NAME:Aiono, Talataina F.]]   DOB [[DATE:05/15/1983]]   Employee ID [[ACCOUNT:PRS-008812]]
Job: welder/painter, dry dock 2, 11 years

[[NAME:Talataina]] ("[[NAME:Tala]]" to his crew) was seen for his annual medical surveillance exam under our benzene and lead programs. CBC on [[DATE:10/14]] showed WBC 2.9, ANC 1.1, Hgb 11.2, MCV 104, platelets 118. A repeat on [[DATE:10/20]] was similar. Blood lead 8 ug/dL (stable). He feels well apart from tiredness after double shifts; no fevers, bleeding or weight loss. He drinks 6-8 beers on weekends. He takes no medications.

Exposure: he paints tank interiors with solvent-based coatings; respirator fit tests are current, but his supervisor, [[NAME:Leausa]], reports that the forced-air ventilation in tank 4 failed for several days in [[DATE:August]]. Industrial hygiene air sampling is pending.

I would appreciate your evaluation of the macrocytosis and pancytopenia, including whether occupational benzene exposure could be contributing. He has been removed from solvent work until your assessment, with full pay per the collective agreement with [[ORG:Harbor Shipwrights Local 1187]].

He lives in [[CITY:Carson]] with his wife [[NAME:Leilua]] and their four children, and sends money each month to his parents in [[CITY:Falealupo]], Samoa. Best number: [[PHONE:424-271-0983]] (text first; he is in the dock by day).

[[NAME:Anastasios Pirgos]], MD, MPH, Medical Director
cc: [[NAME:Kalolaine Mapa]], RN, case manager; [[ORG:Longshore Mutual Workers' Compensation]]
""")

note("referral-e06", "referral", """
*** FAX *** [[ORG:Valley Baptist Behavioral & Social Services]] - Case Management ***
[[STREET:1600 N Cage Blvd]], [[CITY:Pharr]], [[STATE:TX]] [[ZIP:78577]]   ph [[PHONE:956-787-2210]]   fx [[PHONE:956-787-2218]]

TO: [[ORG:Buena Vida Home Health & Hospice]], intake - fax [[PHONE:956-968-4471]]
FROM: [[NAME:Yesica Almanza-Briseño]], LMSW
DATE: [[DATE:1/27/2025]]          PAGES: 3
RE: home health referral - [[NAME:Rentería, Herminia]] - DOB [[DATE:03/19/1941]]

Ms. [[NAME:Rentería]] was discharged from our medical floor today after a 5-day stay for a COPD exacerbation with new home oxygen (2 L continuous, concentrator delivered by [[ORG:Tropical Breeze Respiratory]], S/N [[DEVICE:TBR-5L-220947]]). She needs skilled nursing (COPD teaching, inhaler technique, O2 safety, medication reconciliation), PT for strength and a home safety check. Spanish speaking only.

Home: [[STREET:418 W Tulipan Ave]], [[CITY:San Juan]], [[STATE:TX]] [[ZIP:78589]]. She lives with her son [[NAME:Arnulfo]], who works nights at [[ORG:Rio Fresh Packing]], so she is alone most of the day. Her daughter [[NAME:Chayito]] (legal name [[NAME:Rosenda Rentería Galindo]]) lives in [[CITY:Reynosa]], [[STATE:Tamaulipas]], and crosses on weekends; her Mexican cell is [[PHONE:+52 899 204 7731]]. [[NAME:Chayito]] is the one who understands the medications best.

Other supports: the ladies from [[ORG:Iglesia Bautista Monte Horeb]] visit Wednesdays; [[ORG:Hidalgo County Senior Meals]] delivery was restarted today (client # [[ACCOUNT:HCSM-40917]]).
Insurance: Medicare [[ACCOUNT:4TW7-KX3-MA62]]; Medicaid pending.
PCP: Dr. [[NAME:Evelio Sepúlveda]], [[ORG:Clínica Familiar del Valle]], [[PHONE:956-781-3390]].

Concerns: still smokes 3-4 cigarettes a day (counseled; she promised not to smoke near the oxygen). Gas stove in the kitchen. Home visit requested within 48 hours.

Please call me with the start-of-care date.
[[NAME:Y. Almanza-Briseño]], LMSW   ext 4417

CONFIDENTIALITY NOTICE: The documents accompanying this fax contain health information that is legally privileged. If you are not the intended recipient, call the sender and destroy the documents.
""")

note("referral-e07", "referral", """
[[ORG:Blackstone River Family Medicine]]
[[STREET:14 Mendon St]], [[CITY:Uxbridge]], [[STATE:MA]] [[ZIP:01569]]

[[DATE:October 27, 2025]]

Dear Dr. [[NAME:Haldane-Amponsah]],

Re: [[NAME:Ottway Short]], DOB [[DATE:4/30/1963]], MRN [[MRN:BRFM-20944]]

Thank you for seeing Mr. [[NAME:Short]] urgently in the neuromuscular clinic. He is a 62-year-old mail carrier for the [[ORG:Uxbridge Post Office]] who came in today with five days of ascending numbness and weakness.

It began as tingling in both feet two weeks after a bout of diarrhea that he picked up at a family wedding in [[CITY:Castlebar]], Ireland, in late [[DATE:September]]. He now has difficulty climbing the stairs to his apartment and cannot rise from a chair without his arms. Short of breath only when lying flat, which started yesterday. No bladder or bowel change.

Exam: symmetric weakness, hip flexors 3/5, ankle dorsiflexion 4-/5, grip 4/5; areflexic throughout; stocking sensory loss to the mid-shin; no facial weakness; Romberg positive. Single-breath count 19. Forced vital capacity at the bedside (handheld) 2.1 L.

I am concerned about Guillain-Barré syndrome, likely after Campylobacter. Given the orthopnea and falling count, I have sent him to the emergency department at [[ORG:Mendon Road Regional Hospital]] by ambulance rather than to the clinic, and I have spoken to the ED physician, Dr. [[NAME:Nnamdi-Ross]]. Please see him there.

His wife, [[NAME:Linnet Short]], is with him: [[PHONE:(508) 278-3016]]. Their son [[NAME:Keaton]] is still in Ireland and can be reached on [[PHONE:+353 94 902 1178]].

Medications: lisinopril 10 mg. No allergies.

Yours sincerely,

[[NAME:Ailbhe Obiageli-Tredgold]], MD
cc: [[ORG:Mendon Road Regional Hospital]] Emergency Department (by fax, [[PHONE:508-422-2810]])
""", ok=("Short of breath",))

note("referral-e08", "referral", """
From: Dr [[NAME:Caoimhe Ní Dhomhnaill]] <[[EMAIL:c.nidhomhnaill@carrowbegmedical.ie]]>
Sent: [[DATE:14 April 2025]] 09:12
To: [[EMAIL:newpatients@charlesriverprimarycare.org]]
Subject: Transfer of care - [[NAME:Lenihan, Bríd]] - moving to [[CITY:Boston]]

Dear colleagues,

Mrs [[NAME:Bríd Lenihan]] (DOB [[DATE:02/09/1979]], by Irish convention [[DATE:2 September]]) has been a patient of this practice for many years and moves to [[CITY:Somerville]], [[STATE:Massachusetts]], on [[DATE:1 May]] when her husband [[NAME:Colmán]] takes up a post with [[ORG:Harborlight Biotherapeutics]]. She asked me to write so that her care continues without a gap.

Problems:
1. Type 1 diabetes since age 11, on a pump (serial [[DEVICE:MMT-1780-KG-40917]]) and CGM; HbA1c 54 mmol/mol in [[DATE:March]]. Background retinopathy, last screened [[DATE:Nov 2024]].
2. Hashimoto's thyroiditis on levothyroxine 100 mcg.
3. Coeliac disease, strict gluten-free diet.

She will need pump supplies and insulin promptly; she is bringing a 3-month supply. Her children, [[NAME:Oisín]] (12) and [[NAME:Sadhbh]] (9), are well and will register separately.

Her consultant at [[ORG:Clew Bay Regional Hospital]] is Dr [[NAME:Feargal Twomey-Kissane]], who is happy to speak to her new endocrinologist.

Her Irish phone will stay active for a few weeks: [[PHONE:+353 87 633 4109]]. New US address: [[STREET:62 Highland Ave, Apt 2]], [[CITY:Somerville]], [[STATE:MA]] [[ZIP:02143]].

Kind regards,

[[NAME:Caoimhe Ní Dhomhnaill]] MB BCh BAO MICGP
General Practitioner, Medical Council no. [[LICENSE:418227]]
[[ORG:Carrowbeg Medical Practice]]
[[STREET:Carrowbeg Lane]], [[CITY:Westport]], Co. [[STATE:Mayo]] [[ZIP:F28 X2K7]], Ireland
Tel [[PHONE:+353 98 27 411]]
""")

note("referral-e09", "referral", """
[[ORG:Bayshore Dialysis Partners - Daly City]]
SOCIAL WORK / TRAVEL DIALYSIS REFERRAL

To: [[ORG:Bantayan Renal Care Center]], [[CITY:Dumaguete City]], Philippines (attn: [[NAME:Ma. Dalisay Magbanua]], RN, head nurse)
By email to [[EMAIL:referrals@bantayanrenal.ph]] and fax [[PHONE:+63 35 422 6617]]
Date: [[DATE:Aug 11 2025]]

Patient: [[NAME:SALONGA, EPIFANIA B.]]   DOB [[DATE:07/24/1955]]   Unit MRN [[MRN:BDP-20419]]
Requested dates: [[DATE:December 10, 2025]] to [[DATE:January 21, 2026]] (visiting her sister [[NAME:Bayani]] and attending her grandson's wedding)
Schedule: MWF, 4 h. PhilHealth member no. [[ACCOUNT:01-025174498-3]] (active, per the patient).

Clinical summary: ESRD from diabetic nephropathy, on in-center hemodialysis since 2019. Access: left radiocephalic AVF, 15G needles, buttonhole technique not used. EDW 58.5 kg. Hepatitis B surface antigen negative, antibody positive (immune); hepatitis C antibody negative; HIV negative (all [[DATE:07/2025]]). No MRSA. Usual prescription: Qb 350, Qd 500, 2K/2.5Ca, heparin 1,000 units bolus then 500 units/hour.

Medications: sevelamer with meals, cinacalcet 30 mg, insulin glargine 10 units, amlodipine 10 mg. ESA given in-center (epoetin 4,000 units each treatment); she understands she must pay for it locally.

The patient's nephew [[NAME:Rommel Gatchalian]] will bring her to the first treatment. Local contact in [[CITY:Dumaguete City]]: [[PHONE:+63 917 482 1106]]. US contact: daughter [[NAME:Maricel Salonga-Heath]], [[PHONE:650-755-0418]].

Attached: last 3 run sheets, monthly labs, standing orders, chest X-ray report.
[[NAME:Casimiro Wendling]], LCSW, [[PHONE:650-994-2200 x14]]
[[NAME:Kiều-Oanh Everhart]], MD, medical director
""")

note("referral-e10", "referral", """
[[ORG:Wasatch Kids Dental]] - [[STREET:5468 S Redwood Rd]], [[CITY:Taylorsville]], [[STATE:UT]] [[ZIP:84123]] - [[PHONE:801-966-0419]]

Orthodontic / craniofacial referral
To: [[ORG:Wasatch Front Cleft and Craniofacial Team]], orthodontic coordinator
Date: [[DATE:9-3-2025]]

Patient: [[NAME:Atonio Tuimavave]]   DOB [[DATE:8-16-2016]]   Chart [[MRN:WKD-11842]]
Parents: [[NAME:Losa]] and [[NAME:Pouono Tuimavave]]; best phone [[PHONE:(385) 214-7706]] ([[NAME:Losa]])

[[NAME:Atonio]] is a 9-year-old with a repaired left unilateral complete cleft lip and palate (surgery in [[CITY:Apia]], Samoa, at 6 months and 2 years, before the family moved here). He has never been seen by a cleft team. Today: Class III molar relationship, anterior and left posterior crossbite, missing #10, peg-shaped supernumerary in the cleft site, and an alveolar cleft with a small oronasal fistula (fluids come out of his nose when he drinks fast). Speech is hypernasal per his teacher at [[ORG:Jordan Canal Elementary]].

Request: team evaluation for maxillary expansion, alveolar bone grafting before the permanent canine erupts, speech assessment and fistula repair.

Cavities restored today; fluoride varnish. He is scared of needles; grandma [[NAME:Lagi]] calms him best.
Coverage: [[STATE:Utah]] Medicaid ID [[ACCOUNT:0718824406]].

[[NAME:Quillon Asplund]], DDS   NPI [[LICENSE:1304729589]]   DEA [[LICENSE:BA2074134]]
""")

# ----------------------------------------------------------------- telephone

note("telephone-e01", "telephone", """
ph msg [[DATE:3/4]] 0915 - [[NAME:kt]] (front)
call back re: ins, wife = [[NAME:donna]] [[PHONE:402 719 4483]]. pt [[NAME:merlyn kuhlmann]] dob [[DATE:1/22/58]].
[[ORG:cornhusker mutual]] denied the ct abd, says needs prior auth, ref # [[ACCOUNT:CM2503-88104]]. [[NAME:donna]] says they got the letter yesterday and the scan is thurs at [[ORG:platte valley imaging]] in [[CITY:grand island]] [[STATE:ne]].
she also asked if [[NAME:merlyn]] can keep taking the naproxen w/ his stomach like this. told her i'd ask.
-> routed to [[NAME:jo]] for PA, and to dr. [[NAME:ferrand]]'s nurse for the naproxen q.

0950 [[NAME:jo]]: PA submitted on the portal, clinicals attached, pending. peer to peer offered if denied again. called [[NAME:donna]] back, lvm on cell to call [[NAME:jo]] at [[PHONE:402-384-7720 x3]].
1105 rn ([[NAME:mh]]): per dr. [[NAME:ferrand]] stop naproxen, use tylenol up to 3 g/day, start omeprazole 20 daily (sent to [[ORG:hometown drug]] in [[CITY:hastings]]). spoke w/ [[NAME:donna]] this time, she repeated back. if black stools or vomiting blood -> ER.
1420 PA approved, auth [[ACCOUNT:AP77129046]]. [[ORG:platte valley imaging]] notified. [[NAME:donna]] aware. - [[NAME:jo]]
""")

note("telephone-e02", "telephone", """
TELEPHONE ENCOUNTER
[[ORG:Fraser Heights Family Practice]] - [[CITY:Surrey]], [[STATE:BC]]
Date: [[DATE:2025-06-17]]   Time: 10:42   Taken by: [[NAME:Gurleen Mangat]], MOA

[x] Clinical question   [x] Medication   [ ] Lab results   [ ] Referral   [ ] Forms

Patient: [[NAME:Randhawa, Kulwant]]   DOB: [[DATE:1948-09-03]]   PHN: [[ACCOUNT:9071 844 312]]
Caller: [[NAME:Sukhwinder]] (daughter-in-law), listed contact
Call-back: [[PHONE:604-581-2247]] (home) / [[PHONE:778-330-9164]] (cell)
Language: Punjabi; caller speaks English

Reason for call: Mother-in-law's blood sugars high since she came back on [[DATE:June 9]] from 5 months at the family farm near [[CITY:Jagraon]], [[STATE:Punjab]]. Readings 14-19 mmol/L fasting. She ran out of her gliclazide in [[DATE:April]] and a doctor in [[CITY:Ludhiana]] gave her a different tablet (caller will read the box: "Glimepiride 2 mg + Metformin 500"). Also "burning feet" worse. No vomiting, drinking a lot, peeing a lot, not confused.

[x] Triage protocol: hyperglycemia, adult - no red flags
[x] Advised: continue the tablets she has for now, drink water, check sugar before meals
[x] Appointment booked: Dr. [[NAME:Harnek Dhami-Blackwood]], [[DATE:June 19]], 14:20 (in person, bring all boxes and meter)
[ ] Sent to ER

Pharmacy on file: [[ORG:Guildford Care Pharmacy]], [[PHONE:604-588-0419]].

Forwarded to Dr. [[NAME:Dhami-Blackwood]] for review.
Reply [[DATE:2025-06-17]] 13:05: Agree. Add fasting labs (A1c, creatinine, B12) before the visit; requisition faxed. - [[NAME:HDB]]
Called [[NAME:Sukhwinder]] back 13:20, informed. [[NAME:GM]]
""")

note("telephone-e03", "telephone", """
AFTER-HOURS ANSWERING SERVICE - [[ORG:NightLine Medical Answering]] for [[ORG:Holston Hills Pediatrics]]
Messages for Saturday [[DATE:02/08/2025]], on-call: Dr. [[NAME:Ravenna Quist]]

#1 18:12  Caller [[NAME:Sunday Ekpenyong]] (mom) re [[NAME:Chidubem]], 4 y. Fever 39.6 since noon, drinking, playing between doses. Cb [[PHONE:423-246-7718]].
   18:25 [[NAME:RQ]]: called back. Alternating not needed; ibuprofen dosing by weight given. Will call her back Sunday afternoon; clinic Monday if still febrile. Mom ok.

#2 19:40  Caller "[[NAME:Winter]]" (aunt, no last name given) re [[NAME:Journey Stallard-Pickens]], 9 mo. Rolled off the bed onto carpet, cried right away. Cb [[PHONE:423-914-0036]].
   19:48 [[NAME:RQ]]: no LOC, acting normal, eating. Head injury care instructions given; aunt will watch overnight. Mom [[NAME:Kiersten]] at work at [[ORG:Eastman Road Waffle Barn]] till 11.

#3 21:55  Caller [[NAME:Dewitt]] (dad) re [[NAME:Ember Lattimore]], 15. Says she took "a handful" of her mom's sertraline after a fight about her phone. Cb [[PHONE:423-578-2219]].
   21:57 [[NAME:RQ]]: told dad to call 911 now and Poison Control. Called ED at [[ORG:Bristol Ridge Medical Center]] to expect her.
   23:40 ED RN [[NAME:Ouko]]: 12 tabs x 50 mg, ECG ok, admit for observation, psych consult in AM.

#4 23:58  Caller [[NAME:Anatol Vasconez-Harte]] re [[NAME:Story]], 6 wk. "Sneezing a lot." No fever, feeding well.
   00:05 [[NAME:RQ]]: reassured; saline drops; clinic Monday if worse.

Summary faxed to [[ORG:Holston Hills Pediatrics]] at 07:00 ([[PHONE:423-246-0901]]). - [[NAME:RQ]]
""", ok=("back Sunday afternoon",))

note("telephone-e04", "telephone", """
TELEPHONE NOTE - PHARMACY CALLBACK
[[ORG:Sangre de Cristo Internal Medicine]], [[CITY:Pojoaque]], [[STATE:NM]]
[[DATE:04/29/2025]] 16:10   Staff: [[NAME:Nohemí Trujeque]], RN

Caller: [[NAME:Dominic Gurulé-Nam]], PharmD, [[ORG:Tesuque Road Community Pharmacy]], [[STREET:112 Camino del Rincón]], [[CITY:Pojoaque]], [[STATE:NM]] [[ZIP:87506]]; [[PHONE:505-471-2266]]
Patient: [[NAME:Mondragón Vigil, Fabián]]   DOB [[DATE:12/01/1966]]   MRN [[MRN:SDC-774102]]

Issue: paper prescription for oxycodone 5 mg, #20, written [[DATE:4/28]] after his hernia repair, presented today. The pharmacist could not read the prescriber's DEA number and the quantity was changed in a different ink. He also saw a PMP report showing a tramadol fill from another prescriber, Dr. [[NAME:Bartolomé Ulibarrí]] at [[ORG:Española Valley Urgent Care]], on [[DATE:4/25]].

Verified with Dr. [[NAME:Ines Valdespino-Kurtz]] in clinic: she wrote the script for #20 (quantity not altered; she initialed the correction herself). Gave pharmacist her DEA [[LICENSE:BV3819426]] and NPI [[LICENSE:1620938476]] after confirming his callback number on the pharmacy's published line. Dr. [[NAME:Valdespino-Kurtz]] asked that the tramadol be noted; patient told the urgent care about his upcoming surgery but not about this visit.

Patient called at [[PHONE:505-629-0183]] (ok to leave a message): spoke with him and his wife [[NAME:Eloisa]]. He says he stopped the tramadol after two doses. Reviewed: one opioid prescriber, no driving, stool softener.

Pharmacist will fill. Note sent to Dr. [[NAME:Valdespino-Kurtz]]. - [[NAME:NT]]
""")

note("telephone-e05", "telephone", """
Telephone visit with interpreter - [[ORG:Rainier Valley Family Health]] (Gastroenterology follow-up)
Thu [[DATE:5/15/2025]] 11:00-11:25   Clinician: [[NAME:Ottavio Brightmore]], NP
Interpreter: Vietnamese, [[ORG:Cascadia Language Link]], interpreter #7719 ([[NAME:Dương]])

Patient: [[NAME:Lưu Diệu Kiều]]   DOB [[DATE:1962-08-30]]   MRN [[MRN:RVFH-0088231]]
Also on the line: son [[NAME:Tấn]] from work, with the patient's permission.

Verified identity with name and date of birth. Patient at home, [[STREET:4520 S 144th St, Apt 310]], [[CITY:Tukwila]], [[STATE:WA]] [[ZIP:98168]].

S: Follow-up of H. pylori treatment (bismuth quadruple therapy finished [[DATE:April 20]]). Epigastric pain much better, no black stools. She stopped the metronidazole 2 days early because of the metallic taste. Appetite good. She is planning a trip to [[CITY:Rạch Giá]], [[STATE:Kiên Giang]], in [[DATE:July]] for her mother's memorial and asked if she needs anything before flying.
Son [[NAME:Tấn]] asked about his own stomach symptoms; advised to book with his own provider.

A/P:
1. H. pylori, treated. Stool antigen test of cure at least 4 weeks after treatment and 2 weeks off omeprazole: stop omeprazole [[DATE:5/20]], lab kit mailed; drop off at the lab at our [[CITY:Columbia City]] site after [[DATE:6/3]].
2. Iron deficiency: continue ferrous sulfate every other day. CBC with the stool test.
3. Travel: travel clinic referral for hepatitis A and typhoid; she had hepatitis B vaccines in 2010.

Teach-back through interpreter: correct. [[NAME:Tấn]] will drive her to the lab.
Total time 25 min, audio only per patient preference.
[[NAME:O. Brightmore]], ARNP
""")

note("telephone-e06", "telephone", """
PHONE CALL FROM SCHOOL - [[ORG:Little Bighorn Family Clinic]], [[CITY:Hardin]], [[STATE:MT]]
[[DATE:02/05/2025]] 09:35   RN: [[NAME:Kestrel Yellowtail-Mott]]

Caller: Ms. [[NAME:Wise]], school nurse at [[ORG:Little Horn Valley Elementary]], [[PHONE:406-639-2304]]
Student: [[NAME:Aspen Three Irons]]   DOB [[DATE:03/11/2015]]   MRN [[MRN:LBF-60914]]

[[NAME:Aspen]] came to the office after recess coughing and wheezing, peak flow 180 (personal best 300, yellow zone). Three puffs of albuterol from the school supply at 09:20 with a spacer; now 230, talking in full sentences, no retractions. Ms. [[NAME:Wise]] reports it has been very cold (-18 C) and the class was outside for 20 minutes. This is the third time this week per her teacher, Mr. [[NAME:Goodnight]].

Mom ([[NAME:Tansy Three Irons]]) could not be reached at work at [[ORG:Pryor Gap Dental Clinic]]; grandma [[NAME:Velma]] is on the pickup list and lives in [[CITY:Crow Agency]].

Advice per asthma action plan: repeat 4 puffs now, recheck in 20 minutes. If peak flow under 150, lips blue or too breathless to talk, call 911. If back to green, can stay in class, indoor recess today. Grandma to pick her up if still in the yellow zone.

09:58 school nurse called back: peak flow 270, playing quietly. Staying at school.
10:40 reached [[NAME:Tansy]] at [[PHONE:406-665-3018]]; she says the controller inhaler (fluticasone) ran out last month because the pharmacy in [[CITY:Hardin]] was out of stock. Refill sent to [[ORG:Bighorn Valley Drug]]. Appointment with PA [[NAME:Hoogstraten]] moved up to Friday.

Would be wise to add a school form for a spacer and a second inhaler; form faxed to the school at [[PHONE:406-639-2310]].
[[NAME:K. Yellowtail-Mott]], RN
""", ok=("Three puffs",))

note("telephone-e07", "telephone", """
TELEPHONE TRIAGE - TRAVELLER OUTSIDE THE US
[[ORG:Blue Heron Primary Care]] - nurse line   [[DATE:12/30/2024]] 08:05   RN [[NAME:Ambrin Dunsmore]]

Caller: patient, [[NAME:Jubal Oesterle]] (DOB [[DATE:05/05/1971]], MRN [[MRN:BHP-44172]]), calling from [[CITY:Sayulita]], [[STATE:Nayarit]], Mexico, on WhatsApp: [[PHONE:+1 541 908 2274]]. Partner [[NAME:Zilpah]] also on the line.

S: 3 days of watery diarrhea, 8-10 times a day, cramps, low fever last night (38.2). No blood. Can keep fluids down. Dizzy standing up this morning. Ate street tacos and a ceviche on the 26th. Staying at [[ORG:Casa Colibrí Bungalows]], room 4. On lisinopril and HCTZ for blood pressure.
O: (per caller) HR 104 on his watch.

A: travellers' diarrhea with moderate dehydration; on an ACE inhibitor and a diuretic.
P:
- Hold lisinopril and HCTZ until eating and drinking normally.
- Oral rehydration salts (suero oral) from any farmacia; small sips often.
- Azithromycin 1 g once: prescribed by our provider, Dr. [[NAME:Hesper Yarborough]]; a local pharmacy may require a Mexican prescription, so he was advised to use the clinic the hotel recommended, [[ORG:Clínica Médica Punta Sayulita]] ([[PHONE:+52 329 291 0447]]), if the pharmacy refuses.
- Go to the hospital in [[CITY:Puerto Vallarta]] if he faints, passes blood, has fever over 39, or cannot keep fluids down.
- His travel insurer is [[ORG:Westwind Assist]] (policy [[ACCOUNT:WWA-TR-20418836]]), 24-hour line [[PHONE:1-888-640-7719]]; [[NAME:Zilpah]] will call them to get a list of covered clinics.
- Call back tomorrow or sooner; flight home [[DATE:Jan 4]].

Teach-back correct from both. [[NAME:Zilpah]]'s number for follow-up: [[PHONE:+1 541 390 6621]].
[[NAME:C. Dunsmore]], RN   Reviewed: [[NAME:H. Yarborough]], MD
""")

note("telephone-e08", "telephone", """
tc from [[ORG:buckeye bridge home health]]   [[DATE:oct 14]] 1440
caller: [[NAME:ezinna]] rn (agency), [[PHONE:614 272 0918]]
re: pt [[NAME:ugochukwu okpara-dane]] [[MRN:CRM0422817]], 71m, home on [[STREET:sullivant ave]] in [[CITY:franklinton]]

- soc visit today after d/c for L bka. per [[NAME:ezinna]] stump incision dry, staples intact, no drainage. pain 3/10.
- bp 92/58 sitting, hr 104. dizzy w transfers. drinking maybe 3 cups/day. wife [[NAME:nkechi]] says he won't drink bc he hates the urinal.
- metoprolol?? d/c list says 25 bid, bottle from [[ORG:west broad discount pharmacy]] says 50 bid, he's been taking 50. [[NAME:ezinna]] holding bp meds til we call back.
- needs orders for wound care + pt/ot, fax [[PHONE:614-272-0930]].

routed to dr [[NAME:ekwunife]] (pcp).
1510 vo from dr [[NAME:ekwunife]]: hold metoprolol today, restart 25 bid tomorrow if sbp > 100, push fluids 1.5 L/day, bmp + cbc thurs. orders faxed.
1530 called [[NAME:ezinna]] back, read back ok. also told [[NAME:nkechi]] on her cell [[PHONE:614-806-2231]], she will call the pharmacy about the wrong label.
son [[NAME:chidozie]] is flying in from [[CITY:nsukka]] next wk, will be at the house thru [[DATE:nov 2]].
-[[NAME:lw]] rn
""")

note("telephone-e09", "telephone", """
VOICEMAIL - AUTO-TRANSCRIBED (unverified) - [[ORG:Ozark Highlands Heart & Vascular]] device clinic line
Received [[DATE:07/22/2025]] 7:41 AM from [[PHONE:(479) 306-2281]], 58 sec

"Hi, um, this is [[NAME:Bliss]], [[NAME:Bliss Harkavy]], I'm calling about my dad, [[NAME:Orvel Harkavy]], his birthday is [[DATE:June 2nd 1941]]. He's got the, the heart thing, the defibrillator, and the box by his bed has been blinking yellow since last night and he says he felt a thump in his chest around two this morning, like a kick. He's sitting up, he's okay, he's talking. We're at his place out on [[STREET:Old Wire Road]] past [[CITY:Tontitown]]. My number is [[PHONE:479-306-2281]], or you can call my husband [[NAME:Lyman]]. Okay. Thank you, bye."

RN callback 07:52 ([[NAME:Sabra Quintanilla]], RN): reached [[NAME:Bliss]]. Patient alert, no chest pain, no syncope, one "kick" only. Asked her to press the button on the bedside monitor for a manual transmission. Received 08:06: ICD (generator S/N [[DEVICE:RLB-602217-H]]) shows one shock at 02:14 for ventricular tachycardia at 218 bpm, terminated, sinus rhythm since. Battery and leads normal.
Per Dr. [[NAME:Anwar Tillinghast]]: same-day device clinic visit and BMP/magnesium; go to the ED by ambulance for any second shock, chest pain or fainting. No driving for 6 months; [[NAME:Bliss]] was told he must not drive his truck and she will take the keys.
Appointment today 11:30 at our [[CITY:Bentonville]] office. [[NAME:Bliss]] will bring his medication bottles.
[[NAME:SQ]]
""")

note("telephone-e10", "telephone", """
ANTICOAGULATION CLINIC - TELEPHONE / MESSAGE NOTE
[[ORG:Lehigh Crest Anticoagulation Service]]   [[DATE:9 Jan 2025]]   Pharmacist: [[NAME:Philippos Dragoumis]], PharmD, CACP

Patient: [[NAME:Kuruvilla, Aleyamma]]   DOB [[DATE:22/04/1950]] (entered day/month in the Indian passport copy)   MRN [[MRN:LCA-200913]]
Indication: mechanical mitral valve (On-X), goal INR 2.5-3.5. Warfarin 5 mg daily, 7.5 mg Mon/Fri.

Message via WhatsApp from her son [[NAME:Binu]] ([[PHONE:+91 94470 21836]]); patient is visiting family near [[CITY:Kottayam]], [[STATE:Kerala]], until [[DATE:February 20]].
INR done [[DATE:08-01-2025]] at [[ORG:Marthoma Diagnostic Laboratory]], [[CITY:Pala]]: 1.7 (photo of the report received; lab reference ranges in English). She missed two doses over [[DATE:Christmas]] while travelling to her sister's in [[CITY:Changanassery]] by bus, and she has been eating a lot of green leafy thoran.

Called [[NAME:Binu]] back on WhatsApp at 09:40 EST (20:10 in India) with the patient present:
- Take 7.5 mg tonight and tomorrow, then resume the usual schedule.
- Repeat INR in 5 days ([[DATE:Jan 14]]) at the same lab; send a photo of the result.
- Go to the hospital for any weakness, speech trouble, chest pain, bleeding or black stools. [[NAME:Binu]] says the nearest cardiac centre is in [[CITY:Kottayam]], about 30 minutes away.
- Leafy greens are fine but keep the amount similar each day.

Her daughter in the US, [[NAME:Ancy Kuruvilla-Mathai]] ([[PHONE:610-417-2093]]), is the usual contact and was copied on the plan by email ([[EMAIL:ancy.km@lehighmail.net]]).
[[NAME:P. Dragoumis]], PharmD   Reviewed with Dr. [[NAME:Thorunn Ekstrand]]
""")


if __name__ == "__main__":
    sys.exit(SET.main())
