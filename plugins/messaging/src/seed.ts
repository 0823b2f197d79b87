import type { SeedContext } from '@lacewire/core';

export async function seedMessaging({ alreadySeeded }: SeedContext) {
  if (alreadySeeded) return;
}
