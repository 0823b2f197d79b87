import type { Migration } from '@lacewire/core';

export const migrations: Migration[] = [
  {
    name: '0001_aftercare',
    up: `
      create table aftercare_acceptance (
        id uuid primary key,
        order_id uuid not null,
        store_id uuid not null,
        customer_id uuid not null,
        round integer not null,
        before_photo_ids jsonb not null default '[]',
        after_photo_ids jsonb not null default '[]',
        video_ids jsonb not null default '[]',
        note text,
        status text not null,
        marks jsonb not null default '[]',
        comment text,
        requested_by uuid not null,
        requested_at timestamptz not null,
        answered_at timestamptz
      );
      create index aftercare_acceptance_order on aftercare_acceptance (order_id, round);
      create unique index aftercare_acceptance_one_pending on aftercare_acceptance (order_id) where status = 'pending';
      create table aftercare_review (
        id uuid primary key,
        order_id uuid not null unique,
        store_id uuid not null,
        customer_id uuid not null,
        rating integer not null check (rating between 1 and 5),
        text text,
        photo_ids jsonb not null default '[]',
        reply text,
        replied_by uuid,
        replied_at timestamptz,
        created_at timestamptz not null
      );
      create index aftercare_review_store on aftercare_review (store_id, created_at);
      create table aftercare_complaint (
        id uuid primary key,
        store_id uuid not null,
        customer_id uuid not null,
        order_id uuid,
        category text not null,
        severity text not null,
        description text not null,
        photo_ids jsonb not null default '[]',
        status text not null,
        assignee_id uuid,
        assigned_as text,
        first_response_due_at timestamptz not null,
        resolution_due_at timestamptz not null,
        first_response_at timestamptz,
        resolved_at timestamptz,
        closed_at timestamptz,
        resolution text,
        first_response_breached boolean not null default false,
        resolution_breached boolean not null default false,
        created_at timestamptz not null
      );
      create index aftercare_complaint_store on aftercare_complaint (store_id, status);
      create index aftercare_complaint_customer on aftercare_complaint (customer_id);
      create table aftercare_complaint_update (
        id uuid primary key,
        complaint_id uuid not null references aftercare_complaint (id) deferrable initially deferred,
        author_id uuid not null,
        from_status text not null,
        to_status text not null,
        note text,
        at timestamptz not null
      );
      create index aftercare_complaint_update_complaint on aftercare_complaint_update (complaint_id, at);
      create table aftercare_store_settings (
        store_id uuid primary key,
        first_response_minutes integer not null,
        resolution_minutes integer not null,
        rules jsonb not null,
        follow_up_days integer not null
      );
      create table aftercare_follow_up (
        id uuid primary key,
        order_id uuid not null,
        store_id uuid not null,
        customer_id uuid not null,
        kind text not null,
        due_at timestamptz not null,
        status text not null,
        note text,
        done_by uuid,
        done_at timestamptz,
        created_at timestamptz not null
      );
      create index aftercare_follow_up_store on aftercare_follow_up (store_id, status, due_at);`,
  },
];
// The entities' enum value sets, checked by the database too (packages/server/test/migrations.test.ts compares them).
migrations.push({
  name: '0002_entity_checks',
  up: `
    alter table aftercare_acceptance add constraint aftercare_acceptance_status_check check (status in ('pending', 'accepted', 'rejected'));
    alter table aftercare_complaint add constraint aftercare_complaint_severity_check check (severity in ('low', 'medium', 'high'));
    alter table aftercare_complaint add constraint aftercare_complaint_status_check check (status in ('open', 'inProgress', 'resolved', 'closed'));
    alter table aftercare_follow_up add constraint aftercare_follow_up_status_check check (status in ('scheduled', 'due', 'done'));`,
});
migrations.push({
  name: '0003_complaint_assignments',
  up: `
    create table aftercare_complaint_assignment (
      id uuid primary key,
      complaint_id uuid not null,
      from_assignee_id uuid,
      to_assignee_id uuid not null,
      by_id uuid not null,
      note text,
      at timestamptz not null
    );
    create index aftercare_complaint_assignment_complaint on aftercare_complaint_assignment (complaint_id, at);`,
});
