import { PGlite } from '@electric-sql/pglite';
const db = await PGlite.create();
try { await db.exec('create extension if not exists btree_gist'); console.log('plain ok'); } catch (e) { console.log('plain fails:', e.message); }
const { btree_gist } = await import('@electric-sql/pglite/contrib/btree_gist');
const db2 = await PGlite.create({ extensions: { btree_gist } });
await db2.exec('create extension if not exists btree_gist');
await db2.exec("create table t (tech uuid, r tstzrange, exclude using gist (tech with =, r with &&))");
console.log('ok2');
