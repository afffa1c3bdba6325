/**
 * The core's one in-process message bus (NautilusTrader style): stages publish typed events by topic
 * and never call each other directly, so the same stages run live and in backtests.
 *
 * Delivery is synchronous and in publish order. A throwing subscriber is isolated and counted: one
 * faulty stage must not stop ingest or the other stages.
 */
export type Handler<T> = (event: T) => void;

export class EventBus<Topics extends object> {
  private readonly handlers = new Map<keyof Topics, Handler<never>[]>();
  private errors = 0;

  constructor(private readonly onError: (topic: string, error: unknown) => void = () => {}) {}

  subscribe<K extends keyof Topics>(topic: K, handler: Handler<Topics[K]>): () => void {
    const list = this.handlers.get(topic) ?? [];
    list.push(handler as Handler<never>);
    this.handlers.set(topic, list);
    return () => {
      const current = this.handlers.get(topic) ?? [];
      this.handlers.set(topic, current.filter((h) => h !== (handler as Handler<never>)));
    };
  }

  publish<K extends keyof Topics>(topic: K, event: Topics[K]): void {
    const list = this.handlers.get(topic);
    if (!list) return;
    for (const handler of list) {
      try {
        (handler as Handler<Topics[K]>)(event);
      } catch (error) {
        this.errors++;
        this.onError(String(topic), error);
      }
    }
  }

  hasSubscribers(topic: keyof Topics): boolean {
    return (this.handlers.get(topic)?.length ?? 0) > 0;
  }

  /** Subscriber exceptions caught so far. */
  get subscriberErrors(): number {
    return this.errors;
  }
}
