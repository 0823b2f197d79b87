import { DomainError } from '@lacewire/core';

export class AgoraNotConfiguredError extends DomainError {
  override name = 'AgoraNotConfigured';
  readonly missing: string[];
  constructor(missing: string[]) {
    super(`Agora is not configured on this server (missing ${missing.join(', ')}).`);
    this.missing = missing;
  }
}
