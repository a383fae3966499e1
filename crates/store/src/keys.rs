//! The key ring: data keys wrapped by the root key in `ward_keys`, unwrapped on first
//! use and cached in memory. Only keys whose creation committed enter the cache.

use crate::{Result, StoreError};
use sqlx::{AnyConnection, AnyPool, Row};
use std::collections::HashMap;
use std::sync::RwLock;
use ward_crypto::{BlindIndexKey, DataKey, KeyId, RootKey};

pub struct KeyRing {
    root: RwLock<RootKey>,
    cache: RwLock<HashMap<KeyId, DataKey>>,
}

impl KeyRing {
    pub async fn load(pool: &AnyPool, root: RootKey) -> Result<Self> {
        // Every wrapped key must be under this root key: a wrong keystore is refused at
        // start, not discovered at the first read.
        let found = sqlx::query("SELECT DISTINCT kek_id FROM ward_keys")
            .fetch_all(pool)
            .await?;
        for r in found {
            let kek: String = r.try_get(0)?;
            if kek != root.id() {
                return Err(StoreError::WrongRootKey {
                    expected: root.id().to_string(),
                    found: kek,
                });
            }
        }
        Ok(Self {
            root: RwLock::new(root),
            cache: RwLock::new(HashMap::new()),
        })
    }

    pub fn root_id(&self) -> String {
        self.root.read().expect("root lock").id().to_string()
    }

    /// The key `id`, created (and committed) if it does not exist yet.
    pub async fn ensure(&self, pool: &AnyPool, id: &KeyId) -> Result<DataKey> {
        let mut tx = pool.begin().await?;
        let mut fresh = HashMap::new();
        let k = self.get_or_create(&mut tx, id, &mut fresh).await?;
        tx.commit().await?;
        self.commit(fresh);
        Ok(k)
    }

    /// The blind-index key, created on first open.
    pub async fn index_key(&self, pool: &AnyPool) -> Result<BlindIndexKey> {
        Ok(self.ensure(pool, &KeyId::index()).await?.into_index_key())
    }

    /// A committed key, or `None` if it was destroyed or never existed.
    pub async fn get(&self, conn: &mut AnyConnection, id: &KeyId) -> Result<Option<DataKey>> {
        if let Some(k) = self.cache.read().expect("key cache").get(id) {
            return Ok(Some(k.clone()));
        }
        let row = sqlx::query("SELECT wrapped FROM ward_keys WHERE key_id = $1")
            .bind(id.as_str())
            .fetch_optional(&mut *conn)
            .await?;
        let Some(row) = row else { return Ok(None) };
        let wrapped: Vec<u8> = row.try_get(0)?;
        let dek = self.root.read().expect("root lock").unwrap(id, &wrapped)?;
        self.cache
            .write()
            .expect("key cache")
            .insert(id.clone(), dek.clone());
        Ok(Some(dek))
    }

    /// The key for writing under `id` inside a transaction, created if needed. New keys
    /// go to `fresh` and reach the cache only through [`KeyRing::commit`].
    pub async fn get_or_create(
        &self,
        conn: &mut AnyConnection,
        id: &KeyId,
        fresh: &mut HashMap<KeyId, DataKey>,
    ) -> Result<DataKey> {
        if let Some(k) = fresh.get(id) {
            return Ok(k.clone());
        }
        if let Some(k) = self.get(conn, id).await? {
            return Ok(k);
        }
        if self.is_destroyed(conn, id).await? {
            return Err(StoreError::Erased(
                id.as_str().trim_start_matches("patient:").to_string(),
            ));
        }
        let dek = DataKey::generate()?;
        let (wrapped, kek_id) = {
            let root = self.root.read().expect("root lock");
            (root.wrap(id, &dek)?, root.id().to_string())
        };
        sqlx::query(
            "INSERT INTO ward_keys (key_id, kek_id, wrapped, created_ms) VALUES ($1, $2, $3, $4)",
        )
        .bind(id.as_str())
        .bind(kek_id)
        .bind(wrapped)
        .bind(ward_fhir::date::now_ms())
        .execute(&mut *conn)
        .await?;
        fresh.insert(id.clone(), dek.clone());
        Ok(dek)
    }

    pub fn commit(&self, fresh: HashMap<KeyId, DataKey>) {
        self.cache.write().expect("key cache").extend(fresh);
    }

    pub async fn is_destroyed(&self, conn: &mut AnyConnection, id: &KeyId) -> Result<bool> {
        Ok(sqlx::query("SELECT 1 FROM ward_erased WHERE key_id = $1")
            .bind(id.as_str())
            .fetch_optional(&mut *conn)
            .await?
            .is_some())
    }

    /// Deletes the wrapped key and records the erasure (inside the caller's transaction).
    pub async fn destroy(&self, conn: &mut AnyConnection, id: &KeyId) -> Result<()> {
        sqlx::query("DELETE FROM ward_keys WHERE key_id = $1")
            .bind(id.as_str())
            .execute(&mut *conn)
            .await?;
        sqlx::query("INSERT INTO ward_erased (key_id, erased_ms) VALUES ($1, $2) ON CONFLICT (key_id) DO NOTHING")
            .bind(id.as_str())
            .bind(ward_fhir::date::now_ms())
            .execute(&mut *conn)
            .await?;
        Ok(())
    }

    pub fn forget(&self, id: &KeyId) {
        self.cache.write().expect("key cache").remove(id);
    }

    /// Re-wraps every data key under `new_root`, in one transaction.
    pub async fn rotate(&self, pool: &AnyPool, new_root: RootKey) -> Result<usize> {
        let mut tx = pool.begin().await?;
        let rows = sqlx::query("SELECT key_id, wrapped FROM ward_keys")
            .fetch_all(&mut *tx)
            .await?;
        let mut n = 0;
        {
            for r in &rows {
                let id = KeyId::new(r.try_get::<String, _>(0)?);
                let wrapped: Vec<u8> = r.try_get(1)?;
                let dek = self.root.read().expect("root lock").unwrap(&id, &wrapped)?;
                let rewrapped = new_root.wrap(&id, &dek)?;
                sqlx::query("UPDATE ward_keys SET wrapped = $1, kek_id = $2 WHERE key_id = $3")
                    .bind(rewrapped)
                    .bind(new_root.id())
                    .bind(id.as_str())
                    .execute(&mut *tx)
                    .await?;
                n += 1;
            }
        }
        tx.commit().await?;
        *self.root.write().expect("root lock") = new_root;
        Ok(n)
    }
}
