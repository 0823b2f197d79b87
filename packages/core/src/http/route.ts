/** A non-GraphQL HTTP endpoint; the longest matching path prefix handles the request. */
export interface HttpRoute {
  prefix: string;
  /** Null answers 404. */
  handle(request: Request): Promise<Response | null>;
}
