//! `cargo +nightly fuzz run deid_table`: CSV tables and ARX hierarchies from arbitrary
//! bytes are read or refused, never a panic; the risk of whatever is read is computed.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ward_deid::table::{Hierarchy, Table, risk};

fuzz_target!(|data: &[u8]| {
    let _ = Hierarchy::parse(data, "fuzz");
    if let Ok(t) = Table::parse(data, None)
        && !t.header.is_empty()
    {
        let _ = risk(&t, &[0], t.header.get(1).map(|_| 1), None, 0.2);
    }
});
