import type { Migration } from '@lacewire/core';

export const migrations: Migration[] = [
  {
    name: '0001_agora',
    up: `
      create sequence agora_rtc_uid_seq start 100000 maxvalue 2147483647;
      create table agora_account (
        account_id uuid primary key,
        rtm_user_id text not null unique,
        rtc_uid integer not null unique default nextval('agora_rtc_uid_seq'),
        created_at timestamptz not null default now()
      );

      -- One row per event and recipient: the unique key is the dedupe, status is the backlog.
      create table agora_push (
        id bigserial primary key,
        event_id bigint not null,
        event_type text not null,
        account_id uuid not null,
        rtm_user_id text not null,
        store_id uuid,
        status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
        attempts integer not null default 0,
        last_error text,
        last_status integer,
        by_reference boolean not null default false,
        created_at timestamptz not null default now(),
        next_attempt_at timestamptz not null default now(),
        sent_at timestamptz,
        latency_ms integer,
        unique (event_id, account_id)
      );
      create index agora_push_pending on agora_push (next_attempt_at) where status = 'pending';
      create index agora_push_created on agora_push (created_at);

      -- Every HTTP attempt (metrics: attempts, successes, latency).
      create table agora_push_attempt (
        id bigserial primary key,
        push_id bigint not null references agora_push (id),
        at timestamptz not null default now(),
        outcome text not null check (outcome in ('sent', 'retry', 'rate_limited', 'timeout', 'failed')),
        http_status integer,
        latency_ms integer not null,
        error text
      );
      create index agora_push_attempt_at on agora_push_attempt (at);

      create table agora_call (
        id uuid primary key,
        store_id uuid not null,
        subject_kind text not null,
        subject_id text not null,
        customer_id uuid,
        purpose text not null,
        channel text not null unique,
        status text not null,
        started_by uuid not null,
        created_at timestamptz not null,
        ring_until timestamptz not null,
        connected_at timestamptz,
        ended_at timestamptz,
        ended_by uuid,
        duration_seconds integer,
        recording_url text
      );
      create index agora_call_store on agora_call (store_id, created_at);
      create index agora_call_subject on agora_call (subject_kind, subject_id);

      create table agora_call_participant (
        call_id uuid not null,
        account_id uuid not null,
        rtc_uid integer not null,
        role text not null,
        state text not null,
        invited_at timestamptz not null,
        answered_at timestamptz,
        joined_at timestamptz,
        left_at timestamptz,
        join_confirmed_at timestamptz,
        leave_confirmed_at timestamptz,
        primary key (call_id, account_id)
      );
      create index agora_call_participant_account on agora_call_participant (account_id);

      -- Notification webhook: each noticeId is processed once.
      create table agora_webhook_notice (
        notice_id text primary key,
        event_type integer not null,
        channel text,
        uid bigint,
        received_at timestamptz not null default now(),
        body jsonb not null
      );`,
  },
];
// The entities' enum value sets, checked by the database too (packages/server/test/migrations.test.ts compares them).
migrations.push({
  name: '0002_entity_checks',
  up: `
    alter table agora_call add constraint agora_call_subject_kind_check check (subject_kind in ('conversation', 'order'));
    alter table agora_call add constraint agora_call_purpose_check check (purpose in ('authentication', 'inspection', 'consult', 'acceptance'));
    alter table agora_call add constraint agora_call_status_check check (status in ('ringing', 'active', 'ended', 'missed', 'declined', 'cancelled'));
    alter table agora_call_participant add constraint agora_call_participant_role_check check (role in ('publisher', 'subscriber'));
    alter table agora_call_participant add constraint agora_call_participant_state_check check (state in ('invited', 'accepted', 'declined', 'missed', 'joined', 'left'));`,
});
