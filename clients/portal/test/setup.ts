import { afterAll } from 'vitest';

// Vant measures safe-area placeholders (tab bar, nav bar) on timers up to 300 ms after mount;
// let them run while the DOM still exists, before the test environment is torn down.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 350)));
