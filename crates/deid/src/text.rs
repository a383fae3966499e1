//! PHI in free text: patterns with checks (e-mail, URL, IP, SSN, phone, dates, ages over
//! 89, identifiers after their context words, VINs, DEA numbers), name, place and
//! organization recognition from dictionaries with context (titles, labels, relations,
//! credentials, "City, ST"), and clinical eponyms kept out (Parkinson's disease, Apgar
//! score). Detected spans are replaced by a tag (`[NAME]`) or by a consistent surrogate.
//!
//! Offsets are byte offsets inside this module; [`code_points`] converts them for the
//! JSONL interface, whose offsets are Unicode code points into the input.

use regex::Regex;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

/// The kinds of PHI the scanner finds (HIPAA 164.514(b)(2)(i)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PhiType {
    Name,
    Date,
    Age,
    Phone,
    Email,
    Ssn,
    Mrn,
    Account,
    License,
    Vehicle,
    Device,
    Url,
    Ip,
    Street,
    City,
    State,
    Zip,
    Org,
}

impl PhiType {
    pub const ALL: [PhiType; 18] = [
        PhiType::Name,
        PhiType::Date,
        PhiType::Age,
        PhiType::Phone,
        PhiType::Email,
        PhiType::Ssn,
        PhiType::Mrn,
        PhiType::Account,
        PhiType::License,
        PhiType::Vehicle,
        PhiType::Device,
        PhiType::Url,
        PhiType::Ip,
        PhiType::Street,
        PhiType::City,
        PhiType::State,
        PhiType::Zip,
        PhiType::Org,
    ];

    /// The tag written in output and the `type` of the JSONL interface.
    pub fn as_str(self) -> &'static str {
        match self {
            PhiType::Name => "NAME",
            PhiType::Date => "DATE",
            PhiType::Age => "AGE",
            PhiType::Phone => "PHONE",
            PhiType::Email => "EMAIL",
            PhiType::Ssn => "SSN",
            PhiType::Mrn => "MRN",
            PhiType::Account => "ACCOUNT",
            PhiType::License => "LICENSE",
            PhiType::Vehicle => "VEHICLE",
            PhiType::Device => "DEVICE",
            PhiType::Url => "URL",
            PhiType::Ip => "IP",
            PhiType::Street => "STREET",
            PhiType::City => "CITY",
            PhiType::State => "STATE",
            PhiType::Zip => "ZIP",
            PhiType::Org => "ORG",
        }
    }

    pub fn parse(s: &str) -> Option<PhiType> {
        PhiType::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// When two findings overlap, the more specific one wins.
    fn priority(self) -> u8 {
        match self {
            PhiType::Email | PhiType::Url => 0,
            PhiType::Ip | PhiType::Ssn => 1,
            PhiType::Phone => 2,
            PhiType::Date => 3,
            PhiType::Mrn
            | PhiType::Account
            | PhiType::License
            | PhiType::Vehicle
            | PhiType::Device => 4,
            PhiType::Street => 5,
            PhiType::Zip | PhiType::Age => 6,
            PhiType::Org => 7,
            PhiType::Name => 8,
            PhiType::City => 9,
            PhiType::State => 10,
        }
    }
}

/// One finding: `text[start..end]` (bytes) is PHI of type `ty`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub ty: PhiType,
}

pub(crate) struct Dicts {
    pub(crate) first: HashSet<&'static str>,
    pub(crate) surnames: HashSet<&'static str>,
    pub(crate) stop: HashSet<&'static str>,
    pub(crate) eponyms: HashSet<&'static str>,
    pub(crate) cities: HashSet<&'static str>,
    pub(crate) states: HashMap<&'static str, &'static str>,
    pub(crate) state_codes: HashSet<String>,
    pub(crate) org_words: HashSet<&'static str>,
    pub(crate) countries: HashSet<String>,
    /// Provinces, states and regions outside the US (`data/world-regions.txt`). Not a
    /// tagger feature: the shipped model's lists are the others.
    pub(crate) regions: HashSet<&'static str>,
}

fn words(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(|l| l.split('\t').next().unwrap_or(""))
        .filter(|w| !w.is_empty())
}

pub(crate) fn dicts() -> &'static Dicts {
    static D: OnceLock<Dicts> = OnceLock::new();
    D.get_or_init(|| {
        let states: HashMap<&'static str, &'static str> = include_str!("../data/us-states.txt")
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .collect();
        Dicts {
            first: words(include_str!("../data/first-names.txt")).collect(),
            surnames: words(include_str!("../data/surnames.txt")).collect(),
            stop: words(include_str!("../data/clinical-stopwords.txt")).collect(),
            eponyms: words(include_str!("../data/clinical-eponyms.txt")).collect(),
            cities: words(include_str!("../data/us-cities.txt")).collect(),
            state_codes: states.values().map(|c| c.to_ascii_uppercase()).collect(),
            states,
            org_words: words(include_str!("../data/health-org-words.txt")).collect(),
            countries: words(include_str!("../data/countries.txt"))
                .map(str::to_lowercase)
                .collect(),
            regions: words(include_str!("../data/world-regions.txt"))
                .filter(|w| !w.starts_with('#'))
                .collect(),
        }
    })
}

struct Patterns {
    email: Regex,
    url: Regex,
    ip: Regex,
    ipv6: Regex,
    postal_ca: Regex,
    holiday: Regex,
    ssn: Regex,
    state_before: Regex,
    phone: Regex,
    dates: Vec<Regex>,
    short_date: Regex,
    age: Regex,
    context_id: Regex,
    mixed_id: Regex,
    dea: Regex,
    vin: Regex,
    long_number: Regex,
    street: Regex,
    street_lower: Regex,
    street_named: Regex,
    plate: Regex,
    initials: Regex,
    store_on: Regex,
    lower_state_zip: Regex,
    lower_patient: Regex,
    town_after: Regex,
    street_abroad: Regex,
    town_before_code: Regex,
    unit: Regex,
    zip: Regex,
    word: Regex,
}

const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

/// A unit after a street address ("Apt 4B", ", Suite 140", ", Dock 6").
const UNIT: &str = r"(?:,?\s+(?i:Apt|Apartment|Unit|Suite|Ste|Bldg|Building|Dock|Lot|Floor|Fl|Rm|Room|Trlr|#)\.?\s*#?\w+)?";
/// A unit before a street address ("Unit 4 - 1185 Gladwin Cres", "Cabin 12, 4410
/// Summitview Ext").
const UNIT_FIRST: &str = r"(?:(?i:Unit|Apt|Suite|Cabin|Trailer|Space|Flat)\s*\w+\s*[-–,]\s*)?";
/// Words that make a lower-case "number, words, suffix" a distance or a time, not a
/// street ("2 days on the road").
const NOT_STREET_WORDS: &[&str] = &[
    "the", "a", "an", "on", "to", "of", "in", "at", "for", "with", "and", "or", "by", "per",
    "from", "his", "her", "their", "my", "your", "day", "days", "week", "weeks", "hour", "hours",
    "hr", "hrs", "min", "mins", "minute", "minutes", "mile", "miles", "year", "years", "time",
    "times", "block", "blocks", "more", "other", "same", "mg", "units", "ml",
];

/// Month names, as written in full.
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// Capitalized words (besides month names) that never start a street's name.
const NOT_STREET_NAMES: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "The",
    "This",
    "That",
    "He",
    "She",
    "They",
    "We",
    "I",
];

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let r = |s: &str| Regex::new(s).expect("scanner pattern");
        Patterns {
            email: r(r"(?-u:\b)[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}(?-u:\b)"),
            url: r(r"(?i)(?-u:\b)(?:https?://|www\.)[^\s<>\x22')\]]+|(?i)(?-u:\b)(?:[a-z0-9\-]+\.)*[a-z0-9][a-z0-9\-]{2,}\.(?:com|org|net|edu|gov|us|io|info|health|care|app|biz|me|co)(?:/[^\s<>\x22')\]]*)?(?:(?-u:\b)|$)|\\\\[A-Za-z0-9_.\-]+(?:\\[^\s\\<>\x22]+)+"),
            ip: r(r"(?-u:\b)(?:\d{1,3}\.){3}\d{1,3}(?-u:\b)"),
            ipv6: r(r"(?i)(?-u:\b)[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}(?-u:\b)"),
            postal_ca: r(r"(?-u:\b)[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[ABD-HJLNP-UW-Z]{2}(?-u:\b)|(?-u:\b)[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d(?-u:\b)"),
            holiday: r(r"(?-u:\b)(?:Christmas(?: Eve| Day)?|Thanksgiving(?: Day)?|New Year['’]s(?: Eve| Day)?|Easter(?: Sunday)?|Independence Day|Fourth of July|July 4th|Memorial Day|Labor Day|Veterans Day|Halloween|Valentine['’]s Day|Mother['’]s Day|Father['’]s Day)(?-u:\b)"),
            ssn: r(r"(?-u:\b)\d{3}-\d{2}-\d{4}(?-u:\b)|(?i:(?-u:\b)(?:ssn|social security(?: number| no\.?)?|ss#)\s*(?:\(last\s*4\)|ending(?:\s+in)?|last\s*(?:4|four)(?:\s+digits)?)?\s*[:#,]?\s*(?:x{3}-?x{2}-?)?|(?-u:\b)last\s*4\s*:\s*)(\d{9}|\d{4})(?-u:\b)|(?i:(?-u:\b)last\s+(?:4|four)(?:\s+digits)?\s*[(:]\s*)(\d{4})(?-u:\b)|(?i:(?-u:\b)aadhaa?r(?:\s*(?:no\.?|number|#))?\s*[:#]?\s*)(\d{4}\s?\d{4}\s?\d{4})(?-u:\b)|(?-u:\b)(?:SIN|NINO?)\s*[:#]?\s*(\d{3}[ \-]?\d{3}[ \-]?\d{3})(?-u:\b)|(?-u:\b)C\.?C\.?\s*(\d{1,3}(?:\.\d{3}){2,3})(?-u:\b)"),
            state_before: r(r"(?-u:\b)([A-Z]{2})[ \t]+(?:DL|[Dd]river'?s licen[cs]e|licen[cs]e|lic\.|Medicaid|FamilyCare|Medi-Cal)(?-u:\b)"),
            phone: r(r"(?:\+?1[\s.\-]?)?(?:\(\d{3}\)\s?|(?-u:\b)\d{3}[\s.\-])\d{3}[\s.\-]\d{4}(?-u:\b)(?:\s*(?:x|ext\.?)\s*\d{1,5})?|\+\d{1,3}(?:[\s.\-]\d{1,4}){2,5}(?-u:\b)|\(0\d\)[ \t]?\d{4}[ \t]?\d{4}(?-u:\b)|(?-u:\b)0\d[ \t]\d{4}[ \t]\d{4}(?-u:\b)|(?-u:\b)04\d{2}[ \t]?\d{3}[ \t]?\d{3}(?-u:\b)"),
            dates: vec![
                r(r"(?-u:\b)\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?(?-u:\b)"),
                r(r"(?-u:\b)\d{4}/\d{1,2}/\d{1,2}(?-u:\b)"),
                r(&format!(r"(?i)(?-u:\b)\d{{1,2}}[\-/ ]{MONTH}[\-/ ]\d{{2,4}}(?-u:\b)")),
                r(&format!(r"(?i)(?-u:\b){MONTH}\.?\s+\d{{1,2}}\s*[-–]\s*\d{{1,2}}(?-u:\b)")),
                r(r"(?-u:\b)\d{1,2}[/\-.]\d{1,2}[/\-.](?:\d{4}|\d{2})(?-u:\b)"),
                r(&format!(r"(?i)(?-u:\b){MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?-u:\b)")),
                r(&format!(r"(?i)(?-u:\b)\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\.?(?:,?\s+\d{{4}})?(?-u:\b)")),
                r(&format!(r"(?i)(?-u:\b){MONTH}\.?,?\s+\d{{4}}(?-u:\b)")),
                r(r"(?-u:\b)(?:0?[1-9]|1[0-2])/\d{4}(?-u:\b)"),
                r(r"(?-u:\b)\d{4}-(?:0[1-9]|1[0-2])(?-u:\b)"),
                // "8 de agosto de 1979", "enero de 2024", "17 de mayo".
                r(r"(?-u:\b)(?:\d{1,2}[ \t]+de[ \t]+(?:[Ee]nero|[Ff]ebrero|[Mm]arzo|[Aa]bril|[Mm]ayo|[Jj]unio|[Jj]ulio|[Aa]gosto|[Ss]ept?iembre|[Oo]ctubre|[Nn]oviembre|[Dd]iciembre)(?:[ \t]+del?[ \t]+\d{4})?|(?:[Ee]nero|[Ff]ebrero|[Mm]arzo|[Aa]bril|[Mm]ayo|[Jj]unio|[Jj]ulio|[Aa]gosto|[Ss]ept?iembre|[Oo]ctubre|[Nn]oviembre|[Dd]iciembre)[ \t]+(?:del?[ \t]+)?\d{4})(?-u:\b)"),
                // "2024年5月13日", "昭和7年11月3日".
                r(r"(?:明治|大正|昭和|平成|令和)?\d{1,4}年\d{1,2}月(?:\d{1,2}日)?"),
            ],
            short_date: r(r"(?-u:\b)(\d{1,2})/(\d{1,2})(?-u:\b)"),
            age: r(r"(?i)(?-u:\b)(?:age[ds]?\s*:?\s*|aged\s+|(?:who|she|he|pt|patient|mom|mother|dad|father|husband|wife|grandmother|grandfather|grandma|grandpa)\s+(?:is|was)\s+(?:now\s+)?|(?:turn|turns|turned|turning)\s+)(9\d|1[01]\d)(?-u:\b)|(?-u:\b)(9\d|1[01]\d)(?:\s*|-)(?:y/?o(?-u:\b)|yo(?-u:\b)|y\.o\.|yrs?(?-u:\b)|years?(?-u:\b)|year-old|Y(?-u:\b)|M(?-u:\b)|F(?-u:\b))"),
            context_id: r(r"(?i)(?-u:\b)(license plate|plate|vin|serial(?: number| no\.?)?|s/n|sn|device(?: id)?|transmitter(?: id)?|udi|lot|mrn|mr|medical record(?: number| no\.?)?|record|chart|accession|acc|patient id|pt id|student(?: health)? id|hospital number|hosp|clinic(?: no\.?| number)?|account|acct|billing|member(?: id)?|policy|group|subscriber(?: id)?|claim|authori[sz]ation|auth|reference|ref|mbi|medicare|medicaid|insurance id|plan id|phin|health card|care card|health number|ohip|hcn|confirmation|id|license|licence|lic|dea|npi|certificate|cert|registration|ssn)(?-u:\b)(?:\s*(?:number|no\.?|num|#|id))?\s*[:#]?\s*(?-i:([A-Z0-9]+(?:[\- ][A-Z0-9]*\d[A-Z0-9]*)*))(?-u:\b)"),
            mixed_id: r(r"(?-u:\b)[A-Z0-9][A-Z0-9\-]{4,}[A-Z0-9](?-u:\b)"),
            dea: r(r"(?-u:\b)[A-Z]{2}\d{7}(?-u:\b)"),
            vin: r(r"(?-u:\b)[A-HJ-NPR-Z0-9]{17}(?-u:\b)"),
            long_number: r(r"(?-u:\b)\d{7,}(?-u:\b)"),
            street: r(&format!(
                r"(?i:(?-u:\b)P\.?\s?O\.?\s+Box\s+\d+)|{UNIT_FIRST}(?-u:\b)(?:(?:No|Plot|Km|Survey No|House No|Door No|Shop)\.?[ \t]*)?(?:[NSEW]\d{{1,5}}[ \t]+)?[NSEW]?\d{{1,6}}(?:/\d{{1,4}})?,?[ \t]+(?:(?:[NS][EW]|[NSEW]\.?)[ \t]+)?(?:(?:\p{{Lu}}[\p{{L}}'\-]*|\d{{1,3}}(?:st|nd|rd|th))[ \t]+){{1,4}}(?i:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Plaza|Ter|Terr|Terrace|Hwy|Highway|Pkwy|Parkway|Cir|Circle|Sq|Square|Trl|Trail|Loop|Row|Pike|Run|Crossing|Path|Walk|Alley|Cres|Crescent|Cove|Bend|Hollow|Mews|Close|Ext|Parade|Esplanade)(?-u:\b)\.?(?:\s+(?:N|S|E|W|NE|NW|SE|SW)(?-u:\b))?{UNIT}|(?-u:\b)\d{{1,6}},?\s+(?:[NSEW]\.?\s+)?(?i:rue|calle|avenida|via|chemin|boulevard|paseo|camino)\s+(?:\p{{Lu}}[\p{{L}}'\-]*[\s\-]?|(?:de|del|la|las|los|des|du)\s+){{1,5}}{UNIT}|(?-u:\b)(?:Calle|Avenida|Camino|Paseo)\s+(?:\p{{Lu}}[\p{{L}}'\-]*\s+|(?:de|del|la|las|los)\s+){{1,4}}\d{{1,5}}(?-u:\b)|(?-u:\b)\d{{1,6}}\s+Avenue of the\s+\p{{Lu}}[\p{{L}}'\-]*{UNIT}|(?-u:\b)(?:\d{{1,6}}\s+)?(?:State (?:Route|Rte|Road|Hwy|Highway)|County (?:Road|Rd|Route|Hwy)|Co\.? Rd\.?|Township (?:Road|Rd)|Twp Rd|Farm to Market Road|FM|US (?:Hwy|Highway|Route)|Hwy|Highway|Route|Rte|(?i:hwy))\s*\d{{1,4}}[A-Z]?(?-u:\b)(?:\s+(?:Rd|Road)(?-u:\b))?(?:\s+(?:[NS][EW]|[NSEW])(?-u:\b))?{UNIT}|(?i:(?-u:\b)(?:rural route|rr|hc)\s*\d{{1,3}},?\s+box\s+\d+[a-z]?(?-u:\b))"
            )),
            street_lower: r(r"(?-u:\b)\d{2,6}\s+(?:(?:[nsew]|north|south|east|west)\.?\s+)?((?:[a-z]+\s+|\d{1,3}(?:st|nd|rd|th)\s+){1,2})(?:st|street|rd|road|ave|avenue|ln|lane|blvd|pkwy|hwy)\.?(?-u:\b)(?:,?\s+(?:apt|unit|ste|#)\.?\s*#?\w+)?"),
            street_named: r(r"(?i:(?-u:\b)(?:on|off|onto|along|near|down|up|at|to|of)\s+(?:the\s+)?)((?:\p{Lu}[\p{L}'\-]*\s+){1,3}(?:Rd|Road|Ave|Avenue|Blvd|Boulevard|Ln|Lane|Pkwy|Parkway|Hwy|Highway|Street|Pike|Trl|Cres)(?-u:\b)(?:\s+(?:[NS][EW]|[NSEW])(?-u:\b))?|\d{1,3}(?:st|nd|rd|th)\s+(?:St|Street|Ave|Avenue)(?-u:\b)(?:\s+(?:[NS][EW]|[NSEW])(?-u:\b))?)"),
            plate: r(r"(?i:(?-u:\b)(?:license plate|plate|tag|registration)(?:\s*(?:number|no\.?|#))?\s*[:#,]?\s*)((?:[A-Z]{2}\s+)?[A-Z0-9]{1,4}[\- ]?[A-Z0-9]{2,4}(?:[\- ][A-Z]{1,3})?)(?-u:\b)"),
            // A signer's initials: `transcribed by kt`, `KAO/jlw` or `/mlq` ending a line,
            // a line `-krs`, `- pq`, `-- jmk, RN`, `cjb rn`, `Tech: cfl`, `RN kjm`
            // (`initials`).
            initials: r(concat!(
                r"(?i:(?-u:\b)(?:transcribed|typed|dictated|scribed)(?:[ \t]+by)?[ \t]+)([a-z]{2,4}|[A-Z]{2,4})(?-u:\b)",
                r"|(?m:(?:^|[ \t])([A-Z]{2,4})?/[ \t]?([a-z]{2,4})[ \t]*$)",
                r"|(?m:(?:^|[ \t])(-{1,2})[ \t]?([a-z]{2,4}|[A-Z]{2,4}),?([ \t]+(?i:rn|lpn|lvn|np|cna|aprn|crna|msw|lcsw|pa-c|rrt))?[ \t]*$)",
                r"|(?m:(?:^|[ \t])([a-z]{2,4}|[A-Z]{2,4}),?[ \t]+(?i:rn|lpn|lvn|np|cna|aprn|crna|msw|lcsw|pa-c|rrt)[ \t]*$)",
                r"|(?i:(?-u:\b)(?:tech|technologist|sonographer|scribe|transcriptionist|counselor)[ \t]*:?[ \t]+)([a-z]{2,4}|[A-Z]{2,4})(?-u:\b)",
                r"|(?-u:\b)(?:RN|LPN)[ \t]+([a-z]{2,3})(?:[.,;]|(?m:[ \t]*$))",
                // "- r. moe-skjelbred rn", "m. coady lpn / mjc", "t. anyaoha pgy-3": a
                // signer in lower case, initial and surname, before a credential.
                r"|(?m:(?:^|[ \t])(?:-{1,2}|—)?[ \t]?([a-z]\.[ \t]?[a-z][a-z'\-]{2,}),?[ \t]+(?:rn|lpn|lvn|np|cna|aprn|md|do|pa-c|msw|rrt|pgy-?\d)(?-u:\b))",
            )),
            // A place named by the street it is on: "at the Walgreens on Slide Rd",
            // "behind the Kum & Go on 6th Ave" (`store_on`).
            store_on: r(r"(?-u:\b)(?:at|to|from|behind|near|by|outside|in) the ((?:\p{Lu}[\p{L}'’]*(?: & | ))?\p{Lu}[\p{L}'’]*) on (\p{Lu}\p{L}+|\d{1,3}(?:st|nd|rd|th))(?-u:\b)"),
            // "sparta tn 38583": a state code in lower case before a ZIP code
            // (`lower_towns`).
            lower_state_zip: r(r"(?-u:\b)([a-z]{2})[ \t]+\d{5}(?:-\d{4})?(?-u:\b)"),
            // "pt: alvena pennock   dob 4/19/41", "caller boone haskew 58m": a name in
            // lower case after a patient's or caller's label, before a birth date or an
            // age and sex.
            lower_patient: r(r"(?i:(?-u:\b)(?:pt|patient|caller|name|re)(?-u:\b):?[ \t]+(?:pt:?[ \t]+)?)([a-z][a-z'\-]+(?:[ \t][a-z][a-z'\-]+){1,2}),?[ \t]+(?:dob|d\.o\.b|\d{1,3}[ \t]?(?:y|yo|m|f)(?-u:\b))"),
            zip: r(r"(?-u:\b)\d{5}(?:-\d{4})?(?-u:\b)"),
            // Streets written the way other countries write them, name before number:
            // "Habsburgerstraße 63", "Am Kräherwald 7a", "ul. Długa 17/4", "Av. Acueducto
            // 1530, int. 4".
            street_abroad: r(r"(?:\p{Lu}[\p{L}\-]*(?:straße|strasse|gasse|platz|allee)|(?:Am|Im|An der|Auf der|In der|Zum|Zur)[ \t]+\p{Lu}[\p{L}\-]+|(?-u:\b)(?:ul|al|Av|Avda|Jl)\.[ \t]*\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+){0,3})[ \t]+\d{1,5}(?:/\d{1,4})?[a-z]?(?-u:\b)(?:,[ \t]*(?:int|app|apt|piso|depto)\.?[ \t]*\d{1,4}[A-Za-z]?(?-u:\b))?"),
            town_before_code: r(r"(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?),?[ \t]+([A-Z]{1,2}\d[A-Z\d]?[ \t]\d[ABD-HJLNP-UW-Z]{2}(?-u:\b))|,[ \t]*(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)[ \t]+[-–][ \t]+(\d{6})(?-u:\b)"),
            // Military units and police districts: "2-447th Aviation Regiment", "3rd
            // Battalion", "Philadelphia Police 24th District".
            unit: r(r"(?-u:\b)(?:\d{1,2}-)?\d{1,3}(?:st|nd|rd|th)[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+){0,2}(?:Battalion|Regiment|Brigade|Division|Infantry|Marines|Squadron|Cavalry|Artillery|Airborne|Engineers|Fleet|Precinct|District)(?-u:\b)"),
            town_after: r(r"^,[ \t]*(\p{Lu}[\p{Ll}'\-]+(?: \p{Lu}[\p{Ll}'\-]+){0,2})(?:[ \t]*[,\n.]|$)"),
            word: r(r"\p{L}[\p{L}\p{M}'’\-]*\.?"),
        }
    })
}

/// A hospital's or clinic's acronym: three to six capitals ending in a facility's
/// letters (`CBRMC`, `SJRMC`, `SWPRH`, `LCH`, `KDHC`: regional or medical center,
/// hospital, health center), but not the councils, services and abbreviations that end
/// the same way (`GMC`, `PMH`, `THC`) or words in capitals (`MUCH`).
fn hospital_acronym(w: &str) -> bool {
    const ENDS: [&str; 6] = ["RMC", "MC", "RH", "MH", "CH", "HC"];
    const NOT: [&str; 8] = ["GMC", "PMH", "THC", "USMC", "UPMC", "EMC", "CMH", "MCH"];
    (3..=6).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_uppercase())
        // No vowel after the first letter: not a word in capitals (`MUCH`, `STOMACH`).
        && !w.bytes().skip(1).any(|b| b"AEIOU".contains(&b))
        && ENDS.iter().any(|e| w.ends_with(e))
        && !NOT.contains(&w)
}

/// Short words that look like a signer's initials but are clinical abbreviations.
const NOT_INITIALS: &[&str] = &[
    "ok", "npo", "prn", "bid", "tid", "qid", "qd", "qhs", "stat", "iv", "po", "im", "sq", "sc",
    "dc", "wnl", "nad", "neg", "pos", "nkda", "nka", "tbd", "fyi", "asap", "na", "pt", "pts", "rn",
    "md", "do", "np", "pa", "ct", "mri", "mr", "us", "xr", "rt", "er", "ed", "icu", "or", "cxr",
    "ekg", "ecg", "abg", "bmp", "cbc", "cmp", "lol", "thx", "ty", "pls", "hpi", "ros", "pmh",
    "psh", "ap", "plan", "afeb", "vss", "sob", "cp", "abd", "ext", "gen", "neuro", "heent", "cv",
    "resp", "gi", "gu", "msk", "skin", "psych", "labs", "meds", "dx", "tx", "hx", "rx", "sx", "fx",
    "bp", "hr", "rr", "spo", "temp", "wt", "ht", "bmi", "mg", "ml", "kg", "cm", "mm", "hrs", "min",
    "sec", "wk", "wks", "mo", "mos", "yr", "yrs", "am", "pm", "noc", "eod", "pcp", "ent", "obgyn",
    "ob", "gyn", "peds", "tbi", "uti", "uri", "copd", "chf", "cad", "htn", "dm", "ckd", "esrd",
    "afib", "dvt", "pe", "mi", "cva", "tia", "gerd", "bph", "oa", "ra", "sle", "by", "for", "at",
    "and", "to", "the", "in", "on", "of", "is", "was", "per", "re", "via", "cc", "bc", "also",
    "his", "her", "him", "she", "he", "it", "we", "me", "my", "our", "you", "so", "as", "if", "an",
    "be", "no", "not", "yes", "up", "out", "off", "all", "now", "has", "had", "who", "will", "can",
    "may", "did", "does", "note", "this", "that", "with",
];

/// Abbreviations inside organization names, whose period ends no sentence.
const ABBREVIATIONS: &[&str] = &[
    "st", "mt", "ft", "dr", "jr", "sr", "co", "inc", "ltd", "corp", "bros", "assn", "ave", "univ",
    "med", "ctr", "hosp", "dept",
];

/// Lower-case particles inside a name ("de la Cruz", "van der Berg").
const PARTICLES: &[&str] = &[
    "de", "la", "del", "della", "van", "von", "der", "den", "da", "di", "du", "le", "bin", "ibn",
    "al", "el", "dos", "das", "ap", "ab",
];

/// Words that mark what follows as a person's name.
const NAME_LABELS: &[&str] = &[
    "patient",
    "paciente",
    "nombre",
    "pt",
    "name",
    "resident",
    "caller",
    "attending",
    "ordering",
    "attn",
    "re",
    "signed",
    "by",
    "cc",
    "to",
    "from",
    "provider",
    "pcp",
    "referring",
    "np",
    "rn",
    "lpn",
    "pa",
    "md",
    "nurse",
    "physician",
    "surgeon",
    "radiologist",
    "dictated",
    "transcribed",
    "author",
    "contact",
    "guardian",
    "emergency",
    "spoke",
    "with",
    "per",
    "called",
    "dear",
    "sonographer",
    "technologist",
    "tech",
    "therapist",
    "interpreter",
    "pharmacist",
    "dietitian",
    "witness",
    "worker",
    "reviewer",
    "requester",
    "claimant",
    "insured",
    "employee",
    "student",
    "client",
    "member",
    "subscriber",
    "mother",
    "father",
    "parent",
    "rep",
    "representative",
    "agent",
    "adjuster",
    "caseworker",
    "manager",
    "supervisor",
];
const RELATIONS: &[&str] = &[
    "son",
    "daughter",
    "wife",
    "husband",
    "mother",
    "father",
    "brother",
    "sister",
    "friend",
    "partner",
    "caregiver",
    "niece",
    "nephew",
    "grandson",
    "granddaughter",
    "aunt",
    "uncle",
    "mom",
    "dad",
    "spouse",
    "fiancé",
    "fiance",
    "boyfriend",
    "girlfriend",
    "neighbor",
    "stepson",
    "stepdaughter",
    "cousin",
    "grandmother",
    "grandfather",
    "roommate",
    "parents",
    "sons",
    "daughters",
    "children",
    "grandparents",
    "sisters",
    "brothers",
];
/// Roles a name follows, after a space or a comma ("Case manager Yatziri Barrientos",
/// "our chaplain, Haugstad").
const ROLES: &[&str] = &[
    "manager",
    "coordinator",
    "steward",
    "detective",
    "sergeant",
    "deputy",
    "trooper",
    "chaplain",
    "landlord",
    "landlady",
    "interpreter",
    "translator",
    "caseworker",
    "counselor",
    "counsellor",
    "specialist",
    "navigator",
    "advocate",
    "sponsor",
    "foreman",
    "supervisor",
    "teacher",
    "coach",
    "pastor",
    "priest",
    "rabbi",
    "imam",
    "doula",
    "midwife",
    "attorney",
    "lawyer",
    "officer",
    "neighbour",
    "neighbor",
    "neighbours",
    "neighbors",
    "aide",
    "security",
    "guard",
];

/// Languages an interpreter is named by ("Interpreter (Spanish)"): not a name after a role.
const LANGUAGES: &[&str] = &[
    "spanish",
    "vietnamese",
    "somali",
    "arabic",
    "mandarin",
    "cantonese",
    "chinese",
    "korean",
    "russian",
    "portuguese",
    "french",
    "haitian",
    "creole",
    "tagalog",
    "filipino",
    "marshallese",
    "chuukese",
    "punjabi",
    "hindi",
    "urdu",
    "bengali",
    "farsi",
    "persian",
    "dari",
    "pashto",
    "amharic",
    "tigrinya",
    "oromo",
    "swahili",
    "nepali",
    "burmese",
    "karen",
    "hmong",
    "lao",
    "khmer",
    "polish",
    "ukrainian",
    "german",
    "italian",
    "japanese",
    "navajo",
    "ilocano",
    "samoan",
    "tongan",
    "asl",
    "sign",
    "inuktitut",
    "inuinnaqtun",
    "cree",
    "ojibwe",
    "yoruba",
    "igbo",
    "hausa",
    "turkish",
    "greek",
    "hebrew",
    "mam",
    "k'iche'",
    "mixteco",
    "mixtec",
    "triqui",
    "zapotec",
    "zapoteco",
    "albanian",
    "armenian",
    "bosnian",
    "serbian",
    "croatian",
    "romanian",
    "gujarati",
    "tamil",
    "telugu",
    "malayalam",
    "thai",
    "indonesian",
    "malay",
    "english",
];

const TITLES: &[&str] = &[
    "dr",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "prof",
    "sr",
    "sister",
    "father",
    "pastor",
    "bishop",
    "rabbi",
    "reverend",
    "rev",
    "chaplain",
    "officer",
    "detective",
    "judge",
    "deputy",
    "sgt",
    "coach",
    "imam",
];
const CREDENTIALS: &[&str] = &[
    "md",
    "do",
    "rn",
    "lpn",
    "np",
    "pa",
    "pa-c",
    "phd",
    "msw",
    "lcsw",
    "crna",
    "dnp",
    "aprn",
    "fnp",
    "bsn",
    "mph",
    "pharmd",
    "rph",
    "dds",
    "dpt",
    "pt",
    "ot",
    "slp",
    "cna",
    "ma",
    "facp",
    "facs",
    "wcc",
    "cnm",
    "rd",
    "ld",
    "otr",
    "ccc-slp",
    "rrt",
    "rdms",
    "rt",
    "rvt",
    "cma",
    "emt",
    "paramedic",
    "scribe",
    "frcs",
    "mbbs",
    "mrcp",
    "frcp",
    "frcpc",
    "mbchb",
    "ms",
    "mba",
    "jd",
    "esq",
    "faap",
    "facog",
    "facc",
    "od",
    "fnp-c",
    "anp",
    "acnp",
    "pmhnp",
    "cpnp",
    "whnp",
    "cnp",
    "cns",
    "lmft",
    "lpc",
    "lcpc",
    "lmhc",
    "psyd",
    "dmd",
    "aud",
    "ibclc",
    "cdces",
];
/// Words after an eponym that make it clinical, not a person.
const CLINICAL_AFTER: &[&str] = &[
    "disease",
    "syndrome",
    "sign",
    "signs",
    "palsy",
    "score",
    "scale",
    "test",
    "catheter",
    "lymphoma",
    "procedure",
    "maneuver",
    "manoeuvre",
    "fracture",
    "reflex",
    "pouch",
    "diverticulum",
    "diverticulitis",
    "phenomenon",
    "criteria",
    "classification",
    "grade",
    "stage",
    "tube",
    "operation",
    "repair",
    "ulcer",
    "node",
    "nodes",
    "law",
    "triad",
    "disorder",
    "cyst",
    "angle",
    "space",
    "tumor",
    "tumour",
    "anomaly",
    "line",
    "lines",
    "position",
    "rule",
    "rules",
    "index",
    "effect",
    "incision",
    "esophagus",
    "body",
    "bodies",
    "contracture",
    "duct",
    "cell",
    "cells",
    "shunt",
    "needle",
    "dressing",
    "solution",
    "balloon",
    "stockings",
    "mask",
    "blade",
    "forceps",
    "retractor",
    "valve",
    "ring",
    "method",
    "technique",
    "type",
    "protocol",
    "classification",
    "coma",
];

/// The scanner, with its patterns and dictionaries loaded once, and the learned tagger
/// ([`crate::tagger`]) whose findings are added to the rules' (where they overlap, the
/// longer wins, then the more specific).
pub struct Scanner {
    _p: &'static Patterns,
    tagger: Option<&'static crate::tagger::Tagger>,
}

impl Default for Scanner {
    fn default() -> Self {
        Scanner::new()
    }
}

#[derive(Clone, Copy)]
struct Tok<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    /// `bare()` in lower case, computed once per scan (the rules ask for it often).
    lower: &'a str,
}

impl Tok<'_> {
    fn bare(&self) -> &str {
        self.text.trim_end_matches('.')
    }
    fn lower(&self) -> &str {
        self.lower
    }
    /// The word ends a sentence: a period after it that is not an abbreviation's
    /// ("… Eve. Works at …"; "St." and "Mt." end nothing).
    fn ends_sentence(&self) -> bool {
        self.text.ends_with('.')
            && self.bare().chars().count() >= 3
            && !ABBREVIATIONS.contains(&self.lower().trim_end_matches('.'))
    }
    fn capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
    fn all_caps(&self) -> bool {
        self.bare().chars().filter(|c| c.is_alphabetic()).count() > 1
            && !self.bare().chars().any(char::is_lowercase)
    }
    fn initial(&self) -> bool {
        let b = self.text.as_bytes();
        b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.'
    }
}

/// Census-style key of a surname (O'Brien → obrien).
fn name_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .map(fold_accent)
        .collect()
}

/// The unaccented letter for common Latin accented letters (José → jose).
pub(crate) fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ī' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

impl Scanner {
    /// The rules and the shipped tagger model.
    pub fn new() -> Scanner {
        Scanner::with_tagger(Some(crate::tagger::shipped()))
    }

    /// The rules alone (to measure what the tagger adds).
    pub fn rules_only() -> Scanner {
        Scanner::with_tagger(None)
    }

    /// The rules and `tagger` (a site's own model, say), or the rules alone.
    pub fn with_tagger(tagger: Option<&'static crate::tagger::Tagger>) -> Scanner {
        let _ = dicts();
        Scanner {
            _p: patterns(),
            tagger,
        }
    }

    /// The PHI in `text`, as non-overlapping byte spans in order.
    pub fn scan(&self, text: &str) -> Vec<Span> {
        let p = patterns();
        let d = dicts();
        let mut c: Vec<Span> = Vec::new();
        let mut add = |start: usize, end: usize, ty: PhiType| {
            if start < end {
                c.push(Span { start, end, ty })
            }
        };
        for m in p.email.find_iter(text) {
            add(m.start(), m.end(), PhiType::Email);
        }
        for m in p.url.find_iter(text) {
            let s = m.as_str().trim_end_matches(['.', ',', ';', ':']);
            add(m.start(), m.start() + s.len(), PhiType::Url);
        }
        for m in p.ip.find_iter(text) {
            if m.as_str()
                .split('.')
                .all(|o| o.parse::<u16>().is_ok_and(|v| v <= 255))
            {
                add(m.start(), m.end(), PhiType::Ip);
            }
        }
        for m in p.ipv6.find_iter(text) {
            // Only what parses as an IPv6 address (not a time like 12:30:45).
            if m.as_str().parse::<std::net::Ipv6Addr>().is_ok() {
                add(m.start(), m.end(), PhiType::Ip);
            }
        }
        for m in p.postal_ca.find_iter(text) {
            add(m.start(), m.end(), PhiType::Zip);
        }
        // Passes whose every pattern needs a digit skip strings without one: most short
        // strings of a FHIR resource (a code's display, a name) have none.
        let has_digit = text.bytes().any(|b| b.is_ascii_digit());
        // "Bredbury SK6 2SN", "Pontardawe, SA8 4HP", "Lucknow - 226010": the town before
        // a British postcode or an Indian PIN code.
        if has_digit {
            for cap in p.town_before_code.captures_iter(text) {
                if let (Some(town), Some(code)) =
                    (cap.get(1).or(cap.get(3)), cap.get(2).or(cap.get(4)))
                    && !town
                        .as_str()
                        .split(' ')
                        .any(|w| d.org_words.contains(w.to_lowercase().as_str()))
                    && !d.stop.contains(town.as_str().to_lowercase().as_str())
                    && !WEEKDAYS.contains(&town.as_str())
                    && !MONTH_NAMES.contains(&town.as_str())
                {
                    add(town.start(), town.end(), PhiType::City);
                    add(code.start(), code.end(), PhiType::Zip);
                }
            }
        }
        for m in p.holiday.find_iter(text) {
            add(m.start(), m.end(), PhiType::Date);
        }
        for cap in p.ssn.captures_iter(text) {
            let m = (1..cap.len())
                .find_map(|g| cap.get(g))
                .unwrap_or_else(|| cap.get(0).expect("match"));
            add(m.start(), m.end(), PhiType::Ssn);
        }
        // "MN DL T402118837605", "NJ FamilyCare ID": the issuing state.
        for cap in p.state_before.captures_iter(text) {
            if let Some(m) = cap.get(1)
                && d.state_codes.contains(m.as_str())
            {
                add(m.start(), m.end(), PhiType::State);
            }
        }
        for m in p.phone.find_iter(text) {
            let digits = m.as_str().chars().filter(char::is_ascii_digit).count();
            if (10..=15).contains(&digits) {
                add(m.start(), m.end(), PhiType::Phone);
            }
        }
        for re in p.dates.iter().filter(|_| has_digit) {
            for m in re.find_iter(text) {
                if valid_date_text(m.as_str()) {
                    add(m.start(), m.end(), PhiType::Date);
                }
            }
        }
        for cap in p.short_date.captures_iter(text) {
            let m = cap.get(0).expect("match");
            let (mo, da) = (
                cap[1].parse::<u32>().unwrap_or(0),
                cap[2].parse::<u32>().unwrap_or(0),
            );
            if (1..=12).contains(&mo)
                && (1..=31).contains(&da)
                && short_date_context(text, m.start(), m.end())
            {
                add(m.start(), m.end(), PhiType::Date);
            }
        }
        for cap in p.age.captures_iter(text) {
            // "pt is 95% on RA", "BP was 92/60": a measurement, not an age.
            if let Some(m) = cap.get(1).or_else(|| cap.get(2))
                && !text[m.end()..].starts_with(['%', '/', '°'])
                && !text[m.end()..]
                    .strip_prefix('.')
                    .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            {
                add(m.start(), m.end(), PhiType::Age);
            }
        }
        for cap in p.context_id.captures_iter(text) {
            let (ctx, id) = (cap[1].to_ascii_lowercase(), cap.get(2).expect("group"));
            let digits = id.as_str().chars().filter(char::is_ascii_digit).count();
            if digits == 0 || id.as_str().len() < 4 || (ctx == "id" && digits < 3) {
                continue;
            }
            let ty = context_type(&ctx);
            add(id.start(), id.end(), ty);
        }
        for m in p.mixed_id.find_iter(text) {
            let t = m.as_str();
            let digits = t.chars().filter(char::is_ascii_digit).count();
            if digits >= 3 && t.chars().any(|c| c.is_ascii_uppercase()) {
                add(m.start(), m.end(), PhiType::Mrn);
            }
        }
        for m in p.dea.find_iter(text) {
            add(m.start(), m.end(), PhiType::License);
        }
        for m in p.vin.find_iter(text) {
            let s = m.as_str();
            if s.chars().any(|c| c.is_ascii_digit()) && s.chars().any(|c| c.is_ascii_alphabetic()) {
                add(m.start(), m.end(), PhiType::Vehicle);
            }
        }
        for m in p.long_number.find_iter(text) {
            add(m.start(), m.end(), PhiType::Mrn);
        }
        for cap in p.street_lower.captures_iter(text) {
            let words = cap.get(1).map_or("", |m| m.as_str());
            if !words
                .split_whitespace()
                .any(|w| NOT_STREET_WORDS.contains(&w))
            {
                let m = cap.get(0).expect("match");
                add(m.start(), m.end(), PhiType::Street);
            }
        }
        for cap in p.street_named.captures_iter(text) {
            if let Some(m) = cap.get(1)
                && !m.as_str().split_whitespace().any(|w| {
                    d.org_words.contains(w.to_lowercase().as_str())
                        || NOT_STREET_NAMES.contains(&w)
                        || MONTH_NAMES.contains(&w)
                })
            {
                add(m.start(), m.end(), PhiType::Street);
            }
        }
        for cap in p.plate.captures_iter(text) {
            let Some(m) = cap.get(1) else { continue };
            let t = m.as_str();
            let alnum = t.chars().filter(char::is_ascii_alphanumeric).count();
            if alnum >= 5 && t.chars().any(|c| c.is_ascii_digit()) {
                add(m.start(), m.end(), PhiType::Vehicle);
            }
        }
        for cap in p.initials.captures_iter(text) {
            let end = cap.get(0).map_or(0, |m| m.end());
            // After a dash with no credential, only where a note or a part of it ends (a
            // blank line or a separator follows).
            let sign_off = cap.get(5).filter(|_| {
                let last = text[end..].trim_start_matches([' ', '\t']);
                cap.get(6).is_some()
                    || last.is_empty()
                    || last.starts_with("\n\n")
                    || last.starts_with("\n-")
            });
            let groups = [1, 2, 3, 7, 8, 9, 10].map(|g| cap.get(g));
            for m in groups.into_iter().chain([sign_off]).flatten() {
                let lower = m.as_str().to_ascii_lowercase();
                if !d.stop.contains(lower.as_str()) && !NOT_INITIALS.contains(&lower.as_str()) {
                    add(m.start(), m.end(), PhiType::Name);
                }
            }
        }
        // The passes below need " on " or a digit: most short strings of a FHIR resource
        // (a code's display, a name) have neither and skip them.
        if text.contains(" on ") {
            for cap in p.store_on.captures_iter(text) {
                let (Some(m), Some(on)) = (cap.get(1), cap.get(2)) else {
                    continue;
                };
                if !MONTH_NAMES.contains(&on.as_str())
                    && !WEEKDAYS.contains(&on.as_str())
                    && !d.stop.contains(m.as_str().to_lowercase().as_str())
                {
                    add(m.start(), m.end(), PhiType::Org);
                }
            }
        }
        if has_digit {
            for m in p.street_abroad.find_iter(text) {
                add(m.start(), m.end(), PhiType::Street);
            }
            for m in p.unit.find_iter(text) {
                add(m.start(), m.end(), PhiType::Org);
            }
            lower_towns(text, p, d, &mut add);
            for cap in p.lower_patient.captures_iter(text) {
                if let Some(m) = cap.get(1)
                    && !m
                        .as_str()
                        .split([' ', '\t'])
                        .any(|w| d.stop.contains(w) || NOT_INITIALS.contains(&w))
                {
                    add(m.start(), m.end(), PhiType::Name);
                }
            }
        }
        for m in p.street.find_iter(text) {
            add(m.start(), m.end(), PhiType::Street);
            // "41 Catalpa Ct, Nicholasville": the town after the street line.
            if let Some(c) = p.town_after.captures(&text[m.end()..])
                && let Some(t) = c.get(1)
                && !t
                    .as_str()
                    .split(' ')
                    .any(|w| d.org_words.contains(w.to_lowercase().as_str()) || w.len() < 3)
            {
                add(m.end() + t.start(), m.end() + t.end(), PhiType::City);
            }
        }

        // The words, and their lower-case forms in one arena (no allocation per word).
        let mut lowers = String::with_capacity(text.len() + 16);
        let spans: Vec<(usize, usize, usize, usize)> = p
            .word
            .find_iter(text)
            .map(|m| {
                let from = lowers.len();
                let bare = m.as_str().trim_end_matches('.');
                if bare.is_ascii() {
                    lowers.extend(bare.bytes().map(|b| b.to_ascii_lowercase() as char));
                } else {
                    lowers.push_str(&bare.to_lowercase());
                }
                (m.start(), m.end(), from, lowers.len())
            })
            .collect();
        let toks: Vec<Tok<'_>> = spans
            .iter()
            .map(|&(start, end, lo, hi)| Tok {
                start,
                end,
                text: &text[start..end],
                lower: &lowers[lo..hi],
            })
            .collect();
        self.places(text, &toks, d, &mut add);
        self.orgs(text, &toks, d, &mut add);
        caps_orgs(text, &toks, d, &mut add);
        cued_orgs(text, &toks, &mut add);
        lower_orgs(text, &toks, d, &mut add);
        for t in &toks {
            if hospital_acronym(t.bare()) && !d.stop.contains(t.lower()) {
                add(t.start, t.start + t.bare().len(), PhiType::Org);
            }
        }
        self.names(text, &toks, d, &mut add);
        if let Some(t) = self.tagger {
            for s in t.spans(text) {
                add(s.start, s.end, s.ty);
            }
        }
        propagate(text, resolve(text, c), d)
    }

    /// "City, ST 01234", state names, ZIP codes after a state.
    fn places(
        &self,
        text: &str,
        toks: &[Tok<'_>],
        d: &Dicts,
        add: &mut impl FnMut(usize, usize, PhiType),
    ) {
        let p = patterns();
        for (i, t) in toks.iter().enumerate() {
            // Full state names (one or two words).
            for len in [2usize, 1] {
                if i + len > toks.len() {
                    continue;
                }
                let span = &toks[i..i + len];
                if !span.iter().all(Tok::capitalized) {
                    continue;
                }
                let name = text[span[0].start..span[len - 1].end].to_lowercase();
                let name = name.trim_end_matches('.');
                if d.states.contains_key(name) && !(len == 1 && d.stop.contains(name)) {
                    add(span[0].start, span[0].start + name.len(), PhiType::State);
                    zip_after(text, span[0].start + name.len(), p, add);
                    break;
                }
            }
            // "City, ST" / "City, State" / "City, Country": up to three capitalized words
            // before the comma.
            let code = t.bare();
            let after_comma = text[..t.start].trim_end().ends_with(',');
            let is_code = code.len() == 2 && d.state_codes.contains(code);
            let full_state = after_comma
                && t.capitalized()
                && !t.all_caps()
                && [2usize, 1].iter().any(|&len| {
                    i + len <= toks.len() && {
                        let n = text[t.start..toks[i + len - 1].end].to_lowercase();
                        d.states.contains_key(n.trim_end_matches('.'))
                    }
                });
            // "Morelia, Michoacán", "Pune - 411021, Maharashtra", "Montréal (Québec)": a
            // province or state abroad after a comma or in parentheses.
            let region = if (after_comma || text[..t.start].ends_with('('))
                && t.capitalized()
                && !t.all_caps()
            {
                [4usize, 3, 2, 1].into_iter().find_map(|len| {
                    let last = toks.get(i + len - 1)?;
                    let n = text[t.start..last.start + last.bare().len()].to_lowercase();
                    d.regions
                        .contains(n.as_str())
                        .then_some(last.start + last.bare().len())
                })
            } else {
                None
            };
            if let Some(end) = region {
                add(t.start, end, PhiType::State);
            }
            let full_state = full_state || region.is_some() && after_comma;
            let country = after_comma
                && t.capitalized()
                && d.countries
                    .contains(t.bare().trim_end_matches('.').to_lowercase().as_str());
            // "Qureshi, MD": a credential that is also a state code is no state after a
            // name.
            let credential = CREDENTIALS.contains(&code.to_ascii_lowercase().as_str());
            let city = after_comma
                && (is_code || full_state || country)
                && city_before(text, toks, i, d, credential, add);
            if after_comma && is_code && (city || !credential) {
                add(t.start, t.start + 2, PhiType::State);
                zip_after(text, t.start + 2, p, add);
            }
            // "lives in Springfield", "from Dayton"; in capitals after a cue in capitals
            // ("TAKEN TO A TRAUMA CENTER IN SANTA FE").
            if i > 0
                && t.capitalized()
                && (!t.all_caps() || toks[i - 1].all_caps())
                && matches!(toks[i - 1].lower(), "in" | "from" | "near" | "to")
            {
                for len in [3usize, 2, 1] {
                    if i + len > toks.len() || !toks[i..i + len].iter().all(Tok::capitalized) {
                        continue;
                    }
                    let cand = text[t.start..toks[i + len - 1].end]
                        .trim_end_matches('.')
                        .to_lowercase();
                    // A one-word city that is also a given name ("Savannah") only when
                    // no capitalized word follows it ("to Savannah to see", not "to
                    // Savannah Reyes").
                    let next_cap = toks.get(i + len).is_some_and(|n| {
                        n.capitalized() && text[toks[i + len - 1].end..n.start] == *" "
                    });
                    if d.cities.contains(cand.as_str())
                        && !(len == 1
                            && (d.stop.contains(cand.as_str())
                                || d.first.contains(cand.as_str()) && next_cap))
                    {
                        add(t.start, t.start + cand.len(), PhiType::City);
                        break;
                    }
                }
            }
        }
    }

    /// Capitalized word runs that contain an organization word (Hospital, Clinic…) and a
    /// proper name.
    fn orgs(
        &self,
        text: &str,
        toks: &[Tok<'_>],
        d: &Dicts,
        add: &mut impl FnMut(usize, usize, PhiType),
    ) {
        let mut i = 0;
        while i < toks.len() {
            if !toks[i].capitalized() || toks[i].all_caps() {
                i += 1;
                continue;
            }
            // A run of capitalized words (with "of", "the", "&", "and", "for" inside).
            let mut j = i;
            let mut last_org = None;
            let mut proper = false;
            while j < toks.len() {
                let t = &toks[j];
                if j > i {
                    let gap = &text[toks[j - 1].end..t.start];
                    // A run ends at a line, a punctuation mark, a number or a sentence's
                    // end ("… Eve. Works at …"; "St." and "Mt." are abbreviations).
                    if gap.contains(['\n', ',', '(', ')', ':', ';', '|', '.'])
                        || gap.contains(|c: char| c.is_ascii_digit())
                        || gap.len() > 3
                        || toks[j - 1].ends_sentence()
                    {
                        break;
                    }
                }
                let lower = t.lower();
                let connector = is_connector(lower);
                // "Sonoran GI Associates", "Kirkwood PD", "Loxley Vale Teaching Hospitals
                // NHS Foundation Trust": a service's acronym inside or ending the name.
                let acronym = j > i && t.all_caps() && ORG_ACRONYMS.contains(&t.bare());
                if !(t.capitalized() && !t.all_caps() || connector && j > i || acronym) {
                    break;
                }
                if acronym
                    || d.org_words.contains(lower)
                    || d.org_words.contains(t.text.to_lowercase().as_str())
                {
                    if !matches!(lower, "department" | "service" | "services") || last_org.is_none()
                    {
                        last_org = Some(j);
                    }
                } else if !connector {
                    proper = true;
                }
                j += 1;
            }
            if let Some(l) = last_org
                && proper
                && l > i
            {
                // "Works at Gulf Coast Poultry Processing": the name starts after an "at"
                // that no organization word precedes.
                let from = (i..l)
                    .rfind(|&k| toks[k].text == "at")
                    .filter(|&k| !toks[i..k].iter().any(|t| d.org_words.contains(t.lower())))
                    .map_or(i, |k| k + 1);
                // "Called Quarry Bend Physical Therapy": a verb that opens the sentence
                // is not part of the name.
                let mut from = if from == i && l > i + 1 && OPENING_VERBS.contains(&toks[i].lower())
                {
                    i + 1
                } else {
                    from
                };
                while from < l && is_connector(toks[from].lower()) {
                    from += 1;
                }
                let end = toks[l].start + toks[l].bare().len();
                add(toks[from].start, end, PhiType::Org);
                i = l + 1;
            } else {
                i = j.max(i + 1);
            }
        }
    }

    fn names(
        &self,
        text: &str,
        toks: &[Tok<'_>],
        d: &Dicts,
        add: &mut impl FnMut(usize, usize, PhiType),
    ) {
        let mut found: Vec<(usize, usize)> = Vec::new();
        let is_eponym_use = |i: usize| -> bool {
            let t = &toks[i];
            let after = &text[t.end..];
            let poss =
                after.starts_with("'s") || after.starts_with("’s") || after.starts_with('\'');
            let next = toks.get(i + 1).map(|n| n.lower()).unwrap_or_default();
            let next = if poss && next == "s" {
                toks.get(i + 2).map(|n| n.lower()).unwrap_or_default()
            } else {
                next
            };
            let key = name_key(t.bare());
            (d.eponyms.contains(key.as_str()) || poss) && CLINICAL_AFTER.contains(&next)
                || t.lower().ends_with("'s") && CLINICAL_AFTER.contains(&next)
        };
        let name_like = |i: usize| -> bool {
            let t = &toks[i];
            t.capitalized()
                && !t.all_caps()
                && !is_eponym_use(i)
                && t.bare().chars().count() > 1
                && !TITLES.contains(&t.lower())
        };
        let lower_name = |t: &Tok<'_>| -> bool {
            let key = name_key(t.bare());
            t.text.chars().next().is_some_and(char::is_lowercase)
                && t.bare().chars().count() >= 3
                && (d.first.contains(key.as_str()) || d.surnames.contains(key.as_str()))
                && !d.stop.contains(t.lower())
                && !d.eponyms.contains(key.as_str())
        };
        // A run of name-like tokens (with initials) starting at i; returns its end index.
        let run_with = |i: usize, max: usize, caps: bool| -> usize {
            let mut j = i;
            while j < toks.len() && j - i < max {
                let t = &toks[j];
                if j > i {
                    let gap = &text[toks[j - 1].end..t.start];
                    let quoted = gap.trim() == "\"" || gap.trim() == "\" \"";
                    if !(gap == " "
                        || gap == "-"
                        || quoted
                        || (gap.trim().is_empty() && !gap.contains('\n')))
                    {
                        break;
                    }
                }
                let short_caps = t.all_caps()
                    && t.bare().chars().count() <= 4
                    && !d.first.contains(name_key(t.bare()).as_str())
                    && !d.surnames.contains(name_key(t.bare()).as_str());
                let caps_ok = caps
                    && !short_caps
                    && t.capitalized()
                    && !is_eponym_use(j)
                    && !CREDENTIALS.contains(&t.lower())
                    && !d.org_words.contains(t.lower());
                // After a label, relation or title, a lower-case word that is a known
                // name and no common word ("sister jess", "pt dwayne hollis"), and the
                // particles inside one ("marcus de la cruz").
                // The first word must follow its label across spaces (not "dad7ada" in
                // a hash).
                let spaced = j > i
                    || j > 0
                        && !text[toks[j - 1].end..t.start].is_empty()
                        && text[toks[j - 1].end..t.start]
                            .chars()
                            .all(|c| matches!(c, ' ' | ':' | ',' | '\t'));
                let lower_ok = caps && spaced && lower_name(t)
                    || j > i
                        && PARTICLES.contains(&t.text)
                        && toks
                            .get(j + 1)
                            .is_some_and(|n| lower_name(n) || name_like(j + 1));
                if !(name_like(j)
                    || t.initial()
                    || caps_ok
                    || lower_ok
                    || (j > i && is_nickname(text, t)))
                {
                    break;
                }
                if j > i && CREDENTIALS.contains(&t.lower()) || TITLES.contains(&t.lower()) {
                    break;
                }
                j += 1;
            }
            j
        };
        let run = |i: usize, max: usize| run_with(i, max, false);
        // After a title, label or relation, capitals are a name too (PATIENT: DOE, JANE).
        let crun = |i: usize, max: usize| run_with(i, max, true);
        for i in 0..toks.len() {
            let t = &toks[i];
            let lower = t.lower();
            // Title + name.
            if TITLES.contains(&lower) && t.capitalized() && i + 1 < toks.len() {
                let e = crun(i + 1, 3);
                if e > i + 1 {
                    found.push((i + 1, e));
                }
                continue;
            }
            // Label: name, "Last, First" form included.
            let label_follows = text[t.end..].starts_with(':')
                || (lower == "by" && i > 0)
                || (matches!(lower, "dear" | "per" | "with" | "called")
                    && i + 1 < toks.len())
                // "pt dwayne hollis": a lower-case given name right after.
                || (matches!(lower, "pt" | "patient")
                    && toks.get(i + 1).is_some_and(|n| {
                        lower_name(n) && d.first.contains(name_key(n.bare()).as_str())
                    }));
            // "transcribed by kt": a typist's initials.
            if lower == "by"
                && i > 0
                && matches!(
                    toks[i - 1].lower(),
                    "transcribed" | "typed" | "scribed" | "entered"
                )
                && let Some(n) = toks.get(i + 1)
                && (2..=4).contains(&n.bare().chars().count())
                && n.bare().chars().all(|c| c.is_ascii_lowercase())
            {
                found.push((i + 1, i + 2));
                continue;
            }
            // "m. okafor RN", "d. marsh": a lower-case initial and surname.
            if t.text.len() == 2
                && t.text.as_bytes()[0].is_ascii_lowercase()
                && t.text.ends_with('.')
                && let Some(n) = toks.get(i + 1)
                && text[t.end..n.start] == *" "
                && lower_name(n)
                && d.surnames.contains(name_key(n.bare()).as_str())
            {
                found.push((i, i + 2));
                continue;
            }
            if NAME_LABELS.contains(&lower) && label_follows && i + 1 < toks.len() {
                let s = i + 1;
                let e = crun(s, 3);
                if e > s && !CREDENTIALS.contains(&toks[s].lower()) {
                    let mut e2 = e;
                    // "Last, First"
                    if text[toks[e - 1].end..].starts_with(", ")
                        && e < toks.len()
                        && toks[e].capitalized()
                    {
                        let e3 = crun(e, 2);
                        if !CREDENTIALS.contains(&toks[e].lower()) {
                            e2 = e3;
                        }
                    }
                    if !toks[s..e2].iter().any(|t| d.org_words.contains(t.lower())) {
                        found.push((s, e2));
                    }
                }
                continue;
            }
            // Role + name, with or without a comma or in parentheses: "Case manager
            // Yatziri Barrientos", "the landlord, Cutler", "a Korean interpreter, Bang
            // Da-som", "Security (Sharmarke) walked him out".
            if ROLES.contains(&lower)
                && !t.all_caps()
                && let Some(n) = toks.get(i + 1)
                && matches!(&text[t.end..n.start], " " | ", " | " (")
                && !LANGUAGES.contains(&n.lower())
                && n.capitalized()
                && !n.all_caps()
                && !d.stop.contains(n.lower())
                && !TITLES.contains(&n.lower())
            {
                let e = crun(i + 1, 3);
                if e > i + 1
                    && !toks[i + 1..e]
                        .iter()
                        .any(|t| d.org_words.contains(t.lower()))
                {
                    found.push((i + 1, e));
                }
                continue;
            }
            // Relation + name: "her son Erik".
            if RELATIONS.contains(&lower) && i + 1 < toks.len() && !t.all_caps() {
                let e = crun(i + 1, 3);
                if e > i + 1 {
                    found.push((i + 1, e));
                }
                continue;
            }
            // In capitals, a name right before ", CREDENTIAL": "COMMUNICATED TO KEALA
            // TIBBS, RN", "PHONED TO M. FAIRCLOTH, PA-C".
            if t.all_caps() || t.initial() {
                let caps_word = |t: &Tok<'_>| {
                    t.initial()
                        || t.all_caps()
                            && t.bare().chars().count() >= 2
                            && !d.stop.contains(t.lower())
                            && !d.org_words.contains(t.lower())
                            && !CREDENTIALS.contains(&t.lower())
                            && !TITLES.contains(&t.lower())
                };
                let mut e = i;
                while e < toks.len()
                    && e - i < 3
                    && caps_word(&toks[e])
                    && (e == i || text[toks[e - 1].end..toks[e].start] == *" ")
                {
                    e += 1;
                }
                // A listed name, or an initial before a surname ("T. ADENIRAN-WOLFE, RN").
                let known = e > i + 1 && toks[i].initial()
                    || toks[i..e].iter().any(|t| {
                        let k = name_key(t.bare());
                        d.first.contains(k.as_str()) || d.surnames.contains(k.as_str())
                    });
                if e > i
                    && known
                    && text[toks[e - 1].end..].starts_with(", ")
                    && toks
                        .get(e)
                        .is_some_and(|c| c.all_caps() && CREDENTIALS.contains(&c.lower()))
                {
                    found.push((i, e));
                    continue;
                }
            }
            if !name_like(i) && !t.initial() {
                continue;
            }
            let key = name_key(t.bare());
            let first = d.first.contains(key.as_str());
            let e = run(i, 4);
            let len = e - i;
            // Name, CREDENTIAL
            let cred_after = len >= 1
                && text[toks[e - 1].end..].starts_with(", ")
                && toks
                    .get(e)
                    .is_some_and(|c| CREDENTIALS.contains(&c.lower()));
            if cred_after && (len >= 2 || t.initial()) {
                found.push((i, e));
                continue;
            }
            // "Tasha RN": a known first name right before a credential.
            let cred_next = toks.get(e).is_some_and(|c| {
                CREDENTIALS.contains(&c.lower())
                    && c.all_caps()
                    && text[toks[e - 1].end..c.start] == *" "
            });
            if cred_next && first && !d.stop.contains(lower) {
                found.push((i, e));
                continue;
            }
            // Two capitalized words, the second a census surname that is no English word:
            // "Nomvula Mbeki".
            if len >= 2 && !first && !t.initial() {
                let last = &toks[e - 1];
                let last_key = name_key(last.bare());
                if d.surnames.contains(last_key.as_str())
                    && !d.stop.contains(last.lower())
                    && !d.stop.contains(lower)
                    && !toks[i..e].iter().any(|t| {
                        d.org_words.contains(t.lower())
                            || d.eponyms.contains(name_key(t.bare()).as_str())
                    })
                    && !line_is_heading(text, t.start)
                    && !sentence_start_common(text, t, d)
                {
                    found.push((i, e));
                    continue;
                }
            }
            if len >= 2 && (first || t.initial()) {
                let last = &toks[e - 1];
                let last_key = name_key(last.bare());
                let plausible =
                    d.surnames.contains(last_key.as_str()) || !d.stop.contains(last.lower());
                let stop_first = d.stop.contains(lower) && !d.surnames.contains(last_key.as_str());
                if plausible && !stop_first && !line_is_heading(text, t.start) {
                    found.push((i, e));
                }
            }
        }
        // Every later mention of a found name's words is the same person.
        let mut known: HashSet<String> = HashSet::default();
        for (s, e) in &found {
            for t in &toks[*s..*e] {
                if !t.initial() && t.bare().chars().count() > 1 {
                    known.insert(t.bare().to_string());
                }
            }
            add(
                toks[*s].start,
                toks[*e - 1].start + toks[*e - 1].bare().len(),
                PhiType::Name,
            );
        }
        // Lower-case too ("kathleen" signing under "Kathleen O'Sullivan, MD"), when the
        // word is a given name and no common word.
        let known_lower: HashSet<String> = known.iter().map(|k| k.to_lowercase()).collect();
        for (i, t) in toks.iter().enumerate() {
            let b = t.bare();
            let b = b
                .strip_suffix("'s")
                .or_else(|| b.strip_suffix("’s"))
                .unwrap_or(b);
            let again = if t.capitalized() {
                known.contains(b)
            } else {
                known_lower.contains(b)
                    && b.chars().count() >= 3
                    && !d.stop.contains(b)
                    && d.first.contains(name_key(b).as_str())
            };
            if again && !is_eponym_use(i) {
                add(t.start, t.start + b.len(), PhiType::Name);
            }
        }
    }
}

/// Organizations written in capitals ("DISCHARGED TO HOLY FAMILY MANOR", "FORKLIFT
/// Words after which a capitalized name is an employer, a team, a school or a place
/// a person is at ("works at Allegheny Timberframe", "plays for the Quad City
/// Thunderhawks", "drives for Lyft"): the organization has no organization word.
/// Acronyms that end or continue an organization's name in mixed case ([`Scanner::orgs`]):
/// its service (`ENT`, `GI`, `ER`, `DME`, `OB-GYN`), a police department or emergency
/// service, a British or Colombian health service, a school district.
const ORG_ACRONYMS: &[&str] = &[
    "ENT", "GI", "ER", "ED", "DME", "OB-GYN", "OB/GYN", "GYN", "MRI", "PD", "EMS", "GP", "NHS",
    "EPS", "CBOC", "CSD", "ISD", "USD", "PLLC", "LLC", "PC", "HMO", "RX",
];

/// Words that join the words of an organization's name ("Church of Christ", "Tool and
/// Die") without naming anything themselves.
fn is_connector(lower: &str) -> bool {
    matches!(lower, "of" | "the" | "and" | "for" | "at")
}

/// Verbs that open a note's sentences before an organization's name ([`Scanner::orgs`]).
const OPENING_VERBS: &[&str] = &[
    "called",
    "written",
    "seen",
    "sent",
    "faxed",
    "referred",
    "contacted",
    "notified",
    "transferred",
    "admitted",
    "discharged",
    "spoke",
    "phoned",
    "emailed",
    "e-mailed",
    "messaged",
    "paged",
    "visited",
    "left",
    "reached",
    "saw",
    "met",
    "joined",
    "attends",
    "attended",
];

const ORG_CUES: &[&[&str]] = &[
    &["works", "at"],
    &["works", "for"],
    &["worked", "at"],
    &["worked", "for"],
    &["working", "at"],
    &["employed", "at"],
    &["employed", "by"],
    &["drives", "for"],
    &["plays", "for"],
    &["played", "for"],
    &["volunteers", "at"],
    &["staying", "at"],
    &["job", "at"],
    &["job", "with"],
    &["grade", "at"],
    &["deployed", "with"],
    &["attends"],
];
/// Labels after which (and a colon) a capitalized name is an organization.
const ORG_LABELS: &[&str] = &["employer", "pharmacy", "school", "daycare", "insurer"];

/// Organizations after [`ORG_CUES`]: a run of capitalized words (or acronyms) on the
/// cue's line, with "of", "the", "and", "&" inside, after an optional "the".
fn cued_orgs(text: &str, toks: &[Tok<'_>], add: &mut impl FnMut(usize, usize, PhiType)) {
    // The first words of every cue and label, so that most words cost one lookup.
    static FIRST: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let first_words = FIRST.get_or_init(|| {
        ORG_CUES
            .iter()
            .map(|c| c[0])
            .chain(ORG_LABELS.iter().copied())
            .collect()
    });
    for i in 0..toks.len() {
        if !first_words.contains(toks[i].lower()) {
            continue;
        }
        let label = ORG_LABELS.contains(&toks[i].lower())
            && toks
                .get(i + 1)
                .is_some_and(|n| text[toks[i].end..n.start].trim_start().starts_with(':'));
        let cue = ORG_CUES.iter().find(|c| {
            c.iter()
                .enumerate()
                .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.lower() == *w))
        });
        let mut j = match cue {
            Some(c) => i + c.len(),
            None if label => i + 1,
            None => continue,
        };
        let same_line = |a: &Tok<'_>, b: &Tok<'_>| !text[a.end..b.start].contains('\n');
        if toks.get(j).is_some_and(|t| t.lower() == "the") && same_line(&toks[j - 1], &toks[j]) {
            j += 1;
        }
        let Some(first) = toks.get(j) else { continue };
        let gap = text[toks[j - 1].end..first.start].trim();
        if !same_line(&toks[j - 1], first) || !(gap.is_empty() || label && gap == ":") {
            continue;
        }
        let mut last = None;
        let mut k = j;
        while let Some(t) = toks.get(k) {
            if k > j {
                let gap = &text[toks[k - 1].end..t.start];
                if !(gap.trim().is_empty() || gap.trim() == "&")
                    || gap.contains('\n')
                    || toks[k - 1].ends_sentence()
                {
                    break;
                }
            }
            let connector = matches!(t.lower(), "of" | "the" | "and");
            if t.capitalized() || t.all_caps() && t.bare().len() >= 2 {
                last = Some(k);
            } else if !(connector && k > j) {
                break;
            }
            k += 1;
        }
        if let Some(l) = last {
            add(
                first.start,
                toks[l].start + toks[l].bare().len(),
                PhiType::Org,
            );
        }
    }
}

/// OPERATOR AT DUNMORE FREIGHT"): a run of capitalized words after the last
/// preposition before it, ending in an organization word, with a word that is not
/// one before it, and either a word that is no common English word or three words in
/// all; a run that opens its line is taken for a heading unless it fills the line.
fn caps_orgs(text: &str, toks: &[Tok<'_>], d: &Dicts, add: &mut impl FnMut(usize, usize, PhiType)) {
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].all_caps() {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < toks.len() {
            if j > i {
                let gap = &text[toks[j - 1].end..toks[j].start];
                if !(gap == " " || gap == " & ") {
                    break;
                }
            }
            if !toks[j].all_caps() {
                break;
            }
            j += 1;
        }
        let run = &toks[i..j];
        // End at the last organization word; start after the last preposition before it.
        let is_org = |t: &Tok<'_>| d.org_words.contains(t.lower());
        let end = run.iter().rposition(is_org);
        let start = run[..end.unwrap_or(0)]
            .iter()
            .rposition(|t| {
                matches!(
                    t.lower(),
                    "at" | "to" | "from" | "with" | "by" | "for" | "in" | "via"
                )
            })
            .map_or(0, |p| p + 1);
        if let Some(end) = end
            && end > start
        {
            let words = &run[start..=end];
            let named = words
                .iter()
                .filter(|t| {
                    !is_org(t)
                        && !matches!(t.lower(), "of" | "the" | "and")
                        && t.bare().chars().count() >= 3
                })
                .collect::<Vec<_>>();
            let uncommon = named.iter().any(|t| !d.stop.contains(t.lower()));
            let (from, to) = (
                words[0].start,
                words[words.len() - 1].start + words[words.len() - 1].bare().len(),
            );
            let line_start = text[..from].rfind('\n').map_or(0, |k| k + 1);
            // A run that opens its line is a heading ("WOUND CARE NOTE", "NUCLEAR
            // MEDICINE — PET"), unless it is the whole line and names something
            // (a letterhead).
            let line_end = text[to..].find('\n').map_or(text.len(), |k| to + k);
            let opens = text[line_start..from].trim().is_empty();
            // A letterhead may go on after a separator when it names a facility
            // ("SHUSWAP JUNCTION HOSPITAL - MEDICAL IMAGING"); a heading names a service
            // ("MAGNETIC RESONANCE IMAGING - BRAIN", "NUCLEAR MEDICINE — PET").
            let rest = text[to..line_end].trim();
            let facility = matches!(
                words[words.len() - 1].lower(),
                "hospital"
                    | "hospitals"
                    | "clinic"
                    | "infirmary"
                    | "trust"
                    | "diagnostics"
                    | "manor"
                    | "hospice"
            );
            let whole = opens
                && (rest.is_empty()
                    || facility
                        && ["- ", "— ", "– ", "/ ", "· ", "| "]
                            .iter()
                            .any(|sep| rest.starts_with(sep)));
            let ok = if opens {
                whole && uncommon
            } else {
                uncommon || words.len() >= 3
            };
            if !named.is_empty() && ok {
                add(from, to, PhiType::Org);
            }
        }
        i = j.max(i + 1);
    }
}

/// What ends an organization's name in a quick note in lower case, and how many words
/// of its own it needs before that (`hometown drug`, `platte valley imaging`).
const LOWER_ORG_TAILS: &[(&[&str], usize)] = &[
    (&["pharmacy"], 1),
    (&["drug"], 1),
    (&["apothecary"], 1),
    (&["hospital"], 1),
    (&["mutual"], 1),
    (&["freight"], 1),
    (&["clinic"], 2),
    (&["imaging"], 2),
    (&["home", "health"], 1),
    (&["home", "care"], 1),
    (&["home", "support"], 1),
    (&["family", "medicine"], 1),
    (&["family", "practice"], 1),
    (&["health", "centre"], 1),
    (&["health", "center"], 1),
    (&["medical", "center"], 1),
    (&["medical", "centre"], 1),
    (&["medical", "group"], 1),
    (&["medical", "supply"], 1),
    (&["medical", "transport"], 1),
];

/// Words that make a lower-case phrase a description, not a name: determiners and
/// pronouns, verbs and prepositions of a quick note, and what qualifies a service
/// (`the pharmacy`, `mail order pharmacy`, `teaching hospital`, `sleep clinic`).
const LOWER_ORG_NOT: &[&str] = &[
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "my",
    "your",
    "our",
    "its",
    "this",
    "that",
    "these",
    "those",
    "any",
    "another",
    "other",
    "same",
    "new",
    "old",
    "usual",
    "local",
    "nearest",
    "nearby",
    "closest",
    "outside",
    "outpatient",
    "inpatient",
    "retail",
    "specialty",
    "mail",
    "order",
    "chain",
    "walk-in",
    "urgent",
    "primary",
    "pt",
    "pt's",
    "pts",
    "patient",
    "patient's",
    "wound",
    "skin",
    "foot",
    "oral",
    "mouth",
    "comfort",
    "palliative",
    "respite",
    "self",
    "follow",
    "up",
    "chest",
    "brain",
    "breast",
    "ct",
    "mri",
    "dental",
    "eye",
    "vision",
    "to",
    "from",
    "at",
    "and",
    "or",
    "w",
    "w/",
    "with",
    "for",
    "in",
    "on",
    "by",
    "per",
    "re",
    "called",
    "call",
    "spoke",
    "sent",
    "faxed",
    "rx",
    "refill",
    "refills",
    "pick",
    "picked",
    "go",
    "went",
    "going",
    "via",
    "through",
    "thru",
    "no",
    "not",
    "teaching",
    "private",
    "public",
    "rural",
    "small",
    "big",
    "large",
    "receiving",
    "sending",
    "accepting",
    "tertiary",
    "referring",
    "transferring",
    "psych",
    "day",
    "free",
    "pain",
    "sleep",
    "memory",
    "travel",
    "vaccine",
    "flu",
    "resident",
    "prenatal",
    "fracture",
    "cast",
    "lipid",
    "anticoag",
    "coumadin",
    "headache",
    "procedure",
    "continuity",
    "get",
    "got",
    "gets",
    "is",
    "was",
    "be",
    "will",
    "can",
    "could",
    "would",
    "should",
    "if",
    "when",
    "still",
    "also",
    "then",
    "now",
    "today",
    "tonight",
    "one",
    "two",
    "which",
    "what",
    "where",
    "who",
    "each",
    "every",
    "some",
    "all",
    "both",
    "own",
    "hosp",
    "er",
    "ed",
    "icu",
    "as",
    "about",
    "after",
    "before",
    "since",
    "until",
    "into",
    "out",
    "heart",
    "failure",
    "acute",
    "routine",
    "continuous",
    "preferred",
    "device",
    "same-day",
    "school-based",
    "plan's",
    "insurance",
    "network",
    "in-network",
    "overnight",
];

/// "hometown drug", "platte valley imaging", "buckeye bridge home health": on a line of a
/// quick note written in lower case, up to three words of a name before what ends one ([`LOWER_ORG_TAILS`]),
/// on its line, none of them describing ([`LOWER_ORG_NOT`]), not all of them organization
/// words (`community pharmacy` names nothing).
fn lower_orgs(
    text: &str,
    toks: &[Tok<'_>],
    d: &Dicts,
    add: &mut impl FnMut(usize, usize, PhiType),
) {
    let lower_word = |t: &Tok<'_>| !t.text.chars().any(char::is_uppercase);
    for i in 0..toks.len() {
        for (tail, need) in LOWER_ORG_TAILS {
            let end = i + tail.len();
            if end > toks.len()
                || !toks[i..end]
                    .iter()
                    .zip(tail.iter())
                    .all(|(t, w)| lower_word(t) && t.lower() == *w)
            {
                continue;
            }
            // The words before it, back to the first that cannot be part of a name.
            let mut from = i;
            while from > 0 && i - from < 3 {
                let (prev, t) = (&toks[from - 1], &toks[from]);
                let gap = &text[prev.end..t.start];
                if !(gap == " " || gap == " & " || gap == "-")
                    || !lower_word(prev)
                    || prev.text.ends_with('.') && prev.lower() != "st"
                    || prev.text.chars().any(|c| c.is_ascii_digit())
                    || LOWER_ORG_NOT.contains(&prev.lower())
                {
                    break;
                }
                from -= 1;
            }
            // Only in a line written in lower case: in prose a lower-case phrase before
            // `clinic` or `home care` describes a service ("Follow-up: heart failure
            // clinic", "Level of care: routine home care").
            let line_start = text[..toks[from].start].rfind('\n').map_or(0, |k| k + 1);
            let lower_line = text[line_start..]
                .chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_lowercase);
            let own = &toks[from..i];
            if lower_line
                && own.len() >= *need
                && own.iter().any(|t| !d.org_words.contains(t.lower()))
            {
                add(
                    toks[from].start,
                    toks[end - 1].start + toks[end - 1].bare().len(),
                    PhiType::Org,
                );
            }
        }
    }
}

/// A capitalized word at a sentence start that is not a known name is an ordinary word.
fn sentence_start_common(text: &str, t: &Tok<'_>, d: &Dicts) -> bool {
    let before = text[..t.start].trim_end();
    let starts = before.is_empty()
        || before.ends_with(['.', '!', '?', ':', '\n'])
        || text[..t.start].ends_with('\n');
    starts
        && !d.first.contains(name_key(t.bare()).as_str())
        && !d.surnames.contains(name_key(t.bare()).as_str())
}

fn is_nickname(text: &str, t: &Tok<'_>) -> bool {
    text[..t.start].ends_with('"') && text[t.end..].starts_with('"')
}

/// A line in capitals or ending with a colon is a heading, not a name.
fn line_is_heading(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = &text[line_start..line_end];
    !line.chars().any(char::is_lowercase)
}

/// The city before the comma that precedes token `i` ("Millbrook Falls, NY", "Dallas,
/// Texas", "Enugu, Nigeria"): the run of up to three capitalized words on its line, without
/// organization words. With `need_known` (a state code that is also a credential: "Farah
/// Qureshi, MD"), a run ending in a person's name counts only if it is a known city.
/// Returns whether it found one.
fn city_before(
    text: &str,
    toks: &[Tok<'_>],
    i: usize,
    d: &Dicts,
    need_known: bool,
    add: &mut impl FnMut(usize, usize, PhiType),
) -> bool {
    let comma = text[..toks[i].start].trim_end().len() - 1;
    let mut j = i;
    let mut known = None;
    let mut run = None;
    while j > 0 && i - j < 3 {
        let w = &toks[j - 1];
        if !w.capitalized()
            || text[w.end..comma].contains(['\n', ','])
            || (d.org_words.contains(w.lower()) && w.lower() != "city")
        {
            break;
        }
        j -= 1;
        let cand = text[w.start..comma].to_lowercase();
        if d.cities.contains(cand.as_str()) {
            known = Some(w.start);
        }
        run = Some(w.start);
    }
    let person = || {
        let k = name_key(toks[i - 1].bare());
        d.first.contains(k.as_str()) || d.surnames.contains(k.as_str())
    };
    match (known, run) {
        (Some(_), Some(s)) => add(s, comma, PhiType::City),
        (None, Some(s)) if !(need_known && person()) => add(s, comma, PhiType::City),
        _ => return false,
    }
    true
}

/// Addresses written in lower case, as quick notes are: "sparta tn 38583", "hot springs ar
/// 71901". Before a state code and a ZIP code, the longest run of up to three words that
/// the list of towns holds is a town; failing that, one word right after a comma.
fn lower_towns(text: &str, p: &Patterns, d: &Dicts, add: &mut impl FnMut(usize, usize, PhiType)) {
    for cap in p.lower_state_zip.captures_iter(text) {
        let (Some(code), Some(all)) = (cap.get(1), cap.get(0)) else {
            continue;
        };
        if !d.state_codes.contains(&code.as_str().to_ascii_uppercase()) {
            continue;
        }
        let line = text[..code.start()].rfind('\n').map_or(0, |k| k + 1);
        let before = text[line..code.start()].trim_end_matches([' ', '\t', ',']);
        // The words before, nearest last: (start, end) in `text`.
        let mut words: Vec<(usize, usize)> = Vec::new();
        let mut end = before.len();
        while words.len() < 3 {
            let head = &before[..end];
            let start = head
                .rfind(|c: char| !(c.is_alphabetic() || c == '\'' || c == '-'))
                .map_or(0, |k| {
                    k + head[k..].chars().next().map_or(1, char::len_utf8)
                });
            if start == end || !head[start..].chars().all(char::is_lowercase) {
                break;
            }
            words.push((line + start, line + end));
            if !head[..start].ends_with(' ') {
                break;
            }
            end = start - 1;
        }
        let town = (1..=words.len()).rev().find(|&n| {
            let (a, b) = (words[n - 1].0, words[0].1);
            d.cities.contains(&text[a..b]) && !(n == 1 && d.stop.contains(&text[a..b]))
        });
        let town = match town {
            Some(n) => Some((words[n - 1].0, words[0].1)),
            None => words.first().copied().filter(|&(a, b)| {
                text[..a].trim_end_matches(' ').ends_with(',') && !d.stop.contains(&text[a..b])
            }),
        };
        // Without a town, "ok 90210" or "or 97201" is no address.
        if let Some((a, b)) = town {
            let digits = all
                .as_str()
                .trim_start_matches(|c: char| !c.is_ascii_digit());
            add(a, b, PhiType::City);
            add(code.start(), code.end(), PhiType::State);
            add(all.end() - digits.len(), all.end(), PhiType::Zip);
        }
    }
}

fn zip_after(text: &str, at: usize, p: &Patterns, add: &mut impl FnMut(usize, usize, PhiType)) {
    let rest = &text[at..];
    let trimmed = rest.trim_start_matches([' ', ',']);
    let skip = rest.len() - trimmed.len();
    if skip <= 2
        && let Some(m) = p.zip.find(trimmed)
        && m.start() == 0
    {
        add(at + skip, at + skip + m.end(), PhiType::Zip);
    }
}

fn context_type(ctx: &str) -> PhiType {
    let c = ctx.trim();
    if c.contains("plate") || c == "vin" {
        PhiType::Vehicle
    } else if c.starts_with("serial")
        || c == "s/n"
        || c == "sn"
        || c.starts_with("device")
        || c == "udi"
        || c == "lot"
    {
        PhiType::Device
    } else if c.starts_with("lic")
        || c == "dea"
        || c == "npi"
        || c.starts_with("cert")
        || c == "registration"
    {
        PhiType::License
    } else if c == "ssn" {
        PhiType::Ssn
    } else if c.starts_with("transmitter") {
        PhiType::Device
    } else if c == "mrn"
        || c == "mr"
        || c == "hosp"
        || c.starts_with("clinic")
        || c.starts_with("medical record")
        || c == "record"
        || c == "chart"
        || c == "accession"
        || c == "acc"
        || c.contains("id")
            && (c.starts_with("patient") || c.starts_with("pt") || c.starts_with("student"))
        || c == "hospital number"
    {
        PhiType::Mrn
    } else {
        PhiType::Account
    }
}

/// Whether a matched date-like text is a real calendar date (month 1-12, day 1-31).
fn valid_date_text(s: &str) -> bool {
    let nums: Vec<u32> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|x| !x.is_empty())
        .filter_map(|x| x.parse().ok())
        .collect();
    if s.chars().any(|c| c.is_alphabetic()) {
        return true;
    }
    match nums.as_slice() {
        [y, m, d, ..] if *y > 999 => (1..=12).contains(m) && (1..=31).contains(d),
        [m, y] if *y > 999 => (1..=12).contains(m),
        [y, m] if *y > 999 => (1..=12).contains(m),
        [a, b, _] => {
            (1..=12).contains(a) && (1..=31).contains(b)
                || (1..=31).contains(a) && (1..=12).contains(b)
        }
        _ => false,
    }
}

/// `3/16` is a date unless it reads as a score or ratio (5/5 strength, 10/10 pain, BP).
fn short_date_context(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end();
    let after = text[end..].trim_start();
    if before.ends_with(['/', '-', '.'])
        || after.starts_with(['/', '%'])
        || text[end..].starts_with(['.', '-'])
            && text[end..].len() > 1
            && text[end + 1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    let prev: String = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let next: String = after
        .split(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    const SCORE: &[&str] = &[
        "bp",
        "pain",
        "strength",
        "murmur",
        "grade",
        "vision",
        "motor",
        "sensation",
        "gcs",
        "power",
        "reflexes",
        "score",
        "ratio",
        "scale",
        "x",
        "q",
        "rate",
        "edema",
        "tone",
    ];
    !(SCORE.contains(&prev.as_str()) || SCORE.contains(&next.as_str()))
}

/// Keeps the best finding where findings overlap: the longer, then the more specific;
/// and never less of the text than the findings cover. Where the best finding leaves part
/// of another uncovered (a shorter, more specific finding chosen over a longer one that
/// reached further, or one that ran past it with another type), that part is kept as a
/// finding of its own type: choosing between findings decides a type, never whether
/// words are PHI.
fn resolve(text: &str, mut c: Vec<Span>) -> Vec<Span> {
    c.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then((b.end - b.start).cmp(&(a.end - a.start)))
            .then(a.ty.priority().cmp(&b.ty.priority()))
    });
    let mut out: Vec<Span> = Vec::with_capacity(c.len());
    for s in &c {
        match out.last_mut() {
            Some(last) if s.start < last.end => {
                let (ls, ss) = (last.end - last.start, s.end - s.start);
                if s.ty.priority() < last.ty.priority() && ss * 2 >= ls {
                    *last = *s;
                } else if s.end > last.end && s.ty == last.ty {
                    last.end = s.end;
                }
            }
            _ => out.push(*s),
        }
    }
    // What the choices above left uncovered, as findings of their own.
    let mut rest: Vec<Span> = Vec::new();
    for s in &c {
        let mut at = s.start;
        let first = out.partition_point(|o| o.end <= s.start);
        for o in out[first..].iter().take_while(|o| o.start < s.end) {
            if o.start > at {
                rest.extend(uncovered(text, at, o.start, s.ty));
            }
            at = at.max(o.end);
        }
        if at < s.end {
            rest.extend(uncovered(text, at, s.end, s.ty));
        }
    }
    if rest.is_empty() {
        return out;
    }
    rest.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    let mut extra: Vec<Span> = Vec::with_capacity(rest.len());
    for s in rest {
        match extra.last_mut() {
            Some(last) if s.start < last.end => {
                if s.end > last.end {
                    if last.ty == s.ty {
                        last.end = s.end;
                    } else if let Some(tail) = uncovered(text, last.end, s.end, s.ty) {
                        extra.push(tail);
                    }
                }
            }
            _ => extra.push(s),
        }
    }
    // They lie in the gaps between the chosen findings, so sorting keeps them apart.
    out.extend(extra);
    out.sort_by_key(|s| s.start);
    out
}

/// `start..end` of `text` without the blanks and punctuation at its ends, as a finding of
/// type `ty`, if a letter or digit is left.
fn uncovered(text: &str, start: usize, end: usize, ty: PhiType) -> Option<Span> {
    let part = text.get(start..end)?;
    let edge = |c: char| !c.is_alphanumeric();
    let trimmed = part.trim_start_matches(edge);
    let start = start + part.len() - trimmed.len();
    let trimmed = trimmed.trim_end_matches(edge);
    (!trimmed.is_empty()).then_some(Span {
        start,
        end: start + trimmed.len(),
        ty,
    })
}

/// A name, organization, town or street found once is PHI wherever else the note writes
/// it: "Mr. Okafor … Okafor reports" (the second has no cue), a clinic named in a header
/// and again in the text. Each word of a name (three letters or more, capitalized, on no
/// list of common words) and each whole organization, town and street is looked for
/// again, with the same case and whole words only; what is found outside every span
/// already found is added with the same type.
fn propagate(text: &str, found: Vec<Span>, d: &Dicts) -> Vec<Span> {
    let mut wanted: Vec<(&str, PhiType)> = Vec::new();
    for s in &found {
        let t = &text[s.start..s.end];
        match s.ty {
            PhiType::Name => {
                for w in t.split(|c: char| !c.is_alphabetic() && c != '\'') {
                    let w = w.trim_matches('\'');
                    let lower = w.to_lowercase();
                    if w.chars().count() >= 3
                        && w.chars().next().is_some_and(char::is_uppercase)
                        && !d.stop.contains(lower.as_str())
                        && !d.eponyms.contains(lower.as_str())
                        && !TITLES.contains(&lower.as_str())
                        && !CREDENTIALS.contains(&lower.as_str())
                        && !d.org_words.contains(lower.as_str())
                    {
                        wanted.push((w, PhiType::Name));
                    }
                }
            }
            PhiType::Org | PhiType::City | PhiType::Street => {
                let t = t.trim_end_matches(['.', ',']);
                if t.chars().count() >= 4
                    && t.chars().next().is_some_and(char::is_uppercase)
                    && !d.stop.contains(t.to_lowercase().as_str())
                {
                    wanted.push((t, s.ty));
                }
            }
            _ => {}
        }
    }
    // "Mikaela K. Ostrander (MKO)": initials in parentheses after a name are a name,
    // and are looked for again (a flowsheet signed `MKO` line after line).
    let mut extra = Vec::new();
    for s in found.iter().filter(|s| s.ty == PhiType::Name) {
        let initials: String = text[s.start..s.end]
            .split(|c: char| !c.is_alphabetic())
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_uppercase())
            .collect();
        let after = &text[s.end..];
        let at = s.end + after.len() - after.trim_start_matches([' ', ',']).len();
        // "HASEGAWA Chiyoko (長谷川 千代子)", "Ivanova Olga (Иванова Ольга)": the name
        // in its own script, in parentheses after it.
        if let Some(inner) = text[at..].strip_prefix('(')
            && let Some(close) = inner.find(')')
            && native_name(&inner[..close])
        {
            extra.push(Span {
                start: at + 1,
                end: at + 1 + close,
                ty: PhiType::Name,
            });
            continue;
        }
        let n = initials.len();
        if !(2..=4).contains(&n) {
            continue;
        }
        // "Sadhbh Quill, RN   SQ": the signer's initials ending the line of the name.
        let line_end = text[s.end..].find('\n').map_or(text.len(), |k| s.end + k);
        let last = text[s.end..line_end].trim_end();
        let signed = (last.ends_with(initials.as_str())
            && last[..last.len() - n].ends_with([' ', '\t']))
        .then(|| s.end + last.len() - n);
        let bracketed = (text[at..].starts_with('(')
            && text[at + 1..].starts_with(initials.as_str())
            && text[at + 1 + n..].starts_with(')'))
        .then_some(at + 1);
        if let Some(a) = signed.or(bracketed) {
            extra.push(Span {
                start: a,
                end: a + n,
                ty: PhiType::Name,
            });
            wanted.push((&text[a..a + n], PhiType::Name));
        }
    }
    wanted.sort_unstable();
    wanted.dedup_by_key(|w| w.0);
    // `found` is sorted and without overlaps (`resolve`).
    let covered = |a: usize, b: usize| {
        let i = found.partition_point(|s| s.end <= a);
        found.get(i).is_some_and(|s| s.start < b)
    };
    let word_char = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    let mut more = extra;
    for (w, ty) in wanted {
        for (at, _) in text.match_indices(w) {
            let end = at + w.len();
            if word_char(text[..at].chars().next_back())
                || word_char(text[end..].chars().next())
                || covered(at, end)
                || clinical_after(&text[end..])
            {
                continue;
            }
            more.push(Span { start: at, end, ty });
        }
    }
    if more.is_empty() {
        return found;
    }
    more.extend(found);
    resolve(text, more)
}

/// Whether `s` is a name written in a script other than Latin: one to four words of
/// letters, none of them Latin, at most 40 characters ("長谷川 千代子", "김 민준").
fn native_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && s.chars().count() <= 40
        && words.iter().all(|w| {
            w.chars().all(|c| {
                (c.is_alphabetic() && !c.is_ascii() && !('\u{c0}'..='\u{24f}').contains(&c))
                    || c == '-'
                    || c == '·'
            })
        })
}

/// Whether `rest`, the text after a word, makes the word an eponym ("Parkinson's
/// disease", "Glasgow Coma Scale", "Huntington chorea").
fn clinical_after(rest: &str) -> bool {
    let rest = rest
        .strip_prefix("'s")
        .or_else(|| rest.strip_prefix("’s"))
        .unwrap_or(rest);
    let next = rest
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    CLINICAL_AFTER.contains(&next.as_str()) || matches!(next.as_str(), "coma" | "chorea")
}

/// `text` with each span replaced by its tag (`[NAME]`).
pub fn tag(text: &str, spans: &[Span]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for s in spans {
        out.push_str(&text[at..s.start]);
        out.push('[');
        out.push_str(s.ty.as_str());
        out.push(']');
        at = s.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Consistent, realistic replacements: the same input and key give the same surrogate
/// (one patient keeps one surrogate name across notes); dates move by the patient's
/// shift, keeping their format; numbers keep their shape with other digits.
pub struct Surrogates {
    key: aws_lc_rs::hmac::Key,
    shift: i64,
}

struct Lists {
    first: Vec<&'static str>,
    surnames: Vec<&'static str>,
    cities: Vec<&'static str>,
    states: Vec<&'static str>,
}

fn lists() -> &'static Lists {
    static L: OnceLock<Lists> = OnceLock::new();
    L.get_or_init(|| {
        let d = dicts();
        // Common names only, and none that is also an ordinary word.
        let ranked = |text: &'static str, top: u32| -> Vec<&'static str> {
            text.lines()
                .filter_map(|l| l.split_once('\t'))
                .filter(|(w, r)| r.parse::<u32>().is_ok_and(|r| r <= top) && !d.stop.contains(w))
                .map(|(w, _)| w)
                .collect()
        };
        Lists {
            first: ranked(include_str!("../data/first-names.txt"), 2_000),
            surnames: ranked(include_str!("../data/surnames.txt"), 5_000),
            cities: words(include_str!("../data/us-cities.txt"))
                .filter(|c| c.chars().all(|ch| ch.is_ascii_lowercase() || ch == ' '))
                .collect(),
            states: d
                .states
                .keys()
                .copied()
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect(),
        }
    })
}

/// `word` with the capitalization of `like` (Title, UPPER or lower).
fn cased(word: &str, like: &str) -> String {
    if like
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
        && like.chars().count() > 1
    {
        word.to_uppercase()
    } else if like.starts_with(char::is_uppercase) {
        word.split(' ')
            .map(|w| {
                let mut c = w.chars();
                c.next().map_or(String::new(), |f| {
                    f.to_uppercase().collect::<String>() + c.as_str()
                })
            })
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        word.to_string()
    }
}

impl Surrogates {
    /// `key`: the pseudonym key; `shift`: the days dates move by.
    pub fn new(key: &[u8], shift: i64) -> Surrogates {
        Surrogates {
            key: aws_lc_rs::hmac::Key::new(aws_lc_rs::hmac::HMAC_SHA256, key),
            shift,
        }
    }

    fn pick(&self, what: &str, input: &str, n: usize) -> usize {
        let tag = aws_lc_rs::hmac::sign(
            &self.key,
            format!("{what}\u{0}{}", input.to_lowercase()).as_bytes(),
        );
        let mut b = [0u8; 8];
        b.copy_from_slice(&tag.as_ref()[..8]);
        (u64::from_le_bytes(b) % n.max(1) as u64) as usize
    }

    /// `text` with each span replaced by a surrogate.
    pub fn apply(&self, text: &str, spans: &[Span]) -> String {
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for s in spans {
            out.push_str(&text[at..s.start]);
            out.push_str(&self.one(&text[s.start..s.end], s.ty));
            at = s.end;
        }
        out.push_str(&text[at..]);
        out
    }

    fn one(&self, orig: &str, ty: PhiType) -> String {
        let l = lists();
        match ty {
            PhiType::Name => {
                let parts: Vec<&str> = orig.split([' ', ',']).filter(|p| !p.is_empty()).collect();
                let comma = orig.contains(',');
                let n = parts.len();
                parts
                    .iter()
                    .enumerate()
                    .map(|(i, p)| {
                        let initial = p.len() == 2 && p.ends_with('.');
                        let surname = if comma { i == 0 } else { i + 1 == n && n > 1 };
                        let list = if surname { &l.surnames } else { &l.first };
                        let w = list[self.pick(
                            if surname { "surname" } else { "first" },
                            p.trim_end_matches('.'),
                            list.len(),
                        )];
                        if initial {
                            format!("{}.", w.chars().next().unwrap_or('x').to_ascii_uppercase())
                        } else {
                            cased(w, p)
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(if comma { ", " } else { " " })
            }
            PhiType::Date => self.date(orig).unwrap_or_else(|| "[DATE]".into()),
            PhiType::Age => "90+".into(),
            PhiType::Email => format!("user{:06}@example.org", self.pick("email", orig, 1_000_000)),
            PhiType::Url => format!(
                "https://example.org/r/{:08}",
                self.pick("url", orig, 100_000_000)
            ),
            PhiType::Ip => format!("192.0.2.{}", 1 + self.pick("ip", orig, 254)),
            PhiType::City => cased(l.cities[self.pick("city", orig, l.cities.len())], orig),
            PhiType::State => {
                if orig.len() == 2 {
                    let d = dicts();
                    let s = l.states[self.pick("state", orig, l.states.len())];
                    d.states.get(s).map_or("XX".into(), |c| c.to_uppercase())
                } else {
                    cased(l.states[self.pick("state", orig, l.states.len())], orig)
                }
            }
            PhiType::Street => format!(
                "{} {} St",
                1 + self.pick("street-no", orig, 9_999),
                cased(l.surnames[self.pick("street", orig, l.surnames.len())], "X")
            ),
            PhiType::Org => format!(
                "{} Medical Center",
                cased(l.surnames[self.pick("org", orig, l.surnames.len())], "X")
            ),
            _ => self.reshape(orig, ty.as_str()),
        }
    }

    /// Same shape, other characters: digits for digits, letters for letters.
    fn reshape(&self, orig: &str, what: &str) -> String {
        let tag = aws_lc_rs::hmac::sign(&self.key, format!("{what}\u{0}{orig}").as_bytes());
        let bytes = tag.as_ref();
        orig.chars()
            .enumerate()
            .map(|(i, c)| {
                let b = bytes[i % bytes.len()] as u32 + (i / bytes.len()) as u32;
                if c.is_ascii_digit() {
                    char::from_digit(b % 10, 10).unwrap_or('0')
                } else if c.is_ascii_uppercase() {
                    (b'A' + (b % 26) as u8) as char
                } else if c.is_ascii_lowercase() {
                    (b'a' + (b % 26) as u8) as char
                } else {
                    c
                }
            })
            .collect()
    }

    /// Shifts a date written `m/d/yyyy`, `yyyy-mm-dd` or `Month d, yyyy` (and the
    /// forms without year), keeping its format.
    fn date(&self, orig: &str) -> Option<String> {
        use chrono::{Datelike, NaiveDate};
        const MONTHS: [&str; 12] = [
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        ];
        let nums: Vec<&str> = orig
            .split(|c: char| !c.is_ascii_digit())
            .filter(|x| !x.is_empty())
            .collect();
        let month_word = orig.split(|c: char| !c.is_alphabetic()).find_map(|w| {
            MONTHS
                .iter()
                .position(|m| w.len() >= 3 && w.to_lowercase().starts_with(m))
        });
        let shift = |y: i32, m: u32, d: u32| {
            NaiveDate::from_ymd_opt(y, m, d)
                .and_then(|x| x.checked_add_signed(chrono::Duration::days(self.shift)))
        };
        if let Some(mi) = month_word {
            let day: u32 = nums.iter().find(|n| n.len() <= 2)?.parse().ok()?;
            let year: Option<i32> = nums
                .iter()
                .find(|n| n.len() == 4)
                .and_then(|y| y.parse().ok());
            let d = shift(year.unwrap_or(2001), mi as u32 + 1, day)?;
            let month = MONTH_NAMES[d.month0() as usize];
            return Some(match year {
                Some(_) => format!("{month} {}, {}", d.day(), d.year()),
                None => format!("{month} {}", d.day()),
            });
        }
        let sep = orig.chars().find(|c| !c.is_ascii_digit())?;
        match nums.as_slice() {
            [y, m, d] if y.len() == 4 => {
                let x = shift(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?;
                Some(format!(
                    "{:04}{sep}{:02}{sep}{:02}",
                    x.year(),
                    x.month(),
                    x.day()
                ))
            }
            [m, d, y] => {
                let full: i32 = y.parse().ok()?;
                let year = if y.len() == 2 { 2000 + full } else { full };
                let x = shift(year, m.parse().ok()?, d.parse().ok()?)?;
                let yy = if y.len() == 2 {
                    format!("{:02}", x.year() % 100)
                } else {
                    x.year().to_string()
                };
                Some(format!("{}{sep}{}{sep}{yy}", x.month(), x.day()))
            }
            [m, d] if m.len() <= 2 && d.len() <= 2 => {
                let x = shift(2001, m.parse().ok()?, d.parse().ok()?)?;
                Some(format!("{}{sep}{}", x.month(), x.day()))
            }
            _ => None,
        }
    }
}

/// Converts byte offsets into code-point offsets (ascending spans).
pub fn code_points(text: &str, spans: &[Span]) -> Vec<(usize, usize, PhiType)> {
    let mut out = Vec::with_capacity(spans.len());
    let mut cp = 0;
    let mut byte = 0;
    let advance = |to: usize, cp: &mut usize, byte: &mut usize| {
        *cp += text[*byte..to].chars().count();
        *byte = to;
    };
    for s in spans {
        advance(s.start, &mut cp, &mut byte);
        let start = cp;
        advance(s.end, &mut cp, &mut byte);
        out.push((start, cp, s.ty));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, &'static str)> {
        Scanner::new()
            .scan(text)
            .iter()
            .map(|s| (text[s.start..s.end].to_string(), s.ty.as_str()))
            .collect()
    }

    #[test]
    fn finds_identifiers_and_keeps_eponyms() {
        let f = found(
            "Seen by Dr. Anneliese Brandt on 03/14/2023 for Parkinson's disease; call 508-366-2174 or a.brandt@example.org. MRN: 00482913. Apgar score 9.",
        );
        assert!(f.contains(&("Anneliese Brandt".into(), "NAME")), "{f:?}");
        assert!(f.contains(&("03/14/2023".into(), "DATE")));
        assert!(f.contains(&("508-366-2174".into(), "PHONE")));
        assert!(f.contains(&("a.brandt@example.org".into(), "EMAIL")));
        assert!(f.contains(&("00482913".into(), "MRN")));
        assert!(
            !f.iter()
                .any(|(t, _)| t.contains("Parkinson") || t.contains("Apgar")),
            "{f:?}"
        );
    }

    /// Each line of `tests/data/scanner-cases.jsonl`: a text, then what must be found
    /// (`text=TYPE`), found inside a finding (`~text=TYPE`, or `~text` of any type), and
    /// not found (`!text`).
    #[test]
    fn context_rules_find_what_they_should_and_nothing_else() {
        let cases = include_str!("../tests/data/scanner-cases.jsonl");
        assert!(cases.lines().count() >= 111, "every case is read");
        for line in cases.lines() {
            let case: serde_json::Value = serde_json::from_str(line).unwrap();
            let text = case["text"].as_str().unwrap();
            let expect: Vec<&str> = case["expect"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e.as_str().unwrap())
                .collect();
            let f = found(text);
            for e in &expect {
                if let Some(within) = e.strip_prefix('~') {
                    // `~text=TYPE`, or `~text` for a finding of any type.
                    let (t, ty) = within.split_once('=').unwrap_or((within, ""));
                    assert!(
                        f.iter()
                            .any(|(s, y)| s.contains(t) && (ty.is_empty() || *y == ty)),
                        "{text}: {e} not within any of {f:?}"
                    );
                    continue;
                }
                match e.strip_prefix('!') {
                    Some(not) => assert!(!f.iter().any(|(t, _)| t.contains(not)), "{text}: {f:?}"),
                    None => {
                        let (t, ty) = e.split_once('=').unwrap();
                        assert!(f.contains(&(t.to_string(), ty)), "{text}: {e} not in {f:?}");
                    }
                }
            }
        }
    }

    /// Choosing between overlapping findings never leaves a word of one uncovered.
    #[test]
    fn resolving_overlaps_keeps_every_word_covered() {
        let text = "seen by Dr. Laszlo Benedek, Randolph Highlands Clinic today";
        let at = |w: &str| text.find(w).unwrap();
        let (hi, lo) = if PhiType::Org.priority() < PhiType::Name.priority() {
            (PhiType::Org, PhiType::Name)
        } else {
            (PhiType::Name, PhiType::Org)
        };
        let long = Span {
            start: at("Laszlo"),
            end: at(" today"),
            ty: lo,
        };
        // Specific enough to win, but it reaches only the clinic.
        let short = Span {
            start: at("Randolph"),
            end: at(" today"),
            ty: hi,
        };
        // One of another type that runs past the long one.
        let past = Span {
            start: at("Clinic"),
            end: text.len(),
            ty: PhiType::Date,
        };
        let out = resolve(text, vec![long, short, past]);
        for w in ["Laszlo", "Benedek", "Randolph", "Clinic", "today"] {
            let (a, b) = (at(w), at(w) + w.len());
            assert!(
                out.iter().any(|s| s.start <= a && b <= s.end),
                "{w}: {out:?}"
            );
        }
        assert!(out.windows(2).all(|p| p[0].end <= p[1].start), "{out:?}");
        assert!(
            out.iter()
                .any(|s| s.ty == hi && &text[s.start..s.end] == "Randolph Highlands Clinic")
        );
    }

    /// A name found once is found wherever else the note writes it; an eponym is not.
    #[test]
    fn names_found_once_are_found_again() {
        let count = |text: &str, word: &str| {
            found(text)
                .iter()
                .filter(|(t, ty)| t.contains(word) && *ty == "NAME")
                .count()
        };
        let text =
            "Mr. Quillon Vasterby was admitted. Vasterby reports pain; Vasterby's wife agrees.";
        assert_eq!(count(text, "Vasterby"), 3, "{:?}", found(text));
        let text = "RN: Mikaela K. Ostrander (MKO)\n0700  T 37.9   MKO\n0800  stable   MKO\n";
        assert_eq!(count(text, "MKO"), 3, "{:?}", found(text));
        let text = "Mr. Ellery Parkinson was seen. Parkinson's disease is not suspected.";
        assert_eq!(count(text, "Parkinson"), 1, "{:?}", found(text));
    }

    #[test]
    fn surrogates_are_consistent_and_shift_dates() {
        let s = Surrogates::new(b"k", 10);
        let text = "Jane Doe seen 03/14/2023; Jane Doe called 617-555-0199.";
        let spans = Scanner::new().scan(text);
        let out = s.apply(text, &spans);
        assert!(!out.contains("Jane") && !out.contains("Doe"), "{out}");
        assert!(out.contains("3/24/2023"), "{out}");
        let names: Vec<&str> = out
            .split(" seen")
            .take(1)
            .chain(
                out.split("; ")
                    .nth(1)
                    .map(|x| x.split(" called").next().unwrap_or("")),
            )
            .collect();
        assert_eq!(names[0], names[1], "{out}");
        assert!(!out.contains("617-555-0199"));
        assert_eq!(Surrogates::new(b"k", 10).apply(text, &spans), out);
    }

    #[test]
    fn code_point_offsets_count_characters_not_bytes() {
        let text = "Café 😀 Dr. José Núñez";
        let spans = Scanner::new().scan(text);
        let cps = code_points(text, &spans);
        let chars: Vec<char> = text.chars().collect();
        for (s, e, _) in cps {
            let t: String = chars[s..e].iter().collect();
            assert_eq!(t, "José Núñez");
        }
    }
}
