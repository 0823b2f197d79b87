import { objectRef, type Viewer } from '@lacewire/core';
import type { IAccount, IMembership, ISession } from './entities.ts';

/** Schema types other plugins extend (`builder.objectField(ViewerRef, …)`). */
export const AccountRef = objectRef<IAccount>('Account');
export const MembershipRef = objectRef<Pick<IMembership, 'storeId' | 'role'>>('Membership');
export const ViewerRef = objectRef<Viewer>('Viewer');
export const SessionRef = objectRef<Omit<ISession, 'tokenHash'>>('Session');
