/** A non-GraphQL HTTP endpoint; the longest matching path prefix handles the request. */
export interface HttpRoute {
  prefix: string;
  /** Largest request body this route reads (default: the platform's `maxBodyBytes`); larger ones get 413 unread. */
  maxBodyBytes?: number;
  /** Null answers 404. */
  handle(request: Request): Promise<Response | null>;
}
