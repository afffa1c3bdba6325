/**
 * What the live transport reports about itself. The health monitor implements it; keeping it an
 * interface keeps the transport free of any idea of severities, metrics or HTTP.
 */
export interface TransportObserver {
  connecting(connectionId: string, url: string, attempt: number): void;
  opened(connectionId: string, url: string): void;
  /** The socket is gone; `wasOpen` false means the attempt never got through (refused, DNS, TLS). */
  closed(connectionId: string, reason: string, wasOpen: boolean): void;
  reconnectScheduled(connectionId: string, delayMs: number, url: string): void;
  /** A silent connection was sent a probe. */
  probeSent(connectionId: string, silentForMs: number): void;
  /** A silent connection did not answer its probe and is being replaced. */
  stale(connectionId: string, silentForMs: number): void;
  /** Any frame, before the adapter sees it (heartbeats and acks included). */
  frame(connectionId: string, receiveTimeNs: bigint, chars: number): void;
  /** A frame that could not be turned into text, or that the adapter threw on. */
  frameDropped(connectionId: string, reason: string): void;
  /** A frame that could not be sent because the connection was not open (it resubscribes on open). */
  sendDropped(connectionId: string): void;
  /** The venue refused something (reported by the adapter). */
  venueError(connectionId: string, reason: string): void;
  snapshotFetched(key: string, outcome: SnapshotOutcome, status: number): void;
}

export type SnapshotOutcome = "ok" | "retry" | "throttled" | "failed";

/** For callers that do not watch the transport. */
export const ignoreTransport: TransportObserver = {
  connecting() {},
  opened() {},
  closed() {},
  reconnectScheduled() {},
  probeSent() {},
  stale() {},
  frame() {},
  frameDropped() {},
  sendDropped() {},
  venueError() {},
  snapshotFetched() {},
};
