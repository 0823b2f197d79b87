-- What a PostGraphile user adds to expose care's tables with their relations: the
-- cross-plugin references are plain uuid columns (no foreign keys), so smart tags declare them;
-- photo ids live in jsonb arrays, so computed columns join them. Applied to the benchmark database only.
comment on table care_work_order is E'@foreignKey (customer_id) references identity_account (id)|@fieldName customer|@foreignFieldName ordersAsCustomer\n@foreignKey (technician_id) references identity_account (id)|@fieldName technician|@foreignFieldName ordersAsTechnician';
comment on table care_step is E'@foreignKey (technician_id) references identity_account (id)|@fieldName technician|@foreignFieldName stepsAsTechnician';

create or replace function care_work_order_intake_photos(o care_work_order) returns setof files_attachment
  language sql stable as $$
    select a.* from jsonb_array_elements_text(o.intake_photo_ids) with ordinality e(id, n)
      join files_attachment a on a.id = e.id::uuid order by e.n $$;
create or replace function care_step_before_photos(s care_step) returns setof files_attachment
  language sql stable as $$
    select a.* from jsonb_array_elements_text(s.before_photo_ids) with ordinality e(id, n)
      join files_attachment a on a.id = e.id::uuid order by e.n $$;
create or replace function care_step_after_photos(s care_step) returns setof files_attachment
  language sql stable as $$
    select a.* from jsonb_array_elements_text(s.after_photo_ids) with ordinality e(id, n)
      join files_attachment a on a.id = e.id::uuid order by e.n $$;
