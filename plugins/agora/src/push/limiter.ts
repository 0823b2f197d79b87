/**
 * In-process pacing of calls to Agora's REST API: a token bucket (calls per second per app id)
 * and a pause set by a 429 answer, so one instance stops hammering while Agora says "slow down".
 */
export class PushLimiter {
  #tokens: number;
  #last = Date.now();
  #pausedUntil = 0;
  readonly #rate: number;

  constructor(ratePerSecond: number) {
    this.#rate = Math.max(1, ratePerSecond);
    this.#tokens = this.#rate;
  }

  /** Milliseconds until the next call may go out; 0 takes a token now. */
  take(): number {
    const now = Date.now();
    if (now < this.#pausedUntil) return this.#pausedUntil - now;
    this.#tokens = Math.min(this.#rate, this.#tokens + ((now - this.#last) / 1000) * this.#rate);
    this.#last = now;
    if (this.#tokens >= 1) {
      this.#tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - this.#tokens) / this.#rate) * 1000);
  }

  pause(ms: number) {
    this.#pausedUntil = Math.max(this.#pausedUntil, Date.now() + ms);
  }
}
