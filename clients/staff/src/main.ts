import { createLacewire } from '@lacewire/client';
import { createStaffApp } from './app.ts';

const lacewire = createLacewire({ url: '/graphql', auth: { key: 'lacewire.staff.session' } });
const { app } = createStaffApp(lacewire);
app.mount('#app');

// For browser tests and support: inspect the stream (cursor, state) from the console.
(window as unknown as { lacewire: unknown }).lacewire = lacewire;
