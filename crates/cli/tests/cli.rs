//! The `ward` binary as a user runs it: init, serve, import (twice), erase, rotate, and a
//! server killed with SIGKILL in the middle of an import.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

fn ward() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_ward"));
    c.env_remove("WARD_PASSPHRASE")
        .env_remove("WARD_DATABASE_URL")
        .env_remove("WARD_DATA_DIR")
        .env_remove("WARD_CONFIG");
    c.stdin(Stdio::null());
    c
}

fn tmp(name: &str) -> PathBuf {
    let mut b = [0u8; 6];
    ward_crypto::fill_random(&mut b).unwrap();
    let d = std::env::temp_dir().join(format!("ward-cli-{name}-{}", ward_crypto::hex(&b)));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn synthea() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/synthea");
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    v
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

struct Server {
    child: Child,
    port: u16,
}

/// `ward init`, then the site policy that lets the admin token read clinical data (these
/// tests check storage through that token; the default policies forbid it).
fn init_admin_reads(dir: &Path) {
    let o = ward()
        .args(["init", "--data-dir"])
        .arg(dir)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    std::fs::write(
        dir.join("policies/admin-reads.cedar"),
        "permit (principal in Ward::Role::\"admin\", action, resource);\n",
    )
    .unwrap();
}

impl Server {
    fn start(dir: &Path) -> Self {
        if !dir.join("policies/admin-reads.cedar").exists() {
            init_admin_reads(dir);
        }
        Self::start_plain(dir)
    }

    /// A server with the data directory as it is (default policies after `ward init`).
    fn start_plain(dir: &Path) -> Self {
        let port = free_port();
        let child = ward()
            .args(["serve", "--data-dir"])
            .arg(dir)
            .args(["--listen", &format!("127.0.0.1:{port}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let s = Self { child, port };
        let deadline = Instant::now() + Duration::from_secs(60);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "server did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        s
    }
    fn url(&self) -> String {
        format!("https://localhost:{}", self.port)
    }
    fn import(&self, dir: &Path, files: &[PathBuf]) -> Output {
        ward()
            .args(["import", "-q", "--data-dir"])
            .arg(dir)
            .args(["--url", &self.url()])
            .args(files)
            .output()
            .unwrap()
    }
    fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
    fn stop(mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
    }
}

fn get(dir: &Path, url: &str) -> (u16, Value) {
    let admin = std::fs::read_to_string(dir.join("admin-token")).unwrap();
    get_as(dir, url, admin.trim())
}

fn get_as(dir: &Path, url: &str, token: &str) -> (u16, Value) {
    let out = Command::new("curl")
        .args(["-s", "-w", "\n%{http_code}", "--cacert"])
        .arg(dir.join("tls/ca.pem"))
        .args(["-H", &format!("Authorization: Bearer {token}")])
        .arg(url)
        .output()
        .unwrap();
    let t = String::from_utf8_lossy(&out.stdout).to_string();
    let (body, code) = t.rsplit_once('\n').unwrap();
    (
        code.parse().unwrap(),
        serde_json::from_str(body).unwrap_or(Value::Null),
    )
}

#[test]
fn init_creates_private_files_and_is_idempotent() {
    let d = tmp("init");
    let o = ward()
        .args(["init", "--data-dir"])
        .arg(&d)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains("NOT sealed"),
        "the unsealed keystore must be announced loudly"
    );
    for f in [
        "keystore.json",
        "admin-token",
        "tls/ca.pem",
        "tls/server.pem",
        "tls/server-key.pem",
        "ward.db",
        "policies/default.cedar",
    ] {
        assert!(d.join(f).exists(), "{f}");
    }
    use std::os::unix::fs::PermissionsExt;
    for f in ["keystore.json", "admin-token", "tls/server-key.pem"] {
        assert_eq!(
            std::fs::metadata(d.join(f)).unwrap().permissions().mode() & 0o777,
            0o600,
            "{f}"
        );
    }
    let token = std::fs::read_to_string(d.join("admin-token")).unwrap();
    let o = ward()
        .args(["init", "--data-dir"])
        .arg(&d)
        .output()
        .unwrap();
    assert!(o.status.success());
    assert_eq!(
        token,
        std::fs::read_to_string(d.join("admin-token")).unwrap(),
        "init never overwrites"
    );

    // Sealed keystore: the passphrase is needed, and a wrong one is one clear line.
    let d2 = tmp("sealed");
    let o = ward()
        .args(["init", "--data-dir"])
        .arg(&d2)
        .env("WARD_PASSPHRASE", "a long and private passphrase")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    assert!(!text(&o).contains("NOT sealed"));
    assert!(
        std::fs::read_to_string(d2.join("keystore.json"))
            .unwrap()
            .contains("argon2id")
    );
    let o = ward()
        .args(["init", "--data-dir"])
        .arg(&d2)
        .env("WARD_PASSPHRASE", "wrong")
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert!(text(&o).contains("wrong passphrase"), "{}", text(&o));
    let o = ward()
        .args(["init", "--data-dir"])
        .arg(&d2)
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert!(text(&o).contains("WARD_PASSPHRASE"), "{}", text(&o));

    // Bad configuration: one line, non-zero exit.
    let o = ward()
        .args(["init", "--data-dir"])
        .arg(&d)
        .args(["--database", "mysql://x"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr).lines().count(),
        1,
        "{}",
        text(&o)
    );
    for p in [d, d2] {
        let _ = std::fs::remove_dir_all(p);
    }
}

#[test]
fn import_twice_erase_and_rotate() {
    let d = tmp("flow");
    let files = synthea();
    let s = Server::start(&d);
    let o = s.import(&d, &files[..4]);
    assert!(o.status.success(), "{}", text(&o));
    let first = text(&o);
    assert!(first.contains("resources created"), "{first}");
    let (_, count1) = get(&d, &format!("{}/Observation?_summary=count", s.url()));
    // Again: nothing new.
    let o = s.import(&d, &files[..4]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains(" 0 resources created"), "{}", text(&o));
    let (_, count2) = get(&d, &format!("{}/Observation?_summary=count", s.url()));
    assert_eq!(count1["total"], count2["total"]);
    assert!(count1["total"].as_i64().unwrap() > 100);
    // A bad file is reported and does not stop the good ones.
    let bad = d.join("bad.json");
    std::fs::write(&bad, br#"{"resourceType":"Bundle","type":"transaction","entry":[{"resource":{"resourceType":"Patient","active":null},"request":{"method":"POST","url":"Patient"}}]}"#).unwrap();
    let o = s.import(&d, &[bad.clone(), files[5].clone()]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("bad.json"), "{}", text(&o));
    assert!(text(&o).contains("imported 1 files"), "{}", text(&o));

    // Key operations refuse to run beside a live server.
    let pid = serde_json::from_slice::<Value>(&std::fs::read(&files[0]).unwrap()).unwrap()["entry"]
        [0]["resource"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let o = ward()
        .args(["patient", "erase", &pid, "--yes", "--data-dir"])
        .arg(&d)
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert!(text(&o).contains("stop it first"), "{}", text(&o));
    s.stop();

    let o = ward()
        .args(["patient", "erase", &pid, "--yes", "--data-dir"])
        .arg(&d)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let o = ward()
        .args(["keys", "rotate", "--data-dir"])
        .arg(&d)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("re-wrapped"), "{}", text(&o));

    let s = Server::start(&d);
    let (st, v) = get(&d, &format!("{}/Patient/{pid}", s.url()));
    assert_eq!(st, 410, "{v}");
    let other = serde_json::from_slice::<Value>(&std::fs::read(&files[1]).unwrap()).unwrap()["entry"][0]["resource"]["id"].as_str().unwrap().to_string();
    let (st, _) = get(&d, &format!("{}/Patient/{other}", s.url()));
    assert_eq!(st, 200, "other patients survive erasure and rotation");
    s.stop();
    let _ = std::fs::remove_dir_all(d);
}

#[test]
fn killing_the_server_mid_import_leaves_no_half_transaction() {
    let d = tmp("crash");
    let files = synthea();
    let s = Server::start(&d);
    let port = s.port;
    let importer = ward()
        .args(["import", "-q", "--parallel", "2", "--data-dir"])
        .arg(&d)
        .args(["--url", &format!("https://localhost:{port}")])
        .args(&files[..30])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Let a few transactions commit, then SIGKILL the server while others are in flight.
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let (_, v) = get(
            &d,
            &format!("https://localhost:{port}/Patient?_summary=count"),
        );
        if v["total"].as_i64().unwrap_or(0) >= 3 || Instant::now() > deadline {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    s.kill();
    let mut importer = importer;
    let _ = importer.wait();

    let s = Server::start(&d);
    let (mut full, mut empty) = (0, 0);
    for f in &files[..30] {
        let b: Value = serde_json::from_slice(&std::fs::read(f).unwrap()).unwrap();
        let pid = b["entry"][0]["resource"]["id"].as_str().unwrap();
        let expected = b["entry"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| {
                !matches!(
                    e["resource"]["resourceType"].as_str(),
                    Some("Organization" | "Practitioner" | "Patient")
                )
            })
            .count() as i64;
        let (_, ev) = get(
            &d,
            &format!("{}/Patient/{pid}/$everything?_count=1000", s.url()),
        );
        let (_, p) = get(&d, &format!("{}/Patient?_id={pid}&_summary=count", s.url()));
        let in_compartment = ev["entry"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter(|e| {
                        !matches!(
                            e["resource"]["resourceType"].as_str(),
                            Some("Organization" | "Practitioner" | "Patient")
                        )
                    })
                    .count() as i64
            })
            .unwrap_or(0);
        match p["total"].as_i64().unwrap() {
            0 => {
                assert_eq!(
                    in_compartment,
                    0,
                    "{}: resources without their patient",
                    f.display()
                );
                empty += 1;
            }
            _ => {
                assert_eq!(
                    in_compartment,
                    expected,
                    "{}: a half transaction",
                    f.display()
                );
                full += 1;
            }
        }
    }
    assert!(full >= 3, "some bundles committed before the kill ({full})");
    assert!(
        empty >= 1,
        "the kill interrupted the import ({full} of 30 complete)"
    );
    s.stop();
    let _ = std::fs::remove_dir_all(d);
}

#[test]
fn an_invalid_policy_stops_the_server_and_names_file_and_line() {
    let d = tmp("badpolicy");
    let o = ward()
        .args(["init", "--data-dir"])
        .arg(&d)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    std::fs::write(
        d.join("policies/site.cedar"),
        "// a site rule\npermit (principal, action, resource)\nwhen { context.no_such_fact };\n",
    )
    .unwrap();
    let o = ward()
        .args(["serve", "--data-dir"])
        .arg(&d)
        .args(["--listen", &format!("127.0.0.1:{}", free_port())])
        .output()
        .unwrap();
    assert!(
        !o.status.success(),
        "a server with an invalid policy must not start"
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("site.cedar line 3"), "{err}");
    let _ = std::fs::remove_dir_all(&d);
}

/// Runs `ward` with `input` on standard input.
fn ward_with_stdin(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut c = ward()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    c.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    c.wait_with_output().unwrap()
}

#[test]
fn a_clinician_signs_in_and_sees_only_their_patients() {
    let d = tmp("users");
    let ds = d.to_str().unwrap();
    let o = ward().args(["init", "--data-dir", ds]).output().unwrap();
    assert!(o.status.success(), "{}", text(&o));
    // A blocklisted password is refused, with a reason and no echo of it.
    let o = ward_with_stdin(
        &[
            "user",
            "add",
            "--data-dir",
            ds,
            "--username",
            "drh",
            "--role",
            "physician",
            "--password-stdin",
        ],
        "password1\n",
    );
    assert!(!o.status.success());
    assert!(text(&o).contains("common or breached"), "{}", text(&o));
    assert!(!text(&o).contains("password1"), "{}", text(&o));
    let pw = "stethoscope and coffee";
    let o = ward_with_stdin(
        &[
            "user",
            "add",
            "--data-dir",
            ds,
            "--username",
            "drh",
            "--role",
            "physician",
            "--password-stdin",
        ],
        &format!("{pw}\n"),
    );
    assert!(o.status.success(), "{}", text(&o));
    let out = text(&o);
    let uri = out
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("otpauth://"))
        .expect("the otpauth URI is printed");
    let secret = ward_access::totp::TotpSecret::from_otpauth_uri(uri).unwrap();
    let o = ward()
        .args(["user", "list", "--data-dir", ds])
        .output()
        .unwrap();
    assert!(
        text(&o).contains("drh") && text(&o).contains("physician"),
        "{}",
        text(&o)
    );

    let s = Server::start_plain(&d);
    let files = synthea();
    let o = s.import(&d, &files[..2]);
    assert!(o.status.success(), "{}", text(&o));
    let bundle: Value = serde_json::from_slice(&std::fs::read(&files[0]).unwrap()).unwrap();
    let patient = bundle["entry"][0]["resource"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let o = ward()
        .args([
            "user",
            "assign",
            "--data-dir",
            ds,
            "--username",
            "drh",
            "--patient",
            &patient,
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));

    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let code = secret.code_at(now).unwrap();
    let o = ward_with_stdin(
        &[
            "login",
            "--data-dir",
            ds,
            "--url",
            &s.url(),
            "--username",
            "drh",
            "--password-stdin",
            "--otp",
            code.as_str(),
        ],
        &format!("{pw}\n"),
    );
    assert!(o.status.success(), "{}", text(&o));
    let token = String::from_utf8_lossy(&o.stdout).trim().to_string();
    assert_eq!(token.split('.').count(), 3, "{token}");

    let (st, v) = get_as(&d, &format!("{}/Patient?_summary=count", s.url()), &token);
    assert_eq!(
        (st, v["total"].as_i64()),
        (200, Some(1)),
        "only the assigned patient: {v}"
    );
    let (st, v) = get_as(
        &d,
        &format!("{}/Observation?_summary=count", s.url()),
        &token,
    );
    let (_, mine) = get_as(
        &d,
        &format!(
            "{}/Observation?subject=Patient/{patient}&_summary=count",
            s.url()
        ),
        &token,
    );
    assert_eq!(st, 200);
    assert!(v["total"].as_i64().unwrap() > 0);
    assert_eq!(
        v["total"], mine["total"],
        "observations of other patients were counted"
    );

    // Disabled while the server runs: the token stops working within a second.
    let o = ward()
        .args(["user", "disable", "--data-dir", ds, "--username", "drh"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    std::thread::sleep(Duration::from_millis(1500));
    let (st, _) = get_as(&d, &format!("{}/Patient?_summary=count", s.url()), &token);
    assert_eq!(st, 401);
    s.stop();
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn a_vendor_service_gets_a_token_with_its_key_and_sees_only_its_profile() {
    let d = tmp("vendor");
    let ds = d.to_str().unwrap();
    let o = ward().args(["init", "--data-dir", ds]).output().unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let prefix = d.join("lab");
    let o = ward()
        .args([
            "client", "keygen", "--alg", "ES384", "--kid", "lab-1", "--out",
        ])
        .arg(&prefix)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let key = d.join("lab.key.pem");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "the private key is readable by others");
    }
    // Never overwrite a key.
    let o = ward()
        .args(["client", "keygen", "--out"])
        .arg(&prefix)
        .output()
        .unwrap();
    assert!(!o.status.success());

    // A profile with a mistake is refused with one line that says where.
    let bad = d.join("bad.json");
    std::fs::write(
        &bad,
        r#"{"resourceTypes": ["Patient"], "elements": {"Patient": ["name.family"]}}"#,
    )
    .unwrap();
    let add = |profile: &Path| {
        ward()
            .args([
                "client",
                "add",
                "--data-dir",
                ds,
                "--client-id",
                "lab",
                "--name",
                "Lab Co",
                "--kind",
                "confidential-asymmetric",
                "--role",
                "vendor-service",
                "--jwks",
            ])
            .arg(d.join("lab.jwks.json"))
            .arg("--profile")
            .arg(profile)
            .output()
            .unwrap()
    };
    let o = add(&bad);
    assert!(!o.status.success());
    assert!(text(&o).contains("top-level element"), "{}", text(&o));
    let profile = d.join("profile.json");
    std::fs::write(
        &profile,
        r#"{"resourceTypes": ["Patient"], "elements": {"Patient": ["gender", "birthDate"]}, "purposes": ["HOPERAT"]}"#,
    )
    .unwrap();
    let o = add(&profile);
    assert!(o.status.success(), "{}", text(&o));

    let s = Server::start_plain(&d);
    let files = synthea();
    let o = s.import(&d, &files[..1]);
    assert!(o.status.success(), "{}", text(&o));
    let bundle: Value = serde_json::from_slice(&std::fs::read(&files[0]).unwrap()).unwrap();
    let patient = &bundle["entry"][0]["resource"];
    let family = patient["name"][0]["family"].as_str().unwrap();

    let o = ward()
        .args([
            "client",
            "assertion",
            "--data-dir",
            ds,
            "--client-id",
            "lab",
            "--kid",
            "lab-1",
            "--key",
        ])
        .arg(&key)
        .args(["--aud", &format!("{}/auth/token", s.url())])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let assertion = String::from_utf8_lossy(&o.stdout).trim().to_string();
    let out = Command::new("curl")
        .args(["-s", "--cacert"])
        .arg(d.join("tls/ca.pem"))
        .args([
            "-d",
            "grant_type=client_credentials",
            "-d",
            "client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            "-d",
            &format!("client_assertion={assertion}"),
            "--data-urlencode",
            "scope=system/*.rs",
            &format!("{}/auth/token", s.url()),
        ])
        .output()
        .unwrap();
    let t: Value = serde_json::from_slice(&out.stdout).unwrap();
    let token = t["access_token"].as_str().unwrap_or_else(|| panic!("{t}"));

    let id = patient["id"].as_str().unwrap();
    let (st, v) = get_as(&d, &format!("{}/Patient/{id}", s.url()), token);
    assert_eq!(st, 200, "{v}");
    assert_eq!(v["gender"], patient["gender"]);
    assert!(v.get("name").is_none() && v.get("address").is_none(), "{v}");
    assert!(!v.to_string().contains(family), "{v}");
    assert_eq!(v["meta"]["security"][0]["code"], "REDACTED");
    let (st, _) = get_as(
        &d,
        &format!("{}/Observation?_summary=count", s.url()),
        token,
    );
    assert_eq!(st, 403);
    s.stop();
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn ledger_verify_finds_a_tampered_entry_and_names_it() {
    let d = tmp("ledger");
    let s = Server::start(&d);
    let o = s.import(&d, &synthea()[..1]);
    assert!(o.status.success(), "{}", text(&o));
    for _ in 0..4 {
        let (st, _) = get(&d, &format!("{}/Patient?_count=3", s.url()));
        assert_eq!(st, 200);
    }
    // An administration command appends to the log while the server runs; the server
    // takes its entries in and goes on recording.
    let o = ward()
        .args([
            "user",
            "add",
            "--username",
            "auditme",
            "--role",
            "nurse",
            "--data-dir",
        ])
        .arg(&d)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let o = ward()
        .args(["user", "disable", "--username", "nobody-here", "--data-dir"])
        .arg(&d)
        .output()
        .unwrap();
    assert!(!o.status.success(), "{}", text(&o));
    for _ in 0..2 {
        let (st, _) = get(&d, &format!("{}/Patient?_count=3", s.url()));
        assert_eq!(st, 200);
    }
    std::thread::sleep(Duration::from_millis(1500)); // one checkpoint cadence
    s.stop();
    let py = format!(
        "import sqlite3; c = sqlite3.connect('{}'); print('\\n'.join(bytes(r[0]).decode() for r in c.execute('SELECT entry FROM ward_ledger ORDER BY idx')))",
        d.join("ward-ledger.db").display()
    );
    let o = Command::new("python3").args(["-c", &py]).output().unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let entries: Vec<Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let of = |action: &str| -> Vec<&Value> {
        entries.iter().filter(|e| e["action"] == action).collect()
    };
    // The start, with digests of its settings and policies.
    let conf = of("configure");
    assert_eq!(conf.len(), 1, "{entries:?}");
    let loaded = ward_access::Policies::load_dir(&d.join("policies")).unwrap();
    let detail = conf[0]["detail"].as_str().unwrap();
    assert!(
        detail.ends_with(&format!(
            "; {} policy files sha256 {}",
            loaded.files().len(),
            loaded.digest()
        )),
        "{detail}"
    );
    assert_eq!(loaded.digest().len(), 64);
    // The command: started, then its outcome, under one request id, by the operator.
    let add = of("user-add");
    assert_eq!(add.len(), 2, "{add:?}");
    assert_eq!(
        (add[0]["outcome"].as_str(), add[1]["outcome"].as_str()),
        (Some("started"), Some("success"))
    );
    assert_eq!(add[0]["request_id"], add[1]["request_id"]);
    assert_eq!(add[0]["ids"][0], "user:auditme");
    assert!(add[0]["principal"].as_str().unwrap().starts_with("local:"));
    let failed = of("user-disable");
    assert_eq!(failed.len(), 2, "{failed:?}");
    assert_eq!(failed[1]["outcome"], "failure");
    // Requests after the command were recorded after its entries.
    let last_add = entries
        .iter()
        .rposition(|e| e["action"] == "user-disable")
        .unwrap();
    assert!(
        entries[last_add + 1..]
            .iter()
            .any(|e| e["action"] == "search")
    );
    let verify = || {
        ward()
            .args(["ledger", "verify", "--data-dir"])
            .arg(&d)
            .output()
            .unwrap()
    };
    let o = verify();
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("ledger verified"), "{}", text(&o));
    // The search index: rebuilt on demand (and recorded), then one of its rows removed
    // to hide an access: verify names the entry; a rebuild mends it.
    let reindex = || {
        ward()
            .args(["ledger", "reindex", "--data-dir"])
            .arg(&d)
            .output()
            .unwrap()
    };
    let o = reindex();
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("search index rebuilt"), "{}", text(&o));
    let db = d.join("ward-ledger.db");
    let sql = |q: &str| {
        let py = format!(
            "import sqlite3; c = sqlite3.connect('{}'); r = c.execute(\"{q}\").fetchall(); c.commit(); print(r)",
            db.display()
        );
        let o = Command::new("python3").args(["-c", &py]).output().unwrap();
        assert!(o.status.success(), "{}", text(&o));
        String::from_utf8(o.stdout).unwrap()
    };
    let hidden = sql("SELECT MAX(idx) FROM ward_ledger_keys WHERE k = 'a:ward-cli'");
    let hidden: i64 = hidden
        .trim()
        .trim_matches(|c| "[(),]".contains(c))
        .parse()
        .unwrap();
    sql(&format!(
        "DELETE FROM ward_ledger_keys WHERE idx = {hidden} AND k = 'a:ward-cli'"
    ));
    let o = verify();
    assert!(!o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains(&format!("search index does not match entry {hidden}")),
        "{}",
        text(&o)
    );
    let o = reindex();
    assert!(o.status.success(), "{}", text(&o));
    let o = verify();
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("search index matches"), "{}", text(&o));
    // An auditor with a copy of the ledger file and the published key: no keystore, no
    // vault database.
    let key = ward()
        .args(["ledger", "key", "--data-dir"])
        .arg(&d)
        .output()
        .unwrap();
    assert!(key.status.success(), "{}", text(&key));
    let key = String::from_utf8(key.stdout).unwrap().trim().to_string();
    let copy = tmp("ledger-copy");
    std::fs::create_dir_all(&copy).unwrap();
    std::fs::copy(d.join("ward-ledger.db"), copy.join("ward-ledger.db")).unwrap();
    let o = ward()
        .args(["ledger", "verify", "--key", &key, "--data-dir"])
        .arg(&copy)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("ledger verified"), "{}", text(&o));
    assert!(!copy.join("keystore.json").exists() && !copy.join("ward.db").exists());
    // Another log's key (same name, another key pair) is refused.
    let signer = ward_ledger::note::Signer::from_pkcs8(
        key.split('+').next().unwrap(),
        &ward_ledger::note::Signer::generate_pkcs8().unwrap(),
    )
    .unwrap();
    let o = ward()
        .args([
            "ledger",
            "verify",
            "--key",
            &signer.verifier_key(),
            "--data-dir",
        ])
        .arg(&copy)
        .output()
        .unwrap();
    assert!(!o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("FAILED"), "{}", text(&o));
    let _ = std::fs::remove_dir_all(&copy);
    // Change one entry the way a database administrator could.
    let db = d.join("ward-ledger.db");
    let py = format!(
        "import sqlite3; c = sqlite3.connect('{}'); c.execute(\"UPDATE ward_ledger SET entry = replace(entry, 'outcome' || char(34, 58, 34) || 's', 'outcome' || char(34, 58, 34) || 'S') WHERE idx = 1\"); c.commit()",
        db.display()
    );
    let st = Command::new("python3").args(["-c", &py]).status().unwrap();
    assert!(st.success());
    let o = verify();
    assert!(!o.status.success());
    assert!(text(&o).contains("FAILED"), "{}", text(&o));
    // The range named holds index 1 (where it starts depends on the earlier checkpoints).
    assert!(
        text(&o).contains("[0, ") || text(&o).contains("[1, "),
        "{}",
        text(&o)
    );
    // Undo that, remove another: named by its index.
    let py = format!(
        "import sqlite3; c = sqlite3.connect('{}'); c.execute(\"UPDATE ward_ledger SET entry = replace(entry, 'outcome' || char(34, 58, 34) || 'S', 'outcome' || char(34, 58, 34) || 's') WHERE idx = 1\"); c.execute('DELETE FROM ward_ledger WHERE idx = 2'); c.commit()",
        db.display()
    );
    assert!(
        Command::new("python3")
            .args(["-c", &py])
            .status()
            .unwrap()
            .success()
    );
    let o = verify();
    assert!(text(&o).contains("index 2"), "{}", text(&o));
    let _ = std::fs::remove_dir_all(&d);
}

/// Waits until something listens on `port`.
fn wait_for(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "nothing listens on {port}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn stop_child(mut c: Child) {
    let _ = Command::new("kill")
        .args(["-TERM", &c.id().to_string()])
        .status();
    let _ = c.wait();
}

#[test]
fn a_witness_cosigns_and_offline_proofs_verify_with_the_keys_alone() {
    let d = tmp("witness");
    // First start: the ledger and its key exist.
    let s = Server::start(&d);
    let (st, _) = get(&d, &format!("{}/Patient?_count=1", s.url()));
    assert_eq!(st, 200);
    let o = ward()
        .args(["ledger", "key", "--data-dir"])
        .arg(&d)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let log_key = String::from_utf8(o.stdout).unwrap().trim().to_string();
    s.stop();

    // A partner site's witness trusting that key.
    let wdir = d.join("witness");
    let wport = free_port();
    let witness = ward()
        .args([
            "witness",
            "--name",
            "witness.partner.example",
            "--log",
            &log_key,
            "--algorithm",
            "ml-dsa-44",
        ])
        .arg("--dir")
        .arg(&wdir)
        .args(["--listen", &format!("127.0.0.1:{wport}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_for(wport);
    let o = ward()
        .args([
            "witness",
            "--name",
            "witness.partner.example",
            "--print-key",
        ])
        .arg("--dir")
        .arg(&wdir)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let witness_key = String::from_utf8(o.stdout).unwrap().trim().to_string();
    assert!(
        ward_ledger::note::Verifier::parse(&witness_key)
            .unwrap()
            .is_post_quantum(),
        "{witness_key}"
    );

    // The server, configured with the witness in ward.toml.
    let conf = d.join("ward.toml");
    std::fs::write(
        &conf,
        format!(
            "checkpoint_interval_ms = 200\n[[witness]]\nurl = \"https://localhost:{wport}\"\nkey = \"{witness_key}\"\nca = \"{}\"\n",
            wdir.join("tls/ca.pem").display()
        ),
    )
    .unwrap();
    let port = free_port();
    let server = ward()
        .args(["serve", "--data-dir"])
        .arg(&d)
        .arg("--config")
        .arg(&conf)
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_for(port);
    let url = format!("https://localhost:{port}");
    for _ in 0..3 {
        assert_eq!(get(&d, &format!("{url}/Patient?_count=1")).0, 200);
    }
    let curl = |path: &str| {
        let admin = std::fs::read_to_string(d.join("admin-token")).unwrap();
        let o = Command::new("curl")
            .args(["-sf", "--cacert"])
            .arg(d.join("tls/ca.pem"))
            .args(["-H", &format!("Authorization: Bearer {}", admin.trim())])
            .arg(format!("{url}{path}"))
            .output()
            .unwrap();
        assert!(o.status.success(), "GET {path}");
        String::from_utf8(o.stdout).unwrap()
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    while !curl("/ledger/checkpoint").contains("\u{2014} witness.partner.example ") {
        assert!(
            Instant::now() < deadline,
            "the checkpoint was never cosigned"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let proof = d.join("entry-1.tlog-proof");
    std::fs::write(&proof, curl("/ledger/entries/1/proof")).unwrap();
    let export = d.join("export.ndjson");
    std::fs::write(&export, curl("/ledger/export?date=ge2020-01-01")).unwrap();
    stop_child(server);
    stop_child(witness);

    // Offline: the keys alone.
    let verify = |file: &Path, quorum: &str| {
        ward()
            .args(["ledger", "verify-proof"])
            .arg(file)
            .args([
                "--key",
                &log_key,
                "--witness",
                &witness_key,
                "--quorum",
                quorum,
            ])
            .output()
            .unwrap()
    };
    let o = verify(&proof, "1");
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains("cosigned by witness.partner.example"),
        "{}",
        text(&o)
    );
    let o = verify(&export, "0");
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("export verified"), "{}", text(&o));
    // `ward ledger key` gave both log keys: a proof stripped of the log's ML-DSA-44
    // signature fails them, and passes the Ed25519 key alone.
    let (ed_key, pq_key) = log_key.split_once('\n').unwrap();
    let stripped = d.join("stripped.tlog-proof");
    // The log's two lines share its name: the first is Ed25519, the second ML-DSA-44.
    let full = std::fs::read_to_string(&proof).unwrap();
    let name_line = format!("\n\u{2014} {} ", ed_key.split('+').next().unwrap());
    let first = full.find(&name_line).unwrap();
    let second = first + 1 + full[first + 1..].find(&name_line).unwrap();
    let end = second + 1 + full[second + 1..].find('\n').unwrap();
    std::fs::write(&stripped, format!("{}{}", &full[..second], &full[end..])).unwrap();
    let only = |keys: &[&str]| {
        let mut c = ward();
        c.args(["ledger", "verify-proof"]).arg(&stripped);
        for k in keys {
            c.args(["--key", k]);
        }
        c.output().unwrap()
    };
    assert!(only(&[ed_key]).status.success());
    let o = only(&[ed_key, pq_key]);
    assert!(!o.status.success());
    assert!(text(&o).contains("ML-DSA-44"), "{}", text(&o));
    // The same proof claiming another index fails, and so does an edited export line.
    let moved = std::fs::read_to_string(&proof)
        .unwrap()
        .replace("\nindex 1\n", "\nindex 0\n");
    std::fs::write(&proof, moved).unwrap();
    let o = verify(&proof, "0");
    assert!(!o.status.success());
    assert!(text(&o).contains("FAILED"), "{}", text(&o));
    let edited =
        std::fs::read_to_string(&export)
            .unwrap()
            .replacen("\"success\"", "\"failure\"", 1);
    std::fs::write(&export, edited).unwrap();
    let o = verify(&export, "0");
    assert!(!o.status.success());
    assert!(text(&o).contains("line 1"), "{}", text(&o));
    let _ = std::fs::remove_dir_all(&d);
}

/// `ward deid` as a user runs it: safe-harbor over three Synthea files and one broken file
/// (reported, not written, exit 1), `check` on the output (exit 0) and on the originals
/// (exit 1, element paths and no values printed), and `deid text` with the JSONL
/// interface and code-point offsets.
#[test]
fn deid_commands_work_end_to_end() {
    let dir = tmp("deid");
    let input = dir.join("in");
    std::fs::create_dir_all(&input).unwrap();
    let files: Vec<PathBuf> = synthea()
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .take(3)
        .collect();
    for f in &files {
        std::fs::copy(f, input.join(f.file_name().unwrap())).unwrap();
    }
    std::fs::write(
        input.join("broken.json"),
        "{\"resourceType\": \"Patient\", ",
    )
    .unwrap();
    let out = dir.join("out");
    let o = ward()
        .args(["deid", "fhir", "--profile", "safe-harbor", "-q", "--input"])
        .arg(&input)
        .arg("--output")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("broken.json") && err.contains("not JSON"),
        "{err}"
    );
    assert!(!out.join("broken.json").exists());
    let written: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(written.len(), 3, "{written:?}");
    std::fs::remove_file(input.join("broken.json")).unwrap();

    let o = ward().args(["deid", "check"]).arg(&out).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    let o = ward().args(["deid", "check"]).arg(&input).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    let report = String::from_utf8_lossy(&o.stdout);
    assert!(report.contains(".name[0].family: name"), "{report}");
    let original: Value =
        serde_json::from_str(&std::fs::read_to_string(&files[0]).unwrap()).unwrap();
    let family = original["entry"][0]["resource"]["name"][0]["family"]
        .as_str()
        .unwrap();
    // Lines are "FILE: PATH: KIND"; the input's file names are the user's own.
    let printed: Vec<&str> = report
        .lines()
        .filter_map(|l| l.split_once(".json: ").map(|x| x.1))
        .collect();
    assert!(
        !printed.is_empty() && printed.iter().all(|l| !l.contains(family)),
        "the check printed a value"
    );

    let notes = dir.join("notes.jsonl");
    std::fs::write(
        &notes,
        "{\"id\": \"n1\", \"text\": \"Café ☕ note: Dr. José Núñez saw Mrs. Ada Byrne on 03/14/2023.\"}\n{\"id\": 2, \"text\": \"Parkinson's disease, stable.\"}\n",
    )
    .unwrap();
    let result = dir.join("out.jsonl");
    let o = ward()
        .args(["deid", "text", "--input"])
        .arg(&notes)
        .arg("--output")
        .arg(&result)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let lines: Vec<Value> = std::fs::read_to_string(&result)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let input_text: Vec<char> = "Café ☕ note: Dr. José Núñez saw Mrs. Ada Byrne on 03/14/2023."
        .chars()
        .collect();
    let spans: Vec<(String, String)> = lines[0]["phi"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let (a, b) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            (
                input_text[a..b].iter().collect(),
                s["type"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        spans.contains(&("José Núñez".into(), "NAME".into())),
        "{spans:?}"
    );
    assert!(
        spans.contains(&("Ada Byrne".into(), "NAME".into())),
        "{spans:?}"
    );
    assert!(
        spans.contains(&("03/14/2023".into(), "DATE".into())),
        "{spans:?}"
    );
    assert!(
        lines[0]["text"]
            .as_str()
            .unwrap()
            .contains("Dr. [NAME] saw")
    );
    assert_eq!(lines[1]["id"], 2);
    assert_eq!(lines[1]["text"], "Parkinson's disease, stable.");

    std::fs::write(&notes, "{\"id\": \"n1\"}\n").unwrap();
    let o = ward()
        .args(["deid", "text", "--input"])
        .arg(&notes)
        .arg("--output")
        .arg(dir.join("x.jsonl"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("line 1"));
    assert!(!dir.join("x.jsonl").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

/// `ward deid train-tagger` learns a cue from annotated notes, `ward deid text --tagger M`
/// uses the model it wrote (and `--tagger none` does not), and a malformed model or zero
/// passes stop the command with a message and exit 1.
#[test]
fn a_site_trains_its_own_tagger_and_uses_it() {
    let dir = tmp("tagger");
    let mut train = String::new();
    for (who, town) in [
        ("Ardith", "Quillby"),
        ("Borislav", "Rostrevor"),
        ("Cosima", "Saltash"),
        ("Dagny", "Tewkesbury"),
        ("Eulalie", "Umberleigh"),
        ("Fenwick", "Vobster"),
    ] {
        let text = format!(
            "Called today and spoke with {who} about the dressing change. She lives in {town} with her dog and two cats."
        );
        let at = |w: &str| text.find(w).unwrap();
        let phi = serde_json::json!([
            {"start": at(who), "end": at(who) + who.len(), "type": "NAME"},
            {"start": at(town), "end": at(town) + town.len(), "type": "CITY"},
        ]);
        train += &format!(
            "{}\n",
            serde_json::json!({"id": who, "text": text, "phi": phi})
        );
    }
    let input = dir.join("train.jsonl");
    std::fs::write(&input, train).unwrap();
    let model = dir.join("site.model");
    let o = ward()
        .args(["deid", "train-tagger", "--epochs", "5", "--input"])
        .arg(&input)
        .arg("--output")
        .arg(&model)
        .arg("--eval")
        .arg(&input)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        stdout.contains("rules + this model: token recall 1.000"),
        "{stdout}"
    );

    let notes = dir.join("notes.jsonl");
    std::fs::write(
        &notes,
        "{\"id\": 1, \"text\": \"Called today and spoke with Wilhelmina about the dressing change. She lives in Xanthe with her dog and two cats.\"}\n",
    )
    .unwrap();
    let found = |tagger: &Path| -> Vec<String> {
        let out = dir.join("out.jsonl");
        let o = ward()
            .args(["deid", "text", "--input"])
            .arg(&notes)
            .arg("--output")
            .arg(&out)
            .arg("--tagger")
            .arg(tagger)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let line: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
        line["phi"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["type"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(found(&model), ["NAME", "CITY"]);
    // The rules alone know no cue for a town after "lives in".
    assert!(!found(Path::new("none")).contains(&"CITY".to_string()));

    std::fs::write(&model, "# ward-deid tagger v1\n1\tword\tPERSON=1\n").unwrap();
    let o = ward()
        .args(["deid", "text", "--input"])
        .arg(&notes)
        .arg("--output")
        .arg(dir.join("x.jsonl"))
        .arg("--tagger")
        .arg(&model)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("line 2 is malformed"));
    let o = ward()
        .args(["deid", "train-tagger", "--epochs", "0", "--input"])
        .arg(&input)
        .arg("--output")
        .arg(dir.join("y.model"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(!dir.join("y.model").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

/// `ward deid anonymize-table` on ARX's fixture with an added name column: the name is
/// dropped, the output is 2-anonymous, `ward deid risk --json` on it gives ARX's risks,
/// and a value outside its hierarchy is refused by row number, not by value.
#[test]
fn table_risk_and_anonymization_from_the_command_line() {
    let dir = tmp("table");
    let fixture =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/arx-fixture");
    let data = std::fs::read_to_string(fixture.join("data.csv")).unwrap();
    let mut lines = data.lines();
    let mut table = format!("name;{};dx\n", lines.next().unwrap());
    for (i, l) in lines.enumerate() {
        table += &format!("Person{i};{l};{}\n", ["flu", "asthma"][i % 2]);
    }
    let input = dir.join("table.csv");
    std::fs::write(&input, &table).unwrap();
    let risk = |file: &Path| -> Value {
        let o = ward()
            .args([
                "deid",
                "risk",
                "--quasi",
                "age,gender,zipcode",
                "--sensitive",
                "dx",
            ])
            .arg("--input")
            .arg(file)
            .arg("--json")
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", text(&o));
        serde_json::from_slice(&o.stdout).unwrap()
    };
    let before = risk(&input);
    assert_eq!(before["prosecutor"]["highest_risk"], 1.0);
    assert_eq!(before["k"], 1);

    let out = dir.join("out.csv");
    let report = dir.join("report.json");
    let o = ward()
        .args(["deid", "anonymize-table", "--k", "2", "--drop", "name"])
        .arg("--hierarchies")
        .arg(&fixture)
        .arg("--input")
        .arg(&input)
        .arg("--output")
        .arg(&out)
        .arg("--report")
        .arg(&report)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let printed = text(&o);
    assert!(
        printed.contains("passed through unchanged: dx"),
        "{printed}"
    );
    assert!(!printed.contains("Person"), "{printed}");
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(written.starts_with("age;gender;zipcode;dx\n"), "{written}");
    assert!(!written.contains("Person"));
    let after = risk(&out);
    assert_eq!(after["prosecutor"]["highest_risk"], 0.5);
    assert!((after["prosecutor"]["success_rate"].as_f64().unwrap() - 3.0 / 7.0).abs() < 1e-12);
    let r: Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    assert_eq!(r["risk_after"]["k"], 2);
    assert_eq!(r["anonymization"]["suppressed"], 0);

    std::fs::write(&input, table.replace("Person3;70", "Person3;unknown-age")).unwrap();
    let o = ward()
        .args(["deid", "anonymize-table", "--k", "2"])
        .arg("--hierarchies")
        .arg(&fixture)
        .arg("--input")
        .arg(&input)
        .arg("--output")
        .arg(dir.join("bad.csv"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let e = text(&o);
    assert!(
        e.contains("'age', row 5") && !e.contains("unknown-age"),
        "{e}"
    );
    assert!(!dir.join("bad.csv").exists());
    let _ = std::fs::remove_dir_all(&dir);
}
