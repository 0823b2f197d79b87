import { DomainError } from '@lacewire/core';

export class FileTooLargeError extends DomainError {
  override name = 'FileTooLarge';
  readonly maxBytes: number;
  readonly byteSize: number;
  constructor(byteSize: number, maxBytes: number, what = 'This file') {
    super(`${what} is ${byteSize} bytes; the limit is ${maxBytes} bytes. Nothing was stored.`);
    this.maxBytes = maxBytes;
    this.byteSize = byteSize;
  }
}

export class UnsupportedFileTypeError extends DomainError {
  override name = 'UnsupportedFileType';
  /** What the bytes are (null when unrecognised); the file name is never trusted. */
  readonly detectedType: string | null;
  readonly allowedTypes: string[];
  constructor(detectedType: string | null, allowedTypes: string[], reason?: string) {
    super(
      reason ??
        (detectedType
          ? `The file's content is ${detectedType}, which is not accepted here (whatever its name says). Nothing was stored.`
          : "The file's content is not a recognised image, video, audio or document format. Nothing was stored."),
    );
    this.detectedType = detectedType;
    this.allowedTypes = allowedTypes;
  }
}
