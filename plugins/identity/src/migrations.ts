import type { Migration } from '@lacewire/core';

export const migrations: Migration[] = [
  {
    name: '0001_accounts_sessions',
    up: `
      create table identity_account (
        id uuid primary key,
        kind text not null check (kind in ('staff', 'customer')),
        phone text unique,
        username text unique,
        display_name text not null,
        password_hash text,
        is_owner boolean not null default false,
        locale text not null default 'zh-CN',
        disabled boolean not null default false,
        created_at timestamptz not null
      );
      create table identity_session (
        id uuid primary key,
        account_id uuid not null references identity_account (id) deferrable initially deferred,
        token_hash text not null unique,
        created_at timestamptz not null,
        expires_at timestamptz not null,
        revoked_at timestamptz,
        user_agent text
      );
      create index identity_session_account on identity_session (account_id);
      create table identity_membership (
        account_id uuid not null references identity_account (id) deferrable initially deferred,
        store_id uuid not null,
        role text not null check (role in ('clerk', 'technician', 'storeAdmin')),
        created_at timestamptz not null,
        primary key (account_id, store_id)
      );
      create index identity_membership_store on identity_membership (store_id);
      create table identity_sign_in_code (
        id uuid primary key,
        phone text not null,
        code_hash text not null,
        expires_at timestamptz not null,
        attempts int not null default 0,
        used_at timestamptz
      );
      create index identity_sign_in_code_phone on identity_sign_in_code (phone, expires_at);
      create table identity_login_attempt (
        key text not null,
        at timestamptz not null default now(),
        succeeded boolean not null
      );
      create index identity_login_attempt_key on identity_login_attempt (key, at);`,
  },
  {
    // Sign-in attempts are counted by the core's rate limits (lw_rate_limit) since issue 17.
    name: '0002_drop_login_attempt',
    up: `drop table identity_login_attempt;`,
  },
];
