// The offline parser of agora-token is an unexported, untyped CommonJS file.
declare module 'agora-token/src/AccessToken2.js' {
  export interface ParsedService {
    service_type(): number;
    __privileges: Record<string, number>;
    __channel_name?: string;
    __uid?: string;
    __user_id?: string;
  }
  export class AccessToken2 {
    appId: string;
    issueTs: number;
    expire: number;
    salt: number;
    services: ParsedService[];
    from_string(token: string): boolean;
    verifySignature(appCertificate: string): boolean;
  }
  export const kRtcServiceType: number;
  export const kRtmServiceType: number;
}
