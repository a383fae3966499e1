#!/usr/bin/env python3
"""Generator for TRAINING SET D of Ward's learned PHI tagger (train.jsonl).

Training data, not an evaluation set.  Written without reading the scanner
(crates/deid/src/), without running it, and without opening the sealed set's
data or generator (only ../notes-sealed/README.md was read; its sealed.jsonl
is passed to the independence check below and nothing else).  Every note is
hand-written, fully synthetic text: patients, relatives, staff,
organisations, numbers and street addresses are invented (real cities,
towns, neighbourhoods, states, provinces and countries appear as geography
only).

This set's texture: many different care settings and writers (emergency
triage, psychiatry and social work, obstetrics and paediatrics, oncology and
hospice, dental and eye clinics, occupational health, veterans' care,
correctional health, rural and tribal clinics, home visits), and text the way
it looks after being copied between systems: dictated run-on sentences,
copy-pasted headers and footers, fax cover sheets, forwarded portal messages
and e-mails with signature blocks, telephone-encounter templates, medication
reconciliation with pharmacy addresses, ALL CAPS transcription, lower-case
texting and bulleted smart-phrases.

PHI is marked inline exactly as in the other sets:

    [[TYPE:surface text]]

The machinery (marker parsing, checks, output, statistics) lives in
../notes_tool.py; this file holds only the notes and the set's settings.

Usage (``notes_tool``'s docstring): ``python3 generate.py`` writes train.jsonl
and refreshes the statistics in README.md; ``--out X.jsonl`` writes elsewhere;
``--check`` validates only. The settings and checks shared by every training
set are ``notes_tool.training_set``'s.

Set C was written at the same time as this one; where the two clashed, this
set's text was changed.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import notes_tool  # noqa: E402

SET = notes_tool.training_set(__file__, "d", "abc")
note = SET.note


# ==========================================================================
# NOTES
# ==========================================================================

# ----------------------------------------------------------------- discharge

note("discharge-d01", "discharge", """
BEHAVIORAL HEALTH DISCHARGE SUMMARY
[[ORG:Quillmark Behavioral Health Pavilion]], Adult Unit 3B
Patient: [[NAME:EZEOKE-PRYOR, ELLERY J]]   MRN: [[MRN:QBH-2291843]]   DOB: [[DATE:02/17/1996]]
Admitted: [[DATE:10/02/2024]]   Discharged: [[DATE:10/16/2024]]
Attending: [[NAME:Maribeth St. Clair]], MD

HPI (dictated): patient is a 28 year old man brought in by two officers of the [[ORG:Tallow Creek Police Department]] after his landlord [[NAME:Vernon Tischler]] found him on the roof of the building at [[STREET:2207 west 98th street]] talking about the storm in his head and saying the sky was sending him numbers he had stopped his olanzapine about six weeks earlier when he lost his job on the loading dock at [[ORG:Kessel & Vane Tool and Die]] and his mother [[NAME:Georgiana Pryor]] who lives over in [[CITY:Garfield Heights]] says he had not slept more than two hours a night for a week and had given away his car no substances other than cannabis UDS positive for THC only

Course: olanzapine restarted and titrated to 15 mg qhs; sleeping 7 hours by day 5 and no further talk of the numbers after [[DATE:10/09]]. Family meeting [[DATE:10/11]] with his mother, his sister [[NAME:Sky Ezeoke]] and his probation officer, Officer [[NAME:Septimus Haldeman]] of [[ORG:Tamarack County Adult Probation]] (case [[ACCOUNT:CR-2023-004417]]), who agreed the missed check-in on [[DATE:Sept 30]] will not be filed as a violation. Case manager [[NAME:Yatziri Barrientos]] from [[ORG:Northcoast Bridges]] secured a bed at [[ORG:Lantern House Men's Shelter]], [[STREET:1650 Superior Ave E]], [[CITY:Cleveland]] [[ZIP:44114]], until the apartment is cleaned; [[NAME:Tischler]] will not pursue eviction if rent is current by [[DATE:November 1st]].

Discharge meds: olanzapine 15 mg qhs, 14-day supply sent to [[ORG:Rx Corner Pharmacy]] on [[STREET:Lorain Ave]] ([[PHONE:216-941-3307]]).
Follow-up: ACT team intake [[DATE:10/18]] 10:00 with [[NAME:Barrientos]]; probation check-in [[DATE:10/21]].
Safety: denies SI/HI at discharge; crisis line 988 reviewed with patient and mother.

Electronically signed by [[NAME:Maribeth St. Clair]], MD on [[DATE:10/16/2024]] 16:48
cc: [[NAME:T. Haldeman]] (probation), fax [[PHONE:216-443-7018]]; [[ORG:Northcoast Bridges]]
""")

note("discharge-d02", "discharge", """
POSTPARTUM / NEWBORN COUPLET DISCHARGE
[[ORG:BRIDGEWATER BIRTHING CENTER AT LINDQVIST MEMORIAL]]

MOTHER: [[NAME:Ter Horst, Lise M.]]   MRN [[MRN:LM-88104277]]   DOB [[DATE:1993-08-21]]
INFANT: Baby Boy [[NAME:Ter Horst]]   MRN [[MRN:LM-88104301]]
DELIVERY: [[DATE:2024-05-03]] 22:14, primary LTCS for arrest of dilation   DISCHARGE: [[DATE:2024-05-06]]
OB: [[NAME:Kwasi Agyemang-Duah]], MD   Peds: [[NAME:Rowan Eikenberry]], DO

MATERNAL: G2P2. EBL 900 mL, Hgb 11.4 -> 9.6, started ferrous sulfate every other day. Incision clean and dry, staples removed day 3. BP 128-136/78-84, no headache or visual change; preeclampsia labs normal. Rh positive, rubella immune. Tdap given in pregnancy. Breastfeeding with nipple shield; lactation (IBCLC [[NAME:Ofelia Brambilla]]) saw her twice.

NEWBORN: Apgar 7 and 9. Ballard consistent with 39 weeks. BW 3,620 g, discharge weight 3,390 g (-6.4%). TcB 8.1 at 60 h, low risk. Hep B vaccine [[DATE:5/4]]. Hearing screen passed both ears. CCHD screen passed. Circumcision deferred at parents' request.

SOCIAL: husband [[NAME:Maarten Ter Horst]], cell [[PHONE:(616) 820-4413]], works second shift at [[ORG:Grandville Extrusion]] and has 2 weeks of leave. Big sister [[NAME:Linnea]] (3) stays at [[ORG:Little Acorns Child Care]] on [[STREET:Baldwin St]] during the day. Doula [[NAME:Ragnhild Greaves]] of [[ORG:Lakeshore Birth Roots]] was present for labor and will do two home visits. Edinburgh screen 5.

HOME: [[STREET:6120 Sandpiper Ln]], [[CITY:Hudsonville]], [[STATE:MI]] [[ZIP:49426]]
COVERAGE: [[STATE:Michigan]] Medicaid ID [[ACCOUNT:0044187203]]

FOLLOW-UP:
- Baby: [[ORG:Jenison Kids First Pediatrics]] on [[DATE:May 8]] (weight and bili).
- Mom: incision check at [[ORG:Lakeshore OB-GYN Associates]] in 1-2 weeks, full visit at 6 weeks.

Electronically signed by: [[NAME:Agyemang-Duah, Kwasi]] MD on [[DATE:05/06/2024]] at 11:02
""")

note("discharge-d03", "discharge", """
DISCHARGE SUMMARY - HEMATOLOGY/ONCOLOGY
[[ORG:Harrowgate Cancer Institute]] | [[STREET:900 Wexford Commons Blvd]], [[CITY:Upper Arlington]], [[STATE:OH]] [[ZIP:43221]]

Patient: [[NAME:Dunlavey, Clifford]] ("[[NAME:Cliffy]]")   MRN: [[MRN:HCI-00731562]]   DOB: [[DATE:03-Nov-1952]]
Admission: [[DATE:08/19/2024]]   Discharge: [[DATE:08/23/2024]]
Attending: [[NAME:Vaidehi Ramalingam]], MD   Fellow: [[NAME:Crispin Kittredge]], MD

Diagnosis: metastatic pancreatic adenocarcinoma with malignant biliary obstruction, left supraclavicular (Virchow) node and hepatic metastases; progression after gemcitabine/nab-paclitaxel.

Course: ERCP with metal stent on [[DATE:8/20]]; bilirubin 11.2 -> 4.8. Cholangitis treated with pip-tazo, then oral amox-clav. Goals-of-care meeting [[DATE:8/22]] with his wife [[NAME:Winifred Dunlavey]], their son [[NAME:Reed]] (on video from [[CITY:Tacoma]]) and Chaplain [[NAME:Yamilé Ferrer]]. He said it feels "like the truck is heading for the cliff and I'd rather get out and walk." He chose hospice at home; DNR-CC Arrest form signed.

Hospice: [[ORG:Bright Passage Hospice]], intake RN [[NAME:Solange Aucoin]], [[PHONE:614-370-2288]]; start of care [[DATE:8/24]]. Caregiver videos for the family: [[URL:brightpassagehospice.org/caregivers]].
DME from [[ORG:Allied Homecare Supply]] ([[PHONE:(614) 881-0963]]): hospital bed, bedside commode, O2 concentrator S/N [[DEVICE:AHS-OC7731904]] at 2 L.
Funeral home chosen by family: [[ORG:Kettering-Vance Funeral Home]], [[CITY:Hilliard]].

Medications: morphine oral solution 20 mg/mL, 5 mg q2h prn dyspnea or pain; lorazepam 0.5 mg q6h prn; senna 2 tabs bid; ondansetron 4 mg q8h prn; amox-clav through [[DATE:8/29]]. Sent to [[ORG:Brandt's Apothecary]], [[STREET:3071 Millbrook Rd]], [[CITY:Hilliard]] ([[PHONE:614-876-4410]]).

Electronically signed by [[NAME:Vaidehi Ramalingam]], MD [[DATE:08/23/2024]] 17:12
cc: [[NAME:Linus Brandvik]], MD (PCP), [[ORG:Scioto Bend Family Medicine]]
    [[ORG:Bright Passage Hospice]], fax [[PHONE:614-370-2299]]
""")

note("discharge-d04", "discharge", """
[[ORG:Bessemer Ridge VA Medical Center]] - Inpatient Medicine
DISCHARGE NOTE

Veteran: [[NAME:MACQUARRIE, ROYCE T]]     Last 4: [[SSN:4471]]     ICN: [[MRN:1013370448V228614]]
DOB: [[DATE:07/09/1948]]     Admit: [[DATE:01/27/2025]]     Discharge: [[DATE:01/31/2025]]
Service: USMC 1966-1970, [[ORG:Charlie Company, 1st Battalion, 27th Marines]]; 70% SC (PTSD, tinnitus)

Dx: acute on chronic HFrEF (EF 25%), precipitated by dietary sodium and missed torsemide.
Course: IV furosemide, net -6.3 L, weight 104.2 -> 98.1 kg. Dual-chamber pacemaker interrogated: generator S/N [[DEVICE:PJN719204S]], RA lead [[DEVICE:BHT3381027V]], normal function, no arrhythmias stored. Nightmares at baseline; prazosin continued.

Social: lives with wife [[NAME:Verdell MacQuarrie]] in [[CITY:Hueytown]], [[STATE:AL]]; she does his pillbox. Service dog ("Sarge") on the unit with him. Regular at [[ORG:VFW Post 7712]], where a friend, [[NAME:Alvis Trammell]], drives him to appointments. He prefers the slow lane on the interstate and will not drive after dark.

Medications: torsemide 40 mg daily (increased), metoprolol succinate 100 mg, sacubitril/valsartan 49/51 bid, spironolactone 25 mg, prazosin 2 mg qhs. Mailed by CMOP; 10-day bridge from inpatient pharmacy.

Follow-up:
- PACT RN care manager [[NAME:Lane Whitacre]] phone check [[DATE:2/3]] ([[PHONE:205-933-8114 ext 4417]]).
- [[ORG:Hueytown CBOC]] labs (BMP) [[DATE:2/5]].
- Cardiology [[DATE:Feb 14]]; remote monitoring transmitter sending nightly.
- Beneficiary travel approved.

[[NAME:Oluwaseyi Bankole-Shore]], MD, Hospitalist     [[DATE:01/31/2025]] 14:22
Co-signed: [[NAME:Evander Pruneda]], MD
""")

note("discharge-d05", "discharge", """
PEDIATRIC HOSPITAL MEDICINE - DISCHARGE SUMMARY
[[ORG:Saguaro Vista Children's Hospital]]

Patient: [[NAME:Emiliano Zubiate Carrasco]]   DOB: [[DATE:11/30/2020]]   MRN: [[MRN:SV-4419027]]
Admitted: [[DATE:3/10/2025]]   Discharged: [[DATE:3/14/2025]]
Attending: [[NAME:Jadwiga Kowalczuk]], MD

Diagnosis: complete Kawasaki disease.

History: fevers up to 40.1 since last Wednesday in a 4-year-old, with red eyes (no discharge), a red bumpy tongue, peeling cracked lips, a blotchy rash over the trunk and one firm 2 cm node on the left side of the neck. Seen twice at [[ORG:Camino Seco Urgent Care]] and treated for strep pharyngitis (rapid strep negative, Centor not applicable at this age). In our ED he was irritable; Kernig and Brudzinski signs were negative and LP was deferred.

Labs: CRP 14.2, ESR 88, albumin 2.9, ALT 71, WBC 17.8, sterile pyuria.
Course: IVIG 2 g/kg on [[DATE:3/11]] with high-dose aspirin; afebrile within 24 h. Echo [[DATE:3/11]]: coronary z-scores LAD 1.6, RCA 1.2 (normal). Periungual peeling began the day of discharge.

Family: mom [[NAME:Maricruz Carrasco]] ([[PHONE:520-349-7716]]) and dad [[NAME:Joaquín Zubiate]] ([[PHONE:520-812-0493]]). Sister [[NAME:Brook]] (7) goes to [[ORG:Los Arroyos Elementary]]; mom asked whether she can go to school: yes, this is not contagious. [[NAME:Emiliano]] attends [[ORG:Casita del Sol Early Learning]], which was called with the parents' consent.

Address: [[STREET:2931 E Calle Paloma Blanca, Apt 112]], [[CITY:Sahuarita]], [[STATE:AZ]] [[ZIP:85629]]
Insurance: [[ORG:Sonoran Kids Care]] member [[ACCOUNT:SKC-30087164]]

Discharge plan:
- Aspirin 3-5 mg/kg/day (81 mg daily) until the repeat echo.
- Repeat echo with [[ORG:Desert Sky Pediatric Cardiology]] on [[DATE:March 28]].
- Hold MMR and varicella until [[DATE:February 2026]] (11 months after IVIG).
- Flu vaccine is inactivated and can be given; avoid ibuprofen while on aspirin.

[[NAME:A. Kowalczuk]], MD   [[DATE:03/14/2025]]
""")


note("discharge-d06", "discharge", """
[[ORG:MARROW CREEK REGIONAL JAIL]] - MEDICAL UNIT
RETURN FROM HOSPITAL / DISCHARGE SUMMARY

Inmate: [[NAME:BLANKENSHIP, LONZO BURL]]   Booking #: [[MRN:24-118730]]   Inmate ID: [[MRN:MCRJ-0093317]]
DOB: [[DATE:1/5/79]]   SSN: [[SSN:232-71-4408]]   Housing: C-pod bunk 14, moved to medical observation x 48 h

Hospital stay: [[ORG:Gauley Bridge Medical Center]], [[DATE:6/2]]-[[DATE:6/6]], diabetic ketoacidosis (pH 7.08, glucose 612, anion gap 29) after refusing insulin for 3 days during opioid withdrawal. Escorted both ways by Deputy [[NAME:Cletus Voss]] and Deputy [[NAME:Twyla Mullenax]].

Hospital instructions reviewed with the inmate and with [[ORG:Valleyline Correctional Health]] night RN [[NAME:Marigold Crum]]:
- insulin glargine 26 units at 2100 (pill line); lispro sliding scale with meals; fingersticks AC and HS
- diabetic tray ordered, diet order faxed to food service
- clonidine taper and COWS q4h x 2 days; buprenorphine induction evaluation by our MOUD provider [[NAME:Seamus Ogbonnaya]], NP, on [[DATE:6/10]]
- call provider for glucose over 350 twice, vomiting, or confusion

Legal/social: arrested after a traffic stop on [[DATE:5/29]]; his pickup (VIN [[VEHICLE:1GCRKSE32BZ118047]], [[STATE:WV]] plate [[VEHICLE:5NK 229]]) is at [[ORG:Meadow River Towing]]. Next court date [[DATE:June 20]] at [[ORG:Greenbrier Falls Magistrate Court]] (case [[ACCOUNT:24-M13-00681]]). Public defender [[NAME:Cordelia Pettry-Ames]] ([[PHONE:304-647-2209]]) has requested records; ROI on file. His mother, [[NAME:Verlie Blankenship]] of [[CITY:Rainelle]], called the medical line asking how he was; no information was given until he signed a release for her on [[DATE:6/7]].

Re-entry: projected release [[DATE:08/14/2024]] to his mother's trailer, [[STREET:Lot 14, Laurel Fork Mobile Home Park]], [[CITY:Rainelle]]. Re-entry coordinator [[NAME:Ancel Petitpas]] of [[ORG:Second Chance Appalachia]] will arrange a PCP at [[ORG:Marsh Fork Family Health]] in [[CITY:Whitesville]], [[STATE:WV]], a Medicaid application and a 30-day insulin supply with a glucometer at release.

[[NAME:Marlena Gwinn]], FNP-C     [[DATE:06/06/2024]] 22:40
Reviewed: [[NAME:A. Castellvi]], DO, medical director
""")

note("discharge-d07", "discharge", """
DISCHARGE SUMMARY
[[ORG:SOUTHWEST PLAINS REGIONAL HOSPITAL]] - GENERAL SURGERY

PATIENT: [[NAME:DE LA FUENTE, ESTRELLA]]      MR#: [[MRN:0048813597]]
ADMIT: [[DATE:01/14/2025]]      DISCHARGE: [[DATE:01/16/2025]]
SURGEON: [[NAME:KWASI ANANE-OWUSU]], MD      PCP: [[NAME:DURWOOD PRESSNALL]], PA-C

HISTORY: 19-YEAR-OLD FEMALE, FRESHMAN AT [[ORG:LONE PRAIRIE COMMUNITY COLLEGE]], WITH 20 HOURS OF PERIUMBILICAL PAIN MIGRATING TO THE RIGHT LOWER QUADRANT, ANOREXIA AND LOW-GRADE FEVER. TENDER AT MCBURNEY POINT WITH A POSITIVE ROVSING SIGN, ALVARADO SCORE 8. URINE HCG NEGATIVE. CT: NONPERFORATED APPENDICITIS, APPENDIX 11 MM.

PROCEDURE: LAPAROSCOPIC APPENDECTOMY [[DATE:01/14/2025]], NO COMPLICATIONS.
COURSE: TOLERATED DIET POD 1, PAIN CONTROLLED ON ORAL MEDICATIONS, AMBULATING INDEPENDENTLY.

MEDICATION RECONCILIATION:
1. IBUPROFEN 600 MG PO Q6H PRN - NEW
2. ACETAMINOPHEN 1000 MG PO Q8H - NEW
3. OXYCODONE 5 MG PO Q6H PRN SEVERE PAIN, #6, NO REFILLS - NEW (PDMP CHECKED)
4. NORGESTIMATE-ETHINYL ESTRADIOL DAILY - CONTINUE
5. SERTRALINE 50 MG DAILY - CONTINUE
PREFERRED PHARMACY: [[ORG:CORNERSTONE DRUG #14]], [[STREET:1207 N HUDSON ST]], [[CITY:ALTUS]], [[STATE:OK]] [[ZIP:73521]], [[PHONE:(580) 482-7716]]
MAIL ORDER ON FILE: [[ORG:PRAIRIE STAR MAIL ORDER RX]], [[STREET:PO BOX 60917]], [[CITY:LAWTON]], [[STATE:OK]] [[ZIP:73506]]

SOCIAL: LIVES IN THE DORM, ROOMMATE [[NAME:STARLA MCKELVEY]] WILL DRIVE HER. WORKS WEEKENDS AT [[ORG:DUSTBOWL DONUTS]]. SCHOOL AND WORK NOTE GIVEN THROUGH [[DATE:01/23/2025]], NO LIFTING OVER 10 LB FOR 2 WEEKS.
EMERGENCY CONTACT: MOTHER, [[NAME:ALTAGRACIA DE LA FUENTE]], [[CITY:HOLLIS]], [[STATE:OK]], [[PHONE:580-688-2214]]

FOLLOW-UP: POSTOP CHECK IN SURGERY CLINIC [[DATE:01/28/2025]] 1:30 PM. PATHOLOGY WILL BE REVIEWED AT THAT VISIT.

[[ORG:SWPRH]] TRANSCRIPTION   D: [[DATE:01/16/2025]] 09:14   T: [[DATE:01/16/2025]] 13:37   [[NAME:KAO]]/[[NAME:jlw]]
""")

note("discharge-d08", "discharge", """
[[ORG:Two Medicine Valley IHS Hospital]] - Inpatient Unit
Discharge Summary

Patient: [[NAME:Running Rabbit, Violet]]   Chart #: [[MRN:TMV-118407]]   DOB: [[DATE:1961-07-30]]
Admitted: [[DATE:2024-11-12]]   Discharged: [[DATE:2024-11-17]]
Provider: [[NAME:Ezinne Umeh]], MD   PRC authorization: [[ACCOUNT:PRC-25-11873]]

Dx: cellulitis of the right foot around a neuropathic plantar ulcer (1st MTP); osteomyelitis ruled out by MRI at [[ORG:Marias River Imaging]]. T2DM, A1c 10.4.

Course: IV cefazolin then oral cephalexin; erythema receded past the marked borders by day 3. Wound debrided at bedside; no gentian violet or home remedies to the wound, please. Insulin glargine increased to 30 units and lispro with meals started; teaching done with patient and her grandson [[NAME:Tatum Running Rabbit]], who drives her.

Home and directions (no street address): the yellow house with the green roof about 2 miles west of [[ORG:Kipp's Trading Post]] on [[STREET:Starr School Road]], left at the third cattle guard; dogs are friendly. Mail: [[STREET:PO Box 1183]], [[CITY:Browning]], [[STATE:MT]] [[ZIP:59417]]. Home phone [[PHONE:406-338-2716]]; grandson [[PHONE:406-450-8821]]. Running water and a refrigerator for insulin at home, confirmed by the CHR.

Follow-up:
- CHR [[NAME:Marcella Heavy Shield]] home visit [[DATE:11/19]], glucose log and foot check.
- [[ORG:Northern Lights Home Care]] (out of [[CITY:Cut Bank]]) wound care three times a week; offloading boot delivered by [[ORG:Glacier Gateway Medical Supply]] ([[PHONE:406-873-0552]]).
- Podiatry at [[ORG:Great Falls Foot & Ankle]] on [[DATE:Dec 2]]; PRC covers the visit and the 250-mile round trip (mileage form on file for the grandson's truck, tag # [[VEHICLE:38-4471B]]).
- Clinic with Dr. [[NAME:Umeh]] in 1 week.

[[NAME:E. Umeh]], MD   [[DATE:11/17/2024]]
""", ok=("Running water",))

note("discharge-d09", "discharge", """
[[ORG:Fraser Bend Regional Hospital]] - Internal Medicine
DISCHARGE SUMMARY

Name: [[NAME:Cullen Beaulieu-Yip]]   PHN: [[ACCOUNT:9143 722 806]]   Chart: [[MRN:FB-0448172]]
DOB: [[DATE:1981/04/12]]   Admitted: [[DATE:2024/09/03]]   Discharged: [[DATE:2024/09/09]]
MRP: Dr. [[NAME:Navneet Brar-Elmquist]]

Diagnosis: acute alcohol-associated pancreatitis, moderately severe (transient AKI). Alcohol use disorder with withdrawal.

Course: epigastric pain radiating to the back after a weekend of heavy drinking; lipase 2,840. Ranson 3 at 48 hours. No Cullen sign or Grey Turner sign at any point. CT day 3: interstitial edematous pancreatitis, no necrosis, small left paracolic fluid. Goal-directed fluids; creatinine 168 -> 79. CIWA-guided lorazepam, last dose day 4. Oral diet day 5. Triglycerides 2.1; no gallstones on ultrasound.

Social: faller at [[ORG:Tamarack Forest Products]] near [[CITY:Mission]]; off work 4 weeks; EI medical certificate completed (SIN [[SSN:721 573 681]]). Lives with his partner [[NAME:Teodora Milosavljević]] and her two children at [[STREET:Unit 4 - 1185 Gladwin Cres]], [[CITY:Abbotsford]], [[STATE:BC]] [[ZIP:V2T 3K8]]. His brother [[NAME:Padraig Yip]] in [[CITY:Chilliwack]] is his emergency contact ([[PHONE:604-792-4418]]). Mr. [[NAME:Beaulieu-Yip]] wants help to stop drinking.

Plan:
1. Naltrexone 50 mg daily started; LFTs in 2 weeks.
2. Referral to [[ORG:Sumas Mountain Addiction Clinic]] for follow-up of alcohol use disorder; first visit [[DATE:Sept 16]].
3. Family physician: Dr. [[NAME:Ingvild Haugvik]], [[ORG:Matsqui Prairie Medical]], fax [[PHONE:604-853-0917]], within one week.
4. Return for fever, worsening pain or vomiting.

Dictated by [[NAME:N. Brar-Elmquist]] [[DATE:2024/09/09]]; transcribed [[NAME:pds]]
""", ok=("Cullen sign",))

note("discharge-d10", "discharge", """
DISCHARGE SUMMARY - Acute Care for Elders (ACE) Unit
[[ORG:Edgewater Lutheran Hospital]]

Patient: [[NAME:O'Neill, Dymphna]]   Age: [[AGE:94]]   DOB: [[DATE:2/2/1930]]   MRN: [[MRN:ELH-3307712]]
Admitted: [[DATE:Apr 4, 2024]]   Discharged: [[DATE:Apr 9, 2024]]
Attending: [[NAME:Bartholomew Achike]], MD (Geriatrics)

Diagnoses: 1. Hypoactive delirium from E. coli UTI. 2. Hyponatremia (Na 121) from hydrochlorothiazide, stopped. 3. Moderate hearing loss.

Course: Mrs. [[NAME:O'Neill]] is a [[AGE:94]]-year-old retired schoolteacher from [[ORG:Ashgrove Terrace]] assisted living who was found sleepy and not eating. Mini-Cog 1/5 on admission and 3/5 the day of discharge, at her baseline per her niece. CAM negative since [[DATE:4/7]]. Sodium 121 -> 133 with fluid restriction and stopping the thiazide. Ceftriaxone, then cephalexin through [[DATE:4/11]]. Her hearing aids were found in a napkin on the meal tray on day 2 and returned (left S/N [[DEVICE:OT-2291-7740L]], right [[DEVICE:OT-2291-7741R]]).

She was born in [[CITY:Cobh]], Ireland, and came to [[CITY:Hoboken]] in 1951; she taught at [[ORG:Our Lady of the Dunes School]] for 38 years. Father [[NAME:Wojciech Wróbel]] visited and brought Communion.

Decision-maker: niece [[NAME:Aoife Mulcahy]] (HCPOA), [[PHONE:847-328-0941]], [[EMAIL:aoife.mulcahy@lakeviewmail.net]]. Her attorney, [[NAME:Fergal Mulrooney]], Esq., of [[ORG:Mulrooney & Roe Elder Law]], has the POLST on file.

Discharge to: [[ORG:Ashgrove Terrace]], [[STREET:3300 Ashgrove Way, Apt 214]], [[CITY:Wilmette]], [[STATE:IL]] [[ZIP:60091]]; facility nurse [[NAME:Nokuthula]] at [[PHONE:847-475-1188]] received report.

Follow-up: BMP on [[DATE:4/12]] at the facility; geriatrics clinic with Dr. [[NAME:Achike]] on [[DATE:April 23]].

[[NAME:B. Achike]], MD   [[DATE:04/09/2024]] 15:05
""")

# ------------------------------------------------------------------- nursing

note("nursing-d01", "nursing", """
EMERGENCY DEPARTMENT TRIAGE NOTE - [[ORG:Pinnacle Hollow Medical Center]]
Arrival: [[DATE:12/08/24]] 23:41 via [[ORG:Tri-Fork Ambulance]] (Medic 7), c-collar and board in place
Pt: [[NAME:HENSLEY, BRADYN K]]   DOB: [[DATE:04/22/2001]]   MRN: [[MRN:PH00418836]]   ESI 2

CC: MVC. Restrained driver, pickup vs deer then guardrail on [[STREET:KY 38]] about 3 miles outside [[CITY:Evarts]], speed approx 50, + airbag deployment, + windshield starring, self-extricated, ambulatory on scene. Pt c/o L chest wall pain 8/10 worse with inspiration, L wrist pain. Denies LOC, neck pain, abd pain. ETOH denied; smells of beer per EMS.

Triage VS: HR 112  BP 104/62  RR 22  SpO2 96% RA  T 36.4  Glasgow Coma Scale 15  pain 8/10
PMH none. Meds none. Allergies: PCN (hives). Tetanus unknown.
Seat-belt sign across L chest. L wrist swollen, radial pulse 2+.

Trauma alert called 23:44, to Trauma 2. [[ORG:KSP]] Trooper [[NAME:Elvis Caudill]] at bedside asking for blood alcohol; charge RN told him a legal draw needs consent or a warrant, pt declined. Trooper left a card: [[PHONE:606-573-2290]], collision report [[ACCOUNT:KSP-24-0611873]].

Belongings/valuables envelope #22: wallet, phone, keys. Truck towed by [[ORG:Cawood Towing & Recovery]]; tow slip in envelope lists [[STATE:KY]] plate [[VEHICLE:418 RZT]] and VIN [[VEHICLE:1FTEW1EPXNKD26108]].

Contact: girlfriend [[NAME:Jessalyn Creech]] [[PHONE:(606) 837-4419]], on her way from [[CITY:Cumberland]]. Employer: [[ORG:Clover Fork Mining]] (roof bolter), works nights; employer not to be called per pt.

[[NAME:Tawny Gilley]], RN   [[DATE:12/08/2024]] 23:52
""")

note("nursing-d02", "nursing", """
skilled nursing visit - [[ORG:kinfolk home health]]
pt: [[NAME:alvena pennock]]   dob [[DATE:4/19/41]]   visit [[DATE:2/11/25]] 0930-1035
dx: venous stasis ulcer L medial ankle, chf, dm2

directions for whoever covers fri: no 911 address on the house yet. take [[STREET:hwy 111]] north out of [[CITY:sparta]] about 6 mi, turn L at [[ORG:tolliver feed & seed]], go past the church w the white steeple, blue single-wide on the R w a wheelchair ramp. dogs are friendly. mailing addr is [[STREET:rr 3 box 88a]], [[CITY:sparta]] [[STATE:tn]] [[ZIP:38583]]

s: "my legs feel tight." power was out 2 days from the storm last wk, granddaughter [[NAME:storm]] stayed w her and kept the heater going. eating ok. took all meds per pillbox, son fills it sundays.
o: bp 148/86 hr 88 irreg, rr 20, spo2 93% ra, wt 212 lb (up 3 lb since mon). crackles bilat bases, 2+ pitting edema both legs to knee. wound 3.3 x 2.2 x 0.3 cm, mod serous drainage, periwound maceration, no odor, no tunneling.
tx: cleansed w ns, calcium alginate, foam, 2-layer compression. wound vac was d/c'd last wk and returned to [[ORG:hilltop medical supply]] (unit s/n [[DEVICE:HMS-VX40917]]); pickup confirmed w [[NAME:peg]] at [[PHONE:931-836-2271]].
a/p: wt gain + crackles. called dr [[NAME:ogundipe]]'s office, spoke w [[NAME:missy]] rn, ok for extra furosemide 40 mg x1 today, weigh daily, call if up 2 lb more. pt verbalized understanding.
son [[NAME:orvis pennock]] [[PHONE:931 261 4408]] wants a call after each visit, called him at 1045.
next visit [[DATE:2/14]].
[[NAME:cjb]] rn
""", ok=("from the storm",))

note("nursing-d03", "nursing", """
NICU NURSING PROGRESS NOTE - [[ORG:Calloway Women's & Children's]] Level III NICU
Baby Girl [[NAME:Theriot]] "A"   MRN [[MRN:CWC-7702214]]   DOB [[DATE:10/27/2024]]   DOL 9   CGA 34 1/7
Shift: 1900-0700   RN: [[NAME:Coralie Apgar]]

- Resp: HFNC 3 L, FiO2 23%. One self-resolved desat to 84% at 0310 during a feed; no apnea or brady.
- CV: soft murmur unchanged; perfusion good, CRT < 3 sec.
- FEN: MBM fortified to 24 kcal, 30 mL q3h; nippled 18 and 22 mL with pacing, rest by gavage. Voiding and stooling.
- Neuro/dev: Apgar 6 and 8 at birth; New Ballard score matched dates (32 weeks). Head US [[DATE:11/2]] without IVH. Swaddled, hands to midline.
- Skin: PIV R hand infiltrated at 0200; removed, elevated, no blanching. Line team aware.
- Family: mom [[NAME:Amberlyn Theriot]] in at 2000 for kangaroo care for 90 minutes and pumped at bedside (note: mother's milk supply decreasing, lactation consult requested). Dad [[NAME:Rustin Landeche]] works offshore for [[ORG:Bayou Lafourche Crew Services]] and called from the rig at 2230; updated by this RN. Twin B (Baby Girl [[NAME:Theriot]] "B") is in pod 4.
- Social work: family staying at [[ORG:Pelican Hearth Family House]], [[STREET:1416 Magnolia Bend Dr]], through discharge; SW [[NAME:Chantelle Bettencourt]] helping with [[STATE:Louisiana]] Medicaid for both twins and with gas cards, since home is in [[CITY:Golden Meadow]], about 75 miles away.
- Car seat challenge: not yet due.

Plan: continue feeds, advance PO as tolerated, wean HFNC per NNP [[NAME:Cheramie]].
""", ok=("Apgar 6",))

note("nursing-d04", "nursing", """
SCHOOL HEALTH OFFICE - VISIT NOTE
[[ORG:Otter Creek Elementary School]], [[ORG:Waubeka Unified School District]]
Tuesday, [[DATE:10/8/24]]   Time in 10:52 / out 11:40

Student: [[NAME:Violet Nkemdirim-Sjöberg]]   Grade 3, Rm 12 (Mrs. [[NAME:Grunewald]])   Student ID: [[MRN:S0073319]]
DOB: [[DATE:06/14/2016]]   Health plan on file: asthma action plan (albuterol MDI kept in office), no allergies.

S: Fell from the monkey bars at morning recess onto her outstretched L hand. Cried right away. Denies hitting head. "My wrist hurts when I turn it."
O: Alert, answering appropriately, pupils equal. L distal forearm with mild swelling and point tenderness over the distal radius, no deformity, fingers warm, cap refill brisk, can wiggle all fingers. Small violet bruise on L knee. No wheezing.
A/P: possible wrist fracture. Ice, padded splint from the first-aid cabinet, sling. No ibuprofen given (parent to decide). Concussion screen negative.

Parent contact: mom [[NAME:Chidinma Nkemdirim]] reached at work ([[ORG:Cedar Grove Dental Arts]]) at [[PHONE:262-375-0148]] at 11:02; she asked that grandpa [[NAME:Sven Sjöberg]] (on the authorized pickup list; green pickup, plate [[VEHICLE:ASK-3318]]) take [[NAME:Violet]] to [[ORG:Sauk Trail Urgent Care]] in [[CITY:Port Washington]]; he picked her up at 11:40. Her little brother [[NAME:Ivo]] is at [[ORG:Bumblebee Junction Daycare]] and mom will get him at 5.

Incident report filed with the principal, Dr. [[NAME:Roderick Haraway]]; playground supervisor [[NAME:Gaylen Bramhall]] gave a statement. Parent asked for the X-ray result to be faxed back to the office at [[PHONE:262-284-7720]].

[[NAME:Marta Pomeroy]], RN, BSN, school nurse   [[PHONE:262-284-7716 x3012]]
""")

note("nursing-d05", "nursing", """
HOSPICE RN VISIT NOTE - [[ORG:Lamplighter Hospice of the Valley]]
Patient: [[NAME:Otilia "Lala" Barragán]]   Age: [[AGE:91]]   Hospice ID: [[MRN:LHV-20417]]
Visit: [[DATE:July 9, 2024]] 14:10-15:35, routine home care, in the family home at [[STREET:418 Cuesta Verde Ct]], [[CITY:Porterville]], [[STATE:CA]] [[ZIP:93257]]
Terminal dx: Alzheimer dementia, FAST 7c. Code status DNR, POLST in the kitchen drawer.

Findings: unresponsive to voice, grimace to touch. Resp 8-10 with 20-30 second pauses, mouth breathing, scattered secretions. Mottling of both knees and feet, new since Friday. Radial pulse thready at 118. No urine output since about 0600; Foley placed per standing order, 40 mL dark urine. Skin: sacral stage 2 unchanged, repositioned q2h by family.

Comfort: morphine 2.5 mg SL given at 14:30 for RR 30 during turning; glycopyrrolate started for secretions. Comfort kit in fridge, counted and logged.

Family: daughters [[NAME:Nayeli Barragán]] (primary caregiver, [[PHONE:559-781-3306]]) and [[NAME:Yaritzel Alcántar]] flew in from [[CITY:Uruapan]] last night. Talked about what breathing changes mean; both tearful. Spanish used throughout at their request. They asked for the last rites: Chaplain [[NAME:Eleazar Arvizu]] visited yesterday and I called the office of [[ORG:San Judas Tadeo Parish]] ([[PHONE:559-784-2209]]) so that Father [[NAME:Tiburcio Elizondo]] can come tonight. The family has pre-arranged with [[ORG:Hermanos Villaseñor Funeral Chapel]], [[PHONE:559-784-6620]]; reviewed that they call the hospice line first, not 911, and we call the funeral home.

Plan: continuous care evaluation; on-call RN informed; visit frequency increased to daily; social worker [[NAME:Junius Thurlow]] to call about bereavement.

[[NAME:Karina Solórzano]], RN   [[DATE:07/09/2024]] 15:50
""")

note("nursing-d06", "nursing", """
SICK CALL - NURSING ENCOUNTER
Facility: [[ORG:Tallgrass County Detention Center]], [[CITY:Great Bend]], [[STATE:KS]]
Detainee: [[NAME:Sowell, Quintrell A.]]   Jail ID: [[MRN:TCDC-448102]]   DOB: [[DATE:1994-03-29]]   Housing: D-block

Kite received [[DATE:3/3/25]] 0600: "my tooth is killing me and my face is swole up cant eat since saturday."
Seen in medical at 0815, escorted by CO [[NAME:Barnaby Kreutzer]].

S: R lower jaw pain 9/10 x 4 days, worse at night, subjective fever, trouble opening mouth all the way. No trouble swallowing or breathing, no drooling.
O: T 38.1, HR 104, BP 132/84, SpO2 98%. R mandibular swelling, warm, tender, fluctuant area at tooth #30 with a broken crown; opens about 3 finger-breadths. Floor of mouth soft, no elevation of the tongue, voice normal (no signs of Ludwig angina).
A: dental abscess #30 with facial cellulitis.
P: per standing order called on-call provider [[NAME:Bertrand Hollister]], PA-C, at 0830: amoxicillin-clavulanate 875 mg bid x 10 days (first dose given 0845, KOP not allowed, pill line), ibuprofen 600 mg q6h prn, soft diet order to kitchen. Referred to [[ORG:Sunflower Mobile Dental]], which is on site [[DATE:3/10]]; emergency slot requested. Told CO and detainee: if swelling reaches the neck, voice changes or trouble swallowing, notify medical immediately for transfer to [[ORG:Cheyenne Bottoms Regional Hospital]].

Detainee asked that his sister [[NAME:Latrice Sowell]] be told; ROI not on file, form given. She had already called the medical line from [[CITY:Hays]] at [[PHONE:785-259-0772]]; she was told only that we could neither confirm nor deny.

[[NAME:Pasquale Iannucci]], LPN   [[DATE:03/03/2025]] 0910
""")

note("nursing-d07", "nursing", """
ADULT INPATIENT PSYCHIATRY - NURSING SHIFT NOTE (0700-1930)
Unit 5 East, [[ORG:Maple Hollow Behavioral Hospital]]     [[DATE:Jan 6 2025]]
Pt: [[NAME:Star Quiñonez-Quimby]]   MRN [[MRN:MHB-61180]]   Legal: involuntary, day 3; probate hearing [[DATE:1/9]]
Precautions: 1:1 for SI, sitter [[NAME:Zenaida]] from 0700 to 1500, then [[NAME:Osgood]].

Behavior: Guarded in the morning, stayed in her room until 1000. Ate 50% of breakfast. Attended art group and made a collage with a gold star over the words "[[ORG:Kenmore Heights High]] class of 2019". Denied SI on direct questioning at 1100 and 1600 but said "ask me tomorrow." No self-harm, no PRNs needed today. Slept 30 min after lunch.

Visitors: boyfriend [[NAME:Mikael Jorgenson]] arrived at 1330 and is NOT on the approved list; pt asked that he be turned away and that he not be told she is here. Security ([[NAME:Sharmarke]]) walked him out and noted his car, a black Charger with [[STATE:Ohio]] plate [[VEHICLE:JRX 4417]], for the no-trespass notice. Mom [[NAME:Rayanne Quimby]] visited 1500-1600 and brought clothing (searched, drawstrings removed). Mom says pt quit her job at [[ORG:Golden Lotus Nail Bar]] on [[STREET:Tallmadge Ave]] two weeks ago after a fight with the owner and has been staying with a friend, [[NAME:Kiah]], in [[CITY:Cuyahoga Falls]].

Meds: sertraline 50 mg and hydroxyzine 25 mg given as ordered; took both, mouth check done.
Teaching: safety plan draft started with social worker [[NAME:Emmeline Wahlgren]], LISW; pt listed her aunt in [[CITY:Barberton]] and the 988 line as supports.

Plan: continue 1:1; reassess in AM with Dr. [[NAME:Oyinlola Brandão]].
[[NAME:Hartley Mthembu]], RN
""")

note("nursing-d08", "nursing", """
OCCUPATIONAL HEALTH - NURSE ENCOUNTER / FIRST REPORT OF INJURY
Clinic: [[ORG:Ironbridge Occupational Health]], [[STREET:2150 Allentown Rd, Suite C]], [[CITY:Lima]], [[STATE:OH]] [[ZIP:45805]]
Date of service: [[DATE:05/14/2025]] 13:20

Employee: [[NAME:Frankie Szymczak]]   DOB: [[DATE:09/02/1988]]   Employee #: [[ACCOUNT:CPC-004471]]   SSN (last 4): [[SSN:3382]]
Employer: [[ORG:Consolidated Pallet & Crate]]
Worksite: [[STREET:4400 Industrial Terrace, Dock 6]], [[CITY:Lima]], [[STATE:OH]] [[ZIP:45804]]
Supervisor: [[NAME:Denny Kaczmarski]], cell [[PHONE:419-303-7718]], plant main line [[PHONE:419-227-4400 ext 216]]
Date of injury: [[DATE:05/14/2025]] approx 11:45     BWC claim #: [[ACCOUNT:25-317704]]

Mechanism: a steel banding strap snapped while he was tensioning a load of pallets and whipped back across his L forearm. Gloves on, no sleeves. Supervisor drove him here.

Assessment: 4.5 cm linear laceration L volar forearm, clean edges, depth to subcutaneous fat, bleeding controlled with pressure. Full finger flexion and extension, sensation intact median/ulnar/radial distributions, cap refill under 2 sec. No foreign body palpated. Last tetanus unknown.

Interventions: irrigated with 500 mL NS; wound closed by Dr. [[NAME:Yelena Markarian]] with 6 simple interrupted sutures; Tdap given L deltoid. Post-accident drug screen collected per employer policy, chain of custody completed.

Work status: modified duty, no use of the L arm for banding or lifting over 10 lb until suture removal on [[DATE:05/24/2025]]. Form faxed to HR at [[PHONE:419-227-4491]].

Claim contacts: TPA [[ORG:Buckeye Claims Partners]], adjuster [[NAME:Lorna Voight]], [[EMAIL:lvoight@buckeyeclaimsp.com]]. Union steward [[NAME:Abel Quezada]] of [[ORG:Maumee Valley Warehouse Workers Local 88]] accompanied the employee during the drug-screen collection at his request.

[[NAME:Anneka Zook]], RN, COHN-S
""")

note("nursing-d09", "nursing", """
[[ORG:Bright Ridge Family Dentistry]] - HYGIENE / PERIODONTAL MAINTENANCE
[[STREET:212 Hickory Hollow Ln]], [[CITY:Ephrata]], [[STATE:PA]] [[ZIP:17522]]   Tel [[PHONE:717-733-0194]]

Patient: [[NAME:GLADWELL, SANDOR]]   Chart #: [[MRN:BRFD-10447]]   DOB: [[DATE:11/21/1957]]   Visit: [[DATE:05/19/2025]]
Insurance: [[ORG:Keystone Smile Dental Plan]], subscriber ID [[ACCOUNT:KSD778104219]], group [[ACCOUNT:G-40218]] (subscriber: wife, [[NAME:Hedda Gladwell]], employed by [[ORG:Hammer Creek Area School District]])

Med hx update: MI [[DATE:Feb 2023]] with 2 stents, on apixaban and clopidogrel; cardiologist Dr. [[NAME:Émile Roux]] at [[ORG:Red Rose Cardiology Group]] says no interruption for cleanings. No premedication needed. BP 138/82 L arm. Pt wears a CPAP at night, reports dry mouth.

Hygiene: FMX taken today (last set 2020). Perio charting: 4-5 mm pockets #2, #3, #14, #15, #18, #31 with BOP 22%; generalized moderate subgingival calculus; recession 2 mm #24-#25. Tooth #19 with a fractured DL cusp, asymptomatic. Gingiva bled more than usual (anticoagulant).

Treatment: full-mouth debridement today with ultrasonic and hand instruments, local hemostasis with pressure, no complications. OHI: interdental brushes, electric toothbrush, chlorhexidine 0.12% rinse bid x 2 weeks, sent to [[ORG:Middle Creek Pharmacy]] ([[PHONE:717-738-2250]]).

Plan: SRP UR/UL quadrants with Dr. [[NAME:Markarian]] on [[DATE:June 3]]; crown consult #19; recare 3 months ([[DATE:08/19/2025]]).

[[NAME:Tirzah Hershberger]], RDH
Reviewed: [[NAME:Yelena Markarian]], DMD ([[STATE:PA]] license [[LICENSE:DS049218]])
""")

note("nursing-d10", "nursing", """
NURSING NIGHT SHIFT SUMMARY 1900-0730     [[DATE:28-FEB-2025]]
[[ORG:BELKNAP NARROWS MEDICAL CENTER]] - 4 NORTH TELEMETRY, RM 418

PT: [[NAME:ST. GERMAIN, OCTAVIA]]     AGE: [[AGE:92]]     MRN: [[MRN:BNM-0118842]]     ADM DX: SYNCOPE
CODE STATUS: DNR/DNI (FORM ON CHART)     ISOLATION: NONE

NEURO: A&O X3, HARD OF HEARING, USES POCKET TALKER. SLEPT 0100-0500.
CV: PACED RHYTHM 60S (DUAL-CHAMBER PPM, GENERATOR S/N [[DEVICE:QLM550148R]]). NO ALARMS. ORTHOSTATICS PENDING AM. TROPONIN X2 NEGATIVE.
RESP: PT'S OWN CPAP FROM HOME, S/N [[DEVICE:23181447902]], SETTINGS 8 CM H2O, CHECKED BY RT [[NAME:BEAUDOIN]] AT 2200. SPO2 94% ON CPAP.
GI/GU: VOIDING IN BEDSIDE COMMODE WITH 1 ASSIST. LAST BM [[DATE:2/26]].
SKIN: INTACT, BRADEN 16, FLOAT HEELS.
SAFETY: BED ALARM ON, HIGH FALL RISK (MORSE 55). NO FALLS.

FAMILY: SON [[NAME:ALPHONSE ST. GERMAIN]] CALLED AT 2200 FROM [[CITY:MONTREAL]], ASKED THAT THE DEVICE CLINIC REPORT BE SENT TO HIS SISTER [[NAME:JOSETTE OUELLETTE]] IN [[CITY:GILFORD]] ([[PHONE:603-524-7731]]), WHO IS THE HEALTH CARE AGENT. EXPLAINED INFO CAN GO TO THE AGENT; DAUGHTER WILL BRING THE ADVANCE DIRECTIVE IN THE MORNING.
PT STATES SHE IS [[AGE:92]] AND "STILL SHOVELS HER OWN WALK" AT [[STREET:77 OLD LAKESHORE RD]], [[CITY:GILFORD]].

PLAN: DEVICE INTERROGATION BY [[ORG:GRANITE STATE RHYTHM SERVICES]] AT 0900, ECHO, PT EVAL.
[[NAME:T. ADENIRAN-WOLFE]], RN     [[DATE:03/01/2025]] 0715
""")

# ----------------------------------------------------------------- radiology

note("radiology-d01", "radiology", """
[[ORG:Lowcountry Imaging Partners]] at [[ORG:Ashley River Medical Center]]
EXAM: CT HEAD W/O CONTRAST + CT C-SPINE W/O CONTRAST
PATIENT: [[NAME:Pettigrew, Demarcus D.]]   MRN: [[MRN:ARM-20041887]]   ACC: [[MRN:CT25-0331187]]
DOB: [[DATE:09.14.1987]]   EXAM DATE: [[DATE:03/31/2025]] 02:18
REFERRING: [[NAME:Siobhan Vanterpool]], MD (Emergency Dept.)

HISTORY: Assault. Struck on the head with a bottle outside the [[ORG:Salty Pelican]] on [[STREET:King St]] at about 01:30; brief LOC per bystander, GCS 14, intoxicated. Canadian C-spine rule positive (dangerous mechanism, age under 65 but unable to assess rotation).

TECHNIQUE: Axial CT of the head without contrast, and of the cervical spine with sagittal and coronal reformats. DLP 1,412 mGy-cm.

COMPARISON: None.

FINDINGS:
Head: Left frontal scalp hematoma, 1.6 cm thick, with a 4 mm radiopaque fragment in the soft tissues, likely glass. No calvarial fracture. No intracranial hemorrhage, mass effect or midline shift. Gray-white differentiation is preserved. Ventricles normal. Mastoid air cells and paranasal sinuses clear.
C-spine: Normal alignment. No fracture. Mild C5-6 disc space narrowing. Prevertebral soft tissues normal.

IMPRESSION:
1. Left frontal scalp hematoma with a small retained glass fragment. No skull fracture or intracranial hemorrhage.
2. No acute cervical spine fracture.

Preliminary read discussed with Dr. [[NAME:Vanterpool]] at 02:41.
Images: [[URL:https://pacs.lowcountryimaging.net/zfp?acc=CT25-0331187]] (viewer workstation [[IP:10.41.7.203]])

Electronically signed by: [[NAME:Rukevwe Umeadi]], MD, [[DATE:03/31/2025]] 02:55
""")

note("radiology-d02", "radiology", """
[[ORG:Blue Ridge Foothills Children's Hospital]] - Department of Radiology
EXAM: SKELETAL SURVEY, COMPLETE (21 VIEWS)
Patient: [[NAME:Moss-Villard, Kayden]]   Age: 4 months   MRN: [[MRN:BRF-5520914]]   Accession: [[MRN:XR-88410273]]
Exam date: [[DATE:2025-02-17]]
Ordering: [[NAME:Constance Wickliffe]], MD, Child Protection Team

Clinical history: 4-month-old with bruising of the right cheek and left ear. Mother's boyfriend, [[NAME:Kolby Lambert]], reported that the infant rolled off a couch. [[ORG:Catawba Valley Department of Social Services]] intake worker [[NAME:Shontae Gabbard]] (intake [[ACCOUNT:CPS-25-00417]]) and Detective [[NAME:Barrett Mossman]] of the [[ORG:Vinton Police Department]] are involved. Evaluate for occult injury.

Technique: AP and lateral skull, lateral cervical spine, AP and lateral chest, oblique ribs bilaterally, AP abdomen/pelvis, lateral lumbar spine, AP views of the humeri, forearms, femurs and tibiae, PA hands and AP feet.

Findings:
- Healing posterior right rib fractures (ribs 5 through 7) with callus formation; roughly 1.5-2 weeks old.
- Classic metaphyseal lesion of the distal left femur (corner fracture). A second, subtler metaphyseal lesion of the proximal right tibia.
- No Salter-Harris physeal fracture. No skull fracture. Cervical and lumbar spine normal.
- Bone mineralization normal. No periosteal reaction to suggest metabolic bone disease.

Impression:
1. Multiple fractures of differing ages, including posterior rib fractures and classic metaphyseal lesions, highly specific for inflicted injury.
2. Recommend follow-up skeletal survey in 2 weeks (about [[DATE:March 3]]) and head MRI; CT head already negative.

Findings called to Dr. [[NAME:Wickliffe]] at 14:05 on [[DATE:2/17]] and to the DSS worker with her permission at [[PHONE:540-387-6419]].

Dictated by: [[NAME:Halvard Ingram]], MD, Pediatric Radiology
Signed: [[DATE:02/17/2025]] 14:22
""")

note("radiology-d03", "radiology", """
FIRST-TRIMESTER ULTRASOUND: DATING AND NUCHAL TRANSLUCENCY
[[ORG:Rio Pueblo Women's Imaging]], [[STREET:1209 Paseo del Pueblo Sur, Suite 4]], [[CITY:Taos]], [[STATE:NM]] [[ZIP:87571]]

Patient: [[NAME:Paloma Benavídez Lucero]]   DOB: [[DATE:1997-10-05]]   MRN: [[MRN:RPW-031448]]
Exam date: [[DATE:May 6, 2025]]
Referring: [[NAME:Noelia Abeyta]], CNM, [[ORG:Sangre Fría Midwifery]], fax [[PHONE:575-758-0921]]
Sonographer: [[NAME:Tziporah Kleinfeld]], RDMS

LMP: [[DATE:2/09/2025]] (certain, regular cycles). EDD by LMP: [[DATE:11/16/2025]].
G2P1001. Previous delivery in [[CITY:Ranchos de Taos]] at home.

Findings:
Single live intrauterine pregnancy. Fetal heart rate 158 bpm.
CRL 58.2 mm, corresponding to 12 weeks 2 days. EDD by ultrasound [[DATE:11/16/2025]], consistent with LMP; dating by LMP retained.
Nuchal translucency 1.4 mm (normal for CRL). Nasal bone present. Ductus venosus a-wave positive. Stomach and bladder seen. Four limbs with movement. Cord insertion normal.
Placenta posterior, clear of the cervix. Cervix 3.6 cm. Adnexa normal; small corpus luteum cyst on the right, 2.1 cm.

Impression:
1. Live singleton IUP at 12w2d, concordant with dates.
2. Normal nuchal translucency.
3. Results sent to the referring midwife. Combined screening blood drawn today; results in about 1 week.

Interpreting physician: [[NAME:Cheveyo Tobin]], MD
Report e-signed [[DATE:05/06/2025]] 11:48. Patient given a printout of the images in English and Spanish; husband [[NAME:Delmer Lucero]] present.
""")

note("radiology-d04", "radiology", """
ILO CLASSIFICATION OF CHEST RADIOGRAPH - B READER REPORT
Facility: [[ORG:Tygart Valley Occupational Imaging]], [[CITY:Elkins]], [[STATE:WV]]
Examinee: [[NAME:Shiflett, Okey L.]]   DOB: [[DATE:08/30/1966]]   Exam ID: [[MRN:TVOI-25-0914]]
Radiograph date: [[DATE:06/02/2025]]   Date read: [[DATE:06/04/2025]]   Type of reading: B (final)
Employer: [[ORG:Harmon Ridge Aggregates]], sandstone quarry and crushing plant, [[STREET:7700 Quarry Access Rd]], [[CITY:Montrose]], [[STATE:WV]]
Reason: periodic silica surveillance; workers' compensation occupational disease claim [[ACCOUNT:OD-2025-118407]]
Union representative: [[NAME:Persis Kittle]], [[ORG:Allegheny Quarrymen's Union Local 310]]

1. Film quality: 1 (good).
2A. Any parenchymal abnormalities consistent with pneumoconiosis? YES
2B. Small opacities: primary shape q, secondary r. Zones: right upper, right middle, left upper, left middle. Profusion 1/1.
2C. Large opacities: 0.
3A. Pleural abnormalities consistent with pneumoconiosis? NO
4A. Other abnormalities? YES. Symbols: hi (enlargement of hilar nodes), es (eggshell calcification of hilar nodes).
4C. Comments: findings consistent with simple silicosis. Compared with the surveillance film of [[DATE:03/2022]] (profusion 0/1), there is progression. Recommend full PFTs, high-resolution CT, TB screening (IGRA) and referral to occupational pulmonology.

Examinee reports 31 years of work as a crusher operator and driller, first at [[ORG:Cheat River Stone]] and since 2009 at [[ORG:Harmon Ridge Aggregates]]; respirator use "on and off." Never smoker. Lives in [[CITY:Beverly]], [[STATE:WV]].

Results mailed to examinee at [[STREET:PO Box 412]], [[CITY:Beverly]], [[STATE:WV]] [[ZIP:26253]], and to his physician, Dr. [[NAME:Laszlo Benedek]], [[ORG:Randolph Highlands Clinic]], fax [[PHONE:304-636-2291]].

B Reader: [[NAME:Sriram Venkatraman]], MD   NIOSH B Reader certification no. [[LICENSE:B-11872]]
Signed [[DATE:06/04/2025]]
""")

note("radiology-d05", "radiology", """
MRI BRAIN WITHOUT AND WITH CONTRAST (MR-CONDITIONAL PACEMAKER PROTOCOL)
[[ORG:Coastal Empire Medical Center]], [[CITY:Pooler]], [[STATE:GA]]
Patient: [[NAME:Bramwell, Euphemia]]   Age: [[AGE:90]]   MRN: [[MRN:CEM-7719024]]   Acc: [[MRN:MR250611-08]]
Date: [[DATE:11 June 2025]]
Ordering: [[NAME:Rasmus Vestergaard]], MD (Neurology)

Indication: [[AGE:90]]-year-old woman with 3 days of vertigo, nausea and gait imbalance. Dix-Hallpike negative in the ED, head impulse test normal, direction-changing nystagmus. Evaluate for posterior circulation stroke.

Device safety: MR-conditional dual-chamber pacemaker system confirmed from the implant card: generator S/N [[DEVICE:VCR4417206P]], RA lead [[DEVICE:L52-0083917]], RV lead [[DEVICE:L52-0083954]]; implanted [[DATE:2019-08-14]]. Device representative [[NAME:Jovanka Darwish]] ([[ORG:Veridian Cardiac Rhythm]]) programmed DOO 80 bpm before the scan and restored the original settings afterward. Continuous ECG and SpO2 monitoring by RN; no events. SAR limited to 1.5 W/kg.

Technique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI, post-contrast 3D T1. Gadobutrol 6 mL.

Findings: Restricted diffusion in the left inferior cerebellar hemisphere (PICA territory), 1.8 x 1.2 cm, with corresponding FLAIR signal, consistent with acute infarct. No hemorrhage on SWI. No mass effect on the fourth ventricle. Moderate chronic small-vessel change. Old right thalamic lacune. Device artifact limited to the left anterior chest wall and did not affect the brain.

Impression:
1. Acute left PICA-territory cerebellar infarct.
2. No hemorrhage or hydrocephalus.

Critical result called to Dr. [[NAME:Vestergaard]] at 16:10, read back confirmed.
[[NAME:Thorvald Moorhouse]], MD, Neuroradiology   [[DATE:06/11/2025]] 16:22
""")

note("radiology-d06", "radiology", """
BILATERAL DIAGNOSTIC MAMMOGRAM WITH TOMOSYNTHESIS; LEFT BREAST ULTRASOUND
[[ORG:Prairie Sunrise Breast Center]], [[CITY:Brookings]], [[STATE:SD]]
Patient: [[NAME:Haldorsen, Bergljot K.]]   DOB: [[DATE:Jan 3 1969]]   MRN: [[MRN:PSB-440918]]
Exam date: [[DATE:2025-04-22]]   Technologist: [[NAME:Briony Yancey]], RT(M)
Referring: [[NAME:Leocadia Zumárraga]], NP, [[ORG:Big Sioux Family Clinic]]

History: new palpable lump in the left breast at 2 o'clock, noticed by the patient in the shower. Mother had breast cancer at 52. No prior biopsy.
Comparison: outside screening mammograms from [[ORG:Lake Kampeska Imaging]] in [[CITY:Watertown]] dated [[DATE:03/14/2023]] and [[DATE:03/20/2024]], received through the outside-image share link [[URL:files.kampeskaimaging.com/s/k7QmX2]] and imported to PACS on [[DATE:4/21]].

Findings:
Breast composition: heterogeneously dense (C).
Left breast: at the site of the palpable marker, 2:00, 6 cm from the nipple, an irregular hypoechoic mass 1.4 x 1.1 x 1.0 cm with indistinct margins and posterior shadowing, with internal vascularity. Corresponding irregular mass with spiculated margins on tomosynthesis, new compared with [[DATE:March 2024]]. Left axilla: one lymph node with a 3.4 mm cortex, normal fatty hilum.
Right breast: no suspicious findings.

Impression: BI-RADS 4C. Highly suspicious mass left breast 2:00. Ultrasound-guided core biopsy recommended and scheduled for [[DATE:April 25]].

Results discussed with the patient in person. Nurse navigator [[NAME:Prosper Ellingboe]], RN, [[PHONE:605-697-4410]], [[EMAIL:navigator@prairiesunrisebreast.org]], will call her tomorrow.
Interpreted by [[NAME:Benedikta Solvang]], MD   [[DATE:04/22/2025]]
""")

note("radiology-d07", "radiology", """
ORAL AND MAXILLOFACIAL RADIOLOGY CONSULTATION - PANORAMIC RADIOGRAPH
[[ORG:Falls City Oral Imaging]], [[STREET:9300 Shelbyville Rd, Suite 1107]], [[CITY:Jeffersontown]], [[STATE:KY]] [[ZIP:40299]]

Patient: [[NAME:Tennyson Threadgill]]   DOB: [[DATE:02/27/2008]]   Chart: [[MRN:FCOI-77120]]
Accompanied by: mother, [[NAME:Ardelle Threadgill]]
Date of exposure: [[DATE:07/15/2025]]
Referring dentist: Dr. [[NAME:Chiamaka Adebanjo-Kerr]], DMD, [[ORG:Riverbend Smiles Pediatric & Family Dentistry]], [[STREET:4410 Brownsboro Rd, Suite 210]], [[CITY:St. Matthews]], [[STATE:KY]] [[ZIP:40207]], tel [[PHONE:502-893-4417]]

Reason for referral: evaluation of third molars before orthodontic finishing; intermittent pain lower right.

Findings:
- Developing third molars #1, #16, #17 and #32. #17 and #32 are mesioangularly impacted against the second molars, with roots about two-thirds formed. The roots of #32 overlap the inferior alveolar canal; the canal's cortical outline is interrupted at the apex and there is darkening of the root band.
- #30: well-defined periapical radiolucency, 4 mm, at the mesial root, associated with a large occlusal restoration. Consistent with apical periodontitis.
- Well-corticated, ovoid radiolucency below the inferior alveolar canal in the left posterior mandible, 9 mm, in the submandibular gland fossa: Stafne bone defect, a developmental variant that needs no treatment.
- Maxillary sinuses clear. Condyles symmetric. Bone levels within normal limits for age.

Impression:
1. Impacted #17 and #32; #32 in close relation to the inferior alveolar nerve, CBCT recommended before extraction.
2. Periapical radiolucency #30, endodontic evaluation advised.
3. Stafne bone defect, left mandible, incidental.

Report faxed to Dr. [[NAME:Adebanjo-Kerr]] at [[PHONE:502-893-4420]].
[[NAME:Eamon Pradhan]], DDS, MS, Diplomate ABOMR     [[DATE:07/16/2025]]
""")

note("radiology-d08", "radiology", """
Radiology Report - [[ORG:Androscoggin Valley Urgent Care]] (teleradiology read)
Patient: [[NAME:Pelkey, Lucan]]   DOB [[DATE:2011-01-19]]   MRN [[MRN:AVU-309184]]   Visit [[DATE:2025-09-27]]
Exam: XR ANKLE RIGHT 3 VIEWS; XR FOOT RIGHT 3 VIEWS
Ordering: [[NAME:Fenella Quarshie]], PA-C

Clinical: 14-year-old soccer player rolled his right ankle in a game for [[ORG:Lisbon Falls Middle School]]; the athletic trainer, [[NAME:Brook Ashlock]], ATC, applied ice and a splint on the field. Ottawa ankle rules positive (tenderness at the posterior edge of the lateral malleolus, unable to bear weight 4 steps). Tanner stage 3 per PA. Skin intact.

Findings:
Ankle: Nondisplaced fracture through the distal fibular physis with a small posterior metaphyseal fragment: Salter-Harris II. Physeal widening laterally up to 3 mm. Ankle mortise congruent. Distal tibial physis normal. Soft tissues swollen over the lateral malleolus.
Foot: No fracture of the base of the fifth metatarsal. Navicular and tarsal bones normal. No Lisfranc malalignment.

Impression:
1. Salter-Harris II fracture of the distal right fibula, nondisplaced.
2. Normal foot.

Recommendation: short-leg cast or boot, orthopedic follow-up within one week.
Follow-up appointment made for the family by the urgent care: [[ORG:Pineland Pediatric Orthopedics]], [[STREET:15 Minot Ave, Suite 3]], [[CITY:Auburn]], [[STATE:ME]] [[ZIP:04210]], on [[DATE:Oct 1]]. Parent contact: father [[NAME:Ebenezer Pelkey]], [[PHONE:207-353-8816]], home in [[CITY:Lisbon]].

Read remotely by [[NAME:Hurlbut, Ansgar]], MD
Signed [[DATE:09/27/2025]] 19:44 EDT
""")

note("radiology-d09", "radiology", """
[[ORG:Great Plains Nightwatch Teleradiology]] - FINAL REPORT
Site: [[ORG:Middle Loup Rural Health Clinic]], [[STREET:304 S 10th Ave]], [[CITY:Broken Bow]], [[STATE:NE]] [[ZIP:68822]]
Patient: [[NAME:Osterhout, Marvel J.]]   DOB: [[DATE:12/01/1979]]   Site MRN: [[MRN:MLR-004187]]   Study UID suffix: [[MRN:GPN-7730915]]
Exam: US ABDOMEN LIMITED (RIGHT UPPER QUADRANT)   Performed: [[DATE:08/09/2025]] 21:12 CDT
Sonographer: [[NAME:Lark Dunkelberger]], RDMS   Ordering: [[NAME:Wynette Haltom]], APRN

History: 45-year-old woman with RUQ pain after a fried meal at the county fair in [[CITY:Merna]], vomiting, temp 38.3, WBC 14.2.

Findings:
GB: distended (11 x 4.6 cm). Several shadowing stones, the largest 1.6 cm, one lodged in the GB neck and not moving with repositioning. GB wall 5 mm, edematous, small rim of fluid around it. Patient maximally tender under the transducer over the GB (sonographic Murphy sign), reported by the sonographer.
CBD 4 mm at the porta; intrahepatic ducts not dilated.
Liver homogeneous, no mass; portal venous flow toward the liver.
Pancreatic head/body seen and normal, tail hidden by bowel gas.
No right hydronephrosis.

Impression: Acute calculous cholecystitis. No biliary dilatation.

Communication: Findings phoned to [[NAME:Wynette Haltom]], APRN, at [[PHONE:308-872-6614]] at 21:40 CDT, who is arranging transfer to [[ORG:Platte Crossing Regional Medical Center]] in [[CITY:Kearney]] for surgery.

Images and report: [[URL:https://portal.gpnightwatch-rad.net/studies/7730915]]; sending modality [[IP:198.51.100.62]].
Interpreted remotely by [[NAME:Umberto Gaspari]], MD ([[STATE:Nebraska]] license [[LICENSE:MD-29174]])   [[DATE:08/09/2025]] 21:38 CDT
""")

note("radiology-d10", "radiology", """
CT ANGIOGRAM CHEST (PE PROTOCOL)
[[ORG:HAMMONDS FERRY IMAGING]] / [[ORG:AUGUSTA SANDHILLS HOSPITAL]]
PATIENT: [[NAME:ANYANWU, EBERE C]]   MRN: [[MRN:ASH0092271]]   ACC: [[MRN:CTA-25-104472]]
DOB: [[DATE:10-MAR-1958]]   EXAM: [[DATE:14-AUG-2025]] 09:47
ORDERING: [[NAME:YEVGENIA PASHKOVA]], MD

CLINICAL: DYSPNEA AND PLEURITIC LEFT CHEST PAIN 2 DAYS AFTER RETURNING FROM A 13-HOUR FLIGHT FROM [[CITY:ABUJA]]. WELLS SCORE 4.5. D-DIMER 1,840. HX BREAST CA 2016 (IN REMISSION).

TECHNIQUE: CTA CHEST WITH 75 ML IOPAMIDOL 370. NO IMMEDIATE COMPLICATION.

FINDINGS:
PULMONARY ARTERIES: FILLING DEFECTS IN THE LEFT LOWER LOBE SEGMENTAL AND SUBSEGMENTAL ARTERIES AND THE RIGHT MIDDLE LOBE SUBSEGMENTAL BRANCHES. MAIN PULMONARY ARTERY 2.9 CM. RV/LV RATIO 0.9. NO REFLUX OF CONTRAST INTO THE IVC.
LUNGS: WEDGE-SHAPED PERIPHERAL OPACITY LEFT LOWER LOBE, LIKELY INFARCT. 5 MM SOLID NODULE RIGHT UPPER LOBE (SERIES 4, IMAGE 61).
MEDIASTINUM: NO ADENOPATHY. NO LEFT SUPRACLAVICULAR (VIRCHOW) NODE IN THE SCANNED FIELD.
PLEURA: SMALL LEFT PLEURAL EFFUSION.
UPPER ABDOMEN: UNREMARKABLE.

IMPRESSION:
1. ACUTE BILATERAL PULMONARY EMBOLI WITHOUT CT EVIDENCE OF RIGHT HEART STRAIN.
2. PROBABLE SMALL LEFT LOWER LOBE PULMONARY INFARCT.
3. 5 MM RUL NODULE. PER FLEISCHNER 2017 GUIDELINES, IN A PATIENT WITH PRIOR MALIGNANCY FOLLOW-UP CT IN 6-12 MONTHS IS SUGGESTED.

CRITICAL RESULT: CALLED TO DR. [[NAME:PASHKOVA]] AT [[PHONE:(706) 721-4471 EXT 2290]] AT 10:08 ON [[DATE:08/14/2025]] BY [[NAME:TOLBERT STALLWORTH]], MD. READ BACK.

ELECTRONICALLY SIGNED: [[NAME:TOLBERT STALLWORTH]], MD   [[DATE:08/14/2025]] 10:11
""")

# ------------------------------------------------------------------ referral

note("referral-d01", "referral", """
==================== FAX TRANSMITTAL ====================
[[ORG:Onion River Family Medicine]]
[[STREET:41 Main St, Suite 2]], [[CITY:Winooski]], [[STATE:VT]] [[ZIP:05404]]

Date: [[DATE:03/18/2025]]          Pages (incl. cover): 4
To: Intake Coordinator, [[ORG:Champlain Perinatal Mental Health Program]]
    Fax: [[PHONE:(802) 847-0219]]     Phone: [[PHONE:(802) 847-0200]]
From: [[NAME:Margarethe Kvist]], MD
    Fax: [[PHONE:802-655-1984]]     Phone: [[PHONE:802-655-1970 x118]]
Re: [[NAME:Soledad Ferriera-Hux]], DOB [[DATE:07/25/1992]] - URGENT referral
[ ] For review   [x] Please reply   [x] Urgent

These pages are meant only for the office named above. If they reached you by mistake, phone us and shred them.
==========================================================

Dear colleagues,

I am referring Ms. [[NAME:Ferriera-Hux]], 32, G1P1, seven weeks after a vaginal delivery on [[DATE:January 28]] at [[ORG:Lake Champlain Birthing Suites]], for postpartum depression with anxiety. Her Edinburgh (EPDS) score today is 19, item 10 scored 1: fleeting thoughts that she would be better off asleep and not waking, no plan, no intent, no access to firearms. She denies thoughts of harming the baby, [[NAME:Juniper]], and her husband sees her as a loving, careful mother. She sleeps in 2-3 hour stretches, has lost 6 kg since delivery, and checks the baby's breathing many times a night.

History: one depressive episode at 20 while at [[ORG:Saint Albans State College]], treated with sertraline with good response. No mania, no psychosis. No substance use. Breastfeeding.

I restarted sertraline 25 mg on [[DATE:3/14]] and will titrate to 50 mg next week. Her husband, [[NAME:Torsten Hux]] ([[PHONE:802-373-0418]]), has taken two weeks of leave from [[ORG:Green Mountain Cable Works]], and her mother-in-law, [[NAME:Ragnfrid Hux]], is staying with the family. We made a safety plan; she has the 988 number and our after-hours line.

Home: [[STREET:18 Weaver St, Apt 3]], [[CITY:Winooski]], [[STATE:VT]] [[ZIP:05404]]. Cell [[PHONE:802-238-7716]].
Coverage: [[ORG:Catamount Health Partners]], member [[ACCOUNT:CHP-7730418-01]].
She has agreed to this referral and to our sharing these notes.

Sincerely,
[[NAME:Margarethe Kvist]], MD
Attachments: last two visit notes, EPDS, medication list
""")

note("referral-d02", "referral", """
[[ORG:Tamarack County Children Services]] - Ongoing Services Unit
REFERRAL FOR THERAPEUTIC FOSTER CARE PLACEMENT

To: Placement Unit, [[ORG:Kindling Hearth Foster Care Network]], [[STREET:2700 Columbus Ave, Suite 400]], [[CITY:Sandusky]], [[STATE:OH]] [[ZIP:44870]]
From: [[NAME:Aldous Penhallow]], MSW, ongoing caseworker - [[PHONE:419-627-5583]] - [[EMAIL:apenhallow@tamarackcsb.org]]
Date: [[DATE:11/04/2024]]

Child: [[NAME:Kaius Redfern]]   DOB: [[DATE:05/30/2015]]   CS case: [[ACCOUNT:TCCS-19-0447]]
Medicaid ID: [[ACCOUNT:9100472281]]
Court: [[ORG:Tamarack County Juvenile Court]], Magistrate [[NAME:Ondine Marchbanks]], docket [[ACCOUNT:2024 JC 00318]]; next review hearing [[DATE:12/17/2024]]
Guardian ad litem: [[NAME:Tamsen Greeley]], Esq., [[PHONE:419-626-2204]]

Reason for referral: [[NAME:Kaius]] has been in a kinship placement with his maternal grandmother, [[NAME:Borghild Bjornstad]], since [[DATE:March 2023]]. She is 71, was recently diagnosed with heart failure, and has asked for placement to end by the holidays. [[NAME:Kaius]] needs a therapeutic home: diagnoses PTSD and ADHD, two psychiatric admissions this year (most recently [[ORG:Firelands Youth Crisis Unit]], [[DATE:Sept 2-9]]), aggression when redirected, no fire-setting, no sexualized behavior.

Services now: weekly trauma-focused CBT with [[NAME:Wassily Petrakis]], LPCC, at [[ORG:Lakeside Kids Counseling]]; guanfacine ER 2 mg and sertraline 50 mg prescribed by Dr. [[NAME:Varona]]. Third grade at [[ORG:Whitman Avenue Elementary]] with an IEP; school counselor [[NAME:Kieran Wetherell]] reports he does best with one adult he trusts.

Family: sister [[NAME:Rowan Redfern]] (6) is placed with their paternal aunt, [[NAME:Benedetta Arbogast]], in [[CITY:Tiffin]]; sibling visits every Saturday must continue. Mother [[NAME:Sorcha Redfern]] is incarcerated until about [[DATE:June 2026]]; supervised video visits twice a month. Father's whereabouts unknown, last known in [[CITY:Fremont]].

Please contact me to arrange a pre-placement visit.
[[NAME:A. Penhallow]], MSW, LSW
""")

note("referral-d03", "referral", """
[[ORG:Crossroads Employer Health]] - Occupational Medicine
[[STREET:2215 Browns Bridge Rd]], [[CITY:Gainesville]], [[STATE:GA]] [[ZIP:30501]]   Ph [[PHONE:770-297-6140]]   Fax [[PHONE:770-297-6149]]

REFERRAL: Hand and Upper Extremity Surgery
To: Dr. [[NAME:Ulrich Heiberg]], [[ORG:Chestatee Hand Center]]
Date: [[DATE:April 15, 2025]]

Patient: [[NAME:Cipriano Tsuchiya]]   DOB: [[DATE:12/09/1983]]
Employer: [[ORG:Meridian Valley Poultry]], second-shift deboning line, [[STREET:1 Plant Access Rd]], [[CITY:Gainesville]]
Supervisor: [[NAME:Oakley Kolstad]], [[PHONE:770-531-2208 ext 4417]]
Date of injury: [[DATE:02/20/2025]] (cumulative trauma, reported on that date)
Workers' comp carrier: [[ORG:Peachtree Mutual Casualty]]   Claim: [[ACCOUNT:PMC-WC-25-0091847]]
Adjuster: [[NAME:Yakov Zelinsky]], [[EMAIL:yzelinsky@peachtreemutual.com]]
Nurse case manager: [[NAME:Dagny Okerstrom]], RN, [[PHONE:678-408-3310]]

Reason: right wrist pain, radial side, for 8 weeks despite conservative care. He makes about 40 knife cuts a minute with the right hand on a 9-hour shift.

Exam: swelling over the first dorsal compartment; Finkelstein test strongly positive on the right, negative on the left. Tinel and Phalen negative at the carpal tunnel. Spurling negative bilaterally; neck range of motion full. Hawkins-Kennedy and Neer negative on the right shoulder. Grip 28 kg right vs 46 kg left.

Treatment to date: thumb spica splint, naproxen, restricted to light duty (no knife, no repetitive gripping) since [[DATE:3/3]]; OT 8 visits at [[ORG:Lanier Rehab Partners]]. One corticosteroid injection on [[DATE:03/18/2025]] gave 3 weeks of relief.

Assessment: de Quervain tenosynovitis, right, work-related, failed conservative care.
Request: surgical evaluation for first dorsal compartment release. Authorization from the carrier has been requested; the adjuster asked that notes be faxed to [[PHONE:404-260-7731]].

Interpreter: Spanish, via the clinic interpreter [[NAME:Kassandra Merriweather]]; the patient also speaks Japanese with his father.

[[NAME:Bogdana Fitzwilliam]], MD, MPH
""")

note("referral-d04", "referral", """
[[ORG:Burlington Bay Eyecare]]
[[STREET:627 7th Ave]], [[CITY:Two Harbors]], [[STATE:MN]] [[ZIP:55616]] | [[PHONE:218-834-0127]] | [[URL:www.burlingtonbayeyecare.com]]

Referral to Retina
To: [[ORG:Cloquet River Retina]], [[CITY:Hermantown]] (fax [[PHONE:218-729-4416]])
Date: [[DATE:10/02/2025]]
Patient: [[NAME:Liesel Tschida]]   DOB: [[DATE:05/17/1949]]   Phone: [[PHONE:218-834-7782]]
Address: [[STREET:3318 Old North Shore Rd]], [[CITY:Knife River]], [[STATE:MN]] [[ZIP:55609]]

Dear Dr. [[NAME:Brisbane]],

Mrs. [[NAME:Tschida]] came in today for her annual exam and for the vision form the DMV requires to renew her driver's license ([[STATE:MN]] DL [[LICENSE:T402118837605]]). She noticed that straight lines on her kitchen tiles look wavy in the right eye for about two weeks.

Findings:
- VA (Snellen, distance, best corrected): OD 20/60, OS 20/25. Near OD J5.
- Color plates (Ishihara): 14/14 OU.
- IOP 16 / 17 mmHg.
- Amsler: metamorphopsia centrally OD.
- Schirmer 8 mm OD / 9 mm OS at 5 min (mild dry eye, on artificial tears).
- Iris: flat, normal color, no neovascularization OU.
- Fundus: OD drusen with a small subretinal hemorrhage temporal to the fovea and an elevated grey-green lesion; OS intermediate drusen, no hemorrhage.
- OCT macula OD: subretinal fluid and a PED. Images uploaded to [[URL:imageshare.cloquetriverretina.com/upload/tschida-i]].

Impression: suspected neovascular AMD, right eye. Intermediate AMD left eye.

I would appreciate an urgent visit this week. I told her not to drive until you have seen her; her son, [[NAME:Anatoly Tschida]] ([[PHONE:218-590-3314]]), will drive her. I have not signed the DMV form yet.

Sincerely,
[[NAME:Ilsa Heiberg-Ness]], OD
""")

note("referral-d05", "referral", """
Fwd: referral - new RUL mass - [[NAME:Agnakluk]]

please schedule w/ thoracic onc this wk if possible, pt has to fly in. -[[NAME:lorcan]]

---------- Forwarded message ---------
From: [[NAME:Kassia Dombrowski]] <[[EMAIL:kdombrowski@nushagakclinic.org]]>
Date: Mon, [[DATE:Jun 2, 2025]] at 4:17 PM
Subject: referral - new RUL mass - [[NAME:Agnakluk]]
To: [[NAME:Lorcan Pickering]] <[[EMAIL:lpickering@cookinletcancer.org]]>

Hi [[NAME:Lorcan]],

Referring [[NAME:Nanuq Agnakluk]], DOB [[DATE:3/11/1958]], our chart [[MRN:NBC-11904]], to [[ORG:Cook Inlet Cancer Center]] for a new right upper lobe mass.

He is a 67 y/o commercial setnetter from [[CITY:Aleknagik]], 45 pack-years, still smoking half a pack. Three months of cough, two episodes of streaky hemoptysis, 8 kg weight loss. CT chest with contrast done here in [[CITY:Dillingham]] on [[DATE:5/29]]: 3.8 cm spiculated RUL mass abutting the pleura, 1.7 cm right hilar node, no effusion, adrenals normal on the included images. No brain imaging yet. Labs: Ca 10.9, Hgb 12.1, LFTs normal. ECOG 1.

Logistics: he has to fly in for every visit; our patient travel office ([[PHONE:907-842-6388]]) can book once you give us a date, and his wife [[NAME:Apakuk Agnakluk]] will go as escort. He wants to be home for the king salmon opener if he can. Yup'ik is his first language; he prefers an interpreter for consent discussions. Cell [[PHONE:907-843-2215]] (spotty at fish camp, leave a message with his daughter [[NAME:Leopoldina]] at [[PHONE:907-842-7721]]).

Imaging is on the shared drive: [[URL:\\\\nbcc-fs01\\radiology\\outgoing\\agnakluk_ct_20250529]]. Disc also going out in the mail.

Thanks so much,

[[NAME:Kassia Dombrowski]], PA-C
[[ORG:Nushagak Bay Community Clinic]] | [[STREET:PO Box 1070]], [[CITY:Dillingham]], [[STATE:AK]] [[ZIP:99576]]
p [[PHONE:907-842-6310]] | f [[PHONE:907-842-6319]]
[[EMAIL:kdombrowski@nushagakclinic.org]] | [[URL:nushagakclinic.org/referrals]]
""")

note("referral-d06", "referral", """
[[ORG:Palouse Hearing & Balance]]
[[STREET:1250 SE Bishop Blvd, Ste F]], [[CITY:Pullman]], [[STATE:WA]] [[ZIP:99163]] - tel [[PHONE:509-332-0841]] - fax [[PHONE:509-332-0849]]

[[DATE:January 21, 2025]]

[[NAME:Wilmer Kuykendall]], MD
[[ORG:Latah Creek Ear, Nose & Throat]]
[[STREET:101 W 8th Ave, Suite 3300]], [[CITY:Spokane]], [[STATE:WA]] [[ZIP:99204]]

RE: [[NAME:Mabel Anstruther]], DOB [[DATE:09/03/1951]]

Dear Dr. [[NAME:Kuykendall]],

Thank you for seeing Mrs. [[NAME:Anstruther]], a retired music teacher from [[CITY:Moscow]], [[STATE:ID]], who noticed on [[DATE:January 14]] that her left ear sounded "like it was stuffed with cotton" when she woke up, with roaring tinnitus. She still plays oboe in the [[ORG:Palouse Community Band]] and noticed that her reeds sounded flat and distorted. Two days of spinning vertigo followed, now improving.

Tuning forks: Weber lateralizes to the right; Rinne positive both sides (AC > BC). Dix-Hallpike negative both sides. No spontaneous nystagmus today.
Audiogram ([[DATE:1/20/2025]]): left moderate-to-severe sensorineural loss, flat, PTA 62 dB, word recognition 48%. Right mild high-frequency SNHL, unchanged from [[DATE:March 2023]]. Tympanograms type A both ears.

Her bilateral behind-the-ear hearing aids (left S/N [[DEVICE:2419-K0773L]], right S/N [[DEVICE:2419-K0781R]]) were checked and are working; the left one no longer helps much.

I am concerned about sudden sensorineural hearing loss in the left ear, now day 7. I have asked her primary care office, [[ORG:Paradise Ridge Family Clinic]], to call her about oral steroids today, and I am asking you to see her soon for intratympanic treatment and an MRI of the internal auditory canals. Her husband, [[NAME:Hollister Anstruther]], will drive her; their number is [[PHONE:208-882-6137]].

Sincerely,

[[NAME:Reed Galloway]], AuD, CCC-A
Audiologist, [[STATE:WA]] license [[LICENSE:AU60847192]]
cc: [[ORG:Paradise Ridge Family Clinic]], fax [[PHONE:208-883-0420]]
""")

note("referral-d07", "referral", """
[[ORG:Pecan Grove Family Dental]]
[[STREET:8720 FM 1960 Rd E, Suite 140]], [[CITY:Crosby]], [[STATE:TX]] [[ZIP:77532]]
Phone [[PHONE:281-852-0147]] · Fax [[PHONE:281-852-0150]]

[[DATE:August 5, 2025]]

Dr. [[NAME:Teofilo Cavazos]], DDS, MD
[[ORG:Cypress Creek Oral & Maxillofacial Surgery]]
[[STREET:19710 Kuykendahl]], [[CITY:Spring]], [[STATE:TX]] [[ZIP:77379]]

Re: [[NAME:Hortense Bigelow]] (DOB [[DATE:4/28/1946]])

Dear Dr. [[NAME:Cavazos]],

Please evaluate Mrs. [[NAME:Bigelow]] for extraction of tooth #30, which has a vertical root fracture of the distal root with a 9 mm isolated pocket and a draining sinus tract. The tooth is not restorable.

My concern is her antiresorptive history: alendronate 70 mg weekly since 2019, prescribed by Dr. [[NAME:Cuthbert Raskin]] at [[ORG:Kingwood Bone & Joint]], who has been asked about a drug holiday. I would value your opinion on her risk of medication-related osteonecrosis of the jaw and whether you would prefer to do the extraction yourself.

Medical history: hypertension, type 2 diabetes (A1c 7.1 in the spring), atrial fibrillation on apixaban, no prior radiation to the head or neck. No antibiotic premedication indicated. Allergies: codeine (nausea).

I prescribed amoxicillin 500 mg tid for 7 days on [[DATE:8/4]] for the acute infection, and hydrocodone/acetaminophen 5/325, #8, for pain. A panoramic and a periapical of #30 are enclosed.

Insurance: [[ORG:Lone Star Senior Dental]], member [[ACCOUNT:LSD-440918273]].
Her daughter, [[NAME:Giselle Bigelow-Cantú]], makes her appointments: [[PHONE:832-445-0917]], [[EMAIL:gbcantu@txmailbox.net]].

Sincerely,

[[NAME:Solomon Bratkowski]], DDS
NPI [[LICENSE:1663923328]] · DEA [[LICENSE:BB2422626]] · TX dental license [[LICENSE:31847]]
""")

note("referral-d08", "referral", """
[[ORG:Red Canyon VA Health Care System]] - Office of Community Care
COMMUNITY CARE REFERRAL (SEOC: ORTHOPEDIC SURGERY - KNEE)

Referral #: [[ACCOUNT:VA0047718203]]     Consult #: [[MRN:CC-2025-118440]]
Authorized: [[DATE:05/07/2025]] through [[DATE:11/03/2025]] (180 days)     Eligibility: drive time over 60 minutes

Veteran: [[NAME:Shoemake, Garrick T.]]     Last 4: [[SSN:2291]]     DOB: [[DATE:10/22/1982]]
Address: [[STREET:27014 US Highway 385]], [[CITY:Edgemont]], [[STATE:SD]] [[ZIP:57735]]
Phone: [[PHONE:605-745-3310]] (home), [[PHONE:605-890-4417]] (cell)
Preferred contact: wife, [[NAME:Amity Shoemake]]

Community provider: [[ORG:Black Hills Sports & Joint]], Dr. [[NAME:Truman Winslow]], [[STREET:640 N Main St, Suite 200]], [[CITY:Belle Fourche]], [[STATE:SD]] [[ZIP:57717]], NPI [[LICENSE:1146881978]]

Reason for referral: 42-year-old Army veteran with right knee pain and instability since a fall from a vehicle in 2005 while deployed with [[ORG:B Company, 3rd Battalion, 409th Infantry]]. MRI ([[DATE:3/28/2025]], read at [[ORG:Angostura Imaging]]): chronic complete ACL tear, complex posterior horn medial meniscus tear, grade 3 chondromalacia medial compartment. Failed 12 weeks of PT at the [[ORG:Fall River CBOC]] and two steroid injections. Works as a ranch hand for [[ORG:Cheyenne River Cattle Co.]]; instability with uneven ground.

Requested services: consultation, imaging review, and surgery if indicated (ACL reconstruction and meniscal repair). Return records to the VA within 14 days of each visit.

Records: fax [[PHONE:605-745-2089]] or upload through the HSRM portal, [[URL:https://hsrm.redcanyonva-cc.net/referral/VA0047718203]].
Community care coordinator: [[NAME:Delphia Cosgrove]], RN, [[PHONE:605-745-2000 ext 74418]]

Ordering VA provider: [[NAME:Waylon Fentress]], PA-C, PACT Team 2
""")

note("referral-d09", "referral", """
[[ORG:Drakes Creek Pediatrics]]
[[STREET:1105 Cedar Grove Rd]], [[CITY:Franklin]], [[STATE:KY]] [[ZIP:42134]]   tel [[PHONE:270-586-0192]]   fax [[PHONE:270-586-0199]]

REFERRAL: Developmental-Behavioral Pediatrics
To: [[ORG:Lost River Child Development Center]]
Date: [[DATE:02/12/2025]]     Priority: routine-urgent (waitlist)

Child: [[NAME:Octavius "Tavi" Honeycutt]]     DOB: [[DATE:04/09/2023]] (22 months)     Chart: [[MRN:DCP-31190]]
[[STATE:Kentucky]] Medicaid: [[ACCOUNT:4470918822]]
Legal status: in foster care since [[DATE:Aug 2024]]; custody with the state. Consent signed by the agency worker.
Foster parents: [[NAME:Ignatia Kittinger]] and [[NAME:Rendon Kittinger]], [[STREET:88 Pleasant Hill Church Rd]], [[CITY:Scottsville]], [[STATE:KY]] [[ZIP:42164]], cell [[PHONE:270-237-4418]]
Agency: [[ORG:Bluegrass Bridges Foster Care]], worker [[NAME:Vashti Onwuchekwa]], [[PHONE:270-843-0771 ext 12]], [[EMAIL:vonwuchekwa@bluegrassbridges.org]]

Concerns: only 3-4 words (mama, ba, no), no pointing to show, inconsistent response to name, lines up toy cars, frequent tantrums at transitions. His daycare teacher at [[ORG:Sunbeam Sprouts Learning Center]], Miss [[NAME:Star]], gives him a gold star chart for sitting at circle and says he plays beside but not with other children.

Screening today: Denver II - cautions/delays in language and personal-social, gross motor normal, fine motor-adaptive one caution. M-CHAT-R/F total 9 (high risk). Hearing: passed newborn screen, audiology referral placed anyway. Lead 2 ug/dL. Growth normal.

Background: born at 35 weeks, NICU 12 days at [[ORG:Greenview Women's Pavilion]] for neonatal abstinence (prenatal opioid exposure). Biological mother, [[NAME:Marcelline Dabney]], has supervised visits monthly; termination of parental rights hearing pending. Father unknown.

Already referred to First Steps (early intervention), evaluation scheduled [[DATE:2/27]]. Requesting a diagnostic evaluation for autism spectrum disorder and developmental delay.

[[NAME:Clemmie Ashworth]], MD, FAAP
""")

note("referral-d10", "referral", """
[[ORG:Ozark Crossroads Occupational Clinic]] - DOT Medical Examinations
[[STREET:1400 S Garrison Ave]], [[CITY:Carthage]], [[STATE:MO]] [[ZIP:64836]]     ph [[PHONE:417-358-2261]]     fax [[PHONE:417-358-2265]]

Referral to sleep medicine - commercial driver, suspected obstructive sleep apnea
To: [[ORG:Four States Sleep Disorders Center]], [[CITY:Neosho]] (fax [[PHONE:417-451-0938]])
Date: [[DATE:9/15/2025]]

Driver: [[NAME:Tillotson, Beauford "Bo"]]     DOB: [[DATE:06/30/1971]]
CDL: [[STATE:MO]] class A [[LICENSE:B118047720]]
Employer: [[ORG:Spring River Freightways]], home terminal [[CITY:Ft. Scott]], [[STATE:Kan.]], dispatcher [[NAME:Jessup Britton]] ([[PHONE:417-624-7700 ext 31]])
Truck: 2023 Kenworth tractor, unit 418, VIN [[VEHICLE:1XKYD49XXPJ410277]], tag [[STATE:MO]] [[VEHICLE:4KP-Z71]]

At his DOT recertification today, Mr. [[NAME:Tillotson]] had BMI 41, neck circumference 19.5 in, Epworth 14, STOP-BANG 6, and hypertension on two agents. His wife, [[NAME:Eulala Tillotson]], has told him he stops breathing at night, and dispatch logged a lane-departure alert on his truck last month. He denies crashes.

He was diagnosed with OSA in 2018 at another sleep lab and given a CPAP by [[ORG:Heartland Respiratory Supply]] (S/N [[DEVICE:HRS-22A-00417]]), which he stopped using after about three months because of mask leaks. The machine is in his sleeper berth.

Per FMCSA guidance I issued a 3-month medical examiner's certificate, to be extended once he is evaluated and treated with documented adherence (at least 4 hours a night on 70% of nights). Please arrange a sleep study (home test is acceptable) and an APAP titration, and send adherence downloads to this clinic.

[[NAME:Emmett Pettus]], DO, certified medical examiner, National Registry no. [[LICENSE:8821047755]]
""")

# ----------------------------------------------------------------- telephone

note("telephone-d01", "telephone", """
TELEPHONE ENCOUNTER
[[ORG:Buttes Crossing Primary Care]] - Internal Medicine
Date/time: [[DATE:06/03/2025]] 09:12     Taken by: [[NAME:Pomona Quigley]], MA
Call type: [x] Refill  [x] Clinical question  [ ] Results  [ ] Scheduling

Patient: [[NAME:HOLLSTEIN, LEOCADIO]]     DOB: [[DATE:01/16/1944]]     MRN: [[MRN:BCP-0207718]]
Caller: daughter, [[NAME:Szilvia Hollstein-Renwick]] (on HIPAA release, verified with DOB and address)
Call-back number: [[PHONE:971-334-8017]] (cell, OK to leave message)

Reason for call:
1. Needs a 90-day refill of losartan 50 mg and atorvastatin 40 mg. Moved from the old pharmacy; new preferred pharmacy is [[ORG:Hogan Butte Pharmacy]], [[STREET:3620 SE Filbert Ct]], [[CITY:Gresham]], [[STATE:OR]] [[ZIP:97080]], [[PHONE:503-661-2290]], fax [[PHONE:503-661-2296]].
2. Daughter reports dad's ankles "puffier than usual" for a week since the heat wave, no shortness of breath, sleeping flat, no chest pain. Weight at home 181 lb (was 178). He started amlodipine at the cardiology visit with Dr. [[NAME:Tancredi]] on [[DATE:May 20]].
3. Asks whether he can still go on the fishing trip to [[CITY:Tillamook]] with his brother [[NAME:Zebulon]] next weekend.

Protocol: Edema, adult (no red flags).
Pharmacy updated in chart; old pharmacy ([[ORG:Rockwood Discount Drug]]) removed.

Routed to: Dr. [[NAME:Ptolemy Aldridge]] (PCP)

Provider response ([[DATE:06/03/2025]] 12:40): refills sent. Likely amlodipine-related swelling; elevate legs, compression socks, keep the appointment on [[DATE:6/17]]; call sooner if short of breath. Fishing trip is fine. - [[NAME:P. Aldridge]]

Call-back: [[DATE:06/03/2025]] 13:05, spoke with [[NAME:Szilvia]], read back instructions, understands. - [[NAME:pq]]
""")

note("telephone-d02", "telephone", """
PATIENT PORTAL MESSAGE - forwarded to nurse pool
[[ORG:Sequoia Valley Health]] | [[URL:portal.sequoiavalleyhealth.org]]
Thread #: [[MRN:PM-2025-7720418]]

--- Forwarded by front desk ([[NAME:cosmo]]) [[DATE:2/24/2025]] 8:03 AM ---
pls review, pt asking for work note + med question. thx

--- Original message ---
From: [[NAME:Fitzgerald Habersham]] (patient)
Sent: Sun [[DATE:2/23/2025]] 11:47 PM
To: Dr. [[NAME:Margarite Eastlake]]
Subject: need work note!!

hi dr [[NAME:eastlake]] its [[NAME:fitz habersham]], sorry to message so late. i've had the stomach bug since friday night, throwing up and diarrhea, cant keep the ondansetron down either. my manager at [[ORG:Tule Fog Coffee Roasters]] ([[NAME:kenna]]) says i need a doctor's note by tmrw or it counts against me. can you send one to [[EMAIL:hr@tulefogroasters.com]]? also can i still take my sertraline if i'm throwing up? i'm drinking gatorade and peeing ok. my roommate [[NAME:teo]] can drive me in if i need to be seen. thanks

sent from my iphone

--- Reply ([[DATE:2/24/2025]] 9:21 AM) ---
Hi [[NAME:Fitzgerald]], sorry you're sick. I called you at [[PHONE:559-905-3318]] and left a message. If you can't keep fluids down, have dizziness when you stand, or see blood, please come to the walk-in clinic at [[STREET:1020 W Caldwell Ave]] in [[CITY:Visalia]] today. A missed sertraline dose or two is okay; restart when you can hold food down. Work note for [[DATE:2/22]]-[[DATE:2/26]] is attached in the portal, and I faxed a copy to your employer at [[PHONE:559-732-0417]] per your request.

[[NAME:Jessamine Torrance]], RN, for Dr. [[NAME:Eastlake]]
[[ORG:Sequoia Valley Health]] Internal Medicine · [[PHONE:559-624-3100]]
""")

note("telephone-d03", "telephone", """
TELEPHONE TRIAGE - [[ORG:Cedar River Pediatric Diabetes Clinic]]
Thursday, [[DATE:October 16, 2025]] 12:18     Nurse: [[NAME:Birgitta Tvedt]], RN, CDCES

Caller: [[NAME:Leota Moravec]], RN, school nurse, [[ORG:Hiawatha Prairie Middle School]], office [[PHONE:319-393-4471]]
Patient: [[NAME:Kallias Eckhart]]     DOB [[DATE:2013-05-02]]     MRN [[MRN:CRP-660174]]
T1D since age 7; tubed insulin pump, S/N [[DEVICE:TP7-0418827K]], with a Dexcom G7 sensor.

S: Pre-lunch sensor glucose 384, fingerstick 371. Blood ketones 1.4. Pump shows an occlusion alarm; [[NAME:Kallias]] says he "cleared it" twice this morning. Mild stomach ache, no vomiting. Alert and talking normally. Last site change Monday.

Parents: mom [[NAME:Bertina Eckhart]] not answering at work ([[ORG:Collins Ridge Avionics]], second floor, no phones on the line); dad [[NAME:Lavrans Eckhart]] reached at [[PHONE:319-721-0846]], he is 40 minutes away in [[CITY:Robins]] picking up their younger daughter from [[ORG:Wiggles & Giggles Daycare]].

A/P (per pump-failure protocol, DKA risk moderate):
- Give correction by insulin pen from the school supply: 5 units rapid-acting per his sick-day sheet (ISF 1:60, target 150; copy at [[URL:crpdiabetes.org/sickday]]).
- Change the infusion set completely (new site, new cartridge); school nurse has supplies and has done this before.
- Water 8 oz every 30 min; no PE today.
- Recheck glucose and ketones in 1 hour. If ketones 1.5 or higher, vomiting, or glucose not falling, dad to pick him up and call us; if vomiting more than once, trouble breathing or very sleepy, go to the ED at [[ORG:Cedar Rapids Children's Pavilion]].
- Dad agreed and will call back at 13:30 with numbers.

13:34 callback from dad: glucose 262, ketones 0.6, new site working, ate half his lunch. Continue pump; recheck before bus. Endo on call, Dr. [[NAME:Ingolf Fosdahl]], informed.
[[NAME:B. Tvedt]], RN
""")

note("telephone-d04", "telephone", """
PHONE NOTE - [[ORG:Mimbres Valley Behavioral Health]] - outpatient
[[DATE:3-12-25]] 15:40     Clinician: [[NAME:Obdulia Palomares]], LPCC

Caller: [[NAME:Fidencio Zamarripa]], adult probation officer, [[ORG:Luna County Adult Probation and Parole]], [[PHONE:575-546-3318]], [[EMAIL:fzamarripa@lunacoprobation.net]]
Client: [[NAME:Ysidro Kjos-Hermosillo]]     DOB [[DATE:08-19-1990]]     Chart [[MRN:MVBH-28817]]

ROI checked before any disclosure: signed [[DATE:1/6/25]], to probation, limited to attendance and treatment compliance; expires [[DATE:1/6/26]]. Diagnoses, medications and session content were NOT shared.

PO asked whether client attended this month. Confirmed: attended [[DATE:3/3]] and [[DATE:3/10]]; missed [[DATE:2/24]] (called ahead, had no ride). PO says client's landlord, [[NAME:Prokop]], called the [[ORG:Deming Police Department]] over the weekend about shouting in the unit and that the client may lose the apartment at [[STREET:611 S Silver Ave, #4]]. PO also mentioned a court date on [[DATE:March 27]] at [[ORG:Deming Magistrate Court]] (case [[ACCOUNT:M-16-FR-2025-00081]]) and asked us to send an attendance letter. Told PO a letter will be sent through the records office, fax on file.

After the call I phoned the client at [[PHONE:575-694-2271]]: he says his brother [[NAME:Chuy]] stayed over and they argued about money; no violence, no weapons, denies SI/HI. He asked for help with housing. Warm handoff set up with case manager [[NAME:Espeland Begaye]] of [[ORG:Southwest Pathways Housing]], appointment [[DATE:3/14]] at 10:00. Bus pass given at last visit; he also has a cousin in [[CITY:Hatch]] who can take him in for a few weeks if needed.

Next session [[DATE:3/17]]. Supervisor [[NAME:Nygaard]] informed of the PO contact.
[[NAME:O. Palomares]], LPCC
""")

note("telephone-d05", "telephone", """
HOSPICE ON-CALL LOG - [[ORG:Driftless Hospice and Palliative Care]]
Call received: [[DATE:12/29/2024]] 02:51     On-call RN: [[NAME:Solvei Brakstad]]

Caller: [[NAME:Torkel Espe]] (son, lives with patient), [[PHONE:563-382-7716]]
Patient: [[NAME:Espe, Gunnhild A.]]     Age [[AGE:97]]     Hospice ID [[MRN:DHP-10442]]
Hospice dx: heart failure, NYHA IV. DNR, out-of-hospital DNR form on the fridge.

Son reports mother "stopped breathing about 20 minutes ago." Had been unresponsive since the evening visit with irregular breathing. Family at bedside. Calm. Confirmed they had not called 911.

02:58 Left for home: [[STREET:2714 Pole Line Rd]], [[CITY:Decorah]], [[STATE:IA]] [[ZIP:52101]] (gravel, second farmhouse past the [[ORG:Ostrem Dairy]] sign; yard light left on).
03:41 Arrived. No respirations, no apical pulse for 1 full minute, pupils fixed. Time of death 03:44 pronounced by this RN per hospice policy; attending Dr. [[NAME:Aslaug Kvale]] notified by phone at 03:55 and agreed to sign the death certificate.

Family present: son [[NAME:Torkel]], daughter-in-law [[NAME:Marthe Espe]], granddaughter [[NAME:Linnea Fjelstad]] (drove down from [[CITY:Rochester]]). Post-mortem care given with family. Pastor [[NAME:Juell]] of [[ORG:Glenwood Lutheran Church]] came at 04:10 and prayed with the family; our chaplain, [[NAME:Haugstad]], will call on Monday.

Funeral home: [[ORG:Oneota Valley Funeral Home]] called at 04:20 ([[PHONE:563-382-2048]]), arrived 05:15, released to them.
Medications: morphine and lorazepam from the comfort kit wasted with son as witness and logged.
DME: [[ORG:Driftless Home Medical]] to pick up the hospital bed and the O2 concentrator (S/N [[DEVICE:DHM-OC-55172]]) on [[DATE:12/31]].
Bereavement referral made. Office notified by voicemail.

[[NAME:S. Brakstad]], RN     [[DATE:12/29/2024]] 05:40
""")

note("telephone-d06", "telephone", """
TELEPHONE ENCOUNTER - PHARMACY / PRIOR AUTHORIZATION
[[ORG:Rich Mountain Pediatrics]], [[CITY:Boone]], [[STATE:NC]]
[[DATE:08/21/2025]] 10:05     Taken by: [[NAME:Tessaly Yount]], CMA

Caller: [[NAME:Hattie Lockamy]], PharmD, [[ORG:Howard's Knob Pharmacy]], [[STREET:447 W King St]], [[CITY:Boone]], [[STATE:NC]] [[ZIP:28607]]; ph [[PHONE:828-264-0718]], fax [[PHONE:828-264-0725]]
Patient: [[NAME:Pruden, Ezzell J.]]     DOB [[DATE:03/07/2015]]     MRN [[MRN:HCP-55018]]

Reason: new Rx for lisdexamfetamine 20 mg daily #30 (written [[DATE:8/19]] by Dr. [[NAME:Rutherford Treadway]]) rejected by the plan: prior authorization required, step therapy (methylphenidate first). Pharmacist also needs the prescriber's DEA number on file because the e-script came through without it.
Insurance: [[ORG:Tar Heel Family Health Plan]], member [[ACCOUNT:THF884102917]], group [[ACCOUNT:55021-K]]; PA line [[PHONE:1-866-402-7731]].

Action:
- Gave pharmacist Dr. [[NAME:Treadway]]'s DEA [[LICENSE:FT3857349]] and NPI [[LICENSE:1369935634]] after verifying her callback number against the pharmacy listing.
- PA submitted on the plan portal with chart notes: methylphenidate ER trial [[DATE:Jan-Mar 2025]] stopped because of appetite loss and weight drop (BMI percentile 42 -> 18), Vanderbilt scores attached. Reference [[ACCOUNT:PA-25-0821-44719]].
- Mother [[NAME:Shuford Pruden]] called at [[PHONE:828-963-2271]] and told that approval usually takes 24-72 hours; school starts Monday at [[ORG:Laurel Gap Elementary]]. She asked that the school form for the nurse, Ms. [[NAME:Halcomb]], be filled out; routed to the provider.

Update [[DATE:08/22/2025]] 14:30: PA approved through [[DATE:08/21/2026]] (letter scanned). Pharmacy notified; Rx filled. Mother aware. - [[NAME:TY]]
""")

note("telephone-d07", "telephone", """
TELEPHONE NOTE - WELFARE CONCERN
[[ORG:Aramingo Avenue Health Center]], [[CITY:Phila.]] - Adult Primary Care, nurse line
[[DATE:1/14/2025]] 11:22     RN: [[NAME:Dorsey Claybrook]]

Caller: [[NAME:Jaelynn Marcum]], neighbor and friend of the patient, cell [[PHONE:267-290-4417]]
Patient: [[NAME:Boykin, Ballentine]] ("[[NAME:Ballie]]")     DOB [[DATE:09/30/1956]]     MRN [[MRN:AAH-0419920]]
Pt's chart: COPD on 2 L home O2, CHF, lives alone.

Caller says she has not seen him since Saturday; his mail and two newspapers are on the step, his TV is on loud, and his car (silver Buick, [[STATE:PA]] tag [[VEHICLE:LKT-4418]]) has not moved. She knocked and called his phone ([[PHONE:215-423-0871]]) with no answer. He lives in the rowhouse at [[STREET:3118 Almond Crest St]], [[CITY:Port Richmond]], the one with the green awning next to the corner store, second floor rear. The landlord, [[NAME:Cutler]] from [[ORG:Rittenhouse Row Realty]], has a key but told her he "can't get there till tomorrow."

Advised caller to call 911 now for a welfare check rather than wait; she agreed. I also called police through the non-emergency line at 11:30 and gave the address and his oxygen and heart history.

12:40 Officer [[NAME:Shelton]] of the [[ORG:Philadelphia Police 24th District]] called back: entered with the landlord's key after the fire department forced the door; patient found on the bathroom floor, awake, confused, cold, able to say his name. Transported by medic unit to [[ORG:Riverward Community Hospital]] ED.

13:05 Called ED charge RN with his med list and his niece's number: [[NAME:Loretha Marcum-Boykin]] in [[CITY:Cherry Hill]], [[STATE:NJ]], [[PHONE:856-428-7730]]. Left message for niece. PCP Dr. [[NAME:Halcomb]] informed.
[[NAME:D. Claybrook]], RN
""")

note("telephone-d08", "telephone", """
VIRTUAL VISIT - TECHNICAL FAILURE, CONVERTED TO TELEPHONE
[[ORG:Superior Pines Health]] Virtual Care     Scheduled: [[DATE:2025-11-04]] 14:00
Provider: [[NAME:Kaarina Hietala]], FNP-C     Support: [[NAME:Tuomi]] (virtual care help desk, [[PHONE:906-226-4400 x5]])

Patient: [[NAME:Korpela, Wilhelmus]]     DOB [[DATE:1949-06-12]]     MRN [[MRN:SPH-2208814]]
Location at time of visit: home, [[STREET:1860 County Road 480]], [[CITY:Negaunee]], [[STATE:MI]] [[ZIP:49866]] (confirmed for emergency purposes)

Tech: video link texted at 13:45 ([[URL:https://visit.superiorpineshealth.net/join/7KQ2-MXR8]]). Patient joined from his daughter's tablet at 13:58 but the video froze. Help desk log shows the session coming from [[IP:203.0.113.214]] over a cellular hotspot, with about 40% packet loss; a retry from the home Wi-Fi came from [[IP:2001:db8:4c1e::2f7]] and also failed. Converted to audio-only at 14:09 with the patient's verbal consent; called him at [[PHONE:906-475-0193]].

S: Hypertension follow-up after amlodipine was raised to 10 mg on [[DATE:10/7]]. Remote monitoring cuff (S/N [[DEVICE:RPM-BP-0417729]]) readings over 14 days average 138/78, highest 152/84. Mild ankle swelling in the evening, gone by morning. No dizziness, no falls. Still snowblowing his own drive.
Daughter [[NAME:Aune Saarinen]] on speaker, manages his pillbox; she works days at [[ORG:Teal Lake Credit Union]] in [[CITY:Ishpeming]].

A/P: BP near goal. Continue amlodipine 10 mg and lisinopril 20 mg. BMP at the [[ORG:Negaunee Health Station]] lab next week. Next visit in 3 months; video link to go to the daughter's e-mail instead ([[EMAIL:aune.saarinen@yoopermail.net]]) and help desk to test the connection the day before.
Audio-only visit, 18 minutes.
[[NAME:K. Hietala]], FNP-C
""")

note("telephone-d09", "telephone", """
AFTER-HOURS DENTAL LINE - [[ORG:Kleefeld Road Family Dental]]
Sat [[DATE:22 Feb 2025]] 19:40     Dentist on call: Dr. [[NAME:Rylan Plett]]

Caller: father, [[NAME:Brayden Kornelsen]], cell [[PHONE:204-371-8842]]
Patient: [[NAME:Kornelsen, Easton]]     age 12     Chart [[MRN:SFD-08817]]     MB Health PHIN [[ACCOUNT:118 447 902]]

Knocked out his upper left front tooth (21) about 15 minutes ago when a stick caught him in the mouth during a U13 game at [[ORG:Mennville Twin Rinks]] for the [[ORG:Southeast Prairie Hawks]]. His coach, [[NAME:Curtis Harder]], found the tooth on the ice, picked it up by the crown and put it in a cup of milk. Harder to judge by phone whether the root is intact; dad says it "looks whole, no pieces missing." Bleeding controlled with gauze, no loss of consciousness, no other injury. Tetanus up to date (grade 6 booster at school). No allergies.

Advice: do not scrub the tooth or touch the root. Rinse only with milk if dirty. If comfortable, push it gently back into the socket the right way round and bite on a folded cloth; otherwise keep it in milk. Come to the office now; I will meet you there at 20:15: [[STREET:Unit 3 - 227 Main St]], [[CITY:Steinbach]], [[STATE:MB]] [[ZIP:R5G 1Y8]], side door. If he becomes drowsy, vomits or has a headache, go to [[ORG:Seine River Regional Health Centre]] emergency instead.

20:20 Seen in office: tooth 21 replanted at 20:31 (extra-oral time about 55 min, in milk), position checked with a PA radiograph, flexible wire-composite splint 13-23. Soft diet, chlorhexidine rinse, doxycycline not given (age) - amoxicillin 7 days. Sports mouthguard before he plays again; the team's manager, [[NAME:Dueck]], will be told he is off the ice for 2 weeks.
Follow-up: [[DATE:Mar 3]] splint check; root canal on 21 in 7-10 days by Dr. [[NAME:Wiitala]] (endodontist, [[CITY:Winkler]]).
Mom, [[NAME:Mareike Kornelsen]], aware by phone ([[PHONE:204-326-0419]]).
[[NAME:R. Plett]], DMD
""", ok=("Harder to judge",))

note("telephone-d10", "telephone", """
tel enc [[DATE:4/30/25]] 1415 - [[ORG:cascade foothills ortho]] - [[NAME:jgh]]

caller: [[NAME:corisande ives]], claims adjuster, [[ORG:columbia basin comp services]] (tpa for [[ORG:ahtanum ridge orchards]]), ph [[PHONE:509-248-7730 x212]], [[EMAIL:cives@cbcompservices.com]]
re: pt [[NAME:anacleto ventura olvera]], dob [[DATE:11/2/1979]], [[STATE:wa]] self-insured claim [[ACCOUNT:S-417290]]

pt is s/p i&d + orif r open tib/fib fx (gustilo II) on [[DATE:3/22]] after falling off a 12-ft orchard ladder while thinning apples in block 7 off [[STREET:ahtanum rd]] near [[CITY:union gap]]. seen here [[DATE:4/24]] by dr [[NAME:wenzel]]: wound healed, no signs of infection, xrays w early callus, nwb r leg x 4 more wks, boot + crutches.

adjuster asking for: 1) expected rtw date 2) whether light duty is ok 3) copy of the [[DATE:4/24]] note. also says an ime is set w dr [[NAME:eladio cornejo]] on [[DATE:5/19]] in [[CITY:moxee]] and wants to know if pt can get there.
told her: the activity prescription form from [[DATE:4/24]] lists seated work only, no ladders, no walking on uneven ground until cleared; next visit [[DATE:5/22]]. faxed the note + apf to [[PHONE:509-248-7741]] per signed release. pt doesn't drive, and his wife [[NAME:rufina]] does not drive either; adjuster will set up transport through their vendor.

also fyi: the orchard foreman, [[NAME:gaspar]], called the front desk yesterday asking how the pt is doing. front desk told him only that work status forms go to the employer through the claim.
pt's preferred language is mixteco; interpreter [[NAME:epifanio zarate]] by phone at the last visit, pls book again for [[DATE:5/22]].

routed to dr [[NAME:wenzel]] for rtw estimate. [[NAME:jgh]]
""")


if __name__ == "__main__":
    sys.exit(SET.main())
