import { DomainError } from '@lacewire/core';

/** Someone else took the time (or no technician is free then): pick another slot. */
export class SlotTaken extends DomainError {
  override name = 'SlotTaken';
  readonly startsAt: Date;
  constructor(startsAt: Date) {
    super('This time is no longer available; pick another slot.');
    this.startsAt = startsAt;
  }
}

/** The customer is past the store's cut-off for changing or cancelling; they call the store. */
export class TooLateToChange extends DomainError {
  override name = 'TooLateToChange';
  readonly cutoffMinutes: number;
  constructor(cutoffMinutes: number) {
    super(`Appointments can be changed online until ${cutoffMinutes} minutes before they start; please call the store.`);
    this.cutoffMinutes = cutoffMinutes;
  }
}

/** The appointment is not in a status that allows this (e.g. checking in a cancelled one). */
export class InvalidAppointmentStatus extends DomainError {
  override name = 'InvalidAppointmentStatus';
  readonly status: string;
  constructor(status: string, action: string) {
    super(`A ${status} appointment cannot be ${action}.`);
    this.status = status;
  }
}
