import type { Migration } from '@lacewire/core';

export const migrations: Migration[] = [
  {
    name: '0001_attachments',
    up: `
      create table files_attachment (
        id uuid primary key,
        kind text not null check (kind in ('image', 'video', 'audio', 'file')),
        content_type text not null,
        byte_size integer not null,
        file_name text not null,
        sha256 text not null,
        storage_key text not null,
        thumbnail_key text,
        width integer,
        height integer,
        uploaded_by uuid not null,
        store_id uuid,
        account_ids jsonb not null default '[]',
        created_at timestamptz not null
      );
      create index files_attachment_store on files_attachment (store_id);
      create index files_attachment_uploader on files_attachment (uploaded_by);`,
  },
];
