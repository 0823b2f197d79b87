import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestPlatform, localId, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesPlugin } from '../src/index.ts';
import { signedUrl } from '../src/services.ts';
import { absolute, fakeExecutable, testImage, uploadFile } from '../src/testing.ts';

let t: TestPlatform;
let dir: string;
let store: TestStore;
let other: TestStore;

async function storedFiles(): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const entry of await readdir(d, { withFileTypes: true }).catch(() => [])) {
      if (entry.isDirectory()) await walk(join(d, entry.name));
      else out.push(entry.name);
    }
  };
  await walk(dir);
  return out;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lw-files-'));
  t = await createTestPlatform({
    plugins: [filesPlugin],
    settings: {
      files: {
        directory: dir,
        secret: 'test-secret-test-secret-test-secret!',
        maxBytes: { image: 200_000, video: 1_000_000, audio: 100_000, file: 100_000 },
      },
    },
  });
  store = await t.store('静安店');
  other = await t.store('徐汇店');
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('uploads', () => {
  it('stores a photo, sniffs its type, makes a thumbnail and serves both through signed links', async () => {
    const clerk = await t.staff(store, 'clerk');
    const result = await uploadFile(
      clerk,
      { data: await testImage(), name: 'sole.png', type: 'image/png' },
      { storeId: store.globalId },
    );
    expect(result).toMatchObject({
      __typename: 'Attachment',
      kind: 'image',
      contentType: 'image/jpeg',
      fileName: 'sole.png',
      width: 640,
      height: 480,
    });
    const original = await fetch(absolute(clerk, result.url));
    expect(original.status).toBe(200);
    expect(original.headers.get('content-type')).toBe('image/jpeg');
    expect(original.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await original.arrayBuffer()).byteLength).toBe(result.byteSize);
    const thumb = await fetch(absolute(clerk, result.thumbnailUrl));
    expect(thumb.headers.get('content-type')).toBe('image/webp');

    // Another clerk of the store may see it; staff of another store and customers may not.
    const colleague = await t.staff(store, 'technician');
    const seen = await colleague.query('query($id: ID!) { node(id: $id) { ... on Attachment { fileName url } } }', {
      id: result.id,
    });
    expect(seen.node.fileName).toBe('sole.png');
    const stranger = await t.staff(other, 'clerk');
    expect((await stranger.query('query($id: ID!) { node(id: $id) { id } }', { id: result.id })).node).toBeNull();
    const customer = await t.customer();
    expect((await customer.query('query($id: ID!) { node(id: $id) { id } }', { id: result.id })).node).toBeNull();
  });

  it('refuses an executable renamed .jpg with a typed error and stores nothing', async () => {
    const customer = await t.customer();
    const before = await storedFiles();
    const result = await uploadFile(customer, { data: fakeExecutable(), name: 'photo.jpg', type: 'image/jpeg' });
    expect(result.__typename).toBe('UnsupportedFileType');
    expect(result.detectedType).toBe('application/x-elf');
    expect(result.message).toMatch(/not accepted/);
    expect(await storedFiles()).toEqual(before);
  });

  it('refuses unrecognisable content and images that do not decode', async () => {
    const customer = await t.customer();
    const text = await uploadFile(customer, { data: new TextEncoder().encode('hello '.repeat(50)), name: 'a.png' });
    expect(text).toMatchObject({ __typename: 'UnsupportedFileType', detectedType: null });
    const jpeg = await testImage();
    const broken = await uploadFile(customer, { data: jpeg.slice(0, 200), name: 'cut.jpg' });
    expect(broken.__typename).toBe('UnsupportedFileType');
  });

  it('refuses oversized uploads by kind and stores nothing', async () => {
    const customer = await t.customer();
    const before = await storedFiles();
    const big = await testImage('#123', 3000, 3000);
    const huge = new Uint8Array(big.byteLength + 250_000);
    huge.set(big);
    const result = await uploadFile(customer, { data: huge, name: 'big.jpg' });
    expect(result).toMatchObject({ __typename: 'FileTooLarge', maxBytes: 200_000 });
    expect(await storedFiles()).toEqual(before);
  });

  it('refuses a request larger than any accepted file before reading it (413)', async () => {
    const customer = await t.customer();
    const form = new FormData();
    form.set(
      'operations',
      JSON.stringify({
        query: 'mutation($f: File!) { uploadAttachment(input: { file: $f }) { __typename } }',
        variables: { f: null },
      }),
    );
    form.set('map', JSON.stringify({ 0: ['variables.f'] }));
    form.set('0', new Blob([new Uint8Array(1_200_000)]), 'movie.mp4');
    const response = await fetch(customer.url, {
      method: 'POST',
      headers: { 'x-lacewire-csrf': '1', authorization: `Bearer ${customer.token}` },
      body: form,
    });
    expect(response.status).toBe(413);
    const body = await response.json();
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'FILE_TOO_LARGE', maxBytes: 1_000_000 } });
  });

  it('accepts only the asked kinds', async () => {
    const customer = await t.customer();
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
    const asFile = await uploadFile(customer, { data: pdf, name: 'invoice.pdf' });
    expect(asFile).toMatchObject({ __typename: 'Attachment', kind: 'file', contentType: 'application/pdf', thumbnailUrl: null });
    const asPhoto = await uploadFile(customer, { data: pdf, name: 'invoice.jpg' }, { kinds: ['image'] });
    expect(asPhoto.__typename).toBe('UnsupportedFileType');
  });

  it('refuses anonymous uploads and uploads into a store the staff member does not work in', async () => {
    const anonymous = await uploadFile(t.anonymous(), { data: await testImage(), name: 'a.jpg' });
    expect(anonymous.__typename).toBe('NotAllowed');
    const stranger = await t.staff(other, 'clerk');
    const result = await uploadFile(stranger, { data: await testImage(), name: 'a.jpg' }, { storeId: store.globalId });
    expect(result.__typename).toBe('NotAllowed');
  });
});

describe('download links', () => {
  it('refuse a tampered, a foreign-account or an expired link, and re-check access on every download', async () => {
    const customer = await t.customer();
    const up = await uploadFile(customer, { data: await testImage('#0a0'), name: 'mine.jpg' });
    const url = new URL(absolute(customer, up.url));
    expect((await fetch(url)).status).toBe(200);

    const tampered = new URL(url);
    tampered.searchParams.set('exp', String(Number(url.searchParams.get('exp')) + 3600));
    expect((await fetch(tampered)).status).toBe(403);

    const expired = signedUrl(t.runtime, { id: localId(up.id) }, customer.accountId, {
      now: Date.now() - 3600_000,
    });
    expect((await fetch(absolute(customer, expired.url))).status).toBe(410);

    // A link minted for a staff member of another store is refused by the access check itself.
    const stranger = await t.staff(other, 'clerk');
    const forStranger = signedUrl(t.runtime, { id: localId(up.id) }, stranger.accountId);
    const refused = await fetch(absolute(customer, forStranger.url));
    expect(refused.status).toBe(403);
    expect(await refused.text()).toMatch(/no longer see/);
  });
});
