import { objectRef } from '@lacewire/core';
import type { IAgoraCall } from './entities.ts';

/** A call session; other plugins can add fields (`builder.objectField(CallSessionRef, …)`). */
export const CallSessionRef = objectRef<IAgoraCall>('CallSession');
