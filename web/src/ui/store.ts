import { useEffect, useState } from 'preact/hooks';

/** A value that components can watch; enough state management for this app. */
export class Store<T> {
  private listeners = new Set<(value: T) => void>();
  private follow: (() => void) | undefined;

  /**
   * `follow`, if given, starts keeping the value in step with the outside (a browser event): it
   * runs once, when the value is first read or watched, so that importing a module that holds a
   * store registers nothing.
   */
  constructor(private value: T, follow?: () => void) {
    this.follow = follow;
  }

  get(): T {
    this.startFollowing();
    return this.value;
  }

  set(value: T): void {
    if (Object.is(value, this.value)) return;
    this.value = value;
    for (const listener of [...this.listeners]) listener(value);
  }

  subscribe(listener: (value: T) => void): () => void {
    this.startFollowing();
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private startFollowing(): void {
    const follow = this.follow;
    if (!follow) return;
    this.follow = undefined;
    follow();
  }
}

export function useStore<T>(store: Store<T>): T {
  const [value, setValue] = useState(store.get());
  useEffect(() => {
    setValue(store.get());
    return store.subscribe(setValue);
  }, [store]);
  return value;
}
