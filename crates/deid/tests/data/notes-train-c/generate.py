#!/usr/bin/env python3
"""Generator for TRAINING SET C of Ward's learned PHI tagger (train.jsonl).

Training data, not an evaluation set.  Written without reading the scanner
(crates/deid/src/) or any Rust code, without running the scanner, and
without opening the sealed set's data or generator (only
../notes-sealed/README.md was read; its sealed.jsonl is passed to the
independence check below and nothing else).  Every note is hand-written,
fully synthetic text: patients, relatives, staff, organisations, street
addresses and numbers are invented (real cities, towns, neighbourhoods and
states appear as geography only).

This set is mostly US hospital prose and is weighted towards the identifiers
that have no fixed shape: street addresses in every US form (units, suites,
lots, rural routes, county roads, state routes, farm-to-market roads,
Spanish street names, streets without a suffix word, lower case, split over
a letterhead line break), organisations without an organisation word
(employers, schools, pharmacies, churches, shelters, agencies, insurers,
law firms, trucking companies, restaurants, teams, military units), towns
that are also words or names, names without cues, URLs without a scheme and
vehicle identifiers (plates, VINs, a boat registration).

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

SET = notes_tool.training_set(__file__, "c", "abd")
note = SET.note


# ==========================================================================
# NOTES
# ==========================================================================

# ----------------------------------------------------------------- discharge

note("discharge-c01", "discharge", """
DISCHARGE SUMMARY
[[ORG:Cypress Bayou Regional Medical Center]] - Hospital Medicine Service

Patient: [[NAME:GUTHRIDGE, DELMAS E.]]     MRN: [[MRN:CBR-2290417]]     DOB: [[DATE:08/14/1958]]
Admit: [[DATE:03/02/2025]]     Discharge: [[DATE:03/05/2025]]     SSN (last 4): [[SSN:8813]]
Attending: [[NAME:Vasudha Ramamurthy]], MD     PCP: [[NAME:Thelonious Ellerbee]], DO, [[ORG:Spring Creek Family Medicine]]

Principal diagnosis: upper GI bleed from a Mallory-Weiss tear after 36 hours of retching.
Secondary: alcohol use disorder, mild; HTN; OSA on CPAP (home unit S/N [[DEVICE:23K41877602]], brought in by family).

HPI: 66-year-old long-haul driver who drives for [[ORG:Prairie Wind]] out of their yard on [[STREET:Aldine Bender Rd]]. He got sick at a truck stop outside [[CITY:Sulphur Springs]] and drove the last leg home before coming to our ED with coffee-ground emesis, Hgb 9.1.

Course: EGD [[DATE:3/3]] (Dr. [[NAME:Evangelina Salcido-Vail]]): 1.5 cm Mallory-Weiss tear at the GE junction, no active bleeding, no varices. Pantoprazole IV then PO. Hgb nadir 8.4, no transfusion. CIWA 0-4 throughout. Seen by the SBIRT counselor and accepted outpatient follow-up.

Social: lives with his wife [[NAME:Lupe Guthridge]] at [[STREET:18811 FM 1960 Rd E, Apt 1214]], [[CITY:Humble]], [[STATE:TX]] [[ZIP:77338]]. Son [[NAME:Austin]] drove in from [[CITY:Austin]] and is staying through the weekend. The tractor (VIN [[VEHICLE:1FUJGLDR3CLBP8817]]) is still at the fuel island; dispatcher [[NAME:Coy]] at [[ORG:Prairie Wind]] ([[PHONE:281-449-6072 x310]]) is sending a relief driver. CDL [[STATE:TX]] [[LICENSE:31874402]].

Discharge meds: pantoprazole 40 mg BID x 8 weeks, then daily; thiamine 100 mg once a day, folate 1 mg daily. Continue amlodipine 10 mg. STOP naproxen.

Work: not cleared for commercial driving until PCP visit and Hgb > 11. Work note faxed to [[ORG:Prairie Wind]] safety dept, fax [[PHONE:281-449-6099]].
Pharmacy: the [[ORG:H-E-B]] on [[STREET:Will Clayton Pkwy]].

Follow-up: Dr. [[NAME:Ellerbee]] on [[DATE:March 12]]; GI clinic at [[ORG:CBRMC]] in 8 weeks for repeat EGD if symptoms recur.

[[NAME:V. Ramamurthy]], MD   [[DATE:03/05/2025]] 15:20
""")

note("discharge-c02", "discharge", """
DISCHARGE SUMMARY - ORTHOPAEDIC TRAUMA
[[ORG:Scioto Plains Hospital]], [[CITY:Marion]], [[STATE:Ohio]]

Name: [[NAME:Dragicevich, Zora P.]]     Age: [[AGE:93]]     MRN [[MRN:SPH00418862]]
DOB [[DATE:1931-06-22]]     MBI [[ACCOUNT:2WF6-HJ3-CK48]]     Admitted [[DATE:2024-11-09]]     Discharged [[DATE:2024-11-14]]
Surgeon: [[NAME:Ragnar Tveit]], MD     Hospitalist: [[NAME:Fenna Ridderhof]], DO

Diagnosis: R intertrochanteric femur fracture after a fall at her facility, s/p cephalomedullary nail [[DATE:11/10]].
Comorbid: Graves' disease treated with RAI in the 1980s, now hypothyroid on levothyroxine; HFpEF; CKD 3a.

History: [[AGE:93]]-year-old long-term resident of [[ORG:St. Agatha's]], the nursing home at [[STREET:1145 Bellefontaine Ave]], who was found on the floor of her room by an aide at 0530. Her roommate, [[NAME:Marion Apfelbaum]], heard her call out. No head strike per staff.

Course: surgery on hospital day 2 under spinal. Hgb 11.2 -> 8.6, one unit PRBC [[DATE:11/11]]. Brief post-op delirium, resolved with sleep hygiene and no benzodiazepines. PT: WBAT, min assist with walker, positive Trendelenburg sign on the right expected post-op. Enoxaparin 30 mg daily x 28 days (CrCl 27).

Family: daughter [[NAME:Darlene Kuhnle]] is POA, [[PHONE:740-387-2264]], [[EMAIL:dkuhnle58@scioto-net.com]]; grandson [[NAME:Nikola Kuhnle]] lives down in [[CITY:Delaware]] and visits Sundays. Mrs. [[NAME:Dragicevich]] came to [[CITY:Marion]] from [[STATE:PA]] in 1952; she and her late husband ran [[ORG:Dragicevich Hardware]] on [[STREET:Center St]] for forty years and she still knows every customer by name.

Disposition: back to [[ORG:St. Agatha's]] skilled unit for rehab; report called to [[NAME:Bev Toomey]], RN, [[PHONE:740-382-9015]].
Follow-up: Dr. [[NAME:Tveit]] in 2 weeks (staple removal, x-ray). Levothyroxine dose unchanged, TSH in 6 weeks.

[[NAME:F. Ridderhof]], DO   [[DATE:11/14/2024]]
""", ok=("Graves' disease", "Trendelenburg sign"))

note("discharge-c03", "discharge", """
DISCHARGE SUMMARY
[[ORG:Lakeshore Pines Medical Center]], [[CITY:Muskegon]], [[STATE:MI]]     Internal Medicine

PATIENT: [[NAME:Haapala, Kurt A.]]     MR#: [[MRN:LPM-7104483]]     DOB: [[DATE:1971-02-03]]
ADMITTED: [[DATE:01/17/2025]]     DISCHARGED: [[DATE:01/24/2025]]     MEDICAID ID: [[ACCOUNT:MI-8820417396]]
ATTENDING: [[NAME:Hendrika Vander Molen]], MD

DIAGNOSES
1. Wernicke encephalopathy (ataxia, ophthalmoplegia, confusion), improving on IV thiamine
2. Alcohol withdrawal, CIWA max 19, no seizures
3. Possible early Korsakoff syndrome - memory to be reassessed in 6 weeks
4. Hypomagnesemia, hypophosphatemia

HPI: 53M who drove down from [[CITY:Ludington]] with a coworker after he became unsteady and confused. Drinks a fifth of vodka daily since he was laid off from [[ORG:Kettunen Tool & Die]] in [[CITY:Scottville]] last spring. Romberg positive, nystagmus on lateral gaze.

Course: thiamine 500 mg IV TID x 3 days then 250 mg daily; electrolytes repleted. Phenobarbital taper. Nystagmus gone by day 4; gait still wide-based. MoCA 19/30 on day 6.

Social: no fixed address since [[DATE:December]]. He has been staying at [[ORG:Harbor Street Mission]], [[STREET:406 W Western Ave]], and at times with his brother [[NAME:Arvo]] on [[STREET:County Road 1150E]] outside [[CITY:Fountain]]. Sister [[NAME:Ilene Haapala-Kivi]] ([[PHONE:(231) 845-3390]]) is the contact; she asked that we not call [[NAME:Arvo]].

Disposition: residential treatment bed at [[ORG:Cedar Point Recovery Lodge]], [[STREET:2280 Peach Ridge Ave NW]], [[CITY:Grand Rapids]], accepted by intake coordinator [[NAME:Zbigniew Olechowski]]. Transport by [[ORG:Lakeshore Medi-Van]]. His pickup is in the visitor ramp; security holds the keys and logged the plate, [[STATE:MI]] [[VEHICLE:EKR 2091]].

Meds: thiamine 100 mg daily, folic acid, multivitamin, naltrexone 50 mg daily (LFTs ok).
PCP: none; referred to [[ORG:Muskegon Family Care]] walk-in clinic.

[[NAME:H. Vander Molen]], MD   [[DATE:1/24/25]]
""", ok=("Wernicke encephalopathy", "Korsakoff syndrome", "Romberg positive"))

note("discharge-c04", "discharge", """
PEDIATRIC DISCHARGE SUMMARY
[[ORG:Little Blue Children's Hospital]] - Endocrinology

Patient: [[NAME:Kaydence Oberholtzer]]     MRN: [[MRN:LB-00938175]]     DOB: [[DATE:04/30/2012]]
Admission: [[DATE:09/08/2024]]     Discharge: [[DATE:09/11/2024]]
Attending: [[NAME:Nereida Echevarría-Platt]], MD     Resident: [[NAME:Briar Hadaway]], MD

Diagnosis: new-onset type 1 diabetes presenting in moderate DKA (pH 7.14, HCO3 9, BG 486) with Kussmaul breathing on arrival.

HPI: 12-year-old girl with 3 weeks of polyuria, polydipsia and 4 kg weight loss, sent in by the school nurse at [[ORG:Cedar Lantern Middle School]] after she vomited in class. Mom noticed her drinking from the bathroom faucet at night.

Course: insulin drip 18 h, two-bag system, transitioned to basal-bolus. No cerebral edema. GAD-65 and IA-2 antibodies positive. Diabetes education completed with mom and grandmother; both gave injections x 4 and counted carbs. Goal for [[NAME:Kaydence]] is independence with her own injections by winter break. Dexcom G7 started [[DATE:9/10]], sensor lot [[DEVICE:G7-24K118-0437]].

Home: [[STREET:2714 S Crysler Ave, #7]], [[CITY:Independence]], [[STATE:MO]] [[ZIP:64055]].
Mom: [[NAME:Sierra Oberholtzer]], cell [[PHONE:816-912-4480]], [[EMAIL:sierra.oberholtzer@prairiemail.net]]
Grandmother: [[NAME:Opaline Pettijohn]] in [[CITY:Blue Springs]], [[PHONE:816-229-7103]]
Insurance: [[ORG:Show-Me Kids Health Plan]], member [[ACCOUNT:SMK4407112903]]

Meds: insulin glargine 12 units at 2000; insulin lispro 1 unit:15 g carbs + correction 1:50 > 150; glucagon nasal 3 mg PRN.

Follow-up: diabetes clinic [[DATE:September 18]]; school care plan faxed to the nurse, Mrs. [[NAME:Cobbins]], [[PHONE:816-521-6650]].
Parking validation issued for mom's van, [[STATE:MO]] plate [[VEHICLE:NB4 K7R]].
Proxy access for mom on [[URL:mychart.littlebluechildrens.org/proxy]] set up before discharge.

[[NAME:B. Hadaway]], MD for Dr. [[NAME:Echevarría-Platt]]
""", ok=("independence with",))

note("discharge-c05", "discharge", """
SURGICAL ONCOLOGY DISCHARGE SUMMARY
[[ORG:Magnolia Capitol Surgical Hospital]], [[CITY:Jackson]], [[STATE:MS]]

Patient: [[NAME:Cleveland Pettaway]]     MRN [[MRN:MCS-604417]]     DOB [[DATE:May 9, 1956]]     SSN [[SSN:587-20-4413]]
Admitted [[DATE:6/2/2025]]     Discharged [[DATE:6/11/2025]]
Surgeon: [[NAME:Greta Ekwall]], MD, FACS

Procedure: pylorus-preserving pancreaticoduodenectomy (Whipple) [[DATE:6/3/2025]] for a 2.4 cm pancreatic head adenocarcinoma after neoadjuvant FOLFIRINOX.

Course: uncomplicated. Delayed gastric emptying resolved by POD 6. Drain amylase on POD 3 was 2,400, so the right Jackson-Pratt drain stays in; the left JP was pulled POD 5. Tolerating a low-fat diet with pancrelipase 2 caps with meals. Glucose controlled on sliding scale, no home insulin needed.

Social: retired high-school band director. Lives with his wife [[NAME:Odessa]] at [[STREET:11260 Hwy 61 N]], [[CITY:Rolling Fork]], [[STATE:MS]] [[ZIP:39159]], about an hour and a half from [[CITY:Jackson]]. Deacon at [[ORG:Greater Shiloh Rock M.B. Church]], where Pastor [[NAME:Elroy Gatewood]] has organized rides to clinic. Daughter [[NAME:Shavonne Pettaway-Sims]] ([[PHONE:601-278-4419]]) flies in from [[CITY:Atlanta]] for the first week.

Home health: [[ORG:Delta Grace Home Health]] ([[PHONE:662-873-2207]]) for drain care, output log and wound checks starting [[DATE:June 12]].

Discharge meds: pancrelipase, pantoprazole, oxycodone 5 mg q6h PRN (#20), docusate, enoxaparin 40 mg daily x 28 days.

Drain: empty and record JP output twice a day; call if > 200 mL/day or cloudy.
Follow-up: surgical oncology clinic [[DATE:6/18]] for drain removal; medical oncology (Dr. [[NAME:Ifeanyi Obiakor-Lugo]]) to restart adjuvant therapy around [[DATE:July 15]].

[[NAME:G. Ekwall]], MD   [[DATE:06/11/2025]]
""", ok=("Jackson-Pratt",))

note("discharge-c06", "discharge", """
DISCHARGE SUMMARY
[[ORG:Four Rivers Medical Center]] - Cardiology, 3 East
[[STREET:3100 Olive St]], [[CITY:Texarkana]], [[STATE:Arkansas]] [[ZIP:71854]]

Pt: [[NAME:Arlis W. Hulsey]]     Age: [[AGE:90]]     MRN: [[MRN:FRM-220-4471]]
DOB: [[DATE:02/11/1935]]     Adm: [[DATE:01/06/2025]]     D/C: [[DATE:01/10/2025]]
Cardiologist: [[NAME:Sethu Ilango]], MD     NP: [[NAME:Jessamyn Corder]], APRN

Dx: acute on chronic HFrEF (EF 25%), NYHA III-IV; ischemic cardiomyopathy with CRT-D; CKD 3b.

Course: diuresed 6.2 kg with IV furosemide, now on torsemide 40 mg daily. Overnight oximetry showed Cheyne-Stokes breathing with central apneas; sleep medicine to see him as an outpatient. CRT-D interrogated [[DATE:1/7]] by the device rep, [[NAME:Kip Dunnaway]]: generator S/N [[DEVICE:RVX604417Q]], 98% BiV pacing, no therapies. CardioMEMS sensor ([[DEVICE:CM-2031-88406]]) readings resumed from home on [[DATE:1/9]].

Social: retired after 31 years on the line at [[ORG:Hempstead Poultry]]. Lives in [[CITY:Hope]], [[STATE:AR]] with his wife [[NAME:Earlene]] at [[STREET:714 S Hervey St]]; their daughter [[NAME:Charla Hulsey-Nix]] drives over from [[CITY:Paris]], [[STATE:TX]] most weekends and is the HCPOA ([[PHONE:903-785-2186]], [[EMAIL:charla.nix@redriverpost.net]]). The family said they hope to keep him home; goals-of-care discussion documented, DNR/DNI, device shocks to stay on for now.

Meds: torsemide 40 mg daily, sacubitril/valsartan 24/26 BID, carvedilol 6.25 BID, spironolactone 12.5 daily, empagliflozin 10 mg.
Pharmacy: [[ORG:Bodcaw Drug]], [[PHONE:870-777-3412]], will deliver blister packs.
Home health: [[ORG:Southwest Arkansas Hospice & Home Care]] for daily weights and palliative visits.

Follow-up: heart failure clinic in 7 days with [[NAME:J. Corder]], APRN; BMP on [[DATE:Jan 14]].

[[NAME:Sethu Ilango]], MD     [[DATE:1/10/2025]]
""", ok=("hope to keep", "Cheyne-Stokes"))

note("discharge-c07", "discharge", """
STROKE SERVICE DISCHARGE SUMMARY
[[ORG:Presque Isle Stroke Center]] at [[ORG:Bayfront Memorial]], [[CITY:Erie]], [[STATE:PA]]

Patient: [[NAME:Merritt J. Sundquist]]     MRN: [[MRN:BFM-5528104]]     DOB: [[DATE:10-29-1976]]
Admitted: [[DATE:04-19-2025]] (transfer from [[ORG:Conewango Valley Hospital]], [[CITY:Warren]])     Discharged: [[DATE:04-23-2025]]
Neurology: [[NAME:Berit Ozuna-Kestner]], MD

Diagnosis: spontaneous L internal carotid artery dissection with L Horner syndrome and small L MCA cortical infarcts (NIHSS 2 -> 0).

HPI: 48-year-old timber-frame carpenter who felt a pop in his neck lifting a beam at work for [[ORG:Allegheny Timberframe]], then had L-sided headache, a droopy L eyelid and a small pupil, and 20 minutes of word-finding trouble. His wife drove him to [[ORG:Conewango Valley Hospital]]; CTA showed the dissection and he was transferred by [[ORG:Northwest Lifeflight]].

Course: no thrombolysis (outside window, symptoms resolved). Aspirin 81 mg + clopidogrel x 21 days, then aspirin alone. MRI: two punctate DWI lesions L frontal. Ptosis and miosis persist, anhidrosis not present. PT/OT/SLP cleared him.

Social: lives with his wife [[NAME:Lorinda]] and two teenagers at [[STREET:Rural Route 2 Box 19]], [[CITY:Russell]], [[STATE:PA]] [[ZIP:16345]]. Cell [[PHONE:814-757-3306]]. His work truck ([[STATE:PA]] plate [[VEHICLE:KZT-4408]]) was left at the job site in [[CITY:Sugar Grove]]; his foreman is bringing it home. Son plays for the [[ORG:Eisenhower Knights]] and he wants to make the spring games.

Restrictions: no lifting > 20 lb, no chiropractic neck manipulation, no roller coasters. No driving x 2 weeks.
Work note for [[ORG:Allegheny Timberframe]] foreman [[NAME:Dutch Fenstermaker]].

Follow-up: CTA neck in 3 months; stroke clinic [[DATE:May 21]] with Dr. [[NAME:Ozuna-Kestner]]; PCP [[NAME:Lyle Yeager]], PA-C, at [[ORG:Warren Family Practice]], [[STREET:2 Crescent Park W]], [[CITY:Warren]].

[[NAME:B. Ozuna-Kestner]], MD   [[DATE:4/23/2025]]
""", ok=("Horner syndrome",))

note("discharge-c08", "discharge", """
DISCHARGE SUMMARY - ONCOLOGY
[[ORG:Caloosa Bay Cancer Institute]] at [[ORG:Gulfshore Regional]]

Patient: [[NAME:Vittorio "Sonny" Cavaretta]]     MRN [[MRN:GSR-0077219]]     DOB [[DATE:12/02/1933]]     Age [[AGE:91]]
Medicare MBI: [[ACCOUNT:4KT7-WD2-HN61]]
Admission: [[DATE:02/15/2025]]     Discharge: [[DATE:02/19/2025]]
Oncologist: [[NAME:Hanneke Vos]], MD

Diagnosis: febrile neutropenia after cycle 2 of R-mini-CHOP for diffuse large B-cell lymphoma; no source found. Port-a-Cath (R chest) cultures negative, port kept.

Course: cefepime 72 h, ANC 80 -> 1,420 on filgrastim. Afebrile since [[DATE:2/16]]. Mild delirium the first night. History of Bell's palsy (2019) with residual L lower facial droop, unchanged.

Social: [[AGE:91]]-year-old retired charter-boat captain, widower. Lives alone at [[STREET:1212 SW 14th Terr, Unit 12]], [[CITY:Cape Coral]], [[STATE:FL]] [[ZIP:33991]]. His 26-foot boat (registration [[VEHICLE:FL 7126 HR]], trailer VIN [[VEHICLE:1M8GDM9A7KP042733]]) is kept at [[ORG:Pelican Pass Marina]] and he asked twice whether he can take it out; advised no until counts recover. Daughter [[NAME:Gina Cavaretta-Holm]] ([[PHONE:239-549-0387]]) is coming down from [[CITY:Buffalo]] for two weeks; his neighbor [[NAME:Eustace]] checks on him daily.

Meds: levofloxacin 500 mg daily until ANC > 1,500 on two checks, acyclovir, allopurinol, prochlorperazine PRN.
Port flush every 4 weeks at the infusion suite.

Follow-up: Dr. [[NAME:Vos]] [[DATE:2/24]], CBC at the [[ORG:Caloosa Bay]] lab on [[STREET:Del Prado Blvd]] [[DATE:2/21]].

[[NAME:H. Vos]], MD   [[DATE:02/19/2025]]
""", ok=("Port-a-Cath", "Bell's palsy"))

note("discharge-c09", "discharge", """
DISCHARGE SUMMARY
[[ORG:Rillito Canyon Medical Center]] - Infectious Diseases / Hospital Medicine

Patient: [[NAME:Xochitl Zamudio-Quiroz]]     MRN: [[MRN:RCM 448-0192]]     DOB: [[DATE:1989-07-25]]
Admit: [[DATE:2024-10-02]]     Discharge: [[DATE:2024-10-08]]
Attending: [[NAME:Annaliese Wingo-Stroud]], MD

Diagnoses
1. Disseminated coccidioidomycosis (Valley fever) with a L knee effusion, CF titer 1:64
2. Crohn's disease of the terminal ileum on infliximab, now held
3. Iron deficiency anemia

HPI: 35-year-old 3rd-grade teacher at [[ORG:Sabino Wash Elementary]] with 5 weeks of cough, night sweats and a swollen knee. Lives in [[CITY:Barrio Viejo]], walks to work past a construction site.

Course: fluconazole 800 mg daily. Knee aspirate grew Coccidioides. Ortho washout not needed. Infliximab on hold; GI ([[NAME:Amadeo Quintanar]], MD) aware, will bridge with budesonide if she flares. IV iron x 1.

Social: married to [[NAME:Rich Quiroz]], who works nights for [[ORG:Sonoran Sky Freight]]; two kids. Address [[STREET:4127 Calle Loma Vista]], [[CITY:Tucson]], [[STATE:AZ]] [[ZIP:85718]]; mobile [[PHONE:520-869-4137]]. She sells embroidered masks at [[URL:www.etsy.com/shop/BordadosXochi]] and asked for a note to pause her market stall. Diet rich in iron reviewed.

Meds: fluconazole 800 mg daily (long course, at least 6-12 months), budesonide 9 mg ready if needed, ferrous sulfate every other day.
Infusion center: [[ORG:Desert Willow Infusion]], [[STREET:6210 E Grant Rd, Suite 400]], for labs q2 weeks.

Follow-up: ID clinic [[DATE:10/22]]; CF titer and LFTs before that visit. Patient portal: [[URL:https://myrillito.rcmc-health.org]].

[[NAME:A. Wingo-Stroud]], MD   [[DATE:10/08/2024]]
""", ok=("Crohn's disease", "rich in iron"))

note("discharge-c10", "discharge", """
TRAUMA SERVICE DISCHARGE SUMMARY
[[ORG:Cumberland Trace Regional]], [[CITY:Clarksville]], [[STATE:TN]]

Patient: [[NAME:Pridgen-Banks, Deshon M.]]     MRN: [[MRN:CTR4410726]]     DOB: [[DATE:07/19/2000]]
TRICARE ID: [[ACCOUNT:TR-8840-21763]]
Admitted: [[DATE:08/31/2024]]     Discharged: [[DATE:09/09/2024]]
Trauma surgeon: [[NAME:Ransom Stinnett]], MD

Injuries: motorcycle vs. pickup on [[STREET:Hwy 41A]] near the state line. L femoral shaft fracture (IMN [[DATE:9/1]]), L pulmonary contusion, grade II splenic laceration (nonop), L 4-7 rib fractures.

Course: ICU x 4 days; hypotension and ARDS picture on HD2, Swan-Ganz placed briefly to guide fluids, removed HD4. Extubated HD3. Hgb stable, no angioembolization. Ambulating with crutches, TTWB LLE.

Social: 24-year-old SPC, [[ORG:B Co, 2-447th Aviation Regiment]], stationed at [[CITY:Ft. Campbell]], [[STATE:KY]]. Lives off post at [[STREET:207 Dunbar Cave Rd, Apt 9C]], [[CITY:Clarksville]], [[STATE:TN]] [[ZIP:37043]] with his girlfriend [[NAME:Jaylah Moncrief]] ([[PHONE:931-302-7781]]). Platoon sergeant SSG [[NAME:Obregon]] visited and is the unit contact. The bike ([[STATE:KY]] plate [[VEHICLE:M4T118]], VIN [[VEHICLE:1HD1KEF11PB621093]]) was towed by [[ORG:Red Ace Towing]]; police report with [[ORG:Montgomery County Sheriff's Office]].

Meds: oxycodone 5 mg q4h PRN (#30), acetaminophen, enoxaparin 40 mg BID x 4 weeks, incentive spirometer.
Profile: no PT, no field duty; commander notified.

Follow-up: ortho trauma 2 weeks; splenic precautions 12 weeks; TBI screen negative.

[[NAME:R. Stinnett]], MD   [[DATE:9/9/2024]]
""", ok=("Swan-Ganz",))

# ------------------------------------------------------------------- nursing

note("nursing-c01", "nursing", """
CVICU NURSING NOTE     [[DATE:10/14/24]]     1900-0700     Bed 6
Pt: [[NAME:Amsden, Verlene K.]]     58F     HD 2 s/p out-of-hospital VF arrest, targeted temperature management
Attending: Dr. [[NAME:Olumide Babatope]]

NEURO: sedation off at 2000 per protocol. No purposeful movement yet, pupils 3 mm sluggish, corneals present, cough and gag present. EEG leads on, no seizures per neuro tech.
TEMP: normothermia 36.8 via cooling pads (Arctic Sun S/N [[DEVICE:AS5-1187320]]), rewarming completed [[DATE:10/13]] 1600. Shivering controlled with buspirone and warm air to hands.
CV: NSR 70s. Norepi 4 mcg/min weaned to off at 0330. L radial art line; Allen test documented by the placing provider before insertion.
RESP: AC 16/420/PEEP 8/FiO2 40%. Sats 96-98%. Scant white secretions.
GI/GU: OG to LIWS. Foley 40-70 mL/h.
LINES: R IJ CVC day 2. Patient placed in Trendelenburg for the IJ exchange at 0200 (Dr. [[NAME:Babatope]] at bedside), tolerated.

FAMILY/SOCIAL: boyfriend [[NAME:Tavon]] at bedside until 2330, asked good questions, updated on plan for MRI and neuroprognostication no sooner than 72 h. He states her adult son, [[NAME:Dashiell Amsden]], is driving in from [[CITY:Cape Girardeau]] and should arrive by noon. The neighbor, Mrs. [[NAME:Gruber]], called at 2210 to say she has the house key and is feeding the cat; she lives across from the patient at [[STREET:88 Birchwood]] in [[CITY:Bridgeton]]. Mrs. [[NAME:Gruber]] is not on the HIPAA list; no clinical info given, call-back number taken, [[PHONE:314-739-2048]]. Pt's purse and phone sent home with [[NAME:Tavon]] per pt belongings form, witnessed by RN [[NAME:kjm]].

Plan: MRI brain [[DATE:10/15]] AM if stable for transport. Continue q1h neuro checks. Chaplain referral placed.

[[NAME:R. Oyewumi-Crowe]], RN
""", ok=("Allen test", "Trendelenburg"))

note("nursing-c02", "nursing", """
POSTPARTUM NURSING - MOTHER/BABY DISCHARGE TEACHING
[[ORG:Kickapoo Valley Birth Center]] at [[ORG:Driftless Regional]]     [[DATE:06/21/2025]]

Mother: [[NAME:Savannah Kell]]     MRN [[MRN:DRH-4471903]]     G1P1, SVD [[DATE:6/19]] 2241
Infant: Baby Boy [[NAME:Kell]]     MRN [[MRN:DRH-4472088]]     BW 3,280 g

Mom: fundus firm U-1, lochia rubra small, 2nd degree repair healing, ambulating, voiding. Pain 2/10 on ibuprofen. EPDS 5. Breastfeeding q2-3h, latch improved after lactation visit with [[NAME:Sigrun Tangen]], IBCLC; mom has a hand pump from [[ORG:Coulee Mama Supply]]. Rh pos, rubella immune.

Baby: voids x4, stools x3 transitional. Wt 3,090 g (-5.8%). TcB 8.1 at 40 h, low risk. Hep B given. CCHD pass, hearing pass both ears. Circumcision declined.

Car seat: installed by FOB [[NAME:Ryder Stamm]] in his truck, [[STATE:WI]] plate [[VEHICLE:AKR-7319]]; harness and recline checked by RN, straps at/below shoulders.

Discharge address verified: [[STREET:N2217 Kell Hollow Ln]], [[CITY:Viroqua]], [[STATE:WI]] [[ZIP:54665]]. (Road is named for her grandfather's farm.) Mom cell [[PHONE:608-637-9051]]; FOB [[PHONE:608-606-2914]].

Follow-up: baby weight check [[DATE:6/23]] at [[ORG:Driftless Kids Pediatrics]] with [[NAME:Hallvard Lunde]], MD; mom 2 week incision check with [[NAME:Wynona Achenbach]], CNM. WIC appointment already set. Maternal grandmother [[NAME:Roxanne Kell]] staying 2 weeks.

Teaching completed: safe sleep, purple crying, jaundice, feeding log, warning signs for mom (bleeding, headache, fever). Mom verbalized understanding, teach-back done.

Discharged 1415 by wheelchair with FOB.
[[NAME:tbw]] RN
""", ok=("Kell Hollow",))

note("nursing-c03", "nursing", """
BEHAVIORAL HEALTH OBSERVATION / 1:1 SITTER LOG     4 North, room 12
PATIENT: [[NAME:WINSLETT-CRANE, TERRENCE JORDAN]]     MRN [[MRN:00-3318-274]]     DOB [[DATE:03/08/2006]]
Status: emergency detention, arrived [[DATE:7/30/25]] 2140 with [[ORG:Ypsilanti Police Department]] (Officer [[NAME:Wojtowicz]])

2200 - pt pacing, states "I'm not supposed to be here, I was going to Jordan with the youth group." Redirected. Sitter [[NAME:Halyna]] at doorway.
2230 - ate half a sandwich. Refused vitals. Wanted to call mom, [[NAME:Celestine Winslett]], call made on unit phone [[PHONE:734-480-2276]]; mom tearful, states pt stopped his meds 3 weeks ago after he moved out to [[ORG:Safe Harbor Youth Shelter]] on [[STREET:N Huron St]].
2315 - pt yelling at the TV, believes the news anchor is talking about him. PRN olanzapine 10 mg ODT given per order, accepted.
0030 - calmer, lying in bed, eyes open.
0200 - asleep, resp even.
0400 - asleep.
0600 - awake, asked for orange juice. Says he goes by [[NAME:Jordan]], his middle name, or "[[NAME:JT]]", and wants staff to use it.
0645 - report to day RN.

Collateral: police found his car idling in a riverside park with the door open ([[STATE:MI]] plate [[VEHICLE:DXT 7718]]); keys given to mom. Mom reports pt was a freshman at [[ORG:Washtenaw Tech]] last fall, worked at [[ORG:Dos Hermanos Taqueria]] until [[DATE:June]]. Prior admission at [[ORG:Huron Oaks Behavioral]] 2024. Mom lives at [[STREET:1922 Roosevelt Blvd, Apt 2]], [[CITY:Ypsilanti]], [[STATE:MI]] [[ZIP:48197]].

Belongings: backpack, phone (locked), shoelaces removed, bus pass.
Psychiatrist on call: Dr. [[NAME:Harshvardhan Bhise]] aware of PRN use.

Sitter: [[NAME:H. Maksymenko]]     RN: [[NAME:D. Castellucci]]
""", ok=("going to Jordan",))

note("nursing-c04", "nursing", """
HOME HEALTH - SKILLED NURSING VISIT NOTE
Agency: [[ORG:Bluegrass Heritage Home Health]]     Visit: [[DATE:02/03/2025]]     In 0915 / Out 1010
Patient: [[NAME:Puckett, Jewel A.]]     DOB [[DATE:09/17/1944]]     Agency ID [[MRN:BHH-20417]]     MBI [[ACCOUNT:6NR3-TY8-AP27]]
Address: [[STREET:3400 Old Hwy 31 W, Lot 44]], [[CITY:Elizabethtown]], [[STATE:KY]] [[ZIP:42701]] (second trailer past [[ORG:Cedar Knob Baptist]], blue skirting)

S: "My leg don't hurt as bad." Sleeping in recliner. Daughter reports pt skipped Lasix Sat and Sun because of trips to the bathroom at church.
O: T 97.9, HR 84 irreg, BP 142/78, RR 18, SpO2 94% RA. Wt 204.6 lb (up 3.2 lb from last visit). 2+ pitting edema BLE to mid-shin. L medial malleolus venous ulcer 3.1 x 2.4 x 0.2 cm, 80% red granulation, 20% slough, mod serous drainage, no odor. Calf soft, nontender; Homans sign not assessed (not reliable, per policy). Wound VAC unit S/N [[DEVICE:KCI-ACT-7715209]] at -125 continuous, seal intact after dressing change.
A: CHF with weight gain related to missed diuretic; wound improving.
P: Called PCP office, spoke with [[NAME:Charmaine]], RN, for Dr. [[NAME:Truett Ashby]]: take extra furosemide 40 mg today and tomorrow, BMP Wed. Reinforced daily weights and 2 g Na diet. Meds delivered by [[ORG:Kinkaid Pharmacy]] ([[PHONE:270-765-4482]]); refill of metoprolol due [[DATE:2/7]].

Caregiver: daughter [[NAME:lacey puckett-deal]] lives at [[STREET:14 maple ct]] in town and comes after her shift at the [[ORG:Dollar General]] on [[STREET:Ring Rd]]; cell [[PHONE:270-300-8816]]. Grandson [[NAME:Kyler]] drives pt to church Sundays.

Next visit [[DATE:2/5]]. Supervisory visit due.
[[NAME:Lorene Spradlin]], RN     e-signed [[DATE:02/03/2025]] 1048
""", ok=("Homans sign",))

note("nursing-c05", "nursing", """
ED NURSING NOTE - [[ORG:San Joaquin Delta Medical Center]] Emergency Department
Pt: [[NAME:Galarza-Mota, Abdiel]]     31M     MRN [[MRN:SJD-8820317]]     Arrival [[DATE:11/22/2024]] 2318 via [[ORG:Delta Ambulance]]
Triage ESI 3. Chief complaint: neck pain after MVC.

Pt states he drives for [[ORG:Lyft]] and was stopped at a light on [[STREET:Pacific Ave]] near [[STREET:March Ln]] with a rider in the back when he was rear-ended at ~35 mph by a pickup that left the scene. Restrained, airbag did not deploy, no LOC, self-extricated. Rider, a young woman, declined transport per EMS.

C-collar on arrival; cleared clinically by Dr. [[NAME:Fitzhugh Asantewaa]] at 2350 (NEXUS negative). Paraspinal tenderness only. GCS 15. Abd soft, no seatbelt sign. Ibuprofen 600 mg PO given 0005, ice pack.

Vehicle: pt's silver 2019 Nissan Altima, plate# [[VEHICLE:8MKW217]] ([[STATE:CA]]), towed to [[ORG:Hammer Lane Tow]]. [[ORG:CHP]] Officer [[NAME:Tripathi]] at bedside 0020 for statement; pt described the other truck as a white Silverado, no plate seen.

Pt anxious about losing income. Wife [[NAME:Zuleyma Galarza]] called ([[PHONE:209-451-7730]]), on her way from [[CITY:Lathrop]]. Home address confirmed: [[STREET:4410 Kentfield Rd, Apt 216]], [[CITY:Stockton]], [[STATE:CA]] [[ZIP:95207]].

Discharged 0140 ambulatory with wife. Instructions on whiplash, return precautions. Work note given. Pt given social work card for victims-of-crime compensation.

[[NAME:Lesieli Vakauta]], RN
""")

note("nursing-c06", "nursing", """
SCHOOL HEALTH OFFICE - NURSE VISIT NOTE
[[ORG:Wapsi Bend Elementary]]     Mon [[DATE:3/17/25]]     1:40 PM
Student: [[NAME:Maddox Vanderwerf]]     Gr 3, Room 114 (Mr. [[NAME:Haugsrud]]'s class)     DOB [[DATE:1/9/2017]]
District student #: [[MRN:WB-0041867]]

Reason: sent from PE with cough and "tight chest" after running laps outside (cold, 28 F).
Assessment: RR 32, SpO2 93% RA, HR 128, exp wheeze bilat, speaking in phrases. Peak flow 140 (personal best 230 on his action plan).
Intervention: albuterol HFA from health office stock (his own inhaler in his backpack expired [[DATE:Jan 2025]]), 4 puffs with spacer at 1:45 and 4 more at 2:05. At 2:20 RR 22, SpO2 97%, wheeze faint, peak flow 205.

Called mom, [[NAME:Solvej Vanderwerf]], at [[PHONE:(319) 352-6098]] - no answer, left VM. Called dad, [[NAME:Dirk]], at work ([[ORG:Cedar Valley Seed]], [[PHONE:319-882-4016 ext 22]]); he will pick up at 3:00 and call [[ORG:Bremer County Pediatrics]] for a same-day visit. Mom called back 2:35 from her job at [[ORG:Cedar Loop Family Dental]], agrees with plan. She says they moved to [[STREET:1408 Larrabee]] over winter break; emergency card still lists the old address on [[STREET:3rd St SW]] and old phone. Updated card sent home.

Note to parents: new inhaler + spacer needed at school; action plan on file is from 2023, please ask provider for an updated one. Student did not ride bus 14 home today; bus driver [[NAME:Corky Dreesman]] notified.

Dad picked up 2:58, student ambulatory, no distress.
[[NAME:Jody Arnesen]], RN, BSN - school nurse, [[ORG:Waverly-Wapsi CSD]]
""")

note("nursing-c07", "nursing", """
HEMODIALYSIS TREATMENT RECORD / RN NOTE
[[ORG:Catawba Falls Dialysis]], [[STREET:1190 E Main St, Suite B]], [[CITY:Lincolnton]], [[STATE:NC]] [[ZIP:28092]]
Pt: [[NAME:Pinckney, Dorcas L.]]     Chair 9     Thu [[DATE:05/08/2025]]     MWF pt, rescheduled from Wed
Nephrologist: Dr. [[NAME:Mehrdad Nikbakht]]

Pre: BP 168/92, HR 88, T 98.1, wt 71.9 kg (EDW 68.5, +3.4). Lungs with fine crackles bases. Access L brachiocephalic AVF: + thrill, + bruit, no redness. Cannulated 15g x 2 first attempt.
Machine: 2008T S/N [[DEVICE:8TK-2290735]]; dialyzer Optiflux 180; bath 2K/2.5Ca; Qb 400, Qd 600.
Intra: UF goal 3.4 L over 4 h. Cramps at hour 3; UF held for ten minutes and 200 mL saline given, cramps eased.
Post: BP 138/80, wt 68.8 kg. Needle sites hemostasis at 10 min.

Missed Wed because her ride did not show. Transport is by [[ORG:Piedmont Wheels]]; driver told her the trip was cancelled. SW [[NAME:Aurelia Kinsey]] to call them ([[PHONE:704-735-1187]]). Pt says she cannot miss Saturdays since she waitresses at [[ORG:Lula's]] on the square and needs the tips; discussed moving her to the early chair.

Address on file updated by pt: [[STREET:509 E Main St, #3]], [[CITY:Lincolnton]]. New cell [[PHONE:980-297-4406]].
Labs drawn: monthly panel. Hep B surface Ab 6 (non-immune), booster due.
Next tx Sat [[DATE:5/10]].

[[NAME:Clementine Pitts]], RN
""")

note("nursing-c08", "nursing", """
HOSPICE RN VISIT - [[ORG:Lowcountry Compassion Hospice]]
Patient: [[NAME:Lemuel Quarles]]     Age [[AGE:95]]     Hospice ID [[MRN:LCH-11862]]     Visit [[DATE:12/28/2024]]
Dx: end-stage COPD, cor pulmonale. Level of care: routine home care -> continuous care started 1400.
Location: home, [[STREET:216 Salley Branch Rd]], [[CITY:St. George]], [[STATE:SC]] [[ZIP:29477]]

Assessment: responsive to voice only briefly. Cheyne-Stokes pattern with 15-20 s apneas, RR 8-26. Mottling to knees, feet cool. No urine output since morning. Oral secretions audible; glycopyrrolate 0.2 mg SQ given 1415 with good effect. Morphine concentrate 5 mg SL q1h PRN for RR > 28 or grimace; two doses today. Grimace with turning, so turning reduced to q4h with pillows. Mouth care q2h.

Family: daughter [[NAME:Georgia Quarles-Hagan]] arrived last night from [[CITY:Macon]], [[STATE:Georgia]] and is now primary caregiver with her brother [[NAME:Emory]]. Explained signs of active dying and what to expect; provided the "Gone From My Sight" booklet. [[NAME:Georgia]] asked whether her father can hear her; encouraged to keep talking and playing his gospel station. Pastor [[NAME:Thurgood Sprowls]] of [[ORG:Bethel Grove AME Zion]] ([[STREET:1180 Old Orangeburg Rd]]) came at 1500 and prayed with the family. The family posts updates for the congregation at [[URL:facebook.com/groups/prayersforbrotherlemuel]]. Grandson [[NAME:Jabari]] is flying in from [[CITY:Newark]] tomorrow.

Plan: continuous care LPN [[NAME:Sharonda Mikell]] from 1600. Comfort kit in fridge, count verified with [[NAME:Georgia]]. Funeral home of choice: [[ORG:Gaither-Pettus Funeral Home]], [[CITY:Summerville]]. DNR form on the refrigerator door. On-call number [[PHONE:843-563-0922]] left on the kitchen table.

[[NAME:Lurlene Bostick]], RN, case manager
""", ok=("Cheyne-Stokes",))

note("nursing-c09", "nursing", """
MED-SURG NIGHT SHIFT NOTE     [[DATE:8/12]]-[[DATE:8/13/2025]]     1900-0730     6 West, rm 22
[[NAME:HALVORSRUD, GUNHILD M.]], 67F, POD 1 takedown of failed Nissen fundoplication with conversion to Roux-en-Y gastric bypass. Surgeon Dr. [[NAME:Ezekias Mercado-Lunn]].

Pain: 4 to 6/10 on PCA hydromorphone (pump [[DEVICE:PCA-77K-30418]]), demand 0.2 mg, 14 attempts/11 deliveries overnight. States earlier it "felt like falling off a cliff" when the epigastric pain hit at 2100; resolved with PCA and repositioning.
Resp: IS 1250 mL, encouraged q1h awake. 2 L NC, SpO2 95%.
GI: NPO except ice chips. NG removed by team at 2000. Abdomen soft, appropriately tender, lap sites with dermabond, CDI. Jackson-Pratt drain L upper quadrant: 45 mL serosanguinous this shift, stripped q4h, bulb compressed.
GU: Foley removed 0600, due to void by 1200.
Neuro: hx BPPV; got dizzy rolling to her R at 0300. Did not do the Epley maneuver herself as she does at home; reassured and moved slowly, symptoms passed in 1 min.
Skin: intact. SCDs on.
Safety: fall risk, bed alarm on.

Husband [[NAME:Cliff]] called at 2200 ([[PHONE:507-437-2281]]) from their home in [[CITY:Austin]], [[STATE:MN]]; updated per pt's wishes. He will bring her CPAP in the morning. He works nights at [[ORG:Cedar River Packing]] and asked that calls go to his cell after 0700.

0600 labs drawn: Hgb, BMP, Mg.
Handoff to day RN at bedside with pt.
[[NAME:Bronwyn Funk]], RN
""", ok=("falling off a cliff", "Jackson-Pratt", "Epley maneuver"))

note("nursing-c10", "nursing", """
NICU NURSING PROGRESS NOTE     [[ORG:Our Lady of the Bayou Children's]] NICU, pod C, bed 31
Infant: Baby Girl [[NAME:Guidroz]]     MRN [[MRN:OLB-7720185]]     DOL 12, CGA 30+5 wk     BW 1,180 g

Resp: on NIPPV 20/6, FiO2 21-25%. 2 self-resolved bradys to 80s with desats during care. Caffeine daily.
CV: soft murmur LSB, echo [[DATE:8/3]] showed small PDA, no treatment planned.
FEN: fortified maternal milk 24 kcal, 24 mL q3h via OG, tolerating, no residuals. PICC R arm, tip at SVC/RA junction on CXR [[DATE:8/6]], dressing changed today.
Thermoregulation: Giraffe isolette S/N [[DEVICE:GE-ISO-33K9104]], skin temp 36.7 to 36.9.
Skin: Braden Q 20. Diaper area intact.
Neuro: HUS day 7 normal.

Family: mom [[NAME:Madison Guidroz]] did kangaroo care 1.5 h, pumping 400 mL/day. Dad [[NAME:Trey Savoie]] visited after work at [[ORG:Savoie & Son Crawfish]] in [[CITY:Cecilia]]. Maternal grandmother [[NAME:Marjolaine Ballard-Guidroz]] came down from [[CITY:Madison]], [[STATE:Wisconsin]] for the week; she asked that we call her at [[PHONE:(608) 219-4473]] if mom cannot be reached. Parents' address for discharge paperwork: [[STREET:1217 Bayou Paul Ln]], [[CITY:St. Gabriel]], [[STATE:LA]] [[ZIP:70776]].

Primary RN plan: continue NIPPV, weight check tonight, ROP exam due [[DATE:8/20]]. Parents want to be present for her first bath on Saturday. Parking pass renewed for dad's truck, [[STATE:LA]] plate [[VEHICLE:C417KT]].

[[NAME:Chinaza Ugwu]], RN
""")

# ----------------------------------------------------------------- radiology

note("radiology-c01", "radiology", """
[[ORG:Northern Tier Imaging Associates]]
[[STREET:1800 Susquehanna Trl]]
[[STREET:Suite 210]]
[[CITY:Williamsport]], [[STATE:PA]] [[ZIP:17701]]     Tel [[PHONE:570-326-8814]]     Fax [[PHONE:570-326-8820]]

PATIENT: [[NAME:RUCKLE, ZENOBIA F]]     AGE: [[AGE:92]] Y     DOB: [[DATE:01/30/1933]]
MRN: [[MRN:NTI-003318842]]     ACCESSION: [[MRN:FL25-0044817]]
EXAM DATE: [[DATE:04/02/2025]]
REFERRING: [[NAME:IGNATIUS PFENNING]], MD, ENT - [[ORG:Lycoming Valley ENT]]

EXAM: BARIUM ESOPHAGRAM WITH MODIFIED BARIUM SWALLOW

HISTORY: [[AGE:92]]-year-old woman with regurgitation of undigested food, halitosis and cough after meals. Lives at [[ORG:Brandon Park Commons]]; staff report choking episodes at supper.

TECHNIQUE: Fluoroscopic evaluation with thin and nectar-thick barium and a barium tablet, with SLP [[NAME:Wendeline Pruski]], MS, CCC-SLP. Fluoro time 2.1 min.

FINDINGS:
Oral phase mildly prolonged. Pharyngeal phase: mild vallecular residue that clears with a second swallow. No laryngeal penetration or aspiration with nectar-thick. Trace penetration with thin liquid, cleared with a cough.
A 3.4 cm posterior hypopharyngeal outpouching arises just above the cricopharyngeus, consistent with a Zenker diverticulum, with retention of barium that spills back into the hypopharynx in the upright position. Prominent cricopharyngeal bar.
Esophageal motility: mild presbyesophagus with tertiary contractions. No stricture. The 13 mm tablet passed without delay. Small sliding hiatal hernia. No reflux seen.

IMPRESSION:
1. Zenker diverticulum, 3.4 cm, with overflow into the hypopharynx - likely source of regurgitation and aspiration risk.
2. Trace penetration with thin liquids only; recommendations per the SLP report.

Dictated by: [[NAME:Bertil Engebretsen]], MD     Signed [[DATE:04/02/2025]] 14:51
cc: [[NAME:I. Pfenning]], MD; [[ORG:Brandon Park Commons]] nursing, fax [[PHONE:570-322-4076]]
""", ok=("Zenker diverticulum",))

note("radiology-c02", "radiology", """
PORTABLE CHEST, 1 VIEW (AP)     [[ORG:ST. BONIFACE OF THE PRAIRIE MEDICAL CENTER]] - CVICU
PT: [[NAME:LAIDLAW, HEDWIG A]]     MRN: [[MRN:3309-1874]]     ACC#: [[MRN:CR2502114907]]
DATE/TIME: [[DATE:02/11/2025]] 05:12     ORDERING: [[NAME:AMUNDRUD, KJELL]] MD
TECH: [[NAME:JXT]]

CLINICAL: POD 1 MITRAL VALVE REPLACEMENT. LINE CHECK.

COMPARISON: [[DATE:02/10/2025]] 16:40.

FINDINGS:
ENDOTRACHEAL TUBE 4.1 CM FROM THE CARINA.
SWAN-GANZ CATHETER VIA R IJ INTRODUCER WITH TIP IN THE RIGHT INTERLOBAR PULMONARY ARTERY, UNCHANGED. L CHEST TUBES X2 AND MEDIASTINAL DRAIN IN PLACE.
TUNNELED L SUBCLAVIAN HICKMAN CATHETER FROM PRIOR CHEMOTHERAPY, TIP AT THE CAVOATRIAL JUNCTION.
STERNOTOMY WIRES, INTACT. MECHANICAL MITRAL PROSTHESIS.
NG TUBE TIP IN THE STOMACH.
LOW LUNG VOLUMES. INCREASED LEFT RETROCARDIAC OPACITY, ATELECTASIS MORE LIKELY THAN CONSOLIDATION. SMALL L EFFUSION. NO PNEUMOTHORAX. MILD PULMONARY VASCULAR CONGESTION.

IMPRESSION:
1. LINES AND TUBES AS ABOVE. SWAN-GANZ TIP IN R INTERLOBAR PA, CONSIDER PULLING BACK 2 CM.
2. L BASILAR ATELECTASIS, SMALL L EFFUSION, MILD CONGESTION.

FINDING 1 COMMUNICATED TO [[NAME:KEALA TIBBS]], RN, AT 05:31 BY DR. [[NAME:XAVION MCCRORY]].
READ BY: [[NAME:XAVION MCCRORY]], MD     WORKSTATION [[IP:10.88.214.36]]
IMAGES: [[URL:https://pacs.stboniface-prairie.org/viewer?acc=CR2502114907]]
""", ok=("SWAN-GANZ CATHETER", "SWAN-GANZ TIP", "HICKMAN CATHETER"))

note("radiology-c03", "radiology", """
[[ORG:Pawnee Buttes Regional Hospital]] - Department of Radiology
CT ABDOMEN AND PELVIS WITH IV CONTRAST

Patient: [[NAME:Threlkeld, Denver L.]]     MRN: [[MRN:PBR-0618842]]     DOB: [[DATE:11/05/1953]]
Accession: [[MRN:CT-25-118406]]     Exam date: [[DATE:05/14/2025]]
Ordering: [[NAME:Rebekah Hubbell]], PA-C, [[ORG:Morgan County Liver Clinic]]

History: 71-year-old man with NASH cirrhosis and refractory ascites, s/p peritoneovenous (Denver) shunt placed in 2023 at [[ORG:Front Range Transplant Institute]] in [[CITY:Denver]]. Now with increasing abdominal girth and dyspnea for 2 weeks. Patient lives in [[CITY:Ft. Morgan]] and drove in with his wife.

Comparison: CT [[DATE:11/20/2024]].

Findings:
Liver: nodular contour, caudate hypertrophy, no arterially enhancing lesion. Patent main, right and left portal veins. Splenomegaly 15.8 cm.
Ascites: large volume, increased. Denver shunt: the peritoneal limb lies in the right lower quadrant with its fenestrated tip surrounded by loculated fluid and a thickened enhancing septum; the valve chamber is in the subcutaneous right chest wall; the venous limb courses in the right IJ with its tip in the SVC. No fluid tracking along the tubing. Findings suggest obstruction at the peritoneal end.
Bowel: no obstruction. Varices at the gastroesophageal junction and splenorenal shunt.
Kidneys: normal. No hydronephrosis.
Lungs bases: moderate R pleural effusion (hepatic hydrothorax), new.
Bones: no suspicious lesion.

Impression:
1. Large ascites, increased, with probable obstruction of the peritoneal limb of the Denver shunt by loculated fluid/septation.
2. New moderate right pleural effusion.
3. Cirrhosis with portal hypertension; no focal liver lesion.

Results called to [[NAME:R. Hubbell]], PA-C, at 16:05 on [[DATE:5/14]].
Electronically signed: [[NAME:Ambrus Laughinghouse]], MD
""", ok=("(Denver) shunt", "Denver shunt"))

note("radiology-c04", "radiology", """
MRI BRAIN AND CERVICAL SPINE WITHOUT CONTRAST
[[ORG:Mississippi Bluffs Pediatric Imaging]] at [[ORG:Duck Creek Medical Center]], [[CITY:Davenport]], [[STATE:IA]]

Patient: [[NAME:Jaxon Velazco]]     MRN: [[MRN:MBPI-40917]]     DOB: [[DATE:03/02/2009]]     Exam: [[DATE:01/27/2025]]
Accession: [[MRN:MR2501271188]]
Referring: [[NAME:Hollace Dunnigan]], MD, sports medicine, [[ORG:Quad Cities Ortho & Sports]]

Clinical history: 15-year-old defenseman who plays for the [[ORG:Quad City Thunderhawks]] U16 team; occipital headaches with Valsalva and after a hit into the boards in the game at [[CITY:Moline]] on [[DATE:January 18]], with intermittent tingling in both hands. Normal neuro exam per referral.

Technique: multiplanar multisequence MRI of the brain and cervical spine, including sagittal CSF flow study.

Findings:
Brain: cerebellar tonsils extend 9 mm below the foramen magnum with a pointed (peg-like) configuration, consistent with a Chiari I malformation. Crowding at the foramen magnum with effacement of the retrocerebellar CSF space. CSF flow study shows diminished dorsal flow at the foramen magnum. No hydrocephalus. No parenchymal injury, no blood products on SWI. Normal pituitary.
Cervical spine: no syrinx. Normal alignment, no fracture or ligamentous injury. No cord signal abnormality.

Impression:
1. Chiari I malformation, tonsillar ectopia 9 mm, with reduced CSF flow at the foramen magnum. No syringomyelia.
2. No traumatic brain or cervical spine injury.
Recommend neurosurgical consultation; contact sports on hold until seen.

Discussed with Dr. [[NAME:Dunnigan]] by phone at 15:20, [[DATE:1/27/25]]. Mother, [[NAME:Brisa Velazco-Durst]], was present at the imaging desk and was told the ordering doctor will call.

Interpreted by [[NAME:Temperance Lusk]], MD, Pediatric Neuroradiology (remote read, station [[IP:192.168.12.207]])
""", ok=("with Valsalva", "Chiari I"))

note("radiology-c05", "radiology", """
XR KNEE RIGHT 3 VIEWS; MRI KNEE RIGHT WITHOUT CONTRAST
[[ORG:Sangamon Valley Orthopaedic Imaging]], [[STREET:2800 W Iles Ave]], [[CITY:Chatham]], [[STATE:IL]] [[ZIP:62629]]

Pt: [[NAME:Grisby, Arliss D.]]     MRN [[MRN:SVO-224087]]     DOB [[DATE:08-08-1982]]
Exam dates: XR [[DATE:06-03-2025]]; MRI [[DATE:06-05-2025]]
Referring: [[NAME:Philomena Lachman]], DO
Workers' comp: employer [[ORG:Brush Creek Distribution]], [[STREET:6001 Industrial Ave]], [[CITY:Sherman]], [[STATE:IL]]; carrier [[ORG:Heartland Comp Mutual]], claim [[ACCOUNT:HCM-WC-25-006132]]; adjuster [[NAME:Dion Yarbrough]] ([[PHONE:217-679-4408 ext. 5514]], [[EMAIL:dyarbrough@heartlandcomp.com]]).

History: 42M order picker who twisted his R knee stepping off a pallet jack at work on [[DATE:5/28]]. Pain, swelling, locking. Dr. [[NAME:Lachman]] notes a positive Lachman test and positive McMurray medially.

XR: moderate joint effusion. No fracture; no Segond fracture. Joint spaces preserved.

MRI:
ACL: complete midsubstance tear with anterior tibial translation; bone bruises in the lateral femoral condyle and the back of the lateral tibial plateau (pivot-shift pattern).
Menisci: vertical longitudinal tear of the posterior horn of the medial meniscus extending to the inferior surface; bucket-handle component flipped into the intercondylar notch (double PCL sign).
PCL, collaterals: intact; MCL grade 1 sprain.
Cartilage: no full-thickness defect.
Popliteal (Baker's) cyst, small.

Impression:
1. Complete ACL tear with typical pivot-shift contusions.
2. Bucket-handle tear of the medial meniscus, displaced into the notch.
3. Grade 1 MCL sprain; small Baker's cyst.

Read by [[NAME:Ogden Prewitt]], MD, musculoskeletal radiology     [[DATE:06-05-2025]]
cc: [[ORG:Heartland Comp Mutual]] claims, fax [[PHONE:217-679-4499]]
""", ok=("Lachman test", "McMurray", "Baker's cyst", "Segond fracture"))

note("radiology-c06", "radiology", """
[[ORG:Rogue Valley Breast Center]]
[[STREET:1120 Crater Lake Ave, Suite 400]]
[[CITY:Medford]], [[STATE:OR]] [[ZIP:97504]]     Phone [[PHONE:541-608-3375]]

DIAGNOSTIC MAMMOGRAM, LEFT, WITH TOMOSYNTHESIS; ULTRASOUND LEFT BREAST
Patient: [[NAME:Eunice Pawlak]]     DOB [[DATE:06/19/1961]]     MRN [[MRN:RVB0099417]]     Exam [[DATE:10/09/2024]]
Referring: [[NAME:Sunniva Hollenbeck]], NP, [[ORG:Jacksonville Family Clinic]] ([[CITY:Jacksonville]], [[STATE:OR]])

History: palpable lump L breast 2 o'clock, noticed in late [[DATE:September]]. Mother had breast cancer at 58. Recently moved from [[CITY:Eureka]], [[STATE:CA]].
Comparison: screening mammograms [[DATE:8/2022]] and [[DATE:9/2023]] from [[ORG:Humboldt Bay Women's Imaging]], obtained on CD courtesy of the patient.

Breast composition: scattered areas of fibroglandular density (B).

Mammogram: under the BB placed over the lump, L breast 2:00 middle depth, a 1.6 cm irregular mass with spiculated margins, new since 2023, with architectural distortion and retraction of Cooper's ligaments. No suspicious calcifications. R breast not imaged today (screened [[DATE:9/2023]], benign).

Ultrasound: L breast 2:00, 6 cm from the nipple, 1.5 x 1.3 x 1.2 cm irregular hypoechoic mass, not parallel, angular margins, posterior shadowing, internal vascularity. L axilla: one node with 4 mm eccentric cortical thickening.

Impression: BI-RADS 5 (malignancy highly likely). L axillary node, indeterminate.
Plan: ultrasound-guided core needle biopsy of the L breast lesion plus FNA of the node; scheduled [[DATE:10/11/2024]] here.
Results given to the patient in person by the radiologist; patient navigator [[NAME:Odette St. Onge]], RN, will call her.

Radiologist: [[NAME:Mahina Maunakea]], MD     Technologist: [[NAME:ak]]
""", ok=("Cooper's ligaments",))

note("radiology-c07", "radiology", """
CT HEAD WITHOUT CONTRAST - STAT
[[ORG:Brazos Bend Medical Center]] Emergency Radiology

PATIENT: [[NAME:Kimura, Fumiko]]     AGE [[AGE:98]]     MRN [[MRN:BBM-7731046]]
ACCESSION [[MRN:CTH-0417-2299]]     DATE [[DATE:07/04/2025]] 21:37
ORDERING: [[NAME:Lysander Oyebode-Sykes]], DO (ED)

CLINICAL: [[AGE:98]]-year-old woman on apixaban found on the floor of her apartment at [[ORG:The Willows at Sugar Creek]] ([[STREET:900 Sugar Creek Blvd, Apt 118]], [[CITY:Sugar Land]]) by staff during the fireworks. Unknown down time. GCS 14.

COMPARISON: CT head [[DATE:02/2023]] from [[ORG:Oyster Creek General]].

FINDINGS:
Acute L frontotemporal subdural hematoma, maximal thickness 8 mm, with 3 mm rightward midline shift. Small amount of traumatic SAH in the L sylvian fissure. Moderate global volume loss and chronic small vessel ischemic change. Old R cerebellar lacune. No hydrocephalus. No calvarial fracture. L frontal scalp hematoma. Mastoids and sinuses clear.

IMPRESSION:
1. Acute L subdural hematoma, 8 mm, with 3 mm midline shift.
2. Small traumatic subarachnoid hemorrhage.

Critical result called to Dr. [[NAME:Oyebode-Sykes]] at 21:52 and read back. Son, [[NAME:Hiroki Kimura]], arrived at 22:10 from [[CITY:Katy]] and the ED team updated him.

Read by: [[NAME:Bayard Whitcomb]], MD (teleradiology, [[ORG:Lone Prairie Radiology Partners]])
""")

note("radiology-c08", "radiology", """
ULTRASOUND ABDOMEN LIMITED (RUQ)
FACILITY: [[ORG:ISABELLA COUNTY MEMORIAL]], [[CITY:MT. PLEASANT]], [[STATE:MI]]
PATIENT: [[NAME:LORIMER, ANSEL J]]     MRN: [[MRN:ICM00928134]]     DOB: [[DATE:12/12/1990]]
ACCESSION: [[MRN:US-2024-0931-07]]     EXAM: [[DATE:09/12/2024]]
ORDERED BY: [[NAME:FAIRCLOTH, MERRILL]], PA-C (URGENT CARE, [[ORG:CHIPPEWA RIVER URGENT CARE]])

HISTORY: RUQ PAIN AFTER MEALS X 3 WEEKS. S/P ROUX-EN-Y GASTRIC BYPASS 2022 AT [[ORG:MIDLAND BARIATRIC INSTITUTE]], 64 KG WEIGHT LOSS. WORKS AS A CORRECTIONS OFFICER AT THE [[ORG:SAGINAW BAY REGIONAL FACILITY]].

COMPARISON: NONE.

FINDINGS:
GALLBLADDER: MULTIPLE MOBILE SHADOWING STONES, LARGEST 1.4 CM. WALL 4 MM. NO PERICHOLECYSTIC FLUID. SONOGRAPHIC MURPHY SIGN POSITIVE.
CBD: 5 MM.
LIVER: NORMAL SIZE AND ECHOTEXTURE, NO FOCAL LESION. HEPATOPETAL PORTAL FLOW.
PANCREAS: OBSCURED BY BOWEL GAS.
RIGHT KIDNEY: NORMAL, NO HYDRONEPHROSIS.
NO ASCITES.

IMPRESSION:
1. CHOLELITHIASIS WITH POSITIVE SONOGRAPHIC MURPHY SIGN AND BORDERLINE WALL THICKENING; EARLY ACUTE CHOLECYSTITIS NOT EXCLUDED.
2. CBD NOT DILATED. NOTE: ENDOSCOPIC ACCESS TO THE PAPILLA IS LIMITED AFTER ROUX-EN-Y BYPASS IF CHOLEDOCHOLITHIASIS DEVELOPS.

PRELIMINARY RESULT PHONED TO [[NAME:M. FAIRCLOTH]], PA-C, AT 13:14.
SONOGRAPHER: [[NAME:TRISHA BRADBURY-EZEH]], RDMS
RADIOLOGIST: [[NAME:OKSANEN, PAAVO]], MD
""", ok=("ROUX-EN-Y GASTRIC", "ROUX-EN-Y BYPASS", "MURPHY SIGN"))

note("radiology-c09", "radiology", """
INTERVENTIONAL RADIOLOGY PROCEDURE NOTE
[[ORG:Kanawha Ridge Medical Center]] - IR Suite 2     Date: [[DATE:March 6, 2025]]

Patient: [[NAME:Bustamante-Sayles, Osvaldo]]     MRN: [[MRN:KRM-3381940]]     DOB: [[DATE:04/14/1960]]
Referring: [[NAME:Wilhelm Oberdorf]], MD, [[ORG:Elk River Oncology]]
Operator: [[NAME:Solvi Brekke]], MD     Assistant: [[NAME:Demarco Cheatham]], RT(R)(VI)

Procedures:
1. Placement of a right internal jugular single-lumen chest port (Port-a-Cath type).
2. Removal of a left tunneled Hickman catheter placed 2023.

Indication: colon cancer, starting FOLFOX; prior Hickman no longer needed and with exit-site irritation.

Consent: obtained from the patient in Spanish via a hospital interpreter, [[NAME:Itziar Garrastazu]]; daughter [[NAME:Yamileth Bustamante]] present.

Details: time-out performed. Moderate sedation (midazolam 2 mg, fentanyl 100 mcg), 28 min of intraservice time, monitored by RN [[NAME:Philippe Ducharme]]. US-guided access of the R IJ (patent, compressible; image saved). Subcutaneous pocket R upper chest. 8 Fr port, lot [[DEVICE:PX8-2411-63081]], catheter trimmed to 21 cm, tip at the cavoatrial junction on fluoro. Accessed and flushed with heparinized saline. Pocket closed in two layers, Dermabond.
The left Hickman was freed by blunt dissection around the cuff and removed intact; pressure held 5 min; exit site dressed.

EBL minimal. No complications. Fluoro time 0.6 min.

Device card given to the patient. Port may be used immediately.
Follow-up: wound check at the infusion center on [[DATE:3/13]]; oncology to start chemo [[DATE:3/10]].

[[NAME:S. Brekke]], MD     NPI [[LICENSE:1565933367]]
""", ok=("Port-a-Cath", "Hickman catheter", "prior Hickman", "left Hickman"))

note("radiology-c10", "radiology", """
OUTSIDE IMAGING - SECOND OPINION CONSULT (TELERADIOLOGY)
[[ORG:Clay County Imaging Consultants]] for [[ORG:Kearney Trace Family Medicine]]
Patient: [[NAME:Tomiko Ashwell]]     DOB: [[DATE:2/27/1979]]     Local MRN: [[MRN:KTF-118825]]
Requested by: [[NAME:Garnet Pelfrey]], MD
Date of report: [[DATE:November 4, 2024]]

Study reviewed: CT chest with contrast performed [[DATE:10/28/2024]] at an outside facility while the patient was travelling; images transferred via the image-sharing link [[URL:https://share.imgexpress.net/s/K7QX-22RM]] and loaded from gateway [[IP:203.0.113.146]]. Original outside report not provided. Patient lives in [[CITY:Liberty]], [[STATE:MO]] and was seen locally on return.

History: 45F never-smoker, incidental lung nodule; Hashimoto's thyroiditis on levothyroxine; remote Cushing's disease treated with transsphenoidal surgery in 2008, in remission.

Findings:
Lungs: a 7 mm solid nodule in the right upper lobe, smooth margins. Two 3 mm solid nodules in the left lower lobe. No consolidation or effusion.
Mediastinum: no adenopathy. Thyroid: small, heterogeneous, consistent with the known thyroiditis.
Upper abdomen: normal adrenals.
Bones: no suspicious lesion.

Impression:
1. Solid RUL nodule 7 mm in a low-risk patient. Per Fleischner guidelines, optional CT at 12 months.
2. Tiny LLL nodules, likely benign.

Note: images were viewed from a secure link that expires [[DATE:11/11/2024]]; a permanent copy has been sent to the local PACS. Questions to the reading room, [[PHONE:816-781-2290]], or [[EMAIL:reads@claycoimaging.com]].

[[NAME:Percival Haruna-Bloom]], MD
""", ok=("Hashimoto's thyroiditis", "Cushing's disease", "Fleischner"))

# ------------------------------------------------------------------ referral

note("referral-c01", "referral", """
[[ORG:Frankfort Avenue Pediatrics]]
[[STREET:2918 Frankfort Ave]]
[[STREET:Suite 200]]
[[CITY:Louisville]], [[STATE:KY]] [[ZIP:40206]]
Phone [[PHONE:(502) 897-4410]]  |  Fax [[PHONE:(502) 897-4419]]

[[DATE:February 20, 2025]]

[[ORG:Ohio Valley Child Neurology]]
Attn: Dr. [[NAME:Annick Sobieski]]
[[STREET:601 S Floyd St, 4th Floor]]
[[CITY:Louisville]], [[STATE:KY]] [[ZIP:40202]]

Re: [[NAME:Bodhi Lockridge]]     DOB [[DATE:05/11/2013]]     Our chart # [[MRN:FAP-22047]]
Insurance: [[ORG:Limestone Health Partners]], member ID [[ACCOUNT:LHP-77104382]]

Dear Dr. [[NAME:Sobieski]],

Thank you for seeing [[NAME:Bodhi]], an 11-year-old 6th grader at [[ORG:Sayre-Tobin Middle School]], for evaluation of tics. He has had motor tics (eye blinking, shoulder shrugging, a head jerk) since age 7 and vocal tics (throat clearing, sniffing, and lately a bark-like sound) for well over a year, which together meet criteria for Tourette syndrome. Tics wax and wane, worsen with stress and screens, and nearly disappear when he is on the ice with the [[ORG:Louisville Junior Stingrays]]. YGTSS total 32 at our visit on [[DATE:2/14]].

He also carries a diagnosis of ADHD, combined type, on guanfacine ER 2 mg, and has some checking rituals at bedtime. His homeroom teacher, Ms. [[NAME:Kreps]], reports that classmates imitate his vocal tics on the bus; mom is requesting a 504 plan and would value a letter from your clinic. Family history: his father had tics as a child.

[[NAME:Bodhi]] lives with his mother, [[NAME:Ambrosia Lockridge]], and stepfather in [[CITY:Crescent Hill]]; his father, [[NAME:Shane Ledford]], lives in [[CITY:Jeffersonville]], [[STATE:IN]] and shares custody every other weekend. Mom prefers text: [[PHONE:502-619-3378]]; e-mail [[EMAIL:ambrosia.lockridge@bluegrassmail.net]].

We have not started any tic-suppressing medication. Comprehensive behavioral intervention for tics would be our first choice if available.

Sincerely,

[[NAME:Birdie Wofford]], MD, FAAP
NPI [[LICENSE:1220023877]]
""", ok=("Tourette syndrome",))

note("referral-c02", "referral", """
[[ORG:HATCHETT, CATES & PRUNEDA, PLLC]]
Attorneys at Law
[[STREET:46 N Fourth St, Suite 300]]
[[CITY:Zanesville]], [[STATE:Ohio]] [[ZIP:43701]]
Tel. [[PHONE:740-452-6630]]     [[URL:www.hcp-lawoffice.com]]

[[DATE:April 8, 2025]]

VIA FAX ([[PHONE:740-454-2281]]) AND MAIL
[[NAME:Hobart Greenlee]], MD
[[ORG:Zanesville Orthopaedic Consultants]]
[[STREET:2951 Maple Ave]], [[CITY:Zanesville]], [[STATE:OH]] [[ZIP:43701]]

RE: Request for Independent Medical Examination
Our client: [[NAME:Orval D. Spurlock]]     DOB [[DATE:01/03/1969]]
Employer: [[ORG:Muskingum Valley Carriers, Inc.]], [[STREET:8810 State Route 9]], [[CITY:Cadiz]], [[STATE:OH]] [[ZIP:43907]]
Date of injury: [[DATE:10/17/2024]]     BWC claim no. [[ACCOUNT:24-871304]]     SSN xxx-xx-[[SSN:6091]]

Dear Dr. [[NAME:Greenlee]]:

This firm represents Mr. [[NAME:Spurlock]] in his workers' compensation claim. On the date above he was driving his employer's tractor-trailer (unit 112, VIN [[VEHICLE:4V4NC9EHXFN174402]], [[STATE:Ohio]] plate [[VEHICLE:PHT 4418]]) when it jackknifed on black ice on [[STREET:State Route 22]] east of [[CITY:Cambridge]]. He was treated at [[ORG:Guernsey Hills Medical Center]] for a L shoulder injury and low back pain, and later underwent L rotator cuff repair by Dr. [[NAME:Evangelos Karamanlis]] on [[DATE:January 9, 2025]].

The employer's carrier disputes the lumbar component. We ask that you examine Mr. [[NAME:Spurlock]], review the enclosed records, and address (1) diagnosis, (2) causation for the lumbar condition, (3) maximum medical improvement, and (4) work restrictions. He can be reached at [[PHONE:740-942-3106]] and lives at [[STREET:311 E Market St, Apt 2]], [[CITY:Cadiz]].

Please send your report and invoice to our paralegal, [[NAME:Ione Neeley]], at [[EMAIL:ineeley@hcp-lawoffice.com]].

Very truly yours,

[[NAME:Lafe M. Hatchett]]
Attorney at Law
[[STATE:Ohio]] Sup. Ct. Reg. No. [[LICENSE:0077214]]
""")

note("referral-c03", "referral", """
[[ORG:Kennebec Landing Family Medicine]]  -  [[STREET:6 Water St]], [[CITY:Hallowell]], [[STATE:ME]] [[ZIP:04347]]  -  tel [[PHONE:207-623-9041]]

Date: [[DATE:9/23/2024]]
To: Dr. [[NAME:Evert Vrieze]], [[ORG:Downeast Hand & Upper Extremity]], [[STREET:33 Stone St]], [[CITY:Augusta]], [[STATE:ME]]
Fax: [[PHONE:207-621-7730]]
Reason: carpal tunnel release evaluation, urgent (thenar atrophy)

Patient: [[NAME:Marietta Thornbury]]     DOB [[DATE:12/29/1978]]     MRN [[MRN:KLFM-31842]]
Insurance: [[ORG:Pine Tree Mutual Health]]     ID [[ACCOUNT:PTM884019274]]     Group [[ACCOUNT:40312]]

Dear Dr. [[NAME:Vrieze]],

Could you please see [[NAME:Marietta]], a 45-year-old right-handed dental hygienist at [[ORG:Brightbill Family Dental]] here in [[CITY:Hallowell]], for bilateral carpal tunnel syndrome, R worse than L. She has had nocturnal numbness of the thumb, index and middle fingers for two years, now constant on the right, and she is dropping instruments at work. Phalen's test is positive at 20 seconds on the right, Tinel's sign is positive at both wrists, and there is mild thenar wasting on the right with APB weakness 4/5. Two-point discrimination 8 mm in the right index finger.

EMG/NCS at [[ORG:Capital Area Neurodiagnostics]] on [[DATE:9/12/2024]] (Dr. [[NAME:Rui Cardoso-Hebb]]): severe R median neuropathy at the wrist with absent sensory response, moderate on the L. No cervical radiculopathy.

She has worn night splints since [[DATE:April 2023]] and had one steroid injection on the right in [[DATE:March]] with two months of relief. A1c 5.4, TSH normal. She is not pregnant.

She grew up in [[CITY:Marietta]], [[STATE:Georgia]] and moved here for college, so please note the mail goes to [[STREET:PO Box 218]], [[CITY:Hallowell]], [[STATE:ME]] [[ZIP:04347]]. Cell [[PHONE:207-557-0163]].

Thank you,
[[NAME:Ardith Klinefelter]], FNP-C     NPI [[LICENSE:1873365351]]
""", ok=("Phalen's test", "Tinel's sign"))

note("referral-c04", "referral", """
E-REFERRAL - ENDOCRINOLOGY (new patient, urgent)
From: [[ORG:Hollins Ridge University Student Health]], [[CITY:Bloomington]], [[STATE:IN]]
To: [[ORG:Monroe Hills Endocrine Associates]], [[STREET:2650 E Discovery Pkwy, Bldg C]], [[CITY:Bloomington]], [[STATE:IN]] [[ZIP:47408]]
Sent: [[DATE:2025-01-21]] 10:14

Patient: [[NAME:GRAVES, ROSALEE J]]     DOB: [[DATE:1998-08-30]]     Student health ID: [[MRN:HRU-S-2207183]]
Home address: [[STREET:612 North Dunn St., Apt 3B]], [[CITY:Bloomington]], [[STATE:IN]] [[ZIP:47408]]
Phone: [[PHONE:812-325-7764]]     Email: [[EMAIL:rjgraves@hollinsridge.edu]]
Insurance: [[ORG:Hoosier Scholars Health Plan]]     Member ID [[ACCOUNT:HSH-0098231-01]]

Reason for referral: new Graves' disease with early ophthalmopathy.

Ms. [[NAME:Graves]] is a 26-year-old doctoral student in the film school who came in on [[DATE:1/16]] with palpitations, 6 kg weight loss, heat intolerance and a tremor. She noted her eyes looked "staring" in her own photos. On exam HR 118, fine tremor, smooth diffuse goiter with a bruit, lid lag and mild proptosis OU, no diplopia. TSH < 0.01, free T4 3.8, T3 9.1, TSI 412% (positive). Pregnancy test negative.

Started: propranolol ER 60 mg daily and methimazole 20 mg daily on [[DATE:1/17]]. Baseline CBC and LFTs normal. Counseled on agranulocytosis warning signs. Smoking: none.

She is a freelance photographer and gets most of her income from event work; her portfolio is at [[URL:www.rosaleegravesphoto.com]] and she posts as [[URL:instagram.com/rosalee.shoots]]. She asked that any letters for her department go to her advisor, Prof. [[NAME:Stellan Dimitriou]].

Please also consider ophthalmology referral for the eye findings. She is leaving for a shoot in [[CITY:Ft. Wayne]] [[DATE:2/3]] to [[DATE:2/5]].

Referring clinician: [[NAME:Kallista Harlow]], MD, [[ORG:HRU Student Health]], fax [[PHONE:812-855-6041]]
""", ok=("Graves' disease",))

note("referral-c05", "referral", """
[[ORG:Shoals Senior Health]]
[[STREET:1402 Helton Dr, Suite 5]]
[[CITY:Florence]], [[STATE:AL]] [[ZIP:35630]]
Office: [[PHONE:256-764-0918]]     fax: [[PHONE:256-764-0922]]

[[DATE:June 2, 2025]]

To: Palliative Care Intake, [[ORG:Tennessee Valley Palliative Care]], [[CITY:Muscle Shoals]]
Re: [[NAME:Mapes, Idella B.]]     DOB [[DATE:03/04/1924]]     Age [[AGE:101]]
Medicare [[ACCOUNT:7RH2-XK4-MW38]]     Supplement: [[ORG:Magnolia State Senior Plan]] [[ACCOUNT:MSS-20391774]]

Dear colleagues,

I am referring Mrs. [[NAME:Mapes]], who is [[AGE:101]], for a home-based palliative care consultation. She has advanced Alzheimer's dementia (FAST 6d), heart failure with preserved EF, and stage 4 CKD, with two hospitalizations since [[DATE:March]] at [[ORG:Wilson Dam Regional]].

She lives with her daughter and primary caregiver, [[NAME:Florence Mapes-Gentry]] ("named for the town," she tells everyone), at [[STREET:2290 County Road 47]], [[CITY:Killen]], [[STATE:AL]] [[ZIP:35645]]. The daughter's cell is [[PHONE:256-710-4485]] and she reads e-mail at [[EMAIL:flomapesgentry@shoalsmail.com]]. Mrs. [[NAME:Mapes]] taught third grade at [[ORG:Cypress Mill School]] for 38 years and still sings with the ladies from [[ORG:Lone Cedar Church of Christ]] when they visit on Wednesdays. Her grandson [[NAME:Philo Gentry]] in [[CITY:Huntsville]] has the durable POA for finances.

Goals: the family does not want further hospitalizations. She is DNR, and an [[STATE:Alabama]] POLST was completed on [[DATE:5/28/2025]]. Symptoms: poor intake, weight loss of 9 lb in 3 months, sundowning, and dyspnea when lying flat.

Current medications are attached. Her pharmacy is [[ORG:Hermitage Drug]] on [[STREET:Cloverdale Rd]].

Thank you,
[[NAME:Nanette Bledsoe]], MD, geriatrics
NPI [[LICENSE:1704545965]]     [[STATE:Alabama]] license [[LICENSE:41877]]
""", ok=("Alzheimer's",))

note("referral-c06", "referral", """
REFERRAL FOR DEVELOPMENTAL-BEHAVIORAL PEDIATRICS EVALUATION

From: [[NAME:Verity Tillman]], MD, [[ORG:Big Horn Basin Pediatrics]], [[STREET:1407 Beck Ave, Unit 12]], [[CITY:Cody]], [[STATE:WY]] [[ZIP:82414]]; ph [[PHONE:307-587-2290]], fax [[PHONE:307-587-2297]]
To: [[ORG:Yellowstone Child Development Center]], [[CITY:Billings]], [[STATE:MT]]
Date: [[DATE:08/19/2025]]

Child: [[NAME:Wilder Benning]]     DOB [[DATE:07/02/2022]]     Clinic MRN [[MRN:BHBP-60418]]
[[STATE:Wyoming]] Medicaid ID: [[ACCOUNT:WY0041873320]]

Concern: speech delay and possible autism spectrum disorder.

[[NAME:Wilder]] is a 3-year-old boy with about 15 words, no two-word phrases, limited pointing and inconsistent response to name. M-CHAT-R/F positive (score 11). He lines up toy trucks, flaps when excited, and has difficulty with transitions. Hearing screen passed at [[ORG:Cody Regional]] audiology [[DATE:7/30/25]]. Growth normal; no regression; exam without dysmorphic features. Lead level normal.

He attends [[ORG:Shoshone River Kids Co-op]] three mornings a week, where his teacher Miss [[NAME:Oona]] has noted he plays alone and becomes upset at circle time. He receives Part C services through [[ORG:Child Development Services of the Big Horn Basin]]; coordinator [[NAME:Mavis Vandenburg]], [[EMAIL:mvandenburg@cdsbhb.org]], can share their evaluation.

Family: mother [[NAME:Shiloh Benning]] ([[PHONE:307-250-6618]]) works mornings as a barista at [[ORG:Sunlight Basin Coffee]]; father [[NAME:Teague Benning]] is deployed overseas with [[ORG:HHC, 2-641st Engineer Battalion]] until [[DATE:March 2026]]; the family would like a telehealth option so he can join. Paternal grandmother in [[CITY:Powell]] helps with childcare. Insurance is Medicaid; TRICARE as secondary (sponsor ID on file).

The family lives at [[STREET:22 Road 2AB]], [[CITY:Cody]], [[STATE:WY]] [[ZIP:82414]] - rural, please mail as well as call.

Thank you for seeing him.
[[NAME:V. Tillman]], MD     NPI [[LICENSE:1814113357]]
""")

note("referral-c07", "referral", """
[[ORG:Tuscarawas Valley Family Health]]
[[STREET:2250 State Route 39 NW]]
[[CITY:Dover]], [[STATE:OH]] [[ZIP:44622]]
[[PHONE:330-343-7150]]

Referral to Rheumatology
To: [[ORG:Summit Lakes Arthritis Center]], attn. new patient scheduling, fax [[PHONE:330-375-6619]]
Date: [[DATE:03/11/2025]]

Patient: [[NAME:Lovina Troyer]]     DOB: [[DATE:10/02/1980]]     Chart: [[MRN:TVFH-118407]]
Address: [[STREET:4471 Township Road 606]], [[CITY:Millersburg]], [[STATE:OH]] [[ZIP:44654]]
Phone: none at home. Messages via the phone shanty shared with her neighbor, Mrs. [[NAME:Gingerich]]: [[PHONE:330-674-2208]] (leave a message, they check it twice a day). For rides she uses a driver, [[NAME:Rollie]], [[PHONE:330-231-9944]].
Payment: self-pay; church aid will help with costs. Please send an estimate.

Dear colleague,

Mrs. [[NAME:Troyer]] is a 44-year-old Amish mother of seven with 18 months of Raynaud's phenomenon, dry eyes and dry mouth, bilateral parotid swelling and symmetric hand arthralgias with morning stiffness of about an hour. No rash, no ulcers, no dysphagia. She bakes for [[ORG:Troyer's Bent n' Dent]] and has had trouble kneading.

Labs [[DATE:2/27/2025]]: ANA 1:1280 speckled, SSA > 8.0, SSB 3.2, RF 48, CCP negative, C3/C4 normal, ESR 42, CBC with WBC 3.4. Schirmer test 3 mm OU. Hand x-rays: no erosions.

I suspect primary Sjögren's syndrome with inflammatory arthritis. I started hydroxychloroquine 200 mg daily after a baseline eye exam at [[ORG:Holmes County Eye Care]] (Dr. [[NAME:Menno Stutzman]]) and artificial tears.

She asks that appointments be on a Tuesday or Thursday when her driver is free, and that letters go by mail.

Thank you,
[[NAME:Welker Oyler]], DO
[[ORG:Tuscarawas Valley Family Health]]
NPI [[LICENSE:1025232608]]
""", ok=("Sjögren's syndrome", "Schirmer test"))

note("referral-c08", "referral", """
EMERGENCY DEPARTMENT SOCIAL WORK - REFERRAL FOR OPIOID TREATMENT AND HOUSING
[[ORG:Big Sioux Medical Center]] ED, [[CITY:Aberdeen]], [[STATE:SD]]     [[DATE:12/03/2024]] 0220

Patient: [[NAME:Dewey "Rooster" LaPointe]]     DOB [[DATE:09/30/1987]]     MRN [[MRN:BSM-2048861]]
[[STATE:SD]] Medicaid ID: [[ACCOUNT:SD-MCD-440871229]]     SSN: [[SSN:503-41-7788]]

To: [[ORG:Dakota Dawn Recovery]], [[STREET:711 S Main St]], [[CITY:Aberdeen]] - bridge clinic, buprenorphine induction
cc: [[ORG:Lantern House Shelter]], [[STREET:1500 N 4th Ave]] - case management

Summary: 37-year-old man brought in by EMS after a fentanyl overdose behind the [[ORG:Kum & Go]] on [[STREET:6th Ave SE]]; a stranger gave two doses of naloxone before EMS arrived. After observation he was alert and asked for help stopping. COWS 9 at 0130. He agreed to start buprenorphine at the bridge clinic today.

Social: homeless since [[DATE:August]], when he lost his room at [[STREET:418 N Weber Ave]] after his job at [[ORG:Siouxland Pallet]] ended. Has been sleeping at [[ORG:Lantern House Shelter]] and at the warming room of [[ORG:St. Olaf Lutheran]] on cold nights. His sister [[NAME:Mavis LaPointe]] lives in [[CITY:Spearfish]] ([[PHONE:605-791-4403]]) and has started an online fundraiser for a bus ticket and first month's rent: [[URL:gofundme.com/f/help-rooster-get-home]]. He goes by "[[NAME:Rooster]]" with staff at the shelter.

He has a phone that works on wi-fi only; best contact is the shelter front desk, [[PHONE:605-336-8172]], or the shelter case manager, [[NAME:Trinity Lozen]].

Plan:
1. Naloxone kit x 2 given at discharge.
2. Warm hand-off to [[ORG:Dakota Dawn Recovery]] peer navigator [[NAME:Jurgen Hauck]] at 0800; ED to arrange cab voucher.
3. Medicaid active; housing application started with [[ORG:Brown County Housing Partners]].
4. Hep C and HIV screening sent.

[[NAME:Esme Cutright]], LMSW, ED social work     [[PHONE:605-333-1000 ext. 4412]]
""")

note("referral-c09", "referral", """
[[ORG:Comal River Family Medicine]]
[[STREET:1180 Loop 337, Suite 140]]
[[CITY:New Braunfels]], [[STATE:Texas]] [[ZIP:78130]]
T [[PHONE:830-629-4471]]   F [[PHONE:830-629-4478]]

[[DATE:Oct. 30, 2024]]

[[ORG:Hill Country Facial Nerve Center]], Otolaryngology
[[STREET:7703 Floyd Curl Dr, Suite 610]]
[[CITY:San Marcos]], [[STATE:TX]]

RE: [[NAME:Candelario "Lalo" Benavides]]     DOB [[DATE:6/6/1984]]     Acct [[ACCOUNT:CRFM-0091842]]

Dear Dr. [[NAME:Carmody]],

I am referring Mr. [[NAME:Benavides]], a 40-year-old professional musician, for management of a right Bell's palsy that is not recovering as expected. Onset was on [[DATE:October 2]] with sudden R facial weakness; he was seen at [[ORG:Guadalupe Valley ER]] the same day and started on prednisone 60 mg x 7 days and valacyclovir within 24 hours. Four weeks later he remains House-Brackmann grade IV: incomplete eye closure, no forehead movement, and he cannot seal his lips around a mouthpiece. No vesicles, no hearing loss, Lyme negative, MRI brain with contrast normal except enhancement of the R facial nerve.

He plays trumpet with [[ORG:Los Tremendos del Río]] and with the house band at [[ORG:Schwarzer Adler Dancehall]] in [[CITY:Gruene]]; they have been covering for him, but he has lost a month of work. The band's booking page ([[URL:tremendosdelrio.com/shows]]) lists dates through [[DATE:December]] that he hopes to make. He asked specifically about electroneurography and facial retraining.

Eye care: taping at night and lubricant; no corneal abrasion on fluorescein.

Contact: cell [[PHONE:830-515-2209]] (text preferred), [[EMAIL:lalo.trompeta84@gmail.com]]. Wife [[NAME:Kasey Zuniga-Benavides]] can also be called at [[PHONE:830-515-7710]].

Thank you,

[[NAME:Oriel Sepulveda]], DO
NPI [[LICENSE:1270798451]]     DEA [[LICENSE:BS4720214]]
""", ok=("Bell's palsy", "House-Brackmann"))

note("referral-c10", "referral", """
[[ORG:Rock River OB-GYN]]
[[STREET:3600 Avenue of the Cities, Suite 2]]
[[CITY:Moline]], [[STATE:IL]] [[ZIP:61265]]
Phone [[PHONE:309-762-0183]]   Fax [[PHONE:309-762-0190]]

[[DATE:January 13, 2025]]

To: Maternal-Fetal Medicine, [[ORG:Hawkeye University Hospitals]], [[CITY:Iowa City]], [[STATE:IA]]
Attn: [[NAME:Janeway Ostby]], MD

Patient: [[NAME:Ravenel, Kimberlin S.]]     DOB: [[DATE:03/27/1994]]     Our MRN: [[MRN:RROB-772041]]
EDD [[DATE:05/26/2025]] by 8-week US; currently 20w3d
Insurance: [[ORG:Prairie State Family Health]], ID [[ACCOUNT:PSF 440 918 2276]], group [[ACCOUNT:77014-B]]

Dear Dr. [[NAME:Ostby]],

Please see Ms. [[NAME:Ravenel]], G3P2002, for monochorionic-diamniotic twins with a 24% estimated fetal weight discordance and a deepest vertical pocket of 2.1 cm in twin B vs 7.8 cm in twin A on our anatomy scan of [[DATE:1/10/2025]]. Twin B's bladder was small but visible. Dopplers were normal. We are worried about early twin-twin transfusion syndrome or selective growth restriction.

History: two prior term vaginal births. Chronic hypertension on nifedipine XL 30 mg. Low-dose aspirin since 12 weeks.

Social: she works second shift on the line at [[ORG:Mississippi Valley Forge]] and has short-term disability paperwork pending. She lives with her partner, [[NAME:Dashawn Tejeda]], and their two children at [[STREET:2315 Avenue of the Cities, Apt 4]], [[CITY:East Moline]], [[STATE:IL]] [[ZIP:61244]], about an hour from [[CITY:Iowa City]]. Cell [[PHONE:309-781-6628]]. She will need gas cards or [[ORG:MedRide QC]] transport for weekly visits.

Records, including the scan images, can be pulled from our share link [[URL:rrobgyn-share.net/pt/KR0994]] (code sent separately).

Sincerely,
[[NAME:Hauser, Ingrith M.]], MD
[[ORG:Rock River OB-GYN]]
""")

# ----------------------------------------------------------------- telephone

note("telephone-c01", "telephone", """
TELEPHONE ENCOUNTER - NURSE TRIAGE (after hours)
[[ORG:Calcasieu Pediatric Associates]]     [[DATE:01/08/2025]] 19:42

Caller: [[NAME:Dallas]] (mom)     Callback: [[PHONE:337-602-8815]]
Patient: [[NAME:Zayne Cormier]] ("[[NAME:Bo]]"), 2 yo     DOB [[DATE:06/30/2022]]     MRN [[MRN:CPA-081146]]

Reason for call: fever and pulling at R ear.

Mom states fever started this afternoon, 103.4 axillary at 1830. Gave ibuprofen 5 mL (100 mg/5 mL) at 1845. Pulling at R ear, fussy, slept poorly last night. Drinking sippy cup, 3 wet diapers today. No rash, no stiff neck, no trouble breathing, no vomiting. Up to date on shots. Daycare at [[ORG:Bayou Blessings Learning Center]], several kids out sick. Mom's boyfriend [[NAME:Thierry]] is home with them; [[NAME:Bo]]'s grandmother [[NAME:Misty Cormier]] is a nurse and also looked him over.

Mom is currently at her sister's house in [[CITY:Sulphur]] and asked about going to the urgent care on [[STREET:Nelson Rd]] tonight vs. waiting.

Advice per protocol (fever, ear pain, age 2): no red flags. May alternate acetaminophen 160 mg/5 mL, 7.5 mL, if still febrile in 3 hours. Push fluids. Cool, not cold, cloth. Call back or go to the ED for lethargy, stiff neck, rash that does not blanch, trouble breathing, no wet diaper in 8 h, or fever > 5 days.

Appointment made for tomorrow 0940 with Dr. [[NAME:Reinaldo Tijerina]] at the [[STREET:Country Club Rd]] office. Mom verbalized understanding. She asked that we text reminders to her new number, which is the callback number above, not the one on file.

[[NAME:dls]], RN
""")

note("telephone-c02", "telephone", """
PATIENT PORTAL MESSAGE + RN PHONE FOLLOW-UP
Received via [[URL:https://mychart.prairiegatehealth.org]] on [[DATE:03/03/2025]] 22:17 (sent from [[IP:198.51.100.87]])
From: [[NAME:Kyra Lamberth]] (proxy) for [[NAME:Cass Lamberth]], 8 yo, MRN [[MRN:PGH-5502381]]

Message text:
"Hi Dr [[NAME:Garnett]], [[NAME:Cass]] had 3 more of the staring spells today at school, her teacher Mrs. [[NAME:Ehlert]] timed one at 20 sec and she didn't answer to her name. I got one on video here [[URL:https://bit.ly/4hQz7Rk]] - it's on my sister's account so let me know if it doesn't open. Also the school nurse at [[ORG:Salt Fork Elementary]] wants a seizure action plan. And is the EEG still on the [[DATE:12th]]?? We're doing a fundraiser for the EEG and travel costs because our deductible reset, in case that comes up: [[URL:www.givebutter.com/cass-brave-brain]]. I've been writing about all this at [[URL:bravelittlecass.blogspot.com]] for family. Thank you, [[NAME:Kyra]]"

RN call back [[DATE:3/4/2025]] 0905 to mom at [[PHONE:(405) 613-2277]]:
- Video reviewed with Dr. [[NAME:Garnett]]: typical of absence seizures, hyperventilation-provoked per mom.
- EEG confirmed [[DATE:March 12]] 0800 at [[ORG:Prairie Gate Children's]] neurodiagnostics, [[STREET:1200 N Classen Blvd]], 3rd floor. Sleep-deprive the night before.
- Seizure action plan completed and faxed to the school nurse, [[NAME:Gudrun Fenske]], RN, fax [[PHONE:405-756-1390]]; copy uploaded to portal.
- Mom asked about driving her to swim; no swimming without 1:1 adult until seen.
- Mom asked that we not post anything to her blog or fundraiser; reassured, we don't.

Neurology visit [[DATE:3/19]] with Dr. [[NAME:Kaspar Garnett]].
[[NAME:Amberly Sprague]], RN
""")

note("telephone-c03", "telephone", """
TELEPHONE ENCOUNTER - PHARMACY CALL
[[ORG:Downriver Internal Medicine]]     [[DATE:05/19/2025]] 10:05     Taken by: [[NAME:Pakou Toua]], MA

Caller: [[NAME:Taylor]], PharmD, at the [[ORG:CVS]] on [[STREET:Telegraph Rd]] in [[CITY:Taylor]]     Pharmacy ph [[PHONE:313-291-7740]], fax [[PHONE:313-291-7746]]
Patient: [[NAME:Ezequiel Espinal]]     DOB [[DATE:11/27/1961]]     MRN [[MRN:DIM-4170093]]

Pharmacist is holding the patient's oxycodone 5 mg #42 (post-op, R TKA [[DATE:5/12]] by Dr. [[NAME:Garnett Prosser]]) because the DEA number printed on the paper script, [[LICENSE:FP9909334]], does not match the number the pharmacy has on file for Dr. [[NAME:Prosser]] at [[ORG:Wyandotte Bone & Joint]]. She also needs the prescriber's NPI. Patient is at the counter, pain 7/10, last tablet this morning.

Action: called Dr. [[NAME:Prosser]]'s office ([[PHONE:734-285-6200 ext 3]]), spoke with [[NAME:Jorie]] in surgery scheduling. The paper script was printed at the surgery center with the DEA for the [[ORG:Wyandotte Bone & Joint]] location in [[CITY:Southgate]]; Dr. [[NAME:Prosser]] will send an e-prescription now with his current DEA [[LICENSE:BP4287884]] and NPI [[LICENSE:1716202183]].

Called [[NAME:Taylor]] back at 10:40: e-script received, filling now. PDMP reviewed by pharmacy, no other controlled fills. Patient informed; his daughter [[NAME:Rosario Espinal]] will pick up after her shift at [[ORG:Heritage Park Diner]] ([[PHONE:313-720-5513]]).

Reminder sent to patient re: PT at [[ORG:Allen Park Rehab]] starting [[DATE:5/21]], and not to drive while taking oxycodone.
""")

note("telephone-c04", "telephone", """
TELEPHONE - NURSING FACILITY CALL TO ON-CALL PHYSICIAN     Sat [[DATE:04/12/2025]] 0310
Caller: [[NAME:Darnelle]], LPN, night charge nurse, [[ORG:Fairhaven of Marshfield]] ([[PHONE:715-387-1140]])
Resident: [[NAME:DUMONT, HILDEGARD]]     Age [[AGE:96]]     DOB [[DATE:08/09/1928]]     Facility ID [[MRN:FOM-1288]]
PCP: Dr. [[NAME:Solberg]]     On call: [[NAME:Vasbinder, Orrin]], MD

S: resident found sitting on the floor beside her bed at 0245, unwitnessed. Says she was "going to the bathroom."
B: [[AGE:96]] F, moderate dementia, AFib on apixaban, osteoporosis, prior L wrist fracture. Baseline oriented to self, walker with 1 assist.
A: BP 148/82, HR 92 irregular, T 97.4, SpO2 95%. Small bump L forehead, no bleeding. Moves all extremities, no leg shortening or rotation, stood with 2 assist. No new confusion per [[NAME:Darnelle]], who has cared for her for years.
R: anticoagulated with a head strike - advised ED evaluation with CT head.

Daughter [[NAME:Ingunn Dumont-Rask]] ([[PHONE:715-650-2287]]) was called by the facility and agrees with transfer. She asked that her mother go to [[ORG:Marshfield East]] rather than [[ORG:Wood River Regional]] because her cardiologist is there, and she will meet the ambulance; she lives about 20 minutes away in [[CITY:Stratford]].
Transport: [[ORG:Hewitt Area Ambulance]].
Orders: hold tonight's apixaban; send MAR, face sheet and code status (DNR/DNI) with the resident. Facility to fax the face sheet to the ED at [[PHONE:715-389-4400]].

0520 callback from ED physician Dr. [[NAME:Ladipo]]: CT head and cervical spine negative, hip films negative. Returning to facility by ambulance. Resume apixaban in AM, neuro checks q2h x 24 h, PT to reassess transfers Monday. [[NAME:Darnelle]] and the daughter updated.

[[NAME:O. Vasbinder]], MD
""")

note("telephone-c05", "telephone", """
TELEPHONE ENCOUNTER     [[DATE:07/22/2025]] 14:10
[[ORG:Pecos Valley Regional]] - Diabetes Education / Case Management

Patient: [[NAME:Hinojosa, Colston R.]]     DOB [[DATE:02/14/1996]]     MRN [[MRN:PVR-3310672]]
Called from a friend's phone, [[PHONE:575-317-0492]]. Identity verified with DOB and SSN ending [[SSN:2290]].

Pt discharged yesterday after a DKA admission. His truck was towed from the ED entrance lot while he was inpatient, and his insulin pens, meter and CGM receiver (S/N [[DEVICE:RCV-4410-K7Q2]]) are in the glove box. Tow yard is [[ORG:Big Ysidro's Towing & Recovery]], [[STREET:2407 SE Main St]], [[CITY:Roswell]] ([[PHONE:575-622-8190]]). They will not release property without the tag number, VIN and $285.

From his registration card pt read me: 2022 Chevrolet Silverado, [[STATE:NM]] tag number [[VEHICLE:BKW-318]], VIN [[VEHICLE:3GCUYDED6NG142286]]. Hospital security (Officer [[NAME:Portillo]], [[PHONE:575-624-8811]]) confirms it was towed for blocking the ambulance bay and will send a letter to the tow company asking them to waive the fee.

Last insulin: glargine 24 units last night at 2100; no lispro today. BG unknown (meter in truck). Feels ok, no vomiting, drinking water.

Plan:
1. Outpatient pharmacy to dispense one glargine pen, one lispro pen, meter and strips today on the charity program; pt to pick up by 1700.
2. SW [[NAME:Nereyda Amsel]] to follow up on the tow fee waiver.
3. His sister [[NAME:Jazlyn]] is driving down from [[CITY:Artesia]] to get him.
4. DKA return precautions reviewed; teach-back done.

Diabetes education follow-up confirmed [[DATE:7/29]] 1000.
[[NAME:Evaristo Chacón]], RN, CDCES
""")

note("telephone-c06", "telephone", """
after hrs line 0215 [[DATE:11/2/24]]
caller: [[NAME:nevaeh]] (pt's gf)  cb [[PHONE:5017783301]]
pt: [[NAME:jaden colquitt]] 19 m, s/p tonsillectomy [[DATE:10/27]] w/ dr [[NAME:okerlund]] at [[ORG:ouachita lakes ent]]

gf says he started spitting bright red blood about 0130, "like half a cup" in the sink, still oozing now. he is awake, talking, no dizziness, no vomiting blood. been eating popsicles + mac n cheese. took hydrocodone elixir at 2300.

advised: this is a post-tonsillectomy bleed, go to the ER NOW, do not wait til morning. sit up, spit don't swallow, ice water gargle ok on the way. if bleeding heavy or he gets dizzy/pale call 911. gf asked if she could take him on his motorcycle, told NO, she has her car. (his bike, [[STATE:ar]] plate [[VEHICLE:17BKM4]], stays parked.) nearest ER [[ORG:garland county regional]] on [[STREET:central ave]] ~10 min.

address if ems needed: [[STREET:2210 e grand ave apt 4]], [[CITY:hot springs]] [[STATE:ar]] [[ZIP:71901]].
pt's mom [[NAME:dee dee colquitt]] lives in [[CITY:malvern]], gf will text her.

called er charge rn [[NAME:kassidy]] 0222, gave report. paged dr [[NAME:okerlund]] 0224 via answering svc [[PHONE:501-624-0090]], called back 0231, will meet pt in ER.
f/u: check in am.
[[NAME:ejw]] rn
""")

note("telephone-c07", "telephone", """
TELEPHONE ENCOUNTER - EMPLOYER / RETURN TO WORK
[[ORG:Ozark Plateau Occupational Medicine]], [[CITY:Rogers]], [[STATE:AR]]     [[DATE:09/05/2024]] 13:25

Caller: [[NAME:Wendolyn]] in HR, [[ORG:Northstar Cold Storage]], [[PHONE:479-751-3300 x214]], [[EMAIL:wendolyn.h@northstarcold.com]]
Re: employee/patient [[NAME:Jinna Lakabung]]     DOB [[DATE:04/19/1990]]     Clinic MRN [[MRN:OPOM-0094418]]
Workers' comp claim [[ACCOUNT:WC-2024-AR-331870]]

HR is asking whether Ms. [[NAME:Lakabung]] can return to full duty on the freezer dock Monday [[DATE:9/9]]. She had a L palm laceration from a pallet strap on [[DATE:8/26]], repaired here (8 sutures), removed [[DATE:9/4]]. HR says the restrictions sheet never arrived and asks us to upload it to their portal, [[URL:northstarcold.leavelink.com/claims]], or fax [[PHONE:479-751-3399]].

Reviewed chart: wound healed, full grip, FDP/FDS intact on [[DATE:9/4]] per Dr. [[NAME:Chance Ohlendorf]]. Okay for full duty with a cut-resistant glove for 2 more weeks; no restriction on cold exposure.

Told caller we need the patient's verbal OK before sharing anything beyond work status. Called patient with a Marshallese phone interpreter ([[NAME:Evangelyn]], agency ID on file) at [[PHONE:479-502-6631]]; she agreed to release work status only and asked whether there is any chance she could get the morning shift while the glove rubs; told her to ask her supervisor, [[NAME:Kobe Lanwi]]. Her husband drives her; she has no car.

Work status form faxed 13:50; confirmation received. Caller notified.
[[NAME:Rhett Pinkerton]], LPN
""", ok=("any chance",))

note("telephone-c08", "telephone", """
TELEPHONE - PRIOR AUTHORIZATION CALL
[[ORG:Smoky Hill Rheumatology]], [[CITY:Abilene]], [[STATE:KS]]     [[DATE:08/14/2025]]

Patient: [[NAME:Amsel, Destinee K.]]     DOB [[DATE:12/01/1987]]     MRN [[MRN:SHR-220719]]
Plan: [[ORG:Cornerstone Plains Health Plan]]     Member ID [[ACCOUNT:CPH9904417203]]     Group [[ACCOUNT:KS-88120]]
Drug: adalimumab-adaz 40 mg/0.4 mL q14 days for psoriatic arthritis

1015 Called the plan's pharmacy PA line, [[PHONE:1-877-604-2219]], option 3. Spoke with [[NAME:Ashlyn]]; call reference [[ACCOUNT:CR-20250814-7731]]. Request was denied [[DATE:8/11]] for step therapy: the plan wants 12 weeks of methotrexate at >= 15 mg/week documented. Explained pt took methotrexate 20 mg weekly from [[DATE:January]] to [[DATE:May 2025]], stopped for ALT 3x ULN, per notes from her prior rheumatologist, Dr. [[NAME:Evadne Rengifo]] at [[ORG:Wichita Bone & Joint]]. Rep says to send those notes with an appeal, or request a peer-to-peer.

1040 Peer-to-peer scheduled; Dr. [[NAME:Halloran-Vick]] spoke with the plan's medical director, Dr. [[NAME:Isidore Quackenbush]], at 1330. Approved for 12 months, auth [[ACCOUNT:PA-5521803]], effective [[DATE:8/14/2025]] through [[DATE:8/13/2026]].

1400 Sent to specialty pharmacy: [[ORG:Prairie Crest Specialty Pharmacy]], [[PHONE:866-713-4402]], fax [[PHONE:866-713-4410]]. Ships to pt's home, [[STREET:817 NW 3rd St]], [[CITY:Abilene]], [[STATE:KS]] [[ZIP:67410]]. Copay card enrollment done online; ID [[ACCOUNT:CCP-70021948]].

1415 Left message for pt at [[PHONE:785-263-0417]] - "your medicine was approved, the pharmacy will call to set up delivery." At her earlier request the approval letter was e-mailed to [[EMAIL:destinee.amsel@flinthillsmail.net]]; the plan had verified her identity with DOB and SSN last 4, [[SSN:7136]]. Injection teaching visit with [[NAME:Marlowe]], RN, to be booked once delivered.

[[NAME:Tressa Voorhees]], CMA, PA coordinator
""")

note("telephone-c09", "telephone", """
TELEPHONE ENCOUNTER - CONFIDENTIAL (minor consent services)
[[ORG:Yellowhouse Teen Health Center]], [[CITY:Lubbock]], [[STATE:TX]]     [[DATE:10/19/2024]] 08:12
*** Do not release to parent/guardian. Do not leave messages on the home number or mom's portal account. ***

Pt: [[NAME:Ihejirika, Jazmine A.]]     Age 17     MRN [[MRN:YTH-000381]]
Called from her own cell: [[PHONE:806-544-0271]] (ok to text "clinic appt" only)

Pt states condom broke last night around 2300 with her boyfriend, [[NAME:Jace]]. LMP [[DATE:10/6]], regular cycles. No other unprotected sex since LMP. No hx of clots, migraines with aura, or smoking. Not on any birth control. Interested in starting something after this.

Advised: levonorgestrel 1.5 mg EC as soon as possible; OTC, no ID needed at any age. She prefers to pick it up at the [[ORG:Walgreens]] on [[STREET:Slide Rd]] before her shift; she works at the [[ORG:Sonic]] on [[STREET:19th St]]. If she cannot get it today, we can give it at the walk-in clinic. Reviewed that EC is less effective for weight > 165 lb; she is 132 lb.

Scheduled confidential visit [[DATE:10/24]] 15:45 (after school - she is a senior at [[ORG:Yellowhouse Canyon High]]) to discuss contraception options, STI testing and Title X self-pay. Visit will be billed through the confidential Title X fund so no EOB goes to her mom's plan.

She asked if [[NAME:Jace]] can come; ok to wait in the lobby.
[[NAME:Yessica Quiroga]], RN
""")

note("telephone-c10", "telephone", """
TELEPHONE ENCOUNTER WITH INTERPRETER
[[ORG:Belle Point Community Clinic]], [[CITY:Ft. Smith]], [[STATE:AR]]     [[DATE:12/16/2024]] 11:30
Interpreter: Spanish, telephonic, [[NAME:Zoraida]] (operator 4471 on the language line)

Patient: [[NAME:Yadiel Rosario Vega]], 4 yo     DOB [[DATE:09/21/2020]]     MRN [[MRN:BPC-60331]]
Caller: mother, [[NAME:Marangely Vega Oquendo]], [[PHONE:479-883-2106]]

Mom is flying with [[NAME:Yadiel]] and his baby sister to [[STATE:Puerto Rico]] on [[DATE:Dec 20]] to stay with his abuela through [[DATE:January 15]] and wants refills of his asthma medicines before they go. Well controlled since the ED visit in [[DATE:October]]: no night cough, albuterol about once a week with play.

Reviewed: fluticasone HFA 44 mcg 2 puffs BID with spacer, albuterol HFA PRN. Sent 90-day supply to [[ORG:Rogers Avenue Pharmacy]] ([[PHONE:479-452-7718]]). Extra spacer and a printed Spanish asthma action plan will be at the front desk today.

Mom asked for the abuela's address to go on the letter for the airline: [[STREET:Calle Betances 14]], [[CITY:Mayagüez]], [[STATE:PR]] [[ZIP:00680]]. Abuela [[NAME:Carmen Iris Oquendo]], [[PHONE:+1 787-834-2209]]. If he needs care there: pediatrician Dr. [[NAME:Nilsa de la Torre Acevedo]] at [[ORG:Centro Pediátrico del Oeste]].

Travel letter and immunization record printed. Mom repeated back the action plan zones through the interpreter.
[[NAME:Maribel Ocasio-Lugo]], RN
""")

if __name__ == "__main__":
    sys.exit(SET.main())
