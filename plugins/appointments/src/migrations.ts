import type { Migration } from '@lacewire/core';

export const migrations: Migration[] = [
  {
    name: '0001_appointments',
    up: `
      create extension if not exists btree_gist;
      create table appointments_settings (
        store_id uuid primary key,
        slot_step_minutes int not null check (slot_step_minutes between 5 and 240),
        buffer_minutes int not null check (buffer_minutes >= 0),
        min_notice_minutes int not null check (min_notice_minutes >= 0),
        max_horizon_days int not null check (max_horizon_days between 1 and 365),
        cancel_cutoff_minutes int not null check (cancel_cutoff_minutes >= 0),
        reminder_offsets_minutes int[] not null,
        auto_confirm boolean not null
      );
      create table appointments_shift_template (
        id uuid primary key,
        store_id uuid not null,
        technician_id uuid not null,
        weekday int not null check (weekday between 0 and 6),
        starts text not null,
        ends text not null,
        check (starts < ends)
      );
      create index appointments_shift_template_store on appointments_shift_template (store_id, technician_id);
      create table appointments_shift_exception (
        id uuid primary key,
        store_id uuid not null,
        technician_id uuid not null,
        date text not null,
        kind text not null check (kind in ('off', 'extra')),
        starts text,
        ends text,
        note text,
        created_at timestamptz not null,
        check ((starts is null) = (ends is null) and (starts is null or starts < ends)),
        check (kind = 'off' or starts is not null)
      );
      create index appointments_shift_exception_store on appointments_shift_exception (store_id, date);
      create table appointments_appointment (
        id uuid primary key,
        store_id uuid not null,
        customer_id uuid not null,
        technician_id uuid not null,
        service_ids uuid[] not null,
        shoe_ids uuid[] not null default '{}',
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        blocks_until timestamptz not null,
        status text not null check (status in ('booked', 'confirmed', 'checkedIn', 'cancelled', 'noShow')),
        source text not null,
        note text,
        price_minor int not null,
        currency text not null,
        created_by uuid not null,
        reminder_offsets_minutes int[] not null default '{}',
        reminders_sent int[] not null default '{}',
        confirmed_at timestamptz,
        checked_in_at timestamptz,
        cancelled_at timestamptz,
        cancelled_by uuid,
        cancel_reason text,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        check (starts_at < ends_at and ends_at <= blocks_until),
        -- No double booking, ever: a technician's held time ranges never overlap.
        constraint appointments_no_overlap exclude using gist
          (technician_id with =, tstzrange(starts_at, blocks_until) with &&)
          where (status in ('booked', 'confirmed', 'checkedIn'))
      );
      create index appointments_appointment_store on appointments_appointment (store_id, starts_at);
      create index appointments_appointment_customer on appointments_appointment (customer_id, starts_at);`,
  },
];
// The entities' enum value sets, checked by the database too (packages/server/test/migrations.test.ts compares them).
migrations.push({
  name: '0002_entity_checks',
  up: `
    alter table appointments_appointment add constraint appointments_appointment_source_check check (source in ('online', 'staff'));`,
});
