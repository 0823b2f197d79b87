import type { Migration } from '@lacewire/core';

export const migrations: Migration[] = [
  {
    name: '0001_work_orders',
    up: `
      create table care_work_order (
        id uuid primary key,
        store_id uuid not null,
        customer_id uuid not null,
        shoe_id uuid,
        shoe jsonb not null,
        tag_number text not null,
        pickup_code text not null,
        technician_id uuid,
        promised_at timestamptz,
        status text not null,
        resume_status text,
        pipeline jsonb not null,
        services jsonb not null,
        currency text not null default 'CNY',
        intake_photo_ids jsonb not null default '[]',
        condition_notes text,
        condition_acknowledged_at timestamptz,
        appointment_id uuid unique,
        reminders_sent integer not null default 0,
        rework_count integer not null default 0,
        ready_at timestamptz,
        picked_up_at timestamptz,
        picked_up_by uuid,
        cancel_reason text,
        created_by uuid not null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        unique (store_id, tag_number)
      );
      create index care_work_order_customer on care_work_order (customer_id, created_at);
      create index care_work_order_store on care_work_order (store_id, status);
      create table care_step (
        id uuid primary key,
        order_id uuid not null references care_work_order (id) deferrable initially deferred,
        store_id uuid not null,
        stage text not null,
        service_code text,
        technician_id uuid not null,
        started_at timestamptz not null,
        finished_at timestamptz,
        labour_minutes integer,
        materials jsonb not null default '[]',
        notes text,
        before_photo_ids jsonb not null default '[]',
        after_photo_ids jsonb not null default '[]'
      );
      create index care_step_order on care_step (order_id, started_at);
      create table care_change_request (
        id uuid primary key,
        order_id uuid not null references care_work_order (id) deferrable initially deferred,
        store_id uuid not null,
        origin text not null,
        description text not null,
        photo_ids jsonb not null default '[]',
        service jsonb not null,
        price_minor integer not null,
        status text not null,
        raised_by uuid not null,
        raised_at timestamptz not null,
        answered_by uuid,
        answered_at timestamptz,
        answer_note text
      );
      create index care_change_request_order on care_change_request (order_id);
      create table care_timeline (
        id uuid primary key,
        order_id uuid not null references care_work_order (id) deferrable initially deferred,
        customer_id uuid not null,
        store_id uuid not null,
        kind text not null,
        from_status text,
        to_status text,
        text text not null,
        actor_id uuid,
        ref_id uuid,
        at timestamptz not null
      );
      create index care_timeline_order on care_timeline (order_id, at);
      create index care_timeline_customer on care_timeline (customer_id, at);
      create table care_store_settings (
        store_id uuid primary key,
        pipeline jsonb not null,
        reminder_after_days integer not null,
        reminder_every_days integer not null,
        max_reminders integer not null,
        next_tag integer not null
      );`,
  },
];
migrations.push({
  name: '0002_one_appointment_many_pairs',
  up: `
    alter table care_work_order drop constraint if exists care_work_order_appointment_id_key;
    create index if not exists care_work_order_appointment on care_work_order (appointment_id);`,
});
// The entities' enum value sets, checked by the database too (packages/server/test/migrations.test.ts compares them).
migrations.push({
  name: '0003_entity_checks',
  up: `
    alter table care_change_request add constraint care_change_request_origin_check check (origin in ('technician', 'customer'));
    alter table care_change_request add constraint care_change_request_status_check check (status in ('pending', 'approved', 'declined', 'withdrawn'));`,
});
migrations.push({
  name: '0004_timeline_messages',
  up: `
    alter table care_timeline alter column text drop not null;
    alter table care_timeline add column if not exists message_key text;
    alter table care_timeline add column if not exists message_params jsonb;`,
});
// Before the unique index: a pair with several active orders (possible before this migration)
// keeps its newest one; the older ones are cancelled as duplicates, each with a timeline entry
// naming the order that continues, and their pending change requests withdrawn.
migrations.push({
  name: '0005_intake_and_one_active_order_per_pair',
  up: `
    alter table care_work_order add column if not exists intake_completed_at timestamptz;
    update care_work_order set intake_completed_at = created_at
      where intake_completed_at is null and not (appointment_id is not null and shoe->>'brand' = '待登记');
    with active as (
      select id, status, first_value(tag_number) over pair as kept_tag, row_number() over pair as n
        from care_work_order
        where shoe_id is not null and status not in ('pickedUp', 'cancelled')
        window pair as (partition by shoe_id order by created_at desc, id desc)
    ), closed as (
      update care_work_order o
        set status = 'cancelled', resume_status = null, updated_at = now(),
            cancel_reason = '重复的在店订单，这双鞋在 ' || a.kept_tag || ' 继续',
            services = (select coalesce(jsonb_agg(case when line->>'state' = 'pending'
                                                       then jsonb_set(line, '{state}', '"declined"') else line end
                                                  order by i), '[]'::jsonb)
                          from jsonb_array_elements(o.services) with ordinality as lines(line, i))
        from active a
        where o.id = a.id and a.n > 1
        returning o.id, o.customer_id, o.store_id, a.status as from_status, a.kept_tag
    ), withdrawn as (
      update care_change_request c set status = 'withdrawn'
        from closed where c.order_id = closed.id and c.status = 'pending'
    )
    insert into care_timeline (id, order_id, customer_id, store_id, kind, from_status, to_status, text, message_key, message_params, actor_id, ref_id, at)
      select gen_random_uuid(), id, customer_id, store_id, 'status', from_status, 'cancelled', null, 'care.statusWithReason',
             jsonb_build_object('stage', jsonb_build_object('key', 'care.cancelled'),
                                'reason', jsonb_build_object('key', 'care.duplicateClosed', 'params', jsonb_build_object('tag', kept_tag))),
             null, null, now()
        from closed;
    create unique index if not exists care_work_order_active_pair on care_work_order (shoe_id)
      where shoe_id is not null and status not in ('pickedUp', 'cancelled');
    create index if not exists care_work_order_pool on care_work_order (store_id, created_at)
      where technician_id is null and status not in ('pickedUp', 'cancelled');`,
});
