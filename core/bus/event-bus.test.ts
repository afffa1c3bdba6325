import { describe, expect, it } from "vitest";
import { EventBus } from "./event-bus.ts";

interface Topics {
  a: number;
  b: string;
}

describe("EventBus", () => {
  it("delivers in publish order to every subscriber of the topic only", () => {
    const bus = new EventBus<Topics>();
    const seen: string[] = [];
    bus.subscribe("a", (n) => seen.push(`1:${n}`));
    bus.subscribe("a", (n) => seen.push(`2:${n}`));
    bus.subscribe("b", (s) => seen.push(`b:${s}`));
    bus.publish("a", 1);
    bus.publish("a", 2);
    expect(seen).toEqual(["1:1", "2:1", "1:2", "2:2"]);
  });

  it("isolates a throwing subscriber and counts it", () => {
    const errors: string[] = [];
    const bus = new EventBus<Topics>((topic) => errors.push(topic));
    const seen: number[] = [];
    bus.subscribe("a", () => {
      throw new Error("boom");
    });
    bus.subscribe("a", (n) => seen.push(n));
    bus.publish("a", 7);
    expect(seen).toEqual([7]);
    expect(bus.subscriberErrors).toBe(1);
    expect(errors).toEqual(["a"]);
  });

  it("unsubscribes", () => {
    const bus = new EventBus<Topics>();
    const seen: number[] = [];
    const off = bus.subscribe("a", (n) => seen.push(n));
    bus.publish("a", 1);
    off();
    bus.publish("a", 2);
    expect(seen).toEqual([1]);
    expect(bus.hasSubscribers("a")).toBe(false);
  });
});
